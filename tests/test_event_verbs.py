"""A when-question names its event by its verb: "when was the relief granted?", "when was the
plan first introduced?", "when did X become a portfolio manager?". A sentence dating another
event ("Effective June 1, 2010, pursuant to the relief, the adviser entered into ...", "Effective
immediately, X will no longer serve as ...") does not answer it; one that speaks of the event
does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

FILING = """HARLOW VARIABLE TRUST
Harlow Growth and Income Portfolio
Supplement dated May 3, 2010 to the Prospectus

Effective June 1, 2010, pursuant to the Growth and Income Portfolio's Manager-of-Managers \
Relief, Harlow Services LLC, the Portfolio's investment adviser, entered into a new \
sub-advisory agreement with Corran Advisers, Inc., on the same terms and compensation \
structure as was in place under the Portfolio's previous sub-advisory agreement.

Effective March 1, 2004, the following information supersedes and replaces the information \
contained in the section of the Fund's Prospectus entitled "Services for Fund Investors - \
Harlow Automatic Withdrawal Plan": The Harlow Automatic Withdrawal Plan permits you to \
request withdrawal of a specified dollar amount (minimum of $50) on either a monthly or \
quarterly basis if you have a $5,000 minimum account.

Effective immediately, Dana Whitcombe will no longer serve as a portfolio manager to the \
Portfolio. Lee Marsh will continue to serve as portfolio manager.
"""
STATED = FILING.replace(
    "Effective immediately, Dana",
    "The Portfolio received its Manager-of-Managers Relief in an exemptive order granted on "
    "April 8, 2008. The Automatic Withdrawal Plan was first introduced on July 1, 1997. Bo "
    "Kell was named a portfolio manager of the Portfolio on January 4, 2009. Effective "
    "immediately, Dana",
)

# an agreement whose announcement is dated, not its signing
SALE = """HARLOW VARIABLE TRUST
Harlow Real Estate Portfolio
Supplement dated March 1, 2011 to the Prospectus

As announced on February 15, 2011, Harlow Group, the indirect parent of the Portfolio's adviser \
and sub-adviser, has conditionally agreed to sell the sub-adviser to Corran Realty Inc. (the \
"Transaction"). It is anticipated that the Transaction will close on or about July 1, 2011.
"""
SIGNED = SALE.replace(
    "It is anticipated",
    "Harlow Group signed the purchase agreement on February 11, 2011. It is anticipated",
)

# one long sentence whose grant stands far from its date: an answer cuts the middle out
LONG = """FIELDSTONE INVESTORS TRUST
Fieldstone Resolute Fund
Supplement dated January 24, 2013

At a meeting of the Board of Trustees (the "Board") of Fieldstone Investors Trust (the "Trust") \
held on December 11, 2012, the Board approved changes to the principal investment strategies \
of the Fieldstone Resolute Fund (the "Fund") in connection with an exemptive order (the \
"Exemptive Order") granted by the Securities and Exchange Commission ("SEC") to the Trust, on \
behalf of the Fund, and to the Fund's investment adviser, Ashgrove Associates, Inc. (the \
"Adviser"), which permits the Adviser to hire and replace sub-advisers without a vote of the \
Fund's shareholders and which followed a notice period under the SEC's rules and a hearing, \
on December 5, 2012. The Exemptive Order allows the Adviser to allocate the Fund's assets \
among sub-advisers.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (FILING, "When was the Growth and Income Portfolio granted its Manager-of-Managers "
         "Relief?", None),
        (FILING, "when did the portfolio obtain its manager of managers relief", None),
        (FILING, "When was the Automatic Withdrawal Plan first introduced?", None),
        (FILING, "When was the Automatic Withdrawal Plan launched?", None),
        (FILING, "When did Dana Whitcombe become a portfolio manager of the Portfolio?", None),
        (FILING, "When was Dana Whitcombe named portfolio manager?", None),
        (STATED, "When was the Growth and Income Portfolio granted its Manager-of-Managers "
         "Relief?", "April 8, 2008"),
        (STATED, "When was the Automatic Withdrawal Plan first introduced?", "July 1, 1997"),
        (STATED, "When did Bo Kell become a portfolio manager of the Portfolio?",
         "January 4, 2009"),
        (LONG, "On what date did the SEC grant the exemptive order for the Fieldstone Resolute "
         "Fund?", "December 5, 2012"),
        (SALE, "On what date did Harlow Group sign its agreement to sell the sub-adviser?", None),
        (SALE, "When was the sale agreement executed?", None),
        (SIGNED, "When did Harlow Group sign the purchase agreement?", "February 11, 2011"),
        (SALE, "When was the sale of the sub-adviser announced?", "February 15, 2011"),
        # the dated event itself is still answered
        (FILING, "When did the adviser enter into the new sub-advisory agreement?",
         "June 1, 2010"),
        (FILING, "When will Dana Whitcombe stop serving as portfolio manager?", "immediately"),
    ],
)  # fmt: skip
def test_a_date_is_of_the_event_the_question_names(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
