"""The parts of a document a supplement replaces, amends or deletes, read from the sentences
that announce each change: 'The following replaces the Portfolio Managers section on page 5 of
the prospectus.', 'the sub-section "Securities Loans" in the "Investment Strategies and Risks"
section is hereby replaced with the following:', 'The disclosure under the heading "Principal
investment strategies" ... is amended and restated as follows:'.

``read`` gives each part an announcing sentence names (its title and the page it is on, when
the sentence says); ``asks_parts`` tells a question asking which parts a filing changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence that changes a part of a document.
CHANGE_VERB_RE = re.compile(
    r"\b(?:replace[sd]?|deleted|removed|amended|restated|supplemented|revised|superseded)\b",
    re.I,
)
# A part's title: quoted; or capitalised words just before "section" ("the Portfolio Managers
# section"); or after "heading"/"entitled"/"titled"/"captioned" unquoted.
QUOTED_RE = re.compile(r"[“\"]([^”\"]{2,100}?)[,.]?[”\"]")
CAPITALISED = (
    r"(?:[A-Z][\w’'&/-]*(?:\s+(?:of|and|the|in|for|to|a|&|–|-)\b)*\s+){0,8}[A-Z][\w’'&/-]*"
)
BEFORE_SECTION_RE = re.compile(rf"\b(?:the|The)\s+(?P<title>{CAPITALISED})\s+(?:sub-?)?sections?\b")
AFTER_WORD_RE = re.compile(rf"\b(?:heading|entitled|titled|captioned)\s+(?P<title>{CAPITALISED})")
PAGE_RE = re.compile(r"\bpages?\s+(\d{1,4}(?:\s*(?:-|–|through|to|and)\s*\d{1,4})?)", re.I)
# A numbered or ordinal part just before the section it stands in: "Footnote (2) under the
# section ...", "the second paragraph under the heading ...", "Item 3 in the section entitled
# ...". (A part named by neither, "the paragraph under ...", is the section's to say.)
ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"
PART_NOUNS = (
    r"footnotes?|paragraphs?|sentences?|bullets?|bullet\s+points?|notes?|items?|tables?|rows?"
)
NUMBERED_PART_RE = re.compile(
    rf"(?P<part>\b(?:(?:the\s+)?(?:{ORDINALS})\s+(?:{PART_NOUNS})"
    rf"|(?:{PART_NOUNS})\s+(?:\(\d{{1,3}}[a-z]?\)|\d{{1,3}}[a-z]?\b|\([a-z]\)|[A-Z]\b)))"
    r"\s+(?:under|in|of|to|within)\s+(?:the\s+)?(?:sub-?)?(?:section|heading|table|caption)s?"
    r"(?:\s+(?:entitled|titled|captioned|called))?\s*$",
    re.I,
)
# How far before a section's title its numbered part may be written (characters).
PART_REACH = 80
# Titles that name the document, not a part of it.
DOCUMENT_TITLE_RE = re.compile(
    r"^(?:the\s+)?(?:summary\s+)?(?:prospectus(?:es)?|statements?\s+of\s+additional\s+information"
    r"|sai|supplement|fund|funds|trust)$",
    re.I,
)
# A question asking which parts a filing changes ("Which sections does the supplement
# replace?", "What parts of the prospectus are amended?").
PARTS_ASKED_RE = re.compile(
    r"\b(?:which|what)\b[^?]*?\b(?:sub-?)?(?:sections?|parts?|paragraphs?|headings?|portions?)"
    r"\b[^?]*\b(?:replac|amend|delet|revis|restat|supplement|chang|updat|modif|remov)\w*",
    re.I,
)


@dataclass(frozen=True)
class Part:
    """A part of a document an announcing sentence changes: its title and the page(s) it is
    on, when said."""

    title: str
    page: str | None
    within: str | None = None  # the section a numbered part stands in ("Footnote (2)" of X)

    @property
    def label(self) -> str:
        """How an answer names the part: "Footnote (2) under X (page 26)"."""
        named = f"{self.title} under {self.within}" if self.within else self.title
        return f"{named} (page {self.page})" if self.page else named


# A question for where the filing itself sets text out ("under what heading are the prospectus
# wording changes listed?"): its own heading, not the parts of a document it changes.
SET_OUT_RE = re.compile(
    r"\b(?:listed|found|set\s+(?:out|forth)|located|appears?|shown|presented|grouped|collected)\b",
    re.I,
)


def asks_parts(question: str) -> bool:
    """Whether a question asks which parts of a document a filing changes."""
    return PARTS_ASKED_RE.search(question) is not None and SET_OUT_RE.search(question) is None


def read(sentence: str) -> list[Part]:
    """The parts one sentence says are replaced, amended or deleted; [] for any other."""
    if CHANGE_VERB_RE.search(sentence) is None:
        return []
    found: list[tuple[int, str]] = []
    for m in QUOTED_RE.finditer(sentence):
        found.append((m.start(), m.group(1)))
    quoted = [(m.start(), m.end()) for m in QUOTED_RE.finditer(sentence)]
    for pattern in (BEFORE_SECTION_RE, AFTER_WORD_RE):
        for m in pattern.finditer(sentence):
            at = m.start("title")
            if any(a <= at < b for a, b in quoted):
                continue
            found.append((at, m.group("title")))
    pages = list(PAGE_RE.finditer(sentence))
    out: list[Part] = []
    seen: set[str] = set()
    for at, title in sorted(found):
        title = title.strip(" ,.:;")
        key = title.casefold()
        if not title or key in seen or DOCUMENT_TITLE_RE.match(title):
            continue
        seen.add(key)
        # the page said after the title ("the X section on page 5")
        page = next((m.group(1) for m in pages if m.start() > at), None)
        # ("Footnote (2) under the section “X”": the footnote, within X)
        numbered = NUMBERED_PART_RE.search(sentence[max(0, at - PART_REACH) : at].rstrip(" “\"'"))
        if numbered is not None:
            part = re.sub(r"^the\s+", "", numbered.group("part"), flags=re.I)
            out.append(Part(part[:1].upper() + part[1:], page, title))
            continue
        out.append(Part(title, page))
    return out
