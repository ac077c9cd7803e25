"""A question for the page something is on ("which page of the prospectus holds the Fund
Management Team section?") is answered by the sentence that points to a page and best covers
the rest of the question, in any layout ('section beginning on page 11', 'On page 5, the
table ...', 'ADDED TO THE TEAM ON PAGE 14'); a question for pages of two things gets each; no
page printed, or none for what is asked, is no answer (not what the section says)."""

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

PAGES = """HARBORGATE INVESTMENT TRUST
Harborgate Global Infrastructure Fund
Supplement dated May 1, 2019 to the Prospectus dated March 1, 2019

Effective September 14, 2019, the following information replaces the "Minimums" tables found \
in the "Buying and Selling Shares" section beginning on page 11.

Accordingly, on page 1, the 2.00% redemption fee referenced in the table entitled Fees and \
Expenses of the Fund is hereby deleted. On page 5, the portfolio manager table under Management \
is revised as follows:

Ann Lee | Portfolio Manager | 2019

HIGH-YIELD PROSPECTUS ONLY THE FOLLOWING ENTRIES ARE ADDED TO THE FUND MANAGEMENT TEAM ON PAGE \
14 OF THE PROSPECTUS.
"""


@pytest.mark.parametrize(
    ("question", "page"),
    [
        (
            "In which section and starting on what page are the old Minimums tables found?",
            "page 11",
        ),
        ("What page is the portfolio manager table on?", "page 5"),
        (
            "On which page of the prospectus are the new fund management team entries added?",
            "PAGE 14",
        ),
        ("Give me the page number of the Buying and Selling Shares section.", "page 11"),
    ],
)
def test_the_page_a_sentence_points_to(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, page: str
) -> None:
    answer = assistant_over({"s.txt": PAGES}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert answer.items == (page,), answer.answer


def test_the_pages_of_two_things(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"s.txt": PAGES}).ask(
        "On which pages are the fee table and the portfolio manager table?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert {"page 1", "page 5"} <= set(answer.items), answer.answer


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            FILING,
            "Which page of the High-Yield Fund prospectus holds The Fund Management Team section?",
        ),
        (FILING, "What page is The Fund Management Team section on?"),
        (FILING, "Give me the page number of the Fund Management Team section."),
        (PAGES, "On which page is the fund's principal risks section?"),
    ],
)
def test_no_page_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer
