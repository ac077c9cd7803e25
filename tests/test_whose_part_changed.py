""" "Which fund's Portfolio Managers section does the supplement change?" asks for a fund: the
one whose heading the changed part stands under, not the part itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

FILING = """HARLOW RETIREMENT FUNDS
Supplement to the Class R Shares Prospectus dated March 1, 2006

Harlow Strategic Income Fund

Effective August 31, 2006, the "Portfolio Managers" section on page 15 is deleted and replaced \
with the following:

Portfolio Managers

Dana Whitcombe | Joined fund team in 1999 | Primarily responsible for the Fund.
Lee Marsh | Joined fund team in 2006 | Primarily responsible for the Fund.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which fund's portfolio manager section does this supplement change?",
         "Harlow Strategic Income Fund"),
        ("which fund's Portfolio Managers section does the supplement replace",
         "Harlow Strategic Income Fund"),
        # the part itself, when it is what is asked
        ("Which section does this supplement change?", "Portfolio Managers"),
    ],
)  # fmt: skip
def test_whose_part_is_changed(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str
) -> None:
    answer = expect_answer(FILING, question, expected)
    if "fund's" in question:
        assert list(answer.items) == ["Harlow Strategic Income Fund"], answer.items
