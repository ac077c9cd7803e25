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


@pytest.mark.parametrize(
    ("question", "classes"),
    [
        ("Minimums for Classes A and C?", ("Class A", "Class C")),
        ("Minimums for Class A and C shares?", ("Class A", "Class C")),
        ("Sales charges of Classes A, C and I?", ("Class A", "Class C", "Class I")),
        ("Minimums for A and C shares?", ("Class A", "Class C")),
        ("Minimums for the Investor and Institutional classes?",
         ("Investor Class", "Institutional Class")),
        ("Minimums for Investor and Institutional Class shares?",
         ("Investor Class", "Institutional Class")),
        ("Fees of the Advisor, Institutional and Retail share classes?",
         ("Advisor Class", "Institutional Class", "Retail Class")),
        # an article before each name ("the Investor vs the Institutional Class")
        ("Other Expenses for the Investor vs the Institutional Class?",
         ("Investor Class", "Institutional Class")),
        ("Minimums for the Investor and the Institutional classes?",
         ("Investor Class", "Institutional Class")),
        ("Can I and my spouse buy shares?", ()),
    ],
)  # fmt: skip
def test_classes_named_together(question: str, classes: tuple[str, ...]) -> None:
    assert understand(question).share_classes == classes


TWO_CLASSES = """NORTHWIND BALANCED FUND
Summary Prospectus dated May 1, 2025

Purchase and sale of Fund shares

The minimum initial investment in the Fund is $1,000 to purchase Investor Class shares and \
$100,000 to purchase Institutional Class shares. Additional investments can be made in any \
amount.

Fees and Expenses

The Adviser has agreed to waive fees so that net expenses of the Institutional Class do not \
exceed 0.83% through June 30, 2026.
"""


def test_a_class_asked_with_another_measure_needs_both(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # the $1,000 is the Investor Class's: it is no value of the second measure asked
    a = assistant_over({"t.txt": TWO_CLASSES}).ask(
        "Institutional Class: minimum initial investment and net expenses after the waiver?",
        doc="t.txt",
    )
    assert not a.answered or "0.83%" in a.answer, a.answer
    assert "$1,000" not in a.items
