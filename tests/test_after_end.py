"""A value asked for after a date ("what expense limit applies after May 1, 2026?") is not one
the filing says holds until that date ("0.94% through May 1, 2026", "until April 30, 2026");
the value asked until then answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE VARIABLE PORTFOLIOS
Harborgate Large Cap Value Portfolio
Supplement dated August 29, 2025 to the Prospectus dated May 1, 2025

The adviser has contractually agreed to limit expenses of the Portfolio to 0.94% for Class S, \
through May 1, 2026. The management fee waiver of 0.05% will remain in place until April 30, 2026.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What expense limit will apply to Class S after May 1, 2026?",
        "What is the Class S expense cap beyond May 1, 2026?",
        "What management fee waiver applies after April 30, 2026?",
    ],
)
def test_a_value_that_ends_then_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


def test_the_value_until_then_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(
        "What expense limit applies to Class S through May 1, 2026?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert "0.94%" in answer.answer
