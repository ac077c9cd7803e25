"""A month written with a two-digit year ("Portfolio Manager (since 08/25)") is a date: a
manager's tenure starts then, and a question dating a change by month finds it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("date", "text", "found"),
    [
        ("August 2025", "Kai Yee Wong Portfolio Manager (since 08/25)", True),
        ("August 2025", "Lanyon Blair Portfolio Manager (since 05/23)", False),
        ("May 2023", "Portfolio Manager (since 5/23)", True),
        ("August 2025", "a ratio of 8/25 of the assets in 2024", False),  # no year 2025
        ("August 2025", "dated 08/25/2024", False),  # a full date of another year
    ],
)
def test_a_month_and_a_two_digit_year(date: str, text: str, found: bool) -> None:
    assert verify.date_in(date, text) is found


TEAM = """NORTHWIND MULTI-MANAGER INTERNATIONAL EQUITY FUND
Summary Prospectus dated August 29, 2025

Portfolio Management

Lena Marsh, CFA Portfolio Manager (since 05/23) | Omar Reyes Portfolio Manager (since 05/23)
Carl Berg Portfolio Manager (since 05/24) | Ann Lee Portfolio Manager (since 08/25)
Ravi Patel, CFA Portfolio Manager (since 08/25)
"""


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Which PMs were added to the fund in August 2025?", {"Ann Lee", "Ravi Patel"}),
        ("Which PMs joined the fund in May 2023?", {"Lena Marsh", "Omar Reyes"}),
        ("Who has managed the fund since May 2024?", {"Carl Berg"}),
    ],
)  # fmt: skip
def test_managers_by_the_month_their_tenure_starts(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, names: set[str]
) -> None:
    a = assistant_over({"t.txt": TEAM}).ask(question, doc="t.txt")
    assert a.answered and set(a.items) == names, a.answer
