"""An amount's new or earlier value: a question asking for one needs evidence that the amount
changes (a supplement states its amounts anew; a prospectus needs a word of change)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant

PROSPECTUS = """Northgate Growth Fund
Summary Prospectus May 1, 2025

Fees and Expenses of the Fund
This table describes the fees and expenses that you may pay if you buy, hold and sell shares.
You may pay other fees through a qualified pension or retirement plan. If these were included,
your expenses would be lower or higher.
Annual Fund Operating Expenses | Class A | Class I
Management Fees | 0.75% | 0.75%
Total Annual Fund Operating Expenses | 1.10% | 0.85%

The minimum initial investment for new investors is $2,500.
"""

SUPPLEMENT = """Northgate Growth Fund
Supplement dated June 2, 2025 to the Prospectus dated May 1, 2025

Annual Fund Operating Expenses | Class A | Class I
Management Fees | 0.65% | 0.65%
Total Annual Fund Operating Expenses | 1.00% | 0.75%
"""

CHANGED = """Northgate Growth Fund
Summary Prospectus May 1, 2025

Effective May 1, 2025, the management fee of the Fund was reduced from 0.80% to 0.70% of
average daily net assets.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the new management fee?",
        "What was the previous management fee?",
        "What is the revised expense ratio?",
    ],
)
def test_a_prospectus_states_no_new_or_earlier_value(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # "retirement plan" and "would be lower" above the table tell no change of the fee
    answer = assistant_over({"p.txt": PROSPECTUS}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the management fee?", "0.75%"),
        ("What is the minimum initial investment for new investors?", "$2,500"),
    ],
)
def test_the_value_as_it_is_still_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, value: str
) -> None:
    answer = assistant_over({"p.txt": PROSPECTUS}).ask(question)
    assert answer.answered and value in answer.answer, answer.answer


def test_a_supplement_states_its_amounts_anew(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": SUPPLEMENT}).ask("What is the new management fee?")
    assert answer.answered and "0.65%" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the new management fee?", "0.70%"),
        ("What was the previous management fee?", "0.80%"),
    ],
)
def test_a_stated_change_gives_both_sides(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, value: str
) -> None:
    answer = assistant_over({"c.txt": CHANGED}).ask(question)
    assert answer.answered and value in answer.items, answer.answer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What is the new management fee rate?", "new"),
        ("What is the revised expense cap?", "revised"),
        ("What is the minimum for new investors?", None),
        ("Who is the new portfolio manager?", None),
        ("What is the fund's new name?", None),
    ],
)
def test_a_new_value_is_asked_by_the_word_before_its_noun(question: str, asked: str | None) -> None:
    assert verify.new_value_asked(question) == asked


BENCHMARK_TABLE = """Northgate Growth Fund
Summary Prospectus May 1, 2025

Average Annual Total Returns | 1 Year | 5 Years
Return Before Taxes | 12.10% | 9.80%
Sample 500 Index (reflects no deduction for fees, expenses or taxes) | 25.02% | 14.53%
"""

BENCHMARK_CHANGE = """Northgate Growth Fund
Summary Prospectus May 1, 2025

Effective June 12, 2024, the Fund changed its primary benchmark index from the Sample Microcap
Index to the Sample 3000 Index due to regulatory requirements.
"""


def test_a_new_benchmark_needs_a_change_of_it(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"t.txt": BENCHMARK_TABLE, "c.txt": BENCHMARK_CHANGE})
    assert not fund.ask("What is the new benchmark index?", doc="t.txt").answered
    changed = fund.ask("What is the new benchmark index?", doc="c.txt")
    assert changed.answered and "Sample 3000 Index" in changed.answer, changed.answer


REORGANIZATION = """Northgate Funds
Northgate Tax-Free Fund
Supplement dated March 2, 2020 to the Prospectus dated January 28, 2020

The short-term redemption fee does not apply to shares of the Fund acquired by an exchange of
shares of Larchwood Japan Fund, Inc. The Fund's adviser, Northgate Fund Advisor LLC, has agreed
to waive its fees.
"""


@pytest.mark.parametrize(
    "question", ["Which fund will be acquired?", "Which fund is being reorganized?"]
)
def test_which_fund_is_acquired_needs_a_reorganization(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # "acquired by an exchange" and a firm named "... Fund Advisor" tell no reorganization
    answer = assistant_over({"r.txt": REORGANIZATION}).ask(question)
    assert not answer.answered, answer.answer


NO_LIQUIDATION = """Northgate Income Fund
Summary Prospectus May 1, 2025

If an issuer is liquidated or declares bankruptcy, the claims of owners of bonds take
precedence over the claims of owners of common stocks. Derivative instruments may be less
liquid, and the Fund may be in need of liquidating its derivative positions at a bad time.
Increased redemptions may cause the Fund to liquidate portfolio assets at a loss.
"""

LIQUIDATION = """Northgate Income Fund
Supplement dated June 2, 2025 to the Prospectus dated May 1, 2025

The Board of Trustees approved a plan of liquidation for the Fund. The Fund is expected to
cease operations and liquidate on or about August 29, 2025 (the "Liquidation Date").
"""


@pytest.mark.parametrize(
    "question", ["Will the fund be liquidated?", "Is the fund being liquidated?"]
)
def test_a_liquidation_is_of_the_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # an issuer liquidated in bankruptcy, positions or assets a fund may have to sell: no
    # liquidation of the fund
    fund = assistant_over({"n.txt": NO_LIQUIDATION, "l.txt": LIQUIDATION})
    assert not fund.ask(question, doc="n.txt").answered
    answer = fund.ask("When will the fund be liquidated?", doc="l.txt")
    assert answer.answered and "August 29, 2025" in answer.answer, answer.answer
