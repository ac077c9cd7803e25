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
