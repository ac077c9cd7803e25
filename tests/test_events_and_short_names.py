"""A fund's name as a question writes it with its family shortened ("the NW Strategic Income
Fund" of "Northwind Strategic Income Fund") locates the filing: its words are not what the
answer must say. And "what happens to ...?" asks for an event, which a sentence states and a
table row (the text that replaces a section) does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

REPLACED = """Northwind Retirement Funds
Supplement to the Class R Shares Prospectus
dated March 1, 2006
Northwind Strategic Income Fund
Effective August 31, 2006, the "Portfolio Managers" section on page 15 is deleted and replaced \
with the following:
Portfolio Managers
Dana S. Whitfield | Joined fund team in 1999 | Primarily responsible for fund management and \
day-to-day purchase and sale decisions | Omar F. Castel | Joined fund team in 2005 | Analysis of \
specific issuers pertaining to high yield and emerging markets
"""

CLOSING = """NORTHWIND SMALL CAP FUND
Supplement dated June 1, 2012 to the Prospectus dated March 1, 2012

Fund Closing
Effective July 1, 2012, the Fund will close to new investors. After that date, purchase orders \
from new investors will be rejected and returned to the financial intermediary that sent them.

Minimum Investments
Regular accounts | $2,500 | $100
Retirement accounts | $1,000 | $50
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"replaced.txt": REPLACED, "closing.txt": CLOSING})


@pytest.mark.parametrize(
    "question",
    [
        "What happens to the Portfolio Managers section on page 15 of the NW Strategic Income "
        "Fund Class R prospectus, and as of when?",
        "What happens to the Portfolio Managers section on page 15 of the NW Strategic Income "
        "Fund prospectus?",
    ],
)
def test_what_happens_to_a_section_is_the_instruction_not_the_rows_it_brings(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="replaced.txt")
    assert a.answered, a.answer
    assert a.answer.startswith("Effective August 31, 2006, the")
    assert "deleted and replaced" in a.answer
    assert a.citations[0].line_start == 5


def test_a_fund_named_with_its_family_shortened_is_located_not_asked(assistant: Assistant) -> None:
    a = assistant.ask(
        "What does the NW Strategic Income Fund supplement replace?", doc="replaced.txt"
    )
    assert a.answered, a.answer
    assert "section on page 15 is deleted and replaced" in a.answer


def test_what_happens_to_orders_is_a_sentence_not_a_table_row(assistant: Assistant) -> None:
    a = assistant.ask(
        "What happens to purchase orders from new investors after the closing?", doc="closing.txt"
    )
    assert a.answered, a.answer
    assert "rejected and returned" in a.answer
    assert " | " not in a.answer
