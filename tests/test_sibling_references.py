"""In a filing of several funds, "the Portfolio" that follows another fund's full name in its
sentence is that fund ("... as sub-adviser for Northwind Mid Cap Growth Portfolio with no change
to the Portfolio's investment objective"): the sentence says nothing of the filing's other
funds. In a sentence of a merger, "the Fund" beside the partner's name stays the fund asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

SUB_ADVISERS = """Northwind Investors Trust
Northwind Large Cap Growth Portfolio,
Northwind Mid Cap Growth Portfolio, and
Northwind Capital Appreciation Portfolio
Supplement dated January 23, 2008
to the Service Class Prospectus dated April 30, 2007
Sub-Advisers
1. Effective January 31, 2008, Eastbridge Global Investors LLC will replace Calder Rock Asset \
Management LLC as sub-adviser for Northwind Large Cap Growth Portfolio with no change to the \
Portfolio's investment objective or principal investment strategies.
2. Effective January 31, 2008, Harborgate Capital Management Inc. will replace Calder Rock Asset \
Management LLC as sub-adviser for Northwind Mid Cap Growth Portfolio with no change to the \
Portfolio's investment objective or principal investment strategies.
Portfolio Names
3. Footnote (2) under the section “Description of the Portfolio - Average Annual Total Returns” \
on page 26 of the Service Class Prospectus of Northwind Summit Large Cap Growth Portfolio \
(formerly Northwind Large Cap Growth Portfolio) is hereby deleted and replaced with the following.
"""

MERGER = """Northwind Funds
Northwind Balanced Portfolio
Northwind Moderate Allocation Portfolio
Supplement dated March 1, 2014 to the Prospectus dated May 1, 2013
The Board of Trustees approved a plan under which Northwind Moderate Allocation Portfolio will \
acquire all of the assets of the Portfolio in exchange for shares of Northwind Moderate \
Allocation Portfolio, on or about April 25, 2014.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"subs.txt": SUB_ADVISERS, "merger.txt": MERGER})


@pytest.mark.parametrize(
    "question",
    [
        "Who becomes the new sub-adviser of Northwind Capital Appreciation Portfolio?",
        "Which firm will replace Calder Rock as sub-adviser of Northwind Capital Appreciation "
        "Portfolio?",
    ],
)
def test_another_funds_sentence_answers_nothing_of_this_one(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="subs.txt")
    assert not a.answered, a.answer
    assert "Eastbridge" not in a.answer and "Harborgate" not in a.answer


@pytest.mark.parametrize(
    ("question", "expected", "other"),
    [
        (
            "Who becomes the new sub-adviser of Northwind Mid Cap Growth Portfolio?",
            "Harborgate Capital Management",
            "Eastbridge",
        ),
        (
            "Who becomes the new sub-adviser of Northwind Large Cap Growth Portfolio?",
            "Eastbridge Global Investors",
            "Harborgate",
        ),
    ],
)
def test_the_funds_own_sentence_answers(
    assistant: Assistant, question: str, expected: str, other: str
) -> None:
    a = assistant.ask(question, doc="subs.txt")
    assert a.answered and expected in a.answer and other not in a.answer, a.answer


def test_the_portfolio_in_a_quoted_title_is_no_fund(assistant: Assistant) -> None:
    a = assistant.ask(
        "What is Northwind Capital Appreciation Portfolio being renamed to?", doc="subs.txt"
    )
    assert not a.answered and "Footnote" not in a.answer, a.answer


def test_the_fund_beside_its_merger_partner_is_the_one_asked(assistant: Assistant) -> None:
    a = assistant.ask(
        "Which portfolio will acquire the assets of Northwind Balanced Portfolio?",
        doc="merger.txt",
    )
    assert a.answered and "Northwind Moderate Allocation Portfolio" in a.answer, a.answer
