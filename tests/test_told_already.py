"""An answer must tell what the question asks and more than the question says: "which fund's
sub-adviser ...?" asks for a fund; an answer of the question's own words, or a date the
question already gives ("the June 2010 change: when?" -> "2010"), is no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Answer, Citation
from assistant.engine import Assistant
from assistant.understand import understand

HEAD = """Larchmont Funds Trust
Supplement dated July 15, 2025 to the Statement of Additional Information dated May 1, 2025

"""

UNNAMED = HEAD + (
    "Effective August 1, 2025, Brightwater Capital Ltd. will no longer serve as sub-adviser "
    "of the Fund. All references to Brightwater Capital Ltd. are deleted.\n"
)
NAMED = HEAD + (
    "Effective August 1, 2025, Brightwater Capital Ltd. will no longer serve as sub-adviser "
    "of Larchmont Emerging Growth Fund. All references to Brightwater Capital Ltd. are deleted.\n"
)

TABLE = HEAD + (
    "In the section entitled \u201cPortfolio Holdings Disclosure\u201d, the table under the "
    "heading \u201cOngoing Arrangements\u201d is amended to include the following immediately "
    "after Caldera Analytics:\n"
    "|\nRecipient\n|Frequency\n|Delay Before Dissemination\n|\n"
    "Norbeck Trust Company\n|Daily\n|None\n"
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which fund's sub-adviser was terminated?", "fund"),
        ("Which portfolio's manager is retiring?", "fund"),
        ("What fund's adviser changed its name?", "fund"),
        ("Which firm's portfolio managers joined the fund?", "org"),
        ("What is the fund's sub-adviser?", "org"),
    ],
)
def test_a_possessor_right_after_the_wh_word_is_what_is_asked(question: str, kind: str) -> None:
    assert understand(question).answer_type == kind


@pytest.mark.parametrize(
    "question",
    ["Which fund's sub-adviser will no longer serve?", "Which fund's sub-adviser is leaving?"],
)
def test_the_fund_asked_for_must_be_named(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"u.txt": UNNAMED}).ask(question)
    assert not a.answered, a.answer  # the sentence names the sub-adviser, not the fund
    b = assistant_over({"n.txt": NAMED}).ask(question)
    assert b.answered and "Larchmont Emerging Growth Fund" in b.answer, b.answer


@pytest.mark.parametrize(
    "question",
    [
        "Norbeck Trust Company was added to the table right after which recipient?",
        "Which recipient is listed just before Norbeck Trust Company?",
    ],
)
def test_an_answer_of_the_questions_own_words_is_none(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TABLE}).ask(question)
    assert not a.answered or "Caldera Analytics" in a.answer, a.answer


def test_a_choice_the_question_offers_may_be_its_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": TABLE}).ask(
        "Which recipient gets holdings daily: Caldera Analytics or Norbeck Trust Company?"
    )
    assert not any(c.kind == "echo" and not c.ok for c in a.checks), a.checks


def _dated_answer(sentence: str) -> Answer:
    citation = Citation(1, "c.txt", None, "Portfolio Managers", 5, 5, 0, len(sentence), sentence)
    return Answer("q", True, f"{sentence} [1]", citations=(citation,))


@pytest.mark.parametrize(
    ("question", "sentence", "ok"),
    [
        (
            "When does the June 2010 portfolio manager change take effect?",
            "Ana Kowalczyk has served on the team since joining the adviser in 2010.",
            False,
        ),
        (
            "When in 2010 did the new portfolio manager start?",
            "Ana Kowalczyk has served on the team since joining the adviser in 2010.",
            False,
        ),
        (
            "When does the June 2010 portfolio manager change take effect?",
            "Effective June 29, 2010, Ana Kowalczyk joins the portfolio management team.",
            True,
        ),
        (  # the same month, spelt otherwise
            "When does the Feb 2010 portfolio manager change take effect?",
            "Ana Kowalczyk has co-managed the Fund since February 2010.",
            False,
        ),
        (
            "When does the Feb 2010 portfolio manager change take effect?",
            "Effective Feb. 17, 2010, Ana Kowalczyk joins the portfolio management team.",
            True,
        ),
        (
            "When in 2010 did the new portfolio manager start?",
            "Ana Kowalczyk joined the team in March 2010.",
            True,
        ),
    ],
)
def test_a_date_the_question_gives_answers_no_when(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, sentence: str, ok: bool
) -> None:
    """ "2010" tells nothing to "the June 2010 change: when?"; "June 29, 2010" does."""
    a = assistant_over({"c.txt": HEAD})
    check = a._typed_check(question, understand(question), _dated_answer(sentence))
    assert check is not None and check.ok is ok


def test_a_new_name_of_fewer_of_the_questions_words_is_news(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    filing = HEAD + (
        "Effective September 1, 2025, Larchmont Tremont Emerging Growth Fund is renamed "
        "Larchmont Emerging Growth Fund.\n"
    )
    a = assistant_over({"r.txt": filing}).ask(
        "What will Larchmont Tremont Emerging Growth Fund be called after its rename?"
    )
    assert a.answered, a.answer
    assert "Larchmont Emerging Growth Fund" in a.answer
