"""The expense example of a fund with one class: a row of values with no label ("$66 | $260")
under period columns in words ("One Year | Three Years"), named by the paragraph above it
("Example. ... assumes that you invest $10,000 ..."), whose assumptions are the row's
conditions. Questions write the periods in figures, several at once, and sums short ("$10k")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _measure_parts
from assistant.phrasing import rephrase

EXAMPLE = """NORTHWIND MULTISECTOR BOND ETF
Summary Prospectus dated August 6, 2025

Example. This Example is intended to help you compare the cost of investing in the Fund with \
the cost of investing in other funds. The Example assumes that you invest $10,000 in the Fund \
for the time periods indicated and then sell all of your shares at the end of those periods, \
and that the Fund's operating expenses remain the same. Your costs would be:

| One Year | Three Years |

| $66 | $260 |

Portfolio Turnover. The Fund pays transaction costs when it buys and sells securities.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"ex.txt": EXAMPLE})


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("What would the expense example cost over 1 year?", ["$66"]),
        ("Expense example: cost over 1 year and 3 years?", ["$66", "$260"]),
        ("Expense example: cost over 1 year and 3 years on $10k?", ["$66", "$260"]),
        ("In the Example, what are the costs for three years?", ["$260"]),
    ],
)
def test_the_unlabelled_row_of_the_example(
    assistant: Assistant, question: str, items: list[str]
) -> None:
    a = assistant.ask(question, doc="ex.txt")
    assert a.answered, a.answer
    assert list(a.items) == items


def test_a_sum_the_example_does_not_assume_is_no_condition_it_meets(assistant: Assistant) -> None:
    a = assistant.ask("Expense example: cost over 1 year on $50k?", doc="ex.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "phrased"),
    [
        ("Cost on $10k?", "Cost on $10,000?"),
        ("Funds with assets over $2.5M?", "Funds with assets over $2,500,000?"),
        ("Is it over $3bn?", "Is it over $3,000,000,000?"),
        (
            "Who runs the Voya MM Intl Equity Fund?",
            "Who runs the Voya MM International Equity Fund?",
        ),
    ],
)
def test_short_sums_and_abbreviations_spelt_out(question: str, phrased: str) -> None:
    assert rephrase(question) == phrased


def test_periods_joined_are_one_measure() -> None:
    assert _measure_parts("Expense example: cost over 1 year and 3 years?") == []
    assert _measure_parts("What are the 1, 5 and 10 year returns?") == []
