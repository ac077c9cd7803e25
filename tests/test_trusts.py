"""The trust a fund is a series of, read from a cover: the trust written nearest above the
fund's name on a cover listing several trusts, or the one registrant the cover names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

TWO_TRUSTS = """HARBORGATE TRUST I
Harborgate Retirement Funds
Harborgate Retirement 2030 Fund
Harborgate Retirement 2060 Fund
HARBORGATE TRUST IV
Harborgate Retirement Funds
Harborgate Retirement 2065 Fund
(each a "Fund" and collectively, the "Funds")

Supplement dated August 25, 2025 to the current Prospectuses

Effective immediately, Dana K. Holt will no longer serve as a portfolio manager to the Funds.
"""

ONE_REGISTRANT = """Northgate Funds II
Northgate Income Portfolio (the "fund")

Supplement dated April 22, 2016 to the current Prospectus

The fund's management fee is reduced to 0.50%.
"""


@pytest.mark.parametrize(
    ("question", "trust"),
    [
        ("Which trust is the Harborgate Retirement 2065 Fund part of?", "HARBORGATE TRUST IV"),
        ("Harborgate Retirement 2060 Fund is a series of which trust?", "HARBORGATE TRUST I"),
        ("What trust does the Harborgate Retirement 2030 Fund belong to?", "HARBORGATE TRUST I"),
    ],
)
def test_the_trust_nearest_above_the_fund_on_the_cover(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, trust: str
) -> None:
    answer = assistant_over({"two.txt": TWO_TRUSTS}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (trust,), answer.items
    assert answer.citations[0].line_start == 1


@pytest.mark.parametrize(
    "question",
    ["What trust does the fund belong to?", "Which trust is the Northgate Income Portfolio in?"],
)
def test_the_one_registrant_of_a_cover(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"one.txt": ONE_REGISTRANT}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == ("Northgate Funds II",), answer.items


FUNDS_REGISTRANTS = """SUPPLEMENT DATED JUNE 6, 2012
TO THE CURRENTLY EFFECTIVE PROSPECTUS
OF EACH OF THE LISTED FUNDS

Ashgrove California Tax-Free Trust
Ashgrove California Insured Tax-Free Income Fund
Ashgrove California Tax-Exempt Money Fund

Ashgrove Global Series
Ashgrove World Bond Fund

Ashgrove Custodian Funds
Ashgrove DynaGrowth Fund
Ashgrove Income Fund

The Funds' transfer agent will change its address effective July 1, 2012.
"""


@pytest.mark.parametrize(
    ("question", "trust"),
    [
        ("Which trust is Ashgrove DynaGrowth Fund listed under?", "Ashgrove Custodian Funds"),
        ("Ashgrove California Tax-Exempt Money Fund is a series of which trust?",
         "Ashgrove California Tax-Free Trust"),
        ("What trust does the Ashgrove World Bond Fund belong to?", "Ashgrove Global Series"),
    ],
)  # fmt: skip
def test_a_registrant_named_funds_or_series_above_its_funds(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, trust: str
) -> None:
    answer = assistant_over({"reg.txt": FUNDS_REGISTRANTS}).ask(question)
    assert answer.answered and answer.items == (trust,), (answer.answer, answer.items)


TWO_WORD_FAMILY = TWO_TRUSTS.replace("HARBORGATE", "HARBORGATE POINT").replace(
    "Harborgate", "Harborgate Point"
)
TWO_WORD_REGISTRANT = """American Northgate Investment Trust
Prospectus Supplement
Northgate High-Yield Fund

Supplement dated June 24, 2010 to the Prospectus dated August 1, 2009

The following replaces the Portfolio Managers section on page 5 of the prospectus.
"""


@pytest.mark.parametrize(
    ("question", "trust"),
    [
        # the family's name before "trust" names the trust asked, not a fund asked about
        (
            "Under which Harborgate Point trust is the Harborgate Point Retirement 2065 Fund?",
            "HARBORGATE POINT TRUST IV",
        ),
        (
            "Which Harborgate Point trust does the Harborgate Point Retirement 2060 Fund "
            "belong to?",
            "HARBORGATE POINT TRUST I",
        ),
    ],
)
def test_a_trust_asked_by_its_familys_name(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, trust: str
) -> None:
    answer = assistant_over({"two.txt": TWO_WORD_FAMILY}).ask(question, doc="two.txt")
    assert answer.answered, answer.answer
    assert answer.items == (trust,), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which American Northgate trust does the Northgate High-Yield Fund belong to, per the "
        "June 2010 supplement?",
        "Northgate High-Yield Fund is a series of which American Northgate trust?",
    ],
)
def test_the_one_registrant_asked_by_its_familys_name(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"one.txt": TWO_WORD_REGISTRANT}).ask(question, doc="one.txt")
    assert answer.answered, answer.answer
    assert answer.items == ("American Northgate Investment Trust",), answer.answer


DEFINED_TRUST = """THE NORTHGATE INNER CIRCLE FUND II (the "Trust")
Northgate Global Environmental Change Fund (the "Fund")
Supplement dated August 1, 2025 to the Fund's Prospectus dated January 28, 2025

The Board of Trustees of the Trust has approved the liquidation of the Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which trust is the Northgate Global Environmental Change Fund a series of?",
        "What trust does the Northgate Global Environmental Change Fund belong to?",
    ],
)
def test_the_registrant_a_cover_defines_as_the_trust(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"d.txt": DEFINED_TRUST}).ask(question, doc="d.txt")
    assert answer.answered, answer.answer
    assert answer.items == ("THE NORTHGATE INNER CIRCLE FUND II",), answer.answer
