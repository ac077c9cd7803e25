"""A departure a supplement announces without a date of its own ("All references to X are
deleted") is dated by the filing: "who left in June 2010?" is answered by a supplement dated
June 24, 2010, and not by one of another month."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

COVER = (
    "NORTHWIND INVESTMENT TRUST\n"
    "Northwind High Income Fund\n"
    "Supplement dated June 24, 2010 to the Prospectus dated August 1, 2009\n\n"
)
WORDINGS = [
    "All references to Dana Whitcombe in the prospectus should be deleted.\n",
    "Dana Whitcombe no longer serves as a portfolio manager of the Fund.\n",
    "Dana Whitcombe has retired and no longer manages the Fund.\n",
]
REST = "\nPortfolio Managers\n\nRaj Patel, Vice President, has managed the Fund since 2008.\n"


@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize(
    "question",
    [
        "Who left the Northwind High Income Fund in June 2010?",
        "Who stopped managing the fund in June 2010?",
    ],
)
def test_a_departure_is_dated_by_the_supplement_that_announces_it(
    expect_answer: Callable[[str, str, str | None], Any], wording: str, question: str
) -> None:
    expect_answer(COVER + wording + REST, question, "Dana Whitcombe")


def test_references_deleted_are_dated_by_the_supplement(
    expect_answer: Callable[[str, str, str | None], Any],
) -> None:
    expect_answer(
        COVER + WORDINGS[0] + REST,
        "Whose references were deleted from the prospectus in June 2010?",
        "Dana Whitcombe",
    )


@pytest.mark.parametrize("wording", WORDINGS)
def test_another_month_is_not_the_filing_s(
    expect_answer: Callable[[str, str, str | None], Any], wording: str
) -> None:
    answer = expect_answer(
        COVER + wording + REST, "Who left the Northwind High Income Fund in March 2010?", None
    )
    assert "Dana Whitcombe" not in answer.items
