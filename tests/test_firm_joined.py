"""A question whose wh-phrase asks for a firm a person joined ("which firm did X join in
2019?") asks the firm, not when; "when did X join Y?" asks the date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

FILING = """HARBORGATE GROWTH FUND
Supplement dated August 1, 2025 to the Prospectus dated February 1, 2025

Dana K. Holt, Portfolio Manager of Eastbank Advisors
Ms. Holt has been portfolio manager of the Fund since March 2024, providing research and advice \
on the purchases and sales of individual securities. She joined Eastbank Advisors in 2019.
"""


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Which firm did Dana Holt join in 2019?", "sentence"),
        ("What company did Dana Holt join?", "sentence"),
        ("When did Dana Holt join Eastbank Advisors?", "date"),
    ],
)
def test_what_joining_asks(question: str, answer_type: str) -> None:
    assert understand(question, has_person=True).answer_type == answer_type


def test_the_firm_joined_is_answered(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(
        "Which firm did Dana Holt join in 2019?", doc="s.txt"
    )
    assert answer.answered, answer.answer
    assert "Eastbank Advisors in 2019" in answer.answer


TENURE = """NORTHWIND FUNDS TRUST
Northwind Core Bond Fund
Supplement dated May 1, 2025 to the Summary Prospectus dated March 1, 2025

Portfolio Managers

Jane Q. Harlowe, CFA, Senior Vice President of Northwind Advisors, LLC, has been a portfolio \
manager of the Fund since 2015.

Tomas R. Villiers, Vice President of Northwind Advisors, LLC, has managed the Fund since June \
2019. He joined Northwind Advisors in 2011.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # how long someone has worked at or been employed by a firm is when they joined it,
        # not since when they manage the fund
        ("Since when has Jane Harlowe worked at Northwind Advisors?", None),
        ("How long has Jane Harlowe been employed by Northwind Advisors?", None),
        ("How long has Tomas Villiers been employed by Northwind Advisors?", "2011"),
        ("Since when has Jane Harlowe managed the fund?", "2015"),
    ],
)
def test_tenure_at_a_firm_is_joining_it(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str | None
) -> None:
    expect_answer(TENURE, question, expected)


def test_a_firm_worked_for_before_is_no_date() -> None:
    u = understand("Which firm did Tomas Villiers work for before Northwind?", has_person=True)
    assert u.answer_type != "date"
