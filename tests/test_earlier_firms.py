"""A firm asked as it was before a date ("who was the administrator before July 1, 2001?"):
not the one an arrangement starting on that date names (an agreement "dated", a change
"effective" then), but the one the filing says served before it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

DATED = """HARBORGATE INVESTMENT TRUST
Supplement dated February 28, 2002 to the Statement of Additional Information

Under an administration agreement dated July 1, 2001, Northgate Services LLC (the \
"Administrator") calculates the net asset value of the Funds and assists the Board in the \
operation of the Trust. Prior to July 1, 2001, Eastbank Trust Company served as the \
Administrator to the Trust.
"""


@pytest.mark.parametrize("text", [DATED])
@pytest.mark.parametrize(
    ("question", "firm", "not_firm"),
    [
        ("Who was the administrator of the Trust before July 1, 2001?", "Eastbank", "Northgate"),
        ("Who is the administrator of the Trust?", "Northgate", None),
    ],
)
def test_the_firm_of_the_time_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
    text: str,
    question: str,
    firm: str,
    not_firm: str | None,
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    first = answer.answer.split(". ")[0]
    assert firm in first, answer.answer
    if not_firm:
        assert not_firm not in first, answer.answer
