"""A question for what a replacement takes away ("which firm is being replaced as
sub-adviser?") is not answered by the firms the filing says replace it; the firms that replace
are the answer to who replaces."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE INVESTORS TRUST
Harborgate Large Cap Growth Portfolio
Harborgate Mid Cap Growth Portfolio
Supplement dated January 23, 2008 to the Prospectuses dated April 30, 2007

1. Effective January 31, 2008, Eastbank Investment Management Inc. will replace Northgate \
Management & Research Company as sub-adviser for Harborgate Large Cap Growth Portfolio.
2. Effective January 31, 2008, Ridgeline Investment Management Co. will replace Northgate \
Management & Research Company as sub-adviser for Harborgate Mid Cap Growth Portfolio.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which firm is being replaced as sub-adviser on both portfolios?",
        "Which sub-adviser will be replaced on January 31, 2008?",
        "Which firm was replaced as sub-adviser of the Harborgate Mid Cap Growth Portfolio?",
    ],
)
def test_the_replaced_side_is_not_the_replacing_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    replacing = {"Eastbank Investment Management Inc.", "Ridgeline Investment Management Co."}
    assert not answer.answered or not set(answer.items) <= replacing, answer.answer


def test_who_replaces_is_the_replacing_side(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(
        "Which firm will replace the sub-adviser of the Harborgate Large Cap Growth Portfolio?",
        doc="s.txt",
    )
    assert answer.answered, answer.answer
    assert "Eastbank Investment Management Inc." in answer.answer
