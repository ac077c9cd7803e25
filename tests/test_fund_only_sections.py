"""A supplement covering several funds marks a section as one fund's by a heading that names
that fund without its last word ("DIVERSIFIED BOND PROSPECTUS ONLY", "Cedar Income Fund only"):
the people that section adds are that fund's, not the other funds' of the filing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _named_loosely

TWO_FUNDS = """Larchmont Investment Trust
PROSPECTUS SUPPLEMENT
LARCHMONT CORE BOND FUND * LARCHMONT HIGH INCOME FUND
Supplement dated September 28, 2007 * Prospectuses dated August 1, 2007

THE FOLLOWING IS ADDED UNDER THE HEADING BUYING SHARES:
The fund's Investor Class shares are available through financial intermediaries.

LARCHMONT CORE BOND PROSPECTUS ONLY
THE FOLLOWING ENTRY IS ADDED TO THE FUND MANAGEMENT TEAM ON PAGE 14 OF THE PROSPECTUS.
ROBERT HALVORSEN (LEAD PORTFOLIO MANAGER)
Mr. Halvorsen, Vice President and Senior Portfolio Manager, has been a member of the team that
manages the fund since September 2007.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who was added to the Larchmont High Income Fund's management team?",
        "Who joined the management team of Larchmont High Income Fund in September 2007?",
    ],
)
def test_people_added_to_another_funds_section_are_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TWO_FUNDS}).ask(question)
    assert not a.answered, a.answer
    assert "HALVORSEN" not in a.answer.upper(), a.answer


def test_the_funds_own_section_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": TWO_FUNDS}).ask(
        "Who was added to the Larchmont Core Bond Fund's management team?"
    )
    assert a.answered, a.answer
    assert "HALVORSEN" in a.answer.upper(), a.answer


@pytest.mark.parametrize(
    ("fund", "text", "named"),
    [
        ("Larchmont Core Bond Fund", "LARCHMONT CORE BOND PROSPECTUS ONLY", True),
        ("Larchmont Core Bond Fund", "For the Larchmont Core Bond Fund:", True),
        ("Larchmont High Income Fund", "LARCHMONT CORE BOND PROSPECTUS ONLY", False),
        # one word left is too little to name a fund ("Growth" of "Growth Fund")
        ("Growth Fund", "Growth stocks may fall.", False),
    ],
)
def test_a_fund_named_without_its_last_word(fund: str, text: str, named: bool) -> None:
    assert _named_loosely(fund, text) is named
