"""An expense cap, an expense limit, a management or 12b-1 fee and operating expenses are rates:
stated as a percentage, never by the dollars of a costs example ("Institutional Class | $75 |
$253"), whatever words the example's row shares with the question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

HEAD = (
    "<html><body><p>HALVARD FUNDS</p><p>Halvard Balanced Fund</p>"
    "<p>Supplement dated February 14, 2025 to the Prospectus dated May 1, 2024</p>"
    "<h2>Halvard Balanced Fund - New Expense Limitation Agreement</h2>"
)
EXAMPLE = (
    "<p>The Example for the Balanced Fund is replaced with the following:</p><table>"
    "<tr><td></td><td>1 Year</td><td>3 Years</td><td>5 Years</td><td>10 Years</td></tr>"
    "<tr><td>Investor Class</td><td>$100</td><td>$331</td><td>$581</td><td>$1,298</td></tr>"
    "<tr><td>Institutional Class</td><td>$75</td><td>$253</td><td>$446</td><td>$1,005</td></tr>"
    "</table></body></html>"
)
CAPPED = (
    HEAD + "<p>Effective March 1, 2025, the Adviser has contractually agreed to waive its fee so "
    "that the Balanced Fund's Total Annual Fund Operating Expenses After Fee Waiver do not "
    "exceed 0.98% for Investor Class shares and 0.73% for Institutional Class shares.</p>" + EXAMPLE
)
UNCAPPED = HEAD + "<p>The Balanced Fund has no expense limitation agreement.</p>" + EXAMPLE


@pytest.mark.parametrize(
    "question",
    [
        "New expense cap for the Balanced Fund's Institutional Class?",
        "What is the expense limit for Institutional Class shares?",
    ],
)
def test_the_cap_is_the_percentage(
    assistant_over: Callable[[dict[str, str]], Any], question: str
) -> None:
    answer = assistant_over({"c.html": CAPPED}).ask(question, doc="c.html")
    assert answer.answered and list(answer.items) == ["0.73%"], answer.answer


def test_no_cap_is_no_example_s_dollars(assistant_over: Callable[[dict[str, str]], Any]) -> None:
    answer = assistant_over({"u.html": UNCAPPED}).ask(
        "New expense cap for the Balanced Fund's Institutional Class?", doc="u.html"
    )
    assert not any("$" in item for item in answer.items), answer.answer
