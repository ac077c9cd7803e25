"""A share class named by any capitalised word before "Class" ("Advantage Class", "Founders
Class") is a class the question asks about: evidence stated for another class does not answer
it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand


@pytest.mark.parametrize(
    ("question", "classes"),
    [
        ("Is the Northwind Advantage Class minimum waived for plans?", ("Advantage Class",)),
        ("What does the Founders Class charge?", ("Founders Class",)),
        ("What is the Investor Class minimum?", ("Investor Class",)),
        ("Each Class pays a distribution fee of what size?", ()),
        ("Which Share Class has the lowest expenses?", ()),
        ("What is the Select Class N fee?", ("Class N",)),
    ],
)
def test_a_class_named_by_a_word_before_class(question: str, classes: tuple[str, ...]) -> None:
    assert understand(question).share_classes == classes


MINIMUMS = """NORTHWIND INTERMEDIATE BOND FUND
Supplement dated September 14, 2009 to the Prospectus dated June 29, 2009

For Investor Class:

There is no minimum balance or initial purchase minimum for assets held in employee benefit \
plans having more than 50 eligible employees or a minimum of $1,000,000 in plan assets.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Is the Northwind Advantage Class minimum waived for employee benefit plans with more "
        "than 50 eligible employees, and if so what's the threshold?",
        "What plan-asset threshold waives the Advantage Class minimum?",
    ],
)
def test_a_minimum_stated_for_another_class_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MINIMUMS}).ask(question, doc="m.txt")
    assert not a.answered, a.answer


def test_the_class_stated_still_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.txt": MINIMUMS}).ask(
        "What plan-asset threshold waives the Investor Class minimum?", doc="m.txt"
    )
    assert a.answered and "$1,000,000" in a.answer, a.answer
