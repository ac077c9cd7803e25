"""A year written as part of a name ("Scudder Worldwide 2004", "SmartRetirement 2065 Fund") is
no date a question asks about, nor a date an answer gives: the question is answered as if
the year were only the name's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("text", "year", "named"),
    [
        ("Who is lead manager of Northwind Worldwide 2004?", "2004", True),
        ("What does the Harborgate Target 2030 Fund invest in?", "2030", True),
        ("Who managed the fund in 2004?", "2004", False),
        ("What changed in May 2004?", "2004", False),
        ("Who joined Northwind in 2004, the year Northwind Worldwide 2004 opened?", "2004", False),
        ("What were the fund's Fiscal 2004 returns?", "2004", False),
    ],
)
def test_a_year_of_a_name(text: str, year: str, named: bool) -> None:
    assert verify.year_of_a_name(year, text) is named


BIOGRAPHY = """NORTHWIND WORLDWIDE 2004 FUND
Supplement dated June 1, 2003 to the Prospectus dated March 1, 2003

The following replaces the portfolio management information for Northwind Worldwide 2004 Fund:

Ines Carvalho, Director of Northwind Asset Management and Lead Manager of the fund. Joined \
Northwind Asset Management in 1994 and the fund in 2002. Previously managed European equities \
with 4 years of experience at Example Investment Management.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Northwind Worldwide 2004: who is lead manager, and what year did she join Northwind "
        "Asset Management?",
        "Who is the lead manager of Northwind Worldwide 2004, and when did she join Northwind "
        "Asset Management?",
    ],
)
def test_the_year_of_the_funds_name_answers_no_part(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"w.txt": BIOGRAPHY}).ask(question, doc="w.txt")
    assert a.answered and "Ines Carvalho" in a.answer and "1994" in a.answer, a.answer
