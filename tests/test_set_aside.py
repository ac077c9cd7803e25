"""A case a question sets aside ("minimum for an IRA (not on a systematic purchase plan)?",
", excluding systematic purchase plans") is not answered by the table row of that case; a
question that asks for the case is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

MINIMUMS = """NORTHWIND MUNICIPAL INCOME FUND
Summary Prospectus dated June 27, 2025

Purchase and Sale of Fund Shares

Type of Account | Initial Investment Per Fund | Additional Investments Per Fund
Employer Sponsored Retirement and Benefit Plans | None | None
IRAs and Coverdell ESAs if the new investor is purchasing shares through a systematic purchase \
plan | $25 | $25
All other accounts | $1,000 | $50
"""


@pytest.mark.parametrize(
    "question",
    [
        "Minimum initial investment for an IRA (not on a systematic purchase plan)?",
        "Minimum initial investment for an IRA, excluding systematic purchase plans?",
        "What is the minimum initial investment for an IRA, other than through a systematic "
        "purchase plan?",
    ],
)
def test_the_row_of_the_case_set_aside_does_not_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MINIMUMS}).ask(question, doc="m.txt")
    assert "$25" not in a.answer and "$25" not in a.items, a.answer


def test_the_case_asked_is_answered_by_its_row(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.txt": MINIMUMS}).ask(
        "Minimum initial investment for an IRA through a systematic purchase plan?", doc="m.txt"
    )
    assert a.answered and "$25" in a.answer, a.answer
