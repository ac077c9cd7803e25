"""A question about a change that asks something else than its sides (how it is taxed, the
dates of its vote and closing) is not answered with the fund the change goes into; a question
for a side still is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _asks_no_side

MERGER = """NORTHWIND GLOBAL INFRASTRUCTURE FUND
Supplement dated November 12, 2013 to the Prospectus dated May 1, 2013

On November 11, 2013, the Board of Directors of the Northwind Global Infrastructure Fund (the \
Fund) approved a proposed merger under which the assets of the Fund would be transferred to the \
Northwind Real Assets Fund in exchange for shares of that fund.

The merger is subject to the approval of a majority of the Fund's shareholders. All Fund \
shareholders at the close of business on January 30, 2014, the record date, will be eligible \
to vote on the proposed merger, and a special shareholder meeting will be held on or around \
April 30, 2014. If approved, the merger is expected to take place on or around May 23, 2014.
"""


@pytest.mark.parametrize(
    ("question", "none"),
    [
        ("How will the merger be treated for tax purposes?", True),
        ("Global Infrastructure merger: record date, special meeting and expected closing?", True),
        ("Into which fund is Global Infrastructure merging, and when?", False),
        ("What fund will the Global Infrastructure Fund merge into?", False),
        ("Where does the Global Infrastructure Fund get merged?", False),
    ],
)
def test_questions_that_ask_no_side(question: str, none: bool) -> None:
    assert _asks_no_side(question) is none


def test_a_merger_fact_does_not_answer_how_it_is_taxed(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.txt": MERGER}).ask(
        "How will the Global Infrastructure / Real Assets merger be treated for tax purposes?",
        doc="m.txt",
    )
    assert a.items != ("Northwind Real Assets Fund",), a.answer
    b = assistant_over({"m.txt": MERGER}).ask(
        "Into which fund will the Global Infrastructure Fund merge?", doc="m.txt"
    )
    assert b.answered and "Northwind Real Assets Fund" in b.answer, b.answer
