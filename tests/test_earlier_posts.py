"""A question for where someone worked (or what they did) before joining a firm is answered
only by text that sets a post before: a phrase of an earlier time ("Prior to joining ...",
"His previous employment includes ...", "Before that, ...") followed by a name the question
does not hold. A filing cut off right after the phrase ("Prior to joining the firm, Mr. Holt
worked") states none, and the person's post at the firm asked about is no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import careers
from assistant.engine import Assistant

QUESTION = "Where did Dana Holt work before joining Northgate Investments?"


@pytest.mark.parametrize(
    ("text", "named", "employer", "states"),
    [
        (
            "Prior to joining Northgate Investments, Mr. Holt was a trader at Ridgeback Partners.",
            QUESTION,
            True,
            True,
        ),
        (
            "His previous employment includes Larchwood Capital, as Head Trader (2003 to 2021).",
            QUESTION,
            True,
            True,
        ),
        ("Before that, she spent six years with Eastbank Trust.", QUESTION, True, True),
        (
            "Mr. Holt, Senior Vice President, has served on teams managing fixed-income "
            "investments for Northgate Investments since joining the advisor in 2018. Prior to "
            "joining Northgate Investments, Mr. Holt worked",
            QUESTION,
            True,
            False,
        ),
        (
            "Mr. Holt has managed the fund since 2018, when he joined Northgate Investments.",
            QUESTION,
            True,
            False,
        ),
        # a title without an employer tells what the person did, not where
        (
            "Prior to joining Northgate Investments, he was a Senior Vice President.",
            QUESTION,
            True,
            False,
        ),
        (
            "Prior to joining Northgate Investments, he was a Senior Vice President.",
            "What did Dana Holt do before joining Northgate Investments?",
            False,
            True,
        ),
        # a dated post that ended, in a list entry
        (
            "Portfolio manager, Ridgeback Advisors, LLC (1995-2004)",
            QUESTION,
            True,
            True,
        ),
    ],
)
def test_a_text_states_an_earlier_post(text: str, named: str, employer: bool, states: bool) -> None:
    assert careers.states_earlier_post(text, named, employer) is states


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (QUESTION, "before joining Northgate Investments"),
        ("Where did Dana Holt work before he joined Northgate?", "before he joined Northgate"),
        ("Prior to joining the firm, what was Ms. Holt's job?", "Prior to joining the firm"),
        ("Who manages the fund?", None),
        ("When did Dana Holt join Northgate Investments?", None),
    ],
)
def test_which_questions_ask_for_an_earlier_post(question: str, asked: str | None) -> None:
    assert careers.earlier_asked(question) == asked


CUT_OFF = """HARBORGATE HIGH-YIELD FUND
Supplement dated May 1, 2019 to the Prospectus dated March 1, 2019

Dana Holt (Global Macro Strategy Team Representative)
Mr. Holt, Senior Vice President and Co-Chief Investment Officer, Global Fixed Income, has \
served on teams managing fixed-income investments for Northgate Investments since joining the \
advisor in 2018. Prior to joining Northgate Investments, Mr. Holt worked"""

STATED = """HARBORGATE INCOME FUND
Supplement dated May 1, 2019 to the Prospectus dated March 1, 2019

Portfolio Managers
Dana Holt is the Vice President (since 2018) and Portfolio Manager (since 2018) of the Fund. \
His previous employment includes Ridgeback Partners, as a Private Client Banker (2012 to 2018).
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"cut.txt": CUT_OFF, "stated.txt": STATED})


@pytest.mark.parametrize(
    "question",
    [
        "Where did Dana Holt work before joining Northgate Investments?",
        "Where did Charles Holt's colleague Dana Holt work before he joined Northgate?",
        "Before joining Northgate Investments, which firm employed Dana Holt?",
    ],
)
def test_a_filing_cut_off_after_the_phrase_is_no_answer(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="cut.txt")
    assert not a.answered, a.answer
    assert "Senior Vice President" not in a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Where did Dana Holt work before joining Harborgate?",
        "Which firm employed Dana Holt before he joined the Fund?",
    ],
)
def test_an_earlier_employer_stated_is_answered(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="stated.txt")
    assert a.answered, a.answer
    assert "Ridgeback Partners" in a.answer
    check = next(c for c in a.checks if c.kind == "earlier_employer")
    assert check.ok and check.citation == 1, a.checks
