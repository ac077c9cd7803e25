"""A firm's sale ("has agreed to sell X to Y", "a subsidiary of Y acquired X", "the acquisition
of X by Y") answers who is buying X, in the questions' several wordings, and says the firm is
acquired, not reorganized; the words a finder takes before a firm's name ("a subsidiary of",
"the Portfolio and") are not part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """NORTHWIND REAL ESTATE PORTFOLIO
Supplement dated March 1, 2011 to the Prospectus dated May 1, 2010

"""
SELL_TO = HEAD + (
    "As announced on February 15, 2011, Example Groep, NV, the indirect parent of both "
    "Harbor Directed Services LLC (\u201cHDS\u201d), the adviser to the Portfolio and Larchmont "
    "Realty Securities, LLC (\u201cLarchmont\u201d), the sub-adviser to the Portfolio, has "
    "conditionally agreed to sell Larchmont and other affiliated entities to Corvan Realty "
    "Group, Inc. (the \u201cTransaction\u201d). It is anticipated that the Transaction will close "
    "in the second half of 2011.\n"
)
ACQUIRED = HEAD + (
    "On January 1, 2024, a subsidiary of Corvan Realty Group, Inc. acquired Larchmont Realty "
    "Securities, LLC in a stock and cash transaction (the \u201cTransaction\u201d).\n"
)


@pytest.mark.parametrize("text", [SELL_TO, ACQUIRED], ids=["sell-to", "acquired"])
@pytest.mark.parametrize(
    "question",
    [
        "Who is acquiring Larchmont Realty Securities?",
        "Who acquired Larchmont Realty Securities, LLC?",
        "Larchmont Realty Securities, LLC is being bought by whom?",
        "Who agreed to buy Larchmont Realty Securities?",
    ],
)
def test_the_buyer_of_a_firm(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    a = assistant_over({"s.txt": text}).ask(question, doc="s.txt")
    assert a.answered and a.items == ("Corvan Realty Group, Inc.",), (a.answer, a.items)
    assert "is acquired by Corvan Realty Group, Inc." in a.answer, a.answer
    assert "of Corvan" not in a.answer and "Portfolio and" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "To whom is Example Groep selling Larchmont Realty Securities?",
        "Larchmont Realty Securities, the Portfolio's sub-adviser, is being bought by whom?",
    ],
)
def test_to_whom_a_firm_is_sold(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": SELL_TO}).ask(question, doc="s.txt")
    assert a.answered and "Corvan Realty Group, Inc." in a.items, (a.answer, a.items)
