"""Who holds a title ("chief executive officer"): the person the title stands right by, not a
firm named in the question and not the next name of a list; and the net asset value is not
"net assets"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

OFFICERS = """Northgate Allocation Fund
Summary Prospectus May 1, 2025

Investment Adviser: Northgate Fund Advisors, LLC
Portfolio Managers: Kim Q. Arbor, Chief Executive Officer of the Adviser, James W. Conrad,
Chief Risk Officer of the Adviser, and J. Richard Fell, Managing Director of the Adviser have
served the Fund as its portfolio managers since 2022.

Under normal circumstances, the Fund invests at least 80% of its net assets in equity
securities.
"""

NAV = """Northgate Allocation Fund
Supplement dated June 2, 2025 to the Prospectus dated May 1, 2025

The Fund's net asset value per share was $12.34 on May 30, 2025.
"""


@pytest.mark.parametrize(
    ("question", "intent", "answer_type"),
    [
        ("Who is the chief executive officer of the adviser?", "general", "person"),
        ("Who is the chief risk officer?", "general", "person"),
        ("Who is the president of the distributor?", "general", "person"),
        ("Who is the investment manager?", "adviser", "org"),
        ("Who are the portfolio managers of the fund?", "managers", "person"),
        ("Who is the adviser?", "adviser", "org"),
    ],
)
def test_a_title_asks_for_a_person(question: str, intent: str, answer_type: str) -> None:
    u = understand(question)
    assert (u.intent, u.answer_type) == (intent, answer_type)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Who is the chief executive officer?", "Kim Q. Arbor"),
        ("Who is the chief executive officer of the adviser?", "Kim Q. Arbor"),
        ("Who is the chief risk officer?", "James W. Conrad"),
    ],
)
def test_the_holder_of_a_title_is_the_name_beside_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, person: str
) -> None:
    answer = assistant_over({"o.txt": OFFICERS}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == [person]


@pytest.mark.parametrize(
    "question", ["Who is the chief compliance officer?", "Who is the chief financial officer?"]
)
def test_no_one_holds_a_title_the_filing_does_not_give(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"o.txt": OFFICERS}).ask(question)
    assert not answer.answered, answer.answer


def test_net_assets_are_no_net_asset_value(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"o.txt": OFFICERS, "nav.txt": NAV})
    assert not fund.ask("What is the fund's net asset value per share?", doc="o.txt").answered
    answer = fund.ask("What is the fund's net asset value per share?", doc="nav.txt")
    assert answer.answered and "$12.34" in answer.answer, answer.answer


BIO = """HARBORGATE CORE BOND FUND
Summary Prospectus dated May 1, 2025

Portfolio Managers

Ann Lee, Chief Executive Officer of the Adviser, also serves as a portfolio manager of the Fund, \
providing oversight and support to Mr. Berg. She has been a portfolio manager of the Fund since \
2024.
"""
BIO_WITH_DATE = BIO + "\nMs. Lee became Chief Executive Officer of the Adviser in 2019.\n"


@pytest.mark.parametrize(
    "question",
    [
        "When did Ann Lee become Chief Executive Officer of the Adviser?",
        "When was Ann Lee named the adviser's chief executive officer?",
    ],
)
def test_the_date_of_a_role_is_of_a_sentence_that_names_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BIO}).ask(question)
    assert not a.answered, a.answer
    b = assistant_over({"b.txt": BIO_WITH_DATE}).ask(question)
    assert b.answered and "2019" in b.answer and "2024" not in b.answer, b.answer


def test_the_date_of_the_other_role_still_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"b.txt": BIO}).ask(
        "When did Ann Lee become a portfolio manager of the Fund?"
    )
    assert a.answered and "2024" in a.answer, a.answer


TEAM_BIO = """HARBORGATE HIGH-YIELD FUND
Supplement dated June 1, 2010 to the Prospectus dated August 1, 2009

Carl Berg, Vice President and Portfolio Manager, has served on teams managing fixed-income \
investments for the Adviser since joining the advisor in 2008.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Since what year has Carl Berg been a portfolio manager on the High-Yield Fund itself?",
        "When did Carl Berg start managing the Harborgate High-Yield Fund?",
    ],
)
def test_the_year_someone_joined_a_firm_is_not_when_they_took_up_the_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TEAM_BIO}).ask(question)
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    "question",
    ["When did Carl Berg join the advisor?", "In what year did Carl Berg join the firm?"],
)
def test_the_year_someone_joined_answers_when_joining_is_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TEAM_BIO}).ask(question)
    assert a.answered and "2008" in a.answer, a.answer
