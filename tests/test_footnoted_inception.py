"""An inception date a performance table's header gives with a footnote mark, the note below
naming whose it is ("Since Inception 11/2/2015(1)" ... "(1) Institutional Class inception
date."), answers for that class only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FUND = """NORTHWIND CAPITAL APPRECIATION FUND
Summary Prospectus dated May 1, 2025

Average Annual Total Returns for Periods Ended December 31, 2024

| 1 year | 5 years | 10 years | Since Inception 11/2/2015(1) |

| Investor Class Return before taxes | 21.23% | 10.19% | 9.67% |

| Institutional Class Return before taxes | 21.50% | 10.48% | 10.58% |

(1) Institutional Class inception date.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"f.txt": FUND})


@pytest.mark.parametrize(
    "question",
    [
        "When did the Institutional Class start?",
        "What is the inception date of the Institutional Class shares?",
    ],
)
def test_the_footnoted_inception_date_of_the_class(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert list(a.items) == ["11/2/2015"], a.answer
    assert len(a.citations) == 2


def test_no_date_for_a_class_the_note_does_not_name(assistant: Assistant) -> None:
    a = assistant.ask("When did the Investor Class start?", doc="f.txt")
    assert "11/2/2015" not in a.items, a.answer
