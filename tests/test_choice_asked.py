"""A question that offers two names as the values to choose between ("is X a series of A
Trust or of B Fund?", "which class, Class A or Class C, ...?") is answered by a text naming
one of them; a sentence that names neither (a list the fund stands in) is no answer. Names
offered as either of two things to act on ("can it close A or B to new investors?") are not a
choice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE SERIES TRUST
NORTHWAY SERIES FUND
SUPPLEMENT DATED MAY 27, 2016
TO THE
STATEMENT OF ADDITIONAL INFORMATION
DATED MAY 1, 2016

Effective May 25, 2016, the fourth paragraph under the heading "Foreign Equity Depositary \
Receipts" in the "Investment Strategies and Risks" section is hereby replaced with the following:

Except as noted, the Funds consider Depositary Receipts to be foreign securities. The Eastbank \
Growth Portfolio, Ridgeline Value Portfolio and Northgate Income Portfolio do not consider ADRs \
or similar receipts traded in U.S. markets to be foreign securities.

The Fund reserves the right to close the Eastbank Growth Portfolio to any additional \
investments, all without notice.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Is Eastbank Growth Portfolio a series of Harborgate Series Trust or of Northway "
        "Series Fund?",
        "Does Eastbank Growth Portfolio belong to Harborgate Series Trust or to Northway "
        "Series Fund?",
    ],
)
def test_neither_choice_named_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


def test_either_of_two_to_act_on_is_no_choice(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(
        "Can the Fund close Eastbank Growth Portfolio or Ridgeline Value Portfolio to additional "
        "investments without notice?",
        doc="s.txt",
    )
    assert answer.answered, answer.answer
    assert "without notice" in answer.answer
