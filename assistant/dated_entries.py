"""Lists of documents by fund and date, as the cover of a supplement to many funds' documents
writes them: "Harborgate Balanced Fund, dated May 31, 2006 Harborgate Income Trust, dated
December 29, 2005 ..." (one entry a line, the lines joined in one passage).

``read`` splits such a text into entries (the fund's name, the date of its document); a
question asking which funds' documents bear a date, or the date of one fund's document, is
answered from them (``assistant.engine``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.dates import DATE_RE, parse

# ", dated May 31, 2006" / " dated May 31, 2006" after a name.
DATED_RE = re.compile(r"\s*,?\s+dated\s+", re.I)
# An entry's name: this many words at most (a longer run holds a heading before the name).
NAME_MAX_WORDS = 12
# Words of a heading set in capitals that end before a name ("... INFORMATION OF Harborgate").
CAPITAL_WORD_RE = re.compile(r"^[A-Z]{2,}[,:;]?$")
# The last word of a heading in capitals before a name written in capitals.
HEADING_END_WORDS = frozenset({"OF", "TO", "FOR"})
# A name ending in one of these is a document's, not a fund's ("SUPPLEMENT DATED ...").
DOCUMENT_WORD_RE = re.compile(
    r"^(?:supplements?|prospectus(?:es)?|statements?|information|sais?|documents?)\W*$", re.I
)
# A fund a question names: capitalised words ending in a fund word ("Harborgate Limited
# Duration Municipal Trust"), as the list would write it.
NAMED_FUND_RE = re.compile(
    r"\b(?:[A-Z][\w.&'’-]*\s+){1,8}(?:Fund|Trust|Portfolio|Series)(?:,?\s+Inc\.)?"
    r"|\b(?:[A-Z][\w.&'’-]*\s+){1,8}Inc\."
)
# How many entries make a list (one "X, dated D" is a sentence, not a list of documents).
MIN_ENTRIES = 3


@dataclass(frozen=True)
class Entry:
    """One fund's document on the list: the name as written, its date, where the name starts."""

    name: str
    date: str
    start: int


def _name_before(text: str) -> tuple[str, int] | None:
    """The name that ends a stretch of text (after a heading in capitals, or the previous
    entry's date), with where it starts in the stretch; None when it is no name."""
    words = list(re.finditer(r"\S+", text))
    if not words or DOCUMENT_WORD_RE.search(words[-1].group()):
        return None  # "SUPPLEMENT DATED ...": the filing's own date, no fund's document
    in_capitals = CAPITAL_WORD_RE.match(words[-1].group()) is not None
    keep = []
    for w in reversed(words):
        word = w.group()
        if (
            keep
            and CAPITAL_WORD_RE.match(word)
            and (not in_capitals or word.rstrip(",:;") in HEADING_END_WORDS or word[-1] in ",:;")
        ):
            # a heading in capitals before a name ("... INFORMATION OF Harborgate Fund"); of
            # a name in capitals, the heading's last word ("... OF HARBORGATE FUND")
            break
        keep.append(w)
        if len(keep) > NAME_MAX_WORDS:
            return None
    keep.reverse()
    first = keep[0]
    if not first.group()[:1].isupper():
        return None
    return text[first.start() : keep[-1].end()].strip(" ,;:"), first.start()


def read(text: str) -> list[Entry]:
    """The entries "<name>, dated <date>" of a text, in order; [] when it holds fewer than
    :data:`MIN_ENTRIES` (a sentence naming one dated document)."""
    out: list[Entry] = []
    last = 0
    for m in DATED_RE.finditer(text):
        date = DATE_RE.match(text, m.end())
        if date is None:
            continue
        found = _name_before(text[last : m.start()])
        if found is not None:
            name, at = found
            out.append(Entry(name, date.group(0), last + at))
        last = date.end()
    return out if len(out) >= MIN_ENTRIES else []


def same_date(a: str, b: str) -> bool:
    """Whether two spellings of a date name the same day (or month)."""
    pa, pb = parse(a), parse(b)
    return pa is not None and pa == pb
