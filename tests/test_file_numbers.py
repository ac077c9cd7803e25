"""A filing's SEC file numbers, read where it states them: a cover's "File Nos.", a
"Registration Nos." line, or the EDGAR envelope's "SEC FILE NUMBER"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

LETTER = """Harborgate Funds
January 30, 2025

Re: Harborgate Funds ("Trust"), File Nos. 333-175410 and 811-22578

Pursuant to Rule 497(j) under the Securities Act of 1933, the undersigned certifies that the
form of Prospectus does not differ from that in the most recent amendment.
"""

REGISTRATION = """Registration Nos. 333-62298; 811-10401
Supplement dated May 1, 2004 to the Northgate Funds Prospectus

The Fund's custodian has changed.
"""


# An EDGAR envelope of three filers, each with its own file number (leading zeros as EDGAR
# writes them).
ENVELOPE = (
    "0000728889-15-001613.txt : 20151120 ACCESSION NUMBER: 0000728889-15-001613 CONFORMED "
    "SUBMISSION TYPE: 497 FILER: COMPANY DATA: COMPANY CONFORMED NAME: HARBORGATE INTEGRITY FUNDS "
    "CENTRAL INDEX KEY: 0000701265 FILING VALUES: FORM TYPE: 497 SEC ACT: 1933 Act SEC FILE "
    "NUMBER: 002-76547 FILM NUMBER: 151245859 FILER: COMPANY DATA: COMPANY CONFORMED NAME: "
    "HARBORGATE CASH RESERVES CENTRAL INDEX KEY: 0000836423 FILING VALUES: FORM TYPE: 497 SEC "
    "ACT: 1933 Act SEC FILE NUMBER: 033-23223 FILM NUMBER: 151245860 FILER: COMPANY DATA: "
    "COMPANY CONFORMED NAME: HARBORGATE MID CAP FUND CENTRAL INDEX KEY: 0001086165 FILING "
    "VALUES: FORM TYPE: 497 SEC ACT: 1933 Act SEC FILE NUMBER: 333-78269 FILM NUMBER: 151245861\n"
    "\nHarborgate Cash Reserves\nSupplement dated November 20, 2015 to the Prospectus\n\n"
    "The Fund's custodian has changed.\n"
)


@pytest.mark.parametrize(
    ("text", "question", "numbers"),
    [
        (ENVELOPE, "What are the SEC file numbers?", ("002-76547", "033-23223", "333-78269")),
        (
            ENVELOPE,
            "What SEC file number does the header give for Harborgate Cash Reserves?",
            ("033-23223",),
        ),
        (ENVELOPE, "File number of Harborgate Mid Cap Fund?", ("333-78269",)),
        (LETTER, "What are the file numbers of this filing?", ("333-175410", "811-22578")),
        (LETTER, "What is the Investment Company Act file number?", ("811-22578",)),
        (LETTER, "What is the trust's Securities Act file no.?", ("333-175410",)),
        (REGISTRATION, "What are the registration numbers?", ("333-62298", "811-10401")),
    ],
)
def test_the_file_numbers_a_filing_states(
    assistant_over: Callable[[dict[str, str]], Assistant],
    text: str,
    question: str,
    numbers: tuple[str, ...],
) -> None:
    answer = assistant_over({"f.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == numbers


def test_no_file_number_stated(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    text = "Harborgate Growth Fund\nSupplement dated May 1, 2004\n\nThe custodian has changed.\n"
    answer = assistant_over({"f.txt": text}).ask("What is the fund's SEC file number?")
    assert not answer.answered, answer.answer
