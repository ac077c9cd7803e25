"""A role's word that names a line of funds or a share class ("Fidelity's Advisor funds",
"Advisor B Class shares", "Institutional Class") asks no role the answer must name; and a
question for the date a supplement itself carries is not answered by another date of its text
when it prints none of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant

CLOSING = """NORTHWIND ADVISOR FUNDS

Effective after the close of business on September 1, 2010 (the "Effective Date"), Class B \
shares will be closed to new accounts and additional purchases by existing shareholders.
"""


def _roles(question: str) -> list[str]:
    return [c.value for c in verify.constraints(question) if c.kind == "role"]


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("When did Northwind's Advisor funds close Class B shares?", []),
        ("What is the minimum for Advisor B Class shares?", []),
        ("Which Institutional Class fees changed?", []),
        ("Who is the advisor to the Northwind funds?", ["advisor"]),
        ("Who is the fund's investment adviser?", ["investment adviser", "adviser"]),
    ],
)
def test_a_role_word_naming_funds_or_a_class_asks_no_role(question: str, roles: list[str]) -> None:
    assert _roles(question) == roles


@pytest.mark.parametrize(
    "question",
    [
        "When did Northwind's Advisor funds close Class B shares to new accounts?",
        "As of what date were Northwind Advisor Class B shares closed to new accounts?",
    ],
)
def test_the_closing_date_of_a_line_of_funds(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": CLOSING}).ask(question, doc="c.txt")
    assert a.answered and "September 1, 2010" in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What date does the Northwind Advisor Class B closure supplement itself carry?",
        "What date is printed on this supplement?",
    ],
)
def test_a_supplement_that_prints_no_date_of_its_own(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": CLOSING}).ask(question, doc="c.txt")
    assert not a.answered, a.answer
