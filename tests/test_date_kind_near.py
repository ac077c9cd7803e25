"""A date asked by its event ("the record date", "the reorganization date") is one the event's
words stand near, not any date of a sentence that mentions the event somewhere: "shareholders
of record will receive a proxy statement ... at a special meeting expected in the fourth
quarter of 2024" states no record date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

HEAD = (
    "NORTHBEAM FUNDS TRUST\nNorthbeam International Fund\n\n"
    "Supplement dated August 12, 2024 to the Prospectus dated March 1, 2024\n\n"
)
NO_RECORD_DATE = (
    HEAD + "Shareholder Approval to Follow. Shareholders of record of the Fund will receive a "
    "proxy statement containing further information about the new sub-adviser and the New "
    "Agreement, and will be asked to approve the New Agreement at a special meeting of "
    "shareholders expected to be held in the fourth quarter of 2024.\n"
)
RECORD_DATE = (
    HEAD + "Shareholder Approval to Follow. Shareholders of record as of the close of business "
    "on September 16, 2024 will be entitled to vote at a special meeting of shareholders to be "
    "held on November 4, 2024.\n"
)
FAR = (
    HEAD + "Reorganization. The Board approved an Agreement and Plan of Reorganization under "
    "which the Fund, after a review of the alternatives available to it and at the "
    "recommendation of the Adviser, which the Board considered at a meeting held on February "
    "20, 2024, will transfer all of its assets to the Northbeam Global Fund. The "
    "reorganization is expected to take place on or about August 16, 2024.\n"
)


def test_no_record_date_is_stated(assistant_over: Callable[[dict[str, str]], Any]) -> None:
    answer = assistant_over({"n.txt": NO_RECORD_DATE}).ask(
        "What's the record date for the shareholder vote on the new agreement?", doc="n.txt"
    )
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("name", "text", "question", "expected"),
    [
        ("r.txt", RECORD_DATE, "What is the record date for the vote?", "September 16, 2024"),
        ("r.txt", RECORD_DATE, "When is the special meeting?", "November 4, 2024"),
        ("f.txt", FAR, "What is the reorganization date?", "August 16, 2024"),
    ],
)
def test_the_date_of_the_event_asked(
    expect_items: Callable[..., Any], name: str, text: str, question: str, expected: str
) -> None:
    expect_items({name: text}, name, question, [expected])
