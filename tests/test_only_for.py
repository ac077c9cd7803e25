"""A passage a supplement limits to one fund's documents ("DIVERSIFIED BOND PROSPECTUS ONLY",
"For the Northwind Income Fund only:") does not answer a question about another fund; it still
answers one about that fund, or one naming no fund."""

from __future__ import annotations

from collections.abc import Callable

import pytest

LIMITED = """NORTHWIND INVESTMENT TRUST
Northwind High-Yield Fund
Northwind Diversified Bond Fund
Supplement dated March 1, 2012 to the Prospectuses

DIVERSIFIED BOND PROSPECTUS ONLY THE FOLLOWING ENTRIES ARE ADDED TO THE FUND MANAGEMENT TEAM ON \
PAGE 14 OF THE PROSPECTUS.

For the Northwind Diversified Bond Fund only: the minimum initial investment is reduced to $500.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("On which page of the Northwind High-Yield Fund prospectus are the new fund "
         "management team entries added?", None),
        ("On which page of the Northwind Diversified Bond Fund prospectus are the new fund "
         "management team entries added?", "14"),
        ("What is the new minimum initial investment for the Northwind High-Yield Fund?", None),
        ("What is the new minimum initial investment for the Northwind Diversified Bond Fund?",
         "$500"),
    ],
)  # fmt: skip
def test_a_passage_limited_to_another_funds_documents_answers_nothing_of_this_one(
    expect_answer: Callable[[str, str, str | None], object],
    question: str,
    expected: str | None,
) -> None:
    expect_answer(LIMITED, question, expected)
