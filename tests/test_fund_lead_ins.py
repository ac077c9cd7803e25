"""A supplement of several funds that defines "the Fund" as each of them in turn ('A, B, C and D
(each, a "Fund")') says which ones a paragraph is about in the paragraph before it ("Effective
immediately, each of A and B is managed by ... The following replaces ..."): what a "the Fund"
paragraph says is read for those funds only. A filing whose "Fund" is one fund keeps it for
every paragraph, whatever other fund it names. A text that names, in full, only other funds of
the filing (and no "the Fund") is about them, not the fund asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

PAIRS = """HARBORGATE FUNDS
Supplement Dated March 31, 2020 to the Municipal Funds Prospectus

Disclosure Related to the Harborgate Coastal Intermediate Municipal Fund, Harborgate Coastal \
Short Municipal Fund, Harborgate National Intermediate Municipal Fund, and Harborgate Short \
Municipal Fund (each, a "Fund" and together, the "Funds")

Effective immediately, each of the Harborgate Coastal Intermediate Municipal Fund and \
Harborgate National Intermediate Municipal Fund is jointly managed by Ann Q. Lee and Carl Berg. \
Accordingly, the paragraph in each Fund's Fund Summary is replaced with the following:

Harborgate serves as the investment adviser for the Fund. Ms. Lee is an Executive Vice \
President of Harborgate, and she has managed the Fund since June 2016. Mr. Berg has managed the \
Fund since January 2020.

Effective immediately, each of the Harborgate Coastal Short Municipal Fund and Harborgate Short \
Municipal Fund is jointly managed by Ann Q. Lee and Carl Berg. Accordingly, the paragraph in \
each Fund's Fund Summary is replaced with the following:

Harborgate serves as the investment adviser for the Fund. Ms. Lee is an Executive Vice \
President of Harborgate, and she has managed the Fund since August 2015. Mr. Berg has managed \
the Fund since January 2020.
"""

ONE_FUND = """HARBORGATE GLOBAL INFRASTRUCTURE FUND
Supplement dated November 15, 2013 to the Prospectus dated May 1, 2013

The Board approved a proposed merger of the Harborgate Global Infrastructure Fund (the "Fund") \
into the Harborgate Real Assets Fund, expected to close on May 23, 2014.

Ann Q. Lee has managed the Fund since August 2015.
"""


@pytest.mark.parametrize(
    ("question", "since", "not_since"),
    [
        (
            "Since when has Ann Q. Lee managed the Harborgate Short Municipal Fund?",
            "August 2015",
            "June 2016",
        ),
        (
            "Ann Q. Lee has managed Harborgate Coastal Short Municipal Fund since when?",
            "August 2015",
            "June 2016",
        ),
        (
            "Since when has Ann Q. Lee managed the Harborgate National Intermediate Municipal "
            "Fund?",
            "June 2016",
            "August 2015",
        ),
    ],
)
def test_a_the_fund_paragraph_is_about_the_funds_of_the_paragraph_before(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    since: str,
    not_since: str,
) -> None:
    answer = assistant_over({"s.txt": PAIRS}).ask(question)
    assert answer.answered, answer.answer
    assert since in answer.answer and not_since not in answer.answer, answer.answer
    assert answer.citations[0].line_start == (12 if since == "August 2015" else 8)


def test_a_filing_of_one_defined_fund_keeps_it_after_naming_another(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": ONE_FUND}).ask(
        "Since when has Ann Q. Lee managed the Harborgate Global Infrastructure Fund?"
    )
    assert answer.answered, answer.answer
    assert "August 2015" in answer.answer


CLOSURES = """HARBORGATE INVESTORS TRUST
Harborgate Select Large Cap Growth Portfolio,
Harborgate Select Mid Cap Growth Portfolio, and
Harborgate Northgate Capital Growth Portfolio
Supplement dated January 23, 2008 to the Prospectuses dated April 30, 2007

1. On December 5, 2007, the Board of Trustees approved a proposal to close to new investments \
and dissolve the Service 2 Class of Harborgate Select Large Cap Growth Portfolio effective \
December 27, 2007.

2. On December 5, 2007, the Board of Trustees approved a proposal to close to new investments \
and dissolve the Adviser Class of Harborgate Select Mid Cap Growth Portfolio effective December \
28, 2007.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When is the Service 2 Class of Harborgate Northgate Capital Growth Portfolio being "
        "dissolved?",
        "When will Harborgate Northgate Capital Growth Portfolio's Adviser Class close?",
    ],
)
def test_a_text_that_names_only_other_funds_of_the_filing_is_not_about_the_one_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": CLOSURES}).ask(question)
    assert not answer.answered, answer.answer


def test_the_fund_a_text_names_is_answered_from_it(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": CLOSURES}).ask(
        "When is the Service 2 Class of Harborgate Select Large Cap Growth Portfolio dissolved?"
    )
    assert answer.answered and "December 27, 2007" in answer.answer, answer.answer


COVER_DEFINED = """NORTHWIND INVESTORS TRUST
Northwind Total Return Bond Portfolio
(\u201cPortfolio\u201d)
Supplement dated November 4, 2013 to the Portfolio\u2019s Prospectus dated April 30, 2013

1. On October 22, 2013, the Board approved a proposal to reorganize the Portfolio with and into \
Northwind Intermediate Bond Portfolio (the \u201cSurviving Portfolio\u201d).

2. On October 22, 2013, the Board approved a change with respect to the Portfolio\u2019s \
sub-adviser from Larchwood Investment Management Company LLC to Ashcombe Investment \
Management Co. LLC.
"""


def test_the_portfolio_a_cover_defines_is_not_another_fund_of_the_filing(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"c.txt": COVER_DEFINED})
    a = fund.ask(
        "Who is the sub-adviser of Northwind Intermediate Bond Portfolio, the surviving portfolio?",
        doc="c.txt",
    )
    assert not a.answered, a.answer
    b = fund.ask(
        "Which firm will become sub-adviser of Northwind Total Return Bond Portfolio?",
        doc="c.txt",
    )
    assert b.answered and "Ashcombe" in b.answer, b.answer
