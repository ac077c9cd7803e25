"""The index on disk: incremental adds, bad files, interrupted builds, concurrent writers."""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.query import Term

from index import store as store_mod
from index.ranking import Ranker
from index.store import IndexBusy, IndexMissing, Store

SEED_NAME = "000_c14adad2a05aec02.txt"


@pytest.fixture
def filings(tmp_path: Path, seed_path: Path) -> Path:
    folder = tmp_path / "filings"
    folder.mkdir()
    shutil.copy(seed_path, folder / SEED_NAME)
    return folder


def test_add_then_rerun_skips_unchanged_and_updates_changed(tmp_path: Path, filings: Path) -> None:
    store = Store(tmp_path / "ix")
    first = store.add([filings])
    assert first.added == [SEED_NAME] and not first.failed
    assert first.passages == 6
    again = store.add([filings])
    assert again.skipped == [SEED_NAME] and not again.added and not again.updated

    seed = filings / SEED_NAME
    seed.write_text(seed.read_text().replace("November 15, 2001", "November 16, 2001"))
    changed = store.add([filings])
    assert changed.updated == [SEED_NAME]
    snap = store.snapshot()
    assert list(snap.docs) == [SEED_NAME]
    assert "November 16, 2001" in snap.doc_text(SEED_NAME)
    assert snap.docs[SEED_NAME].meta.supplement_date == "November 16, 2001"
    # the old passages were replaced, not duplicated
    assert len(snap.passages(SEED_NAME)) == snap.docs[SEED_NAME].passages
    snap.close()


def test_snapshot_holds_passages_with_real_line_numbers(tmp_path: Path, filings: Path) -> None:
    store = Store(tmp_path / "ix")
    store.add([filings])
    snap = store.snapshot()
    lines = snap.doc_text(SEED_NAME).split("\n")
    passage = snap.passage_at(SEED_NAME, 19)
    assert passage is not None
    assert passage.section == ("I. Portfolio Managers", "J.P. Morgan Small Cap Stock Portfolio")
    assert "Marian U. Pardo, Managing Director of the Adviser" in passage.text
    assert "Marian U. Pardo" in lines[passage.line_start - 1]
    snap.close()


def _passage_at_by_reading(passages: list, line: int):
    """The passage covering a line, else the nearest after it, by reading every passage."""
    covering = [p for p in passages if p.line_start <= line <= p.line_end]
    after = [p for p in passages if p.line_start > line]
    return covering[0] if covering else min(after, key=lambda p: p.line_start, default=None)


def test_passage_lines_map_lines_to_passages_as_reading_the_filing_does(
    tmp_path: Path, filings: Path, shared_dir: Path
) -> None:
    """A citation's line finds the passage reading the whole filing finds, from the passage
    lines kept in the record file; in the corpus filings whose passages overlap too, and for
    a filing indexed before they were kept."""
    for name in ("dev/dev069.txt", "dev-b/h068.txt"):  # a passage starts before one above ends
        shutil.copy(shared_dir / "corpus" / name, filings)
    store = Store(tmp_path / "ix")
    store.add([filings])
    snap = store.snapshot()
    for name in (SEED_NAME, "dev069.txt", "h068.txt"):
        passages = sorted(snap.passages(name), key=lambda p: p.ordinal)
        snap._passages.clear()  # read through the kept lines, not the passages read above
        assert snap.records.passage_lines(name) is not None
        last = max(p.line_end for p in passages)
        overlap = any(b.line_start <= a.line_end for a, b in itertools.pairwise(passages))
        assert overlap or name == SEED_NAME
        for line in range(0, last + 3):
            assert snap.passage_at(name, line) == _passage_at_by_reading(passages, line), line
            assert name not in snap._passages  # the filing was not read whole
    snap.close()
    # records without the lines (an index of an older release): the filing is read whole
    snap = store.snapshot()
    snap.records.passage_lines = lambda name: None
    assert snap.passage_at(SEED_NAME, 19) == _passage_at_by_reading(snap.passages(SEED_NAME), 19)
    snap.close()


def test_ordinal_at_takes_the_first_covering_passage_where_lines_go_back() -> None:
    """Passages whose lines overlap, go back (columns read down) or leave gaps, and an ordinal
    with no passage: the first passage by ordinal covering the line, else the first of those
    starting nearest after it."""
    import random

    import numpy as np

    rng = random.Random(3)
    for _ in range(300):
        rows = []
        for _ in range(rng.randint(0, 12)):
            if rng.random() < 0.1:
                rows.append((-1, -1))
            else:
                start = rng.randint(1, 40)
                rows.append((start, start + rng.randint(0, 6)))
        bounds = np.array(rows, dtype="<i4").reshape(-1, 2)
        for line in range(0, 50):
            covering = [i for i, (s, e) in enumerate(rows) if s <= line <= e]
            after = [i for i, (s, _) in enumerate(rows) if s > line]
            want = covering[0] if covering else min(after, key=lambda i: rows[i][0], default=None)
            assert store_mod.ordinal_at(bounds, line) == want, (rows, line)


def test_bad_files_are_reported_and_the_rest_is_indexed(tmp_path: Path, filings: Path) -> None:
    (filings / "empty.txt").write_bytes(b"")
    (filings / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (filings / "broken.htm").write_bytes(b"<html><body><table><tr><td>Fund <b>Name")
    (filings / "cp1252.txt").write_bytes(
        b"Supplement dated March 1, 2004\n\n\x93Quoted\x94 text \x96 with \xff bad bytes.\n"
    )
    report = Store(tmp_path / "ix").add([filings, tmp_path / "missing-folder"])
    failed = dict((Path(f).name, reason) for f, reason in report.failed)
    assert set(failed) == {"empty.txt", "binary.txt", "missing-folder"}
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["binary.txt"]
    assert set(report.added) == {"broken.htm", "cp1252.txt", SEED_NAME}


def test_open_missing_index_says_how_to_add(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing, match="fundqa index add"):
        Store(tmp_path / "nothing").snapshot()


def test_remove_deletes_passages_and_text(tmp_path: Path, filings: Path) -> None:
    store = Store(tmp_path / "ix")
    store.add([filings])
    removed, missing = store.remove([SEED_NAME, "nope.txt"])
    assert removed == [SEED_NAME] and missing == ["nope.txt"]
    snap = store.snapshot()
    assert not snap.docs and snap.passages(SEED_NAME) == []
    assert not list((store.path / "texts").glob("*.gz"))
    snap.close()


def test_second_writer_fails_with_a_clear_message(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "ix")
    store.add([filings])
    other = filings / "other.txt"
    other.write_text("Supplement dated May 1, 2020\n\nThe Fund may invest up to 10% in bonds.\n")
    from whoosh import index as whoosh_index

    holder = whoosh_index.open_dir(str(store.whoosh_dir)).writer()
    monkeypatch.setattr(store_mod, "WRITER_WAIT_SECONDS", 0.3)
    try:
        with pytest.raises(IndexBusy, match="another fundqa process"):
            store.add([other])
    finally:
        holder.cancel()
    assert store.add([other]).added == ["other.txt"]


def killer(kill_at: int, **settings: int) -> str:
    """A script that adds a folder with these store settings and SIGKILLs itself once
    ``kill_at`` files are done (argv: index dir, folder)."""
    assignments = "".join(f"store_mod.{k} = {v}\n" for k, v in settings.items())
    return (
        "import os, signal, sys\n"
        "from index import store as store_mod\n"
        f"{assignments}"
        "def progress(done, total, name):\n"
        f"    if done == {kill_at}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "store_mod.Store(sys.argv[1]).add([sys.argv[2]], progress=progress)\n"
    )


KILLER = killer(3, COMMIT_EVERY_FILES=2, PARALLEL_MIN_FILES=10**9)


def test_killed_build_keeps_committed_state_and_rerun_completes(
    tmp_path: Path, filings: Path
) -> None:
    for i in range(5):
        (filings / f"extra{i}.txt").write_text(
            f"Supplement dated June {i + 1}, 2020\n\nThe Fund will change its name to Fund {i}.\n"
        )
    index_dir = tmp_path / "ix"
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(index_dir), str(filings)],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-500:]
    store = Store(index_dir)
    snap = store.snapshot()  # opens, at the last committed batch
    assert len(snap.docs) == 2
    # the add was killed before it wrote the records of that batch: rebuilt from Whoosh
    docs, facts, entities, _ = store._read_doc_records(store._open())
    assert (list(snap.docs.values()), snap.facts_of_kind(), snap.entities) == (
        docs,
        facts,
        entities,
    )
    snap.close()
    report = store.add([filings])
    assert len(report.skipped) == 2 and len(report.added) == 4
    snap = store.snapshot()
    assert len(snap.docs) == 6
    snap.close()


def test_index_from_older_release_is_rebuilt_on_add(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.fields import ID

    from index import schema

    def old_schema() -> object:  # the schema as an older release wrote it
        s = schema.build_schema()
        s.remove("doc")
        s.add("doc", ID(stored=True))
        return s

    store = Store(tmp_path / "ix")
    with monkeypatch.context() as m:
        m.setattr(store_mod, "build_schema", old_schema)
        store.add([filings])
    snap = store.snapshot()  # still readable and searchable before the upgrade
    assert len(snap.passages(SEED_NAME)) == 6
    assert (snap.ranker.owners([SEED_NAME]) == 0).sum() == 7  # six passages and the doc record
    snap.close()
    report = store.add([filings / SEED_NAME])
    assert report.added == [SEED_NAME] and not report.failed
    snap = store.snapshot()
    assert snap.searcher.reader().has_column("doc")
    assert list(snap.docs) == [SEED_NAME] and len(snap.passages(SEED_NAME)) == 6
    snap.close()
    assert not (tmp_path / "ix" / "whoosh.rebuild").exists()


def test_gc_paused_restores_the_collector_state() -> None:
    import gc

    from index.store import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves the outer pause alone
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def _extra_filings(folder: Path, count: int) -> None:
    for i in range(count):
        (folder / f"extra{i}.txt").write_text(
            f"Supplement dated June {i % 28 + 1}, 2020\n\n"
            f"The Fund will change its name to Fund {i} and may invest up to {i}% in bonds.\n"
        )


def _contents(snap: store_mod.Snapshot) -> tuple:
    """Everything a snapshot's record file holds: filing records, facts and entities."""
    return dict(snap.docs.items()), snap.facts_of_kind(), snap.entities


def _segment_count(store: Store) -> int:
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(store.whoosh_dir)).reader() as reader:
        return len(list(reader.leaf_readers()))


def test_adds_keep_their_segments_and_optimize_merges_them(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _extra_filings(filings, 5)
    monkeypatch.setattr(store_mod, "COMMIT_EVERY_FILES", 2)
    store = Store(tmp_path / "ix")
    assert len(store.add([filings]).added) == 6
    assert _segment_count(store) == 3  # one per commit: no merge of the whole index
    snap = store.snapshot()
    before = (_contents(snap), snap.passages(SEED_NAME))
    snap.close()

    report = store.optimize()
    assert (report.segments_before, report.segments_after) == (3, 1)
    assert "merged 3 segments into 1" in report.summary()
    assert _segment_count(store) == 1
    snap = store.snapshot()
    assert (_contents(snap), snap.passages(SEED_NAME)) == before
    # the records are carried over to the new generation, with the merged segments' docnums
    assert [f.name for f in (tmp_path / "ix").glob("records-*")] == [
        f"records-{snap.generation}.sqlite"
    ]
    assert list(snap.records.owners()) == list(snap.ranker.owners(list(snap.docs)))
    snap.close()
    assert store.optimize().summary().startswith("nothing to merge (1 segment)")


def test_a_tier_of_segments_merges_once_it_is_full(
    tmp_path: Path, filings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _extra_filings(filings, 8)
    monkeypatch.setattr(store_mod, "COMMIT_EVERY_FILES", 1)
    monkeypatch.setattr(store_mod, "MERGE_TIER_SEGMENTS", 3)
    store = Store(tmp_path / "ix")
    assert len(store.add([filings]).added) == 9
    assert _segment_count(store) < 9
    monkeypatch.setattr(store_mod, "COMMIT_EVERY_FILES", 400)
    one = Store(tmp_path / "one")
    one.add([filings])
    assert _segment_count(one) == 1
    snap, whole = store.snapshot(), one.snapshot()
    assert len(snap.docs) == 9 and len(snap.passages(SEED_NAME)) == 6
    # merged segments hold filings out of their order: facts and entities do not change
    assert _contents(snap) == _contents(whole)
    snap.close()
    whole.close()


def test_optimize_without_an_index_says_how_to_add(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing, match="fundqa index add"):
        Store(tmp_path / "nothing").optimize()


PARALLEL_KILLER = killer(10, COMMIT_EVERY_FILES=4, PARALLEL_MIN_FILES=2, POOL_CHUNK=1)


def test_killed_multi_segment_parallel_add_keeps_committed_state_and_rerun_completes(
    tmp_path: Path, filings: Path
) -> None:
    _extra_filings(filings, 15)
    index_dir = tmp_path / "ix"
    proc = subprocess.run(
        [sys.executable, "-c", PARALLEL_KILLER, str(index_dir), str(filings)],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-500:]
    store = Store(index_dir)
    assert _segment_count(store) == 2  # two committed batches of four
    snap = store.snapshot()  # opens at the last committed batch, and answers from it
    assert len(snap.docs) == 8
    hits = snap.searcher.search(Term("text", "bond"), limit=None)
    assert {hit["doc"] for hit in hits} <= set(snap.docs) and len(hits) >= 7
    snap.close()
    report = store.add([filings])
    assert len(report.skipped) == 8 and len(report.added) == 8 and not report.failed
    snap = store.snapshot()
    assert len(snap.docs) == 16
    assert len(snap.searcher.search(Term("text", "bond"), limit=None)) >= 15
    snap.close()


def test_records_read_on_demand_match_the_doc_records(tmp_path: Path, filings: Path) -> None:
    _extra_filings(filings, 3)
    store = Store(tmp_path / "ix")
    store.add([filings])
    changed = filings / "extra1.txt"
    changed.write_text(changed.read_text() + "\nThe Fund may invest up to 5% in REITs.\n")
    assert store.add([filings]).updated == ["extra1.txt"]  # its old records are deleted
    snap = store.snapshot()
    assert snap.ranker.reader.has_deletions()
    docs, facts, entities, _ = store._read_doc_records(store._open())  # straight from Whoosh
    assert dict(snap.docs.items()) == {d.name: d for d in docs} and facts and entities
    assert snap.facts_of_kind() == facts and snap.entities == entities
    assert (snap.fact_count, snap.entity_count) == (len(facts), len(entities))
    assert snap.facts_for_doc(SEED_NAME) == [f for f in facts if f.doc == SEED_NAME]
    assert snap.facts_of_kind("manages", "title") == [
        f for f in facts if f.kind in ("manages", "title")
    ]
    subjects = snap.subjects_of_kind("manages")
    assert sorted(subjects) == sorted({f.subject for f in facts if f.kind == "manages"})
    assert len(subjects) >= 2
    some = set(subjects[:2])
    assert snap.facts_of_kind_about("manages", some) == [
        f for f in facts if f.kind == "manages" and f.subject in some
    ]
    assert snap.facts_of_kind_about("manages", ["nobody of that name"]) == []
    person = next(e for e in entities if e.kind == "person" and e.aliases)
    about = snap.facts_about(person.name)
    names = {person.name, *person.aliases}
    assert about and [f for _, f in about] == [f for f in facts if f.subject in names]
    assert [n for n, _ in about] == sorted(n for n, f in enumerate(facts) if f.subject in names)
    assert snap.entities_of_kind("person") == [e for e in entities if e.kind == "person"]
    assert list(snap.doc_owners) == list(Ranker(snap.searcher).owners(list(snap.docs)))
    fresh = Ranker(snap.searcher)  # reads each filing's docnums from its postings
    for name in [*snap.docs, "not-indexed.txt"]:  # snap.ranker takes them from the saved map
        assert list(snap.ranker.doc_numbers(name)) == list(fresh.doc_numbers(name))
    snap.close()


@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated"])
def test_a_missing_or_damaged_record_file_is_rebuilt(
    tmp_path: Path, filings: Path, damage: str
) -> None:
    store = Store(tmp_path / "ix")
    store.add([filings])
    snap = store.snapshot()
    before = _contents(snap)
    path = snap.records.path
    snap.close()
    if damage == "missing":
        path.unlink()
    elif damage == "garbage":
        path.write_bytes(b"not a database" * 100)
    else:
        path.write_bytes(path.read_bytes()[:4096])
    snap = store.snapshot()
    assert _contents(snap) == before
    assert len(snap.passages(SEED_NAME)) == 6
    snap.close()
    assert Store(tmp_path / "ix").snapshot().records.path == path  # written again, in place


def test_snapshot_reads_segments_in_place_with_the_same_results(
    tmp_path: Path, filings: Path
) -> None:
    from whoosh import index as whoosh_index

    _extra_filings(filings, 3)
    store = Store(tmp_path / "ix")
    store.add([filings])
    snap = store.snapshot()
    assert isinstance(snap._ix.storage, store_mod.MappedStorage)
    with whoosh_index.open_dir(str(store.whoosh_dir)).searcher() as plain:
        for term in ("bond", "portfolio", "pardo"):
            ours = [(h.docnum, h.score) for h in snap.searcher.search(Term("text", term))]
            theirs = [(h.docnum, h.score) for h in plain.search(Term("text", term))]
            assert ours == theirs and ours
        assert [snap.searcher.stored_fields(n) for n in range(5)] == [
            plain.stored_fields(n) for n in range(5)
        ]
    snap.close()


def test_a_mapped_part_reads_like_a_file_of_its_own(tmp_path: Path) -> None:
    import mmap

    path = tmp_path / "part"
    path.write_bytes(b"0123456789\nabcdef\nxyz")
    with path.open("rb") as fh:
        source = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    part = store_mod._MappedFile(source, 5, 10, "part")  # b"56789\nabcd"
    assert part.read(3) == b"567" and part.tell() == 3
    assert part.readline() == b"89\n" and part.read() == b"abcd" and part.read(2) == b""
    part.seek(0)
    assert list(part.file) == [b"56789\n", b"abcd"]
    part.seek(-2, os.SEEK_END)
    assert part.read(5) == b"cd"
    assert part.subset(3, 3).read() == b"89\n" and part.get(0, 2) == b"56"
    part.close()


def test_records_of_earlier_generations_are_dropped_never_later_ones(tmp_path: Path) -> None:
    store = Store(tmp_path)
    for name in ("records-1.sqlite", "records-5.sqlite", "records-9.sqlite", "cache-3.pickle"):
        (tmp_path / name).write_bytes(b"x")
    store._drop_older_records(5)  # a reader that rebuilt generation 5 while 9 was committed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records-5.sqlite", "records-9.sqlite"]


def test_doc_record_json_is_that_of_asdict(seed_path: Path) -> None:
    import json
    from dataclasses import asdict

    from index.docitems import shallow_dict
    from index.pipeline import ingest_file

    item = ingest_file(seed_path)
    for found in (*item.mentions, *item.facts):
        assert json.dumps(shallow_dict(found)) == json.dumps(asdict(found))
    assert any(m.attrs for m in item.mentions) and any(f.attrs for f in item.facts)


def test_doc_record_text_is_that_of_one_json_dump(seed_path: Path) -> None:
    import json
    from dataclasses import asdict, replace

    from index.pipeline import ingest_file
    from index.store import DocRecord, _doc_data

    item = ingest_file(seed_path)
    record = DocRecord("a.txt", "/a.txt", "0" * 64, "1", "text", 3, 10, item.meta, "k")
    lines = [1, 3, 4, 9, -1, -1, 10, 12]
    for case in (item, replace(item, facts=()), replace(item, facts=(), mentions=())):
        for kept in (lines, []):
            whole = {
                "record": asdict(record),
                "facts": [asdict(f) for f in case.facts],
                "mentions": [asdict(m) for m in case.mentions],
                "lines": kept,
            }
            assert _doc_data(record, case, kept) == json.dumps(whole)
            apart = {"record": asdict(record), "items": "x.jsonl.gz", "lines": kept}
            assert _doc_data(record, case, kept, "x.jsonl.gz") == json.dumps(apart)


def test_doc_record_read_back_gives_its_facts_and_mentions(seed_path: Path) -> None:
    import json

    from index.docitems import items_hook
    from index.pipeline import ingest_file
    from index.store import DocRecord, _doc_data

    item = ingest_file(seed_path)
    record = DocRecord("a.txt", "/a.txt", "0" * 64, "1", "text", 3, 10, item.meta, "k")
    shared: dict[str, str] = {}
    data = json.loads(_doc_data(record, item, [1, 2]), object_hook=items_hook(shared))
    assert item.facts and item.mentions
    assert tuple(data["facts"]) == item.facts and tuple(data["mentions"]) == item.mentions
    assert isinstance(data["record"], dict) and isinstance(data["record"]["meta"], dict)
    names = [m.name for m in data["mentions"]]
    assert len({id(n) for n in names}) == len(set(names))  # one string per distinct name


def test_the_linkers_word_table_is_the_same_every_build(tmp_path: Path, filings: Path) -> None:
    """Two builds in processes with different string hashing write the linker's word table in
    one order (the linker reads it in that order, so ties break alike)."""
    import glob
    import sqlite3

    tables = []
    for seed in ("1", "2"):
        ix = tmp_path / f"ix{seed}"
        code = f"from index.store import Store; Store({str(ix)!r}).add([{str(filings)!r}])"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        (db,) = glob.glob(str(ix / "records-*.sqlite"))
        with sqlite3.connect(db) as con:
            tables.append(con.execute("SELECT word, df FROM link_words ORDER BY n").fetchall())
    assert tables[0] and tables[0] == tables[1]
