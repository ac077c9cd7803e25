"""A text set side by side as it stands and as revised ("Current Language | Revised
Language"): what the revision alters, for "how did X change?"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import clauses
from assistant.engine import Assistant
from index.model import Passage

OLD = (
    "You pay no sales charges on shares you purchase with the proceeds of a redemption within "
    "120 days of the date of the redemption."
)
NEW = (
    "You pay no sales charges on shares you purchase with the proceeds of a redemption within "
    "90 days of the date of the redemption."
)

ONE_ROW = f"""Northgate Portfolios
Supplement dated November 7, 2012 to the Prospectus dated October 1, 2012

Rights of Reinvestment

The following sentence is revised under "Sales Charge Reductions and Waivers":

Current Language | Revised Language | {OLD} | {NEW}
"""

HEADER_ROW = f"""Northgate Portfolios
Supplement dated November 7, 2012 to the Prospectus dated October 1, 2012

Rights of Reinvestment

The following sentence is revised under "Sales Charge Reductions and Waivers":

Existing Text | New Text
{OLD} | {NEW}
"""


def test_the_words_a_revision_alters() -> None:
    edits = clauses.text_edits(OLD, NEW)
    assert edits == [
        (
            "of a redemption within 120 days of the date",
            "of a redemption within 90 days of the date",
        )
    ]


@pytest.mark.parametrize("text", [ONE_ROW, HEADER_ROW])
def test_a_language_change_in_either_layout(text: str) -> None:
    passages = [
        Passage("f.txt", n, (), n + 1, n + 1, 0, len(t), t, kind="row")
        for n, t in enumerate(line for line in text.splitlines() if " | " in line)
    ]
    (change,) = clauses.language_changes(passages)
    assert (change.old, change.new) == (OLD, NEW)


@pytest.mark.parametrize(
    "question",
    [
        "How did the rights of reinvestment change?",
        "What is the change to the reinvestment rights?",
    ],
)
def test_how_a_text_changes(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": ONE_ROW}).ask(question)
    assert answer.answered, answer.answer
    assert "120 days" in answer.answer and "90 days" in answer.answer
