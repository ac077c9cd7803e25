"""A question that asks a service provider's role with a verb ("who distributes the fund?") is
read as the role the filings name ("the distributor"), alone and as one part of two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.phrasing import rephrase

FILING = """Larchmont Funds Trust
Supplement dated March 3, 2025 to the Summary Prospectus dated January 28, 2025

Larchmont Dividend Growth Fund

Portfolio Managers
Ana Kowalczyk and Peter Halloran have co-managed the Fund since March 2025.

Purchase and Sale of Fund Shares
Shares are offered through Harwell Fund Distributors, LLC, the Fund's principal underwriter.

Other Service Providers
Quarry Bank and Trust Company serves as custodian of the Fund's assets.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who distributes the fund?", "Who is the distributor of the fund?"),
        ("Which firm currently sub-advises it?", "Which firm is the sub-adviser of it?"),
        ("who audits the financial statements?", "who is the auditor of the financial statements?"),
        ("Who distributed shares before 2020?", "Who was the distributor of shares before 2020?"),
        ("Which company underwrites it?", "Which company is the principal underwriter of it?"),
    ],
)
def test_a_role_verb_reads_as_the_role(question: str, expected: str) -> None:
    assert rephrase(question) == expected


def test_managing_still_asks_for_people() -> None:
    assert rephrase("Who manages the fund?") == "Who manages the fund?"


@pytest.mark.parametrize(
    "question", ["Who distributes the fund?", "Which firm underwrites the fund's shares?"]
)
def test_the_distributor_asked_with_a_verb(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"d.txt": FILING}).ask(question)
    assert a.answered, a.answer
    assert "Harwell Fund Distributors" in a.answer
    assert "Kowalczyk" not in a.answer


def test_a_role_verb_in_the_first_of_two_parts(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    """The managers and their start date answer the second part only: the first asks who
    distributes the fund, and both are answered each from its own passage."""
    a = assistant_over({"d.txt": FILING}).ask(
        "Who distributes the fund, and since when have the PMs managed it?"
    )
    assert a.answered, a.answer
    assert "Harwell Fund Distributors" in a.answer
    assert "March 2025" in a.answer
    assert len({c.line_start for c in a.citations}) == 2


ONLY_CUSTODIAN = FILING.split("Purchase and Sale")[0] + (
    "Other Service Providers\n"
    "Quarry Bank and Trust Company serves as custodian of the Fund's assets.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Who are the custodian and the principal underwriter of the fund?",
        "Which firms are the custodian and distributor?",
    ],
)
def test_two_roles_under_one_wh_word_are_each_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"d.txt": FILING}).ask(question)
    assert a.answered, a.answer
    assert "Quarry Bank and Trust Company" in a.answer
    assert "Harwell Fund Distributors" in a.answer
    assert len({c.line_start for c in a.citations}) == 2


def test_a_role_the_filing_does_not_name_is_said_to_be_missing(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": ONLY_CUSTODIAN}).ask(
        "Who are the custodian and the distributor of the fund?"
    )
    assert not a.answered, a.answer
    assert "not stated" in a.answer and "distributor" in a.answer
    assert "Quarry Bank and Trust Company" in a.answer  # what was found is said
