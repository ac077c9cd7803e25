"""When the document a supplement amends was itself revised ("dated January 1, 2002, as revised
September 5, 2002"): read from the cover into the filing's metadata, and said with the date of
the document supplemented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from index import sections
from index.metadata import extract
from index.model import Document


def meta_of(text: str):  # type: ignore[no-untyped-def]
    doc = Document(name="d.txt", path="d.txt", text=text, fmt="text")
    return extract(doc, sections.split(doc)[1])


BODY = "\n\nThe following replaces the second paragraph of the section on redemption fees.\n"


@pytest.mark.parametrize(
    ("cover", "revised"),
    [
        (
            "Larchmont Japan Equity Fund - Class A, B and C Shares\nSupplement dated September "
            "11, 2002 to prospectus dated January 1, 2002, as\nrevised September 5, 2002",
            ("September 5, 2002",),
        ),
        (
            "LARCHMONT SERIES TRUST\nSUPPLEMENT DATED AUGUST 20, 2015\nTO THE PROSPECTUSES\n"
            "DATED MAY 1, 2015, AS AMENDED JULY 21, 2015",
            ("July 21, 2015",),
        ),
        (
            "Larchmont Funds\nSupplement dated March 3, 2015 to the Statement of Additional "
            "Information dated August 31, 2014, as revised and supplemented on December 1, 2014",
            ("December 1, 2014",),
        ),
        # a summary prospectus's own cover: the document's name, its date, its revision
        (
            "Larchmont Select Fund\nSummary Prospectus\nApril 1, 2025, as revised July 1, 2025"
            "\nTicker Symbol: Class A (LSFAX)",
            ("July 1, 2025",),
        ),
        (
            "LARCHMONT SELECT FUND\nSTATEMENT OF ADDITIONAL INFORMATION | May 1, 2024, as "
            "amended September 3, 2024",
            ("September 3, 2024",),
        ),
        # no date of revision: none read
        (
            "Larchmont Funds\nSupplement dated March 3, 2020 to the Prospectus dated August 1, "
            "2019, as supplemented from time to time",
            (),
        ),
        (
            "Larchmont Funds\nSupplement dated March 3, 2020 to the Prospectus dated August 1, "
            "2019",
            (),
        ),
    ],
)
def test_the_revision_of_the_document_supplemented(cover: str, revised: tuple[str, ...]) -> None:
    assert meta_of(cover + BODY).revised_dates == revised


@pytest.mark.parametrize(
    "question",
    [
        "Date of the prospectus and of its revision?",
        "What is the date of the prospectus being supplemented, and when was it revised?",
        "Which prospectus does this supplement amend?",
    ],
)
def test_the_answer_gives_both_dates(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    cover = (
        "Larchmont Japan Equity Fund - Class A, B and C Shares\nSupplement dated September "
        "11, 2002 to prospectus dated January 1, 2002, as\nrevised September 5, 2002"
    )
    a = assistant_over({"r.txt": cover + BODY}).ask(question)
    assert a.answered, a.answer
    assert "January 1, 2002" in a.answer and "September 5, 2002" in a.answer, a.answer
    assert a.citations and "revised September 5, 2002" in " ".join(a.citations[0].text.split())


COVERS = [
    "LARCHMONT SERIES TRUST\nSUPPLEMENT DATED AUGUST 20, 2015\nTO THE\nSTATEMENT OF ADDITIONAL "
    "INFORMATION\nDATED MAY 1, 2015,\nAS AMENDED JULY 21, 2015",
    "Larchmont Funds\nSupplement dated August 20, 2015 to the Statement of Additional "
    "Information dated May 1, 2015, as amended July 21, 2015",
]


@pytest.mark.parametrize("cover", COVERS)
@pytest.mark.parametrize(
    "question",
    [
        "What is the date of the supplement, and of the SAI it supplements?",
        "what are the dates of the supplement and the statement of additional information",
        "Dates of this supplement and of the SAI?",
        # words between: the filing described, the document by what it does
        "Dates of the Larchmont Series Trust depositary receipts supplement and of the SAI it "
        "amends?",
        "Larchmont SAI supplement on depositary receipts: supplement date and SAI date?",
    ],
)
def test_the_filing_and_the_document_supplemented_dated_together(
    assistant_over: Callable[[dict[str, str]], Assistant], cover: str, question: str
) -> None:
    a = assistant_over({"r.txt": cover + BODY}).ask(question)
    assert a.answered, a.answer
    for date in ("August 20, 2015", "May 1, 2015", "July 21, 2015"):
        assert date in a.answer, a.answer


@pytest.mark.parametrize("cover", COVERS)
@pytest.mark.parametrize(
    ("question", "given", "not_given"),
    [
        ("What's the date of the SAI this supplement revises?", "May 1, 2015", "August 20"),
        ("When was the SAI amended?", "July 21, 2015", "August 20"),
        ("What is the date of this supplement?", "August 20, 2015", "May 1"),
    ],
)
def test_each_date_asked_alone(
    assistant_over: Callable[[dict[str, str]], Assistant],
    cover: str,
    question: str,
    given: str,
    not_given: str,
) -> None:
    a = assistant_over({"r.txt": cover + BODY}).ask(question)
    assert a.answered and given in a.answer and not_given not in a.answer, a.answer


def test_a_trust_named_in_capitals_by_its_defined_term_and_an_update() -> None:
    cover = (
        "HARROWGATE PATHWAY FUNDS (“TRUST”)\nSUPPLEMENT DATED MAY 20, 2019,\nTO THE STATUTORY "
        "AND SUMMARY PROSPECTUS DATED JANUARY 1, 2019 AS UPDATED\nFEBRUARY 25, 2019\n"
        "SMALL-MID CAP EQUITY FUND"
    )
    meta = meta_of(cover + BODY)
    assert meta.trust == "Harrowgate Pathway Funds"
    assert meta.revised_dates == ("February 25, 2019",)
