"""A question for the month something happened ("in what month of 2009 did X start?",
"which month did Y join the board?") is answered by a date with its month, within the year
the question gives; a year alone ("since 2009") or another year's month is no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE FUNDS
Harborgate Growth Fund
Supplement dated June 1, 2011 to the Prospectus dated March 1, 2011

During Mr. Vance's leave of absence, Ann Lee, who has served as co-lead portfolio manager \
with Mr. Vance since 2009, will continue with her responsibilities on the fund.

Ruth Vance (co-lead portfolio manager) has managed the fund since December 2006.

DANA HOLT (61), Member of the Advisory Board (2008), has been a partner of Eastbank Capital LLC \
since September 1998.
"""


@pytest.mark.parametrize(
    "question",
    [
        "In what month of 2009 did Ann Lee start as co-lead portfolio manager?",
        "Which month of 2009 did Ann Lee become co-lead portfolio manager with Mr. Vance?",
        "In which month of 2008 did Dana Holt become a Member of the Advisory Board?",
        "In what month of 2008 did Dana Holt join the Advisory Board?",
        "Which month in 2008 was Dana Holt named to the Advisory Board?",
    ],
)
def test_a_year_alone_does_not_answer_a_month(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("Since what month has Ruth Vance managed the fund?", "December 2006"),
        (
            "In which month of 1998 did Dana Holt become a partner of Eastbank Capital?",
            "September 1998",
        ),
    ],
)
def test_a_month_answers_a_month(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, month: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert month in answer.answer


QUARTER = """HARBORGATE SERIES TRUST
Harborgate Growth and Income Portfolio
Supplement dated June 23, 2010 to the Prospectus dated April 30, 2010

An information statement detailing the new sub-advisory agreement is expected to be mailed to \
shareholders during the third quarter of 2010. Effective June 1, 2010, the Portfolio's \
Prospectuses are hereby revised as follows.
"""


def test_a_quarter_is_no_month_though_the_next_sentence_has_one(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": QUARTER}).ask(
        "In which month of 2010 will the information statement be mailed?", doc="s.txt"
    )
    assert not answer.answered, answer.answer
