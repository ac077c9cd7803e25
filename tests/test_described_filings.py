"""A corpus-wide question that describes its filing by date and brand ("the December 2018
Janus multi-fund supplement", "the June 2012 Ashgrove SAI supplement") is asked of the filings
so dated whose cover carries the brand; words that say what kind of supplement it is
("multi-fund", "liquidity-risk") may stand between."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

RULE = """ASHGROVE INVESTMENT FUND
Ashgrove Balanced Fund
Ashgrove Enterprise Fund

Supplement dated December 3, 2018 to Currently Effective Prospectuses

Effective December 1, 2018, the Securities and Exchange Commission has adopted a new rule, \
Rule 22e-4, that requires registered open-end investment companies to establish a liquidity \
risk management program.
"""
OTHER = """NORTHWIND TRUST
Northwind Income Fund

Supplement dated December 3, 2018 to the Prospectus

Effective December 1, 2018, the Securities and Exchange Commission has adopted a new rule, \
Rule 30e-3, that requires registered open-end investment companies to establish a liquidity \
risk management program and a program of electronic delivery of shareholder reports.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which SEC rule requiring a liquidity risk management program does the December 2018 "
        "Ashgrove multi-fund supplement discuss?",
        "In the December 2018 Ashgrove liquidity-risk supplement, which rule requires a "
        "liquidity risk management program?",
    ],
)
def test_a_filing_described_by_date_and_brand(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"a.txt": RULE, "n.txt": OTHER}).ask(question)
    assert a.answered and "Rule 22e-4" in a.answer, a.answer
    assert {c.doc for c in a.citations} == {"a.txt"}
