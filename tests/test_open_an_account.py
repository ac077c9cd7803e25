""" "How much do you need to open an account?" asks the minimum initial investment, as a filing
calls it, for the class the question names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.phrasing import rephrase

FILING = """HARLOW SELECT FUND
Supplement dated June 30, 2025 to the Prospectus

Class A shares are subject to a minimum initial investment of $1,000. Class T shares are subject \
to a minimum initial investment of $2,500. There is no subsequent investment minimum for Class T \
shares.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much do you need to open a Class T account?", "$2,500"),
        ("how much money do I need to open a Class A account", "$1,000"),
        ("How much does it take to open a Class T account in the Harlow Select Fund?", "$2,500"),
    ],
)
def test_what_opening_an_account_takes(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str
) -> None:
    answer = expect_answer(FILING, question, expected)
    other = "$1,000" if expected == "$2,500" else "$2,500"
    assert other not in answer.items, answer.items


def test_the_question_is_read_as_the_minimum_initial_investment() -> None:
    assert (
        rephrase("How much do you need to open a Class T account?")
        .lower()
        .startswith("what is the minimum initial investment to open")
    )
