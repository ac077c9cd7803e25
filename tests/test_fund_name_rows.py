"""The "Fund" of a fund's name does not tell a table's rows apart: "how much interest expense
is in the operating expenses of Harborgate Municipal Income Fund?" reads the Interest Expense
row, not Total Annual Fund Operating Expenses; "fund" asked outside the name still does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FEES = """HARBORGATE MUNICIPAL INCOME FUND
Supplement dated June 27, 2025 to the Summary Prospectus dated June 27, 2025

Annual Fund Operating Expenses (expenses that you pay each year as a percentage of the value \
of your investment)

Class: | A | C | Y
Management Fees | 0.46 % | 0.46 % | 0.46 %
Distribution and/or Service (12b-1) Fees | 0.25 | 1.00 | None
Other Expenses | 0.10 | 0.10 | 0.10
Interest Expense | 0.17 | 0.17 | 0.17
Total Other Expenses | 0.27 | 0.27 | 0.27
Total Annual Fund Operating Expenses | 0.98 | 1.73 | 0.73
"""


@pytest.mark.parametrize(
    "question",
    [
        "How much interest expense is built into each class's operating expenses for "
        "Harborgate Municipal Income Fund?",
        "Interest expense in the operating expenses of Harborgate Municipal Income Fund?",
    ],
)
def test_the_funds_name_asks_no_row(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FEES}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert "0.17" in answer.answer and "0.98" not in answer.answer, answer.answer


def test_fund_asked_outside_the_name_reads_the_total(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": FEES}).ask(
        "What are the total annual fund operating expenses of Harborgate Municipal Income Fund "
        "Class C?",
        doc="s.txt",
    )
    assert answer.answered, answer.answer
    assert "1.73" in answer.answer, answer.answer
