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
