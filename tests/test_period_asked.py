"""An amount asked for a period in years ("the 10-year average annual return") must be stated
for that period: a performance row whose columns are 1 year, 5 years and since inception does
not state a 10-year return, nor does an expense example's "$1,190 (10 years)" state a return,
which is a percentage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """<html><body>
<p>HOLLYBROOK MICROCAP FUND</p>
<p>Supplement dated October 23, 2024 to the Summary Prospectus dated May 1, 2024</p>
<p><b>Example</b></p>
<p>This Example assumes that you invest $10,000 in the Fund for the time periods indicated, \
that your investment has a 5% return each year and that operating expenses remain the same.</p>
<table>
<tr><td></td><td>1 Year</td><td>3 Years</td><td>5 Years</td><td>10 Years</td></tr>
<tr><td>Institutional Shares</td><td>$153</td><td>$474</td><td>$818</td><td>$1,190</td></tr>
</table>
<p><b>Average Annual Total Returns</b></p>
<p>(For the periods ended December 31, 2023)</p>
<table>
<tr><td></td><td>1 Year</td><td>5 Years</td><td>Since Inception 07/18/14</td></tr>
<tr><td>Institutional Shares - Return Before Taxes</td><td>17.41%</td><td>11.28%</td>\
<td>8.36%</td></tr>
<tr><td>Institutional Shares - Return After Taxes on Distributions</td><td>17.41%</td>\
<td>10.49%</td><td>7.11%</td></tr>
</table>
<p><b>Management</b></p>
<p>The Fund is managed by its investment adviser.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Institutional Shares 10-yr average annual total return?",
        "What is the ten-year average annual return of the Institutional Shares?",
        "what's the 10 year return before taxes for Institutional Shares",
    ],
)
def test_a_period_the_table_lacks_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.htm": FILING}).ask(question)
    assert not a.answered, a.answer
    assert "17.41%" not in a.answer and "$1,190" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Institutional Shares 5-year average annual total return before taxes?",
        "What is the 5 year return before taxes of the Institutional Shares?",
    ],
)
def test_a_period_the_table_has_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.htm": FILING}).ask(question)
    assert a.answered, a.answer
    assert "11.28%" in a.answer, a.answer


def test_an_expense_example_over_ten_years_still_answers_its_cost(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"p.htm": FILING}).ask(
        "What would Institutional Shares cost over 10 years in the expense example?"
    )
    assert a.answered, a.answer
    assert "$1,190" in a.answer, a.answer


SHORT_ROWS = """<html><body>
<p>MAPLEWOOD SMALL CAP FUND</p>
<p>Supplement dated May 1, 2025 to the Prospectus dated May 1, 2025</p>
<p><b>Average Annual Total Returns</b> (for the periods ended December 31, 2024)</p>
<table>
<tr><td></td><td>1 year</td><td>5 years</td><td>10 years</td>\
<td>Since Inception 11/1/2015(1)</td></tr>
<tr><td>Investor Class</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Return before taxes</td><td>14.24%</td><td>10.46%</td><td>10.40%</td></tr>
<tr><td>Institutional Class</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Return before taxes</td><td>14.50%</td><td>10.73%</td><td>11.04%</td></tr>
<tr><td>Russell 2000 Index</td><td>11.54%</td><td>7.40%</td><td>7.82%</td><td>8.86%</td></tr>
</table>
<p>(1) Institutional Class inception date.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Institutional Class 10-year average annual return?",
        "What is the ten year return before taxes of the Institutional Class?",
        "Investor Class 10-yr return before taxes",
    ],
)
def test_a_row_with_fewer_values_than_periods_is_not_read_by_period(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # three values under four period columns: which period each is of, the layout leaves open
    a = assistant_over({"m.htm": SHORT_ROWS}).ask(question)
    assert not a.answered, a.answer
    assert "11.04%" not in a.answer and "10.40%" not in a.answer, a.answer


def test_a_full_row_under_the_same_header_is_read(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.htm": SHORT_ROWS}).ask(
        "What is the 10-year return of the Russell 2000 Index?"
    )
    assert a.answered, a.answer
    assert "7.82%" in a.answer, a.answer
