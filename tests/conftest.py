"""Shared test fixtures: the bundled seed filing and the optional ../shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "index" / "sample" / "000_c14adad2a05aec02.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the repo, or skip when this clone has none."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared corpus is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED
