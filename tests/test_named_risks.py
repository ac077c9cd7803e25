"""A risk a question names ("how is its growth investing risk described?") must be one the
evidence names, by its telling words in order (a stem apart: "foreign investing risk" is
"Foreign Investments Risk"); a fund's name before it ("Small Cap Opportunities' Sector
Allocation Risk") and words after it that make it something else ("risk management program")
are not the risk's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Answer, Citation
from assistant.engine import Assistant, _named_risk_check

RISKS = """NORTHWIND LARGE CAP VALUE PORTFOLIO
Summary Prospectus dated August 29, 2025

Principal Risks

Value Investing: Securities that appear to be undervalued may never appreciate to the extent \
expected. Further, because the prices of value-oriented securities tend to correlate more closely \
with economic cycles than growth-oriented securities, they generally are more sensitive to \
changing economic conditions. Securities the manager believes to be undervalued may actually be \
appropriately priced and, thus, may not appreciate and provide anticipated capital growth.

Foreign Investments: Investing in foreign securities may result in greater price swings than \
investing in securities of U.S. issuers.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Northwind Large Cap Value Portfolio - growth investing risk: how is it described?",
        "How does the portfolio describe its momentum risk?",
    ],
)
def test_a_risk_the_filing_does_not_name_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": RISKS}).ask(question, doc="r.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How is the value investing risk described?", "undervalued"),
        ("What does the portfolio say about foreign investing risk?", "price swings"),
    ],
)
def test_a_risk_it_names_is(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"r.txt": RISKS}).ask(question, doc="r.txt")
    assert a.answered and said in a.answer, a.answer


def _said(text: str, section: str = "") -> Answer:
    cite = Citation(n=1, doc="r.txt", accession=None, section=section, line_start=1,
                    line_end=1, char_start=0, char_end=10, text=text)  # fmt: skip
    return Answer(question="q", answered=True, answer=f"{text} [1]", citations=(cite,),
                  features={"sentence": 1.0})  # fmt: skip


VALUE = (
    "Securities the manager believes to be undervalued may actually be appropriately priced "
    "and, thus, may not appreciate and provide anticipated capital growth."
)


@pytest.mark.parametrize(
    ("question", "text", "section", "fails"),
    [
        ("Growth investing risk: how is it described?", VALUE, "Value Investing", True),
        ("How is the value investing risk described?", VALUE, "Value Investing", False),
        ("What does it say about foreign investing risk?",
         "Foreign Investments Risk. Investing in foreign securities may result in greater price "
         "swings.", "", False),
        ("What example of a sector does Small Cap Opportunities' Sector Allocation Risk give?",
         "Sector Allocation Risk. The Fund may hold more of one sector, such as technology.", "",
         False),
        ("Which SEC rule requires a liquidity risk management program?",
         "Rule 22e-4 requires funds to establish a program.", "", False),
    ],
)  # fmt: skip
def test_the_named_risk_check(question: str, text: str, section: str, fails: bool) -> None:
    check = _named_risk_check(question, _said(text, section))
    assert (check is not None and not check.ok) is fails, check
