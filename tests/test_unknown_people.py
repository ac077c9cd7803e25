"""A person the question names whom the index knows by no entity (a filing that only says "All
references to Jane Roe should be deleted") is still a constraint: an answer about the fund's
other managers is no answer about that person. A name-shaped span is taken for a person only
when its first word is a given name of people the index knows, so "Automatic Withdrawal Plan"
stays a plan."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

DELETED = """Harborgate Investment Trust
Prospectus Supplement
Harborgate High-Yield Fund
Supplement dated June 24, 2010 to the Prospectus dated August 1, 2009
All references to Daniel Farrow should be deleted.
The following replaces the Portfolio Managers section on page 5 of the prospectus.
Portfolio Managers
Daniel Okafor, Chief Investment Officer, has shared primary responsibility for the management \
of the fund since 2008, and has served on teams managing fixed-income investments since joining \
the advisor in 1991.
Daniel Whitcombe, CFA, Vice President and Senior Portfolio Manager, has shared primary \
responsibility for the management of the fund since 2010.
Automatic Withdrawal Plan
You may set up an Automatic Withdrawal Plan with a minimum withdrawal of $50 per month.
"""

RETIRED = """Northwind Funds
Supplement dated March 3, 2015 to the Prospectus of Northwind Balanced Fund
Effective March 31, 2015, Laura Quint will no longer serve as a portfolio manager of the fund.
Laura Beckett and Laura Simmons have managed the fund since 2012 and 2014.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"deleted.txt": DELETED, "retired.txt": RETIRED})


@pytest.mark.parametrize(
    "question",
    [
        "Since when did Daniel Farrow manage the High-Yield Fund?",
        "Since when has Daniel Farrow managed the Harborgate High-Yield Fund?",
        "What is Daniel Farrow's title?",
        "When did Daniel Farrow join the advisor?",
    ],
)
def test_other_managers_answer_nothing_about_an_unknown_person(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="deleted.txt")
    assert not a.answered, a.answer
    assert "Okafor" not in a.answer and "Whitcombe" not in a.answer


def test_the_check_that_failed_names_the_person(assistant: Assistant) -> None:
    a = assistant.ask("Since when did Daniel Farrow manage the fund?", doc="deleted.txt")
    assert not a.answered and "do not name Daniel Farrow" in a.answer, a.answer
    failed = [c for c in a.checks if not c.ok]
    assert [(c.kind, c.value) for c in failed] == [("person", "Daniel Farrow")]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Since when has Daniel Okafor managed the High-Yield Fund?", "2008"),
        ("What is Daniel Whitcombe's title?", "Vice President"),
        ("What is the minimum withdrawal of the Automatic Withdrawal Plan?", "$50"),
    ],
)
def test_known_people_and_name_shaped_plans_are_answered(
    assistant: Assistant, question: str, expected: str
) -> None:
    a = assistant.ask(question, doc="deleted.txt")
    assert a.answered and expected in a.answer, a.answer


def test_a_person_the_filing_names_in_a_sentence_is_found(assistant: Assistant) -> None:
    a = assistant.ask("When will Laura Quint stop managing the Balanced Fund?", doc="retired.txt")
    assert a.answered and "March 31, 2015" in a.answer, a.answer
