"""A quarter's return asked ("the highest quarterly return", "best quarter") is read where a
quarter is spoken of, not from the table of annual returns that follows it; and the class it is
of is the one its heading names ("Total Returns for Class Y Shares"): asked of another class, it
abstains."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant

FILING = """NORTHWIND SELECT FUND
Summary Prospectus dated July 1, 2025

Risk/Return Bar Chart and Table
The bar chart and table shown below provide some indication of the risks of investing in the \
Fund by showing changes in the Fund's performance from year to year.

Total Returns for Class Y Shares
Highest Quarterly Return: Second Quarter 2020, 25.72% Lowest Quarterly Return: First Quarter \
2020, -21.55%

Average Annual Total Returns
(for the periods ended December 31, 2024) | Past 1 Year | Past 5 Years | Past 10 Years
Class Y - Return Before Taxes | 10.09% | 13.17% | 11.91%
Return After Taxes on Distributions | 9.09% | 10.72% | 9.91%
Class A - Return Before Taxes | 3.54% | 11.57% | 10.97%
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"f.txt": FILING})


@pytest.mark.parametrize(
    "question",
    [
        "Class Y highest and lowest quarterly returns for the Northwind Select Fund?",
        "What was the highest quarterly return for Class Y?",
        "Class Y best quarter return?",
    ],
)
def test_a_quarter_asked_is_read_where_a_quarter_is_said(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert "25.72%" in a.answer, a.answer
    assert "10.09%" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        # the quarters are Class Y's, by their heading
        "What was the highest quarterly return for Class A?",
        # the table's annual returns are no quarter's
        "What was Class A's worst quarter return?",
    ],
)
def test_a_quarter_of_another_class_abstains(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert not a.answered, a.answer
    assert "3.54%" not in a.answer, a.answer


def test_annual_returns_are_still_read(assistant: Assistant) -> None:
    a = assistant.ask("What was Class A's 1-year return before taxes?", doc="f.txt")
    assert a.answered and "3.54%" in a.answer, a.answer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lowest Quarterly Return: First Quarter 2020, -21.55%", ["-21.55%"]),
        ("Return before taxes | -0.95% | 0.79%", ["-0.95%", "0.79%"]),
        ("Worst quarter: –3.20%", ["–3.20%"]),
        # the dash of a range is no sign
        ("from 10-20% of its assets", ["20%"]),
        ("between 5% -10% of its assets", ["5%", "10%"]),
    ],
)
def test_an_amount_keeps_its_minus_sign(text: str, found: list[str]) -> None:
    assert spans.amounts(text) == found


def test_a_negative_quarter_is_given_with_its_sign(assistant: Assistant) -> None:
    a = assistant.ask("What was the lowest quarterly return for Class Y?", doc="f.txt")
    assert a.answered and "-21.55%" in a.items, (a.answer, a.items)
