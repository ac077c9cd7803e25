"""A person's title read from a table is the title of the person's own row, not a header cell
above the rows ("Portfolio Manager | Fund | Beneficial Ownership" names what the column holds,
not anyone's title)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

OWNERSHIP = """NORTHWIND ALLOCATION FUNDS
Supplement dated August 16, 2013 to the Statement of Additional Information

The Beneficial Ownership in the Funds table is amended to add the following information:
|
Portfolio Manager
|
Fund
|
Beneficial Ownership
|
Harbor Point Capital Management
|
Tomas Ferrand
|
Northwind Conservative Allocation Portfolio
Northwind Index Allocation Fund
|
$0
|
Celia Okafor
|
Northwind Conservative Allocation Portfolio
Northwind Index Allocation Fund
|
$0
"""

TITLES = """NORTHWIND GROWTH FUND
Supplement dated March 3, 2014 to the Prospectus

Portfolio Managers

| Name | Title | Managed fund since |

| Tomas Ferrand | Senior Portfolio Manager | 2013 |

| Celia Okafor | Managing Director | 2014 |
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"own.txt": OWNERSHIP, "titles.txt": TITLES})


@pytest.mark.parametrize(
    "question",
    [
        "What's Celia Okafor's title at Harbor Point Capital Management?",
        "What title does Tomas Ferrand hold at Harbor Point Capital Management?",
    ],
)
def test_a_header_cell_is_no_title(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="own.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("What's Celia Okafor's title?", "Managing Director"),
        ("What title does Tomas Ferrand hold?", "Senior Portfolio Manager"),
    ],
)
def test_the_title_of_the_persons_row(assistant: Assistant, question: str, title: str) -> None:
    a = assistant.ask(question, doc="titles.txt")
    assert a.answered, a.answer
    assert title in a.answer


FUND_POST = OWNERSHIP.replace(
    "Beneficial Ownership\n|\nHarbor",
    "Beneficial Ownership\n$0\n1 Messrs. Ferrand and Okafor became the portfolio managers of "
    "the Funds on September 30, 2013.\n|\nHarbor",
)

FIRM_POST = (
    FUND_POST
    + """
Ms. Celia Okafor is a Managing Director at Harbor Point Capital Management, which she joined \
in 2009.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "What is Celia Okafor's job title at Harbor Point Capital?",
        "What's Tomas Ferrand's title at Harbor Point Capital Management?",
    ],
)
def test_a_post_of_the_funds_is_no_title_at_a_firm(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": FUND_POST}).ask(question, doc="p.txt")
    assert not a.answered, a.answer


def test_a_title_at_the_firm_named(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    a = assistant_over({"f.txt": FIRM_POST}).ask(
        "What is Celia Okafor's job title at Harbor Point Capital?", doc="f.txt"
    )
    assert a.answered, a.answer
    assert "Managing Director" in a.answer
