"""A question that asks a date besides its answer ("which adviser got the order, and on what
date?") is given the date said nearest that answer in its sentence, not the first one ("held
on December 11, 2012, ... granted ... to X on December 5, 2012")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _nearest_first

ORDER = """NORTHWIND INVESTORS TRUST
Northwind Resolute Fund I
Supplement dated January 24, 2013 to the Prospectus

At a meeting of the Board of Trustees of Northwind Investors Trust held on December 11, 2012, \
the Board approved changes to the principal investment strategies of the Northwind Resolute \
Fund I in connection with an exemptive order granted by the Securities and Exchange Commission \
to the Trust and Harbor Crest Associates, Inc. (the "Adviser") on December 5, 2012.
"""


def test_the_value_nearest_the_answer_comes_first() -> None:
    text = "held on May 1, 2012, the order granted to X Inc. on May 5, 2012"
    assert _nearest_first(["May 1, 2012", "May 5, 2012"], text, ["X Inc."]) == [
        "May 5, 2012",
        "May 1, 2012",
    ]
    assert _nearest_first(["May 1, 2012", "May 5, 2012"], text, []) == [
        "May 1, 2012",
        "May 5, 2012",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Which adviser got the SEC exemptive order for Northwind Resolute Fund I, and on what "
        "date?",
        "Which adviser was granted the exemptive order, and when?",
    ],
)
def test_the_date_beside_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"o.txt": ORDER}).ask(question, doc="o.txt")
    assert a.answered and "December 5, 2012" in a.items, (a.answer, a.items)
    assert "December 11, 2012" not in a.items
