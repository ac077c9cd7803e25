"""An amount asked of a way of making a transaction ("the daily maximum for buying shares
online by wire", "via telephone") stands in a sentence that writes that way: the maximum of a
purchase made another way is not it, while a sentence that gives the way answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

FILING = """HARLOW FUNDS
Supplement dated December 13, 2002 to the Prospectus

Investors in Regular Accounts may purchase fund shares online using Harlow TeleTransfer \
(maximum $150,000 per day) and sell (redeem) fund shares online. The proceeds of an online \
redemption will be sent by wire (currently a maximum of $20,000 per day).
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the daily maximum for buying fund shares online by wire?", None),
        ("how much can I buy online via wire each day", None),
        ("What is the daily maximum for online purchases using TeleTransfer?", "$150,000"),
        ("What is the daily maximum for redemption proceeds sent by wire?", "$20,000"),
        ("What is the daily maximum for online purchases?", "$150,000"),
    ],
)
def test_an_amount_of_a_way_asked_stands_where_the_way_is_written(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str | None
) -> None:
    expect_answer(FILING, question, expected)
