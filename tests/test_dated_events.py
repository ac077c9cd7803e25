"""A date a sentence gives to one event (a proxy statement mailed, a meeting held) is not the
date of another the question asks about (the reorganization taking place); the same dates
answer questions about their own events, and a meeting's date dates what it approved."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """Northwind Variable Portfolios, Inc.
Supplement dated November 25, 2013 to the Prospectus dated May 1, 2013

"""
MAILED = HEAD + (
    "The Board approved a proposal to reorganize the Northwind Total Return Bond Portfolio "
    "with and into the Northwind Intermediate Bond Portfolio.\n\n"
    "A proxy statement/prospectus detailing the proposed Reorganization is expected to be "
    "mailed to the Portfolio's shareholders on or about December 20, 2013, and a shareholder "
    "meeting is scheduled to be held on or about January 28, 2014.\n"
)
WITH_CLOSING = MAILED + (
    "\nIf shareholder approval of the proposal is obtained, it is expected that the "
    "Reorganization will take place on or about March 21, 2014.\n"
)
MEETING_APPROVED = HEAD + (
    "A special meeting of the shareholders was held on December 18, 2024, where shareholders "
    "approved a proposal to change the Northwind Growth Portfolio from a diversified company to "
    "a non-diversified company.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "When is the Northwind Total Return Bond Portfolio reorganization expected?",
        "On what date will the reorganization take place?",
    ],
)
def test_a_mailing_or_meeting_date_does_not_date_the_reorganization(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MAILED}).ask(question, doc="m.txt")
    assert "December 20, 2013" not in a.items and "January 28, 2014" not in a.items, a.answer
    b = assistant_over({"c.txt": WITH_CLOSING}).ask(question, doc="c.txt")
    assert b.answered and "March 21, 2014" in b.answer, b.answer


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("When will the proxy statement be mailed to shareholders?", "December 20, 2013"),
        ("When is the shareholder meeting?", "January 28, 2014"),
    ],
)
def test_the_same_dates_answer_their_own_events(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    a = assistant_over({"m.txt": MAILED}).ask(question, doc="m.txt")
    assert a.answered and date in a.answer, a.answer


def test_a_meetings_date_dates_what_it_approved(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"a.txt": MEETING_APPROVED}).ask(
        "When did shareholders approve making the Northwind Growth Portfolio non-diversified?",
        doc="a.txt",
    )
    assert a.answered and "December 18, 2024" in a.answer, a.answer


ANNOUNCED = HEAD + (
    "On October 29, 2009, Harborgate Ltd. (\u201cHarborgate\u201d) announced its agreement "
    "with Ridgefield Capital to acquire the retail asset management business of Ridgefield, "
    "the sub-adviser to the Portfolio (the \u201cTransaction\u201d). The Transaction "
    "triggered the automatic termination of the Portfolio's sub-advisory agreement with "
    "Ridgefield. The Portfolio's investment adviser entered into a new sub-advisory agreement "
    "with Harborgate Advisers, Inc.\n\n"
    "At a meeting held on February 11, 2010, the Board approved a new sub-advisory agreement "
    "with Harborgate Advisers.\n"
)
ANNOUNCED_ONLY = HEAD + ANNOUNCED.split("\n\n")[1] + "\n"


@pytest.mark.parametrize(
    ("question", "doc", "date"),
    [
        ("When was the Ridgefield deal announced?", "a.txt", "October 29, 2009"),
        ("When did Harborgate announce the agreement?", "o.txt", "October 29, 2009"),
        (
            "When did the Board approve the new sub-advisory agreement?",
            "a.txt",
            "February 11, 2010",
        ),
    ],
)
def test_a_date_leading_its_sentence_dates_the_main_verbs_event(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, doc: str, date: str
) -> None:
    a = assistant_over({"a.txt": ANNOUNCED, "o.txt": ANNOUNCED_ONLY}).ask(question, doc=doc)
    assert a.answered, a.answer
    assert date in a.items, a.answer


def test_an_announcements_date_is_no_approvals(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"o.txt": ANNOUNCED_ONLY}).ask(
        "When did the Portfolio's board approve the new Harborgate sub-advisory agreement?",
        doc="o.txt",
    )
    assert not a.answered, a.answer
