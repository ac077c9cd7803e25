"""How-many questions: a list the engine reads itself is counted and named (the fund's
portfolio managers, the funds a filing covers); anything else needs the number stated beside
its noun ("192 funds"), never any amount of the passage ("Management Fees | 0.65%"); a count of
days asks for a length of time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import counted

MANAGERS = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2025

Fees and Expenses

Class: | A | C
Management Fees | 0.65% | 0.65%
Redemption Fee (as a percentage of amount redeemed within 60 days of purchase) | 1.00% | 1.00%

Portfolio Managers

Jane Q. Harlowe, Senior Vice President of the Adviser, has managed the Fund since 2012.
Tomas R. Villiers, Vice President of the Adviser, has managed the Fund since 2018.
"""

COVER = """Larchwood Funds Trust
Larchwood Growth Fund
Larchwood Income Fund
Larchwood Value Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

As of May 31, 2025, the Larchwood Fund Complex consisted of 47 funds (including separate series
of series mutual funds). Shares purchased and held for 30 days or less are subject to a 2.00%
redemption fee.
"""


@pytest.mark.parametrize(
    ("question", "noun", "kind"),
    [
        ("How many portfolio managers does the fund have?", "portfolio managers", "managers"),
        ("How many funds does this supplement cover?", "funds", "funds"),
        ("How many funds make up the complex?", "funds", "funds"),
        ("How many share classes are offered?", "share classes", None),
        # after a hedge or a phrase set before it by a comma
        ("About how many stocks does the fund typically hold?", "stocks", None),
        ("Roughly how many funds make up the complex?", "funds", "funds"),
        ("In the June 2025 supplement, how many funds are covered?", "funds", "funds"),
    ],
)
def test_what_is_counted(question: str, noun: str, kind: str | None) -> None:
    assert counted(question) == (noun, kind)


def test_the_managers_are_counted_and_named(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"m.txt": MANAGERS}).ask(
        "How many portfolio managers does the fund have?"
    )
    assert answer.answered, answer.answer
    assert answer.items == ("2", "Jane Q. Harlowe", "Tomas R. Villiers")
    assert answer.answer.startswith("2 portfolio managers:")


def test_the_funds_of_the_filing_are_counted(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"c.txt": COVER}).ask("How many funds does this supplement cover?")
    assert answer.answered, answer.answer
    assert answer.items[0] == "3", answer.answer


def test_a_count_stated_beside_its_noun(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # not the filing's three funds: the complex is counted by the sentence
    answer = assistant_over({"c.txt": COVER}).ask("How many funds are in the fund complex?")
    assert answer.answered, answer.answer
    assert "47 funds" in answer.items


@pytest.mark.parametrize(
    "question", ["How many shareholders does the fund have?", "How many share classes are there?"]
)
def test_no_count_stated_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the fee table's percentages count nothing
    answer = assistant_over({"m.txt": MANAGERS}).ask(question)
    assert not answer.answered, answer.answer


def test_a_count_of_days_is_a_length_of_time(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"c.txt": COVER}).ask(
        "How many days must shares be held to avoid the redemption fee?"
    )
    assert answer.answered, answer.answer
    assert "2.00%" not in answer.items
    assert any("30 days" in i for i in answer.items), answer.items


@pytest.mark.parametrize(
    "question",
    [
        "What is the management fee, and how many managers are there?",
        "Who manages the fund, and how many funds does he oversee?",
    ],
)
def test_a_how_many_after_another_question_is_not_the_question(question: str) -> None:
    assert counted(question) is None


STRATEGY = """Larchwood Capital Appreciation Fund
Summary Prospectus dated March 1, 2025

Principal investment strategies of the Fund
To achieve the Fund's investment objective, the Adviser invests not less than 50% of the Fund's \
net assets in common or preferred stocks or securities convertible into common stock.
"""


@pytest.mark.parametrize(
    "question",
    [
        "About how many stocks does the fund typically hold?",
        "Approximately how many stocks does the Larchwood Capital Appreciation Fund hold?",
    ],
)
def test_a_hedged_count_is_not_answered_by_a_percentage(
    expect_answer: Callable[[str, str, str | None], object], question: str
) -> None:
    expect_answer(STRATEGY, question, None)
