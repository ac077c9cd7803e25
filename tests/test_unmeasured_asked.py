"""A question that asks a reason ("why ...?") or names things by a "which" phrase whose words
name no amount ("which rating agencies", "which credit and rate derivatives") asks for no
amount, whatever amount nouns ("rate", "yield", "turnover") it holds elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.understand import understand


@pytest.mark.parametrize(
    "question",
    [
        "Why does the fund's summary show no portfolio turnover rate?",
        "why is there no fee table for Class R6?",
        "For what reason was the expense cap lowered?",
        "Which rating agencies besides S&P does the high yield fund's prospectus name?",
        "Which credit and rate derivatives may the Fund use?",
        "Which costs does the fund's turnover cause?",
    ],
)
def test_no_amount_is_asked(question: str) -> None:
    u = understand(question)
    assert u.answer_type != "amount", (u.intent, u.answer_type)


@pytest.mark.parametrize(
    "question",
    [
        "What is the fund's portfolio turnover rate?",
        "Which fee is waived for Class A?",
        "Which sales charge applies to purchases of $1 million?",
        "Which minimum applies to IRAs?",
        "How much is the redemption fee, and why is it charged?",
    ],
)
def test_an_amount_is_still_asked(question: str) -> None:
    assert understand(question).answer_type == "amount"


FILING = """NORTHWIND MULTISECTOR BOND ETF
Summary Prospectus dated August 1, 2025

Portfolio Turnover
The Fund pays transaction costs when it buys and sells securities. Because the Fund had not \
commenced operations as of the most recent fiscal year end, no portfolio turnover rate is \
shown.

Principal Investment Strategies
The Fund may, but is not required to, use derivatives, including credit default swaps and \
bond and interest rate futures, to manage its exposure to credit and interest rate risk. The \
Fund's annual operating expenses are limited to 0.45% of its average daily net assets.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which credit and rate derivatives may the Fund use?", "credit default swaps"),
    ],
)
def test_the_sentence_that_answers_it(
    expect_answer: Callable[[str, str, str | None], object], question: str, said: str
) -> None:
    expect_answer(FILING, question, said)
