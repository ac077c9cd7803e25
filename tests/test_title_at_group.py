"""A title asked as held at a group the index does not know as a firm ("What is X's role at
the Portfolio Strategy Group?") is given only from a passage that names the group; a block of
titles at another firm does not answer it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """Northwind International Allocation Fund (the "fund")
Supplement dated 5-15-13 to the current Prospectus
In the "Fund summary" section, the information under the heading "Portfolio management" is \
amended to include the following:
Dana Whitlock, CFA
Managing Director, Northwind Asset Management LLC
Joined fund team in 2013
Robin Castellano
Managing Director, Northwind Asset Management LLC
Joined fund team in 2013
"""

GROUP = """Northwind Balanced Fund
Supplement dated 6-1-14 to the current Prospectus
Dana Whitlock, CFA, is Managing Director of Asset Allocation, Portfolio Strategy Group (PSG), \
and has managed the fund since 2014.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is Dana Whitlock's role at the Portfolio Strategy Group?",
        "What title does Dana Whitlock hold at the Portfolio Strategy Group?",
    ],
)
def test_a_title_at_a_group_the_filing_never_names_abstains(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": FILING}).ask(question, doc="f.txt")
    assert not a.answered, a.answer
    assert "Portfolio Strategy Group" in a.answer


def test_a_title_beside_the_group_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"g.txt": GROUP}).ask(
        "What is Dana Whitlock's role at the Portfolio Strategy Group?", doc="g.txt"
    )
    assert a.answered, a.answer
    assert "Managing Director of Asset Allocation" in a.answer
