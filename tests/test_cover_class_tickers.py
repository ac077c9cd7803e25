"""A ticker the cover pairs with a share class ("Class/Ticker: ADV/NWAAX; I/NWAIX; R6/NWARX")
stands for that class in a question asked of the filing: its column of a fee table, its row of
a table by class."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FUND = """Northwind Large Cap Value Portfolio
Summary Prospectus May 1, 2025

Class/Ticker: ADV/NWAAX; I/NWAIX; R6/NWARX

Annual Portfolio Operating Expenses

| Class | ADV | I | R6 |

| Management Fees | 0.65% | 0.65% | 0.65% |

| Total Annual Portfolio Operating Expenses | 1.30% | 0.80% | 0.76% |

Average Annual Total Returns

| Class | 1 Yr | 5 Yrs | Inception Date |

| Class ADV | 16.39 | 11.01 | 5/11/2007 |

| Class I | 17.06 | 11.70 | 5/11/2007 |

| Class R6 | 16.99 | 11.70 | 11/24/2015 |
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"f.txt": FUND})


@pytest.mark.parametrize(
    ("question", "value", "other"),
    [
        ("What are NWARX's total annual operating expenses?", "0.76%", "1.30%"),
        ("NWARX inception date?", "11/24/2015", "5/11/2007"),
    ],
)
def test_a_ticker_the_cover_pairs_with_a_class(
    assistant: Assistant, question: str, value: str, other: str
) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert value in a.answer and other not in a.answer, a.answer
