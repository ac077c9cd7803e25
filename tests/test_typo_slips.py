"""Of the filings' words as near a typo as each other, the corrector reads the likelier slip of
the keys: a doubled letter typed once or a letter typed twice ("insurred" is "insured", though
"incurred" is as near and commoner), then two letters swapped, then a neighbouring key, then a
letter left out or struck too many, before a key far from the one meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.retrieve import corrections, slip
from index.store import Store


@pytest.mark.parametrize(
    ("typed", "likelier", "other"),
    [
        ("insurred", "insured", "incurred"),  # a letter typed twice, against another letter
        ("alocation", "allocation", "location"),  # a doubled letter typed once
        ("fudn", "fund", "fend"),  # two letters swapped
        ("fubd", "fund", "fold"),  # a neighbouring key (b for n)
        ("postions", "positions", "portions"),  # a letter left out, against a far key
    ],
)
def test_the_likelier_slip_costs_less(typed: str, likelier: str, other: str) -> None:
    assert slip(typed, likelier) < slip(typed, other)


def test_a_typo_is_read_as_the_likelier_slip_not_the_commoner_word(tmp_path: Path) -> None:
    (tmp_path / "f").mkdir()
    # "incurred" is the commoner word of the filing; "insured" the one the question meant
    text = "NORTHWIND MONEY FUND\nSupplement dated May 1, 2020\n\n" + (
        "Expenses incurred by the Fund are paid by the Fund. "
        * 5
        + "An investment in the Fund is not insured or guaranteed by the Federal Deposit "
        "Insurance Corporation.\n"
    )
    (tmp_path / "f" / "m.txt").write_text(text, encoding="utf-8")
    store = Store(tmp_path / "ix")
    store.add([tmp_path / "f"])
    assert corrections(store.snapshot(), ["insurred"]) == [("insurred", "insured")]
