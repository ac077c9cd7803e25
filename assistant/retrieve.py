"""Retrieval: Whoosh queries built programmatically from question terms (never parsed from text)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from whoosh import query as Q

from index.model import Passage
from index.schema import text_analyzer
from index.store import Snapshot

# How many passages a question considers before sentence selection.
TOP_PASSAGES = 40
# Extra weight of a passage's heading words and of entity keys linked from the question.
SECTION_TERM_BOOST = 1.5
ENTITY_BOOST = 2.5
# A word is "unknown" (worth a did-you-mean) when no passage contains it.
SUGGEST_MIN_WORD = 4

_ANALYZER = text_analyzer()


@lru_cache(maxsize=4096)
def analyse(word: str) -> tuple[str, ...]:
    """The index tokens (stemmed, lower-cased, stop words dropped) of one word or phrase."""
    return tuple(tok.text for tok in _ANALYZER(word))


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    rank: int


def build_query(
    terms: Sequence[str], entity_keys: Iterable[str] = (), fund_words: Sequence[str] = ()
) -> Q.Query:
    """An OR of the question's terms over text and headings, plus linked-entity boosts."""
    parts: list[Q.Query] = []
    seen: set[str] = set()
    for term in terms:
        for tok in analyse(term):
            if tok in seen:
                continue
            seen.add(tok)
            parts.append(Q.Term("text", tok))
            parts.append(Q.Term("section", tok, boost=SECTION_TERM_BOOST))
    for key in entity_keys:
        parts.append(Q.Term("entities", key, boost=ENTITY_BOOST))
    for word in fund_words:
        for tok in analyse(word):
            parts.append(Q.Term("funds", tok))
    if not parts:
        return Q.NullQuery
    return Q.Or(parts)


def search(
    snap: Snapshot,
    terms: Sequence[str],
    *,
    entity_keys: Iterable[str] = (),
    fund_words: Sequence[str] = (),
    docs: Sequence[str] | None = None,
    limit: int = TOP_PASSAGES,
) -> list[Hit]:
    """Top passages for the terms, optionally restricted to some documents."""
    query = build_query(terms, entity_keys, fund_words)
    if query is Q.NullQuery:
        return []
    filters: list[Q.Query] = [Q.Term("rtype", "passage")]
    if docs is not None:
        if not docs:
            return []
        filters.append(Q.Or([Q.Term("doc", d) for d in docs]))
    searcher = snap.searcher
    results = searcher.search(query, filter=Q.And(filters), limit=limit)
    return [
        Hit(Snapshot._passage_from(hit.fields()), float(hit.score), rank)
        for rank, hit in enumerate(results)
    ]


def idf(snap: Snapshot, token: str) -> float:
    """Inverse document frequency of an analysed token over passage text."""
    return snap.searcher.idf("text", token)


def unknown_words(snap: Snapshot, words: Sequence[str]) -> list[tuple[str, str]]:
    """(word, suggestion) for question words that no passage contains, when a close word exists."""
    reader = snap.searcher.reader()
    found: list[tuple[str, str]] = []
    corrector = None
    for word in words:
        if len(word) < SUGGEST_MIN_WORD or not word.isalpha():
            continue
        tokens = analyse(word)
        if not tokens or any(reader.doc_frequency("text", t) for t in tokens):
            continue
        if corrector is None:
            corrector = snap.searcher.corrector("text")
        suggestions = corrector.suggest(word.lower(), limit=1, maxdist=2)
        if suggestions:
            found.append((word, suggestions[0]))
    return found


def all_words_present(snap: Snapshot, words: Sequence[str], docs: Sequence[str] | None) -> bool:
    """Whether some one document (of the given ones) contains every one of the words."""
    found: set[str] | None = None
    searcher = snap.searcher
    for word in words:
        tokens = analyse(word)
        if not tokens:
            continue
        filters: list[Q.Query] = [Q.Term("rtype", "passage")]
        if docs is not None:
            filters.append(Q.Or([Q.Term("doc", d) for d in docs]))
        query = Q.And([Q.Or([Q.Term("text", t), Q.Term("section", t)]) for t in tokens])
        hits = searcher.search(query, filter=Q.And(filters), limit=None)
        in_docs = {hit["doc"] for hit in hits}
        found = in_docs if found is None else found & in_docs
        if not found:
            return False
    return True
