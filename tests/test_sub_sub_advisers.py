"""A sub-sub-adviser (a firm a sub-adviser hires) is asked by its own name: "which
sub-sub-adviser ...?" is answered by it alone, "who are the sub-advisers?" without it, and "the
sub-adviser and sub-sub-adviser" by both; in the summary prospectus's layouts of labels over
names, and of labels and names on one line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

STACKED = """NORTHWIND INTERNATIONAL EQUITY FUND
Summary Prospectus dated August 29, 2025

Portfolio Management
Investment Adviser
Harborgate Investments, LLC
Sub-Adviser
Eastbank Asset Management LLC
Portfolio Managers
Dana Whitfield, CFA, Portfolio Manager (since 05/23)
Sub-Adviser
Larchmont Global Advisors LLC
Portfolio Managers
Omar Castel, Portfolio Manager (since 01/17)
Sub-Sub-Adviser
Northgate Asset Management (UK) Limited
Portfolio Manager
Ines Varga, Portfolio Manager (since 08/25)
"""

INLINE = """NORTHWIND EMERGING MARKETS FUND
Summary Prospectus dated May 1, 2025

Portfolio Management
Investment Adviser: Harborgate Investments, LLC
Sub-Adviser: Ridgeback Capital LLC
Sub-Sub-Adviser: Ridgeback Capital (Asia) Pte. Ltd.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"stacked.txt": STACKED, "inline.txt": INLINE})


@pytest.mark.parametrize(
    ("question", "doc", "items"),
    [
        (
            "Which firm is the sub-sub-adviser?",
            "stacked.txt",
            ["Northgate Asset Management (UK) Limited"],
        ),
        ("Who is the fund's sub-subadviser?", "inline.txt", ["Ridgeback Capital (Asia) Pte. Ltd."]),
        (
            "Which firms are sub-advisers to the fund?",
            "stacked.txt",
            ["Eastbank Asset Management LLC", "Larchmont Global Advisors LLC"],
        ),
        ("Who is the sub-adviser?", "inline.txt", ["Ridgeback Capital LLC"]),
        (
            "Who are the sub-adviser and sub-sub-adviser?",
            "inline.txt",
            ["Ridgeback Capital LLC", "Ridgeback Capital (Asia) Pte. Ltd."],
        ),
    ],
)
def test_a_sub_sub_adviser_is_asked_by_its_own_name(
    assistant: Assistant, question: str, doc: str, items: list[str]
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered, a.answer
    assert list(a.items) == items
