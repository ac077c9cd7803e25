"""Share classes a question sets side by side ("Investor vs Institutional class", "the Investor
class and the Institutional class"), in lower case or not, are each a class asked; a fee table's
header row of classes names its columns, so a question naming the classes and the fund still
reads the row it names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import share_classes

FEES = """NORTHWIND CAPITAL APPRECIATION FUND
Summary Prospectus dated May 1, 2025

Annual Fund Operating Expenses
(expenses that you pay each year as a percentage of the value of your investment)

| Investor Class | Institutional Class |

| Management Fees | 0.64% | 0.64% |

| Distribution and Service (12b-1) Fees | 0.25% | 0.00% |

| Other Expenses | 0.19% | 0.24% |

| Total Annual Fund Operating Expenses | 1.08% | 0.88% |
"""


BOTH = ("Investor Class", "Institutional Class")


@pytest.mark.parametrize(
    ("question", "classes"),
    [
        ("Other expenses: Investor vs Institutional class?", BOTH),
        ("What are the other expenses for the Investor class and the Institutional class?",
         BOTH),
        ("Investor vs. Institutional Class expense ratio?", BOTH),
        ("What is the Investor class minimum?", ("Investor Class",)),
        ("10-year cost for Investor Class and Institutional Class?", BOTH),
        ("Which classes are offered?", ()),
    ],
)  # fmt: skip
def test_classes_set_side_by_side(question: str, classes: tuple[str, ...]) -> None:
    assert share_classes(question) == classes


@pytest.mark.parametrize(
    "question",
    [
        "Other expenses: Investor vs Institutional class of the Capital Appreciation Fund?",
        "Other expenses for Investor and Institutional class of the Capital Appreciation Fund?",
    ],
)
def test_the_row_named_for_the_classes_named(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": FEES}).ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert list(a.items) == ["0.19%", "0.24%"], a.answer
