"""Several measures asked together and answered from sentences: each is read from the cited
passage when the first sentence says only one, and the answer is withheld (saying what was
found) when the filing states only some of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

STATS = """HARBORGATE DAILY 2X ETF
Supplement dated September 9, 2025 to the Prospectus dated June 1, 2025

Estimated Fund Returns

The Underlying Stock's annualized historical volatility rate for the period from June 11, 2025 \
through July 31, 2025 was 64.2%. The Underlying Stock's highest volatility rate during the \
period was 64.2%. The Underlying Stock's annualized total return performance for the period \
from June 11, 2025 through July 31, 2025 was 37.5%.
"""
ONLY_VOLATILITY = STATS.replace(
    " The Underlying Stock's annualized total return performance for the period from June 11, "
    "2025 through July 31, 2025 was 37.5%.",
    "",
)


@pytest.mark.parametrize(
    "question",
    [
        "What were the Underlying Stock's annualized volatility and annualized total return "
        "from June 11 to July 31, 2025?",
        "Underlying Stock: annualized volatility and total return for June 11 - July 31, 2025?",
        "What was the underlying stock's volatility rate and its total return over the period?",
    ],
)
def test_each_measure_asked_is_read_from_the_passage(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": STATS}).ask(question)
    assert a.answered, a.answer
    assert "64.2%" in a.answer and "37.5%" in a.answer, a.answer
    assert a.citations and a.citations[0].doc == "s.txt"


def test_a_measure_the_filing_does_not_state_withholds_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": ONLY_VOLATILITY}).ask(
        "What were the Underlying Stock's annualized volatility and annualized total return "
        "from June 11 to July 31, 2025?"
    )
    assert not a.answered, a.answer
    assert "total return" in a.answer and "64.2%" in a.answer, a.answer
    assert a.related and not a.citations


def test_one_measure_asked_after_a_clause_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # a clause before the wh-word is no second measure
    a = assistant_over({"s.txt": ONLY_VOLATILITY}).ask(
        "For the period from June 11 to July 31, 2025, what was the Underlying Stock's "
        "annualized volatility rate?"
    )
    assert a.answered and "64.2%" in a.answer, a.answer
