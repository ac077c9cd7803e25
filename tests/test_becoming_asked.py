"""When someone became, or was appointed or hired as, what they are ("When did X first become
a sub-adviser of the fund?") is a date whose sentence speaks of such a beginning; a sentence
that only dates something else about them (a target allocation, a fee) does not answer, and a
change "becoming effective" is asked of its taking effect, not of anyone's becoming."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

ALLOCATION = """NORTHWIND SMALL-MID CAP EQUITY FUND
Supplement dated May 20, 2019 to the Prospectus
Effective May 20, 2019, the target sub-adviser investment allocations of the Small-Mid Cap \
Equity Fund is a 42% allocation to Harbor Point Advisors, LLC and a 10% allocation to Westbrook \
Capital Management, LLC.
"""

APPOINTED = """NORTHWIND SMALL-MID CAP EQUITY FUND
Supplement dated May 20, 2019 to the Prospectus
At a meeting held on March 3, 2019, the Board appointed Westbrook Capital Management, LLC as an \
additional sub-adviser to the Small-Mid Cap Equity Fund, effective May 1, 2019.
The changes to the Fund's target allocations become effective on June 1, 2019.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When did Westbrook first become a sub-adviser of the Small-Mid Cap Equity Fund?",
        "When was Westbrook Capital Management appointed as a sub-adviser?",
        "When was Westbrook hired?",
    ],
)
def test_a_date_of_something_else_is_no_beginning(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": ALLOCATION}).ask(question, doc="f.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("When was Westbrook Capital Management appointed as a sub-adviser?", "May 1, 2019"),
        ("When did Westbrook become a sub-adviser to the fund?", "May 1, 2019"),
        ("When do the target allocation changes become effective?", "June 1, 2019"),
    ],
)
def test_a_beginning_said_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    a = assistant_over({"g.txt": APPOINTED}).ask(question, doc="g.txt")
    assert a.answered, a.answer
    assert date in a.answer


def test_becoming_available_is_no_becoming_of_a_role(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    filing = (
        "NORTHWIND GROWTH FUND\nSupplement dated March 1, 2019 to the Prospectus\n"
        "Class R shares of the Fund are not available for purchase until June 1, 2019.\n"
    )
    a = assistant_over({"r.txt": filing}).ask(
        "When do Class R shares become available?", doc="r.txt"
    )
    assert not any(c.kind == "event" and c.value == "becoming" for c in a.checks), a.checks
