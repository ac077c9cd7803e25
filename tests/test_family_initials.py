"""A fund named by its family's initials ("HP Strategic Income", "HP Focus Growth Fund") is the
fund whose name the index knows with those words spelt out ("Harbor Point Strategic Income
Fund"); of the filing asked when initials fit funds of two families, and not spelt at all when
no filing is asked and they fit both. A list of funds' documents by date answers for each fund
a question names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HARBOR = """Harbor Point Retirement Funds
Supplement to the Class R Shares Prospectus dated March 1, 2006
Harbor Point Strategic Income Fund
Effective August 31, 2006, Dana Whitlock is the portfolio manager of the Harbor Point Strategic \
Income Fund and makes the day-to-day purchase and sale decisions for the fund.
"""

HILLCREST = """Hillcrest Partners Funds
Supplement dated June 1, 2007 to the Prospectus
Hillcrest Partners Strategic Income Fund
Effective July 1, 2007, Robin Castellano is the portfolio manager of the Hillcrest Partners \
Strategic Income Fund.
"""

DATED = """SUPPLEMENT DATED OCTOBER 20, 2006 TO THE STATEMENTS OF ADDITIONAL INFORMATION OF
Harbor Point Flexible Income Trust, dated February 28, 2006
Harbor Point Focus Growth Fund, dated April 28, 2006
Harbor Point Dividend Growth Securities Inc., dated June 30, 2006

The second paragraph of the section Portfolio Transactions is replaced.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"harbor.txt": HARBOR, "hillcrest.txt": HILLCREST, "dated.txt": DATED})


@pytest.mark.parametrize(
    ("doc", "question", "said"),
    [
        ("harbor.txt", "Who is the HP Strategic Income Fund's portfolio manager?", "Dana Whitlock"),
        ("hillcrest.txt", "Who manages HP Strategic Income Fund?", "Robin Castellano"),
        (
            "dated.txt",
            "HP Dividend Growth Securities Inc. - what date is its SAI?",
            "June 30, 2006",
        ),
    ],
)
def test_initials_are_spelt_as_the_filing_names_the_fund(
    assistant: Assistant, doc: str, question: str, said: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered, a.answer
    assert said in a.answer


def test_initials_of_two_families_are_not_guessed(assistant: Assistant) -> None:
    assert assistant._initials_spelt("Who manages HP Strategic Income Fund?") == (
        "Who manages HP Strategic Income Fund?"
    )
    assert assistant._initials_spelt("Who manages HP Focus Growth Fund?") == (
        "Who manages Harbor Point Focus Growth Fund?"
    )


def test_each_fund_named_gets_its_documents_date(assistant: Assistant) -> None:
    a = assistant.ask(
        "SAI dates for HP Flexible Income Trust and HP Focus Growth Fund?", doc="dated.txt"
    )
    assert a.answered, a.answer
    assert "February 28, 2006" in a.answer and "April 28, 2006" in a.answer
    assert a.items == ("February 28, 2006", "April 28, 2006")
