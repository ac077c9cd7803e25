"""The parts of its documents a supplement replaces, amends or deletes, read from the sentences
announcing each change, quoted or not, with the pages they give."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import amended_parts
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "The following replaces the Portfolio Managers section on page 5 of the prospectus.",
            [("Portfolio Managers", "5")],
        ),
        (
            "Effective May 25, 2016, the sub-section “Securities Loans” in the “Investment "
            "Strategies and Risks” section is hereby replaced with the following:",
            [("Securities Loans", None), ("Investment Strategies and Risks", None)],
        ),
        (
            'The disclosure under the heading "Principal investment strategies" is amended and '
            "restated as follows:",
            [("Principal investment strategies", None)],
        ),
        (
            "The information from the Prospectus Summary section on page 1 through the "
            "Temporary Investments section on page 3 of each prospectus is hereby deleted and "
            "replaced with the following:",
            [("Prospectus Summary", "1"), ("Temporary Investments", "3")],
        ),
        ("The Fund invests in the Large Cap section of the market.", []),
        ("The Summary Prospectus section describes the Fund.", []),
    ],
)
def test_the_parts_a_sentence_changes(sentence: str, parts: list[tuple[str, str | None]]) -> None:
    assert [(p.title, p.page) for p in amended_parts.read(sentence)] == parts


SUPPLEMENT = """NORTHWIND HIGH-YIELD FUND
Supplement dated June 1, 2010 to the Prospectus dated August 1, 2009

The following replaces the Portfolio Managers section on page 5 of the prospectus.

Portfolio Managers

Carl Berg, Vice President, has been a member of the team since 2008.

The following replaces The Fund Management Team section on page 12 of the prospectus.

The Fund is managed by a team of portfolio managers.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which sections does this supplement replace?",
        "Which prospectus sections (and pages) does the June 2010 supplement replace?",
        "What parts of the prospectus are replaced?",
    ],
)
def test_the_sections_a_supplement_replaces(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": SUPPLEMENT}).ask(question, doc="s.txt")
    assert a.answered, a.answer
    assert a.items == ("Portfolio Managers (page 5)", "Fund Management Team (page 12)"), a.items
    assert "page 12" in a.answer and a.citations


def test_a_part_within_a_section_named_is_not_the_section(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": SUPPLEMENT}).ask(
        "Which part of the Portfolio Managers section does the supplement replace?",
        doc="s.txt",
    )
    assert a.items != ("Portfolio Managers (page 5)", "Fund Management Team (page 12)")


POLICIES = """Northwind Investment Fund
Northwind Mid Cap Value Fund
Northwind Small Cap Value Fund
Supplement dated February 28, 2014 to Currently Effective Prospectuses

The following replaces in their entirety the corresponding information under "Closed Fund \
Policies - Northwind Mid Cap Value Fund" and "Closed Fund Policies - Northwind Small Cap Value \
Fund" found in the Shareholder's Guide of the Prospectuses.

CLOSED FUND POLICIES - NORTHWIND MID CAP VALUE FUND

The Fund has limited sales of its shares because the Trustees believe continued sales are not in \
the best interests of the Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which funds' closed fund policies are replaced by this supplement?",
        "For which funds are the closed fund policies replaced?",
    ],
)
def test_a_part_of_the_documents_replaced_is_read_from_the_instruction(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": POLICIES}).ask(question, doc="p.txt")
    assert a.answered, a.answer
    assert "Northwind Mid Cap Value Fund" in a.answer, a.answer
    assert "Northwind Small Cap Value" in a.answer, a.answer


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "6. Footnote (2) under the section “Description of the Fund - Average Annual Total "
            "Returns” on page 26 of the Prospectus is hereby deleted and replaced with the "
            "following:",
            "Footnote (2) under Description of the Fund - Average Annual Total Returns (page 26)",
        ),
        (
            "The second paragraph under the heading “Purchasing Shares” on page 12 of the "
            "prospectus is replaced with the following:",
            "Second paragraph under Purchasing Shares (page 12)",
        ),
        (
            "Item 3 in the section entitled Portfolio Holdings is deleted in its entirety.",
            "Item 3 under Portfolio Holdings",
        ),
        (
            "The last sentence of the section “Fees and Expenses” is deleted.",
            "Last sentence under Fees and Expenses",
        ),
        # a part named by no number or ordinal is the section's to say
        ("The paragraph under the heading “Purchasing Shares” is replaced.", "Purchasing Shares"),
    ],
)
def test_a_numbered_part_is_read_with_the_section_it_stands_in(sentence: str, label: str) -> None:
    assert [p.label for p in amended_parts.read(sentence)] == [label]


FOOTNOTE = """NORTHWIND VARIABLE PORTFOLIOS
Northwind Large Cap Growth Portfolio
Supplement dated May 1, 2009 to the Prospectus dated April 30, 2009

1. The Portfolio's name is unchanged.

2. Footnote (2) under the section “Description of the Portfolio - Average Annual Total Returns” \
on page 26 of the Prospectus is hereby deleted and replaced with the following:

(2) The index is unmanaged and reflects no deduction for fees or expenses.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which footnote in the Average Annual Total Returns section is deleted?",
        "What part of the prospectus does the supplement replace?",
    ],
)
def test_the_numbered_part_a_supplement_replaces(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": FOOTNOTE}).ask(question, doc="s.txt")
    assert a.answered and "Footnote (2)" in a.answer, a.answer
    assert "page 26" in a.answer and a.citations


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Which sections does this supplement replace?", True),
        ("What parts of the prospectus are amended?", True),
        # where the filing itself sets text out: its own heading, not a part it changes
        ("Under what heading are the prospectus wording changes listed?", False),
        ("Which section are the revised parts found in?", False),
    ],
)
def test_a_question_for_the_parts_changed(question: str, asked: bool) -> None:
    assert amended_parts.asks_parts(question) is asked


def test_where_the_changes_are_set_out_is_not_what_they_change(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": SUPPLEMENT}).ask(
        "Under what heading are the prospectus wording changes listed?", doc="s.txt"
    )
    assert "Portfolio Managers (page 5)" not in a.answer, a.answer
