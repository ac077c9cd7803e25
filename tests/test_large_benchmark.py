"""The large-filing benchmark's synthetic filings: the size asked for, repeated or varied."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
SIZE = 200_000


@pytest.fixture(scope="module")
def large() -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("large")


def test_repeated_and_varied_filings_reach_their_size(large: ModuleType, shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    repeated = large.synthetic_text("repeated", SIZE, corpus)
    varied = large.synthetic_text("varied", SIZE, corpus)
    for text in (repeated, varied):
        assert SIZE <= len(text.encode()) < 2 * SIZE
    seed = large.text_sources(corpus)[0].read_text(encoding="utf-8")
    assert repeated.startswith(seed) and repeated.count(seed) > 10
    assert varied.count(seed) == 0  # every copy has new names, dates and amounts


def test_largest_real_filings_come_first(large: ModuleType, shared_dir: Path) -> None:
    found = large.largest_real(shared_dir / "corpus", 3)
    sizes = [p.stat().st_size for p in found]
    assert len(found) == 3 and sizes == sorted(sizes, reverse=True)
