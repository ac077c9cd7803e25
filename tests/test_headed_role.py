"""A heading that names a role, the firm's name opening the text under it (a prospectus's back
cover: "Investment Adviser / X LLC", "Distributor / Y Services, LLC, a wholly owned subsidiary
of ..."), answers who holds that role; a role no heading names is not answered so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

BACK_COVER = """HARLOW US MICROCAP FUND
Prospectus dated November 1, 2024

The Fund seeks long-term capital appreciation.

Contacting the Fund

You may obtain free copies of the annual and semi-annual reports by contacting the Fund.

Investment Adviser

Harlow Investments, LLC
520 Pike Street, Seattle, WA 98101

Investment Adviser and Sub-Adviser

Harlow Investments, LLC and Pellam Capital Partners Ltd.

Administrator

Corran Fund Administration LLC
Three Canal Plaza, Portland, ME 04101

Distributor

Ashgrove Fund Services, LLC, a wholly owned subsidiary
of Ashgrove Financial Group, LLC

Investment Company Act File No. 811-22842
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the distributor of the Harlow US Microcap Fund?", "Ashgrove Fund Services, LLC"),
        ("Which firm is the distributor of the Fund?", "Ashgrove Fund Services, LLC"),
        ("who is the fund's distributor", "Ashgrove Fund Services, LLC"),
        ("Who is the Fund's administrator?", "Corran Fund Administration LLC"),
        ("Who is the custodian of the Fund?", None),
        # a heading of two roles tells not which firm holds which
        ("Which firm serves as sub-adviser to the Fund?", None),
        # several firms, each under the same label, are a list this reader does not give
        ("Who is the custodian of the Fund?", None),
    ],
)
def test_a_heading_names_the_role_of_the_firm_under_it(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str | None
) -> None:
    answer = expect_answer(BACK_COVER, question, expected)
    if expected == "Ashgrove Fund Services, LLC":
        assert "Harlow Investments" not in answer.answer, answer.answer


SEVERAL = """NORTHWIND MULTI-MANAGER INTERNATIONAL EQUITY FUND
Summary Prospectus dated August 29, 2025

The Fund seeks long-term growth of capital.

Sub-Adviser

Pellam Asset Management LLC

Portfolio Managers

Dana Whitcombe, Portfolio Manager of Pellam, has managed the Fund since 2019.

Sub-Adviser

Ashgrove Investment Partners Ltd.
"""


def test_several_firms_under_the_same_label_are_no_one_answer(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    answer = assistant_over({"s.txt": SEVERAL}).ask(
        "Which subadviser handles the Fund?", doc="s.txt"
    )
    # (either both firms, read as a list, or none: not the first under the label alone)
    assert ("Pellam" in answer.answer) == ("Ashgrove" in answer.answer), answer.answer
