"""A value asked for a period before the latest one is not the value a sentence gives for the
latest period."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

TURNOVER = """NORTHWIND HIGH YIELD FUND
Summary Prospectus dated March 1, 2025

Portfolio Turnover

The Fund pays transaction costs when it buys and sells securities. During the most recent \
fiscal year, the Fund's portfolio turnover rate was 60% of the average value of its portfolio.
"""
BOTH_YEARS = TURNOVER.replace(
    "of the average value of its portfolio.",
    "of the average value of its portfolio. During the prior fiscal year, the Fund's portfolio "
    "turnover rate was 48% of the average value of its portfolio.",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the fund's portfolio turnover rate in the fiscal year before its most recent "
        "one?",
        "What was the portfolio turnover rate in the prior fiscal year?",
        "Turnover rate for the previous fiscal year?",
    ],
)
def test_the_latest_periods_value_is_no_answer_for_an_earlier_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TURNOVER}).ask(question, doc="t.txt")
    assert not a.answered, a.answer
    assert "60%" not in a.items


def test_the_earlier_periods_value_answers_when_stated(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": BOTH_YEARS}).ask(
        "What was the portfolio turnover rate in the prior fiscal year?", doc="t.txt"
    )
    assert a.answered and "48%" in a.answer and "60%" not in a.items, a.answer


def test_the_latest_periods_value_answers_for_the_latest(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": TURNOVER}).ask(
        "What was the portfolio turnover rate in the most recent fiscal year?", doc="t.txt"
    )
    assert a.answered and "60%" in a.answer, a.answer
