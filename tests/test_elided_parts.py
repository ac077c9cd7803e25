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
