"""A firm is hired or let go by making or ending an agreement with it: "approved the termination
of the sub-advisory agreement between the Adviser and X", "approved an interim sub-advisory
agreement between the Adviser and Y", "entered into a new custody agreement with Z". The kind
of agreement names the role; a defined short name ("Kestrel") is answered by the firm's name.
Also read right: a run-in heading on the first line of a supplement's first paragraph
("Termination of Former Sub-Adviser. Northbeam Advisors, LLC (the") is that paragraph's, not the
cover's; "Sub-Adviser. Northbeam Investment Advisors, LLC" labels no firm called "Northbeam"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant import clauses
from index.facts import extract_facts
from index.loaders import load_bytes
from index.metadata import extract
from index.sections import split

COVER = (
    "                           NORTHBEAM FUNDS TRUST\n\n"
    "                  NORTHBEAM INTERNATIONAL OPPORTUNITIES FUND\n\n"
    "                    SUPPLEMENT DATED AUGUST 12, 2024\n"
    "                 TO THE PROSPECTUS DATED MARCH 1, 2024\n\n"
)
RUN_IN = (
    COVER + "Termination of Former Sub-Adviser. Northbeam Investment Advisors, LLC (the\n"
    '"Adviser") serves as investment adviser to the Fund. Kestrel Bay Partners LLP\n'
    '("Kestrel") has served as the Fund\'s sub-adviser since 2015. On August 6, 2024, the\n'
    "Board approved the termination of the sub-advisory agreement between the Adviser and\n"
    "Kestrel with respect to the Fund.\n\n"
    "Appointment of New Sub-Adviser. At the same meeting, the Board approved an interim\n"
    'sub-advisory agreement (the "Interim Agreement") between the Adviser and Morrow Lane\n'
    'Asset Management Ltd. ("Morrow Lane"), under which Morrow Lane began managing the\n'
    "Fund's portfolio on August 9, 2024.\n"
)
WITH = (
    COVER + "Effective June 1, 2024, the Trust has terminated its custody agreement with\n"
    "Harborview Trust Company, N.A. and has entered into a new custody agreement with\n"
    "Ridgeway Bank and Trust Co., which now serves as the Fund's custodian.\n"
)
RENEWED = (
    COVER + "At its meeting on May 20, 2024, the Board approved the continuation of the\n"
    "sub-advisory agreement with Halvard Investment Partners LLP for another year.\n"
)


def _passages(name: str, text: str):  # type: ignore[no-untyped-def]
    _, passages = split(load_bytes(name, text.encode()))
    return passages


def test_the_run_in_heading_starts_the_paragraph_not_the_cover() -> None:
    passages = _passages("a.txt", RUN_IN)
    first = next(p for p in passages if "Termination of Former" in p.text)
    assert first.text.startswith("Termination of Former Sub-Adviser. Northbeam Investment")
    assert '"Adviser") serves as investment adviser' in first.text


def test_a_run_in_label_names_no_firm_cut_from_the_adviser_s_name() -> None:
    text = RUN_IN
    doc = load_bytes("a.txt", text.encode())
    _, passages = split(doc)
    firms = {f.value for f in extract_facts(passages, extract(doc, passages))
             if f.kind in ("adviser", "subadviser")}  # fmt: skip
    assert "Northbeam" not in firms
    assert "Northbeam Investment Advisors, LLC" in firms


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "a.txt",
            RUN_IN,
            {
                ("terminate", "Kestrel", "sub-adviser"),
                ("hire", "Morrow Lane Asset Management Ltd.", "sub-adviser"),
            },
        ),
        (
            "b.txt",
            WITH,
            {
                ("terminate", "Harborview Trust Company, N.A.", "custodian"),
                ("hire", "Ridgeway Bank and Trust Co.", "custodian"),
            },
        ),
        ("c.txt", RENEWED, set()),  # a renewal engages no one
    ],
)
def test_agreements_made_and_ended(
    name: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {
        (e.event, party, e.role)
        for e in clauses.engagements(_passages(name, text))
        for party in e.parties
    }
    assert found == expected


@pytest.mark.parametrize(
    ("name", "text", "question", "expected"),
    [
        ("a.txt", RUN_IN, "Which subadvisor was terminated?", "Kestrel Bay Partners LLP"),
        ("a.txt", RUN_IN, "Who is the new sub-adviser?", "Morrow Lane Asset Management Ltd."),
        ("b.txt", WITH, "Who is the new custodian?", "Ridgeway Bank and Trust Co."),
        ("b.txt", WITH, "Which custodian was terminated?", "Harborview Trust Company, N.A."),
    ],
)
def test_the_party_asked(
    expect_items: Callable[..., Any], name: str, text: str, question: str, expected: str
) -> None:
    expect_items({name: text}, name, question, [expected])
