"""Shared test configuration: Hypothesis profiles and paths to the shared seed data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# A fast profile for development, a thorough one for CI (selected by CI=true or
# HYPOTHESIS_PROFILE=ci).
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared/`` folder beside the repository (seeds and gold files)."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared/ (seed documents and gold files) is not beside the repository")
    return SHARED
