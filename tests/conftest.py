"""Shared test fixtures: the bundled seed filing and the optional ../shared corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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


@pytest.fixture(scope="session")
def assistant_over(tmp_path_factory: pytest.TempPathFactory) -> Callable[[dict[str, str]], Any]:
    """Makes an Assistant over an index of the given filings ({file name: text}), built in a
    temporary folder."""
    from assistant.engine import Assistant
    from index.store import Store

    def make(filings: dict[str, str]) -> Any:
        root = tmp_path_factory.mktemp("filings")
        (root / "f").mkdir()
        for name, text in filings.items():
            (root / "f" / name).write_text(text, encoding="utf-8")
        store = Store(root / "ix")
        store.add([root / "f"])
        return Assistant(snapshot=store.snapshot())

    return make
