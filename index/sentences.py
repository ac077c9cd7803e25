"""Sentences: the one sentence splitter of the project.

A sentence ends at ".", "!" or "?" (and, for answers, ";"), after any closing quotes or
brackets, where the next one starts with a capital, a digit or "$" after white space; an
abbreviation ("Mr.", "Inc.", "U.S.", "Sept.") or an initial ("J.") before the stop does not end
it. Filings also run sentences together without a space ("the Fund.The Adviser"): a stop
between a lower-case letter or digit and a capitalised word ends a sentence too.
"""

from __future__ import annotations

import re

# Words (lower case, without their final stop) after which a stop ends no sentence.
ABBREVIATIONS = frozenset(
    {
        "mr", "ms", "mrs", "dr", "messrs", "st", "jr", "sr", "no", "nos", "vs", "etc", "e.g",
        "i.e", "u.s", "u.s.a", "u.k", "n.a", "l.p", "p.o", "ph.d", "pte", "inc", "co", "cos",
        "corp", "ltd", "bros", "intl", "mgmt", "assoc", "approx", "p", "pp", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig",
    }
)  # fmt: skip
_END = r"[.!?]"
_CLOSERS = r"[\"'”’)\]]*"
_NEXT = r"(?=\s+[\"“(]?[A-Z0-9$])"
END_RE = re.compile(rf"{_END}{_CLOSERS}{_NEXT}|(?<=[a-z0-9])\.(?=[A-Z][a-z])")
END_OR_SEMICOLON_RE = re.compile(rf"[.!?;]{_CLOSERS}{_NEXT}|(?<=[a-z0-9])\.(?=[A-Z][a-z])")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)*[a-z]")


def ends(text: str, semicolons: bool = False) -> list[int]:
    """Offsets just after each sentence end in ``text`` (the stop and its closing marks)."""
    out = []
    for m in (END_OR_SEMICOLON_RE if semicolons else END_RE).finditer(text):
        if not _abbreviation_before(text, m.start()):
            out.append(m.end())
    return out


def split(text: str, semicolons: bool = False) -> list[tuple[int, str]]:
    """(offset, sentence) for each sentence of ``text``, white space trimmed, none empty."""
    out: list[tuple[int, str]] = []
    start = 0
    for end in [*ends(text, semicolons), len(text)]:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, piece.strip()))
        start = end
    return out


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word before a stop at ``stop`` is an abbreviation or an initial."""
    if text[stop] in ";!?":
        return False
    head = text[max(0, stop - 12) : stop].rsplit(None, 1)
    word = head[-1].lstrip("(“\"'").lower() if head else ""
    return word in ABBREVIATIONS or _INITIALS_RE.fullmatch(word) is not None
