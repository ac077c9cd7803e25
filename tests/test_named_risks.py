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


PREFERRED = (
    "Preferred Stocks: Preferred stock generally has preference over common stock but is "
    "subordinate to debt instruments with respect to dividends and liquidation."
)


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
        # a word of the risk's name said in passing names no risk
        ("What does the fund say about dividend risk?", PREFERRED, "Principal Risks", True),
        ("How is liquidation risk described?", PREFERRED, "Principal Risks", True),
        # the paragraph's own lead-in name, or "risk" after the words, does
        ("What does the fund say about preferred stock risk?", PREFERRED, "Principal Risks",
         False),
        ("How is dividend risk described?",
         "The fund is subject to dividend risk: issuers may cut or stop their dividends.",
         "Principal Risks", False),
        ("Describe the fund's dividend risk.",
         "Issuers may reduce or eliminate their dividends.", "Dividend Risk", False),
        # "Portfolio" after a capitalised word is a word of the risk's name
        ("How does the fund describe its Focused Portfolio Risk?",
         "Market Risk. Prices of securities may fall.", "Principal Risks", True),
        ("How does the fund describe its Focused Portfolio Risk?",
         "Focused Portfolio Risk. The Fund holds a small number of securities.",
         "Principal Risks", False),
    ],
)  # fmt: skip
def test_the_named_risk_check(question: str, text: str, section: str, fails: bool) -> None:
    check = _named_risk_check(question, _said(text, section))
    assert (check is not None and not check.ok) is fails, check


def _listed(items: tuple[str, ...]) -> Answer:
    cites = tuple(
        Citation(n=i + 1, doc="r.txt", accession=None, section="Principal Risks",
                 line_start=i + 1, line_end=i + 1, char_start=0, char_end=10,
                 text=f"{item}. The fund may lose money.")
        for i, item in enumerate(items)
    )  # fmt: skip
    return Answer(question="q", answered=True, answer="The filing lists 3 [1][2][3]",
                  citations=cites, items=items, features={"list": 1.0})  # fmt: skip


@pytest.mark.parametrize(
    ("question", "fails"),
    [
        ("How does the fund describe its Focused Portfolio Risk?", True),
        ("What does the fund's sector allocation risk say?", False),
        ("What is the Investment Model risk described for the fund?", True),
    ],
)
def test_a_list_answers_a_named_risk_only_by_an_item_of_that_name(
    question: str, fails: bool
) -> None:
    answer = _listed(("Market Risk", "Sector Allocation Risk", "Credit Risk"))
    check = _named_risk_check(question, answer)
    assert (check is not None and not check.ok) is fails, check


LIST_FILING = """NORTHWIND SMALL CAP FUND
Summary Prospectus dated May 1, 2025

Principal Risks

Market Risk. The value of the Fund's investments may fall.

Sector Allocation Risk. The Fund may be overweighted in certain sectors.

Credit Risk. An issuer may be unable to pay.
"""


@pytest.mark.parametrize(
    "question",
    [
        "How does the fund describe its Focused Portfolio Risk?",
        "What does the Northwind Small Cap Fund say about dividend risk?",
    ],
)
def test_a_risk_the_list_does_not_hold_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": LIST_FILING}).ask(question, doc="r.txt")
    assert not a.answered, a.answer


def test_a_risk_the_list_holds_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": LIST_FILING}).ask(
        "How does the fund describe its Sector Allocation Risk?", doc="r.txt"
    )
    assert a.answered and "overweighted" in a.answer, a.answer
