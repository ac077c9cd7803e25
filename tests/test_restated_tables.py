"""A fee table whose note says its amounts already hold a change ("restated to reflect a
reduction in management fees, effective July 1, 2025") gives the new amounts: no answer to a
question for the amount before the change, still the answer for the current one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """Larchmont Value Fund
Summary Prospectus dated June 30, 2025

Annual Fund Operating Expenses | Class A | Class Y
Management fees1 | 0.66% | 0.66%
Distribution and/or service (12b-1) fees | 0.25% | 0.00%
Total annual fund operating expenses | 1.09% | 0.84%
"""

NOTE_ROW = HEAD + (
    "1 | The Fund's operating expenses have been restated to reflect a reduction in management "
    "fees, effective as of July 1, 2025, as if the reduction had been in effect during the "
    "fiscal year.\n\nExample\nThis example is intended to help you compare costs.\n"
)
NOTE_PARAGRAPH = HEAD + (
    "\n1 Expenses have been restated to reflect a reduction in management fees effective July "
    "1, 2025.\n\nExample\nThis example is intended to help you compare costs.\n"
)
CHANGE_STATED = HEAD + (
    "\nEffective July 1, 2025, the management fee was reduced from 0.75% to 0.66%.\n"
)

EARLIER = [
    "What was the management fee before the July 2025 reduction?",
    "What was the previous management fee?",
    "What was the Class A management fee prior to the reduction?",
]


@pytest.mark.parametrize("filing", [NOTE_ROW, NOTE_PARAGRAPH])
@pytest.mark.parametrize("question", EARLIER)
def test_a_restated_table_gives_no_earlier_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str
) -> None:
    a = assistant_over({"r.txt": filing}).ask(question)
    assert not a.answered or "0.66%" not in a.answer, a.answer


@pytest.mark.parametrize("filing", [NOTE_ROW, NOTE_PARAGRAPH])
def test_a_restated_table_gives_the_current_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str
) -> None:
    a = assistant_over({"r.txt": filing}).ask("What is the current management fee?")
    assert a.answered and "0.66%" in a.answer, a.answer


def test_a_change_that_names_the_earlier_amount_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": CHANGE_STATED}).ask("What was the previous management fee?")
    assert a.answered and "0.75%" in a.answer, a.answer


NEW_POLICY = """Harborgate Equity Fund
Supplement dated November 7, 2008 to the Statement of Additional Information dated March 28, 2008

Effective immediately, the Statement of Additional Information has been modified to reflect the
Fund's new policy with respect to investing in foreign securities.

Foreign Securities. The Fund may invest up to 10% of its total assets in foreign equity
securities.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What was the fund's limit on foreign equity securities before the November 2008 change?",
        "What was the previous limit on foreign equity securities?",
    ],
)
def test_a_text_that_states_a_new_policy_gives_no_earlier_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": NEW_POLICY}).ask(question)
    assert not a.answered, a.answer
    b = assistant_over({"p.txt": NEW_POLICY}).ask("What is the limit on foreign equity securities?")
    assert b.answered and "10%" in b.answer, b.answer
