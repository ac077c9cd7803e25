"""Since when a firm has advised a fund is not since when its portfolio manager has managed it:
"Management" closing a firm's name ("Harbor Point Asset Management") asks no manager's
tenure."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FUND = """NORTHWIND CORE BOND FUND
Summary Prospectus dated May 1, 2025

Management
Investment Adviser. Harbor Point Asset Management LLC (the "Adviser") serves as the Fund's \
investment adviser.
Portfolio Manager. Lena Morrow has primary responsibility for the day-to-day management of \
the Fund's portfolio. Ms. Morrow has been a portfolio manager with the Adviser since 2009 and \
has been the Fund's portfolio manager since 2012.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"f.txt": FUND})


@pytest.mark.parametrize(
    "question",
    [
        "Since what year has Harbor Point Asset Management been the adviser of the fund?",
        "How long has Harbor Point Asset Management advised Northwind Core Bond Fund?",
    ],
)
def test_a_firms_tenure_is_no_managers(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert "2012" not in a.items, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Since what year has the fund been managed by its portfolio manager?",
        "Since when has the fund's manager managed it?",
    ],
)
def test_a_managers_tenure(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="f.txt")
    assert a.answered and "2012" in a.items, a.answer
