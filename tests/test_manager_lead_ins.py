"""A manager table or list is often introduced by a sentence saying whose people they are ("the
following portfolio managers of Castlegate Advisors LLC are ...:", "investment professionals
at X Inc.", "X LLC's portfolio managers"): that firm is the firm of every entry after it, so a
question naming the firm finds them and a question naming another firm does not. A firm's
name holding a role's word ("Castlegate Advisors") asks for no adviser, and "PMs" is a head
noun like "portfolio managers"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant.understand import understand
from index.facts import extract_facts
from index.loaders import load_bytes
from index.metadata import extract
from index.sections import split

HEAD = (
    "NORTHBEAM FUNDS TRUST\nNorthbeam Small Cap Value Fund\n\n"
    "Supplement dated March 3, 2025 to the Prospectus dated January 28, 2025\n\n"
    "Management\n\n"
    'Investment Adviser. Northbeam Capital Management, LLC (the "Adviser") serves as\n'
    "investment adviser to the Fund.\n\n"
    'Sub-Adviser. Castlegate Advisors LLC (the "Sub-Adviser") serves as sub-adviser\n'
    "to the Fund.\n\n"
)
# a table of six managers after a lead-in naming their firm
TABLE = (
    HEAD + "Portfolio Managers. The following portfolio managers of Castlegate Advisors LLC\n"
    "are jointly and primarily responsible for the day-to-day management of the Fund:\n\n"
    "  Portfolio Manager        Title                          Managed the Fund Since\n"
    "  Elena Marsh              Managing Director              2019\n"
    "  Tomas Ridley             Senior Portfolio Manager       March 2025\n"
    "  Ines Varga               Portfolio Manager              2021\n"
    "  Paul Okafor              Portfolio Manager              2022\n"
    "  Rhea Lindqvist           Portfolio Manager              2023\n"
    "  Omar Haddad              Associate Portfolio Manager    2024\n\n"
    "Please retain this supplement for future reference.\n"
)
# bullets after "investment professionals at X"
BULLETS = (
    HEAD + "The Fund is managed by a team of investment professionals at Castlegate Advisors LLC,\n"
    "who are jointly and primarily responsible for the Fund:\n\n"
    "o    Elena Marsh, Managing Director, has managed the Fund since 2019.\n\n"
    "o    Tomas Ridley, Senior Portfolio Manager, has managed the Fund since March 2025.\n\n"
    "Please retain this supplement for future reference.\n"
)
# "X LLC's portfolio managers" before an HTML table
HTML = (
    "<html><body><p>NORTHBEAM FUNDS TRUST</p><p>Northbeam Small Cap Value Fund</p>"
    "<p>Supplement dated March 3, 2025 to the Prospectus dated January 28, 2025</p>"
    "<h2>Management</h2><p>Investment Adviser. Northbeam Capital Management, LLC serves as "
    "investment adviser to the Fund. Castlegate Advisors LLC serves as sub-adviser to the "
    "Fund.</p><p>Castlegate Advisors LLC's portfolio managers are listed below.</p>"
    "<table><tr><td>Name</td><td>Title</td><td>Managed the Fund Since</td></tr>"
    "<tr><td>Elena Marsh</td><td>Managing Director</td><td>2019</td></tr>"
    "<tr><td>Tomas Ridley</td><td>Senior Portfolio Manager</td><td>March 2025</td></tr>"
    "</table><p>Please retain this supplement for future reference.</p></body></html>"
)
LAYOUTS = {"table.txt": TABLE, "bullets.txt": BULLETS, "html.html": HTML}


def _firms(name: str, text: str) -> dict[str, str | None]:
    """Each manager of a filing -> the firm its 'manages' fact records."""
    doc = load_bytes(name, text.encode())
    _, passages = split(doc)
    found = extract_facts(passages, extract(doc, passages))
    return {f.subject: f.attr("firm") for f in found if f.kind == "manages"}


def test_every_row_of_a_long_table_is_of_the_lead_in_s_firm() -> None:
    firms = _firms("table.txt", TABLE)
    assert len(firms) == 6
    assert set(firms.values()) == {"Castlegate Advisors LLC"}


@pytest.mark.parametrize("name", ["bullets.txt", "html.html"])
def test_the_lead_in_s_firm_in_other_layouts(name: str) -> None:
    firms = _firms(name, LAYOUTS[name])
    assert firms["Elena Marsh"] == firms["Tomas Ridley"] == "Castlegate Advisors LLC"


def test_a_lead_in_naming_no_firm_by_its_legal_form_gives_none() -> None:
    text = TABLE.replace("portfolio managers of Castlegate Advisors LLC", "portfolio managers")
    assert set(_firms("table.txt", text).values()) == {None}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize(
    "question",
    [
        "Who are the Castlegate Advisors portfolio managers?",
        "Which Castlegate Advisors PMs run the fund?",
    ],
)
def test_the_firm_s_managers_answer(
    assistant_over: Callable[[dict[str, str]], Any], name: str, question: str
) -> None:
    answer = assistant_over({name: LAYOUTS[name]}).ask(question, doc=name)
    assert answer.answered, answer.answer
    assert {"Elena Marsh", "Tomas Ridley"} <= set(answer.items), answer.answer


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_another_firm_s_managers_are_not_stated(
    assistant_over: Callable[[dict[str, str]], Any], name: str
) -> None:
    answer = assistant_over({name: LAYOUTS[name]}).ask(
        "Who are the Northbeam Capital Management portfolio managers?", doc=name
    )
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "intent", "answer_type"),
    [
        ("Who are the Castlegate Advisors portfolio managers?", "managers", "person"),
        ("Which Castlegate Advisors PMs run the fund?", "managers", "person"),
        ("Which PMs run the fund?", "managers", "person"),
        ("Who are the PMs?", "managers", "person"),
        ("Who is the Investment Adviser?", "adviser", "org"),
        ("Who is the sub-adviser to the Ridgeway Asset Management Fund?", "adviser", "org"),
        ("Which SAI section is amended?", "general", "sentence"),
    ],
)
def test_what_is_asked(question: str, intent: str, answer_type: str) -> None:
    u = understand(question)
    assert (u.intent, u.answer_type) == (intent, answer_type)
