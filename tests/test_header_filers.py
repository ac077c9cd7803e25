"""What a filing's EDGAR submission header says of its filers: which registrants filed it,
and the former names of the one a question names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEADER = """0000728889-15-001613.txt : 20151120
ACCESSION NUMBER: 0000728889-15-001613 CONFORMED SUBMISSION TYPE: 497 PUBLIC DOCUMENT COUNT: 1 \
FILED AS OF DATE: 20151120 FILER: COMPANY DATA: COMPANY CONFORMED NAME: NORTHWIND INTEGRITY FUNDS \
CENTRAL INDEX KEY: 0000701265 STATE OF INCORPORATION: DE FILING VALUES: FORM TYPE: 497 SEC ACT: \
1933 Act SEC FILE NUMBER: 002-76547 FORMER COMPANY: FORMER CONFORMED NAME: ASHCOMBE INTEGRITY \
FUNDS DATE OF NAME CHANGE: 19910329 FORMER COMPANY: FORMER CONFORMED NAME: ASHCOMBE LIQUID ASSETS \
TRUST DATE OF NAME CHANGE: 19880403 FILER: COMPANY DATA: COMPANY CONFORMED NAME: NORTHWIND CASH \
RESERVES CENTRAL INDEX KEY: 0000836423 FILING VALUES: FORM TYPE: 497 SEC ACT: 1933 Act SEC FILE \
NUMBER: 033-23223

NORTHWIND INTEGRITY FUNDS
Supplement dated November 20, 2015 to the Prospectus dated July 29, 2015
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which registrants are listed as filers on this 497?",
        "Which Northwind registrants filed this filing?",
        "What companies are named as filers in the header?",
        "Which Northwind funds filed this 497?",
        "Who filed this 497?",
    ],
)
def test_the_filers_a_header_lists(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"h.txt": HEADER}).ask(question, doc="h.txt")
    assert a.answered and a.items == ("NORTHWIND INTEGRITY FUNDS", "NORTHWIND CASH RESERVES"), (
        a.answer
    )


@pytest.mark.parametrize(
    "question",
    [
        "What was Northwind Integrity Funds formerly called?",
        "Which former conformed names does the header give for Northwind Integrity Funds?",
    ],
)
def test_the_former_names_of_the_filer_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"h.txt": HEADER}).ask(question, doc="h.txt")
    assert a.answered and a.items == ("ASHCOMBE INTEGRITY FUNDS", "ASHCOMBE LIQUID ASSETS TRUST"), (
        a.answer
    )


def test_a_filer_with_no_former_name_gets_none(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"h.txt": HEADER}).ask(
        "What was Northwind Cash Reserves formerly called?", doc="h.txt"
    )
    assert not a.answered or "ASHCOMBE" not in a.answer, a.answer
