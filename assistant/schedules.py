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
# Money as a stretch of assets is written ("$100 million", "$1,000,000"; a question's
# "$100 milion" too).
_MONEY = r"\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|mil+i?ons?|bil+i?ons?)\b)?"
# The stretch of assets a tier applies to, in the words filings use: "on the next $100 million",
# "from $10 million to $25 million", "in excess of $500 million", "on the first $10 million".
RANGE_RE = re.compile(rf"\b(?:from|between)\s+{_MONEY}\s+(?:to|and|up\s+to)\s+{_MONEY}", re.I)
NEXT_LEVEL_RE = re.compile(rf"\bnext\s+{_MONEY}", re.I)
OVER_RE = re.compile(
    rf"\b(?:over|above|in\s+excess\s+of|exceeding|more\s+than|greater\s+than)\s+{_MONEY}", re.I
)
FIRST_RE = re.compile(rf"\b(?:first|up\s+to|to|below|under|less\s+than)\s+{_MONEY}", re.I)
# A schedule has at least this many rates, and one fewer stretches of assets.
MIN_TIERS = 3
SCALES = {"t": 1e3, "m": 1e6, "b": 1e9}
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
    # the assets it applies to, in dollars: from ``low`` up to ``high`` (None: no limit, or
    # not read)
    low: float | None = None
    high: float | None = None


def _dollars(digits: str, scale: str | None) -> float:
    return float(digits.replace(",", "")) * (SCALES[scale[0].lower()] if scale else 1.0)


def _stretch(applies: str, low: float | None) -> tuple[float | None, float | None]:
    """The assets a tier's words say it applies to, (low, high), the tier before it ending at
    ``low``; (None, None) when they say none."""
    if m := RANGE_RE.search(applies):
        return _dollars(m.group(1), m.group(2)), _dollars(m.group(3), m.group(4))
    if m := NEXT_LEVEL_RE.search(applies):
        return (low, low + _dollars(m.group(1), m.group(2))) if low is not None else (None, None)
    if m := OVER_RE.search(applies):
        return _dollars(m.group(1), m.group(2)), None
    if m := FIRST_RE.search(applies):
        return 0.0, _dollars(m.group(1), m.group(2))
    if re.search(r"\bthereafter\b", applies, re.I) and low is not None:
        return low, None
    return None, None


def stretch_words(tier: Tier) -> str:
    """The words that say which assets a tier applies to ("over $100 million", "from $10
    million to $25 million"), or ""."""
    for pattern in (RANGE_RE, NEXT_LEVEL_RE, OVER_RE, FIRST_RE):
        if m := pattern.search(tier.applies):
            return " ".join(m.group(0).split())
    return ""


def level_asked(question: str) -> tuple[float, float | None] | None:
    """The stretch of assets a question asks the rate of, (low, high): "over $100 million"
    (100 million, no limit), "between $25 million and $50 million", "on the first $10
    million" (0, 10 million); None when it names none."""
    if m := RANGE_RE.search(question):
        return _dollars(m.group(1), m.group(2)), _dollars(m.group(3), m.group(4))
    if m := OVER_RE.search(question):
        return _dollars(m.group(1), m.group(2)), None
    if m := re.search(rf"\b(?:first|up\s+to|below|under|less\s+than)\s+{_MONEY}", question, re.I):
        return 0.0, _dollars(m.group(1), m.group(2))
    return None


def tier_asked(question: str) -> str | None:
    """Which tier a question asks for: "first", "last", "level" (by the assets it applies to:
    see ``level_asked``), or None."""
    if LAST_ASKED_RE.search(question):
        return "last"
    if level_asked(question) is not None:
        return "level"
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
            if len(rates) < MIN_TIERS:
                continue
            earlier = bool(EARLIER_RE.search(sentence[: rates[0].start()]))
            tiers = []
            low: float | None = 0.0
            for n, m in enumerate(rates):
                end = rates[n + 1].start() if n + 1 < len(rates) else len(sentence)
                applies = sentence[m.end() : end].strip(" ,;")
                start, high = _stretch(applies, low)
                tiers.append(Tier(m.group(0), applies, sentence, passage, earlier, start, high))
                low = high
            # most tiers say which assets they apply to (not a list of rates of classes)
            if sum(t.low is not None for t in tiers) >= len(tiers) - 1:
                out.append(tiers)
    return out


def pick(found: list[list[Tier]], which: str, side: str | None, question: str = "") -> Tier | None:
    """The tier asked of the schedule on the side asked ("before": the one a change replaces;
    otherwise the one in force), when exactly one schedule is on that side."""
    wanted = [s for s in found if s[0].earlier == (side == "before")]
    if len(wanted) != 1:
        return None
    tiers = wanted[0]
    if which == "level":
        return _at_level(tiers, level_asked(question))
    return tiers[0] if which == "first" else tiers[-1]


def _at_level(tiers: list[Tier], asked: tuple[float, float | None] | None) -> Tier | None:
    """The one tier whose stretch of assets starts where the one asked starts (and ends where
    it ends, when the question says): "over $100 million" is the tier from $100 million on."""
    if asked is None:
        return None
    low, high = asked
    found = [
        t
        for t in tiers
        if t.low is not None and abs(t.low - low) < 1 and (high is None or t.high == high)
    ]
    if high is None:  # "over $100 million": the tier with no limit above, if one starts there
        found = [t for t in found if t.high is None] or found
    return found[0] if len(found) == 1 else None
