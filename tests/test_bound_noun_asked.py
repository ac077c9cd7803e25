"""A wh-phrase of a bound before a noun of an act ("what minimum purchase applies ...?", "what
maximum redemption ...?") asks an amount, the least or most the act may be: a passage that
only says who may buy is no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.understand import asked_target

POLICY = """HARLOW INVESTMENT FUND
Harlow Mid Cap Value Fund
Supplement dated February 28, 2014 to the Prospectus

CLOSED FUND POLICIES - HARLOW MID CAP VALUE FUND

Existing shareholders may continue to purchase Fund shares through existing accounts. Harlow \
Capital encourages its employees to own shares of the Harlow funds, and as such, upon prior \
approval, employees of Harlow Capital and its affiliates may open new Fund accounts.
"""
STATED = POLICY.replace(
    "may open new Fund accounts.",
    "may open new Fund accounts with a minimum purchase of $500.",
)


@pytest.mark.parametrize(
    "question",
    [
        "What minimum purchase applies to employees?",
        "What maximum redemption is allowed online?",
        "which minimum investment applies to IRAs",
    ],
)
def test_a_bound_before_an_act_asks_an_amount(question: str) -> None:
    assert asked_target(question)[0] == "amount"


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (POLICY, "What minimum purchase applies to Harlow Capital employees buying the Fund with "
         "prior approval?", None),
        (STATED, "What minimum purchase applies to Harlow Capital employees buying the Fund with "
         "prior approval?", "$500"),
        # who may buy is still answered when asked
        (POLICY, "Who may open new Fund accounts with prior approval?", "employees"),
    ],
)  # fmt: skip
def test_an_amount_asked_so_is_answered_by_one(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
