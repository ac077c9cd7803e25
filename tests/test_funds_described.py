"""Funds asked by a word that describes them by a topic ("which government-focused funds does
the supplement cover?") are those named for the topic, not every fund the filing covers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """NORTHWIND FUNDS
Supplement dated June 1, 2016 to the Prospectuses

For the following Funds (All Northwind Retail Funds):

Northwind Government Money Market Fund
Northwind Government Securities Fund
Northwind Global Equity Fund
Northwind Core Equity Fund
Northwind Asia Income Fund

Effective June 1, 2016, the Funds' transfer agent will change its address.
"""


@pytest.mark.parametrize(
    ("question", "funds"),
    [
        (
            "Which government-focused funds does the supplement cover?",
            {"Northwind Government Money Market Fund", "Northwind Government Securities Fund"},
        ),
        ("Which Asia-oriented funds does this supplement cover?", {"Northwind Asia Income Fund"}),
        (
            "Which equity funds does the supplement cover?",
            {"Northwind Global Equity Fund", "Northwind Core Equity Fund"},
        ),
    ],
)
def test_funds_described_by_a_topic(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, funds: set[str]
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert set(answer.items) == funds, answer.answer
