"""Funds asked by alternative words of their names ("which high-income or high-yield bond
funds are in the list?") are those of the filing's list named by either word, hyphens aside;
a word that describes them ("bond") and names none of them does not empty the answer, and
alternatives no listed fund is named by answer nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

FILING = """HARLOW FUNDS
Supplement dated March 1, 2008

For the following Funds (All Harlow Retail Funds):

HARLOW AGGRESSIVE GROWTH ALLOCATION FUND
HARLOW BOND FUND
HARLOW CORE GROWTH FUND
HARLOW FLOATING RATE HIGH INCOME FUND
HARLOW GLOBAL EQUITY FUND
HARLOW HIGH INCOME FUND
HARLOW HIGH YIELD OPPORTUNITIES FUND
HARLOW INTERNATIONAL VALUE FUND
HARLOW MONEY MARKET FUND

Effective March 1, 2008, the sub-section entitled "Exchange Privilege" is replaced with the \
following: You may exchange shares of a Fund for shares of the same class of another Harlow fund.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Any]) -> Any:
    return assistant_over({"s.txt": FILING})


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("Which Harlow high-income or high-yield bond funds are in the retail funds list?",
         ["Floating Rate High Income", "Harlow High Income Fund", "High Yield Opportunities"],
         ["Bond Fund", "Growth", "Money Market"]),
        ("Which growth or value funds are covered?",
         ["Aggressive Growth Allocation", "Core Growth", "International Value"],
         ["High Income", "Bond Fund", "Global Equity"]),
    ],
)  # fmt: skip
def test_funds_named_by_either_word(
    assistant: Any, question: str, expected: list[str], not_expected: list[str]
) -> None:
    answer = assistant.ask(question, doc="s.txt")
    said = " ".join([answer.answer, *answer.items]).lower()
    assert answer.answered, answer.answer
    assert all(e.lower() in said for e in expected), said
    assert not any(n.lower() in said for n in not_expected), said


def test_alternatives_no_listed_fund_is_named_by_answer_nothing(assistant: Any) -> None:
    answer = assistant.ask("Which municipal or tax-free funds are listed?", doc="s.txt")
    assert not answer.answered, answer.answer
