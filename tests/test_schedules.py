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
    assert schedules.tier_asked("What is the rate on the first $500 million?") == "level"
    assert schedules.tier_asked("What is the rate on the first tier?") == "first"
    assert schedules.tier_asked("What is the management fee?") is None


FROM_TO_AND_OVER = """Ridgeway Fund
Summary Prospectus dated April 25, 2025

As compensation, the Fund pays the Adviser a fee, payable monthly, at the annual rate of: 2.00%
of the average daily net assets of the Fund on the first $10 million of the average daily net
assets; 1.90% of such net assets from $10 million to $25 million;1.80% of such net assets from
$25 million to $50 million; 1.50% of such net assets from $50 million to $100 million; and 1.25%
of such net assets over $100 million. For the fiscal year ended December 31, 2024, the
management fee was equal to 1.89% of daily average net assets.
"""

UP_TO_AND_EXCESS = """Ridgeway Fund
Supplement dated May 1, 2021

The Fund pays the Adviser 0.80% of average daily net assets up to $250 million, 0.70% of average
daily net assets between $250 million and $1 billion, and 0.60% of average daily net assets in
excess of $1 billion.
"""


@pytest.mark.parametrize(
    ("text", "question", "rate"),
    [
        (
            FROM_TO_AND_OVER,
            "What is the advisory fee rate on net assets over $100 million?",
            "1.25%",
        ),
        (
            FROM_TO_AND_OVER,
            "ridgeway fund advisory fee rate on net assets over $100 milion?",
            "1.25%",
        ),
        (
            FROM_TO_AND_OVER,
            "What fee rate applies to net assets between $25 million and $50 million?",
            "1.80%",
        ),
        (FROM_TO_AND_OVER, "What is the advisory fee on the first $10 million?", "2.00%"),
        (UP_TO_AND_EXCESS, "What rate applies above $1 billion?", "0.60%"),
        (
            UP_TO_AND_EXCESS,
            "What is the fee rate on assets from $250 million to $1 billion?",
            "0.70%",
        ),
        (UP_TO_AND_EXCESS, "What is the fee on the first $250 million?", "0.80%"),
    ],
)
def test_the_tier_of_the_assets_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, rate: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (rate,), answer.items


def test_assets_inside_a_tier_are_not_one_rate(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # assets over $75 million pay 1.50% up to $100 million and 1.25% above: no one tier
    answer = assistant_over({"s.txt": FROM_TO_AND_OVER}).ask(
        "What is the advisory fee rate on net assets over $75 million?"
    )
    assert not answer.answered, answer.answer


def test_the_stretch_each_tier_applies_to() -> None:
    (tiers,) = schedules.schedules([_passage(FROM_TO_AND_OVER.split("\n\n")[1])])
    assert [(t.rate, t.low, t.high) for t in tiers] == [
        ("2.00%", 0.0, 10e6),
        ("1.90%", 10e6, 25e6),
        ("1.80%", 25e6, 50e6),
        ("1.50%", 50e6, 100e6),
        ("1.25%", 100e6, None),
    ]
    assert schedules.level_asked("the rate over $100 milion?") == (100e6, None)
    assert schedules.level_asked("between $25 million and $50 million") == (25e6, 50e6)


def _passage(text: str) -> Passage:
    return Passage("f.txt", 0, (), 1, 1, 0, len(text), " ".join(text.split()))
