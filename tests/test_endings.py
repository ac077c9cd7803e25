"""A when-question asking when something ends ("when does his term end?", "when will the
waiver expire?") is answered only by a sentence that says an ending, not by one that gives a
date of something else."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

BOARD = """QUILLON FUNDS TRUST
Supplement dated March 1, 1999 to the Statement of Additional Information

ADVISORY BOARD

ROBERT HALVORSEN (55), Member of the Advisory Board (1999), has been a partner of a private
equity firm since September 1998. From 1993 to 1995 he was Chairman of an industrial company.
He also was a member of its executive committee from 1994 to July 1998.
"""

WAIVER = """<html><body>
<p>QUILLON CEDAR INCOME FUND</p>
<p>Supplement dated June 2, 2021 to the Prospectus dated May 1, 2021</p>
<p>The Adviser has agreed to waive 0.10% of its management fee. The waiver will continue \
until April 30, 2022, and may be terminated earlier only by the Board.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "When does Robert Halvorsen's term on the Advisory Board end?",
        "When will Mr. Halvorsen's membership of the Advisory Board expire?",
        "When did Robert Halvorsen's board term end?",
    ],
)
def test_an_ending_no_sentence_says_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BOARD}).ask(question)
    assert not a.answered, a.answer
    assert "1995" not in a.answer and "1998" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    ["When does the fee waiver end?", "when does the adviser's waiver of its fee end"],
)
def test_an_ending_said_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"w.htm": WAIVER}).ask(question)
    assert a.answered, a.answer
    assert "April 30, 2022" in a.answer, a.answer
