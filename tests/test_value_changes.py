"""An amount's new or earlier value: a question asking for one needs evidence that the amount
changes (a supplement states its amounts anew; a prospectus needs a word of change)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant

PROSPECTUS = """Northgate Growth Fund
Summary Prospectus May 1, 2025

Fees and Expenses of the Fund
This table describes the fees and expenses that you may pay if you buy, hold and sell shares.
You may pay other fees through a qualified pension or retirement plan. If these were included,
your expenses would be lower or higher.
Annual Fund Operating Expenses | Class A | Class I
Management Fees | 0.75% | 0.75%
Total Annual Fund Operating Expenses | 1.10% | 0.85%

The minimum initial investment for new investors is $2,500.
"""

SUPPLEMENT = """Northgate Growth Fund
Supplement dated June 2, 2025 to the Prospectus dated May 1, 2025

Annual Fund Operating Expenses | Class A | Class I
Management Fees | 0.65% | 0.65%
Total Annual Fund Operating Expenses | 1.00% | 0.75%
"""

CHANGED = """Northgate Growth Fund
Summary Prospectus May 1, 2025

Effective May 1, 2025, the management fee of the Fund was reduced from 0.80% to 0.70% of
average daily net assets.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the new management fee?",
        "What was the previous management fee?",
        "What is the revised expense ratio?",
    ],
)
def test_a_prospectus_states_no_new_or_earlier_value(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # "retirement plan" and "would be lower" above the table tell no change of the fee
    answer = assistant_over({"p.txt": PROSPECTUS}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the management fee?", "0.75%"),
        ("What is the minimum initial investment for new investors?", "$2,500"),
    ],
)
def test_the_value_as_it_is_still_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, value: str
) -> None:
    answer = assistant_over({"p.txt": PROSPECTUS}).ask(question)
    assert answer.answered and value in answer.answer, answer.answer


def test_a_supplement_states_its_amounts_anew(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": SUPPLEMENT}).ask("What is the new management fee?")
    assert answer.answered and "0.65%" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the new management fee?", "0.70%"),
        ("What was the previous management fee?", "0.80%"),
    ],
)
def test_a_stated_change_gives_both_sides(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, value: str
) -> None:
    answer = assistant_over({"c.txt": CHANGED}).ask(question)
    assert answer.answered and value in answer.items, answer.answer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What is the new management fee rate?", "new"),
        ("What is the revised expense cap?", "revised"),
        ("What is the minimum for new investors?", None),
        ("Who is the new portfolio manager?", None),
        ("What is the fund's new name?", None),
    ],
)
def test_a_new_value_is_asked_by_the_word_before_its_noun(question: str, asked: str | None) -> None:
    assert verify.new_value_asked(question) == asked
