"""A role that describes a document or a change ("the portfolio manager supplement", "this
sub-advisor termination supplement", "when do the PM changes take effect?") says which filing or
change is meant, not a role the answer must name; a role the question asks about ("who is the
portfolio manager in this supplement?") still is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant

SUPPLEMENT = """NORTHWIND TRUST IV
Northwind Target 2030 Fund
Supplement dated August 25, 2025 to the current Summary Prospectuses and Prospectuses
Effective immediately, Ana Ruiz will no longer serve as a portfolio manager to the Funds.
"""


def _roles(question: str) -> list[str]:
    return [c.value for c in verify.constraints(question) if c.kind == "role"]


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("What is the date of the Northwind portfolio manager supplement?", []),
        ("Per this Aug 2025 sub-advisor termination supplement, what changed?", []),
        ("Who is the portfolio manager in this supplement?", ["portfolio manager"]),
        (
            "Who is the fund's portfolio manager per this sub-advisor termination supplement?",
            ["portfolio manager"],
        ),
        ("Who is the custodian?", ["custodian"]),
        ("When do the PM changes take effect?", []),
        ("When does the portfolio manager change take effect?", []),
        ("Which portfolio manager will change?", ["portfolio manager"]),
        # a notice is a document described too
        ("Is the Target 2030 Fund one of the funds this PM notice covers?", []),
        ("What is the date of the portfolio manager notice?", []),
        ("Who is the portfolio manager named in this notice?", ["portfolio manager"]),
    ],
)
def test_roles_asked_and_roles_describing_a_filing(question: str, roles: list[str]) -> None:
    assert _roles(question) == roles


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the date of the Northwind portfolio manager supplement?", "August 25, 2025"),
        ("What's the date of the Target Funds PM supplement?", "August 25, 2025"),
        ("When do the PM changes take effect?", "immediately"),
    ],
)
def test_the_date_of_a_filing_or_change_described_by_a_role(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: str
) -> None:
    a = assistant_over({"pm.txt": SUPPLEMENT}).ask(question, doc="pm.txt")
    assert a.answered and expected in a.answer, a.answer


def test_a_fund_covered_by_a_notice_described_by_a_role(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"pm.txt": SUPPLEMENT}).ask(
        "Is the Northwind Target 2030 Fund one of the funds this PM notice covers?", doc="pm.txt"
    )
    assert a.answered and "Northwind Target 2030 Fund" in a.answer, a.answer
