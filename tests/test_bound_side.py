"""An upper bound asked ("the maximum percentage it may hold in stocks") is not answered by an
amount the filing bounds from below ("not less than 50%"), nor a lower bound by one it bounds
from above ("up to 20%"), nor either by an amount it expects ("an allocation of about 8%");
the bound of the side asked answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE FUNDS
Harborgate Capital Appreciation Fund
Supplement dated May 1, 2025 to the Summary Prospectus dated May 1, 2025

Principal investment strategies of the Fund. To achieve the Fund's investment objective, the \
Adviser invests not less than 50% of the Fund's net assets in common or preferred stocks. The \
Fund may invest up to 20% of its net assets in foreign securities. Under normal market \
conditions, the Fund is expected to maintain an allocation of about 8% of its assets in cash.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the maximum percentage of net assets the fund may hold in common and preferred "
        "stocks?",
        "At most how much of its net assets can the fund put in common or preferred stocks?",
        "What is the minimum share of net assets the fund may invest in foreign securities?",
        "What is the maximum percentage of its assets the fund may hold in cash?",
        "What is the minimum allocation to cash the fund must keep?",
    ],
)
def test_the_other_bound_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "What is the minimum percentage of net assets the fund invests in common or "
            "preferred stocks?",
            "50%",
        ),
        (
            "What is the maximum percentage of net assets the fund may invest in foreign "
            "securities?",
            "20%",
        ),
    ],
)
def test_the_bound_asked_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, amount: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert amount in answer.items, answer.answer
