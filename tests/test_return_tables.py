"""Average annual total return tables as summary prospectuses print them: a market index's
row is read when the question names the index (with the fund's row when it names both); the
period the table's heading dates is a date of its rows; a return "after taxes" is read only
from a row that says so; a class with no value in one of a header's periods leaves its last
value unplaced; a currency sign in a cell of its own belongs to the value after it; and a
class's mark ("Class R6") is no footnote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import tables, verify
from assistant.engine import Assistant

BOND = """NORTHWIND CORE BOND FUND
Summary Prospectus dated May 1, 2025

Average Annual Total Returns for Periods Ended December 31, 2024
Investor Class | 1 year | 5 years | 10 years
Return before taxes | 0.65% | -0.95% | 0.79%
Return after taxes on distributions | -0.87% | -1.95% | -0.17%
Harbor Broad Market Bond Index (reflects no deduction for fees or taxes) | 1.25% | -0.33% | 1.35%
"""

CLASSES = """NORTHWIND LARGE CAP VALUE PORTFOLIO
Summary Prospectus dated August 29, 2025

Average Annual Total Returns %
(for the periods ended December 31, 2024)
1 Yr | 5 Yrs | 10 Yrs | Since Inception | Inception Date
Class ADV | % | 16.39 | 11.01 | 8.84 | N/A | 5/11/2007
Class I | % | 17.06 | 11.70 | 9.50 | N/A | 5/11/2007
Class R6 | % | 16.99 | 11.70 | 9.49 | N/A | 11/24/2015
"""

YOUNG = """NORTHWIND CAPITAL APPRECIATION FUND
Summary Prospectus dated May 1, 2025

Average Annual Total Returns for Periods Ended December 31, 2024
1 year | 5 years | 10 years | Since Inception 11/2/2015
Return before taxes | 21.50% | 10.48% | 10.58%
"""

EXAMPLE = """NORTHWIND HIGH INCOME FUND
Supplement dated July 18, 2025 to the Summary Prospectus

The table in the section of the Summary Prospectus titled "Example" is replaced with the following:
Example: This Example is intended to help you compare the cost of investing in the Fund.
Share Class | 1 Year | 3 Years
Class V | $ | 102 | $ | 357
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over(
        {"bond.txt": BOND, "classes.txt": CLASSES, "young.txt": YOUNG, "example.txt": EXAMPLE}
    )


@pytest.mark.parametrize(
    ("doc", "question", "said", "unsaid"),
    [
        # the index named, alone: its row, not the fund's
        (
            "bond.txt",
            "What was the 1-year return of the Harbor Broad Market Bond?",
            ["1.25%"],
            ["0.65%"],
        ),
        # the fund's and the index's, set against each other
        (
            "bond.txt",
            "Fund 1-year return before taxes vs the Harbor Broad Market for 2024?",
            ["0.65%", "1.25%"],
            [],
        ),
        # dated by the table's heading
        (
            "bond.txt",
            "What was the fund's 1-year return before taxes for 2024?",
            ["0.65%"],
            ["1.25%"],
        ),
        ("bond.txt", "What was the 1-yr return after taxes on distributions?", ["-0.87%"], []),
        # a period's unit abbreviated in the header and in the question
        ("classes.txt", "What was the Class R6 1 year return?", ["16.99%"], ["17.06"]),
        ("young.txt", "What was the 1-yr return before taxes?", ["21.50%"], []),
        ("young.txt", "What was the 5-year return before taxes?", ["10.48%"], []),
        (
            "example.txt",
            "What would the Class V cost be over 3 years in the Example?",
            ["$357"],
            [],
        ),
    ],
)
def test_a_return_table_is_read(
    assistant: Assistant, doc: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered, a.answer
    for value in said:
        assert value in a.answer, a.answer
    for value in unsaid:
        assert value not in a.answer, a.answer


@pytest.mark.parametrize(
    ("doc", "question"),
    [
        # the heading dates the rows 2024
        ("bond.txt", "What was the fund's 1-year return before taxes for 2023?"),
        # a class's row under "Average Annual Total Returns" is no return after taxes
        ("classes.txt", "What is Class I's 10-year return after taxes on distributions?"),
        # the class's last value may be its 10-year or its since-inception return
        ("young.txt", "What was the 10-year return before taxes?"),
    ],
)
def test_a_return_the_table_does_not_give_abstains(
    assistant: Assistant, doc: str, question: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("label", "question", "named"),
    [
        (
            "S&P 500® Index (reflects no deduction for fees, expenses or taxes)",
            "VALIX vs the S&P 500?",
            True,
        ),
        ("S&P 500® Index", "the fund's 1-year return?", False),
        # a blend is named only with both its indexes
        ("60/40 S&P 500® Index/ Bloomberg US Aggregate Bond Index", "vs the S&P 500?", False),
        ("Bloomberg US Aggregate Bond Index(1)", "vs the Bloomberg US Aggregate for 2024?", True),
    ],
)
def test_a_question_names_an_index(label: str, question: str, named: bool) -> None:
    assert tables.names_index(label, question) is named


@pytest.mark.parametrize(
    ("label", "clean"),
    [("Class R6", "Class R6"), ("Class S2", "Class S2"), ("Other Expenses1", "Other Expenses")],
)
def test_a_class_mark_is_no_footnote(label: str, clean: str) -> None:
    assert tables.LABEL_FOOTNOTE_RE.sub("", label) == clean


def test_before_taxes_asks_no_earlier_value() -> None:
    found = verify.constraints(
        "Core Bond Fund 1-year return before taxes for 2024?", dates=["2024"], of_amount=True
    )
    assert not [c for c in found if c.kind in ("relation", "value_relation")], found
