"""One picked out by the order of events ("which sub-adviser was most recently added?", "who is
the newest portfolio manager?") is not answered by a list of all of them; a filing that names
the one added, with its date, answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

ALL = """HARBORGATE FUNDS
Harborgate US Microcap Fund
Supplement dated October 23, 2024 to the Prospectus dated November 1, 2023

Investment Adviser. Harborgate Advisors, LLC is the Fund's investment adviser.

Subadvisers. Eastbank Capital, LLC; Ridgeline Asset Management, LLC; Northgate Capital \
Management, Inc.; and Westfield Investment Management, L.P. are the Subadvisers to the Fund.
"""

ONE_ADDED = (
    ALL
    + """
Effective June 12, 2024, Southbay Capital Management, LLC was added as a sub-adviser to the \
Fund.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "Which subadviser was most recently added to the Harborgate US Microcap Fund?",
        "Who is the newest sub-adviser of the fund?",
        "Which sub-adviser was the latest to join the fund?",
    ],
)
def test_a_list_of_all_is_not_the_one_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": ALL}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


def test_all_of_them_asked_are_listed(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": ALL}).ask("Who are the fund's sub-advisers?", doc="s.txt")
    assert answer.answered, answer.answer
    assert len(answer.items) == 4, answer.answer


def test_the_one_added_answers(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"s.txt": ONE_ADDED}).ask(
        "Which subadviser was most recently added to the fund?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert answer.items == ("Southbay Capital Management, LLC",), answer.answer
