"""A return (or a yield) is a share or a sum, never the length of a period: a table's header
row ("1 Year  Since Inception") does not answer "what is the since-inception return?"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PERFORMANCE = """HARBORVIEW FUNDS TRUST
Harborview Core Income Fund
Supplement dated March 3, 2025 to the Prospectus dated May 1, 2024

Average Annual Total Returns (for the periods ended December 31, 2024)

                                          1 Year    Since Inception (6/1/2021)
Class A Return Before Taxes               4.12%     2.35%
Institutional Class Return Before Taxes   4.55%     2.71%
Bloomberg US Aggregate Bond Index         1.25%     -0.33%

The Fund's highest quarterly return was 5.10% for the quarter ended December 31, 2023.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the since-inception return of the index?",
        "What's the benchmark's return since inception?",
        "What yield does the index show since inception?",
    ],
)
def test_a_period_s_header_is_no_return(
    assistant_over: Callable[[dict[str, str]], Any], question: str
) -> None:
    answer = assistant_over({"s.txt": PERFORMANCE}).ask(question, doc="s.txt")
    assert not any("Year" in i for i in answer.items), answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Class A 1-year return before taxes?", "4.12%"),
        ("What was the fund's highest quarterly return?", "5.10%"),
    ],
)
def test_a_return_asked_is_answered(
    expect_answer: Callable[[str, str, str | None], Any], question: str, expected: str
) -> None:
    expect_answer(PERFORMANCE, question, expected)
