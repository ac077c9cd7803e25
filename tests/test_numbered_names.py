"""A fund's name followed by a number ("Aggressive Growth Portfolio II") is another fund's: a
change of the numbered fund does not answer a question about the fund without the number, and
the other way round."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """LARCHWOOD SERIES TRUST
SUPPLEMENT DATED DECEMBER 6, 2013 TO THE PROSPECTUS DATED APRIL 29, 2013

Effective January 7, 2014, Larchwood Forty Portfolio is renamed Larchwood Aggressive Growth \
Portfolio II.

The Board approved the reorganization of Larchwood Balanced Strategy Portfolio into Larchwood \
Moderate Allocation Portfolio, subject to shareholder approval.
"""


@pytest.mark.parametrize(
    "question",
    [
        "After the merger, what will Larchwood Aggressive Growth Portfolio be renamed?",
        "What is the new name of Larchwood Aggressive Growth Portfolio?",
    ],
)
def test_a_change_of_the_numbered_fund_is_not_the_unnumbered_ones(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"n.txt": FILING}).ask(question)
    assert "Larchwood Forty Portfolio is renamed" not in a.answer, a.answer
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What was Larchwood Aggressive Growth Portfolio II called before?",
        "What is the former name of Larchwood Aggressive Growth Portfolio II?",
    ],
)
def test_the_numbered_fund_is_named_by_its_number(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"n.txt": FILING}).ask(question)
    assert a.answered, a.answer
    assert "Larchwood Forty Portfolio" in a.answer, a.answer


NUMBERED_ONLY = """QUARRY INVESTORS TRUST
Quarry Resolute Fund I
SUPPLEMENT DATED DECEMBER 20, 2012 TO THE PROSPECTUS DATED AUGUST 31, 2012

At a meeting held on December 11, 2012, the Board approved changes to the principal \
investment strategies of the Quarry Resolute Fund I (the "Fund").
"""


@pytest.mark.parametrize(
    "question",
    [
        "When did the board approve the Quarry Resolute Fund I strategy changes?",
        "when were changes to quarry resolute fund I's strategies approved",
    ],
)
def test_a_question_naming_the_number_names_the_numbered_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"q.txt": NUMBERED_ONLY}).ask(question)
    assert a.answered, a.answer
    assert "December 11, 2012" in a.answer, a.answer


def test_a_question_without_the_number_names_another_fund(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"q.txt": NUMBERED_ONLY}).ask(
        "When did the board approve the Quarry Resolute Fund strategy changes?"
    )
    assert not a.answered, a.answer
    assert "Quarry Resolute Fund" in a.answer, a.answer
