"""The expense example of a summary prospectus: a row labelled by its share class alone
("Investor Class | $ | 82 | $ | 354 | ...") under a header of periods, with the paragraph of its
assumptions above it (past a page number printed between them): the class asked reads its
row, the cost in dollars, the "$10,000" the question states held by that paragraph; a return
asked of the same class still reads the returns table, whose header's first cell names the
class."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """NORTHWIND CORE BOND FUND
Summary Prospectus dated May 1, 2025

Example
The example that follows is intended to help you compare the cost of investing in the Fund with \
the cost of investing in other mutual funds. The example assumes that you invest $10,000 in the \
Fund for the time periods indicated, that your investment has a 5% return each year and that \
the Fund's operating expenses remain the same.
1
1 year | 3 years | 5 years | 10 years
Investor Class | $ | 82 | $ | 354 | $ | 647 | $ | 1,482

Average Annual Total Returns for Periods Ended December 31, 2024
Investor Class | 1 year | 5 years | 10 years
Return before taxes | 0.65% | -0.95% | 0.79%
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"f.txt": FILING})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Investor Class expense example: cost over 10 years on a $10,000 investment?", "$1,482"),
        ("What would the Investor Class cost be over 3 years in the Example?", "$354"),
        ("What's the 10-year return before taxes for the Investor Class?", "0.79%"),
    ],
)
def test_the_class_row_is_read(assistant: Assistant, question: str, said: str) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert said in a.answer, a.answer


def test_a_sum_the_example_does_not_assume_abstains(assistant: Assistant) -> None:
    a = assistant.ask(
        "Investor Class expense example: cost over 10 years on a $25,000 investment?", doc="f.txt"
    )
    assert not a.answered, a.answer


MARKED = """NORTHWIND VARIABLE PORTFOLIOS
Northwind Large Cap Value Portfolio
Summary Prospectus dated May 1, 2025

Expense Example
This Example is intended to help you compare the cost of investing in shares of the Portfolio \
with the costs of investing in other mutual funds. The Example assumes that you invest $10,000 in \
the Portfolio for the time periods indicated.

Class | 1 Yr | 3 Yrs | 5 Yrs | 10 Yrs
ADV | $ | 131 | 447 | 786 | 1,742
I | $ | 70 | 260 | 465 | 1,056
S2 | $ | 111 | 385 | 680 | 1,518
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # rows labelled by the class's mark under a "Class" column, the dollar sign printed
        # in the first value's cell only
        ("What would Class S2 cost over 10 years in the expense example?", "$1,518"),
        ("In the expense example, what would Class I cost over 3 years?", "$260"),
        ("Class ADV expense example: cost over 5 years?", "$786"),
    ],
)
def test_rows_marked_by_class_under_a_class_column(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"m.txt": MARKED}).ask(question, doc="m.txt")
    assert a.answered and said in a.answer, a.answer
