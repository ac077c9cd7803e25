"""Whether a filing covers a fund a question names or describes: "Is the X Fund among the listed
funds?", "Does the supplement apply to X Fund?", "Does the supplement cover an MFS floating-rate
fund?".

``asked`` gives the fund as the question writes it; ``matching`` the funds a filing covers that
are that fund (its name whole, trademarks and case aside) or, for a description, hold every
word of it. A fund the filing does not cover is no answer "no": the caller abstains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ASKED_RE = re.compile(
    r"^\s*(?:is|are)\s+(?P<among>.+?)\s+(?:among|in|on|one\s+of|part\s+of|"
    r"(?:included|listed|named|covered)\s+(?:in|on|among|by))\s+(?:the|this|these)\b"
    r"|^\s*(?:does|do|will)\s+(?:this|the)\b[^?]*?\b(?:supplements?|filings?|prospectus(?:es)?|"
    r"documents?|changes?|lists?|notices?|stickers?)\s+(?:also\s+)?(?:cover|apply\s+to|include|"
    r"list|name|affect)\s+"
    r"(?P<object>.+?)\s*\??\s*$",
    re.I,
)
# What a fund's name ends with: the asked phrase must name or describe a fund.
FUND_NOUN_RE = re.compile(r"\b(?:fund|portfolio)s?\b", re.I)
# Marks and words that do not tell one fund's name from another's.
MARKS_RE = re.compile(r"\((?:R|SM|TM)\)|[®™℠]", re.I)
FILLER = frozenset({"the", "a", "an", "any", "fund", "funds", "portfolio", "portfolios", "of"})
WORD_RE = re.compile(r"[a-z0-9]+")
# The fewest telling words a shortened fund name must keep to name one fund.
SHORT_NAME_WORDS = 2


def asked(question: str) -> str | None:
    """The fund a question asks whether the filing covers, as written; None for another
    question."""
    m = ASKED_RE.search(question)
    if m is None:
        return None
    phrase = (m.group("among") or m.group("object") or "").strip(" ?")
    return phrase if FUND_NOUN_RE.search(phrase) else None


def _words(name: str) -> set[str]:
    return set(WORD_RE.findall(MARKS_RE.sub(" ", name).lower()))


def matching(phrase: str, names: Sequence[str]) -> list[str]:
    """Of a filing's funds, those the phrase names: the same words (a fund named whole), or,
    when the phrase describes a fund in words of lower case ("an MFS floating-rate fund"),
    every one of its words."""
    wanted = _words(phrase) - FILLER
    if not wanted:
        return []
    described = any(
        w.islower() for w in re.findall(r"[A-Za-z]+", phrase) if w.lower() not in FILLER
    )
    found = []
    for name in names:
        own = _words(name) - FILLER
        if own == wanted or (described and wanted <= own):
            found.append(name)
    if not found and len(wanted) >= SHORT_NAME_WORDS:
        # a name shortened by its family's words ("the SmartRetirement Blend 2055 Fund" of
        # "JPMorgan SmartRetirement Blend 2055 Fund"): the one fund whose name holds it all
        holding = [n for n in names if wanted <= _words(n) - FILLER]
        found = holding if len(holding) == 1 else []
    return found
