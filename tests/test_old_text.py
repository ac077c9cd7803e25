"""A question for what a text said before it was changed asks for the words a change took
away: a supplement that prints only the new text ("... is deleted and replaced with the
following: ...") does not state them, and the answer is an abstention; evidence that marks the
earlier words ("... currently reads: ...") may answer it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Answer
from assistant.engine import Assistant, _old_text_check

REPLACED = """NORTHWIND FUNDS
Northwind Growth Fund
Supplement dated April 2, 2020 to the Prospectus

In the section entitled "Redemption Fees," the second paragraph is deleted in its entirety and \
replaced with the following: The Fund will impose a redemption fee of 2.00% on shares held less \
than 60 days.

Effective March 1, 2020, the following information supersedes and replaces the information \
contained in the section of the Prospectus entitled "Automatic Withdrawal Plan": You may \
withdraw a fixed amount each month once your account holds at least $5,000.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What did the second paragraph of the Redemption Fees section say before it was replaced?",
        "What did the Automatic Withdrawal Plan section say before it was replaced on March 1, "
        "2020?",
        "what was the original language of the redemption fee paragraph?",
    ],
)
def test_the_old_text_of_a_replacement_that_prints_only_the_new_is_not_stated(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": REPLACED}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


def test_the_new_text_is_still_answered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": REPLACED}).ask(
        "What does the new Redemption Fees paragraph say?", doc="s.txt"
    )
    assert answer.answered and "2.00%" in answer.answer


def test_evidence_marking_the_earlier_words_may_answer(
    answer_citing: Callable[[str], Answer],
) -> None:
    q = "What did the Minimum Investments section say before the change?"
    marked = 'The first sentence currently reads: "The minimum initial investment is $2,500."'
    assert _old_text_check(q, answer_citing(marked)) is None
    only_new = "The first sentence is deleted and replaced with the following: $1,000 minimum."
    check = _old_text_check(q, answer_citing(only_new))
    assert check is not None and not check.ok
    # (a question for the new text is not checked)
    assert _old_text_check("What does the new section say?", answer_citing(only_new)) is None
