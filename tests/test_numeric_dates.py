"""A date written in numbers ("9/30/2025", "2025-09-30") names its month as a month's word
does: a question "as of 9/30/2025" is not answered by a figure "as of June 30, 2025"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from index.dates import months_in

FILING = (
    "<html><body><p>Ridgeway Dividend ETF</p><p>Summary Prospectus | October 1, 2025</p>"
    "<h2>Calendar Year Total Returns</h2><p>During the periods shown in the bar chart, the "
    "highest quarterly return was 10.82% (for the quarter ended December 31, 2023). The Fund's "
    "year-to-date total return as of June 30, 2025 was 5.07%.</p></body></html>"
)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("9/30/2025", {9}),
        ("09/30/25", {9}),
        ("2025-09-30", {9}),
        ("September 30, 2025", {9}),
        ("since 08/25", set()),  # a month and a year, read where tenures are
        ("a 10-15% range", set()),
        ("1/2 of its assets", set()),
    ],
)
def test_months_in(text: str, months: set[int]) -> None:
    assert months_in(text) == months


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the year-to-date return as of 9/30/2025?", None),
        ("What was the year-to-date return as of 6/30/2025?", "5.07%"),
    ],
)
def test_a_figure_of_another_date_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: str | None
) -> None:
    answer = assistant_over({"e.html": FILING}).ask(question, doc="e.html")
    if expected is None:
        assert not answer.answered, answer.answer
    else:
        assert answer.answered and list(answer.items) == [expected], answer.answer
