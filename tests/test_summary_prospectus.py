"""Questions a fund analyst asks of a summary prospectus (497K), on small HTML filings of our
own: what the objective does not say is not answered with the objective."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

BOND_FUND = (
    "<html><body><p>Harborgate Core Plus Bond Fund</p>"
    "<p>Summary Prospectus dated June 30, 2025</p>"
    "<h2>Investment Objective</h2>"
    "<p>The Fund seeks high total investment return through a combination of current income "
    "and capital appreciation.</p>"
    "<h2>Average Annual Total Returns</h2><table>"
    "<tr><td>(for the periods ended December 31, 2024)</td><td>Past 1 Year</td>"
    "<td>Past 5 Years</td></tr>"
    "<tr><td>Class Y - Return Before Taxes</td><td>0.75%</td><td>0.34%</td></tr>"
    "<tr><td>Summit U.S. Aggregate Bond Index</td><td>1.25%</td><td>-0.33%</td></tr>"
    "</table></body></html>"
)


@pytest.mark.parametrize(
    "question", ["Which index does the fund track?", "Which index is the fund compared with?"]
)
def test_an_objective_that_names_no_index_does_not_answer_for_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    fund = assistant_over({"f.html": BOND_FUND})
    a = fund.ask(question, doc="f.html")
    assert "total investment return" not in a.answer, a.answer
    assert not a.answered or "Summit U.S. Aggregate Bond Index" in a.answer, a.answer


LIMITS = """HARBORGATE MUNICIPAL FUND
Summary Prospectus dated June 27, 2025
The Fund invests at least 80% of its net assets (plus any borrowings for investment purposes)
in municipal securities.

Borrowing and Leverage Risk. The Fund can borrow up to one-third of the value of its total
assets (including the amount borrowed) from banks.
"""


@pytest.mark.parametrize(
    "question",
    ["How much can the fund borrow?", "Up to how much of its assets may the fund borrow?"],
)
def test_a_share_in_words_is_an_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    fund = assistant_over({"m.txt": LIMITS})
    a = fund.ask(question, doc="m.txt")
    assert a.answered and "one-third" in a.answer, a.answer
