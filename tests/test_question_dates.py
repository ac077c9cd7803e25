"""A date by which a question names its filing ("the March 14, 2019 supplement") only locates
the filing: the answering passage need not repeat it; a date of what is asked ("joined on May
20, 2019") is still a word the answer must bear."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

ASSIGNMENT = """LARCHWOOD INVESTMENT TRUST
Supplement dated March 14, 2019 to the Prospectus dated January 28, 2019

On March 12, 2019, Larchwood Capital announced an agreement to combine with Northgate Group in \
a merger of equals.

The sub-advisory agreements between Larchwood Capital and each of Eastbank Capital LLC and \
Ridgeline Partners LLC, the subadvisers to certain of the Funds, may be deemed assigned upon \
the closing.
"""

JOINED = """SUMMIT SERIES TRUST
Summit Small-Mid Cap Fund
Supplement dated May 20, 2019 to the Prospectus dated January 28, 2019

Effective May 20, 2019, the Summit Small-Mid Cap Fund added two sub-advisers: Eastbank Capital \
LLC and Ridgeline Partners LLC.
"""


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            ASSIGNMENT,
            "Who are the subadvisers to certain funds named in the March 14, 2019 supplement?",
        ),
        (
            ASSIGNMENT,
            "Per the March 14, 2019 supplement, who are the subadvisers to certain of the funds?",
        ),
        (JOINED, "Which sub-advisers joined the Summit Small-Mid Cap Fund on May 20, 2019?"),
    ],
)
def test_subadvisers_named(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == ("Eastbank Capital LLC", "Ridgeline Partners LLC"), answer.answer


SAI = """HARBORGATE SERIES TRUST
Supplement dated May 25, 2016 to the Statement of Additional Information dated May 1, 2016

Effective May 25, 2016, the section entitled "Lending of Portfolio Securities" is replaced with
the following: The Fund may lend its portfolio securities to brokers, dealers and other
financial institutions against collateral of cash or U.S. government securities.
"""


@pytest.mark.parametrize(
    ("question", "date"),
    [
        (
            "When do the securities lending changes in this SAI supplement take effect?",
            "May 25, 2016",
        ),
        ("What is the date of the SAI being supplemented?", "May 1, 2016"),
        ("Which SAI does this filing amend?", "May 1, 2016"),
    ],
)
def test_the_sai_s_date_only_when_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    answer = assistant_over({"sai.txt": SAI}).ask(question)
    assert answer.answered, answer.answer
    assert date in answer.answer, answer.answer
    other = {"May 25, 2016", "May 1, 2016"} - {date}
    assert not any(d in answer.items for d in other), answer.answer


def test_a_prospectus_expiry_is_not_its_date(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"sai.txt": SAI}).ask("When does the SAI expire?")
    assert not answer.answered, answer.answer
