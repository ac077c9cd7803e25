"""A question whose wh-phrase asks for a firm a person joined ("which firm did X join in
2019?") asks the firm, not when; "when did X join Y?" asks the date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

FILING = """HARBORGATE GROWTH FUND
Supplement dated August 1, 2025 to the Prospectus dated February 1, 2025

Dana K. Holt, Portfolio Manager of Eastbank Advisors
Ms. Holt has been portfolio manager of the Fund since March 2024, providing research and advice \
on the purchases and sales of individual securities. She joined Eastbank Advisors in 2019.
"""


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Which firm did Dana Holt join in 2019?", "sentence"),
        ("What company did Dana Holt join?", "sentence"),
        ("When did Dana Holt join Eastbank Advisors?", "date"),
    ],
)
def test_what_joining_asks(question: str, answer_type: str) -> None:
    assert understand(question, has_person=True).answer_type == answer_type


def test_the_firm_joined_is_answered(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(
        "Which firm did Dana Holt join in 2019?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert "Eastbank Advisors in 2019" in answer.answer
