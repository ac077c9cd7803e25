"""An amount asked of one share class is the one its sentence states for that class: the class
named right beside it, else the next class after it when the sentence states an amount
before any class ("$1,000 to purchase Investor Class shares and $100,000 to purchase
Institutional Class shares"), else the last class before it ("the minimum for Class A shares
is reduced from $2,500 to $1,000. The minimum for Class I shares remains $100,000."). A class
the sentence does not state an amount for gets none of its amounts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant.compose import _of_classes

HEAD = (
    "RIDGEWAY SERIES TRUST\nRidgeway Short Duration Fund\n\n"
    "Supplement dated August 14, 2024 to the Prospectus dated March 1, 2024\n\n"
    "Purchase of Fund Shares\n\n"
)
CLASS_FIRST = (
    HEAD + "Effective October 1, 2024, the minimum initial investment for Class A shares of\n"
    "the Fund is reduced from $2,500 to $1,000. The minimum for Class I shares remains\n"
    "$100,000.\n"
)
AMOUNT_FIRST = (
    HEAD + "The minimum initial investment in the Fund is $1,000 to purchase Class A shares\n"
    "and $100,000 to purchase Class I shares.\n"
)
OF_PHRASE = (
    HEAD + "The Trust pays the administrator a fee equal on an annual basis to 0.15% of the\n"
    "average daily net assets of the Fund's Class A shares, and 0.05% of the average daily net\n"
    "assets of the Fund's Class I shares.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CLASS_FIRST, {"Class A": ["$2,500", "$1,000"], "Class I": ["$100,000"]}),
        (AMOUNT_FIRST, {"Class A": ["$1,000"], "Class I": ["$100,000"]}),
        (OF_PHRASE, {"Class A": ["0.15%"], "Class I": ["0.05%"]}),
        (
            "Class A and Class C shares have a minimum of $500; Class I shares have a minimum "
            "of $50,000.",
            {"Class C": ["$500"], "Class I": ["$50,000"]},
        ),
        ("Classes A, C and I have a minimum of $500.", {"Class C": ["$500"]}),
        # a class the sentence names no amount for: none of them
        ("The minimum for Class A shares is reduced from $2,500 to $1,000.", {"Class I": []}),
    ],
)
def test_each_amount_is_its_class_s(text: str, expected: dict[str, list[str]]) -> None:
    found = [a for a in ("$2,500", "$1,000", "$100,000", "$500", "$50,000", "0.15%", "0.05%")
             if a in text]  # fmt: skip
    for share_class, amounts in expected.items():
        assert _of_classes(text, found, [share_class]) == amounts, share_class


RESPECTIVELY = (
    HEAD + "The Adviser is contractually obligated to limit expenses to 1.29%, 0.69% and 1.09%\n"
    "for Class A, Class I and Class R6 shares, respectively, through May 1, 2026.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "question", "expected"),
    [
        ("first.txt", CLASS_FIRST, "What is the new Class A minimum?", "$1,000"),
        ("first.txt", CLASS_FIRST, "What is the Class I minimum investment?", "$100,000"),
        ("amount.txt", AMOUNT_FIRST, "What's the minimum for Class I shares?", "$100,000"),
        ("amount.txt", AMOUNT_FIRST, "What is the Class A minimum initial investment?", "$1,000"),
        ("of.txt", OF_PHRASE, "What administration fee applies to Class I shares?", "0.05%"),
        # (amounts paired "respectively" are read so, not by the class nearest each)
        ("resp.txt", RESPECTIVELY, "What is the Class R6 expense limit?", "1.09%"),
        ("resp.txt", RESPECTIVELY, "What is the Class I expense limit?", "0.69%"),
    ],
)
def test_the_class_asked_gets_its_amount(
    expect_items: Callable[..., Any], name: str, text: str, question: str, expected: str
) -> None:
    expect_items({name: text}, name, question, [expected])
