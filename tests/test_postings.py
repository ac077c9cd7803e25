"""The batched posting pool (and field lengths read once per field) write the same segment as
Whoosh's own writer, however many runs its memory limit cuts the postings into; only the
spelling field holds one posting per word instead of one per word and document, with the same
words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter, PostingPool

from index import postings
from index.postings import BatchedPostingPool, batch_runs
from index.schema import build_schema

WORDS = [
    "fund",
    "portfolio",
    "manager",
    "adviser",
    "risk",
    "since",
    "joined",
    "bond",
    "equity",
    "small",
    "cap",
    "trust",
]


def _write(folder: Path, batched: bool, repeat: int = 1) -> tuple[list[tuple], dict[bytes, int]]:
    """Index 300 small passages with a pool limit that forces many runs (their filing,
    section and entities the same for ``repeat`` passages in a row, with one boosted passage
    among them); every posting read back (field, term, docnum, weight, value) plus the stored
    fields, and apart from them the spelling field's words with their number of postings."""
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = ix.writer(limitmb=0.01)
    if batched:
        writer = batch_runs(writer)
        assert type(writer.pool) is BatchedPostingPool
    else:
        assert type(writer.pool) is PostingPool
    for n in range(300):
        words = [WORDS[(n * k + k) % len(WORDS)] for k in range(1, 40)]
        m = n // repeat
        writer.add_document(
            rtype="passage",
            doc=f"d{m % 7}",
            ordinal=n,
            text=" ".join(words),
            section=f"Part {m % 5}",
            funds="Small Cap Stock Portfolio ; Bond Fund",
            fundkeys="smallcap,bond",
            entities=f"person:p{m % 11},org:o{m % 3}",
            **({"_boost": 2.0} if n == 150 else {}),
        )
    assert len(writer.pool.runs) > 3
    writer.commit()
    return _read_back(ix)


def _read_back(ix: Any) -> tuple[list[tuple], dict[bytes, int]]:
    """Every posting of an index (field, term, docnum, weight, value, with its block's length
    statistics), its field lengths and stored fields, and apart from them the spelling field's
    words with their number of postings."""
    found: list[tuple] = []
    spelling: dict[bytes, int] = {}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for field, term in reader.all_terms():
            if field == "spell_text":
                spelling[term] = len(list(reader.postings(field, term).all_ids()))
                continue
            matcher = reader.postings(field, term)
            while matcher.is_active():
                found.append((field, term, matcher.id(), matcher.weight(), matcher.value()))
                # the lengths the writer looked up per posting: kept as block statistics
                found.append((matcher.block_min_length(), matcher.block_max_length()))
                matcher.next()
        for field in ("text", "section", "entities"):
            found.append((reader.field_length(field), reader.max_field_length(field)))
            found += [reader.doc_field_length(n, field) for n in range(reader.doc_count_all())]
        found += [tuple(sorted(f.items())) for f in searcher.documents()]
    return found, spelling


def test_batched_runs_write_the_same_postings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postings, "RUN_BATCH", 7)  # several batches in every run
    batched, batched_words = _write(tmp_path / "batched", True)
    whoosh, whoosh_words = _write(tmp_path / "whoosh", False)
    assert batched == whoosh
    assert sorted(batched_words) == sorted(whoosh_words)


def test_documents_added_with_repeated_values_write_the_same_postings(tmp_path: Path) -> None:
    """The batched writer's ``add_document`` (``DocumentAdder``) makes a field's postings once
    while its value repeats, and hands a boosted document to Whoosh's own: the same segment."""
    batched, batched_words = _write(tmp_path / "batched", True, repeat=10)
    whoosh, whoosh_words = _write(tmp_path / "whoosh", False, repeat=10)
    assert batched == whoosh
    assert sorted(batched_words) == sorted(whoosh_words)


def test_real_filings_passages_write_the_same_postings_as_whoosh(
    tmp_path: Path, shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real filings' passages, as the store writes them, through the batched writer
    (``DocumentAdder`` and ``add_postings``, many runs) and through Whoosh's own: the same
    postings, lengths, stored fields and spelling words."""
    from index import segments
    from index.pipeline import ingest_file

    monkeypatch.setattr(postings, "RUN_BATCH", 97)
    files = sorted((shared_dir / "corpus").rglob("*.txt"))[:6]
    items = [ingest_file(path) for path in files]
    found = {}
    for batched in (True, False):
        folder = tmp_path / ("batched" if batched else "whoosh")
        folder.mkdir()
        ix = whoosh_index.create_in(str(folder), build_schema())
        writer = ix.writer(limitmb=0.05)
        if batched:
            writer = batch_runs(writer)
        for item in items:
            funds = " ; ".join(item.meta.funds)
            for n, p in enumerate(item.passages):
                keys = f"org:o{n % 3}" if n % 2 else ""
                writer.add_document(
                    **segments.passage_fields(item.document.name, p, funds, "k1,k2", keys)
                )
        assert len(writer.pool.runs) > 3
        writer.commit()
        found[batched] = _read_back(ix)
    (batched_postings, batched_words), (whoosh_postings, whoosh_words) = found[True], found[False]
    assert batched_postings == whoosh_postings
    assert sorted(batched_words) == sorted(whoosh_words)


def _pool(folder: Path) -> tuple[IndexWriter, BatchedPostingPool]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = batch_runs(ix.writer())
    assert isinstance(writer.pool, BatchedPostingPool)
    writer.pool.limit = 2000  # a run every few postings
    return writer, writer.pool


def test_the_pool_gives_its_postings_sorted_in_any_order_of_adding(tmp_path: Path) -> None:
    """Added in docnum order, a term's postings are joined run after run; added out of it, the
    runs are merged a posting at a time: sorted either way, however many runs (and when they
    are merged down to fewer first)."""
    added = []
    for docnum in range(200):  # as a writer adds them: a document's fields in name order
        added.append(("section", b"part", docnum, 1.0, b""))
        for word in {WORDS[docnum % 12], WORDS[docnum % 5], WORDS[docnum % 7]}:
            added.append(("text", word.encode(), docnum, 1.0, b""))
    shuffled = added[::-1]
    for name, postings_in, maxfiles in (
        ("ordered", added, 128),
        ("ordered-reduced", added, 3),
        ("shuffled", shuffled, 128),
        ("shuffled-reduced", shuffled, 3),
    ):
        writer, pool = _pool(tmp_path / name)
        for posting in postings_in:
            pool.add(posting)
        assert pool.in_order == (postings_in is added)
        assert len(pool.runs) > 10
        assert list(pool.items(maxfiles=maxfiles)) == sorted(added), name
        writer.cancel()


def test_a_fields_postings_added_at_once_are_those_added_one_by_one(tmp_path: Path) -> None:
    """``add_postings`` pools what ``add`` of each posting pools (its limit checked once a
    document's postings are in: the runs end elsewhere, the merged postings are the same), in
    docnum order or not, merged down to fewer runs or not; a spelling field's go through
    ``add``, once a word."""
    fields: list[tuple[str, int, list[tuple[bytes, int, float, bytes | None]]]] = []
    for docnum in range(200):
        fields.append(("section", docnum, [(b"part", 1, 1.6, b"\x01")]))
        words = sorted({WORDS[docnum % 12], WORDS[docnum % 5], WORDS[(docnum * 7) % 11]})
        items = [(w.encode(), len(w) % 3 + 1, float(len(w) % 3 + 1), None) for w in words]
        fields.append(("text", docnum, items))
        fields.append(("spell_text", 0, [(w.encode(), 1, 1, None) for w in words]))
    for name, order, maxfiles in (
        ("ordered", fields, 128),
        ("ordered-reduced", fields, 3),
        ("shuffled", fields[::-1], 128),
        ("shuffled-reduced", fields[::-1], 3),
    ):
        one_writer, one = _pool(tmp_path / f"{name}-one")
        all_writer, at_once = _pool(tmp_path / f"{name}-all")
        for field, docnum, items in order:
            for term, _freq, weight, value in items:
                one.add((field, term, docnum, weight * 1.0, value))
            at_once.add_postings(field, docnum, items)
        assert at_once.in_order == one.in_order == (order is fields)
        assert len(at_once.runs) > 5 and len(one.runs) > 5
        assert list(at_once.items(maxfiles=maxfiles)) == list(one.items(maxfiles=maxfiles))
        one_writer.cancel()
        all_writer.cancel()


def test_spelling_words_are_pooled_once_per_segment(tmp_path: Path) -> None:
    """Whoosh's writer pools a spelling word once per document that holds it; the batched pool
    once per segment: the same word list, 12 postings instead of 300 x 12."""
    assert postings.spelling_fields(build_schema()) == ["spell_text"]
    _, batched_words = _write(tmp_path / "batched", True)
    _, whoosh_words = _write(tmp_path / "whoosh", False)
    assert sorted(batched_words) == sorted(w.encode() for w in WORDS)
    assert set(batched_words.values()) == {1}
    assert sum(whoosh_words.values()) > 1000


def test_a_writer_that_has_pooled_postings_keeps_its_pool(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = ix.writer()
    writer.add_document(rtype="passage", doc="d", text="one fund")
    assert type(batch_runs(writer).pool) is PostingPool
    writer.cancel()
