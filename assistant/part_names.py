"""Which named part of a filing says something: "which risk deals with X?", "under which
heading is Y discussed?".

A filing names its parts by lead-ins ("Ratings Reliance Risk. A rating by ...") and by
headings. A question of this kind describes what a part says and asks for the part's name:
``asked`` reads the noun it calls the part by and the description; the engine finds the
sentences that answer the description and ``name_of`` gives the name of the part each stands
in (the lead-in of its paragraph, of the paragraph it continues, or its heading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import lists
from index.model import Passage

# (singular: "which risks relate to leverage?" asks for a list of them, read as lists are)
PART_NOUNS = lists.PART_NOUNS
_NOUN = "|".join(sorted((re.escape(n) for n in PART_NOUNS), key=len, reverse=True))
# How a question says a part speaks of something ("covers", "deals with", "is about").
_SAYS = (
    r"(?:covers?|deals?\s+with|address(?:es)?|concerns?|describes?|discuss(?:es)?|explains?"
    r"|relates?\s+to|is\s+about|talks?\s+about|mentions?|warns?\s+(?:about|of|that)"
    r"|refers?\s+to|speaks?\s+(?:to|of|about)|applies\s+to|captures?|reflects?"
    r"|is\s+(?:tied|linked|related)\s+to|has\s+to\s+do\s+with)"
)
# "Which (principal) risk deals with X?", "What Core Bond Fund risk covers X?": up to four
# words between the wh-word and the noun.
# (the fund the part is of may stand after the noun: "which principal risk of the X Fund
# relates to ...?")
_OF_FUND = r"(?:(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,8})?"
ASKED_RE = re.compile(
    rf"\b(?:which|what)\s+(?:[\w'’/&-]+\s+){{0,4}}?(?P<noun>{_NOUN})\s+{_OF_FUND}"
    rf"(?:(?:heading|section|paragraph)\s+)?(?:best\s+|specifically\s+|most\s+directly\s+)?"
    rf"{_SAYS}\s+(?P<what>[^?]+?)\s*(?:\?|$)",
    re.I,
)
# "Under which heading is X discussed?", "In what section are Y described?"
UNDER_WHICH_RE = re.compile(
    rf"\b(?:under|in)\s+(?:which|what)\s+(?:[\w'’/&-]+\s+){{0,3}}?(?P<noun>{_NOUN})\s+"
    r"(?:is|are|does|do)\s+(?:the\s+filing\s+|it\s+)?(?P<what>[^?]+?)\s+(?:discussed|described|"
    r"covered|addressed|explained|mentioned|disclosed|set\s+out|found|treated|discuss|describe|"
    r"cover|address|explain|mention|disclose)\s*(?:\?|$)",
    re.I,
)
# A part's second paragraph stands this many passages at most below the one its name leads.
CONTINUES_REACH = 3
# A name of a part is at most this many words.
NAME_MAX_WORDS = 8


@dataclass(frozen=True)
class Asked:
    noun: str  # what the question calls the part: "risk", "heading"
    what: str  # what the part is to say: "the conflict of interest in credit ratings"


def asked(q: str) -> Asked | None:
    """The noun and the description of a question asking which one named part says something;
    None for any other question (two parts: "which risk covers X, and which risks does it
    name?" asks the first only when the rest is a question of its own)."""
    for pattern in (ASKED_RE, UNDER_WHICH_RE):
        m = pattern.search(q)
        if m is not None:
            what = re.split(r",?\s+and\s+(?:which|what|how|who|when)\b", m.group("what"))[0]
            what = what.strip(" ,;")
            if len(what.split()) >= 2:
                return Asked(m.group("noun").lower(), what)
    return None


def _risky(noun: str) -> bool:
    return noun in ("risk", "factor")


def name_of(passages: Sequence[Passage], at: int, noun: str) -> str | None:
    """The name of the part the passage at index ``at`` stands in: the lead-in of its own
    paragraph, else of the paragraph it continues (a paragraph of the same section with no
    lead-in of its own between), else its heading; for a risk, a name that says risk or stands
    under a heading that does."""
    p = passages[at]
    under_risks = any("risk" in s.lower() for s in p.section)
    name = lists.lead_in(p.text)
    k = at
    while name is None and k > 0 and at - k < CONTINUES_REACH:
        k -= 1
        before = passages[k]
        if before.section != p.section or before.kind == "row":
            break
        name = lists.lead_in(before.text)
    if name is None and p.section and noun not in ("risk", "factor", "paragraph"):
        name = p.section[-1]
    if name is None or len(name.split()) > NAME_MAX_WORDS:
        return None
    if _risky(noun) and "risk" not in name.lower() and not under_risks:
        return None
    return name
