"""A leaving that dates the question ("who will manage the fund after he leaves?", "once Ms.
Doe retires", "following his departure") asks who manages then: not the one leaving. A
question about the leaving itself ("who is leaving?", "when does he leave?") still asks it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant.understand import understand

PROSE = (
    "HALVARD FUNDS\nHalvard Growth Fund\n\n"
    "Supplement dated February 14, 2025 to the Prospectus dated May 1, 2024\n\n"
    "Portfolio Manager Departure\n\n"
    "Owen L. Teller has informed the Adviser of his decision to leave the firm. Effective March "
    "31, 2025, Mr. Teller will no longer serve as a portfolio manager of the Halvard Growth "
    "Fund. Ruth Shand, who has served as a co-portfolio manager of the Fund with Mr. Teller "
    "since 2019, will continue to manage the Fund and will become its sole portfolio manager.\n"
)
TABLED = (
    "HALVARD FUNDS\nHalvard Growth Fund\n\n"
    "Supplement dated February 14, 2025 to the Prospectus dated May 1, 2024\n\n"
    "Management\n\n"
    "The Fund is managed by the following portfolio managers:\n\n"
    "  Name              Title                        Managed the Fund Since\n"
    "  Owen L. Teller    Senior Portfolio Manager     2012\n"
    "  Ruth Shand        Portfolio Manager            2019\n"
    "  Kai Wong          Portfolio Manager            2021\n\n"
    "Effective June 30, 2025, Owen L. Teller will retire and will no longer serve as a "
    "portfolio manager of the Fund.\n"
)


@pytest.mark.parametrize(
    ("question", "departure"),
    [
        ("Who will manage the Growth Fund after he leaves?", False),
        ("Who will run the fund once Mr. Teller retires?", False),
        ("Who manages the fund following his departure?", False),
        ("Who is leaving the Growth Fund?", True),
    ],
)
def test_what_is_asked(question: str, departure: bool) -> None:
    assert understand(question).wants_departure is departure


@pytest.mark.parametrize(
    ("name", "text", "question", "expected"),
    [
        ("p.txt", PROSE, "Who will manage the Growth Fund after he leaves?", ["Ruth Shand"]),
        ("p.txt", PROSE, "Who is leaving the Growth Fund?", ["Owen L. Teller"]),
        ("p.txt", PROSE, "When does Mr. Teller leave?", ["March 31, 2025"]),
        (
            "t.txt",
            TABLED,
            "Who will run the fund once Mr. Teller retires?",
            ["Ruth Shand", "Kai Wong"],
        ),
    ],
)
def test_who_manages_after_the_leaving(
    expect_items: Callable[..., Any], name: str, text: str, question: str, expected: list[str]
) -> None:
    expect_items({name: text}, name, question, expected)
