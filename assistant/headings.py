"""The headings a filing names in its sentences, and questions asking for one.

A supplement names the parts of its documents it changes ("The disclosure under the section
entitled “Investment Strategies – Principal Investment Strategies” is amended to include the
following:", "THE FOLLOWING IS ADDED AS THE FIRST SECTION UNDER THE HEADING ADDITIONAL
POLICIES AFFECTING YOUR INVESTMENT:") and refers to others ("As indicated in the “Investment
Practices” section, ..."). ``titles`` reads the headings a sentence names; ``asked`` tells a
question asking under which heading, or in which section, something stands ("Under which
heading is the new eligibility section added?", "Which prospectus section is amended to add
the Securities Lending paragraph?"); ``frame_stems`` are the question's words that frame that
ask (heading nouns, change verbs, document nouns), not what it is about.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from assistant import amended_parts
from assistant.wordforms import stems_of

DATA = Path(__file__).parent / "data" / "headings.json"

# A quoted title (up to this many characters: "Management and Other Services – Name of
# sub-advisors, annual fee rates and fees paid over the last three fiscal years").
QUOTED_RE = re.compile(r"[“\"]([^”\"]{2,200}?)[,.]?[”\"]")
# A title unquoted after a heading word, in capitals or capitalised ("UNDER THE HEADING
# ADDITIONAL POLICIES AFFECTING YOUR INVESTMENT:").
AFTER_WORD_RE = re.compile(
    rf"\b(?i:heading|entitled|titled|captioned)\s+(?P<title>{amended_parts.CAPITALISED})"
)
# How near a quoted title a heading word must stand (before it or after it).
CUE_CHARS = 40


@cache
def _data() -> dict[str, list[str]]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def _asked_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in _data()["nouns"])
    # "which (prospectus|SAI) section", "under what heading", "in which part of the SAI"
    # (not "which subadvisor's heading": a heading named by whose it is asks for whose)
    return re.compile(rf"\b(?:which|what)\s+(?:(?!\S+['’]s\s)\S+\s+){{0,2}}?(?:{nouns})\b", re.I)


@cache
def _cue_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = "|".join(re.escape(w) for w in _data()["before_title"])
    after = "|".join(re.escape(w) for w in _data()["after_title"])
    return (
        re.compile(rf"\b(?:{before})\b[^“\"]*$", re.I),
        re.compile(rf"^\W*(?:{after})\b", re.I),
    )


def asked(question: str) -> bool:
    """Whether a question asks for one heading: its wh-phrase heads a heading noun (not "which
    sections", nor with their pages: the parts a filing changes, listed)."""
    return _asked_re().search(question) is not None and not LISTED_RE.search(question)


# A question for the headings a filing changes, with their pages ("which sections (and pages)
# does it replace?", "which SAI section ..., and on which page does it begin?").
LISTED_RE = re.compile(
    r"\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:sections|sub-?sections|headings|captions)\b|"
    r"\bpages?\b",
    re.I,
)


def titles(sentence: str) -> list[str]:
    """The headings a sentence names, in its order: quoted with a heading word near before
    ("under the section entitled “X”", "under “X”") or right after ("the “X” section"), or
    unquoted, capitalised after "heading"/"entitled" or before "section"; not a document's own
    name ("the Prospectus")."""
    before_re, after_re = _cue_re()
    found: list[tuple[int, str]] = []
    quoted: list[tuple[int, int]] = []
    for m in QUOTED_RE.finditer(sentence):
        quoted.append((m.start(), m.end()))
        lead = sentence[max(0, m.start() - CUE_CHARS) : m.start()]
        if before_re.search(lead) or after_re.search(sentence[m.end() : m.end() + CUE_CHARS]):
            found.append((m.start(), m.group(1)))
    for pattern in (amended_parts.BEFORE_SECTION_RE, AFTER_WORD_RE):
        for m in pattern.finditer(sentence):
            at = m.start("title")
            if not any(a <= at < b for a, b in quoted):
                found.append((at, m.group("title")))
    out: list[str] = []
    seen: set[str] = set()
    for _, title in sorted(found):
        title = " ".join(title.split()).strip(" ,.:;")
        if (
            title
            and title.casefold() not in seen
            and not amended_parts.DOCUMENT_TITLE_RE.match(title)
        ):
            seen.add(title.casefold())
            out.append(title)
    return out


@cache
def frame_stems() -> frozenset[str]:
    """Stems of the words that frame a heading question rather than say what it is about."""
    data = _data()
    return frozenset(stems_of(" ".join([*data["nouns"], *data["frame"]])))


def cue(text: str) -> bool:
    """Whether a passage's text may name a heading (a cheap test before reading sentences)."""
    low = text.lower()
    return any(w in low for w in _data()["cues"])
