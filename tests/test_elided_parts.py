"""A second part that only names what a preposition of the first governs ("Daily max for
online purchases, and for check redemptions?") asks the first's head of it; and two parts that
ask values of one type are answered together only when the answer holds what each part finds
on its own (two amounts of one sentence are not both parts' answers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _two_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Daily max for online purchases via TeleTransfer, and for check redemptions?",
            (
                "Daily max for online purchases via TeleTransfer?",
                "Daily max for check redemptions?",
            ),
        ),
        (
            "What is the minimum initial investment for regular accounts, and for IRAs?",
            (
                "What is the minimum initial investment for regular accounts?",
                "What is the minimum initial investment for IRAs?",
            ),
        ),
        # a question of its own after the preposition is left as it is
        ("Who manages the fund, and for how long?", ("Who manages the fund?", "For how long?")),
    ],
)
def test_an_elided_second_part_takes_the_first_part_s_head(
    question: str, parts: tuple[str, str]
) -> None:
    assert _two_parts(question) == parts


ONLINE = """NORTHWIND MONEY FUNDS
Supplement dated May 1, 2001 to the Prospectus

Online transaction capability has been added to all Regular Accounts that have teleservice \
privileges. Investors may purchase fund shares online using TeleTransfer (maximum $150,000 per \
day) and sell fund shares online. The proceeds of an online redemption will be sent by \
TeleTransfer (currently a maximum of $20,000 per day), wire (currently a maximum of $20,000 per \
day) or check (maximum $250,000 per day). Investors may exchange fund shares online (maximum \
$250,000 per day).
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"online.txt": ONLINE})


@pytest.mark.parametrize(
    "question",
    [
        "Daily max for online purchases via TeleTransfer, and for check redemptions?",
        "What is the daily maximum for online purchases, and for redemptions paid by check?",
    ],
)
def test_each_part_s_own_amount_is_in_the_answer(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="online.txt")
    assert a.answered, a.answer
    assert "$150,000" in a.answer and "$250,000" in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Min initial purchase for a Roth IRA vs a regular account?",
            ("Min initial purchase for a Roth IRA?", "Min initial purchase for a regular account?"),
        ),
        (
            "What is the CDSC on Class B versus Class C shares?",
            ("What is the CDSC on Class B shares?", "What is the CDSC on Class C shares?"),
        ),
        (
            "What is the fee for exchanges compared to for redemptions?",
            ("What is the fee for exchanges?", "What is the fee for redemptions?"),
        ),
    ],
)
def test_two_cases_set_against_each_other_are_two_parts(
    question: str, parts: tuple[str, str]
) -> None:
    assert _two_parts(question) == parts


MINIMUMS = """NORTHWIND SMALL CAP FUND
Summary Prospectus dated June 30, 2025

Purchase and Sale of Fund Shares
The following chart shows the investment minimums for various types of accounts:
Type of Account | Minimum Initial Purchase
Any account other than those listed below | $2,500
For shareholders participating in the Automatic Investment Plan | $1,000
For Traditional IRA, Roth IRA, Rollover IRA, SEP-IRA and Keogh plans | $500
"""


def test_each_case_set_against_the_other_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.txt": MINIMUMS}).ask(
        "Min initial purchase for a Roth IRA vs a regular account?", doc="m.txt"
    )
    assert a.answered, a.answer
    assert "$500" in a.answer and "$2,500" in a.answer, a.answer
