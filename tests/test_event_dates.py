"""A date asked of one event is not given by the date of the event that undoes it: "when did
the fund close?" is not answered by "will reopen on April 13", nor "when did she join?" by the
date she retires; the same sentences still answer the event they date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.answer import Answer
from assistant.engine import Assistant, _event_check
from assistant.understand import understand

HEAD = """Larchmont Investment Fund
Supplement dated March 16, 2020 to the Prospectus dated January 28, 2020

"""

REOPENS = HEAD + (
    "Effective on or about April 13, 2020, Larchmont Enterprise Fund (the \u201cFund\u201d) will "
    "reopen to new employer-sponsored retirement plan investors. The Fund had previously been "
    "closed to new employer-sponsored retirement plan investors.\n"
)

RETIRES = HEAD + (
    "Portfolio Management\n"
    "Ruth Okafor will retire from the adviser effective June 30, 2020, and will no longer serve "
    "as a portfolio manager of Larchmont Enterprise Fund after that date.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "When did Larchmont Enterprise Fund first close to new employer-sponsored plans?",
        "When was the fund closed to new retirement plan investors?",
        "As of what date did the fund close to new plans?",
    ],
)
def test_a_reopening_date_answers_no_closing(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": REOPENS}).ask(question)
    assert not a.answered, a.answer
    assert "April 13, 2020" not in a.answer


@pytest.mark.parametrize(
    "question",
    [
        "When will the fund reopen to new employer-sponsored retirement plans?",
        "When does Larchmont Enterprise Fund reopen to new plan investors?",
    ],
)
def test_the_reopening_date_answers_the_reopening(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": REOPENS}).ask(question)
    assert a.answered and "April 13, 2020" in a.answer, a.answer


def test_a_retirement_date_answers_no_joining(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    ask = assistant_over({"t.txt": RETIRES}).ask
    a = ask("When did Ruth Okafor join the fund's portfolio management team?")
    assert not a.answered or "June 30, 2020" not in a.answer, a.answer
    b = ask("When will Ruth Okafor retire?")
    assert b.answered and "June 30, 2020" in b.answer, b.answer


@pytest.mark.parametrize(
    ("question", "sentence", "event"),
    [
        ("When did the fund close?", "The fund will reopen on May 1, 2020.", "close"),
        ("When was the fee increased?", "The fee was reduced on May 1, 2020.", "increased"),
        ("When does the waiver start?", "The waiver expires on May 1, 2020.", "start"),
        ("When did he join?", "He retired on May 1, 2020.", "join"),
        # the sentence says the event asked too, or the question names both: no objection
        ("When did the fund close?", "The fund closed on May 1, 2020 and will reopen.", None),
        ("When did the fund close and reopen?", "The fund will reopen on May 1, 2020.", None),
        ("When did the fund close?", "The fund closed on May 1, 2020.", None),
    ],
)
def test_opposite_event(question: str, sentence: str, event: str | None) -> None:
    assert verify.opposite_event(question, sentence) == event


CAREER_ONLY = HEAD + (
    "Portfolio Managers\n"
    "Ana Kowalczyk joined the adviser in 2011 as a Senior Vice President and a Portfolio Manager "
    "and has co-managed Larchmont Enterprise Fund since February 2012.\n"
)
TAKES_EFFECT = HEAD + (
    "Portfolio Managers\n"
    "Effective February 17, 2012, Ana Kowalczyk joins the portfolio management team of "
    "Larchmont Enterprise Fund.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "When do the portfolio manager changes take effect?",
        "When does the change to the fund's managers become effective?",
        "Larchmont Feb 2012 supplement - when do the PM changes take effect?",
    ],
)
def test_a_career_date_is_no_date_of_taking_effect(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": CAREER_ONLY}).ask(question)
    assert not a.answered or "2011" not in a.answer, a.answer
    b = assistant_over({"e.txt": TAKES_EFFECT}).ask(question)
    assert b.answered and "February 17, 2012" in b.answer, b.answer


@pytest.mark.parametrize(
    ("question", "sentence", "fails"),
    [
        (
            "When do the portfolio manager changes take effect?",
            "Ana Kowalczyk joined the adviser in 2011 and has co-managed the Fund since 2012.",
            True,
        ),
        (
            "When does the new fee schedule become effective?",
            "The fee schedule was adopted by the Board in 2011.",
            True,
        ),
        (
            "When do the portfolio manager changes take effect?",
            "Effective February 17, 2012, Ana Kowalczyk joins the team.",
            False,
        ),
        (
            "When does the new fee schedule become effective?",
            "The new fee schedule will apply to purchases made on or after May 1, 2020.",
            False,
        ),
        # not asked when something takes effect: the career date may answer
        (
            "When did Ana Kowalczyk join the adviser?",
            "Ana Kowalczyk joined the adviser in 2011.",
            False,
        ),
    ],
)
def test_a_date_of_taking_effect_is_tied_to_it(question: str, sentence: str, fails: bool) -> None:
    answer = Answer("q", True, f"{sentence} [1]")
    check = _event_check(question, understand(question), answer)
    assert (check is not None and not check.ok) is fails
