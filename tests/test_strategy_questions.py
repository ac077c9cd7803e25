""" "What is the fund's principal investment strategy?": what the filing's strategy heading
opens with; not a temporary defensive position, a pointer, or a heading that only holds the
word ("Global Macro Strategy Team", "Changes in Investment Strategy")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

SUMMARY = """Northgate High Yield Fund
Summary Prospectus May 1, 2025

Investment Objective
The Fund seeks high current income.

Principal Investment Strategies
The Fund, under normal circumstances, invests at least 80% of its net assets in high-yield debt
securities. The Fund may invest up to 20% of its net assets in equity securities.

In times of unusual or adverse market, economic or political conditions, the Fund may invest
without limit in investment grade securities and may hold cash.
"""

NOT_STRATEGY = """Northgate Commodity Strategy Fund
Supplement dated June 25, 2019 to the Prospectus dated February 28, 2019

Global Macro Strategy Team
Ann Q. Lee, Senior Vice President, has served on the team managing the Fund since 2008.

The Fund's investment objective, primary investment strategies, and primary risks will not
change.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the fund's principal investment strategy?",
        "What are the principal investment strategies?",
        "What is the fund's investment strategy?",
    ],
)
def test_the_strategy_heading_opens_with_the_strategy(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": SUMMARY}).ask(question)
    assert answer.answered and "at least 80% of its net assets in high-yield" in answer.answer
    assert "adverse market" not in answer.answer


def test_no_strategy_from_a_team_heading_or_a_sentence_that_it_will_not_change(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"n.txt": NOT_STRATEGY}).ask(
        "What is the fund's principal investment strategy?"
    )
    assert not answer.answered, answer.answer


def test_a_narrower_strategy_question_is_not_answered_by_the_heading(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # "its strategy in adverse markets" asks for the defensive position itself
    answer = assistant_over({"s.txt": SUMMARY}).ask(
        "What is the fund's strategy in times of adverse market conditions?"
    )
    assert answer.answered and "invest without limit in investment grade" in answer.answer
