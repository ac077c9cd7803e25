"""A date that describes the filing asked about ("per the supplement to the April 28, 2010
prospectus", "the November 2015 filing") is one of its own dates: its supplement's, its
changes', the day EDGAR records it was filed (written "2015-11-20" there), and the dates of the
documents it supplements; and an index fund "follows" the index it tracks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _own_dates
from index.model import DocMeta

PAYOUT = """NORTHWIND MANAGED PAYOUT FUNDS
Supplement to the Prospectus Dated April 28, 2010

Each of the Managed Payout Funds invests a portion of its assets in Northwind Total \
International Stock Index Fund, which has begun tracking its new target index, the Harbor \
All Country World ex USA Investable Market Index, previously approved by that fund's board of \
trustees.

The Harbor All Country World ex USA Investable Market Index is a free float-adjusted market \
capitalization index.
"""


def test_a_filings_own_dates() -> None:
    meta = DocMeta(
        doc="f.txt",
        supplement_date="May 1, 2010",
        prospectus_dates=("April 28, 2010",),
        revised_dates=("June 2, 2010",),
        effective_dates=("July 1, 2010",),
        filing_date="2015-11-20",
    )
    assert _own_dates(meta) == (
        "May 1, 2010",
        "July 1, 2010",
        "November 20, 2015",
        "April 28, 2010",
        "June 2, 2010",
    )
    assert _own_dates(DocMeta(doc="g.txt")) == ()


@pytest.mark.parametrize(
    "question",
    [
        "According to the Managed Payout Funds supplement to the April 28, 2010 prospectus, "
        "which new benchmark index does Northwind Total International Stock Index Fund now "
        "follow?",
        "Per the supplement to the April 28, 2010 prospectus, which new target index does the "
        "Total International Stock Index Fund track?",
    ],
)
def test_the_prospectus_date_describes_the_filing(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": PAYOUT}).ask(question, doc="p.txt")
    assert a.answered and "has begun tracking" in a.answer, a.answer
