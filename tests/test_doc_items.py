"""A long filing's facts and mentions in an items file of their own (``index.docitems``): they
read back as they were, the index answers as it did, old files go, and neither writing nor
reading them holds all of their JSON at once."""

from __future__ import annotations

import json
import shutil
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from index import docitems, pipeline
from index.model import Fact, Mention
from index.pipeline import ingest_file
from index.store import DocRecord, IndexDamaged, Store, _doc_data

SEED_NAME = "000_c14adad2a05aec02.txt"
QUESTIONS = (
    "Who manages the J.P. Morgan Small Cap Stock Portfolio?",
    "When is the supplement dated?",
    "Who is Marian Pardo?",
)


@pytest.fixture
def filings(tmp_path: Path, seed_path: Path) -> Path:
    folder = tmp_path / "filings"
    folder.mkdir()
    shutil.copy(seed_path, folder / SEED_NAME)
    for i in range(2):
        (folder / f"extra{i}.txt").write_text(
            f"Supplement dated June {i + 1}, 2020\n\nMr. Dan Holt{i} joined the Adviser in "
            f"2010 and manages the Fund {i}. The Fund may invest up to {i}% in bonds.\n"
        )
    return folder


def _long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every filing read as a long one (its facts in a second process, its items apart)."""
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)


def _doc_data_of(store: Store) -> dict[str, dict]:
    ix = store._open()
    with ix.searcher() as searcher:
        return {f["doc"]: json.loads(f["data"]) for f in searcher.documents(rtype="doc")}


def _answers(store: Store) -> list[tuple]:
    from assistant.engine import Assistant

    assistant = Assistant(snapshot=store.snapshot())
    found = []
    for question in QUESTIONS:
        answer = assistant.ask(question)
        found.append((answer.answered, answer.answer, tuple(answer.items)))
    return found


def test_a_long_filings_items_go_apart_and_read_back_as_they_were(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline = Store(tmp_path / "inline")
    inline.add([filings])
    _long_way(monkeypatch)
    apart = Store(tmp_path / "apart")
    assert not apart.add([filings]).failed

    data = _doc_data_of(apart)
    assert all("items" in d and "facts" not in d and "mentions" not in d for d in data.values())
    files = sorted(p.name for p in (apart.path / docitems.ITEMS_DIR).iterdir())
    assert files == sorted(d["items"] for d in data.values())
    assert all("items" not in d for d in _doc_data_of(inline).values())
    assert not (inline.path / docitems.ITEMS_DIR).exists()

    # straight from the doc records (and the items files), then through the record files
    assert apart._read_doc_records(apart._open()) == inline._read_doc_records(inline._open())
    snaps = [store.snapshot() for store in (inline, apart)]
    held = [(dict(s.docs.items()), s.facts_of_kind(), s.entities) for s in snaps]
    assert held[0] == held[1]
    assert snaps[1].facts_for_doc(SEED_NAME) and snaps[1].entities
    for snap in snaps:
        snap.close()
    assert _answers(apart) == _answers(inline)
    assert _answers(apart)[0][0]  # answered


def test_an_index_whose_older_records_hold_their_items_reads_both(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index written before items files (every doc record holding its items) takes long
    filings added later, and reads the two forms side by side as one."""
    extra = [filings / "extra0.txt", filings / "extra1.txt"]
    moved = tmp_path / "later"
    moved.mkdir()
    for path in extra:
        shutil.move(path, moved / path.name)
    mixed = Store(tmp_path / "mixed")
    mixed.add([filings])
    _long_way(monkeypatch)
    mixed.add([moved])
    forms = {name: "items" in d for name, d in _doc_data_of(mixed).items()}
    assert forms == {SEED_NAME: False, "extra0.txt": True, "extra1.txt": True}
    monkeypatch.undo()
    whole = Store(tmp_path / "whole")
    whole.add([filings, moved])
    docs, facts, entities, lines = mixed._read_doc_records(mixed._open())
    assert (facts, entities, lines) == whole._read_doc_records(whole._open())[1:]
    assert [d.name for d in docs] == [SEED_NAME, "extra0.txt", "extra1.txt"]
    assert _answers(mixed) == _answers(whole)


def test_items_files_no_filing_names_are_deleted(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _long_way(monkeypatch)
    store = Store(tmp_path / "ix")
    store.add([filings])
    folder = store.path / docitems.ITEMS_DIR
    before = {p.name for p in folder.iterdir()}
    orphan = folder / ("0" * 40 + ".jsonl.gz")  # as an add killed before its commit leaves
    orphan.write_bytes(b"")
    changed = filings / "extra0.txt"
    changed.write_text(changed.read_text() + "\nMs. Ann Lee joined the Adviser in 2012.\n")
    assert store.add([filings]).updated == ["extra0.txt"]
    after = {p.name for p in folder.iterdir()}
    assert not orphan.exists()
    assert len(before) == len(after) == 3 and len(before & after) == 2
    assert _doc_data_of(store)["extra0.txt"]["items"] in after - before
    store.remove(["extra0.txt", "extra1.txt"])
    assert {p.name for p in folder.iterdir()} == {_doc_data_of(store)[SEED_NAME]["items"]}


def test_a_missing_items_file_is_a_clear_error(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _long_way(monkeypatch)
    store = Store(tmp_path / "ix")
    store.add([filings])
    (store.path / docitems.ITEMS_DIR / _doc_data_of(store)["extra1.txt"]["items"]).unlink()
    for path in store.path.glob("records-*.sqlite"):  # read again from the doc records
        path.unlink()
    with pytest.raises(IndexDamaged, match=r"extra1\.txt.*fundqa index remove extra1\.txt"):
        store.snapshot()


def _many_items(seed_path: Path, copies: int) -> tuple[list[Fact], list[Mention], str]:
    """The seed filing's facts and mentions as if it were ``copies`` times longer, and the
    JSON text its doc record would hold for them inline."""
    item = ingest_file(seed_path)
    found = [replace(f, passage=f.passage + k) for k in range(copies) for f in item.facts]
    mentions = [replace(m, passage=m.passage + k) for k in range(copies) for m in item.mentions]
    record = DocRecord("a.txt", "/a.txt", "0" * 64, "1", "text", 3, 10, item.meta, "k")
    text = _doc_data(record, replace(item, facts=tuple(found), mentions=tuple(mentions)), [])
    return found, mentions, text


def test_items_are_written_and_read_a_chunk_at_a_time(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing an items file and reading it back hold a chunk of JSON at a time, not the
    text of them all (which the doc record's one stored value was)."""
    monkeypatch.setattr(docitems, "JSON_CHUNK_ITEMS", 512)  # many chunks in a short test
    found, mentions, text = _many_items(seed_path, 1000)
    assert len(mentions) > 50 * docitems.JSON_CHUNK_ITEMS
    path = tmp_path / "a.jsonl.gz"
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        docitems.write(path, found, mentions)
        wrote = tracemalloc.get_traced_memory()[1] - start
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        shared: dict[str, str] = {}
        read = docitems.read(path, docitems.items_hook(shared))
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == (found, mentions)
    assert wrote < len(text) / 4
    assert peak - kept < len(text) / 4  # beyond what it returns
    assert kept - start > 0


@pytest.mark.parametrize("chunk", [1, 3, 4096])
def test_a_chunk_of_json_is_each_items_json_joined(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """A chunk is one JSON array of the items' dicts without its brackets: what joining each
    item's JSON with ", " gives (invented items with quotes, non-ASCII and control characters,
    attributes and no fund among them, and a real filing's)."""
    monkeypatch.setattr(docitems, "JSON_CHUNK_ITEMS", chunk)
    item = ingest_file(seed_path)
    invented = [
        Mention("person", 'Mr. "Dan" Holt', "Dan Holt", "a.txt", 3, (("title", "CEO\n"),)),
        Mention("org", "Société Générale", "Société Générale", "ü.txt", 0),
        Fact("manages", "Zoë Ó Brien", "since 2010", ("a", "b\tc"), None, "a.txt", 1),
        Fact("risks", "Fund", attrs=(("role", "lead"), ("since", "2010"))),
    ]
    for items in (invented, list(item.mentions), list(item.facts), []):
        each = [json.dumps(docitems.shallow_dict(x)) for x in items]
        expected = [", ".join(each[i : i + chunk]) for i in range(0, len(each), chunk)]
        assert list(docitems.json_chunks(items)) == expected


def test_a_chunk_of_json_is_each_items_json_joined_for_real_filings(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docitems, "JSON_CHUNK_ITEMS", 7)
    for path in sorted((shared_dir / "corpus").rglob("*.txt"))[:12]:
        item = ingest_file(path)
        for items in (list(item.mentions), list(item.facts)):
            each = [json.dumps(docitems.shallow_dict(x)) for x in items]
            expected = [", ".join(each[i : i + 7]) for i in range(0, len(each), 7)]
            assert list(docitems.json_chunks(items)) == expected, path.name


def test_the_record_file_takes_the_last_long_filings_items_from_memory(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record file of an add is built with the last long filing's facts and mentions as
    they were written (not read back from its items file), and holds what a build that reads
    every items file holds; only the last long filing's are kept (each replaces the one
    before)."""
    _long_way(monkeypatch)
    seen: list[list[str]] = []
    read_back: list[str] = []
    build = Store._build_records
    read_items = Store._read_items

    def recording_build(self: Store, ix: object, generation: int, known: object = None) -> object:
        seen.append(sorted(known or {}))
        return build(self, ix, generation, known)  # type: ignore[arg-type]

    def recording_read(self: Store, name: str, items: str, hook: object) -> object:
        read_back.append(name)
        return read_items(self, name, items, hook)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "_build_records", recording_build)
    monkeypatch.setattr(Store, "_read_items", recording_read)
    store = Store(tmp_path / "ix")
    assert not store.add([filings]).failed
    data = _doc_data_of(store)
    last = sorted(data)[-1]  # (the folder's files are read in name order)
    assert seen[-1] == [data[last]["items"]]  # (the one before: the empty index's)
    assert sorted(read_back) == sorted(set(data) - {last})
    built = store.snapshot()
    held = (dict(built.docs.items()), built.facts_of_kind(), built.entities)
    built.close()
    for path in store.path.glob("records-*.sqlite"):
        path.unlink()
    read_back.clear()
    rebuilt = store.snapshot()  # every items file read back
    assert sorted(read_back) == sorted(data)
    assert (dict(rebuilt.docs.items()), rebuilt.facts_of_kind(), rebuilt.entities) == held
    assert held[1] and held[2]
    rebuilt.close()
