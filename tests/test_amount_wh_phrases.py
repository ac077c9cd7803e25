"""A wh-phrase whose head is an amount asks an amount, whatever else the question says: an
acronym of one ("what NAV does the money fund try to keep?"), or one a fund seeks ("what net
asset value does the fund seek to maintain?" asks no objective). An acronym of a fund ("which
ETF structure risks ...?") heads no phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.understand import asked_target, understand

FILING = """HARLOW MONEY MARKET FUND
Supplement dated May 1, 2009 to the Prospectus

The Fund's investment objective is to provide current income consistent with the preservation \
of capital and liquidity. Although the Fund seeks to maintain a stable net asset value (NAV) of \
$1 per share, there can be no guarantee that it will always be able to do so.
"""


@pytest.mark.parametrize(
    ("question", "target", "intent"),
    [
        ("What NAV does the money fund try to keep?", "amount", "amounts"),
        ("What net asset value does the fund seek to maintain?", "amount", "amounts"),
        ("What is the fund's investment objective?", "none", "objective"),
    ],
)
def test_what_an_amount_wh_phrase_asks(question: str, target: str, intent: str) -> None:
    assert asked_target(question)[0] == target
    assert understand(question).intent == intent


def test_a_funds_acronym_heads_no_phrase() -> None:
    assert asked_target("Tradr 2X ETF: which ETF structure risks are listed?")[0] != "fund"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What NAV does the money fund try to keep?", "$1"),
        ("What net asset value does the fund seek to maintain?", "$1"),
        ("What is the fund's investment objective?", "current income"),
    ],
)
def test_an_amount_asked_so_is_answered(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str
) -> None:
    expect_answer(FILING, question, expected)
