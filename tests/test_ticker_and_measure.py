"""A ticker asked beside another measure is read apart ("X Investor Class: ticker and total
expenses?"), and a fee-table row named by the measure asked wins over a row named only by the
share class asked (the costs example's "Investor Class | $120 | $375")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _two_parts

FILING = """Larchmont Small Cap Fund
Investor Class | (Ticker Symbol: LSCVX)
Institutional Class | (Ticker Symbol: LSCIX)
Summary Prospectus dated May 1, 2025

Fees and Expenses of the Fund
Annual Fund Operating Expenses (expenses that you pay each year)
Investor Class | Institutional Class
Management Fees | 0.74% | 0.74%
Distribution and Services (12b-1) Fees | 0.25% | 0.00%
Other Expenses | 0.19% | 0.23%
Total Annual Fund Operating Expenses | 1.18% | 0.97%

Example
This example is intended to help you compare the cost of investing in the Fund with the cost
of investing in other mutual funds. It assumes that the Fund's operating expenses remain the same.
1 year | 3 years | 5 years | 10 years
Investor Class | $120 | $375 | $649 | $1,432
Institutional Class | $99 | $309 | $536 | $1,190
"""


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Larchmont Small Cap Fund Investor Class: ticker and total annual fund operating "
            "expenses?",
            (
                "Larchmont Small Cap Fund Investor Class: ticker?",
                "Larchmont Small Cap Fund Investor Class: total annual fund operating expenses?",
            ),
        ),
        (
            "What is the ticker and the management fee of the Institutional Class?",
            (
                "What is the ticker of the Institutional Class?",
                "What is the management fee of the Institutional Class?",
            ),
        ),
        (
            "What is the expense ratio and ticker of the Investor Class?",
            (
                "What is the expense ratio of the Investor Class?",
                "What is the ticker of the Investor Class?",
            ),
        ),
    ],
)
def test_a_ticker_beside_a_measure_is_a_part_of_its_own(
    question: str, parts: tuple[str, str]
) -> None:
    assert _two_parts(question) == parts


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Larchmont Small Cap Fund Investor Class: ticker and total annual fund operating "
            "expenses?",
            ["LSCVX", "1.18%"],
        ),
        (
            "What is the ticker and the management fee of the Institutional Class?",
            ["LSCIX", "0.74%"],
        ),
        ("What is the expense ratio and ticker of the Investor Class?", ["LSCVX", "1.18%"]),
    ],
)
def test_both_the_ticker_and_the_measure_are_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: list[str]
) -> None:
    a = assistant_over({"t.txt": FILING}).ask(question)
    assert a.answered, a.answer
    assert all(v in a.answer for v in expected), a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the total annual fund operating expenses of the Investor Class?",
        "What is the Investor Class expense ratio?",
        "What are the Investor Class total annual fund operating expenses?",
    ],
)
def test_the_row_named_by_the_measure_wins(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": FILING}).ask(question)
    assert a.answered and "1.18%" in a.answer and "$120" not in a.answer, a.answer


def test_the_costs_example_still_answers_its_own_question(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": FILING}).ask("What is the Investor Class 1-year example cost?")
    assert a.answered and "$120" in a.answer, a.answer
