"""The documents a supplement amends, read from its cover in the ways covers write them: a
supplement "to" its documents (with their dates, whose they are, a list of class
prospectuses), or a cover opening with the document's own title; and only for a question
whose wh-phrase asks for the documents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import documents
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("cover", "said"),
    [
        (
            "Northwind Investment Fund\nNorthwind Value Fund\nSupplement dated February 28, 2014\n"
            "to Currently Effective Prospectuses\nThe following replaces in their entirety ...",
            "Currently Effective Prospectuses",
        ),
        (
            'SUPPLEMENT TO THE STATEMENT OF ADDITIONAL INFORMATION ("SAI")\nOF\nHARBOR POINT '
            "LARGE CAP STOCK FUNDS\nThe following information is added to the section titled ...",
            'STATEMENT OF ADDITIONAL INFORMATION ("SAI") OF HARBOR POINT LARGE CAP STOCK FUNDS',
        ),
        (
            "STATEMENT OF ADDITIONAL INFORMATION (“SAI”)\nOF\nHARBOR POINT ALLOCATION FUNDS\n"
            "Effective September 30, 2013, Dana Holt is the Portfolio Manager ...",
            "STATEMENT OF ADDITIONAL INFORMATION (“SAI”) OF HARBOR POINT ALLOCATION FUNDS",
        ),
        (
            "Supplement dated January 23, 2008 to the Adviser Class Prospectus, Institutional "
            "Class, Service Class and Service 2 Class Prospectuses each dated April 30, 2007\n"
            "Northwind Growth Portfolio",
            "Adviser Class Prospectus, Institutional Class, Service Class and Service 2 Class "
            "Prospectuses each dated April 30, 2007",
        ),
        (
            "SUPPLEMENT DATED AUGUST 20, 2015 TO THE PROSPECTUSES DATED MAY 1, 2015, AS AMENDED "
            "JULY 21, 2015\nEffective immediately, the following changes ...",
            "PROSPECTUSES DATED MAY 1, 2015, AS AMENDED JULY 21, 2015",
        ),
        (
            "Supplement dated July 26, 2017 to the Prospectus\nThis supplement amends the "
            "Prospectus of each of the above-referenced Funds",
            "Prospectus",
        ),
        ("NORTHWIND FUNDS\nEffective May 1, 2020, Dana Holt retires.", None),
        # no cover line: a sentence that says the documents are amended
        (
            "739-P1 08/25\nEffective August 1, 2025, Eastbank Asset Management Ltd. will no "
            "longer serve as sub-advisor of the Fund. Therefore the summary prospectus, "
            "prospectus and SAI of the Fund are amended as follows:",
            "summary prospectus, prospectus and SAI of the Fund",
        ),
        (
            "NORTHWIND FUNDS\nThe Prospectus and Statement of Additional Information are hereby "
            "supplemented as follows.",
            "Prospectus and Statement of Additional Information",
        ),
    ],
)
def test_the_documents_a_cover_names(cover: str, said: str | None) -> None:
    assert documents.supplemented(cover) == ([said] if said is not None else [])


GROUPS_COVER = (
    "Northwind Bond Portfolio\nSupplement dated November 4, 2013\nto the Portfolio's Adviser "
    "Class Prospectus and Service Class Prospectus,\neach dated April 30, 2013; and\nto the "
    "Portfolio's Class ADV Summary Prospectus and Class S Summary Prospectus,\neach dated April "
    "30, 2013\n1. On October 22, 2013, the Board approved a reorganization."
)


def test_a_cover_naming_two_groups_of_documents_gives_each() -> None:
    assert documents.supplemented(GROUPS_COVER) == [
        "Portfolio's Adviser Class Prospectus and Service Class Prospectus, each dated April 30, "
        "2013",
        "Portfolio's Class ADV Summary Prospectus and Class S Summary Prospectus, each dated "
        "April 30, 2013",
    ]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Which summary prospectuses does the supplement amend?", ["Summary Prospectus"]),
        ("Which SAI does the supplement amend?", ["Summary Prospectus",
                                                  "Service Class Prospectus"]),
        ("Which prospectuses does the supplement amend?", ["Service Class Prospectus"]),
        ("Which documents does the supplement amend?", ["Summary Prospectus",
                                                        "Service Class Prospectus"]),
    ],
)  # fmt: skip
def test_the_kind_of_document_asked_picks_its_group(question: str, kept: list[str]) -> None:
    groups = documents.of_kind_asked(question, documents.supplemented(GROUPS_COVER))
    said = " ".join(groups)
    assert all(k in said for k in kept), groups
    if len(kept) == 1:
        assert len(groups) == 1, groups


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Which prospectuses does the February 2014 supplement amend?", True),
        ("Which fund family's SAI does the Closed Fund supplement amend?", True),
        ("What document does this supplement supplement?", True),
        ("Which part of the SAI's Net Asset Value section does the supplement replace?", False),
        ("What prospectus change does the June 6, 2012 supplement make?", False),
        ("Which series does this SAI supplement cover?", False),
        ("Which of the Fund's documents does the August 2025 supplement amend?", True),
        ("Which of the SAI's sections does the supplement amend?", False),
        ("What is being changed in the SAI by this supplement?", False),
    ],
)  # fmt: skip
def test_a_question_for_the_documents(question: str, asks: bool) -> None:
    assert documents.asked(question) is asks


COVER = """SUPPLEMENT TO THE STATEMENT OF ADDITIONAL INFORMATION ("SAI")
OF
HARBOR POINT LARGE CAP STOCK FUNDS
The following information is added to the section titled "ADDITIONAL PURCHASE AND \
REDEMPTION INFORMATION", beginning on page 59 of the SAI.
Investors Eligible to Purchase Closed Funds. Effective at the close of business on January \
31, 2012, the Class A shares of the Harbor Point Growth Fund are closed to new investors.
"""


def test_the_documents_answer_cites_the_cover(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": COVER}).ask(
        "Which fund family's SAI does the Closed Fund supplement amend?", doc="c.txt"
    )
    assert a.answered, a.answer
    assert "HARBOR POINT LARGE CAP STOCK FUNDS" in a.answer
    assert a.citations and a.citations[0].line_start <= 3


NO_COVER_LINE = """739-P1 08/25
Effective August 1, 2025, Eastbank Asset Management Ltd. will no longer serve as sub-advisor of \
the Fund. Therefore the summary prospectus, prospectus and SAI of the Fund are amended as follows:
1. The section "Fund Summary - Sub-Advisor" in the Fund's summary prospectus and prospectus is \
deleted in its entirety.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which of the Fund's documents does the August 2025 sub-advisor termination supplement "
        "amend?",
        "Which documents does this supplement amend?",
    ],
)
def test_the_documents_a_sentence_says_are_amended(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"n.txt": NO_COVER_LINE}).ask(question, doc="n.txt")
    assert a.answered, a.answer
    assert "summary prospectus, prospectus and SAI" in a.answer
