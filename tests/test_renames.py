"""Renames: a new or former name is answered only from evidence that a name changes; a
trust's "(formerly known as ...)" after the short names it defines; a fund's new name is not
a firm's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

TRUST = """PROSPECTUS DATED JANUARY 28, 2025

Larchwood 500 ETF Trust (“Larchwood 500 Trust” or the “Trust”) (formerly known as “Larchwood
Trust, Series 1”) (A Unit Investment Trust)

The Trust seeks to provide investment results that correspond generally to the price and yield
performance of the Larchwood 500 Index.
"""

NO_RENAME = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2025

Management

Investment Adviser: Larchwood Advisers LLC is the Fund's investment adviser.
"""

BOTH = """Larchwood Credit Opportunities Fund
Supplement dated September 12, 2025 to the Prospectus dated May 1, 2025

Effective October 1, 2025, Larchwood Credit Opportunities Fund will be renamed Larchwood
Dynamic Income Fund.

The Fund's custodian, Northgate Holdings LLC, was renamed Northgate Trust Services LLC.
"""


def test_a_trust_s_former_name_after_its_short_names(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    bot = assistant_over({"trust.txt": TRUST})
    former = bot.ask("What was the trust's former name?")
    assert former.answered, former.answer
    assert former.items == ("Larchwood Trust, Series 1",)


@pytest.mark.parametrize(
    "question", ["What is the adviser's new name?", "What was the fund's former name?"]
)
def test_no_name_change_is_no_new_name(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"plain.txt": NO_RENAME}).ask(question)
    assert not answer.answered, answer.answer


def test_the_fund_s_new_name_is_not_a_firm_s(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"both.txt": BOTH}).ask("What is the fund's new name?")
    assert answer.answered, answer.answer
    assert answer.items == ("Larchwood Dynamic Income Fund",)
