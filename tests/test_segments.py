"""A long filing's last passages written into a segment of their own by a second process: the
index holds the same records, postings and lengths as when one writer writes them all."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from index import pipeline, segments
from index.store import Store

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def dump_index() -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("dump_index")


def _long_way(monkeypatch: pytest.MonkeyPatch, *, tail: bool) -> None:
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    if tail:  # handed over at the first passage, whether or not the facts are read
        monkeypatch.setattr(segments, "TAIL_MIN_PASSAGES", 1)
        monkeypatch.setattr(segments, "TAIL_AFTER_FACTS", False)


def test_a_tail_written_apart_gives_the_same_index_in_two_segments(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dump_index: ModuleType
) -> None:
    _long_way(monkeypatch, tail=False)
    Store(tmp_path / "one").add([seed_path])
    _long_way(monkeypatch, tail=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    report = Store(tmp_path / "two").add([seed_path])
    assert report.added == [seed_path.name] and not report.failed
    one = list(dump_index.dump(tmp_path / "one"))
    two = list(dump_index.dump(tmp_path / "two"))
    assert one[0].endswith("segments 1") and two[0].endswith("segments 2")
    assert one[0].split(" segments")[0] == two[0].split(" segments")[0]
    assert one[1:] == two[1:]
    assert list((tmp_path / "tmp").iterdir()) == []  # the split file went with its last user
    # a second add (the filing unchanged) keeps both segments and reads the same
    assert Store(tmp_path / "two").add([seed_path]).skipped == [seed_path.name]
    assert list(dump_index.dump(tmp_path / "two"))[1:] == one[1:]


def test_no_tail_while_the_facts_are_still_read_or_when_few_passages_are_left(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dump_index: ModuleType
) -> None:
    _long_way(monkeypatch, tail=False)  # the seed has far fewer than TAIL_MIN_PASSAGES
    Store(tmp_path / "ix").add([seed_path])
    assert next(iter(dump_index.dump(tmp_path / "ix"))).endswith("segments 1")


def test_a_split_file_read_from_a_place_gives_the_passages_from_there_on(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "SPLIT_CHUNK_PASSAGES", 4)
    alone = pipeline.ingest_file(seed_path)
    split = pipeline.SplitFile.write(list(alone.sections), list(alone.passages), users=1)
    try:
        for start in (0, 1, 4, 7, len(alone.passages) - 1):
            found = list(segments.read_passages_from(split.name, *split.place(start)))
            assert found == list(alone.passages[start:])
    finally:
        split.release()
    assert not Path(split.name).exists()
