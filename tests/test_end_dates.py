"""A date asked by the word "date" ("through what date does the cap run?") is held by a text
that gives a date, whatever words it dates it with; and a date asked as the end of something
("through what date", "until when", "when does it expire?") is not one a sentence gives as a
start ("since the Fund's inception in September 2025")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Answer
from assistant.engine import Assistant, _end_date_check
from assistant.understand import understand

FOOTNOTE = """NORTHWIND US MICROCAP FUND
Summary Prospectus dated October 23, 2024

Fees and Expenses
Management Fees | 1.25% | 1.25%
Total Annual Fund Operating Expenses After Fee Waiver and/or Expense Reimbursement (1) | 1.50% \
| 1.75%
(1) | Harborgate Investments, LLC (the "Adviser") has contractually agreed to waive its fee and/or \
reimburse Fund expenses to limit Total Annual Fund Operating Expenses of Institutional Shares \
and Investor Shares to 1.50% and 1.75%, respectively, through November 1, 2025 ("Expense Cap"). \
The Expense Cap may only be raised or eliminated with the consent of the Board of Trustees.
"""

PROSE = """NORTHWIND INCOME FUND
Supplement dated March 1, 2024 to the Prospectus dated January 1, 2024

Expense Limitation
The adviser has agreed to limit the fund's total annual operating expenses to 0.85% until \
April 30, 2026. The limitation may be ended earlier only by the Board.
"""

NO_END = """NORTHWIND 2X LONG ETF
Summary Prospectus dated September 9, 2025

Management
Investment Adviser: Harborgate Advisors LLC (the "Advisor").
Portfolio Managers
Dana Whitfield, Managing Director of the Advisor, and Omar Castel, Head of Investments of the \
Advisor, are jointly and primarily responsible for the day-to-day management of the Fund and have \
served in such capacity since the Fund's inception in September 2025.
Fee Waiver
The Advisor has agreed to waive a portion of its management fee.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"note.txt": FOOTNOTE, "prose.txt": PROSE, "none.txt": NO_END})


@pytest.mark.parametrize(
    ("question", "doc", "expected"),
    [
        ("Through what date does the adviser's expense cap run?", "note.txt", "November 1, 2025"),
        ("What is the end date of the Expense Cap?", "note.txt", "November 1, 2025"),
        ("Until what date is the expense limitation in place?", "prose.txt", "April 30, 2026"),
        ("Through what date does the expense limitation run?", "prose.txt", "April 30, 2026"),
    ],
)
def test_the_date_a_limit_runs_to_is_answered(
    assistant: Assistant, question: str, doc: str, expected: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered and expected in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Through what date does the adviser's fee waiver run?",
        "Until when does the Advisor's fee waiver run?",
    ],
)
def test_a_start_is_no_end(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="none.txt")
    assert not a.answered and "September 2025" not in a.answer, a.answer


def test_a_start_asked_is_answered(assistant: Assistant) -> None:
    a = assistant.ask("Since when have the portfolio managers managed the Fund?", doc="none.txt")
    assert a.answered and "September 2025" in a.answer, a.answer


SERVED_SINCE = (
    "Dana Whitfield and Omar Castel are jointly and primarily responsible for the day-to-day "
    "management of the Fund and have served in such capacity since the Fund's inception in "
    "September 2025."
)
RUNS_TO = "The Advisor has agreed to waive its fee through November 1, 2026."


@pytest.mark.parametrize(
    ("question", "said", "date", "fails"),
    [
        ("Through what date does the fee waiver run?", SERVED_SINCE, "September 2025", True),
        ("Until when does the fee waiver last?", SERVED_SINCE, "September 2025", True),
        ("When does the fee waiver expire?", SERVED_SINCE, "September 2025", True),
        ("Through what date does the fee waiver run?", RUNS_TO, "November 1, 2026", False),
        ("Since when have they managed the Fund?", SERVED_SINCE, "September 2025", False),
    ],
)
def test_an_end_asked_is_not_a_start_said(question: str, said: str, date: str, fails: bool) -> None:
    answer = Answer(question=question, answered=True, answer=f"{said} [1]", items=(date,))
    check = _end_date_check(question, understand(question), answer)
    assert (check is not None and not check.ok) is fails, check
