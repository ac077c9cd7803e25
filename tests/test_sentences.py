"""The one sentence splitter: abbreviations and initials do not end a sentence."""

from __future__ import annotations

import pytest

from index.sentences import ends, split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. J. Smith joined Acme Inc. in 2001. He manages the Fund.",
            ["Mr. J. Smith joined Acme Inc. in 2001.", "He manages the Fund."],
        ),
        (
            "Effective Sept. 1, 2010, the fee drops. The U.S. Fund is closed.",
            ["Effective Sept. 1, 2010, the fee drops.", "The U.S. Fund is closed."],
        ),
        (
            "She said “the Fund is open.” Then it closed.",
            ["She said “the Fund is open.”", "Then it closed."],
        ),
        ("The Fund changed.The Adviser stays.", ["The Fund changed.", "The Adviser stays."]),
        ("Costs rose; Fees fell.", ["Costs rose; Fees fell."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert [s for _, s in split(text)] == expected


def test_semicolons_end_answer_clauses_and_offsets_point_into_the_text() -> None:
    text = "Costs rose; Fees fell. Done."
    parts = split(text, semicolons=True)
    assert [s for _, s in parts] == ["Costs rose;", "Fees fell.", "Done."]
    assert all(text[o : o + len(s)] == s for o, s in parts)
    assert ends("No end here") == []
