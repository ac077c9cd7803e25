"""'Up to what rate could the fund charge ...?' asks how far an amount may go: its evidence
must bound the amount ("up to 0.25%", "not to exceed"), not state what is charged today
("12b-1 Fees: 0.00%")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CURRENT_ONLY = """NORTHWIND ETF TRUST
Northwind 2X Long Daily ETF
Supplement dated September 9, 2025 to the Prospectus

Annual Fund Operating Expenses. Management Fee: 0.95%. Distribution and Service (12b-1) Fees: \
0.00%. Total Annual Fund Operating Expenses: 0.95%.

The Fund may invest up to 20% of its net assets in foreign securities.
"""
BOUNDED = CURRENT_ONLY.replace(
    "0.00%. Total",
    "0.00%. Under the Fund's Distribution Plan, the Fund may pay 12b-1 fees of up to 0.25% per "
    "year of its average daily net assets, but no such fees are currently paid. Total",
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (CURRENT_ONLY, "Up to what annual rate could the fund charge 12b-1 fees under its "
         "distribution plan?", None),
        (CURRENT_ONLY, "Up to what annual rate could the fund charge 12b-1 fees?", None),
        (CURRENT_ONLY, "up to what rate could the ETF charge 12b-1 fees", None),
        (BOUNDED, "Up to what annual rate could the fund charge 12b-1 fees under its "
         "distribution plan?", "0.25%"),
        (CURRENT_ONLY, "Up to what percentage of net assets may the fund put in foreign "
         "securities?", "20%"),
        # what is charged today is still answered when asked
        (CURRENT_ONLY, "What are the fund's 12b-1 fees?", "0.00%"),
    ],
)  # fmt: skip
def test_how_far_an_amount_may_go_is_a_bound(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
