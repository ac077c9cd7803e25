"""An amount the question states as a condition ("the sales charge for a $100,000 purchase") is
borne out by a table row only when the row, the rows above it in its table or the table's
caption state it: the maximum sales charge in a fee table does not become the charge for a
$100,000 purchase because the prose above the table mentions $100,000 as a discount threshold.
A row that names a range of money ("$100,000 but less than $250,000") answers for every sum in
it, in the columns the question names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FEE_TABLE = """NORTHWIND MUNICIPAL INCOME FUND
Summary Prospectus dated June 27, 2025

Fees and Expenses of the Fund

This table describes the fees and expenses that you may pay if you buy, hold and sell shares of \
the Fund. You may qualify for sales charge discounts if you and your family invest, or agree to \
invest in the future, at least $100,000 in the Northwind Funds. More information about these and \
other discounts is available from your financial professional and in the prospectus.

Shareholder Fees (fees paid directly from your investment)
Class: | A | C | Y
Maximum Sales Charge (Load) Imposed on Purchases (as a percentage of offering price) | 4.25% \
| None | None
Maximum Deferred Sales Charge (Load) | None | 1.00% | None
"""

SCHEDULE = """HARBORGATE BOND FUND
Supplement dated March 1, 2024 to the Prospectus dated January 1, 2024

Class A Sales Charges

Amount of Purchase | Sales Charge as a % of Offering Price | Dealer Commission
Less than $50,000 | 4.50% | 4.00%
$50,000 but less than $100,000 | 4.00% | 3.50%
$100,000 but less than $250,000 | 3.25% | 2.75%
$250,000 or more | None | 1.00%
"""

DASHED = """NORTHWIND GROWTH FUND
Supplement dated May 1, 2024 to the Prospectus dated January 1, 2024

The section "Front-End Sales Charges" is replaced by the following table of Class A sales charges:
Your Investment | As a % of offering price | As a % of your net investment
Up to $24,999 | 5.75% | 6.10%
$25,000 - $49,999 | 5.00% | 5.26%
$50,000 - $99,999 | 4.50% | 4.71%
$100,000 - $249,999 | 3.50% | 3.63%
$1 million and over | 0.00% | 0.00%
"""

CAPTIONED = """HARBORGATE EQUITY FUND
Supplement dated March 1, 2024 to the Prospectus dated January 1, 2024

Contingent Deferred Sales Charge

The schedule below has been changed for shares bought after March 1, 2024, and replaces the \
schedule found in the prospectus. Shareholders who bought shares before that date keep the \
schedule in force when they bought them, as described in the prospectus under Redemptions.

Class A purchases of $1,000,000 or more
Years after purchase | CDSC
First year | 1.00%
Second year | 0.50%
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over(
        {"fee.txt": FEE_TABLE, "schedule.txt": SCHEDULE, "cdsc.txt": CAPTIONED, "dash.txt": DASHED}
    )


@pytest.mark.parametrize(
    "question",
    [
        "What's the Class A front-end sales charge for a $100,000 purchase?",
        "What is the Class A sales charge on a purchase of $100,000?",
    ],
)
def test_an_amount_said_in_the_prose_above_is_no_condition_of_the_row(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="fee.txt")
    assert not a.answered and "4.25%" not in a.answer, a.answer
    assert any(c.kind == "amount" and not c.ok for c in a.checks)


def test_the_maximum_is_still_answered_when_no_amount_is_asked(assistant: Assistant) -> None:
    a = assistant.ask("What is the maximum Class A sales charge on purchases?", doc="fee.txt")
    assert a.answered and "4.25%" in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "doc", "expected", "not_expected"),
    [
        (
            "What is the Class A sales charge on a purchase of $100,000?",
            "schedule.txt",
            "3.25%",
            "4.00%",
        ),
        (
            "What is the sales charge for a $120,000 purchase of Class A shares?",
            "schedule.txt",
            "3.25%",
            "4.00%",
        ),
        ("What is the sales charge on a $10,000 purchase?", "schedule.txt", "4.50%", "3.25%"),
        (
            "What is the dealer commission on purchases of $250,000 or more?",
            "schedule.txt",
            "1.00%",
            "None",
        ),
        (
            "What's the sales charge as a % of offering price on a $60,000 investment?",
            "dash.txt",
            "4.50%",
            "4.71%",
        ),
        (
            "What is the sales charge as a percentage of net investment on a $30,000 investment?",
            "dash.txt",
            "5.26%",
            "5.00%",
        ),
        ("What is the sales charge on a $2,000,000 purchase?", "dash.txt", "0.00%", "5.75%"),
    ],
)
def test_the_row_of_the_range_that_holds_the_sum_answers(
    assistant: Assistant, question: str, doc: str, expected: str, not_expected: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered and expected in a.answer and not_expected not in a.answer, a.answer


def test_a_tables_caption_states_the_amount_for_its_rows(assistant: Assistant) -> None:
    a = assistant.ask(
        "What is the first-year CDSC on Class A purchases of $1,000,000 or more?", doc="cdsc.txt"
    )
    assert a.answered and "1.00%" in a.answer, a.answer
