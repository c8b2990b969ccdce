"""Issue 4: one scalar evaluation against one naive Pint comparison."""

from __future__ import annotations

from _timing import per_call_us

import yte_targets as yt


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    imr = yt.Indicator(
        code="imr",
        name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
        unit="per_1000_live_births",
        direction="decrease",
    )
    target = yt.Target(
        indicator=imr,
        comparator="<",
        value=yt.Q_(10, "permille"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2020),
    )
    observation = yt.Observation(indicator=imr, value=yt.Q_(12.1, "permille"), year=2025)
    actual_q = yt.Q_(12.1, "per_1000_live_births")
    target_q = yt.Q_(1000, "per_100000_live_births")
    actual_f, target_f = 12.1, 10.0

    def evaluate() -> None:
        target.evaluate(observation)

    def pint_compare() -> None:
        _ = actual_q < target_q

    def float_compare() -> None:
        _ = actual_f < target_f

    figures = {
        "evaluate_us": per_call_us(evaluate, quick=quick),
        "pint_compare_us": per_call_us(pint_compare, quick=quick),
        "float_compare_us": per_call_us(float_compare, quick=quick),
    }
    ratios = [
        ("evaluate_us", "pint_compare_us", "< 1.0"),
        ("evaluate_us", "float_compare_us", "(floor)"),
    ]
    return figures, ratios
