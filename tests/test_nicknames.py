"""A manager named in a table only, with the name they go by in quotes ("John “Jack” Mercer"),
is a person: listed with the others, with the year the table gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import NICKNAMED_RE, Assistant

FILING = """Larchmont Municipal Income Fund
Summary Prospectus dated June 27, 2025

Management of the Fund
Investment Adviser: Larchmont Advisers, Inc.

Portfolio Managers | Title | Length of Service on the Fund
Mark Paulsen | Portfolio Manager | 2015
John \u201cJack\u201d Mercer | Portfolio Manager | 2016
Ruth Okafor | Portfolio Manager | 2020
Tim Radley | Portfolio Manager | 2016

Mark Paulsen and Ruth Okafor also manage other municipal funds of Larchmont Advisers, Inc.
"""


@pytest.mark.parametrize(
    "name",
    ["John \u201cJack\u201d Mercer", 'Robert "Bob" J. Hale', "Wm. \u201cBill\u201d Stone, Jr."],
)
def test_a_nicknamed_name(name: str) -> None:
    assert NICKNAMED_RE.fullmatch(name)


@pytest.mark.parametrize("text", ["Fund \u201cShares\u201d Class", "The \u201cFund\u201d"])
def test_quoted_terms_are_no_nicknames(text: str) -> None:
    assert not NICKNAMED_RE.fullmatch(text)


def test_a_nicknamed_manager_in_a_table_is_listed(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    ask = assistant_over({"m.txt": FILING}).ask
    a = ask("Who are the portfolio managers of the fund?")
    assert a.answered, a.answer
    assert "Mercer" in a.answer and "Radley" in a.answer, a.answer
    b = ask("Which PMs have been on the fund since 2016?")
    assert b.answered, b.answer
    assert "Mercer" in b.answer and "Radley" in b.answer, b.answer
    assert "Paulsen" not in b.answer


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("Which PM joined the fund in 2020?", "Okafor", "Paulsen"),
        ("Which portfolio managers joined the team in 2016?", "Radley", "Okafor"),
        ("Who started managing the fund in 2015?", "Paulsen", "Mercer"),
    ],
)
def test_managers_who_joined_the_fund_in_a_year(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    expected: str,
    not_expected: str,
) -> None:
    """ "Joined the fund in 2020" asks the managers whose tenure starts then, as "since 2020"."""
    a = assistant_over({"m.txt": FILING}).ask(question)
    assert a.answered, a.answer
    assert expected in a.answer and not_expected not in a.answer, a.answer
