"""What an amount question measures must be said by its evidence: the head noun of its
wh-phrase up to the clause that follows it ("the minimum market capitalization a company must
have" is a capitalization, not the minimum investment), and an account kind it asks the amount
for ("the minimum for an IRA" is not the minimum for accounts in general)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify

STATED = """NORTHWIND FUNDS
Northwind Small Cap Fund
Supplement dated May 1, 2025 to the Prospectus

The minimum initial investment in the Fund is $1,000 ($500 for Simplified Employee \
Pension-IRA accounts). Subsequent investments must be at least $100.

The Fund invests at least 80% of its net assets in companies with market capitalizations of at \
least $1 billion at the time of purchase.
"""
UNSTATED = """HARBORGATE FUNDS
Harborgate Small Cap Fund
Supplement dated May 1, 2025 to the Prospectus

The minimum initial investment in the Fund is $1,000. Subsequent investments must be at least \
$100.

The Fund invests at least 80% of its net assets in the stocks of small companies.
"""

ONLINE = """HARLOW FUNDS
Supplement dated December 13, 2002 to the Prospectus

Online transaction capability has been added to all Regular and IRA Accounts. Investors in \
Regular Accounts may purchase fund shares online (maximum $150,000 per day) and sell (redeem) \
fund shares online. The proceeds of an online redemption will be sent by wire (currently a \
maximum of $20,000 per day) or check (maximum $250,000 per day). Investors in Regular and IRA \
Accounts may exchange fund shares online (maximum $250,000 per day).
"""
MINIMUMS = """CEDARHAVEN TRUST
Cedarhaven US Microcap Fund
Supplement dated October 23, 2024 to the Prospectus

PURCHASE AND SALE OF FUND SHARES

To purchase shares of the Fund, you must invest at least the minimum amount.

Institutional Shares | Investor Shares
Minimum Initial Investment | Minimum Additional Investment | Minimum Initial Investment | \
Minimum Additional Investment
Standard Accounts | $10,000 | $100 | $2,500 | $100
Retirement Accounts | $10,000 | $100 | $2,500 | $100
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (STATED, "What is the minimum initial investment for an IRA?", "$500"),
        (UNSTATED, "What is the minimum initial investment for an IRA?", None),
        (UNSTATED, "what's the minimum investment for IRA accounts in the fund?", None),
        (STATED, "minimum initial purchase for SEP-IRA and Keogh accounts?", "$500"),
        (UNSTATED, "What is the minimum to open a UGMA account?", None),
        # the kind must be written where the amount stands, not in a sentence beside it
        (ONLINE, "What's the daily maximum for redeeming shares online from an IRA account?",
         None),
        (ONLINE, "What is the daily maximum for online exchanges in an IRA account?",
         "$250,000"),
        # a plan an account invests through is such a kind too
        (MINIMUMS, "What's the minimum additional investment for Cedarhaven Investor Shares "
         "bought through an automatic investment plan?", None),
        (MINIMUMS, "What's the minimum additional investment for Investor Shares in a "
         "retirement account?", "$100"),
        (UNSTATED, "What's the minimum subsequent investment through an automatic investment "
         "plan?", None),
        (UNSTATED.replace("at least $100.", "at least $100 ($50 through the Automatic "
                          "Investment Plan)."),
         "What's the minimum subsequent investment through an automatic investment plan?",
         "$50"),
        (STATED, "What is the minimum market capitalization a company must have for the Fund "
         "to buy it?", "$1 billion"),
        (UNSTATED, "What is the minimum market capitalization a company must have for the Fund "
         "to buy it?", None),
        # no account kind asked: the minimum for accounts in general
        (UNSTATED, "What is the minimum initial investment?", "$1,000"),
    ],
)  # fmt: skip
def test_what_is_measured_is_said(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What is the minimum market capitalization a company must have?", ("capitalization",)),
        # a share class named so is no account kind; a generic head asks nothing more
        ("What is the expense ratio for ETF Shares?", ()),
        ("What is the minimum investment requirement?", ()),
    ],
)
def test_the_words_an_amount_question_measures(question: str, words: tuple[str, ...]) -> None:
    assert verify.subject_words(question) == words
