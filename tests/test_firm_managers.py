"""Managers of a firm the question names ("Which Eastbank PMs ...?", "Wellington PM on this
fund?"): only the people the filing sets under that firm, by a table's firm column, the firm
label an entry stands under, or the firm a manager record names; none when the filing ties no
one to it (not every manager of the fund)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.phrasing import rephrase

TABLE = """SUMMIT SERIES TRUST
Summit Small-Mid Cap Equity Fund
Supplement dated May 20, 2019 to the Prospectus dated January 28, 2019

Effective May 20, 2019, Eastbank Capital LLC ("Eastbank") and Ridgeline Partners LLC \
("Ridgeline") will commence as new sub-advisers to the Summit Small-Mid Cap Equity Fund, \
joining Northgate Advisors LLC ("Northgate").

Effective May 20, 2019, the following replaces the chart of portfolio managers of the Summit \
Small-Mid Cap Equity Fund:

Portfolio Manager | Sub-Adviser | Fund's Portfolio Manager Since |
Ann Lee, CFA, Managing Director | Eastbank | 2019 |
Carl Berg, Senior Portfolio Manager | Eastbank | 2019 |
Dana Holt, CFA, President | Ridgeline | 2019 |
Lee Marsh, Managing Director | Northgate | 2016 |
"""

LABELLED = """HARBORGATE MULTI-MANAGER TRUST
Harborgate International Equity Fund
Supplement dated August 29, 2025 to the Summary Prospectus dated February 28, 2025

Management

Sub-Adviser Eastbank Capital LLC Portfolio Manager Ann Lee, CFA Portfolio Manager (since \
05/24) Sub-Adviser Ridgeline Partners LLC Portfolio Manager Carl Berg, Ph.D. Portfolio Manager \
(since 02/25) Dana Holt Portfolio Manager (since 02/25)
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (
            TABLE,
            "Which Eastbank PMs are on the Summit Small-Mid Cap Equity Fund?",
            {"Ann Lee", "Carl Berg"},
        ),
        (TABLE, "Who are the Ridgeline portfolio managers?", {"Dana Holt"}),
        (TABLE, "Northgate PM on this fund?", {"Lee Marsh"}),
        (LABELLED, "Who are the Ridgeline PMs on the fund?", {"Carl Berg", "Dana Holt"}),
        (LABELLED, "Who are the Eastbank Capital portfolio managers?", {"Ann Lee"}),
        (TABLE, "Who manages the fund?", {"Ann Lee", "Carl Berg", "Dana Holt", "Lee Marsh"}),
        # the firm named with its possessive
        (TABLE, "Who are Ridgeline's portfolio managers on the fund?", {"Dana Holt"}),
        (LABELLED, "List Eastbank Capital’s PMs", {"Ann Lee"}),
        # the fund's or a role's own possessive names no firm
        (
            TABLE,
            "Who are the Fund's portfolio managers?",
            {"Ann Lee", "Carl Berg", "Dana Holt", "Lee Marsh"},
        ),
        (
            LABELLED,
            "Who are the Harborgate International Equity Fund's portfolio managers?",
            {"Ann Lee", "Carl Berg", "Dana Holt"},
        ),
    ],
)
def test_the_firms_managers(
    assistant_over: Callable[[dict[str, str]], Assistant],
    text: str,
    question: str,
    expected: set[str],
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == expected, answer.answer


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (TABLE, "Which Westfield PMs manage the fund?"),
        (LABELLED, "Westfield PM on this fund?"),
        (TABLE, "Who are Westfield's portfolio managers on the fund?"),
    ],
)
def test_no_one_of_a_firm_the_filing_does_not_name(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Wellington PM on this fund?", "Who is the Wellington portfolio manager on this fund?"),
        ("Lazard PMs on the fund?", "Who are the Lazard portfolio managers on the fund?"),
        ("Class C CDSC?", "Class C CDSC?"),  # no people asked
        ("Is Ann Lee a portfolio manager?", "Is Ann Lee a portfolio manager?"),
    ],
)
def test_a_bare_noun_phrase_naming_people_asks_who(question: str, read: str) -> None:
    assert rephrase(question) == read


# A multi-manager fund's block in rows: each firm's label, its name, then its people; the
# adviser's name holds the words of a sub-adviser's ("Harborgate Investments" and "Harborgate
# Investment Management"), and a page's running head falls inside the block.
SLEEVES = """HARBORGATE MULTI-MANAGER TRUST
Harborgate Multi-Manager Global Equity Fund
Supplement dated August 29, 2025 to the Summary Prospectus dated February 28, 2025

Harborgate Investments, LLC (the "Investment Adviser") allocates the Fund's assets among \
Eastbank Capital Management LLP ("Eastbank Capital"), Ridgeline Partners LLC ("Ridgeline"), and \
Harborgate Investment Management Co. LLC and Harborgate Investment Management (UK) Limited \
(together, "Harborgate IM") (each, a "Sub-Adviser").

Portfolio Management

Investment Adviser | Harborgate Investments, LLC |
Portfolio Managers | |
Ann Lee, CFA | Portfolio Manager (since 05/23) |
Carl Berg | Portfolio Manager (since 05/23) |
Sub-Adviser | Ridgeline Partners LLC |
Portfolio Managers | |
Dana Holt, Ph.D. | Portfolio Manager (since 02/25) |
Summary Prospectus | 8 of 9 |
Sub-Adviser | Harborgate Investment Management Co. LLC |
Portfolio Managers | |
Lee Marsh, CFA | Portfolio Manager (since 05/24) |
Omar Reyes | Portfolio Manager (since 08/25) |
Sub-Sub-Adviser | Harborgate Investment Management (UK) Limited |
Portfolio Manager | |
Tom Quist, CFA | Portfolio Manager (since 08/25) |
Sub-Adviser | Eastbank Capital Management LLP |
Portfolio Manager | |
Ruth Vance, CFA | Portfolio Manager (since 01/17) |
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who manages the Eastbank sleeve of the fund?", {"Ruth Vance"}),
        ("Who runs Ridgeline's portion of the fund?", {"Dana Holt"}),
        ("Who are the Eastbank Capital portfolio managers?", {"Ruth Vance"}),
        # rows under a firm's label after a page's running head
        ("Who runs the Harborgate IM sleeve?", {"Lee Marsh", "Omar Reyes", "Tom Quist"}),
        ("Which Harborgate IM PMs manage the fund?", {"Lee Marsh", "Omar Reyes", "Tom Quist"}),
        # the adviser, whose name holds words of the sub-adviser's
        (
            "Which Harborgate Investments portfolio managers are on the fund?",
            {"Ann Lee", "Carl Berg"},
        ),
    ],
)
def test_the_sleeve_of_a_firm(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: set[str]
) -> None:
    answer = assistant_over({"s.txt": SLEEVES}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == expected, answer.answer


NAMED_WITHOUT_ROWS = TABLE.replace(
    'joining Northgate Advisors LLC ("Northgate").',
    'joining Northgate Advisors LLC ("Northgate") and Westbrook Capital Management Company, '
    'L.P. ("Westbrook"), which manages a 10% allocation of the Fund.',
)


@pytest.mark.parametrize(
    "question",
    [
        "Which Westbrook Capital Management portfolio managers run Westbrook's share of the "
        "Summit Small-Mid Cap Equity Fund?",
        "Who are Westbrook's portfolio managers on the fund?",
    ],
)
def test_a_firm_named_but_without_rows_of_its_own(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the chart's rows each name their own firm: none of them is Westbrook's
    answer = assistant_over({"s.txt": NAMED_WITHOUT_ROWS}).ask(question)
    assert not answer.answered, answer.answer


def test_a_firms_own_rows_still_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": NAMED_WITHOUT_ROWS}).ask(
        "Which Eastbank portfolio managers run Eastbank's share of the fund?"
    )
    assert answer.answered and "Ann Lee" in answer.answer and "Lee Marsh" not in answer.answer
