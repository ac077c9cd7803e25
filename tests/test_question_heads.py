"""What a question asks is read past a named possessor ("what was Frontier Capital's target
allocation?": an amount; "what is Jane Doe's title?" still asks her post); a narrowing word
("weighted" average maturity) must be said; a date a sentence gives a board's approval,
after a connective ("In addition, on ..., contingent upon ..., the Board approved"), is no
date of the event asked; a title set off beside a name ("X, Chief Investment Officer, has
shared responsibility since 2008") does not date the title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

FILING = """NORTHWIND VARIABLE TRUST
Northwind Total Return Bond Portfolio
Northwind Money Market Fund
Supplement dated November 1, 2013 to the Prospectus

Effective May 20, 2013, Harborgate Capital Management, LLC is no longer a sub-adviser of the \
Portfolio.

In addition, on October 22, 2013, contingent upon shareholder approval of the proposed \
Reorganization, a majority of the Board approved a change with respect to the Portfolio's \
sub-adviser from Cedarhaven Investment Company LLC to Northwind Investment Management Co.

The Money Market Fund will invest only in instruments with remaining maturities of thirteen \
months or less.

Jane Q. Doe, Chief Investment Officer - Fixed Income, has shared primary responsibility for the \
management of the Portfolio since 2008.
"""


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("What was Harborgate Capital's target allocation in the Portfolio before May 20, 2013?",
         "amount"),
        ("What is Northwind's management fee?", "amount"),
    ],
)  # fmt: skip
def test_what_is_asked(question: str, answer_type: str) -> None:
    assert understand(question).answer_type == answer_type


@pytest.mark.parametrize(
    "question",
    [
        "What was Harborgate Capital's target allocation in the Portfolio before May 20, 2013?",
        "What is the maximum weighted average maturity of the Money Market Fund?",
        "On what date does Northwind Investment Management Co. take over as sub-adviser of the "
        "Portfolio?",
        "In what year did Jane Doe become Chief Investment Officer - Fixed Income?",
    ],
)
def test_near_misses_are_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the longest remaining maturity the Money Market Fund may hold?",
         "thirteen months"),
        ("When did the Board approve the change of sub-adviser?", "October 22, 2013"),
        ("Since when has Jane Doe shared responsibility for managing the Portfolio?", "2008"),
    ],
)  # fmt: skip
def test_what_is_stated_is_still_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered and expected in answer.answer, answer.answer
