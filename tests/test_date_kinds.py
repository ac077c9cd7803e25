"""A date asked by the event before "date" ("the record date", "the liquidation date") is the
date of a sentence that speaks of that event: a meeting's date is no record date. A document's
own date ("the prospectus date") is still the filing's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HAWTHORN SERIES TRUST
Hawthorn Balanced Strategy Portfolio
SUPPLEMENT DATED NOVEMBER 21, 2013 TO THE PROSPECTUS DATED APRIL 29, 2013

The Board of Trustees approved a proposal to reorganize the Portfolio into the Hawthorn \
Moderate Allocation Portfolio (the "Reorganization"). A proxy statement/prospectus detailing \
the proposed Reorganization is expected to be mailed to the Portfolio's shareholders on or \
about December 20, 2013, and a shareholder meeting is scheduled to be held on or about \
January 28, 2014.

If shareholders do not approve the Reorganization, the Board expects to liquidate the \
Portfolio on or about March 31, 2014.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What's the record date for the January 28, 2014 shareholder meeting?",
        "what is the record date of the meeting",
        "What is the ex-dividend date of the Portfolio?",
    ],
)
def test_a_date_of_an_event_no_sentence_speaks_of(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"d.txt": FILING}).ask(question)
    assert not a.answered, a.answer
    assert "January 28, 2014" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("What is the liquidation date if shareholders do not approve?", "March 31, 2014"),
        ("What is the shareholder meeting date?", "January 28, 2014"),
        ("What is the prospectus date?", "April 29, 2013"),
    ],
)
def test_a_date_of_an_event_the_sentence_speaks_of(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    a = assistant_over({"d.txt": FILING}).ask(question)
    assert a.answered, a.answer
    assert date in a.answer, a.answer


LABELLED = """HARBORGATE FUNDS
Supplement dated January 5, 2024 to the Statement of Additional Information

On January 1, 2024 (the "Effective Date"), a subsidiary of Northgate Resources, Inc. acquired \
Harborgate Holdings, LLC in a stock and cash transaction (the "Transaction").
"""
LABELLED_AND_ANNOUNCED = (
    LABELLED
    + """
Northgate Resources announced its agreement to acquire Harborgate Holdings on April 24, 2023.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "When was Northgate Resources' agreement to acquire Harborgate first announced?",
        "When did the board approve the acquisition of Harborgate Holdings?",
        "what date was the Transaction announced?",
    ],
)
def test_a_date_named_for_another_event_is_no_decision_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"d.txt": LABELLED}).ask(question)
    assert not a.answered, a.answer
    if "agreement" in question:  # the day the filing says it was announced
        b = assistant_over({"d.txt": LABELLED_AND_ANNOUNCED}).ask(question)
        assert b.answered and "April 24, 2023" in b.answer, b.answer


def test_the_date_named_for_the_event_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"d.txt": LABELLED}).ask("When did Northgate acquire Harborgate Holdings?")
    assert a.answered and "January 1, 2024" in a.answer, a.answer


MERGER = """HARBORGATE INCOME FUND
Supplement dated May 8, 2020 to the Prospectus dated March 1, 2020

On May 1, 2020, the Board approved the merger of the Harborgate Income Fund into the Northgate \
Bond Fund. Shareholders of record on June 1, 2020, the record date, may vote on the merger at a \
special meeting of shareholders to be held on July 15, 2020. The merger is expected to close on \
or about August 21, 2020.
"""


@pytest.mark.parametrize(
    ("question", "date", "not_date"),
    [
        ("Harborgate Income Fund merger record date?", "June 1, 2020", "May 1, 2020"),
        ("Income Fund merger: record date", "June 1, 2020", "May 1, 2020"),
        ("harborgate merger special meeting date?", "July 15, 2020", "May 1, 2020"),
    ],
)
def test_a_terse_date_of_a_change_is_a_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str, not_date: str
) -> None:
    a = assistant_over({"m.txt": MERGER}).ask(question)
    assert a.answered and date in a.answer and not_date not in a.answer, a.answer


CHANGES = """Northwind Investment Trust
Prospectus Supplement
High-Yield Fund

Supplement dated June 24, 2010 to the Prospectus dated August 1, 2009

All references to Carl Berg should be deleted.
Effective June 29, 2010.
The following replaces the Portfolio Managers section on page 5 of the prospectus.
Lena Marsh has shared primary responsibility for the management of the fund since 2008.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When do the High-Yield Fund manager changes take effect?",
        "When does this supplement become effective?",
        "When are the changes effective?",
    ],
)
def test_when_a_filings_changes_take_effect(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": CHANGES}).ask(question, doc="c.txt")
    assert a.answered and a.items[:1] == ("June 29, 2010",), a.answer
