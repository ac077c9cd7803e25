"""Dates: the one date finder of the project, and the one month vocabulary.

``DATE_RE`` finds a date however a filing writes it ("Nov. 15, 2001", "15 November 2001",
"11/15/01", "November 2001"); ``find_dates`` / ``normalise_date`` turn each into one spelling,
"Month D, YYYY" (or "Month YYYY"); ``MONTH`` is the month alternation other patterns embed;
``parse`` gives a date's year, month and day, so that two spellings of one date compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
YEAR = r"(?:19|20)\d{2}"
DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y1>{YEAR})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>{YEAR})"
    rf"|(?P<n1>\d{{1,2}})(?P<sep>[/-])(?P<n2>\d{{1,2}})(?P=sep)(?P<y3>(?:19|20)?\d{{2}})"
    rf"|(?P<m4>{MONTH})\.?,?\s+(?P<y4>{YEAR}))\b(?![/-]\d)",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[str]:
    """Every date in ``text``, in order, as "Month D, YYYY" (or "Month YYYY" without a day)."""
    out = []
    for m in DATE_RE.finditer(text):
        date = normalise_date(m)
        if date is not None:
            out.append(date)
    return out


def normalise_date(m: re.Match[str]) -> str | None:
    """A ``DATE_RE`` match as "Month D, YYYY"; None when it is not a real calendar date."""
    if m.group("m1"):
        month, day, year = month_number(m.group("m1")), int(m.group("d1")), m.group("y1")
    elif m.group("m2"):
        month, day, year = month_number(m.group("m2")), int(m.group("d2")), m.group("y2")
    elif m.group("n1"):
        month, day, year = int(m.group("n1")), int(m.group("n2")), m.group("y3")
        if len(year) == 2:
            year = ("20" if int(year) < 50 else "19") + year
    else:
        return f"{MONTH_NAMES[month_number(m.group('m4')) - 1]} {m.group('y4')}"
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{MONTH_NAMES[month - 1]} {day}, {year}"


def month_number(name: str) -> int:
    key = name[:3].lower()
    return next(i for i, full in enumerate(MONTH_NAMES, 1) if full[:3].lower() == key)


@dataclass(frozen=True)
class Date:
    """A date as its parts: a month and year, or a year alone, when that is all it says."""

    year: int
    month: int | None = None
    day: int | None = None


MONTH_WORD_RE = re.compile(rf"\b{MONTH}\b", re.IGNORECASE)
YEAR_RE = re.compile(rf"\b{YEAR}\b")


def parse(text: str) -> Date | None:
    """The first date of a text as its parts ("September 2001" -> 2001, 9)."""
    m = DATE_RE.search(text)
    if m:
        normal = normalise_date(m)
        if normal:
            parts = normal.replace(",", "").split()
            day = int(parts[1]) if len(parts) == 3 else None
            return Date(int(parts[-1]), month_number(parts[0]), day)
    y = YEAR_RE.search(text)
    if y is None:
        return None
    month = MONTH_WORD_RE.search(text)
    return Date(int(y.group()), month_number(month.group()) if month else None)


def months_in(text: str) -> set[int]:
    """The months a text names (1-12), by any spelling: a month's word, or the month of a
    date written in numbers ("9/30/2025", "2025-09-30")."""
    found = {month_number(m.group()) for m in MONTH_WORD_RE.finditer(text)}
    if "/" in text or "-" in text:
        found.update(int(m.group("m1") or m.group("m2")) for m in NUMERIC_DATE_RE.finditer(text))
    return found


# A whole date in numbers: month/day/year ("9/30/2025", "09/30/25") or year-month-day.
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/])(?P<m1>0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d-])(?:19|20)\d{2}-(?P<m2>0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])"
)


def years_in(text: str) -> set[int]:
    return {int(y) for y in YEAR_RE.findall(text)}
