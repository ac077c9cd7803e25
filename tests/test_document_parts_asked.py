"""A question for a part of a document ("which prospectus section explains ...?") asks for the
section, not for the dates of the documents a supplement amends, even when a fund's name says
"Change"; a question for the documents themselves still gets their dates."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

LIQUIDATION = """NORTHWIND GLOBAL ENVIRONMENTAL CHANGE FUND
Supplement dated August 1, 2025 to the Prospectus dated January 28, 2025

The Board has approved the liquidation of the Fund, expected on or about September 30, 2025 \
(the "Liquidation Date"). Prior to the Liquidation Date, shareholders may redeem (sell) their \
shares in the manner described in the "Purchasing, Selling and Exchanging Fund Shares - How to \
Sell Your Fund Shares" section of the Prospectus.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"l.txt": LIQUIDATION})


@pytest.mark.parametrize(
    "question",
    [
        "Which prospectus section explains how to sell Northwind Global Environmental Change "
        "shares before the Liquidation Date?",
        "Which prospectus section describes how to sell shares of the Global Environmental "
        "Change Fund before the Liquidation?",
    ],
)
def test_a_section_asked_is_the_section(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="l.txt")
    assert a.answered, a.answer
    assert "How to Sell Your Fund Shares" in a.answer
    assert "supplements the documents dated" not in a.answer


def test_the_documents_asked_are_their_dates(assistant: Assistant) -> None:
    a = assistant.ask("Which prospectus does this supplement amend?", doc="l.txt")
    assert a.answered, a.answer
    assert "January 28, 2025" in a.answer
