"""The list reader on fixture passages: risk lead-in paragraphs (with and without a titling
lead-in), bullets after an introduction, a block of fund names; and the engine's list answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import lists
from assistant.engine import Assistant
from index.model import Passage


def passages(*items: tuple[str, str], heading: str = "") -> list[Passage]:
    section = (heading,) if heading else ()
    return [
        Passage("f.txt", i, section, i + 1, i + 1, 0, len(t), t, kind=k)
        for i, (k, t) in enumerate(items)
    ]


LEAD_INS = passages(
    ("paragraph", "Principal Risks of Investing in the Fund. You could lose money."),
    ("paragraph", "Credit Risk. The issuer of a bond may fail to pay."),
    ("paragraph", "Interest Rate Risk: Bond prices fall when rates rise."),
    ("paragraph", "Foreign Securities Risk - Foreign markets can be volatile."),
    ("paragraph", "The fund's past performance does not tell how it will perform."),
)
BULLETS = passages(
    ("paragraph", "Risks of lending portfolio securities include:"),
    ("bullet", "delay in recovery of the securities;"),
    ("bullet", "loss of rights in the collateral; and"),
    ("bullet", "the borrower's insolvency."),
    heading="Securities Lending",
)
NAMES = passages(
    ("paragraph", "SUPPLEMENT DATED JUNE 1, 2015 TO THE PROSPECTUS OF:"),
    ("paragraph", "Harborgate Growth Fund Harborgate Value Fund Harborgate Bond Portfolio"),
    ("paragraph", "Effective June 1, 2015, the Harborgate Growth Fund lowers its fee."),
)


def test_lead_ins_with_a_titling_lead_in() -> None:
    found = lists.lists(LEAD_INS)
    assert [(x.layout, x.items) for x in found] == [
        ("lead-ins", ("Credit Risk", "Interest Rate Risk", "Foreign Securities Risk"))
    ]
    assert "Principal Risks of Investing in the Fund" in found[0].intro
    assert [p.ordinal for p in found[0].passages] == [1, 2, 3]


def test_bullets_after_their_introduction() -> None:
    (found,) = lists.lists(BULLETS)
    assert found.layout == "bullets" and len(found.items) == 3
    assert "include" in found.intro and "Securities Lending" in found.intro


def test_a_block_of_fund_names() -> None:
    (found,) = lists.lists(NAMES)
    assert found.items == (
        "Harborgate Growth Fund",
        "Harborgate Value Fund",
        "Harborgate Bond Portfolio",
    )


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Market Risk. Prices move.", "Market Risk"),
        ("Risk of Loss: you may lose.", "Risk of Loss"),
        ("The fund may lose money. Prices move.", None),
        ("Effective June 1, 2015, the fund changes.", None),
        # small words of a name in lower case: "through", "with", "by", "under"
        (
            "Investing through Stock Connect: Shares may be bought.",
            "Investing through Stock Connect",
        ),
        ("Risks Associated with Derivatives. A move may ...", "Risks Associated with Derivatives"),
        ("Securities Issued by Governments: They may fall.", "Securities Issued by Governments"),
        # a sentence is still none
        ("Investing through the fund may be costly. Prices move.", None),
        # a risk named, then defined in the same sentence
        ("Stock market risk, which is the chance that prices will fall.", "Stock market risk"),
        (
            "• Country/regional risk, which is the chance that events abroad hurt.",
            "Country/regional risk",
        ),
        ("Index-related risks, which include tracking error risk.", "Index-related risks"),
        ("The Fund, which is a series of the Trust, may lose money.", None),
        ("Market conditions, which are the chance of loss, vary.", None),
    ],
)
def test_lead_in(text: str, lead: str | None) -> None:
    assert lists.lead_in(text) == lead


def test_best_list_by_question_words() -> None:
    found = lists.lists(LEAD_INS) + lists.lists(BULLETS)
    chosen = lists.best(found, ["lending", "securities"], 0.5)
    assert chosen is not None and chosen.layout == "bullets"
    assert lists.best(found, ["derivatives", "leverage"], 0.5) is None


SUMMARY = """\
HARBORGATE GROWTH FUND

Summary Prospectus dated May 1, 2020

Principal Investment Strategies

The fund may invest abroad. Risks of investing in foreign securities include: currency swings;
political events; and thin markets.

Principal Risks

Principal Risks of Investing in the Fund. You could lose money by investing in the fund.

Market Risk. The value of the fund's investments may fall.

Small Company Risk. Small companies can be more volatile.

Liquidity Risk. The fund may not sell a holding at its value.

Performance

The fund has not yet completed a calendar year.
"""


@pytest.fixture(scope="module")
def summary(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"growth.txt": SUMMARY})


@pytest.mark.parametrize(
    "question",
    [
        "What are the principal risks of the Harborgate Growth Fund?",
        "Which risks does the fund describe?",
        "What risks apply?",
    ],
)
def test_principal_risks_answered_from_lead_ins(summary: Assistant, question: str) -> None:
    a = summary.ask(question)
    assert a.answered
    assert a.items == ("Market Risk", "Small Company Risk", "Liquidity Risk")
    assert [c.line_start for c in a.citations] == [14, 16, 18]


WHICH_IS = """\
HARBORGATE MID-CAP INDEX FUND

Summary Prospectus dated April 29, 2025

Principal Risks

An investment in the Fund could lose money. The Fund is subject to the following risks, which
could affect the Fund's performance:

• Stock market risk, which is the chance that stock prices overall will decline. Stock markets
tend to move in cycles.

• Investment style risk, which is the chance that returns from mid-capitalization stocks will
trail returns from the overall stock market.

• Index replicating risk, which is the chance that the Fund may be prevented from holding one or
more securities in the same proportion as in its target index.

An investment in the Fund is not a deposit of a bank.

Annual Total Returns

The bar chart shows how the performance of the Fund has varied.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What are the principal risks of the Harborgate Mid-Cap Index Fund?",
        "List the fund's principal risks.",
        "which risks apply to this fund?",
    ],
)
def test_risks_named_then_defined_in_one_sentence(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": WHICH_IS}).ask(question)
    assert a.answered, a.answer
    assert a.items == ("Stock market risk", "Investment style risk", "Index replicating risk")


@pytest.mark.parametrize(
    "question",
    [
        "List the principal risk of Harborgate Mid-Cap Index Fund Admiral Shares.",
        "List the principal riks of Harborgate Mid-Cap Index Fund Admiral Shares.",
        "Principal risks of the fund's Investor Shares?",
        # words that describe the filing, not the list
        "What principal risks does the Harborgate Mid-Cap Index Fund summary prospectus list?",
        "Which risks does this SAI supplement list for the fund?",
    ],
)
def test_a_share_class_or_the_filing_described_is_no_topic_of_the_list(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": WHICH_IS}).ask(question)
    assert a.answered, a.answer
    assert a.items == ("Stock market risk", "Investment style risk", "Index replicating risk")


def test_an_entry_may_run_on_and_a_repeated_heading_is_no_list() -> None:
    found = lists.lists(
        passages(
            ("paragraph", "Market Risk. Prices fall."),
            ("paragraph", "Investing in Stocks Risk. Stocks fall."),
            ("paragraph", "The prices of individual stocks do not all move together."),
            ("paragraph", "Index Risk. The fund does not trade out of falling stocks."),
            heading="Principal Risks",
        )
    )
    assert [x.items for x in found] == [("Market Risk", "Investing in Stocks Risk", "Index Risk")]
    repeated = passages(
        ("paragraph", "Non-Diversified Risk. The fund may hold few issuers."),
        ("paragraph", "In addition, this disclosure is deleted from the prospectus."),
        ("paragraph", "Non-Diversified Risk. If a fund is non-diversified, it may lose more."),
    )
    assert lists.lists(repeated) == []


RISKS_OF_A_BOND_FUND = """Harborgate Select Income Fund
Summary Prospectus dated June 30, 2025

Principal Risks

Market Risk. The value of the Fund's investments may fall with the markets.

Credit/Counterparty Risk. The issuer of a bond, or the other party to a derivative, may fail
to pay what it owes the Fund.

Emerging Markets Risk. Markets of developing countries can be volatile and illiquid.

Interest Rate Risk. Bond prices fall when interest rates rise.
"""


@pytest.mark.parametrize(
    ("question", "item", "said"),
    [
        ("What does the fund say about credit risk?", "Credit/Counterparty Risk", "fail"),
        ("What is the emerging market risk?", "Emerging Markets Risk", "developing"),
        ("Describe the market risk of the fund.", "Market Risk", "fall with the markets"),
    ],
)
def test_a_risk_asked_by_part_of_its_name_is_that_entry(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, item: str, said: str
) -> None:
    a = assistant_over({"income.txt": RISKS_OF_A_BOND_FUND}).ask(question)
    assert a.answered, a.answer
    assert a.items == (item,)
    assert said in a.answer


def test_lead_ins_in_rows_of_a_layout_table() -> None:
    # summary prospectuses in HTML set each risk in a table row, some behind a bullet cell;
    # an entry may hold bullets of its own, and a page number may fall between two entries
    found = lists.lists(
        passages(
            ("paragraph", "Principal Risks. You could lose money by investing in the Fund."),
            ("row", "Active Management Risk. The adviser's judgment may prove wrong."),
            ("row", "§ | Call Risk. An issuer may redeem a bond before it matures."),
            ("bullet", "ETF Structure Risk. The Fund is an ETF and so is subject to risks:"),
            ("row", "§ | In times of stress, market makers may step away."),
            ("row", "§ | The market price may deviate from the net asset value."),
            ("paragraph", "4"),
            ("row", "• | Credit Risk. An issuer may fail to pay interest."),
            ("paragraph", "Management"),
            heading="Summary",
        )
    )
    assert [x.items for x in found] == [
        ("Active Management Risk", "Call Risk", "ETF Structure Risk", "Credit Risk")
    ]
    # rows of a fee table hold no lead-ins
    fees = passages(
        ("row", "Management Fees | 0.50%"),
        ("row", "Other Expenses | 0.39%"),
        ("row", "Total Annual Fund Operating Expenses | 0.89%"),
    )
    assert lists.lists(fees) == []


HTML_SUMMARY = """<html><body>
<p>Brightwater Multisector Bond ETF SUMMARY PROSPECTUS August 6, 2025</p>
<p>Investment Objective. The Fund seeks to provide a high level of current income consistent
with the preservation of capital, and secondarily long-term capital appreciation.</p>
<p>Principal Risks. Remember that in addition to possibly not achieving your investment goals,
you could lose money by investing in the Fund.</p>
<table>
<tr><td>Active Management Risk. The investment adviser's judgment about the attractiveness,
value or potential appreciation of the Fund's investments may prove to be incorrect.</td></tr>
<tr><td>Call Risk. Certain debt securities may be called (redeemed) at the option of the issuer
before reaching their stated maturity date.</td></tr>
<tr><td>Credit Risk. The risk that the issuer of a debt security will fail to pay interest or
principal in a timely manner.</td></tr>
</table>
<p>With regard to credit default swaps, the Fund could sell a credit default swap, by receiving
a fee for promising to pay a third party if a credit event occurs.</p>
<table>
<tr><td>&#167;</td><td>Derivatives Risk. Derivatives are instruments whose value is derived
from that of other assets, rates or indices, and they may lose more than their cost.</td></tr>
<tr><td>&#167;</td><td>Market Risk. The market value of the Fund's investments may fall, at times
sharply and unpredictably, because of market events.</td></tr>
</table>
<p>Performance</p>
<p>The Fund has not yet completed a full calendar year of investment operations, so no
performance information is presented.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    ["What are the principal risks of the fund?", "Which risks does the ETF list?"],
)
def test_risks_set_in_table_rows_of_an_html_summary(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"bond.html": HTML_SUMMARY}).ask(question)
    assert a.answered, a.answer
    assert a.items == (
        "Active Management Risk",
        "Call Risk",
        "Credit Risk",
        "Derivatives Risk",
        "Market Risk",
    )


@pytest.mark.parametrize(
    ("sentence", "lead", "entries"),
    [
        (
            "Orders may be accepted on days the Exchange is closed if: (a) the Federal Reserve "
            "is open; (b) the primary markets are open; and (c) the adviser sees adequate "
            "liquidity.",
            "Orders may be accepted on days the Exchange is closed if:",
            [
                "the Federal Reserve is open",
                "the primary markets are open",
                "the adviser sees adequate liquidity",
            ],
        ),
        (
            "The fee does not apply to shares (i) bought with reinvested dividends, (ii) held "
            "in 401(k) plans, or (iii) sold to keep a minimum balance.",
            "The fee does not apply to shares",
            [
                "bought with reinvested dividends",
                "held in 401(k) plans",
                "sold to keep a minimum balance",
            ],
        ),
        (
            "Two changes apply: (1) a lower minimum and (2) a new exchange privilege.",
            "Two changes apply:",
            ["a lower minimum", "a new exchange privilege"],
        ),
        (
            "The adviser weighs all relevant factors, including: price; the size of the "
            "transaction; the amount of the commission; and the anonymity of the trade.",
            "The adviser weighs all relevant factors, including:",
            [
                "price",
                "the size of the transaction",
                "the amount of the commission",
                "the anonymity of the trade",
            ],
        ),
    ],
)
def test_inline_enumerations(sentence: str, lead: str, entries: list[str]) -> None:
    assert lists.enumeration(sentence) == (lead, entries)


@pytest.mark.parametrize(
    "sentence",
    [
        "See Section 2(a)(41) of the 1940 Act.",  # a citation, not a list
        "Only one condition applies: (a) the market is open.",
        "Shares (a) bought and (c) sold are exempt.",  # marks out of order
        "Note: one thing; and another.",  # two semicolon parts are no list
    ],
)
def test_no_enumeration(sentence: str) -> None:
    assert lists.enumeration(sentence) is None


CLOSED_DAYS = """HARBORGATE MONEY FUND
Supplement dated June 1, 2020 to the Prospectus dated March 1, 2020

Purchases and Redemptions
The Fund may, but is not required to, accept certain purchase, exchange and redemption orders
on days that the Exchange is closed, or beyond an Exchange early closing time (a "Limited
Trading Period"), if: (a) the Federal Reserve wire system is open; (b) the primary trading
markets for the Fund's portfolio instruments are open; and (c) the Fund's management believes
there is adequate liquidity to meet redemption requests.
"""


def test_an_enumerated_sentence_answers_with_its_entries(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"closed.txt": CLOSED_DAYS})
    a = fund.ask("Under what conditions may the fund accept orders on days the Exchange is closed?")
    assert a.answered, a.answer
    assert a.items == (
        "the Federal Reserve wire system is open",
        "the primary trading markets for the Fund's portfolio instruments are open",
        "the Fund's management believes there is adequate liquidity to meet redemption requests",
    )
    assert a.citations[0].doc == "closed.txt"


COVERED = """For the following Funds (All Harborgate Retail Funds):

                    HARBORGATE GROWTH STOCK FUND
                    HARBORGATE BOND FUND
                    HARBORGATE CASH RESERVE FUND
                    HARBORGATE CORE EQUITY FUND
                    HARBORGATE DIVERSIFIED INCOME FUND
                    HARBORGATE GLOBAL EQUITY FUND
                    HARBORGATE HIGH INCOME FUND

Supplement dated March 1, 2012 to the current Prospectuses

Effective immediately, the exchange privilege is amended as described below.
"""


def test_the_funds_covered_come_with_the_lists_introduction(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"covered.txt": COVERED}).ask(
        "Which funds does this supplement cover?", doc="covered.txt"
    )
    assert a.answered, a.answer
    assert "All Harborgate Retail Funds" in a.answer
    assert "HARBORGATE BOND FUND" in " ".join(a.items).upper()


LARKSPUR = """LARKSPUR SHORT DURATION INCOME FUND
SUPPLEMENT DATED JULY 1, 2022 TO THE PROSPECTUS DATED NOVEMBER 1, 2021

The section entitled "Principal Risks" is amended to add the following:

  o  Floating Rate Loan Risk -- Floating rate loans may be difficult to sell and may take longer
     than seven days to settle.

  o  Covenant-Lite Loan Risk -- Loans with fewer protective covenants give lenders less
     protection if the borrower's finances deteriorate.

  o  Sovereign Debt Risk -- A foreign government may be unable or unwilling to repay its debt.

In addition, the Fund may now invest up to 15% of its net assets in floating rate loans.
"""


def test_bullets_that_open_with_lead_ins(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"lark.txt": LARKSPUR})
    names = ("Floating Rate Loan Risk", "Covenant-Lite Loan Risk", "Sovereign Debt Risk")
    added = fund.ask("What risks are added?", doc="lark.txt")
    assert added.answered and added.items == names, added.items
    listed = fund.ask("What are the principal risks?", doc="lark.txt")
    assert listed.answered and listed.items == names, listed.items
    one = fund.ask("What is sovereign debt risk?", doc="lark.txt")
    assert one.answered and one.items == ("Sovereign Debt Risk",), one.answer
    assert "repay its debt" in one.answer


@pytest.mark.parametrize(
    ("sentence", "kind", "named", "found"),
    [
        (
            "Holdings may go to rating organizations, such as Moody's, S&P, Fitch and Lipper, "
            "or other entities for compiling reports.",
            ["rating", "organizations"],
            "rating organizations, such as Moody's, S&P, Fitch and Lipper",
            ["Moody's", "S&P", "Fitch", "Lipper"],
        ),
        (
            "The Fund may invest in derivatives, including futures, options and swaps.",
            ["derivatives"],
            "derivatives, including futures, options and swaps",
            ["futures", "options", "swaps"],
        ),
        (
            "Investments in emerging market countries (e.g., Brazil, India or Vietnam) are risky.",
            ["countries"],
            "countries (e.g., Brazil, India or Vietnam",
            ["Brazil", "India", "Vietnam"],
        ),
    ],
)
def test_examples_of_a_kind_of_thing(
    sentence: str, kind: list[str], named: str, found: list[str]
) -> None:
    assert lists.examples(sentence, kind) == (named, found)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the examples are of another kind than the one asked
        ("The Fund may invest in derivatives, including futures and swaps.", ["bonds"]),
        # one example is no list; a long phrase is no example
        ("Service providers, such as the custodian, are paid by the Fund.", ["providers"]),
        (
            "Securities, including those that are issued by governments of developing countries "
            "and their agencies, may be illiquid.",
            ["securities"],
        ),
    ],
)
def test_no_examples(sentence: str, kind: list[str]) -> None:
    assert lists.examples(sentence, kind) == ("", [])


HOLDINGS_POLICY = """NORTHGATE FUNDS TRUST
Supplement dated October 28, 2011 to the Statement of Additional Information

The Fund's nonpublic holdings information may be provided to: entities that agree to keep it
confidential; rating organizations, such as Moody's, S&P, Fitch, Morningstar and Lipper, or
other entities for the purpose of compiling reports; and proxy voting services.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which rating organizations are named as possible recipients of holdings information?",
        "What rating organizations may receive nonpublic holdings information?",
    ],
)
def test_a_question_for_a_kind_of_thing_gets_the_filings_examples(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"holdings.txt": HOLDINGS_POLICY}).ask(question)
    assert a.answered, a.answer
    assert a.items == ("Moody's", "S&P", "Fitch", "Morningstar", "Lipper")


def test_entries_set_as_headings_of_their_own() -> None:
    items = [
        Passage("f.txt", 0, ("Principal Risks",), 1, 1, 0, 10, "The principal risks are:"),
        Passage("f.txt", 1, ("Principal Risks", "Market Risk"), 2, 2, 0, 10, "Prices fall."),
        Passage("f.txt", 2, ("Principal Risks", "Market Risk"), 3, 3, 0, 10, "More on it."),
        Passage("f.txt", 3, ("Principal Risks", "Credit Risk"), 4, 4, 0, 10, "Issuers fail."),
        Passage("f.txt", 4, ("Performance",), 5, 5, 0, 10, "No history yet."),
    ]
    (found,) = [x for x in lists.lists(items) if x.layout == "headings"]
    assert found.items == ("Market Risk", "Credit Risk")
    assert [p.ordinal for p in found.passages] == [1, 3]
    assert "The principal risks are:" in found.intro
    # top-level sections are the filing's parts, not a list
    parts = [
        Passage("f.txt", 0, ("Investment Objective",), 1, 1, 0, 10, "The Fund seeks income."),
        Passage("f.txt", 1, ("Fees and Expenses",), 2, 2, 0, 10, "The table shows fees."),
    ]
    assert [x for x in lists.lists(parts) if x.layout == "headings"] == []


RISK_HEADINGS = """<html><body>
<p>Harrowfield Balanced Fund</p>
<p>Summary Prospectus dated May 1, 2024</p>
<h2>Investment Objective</h2>
<p>The Fund seeks total return.</p>
<h2>Principal Risks</h2>
<p>You could lose money by investing in the Fund. The principal risks of investing in the Fund
are:</p>
<p><b>Market Risk</b></p>
<p>The value of the Fund's investments may fall because of market events.</p>
<p><b>Interest Rate Risk</b></p>
<p>Bond prices fall when interest rates rise.</p>
<p><b>Credit Risk</b></p>
<p>An issuer may fail to pay interest or principal when due.</p>
<h2>Performance</h2>
<p>The Fund has not completed a calendar year of operations.</p>
</body></html>
"""


def test_risks_set_as_bold_headings(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"risks.html": RISK_HEADINGS})
    a = fund.ask("What are the principal risks of the fund?")
    assert a.items == ("Market Risk", "Interest Rate Risk", "Credit Risk"), a.answer
    one = fund.ask("What does the fund say about credit risk?")
    assert one.items == ("Credit Risk",) and "fail to pay" in one.answer, one.answer


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a full stop inside a name, or after an abbreviation, does not end the lead-in
        (
            "Foreign (Non-U.S.) Investments: Investing abroad adds risk.",
            "Foreign (Non-U.S.) Investments",
        ),
        ("U.S. Government Securities Risk. Agencies may fail.", "U.S. Government Securities Risk"),
        # a page number or footnote mark set before the name is not part of it
        ("3 Exchange-Traded Funds Risk. ETFs trade at prices apart.", "Exchange-Traded Funds Risk"),
        ("2X Leverage Risk. Losses double.", "2X Leverage Risk"),
        # sentence case, when the lead-in names a risk
        ("Interest rate risk. Interest rate risk is the risk that...", "Interest rate risk"),
        ("Non-diversified fund risk: The fund may hold few issuers.", "Non-diversified fund risk"),
        ("Prices move. Then they fall.", None),
        ("U.S. Treasury obligations are backed by the government.", None),
    ],
)
def test_lead_in_wordings(text: str, lead: str | None) -> None:
    assert lists.lead_in(text) == lead


def test_a_lead_in_naming_a_plural_entry_word_does_not_cut_the_run() -> None:
    """'Emerging Markets' holds the plural of 'Market', which two of many entries hold: an
    entry, not a title; 'Single state risks' after entries that are risks is one more."""
    leads = ["Company", "Currency", "Foreign (Non-U.S.) Investments/Emerging Markets"]
    leads += ["Growth Investing", "Interest Rate", "Market", "Market Capitalization", "Liquidity"]
    leads += ["Preferred Stocks", "Sector", "Small Cap"]
    sentence_case = ["General market risk", "Municipal securities risk", "Single state risks"]
    sentence_case += ["Interest rate risk", "Income risk", "Credit risk"]
    for names in (leads, sentence_case):
        found = lists.lists(
            passages(
                *(("paragraph", f"{n}: Text about it.") for n in names), heading="Principal Risks"
            )
        )
        assert [x.items for x in found] == [tuple(names)]


def test_entries_under_a_risks_heading_may_run_on_over_many_paragraphs() -> None:
    items = [
        ("paragraph", "Market risk. Prices may fall."),
        ("paragraph", "Credit risk. An issuer may fail to pay. Bonds differ:"),
        ("paragraph", "General obligation bonds depend on the issuer's taxing power."),
        ("paragraph", "Revenue bonds depend on the money a facility earns."),
        ("paragraph", "Private activity bonds depend on a private user."),
        ("paragraph", "Hospital bonds depend on patient revenues."),
        ("paragraph", "Call risk. A bond may be called early."),
    ]
    (found,) = lists.lists(passages(*items, heading="Principal Risks"))
    assert found.items == ("Market risk", "Credit risk", "Call risk")
    # under a heading that does not name the entries, the run ends after two paragraphs
    found = lists.lists(passages(*items, heading="Investment Strategies"))
    assert [x.items for x in found] == [("Market risk", "Credit risk")]


RISKS_WITH_DISTRACTIONS = """\
HARBORGATE EQUITY INCOME FUND

Summary Prospectus dated March 1, 2024

Principal Investment Strategies

The Fund invests mainly in dividend-paying stocks. The risks of investing in foreign securities
include: currency swings; political events; and thin markets.

Principal Risks of Investing in the Fund

You could lose money by investing in the Fund.

Market Risk. The value of the Fund's investments may fall.

Investing in Stocks Risk. Stock prices may fall sharply.

3 Dividend Risk. A company may cut its dividend.

Non-U.S. Issuer Risk. Markets abroad can be volatile.

Performance

The bar chart and table below provide some indication of the risks of investing in the Fund.

Best Quarter. 12.1% (June 30, 2020)

Worst Quarter. -15.3% (March 31, 2020)
"""


@pytest.mark.parametrize(
    "question",
    [
        "What are the principal risks of investing in the fund?",
        "Which principal investment risks does the Harborgate Equity Income Fund face?",
        "List the main risks of investing in the fund.",
        "What risks apply to the fund?",
    ],
)
def test_the_principal_risks_not_an_entry_a_sentence_or_the_performance_lines(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    fund = assistant_over({"income.txt": RISKS_WITH_DISTRACTIONS})
    a = fund.ask(question)
    assert a.items == (
        "Market Risk",
        "Investing in Stocks Risk",
        "Dividend Risk",
        "Non-U.S. Issuer Risk",
    ), a.answer
    # a risk named by the question is still that entry, and a sentence's list its own
    one = fund.ask("What is dividend risk?")
    assert one.items == ("Dividend Risk",) and "cut its dividend" in one.answer, one.answer
    foreign = fund.ask("What are the risks of investing in foreign securities?")
    assert "currency swings" in foreign.items, foreign.answer


def test_a_block_of_names_pairs_every_name_with_its_one_passage() -> None:
    from assistant.lists import List

    p = Passage("f.txt", 0, (), 1, 3, 0, 40, "Alpha Fund Beta Fund Gamma Fund")
    block = List("names", ("Alpha Fund", "Beta Fund", "Gamma Fund"), (p,), "")
    assert block.entries() == [("Alpha Fund", p), ("Beta Fund", p), ("Gamma Fund", p)]


REORGANIZED_ROW = """NORTHGATE INVESTORS TRUST
Northgate Total Return Bond Portfolio ("Portfolio")
Supplement dated November 4, 2013 to the Portfolio's Prospectus dated May 1, 2013

1. On October 22, 2013, the Board of Trustees approved a proposal to reorganize the Portfolio
with and into the following "Surviving Portfolio":

Portfolio | Surviving Portfolio | Northgate Bond Portfolio | Northgate Intermediate Portfolio

The proposed Reorganization is subject to approval by shareholders of the Portfolio.
"""


def test_a_list_question_over_a_row_of_names_answers_without_failing(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # a block of names has one passage for all its names: each name is read with it
    answer = assistant_over({"r.txt": REORGANIZED_ROW}).ask("Which funds are being reorganized?")
    assert answer.error is None


EXEMPT_REDEMPTIONS = """Northgate Japanese Equity Fund - Class A, B and C Shares
Supplement dated September 11, 2002 to prospectus dated January 1, 2002

         The short-term redemption fee is withheld from redemption proceeds.
This fee is not a deferred sales charge and is not a commission. The fee is paid
to the Fund. The short-term redemption fee is not assessed in connection with
the redemption of shares:

         o acquired through reinvestment of dividends and other distributions;

         o in an account which is closed because the account fails to meet
           minimum balance requirements;

         o held by 401(k) plans, individual retirement accounts or profit
           sharing plans; and

         o purchased by accounts opened pursuant to `black box wrap fee
           programs' that have been preapproved by the Fund's Distributor.
           Black box wrap fee programs are discretionary accounts/programs where
           the investment decisions are made at the firm level, by the firm's
           own investment committee, and not by the investor or an adviser.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which redemptions are exempt from the short-term redemption fee?",
        "Which redemptions are exempt from the fee?",
    ],
)
def test_the_entries_of_a_list_a_fee_does_not_apply_to(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # "which redemptions" asks for a list, not an amount; "exempt" is said as "not assessed";
    # an entry too long for an item is its first sentence
    answer = assistant_over({"x.txt": EXEMPT_REDEMPTIONS}).ask(question)
    assert answer.answered, answer.answer
    assert len(answer.items) == 4
    assert answer.items[3].startswith("purchased by accounts opened pursuant to `black box wrap")
    assert all(len(i) <= 200 for i in answer.items)


def _list(heading: str, items: tuple[str, ...], start: int) -> lists.List:
    passages = tuple(
        Passage("f.txt", start + n, (heading,), start + n, start + n, 0, 1, f"{i}. Text.")
        for n, i in enumerate(items)
    )
    return lists.List("lead-ins", items, passages, heading, heading)


def test_a_list_continued_past_a_heading_of_no_list_is_one() -> None:
    first = _list("Principal Risks", ("Derivatives Risk", "Leverage Risk"), 10)
    table = _list("Estimated Fund Returns", ("Compounding Risk", "Market Risk"), 20)
    other = _list("Other Risks", ("Cyber Risk", "Operational Risk"), 30)
    names = _list("Service Providers", ("Custodian", "Distributor"), 40)
    joined = lists.join_continued([first, table, other, names])
    assert [lst.items for lst in joined] == [
        ("Derivatives Risk", "Leverage Risk", "Compounding Risk", "Market Risk"),
        ("Cyber Risk", "Operational Risk"),  # titled a list of its own
        ("Custodian", "Distributor"),  # entries of another kind
    ]


MONEY_FUND = """NORTHWIND CASH RESERVES
Summary Prospectus dated May 1, 2012

Principal Risks of Investing in the Fund. All investments have risks to some degree. It is \
possible to lose money by investing in the Fund.
Debt Obligations Risk. Debt obligations are subject to credit risk, market risk and interest \
rate risk.
Credit Risk. This is the risk that the issuer of a fixed income security may be unable to make \
timely payments.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which principal risks are listed for the money market fund?",
        "What are the main risks of this money market fund?",
    ],
)
def test_words_describing_the_fund_do_not_narrow_its_risk_list(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MONEY_FUND}).ask(question, doc="m.txt")
    assert a.answered and a.items == ("Debt Obligations Risk", "Credit Risk"), a.answer


ETF_STRUCTURE = """NORTHWIND MULTISECTOR BOND ETF
Summary Prospectus dated August 1, 2025

Principal Risks

Call Risk. An issuer may redeem a bond before it matures.

Credit Risk. An issuer may fail to pay interest or principal.

ETF Structure Risk. The Fund is structured as an ETF and as a result is subject to the special \
risks, including:

\u2022 Authorized Participant Risk. Only an authorized participant may create or redeem shares.

\u2022 Not Individually Redeemable. Shares are not individually redeemable by retail investors.

\u2022 Trading Issues. An active trading market for the shares may not be maintained.

Market Risk. The market value of the Fund's investments may decline.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What ETF structure risks does the fund flag?",
        "Which ETF structure risks does the prospectus highlight?",
        "Which ETF-structure-specific risks does the fund identify?",
    ],
)
def test_a_verb_of_listing_is_no_topic(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"e.txt": ETF_STRUCTURE}).ask(question, doc="e.txt")
    assert a.answered, a.answer
    assert a.items == (
        "Authorized Participant Risk",
        "Not Individually Redeemable",
        "Trading Issues",
    ), a.items


FUTURES = """NORTHWIND MICROCAP FUND
Summary Prospectus dated October 23, 2024

Principal Risks

Futures Contracts Risk. The primary risks associated with the use of futures contracts are \
(i) the imperfect correlation between the price of the contract and the change in value of the \
underlying asset; (ii) possible lack of a liquid secondary market for a futures contract; \
(iii) losses caused by unanticipated market movements, which are potentially unlimited; and \
(iv) if the Fund has insufficient cash, it may have to sell investments to meet daily variation \
margin requirements on a futures contract, and the Fund may have to sell investments at a time \
when it may be disadvantageous to do so, which may add to the Fund's costs in a falling market.

Market Risk. The market value of the Fund's investments may decline.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What are the main risks of futures contracts for this fund? list a few",
        "What are the primary risks associated with futures contracts?",
    ],
)
def test_an_enumeration_in_a_sentence_gives_the_lists_items(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": FUTURES}).ask(question, doc="f.txt")
    assert a.answered, a.answer
    joined = " ".join(a.items)
    assert "imperfect correlation" in joined and "potentially unlimited" in joined, a.items
    assert all(len(i) <= 200 for i in a.items)


def test_a_long_entry_of_an_enumeration_is_cut_when_asked() -> None:
    sentence = "The risks are (i) short; (ii) " + "long words " * 30 + "end."
    assert lists.enumeration(sentence) is None
    found = lists.enumeration(sentence, cut=True)
    assert found is not None and len(found[1]) == 2 and len(found[1][1]) <= 200


COLLATERAL = """<html><body>
<p><b>Principal Risks</b></p>
<p>Collateral Investments Risk. The Fund's use of Collateral Investments may include obligations
issued or guaranteed by the U.S. Government and money market funds.</p>
<p>Money market funds are subject to management fees and other expenses.</p>
<p>The Fund's Collateral Investments are subject to the following risks:</p>
<ul>
<li>Debt Securities Risk. Investments in debt securities subject the holder to credit risk.</li>
<li>Call Risk. Some debt securities may be redeemed before their stated maturity date.</li>
<li>Interest Rate Risk. The value of debt securities may decline when rates rise.</li>
</ul>
<p>Counterparty Risk. A counterparty may be unwilling or unable to make timely payments.</p>
<p>Market Risk. The market value of the Fund's investments may decline.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which risks apply to the fund's Collateral Investments?",
        "What risks are the Collateral Investments subject to?",
    ],
)
def test_the_entries_a_paragraph_under_an_entry_introduces(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.html": COLLATERAL}).ask(question, doc="c.html")
    assert a.answered, a.answer
    assert a.items == ("Debt Securities Risk", "Call Risk", "Interest Rate Risk"), a.items


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("With about 60% of its assets in bonds, the Fund is subject to the following bond risks: "
         "interest rate risk, which is the chance that bond prices will decline because of rising "
         "interest rates; income risk, which is the chance that the Fund's income will decline "
         "because of falling interest rates, a decline that may be sharp and that may last for a "
         "long time when rates stay low across the whole of the market for several years in a "
         "row; and call risk, which is the chance that issuers will call bonds.",
         ["interest rate risk", "income risk", "call risk"]),
        ("The Fund is subject to the following stock risks: stock market risk, which is the "
         "chance that stock prices overall will decline; and investment style risk, which is the "
         "chance that returns from value stocks will trail returns from the market.",
         ["stock market risk", "investment style risk"]),
        ("The Fund may buy the following: bonds; notes; and bills.", None),
    ],
)  # fmt: skip
def test_risks_named_inside_a_sentence(sentence: str, names: list[str] | None) -> None:
    found = lists.named_enumeration(sentence)
    assert (found[1] if found else None) == names


INLINE = """NORTHWIND INCOME FUND
Summary Prospectus dated January 31, 2025

Principal Risks

With approximately 60% to 65% of its assets allocated to bonds, the Fund is subject to the \
following bond risks: interest rate risk, which is the chance that bond prices overall will \
decline because of rising interest rates; credit risk, which is the chance that a bond issuer \
will fail to pay interest or principal in a timely manner or that negative perceptions of the \
issuer's ability to make such payments will cause the price of that bond to decline; and call \
risk, which is the chance that issuers of callable bonds may redeem them early.

With approximately 35% to 40% of its assets allocated to stocks, the Fund is subject to the \
following stock risks: stock market risk, which is the chance that stock prices overall will \
decline; and investment style risk, which is the chance that returns from value stocks will \
trail returns from the overall stock market.

Manager risk, which is the chance that poor security selection will cause the Fund to \
underperform relevant benchmarks.
"""


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What bond risks is the fund subject to?",
         {"interest rate risk", "credit risk", "call risk"}),
        ("Which stock risks does the fund face?", {"stock market risk", "investment style risk"}),
        # the risks asked without a topic: every list of the run, and the one led in after
        ("What are the principal risks of the fund?",
         {"interest rate risk", "credit risk", "call risk", "stock market risk",
          "investment style risk", "Manager risk"}),
    ],
)  # fmt: skip
def test_inline_risk_lists_answer_by_their_introduction(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, names: set[str]
) -> None:
    a = assistant_over({"i.txt": INLINE}).ask(question, doc="i.txt")
    assert a.answered and set(a.items) == names, (a.answer, a.items)


@pytest.mark.parametrize(
    ("sentence", "kind", "found"),
    [
        (
            "REITs are sensitive to factors such as changes in real estate values, property taxes "
            "and tax laws, interest rates, cash flow of underlying real estate assets, occupancy "
            "rates, and government regulations.",
            "factors",
            ["changes in real estate values", "property taxes and tax laws", "interest rates",
             "cash flow of underlying real estate assets", "occupancy rates",
             "government regulations"],
        ),
        (
            "Rating organizations, such as Moody's, S&P, Fitch, Morningstar and Lipper, rate it.",
            "organizations",
            ["Moody's", "S&P", "Fitch", "Morningstar", "Lipper"],
        ),
    ],
)  # fmt: skip
def test_an_and_inside_an_example(sentence: str, kind: str, found: list[str]) -> None:
    """An "and" inside one example ("property taxes and tax laws") ends no list whose own
    "and" is still to come; the list's last "and" does."""
    assert lists.examples(sentence, [kind])[1] == found
