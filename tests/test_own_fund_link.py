"""A question asked of one filing names its fund by the words that tell it from the filing's
other funds ("the Global Allocation Fund" of "Northbeam Peak Global Allocation Fund"): that
fund, though another family's fund of a shorter name ("Ridgeway Global Allocation Fund") is
the closer match in the whole index."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

RENAMES = (
    "<html><body><p>NORTHBEAM PEAK SERIES TRUST</p>"
    "<p>Northbeam Peak Large Cap Value Fund</p><p>Northbeam Peak Global Allocation Fund</p>"
    "<p>Northbeam Peak Ultra Short Bond Fund</p>"
    "<p>Supplement dated November 10, 2025 to the Prospectus dated February 28, 2025</p>"
    "<h2>Fund Name Changes</h2><p>The Board has approved the following changes to the names "
    "of two Funds, effective January 28, 2026.</p><table>"
    "<tr><td>Current Name</td><td>New Name</td></tr>"
    "<tr><td>Northbeam Peak Large Cap Value Fund</td><td>Northbeam Peak Value Equity Fund</td>"
    "</tr><tr><td>Northbeam Peak Global Allocation Fund</td>"
    "<td>Northbeam Peak Multi-Asset Fund</td></tr></table>"
    "<p>The name of the Northbeam Peak Ultra Short Bond Fund will not change.</p></body></html>"
)
OTHER = (
    "RIDGEWAY FUNDS\nRidgeway Global Allocation Fund\n\n"
    "Supplement dated March 3, 2025 to the Prospectus dated May 1, 2024\n\n"
    "The Ridgeway Global Allocation Fund's portfolio managers are Jane Holt and Omar Reyes. "
    "The name of the Ridgeway Large Cap Value Fund will not change.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Global Allocation Fund's new name?", ["Northbeam Peak Multi-Asset Fund"]),
        ("What is the Large Cap Value Fund's new name?", ["Northbeam Peak Value Equity Fund"]),
    ],
)
def test_the_filing_s_own_fund(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: list[str]
) -> None:
    filings = {"r.html": RENAMES, "o.txt": OTHER, "p.txt": OTHER.replace("Ridgeway", "Halvard")}
    answer = assistant_over(filings).ask(question, doc="r.html")
    assert answer.answered and list(answer.items) == expected, answer.answer
