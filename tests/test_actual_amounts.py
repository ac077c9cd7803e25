"""An amount asked as what it actually came to ("what percentage did the fund actually
repurchase?") is not answered by an amount the filing states only as a bound ("offers of no
less than 5%"); the amount it came to answers, and the bound still answers a question for it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

POLICY = """NORTHWIND ENDOWMENT FUND
Supplement dated March 1, 2024 to the Prospectus

The Fund operates as an interval fund that will make quarterly repurchase offers of no less than \
5% of the outstanding shares of the Fund at net asset value.
"""
DONE = (
    POLICY
    + """
In its most recent quarterly repurchase offer, which expired on February 9, 2024, the Fund \
repurchased 3.2% of the outstanding shares of the Fund.
"""
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (POLICY, "What percentage of outstanding shares did the fund actually repurchase in its "
         "most recent quarterly offer?", None),
        (DONE, "What percentage of outstanding shares did the fund actually repurchase in its "
         "most recent quarterly offer?", "3.2%"),
        (POLICY, "What is the minimum size of each quarterly repurchase offer?", "5%"),
    ],
)  # fmt: skip
def test_what_an_amount_came_to_is_no_bound(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
