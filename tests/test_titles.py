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
