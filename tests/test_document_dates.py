"""A supplement's own date ("Supplement dated August 25, 2025 to the current Summary
Prospectuses") dates the supplement, not the documents it supplements: a question asking the
date of the prospectus, the summary prospectus or the SAI is not answered by it; the documents'
own date ("... to the Prospectus dated January 1, 2024") and a question about the supplement's
date are."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

CURRENT = """NORTHWIND TRUST IV
Northwind Target 2030 Fund
Northwind Target 2040 Fund
(each a "Fund" and collectively, the "Funds")
(All Share Classes)
Supplement dated August 25, 2025 to the current Summary Prospectuses, Prospectuses and Statement \
of Additional Information, as supplemented
Effective immediately, the Funds' portfolio managers are Ana Ruiz and Tomas Berg.
"""

DATED = """HARBORGATE FUNDS
Harborgate Bond Fund
SUPPLEMENT DATED MAY 1, 2020 TO THE PROSPECTUS AND STATEMENT OF ADDITIONAL INFORMATION DATED \
FEBRUARY 28, 2020
Effective immediately, the Fund's portfolio managers are Ana Ruiz and Tomas Berg.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"current.txt": CURRENT, "dated.txt": DATED})


@pytest.mark.parametrize(
    "question",
    [
        "What date do the Target Funds' current summary prospectuses carry?",
        "What is the date of the SAI?",
        "What is the date of the Statement of Additional Information being supplemented?",
        "When are the prospectuses dated?",
    ],
)
def test_the_supplements_date_is_not_the_documents(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="current.txt")
    assert not a.answered and "August 25, 2025" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "doc", "expected"),
    [
        ("When is the supplement dated?", "current.txt", "August 25, 2025"),
        ("What is the date of the supplement?", "current.txt", "August 25, 2025"),
        ("What is the date of the SAI?", "dated.txt", "February 28, 2020"),
        ("What date does the prospectus carry?", "dated.txt", "February 28, 2020"),
        # the supplement by the documents it supplements: its own date
        (
            "What date does the Harborgate Bond Fund prospectus supplement carry?",
            "dated.txt",
            "May 1, 2020",
        ),
        ("Which date does the SAI supplement bear?", "dated.txt", "May 1, 2020"),
    ],
)
def test_the_dates_written_for_each_are_answered(
    assistant: Assistant, question: str, doc: str, expected: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered and expected in a.answer, a.answer
