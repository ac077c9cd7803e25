"""A question for the earlier side of a change (the previous index, the former benchmark) is not
answered by a passage that names only the new one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """Ridgeview Index Funds
Supplement dated June 4, 2014 to the Prospectus dated February 26, 2014

"""

NEW_ONLY = HEAD + (
    "Effective June 2, 2014, Ridgeview Global Equity Index Fund has begun tracking its new target "
    "index, the Corvan All World Investable Index. The new target index could provide different "
    "investment returns than the earlier one.\n"
)

BOTH_SIDES = HEAD + (
    "Effective June 2, 2014, Ridgeview Global Equity Index Fund changed its target index from the "
    "Belmark Developed Markets Index to the Corvan All World Investable Index.\n"
)

EARLIER = [
    "What is the fund's former benchmark index?",
    "Name the fund's previous benchmark index.",
    "What was the former target index?",
]


@pytest.mark.parametrize("question", EARLIER)
def test_the_new_index_alone_does_not_answer_the_earlier(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"n.txt": NEW_ONLY}).ask(question)
    assert not a.answered, a.answer
    assert "before the change" in a.answer
    assert a.related  # the closest passage is still shown


@pytest.mark.parametrize("question", EARLIER)
def test_a_change_naming_both_sides_answers_the_earlier(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BOTH_SIDES}).ask(question)
    assert a.answered, a.answer
    assert "Belmark Developed Markets Index" in a.answer


def test_the_new_index_is_still_the_new_one(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"n.txt": NEW_ONLY}).ask(
        "What is the new target index of Ridgeview Global Equity Index Fund?"
    )
    assert a.answered and "Corvan All World Investable Index" in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which index did Ridgeview Global Equity Index Fund track before the change?",
        "What was the name of the index the fund tracked prior to the change?",
    ],
)
def test_before_the_change_asks_the_earlier_side(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the new index in brackets after its long name is on the new side too
    text = NEW_ONLY.replace(
        "Investable Index.", "Investable Index (Corvan AWI Index), previously approved."
    )
    a = assistant_over({"n.txt": text}).ask(question)
    assert not a.answered and "Corvan" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What new target index does Ridgeview Global Equity Index Fund track?",
        "Which new benchmark index does the fund track?",
    ],
)
def test_the_new_index_a_fund_tracks(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # (an index asked as a side of a change, not the fund's objective)
    a = assistant_over({"n.txt": NEW_ONLY}).ask(question)
    assert a.answered and "Corvan All World Investable Index" in a.answer, a.answer
