"""Both sides of a replacement: "who was replaced?" asks for the one who left, "who replaced
whom?" for both."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

CHANGE = """NORTHWIND GLOBAL INFRASTRUCTURE FUND
Supplement dated October 1, 2013 to the Prospectus dated May 1, 2013

Effective immediately, Lena Marsh has replaced Carl Berg as the Fund's portfolio manager.

Portfolio Manager | Managed Fund Since | Joined Adviser
Lena Marsh | 2013 | 2006
"""


@pytest.mark.parametrize(
    ("question", "departure"),
    [
        ("Who was replaced as portfolio manager?", True),
        ("Whom did Lena Marsh replace?", True),
        ("Who replaced Carl Berg?", False),
        ("Who is the new portfolio manager?", False),
        # who stays while another leaves
        ("Who keeps running the fund during the leave?", False),
        ("Which portfolio managers remain after Carl Berg leaves?", False),
        ("Who leaves the fund?", True),
    ],
)
def test_who_was_replaced_asks_for_the_one_leaving(question: str, departure: bool) -> None:
    assert understand(question, has_person=True).wants_departure is departure


@pytest.mark.parametrize(
    "question",
    ["Who was replaced as portfolio manager of the fund?", "Who has been replaced as PM?"],
)
def test_the_one_replaced_is_named(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": CHANGE}).ask(question, doc="c.txt")
    assert a.answered and "Carl Berg" in a.items, a.answer


@pytest.mark.parametrize(
    "question",
    ["who replaced whom as PM of the fund?", "Who replaced whom as portfolio manager?"],
)
def test_who_replaced_whom_names_both(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": CHANGE}).ask(question, doc="c.txt")
    assert a.answered, a.answer
    assert "Lena Marsh" in a.answer and "Carl Berg" in a.answer, a.answer


TEAM = """NORTHWIND FUNDS II
Northwind Strategic Equity Fund (the fund)
Supplement dated November 13, 2023 to the current Prospectus

As of November 13, 2023, Carl Berg, CFA will no longer serve as a portfolio manager for the fund.

As of November 13, 2023, Lena Marsh, CFA and Omar Reyes will be added as portfolio managers of \
the fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who stops managing the fund and who is added?",
        "Who leaves the fund's management team, and who is added?",
    ],
)
def test_who_leaves_and_who_is_added_names_both_sides(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TEAM}).ask(question, doc="t.txt")
    assert a.answered, a.answer
    assert "Carl Berg" in a.answer and "Lena Marsh" in a.answer, a.answer
