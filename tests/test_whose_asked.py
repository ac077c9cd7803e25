"""A person named in the possessive ("replaces Jane Q. Roe's biography") is that person, and
"whose biography is rewritten?" is answered by the sentence that replaces it ("rewrite" is
what filings call replacing, revising, amending or restating a text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant

BIOGRAPHY = """NORTHWIND INVESTORS TRUST
Northwind Growth Fund
Supplement dated August 25, 2025 to the Prospectus

1. The following replaces Jane Q. Roe’s biography in the “Fund Summary – Portfolio Managers” \
section of the Fund’s summary prospectus and prospectus:
Jane Q. Roe
Portfolio Manager of Northwind Global Advisors
"""


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The following replaces Jane Q. Roe’s biography", ["Jane Q. Roe"]),
        ("The following replaces Jane Q. Roe's biography", ["Jane Q. Roe"]),
        ("Jane Q. Roe and John Doe manage the Fund.", ["Jane Q. Roe", "John Doe"]),
    ],
)
def test_a_name_in_the_possessive_is_the_person(text: str, people: list[str]) -> None:
    assert spans.people(text) == people


@pytest.mark.parametrize(
    "question",
    [
        "Whose biography is rewritten in the Fund Summary – Portfolio Managers section?",
        "Whose biography is replaced?",
        "Whose bio gets revised in the summary prospectus?",
    ],
)
def test_whose_biography_is_replaced(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BIOGRAPHY}).ask(question, doc="b.txt")
    assert a.answered and "Jane Q. Roe" in a.answer, a.answer
