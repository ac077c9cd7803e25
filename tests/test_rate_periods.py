"""An amount asked per period ("how much can be withdrawn each month?", "what is the daily
limit?") is not answered by one the filing states per another period only ("does not exceed on
an annual basis 12%"); one it states for the period asked is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PLAN = """NORTHWIND FUNDS
Supplement dated March 1, 2012 to the Prospectus

Northwind Automatic Withdrawal Plan
For making regular withdrawals from most Northwind funds. There will be no CDSC on Class B or \
C shares, as long as the amount of any withdrawal does not exceed on an annual basis 12% of \
the greater of the account value at the time of the first withdrawal under the plan, or at the \
time of the subsequent withdrawal.

Northwind TeleTransfer
Purchases made online through Northwind TeleTransfer are limited to $150,000 per day. \
Redemptions by wire are limited to $250,000 per week.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much can a Class B holder withdraw each month under the Automatic Withdrawal "
         "Plan without a CDSC?", None),
        ("What is the monthly cap on CDSC-free withdrawals under the Automatic Withdrawal "
         "Plan?", None),
        ("How much can a Class B holder withdraw each year under the Automatic Withdrawal "
         "Plan without a CDSC?", "12%"),
        ("What is the daily limit on online purchases through TeleTransfer?", "$150,000"),
        ("What is the monthly limit on online purchases through TeleTransfer?", None),
        ("How much can be redeemed by wire per week?", "$250,000"),
        # no period asked: the amount as stated
        ("What is the limit on online purchases through TeleTransfer?", "$150,000"),
    ],
)  # fmt: skip
def test_an_amount_is_of_the_period_asked(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str | None
) -> None:
    expect_answer(PLAN, question, expected)
