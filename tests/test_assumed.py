"""What an example assumes is no answer to a question about what is so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

LIMIT = """NORTHWIND CORE BOND FUND
Summary Prospectus dated May 1, 2025

Fees and Expenses of the Fund

The Adviser has contractually agreed to waive a portion of its fee and to reimburse expenses to \
limit the Fund's total annual operating expenses (the "Expense Limitation") to 0.80% of the \
Fund's average daily net assets through May 1, 2026.

Example

The example assumes that you invest $10,000 in the Fund for the time periods indicated. The \
example also assumes that your investment has a 5% return each year and that the Expense \
Limitation is in place for one year only.
"""


@pytest.mark.parametrize(
    "question",
    [
        "How long is the expense limitation in place?",
        "How long does the expense limitation run?",
        "For how long is the Fund's expense limitation in effect?",
    ],
)
def test_an_examples_assumption_is_not_how_long_a_limit_runs(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"l.txt": LIMIT}).ask(question, doc="l.txt")
    assert "one year" not in a.items, a.answer
    if a.answered:
        assert "May 1, 2026" in a.answer, a.answer


def test_a_question_about_the_example_gets_its_assumption(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"l.txt": LIMIT}).ask(
        "For how long does the example assume the expense limitation is in place?", doc="l.txt"
    )
    assert a.answered and "one year" in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    ["How long is the expense limitation in place?", "How long will the Expense Limitation last?"],
)
def test_how_long_a_limit_runs_is_the_date_it_runs_to(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"l.txt": LIMIT}).ask(question, doc="l.txt")
    assert a.answered and "May 1, 2026" in a.items, a.answer
