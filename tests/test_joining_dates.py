"""When someone joined a firm: the date is one a sentence says they joined (or have been with
it since), and of the firm asked, not of another firm the sentence names while the heading
above names the one asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

# A manager's entry under a heading naming the firm of the fund; the sentence names the group.
UNDER_HEADING = """NORTHWIND GLOBAL FUND
Supplement dated April 1, 2024 to the Prospectus dated March 1, 2024

Portfolio Managers

Lena Marsh, Portfolio Manager of Northwind Global Advisers Limited

Ms. Marsh has been portfolio manager of the Fund since March 2024, providing research and \
advice on the purchases and sales of individual securities. She joined Ashcombe Partners in \
2019.
"""
# The same facts in a table-like entry and with the firm asked named in the sentence.
SAID_OF_FIRM = UNDER_HEADING.replace(
    "She joined Ashcombe Partners in 2019.",
    "She joined Northwind Global Advisers Limited in 2019.",
)
BEEN_WITH = UNDER_HEADING.replace(
    "She joined Ashcombe Partners in 2019.",
    "She has been with Northwind Global Advisers Limited since 2017.",
)


@pytest.mark.parametrize(
    "question",
    [
        "When did Lena Marsh join Northwind Global Advisers Limited?",
        "What year did Lena Marsh join Northwind Global Advisers?",
        "In what year did Ms. Marsh join Northwind Global Advisers Limited?",
    ],
)
def test_the_year_someone_joined_another_firm_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": UNDER_HEADING}).ask(question)
    assert not a.answered, a.answer
    # neither is the date she took up the fund: that is no joining
    assert "2019" not in a.answer.split("closest")[0] and a.items == (), a.answer


@pytest.mark.parametrize(
    ("text", "year"),
    [(SAID_OF_FIRM, "2019"), (BEEN_WITH, "2017")],
    ids=["joined-the-firm", "been-with-since"],
)
def test_the_year_someone_joined_the_firm_asked_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, year: str
) -> None:
    a = assistant_over({"m.txt": text}).ask(
        "When did Lena Marsh join Northwind Global Advisers Limited?"
    )
    assert a.answered and year in a.answer and "March 2024" not in a.items, a.answer


def test_the_year_joined_under_a_heading_of_the_firm_asked_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # "the firm" in the sentence: the heading above says which firm
    text = UNDER_HEADING.replace(
        "She joined Ashcombe Partners in 2019.", "She joined the firm in 2019."
    )
    a = assistant_over({"m.txt": text}).ask(
        "When did Lena Marsh join Northwind Global Advisers Limited?"
    )
    assert a.answered and "2019" in a.answer, a.answer


def test_a_since_date_of_managing_is_no_joining_date(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = UNDER_HEADING.replace(" She joined Ashcombe Partners in 2019.", "")
    fund = assistant_over({"m.txt": text})
    a = fund.ask("When did Lena Marsh join Northwind Global Advisers Limited?")
    assert not a.answered, a.answer
    b = fund.ask("Since when has Lena Marsh managed the Northwind Global Fund?")
    assert b.answered and "March 2024" in b.answer, b.answer


TEAM_TABLE = """Prospectus Supplement
Northwind Funds II
Northwind Income Fund (the fund)
Supplement dated November 13, 2023 to the current Prospectus

As of the Effective Date, Lena Marsh, CFA and Omar Reyes will be added as portfolio managers of \
the fund. The following amends the portfolio manager information under the heading "Portfolio \
management":
|
Lena Marsh, CFA
Managing Director and Portfolio Manager
Managed fund since 2023
|
Omar Reyes
Senior Managing Director
Managed fund since 2023

The information under the heading "Ashcombe Partners" is amended to add the following:
Lena Marsh, CFA. Managing Director and Portfolio Manager; joined Ashcombe Partners in 2010.
Omar Reyes. Senior Managing Director; joined Ashcombe Partners in 2012.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When did Lena Marsh join Ashcombe Partners, and what's her title?",
        "When did Lena Marsh join Ashcombe, and what is her title?",
    ],
)
def test_a_managing_since_date_does_not_answer_the_joining_part(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TEAM_TABLE}).ask(question, doc="t.txt")
    assert a.answered and "2010" in a.answer, a.answer
    assert "Managing Director" in a.answer, a.answer
