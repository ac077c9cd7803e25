"""A question that asks a time first ("in what year did X earn the CFA charter?", "when did X
earn ...?") asks for a date, whatever detail of a person it names: a credential the filing
gives without its year is no answer; the credential itself is still answered when asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

WITH_YEAR = """NORTHWIND FUNDS
Northwind Balanced Fund
Supplement dated June 1, 2021 to the Prospectus

Portfolio Managers. Jane Q. Doe, CFA, and Peter R. Lane manage the Fund. Ms. Doe has managed \
the Fund since 2015 and earned the CFA charter in 2009.
"""
NO_YEAR = """HARBORGATE FUNDS
Harborgate Balanced Fund
Supplement dated June 1, 2021 to the Prospectus

Portfolio Managers. Jane Q. Doe, CFA, and Peter R. Lane manage the Fund. Ms. Doe has managed \
the Fund since 2015.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (WITH_YEAR, "In what year did Jane Doe earn her CFA charter?", "2009"),
        (NO_YEAR, "In what year did Jane Doe earn her CFA charter?", None),
        (NO_YEAR, "When did Jane Doe earn the CFA designation?", None),
        (NO_YEAR, "What credentials does Jane Doe hold?", "CFA"),
    ],
)
def test_a_time_asked_of_a_detail_is_a_date(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
