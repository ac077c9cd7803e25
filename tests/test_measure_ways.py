"""A measure asked one way is not answered by a row stating it the other way: after-tax returns
by "Return Before Taxes", the total before the fee waiver by the total after it. A performance
row that names no share class ("Return After Taxes on Distributions") belongs to the class of
the nearest row above that names one, not to a class named in the text above the table."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

PERFORMANCE = """<html><body>
<p>OSPREY LARGE CAP GROWTH FUND</p>
<p>Supplement dated June 30, 2025 to the Summary Prospectus dated May 1, 2025</p>
<p><b>Average Annual Total Returns</b></p>
<p>After-tax returns are shown for Class Y shares only; after-tax returns for Class A, Class C \
and Class N shares will vary.</p>
<table>
<tr><td>(for the periods ended December 31, 2024)</td><td>Past 1 Year</td><td>Past 5 Years</td>\
<td>Past 10 Years</td></tr>
<tr><td>Class Y - Return Before Taxes</td><td>10.09%</td><td>13.17%</td><td>11.91%</td></tr>
<tr><td>Return After Taxes on Distributions</td><td>9.04%</td><td>10.72%</td><td>9.91%</td></tr>
<tr><td>Return After Taxes on Distributions and Sale of Fund Shares</td><td>5.97%</td>\
<td>9.78%</td><td>9.18%</td></tr>
<tr><td>Class A - Return Before Taxes</td><td>3.54%</td><td>11.57%</td><td>10.97%</td></tr>
<tr><td>Class C - Return Before Taxes</td><td>8.01%</td><td>12.05%</td><td>10.96%</td></tr>
</table>
<p><b>Management</b></p>
<p>The Fund is managed by its investment adviser.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "What are the Class A after-tax returns?",
        "Class C return after taxes on distributions?",
        "what is the class A 5-year return after taxes",
    ],
)
def test_after_tax_returns_of_a_class_that_shows_none(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.htm": PERFORMANCE}).ask(question)
    assert not a.answered, a.answer
    for value in ("3.54%", "8.01%", "9.04%", "5.97%"):
        assert value not in a.answer, a.answer


def test_after_tax_returns_of_the_class_that_shows_them(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"p.htm": PERFORMANCE}).ask(
        "What is the Class Y 1-year return after taxes on distributions?"
    )
    assert a.answered, a.answer
    assert "9.04%" in a.answer, a.answer


FEES = """<html><body>
<p>WREN MULTISECTOR BOND ETF</p>
<p>Supplement dated August 6, 2025 to the Prospectus dated July 31, 2025</p>
<p><b>Annual Fund Operating Expenses</b></p>
<table>
<tr><td>Management Fees</td><td>0.50%</td></tr>
<tr><td>Other Expenses</td><td>0.39%</td></tr>
<tr><td>Total Annual Fund Operating Expenses</td><td>0.89%</td></tr>
<tr><td>Fee Waiver and Expense Reimbursement</td><td>(0.24)%</td></tr>
<tr><td>Total Annual Fund Operating Expenses after Fee Waiver and Expense Reimbursement</td>\
<td>0.65%</td></tr>
</table>
<p><b>Example</b></p>
<p>The Example assumes that you invest $10,000 in the Fund.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("question", "value", "not_value"),
    [
        ("Total annual operating expenses before the fee waiver?", "0.89%", "0.65%"),
        ("What are the total annual fund operating expenses before waivers?", "0.89%", "0.65%"),
        ("What are the total annual operating expenses after the fee waiver?", "0.65%", "0.89%"),
    ],
)
def test_the_total_before_or_after_the_waiver(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    value: str,
    not_value: str,
) -> None:
    a = assistant_over({"f.htm": FEES}).ask(question)
    assert a.answered, a.answer
    assert value in a.answer and not_value not in a.answer, a.answer
