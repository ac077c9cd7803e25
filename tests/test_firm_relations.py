"""How two firms are related ("How is X related to Y?", "What is the relationship between X
and Y?") is read from the phrase a filing sets beside the first's name: "X, LLC, an affiliate
of Y", "X (a wholly owned subsidiary of Y)"; a filing that names both without joining them so
gives no such answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

JOINED = """NORTHWIND SELECT PORTFOLIOS
Supplement dated March 1, 2014 to the Prospectus

Previously the group fee rate component of certain funds' management fees was based on the \
monthly average net assets of all of the funds with which Northwind Management has management \
contracts. For this purpose, the average net assets of any mutual funds previously advised by \
Northwind Management that currently are advised by Harborgate SelectCo, LLC are included.

Going forward, Northwind Management has agreed that assets of the sector funds will continue to \
be counted even after Harborgate SelectCo, LLC, an affiliate of Northwind Management, has \
assumed management responsibilities for certain sector funds.

The Fund's custodian is Cedarhaven Trust Company (a wholly owned subsidiary of Bluebrook \
Financial Corp.).
"""
UNJOINED = """NORTHWIND SELECT PORTFOLIOS
Supplement dated March 1, 2014 to the Prospectus

Northwind Management and Harborgate SelectCo, LLC each manage certain sector funds.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How is Harborgate SelectCo, LLC related to Northwind Management?",
         "an affiliate of Northwind Management"),
        ("how is Harborgate SelectCo related to Northwind Management", "an affiliate of"),
        ("What is the relationship between Cedarhaven Trust Company and Bluebrook Financial?",
         "a wholly owned subsidiary of Bluebrook Financial Corp"),
    ],
)  # fmt: skip
def test_the_phrase_joining_two_firms_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    answer = assistant_over({"s.txt": JOINED}).ask(question, doc="s.txt")
    assert answer.answered and said in answer.answer, answer.answer
    # (the phrase itself is the answer's item, cited to its sentence)
    assert answer.items and said in answer.items[0], answer.items
    assert answer.citations and answer.citations[0].doc == "s.txt"


def test_firms_named_apart_are_not_said_to_be_related(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"u.txt": UNJOINED}).ask(
        "How is Harborgate SelectCo, LLC related to Northwind Management?", doc="u.txt"
    )
    assert "affiliate" not in answer.answer and "subsidiary" not in answer.answer
