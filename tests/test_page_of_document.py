"""A page asked of one kind of document ("on what page of the summary prospectus ...?") is
not a page the answer places in another kind ("page 10 of the prospectus"), and a page asked of
a section named by its title is one of that section, not of the section beside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PAGES = """NORTHWIND INCOME FUNDS
Northwind High-Yield Fund
Supplement dated March 1, 2012 to the Summary Prospectus and the Prospectus

The following replaces the Portfolio Managers section on pages 4-5 of the summary prospectus \
and page 5 of the prospectus.

The following replaces The Fund Management Team section on page 10 of the prospectus.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("On what page of the summary prospectus is The Fund Management Team section?", None),
        ("On what page of the prospectus is The Fund Management Team section?", "page 10"),
        ("On which page of the summary prospectus is the Portfolio Managers section?", "4-5"),
        # a section asked for by its document's name is no title
        ("Which Prospectus section is replaced on page 10?", "Fund Management Team"),
    ],
)
def test_a_page_is_of_the_document_and_section_asked(
    expect_answer: Callable[[str, str, str | None], object],
    question: str,
    expected: str | None,
) -> None:
    expect_answer(PAGES, question, expected)
