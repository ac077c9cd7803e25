"""A fund the question names must be written in the filing: every word of its name somewhere,
and the last words of the name in their order. A table whose cells hold the words of the name
asked about spread over two other funds' names ("Larchwood Growth Strategy Portfolio",
"Larchwood Moderate to Aggressive Allocation Portfolio") does not name it; a family written
apart from the fund's own name ("ELMSTEAD FUNDS" over "Small-Mid Cap Equity Fund") does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

INTRO = """LARCHWOOD SERIES TRUST
SUPPLEMENT DATED NOVEMBER 21, 2013 TO THE PROSPECTUS DATED APRIL 29, 2013

On November 20, 2013, the Board of Trustees approved proposals to reorganize certain series of \
the Trust (together, the “Acquired Portfolios”) into other series of the Trust (together, the \
“Acquiring Portfolios”). The proposed reorganizations are as follows:

"""
ROWS = [
    ("Larchwood Balanced Strategy Portfolio", "Larchwood Moderate Allocation Portfolio"),
    (
        "Larchwood Growth Strategy Portfolio",
        "Larchwood Moderate to Aggressive Allocation Portfolio",
    ),
]
HTML_TABLE = (
    "<html><body>"
    + "".join(f"<p>{line}</p>" for line in INTRO.strip().split("\n\n"))
    + "<table><tr><td>Acquired Portfolio</td><td>Acquiring Portfolio</td></tr>"
    + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    + "</table></body></html>"
)
TEXT_TABLE = (
    INTRO
    + "|\nAcquired Portfolio\n|\nAcquiring Portfolio\n"
    + "".join(f"|\n{a}\n|{b}\n" for a, b in ROWS)
)
PROSE = INTRO + "".join(
    f"The {a} will be reorganized into the {b}, subject to shareholder approval.\n\n"
    for a, b in ROWS
)
LAYOUTS = {"t.htm": HTML_TABLE, "t.txt": TEXT_TABLE, "p.txt": PROSE}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "question",
    [
        "Which portfolio will acquire Larchwood Aggressive Strategy Portfolio?",
        "What is the acquiring portfolio for the Larchwood Aggressive Strategy Portfolio?",
        "into which portfolio is the Larchwood Moderate Growth Portfolio being reorganized",
    ],
)
def test_a_fund_whose_words_are_spread_over_other_names_is_not_named(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str, question: str
) -> None:
    a = assistant_over({layout: LAYOUTS[layout]}).ask(question, doc=layout)
    assert not a.answered, a.answer
    assert "mentions the Larchwood" in a.answer, a.answer


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "question",
    [
        "Which portfolio will acquire Larchwood Growth Strategy Portfolio?",
        "What is the acquiring portfolio for the Larchwood Series Trust Growth Strategy Portfolio?",
    ],
)
def test_a_fund_written_in_order_is_named(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str, question: str
) -> None:
    a = assistant_over({layout: LAYOUTS[layout]}).ask(question, doc=layout)
    assert a.answered, a.answer
    assert "Moderate to Aggressive Allocation Portfolio" in a.answer, a.answer


FAMILY_APART = """ELMSTEAD FUNDS
Supplement dated May 1, 2019 to the Prospectus dated December 31, 2018

Small-Mid Cap Equity Fund

Effective May 20, 2019, Quillfeather Capital, LLC will commence as a new investment \
sub-adviser to the Small-Mid Cap Equity Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who is the new sub-adviser of the Elmstead Small-Mid Cap Equity Fund?",
        "Which firm was added as sub-adviser to Elmstead Funds Small-Mid Cap Equity Fund?",
    ],
)
def test_a_family_written_apart_still_names_the_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": FAMILY_APART}).ask(question)
    assert a.answered, a.answer
    assert "Quillfeather Capital" in a.answer, a.answer


OTHER_FAMILY = """HARBORGATE FUNDS
Core Asset Allocation Fund
Summary Prospectus dated May 1, 2012

Carl Berg has managed the Core Asset Allocation Fund since 2009.
"""
ASKED_FILING = """SUPPLEMENT TO THE PROSPECTUS OF NORTHGATE ALLOCATION FUNDS
Northgate Advantage Asset Allocation Fund

Effective immediately, Ann Q. Lee is added as a portfolio manager of the Northgate Advantage \
Asset Allocation Fund.
"""


def test_a_filing_asked_is_about_no_fund_of_another_linked_by_like_words(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    over = assistant_over({"a.txt": OTHER_FAMILY, "b.txt": ASKED_FILING})
    q = "Who handles day-to-day management of Asset Allocation Trust?"
    # a fund of another filing, linked by like words and not named, is not the one asked of
    # this filing (its answer would name that fund); the filing's own fund, or one named, is
    assert over._scope("b.txt", None, ["Core Asset Allocation Fund"], q).fund is None
    own = ["Core Asset Allocation Fund", "Northgate Advantage Asset Allocation Fund"]
    assert over._scope("b.txt", None, own, q).fund == own[1]
