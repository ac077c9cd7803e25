"""A question asking which share class ("which share class is closing?", "what class of
shares will be renamed Class I?") is answered with the classes the best sentence names (not
those the question names itself), "all share classes" when that is what the filing says, and
not at all when no sentence names a class."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.share_classes import share_classes
from assistant.understand import understand

CLOSING = """NORTHWIND FUNDS
Supplement dated August 2, 2010 to the Prospectus

Effective after the close of business on September 1, 2010, Class B shares will be closed to \
new accounts and additional purchases by existing shareholders.

Existing shareholders of Class B shares may continue to exchange their Class B shares for \
Advisor B Class shares of Northwind Treasury Fund until they convert to Class A shares.
"""
MERGING = """NORTHWIND SERIES TRUST
Supplement dated March 2, 2015 to the Prospectus

Effective July 1, 2015, Class Y shares of the Fund will be combined with Class I shares, and \
holders of Class Y shares will receive Class I shares of equal value.
"""
REMOVED = """NORTHWIND ALLOCATION FUND
Supplement dated May 15, 2013 to the Prospectus

Effective immediately, all references to Dana Lee as a portfolio manager are removed for all \
share classes of the Fund.
"""
NO_CLASS = """NORTHWIND GROWTH FUND
Supplement dated May 15, 2013 to the Prospectus

Effective June 1, 2013, the Fund will be closed to new investors.
"""


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Which share class is being shut to new accounts?", "class"),
        ("What class of shares will Class Y holders receive?", "class"),
        ("Which share classes does the supplement cover?", "class"),
        ("What is the Class A sales charge?", "amount"),
        ("When will Class B shares close?", "date"),
    ],
)
def test_which_class_asks_for_classes(question: str, answer_type: str) -> None:
    assert understand(question).answer_type == answer_type


@pytest.mark.parametrize(
    ("filing", "question", "classes"),
    [
        (CLOSING, "Which share class is being shut to new accounts?", ("Class B",)),
        (CLOSING, "Which share class will be closed to new accounts after September 1, 2010?",
         ("Class B",)),
        (MERGING, "Which share class will be combined with Class I?", ("Class Y",)),
        (MERGING, "Which share class of the Fund gets the Class Y holders' shares?", ("Class I",)),
        (REMOVED, "For which share classes are the references to Dana Lee removed?",
         ("all share classes",)),
    ],
)  # fmt: skip
def test_the_classes_the_sentence_names_are_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    question: str,
    classes: tuple[str, ...],
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert a.answered and a.items == classes, (a.answer, a.items)


def test_no_class_named_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"f.txt": NO_CLASS}).ask(
        "Which share class will be closed to new investors?", doc="f.txt"
    )
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("for Advisor B Class shares of the Treasury Fund", ("Advisor B Class",)),
        ("Class A, Class C and Institutional Class shares", ("Class A", "Class C",
                                                              "Institutional Class")),
        ("Classes A, B and C", ("Class A", "Class B", "Class C")),
        ("the R6 class", ("Class R6",)),
    ],
)  # fmt: skip
def test_the_classes_a_text_names(text: str, classes: tuple[str, ...]) -> None:
    assert share_classes(text) == classes


def test_every_class_at_once_is_a_class_answer() -> None:
    assert spans.of_type("class", "removed for each class of the Fund") == ["each class"]
    assert spans.of_type("class", "the Fund will close to new investors") == []
