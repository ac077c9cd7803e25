"""Questions about what a supplement changes, asked of small filings of several wordings: the
fund asked about by "the portfolio", the side of a change in a role the approving board does
not hold, and passages found by the words filings use for the question's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

RENAME_BY_REFERENCES = """HARBORGATE VARIABLE TRUST
Harborgate Pacific Opportunities Portfolio
Supplement dated October 25, 2010 to the Prospectus dated April 30, 2010
On September 30, 2010, the Portfolio's Board of Trustees approved a change of the Portfolio's
sub-adviser from Quillon Capital Management, LLC to Marrow Price Associates, Inc., effective
on or about January 21, 2011.
Effective on or about January 21, 2011, the Prospectus is revised as follows:
1.
All references to "Harborgate Pacific Opportunities Portfolio" are hereby deleted and replaced
with "Harborgate Marrow Price Pacific Stock Portfolio."
"""

RENAME_BY_VERB = """SUMMIT SERIES TRUST
Summit Coastal Value Fund
Supplement dated March 2, 2015 to the Prospectus dated May 1, 2014
The Board of Directors approved a plan under which the Fund will be renamed Summit Coastal
Equity Income Fund on or about May 1, 2015.
"""

SUB_ADVISER_CHANGE = """HARBORGATE VARIABLE TRUST
Harborgate Steady Value Portfolio
Supplement dated March 30, 2009
On March 27, 2009, the Board of Trustees of Harborgate Variable Trust approved a change in the
sub-adviser for the Portfolio from Lanyard Capital Management, Inc. to Keel Investment
Management Co., and a name change to Harborgate Growth and Income Portfolio II.
"""

REORGANIZATION_DATES = """SUMMIT SERIES TRUST
Summit Total Bond Portfolio
Supplement dated November 4, 2013
A proxy statement detailing the proposed Reorganization is expected to be mailed to
shareholders on or about December 20, 2013, and a shareholder meeting is scheduled to be held
on or about January 28, 2014. If shareholder approval is obtained, it is expected that the
Reorganization will take place on or about March 21, 2014.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (
            RENAME_BY_REFERENCES,
            "What will the portfolio be renamed?",
            "Harborgate Marrow Price Pacific Stock Portfolio",
        ),
        (RENAME_BY_VERB, "What will the fund be renamed?", "Summit Coastal Equity Income Fund"),
        (RENAME_BY_VERB, "What is the new name of the fund?", "Summit Coastal Equity Income Fund"),
    ],
)
def test_the_fund_asked_about_as_the_fund_of_its_filing(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, expected: str
) -> None:
    fund = assistant_over({"s.txt": text})
    a = fund.ask(question, doc="s.txt")
    assert a.answered and expected in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("Who was the previous sub-adviser?", "Lanyard Capital Management", "Keel"),
        ("Who is the new sub-adviser?", "Keel Investment Management", "Lanyard"),
    ],
)
def test_a_change_approved_by_the_board_is_the_sub_advisers(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    expected: str,
    not_expected: str,
) -> None:
    fund = assistant_over({"s.txt": SUB_ADVISER_CHANGE})
    a = fund.ask(question, doc="s.txt")
    assert a.answered and expected in a.answer and not_expected not in a.items, a.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When is the reorganization expected to take place?", "March 21, 2014"),
        ("When is the shareholder meeting to be held?", "January 28, 2014"),
    ],
)
def test_take_place_is_held(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: str
) -> None:
    fund = assistant_over({"s.txt": REORGANIZATION_DATES})
    a = fund.ask(question, doc="s.txt")
    assert a.answered and a.items[:1] == (expected,), a.answer


APPROVAL_AND_CLOSING = """ALDER FUNDS TRUST
Alder Small Cap Value Fund
Supplement dated March 1, 2017
On February 22, 2017, the Board of Trustees of Alder Funds Trust approved a plan of
reorganization under which the Fund will transfer all of its assets to the Birch Small Cap
Value Fund. The reorganization is expected to close on or about June 16, 2017, subject to
approval by shareholders of the Fund at a special meeting to be held on May 25, 2017.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the date fronted in its own phrase is the date of the clause after it
        ("When did the Board approve the reorganization?", "February 22, 2017"),
        ("When is the reorganization expected to close?", "June 16, 2017"),
        ("When is the special meeting?", "May 25, 2017"),
    ],
)
def test_a_date_is_the_date_of_its_own_clause(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: str
) -> None:
    fund = assistant_over({"s.txt": APPROVAL_AND_CLOSING})
    a = fund.ask(question, doc="s.txt")
    assert a.answered and a.items[:1] == (expected,), a.answer


LENDING_AND_FEES = """HARBORGATE FUNDS
Supplement dated September 16, 2002
On June 20, 2002, the Board of Trustees of each fund authorized the adoption of a 0.75%
redemption fee for shares of the funds purchased after September 3, 2002.
Securities Lending. The Fund may lend securities from its portfolio to brokers, dealers and
other financial institutions. In determining whether to lend a security to a particular broker,
the Adviser considers all relevant facts and circumstances, including the creditworthiness and
reputation of the broker.
"""


def test_what_the_wh_phrase_names_is_asked_not_the_topic_words(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"s.txt": LENDING_AND_FEES})
    # "funds" elsewhere in the question does not make a list of funds of an amount question
    a = fund.ask("What redemption fee did the Board adopt for the funds?", doc="s.txt")
    assert a.answered and "0.75%" in a.answer, a.answer
    # the adviser is who considers, not what is asked for
    b = fund.ask(
        "What does the Adviser consider when deciding whether to lend to a broker?", doc="s.txt"
    )
    assert b.answered and "creditworthiness" in b.answer, b.answer


DEFINED_TERM = """ALDER TAX-FREE FUNDS
Supplement dated May 6, 2025
At the Special Shareholder Meeting held on May 6, 2025, shareholders of Alder Tax-Free Ohio
Fund approved the plan of reorganization (Reorganization). The Reorganization will take place
on or about the close of business on June 6, 2025.
"""


@pytest.mark.parametrize(
    "question",
    ["When will the Reorganization take place?", "When will the reorganization take place?"],
)
def test_a_capitalised_defined_term_is_a_word_of_the_event(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    fund = assistant_over({"s.txt": DEFINED_TERM})
    a = fund.ask(question, doc="s.txt")
    assert a.answered and a.items[:1] == ("June 6, 2025",), a.answer


MANAGER_CHANGE = """HARBORGATE FUNDS
Harborgate Emerging Growth Fund
Supplement dated August 1, 2003 to the Prospectus dated March 1, 2003
Effective September 1, 2003, Nora Vance and Ian Pell of Quillon will be jointly responsible
for the day-to-day management of the Harborgate Emerging Growth Fund. Ms. Vance previously was
an analyst at a bank.

Walter Brennan, who had managed the Fund since its inception in 1996, will no longer serve as
portfolio manager of the Fund after August 31, 2003.

A proxy statement/prospectus is expected to be mailed to shareholders on or about
October 2, 2003.
"""


def test_before_a_date_the_people_put_in_place_from_it_are_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"s.txt": MANAGER_CHANGE})
    a = fund.ask("Who managed the Emerging Growth Fund before September 2003?", doc="s.txt")
    assert "Vance" not in a.answer, a.answer
    assert not a.answered or "Walter Brennan" in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a document's mailing is no date of the document the filing supplements
        ("When will the proxy statement/prospectus be mailed?", "October 2, 2003"),
        ("What is the date of the prospectus being supplemented?", "March 1, 2003"),
    ],
)
def test_a_documents_mailing_is_not_its_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: str
) -> None:
    fund = assistant_over({"s.txt": MANAGER_CHANGE})
    a = fund.ask(question, doc="s.txt")
    assert a.answered and expected in a.answer, a.answer


TEAM = """SUMMIT FUNDS
Supplement dated February 16, 2012
Portfolio Managers. Dana L. Holt, Owen Marsh and Ines Ruiz, Ph.D. co-manage the Fund. Ms. Holt
joined the Adviser in 2011 as a Senior Vice President. Mr. Marsh joined the Adviser in 2012 as
a Vice President. Dr. Ruiz joined the Adviser in 2011 as a Senior Vice President.
"""


def test_a_persons_fact_is_shown_in_the_sentence_that_names_them(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"s.txt": TEAM})
    a = fund.ask("When did Dr. Ruiz join the Adviser?", doc="s.txt")
    assert a.answered and "2011" in a.items and "Dr. Ruiz joined" in a.answer, a.answer
    assert "Holt" not in a.answer, a.answer


MERGER_VOTE = """HARBORGATE FUNDS
Harborgate Global Infrastructure Fund
On November 11, 2013, the Board of Directors of the Fund approved a proposed merger under which
the assets of the Fund would be transferred to the Harborgate Real Assets Fund.
The merger is subject to the approval of the Fund's shareholders. All Fund shareholders at the
close of business on January 30, 2014, the record date, will be eligible to vote on the merger.
A special shareholder meeting will be held on or around April 30, 2014.
"""


def test_a_short_phrase_after_a_value_says_what_it_is(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"s.txt": MERGER_VOTE})
    a = fund.ask("What is the record date for the merger vote?", doc="s.txt")
    assert a.answered and a.items[:1] == ("January 30, 2014",), a.answer


LEAD = """SUMMIT FUNDS
Supplement dated February 16, 2012
Summit Large-Cap Growth Fund. Portfolio Managers. Owen Marsh, Dana L. Holt and Ines Ruiz
co-manage the Fund. Mr. Marsh is the lead portfolio manager. Mr. Marsh has co-managed the Fund
since February 2012. Ms. Holt has co-managed the Fund since February 2012. Dr. Ruiz has
co-managed the Fund since February 2012.
"""


def test_the_lead_manager_is_asked_for_alone(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"s.txt": LEAD})
    a = fund.ask("Who is the lead portfolio manager of the Summit Large-Cap Growth Fund?")
    assert a.answered and "Owen Marsh" in a.items and "Dana L. Holt" not in a.items, a.answer
    b = fund.ask("Who manages the Summit Large-Cap Growth Fund?")
    assert b.answered and {"Owen Marsh", "Dana L. Holt", "Ines Ruiz"} <= set(b.items), b.answer
