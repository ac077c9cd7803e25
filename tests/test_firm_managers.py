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
