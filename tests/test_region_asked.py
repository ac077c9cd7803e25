"""A question asking for a state or a country by name ("which state ...?") is answered by a
sentence naming one, not by one that only speaks of "a state's interest"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.understand import classify

MUNI = """NORTHWIND MUNICIPAL INCOME FUND
Summary Prospectus dated June 27, 2025

Principal Investment Strategies
The Fund can invest up to 25% of its total assets in tobacco settlement revenue bonds, which \
make payments only from a state's interest in the Master Settlement Agreement.
"""

STATE_FUND = """NORTHWIND TAX-FREE INCOME FUND
Summary Prospectus dated June 27, 2025

Principal Investment Strategies
Under normal market conditions, the Fund invests at least 80% of its net assets in municipal \
securities whose interest is exempt from California personal income tax.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"muni.txt": MUNI, "state.txt": STATE_FUND})


def test_no_state_named_no_answer(assistant: Assistant) -> None:
    a = assistant.ask(
        "Which state makes up the largest share of the Municipal Income Fund's holdings?",
        doc="muni.txt",
    )
    assert not a.answered, a.answer


def test_the_state_named(assistant: Assistant) -> None:
    a = assistant.ask(
        "Which state's personal income tax are the securities exempt from?", doc="state.txt"
    )
    assert a.answered, a.answer
    assert list(a.items) == ["California"], a.answer


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Which state makes up the largest share of holdings?", "state"),
        ("In what country is the sub-adviser organized?", "country"),
        ("What state of incorporation does the trust have?", "state"),
        ("What is the state of the market?", "sentence"),
    ],
)
def test_a_question_for_a_place_by_kind(question: str, answer_type: str) -> None:
    assert classify(question, False)[1] == answer_type


def test_region_spans() -> None:
    assert spans.regions("state", "bonds of New York and New Jersey issuers") == [
        "New York",
        "New Jersey",
    ]
    assert spans.regions("country", "companies in Japan and the United Kingdom") == [
        "Japan",
        "United Kingdom",
    ]
    assert spans.regions("state", "a state's interest in the settlement") == []
