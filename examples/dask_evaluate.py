"""Evaluate a large frame with Dask, partition by partition, on a local cluster.

Run: python examples/dask_evaluate.py [ROWS]   (needs the ``dask`` extra)

``yt.evaluate_frame`` takes one pandas DataFrame and returns one, with no
global state, so it runs unchanged in ``dask.dataframe.map_partitions`` (and
in Spark's ``mapInPandas``). The script checks that the distributed result
equals the single-frame one.
"""

from __future__ import annotations

import sys
import time

import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import yte_targets as yt
from yte_targets.frame.sample import random_frame


def main(rows: int = 200_000, partitions: int = 8) -> pd.DataFrame:
    frame = random_frame(rows, seed=42)
    single = yt.evaluate_frame(frame)
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        Client(cluster),
    ):
        start = time.perf_counter()
        parts = dd.from_pandas(frame, npartitions=partitions)
        meta = yt.evaluate_frame(frame.iloc[:0])
        result = parts.map_partitions(yt.evaluate_frame, meta=meta).compute()
        seconds = time.perf_counter() - start
    pd.testing.assert_frame_equal(result.sort_index(), single)
    counts = result["status"].value_counts().to_dict()
    print(f"{rows:,} rows in {partitions} partitions on 2 local workers: {seconds:.2f} s")
    print("same result as one frame: yes")
    print("statuses:", ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())))
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
