"""The date of a document of one kind (an SAI, a prospectus, a summary prospectus) is one the
filing ties to a name of that kind: before the date in its sentence, right after it, or, for
an item of a list dated one by one, as the documents named above the list. A date the filing
ties to another kind of document, or to no document, does not answer: the question abstains.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

COVER_PROSPECTUS = """SUPPLEMENT DATED JANUARY 24, 2013 TO THE PROSPECTUS FOR HARBOR POINT \
GROWTH FUND DATED AUGUST 31, 2012, AND AS SUPPLEMENTED OCTOBER 18, 2012.

The Board of Trustees approved changes to the principal investment strategies of the Fund.
"""

COVER_TITLE = """STATEMENT OF ADDITIONAL INFORMATION ("SAI")
OF
NORTHWIND ALLOCATION FUNDS
Effective September 30, 2013, Dana Holt is the Portfolio Manager for each Fund and the \
following changes are made to each Fund's SAI.
Current language | Replacement language effective 9/30/13
"""

COVER_DATE_FIRST = """SUPPLEMENT TO THE NORTHWIND BLUE CHIP FUND SEPTEMBER 29, 1999 STATEMENT OF \
ADDITIONAL INFORMATION

The following information supplements the information found in the section Trustees.
"""

COVER_LIST = """SUPPLEMENT DATED OCTOBER 20, 2006 TO THE STATEMENTS OF ADDITIONAL INFORMATION OF
Northwind Allocator Fund, dated May 31, 2006
Northwind Balanced Fund, dated April 28, 2006
Northwind Japan Fund, dated September 29, 2006
Northwind Mortgage Securities Trust, dated February 28, 2006

The second paragraph of the section Portfolio Transactions is replaced.
"""

COVER_BOTH = """Supplement dated May 3, 2021 to the Summary Prospectus dated March 1, 2021 and the \
Statement of Additional Information dated April 15, 2021 of the Harbor Point Income Fund

Effective immediately, Dana Holt no longer serves as a portfolio manager of the Fund.
"""


@pytest.mark.parametrize(
    ("filing", "question", "date"),
    [
        (
            COVER_PROSPECTUS,
            "What is the date of the prospectus for Harbor Point Growth Fund?",
            "August 31, 2012",
        ),
        (COVER_PROSPECTUS, "When is the prospectus dated?", "August 31, 2012"),
        (COVER_DATE_FIRST, "date of the SAI being supplemented?", "September 29, 1999"),
        (COVER_LIST, "What's the SAI date for Northwind Japan Fund?", "September 29, 2006"),
        (
            COVER_LIST,
            "Northwind Balanced Fund statement of additional information date?",
            "April 28, 2006",
        ),
        (
            COVER_BOTH,
            "What is the date of the statement of additional information?",
            "April 15, 2021",
        ),
        (COVER_BOTH, "Date of the summary prospectus?", "March 1, 2021"),
        (COVER_BOTH, "What date is this SAI supplement?", "May 3, 2021"),
    ],
)
def test_a_document_date_tied_to_its_kind_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str, date: str
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert a.answered, a.answer
    assert date in a.answer


@pytest.mark.parametrize(
    ("filing", "question", "kind"),
    [
        # the cover dates a prospectus, not an SAI
        (
            COVER_PROSPECTUS,
            "Date of the Statement of Additional Information for Harbor Point Growth Fund?",
            "statement of additional information",
        ),
        # a date of a change taking effect dates no document
        (
            COVER_TITLE,
            "What is the date of the Northwind Allocation Funds SAI that this supplement amends?",
            "statement of additional information",
        ),
        # the list dates statements of additional information, not prospectuses
        (COVER_LIST, "What is the date of the Northwind Japan Fund prospectus?", "prospectus"),
        # a summary prospectus asked of a cover that dates an SAI only
        (COVER_DATE_FIRST, "What is the summary prospectus dated?", "summary prospectus"),
    ],
)
def test_a_date_of_another_kind_of_document_abstains(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str, kind: str
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert not a.answered, a.answer
    assert any(
        c.kind == "subject" and c.value == f"the date of the {kind}" and not c.ok for c in a.checks
    ), a.checks
