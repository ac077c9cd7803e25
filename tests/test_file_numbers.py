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


@pytest.mark.parametrize(
    ("text", "question", "numbers"),
    [
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
