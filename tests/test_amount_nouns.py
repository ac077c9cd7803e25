"""A balance or a compensation asked ("what minimum account balance is needed?", "what
compensation does she receive?") is an amount: a sentence that states no such amount does not
answer it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

PLAN = """NORTHWIND FUNDS
Supplement dated May 1, 2012 to the Prospectus

Northwind Automatic Withdrawal Plan. There will be no CDSC on Class B or C shares, as long as \
the amount of any withdrawal does not exceed on an annual basis 12% of the account value.

JANE ROE (55), Member of the Advisory Board (1999), has been a partner of Harbor Crest, Inc. \
since September 1998.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What minimum account balance is needed to start the Northwind Automatic Withdrawal Plan?",
        "What compensation does Jane Roe receive as a member of the Advisory Board?",
    ],
)
def test_an_amount_asked_is_not_a_sentence_without_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": PLAN}).ask(question, doc="p.txt")
    assert not a.answered, a.answer
