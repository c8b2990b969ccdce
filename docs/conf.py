"""Sphinx configuration: MyST Markdown pages, API reference from the docstrings."""

from __future__ import annotations

import yte_targets

project = "yte_targets"
author = "yte_targets developers"
release = version = yte_targets.__version__
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = "yte_targets"
language = "en"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
suppress_warnings = ["myst.xref_missing"]
nitpicky = False
