"""An objective question is answered by what the filing labels the objective ("Investment
Objective: The Fund seeks ..."), not by another sentence saying what the fund seeks by some
means."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

SUMMARY = """Harborgate BuyWrite ETF
Summary Prospectus dated August 28, 2025

Principal Investment Strategies: The Fund seeks to achieve risk-adjusted returns through
targeted allocations by analyzing interest rates, inflation trends and economic growth
forecasts. The Fund also seeks returns by writing (selling) secured put options.

Investment Objective: The Fund seeks to provide total return, from current income and gains
from long-term capital appreciation.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What does the Harborgate BuyWrite ETF seek?",
        "What does the fund seek?",
        "What is the fund's goal?",
    ],
)
def test_the_labelled_objective_first(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": SUMMARY}).ask(question)
    assert answer.answered, answer.answer
    assert "total return, from current income" in answer.answer, answer.answer
