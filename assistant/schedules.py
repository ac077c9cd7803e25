"""Fee schedules with breakpoints, read from the sentence that states one.

A filing states an advisory fee by asset level in one sentence: "at the annual rate of 0.900% to
$100 million of the fund's average daily net assets, 0.800% on the next $100 million, ... and
0.650% of the fund's average daily net assets in excess of $2 billion". Each rate and the
stretch of assets it applies to is a tier. A question asks for one tier: the first ("on the
first $100 million", "up to $100 million") or the last ("above the highest breakpoint", "over
all the breakpoints", "in excess of $2 billion"), of the schedule in force or of the one it
replaces ("before the October 2023 cut").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.model import Passage
from index.sentences import split as split_sentences

# A rate of a schedule: a percentage with two or more decimals ("0.900%", "0.55%").
RATE_RE = re.compile(r"(?<![\w.])\d\.\d{2,3}\s?%")
# A tier's stretch of assets after the first: "on the next $100 million", "of the next".
NEXT_RE = re.compile(r"\bnext\s+\$", re.I)
# A schedule has at least this many rates, most of them followed by "next $".
MIN_TIERS = 3
# What a question asks: the first tier or the last one.
FIRST_ASKED_RE = re.compile(
    r"\bfirst\s+\$|\bup\s+to\s+\$|\blowest\s+(?:asset\s+)?(?:breakpoint|tier|level)\b"
    r"|\bfirst\s+(?:breakpoint|tier)\b",
    re.I,
)
LAST_ASKED_RE = re.compile(
    r"\b(?:above|over|beyond|exceeding|in\s+excess\s+of)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+"
    r"(?:highest|top|last|final|largest)\s+)?breakpoints?\b"
    r"|\b(?:highest|top|last|final)\s+(?:breakpoint|tier)\b|\bthereafter\b",
    re.I,
)
# A sentence stating the schedule a change replaces ("Prior to October 1, 2023, the fund paid").
EARLIER_RE = re.compile(
    r"\b(?:prior\s+to|before|previously|formerly|until)\b"
    r"|\b(?:fund|portfolio|it|trust)\s+paid\b|\b(?:was|were)\s+(?:paid|charged|payable)\b",
    re.I,
)


@dataclass(frozen=True)
class Tier:
    """One rate of a schedule, the words after it that say which assets it applies to, the
    sentence and the passage it was read from."""

    rate: str
    applies: str
    sentence: str
    passage: Passage
    earlier: bool  # of the schedule a change replaces


def tier_asked(question: str) -> str | None:
    """Which tier a question asks for: "first", "last", or None."""
    if LAST_ASKED_RE.search(question):
        return "last"
    if FIRST_ASKED_RE.search(question):
        return "first"
    return None


def schedules(passages: Iterable[Passage]) -> list[list[Tier]]:
    """Every breakpoint schedule the passages state, each its tiers in order."""
    out: list[list[Tier]] = []
    for passage in passages:
        if passage.text.count("%") < MIN_TIERS or "$" not in passage.text:
            continue
        for _, sentence in split_sentences(passage.text):
            rates = list(RATE_RE.finditer(sentence))
            if len(rates) < MIN_TIERS or len(NEXT_RE.findall(sentence)) < MIN_TIERS - 1:
                continue
            earlier = bool(EARLIER_RE.search(sentence[: rates[0].start()]))
            tiers = []
            for n, m in enumerate(rates):
                end = rates[n + 1].start() if n + 1 < len(rates) else len(sentence)
                applies = sentence[m.end() : end].strip(" ,;")
                tiers.append(Tier(m.group(0), applies, sentence, passage, earlier))
            out.append(tiers)
    return out


def pick(found: list[list[Tier]], which: str, side: str | None) -> Tier | None:
    """The tier asked of the schedule on the side asked ("before": the one a change replaces;
    otherwise the one in force), when exactly one schedule is on that side."""
    wanted = [s for s in found if s[0].earlier == (side == "before")]
    if len(wanted) != 1:
        return None
    tiers = wanted[0]
    return tiers[0] if which == "first" else tiers[-1]
