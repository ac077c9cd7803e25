"""Retrieval: Whoosh queries built programmatically from question terms (never parsed from text)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from whoosh import query as Q

from index.model import Passage
from index.schema import text_analyzer
from index.store import Snapshot

# How many passages a question considers before sentence selection.
TOP_PASSAGES = 40
# Extra weight of a passage's heading words.
SECTION_TERM_BOOST = 1.5
# Checking that a fund's name occurs starts from its rarest word; when even that word is in
# more passages than this, the name is made of everyday words and is taken as present.
PRESENCE_MAX_POSTINGS = 2000
# Corpus-wide queries keep the rarer terms only: at most this many, and none found in more
# than this share of passages (unless fewer than MIN_QUERY_TOKENS would be left).
MAX_QUERY_TOKENS = 6
MIN_QUERY_TOKENS = 2
COMMON_TOKEN_SHARE = 0.02
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


def build_query(terms: Sequence[str], reader: object | None = None) -> Q.Query:
    """An OR of the question's terms over text and headings.

    With a reader, only the rarer terms are kept (at most MAX_QUERY_TOKENS, none found in more
    than COMMON_TOKEN_SHARE of the passages unless nothing rarer is left): common words add
    little to the ranking and cost most of the search time on a large index.
    """
    tokens: list[str] = []
    for term in terms:
        for tok in analyse(term):
            if tok not in tokens:
                tokens.append(tok)
    if reader is not None and tokens:
        total = max(reader.doc_count(), 1)
        freq = {t: reader.doc_frequency("text", t) for t in tokens}
        ranked = sorted((t for t in tokens if freq[t]), key=freq.__getitem__)
        rare = [t for t in ranked if freq[t] <= COMMON_TOKEN_SHARE * total]
        tokens = (rare or ranked[:MIN_QUERY_TOKENS])[:MAX_QUERY_TOKENS]
        if len(tokens) < MIN_QUERY_TOKENS:
            tokens += [t for t in ranked if t not in tokens][: MIN_QUERY_TOKENS - len(tokens)]
    parts: list[Q.Query] = []
    for tok in tokens:
        parts.append(Q.Term("text", tok))
        parts.append(Q.Term("section", tok, boost=SECTION_TERM_BOOST))
    if not parts:
        return Q.NullQuery
    return Q.Or(parts)


def search(
    snap: Snapshot,
    terms: Sequence[str],
    *,
    docs: Sequence[str] | None = None,
    limit: int = TOP_PASSAGES,
) -> list[Hit]:
    """Top passages for the terms, optionally restricted to some documents."""
    reader = snap.searcher.reader() if docs is None else None
    query = build_query(terms, reader)
    if query is Q.NullQuery:
        return []
    # Doc records carry no text, so text queries match passages only: no type filter needed
    # (a filter over every passage would cost more than the search at 10,000 filings).
    if docs is not None:
        if not docs:
            return []
        # Require (rather than a filter) lets the matcher skip through both posting lists
        # instead of scoring every match and then checking it; only the text part scores.
        # Block-quality skipping is off for it: whoosh asserts inside Require's skip_to_quality.
        query = Q.Require(query, Q.Or([Q.Term("doc", d) for d in docs]))
    searcher = snap.searcher
    results = searcher.search(query, limit=limit, optimize=docs is None)
    return [
        Hit(Snapshot.passage_from(hit.fields()), float(hit.score), rank)
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
    """Whether some one document (of the given ones) contains every one of the words.

    Checked from the rarest word: only the documents holding it are candidates. A rarest word
    found in very many passages means the name is made of common words: taken as present.
    """
    searcher = snap.searcher
    reader = searcher.reader()
    clauses = []
    for word in words:
        tokens = analyse(word)
        if tokens:
            clauses.append(
                (
                    min(
                        reader.doc_frequency("text", t) + reader.doc_frequency("section", t)
                        for t in tokens
                    ),
                    Q.And([Q.Or([Q.Term("text", t), Q.Term("section", t)]) for t in tokens]),
                )
            )
    if not clauses:
        return True
    clauses.sort(key=lambda c: c[0])
    if clauses[0][0] == 0:
        return False
    if clauses[0][0] > PRESENCE_MAX_POSTINGS:
        return True
    allowed = set(docs) if docs is not None else None
    candidates: set[str] | None = None
    for _, clause in clauses:
        found = {snap.doc_of(n) for n in searcher.docs_for_query(clause)}
        if allowed is not None:
            found &= allowed
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return False
    return bool(candidates)
