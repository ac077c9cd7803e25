"""An answer about a fund or person the question names must rest on text about that fund or
person: a reorganization of two other funds of a filing covering the fund asked about is no
answer for it, nor is a list of today's managers an answer to whom a named manager replaced."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

REORGANIZATIONS = """Harborgate Equity Funds
Harborgate Small Cap Growth Fund
Harborgate Select Growth Fund
Harborgate Large Cap Growth Fund

Supplement dated April 30, 2024 to the Prospectuses

The shareholder meeting for Harborgate Small Cap Growth Fund has been adjourned to May 6, 2024.

The Board approved the reorganization of certain funds as shown in the table below:

Acquired Fund | Acquiring Fund
Harborgate Select Growth Fund | Harborgate Large Cap Growth Fund
"""

ONE_FUND = """Harborgate Small Cap Growth Fund
Supplement dated April 30, 2024 to the Prospectus

The Board approved the reorganization of the Fund into Harborgate Large Cap Growth Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Into which fund would Harborgate Small Cap Growth Fund be reorganized?",
        "Harborgate Small Cap Growth Fund is to be reorganized into which fund?",
    ],
)
def test_another_fund_s_reorganization_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"reorg.txt": REORGANIZATIONS}).ask(question)
    assert "Harborgate Large Cap Growth Fund" not in answer.items, answer.answer
    # the same question of a filing whose text speaks of the fund as "the Fund"
    answer = assistant_over({"one.txt": ONE_FUND}).ask(question)
    assert answer.answered, answer.answer
    assert "Harborgate Large Cap Growth Fund" in answer.items, answer.items


MANAGERS = """Harborgate BuyWrite ETF
Supplement dated August 28, 2025 to the Prospectus

Portfolio Managers: Dana K. Holt, Chief Executive Officer of the Adviser, and Ravi Mendes,
Director of Research, have served the Fund as its portfolio managers since 2022. Ellis Quade,
Managing Partner of the Adviser, has served the Fund as a portfolio manager since December 2024.
Prior to joining the Adviser, Mr. Quade was a portfolio manager at Northgate Capital LLC.

The following replaces the Fund Management Team section on page 10 of the prospectus.
"""

REPLACED = """Harborgate BuyWrite ETF
Supplement dated August 28, 2025 to the Prospectus

Effective December 1, 2024, Ellis Quade replaced Marta Lindqvist as a portfolio manager of the
Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which portfolio manager did Ellis Quade replace?",
        "Whom did Ellis Quade succeed on the fund?",
        "Who was Ellis Quade's predecessor?",
    ],
)
def test_whom_a_manager_replaced_needs_a_replacement_said(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"m.txt": MANAGERS}).ask(question)
    assert not answer.answered, answer.answer
    answer = assistant_over({"r.txt": REPLACED}).ask(question)
    assert answer.answered, answer.answer
    assert "Marta Lindqvist" in answer.items, answer.items


TEAM = """Harborgate Strategic Income Fund
Supplement dated March 1, 2025 to the Statement of Additional Information

Portfolio Managers. Dana K. Holt has managed the Fund since 2009.
"""

FULL_TEAM = """Harborgate Strategic Income Fund
Supplement dated March 1, 2025 to the Statement of Additional Information

Portfolio Managers. Dana K. Holt, Ravi Mendes and Ellis Quade are the portfolio managers of the
Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Besides Holt, which portfolio managers manage the fund?",
        "Other than Dana K. Holt, who are the fund's portfolio managers?",
        "Apart from Mr. Holt, who manages the fund?",
    ],
)
def test_an_answer_of_only_the_one_set_aside_is_none(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"team.txt": TEAM}).ask(question)
    assert not answer.answered, answer.answer
    answer = assistant_over({"full.txt": FULL_TEAM}).ask(question)
    assert answer.answered, answer.answer
    assert {"Ravi Mendes", "Ellis Quade"} <= set(answer.items), answer.items


CAREER = """Harborgate Income Replacement Fund
Supplement dated March 1, 2025

Dana K. Holt is co-manager of the Fund. Since joining Northgate Investments in 2001, Ms. Holt
has worked as a portfolio manager.
"""


def test_a_firm_named_as_a_time_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    ask = assistant_over({"career.txt": CAREER}).ask
    answer = ask("Which company did Dana K. Holt work for before Northgate?")
    assert "Northgate Investments" not in answer.items, answer.answer
    # a fund's name that holds a word of replacement asks no replacement
    answer = ask("Who is co-manager of the Harborgate Income Replacement Fund?")
    assert answer.answered, answer.answer
    assert "Dana K. Holt" in answer.items, answer.items


DELETED_AND_REPLACED = """Harborgate Retirement Funds
Supplement to the Prospectus dated March 1, 2006

Effective August 31, 2006, the "Portfolio Managers" section on page 15 is deleted and replaced with
the following:

Portfolio Managers
| Dana K. Holt | Joined fund team in 1999 |
| Ravi Mendes | Joined fund team in 2005 |

In addition, on page 27, the management biography for Ellis R. Quade is deleted.
"""


@pytest.mark.parametrize(
    "question",
    ["Whose management biography is deleted?", "Which portfolio managers are deleted?"],
)
def test_what_replaces_a_deleted_section_is_not_what_is_deleted(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"d.txt": DELETED_AND_REPLACED}).ask(question)
    assert "Dana K. Holt" not in answer.items, answer.answer
    assert "Ellis R. Quade" in answer.items, answer.answer
