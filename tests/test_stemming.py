"""One stemmer for the index and the answering side: Porter's, with the "e" of step 1b
restored, so that every form of a verb shares its stem."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from index.schema import text_analyzer
from index.stemming import stem


@pytest.mark.parametrize(
    "forms",
    [
        ("liquidate", "liquidated", "liquidating", "liquidates"),
        ("operate", "operated", "operating", "operates"),
        ("authorize", "authorized", "authorizing"),
        ("enable", "enabled", "enabling"),
        ("terminate", "terminated", "terminating"),
    ],
)
def test_every_form_of_a_verb_has_one_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(f) for f in forms}) == 1, [stem(f) for f in forms]


def test_words_porter_leaves_alone_stay_as_they_were() -> None:
    assert [stem(w) for w in ("bled", "agreed", "managing", "closing", "dated")] == [
        "bled",
        "agre",
        "manag",
        "close",
        "date",
    ]


def test_the_index_analyser_uses_it() -> None:
    def stems(text: str) -> list[str]:
        return [t.text for t in text_analyzer()(text)]

    assert stems("Fund liquidated") == stems("fund liquidate") == ["fund", "liquid"]


LIQUIDATION = """Larchwood Frontier Markets Fund
Supplement dated March 3, 2025 to the Prospectus dated May 1, 2024

The Fund is expected to be terminated on or about April 30, 2025.

The adviser will begin liquidating the Fund's assets on April 1, 2025.
"""


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("When will the fund terminate?", "April 30, 2025"),
        ("On what date does the fund terminate?", "April 30, 2025"),
        ("When are the fund's assets liquidated?", "April 1, 2025"),
    ],
)
def test_a_question_and_a_filing_using_other_forms_of_a_verb(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    answer = assistant_over({"liq.txt": LIQUIDATION}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == (date,), answer.items
