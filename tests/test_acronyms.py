"""An acronym a question writes for a name the filing asked spells out ("insured by the
FDIC?" of a filing that writes "Federal Deposit Insurance Corporation"): read as that name
when exactly one name of capitalised words in the filing has its letters for initials; left
as asked when two names fit or the filing writes the acronym itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """ACME FUNDS TRUST
Acme Money Market Fund
Supplement dated March 3, 2021 to the Prospectus dated May 1, 2020

An investment in the Fund is not insured or guaranteed by the Federal Deposit Insurance \
Corporation or any other government agency.

Plans subject to the Employee Retirement Income Security Act of 1974 may buy Class R6 shares \
without a sales charge.

Shares may be exchanged through the National Securities Clearing Corporation's Fund/SERV \
system at no charge.
"""
# A second name with the same initials: the acronym names neither for certain.
TWO_NAMES = (
    FILING
    + """
The Fund may invest in securities of Foreign Development Investment Companies.
"""
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What does the filing say about the FDIC?", "Federal Deposit Insurance Corporation"),
        ("Tell me what the supplement says about the FDIC", "Federal Deposit Insurance"),
        ("How may shares be exchanged through the NSCC?", "Fund/SERV system"),
    ],
)
def test_an_acronym_reads_the_name_spelt_out(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert said in answer.answer


def test_an_acronym_two_names_fit_stays_as_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": TWO_NAMES}).ask(
        "What does the filing say about the FDIC?", doc="s.txt"
    )
    assert not answer.answered, answer.answer


def test_an_acronym_the_filing_writes_is_searched_as_written(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = FILING.replace("Corporation or", "Corporation (FDIC) or")
    answer = assistant_over({"s.txt": text}).ask(
        "What does the filing say about the FDIC?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert "(FDIC)" in answer.answer


CAPITALS_COVER = """NORTHWIND INVESTORS SERIES TRUST
HARBORGATE SERIES FUND
SUPPLEMENT DATED MAY 27, 2016
TO THE
STATEMENT OF ADDITIONAL INFORMATION

Effective May 25, 2016, the sub-section "Securities Loans" in the "Investment Strategies and \
Risks" section is hereby replaced with the following:

All securities loans will be made pursuant to agreements requiring the loans to be continuously \
secured by collateral in cash or high grade debt obligations at least equal at all times to the \
market value of the loaned securities.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What collateral must NIST/HSF securities loans be secured by?",
        "What collateral must NIST and HSF securities loans be secured by?",
    ],
)
def test_acronyms_of_names_a_cover_writes_in_capitals(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"c.txt": CAPITALS_COVER}).ask(question, doc="c.txt")
    assert answer.answered and "cash or high grade debt obligations" in answer.answer, answer.answer
