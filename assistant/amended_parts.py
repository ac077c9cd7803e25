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


def asks_parts(question: str) -> bool:
    """Whether a question asks which parts of a document a filing changes."""
    return PARTS_ASKED_RE.search(question) is not None


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
        out.append(Part(title, page))
    return out
