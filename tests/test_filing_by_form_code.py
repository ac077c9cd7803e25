"""A question may name its filing by the form number printed on it ("per the 739-P1 08/25
supplement, where is the investment manager located?"): that filing is asked, and the code is
no word the answer must repeat."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

GROWTH = """HARLOW GROWTH FUND
Supplement dated August 1, 2025 to the Prospectus

Harlow Global Advisors Limited, Lyford Cay, Nassau, Bahamas, is the Fund's investment manager.

739-P1 08/25
"""
INCOME = """HARLOW INCOME FUND
Supplement dated August 1, 2025 to the Prospectus

Harlow Advisers, LLC, One Franklin Parkway, San Mateo, California, is the Fund's investment \
manager.

412-P2 08/25
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Any]) -> Any:
    return assistant_over({"growth.txt": GROWTH, "income.txt": INCOME})


@pytest.mark.parametrize(
    ("question", "expected", "other"),
    [
        ("Per the 739-P1 08/25 supplement, where is the Fund's investment manager located?",
         "Lyford Cay", "San Mateo"),
        ("In the 412-P2 supplement, where is the investment manager based?", "San Mateo",
         "Lyford Cay"),
    ],
)  # fmt: skip
def test_a_filing_named_by_its_form_number(
    assistant: Any, question: str, expected: str, other: str
) -> None:
    answer = assistant.ask(question)
    assert answer.answered and expected in answer.answer, answer.answer
    assert other not in answer.answer, answer.answer
