"""The credentials a filing writes after a person's name ("Dana Holt, CFA, Vice President",
"Omar Castel, CIM | Senior Managing Director") answer a question for a person's designations
or certifications; a person written with none gets no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

BIOS = """NORTHWIND HIGH-YIELD FUND
Supplement dated May 1, 2019 to the Prospectus dated March 1, 2019

Portfolio Managers
Dana Holt, CFA, Vice President and Senior Portfolio Manager, has served on teams managing \
fixed-income investments since joining the advisor in 2010.
Ines Varga, Vice President and Portfolio Manager, has served on teams managing fixed-income \
investments since joining the advisor in 2015.

Portfolio Manager | Title | Managed fund since
Omar Castel, CIM | Senior Managing Director and Senior Portfolio Manager | 2023
Lena Morrow, CFA, FRM | Managing Director | 2024
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"bios.txt": BIOS})


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("Does Dana Holt hold the CFA designation?", ["CFA"]),
        ("What professional designations does Dana Holt have?", ["CFA"]),
        ("What certifications do Omar Castel and Lena Morrow hold?", ["CIM", "CFA", "FRM"]),
        ("Which designations does Lena Morrow hold?", ["CFA", "FRM"]),
    ],
)
def test_the_credentials_after_a_name_are_answered(
    assistant: Assistant, question: str, items: list[str]
) -> None:
    a = assistant.ask(question, doc="bios.txt")
    assert a.answered, a.answer
    assert list(a.items) == items


def test_the_title_after_the_credentials_is_shown_with_them(assistant: Assistant) -> None:
    a = assistant.ask("Does Dana Holt hold the CFA designation?", doc="bios.txt")
    assert a.answer.startswith("Dana Holt, CFA, Vice President and Senior Portfolio Manager")


def test_a_person_written_with_no_credentials_gets_no_answer(assistant: Assistant) -> None:
    a = assistant.ask("What professional designations does Ines Varga hold?", doc="bios.txt")
    assert not a.answered, a.answer


BRACKETED = """NORTHWIND EQUITY-INCOME FUND
Supplement dated June 1, 2008 to the Prospectus

Ruben Halder (co-lead portfolio manager) has managed the fund since December 2006. Mr. Halder \
is currently on a leave of absence from the firm.
Risteard Nolan (co-manager) has managed the fund since March 2008.
Geoff Stein (see above) has managed the fund since 2001.
"""


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("What title does Risteard Nolan hold on the fund?", "co-manager"),
        ("What is Ruben Halder's role on the fund?", "co-lead portfolio manager"),
    ],
)
def test_a_title_in_brackets_after_the_name(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, title: str
) -> None:
    a = assistant_over({"b.txt": BRACKETED}).ask(question, doc="b.txt")
    assert a.answered, a.answer
    assert list(a.items) == [title]


def test_brackets_that_hold_no_title_are_none(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"b.txt": BRACKETED}).ask("What title does Geoff Stein hold?", doc="b.txt")
    assert "see above" not in a.items


APPOSITIVE = """NORTHWIND HIGH-YIELD FUND
Supplement dated May 25, 2019 to the Prospectus

The Fund Management Team
G. Dana Holt, Chief Investment Officer - Fixed Income, has shared primary responsibility for \
the management of the fund since 2008.
Ines Varga, who joined the advisor in 2015, has managed the fund since 2016.
Omar Castel, Senior Portfolio Manager, joined the advisor in 2010.
"""


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("What is G. Dana Holt's title?", "Chief Investment Officer - Fixed Income"),
        ("What is Mr. Castel's title?", "Senior Portfolio Manager"),
    ],
)
def test_a_title_set_off_by_commas_after_the_name(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, title: str
) -> None:
    a = assistant_over({"a.txt": APPOSITIVE}).ask(question, doc="a.txt")
    assert a.answered, a.answer
    assert title in a.items, a.answer


def test_no_title_set_off_no_answer(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    a = assistant_over({"a.txt": APPOSITIVE}).ask("What is Ines Varga's title?", doc="a.txt")
    assert not a.answered, a.answer
