""" "Who manages ...?" asks for people where the filing names portfolio managers, and for the
firm where it names none but says which firm manages the fund's investments."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.understand import understand

FIRM_ONLY = """LARCHWOOD ENDOWMENT FUND
Supplement dated June 1, 2018 to the Prospectus dated January 28, 2018

The Larchwood Endowment Fund is a continuously offered, non-diversified, closed-end management \
investment company. The Fund's investments are managed by Harborgate Advisory, LLC (the \
"Adviser"), a registered investment adviser.
"""

PEOPLE_TOO = """LARCHWOOD ENDOWMENT FUND
Supplement dated June 1, 2018 to the Prospectus dated January 28, 2018

The Fund's investments are managed by Harborgate Advisory, LLC (the "Adviser"). Ann Lee and \
Carl Berg are the portfolio managers of the Fund and are jointly and primarily responsible for \
its day-to-day management.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who manages the investments of the Larchwood Endowment Fund?",
        "Who manages the Larchwood Endowment Fund's investments?",
    ],
)
def test_the_firm_when_no_one_is_named(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FIRM_ONLY}).ask(question)
    assert answer.answered, answer.answer
    assert "Harborgate Advisory, LLC" in answer.answer
    assert answer.citations[0].line_start == 4


def test_people_where_the_filing_names_them(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": PEOPLE_TOO}).ask("Who manages the Larchwood Endowment Fund?")
    assert answer.answered, answer.answer
    assert set(answer.items) == {"Ann Lee", "Carl Berg"}, answer.answer


TEAM = """SUMMIT DYNAMIC INCOME FUND
Supplement dated September 12, 2025 to the Summary Prospectus dated April 30, 2025

Portfolio Managers

Dana Holt, CFA, Portfolio Manager, Managed the Fund since 2025 Lee Marsh, M.Sc., CFA, \
Portfolio Manager, Managed the Fund since 2013 Ann Berg, CFA, Portfolio Manager, Managed the \
Fund since 2014.

Carl Wendt, Portfolio Manager, Managed the Fund since 2013.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which Summit Dynamic Income Fund PMs have managed it since 2013?",
            {"Lee Marsh", "Carl Wendt"},
        ),
        ("Who has managed the fund since 2014?", {"Ann Berg"}),
        ("Which portfolio managers have been managing the fund since 2025?", {"Dana Holt"}),
    ],
)
def test_managers_since_a_year(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: set[str]
) -> None:
    answer = assistant_over({"s.txt": TEAM}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == expected, answer.answer


def test_no_manager_since_a_year_none_started(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": TEAM}).ask("Which PMs have managed the fund since 2019?")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "fund"),
    [
        ("Which Harbor Income Fund portfolio managers manage it?", "Harbor Income Fund"),
        ("Does Summit Growth Fund charge a redemption fee?", "Summit Growth Fund"),
        ("List Northgate Value Fund's portfolio managers.", "Northgate Value Fund"),
        # a question's noun of what it asks, before "of the"
        (
            "Date of the Summit Growth Fund supplement announcing the reopening?",
            "Summit Growth Fund",
        ),
        ("Names of the Harbor Income Fund portfolio managers?", "Harbor Income Fund"),
        # a document of the fund, before "for" or "of"
        (
            "Date of the Statement of Additional Information for Summit Growth Fund?",
            "Summit Growth Fund",
        ),
        ("Prospectus of the Harbor Income Fund: what date?", "Harbor Income Fund"),
        ("SAI for Northgate Value Fund dated when?", "Northgate Value Fund"),
    ],
)
def test_a_questions_first_word_is_no_part_of_a_fund_name(question: str, fund: str) -> None:
    assert spans.funds(question) == [fund]


def test_a_manager_question_naming_the_fund_first_asks_for_managers() -> None:
    u = understand("Which Harbor Income Fund PMs have managed it since 2013?")
    assert (u.intent, u.answer_type) == ("managers", "person")


SUBADVISER_SWAP = """CEDARBROOK VARIABLE TRUST
Supplement dated March 3, 2019 to the Prospectus dated May 1, 2018

Effective April 30, 2019, Norwell Capital Partners LLC will replace Quayside Asset Management \
Inc. as sub-adviser for the Cedarbrook Growth Portfolio, with no change to the Portfolio's \
investment objective.
"""
SWAP_WITH_TEAM = (
    SUBADVISER_SWAP
    + """
Once Norwell Capital Partners LLC becomes sub-adviser, the Portfolio will be managed by Ann Lee \
and Carl Berg, portfolio managers of Norwell Capital Partners LLC.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "Who will be the portfolio managers of the Cedarbrook Growth Portfolio after Norwell "
        "Capital Partners takes over as sub-adviser?",
        "Who are the portfolio managers once the new sub-adviser starts?",
        "who would be the co-managers of the portfolio under the new subadviser?",
    ],
)
def test_managers_asked_beside_a_sub_adviser_are_people(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    assert understand(question).answer_type == "person"
    # a sub-adviser change that names no one does not answer who the managers are
    refused = assistant_over({"s.txt": SUBADVISER_SWAP}).ask(question)
    assert not refused.answered, refused.answer
    answer = assistant_over({"s.txt": SWAP_WITH_TEAM}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == {"Ann Lee", "Carl Berg"}, answer.answer


def test_the_investment_manager_asked_by_role_is_still_a_firm() -> None:
    assert (
        understand("Who will be the investment manager after the sub-adviser change?").answer_type
        == "org"
    )


SLEEVE = """CEDARBROOK SMALL COMPANY PORTFOLIO
Supplement dated August 1, 2025 to the Prospectus dated May 1, 2025

Sub-Adviser: Norwell Investment Management Co. LLC
Sub-Sub-Adviser: Norwell Investment Management (UK) Limited

Portfolio Managers

Ann Lee, Portfolio Manager (Sub-Adviser), has managed the Portfolio since 07/22.
Carl Berg, Portfolio Manager (Sub-Sub-Adviser), has managed the Portfolio since 08/25.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who manages Cedarbrook Small Company Portfolio (PMs incl. the sub-sub-adviser's)?",
        "Who runs the portfolio, including the sub-sub-adviser's portfolio manager?",
        "who manages the portfolio, with the sub-adviser's PMs?",
    ],
)
def test_a_firm_s_possessive_says_whose_managers_are_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": SLEEVE}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == {"Ann Lee", "Carl Berg"}, answer.answer
