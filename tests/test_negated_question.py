"""A free-text question that negates ("What do shareholders who haven't sold get?") is
answered, of sentences that say as much of it, by one that negates too ("those that do not
redeem ..."), not by the one before it about those who do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

LIQUIDATION = """NORTHWIND FUNDS TRUST
Northwind Clean Energy Fund
Supplement dated August 1, 2025 to the Prospectus

The Fund is expected to cease operations and liquidate on or about August 29, 2025 (the \
"Liquidation Date").

Prior to the Liquidation Date, shareholders may redeem (sell) their shares in the manner \
described in the "Purchasing, Selling and Exchanging Fund Shares - How to Sell Your Fund \
Shares" section of the Prospectus. For those Fund shareholders that do not redeem (sell) their \
shares prior to the Liquidation Date, the Fund will distribute to each such shareholder, on or \
promptly after the Liquidation Date, a liquidating cash distribution equal in value to the \
shareholder's interest in the net assets of the Fund as of the Liquidation Date.
"""
WAIVER = """NORTHWIND FUNDS TRUST
Supplement dated March 1, 2019 to the Prospectus

Shareholders who redeem within 90 days of purchase pay a redemption fee of 2.00% of the \
amount redeemed. Shareholders who do not redeem within 90 days of purchase pay no redemption \
fee and keep the full amount of their investment.
"""


@pytest.mark.parametrize(
    ("filing", "question", "said"),
    [
        (LIQUIDATION, "What do shareholders who haven't sold by the Liquidation Date get?",
         "liquidating cash distribution"),
        (LIQUIDATION, "What happens to shareholders who do not sell before the Liquidation Date?",
         "liquidating cash distribution"),
        (WAIVER, "What happens to shareholders who don't redeem within 90 days of purchase?",
         "keep the full amount"),
    ],
)  # fmt: skip
def test_a_negated_question_is_answered_by_the_sentence_that_negates(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str, said: str
) -> None:
    assert understand(question).answer_type == "sentence"
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert a.answered and said in a.answer, a.answer


def test_a_question_that_does_not_negate_keeps_the_first(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"f.txt": WAIVER}).ask(
        "What happens to shareholders who redeem within 90 days of purchase?", doc="f.txt"
    )
    assert a.answered and "2.00%" in a.answer, a.answer
