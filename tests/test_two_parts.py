"""A two-part question is answered when both parts are: an answer to the whole that holds one
part only is asked again part by part, and says what is not stated."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.engine import Assistant

BOTH = """Northgate Income Replacement Funds
Supplement dated December 19, 2008 to the Prospectus dated September 29, 2008

Dana K. Holt is co-manager of each Income Replacement Fund, which she has managed since June 2009.

The following information replaces the biographical information for Lee R. Marsh found in the
"Fund Management" section on page 46.
"""

ONE = """Northgate Income Replacement Funds
Supplement dated December 19, 2008 to the Prospectus dated September 29, 2008

Dana K. Holt is co-manager of each Income Replacement Fund, which she has managed since June 2009.
"""

QUESTION = (
    "Who is the new co-manager described in this supplement, and whose bio is being replaced?"
)


def test_both_parts_answered(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"b.txt": BOTH}).ask(QUESTION)
    assert answer.answered, answer.answer
    assert {"Dana K. Holt", "Lee R. Marsh"} <= set(answer.items)


def test_one_part_is_no_answer(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"o.txt": ONE}).ask(QUESTION)
    assert not answer.answered and not answer.items
    assert "in full" in answer.answer and "Whose bio is being replaced" in answer.answer
    assert "Dana K. Holt" in answer.answer  # what was found is said, with its passage
    assert answer.related


RENAMED_DATED = """LARCHWOOD FUNDS
Supplement dated June 23, 2025 to the Prospectus dated February 28, 2025

Effective on or about August 22, 2025, Larchwood EQV International Small Company Fund will be
renamed Larchwood International Small Company Fund.
"""

RENAMED_UNDATED = """LARCHWOOD FUNDS
Supplement dated June 23, 2025 to the Prospectus dated February 28, 2025

Larchwood EQV International Small Company Fund will be renamed Larchwood International Small
Company Fund.
"""

HEDGED = "What new name will Larchwood EQV International Small Company Fund take, and around when?"


def test_a_hedged_second_part_asks_when(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": RENAMED_DATED}).ask(HEDGED)
    assert a.answered, a.answer
    assert (
        "Larchwood International Small Company Fund" in a.answer and "August 22, 2025" in a.answer
    )


def test_a_hedged_second_part_unanswered_is_said(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": RENAMED_UNDATED}).ask(HEDGED)
    assert not a.answered, a.answer
    assert "is not stated" in a.answer


BIO_DATED = """Westmere Global Equity Fund
Supplement dated March 31, 2011 to the Prospectus dated March 1, 2011

Portfolio Management

Teodor Vanlaar, Portfolio Manager. Joined the investment adviser in 2001 and the fund in 2006.

Before that, Mr. Vanlaar led the Nordic equity research team at Halvorsen Brokerage in Oslo.
"""

BIO_UNDATED = """Westmere Global Equity Fund
Supplement dated March 31, 2011 to the Prospectus dated March 1, 2011

Portfolio Management

Teodor Vanlaar is a portfolio manager of the fund.

Before that, Mr. Vanlaar led the Nordic equity research team at Halvorsen Brokerage in Oslo.
"""

WHEN_AND_WHERE = [
    "When did Teodor Vanlaar join the fund, and where did he do Nordic equity research before?",
    "Westmere Global Equity Fund: when did Vanlaar join the fund, and where did he do Nordic "
    "equity research before?",
]


@pytest.mark.parametrize("question", WHEN_AND_WHERE)
def test_a_first_part_asking_a_date_needs_the_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    both = assistant_over({"d.txt": BIO_DATED}).ask(question)
    assert both.answered, both.answer
    assert "2006" in both.answer and "Halvorsen Brokerage" in both.answer
    half = assistant_over({"u.txt": BIO_UNDATED}).ask(question)
    assert not half.answered, half.answer  # the firm alone answers only the second part
    assert "is not stated" in half.answer and "Halvorsen Brokerage" in half.answer


LONG_PARTS = """Kestrel Harbor Growth Portfolio
Supplement dated May 20, 2014 to the Prospectus dated April 30, 2014

At a meeting held on May 14, 2014, the Portfolio's Board of Trustees approved the termination of
the sub-advisory agreement with Marlowe Capital Partners LLC and the appointment of Tidewell
Investment Counsel, Inc. as the Portfolio's new sub-adviser, together with related changes to the
Portfolio's name, principal investment strategies, portfolio managers and expense structure.

The changes to the Portfolio's name, principal investment strategies and portfolio managers will
be effective on or about August 1, 2014, and the change in the Portfolio's expense structure will
be effective on or about September 30, 2014, after shareholders receive notice of the change.
"""

LONG_QUESTIONS = [
    "Kestrel Harbor Growth Portfolio: when did the board approve the sub-adviser change, and when "
    "do the name and strategy changes take effect?",
    "On what date did the board approve the new sub-adviser, and when will the changes to the "
    "portfolio's name and strategies be effective?",
]


@pytest.mark.parametrize("question", LONG_QUESTIONS)
def test_two_long_parts_stay_an_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"k.txt": LONG_PARTS}).ask(question)
    assert a.answered, a.answer
    assert "May 14, 2014" in a.answer and "August 1, 2014" in a.answer
    plain = re.sub(r"\[\d+\]", "", a.answer)
    assert len(plain) <= 400, plain  # an answer, not two passages
    assert "[1]" in a.answer and "[2]" in a.answer  # each part keeps its citation


REDEMPTION = """Harborgate Strategic Bond Fund
Supplement dated February 5, 2009 to the Prospectus

Shareholder Fees (fees paid directly from your investment)
Redemption Fee(1) | 2.00%

(1) | Shares that are held 30 days or less are subject to a redemption fee. The Trust may waive \
this fee under certain circumstances.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the fund's redemption fee, and on shares held how long?",
        "What is the redemption fee, and for shares held how long?",
    ],
)
def test_a_second_part_whose_wh_word_comes_last(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"r.txt": REDEMPTION}).ask(question)
    assert answer.answered, answer.answer
    assert "2.00%" in answer.answer and "30 days or less" in answer.answer, answer.answer


SALE = """NORTHWIND REAL ESTATE PORTFOLIO
Supplement dated March 1, 2011 to the Prospectus dated May 1, 2010

As announced on February 15, 2011, the parent of the Portfolio's sub-adviser, Larchwood Realty \
Advisors, LLC ("Larchwood"), has agreed on a sale of Larchwood. It is anticipated that the \
transaction will close on or about July 1, 2011.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who is buying Larchwood, and when is the deal expected to close?",
        "Which firm is acquiring Larchwood, and when will the sale close?",
    ],
)
def test_a_date_alone_does_not_answer_who_and_when(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the filing dates the sale but names no buyer: half an answer is none
    a = assistant_over({"s.txt": SALE}).ask(question, doc="s.txt")
    assert not a.answered, a.answer
    assert "July 1, 2011" in a.answer  # what was found is said


def test_who_and_when_both_stated_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = SALE.replace("has agreed on a sale of Larchwood.", "has agreed to sell Larchwood to "
                        "Ashcombe Realty Group, Inc.")  # fmt: skip
    a = assistant_over({"s.txt": text}).ask(
        "Who is buying Larchwood, and when is the deal expected to close?", doc="s.txt"
    )
    # (the answer gives the date as its value; the buyer only in its text: it may be
    # withheld, never answered without the buyer)
    assert not a.answered or "Ashcombe Realty Group" in a.answer, a.answer


VOTE = """NORTHWIND GLOBAL INFRASTRUCTURE FUND
Supplement dated November 15, 2013 to the Prospectus dated May 1, 2013

The Board approved a proposed merger of the Fund into the Northwind Real Assets Fund. All Fund \
shareholders at the close of business on January 30, 2014, the record date, will be eligible to \
vote on the merger.

Proxy materials will be mailed in early February, and a special shareholder meeting to vote on \
the merger will be held on or around April 30, 2014.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Record date and shareholder meeting date for the merger vote?",
        "record date & meeting date for the merger?",
    ],
)
def test_two_dates_asked_tersely_are_each_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"v.txt": VOTE}).ask(question, doc="v.txt")
    assert a.answered, a.answer
    assert "January 30, 2014" in a.answer and "April 30, 2014" in a.answer, a.answer


LENDING = """NORTHWIND INVESTMENT TRUST
Supplement dated March 23, 2016 to the Northwind Market Neutral Fund (the "Fund") Prospectus \
dated December 28, 2015

Effective March 28, 2016, the following disclosures are hereby revised to reflect the addition \
of securities lending as a non-principal investment strategy of the Fund:

The Fund may lend its portfolio securities to brokers, dealers and other financial institutions.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Northwind Market Neutral Fund securities lending: supplement date and the date securities "
        "lending is added?",
        "Supplement date and the date securities lending is added to the strategies?",
    ],
)
def test_a_date_and_one_a_clause_says_are_each_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"l.txt": LENDING}).ask(question, doc="l.txt")
    assert a.answered, a.answer
    assert "March 23, 2016" in a.answer and "March 28, 2016" in a.answer, a.answer


ROLES = """<html><body>
<p>NORTHWIND LARGE CAP VALUE PORTFOLIO</p>
<p>Summary Prospectus dated May 1, 2025</p>
<p><b>Portfolio Management</b></p>
<p>Investment Adviser Northwind Investments, LLC Sub-Adviser Northwind Investment Management Co.
LLC Portfolio Managers</p>
<table><tr><td>Lena Marsh, CFA Portfolio Manager (since 12/15)</td>
<td>Omar Reyes, CFA Portfolio Manager (since 05/21)</td></tr></table>
<p><b>Purchase and Sale of Portfolio Shares</b></p>
<p>Shares of the Portfolio are not offered directly to the public.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who sub-advises the portfolio and who are its portfolio managers?",
        "Which firm is the sub-adviser, and who are the PMs?",
    ],
)
def test_a_firm_does_not_answer_who_the_managers_are(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.html": ROLES}).ask(question, doc="r.html")
    assert a.answered, a.answer
    assert "Northwind Investment Management Co. LLC" in a.answer, a.answer
    assert "Lena Marsh" in a.answer and "Omar Reyes" in a.answer, a.answer


SUBADVISER = """NORTHWIND GROWTH AND INCOME PORTFOLIO
Supplement dated June 23, 2010 to the Portfolio's Prospectus dated April 30, 2010

On October 29, 2009, Larchwood Ltd. announced its agreement with Ashcombe Investment Management \
Inc. to acquire its retail asset management business.

Effective June 1, 2010, the Portfolio's investment adviser entered into a new sub-advisory \
agreement with Larchwood Advisers, Inc., a direct subsidiary of Larchwood, which became the \
Portfolio's sub-adviser on the same terms.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who became sub-adviser to the Northwind Growth and Income Portfolio and as of what date?",
        "Who is the new sub-adviser, and since when?",
    ],
)
def test_a_bare_second_part_is_of_what_the_first_found(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": SUBADVISER}).ask(question, doc="s.txt")
    assert a.answered, a.answer
    assert "Larchwood Advisers, Inc." in a.answer and "June 1, 2010" in a.answer, a.answer
    assert "June 23, 2010" not in a.answer and "October 29, 2009" not in a.items, a.answer


def test_a_bare_second_part_is_said_beside_the_first_parts_item() -> None:
    from assistant.answer import Answer
    from assistant.engine import _said_beside_item

    said = Answer(
        question="Who became sub-adviser?",
        answered=True,
        answer="Effective June 1, 2010, the adviser entered into an agreement with Larchwood "
        "Advisers, Inc. [1]",
        items=("Larchwood Advisers, Inc.",),
    )
    assert _said_beside_item(said, "As of what date?")
    other = Answer(
        question="Who handles the fixed income sleeve?",
        answered=True,
        answer="Lena Marsh manages the fixed income portion. Ms. Berg has been a portfolio "
        "manager of the Fund since 2014. [1]",
        items=("Lena Marsh",),
    )
    assert not _said_beside_item(other, "Since when?")


@pytest.mark.parametrize(
    ("first", "second", "asked"),
    [
        ("Northwind Select Fund Class Y expense cap?", "How long it runs?",
         "How long the Northwind Select Fund Class Y expense cap runs?"),
        ("What are the expense caps for Class A and Class Y?", "How long do they run?",
         "How long do the expense caps for Class A and Class Y run?"),
        ("Date of the summary prospectus?", "When was it supplemented?",
         "When was the summary prospectus supplemented?"),
        # a first part that is a question of its own, or a second part of its own words
        ("Who manages the fund?", "When did they join?", "When did they join?"),
        ("What are the fund's total annual operating expenses?",
         "What are they excluding dividend expenses on securities sold short?",
         "What are they excluding dividend expenses on securities sold short?"),
    ],
)  # fmt: skip
def test_a_terse_second_part_reads_its_pronoun_as_the_first(
    first: str, second: str, asked: str
) -> None:
    from assistant.engine import _with_antecedent

    assert _with_antecedent(first, second) == asked


CAPS = """NORTHWIND SELECT FUND
Summary Prospectus dated June 30, 2025

Fees and Expenses of the Fund

The Adviser has given a binding contractual undertaking to limit the amount of total annual \
fund operating expenses to 1.10% and 0.85% of the Fund's average daily net assets for Class A \
and Class Y shares, respectively.

(1) This undertaking is in effect through March 31, 2027 and may \
be terminated before then only with the consent of the Fund's Board of Trustees.

Portfolio Managers

Ada Lindqvist has served as co-manager of the Fund since 2012.
"""


def test_how_long_the_cap_runs_is_not_a_managers_start(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": CAPS}).ask(
        "Northwind Select Fund Class Y expense cap and how long it runs?", doc="c.txt"
    )
    # (the manager's "since 2012" is no answer to how long the cap runs)
    assert "2012" not in a.answer, a.answer
    assert not a.answered or "March 31, 2027" in a.answer, a.answer


LEAVING = """NORTHWIND INTERNATIONAL EQUITY ALLOCATION FUND
Supplement dated October 2, 2023 to the Prospectus

As of November 13, 2023 (the Effective Date), Teodor Lind will no longer serve as a portfolio \
manager for the fund. As of the Effective Date, Ana Ruiz and Basil Okoro will be added as \
portfolio managers of the fund. As of the Effective Date, Chen Wei will continue to serve as a \
portfolio manager of the fund and, along with Ms. Ruiz and Mr. Okoro, is jointly and primarily \
responsible for the day-to-day management of the fund's portfolio.
"""


def test_who_leaves_and_who_stays_are_two_sides(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # one list of the managers does not answer who stops
    a = assistant_over({"l.txt": LEAVING}).ask(
        "Who stops being a PM on Nov 13, 2023, and who continues?", doc="l.txt"
    )
    assert not a.answered or ("Teodor Lind" in a.answer and "Chen Wei" in a.answer), a.answer


BOARD = """NORTHWIND BLUE CHIP FUND
Supplement to the Statement of Additional Information dated September 29, 1999

The following information supplements the "Trustees and Officers" section:

MARGIT A. HOLM (55), Member of the Advisory Board (1999), has been a partner of Example \
Partners, Inc. (private equity investment firm) since September 1998. Ms. Holm was Senior Vice \
President of Example Computing Corporation from 1992 until her retirement in July 1998.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who joined the Advisory Board, and what is her age?",
        "Who is the new Advisory Board member, and how old is she?",
    ],
)
def test_an_age_printed_after_the_name_answers_the_second_part(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BOARD}).ask(question, doc="b.txt")
    assert a.answered and "(55)" in a.answer and "MARGIT A. HOLM" in a.answer, a.answer


@pytest.mark.parametrize(
    ("parts", "said", "both"),
    [
        (("What does the exemptive order let the adviser do?",
          "When do the strategy changes take effect?"),
         "The changes take effect March 31, 2013 [1].", False),
        (("What does the exemptive order let the adviser do?",
          "When do the strategy changes take effect?"),
         "The exemptive order lets the Adviser hire and replace sub-advisers without shareholder "
         "approval; the changes take effect March 31, 2013 [1].", True),
        (("What role does the chief executive hold at the adviser?",
          "When did he become a portfolio manager of the Fund?"),
         "He has been a portfolio manager of the Fund since 2024 [1].", False),
        # (a table's row says its cells in other words than the question's)
        (("What does he cover?", "When did he join the fund team?"),
         "Ines Carvalho | Joined fund team in 2005 | Analysis of specific bonds [1]", True),
    ],
)  # fmt: skip
def test_a_free_text_part_the_answer_says_nothing_of(
    parts: tuple[str, str], said: str, both: bool
) -> None:
    from assistant.answer import Answer, Citation
    from assistant.engine import _answers_both

    cite = Citation(n=1, doc="m.txt", accession=None, section="", line_start=1, line_end=1,
                    char_start=0, char_end=10, text="x")  # fmt: skip
    answer = Answer(question=" ".join(parts), answered=True, answer=said, citations=(cite,))
    assert _answers_both(answer, parts) is both


NEW_MANAGERS = """NORTHWIND WEALTHBUILDER PORTFOLIOS
Supplement dated October 1, 2013 to the Statement of Additional Information

Portfolio Managers

Ben Okoro and Carl Ruiz are the portfolio managers of each of the Northwind WealthBuilder \
Portfolios.1

1 Messrs. Okoro and Ruiz became the portfolio managers of the Portfolios on September 30, 2013. \
Mr. Okoro joined the adviser in 2006.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who became the portfolio managers of the WealthBuilder Portfolios, and on what date?",
        "Who are the new portfolio managers of the WealthBuilder Portfolios, and since when?",
    ],
)
def test_a_bare_second_part_is_read_beside_the_first_answers_names(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"w.txt": NEW_MANAGERS}).ask(question, doc="w.txt")
    assert a.answered and "September 30, 2013" in a.answer, a.answer
    assert "Okoro" in a.answer and "Ruiz" in a.answer, a.answer
