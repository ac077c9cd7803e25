"""A measure a question names by its value ("the Fund's 80% policy", "its 15% limit") is asked
for what it says: the sentence that states it ("invests at least 80% of its net assets in
...") answers, not one that only names it ("will count toward the Fund's 80% policy"), and the
value in its name is no amount asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

POLICY = """CASTLEGATE INVESTMENT TRUST
Castlegate Municipal Bond Fund
Supplement dated June 2, 2025 to the Prospectus dated February 1, 2025

Principal Investment Strategies

Futures on municipal bond indexes will count toward the Fund's 80% policy only if they provide \
exposure similar to the securities included within that policy. Under normal market \
conditions, the Fund invests at least 80% of its net assets, plus borrowings for investment \
purposes, in municipal securities whose interest is exempt from federal income tax. The Fund \
may change its 80% policy upon 60 days' notice to shareholders.
"""
LIMIT = """HARBORVIEW FUNDS TRUST
Harborview Global Credit Fund
Supplement dated May 1, 2025 to the Statement of Additional Information dated March 1, 2025

Illiquid Investments

Investments the Adviser deems liquid at purchase may later be subject to the Fund's 15% limit \
if markets for them dry up. The Fund will not acquire any illiquid investment if, immediately \
after the acquisition, more than 15% of its net assets would be illiquid investments.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (POLICY, "What is the Fund's 80% policy?", "municipal securities whose interest"),
        (POLICY, "Describe the fund's 80% policy.", "municipal securities whose interest"),
        (
            POLICY,
            "Explain the Castlegate Municipal Bond Fund's 80% investment policy.",
            "municipal securities whose interest",
        ),
        (LIMIT, "What is the Fund's 15% limit?", "would be illiquid investments"),
    ],
)
def test_the_sentence_that_states_the_measure_answers(
    expect_answer: Callable[[str, str, str | None], Any], text: str, question: str, expected: str
) -> None:
    answer = expect_answer(text, question, expected)
    assert not answer.answer.startswith("Futures"), answer.answer  # (the policy only named)


def test_an_amount_asked_of_the_named_measure_is_still_an_amount(
    expect_answer: Callable[[str, str, str | None], Any],
) -> None:
    answer = expect_answer(
        POLICY, "How many days' notice must the Fund give to change its 80% policy?", "60 days"
    )
    assert "60 days" in answer.items
