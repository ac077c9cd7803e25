"""A text filing's cover (centred title lines, "Supplement dated ...") ends where its first
paragraph begins, even when that paragraph's first line reads like a title line: a run-in
heading ("Termination of Former Sub-Adviser. Northbeam Advisors, LLC (the"), or a sentence of
capitalised words ("On October 17, 2024, the Board of Trustees of Northbeam Capital Series")
that runs on to the next line. The whole paragraph is then one passage, so its sentences are
read whole."""

from __future__ import annotations

import pytest

from index.loaders import load_bytes
from index.sections import split

COVER = (
    "                        NORTHBEAM CAPITAL SERIES\n\n"
    '           Northbeam Tactical Commodity Strategy Fund (the "Fund")\n'
    "             Class A: NTCAX                   Class I: NTCIX\n\n"
    "       Supplement dated the 21st day of October, 2024, to the Fund's\n"
    "       Summary Prospectus and Prospectus, each dated the 1st day of May, 2024\n\n"
    "                     NOTICE OF PLAN OF LIQUIDATION\n\n"
)
DATED = (
    COVER + "On October 17, 2024, the Board of Trustees of Northbeam Capital Series\n"
    '(the "Trust"), upon the recommendation of Northbeam Asset Partners,\n'
    'L.P., the Fund\'s investment adviser (the "Adviser"), approved a Plan\n'
    "of Liquidation for the Fund. Shareholder approval of the Plan is not\n"
    "required.\n\n"
    "Liquidation Date. The Fund is expected to be liquidated on or about\n"
    'December 20, 2024 (the "Liquidation Date"). On the Liquidation Date, the\n'
    "Fund will distribute its net assets pro rata to shareholders of record.\n"
)
RUN_IN = (
    COVER + "Termination of Former Sub-Adviser. Northbeam Investment Advisors, LLC (the\n"
    '"Adviser") serves as investment adviser to the Fund. The Board approved the\n'
    "termination of the sub-advisory agreement with Kestrel Bay Partners LLP.\n"
)


@pytest.mark.parametrize(
    ("text", "first", "whole"),
    [
        (DATED, "On October 17, 2024, the Board", "approved a Plan of Liquidation for the Fund"),
        (RUN_IN, "Termination of Former Sub-Adviser.", '"Adviser") serves as investment'),
    ],
)
def test_the_first_paragraph_is_one_passage_of_its_own(text: str, first: str, whole: str) -> None:
    _, passages = split(load_bytes("s.txt", text.encode()))
    opening = next(p for p in passages if first in p.text)
    assert opening.text.startswith(first)
    assert whole in opening.text
    assert "Supplement dated" not in opening.text


def test_the_cover_keeps_its_own_lines() -> None:
    _, passages = split(load_bytes("s.txt", DATED.encode()))
    assert "Supplement dated the 21st day of October, 2024" in passages[0].text
    assert "Class A: NTCAX" in passages[0].text


def test_the_liquidation_date_is_read_from_its_paragraph(assistant_over) -> None:  # type: ignore[no-untyped-def]
    answer = assistant_over({"s.txt": DATED}).ask(
        "When will the Northbeam Tactical Commodity Strategy Fund be liquidated?", doc="s.txt"
    )
    assert answer.answered and list(answer.items) == ["December 20, 2024"], answer.answer
