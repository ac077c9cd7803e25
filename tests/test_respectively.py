"""Values given class by class "respectively" in one sentence: each share class asked gets its
own value, and a sentence of another measure answers nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import respectively
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "The adviser is contractually obligated to limit expenses to 1.29%, 0.69% and "
            "1.09% for Class ADV, Class I and Class S2 shares, respectively, through May 1, 2026.",
            [("Class ADV", "1.29%"), ("Class I", "0.69%"), ("Class S2", "1.09%")],
        ),
        (
            "The caps are 1.00%, 0.90% and 0.75% for Classes A, C and I, respectively.",
            [("Class A", "1.00%"), ("Class C", "0.90%"), ("Class I", "0.75%")],
        ),
        (
            "The adviser limits expenses of Institutional Shares and Investor Shares to 1.50% "
            "and 1.75%, respectively.",
            [("Institutional Shares", "1.50%"), ("Investor Shares", "1.75%")],  # values after
        ),
        ("The gross and net expenses are 1.2% and 0.9%, respectively.", []),
        ("The caps are 1.00% and 0.75% for Class A, Class C and Class I, respectively.", []),
    ],
)
def test_pairs_of_a_sentence(sentence: str, pairs: list[tuple[str, str]]) -> None:
    assert respectively.pairs(sentence) == pairs


CAPS = """NORTHWIND LARGE CAP VALUE PORTFOLIO
Summary Prospectus dated May 1, 2025

Fees and Expenses of the Portfolio

Northwind Investments, LLC is contractually obligated to limit expenses to 1.29%, 0.69%, 0.94%, \
and 1.09% for Class ADV, Class I, Class S, and Class S2 shares, respectively, through May 1, 2026.

Purchase and Sale of Portfolio Shares

Shares are offered through variable annuity contracts; there is no minimum initial investment.
"""


@pytest.mark.parametrize(
    ("question", "values", "not_values"),
    [
        ("What is the expense limit for Class S2 of the portfolio?", ["1.09%"], ["0.94%"]),
        (
            "Contractual expense limits for Class I and Class S?",
            ["0.69%", "0.94%"],
            ["1.29%", "1.09%"],
        ),
        ("Class ADV expense cap?", ["1.29%"], ["0.69%"]),
    ],
)
def test_each_class_asked_gets_its_own_value(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    values: list[str],
    not_values: list[str],
) -> None:
    a = assistant_over({"c.txt": CAPS}).ask(question, doc="c.txt")
    assert a.answered and list(a.items) == values, a.answer
    assert not any(v in a.items for v in not_values)


def test_a_sentence_of_another_measure_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": CAPS}).ask(
        "What is the minimum initial investment for Class I shares?", doc="c.txt"
    )
    assert "0.69%" not in a.items, a.answer


def test_two_classes_and_a_second_question(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # the second question is split off first; the two classes are both of the first
    a = assistant_over({"c.txt": CAPS}).ask(
        "Expense caps for Class ADV and Class S2, and through when do they run?", doc="c.txt"
    )
    assert a.answered, a.answer
    assert all(v in a.answer for v in ("1.29%", "1.09%", "May 1, 2026")), a.answer
    assert "0.94%" not in a.items


def test_the_clause_after_respectively_is_said_beside_the_values(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": CAPS}).ask("Class S expense limit?", doc="c.txt")
    assert a.answered and a.answer.startswith("0.94% for Class S, through May 1, 2026"), a.answer
