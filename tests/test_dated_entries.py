"""A supplement to many funds' documents lists each fund with its document's date: which funds'
documents bear a date, and the date of one fund's document, are read from that list; a fund the
list leaves out, or a date none bears, is said to be so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import dated_entries
from assistant.engine import Assistant

LIST = """October 20, 2006

SUPPLEMENT DATED OCTOBER 20, 2006 TO THE STATEMENTS OF ADDITIONAL INFORMATION OF

Northwind Balanced Fund, dated May 31, 2006
Northwind California Tax-Free Income Trust, dated April 28, 2006
Northwind Dividend Growth Securities Inc., dated June 30, 2006
Northwind Japan Fund, dated September 29, 2006
Northwind Limited Duration Fund, dated August 31, 2006
Northwind Limited Duration U.S. Treasury Trust, dated September 29, 2006

The section of each Statement of Additional Information entitled "Custodian" is replaced in \
its entirety: The Bank of Norwood is the custodian of each Fund's assets.
"""
# The same list set in capitals, one entry without its comma.
CAPITALS = (
    "SUPPLEMENT TO THE PROSPECTUSES OF HARBORGATE GROWTH AND INCOME FUND, dated May 1, 2015 "
    "HARBORGATE BOND FUND dated June 1, 2015 HARBORGATE U.S. TREASURY TRUST, dated June 1, 2015"
)


def test_entries_are_read_from_a_list_in_mixed_case() -> None:
    text = " ".join(LIST.split("\n\n")[2].split("\n"))
    found = dated_entries.read(text)
    assert [(e.name, e.date) for e in found][:3] == [
        ("Northwind Balanced Fund", "May 31, 2006"),
        ("Northwind California Tax-Free Income Trust", "April 28, 2006"),
        ("Northwind Dividend Growth Securities Inc.", "June 30, 2006"),
    ]
    assert len(found) == 6


def test_entries_are_read_from_a_list_in_capitals_after_its_heading() -> None:
    found = dated_entries.read(CAPITALS)
    assert [e.name for e in found] == [
        "HARBORGATE GROWTH AND INCOME FUND",
        "HARBORGATE BOND FUND",
        "HARBORGATE U.S. TREASURY TRUST",
    ]


def test_one_dated_document_in_a_sentence_is_no_list() -> None:
    text = "This supplement amends the Prospectus of Northwind Japan Fund, dated May 1, 2015."
    assert dated_entries.read(text) == []


@pytest.mark.parametrize(
    "question",
    [
        "Which Northwind funds have SAIs dated September 29, 2006?",
        "Which of the funds in this supplement have statements of additional information "
        "dated Sept. 29, 2006?",
        "What funds' SAIs are dated September 29, 2006?",
        # the date as the document's: "carry an X date", "bear the date of X"
        "Which Northwind funds' SAIs carry a September 29, 2006 date?",
        "Which funds have SAIs that bear the date of September 29, 2006?",
    ],
)
def test_the_funds_whose_documents_bear_a_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"l.txt": LIST}).ask(question, doc="l.txt")
    assert a.answered, a.answer
    assert set(a.items) == {
        "Northwind Japan Fund",
        "Northwind Limited Duration U.S. Treasury Trust",
    }, a.items
    assert a.citations and a.citations[0].doc == "l.txt"


@pytest.mark.parametrize(
    "question",
    [
        # one fund asked, by its possession ("which listed fund's SAI ...?"): never another
        # fund's date for it
        "Which listed Northwind fund's SAI carries an August 31, 2006 date?",
        "Which Northwind fund on the supplement's list has an SAI dated August 31, 2006?",
    ],
)
def test_the_fund_whose_document_bears_a_date_is_no_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"l.txt": LIST}).ask(question, doc="l.txt")
    if a.answered:
        assert "Northwind Limited Duration Fund" in a.answer, a.answer
    assert "September 29, 2006" not in a.answer and "June 30, 2006" not in a.answer, a.answer


def test_a_date_no_document_bears_is_said_to_be_so(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"l.txt": LIST}).ask(
        "Which funds have SAIs dated March 3, 2006?", doc="l.txt"
    )
    assert not a.answered and "none of the 6 documents" in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("What is the date of the Northwind Japan Fund SAI?", "September 29, 2006"),
        (
            "When is the Limited Duration Fund's statement of additional information dated?",
            "August 31, 2006",
        ),
        ("What's the date of the Northwind Dividend Growth Securities Inc. SAI?", "June 30, 2006"),
    ],
)
def test_the_date_of_one_funds_document(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    a = assistant_over({"l.txt": LIST}).ask(question, doc="l.txt")
    assert a.answered and a.items == (date,), a.answer


def test_a_fund_the_list_leaves_out_gets_no_other_funds_date(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"l.txt": LIST}).ask(
        "What's the date of the Northwind Limited Duration Municipal Trust SAI covered by this "
        "supplement?",
        doc="l.txt",
    )
    assert not a.answered, a.answer
    assert "not among the 6 funds" in a.answer and "August 31, 2006" not in a.answer
