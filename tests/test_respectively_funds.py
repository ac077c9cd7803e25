"""A supplement of several funds states each fund's limits class by class "respectively" in the
fund's own section: a question about one fund reads its section's sentence, never another
fund's, and a class that fund's sentence leaves out gets no answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

FILING = (
    "                          RIDGEWAY FUNDS TRUST\n\n"
    "                    Ridgeway Developing Markets Fund\n"
    "                    Ridgeway Municipal Income Fund\n\n"
    "               Supplement dated March 3, 2025 to the Prospectus\n"
    "                         dated May 1, 2024\n\n"
    "I.  RIDGEWAY DEVELOPING MARKETS FUND\n\n"
    "Expense Limitation. The Adviser has contractually agreed to limit Total Annual Fund\n"
    "Operating Expenses After Fee Waiver to 1.25%, 2.00%, 1.00% and 0.40% for Class A, Class C,\n"
    "Class I and Class R6 shares, respectively, through 4/30/2026.\n\n"
    "II.  RIDGEWAY MUNICIPAL INCOME FUND\n\n"
    "Termination of Expense Limitation. The expense limitation agreement for the Fund, which\n"
    "limits Total Annual Fund Operating Expenses After Fee Waiver to 0.80%, 1.55% and 0.55% for\n"
    "Class A, Class C and Class I shares, respectively, will terminate on 4/30/2025.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the expense limitation for Class A shares of the Municipal Income Fund?",
         ["0.80%"]),
        ("What is the expense limitation for Class R6 shares of the Developing Markets Fund?",
         ["0.40%"]),
    ],
)  # fmt: skip
def test_each_fund_s_own_sentence(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: list[str]
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered and list(answer.items) == expected, answer.answer


def test_a_class_the_fund_s_sentence_leaves_out(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(
        "What is the expense limitation for Class R6 shares of the Municipal Income Fund?",
        doc="s.txt",
    )
    assert not answer.answered, answer.answer
