"""What a long filing's ingest holds at once: its facts read a few passages at a time, one
string of entity keys a passage, and the name caches emptied after it."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import astuple, replace
from pathlib import Path

import pytest

from index import facts, loaders, names, sections
from index.metadata import extract as extract_meta
from index.model import DocMeta, Mention, Passage
from index.store import _passage_entity_keys

SAMPLE = Path(__file__).resolve().parents[1] / "index" / "sample" / "000_c14adad2a05aec02.txt"
COPIES = 40


class _Counted(Passage):
    """A passage that counts how many of its kind are alive (a split file's passages are new
    objects on every read)."""

    __slots__ = ("__weakref__",)
    alive = 0
    most = 0

    def __init__(self, *fields: object) -> None:
        super().__init__(*fields)  # type: ignore[arg-type]
        _Counted.alive += 1
        _Counted.most = max(_Counted.most, _Counted.alive)
        weakref.finalize(self, _Counted._gone)

    @staticmethod
    def _gone() -> None:
        _Counted.alive -= 1


def _seed_copies() -> tuple[list[Passage], DocMeta]:
    document = loaders.load(SAMPLE)
    _, passages = sections.split(document)
    n = len(passages)
    copies = [replace(p, ordinal=p.ordinal + k * n) for k in range(COPIES) for p in passages]
    return copies, extract_meta(document, passages)


def test_the_facts_of_a_long_filing_hold_a_few_passages_at_a_time() -> None:
    passages, meta = _seed_copies()

    def source() -> Iterator[Passage]:  # every pass makes its passages anew, as a file would
        for p in passages:
            yield _Counted(*astuple(p))

    _Counted.alive = _Counted.most = 0
    found = facts.read_facts(source, meta)
    assert found == facts.extract_facts(passages, meta)
    assert any(f.kind == "manages" for f in found)
    assert len(passages) > 10 * facts.LISTED_BELOW_WINDOW
    # a few, whatever the length: the passage read with the LISTED_BELOW_WINDOW after it, the
    # one before it, the ones the generators of two passes at once are at (the people index
    # is read during the main pass); or the first passages of a pass kept for the cover
    bound = max(facts.LISTED_BELOW_WINDOW + 5, facts.COVER_FUND_PASSAGES + 2)
    assert _Counted.most <= bound
    assert _Counted.alive == 0


def test_read_facts_of_no_passages() -> None:
    assert facts.read_facts(lambda: [], None) == []


def test_entity_keys_one_string_a_passage_whatever_the_order_of_mentions() -> None:
    mentions = [
        Mention("person", "Mr. Rich", "Steven J. Rich", "d.txt", 3),
        Mention("org", "J.P. Morgan", "J.P. Morgan", "d.txt", 1),
        Mention("person", "Steven Rich", "Steven J. Rich", "d.txt", 1),
        Mention("date", "2001", "2001", "d.txt", 2),
        Mention("org", "JPMorgan", "JPMorgan", "d.txt", 1),
    ]
    rich = "person:" + names.person_key("Steven J. Rich")
    firms = {"org:" + names.org_key("J.P. Morgan"), "org:" + names.org_key("JPMorgan")}
    keys = _passage_entity_keys(mentions)
    assert keys == {1: ",".join(sorted({rich, *firms})), 3: rich}
    assert _passage_entity_keys(list(reversed(mentions))) == keys


def test_clearing_the_name_caches_changes_no_result() -> None:
    before = (names.org_key("J. P. Morgan Inc."), names.parse_person("Dr. Marian U. Pardo"))
    names.clear_caches()
    assert all(fn.cache_info().currsize == 0 for fn in names._CACHED)
    assert (names.org_key("J. P. Morgan Inc."), names.parse_person("Dr. Marian U. Pardo")) == before


def _surname(n: int) -> str:
    """A surname of its own for each number: "Pardab", "Pardac", ..."""
    return "Pard" + chr(97 + n // 26 % 26) + chr(97 + n % 26)


def test_a_long_filings_facts_can_forget_the_names_of_its_people_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read with ``forget_names`` (a long filing in a process of its own), the facts are the
    same, and the name caches let go of the names the people index filled them with."""
    passages, meta = _seed_copies()
    copies = [replace(p, text=p.text.replace("Pardo", _surname(p.ordinal))) for p in passages]
    held: list[int] = []  # what the caches hold once the people index is made
    index_people = facts._Doc._index_people

    def counted(ctx: facts._Doc) -> None:
        index_people(ctx)
        held.append(names.parse_person.cache_info().currsize)

    monkeypatch.setattr(facts._Doc, "_index_people", counted)
    found = []
    for forget in (False, True):
        names.clear_caches()
        found.append(facts.read_facts(lambda: iter(copies), meta, forget_names=forget))
    assert found[0] == found[1] and any(f.kind == "manages" for f in found[0])
    assert held[0] > 50 and held[1] == 0


def test_spans_taken_answer_as_a_list_a_passage_does_in_any_order_of_adding() -> None:
    """The spans the mentions of a filing take (flat arrays for those added in passage order,
    the rest by passage) overlap what a list of spans per passage would."""
    import random

    from index.entities import _Taken

    rng = random.Random(5)
    for _ in range(200):
        taken, plain = _Taken(), {}
        passage = 0
        for _ in range(rng.randint(0, 40)):
            passage = passage + rng.randint(0, 2) if rng.random() < 0.7 else rng.randint(0, 20)
            start = rng.randint(0, 60)
            end = start + rng.randint(1, 12)
            taken.add(passage, start, end)
            plain.setdefault(passage, []).append((start, end))
        for _ in range(50):
            p, start = rng.randint(0, 25), rng.randint(0, 70)
            end = start + rng.randint(1, 10)
            expected = any(s < end and start < e for s, e in plain.get(p, []))
            assert taken.overlaps(p, start, end) == expected
