"""A question typed as a bare noun phrase naming a firm's role or people ("New transfer agent for
the funds?", "Custodian?", "Wellington PM on this fund?") is the who-question it stands for; a
bare phrase of an amount or a date, or one with a verb of its own, is read as it stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant.phrasing import rephrase

FILING = (
    "RIDGEWAY FUNDS\nRidgeway Value Fund\nRidgeway Income Fund\n\n"
    "Supplement dated April 1, 2025 to the Prospectus dated March 1, 2025\n\n"
    "CHANGE OF TRANSFER AGENT -- ALL FUNDS. Effective 5/12/2025, Halvard Fund Services, Inc. "
    '("Halvard") will replace Castlegate Shareholder Services, LLC as the transfer agent and '
    "dividend disbursing agent for each Fund. Shareholders do not need to take any action.\n"
)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "New transfer agent for the Ridgeway funds?",
            "Who is the new transfer agent for the Ridgeway funds?",
        ),
        ("Custodian?", "Who is the custodian?"),
        ("Portfolio managers of the fund?", "Who are the portfolio managers of the fund?"),
        ("Redemption fee for Class A?", "Redemption fee for Class A?"),
        ("Any redemption fee?", "Any redemption fee?"),
        (
            "After the closing, can existing holders keep their shares?",
            "After the closing, can existing holders keep their shares?",
        ),
    ],
)  # fmt: skip
def test_what_a_bare_phrase_asks(typed: str, read: str) -> None:
    assert rephrase(typed) == read


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("New transfer agent for the Ridgeway funds?", "Halvard Fund Services, Inc."),
        ("Outgoing transfer agent?", "Castlegate Shareholder Services, LLC"),
    ],
)
def test_the_firm_asked(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: str
) -> None:
    answer = assistant_over({"t.txt": FILING}).ask(question, doc="t.txt")
    assert answer.answered and list(answer.items) == [expected], answer.answer
