"""A capitalised phrase that ends in "Fund" or "Portfolio" is no fund's name when the word
starts another phrase ("Exchanging Fund Shares", "Fund Summary", "Portfolio Managers"): a
quoted section title names no fund, and a question asking which fund is not answered by one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("text", "funds"),
    [
        ("in the manner described in the “Purchasing, Selling and Exchanging Fund Shares – How "
         "to Sell Your Fund Shares” section of the Prospectus", []),
        ("see the Northwind Balanced Fund Summary section", []),
        ("the Northwind Balanced Portfolio Managers are listed below", []),
        ("shares of the Northwind Balanced Fund are offered", ["Northwind Balanced Fund"]),
        ("the Northwind Balanced Fund shares were sold", ["Northwind Balanced Fund"]),
        ("the Northwind Income Portfolio, a series of the Trust", ["Northwind Income Portfolio"]),
    ],
)  # fmt: skip
def test_a_fund_word_that_starts_a_phrase_ends_no_name(text: str, funds: list[str]) -> None:
    assert spans.funds(text) == funds


NOTICE = """NORTHWIND FUNDS TRUST

Northwind Clean Energy Fund

Supplement dated August 1, 2025 to the Prospectus dated January 28, 2025

The Board of Trustees has approved a plan of liquidation of the Fund. The Fund is expected to
liquidate on or about August 29, 2025 (the “Liquidation Date”).

Prior to the Liquidation Date, shareholders may redeem their shares in the manner described in
the “Purchasing, Selling and Exchanging Fund Shares – How to Sell Your Fund Shares” section of
the Prospectus.
"""


@pytest.mark.parametrize(
    "question",
    ["Which fund is being wound down?", "Which fund will be liquidated?"],
)
def test_a_section_title_is_not_the_fund_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"n.txt": NOTICE}).ask(question, doc="n.txt")
    assert "Exchanging Fund" not in " ".join(a.items) and "Sell Your Fund" not in " ".join(
        a.items
    ), (a.answer, a.items)
    assert not a.answered or "Northwind Clean Energy Fund" in a.answer, a.answer
