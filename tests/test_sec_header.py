"""The EDGAR submission header a filing may open with, read into its fields: the filing's own
("FILED AS OF DATE"), each filer's (central index key, IRS number, fiscal year end, addresses,
phone) and each filer's former names with the dates they changed; a question asking a field
gets the value of the filer it names, by its name now or a former one, and a field the header
leaves out for that filer is said to be left out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import sec_header
from assistant.engine import Assistant

HEADER = (
    "0000999999-15-000001.txt : 20151120 ACCESSION NUMBER: 0000999999-15-000001 CONFORMED "
    "SUBMISSION TYPE: 497 PUBLIC DOCUMENT COUNT: 1 FILED AS OF DATE: 20151120 FILER: COMPANY "
    "DATA: COMPANY CONFORMED NAME: HARBOR POINT INTEGRITY FUNDS CENTRAL INDEX KEY: 0000701999 "
    "IRS NUMBER: 042500001 STATE OF INCORPORATION: DE FISCAL YEAR END: 1231 FILING VALUES: FORM "
    "TYPE: 497 SEC ACT: 1933 Act SEC FILE NUMBER: 002-70001 FILM NUMBER: 151200001 BUSINESS "
    "ADDRESS: STREET 1: 100 HARBOR WAY CITY: CENTENNIAL STATE: CO ZIP: 80112-3924 BUSINESS "
    "PHONE: 303555-3200 MAIL ADDRESS: STREET 1: 100 HARBOR WAY STREET 2: 3RD FL CITY: CENTENNIAL "
    "STATE: CO ZIP: 80112-3924 FORMER COMPANY: FORMER CONFORMED NAME: NORTHWIND INTEGRITY FUNDS "
    "DATE OF NAME CHANGE: 19910329 FORMER COMPANY: FORMER CONFORMED NAME: NORTHWIND LIQUID "
    "ASSETS TRUST DATE OF NAME CHANGE: 19880403 FILER: COMPANY DATA: COMPANY CONFORMED NAME: "
    "HARBOR POINT MID CAP FUND CENTRAL INDEX KEY: 0001086999 IRS NUMBER: 841500001 STATE OF "
    "INCORPORATION: DE FISCAL YEAR END: 0630 FILING VALUES: FORM TYPE: 497 SEC ACT: 1933 Act SEC "
    "FILE NUMBER: 333-70002 FILM NUMBER: 151200002 BUSINESS ADDRESS: STREET 1: 100 HARBOR WAY "
    "CITY: CENTENNIAL STATE: CO ZIP: 80112 497 1 HARBOR POINT MID CAP FUND Supplement dated "
    "November 20, 2015 to the Prospectus\n"
    "Effective immediately, Dana Whitlock is the portfolio manager of the Fund.\n"
)


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"h.txt": HEADER})


def test_the_header_is_read_into_fields() -> None:
    header = sec_header.parse(HEADER)
    assert header is not None
    assert header.fields["FILED AS OF DATE"] == "20151120"
    first, second = header.filers
    assert first.name == "HARBOR POINT INTEGRITY FUNDS"
    assert first.fields["CENTRAL INDEX KEY"] == "0000701999"
    assert first.addresses["MAIL ADDRESS"]["STREET 2"] == "3RD FL"
    assert first.former == [
        ("NORTHWIND INTEGRITY FUNDS", "19910329"),
        ("NORTHWIND LIQUID ASSETS TRUST", "19880403"),
    ]
    # the last value ends where the filing's own text begins
    assert second.addresses["BUSINESS ADDRESS"]["ZIP"] == "80112"
    assert "BUSINESS PHONE" not in second.fields


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the central index key of Harbor Point Mid Cap Fund?", "0001086999"),
        ("IRS number of Harbor Point Integrity Funds?", "042500001"),
        ("When does Harbor Point Mid Cap Fund's fiscal year end according to the header?", "0630"),
        ("When did Northwind Liquid Assets Trust change its name?", "19880403"),
        ("When did Northwind Integrity Funds change its name?", "19910329"),
        (
            "What business street address does the header give for Harbor Point Integrity Funds?",
            "100 HARBOR WAY, CENTENNIAL, CO 80112-3924",
        ),
        ("On what date was this supplement filed with the SEC?", "20151120"),
    ],
)
def test_a_header_field_asked(assistant: Assistant, question: str, value: str) -> None:
    a = assistant.ask(question, doc="h.txt")
    assert a.answered, a.answer
    assert value in a.answer
    assert a.citations and a.citations[0].line_start == 1


def test_a_field_the_header_leaves_out_is_not_given(assistant: Assistant) -> None:
    a = assistant.ask(
        "What's the business phone for Harbor Point Mid Cap Fund in the header?", doc="h.txt"
    )
    assert not a.answered, a.answer
    assert "gives no BUSINESS PHONE" in a.answer


def test_two_filers_with_different_values_and_none_named_is_no_answer(
    assistant: Assistant,
) -> None:
    a = assistant.ask("What fiscal year end does the filing header give?", doc="h.txt")
    assert not ("1231" in a.answer and a.answered and "0630" not in a.answer), a.answer


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("What is the CIK of X?", "CENTRAL INDEX KEY"),
        ("When did X change its name?", "DATE OF NAME CHANGE"),
        ("What mailing address does the header give?", "MAIL ADDRESS"),
        ("Who manages the fund?", None),
    ],
)
def test_the_field_a_question_asks(question: str, field: str | None) -> None:
    assert sec_header.field_asked(question) == field


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("What SEC file number and film number does the header give?", ["FILM NUMBER"]),
        ("What is the mailing address?", ["MAIL ADDRESS"]),  # not the business address too
        (
            "What are the CIK and the state of incorporation of Harbor Point Mid Cap Fund?",
            ["CENTRAL INDEX KEY", "STATE OF INCORPORATION"],
        ),
        ("What is the business address and phone number?", ["BUSINESS PHONE", "BUSINESS ADDRESS"]),
    ],
)
def test_every_field_a_question_asks(question: str, fields: list[str]) -> None:
    assert sec_header.fields_asked(question) == fields


@pytest.mark.parametrize(
    ("question", "values"),
    [
        (
            "What SEC file number and film number does the header give for Harbor Point Mid Cap "
            "Fund?",
            {"333-70002", "151200002"},
        ),
        (
            "Give me the central index key and the fiscal year end of Harbor Point Integrity Funds",
            {"0000701999", "1231"},
        ),
    ],
)
def test_two_fields_asked_are_both_answered(
    assistant: Assistant, question: str, values: set[str]
) -> None:
    answer = assistant.ask(question)
    assert answer.answered, answer.answer
    assert values <= set(answer.items), answer.answer
