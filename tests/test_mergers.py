"""Mergers and reorganizations: a fund's merger is not read from "Acquired Fund Fees and
Expenses", a "combined total" of fees, or a firm's own corporate reorganization."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FUND_OF_FUNDS = """Larchwood Multisector Bond ETF
Summary Prospectus dated August 6, 2025

Fees and Expenses of the Fund

Acquired Fund Fees and Expenses (2) | 0.05%

(2) This number represents the combined total fees and operating expenses of the Acquired
Funds owned by the Larchwood Multisector Fund and is not a direct expense incurred by the
Larchwood Multisector Fund.
"""

FIRM_REORGANIZED = """Larchwood International Fund
Supplement dated April 1, 2015 to the Prospectus dated March 1, 2015

Effective April 1, 2015, following an internal corporate reorganization, Northgate Investment
Management (U.K.) Limited is carrying on the business of Northgate Research Company, the
Fund's sub-adviser.
"""

MERGER = """Larchwood Global Infrastructure Fund
Supplement dated November 12, 2013 to the Prospectus dated May 1, 2013

On November 11, 2013, the Board of Directors approved a proposed merger under which the assets
of the Fund would be transferred to the Larchwood Real Assets Fund in exchange for shares of
that fund.
"""


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (FUND_OF_FUNDS, "Into which fund will the fund be merged?"),
        (FIRM_REORGANIZED, "Will the fund be reorganized?"),
    ],
)
def test_no_merger_of_the_fund_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    answer = assistant_over({"f.txt": text}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Into which fund will the fund be merged?", "Is the fund merging with another fund?"],
)
def test_a_merger_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"merger.txt": MERGER}).ask(question)
    assert answer.answered, answer.answer
    assert "Larchwood Real Assets Fund" in answer.answer


REORGANIZATIONS = """<html><body>
<p>SUPPLEMENT DATED NOVEMBER 21, 2013</p>
<p>On November 20, 2013, the Board of Trustees of the Harborgate Series Trust approved proposals
to reorganize certain series (the "Acquired Portfolios") into other series (the "Acquiring
Portfolios"). The proposed reorganizations are as follows:</p>
<table>
<tr><td>Acquired Portfolio</td><td>Acquiring Portfolio</td></tr>
<tr><td>Harborgate Growth Portfolio II (formerly, Larchmont Forty Portfolio), a series of HST</td>
<td>Harborgate Growth Portfolio, a series of HST</td></tr>
</table>
</body></html>
"""


def test_the_former_name_asked_is_not_the_funds_own_from_a_table(assistant_over) -> None:  # type: ignore[no-untyped-def]
    """A table cell naming the fund asked about, with what the table says after it (", a
    series of X"), is the question's own name: no former name of it."""
    a = assistant_over({"r.html": REORGANIZATIONS}).ask(
        "What was the former name of Harborgate Growth Portfolio, the acquiring portfolio?",
        doc="r.html",
    )
    assert not a.answered, a.answer  # (Larchmont Forty was the other portfolio's name)
