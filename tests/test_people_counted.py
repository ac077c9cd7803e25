"""How many people a body or team has is counted by any word for people: "The Board consists
of five individuals" counts the trustees, "a team of three portfolio managers" the managers. A
count of people is no amount of money."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify

FILING = """HARLOW VARIABLE TRUST
Statement of Additional Information Supplement dated May 1, 2014

BOARD OF TRUSTEES

The Board consists of five individuals, four of whom are not "interested persons" of the Trust \
("Independent Trustees"). The Trustees elect the officers of the Trust.

PORTFOLIO MANAGEMENT

The Fund is managed by a team of three portfolio managers. The minimum initial investment in \
the Fund is $1,000.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many trustees are on the board?", "five individuals"),
        ("how many trustees does the board have, per this SAI supplement", "five individuals"),
        ("How many portfolio managers manage the Fund?", "three portfolio managers"),
        # a count of people is no amount of money
        ("What is the minimum initial investment?", "$1,000"),
    ],
)
def test_people_are_counted_by_any_word_for_them(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str
) -> None:
    answer = expect_answer(FILING, question, expected)
    if expected == "$1,000":
        assert not any("managers" in i for i in answer.items), answer.items


@pytest.mark.parametrize(
    ("noun", "text", "states"),
    [
        ("trustees", "The Board consists of four individuals.", True),
        ("directors", "The board has 7 members.", True),
        ("funds", "The Board consists of four individuals.", False),
        ("trustees", "The Fund holds four securities.", False),
    ],
)
def test_a_count_of_people_is_stated_by_any_word_for_them(
    noun: str, text: str, states: bool
) -> None:
    assert verify.states_count(noun, text) is states
