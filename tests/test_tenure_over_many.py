"""A tenure over many portfolios, accounts or strategies ("has overseen Northbeam's asset allocation
portfolios since 1996") does not answer since when someone has managed the one fund asked;
the fund's own tenure still does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

OWN = "Rosa Lind has managed the Fund since 2019."
MANY = [
    "Mr. Halden has been responsible for overseeing the portfolio management of Northbeam's "
    "asset allocation portfolios since 1996.",
    "Mr. Halden has managed the firm's fixed income accounts since 2004.",
    "Mr. Halden has led the adviser's quantitative equity strategies since 2008.",
]


def _filing(body: str) -> str:
    return (
        "NORTHBEAM TRUST\nNorthbeam Absolute Return Fund\n"
        "Supplement dated May 1, 2025 to the Prospectus dated March 1, 2025\n\n"
        "Portfolio Managers\n\n" + body + "\n"
    )


@pytest.mark.parametrize("sentence", MANY)
@pytest.mark.parametrize(
    "question",
    [
        "Since when has Mr. Halden been a portfolio manager of the Northbeam Absolute Return Fund?",
        "How long has Halden managed the Northbeam Absolute Return Fund?",
    ],
)
def test_a_tenure_over_many_does_not_date_the_fund_s(
    expect_answer: Callable[[str, str, str | None], Any], sentence: str, question: str
) -> None:
    expect_answer(_filing(sentence + "\n\n" + OWN), question, None)


def test_the_fund_s_own_tenure_answers(
    expect_answer: Callable[[str, str, str | None], Any],
) -> None:
    expect_answer(
        _filing(MANY[0] + "\n\n" + OWN),
        "Since when has Rosa Lind managed the Northbeam Absolute Return Fund?",
        "2019",
    )


@pytest.mark.parametrize("sentence", MANY)
def test_another_person_s_tenure_beside_does_not_answer(
    expect_answer: Callable[[str, str, str | None], Any], sentence: str
) -> None:
    """In one paragraph, the next sentence's date is another manager's ("Rosa Lind has
    managed the Fund since 2019"), not the one asked about."""
    text = _filing(sentence + " " + OWN)
    expect_answer(text, "How long has Halden managed the Northbeam Absolute Return Fund?", None)
    expect_answer(text, "Since when has Rosa Lind managed the fund?", "2019")
