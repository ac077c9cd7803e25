"""How far an amount may go, asked with a modal ("how high can the fee go?", "how high may
exposure rise?", "how low could it fall?"), asks the bound of that direction: the answer is a
sentence that bounds the amount so ("up to 50% or more", "not to exceed 2%", "at least 20%"),
not one that gives its usual level; without such a sentence the question abstains."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant

FILING = """SUPPLEMENT DATED MAY 1, 2024 TO THE PROSPECTUS OF THE NORTHWIND MULTISECTOR FUND

Principal Investment Strategies

The Northwind Multisector Fund may invest in obligations of any credit quality and expects, \
under normal circumstances, to have approximately 35% of its investments in obligations rated \
below investment grade (sometimes called "junk" bonds) or in unrated obligations of comparable \
quality.

The Fund keeps cash reserves of about 5% of its net assets to meet redemptions.

Liquidity Fees

The Fund may impose a discretionary liquidity fee (not to exceed 2%) upon redemption of \
shares if the Adviser determines a liquidity fee is in the Fund's best interests.

Foreign Securities

The Fund's holdings of foreign securities will, at times, fall to as little as 10% of its \
total assets, and the Fund expects a typical weighting of 25% in such securities.

Other Information

The Fund's exposure to such junk bonds may vary significantly over time based on market \
conditions, and may, at times, represent up to 50% or more of the Fund's investments.
"""

PLAIN = """SUPPLEMENT DATED MAY 1, 2024 TO THE PROSPECTUS OF THE NORTHWIND INCOME FUND

The Fund charges a redemption fee of 2% on shares held less than 30 days.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How high can the fund's junk bond exposure go at times?", "up to 50% or more"),
        ("How high might exposure to junk bonds rise?", "up to 50% or more"),
        ("How high can the discretionary liquidity fee go?", "not to exceed 2%"),
        ("How low could the fund's foreign securities holdings fall?", "as little as 10%"),
    ],
)
def test_the_bound_asked_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"f.txt": FILING}).ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert said in a.answer
    assert any(c.kind == "superlative_bound" and c.ok for c in a.checks), a.checks


def test_an_amount_no_sentence_bounds_abstains(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"p.txt": PLAIN}).ask("How high can the redemption fee go?", doc="p.txt")
    assert not a.answered, a.answer
    assert any(c.kind == "superlative_bound" and not c.ok for c in a.checks), a.checks


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How high can the fee go?", "highest"),
        ("how high may the Fund's exposure rise?", "highest"),
        ("How low could the weighting fall?", "lowest"),
        # no modal: the amount itself is asked
        ("How high is the redemption fee?", None),
        ("How far is the office from the river?", None),
    ],
)
def test_the_extent_a_question_asks(question: str, value: str | None) -> None:
    found = [
        c.value
        for c in verify.constraints(question, measured=True)
        if c.kind == "superlative_bound"
    ]
    assert found == ([value] if value else [])
