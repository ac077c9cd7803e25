"""The one date finder: every spelling of a date to one form, and its parts for comparing."""

from __future__ import annotations

import pytest

from assistant import spans
from index.dates import Date, find_dates, months_in, parse, years_in


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("effective Nov. 15, 2001", Date(2001, 11, 15)),
        ("dated 15 November 2001", Date(2001, 11, 15)),
        ("as of 11/15/01", Date(2001, 11, 15)),
        ("since September 2001", Date(2001, 9)),
        ("Sept. 2001", Date(2001, 9)),
        ("in 1995", Date(1995)),
        ("no date here", None),
    ],
)
def test_parse(text: str, date: Date | None) -> None:
    assert parse(text) == date


def test_spellings_meet() -> None:
    assert find_dates("Nov. 15, 2001 and 15 November 2001") == ["November 15, 2001"] * 2
    assert months_in("from sept 2001 to june 1, 2010") == {9, 6}
    assert years_in("from sept 2001 to june 1, 2010") == {2001, 2010}
    assert months_in("the fund may invest") == {5}  # "may" is a month word: callers decide


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Independent directors shall retire by December 31 of the year in which they reach "
            "their 75th birthday.",
            ["December 31 of the year in which they reach their 75th birthday"],
        ),
        ("Reports are mailed on or before April 15 of each year.", ["April 15 of each year"]),
        (
            "Dividends are paid on June 30 of every calendar year.",
            ["June 30 of every calendar year"],
        ),
        # a day of a year the text does not give is no date an answer can stand on
        ("Agreements that took effect after February 16th were not affected.", []),
        ("The fiscal year ends October 31.", []),
        # a calendar date stays one date
        ("Effective December 31, 2013, the director retired.", ["December 31, 2013"]),
        ("You may 15 times a year exchange shares.", []),
    ],
)
def test_a_day_said_to_recur_each_year_is_a_date_of_an_answer(text: str, found: list[str]) -> None:
    assert spans.dates(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Proxy materials will be mailed to shareholders in early February.", ["early February"]),
        ("The Transaction is expected to close in the second half of 2011.",
         ["second half of 2011"]),
        ("The meeting will be held in mid-April.", ["mid-April"]),
        ("The reorganization is expected in late March 2014.", ["late March 2014"]),
    ],
)  # fmt: skip
def test_a_part_of_a_month_or_year_is_a_date_of_an_answer(text: str, found: list[str]) -> None:
    assert spans.of_type("date", text) == found
