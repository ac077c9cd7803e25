"""A firm the question names is borne out by a table row that names it, not by the sentence
that introduces rows of another ("... amended to include the following immediately after
Eastbank Capital Markets:" over a row of another recipient)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

AMENDED = """NORTHWIND SERIES TRUST
Supplement dated August 1, 2015 to the Statement of Additional Information

In the subsection entitled "Portfolio Holdings Disclosure Policy," the table found under the \
heading "Ongoing Arrangements" has been amended to include the following immediately after \
Eastbank Capital Markets:
Recipient | Frequency | Delay Before Dissemination
Larchmont Trust Company | Monthly | None
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"amended.txt": AMENDED})


@pytest.mark.parametrize(
    "question",
    [
        "What is the delay before dissemination for Eastbank Capital Markets in the Ongoing "
        "Arrangements table?",
        "How often does Eastbank Capital Markets receive portfolio holdings?",
    ],
)
def test_the_firm_the_rows_follow_is_not_their_firm(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="amended.txt")
    assert not a.answered, a.answer
    assert "Monthly" not in a.items


def test_the_firm_a_row_names_is_answered(assistant: Assistant) -> None:
    a = assistant.ask(
        "How often does Larchmont Trust Company receive portfolio holdings?", doc="amended.txt"
    )
    assert a.answered, a.answer
    assert "Monthly" in a.answer
