"""Fee schedules with breakpoints: the rate of the first or the last tier, of the schedule in
force or of the one a change replaces, in the wordings filings use for them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import schedules
from assistant.engine import Assistant
from index.model import Passage

TO_AND_NEXT = """Harborgate Small Company Fund
Supplement dated September 1, 2023 to the Statement of Additional Information

Effective October 1, 2023, the fund pays the Advisor a fee, calculated daily and paid monthly, at
the annual rate of 0.900% to $100 million of the fund's average daily net assets, 0.800% on the
next $100 million of the fund's average daily net assets, 0.750% on the next $300 million of the
fund's average daily net assets, and 0.550% of the fund's average daily net assets in excess of
$500 million. Prior to October 1, 2023, the fund paid the Advisor a fee at the annual rate of
1.000% to $100 million of the fund's average daily net assets, 0.900% on the next $100 million of
the fund's average daily net assets, 0.850% on the next $300 million of the fund's average daily
net assets, and 0.650% of the fund's average daily net assets in excess of $500 million.
"""

FIRST_AND_THEREAFTER = """Northgate Value Fund
Supplement dated March 1, 2020

The Fund pays the Adviser a management fee of 0.75% of the first $500 million of average daily
net assets, 0.70% of the next $500 million, 0.65% of the next $1 billion and 0.60% thereafter.
"""


@pytest.mark.parametrize(
    ("text", "question", "rate"),
    [
        (TO_AND_NEXT, "What rate applies above the highest breakpoint?", "0.550%"),
        (
            TO_AND_NEXT,
            "Under the new fee schedule, what rate applies above all the breakpoints?",
            "0.550%",
        ),
        (TO_AND_NEXT, "Before the change, what rate applied over the top breakpoint?", "0.650%"),
        (TO_AND_NEXT, "What did the fund pay on its first $100 million before the cut?", "1.000%"),
        (TO_AND_NEXT, "What advisory fee rate applies to the first $100 million?", "0.900%"),
        (
            FIRST_AND_THEREAFTER,
            "What is the management fee rate on the first $500 million?",
            "0.75%",
        ),
        (FIRST_AND_THEREAFTER, "What fee rate applies above the last breakpoint?", "0.60%"),
    ],
)
def test_the_tier_asked_of_the_schedule_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, rate: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (rate,), answer.items


def test_what_a_schedule_is() -> None:
    found = schedules.schedules(
        [
            # a list of three fees is no schedule: no tier of "next" assets
            _passage("Class A 0.25%, Class C 1.00% and Class R 0.50% apply to $1,000 accounts."),
            _passage(FIRST_AND_THEREAFTER.split("\n\n")[1]),
        ]
    )
    assert [[t.rate for t in s] for s in found] == [["0.75%", "0.70%", "0.65%", "0.60%"]]
    assert schedules.tier_asked("What rate applies in excess of the highest breakpoint?") == "last"
    assert schedules.tier_asked("What is the rate on the first $500 million?") == "first"
    assert schedules.tier_asked("What is the management fee?") is None


def _passage(text: str) -> Passage:
    return Passage("f.txt", 0, (), 1, 1, 0, len(text), " ".join(text.split()))
