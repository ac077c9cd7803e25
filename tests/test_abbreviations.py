"""What an abbreviation stands for ("what does NRSRO stand for?", "what is NAV short for?",
after a phrase placing it: "In the prospectus, what does ... stand for?") is a meaning asked:
the sentence that spells it out, "nationally recognized statistical rating organization
(NRSRO)", answers; an abbreviation the filing never spells out is not answered."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.understand import term_asked

FILING = """NORTHWIND HIGH YIELD FUND
Supplement dated January 5, 2012 to the Prospectus

The Fund invests primarily in fixed income instruments rated below investment grade by a \
nationally recognized statistical rating organization (NRSRO) or, if unrated, considered by the \
subadviser to be of comparable quality.

Shares are sold at net asset value (NAV) plus any applicable sales charge.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does NRSRO stand for?", "nationally recognized statistical rating organization"),
        ("In the high yield fund prospectus, what does NRSRO stand for?",
         "nationally recognized statistical rating organization"),
        ("what is NAV short for", "net asset value"),
        ("What does CDSC stand for?", None),
    ],
)  # fmt: skip
def test_an_abbreviation_is_answered_by_its_spelling_out(
    expect_answer: Callable[[str, str, str | None], object],
    question: str,
    expected: str | None,
) -> None:
    expect_answer(FILING, question, expected)


def test_the_abbreviation_asked() -> None:
    assert term_asked("What does the acronym ETF stand for?") == "ETF"
    assert term_asked("What does the fund stand for in its marketing?") is None
