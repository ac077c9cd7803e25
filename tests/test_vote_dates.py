"""A date asked of a vote ("on what date did shareholders vote to approve the new
contract?") is given by a sentence that speaks of a vote, a meeting or an approval; a sentence
that dates only the change voted on ("Effective June 1, 2010, the adviser entered into a new
sub-advisory agreement") does not answer it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

EFFECTIVE_ONLY = """HARBORGATE SERIES TRUST
Harborgate Growth and Income Portfolio
Supplement dated June 1, 2010 to the Prospectus dated May 1, 2010

Effective June 1, 2010, pursuant to the Portfolio's Manager-of-Managers Relief, Harborgate \
Services LLC, the Portfolio's investment adviser, entered into a new sub-advisory agreement \
with Eastbank Advisers, Inc. on the same terms as the prior agreement. An information \
statement detailing the new sub-advisory agreement is expected to be mailed to shareholders \
during the third quarter of 2010.
"""

WITH_MEETING = (
    EFFECTIVE_ONLY
    + """
At a special meeting held on May 20, 2010, shareholders of the Portfolio voted to approve the \
new sub-advisory agreement with Eastbank Advisers, Inc.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "On what date did shareholders vote to approve the Eastbank sub-advisory contract?",
        "When did the Portfolio's shareholders vote on the new sub-advisory agreement?",
        "What was the date of the shareholder vote on the Eastbank agreement?",
        "When was the shareholder vote on the sub-advisory agreement held?",
        "Which date did shareholders vote to approve the agreement with Eastbank Advisers?",
    ],
)
def test_a_vote_is_not_dated_by_the_change_voted_on(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": EFFECTIVE_ONLY}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "On what date did shareholders vote to approve the Eastbank sub-advisory contract?",
        "When did the Portfolio's shareholders vote on the new sub-advisory agreement?",
    ],
)
def test_a_vote_is_dated_by_its_meeting(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": WITH_MEETING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert "May 20, 2010" in answer.answer


REORGANIZED = """HARBORGATE FUNDS
Supplement dated May 1, 2015 to the Prospectus dated March 1, 2015

Effective April 1, 2015, following an internal corporate reorganization, Eastbank Management \
(U.K.) Limited is carrying on the business of Eastbank Research (U.K.) Inc.
"""
ANNOUNCED = (
    REORGANIZED
    + """
The reorganization was announced on February 12, 2015.
"""
)


@pytest.mark.parametrize(
    ("text", "question", "date"),
    [
        (REORGANIZED, "On what date was the internal corporate reorganization announced?", None),
        (REORGANIZED, "When did the adviser announce the reorganization?", None),
        (
            ANNOUNCED,
            "When was the reorganization announced?",
            "February 12, 2015",
        ),
        # a document's own verb describes it: no announcement asked
        (
            REORGANIZED,
            "What is the date of the supplement announcing the reorganization?",
            "May 1, 2015",
        ),
    ],
)
def test_an_announcement_is_dated_by_a_sentence_that_says_it(
    assistant_over: Callable[[dict[str, str]], Assistant],
    text: str,
    question: str,
    date: str | None,
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question, doc="s.txt")
    if date is None:
        assert not answer.answered, answer.answer
    else:
        assert answer.answered, answer.answer
        assert date in answer.answer


MERGER_ONLY = """HARBORGATE FUNDS
Harborgate Global Infrastructure Fund
Supplement dated November 15, 2013 to the Prospectus

On November 11, 2013, the Board approved a proposed merger of the Global Infrastructure Fund \
into the Harborgate Real Assets Fund. If the proposal is approved by shareholders, the merger \
is expected to take place on or around May 23, 2014, at which point Fund shareholders will \
receive shares of the Harborgate Real Assets Fund, and new investors may buy shares of it.
"""
MERGER_AND_CLOSING = (
    MERGER_ONLY
    + """
Effective February 1, 2014, the Fund will be closed to new investors.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "From what date will the fund stop accepting new investors ahead of the merger?",
        "Before the merger, when does the Global Infrastructure Fund shut to new investors?",
        "When will the fund stop taking new investors before it merges?",
    ],
)
def test_a_closing_to_investors_is_not_dated_by_the_merger(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MERGER_ONLY}).ask(question, doc="m.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "When will the fund stop taking new investors?",
        "When is the fund closed to new investors?",
        "From what date does the fund stop accepting new investors?",
    ],
)
def test_a_closing_to_investors_is_dated_by_its_sentence(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    b = assistant_over({"m.txt": MERGER_AND_CLOSING}).ask(question, doc="m.txt")
    assert b.answered and "February 1, 2014" in b.answer, b.answer


def test_the_merger_date_still_answers_the_merger(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.txt": MERGER_ONLY}).ask(
        "When is the merger expected to take place?", doc="m.txt"
    )
    assert a.answered and "May 23, 2014" in a.answer, a.answer
