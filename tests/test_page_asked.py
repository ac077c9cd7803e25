"""A question for the page something is on ("which page of the prospectus holds the Fund
Management Team section?") is answered by a page the answer names, not by what the section
says (its managers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE INVESTMENT TRUST
Harborgate High-Yield Fund
Supplement dated May 1, 2019 to the Prospectus dated March 1, 2019

The following replaces the Portfolio Managers paragraph of The Fund Management Team section:

Ann Lee and Carl Berg are jointly and primarily responsible for the day-to-day management of \
the fund.
"""

WITH_PAGE = FILING.replace(
    "of The Fund Management Team section:", "of The Fund Management Team section on page 10:"
)


@pytest.mark.parametrize(
    "question",
    [
        "Which page of the High-Yield Fund prospectus holds The Fund Management Team section?",
        "What page is The Fund Management Team section on?",
        "Give me the page number of the Fund Management Team section.",
    ],
)
def test_no_page_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


def test_a_page_the_filing_names_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": WITH_PAGE}).ask(
        "What page is The Fund Management Team section on?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert "page 10" in answer.answer
