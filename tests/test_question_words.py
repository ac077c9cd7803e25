"""Questions worded otherwise than the filing: "hold" and "keep" for invest, "min" for minimum,
a minimum asked of a bound the filing states ("not less than 50%"), a date "printed on" the
supplement, and a command asking for "everyone who" does something."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant
from assistant.understand import understand

FUND = """Kestrel Ridge Multisector Income Fund
Supplement dated June 2, 2025 to the Prospectus dated January 28, 2025

Principal investment strategies of the Fund

The Fund may invest in obligations of any credit quality and expects, under normal \
circumstances, to have approximately 35% of its investments in obligations rated below \
investment grade.

To achieve the Fund's investment objective, the Adviser invests not less than 50% of the \
Fund's net assets in common or preferred stocks or securities convertible into common stock.

Purchase and sale of Fund shares

Minimum initial investment in the Fund: $2,500.

Portfolio Managers

Ilse Marwood and Teodor Lind are responsible for the day-to-day management of the Fund.
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Roughly what share of its investments does the fund expect to hold in "
            "below-investment-grade obligations?",
            "35%",
        ),
        (
            "What portion of its investments does the fund expect to hold below investment grade?",
            "35%",
        ),
        (
            "What minimum share of net assets does the fund keep in stocks or securities "
            "convertible into common stock?",
            "50%",
        ),
        ("what is the minimum share of net assets the fund keeps in common stocks", "50%"),
        ("min initial investment?", "$2,500"),
        ("What's the min initial investment in the fund?", "$2,500"),
    ],
)
def test_amounts_asked_in_other_words(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, value: str
) -> None:
    a = assistant_over({"k.txt": FUND}).ask(question)
    assert a.answered and value in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    ["What date is printed on this supplement?", "what date is shown on the supplement"],
)
def test_the_date_printed_on_the_supplement(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"k.txt": FUND}).ask(question)
    assert a.answered and "June 2, 2025" in a.answer and "January 28" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "List everyone who handles day-to-day management of the fund.",
        "Name the people who are responsible for the day-to-day management of the fund",
        "Identify all those who handle the fund's day-to-day management.",
    ],
)
def test_a_command_for_everyone_who_asks_who(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"k.txt": FUND}).ask(question)
    assert a.answered and "Ilse Marwood" in a.answer and "Teodor Lind" in a.answer, a.answer


BIO = """Harrowgate Blue Chip Growth Fund
Supplement dated November 1, 1999 to the Statement of Additional Information dated \
September 29, 1999

The following information supplements the information found in the "Trustees and Officers" \
section.

ODILE M. FERRANTE (55), Member of the Advisory Board (1999), has been a partner of Larchmere \
Partners, Inc. (private equity firm) since September 1998. Ms. Ferrante was Senior Vice \
President of Tollgate Corporation from 1992 until her retirement in July 1998. She is a \
Director of Quayside Industries Inc. and Brackwell Corporation. The Fund may invest directly \
in foreign securities.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Of which companies is Advisory Board member Odile Ferrante a director?",
        "Of which companies is Advisory Board member Odile Ferrante a directer?",
        "which boards does Odile Ferrante sit on as a director",
    ],
)
def test_a_sentence_about_she_is_about_the_person_named_before(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BIO}).ask(question)
    assert a.answered and "Quayside Industries" in a.answer, a.answer
    assert "Larchmere" not in a.answer, a.answer


ADDED = """HARROWGATE PATHWAY FUNDS (“TRUST”)
SUPPLEMENT DATED MAY 20, 2019, TO THE PROSPECTUS DATED JANUARY 1, 2019

SMALL-MID CAP EQUITY FUND

Effective May 20, 2019, Quillfeather Capital, LLC and Tamsin Investments, LLC will commence \
as new investment sub-advisers to the Small-Mid Cap Equity Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which sub-advisers were added to the Small-Mid Cap Equity Fund?",
        "Which sub-advisers were added to the Harrowgate Pathway Small-Mid Cap Equity Fund "
        "effective May 20, 2019?",
    ],
)
def test_added_is_said_as_new(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"a.txt": ADDED}).ask(question)
    assert a.answered and "Quillfeather Capital" in a.answer, a.answer


SALE = """Harrowgate Real Estate Portfolio (the “Portfolio”)
Supplement dated March 1, 2011 to the Prospectus dated May 1, 2010

As announced on February 15, 2011, Harrowgate Group, the indirect parent of the adviser and of \
Quillon Real Estate Securities (“Quillon”), the sub-adviser to the Portfolio, has conditionally \
agreed to sell Quillon to Brackwell Ellis Group, Inc. (the “Transaction”). It is anticipated \
that the Transaction will close on or about July 1, 2011 and is contingent upon the consent of \
Quillon's clients.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When is the sale of Quillon Real Estate Securities to Brackwell Ellis expected to close?",
        "when will the sale of Quillon close",
    ],
)
def test_a_defined_event_is_what_defined_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": SALE}).ask(question)
    assert a.answered and "July 1, 2011" in a.answer, a.answer


REALLOCATION = """Harrowgate Managed Payout Fund
Supplement dated June 25, 2019 to the Prospectus dated January 28, 2019

Important Changes to the Fund

The advisor expects to allocate approximately 10% of the Fund's assets to Harrowgate Alternative \
Strategies Fund. With the associated reallocation of assets among the existing underlying \
funds, it is expected that the expense ratio for the Fund will increase to 0.42%.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Before the reallocation to the alternative strategies fund, what is the fund's expense "
        "ratio right now?",
        "What was the fund's expense ratio prior to the reallocation?",
    ],
)
def test_an_amount_before_a_change_is_not_the_new_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": REALLOCATION}).ask(question)
    assert not a.answered or "0.42%" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the fund's expense ratio right now?",
        "what is the expense ratio currently",
        "What's the management fee today?",
    ],
)
def test_a_time_adverb_is_no_head_of_what_is_asked(question: str) -> None:
    u = understand(question)
    assert (u.intent, u.answer_type) == ("amounts", "amount"), question


@pytest.mark.parametrize(
    "question",
    [
        "Before the reallocation to the alternative strategies fund, what is the fund's expense "
        "ratio right now?",
        "What was the expense ratio prior to the conversion?",
    ],
)
def test_before_a_change_is_an_earlier_value(question: str) -> None:
    found = verify.constraints(
        question,
        funds=[],
        persons=[],
        share_classes=(),
        dates=[],
        amounts=[],
        fund_spans=[],
        target_person=False,
        relation=True,
        of_amount=True,
        measured=True,
    )
    assert any(c.kind == "value_relation" and c.value in ("before", "prior") for c in found), found


NAMED_ON_ITS_OWN_LINE = """BRIARWOOD INVESTMENTS

Supplement to the currently effective prospectus for the following fund:

Briarwood Harbor Growth Fund

The following people handle the day-to-day management of the fund:

Robert Halvorsen, Managing Director of the adviser and Co-Manager of the fund.

Susan Brightwater, Director of the adviser and Co-Manager of the fund.
"""


@pytest.mark.parametrize(
    "question",
    ["Who manages Briarwood Harbor Growth Fund?", "who manages the briarwood harbor growth fund"],
)
def test_a_word_the_filing_writes_only_in_a_heading_is_no_typo(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # "Harbor" stands only in the fund's name, on a line of its own (a heading): it is the
    # filing's word, not a misspelling of "harbour"
    a = assistant_over({"b.txt": NAMED_ON_ITS_OWN_LINE}).ask(question)
    assert "harbour" not in a.answer.lower(), a.answer
    assert a.answered and "Halvorsen" in a.answer, a.answer


APPROVAL = """NORTHWIND GLOBAL INFRASTRUCTURE FUND
Supplement dated November 15, 2013 to the Prospectus dated May 1, 2013

On November 11, 2013, the Board approved a proposed merger of the Fund into the Northwind Real \
Assets Fund. If the proposal is approved by a majority of the Fund's shareholders, the merger is \
expected to take place on or around May 23, 2014.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What shareholder approval does the merger need?",
        "What exactly needs to happen for the merger to take place?",
    ],
)
def test_words_framing_the_question_are_not_required(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": APPROVAL}).ask(question, doc="m.txt")
    assert a.answered and "majority" in a.answer, a.answer


TURNOVER = """NORTHWIND INCOME SHARES
Supplement dated June 1, 2010 to the Prospectus dated August 1, 2009

Portfolio Turnover. The Fund pays transaction costs when it buys and sells securities. During the \
Fund's most recent fiscal period, the Fund's portfolio turnover rate was 60% of the average value \
of its portfolio.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What was the high yield fund's portfolio turnover in the last fiscal period?",
        "What was this small-cap fund's portfolio turnover rate?",
    ],
)
def test_words_describing_the_fund_that_owns_what_is_asked_are_not_required(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TURNOVER}).ask(question, doc="t.txt")
    assert a.answered and "60%" in a.items, a.answer


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Absolute Return Fund invests substantially all assets in what?", "sentence"),
        ("What does the fund invest all of its assets in?", "sentence"),
        ("In what does the fund invest its assets?", "sentence"),
        ("Into what does the Harlow Allocation Fund invest all of its assets?", "sentence"),
        ("into what will the fund invest its cash", "sentence"),
        ("How much does the fund invest in bonds?", "amount"),
        ("What percentage of assets does it invest in stocks?", "amount"),
    ],
)
def test_what_a_fund_invests_in_is_no_amount(question: str, answer_type: str) -> None:
    from assistant.phrasing import rephrase

    assert understand(rephrase(question)).answer_type == answer_type


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("What happens to a purchase order for B shares received after the effective date?",
         "sentence"),
        ("What will happen to Class C shares after the conversion date?", "sentence"),
        ("What is the effective date of the conversion?", "date"),
    ],
)  # fmt: skip
def test_what_happens_to_something_is_no_date(question: str, answer_type: str) -> None:
    assert understand(question).answer_type == answer_type
