"""The heading a question asks for ("Under which heading is X added?", "Which prospectus
section is amended to add Y?", "Which section indicates Z?"): read from the headings the
filing's sentences name, quoted or in capitals, picked by what the sentence, and the text it
introduces, says of the question's subject."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import headings
from assistant.engine import Assistant

INSTRUCTIONS = """SUPPLEMENT DATED MARCH 1, 2016 TO THE PROSPECTUS OF THE NORTHWIND NEUTRAL FUND

This supplement makes the following amendments to disclosures in the Fund's Prospectus.
The disclosure under the section entitled "Investment Strategies and Risks - Principal \
Investment Strategies" is amended to include the following:
Securities Lending. The Fund may lend securities from its portfolio to brokers, dealers and \
financial institutions in order to increase the return on its portfolio.
The disclosure under the section entitled "Shareholder Information" is amended to include the \
following:
Redemption Fees. The Fund charges a fee of 1% on shares redeemed within 60 days of purchase.
"""

CAPITALS = """SUPPLEMENT DATED JULY 1, 2019 TO THE PROSPECTUS OF THE HARBOR POINT VALUE FUND

THE FOLLOWING IS ADDED AS THE FIRST SECTION UNDER THE HEADING ADDITIONAL POLICIES AFFECTING \
YOUR INVESTMENT: ELIGIBILITY FOR INVESTOR CLASS SHARES
Investor Class shares are available to investors who hold their shares directly with the fund.
"""

REFERENCE = """SUPPLEMENT DATED MAY 25, 2016 TO THE STATEMENT OF ADDITIONAL INFORMATION

Effective May 25, 2016, the sub-section "Securities Loans" in the "Investment Strategies and \
Risks" section is hereby replaced with the following:
Securities Loans
As indicated in the "Investment Practices" section, certain of the Portfolios may make loans \
of portfolio securities. All securities loans will be secured by collateral.
"""

AFTER_TITLE = """SUPPLEMENT DATED AUGUST 25, 2025 TO THE SAI OF THE NORTHWIND GROWTH FUND

The following is added as the last sentence of the second paragraph of the "Management and \
Other Services - Sub-Advisors" section of the Fund's SAI:
The Growth Fund's sub-advisor was terminated effective August 1, 2025.
"""


@pytest.mark.parametrize(
    ("filing", "question", "heading"),
    [
        (
            INSTRUCTIONS,
            "Which prospectus section is amended to add the Securities Lending paragraph?",
            "Investment Strategies and Risks - Principal Investment Strategies",
        ),
        (
            INSTRUCTIONS,
            "Under what heading does the supplement add the redemption fee text?",
            "Shareholder Information",
        ),
        (
            CAPITALS,
            "Under which heading is the new Investor Class eligibility section added?",
            "ADDITIONAL POLICIES AFFECTING YOUR INVESTMENT",
        ),
        (
            REFERENCE,
            "Per the new Securities Loans text, which section indicates which Portfolios may lend?",
            "Investment Practices",
        ),
        (
            AFTER_TITLE,
            "Under which SAI heading is the sentence about the sub-advisor termination added?",
            "Management and Other Services - Sub-Advisors",
        ),
    ],
)
def test_the_heading_asked_is_read_from_the_filing(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    question: str,
    heading: str,
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert a.items == (heading,)
    assert f"“{heading}”" in a.answer
    assert a.citations and a.citations[0].line_end >= 3  # the sentence naming it


def test_a_heading_of_a_subject_the_filing_never_speaks_of_is_not_given(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"f.txt": INSTRUCTIONS}).ask(
        "Under which heading is the new portfolio manager biography added?", doc="f.txt"
    )
    assert not (a.answered and a.items and "Shareholder" in a.items[0]), a.answer
    assert not (a.answered and "Principal Investment Strategies" in a.answer), a.answer


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The disclosure under the section entitled “Fund Details – Management” is amended:",
            ["Fund Details – Management"],
        ),
        (
            "THE FOLLOWING IS ADDED UNDER THE HEADING BUYING SHARES: SPECIAL PROGRAMS",
            ["BUYING SHARES"],
        ),
        (
            'The sub-section "Securities Loans" in the "Investment Risks" section is replaced.',
            ["Securities Loans", "Investment Risks"],
        ),
        ("The first paragraph under “Fund Details” is replaced.", ["Fund Details"]),
        # a defined term, a quotation, a document's own name: no heading
        ("The Northwind Fund (the “Fund”) pays a “performance fee”.", []),
        ("The following replaces the information in the “Prospectus” section.", []),
    ],
)
def test_the_headings_a_sentence_names(sentence: str, titles: list[str]) -> None:
    assert headings.titles(sentence) == titles


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Under which heading is the eligibility section added?", True),
        ("Which prospectus section is amended?", True),
        ("In what SAI sub-section does the new text appear?", True),
        ("What caption is replaced?", True),
        ("Which fund does the supplement cover?", False),
        ("What does the Principal Risks section say about REITs?", False),
    ],
)
def test_a_question_asking_for_a_heading(question: str, asks: bool) -> None:
    assert headings.asked(question) is asks


TWO_CHANGES = """SUPPLEMENT DATED MAY 25, 2016 TO THE STATEMENT OF ADDITIONAL INFORMATION

Effective May 25, 2016, the fourth paragraph under the heading "Foreign Depositary Receipts" \
in the "Investment Strategies and Risks" section is hereby replaced with the following:
Receipts may be sponsored or unsponsored.

Effective May 25, 2016, the sub-section "Securities Loans" in the "Investment Strategies and \
Risks" section is hereby replaced with the following:
All securities loans will be secured by collateral.
"""


@pytest.mark.parametrize(
    ("filing", "question", "title"),
    [
        (TWO_CHANGES, "Which SAI sub-section is replaced effective May 25, 2016?",
         "Securities Loans"),
        (TWO_CHANGES, "Which subsection is replaced in full effective May 25, 2016?",
         "Securities Loans"),
    ],
)  # fmt: skip
def test_the_kind_of_part_asked_tells_two_changes_apart(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str, title: str
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert a.answered and a.items[:1] == (title,), (a.answer, a.items)
