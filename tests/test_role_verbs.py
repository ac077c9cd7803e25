"""What a person is asked to head, lead, chair or direct ("What does X head at Y?") is named in
the answer by the verb's noun ("Head of International Select Equity"); an answer giving only
another title of the person ("Director of Y and Lead Manager of the fund") abstains."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

OTHER_TITLE = """NORTHWIND INTERNATIONAL FUND
Supplement dated March 1, 2005 to the Prospectus
The following people handle the day-to-day management of the fund:
Dana Whitlock, Director of Harbor Point Asset Management and Lead Manager of the fund. Joined \
Harbor Point Asset Management in 1994 and the fund in 2002.
"""

HEADS = """NORTHWIND INTERNATIONAL FUND
Supplement dated March 1, 2005 to the Prospectus
Dana Whitlock is Head of International Select Equity at Harbor Point Asset Management and has \
managed the fund since 2002.
Robin Castellano chairs the Investment Committee of Harbor Point Asset Management.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What does Dana Whitlock head at Harbor Point Asset Management?",
        "Which team does Dana Whitlock head?",
        "What does Dana Whitlock chair?",
    ],
)
def test_another_title_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": OTHER_TITLE}).ask(question, doc="f.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What does Dana Whitlock head at Harbor Point Asset Management?", "Head of International"),
        ("What does Dana Whitlock head?", "Head of International"),
    ],
)
def test_the_noun_of_the_verb_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"g.txt": HEADS}).ask(question, doc="g.txt")
    assert a.answered, a.answer
    assert said in a.answer
