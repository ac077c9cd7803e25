"""An answer whose every item the question already writes tells nothing asked: "what ticker
will the renamed Class I shares use?" is not answered by "Class I", nor "which class will be
renamed Class I?"; the same item is an answer when the question does not write it ("what will
Institutional Class be renamed?") or offers it as a choice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE FUNDS
Harborgate Growth Fund
Supplement dated May 1, 2015 to the Prospectus dated March 1, 2015

Effective July 1, 2015, Institutional Class will be renamed Class I. The features and \
policies of the class will not change.

HGF-15-02 1.900368.111
"""


@pytest.mark.parametrize(
    "question",
    [
        "What ticker symbol will the renamed Class I shares use?",
        "Which ticker will Class I have after the renaming?",
        "Which class will be renamed Class I?",
        "Give me the document number printed next to the HGF-15-02 code.",
    ],
)
def test_the_questions_own_item_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered or "Institutional Class" in answer.items, answer.answer


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("What will Institutional Class be renamed?", "Class I"),
        ("What is the new name of the Institutional Class?", "Class I"),
        ("What form code does the supplement print?", "HGF-15-02"),
    ],
)
def test_an_item_the_question_does_not_write_is_an_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, item: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert item in answer.items
