"""Composing an answer: from extracted facts first, else from the best sentence; or abstaining.

Every answer cites the passages it came from; when no passage holds an answer of the expected
type for what was asked, the composer abstains and offers the closest passages instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from whoosh.lang.porter import stem

from assistant import spans
from assistant.retrieve import Hit, analyse
from assistant.understand import WORD_RE, Understanding

# Share of the question's idf-weighted key terms that the answering sentence must contain.
MIN_SENTENCE_COVERAGE = 0.34
# Share that the sentence's whole passage (with its heading) must contain.
MIN_PASSAGE_COVERAGE = 0.5
# Longest answer text we return (the contract allows 400 characters before citation markers).
MAX_ANSWER_CHARS = 380
# Weight of fund-name words in coverage: they locate the filing, not the answer inside it.
FUND_WORD_WEIGHT = 0.25
# How many passages an abstention offers as "related".
RELATED_COUNT = 3

ABBREVIATIONS = frozenset(
    [
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "no",
        "nos",
        "inc",
        "co",
        "corp",
        "ltd",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.s.a",
        "n.a",
        "p.o",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ph.d",
        "l.p",
        "llc",
    ]
)
SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+(?=[\"“(]?[A-Z0-9$])")


@dataclass(frozen=True)
class Sentence:
    hit: Hit
    text: str
    start: int  # offset inside the passage text


@dataclass(frozen=True)
class Choice:
    """The sentence picked to answer with, and why."""

    sentence: Sentence
    spans: tuple[str, ...]
    coverage: float
    passage_coverage: float
    score: float


def sentences(hit: Hit) -> list[Sentence]:
    """Split a passage into sentences; a table row or bullet item stays whole."""
    text = hit.passage.text
    if hit.passage.kind == "row" or " | " in text:
        return [Sentence(hit, text, 0)]
    out: list[Sentence] = []
    start = 0
    for m in SENTENCE_END_RE.finditer(text):
        before = text[start : m.start()]
        last = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.split() else ""
        if (
            last in ABBREVIATIONS
            or (len(last) == 1 and last.isalpha())
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)
        ):
            continue
        if before.strip():
            out.append(Sentence(hit, before.strip(), start))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(Sentence(hit, tail, start))
    return out


def stems_of(text: str) -> set[str]:
    return {stem(w.lower()) for w in WORD_RE.findall(text)}


class Weights:
    """idf weights of the question's key terms (fund-name words count less)."""

    def __init__(self, u: Understanding, idf: dict[str, float], fund_words: set[str]) -> None:
        self.terms: list[tuple[set[str], float]] = []
        for term in u.terms:
            toks = set(analyse(term)) or {stem(term)}
            weight = max(idf.get(t, 1.0) for t in toks)
            if term in fund_words:
                weight *= FUND_WORD_WEIGHT
            self.terms.append((toks, weight))
        self.total = sum(w for _, w in self.terms) or 1.0

    def coverage(self, stems: set[str]) -> float:
        return sum(w for toks, w in self.terms if toks & stems) / self.total


def choose_sentence(
    u: Understanding,
    hits: Sequence[Hit],
    weights: Weights,
    exclude: Sequence[str] = (),
) -> Choice | None:
    """The best sentence holding an answer of the expected type, or None."""
    excluded = {e.lower() for e in exclude}
    best: Choice | None = None
    n = max(len(hits), 1)
    for hit in hits:
        passage_stems = stems_of(hit.passage.text) | stems_of(hit.passage.section_label)
        pcov = weights.coverage(passage_stems)
        if pcov < MIN_PASSAGE_COVERAGE:
            continue
        for sent in sentences(hit):
            cov = weights.coverage(stems_of(sent.text))
            if cov < MIN_SENTENCE_COVERAGE:
                continue
            found = [
                s for s in spans.of_type(u.answer_type, sent.text) if s.lower() not in excluded
            ]
            if u.answer_type != "sentence" and u.answer_type != "list" and not found:
                continue
            score = 0.55 * cov + 0.25 * pcov + 0.2 * (1 - hit.rank / n)
            if best is None or score > best.score:
                best = Choice(sent, tuple(found), cov, pcov, score)
    return best


def trim(text: str, focus: Sequence[str] = ()) -> str:
    """Shorten a sentence to the answer length limit, keeping the part around the focus spans."""
    text = " ".join(text.split())
    if len(text) <= MAX_ANSWER_CHARS:
        return text
    at = 0
    for f in focus:
        i = text.find(f)
        if i >= 0:
            at = i
            break
    start = max(0, min(at - MAX_ANSWER_CHARS // 3, len(text) - MAX_ANSWER_CHARS))
    piece = text[start : start + MAX_ANSWER_CHARS - 2]
    return ("…" if start else "") + piece.strip() + "…"


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
