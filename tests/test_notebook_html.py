"""Notebook HTML: every style rule scoped to the report's own root element; the plan's title."""

from __future__ import annotations

import re

import yte_targets as yt
from tests.conftest import ROOT

PLAN = yt.load_plan(ROOT / "examples" / "plans" / "dong-nai.yaml")
REPORT = PLAN.evaluate(yt.load_actuals(ROOT / "examples" / "actuals" / "dong-nai.csv"))


def _selectors(html: str) -> list[str]:
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert styles
    found = []
    for style in styles:
        for rule in re.findall(r"([^{}]+)\{[^{}]*\}", style):
            found += [part.strip() for part in rule.split(",")]
    return found


def test_every_selector_is_inside_the_root() -> None:
    for html in (PLAN._repr_html_(), REPORT._repr_html_(), REPORT.to_html()):
        selectors = _selectors(html)
        assert selectors
        assert all(s.startswith(".yte-targets") for s in selectors), selectors
        assert "body{" not in html.replace(" ", "")


def test_fragments_open_with_their_root() -> None:
    assert PLAN._repr_html_().startswith('<div class="yte-targets">')
    assert REPORT._repr_html_().startswith('<div class="yte-targets">')


def test_the_report_carries_the_plan_title() -> None:
    assert REPORT.title is not None
    assert PLAN.title in REPORT.title
    assert PLAN.title in REPORT.to_html()
    assert PLAN.title in REPORT._repr_html_()
    assert "Other title" in REPORT.to_html(title="Other title")
