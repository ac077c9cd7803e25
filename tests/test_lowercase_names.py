"""A fund's name typed in lower case inside a question that capitalises something else ("the
class N minimum of the bishop hill select fund?") still names the fund when the question
writes the name whole, even when every word of it is an everyday word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

SELECT = """BISHOP HILL FUNDS TRUST
Bishop Hill Select Fund
Supplement dated June 30, 2025 to the Prospectus

PRINCIPAL INVESTMENT STRATEGIES

The Fund invests at least 80% of its net assets in equity securities of companies the adviser \
believes are undervalued. The adviser may sell a security when it reaches its target price.

PURCHASE AND SALE OF FUND SHARES


Class N shares of the Fund are subject to a $1,000,000 initial investment minimum. Class A \
shares have a $2,500 initial investment minimum.
"""
VALUE = """CORRAN FUNDS
Corran Mid Cap Value Fund
Supplement dated July 1, 2025 to the Prospectus

PRINCIPAL INVESTMENT STRATEGIES

The Fund invests at least 80% of its net assets in equity securities of companies the adviser \
believes are undervalued. The adviser may sell a security when it reaches its target price.

PURCHASE AND SALE OF FUND SHARES


Class N shares of the Fund are subject to a $25,000 initial investment minimum. Class A \
shares have a $1,000 initial investment minimum.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Any]) -> Any:
    others = {
        f"other{n}.txt": VALUE.replace("Corran Mid Cap Value", name).replace("25,000", amount)
        for n, (name, amount) in enumerate(
            [("Harlow Select Growth", "50,000"), ("Marsh Income", "75,000"),
             ("Ridge Street Value", "100,000")]
        )
    }  # fmt: skip
    return assistant_over({"select.txt": SELECT, "value.txt": VALUE, **others})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("bishop hill select fund class N - initial investment minimum?", "$1,000,000"),
        ("what is the class N initial investment minimum of the bishop hill select fund?",
         "$1,000,000"),
        ("What is the Class N initial investment minimum of the corran mid cap value fund?",
         "$25,000"),
        ("corran mid cap value fund class A minimum?", "$1,000"),
        # the name in capitals, as before
        ("What is the Class N minimum of the Bishop Hill Select Fund?", "$1,000,000"),
    ],
)  # fmt: skip
def test_a_name_written_whole_in_lower_case_names_the_fund(
    assistant: Any, question: str, expected: str
) -> None:
    answer = assistant.ask(question)
    assert answer.answered, answer.answer
    assert expected in answer.answer, answer.answer
    other_fund = {"$50,000", "$75,000", "$100,000"} | (
        {"$1,000,000", "$2,500"} if expected in ("$25,000", "$1,000") else {"$25,000"}
    )
    assert not any(o in answer.answer for o in other_fund), answer.answer
