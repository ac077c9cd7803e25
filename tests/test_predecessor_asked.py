"""Who came before someone is not the one the evidence tells as coming after: a firm its
sentence calls new ("entered into a new sub-advisory agreement with X"), one said to replace
another, or a manager serving since the year the question's anchor dates or later. And a
section's quoted title ("Portfolio Management - Sub-Adviser") names no firm."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans

FILING = """CEDARHAVEN INVESTORS TRUST
Cedarhaven Growth and Income Portfolio
Supplement dated June 23, 2010

The Transaction resulted in the automatic termination of the Portfolio's sub-advisory \
agreement previously in place with Harborgate Capital. Effective June 1, 2010, Cedarhaven \
Services LLC, the Portfolio's investment adviser, entered into a new sub-advisory agreement \
with Northwind Advisers, Inc. on the same terms as the previous agreement.

1. The section entitled "Portfolio Management - Sub-Adviser" of the summary section of the \
Portfolio's Prospectus is hereby deleted and replaced with the following.

PORTFOLIO MANAGERS

Dana Whitcombe has primary responsibility for the day-to-day management of the Portfolio. \
Ms. Whitcombe has been a portfolio manager of the Portfolio since 1998.

Lee Marsh, Chief Executive Officer of the Adviser, also serves as a portfolio manager of the \
Portfolio, providing oversight and support to Ms. Whitcombe. He has been a portfolio manager \
of the Portfolio since 2024.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (FILING, "Who sub-advised the Cedarhaven Growth and Income Portfolio before Northwind?",
         None),
        (FILING, "Who managed the Portfolio before Dana Whitcombe became its portfolio manager "
         "in 1998?", None),
        (FILING, "Who was portfolio manager prior to Ms. Whitcombe taking over in 1998?", None),
        (FILING, "Which firm sub-advised the Portfolio prior to Northwind Advisers?", None),
        # who manages it is still answered
        (FILING, "Who manages the Portfolio?", "Dana Whitcombe"),
    ],
)  # fmt: skip
def test_who_came_before_is_not_who_came_after(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)


@pytest.mark.parametrize(
    "text",
    [
        'The section entitled "Portfolio Management - Sub-Adviser" is deleted. Northwind '
        "Advisers, Inc. is the sub-adviser.",
        "See the “Fund Management Team” section. Northwind Advisers, Inc. is the sub-adviser.",
        "Under the heading “Portfolio Management”, Northwind Advisers, Inc. is named.",
    ],
)
def test_a_quoted_section_title_names_no_firm(text: str) -> None:
    assert spans.orgs(text) == ["Northwind Advisers, Inc."]


def test_a_heading_that_is_a_firm_name_still_names_it() -> None:
    text = "under the heading “Northwind Investment Management (US) LLC” will be amended"
    assert spans.orgs(text) == ["Northwind Investment Management (US) LLC"]
