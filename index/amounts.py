"""Amounts: the one finder and parser of money and percentages.

Filings write an amount as "$1,000", "$2.5 million", "1.25%", "1.25 percent", "(0.17)%" (a
waiver), "0.25 of 1%", "25 basis points" or, in a table, "None", "N/A" or a dash. ``find`` gives
each amount of a text with its span; ``parse`` turns one into an ``Amount`` (value and unit: a
percentage in percent, basis points and "0.25 of 1%" included; money in dollars);
``normalise`` spells it one way so that two spellings compare equal; ``cell_value`` reads a
table cell. The regex pieces (``PERCENT``, ``MONEY``, ``AMOUNT``) are what extraction patterns
embed, so every reader agrees on what an amount is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_NUM = r"(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# "1.25%", "1 1/2%", "(0.17)%" (a negative: an expense waiver), "0.25 of 1%".
PERCENT = (
    rf"(?:\(\s*{_NUM}\s*\)\s*%|{_NUM}(?:\s*\d[∕/]\d)?\s?%|{_NUM}\s+of\s+1\s?%"
    rf"|{_NUM}\s+(?:percent|per\s+cent)\b)"
)
BASIS_POINTS = rf"{_NUM}\s+basis\s+points?\b"
MONEY = rf"\$\s?{_NUM}(?:\s*(?:thousand|million|billion)\b)?"
# Any money or percentage amount; the longest spelling wins ("0.25 of 1%" over "1%").
AMOUNT = rf"(?:{MONEY}|{BASIS_POINTS}|{PERCENT})"
AMOUNT_RE = re.compile(rf"(?<![\w.]){AMOUNT}", re.IGNORECASE)
# A table cell holding one value: an amount, a number, or a nil marker ("None", "N/A", a dash).
_NIL = r"none|n/?a|[-–—]"
# (a sign may be "+", a hyphen, an en dash or a minus: "+3.76%", "–22.15%")
CELL_RE = re.compile(rf"^(?:\(?[-+–−$]?\s?\$?{_NUM}\s*\)?\s*%?\)?|{_NIL})$", re.IGNORECASE)
# A value with a footnote mark after it ("0.50 1", "0.85%2"): the mark is dropped.
_FOOTNOTE_RE = re.compile(r"^([-$]?\s?\d[\d,]*\.\d+(?:\s?%|(?=\s)))\s*\d{1,2}$")
# A footnote mark after a value: "(1)", "*", "†"; and "None" with a mark number glued on.
_MARK_TAIL_RE = re.compile(r"\s*(?:\(\d{1,2}\)|\*{1,3}|[†‡])$")
_NIL_MARK_RE = re.compile(rf"^({_NIL})\s?\d{{1,2}}$", re.IGNORECASE)
_PLAIN_NUM_RE = re.compile(_NUM)
_FRACTION_RE = re.compile(r"(?:(\d+)\s+)?(\d)\s*[∕/]\s*(\d)\b")
# A lone currency sign cell that belongs to the number after it: "$ | 187".
CURRENCY_CELLS = frozenset({"$", "US$"})
# A lone "%" (or ")%") cell that belongs to the number before it: "0.85 | %".
_LONE_MARK_RE = re.compile(r"[1-9]\*?|\*{1,3}")
_PERCENT_CELL_RE = re.compile(r"\)?\s*%\)?|\)")


@dataclass(frozen=True)
class Amount:
    """One amount: its value in its unit ("%" in percent, "$" in dollars, "" a bare number),
    ``None`` for a nil cell ("None", "N/A", a dash)."""

    text: str
    value: float | None
    unit: str  # "%", "$", "" (a bare number) or "nil"
    start: int = 0
    end: int = 0


def find(text: str) -> list[Amount]:
    """Every money or percentage amount of ``text``, in order, with its span."""
    out = []
    for m in AMOUNT_RE.finditer(text):
        amount = parse(m.group())
        if amount is not None:
            out.append(Amount(amount.text, amount.value, amount.unit, m.start(), m.end()))
    return out


def has_percentage(text: str) -> bool:
    """Whether a text states a percentage ("8%", "8 percent", "25 basis points")."""
    return "%" in text or any(a.unit == "%" for a in find(text))


def _number(digits: str) -> float:
    return float(digits.replace(",", ""))


def parse(text: str) -> Amount | None:
    """The amount a span or table cell states, or None when it states none.

    "$2.5 million" -> 2,500,000 $; "(0.17)%" -> -0.17 %; "25 basis points" -> 0.25 %;
    "0.25 of 1%" -> 0.25 %; "None" / "N/A" / "-" -> nil; "1,000" -> 1000 (no unit)."""
    s = " ".join(text.split())
    low = s.lower()
    if re.fullmatch(_NIL, low):
        return Amount(s, None, "nil")
    nums = _PLAIN_NUM_RE.findall(s)
    if not nums:
        return None
    value = _number(nums[0])
    if "basis point" in low:
        return Amount(s, value / 100, "%")
    fraction = _FRACTION_RE.search(s)
    if fraction:  # "1 1/2%", "3/4 of 1%"
        value = int(fraction.group(1) or 0) + int(fraction.group(2)) / int(fraction.group(3))
    negative = (s.startswith("(") and ")" in s) or s.lstrip("($ ").startswith("-")
    if "%" in s or "percent" in low or "per cent" in low:
        return Amount(s, -value if negative else value, "%")
    if "$" in s:
        scale = next((f for w, f in SCALE_WORDS.items() if w in low), 1.0)
        return Amount(s, (-value if negative else value) * scale, "$")
    return Amount(s, -value if negative else value, "")


def normalise(text: str) -> str:
    """One spelling of an amount, for comparing: "1.25 percent" and "1.25%" -> "1.25%";
    "$2.5 million" -> "$2,500,000"; "25 basis points" -> "0.25%"; the text itself when it states
    no amount."""
    amount = parse(text)
    if amount is None or amount.value is None:
        return " ".join(text.split())
    value = f"{amount.value:,.4f}".rstrip("0").rstrip(".")
    if amount.unit == "%":
        return value.replace(",", "") + "%"
    if amount.unit == "$":
        return "$" + value
    return value


def cell_value(cell: str) -> str | None:
    """A table cell's value as written, its footnote mark dropped ("0.85%2" -> "0.85%"), or None
    when the cell is not one value (a label, a header)."""
    cell = cell.strip()
    m = _FOOTNOTE_RE.match(cell)
    if m:
        cell = m.group(1)
    elif not CELL_RE.match(cell):  # "None(1)", "1.00%*", "None1": the mark dropped
        bare = _MARK_TAIL_RE.sub("", cell)
        nil = _NIL_MARK_RE.match(cell)
        cell = nil.group(1) if nil else bare
    return cell if CELL_RE.match(cell) else None


def join_percent_cells(cells: Sequence[str]) -> list[str]:
    """Table cells with a lone "%", ")" or ")%" glued back onto the value before it
    ("0.85 | %" -> "0.85%", "(0.17 | )%" -> "(0.17)%") and a lone "$" onto the value after it
    ("$ | 187" -> "$187"); empty cells dropped, and so is a footnote mark set in a cell of its
    own after a nil cell ("None | 1 | 1.00%": the "1" marks the "None")."""
    out: list[str] = []
    for raw in cells:
        cell = raw.strip()
        if not cell:
            continue
        if out and _LONE_MARK_RE.fullmatch(cell) and re.fullmatch(_NIL, out[-1], re.IGNORECASE):
            continue
        glued = out[-1] + cell.replace(" ", "") if out else ""
        if _PERCENT_CELL_RE.fullmatch(cell) and cell_value(glued) is not None:
            out[-1] = glued
        elif out and out[-1] in CURRENCY_CELLS and cell_value(out[-1] + cell) is not None:
            out[-1] = out[-1] + cell  # "$ | 187" -> "$187"
        else:
            out.append(cell)
    return out


# The words of a range of money: its lower bound ("$50,000 but less than", "at least $50,000",
# "over $1 million"), its upper bound ("less than $100,000", "to $99,999", "- $99,999") and
# an open end ("or more", "and above").
_BELOW_WORDS = r"(?:less\s+than|under|below|up\s+to|to|through|thru|[-–—])"
_BELOW_RE = re.compile(rf"\b{_BELOW_WORDS}\s*$|^\s*{_BELOW_WORDS}", re.IGNORECASE)
_ABOVE_RE = re.compile(r"\b(?:over|more\s+than|above|greater\s+than|in\s+excess\s+of)\s*$", re.I)
_OPEN_END_RE = re.compile(
    r"^\s*(?:or|and)\s+(?:more|over|above|greater|up)\b|^\s*\+|^\s*and\s+up\b", re.IGNORECASE
)
# footnote marks after a range ("$1,000,000 and above*", "or more (1)", "or more2")
_BAND_MARK_RE = re.compile(r"(?:\s*(?:\(\d{1,2}\)|[*†‡]+|(?<=[a-z])\d(?=\s*$)))+\s*$")
_EXCLUSIVE_BELOW_RE = re.compile(r"(?:less\s+than|under|below)\s*$", re.IGNORECASE)
_BAND_FILLER_RE = re.compile(
    r"^(?:\s|but|and|at\s+least|from|between|amount|of|purchases?|investments?|[:,])*$", re.I
)


@dataclass(frozen=True)
class Band:
    """A range of money a table row stands for ("$50,000 but less than $100,000": 50,000 to
    100,000, the upper end excluded; "$1 million or more": no upper end)."""

    low: float
    high: float | None
    high_included: bool = False
    low_included: bool = True

    def holds(self, value: float) -> bool:
        if value < self.low or (value == self.low and not self.low_included):
            return False
        if self.high is None:
            return True
        return value < self.high or (self.high_included and value == self.high)


def band(label: str) -> Band | None:
    """The range of money a row label names, or None when it names none: "Less than $50,000",
    "$50,000 but less than $100,000", "$50,000 - $99,999", "$100,000 to $249,999", "Over
    $1 million", "$1,000,000 or more", "$250,000 and above". A label with more words than a
    range's (a fee's name that holds an amount) is no range."""
    label = _BAND_MARK_RE.sub("", label)
    found = [m for m in AMOUNT_RE.finditer(label) if "$" in m.group()]
    if not found or len(found) > 2:
        return None
    values = [parse(m.group()) for m in found]
    if any(v is None or v.value is None for v in values):
        return None
    lows = [v.value for v in values if v is not None and v.value is not None]
    before = label[: found[0].start()]
    between = label[found[0].end() : found[-1].start()] if len(found) == 2 else ""
    after = label[found[-1].end() :]
    if len(found) == 2:
        if not _BELOW_RE.search(between) or lows[1] <= lows[0]:
            return None
        rest = _BELOW_RE.sub(" ", between)
        if not _BAND_FILLER_RE.match(before) or not _BAND_FILLER_RE.match(rest):
            return None
        if not _BAND_FILLER_RE.match(after):
            return None
        exclusive = _EXCLUSIVE_BELOW_RE.search(between.strip()) is not None
        return Band(lows[0], lows[1], high_included=not exclusive)
    if _BELOW_RE.search(before) and _BAND_FILLER_RE.match(_BELOW_RE.sub(" ", before)):
        if not _BAND_FILLER_RE.match(after):
            return None
        exclusive = _EXCLUSIVE_BELOW_RE.search(before.strip()) is not None
        return Band(0.0, lows[0], high_included=not exclusive)
    if _ABOVE_RE.search(before) and _BAND_FILLER_RE.match(_ABOVE_RE.sub(" ", before)):
        if not _BAND_FILLER_RE.match(after):
            return None
        return Band(lows[0], None, low_included=False)
    if _OPEN_END_RE.search(after) and _BAND_FILLER_RE.match(before):
        if not _BAND_FILLER_RE.match(_OPEN_END_RE.sub(" ", after).split("(")[0]):
            return None
        return Band(lows[0], None)
    return None
