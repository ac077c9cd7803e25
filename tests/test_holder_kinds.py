"""A question about holders of one kind ("new individual retail investors", "an IRA account")
is not answered by a sentence about holders of another kind ("new employer-sponsored
retirement plan investors", "Regular Accounts"); a sentence about the kind asked still is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

REOPENING = """SPRUCEWOOD ENTERPRISE FUND
Supplement dated March 13, 2020 to the Prospectus dated January 28, 2020

Effective on or about April 13, 2020, Sprucewood Enterprise Fund (the "Fund") will reopen to \
new employer-sponsored retirement plan investors. The Fund otherwise remains closed to new \
investors.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When will Sprucewood Enterprise Fund reopen to new individual retail investors?",
        "when does the fund reopen for retail investors",
        "On what date will the Fund reopen to new institutional investors?",
    ],
)
def test_a_reopening_for_other_investors(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": REOPENING}).ask(question)
    assert not a.answered, a.answer
    assert "April 13, 2020" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "When will Sprucewood Enterprise Fund reopen to new employer-sponsored retirement plan "
        "investors?",
        "When will the fund reopen to retirement plan investors?",
        "When will the fund reopen?",
    ],
)
def test_a_reopening_for_the_investors_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": REOPENING}).ask(question)
    assert a.answered, a.answer
    assert "April 13, 2020" in a.answer, a.answer


ONLINE = """BRAMBLE SHORT-TERM INCOME FUND
Supplement dated June 1, 2009 to the Prospectus dated May 1, 2009

Investors in Regular Accounts may purchase fund shares online using TeleTransfer (maximum \
$150,000 per day). Investors in Retirement Accounts may purchase fund shares online up to a \
maximum of $20,000 per day.
"""


def test_a_limit_for_another_kind_of_account(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"o.txt": ONLINE}).ask(
        "What's the daily maximum for buying fund shares online in an IRA account?"
    )
    assert "$150,000" not in a.answer, a.answer


def test_a_limit_for_the_kind_of_account_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"o.txt": ONLINE}).ask(
        "What's the daily maximum for buying fund shares online in a retirement account?"
    )
    assert a.answered, a.answer
    assert "$20,000" in a.answer, a.answer
