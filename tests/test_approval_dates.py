"""A date asked of an event (a reorganization, a shareholder vote, a merger's closing) is not
the date a sentence gives to the event's approval ("On November 20, 2013, the Board approved
proposals to reorganize ..."); a question for the approval itself is answered by it, and a
conditional "if approved" asks no approval's date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """Harborgate Series Trust
Supplement dated November 21, 2013 to the Prospectus dated April 29, 2013

"""

LEAD_DATE = HEAD + (
    "On November 20, 2013, the Board of Trustees of Harborgate Series Trust approved proposals "
    "to reorganize the Harborgate Value Portfolio into the Harborgate Equity Portfolio. The "
    "reorganization is subject to approval by shareholders of the Harborgate Value Portfolio.\n"
)
AFTER_VERB = HEAD + (
    "A plan to reorganize the Harborgate Value Portfolio into the Harborgate Equity Portfolio "
    "was approved by the Board of Trustees on November 20, 2013. The reorganization is subject "
    "to approval by shareholders of the Harborgate Value Portfolio.\n"
)
WITH_CLOSING = LEAD_DATE.replace(
    "Value Portfolio.\n",
    "Value Portfolio. If approved, the reorganization is expected to occur on or about April 28, "
    "2014.\n",
)


@pytest.mark.parametrize("text", [LEAD_DATE, AFTER_VERB], ids=["date-first", "date-after"])
@pytest.mark.parametrize(
    "question",
    [
        "When will shareholders of the Harborgate Value Portfolio vote on the reorganization?",
        "On what date will the Harborgate Value Portfolio reorganization happen?",
        "If approved, when would the Harborgate Value Portfolio be reorganized?",
    ],
)
def test_the_approval_date_does_not_date_another_event(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    a = assistant_over({"r.txt": text}).ask(question, doc="r.txt")
    assert not a.answered and "November 20, 2013" not in a.answer, a.answer


@pytest.mark.parametrize("text", [LEAD_DATE, AFTER_VERB], ids=["date-first", "date-after"])
def test_the_approval_date_answers_the_approval(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str
) -> None:
    a = assistant_over({"r.txt": text}).ask(
        "When did the Board approve the Harborgate Value Portfolio reorganization?", doc="r.txt"
    )
    assert a.answered and "November 20, 2013" in a.answer, a.answer


def test_the_date_of_the_event_itself_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": WITH_CLOSING}).ask(
        "If approved, on about what date would the Harborgate Value Portfolio reorganization "
        "happen?",
        doc="r.txt",
    )
    assert a.answered and "April 28, 2014" in a.answer, a.answer


def test_a_sentence_with_the_events_own_date_besides_the_approvals_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = HEAD + (
        "On December 5, 2007, the Board of Trustees of Harborgate Series Trust approved a "
        "proposal to close to new investments and dissolve the Service 2 Class of Harborgate "
        "Value Portfolio effective December 27, 2007.\n"
    )
    a = assistant_over({"d.txt": text}).ask(
        "When will the Service 2 Class of Harborgate Value Portfolio be dissolved?", doc="d.txt"
    )
    assert a.answered and "December 27, 2007" in a.answer, a.answer
