"""A question that names its objective only as the purpose of what it asks ("among which asset
types does the fund allocate in pursuing its objective?") asks that, not the objective; one
asking the objective, or the index a fund tracks, still does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.understand import understand


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Among which asset types does the fund allocate its assets in pursuing its objective?",
         "general"),
        ("Which securities does the fund buy to meet its investment objective?", "general"),
        ("What is the fund's investment objective?", "objective"),
        ("Which objective does the fund pursue?", "objective"),
        ("What does the fund seek?", "objective"),
    ],
)  # fmt: skip
def test_what_is_asked(question: str, intent: str) -> None:
    assert understand(question).intent == intent


FILING = """Larchwood Capital Appreciation Fund
Summary Prospectus dated May 1, 2025

Investment objective
The Fund seeks capital appreciation and income consistent with its asset allocation.

Principal investment strategies of the Fund
To achieve the Fund's investment objective, the Adviser invests not less than 50% of the Fund's \
net assets in common or preferred stocks. The Adviser may allocate the balance of the Fund's \
assets among U.S. government securities, investment grade debt securities and money market \
instruments.
"""


def test_the_objective_is_not_the_answer_to_another_question(
    expect_answer: Callable[[str, str, str | None], object],
) -> None:
    a = expect_answer(
        FILING,
        "Among which asset types does the fund allocate its assets in pursuing its objective?",
        None,
    )
    assert "seeks capital appreciation" not in a.answer  # type: ignore[attr-defined]
    expect_answer(FILING, "What is the fund's investment objective?", "seeks capital appreciation")
