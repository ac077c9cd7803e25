"""Large filings: a filing made of one paragraph repeated thousands of times ingests, its
people resolve as they do in one copy, and splitting it over many filings changes nothing.

Sizes here stay small enough for a quick test; `benchmarks/large.py` measures 1 to 64 MB.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from whoosh.query import Term

from index import entities, loaders, metadata, sections
from index.model import Entity, Mention
from index.store import Store

# About 400 characters, with people by full name, initials, honorific, title and surname only.
PARAGRAPH = (
    "Mr. Alden Quist and Ms. Bea R. Marlow co-manage the Portfolio with Dr. Cyrus Velt. "
    "Alden T. Quist, Vice President of the Adviser, joined in 2001; Bea Marlow, Managing "
    "Director, joined in 1988. Mr. Quist and Ms. Marlow review the holdings each quarter with "
    "Dr. Velt and with Ms. Dana Okafor, who has served since March 2010. Mrs. Okafor and "
    "Mr. Velt report to the Board."
)
MB = 1 << 20


def _filing(path: Path, copies: int) -> Path:
    path.write_text("Supplement dated May 1, 2020\n\n" + (PARAGRAPH + "\n\n") * copies)
    return path


def _people(found: list[Entity]) -> set[tuple[str, str, frozenset[str]]]:
    return {(e.kind, e.name, frozenset(e.aliases)) for e in found if e.kind == "person"}


def _mentions(path: Path) -> list[Mention]:
    document = loaders.load(path)
    _, passages = sections.split(document)
    return entities.extract_mentions(passages, metadata.extract(document, passages))


def test_the_people_of_an_8_mb_filing_of_repeated_paragraphs_resolve(tmp_path: Path) -> None:
    one = _mentions(_filing(tmp_path / "one.txt", 1))
    assert sum(m.kind == "person" for m in one) >= 10
    copies = 8 * MB // len(PARAGRAPH)
    # the mentions of every copy, as extraction finds them in each of its passages
    many = [replace(m, passage=m.passage + i) for i in range(copies) for m in one]
    assert len(many) > 200_000
    assert _people(entities.resolve(many)) == _people(entities.resolve(one))


def test_a_filing_of_repeated_paragraphs_ingests_and_its_passages_are_indexed(
    tmp_path: Path,
) -> None:
    path = _filing(tmp_path / "large.txt", 256 * 1024 // len(PARAGRAPH))
    store = Store(tmp_path / "ix")
    report = store.add([path])
    assert report.added == ["large.txt"] and not report.failed
    snap = store.snapshot()
    assert snap.docs["large.txt"].passages == report.passages > 100
    assert len(snap.searcher.search(Term("text", "quist"), limit=None)) == report.passages - 1
    assert ("person", "Alden T. Quist") in {(e.kind, e.name) for e in snap.entities}
    snap.close()


def test_the_same_content_over_200_filings_gives_the_same_people(tmp_path: Path) -> None:
    per_filing = 4
    whole = _mentions(_filing(tmp_path / "whole.txt", 200 * per_filing))
    split: list[Mention] = []
    for i in range(200):
        split += _mentions(_filing(tmp_path / f"part{i:03}.txt", per_filing))
    assert len({m.doc for m in split}) == 200
    assert _people(entities.resolve(split)) == _people(entities.resolve(whole))
