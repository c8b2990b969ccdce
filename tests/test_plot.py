"""Plots render without warnings (so without missing glyphs) to PNG and SVG."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import yte_targets as yt
from tests.conftest import ROOT
from yte_targets.render.plot import FONT


@pytest.fixture(scope="module")
def report() -> yt.Report:
    plan = yt.load_plan(ROOT / "examples" / "plans" / "hung-yen.yaml")
    return plan.evaluate(yt.load_actuals(ROOT / "examples" / "actuals" / "hung-yen.csv"))


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_report_plot(report: yt.Report, tmp_path: Path, suffix: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph is a warning: fail on it
        figure = report.plot()
        path = tmp_path / f"report{suffix}"
        figure.savefig(path, dpi=60)
    assert path.stat().st_size > 1000
    titles = [ax.get_title() for ax in figure.axes]
    assert "Tỷ suất tử vong trẻ em dưới 1 tuổi" in titles


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_compare_plot(tmp_path: Path, suffix: str) -> None:
    dong_nai = yt.load_plan(ROOT / "examples" / "plans" / "dong-nai.yaml")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = dong_nai.plot_compare(yt.datasets.national_20nq())
        figure.savefig(tmp_path / f"compare{suffix}", dpi=60)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert "Chiều cao trung bình thanh niên 18 tuổi (nam) (2030)" in labels


def test_the_font_has_every_vietnamese_letter() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(FONT, fallback_to_default=False)
    font = FT2Font(path)
    charmap = font.get_charmap()
    letters = (
        "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ‰"
    )
    missing = [ch for ch in letters + letters.upper() if ord(ch) not in charmap]
    assert missing == []


def test_nothing_to_plot(report: yt.Report) -> None:
    with pytest.raises(yt.InvalidValueError, match="nothing to plot"):
        report.plot(codes=["no_such_code"])
