"""An add that reads a long filing in this process runs without the cyclic garbage collector
(``index.collector``) to its record file, as do the second process's scan and facts: the same
index and the same facts, and the collector running again once they end. An add of short
filings leaves it running."""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from index import entities, facts, pipeline, segments
from index.collector import gc_paused
from index.store import Store

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def dump_index() -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("dump_index")


def _long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every filing read as a long one, one by one here (its facts in a second process)."""
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


def _spy(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, seen: dict[str, list[bool]]
) -> None:
    """Record whether the collector runs each time ``owner.name`` is called."""
    real: Callable = getattr(owner, name)

    def spied(*args: object, **kwargs: object) -> object:
        seen.setdefault(name, []).append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spied)


def _spy_add(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[bool]]:
    seen: dict[str, list[bool]] = {}
    for name in ("_write_passages", "_write_record", "_build_records"):
        _spy(monkeypatch, Store, name, seen)
    _spy(monkeypatch, segments, "commit", seen)
    return seen


def test_an_add_that_reads_a_long_filing_here_pauses_the_collector_to_its_record_file(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _long_way(monkeypatch)
    seen = _spy_add(monkeypatch)
    assert gc.isenabled()
    report = Store(tmp_path / "ix").add([seed_path])
    assert report.added == [seed_path.name] and not report.failed
    # (the first record file: the empty index's, read before the add decides anything)
    assert seen == {
        "_write_passages": [False],
        "_write_record": [False],
        "commit": [False],
        "_build_records": [True, False],
    }
    assert gc.isenabled()


def test_an_add_of_short_filings_leaves_the_collector_running(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _spy_add(monkeypatch)
    Store(tmp_path / "ix").add([seed_path])
    assert seen and all(all(states) for states in seen.values())
    assert gc.isenabled()


def test_an_add_leaves_the_collector_paused_when_it_was(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _long_way(monkeypatch)
    with gc_paused():
        Store(tmp_path / "ix").add([seed_path])
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_long_filings_index_is_the_same_with_the_collector_paused_or_running(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dump_index: ModuleType
) -> None:
    _long_way(monkeypatch)
    Store(tmp_path / "paused").add([seed_path])
    monkeypatch.setattr(Store, "_long_filing_here", staticmethod(lambda jobs: False))
    Store(tmp_path / "running").add([seed_path])
    paused = list(dump_index.dump(tmp_path / "paused"))
    running = list(dump_index.dump(tmp_path / "running"))
    assert paused[1:] == running[1:]
    assert paused[0].split(" segments")[1] == running[0].split(" segments")[1]


def test_the_second_processs_scan_and_facts_run_without_the_collector(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    split = pipeline.SplitFile.write(list(alone.sections), list(alone.passages), users=1)
    seen: dict[str, list[bool]] = {}
    _spy(monkeypatch, facts, "read_facts", seen)
    _spy(monkeypatch, entities, "scan_mentions", seen)
    try:
        found = pipeline._facts_of_pickled(split.name, alone.meta)
        assert gc.isenabled()
        scan = pipeline._scan_apart(split.name, 0, alone.meta)
        assert gc.isenabled()
    finally:
        split.remove()
    assert seen == {"read_facts": [False], "scan_mentions": [False]}
    assert found == list(alone.facts)
    scan.source = lambda: entities.scan_items(alone.passages)
    assert tuple(scan.finish(alone.passages[0].doc)) == alone.mentions


def test_a_question_is_answered_without_the_collector_and_leaves_it_as_found(
    monkeypatch: pytest.MonkeyPatch, assistant_over: Callable[[dict[str, str]], object]
) -> None:
    """The collector does not run while a question is answered (it walked the answering's
    caches a few dozen times a question); it runs again after, and an answer that raises
    leaves it running too."""
    from assistant.engine import Assistant

    assistant = assistant_over(
        {"n.txt": "Northwind Growth Fund\n\nJane Q. Doe manages the Fund.\n"}
    )
    seen: dict[str, list[bool]] = {}
    _spy(monkeypatch, Assistant, "_ask", seen)
    answer = assistant.ask("Who manages the Northwind Growth Fund?")
    assert "Jane Q. Doe" in answer.answer
    assert seen["_ask"] == [False] and gc.isenabled()

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("reader failed")

    monkeypatch.setattr(Assistant, "_ask", broken)
    with pytest.raises(RuntimeError):
        assistant.ask("Who manages the Northwind Growth Fund?")
    assert gc.isenabled()
