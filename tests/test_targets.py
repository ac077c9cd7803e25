"""What a question asks for, read from its wh-phrase (assistant/data/targets.json)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.understand import (
    TARGETS_FILE,
    YES_NO_RE,
    asked_target,
    asks_funds_of_filing,
    content_terms,
    details_asked,
    understand,
)


@pytest.mark.parametrize(
    ("question", "target", "count"),
    [
        ("What fund does the Harbor Fund put substantially all of its assets into?", "fund", 0),
        ("Into which portfolio will the Growth Portfolio be merged?", "fund", 0),
        ("Which private equity firm is the new board member a partner of?", "org", 0),
        ("Which sub-advisers run the Summit International Fund?", "org", 0),
        # a possessor the wh-word asks for, after words that only insist on one of its kind
        ("Which specific Northwind Advisor fund's Class B shares does it close?", "fund", 0),
        ("Which particular firm's employees manage the fund?", "org", 0),
        ("What specific risks does the fund face?", "none", 0),
        ("What is the size of the fee waiver?", "amount", 0),
        ("Which company is the adviser's parent combining with?", "org", 0),
        ("What fee rate applies above the highest breakpoint?", "amount", 0),
        ("What is the new net-worth threshold for qualified clients?", "amount", 0),
        ("In what year did she join the firm?", "date", 0),
        ("Over what period was he a vice president?", "period", 0),
        ("What was the fund's worst quarterly return?", "amount", 0),
        ("Which expenses does the adviser reimburse?", "amount", 0),
        ("Which SEC rule requires a liquidity program?", "reference", 0),
        ("Which two acquired portfolios go into the Balanced Portfolio?", "fund", 2),
        # the head is the last noun of the run: a class, not a fund
        ("Which fund share class has the lowest minimum?", "class", 0),
        # a balance or a compensation is an amount
        ("What minimum account balance is needed to start the withdrawal plan?", "amount", 0),
        ("What compensation does the trustee receive?", "amount", 0),
        # a class named by its mark is no head: what follows it is
        ("what is the class A 5-year return after taxes?", "amount", 0),
        ("What are the class R6 fees?", "amount", 0),
        # a gerund before a noun goes on with the run: the expenses are the head
        ("What are the total annual fund operating expenses?", "amount", 0),
        ("What is the fund's total annual fund operating expense ratio?", "amount", 0),
        # "turnover" is a quantity: the run's head is the rate, not the portfolio
        ("What was the portfolio turnover rate?", "amount", 0),
        ("What was the fund's portfolio turnover?", "amount", 0),
        # a possessor is not the head
        ("What is the fund's investment objective?", "none", 0),
        ("What is the fiscal year end of the trust?", "none", 0),
        # no wh-noun phrase at all
        ("Who manages the fund?", None, 0),
        ("When is the change effective?", None, 0),
        ("What is Summit Growth Fund being renamed?", None, 0),
        # a name is of its possessor, or of what follows "of"; else free text
        ("What was the fund's former name?", "fund", 0),
        ("What is the name of the new sub-adviser?", "org", 0),
        ("What was the adviser's name before the merger?", "org", 0),
        ("What new name will the portfolio take?", "none", 0),
        # an auxiliary after the wh-word: the noun after it is the subject, not the head
        ("What does the Adviser consider when lending securities?", None, 0),
        # a benchmark is an index, by name
        ("What is the fund's benchmark index?", "index", 0),
        ("What is the fund's benchmark?", "index", 0),
        ("Which index did the fund adopt as its new benchmark?", "index", 0),
        ("What index risks apply?", "none", 0),
    ],
)
def test_asked_target(question: str, target: str | None, count: int) -> None:
    assert asked_target(question) == (target, count)


def test_the_wh_noun_outranks_topic_words() -> None:
    # "assets" would make this an amount question; the wh-phrase asks for a fund
    u = understand("What fund does the Harbor Fund put substantially all of its assets into?")
    assert (u.intent, u.answer_type) == ("general", "fund")
    # a question of no intent of its own takes the intent of what it asks for
    assert understand("What was the fund's worst quarterly return?").intent == "amounts"
    u = understand("Which Advisers Act rule defines a qualified client?")
    assert u.answer_type == "reference"
    # a wh-noun no span type captures makes a free-text question of an adviser question
    u = understand("What factors does the Adviser weigh when choosing brokers?")
    assert (u.intent, u.answer_type) == ("general", "sentence")
    # who may buy is a group of investors, not a person
    for q in ("Who is allowed to buy shares of the fund?", "Who can no longer buy the fund?"):
        assert understand(q).answer_type == "sentence", q
    assert understand("Who manages the fund?").answer_type == "person"
    # list readers keep their questions
    assert understand("Which funds does this supplement cover?").intent == "funds"


def test_reference_spans() -> None:
    text = (
        "Pursuant to Rule 22e-4 under the Investment Company Act of 1940, and Rule 205-3 under "
        "the Advisers Act, Post-Effective Amendment No. 22 on Form N-1A was filed."
    )
    assert spans.of_type("reference", text) == [
        "Rule 22e-4",
        "Investment Company Act of 1940",
        "Rule 205-3",
        "Advisers Act",
        "Post-Effective Amendment No. 22",
        "Form N-1A",
    ]
    assert spans.of_type("reference", "The Fund may invest in rules-based strategies.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "S&P 500® Index (reflects no deduction for fees, expenses or taxes) | 25.02%",
            ["S&P 500® Index"],
        ),
        (
            "The MSCI India Index (Net Total Return) is replacing the MSCI India Index (Gross "
            "Total Return) as the Fund's broad-based securities market index.",
            ["MSCI India Index (Net Total Return)", "MSCI India Index (Gross Total Return)"],
        ),
        (
            "the Fund changed its primary benchmark index from the Russell Microcap® Index to "
            "the Russell 3000® Index",
            ["Russell Microcap® Index", "Russell 3000® Index"],
        ),
        (
            "compared to the Bloomberg Municipal Bond Index, which",
            ["Bloomberg Municipal Bond Index"],
        ),
        # generic, a column, a fund named after an index: none
        ("The Underlying Index is rebalanced quarterly.", []),
        ("Year | Calendar Year-End Index Value | Change In Index for Calendar Year", []),
        ("Shares of the Northgate S&P 500 Index Fund are offered.", []),
    ],
)
def test_index_spans(text: str, names: list[str]) -> None:
    assert spans.of_type("index", text) == names


BENCHMARK = """NORTHGATE GROWTH FUND
Summary Prospectus dated May 1, 2025

Performance

The bar chart and table provide some indication of the risks of investing in the Fund.
{said}

Average Annual Total Returns (for the periods ended December 31, 2024)

| 1 Year | 5 Years | 10 Years
Return Before Taxes | 21.40% | 12.10% | 10.90%
{row} | 25.02% | 14.53% | 13.10%
"""


@pytest.mark.parametrize(
    ("said", "row", "answer"),
    [
        (
            "The table compares the Fund's performance to that of the Russell 1000® Growth Index, "
            "a broad-based securities market index.",
            "Russell 1000® Growth Index (reflects no deduction for fees, expenses or taxes)",
            "Russell 1000® Growth Index",
        ),
        (
            "Effective June 12, 2024, the Fund changed its benchmark from the Russell Midcap® "
            "Index to the S&P 500® Index.",
            "S&P 500® Index",
            "S&P 500® Index",
        ),
        # the filing names no index: no answer, not a sentence about something else
        ("Past performance is not necessarily an indication of future results.", "Other", None),
    ],
)
def test_a_benchmark_is_answered_by_the_index_named(
    assistant_over,  # type: ignore[no-untyped-def]
    said: str,
    row: str,
    answer: str | None,
) -> None:
    a = assistant_over({"perf.txt": BENCHMARK.format(said=said, row=row)}).ask(
        "What is the fund's benchmark index?"
    )
    assert a.answered is (answer is not None), a.answer
    if answer:
        assert answer in a.answer


def test_every_target_noun_has_one_type() -> None:
    data = json.loads(TARGETS_FILE.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for kind, nouns in data.items():
        if kind.startswith("_"):
            continue
        for noun in nouns:
            assert noun == noun.lower(), noun
            assert seen.setdefault(noun, kind) == kind, f"{noun}: {seen[noun]} and {kind}"


ALLOCATION = """HARBORGATE ALLOCATION TRUST
Supplement dated 3/14/19 to the current Statement of Additional Information

Harborgate Absolute Return Fund

Effective immediately, the Fund will invest substantially all of its assets directly in the
Summit Benchmark-Free Fund. The Summit Benchmark-Free Fund is managed by Summit Partners LLC.

On January 2, 2019, the Securities and Exchange Commission adopted a new rule, Rule 30e-3 under
the Investment Company Act of 1940, that permits funds to deliver shareholder reports online.
"""


@pytest.fixture(scope="module")
def allocation(assistant_over):  # type: ignore[no-untyped-def]
    return assistant_over({"alloc.txt": ALLOCATION})


def test_a_fund_asked_for_by_the_wh_phrase(allocation) -> None:  # type: ignore[no-untyped-def]
    a = allocation.ask(
        "What fund does the Absolute Return Fund put substantially all its assets into?"
    )
    assert a.answered, a.answer
    assert "Summit Benchmark-Free Fund" in a.answer


def test_a_rule_asked_for_is_a_rule(allocation) -> None:  # type: ignore[no-untyped-def]
    a = allocation.ask(
        "Which SEC rule permitting online delivery of shareholder reports was adopted?"
    )
    assert a.answered, a.answer
    assert "Rule 30e-3" in a.answer
    # a rule the filing does not name is not answered with the sentence about another thing
    b = allocation.ask("Which SEC rule governs the fund's liquidity risk management program?")
    assert not b.answered, b.answer


def test_a_numeric_supplement_date_is_answered_in_both_spellings(allocation) -> None:  # type: ignore[no-untyped-def]
    a = allocation.ask("What is the date of this supplement?")
    assert a.answered, a.answer
    assert "March 14, 2019" in a.answer and "3/14/19" in a.answer
    assert a.citations[0].line_start <= 2 <= a.citations[0].line_end


BOARD = """SUPPLEMENT TO THE HARBORGATE GROWTH FUND SEPTEMBER 29, 1999 STATEMENT OF ADDITIONAL
INFORMATION

JANE Q. WESTOVER (55), Member of the Advisory Board (1999), has been a partner of Summit
Holdings, Inc. since September 1998. Ms. Westover was Senior Vice President of Northgate
Corporation from 1992 until her retirement in July 1998.
"""


def test_a_person_named_in_capitals_is_a_person(assistant_over) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"board.txt": BOARD}).ask("Who was added to the Advisory Board?")
    assert a.answered, a.answer
    assert "JANE Q. WESTOVER" in a.items


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "a partner of Clayton, Dubilier & Rice, Inc. (private equity)",
            "Clayton, Dubilier & Rice, Inc.",
        ),
        (
            "partner in the law firm of Stradley Ronon Stevens & Young, LLP.",
            "Stradley Ronon Stevens & Young, LLP",
        ),
        ("counsel is Harbor, Lane & Finch LLP, of New York", "Harbor, Lane & Finch LLP"),
    ],
)
def test_firms_named_by_partners(text: str, org: str) -> None:
    assert spans.orgs(text) == [org]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "the termination of Eastbridge Global Investors Ltd. as sub-adviser and the "
            "appointment of Calder Rock Asset Management LLC as the new sub-adviser",
            ["Eastbridge Global Investors Ltd.", "Calder Rock Asset Management LLC"],
        ),
        (
            "The Bank of New Harbor Mellon Corporation and Summit Street Bank and Trust Company",
            ["The Bank of New Harbor Mellon Corporation", "Summit Street Bank and Trust Company"],
        ),
        (
            "Harbor Capital LLC and Summit Partners LLC",
            ["Harbor Capital LLC", "Summit Partners LLC"],
        ),
    ],
)
def test_firm_names_begin_and_end_where_they_should(text: str, found: list[str]) -> None:
    assert spans.orgs(text) == found


OBJECTIVE = """NORTHGATE VALUE FUND
Summary Prospectus May 1, 2025

Investment Objective
To provide long-term growth of capital, with current income as a secondary goal.

Fees and Expenses of the Fund
This table describes the fees and expenses that you may pay.
"""


def test_the_objective_under_its_heading(assistant_over) -> None:  # type: ignore[no-untyped-def]
    fund = assistant_over({"value.txt": OBJECTIVE})
    a = fund.ask("What is the fund's investment objective?", doc="value.txt")
    assert a.answered, a.answer
    assert "long-term growth of capital" in a.answer
    assert a.citations[0].section == "Investment Objective"


HARBOR = """HARBORGATE INVESTMENT TRUST
Harborgate Global Bond Fund

Supplement dated April 3, 2008 to the Prospectus dated February 28, 2008

On March 25, 2008, the Board approved a plan under which the Harborgate Global Bond Fund (the
"Acquired Fund") would transfer all of its assets to the Summit World Income Fund (the
"Acquiring Fund") in exchange for shares of the Acquiring Fund.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which prospectus does this supplement amend?", "February 28, 2008"),
        ("What document does the supplement update?", "February 28, 2008"),
    ],
)
def test_the_document_a_supplement_amends(assistant_over, question: str, said: str) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"harbor.txt": HARBOR}).ask(question, doc="harbor.txt")
    assert a.answered and said in a.items, a.answer


def test_a_defined_term_is_no_change_read_backwards(assistant_over) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"harbor.txt": HARBOR}).ask(
        "Into which fund will the Harborgate Global Bond Fund be reorganized?", doc="harbor.txt"
    )
    assert a.answered and a.items == ("Summit World Income Fund",), a.answer
    assert "is reorganized into Harborgate" not in a.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Which law firm is Ms. Garrow a partner of?", ("law", "firm")),
        ("Which private equity firm is she a partner of?", ("private", "equity", "firm")),
        ("Which fee rate applies?", ()),  # not a generic head: the words say what is measured
        ("Who is the custodian?", ()),
    ],
)
def test_descriptors_of_what_is_asked(question: str, words: tuple[str, ...]) -> None:
    from assistant.understand import descriptors

    assert descriptors(question) == words


def test_a_firm_described_by_its_kind(assistant_over) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OSPREY FUNDS TRUST\nSupplement dated November 2, 2004\n\nHelen M. Garrow, 58, was "
        "appointed a Trustee of the Trust on October 15, 2004. Ms. Garrow has been a partner of "
        "Lindqvist & Baird LLP since 1995 and serves on the Audit Committee.\n"
    )
    a = assistant_over({"osprey.txt": text}).ask("Which law firm is Ms. Garrow a partner of?")
    assert a.answered and "Lindqvist & Baird LLP" in a.items, a.answer


TRUSTEES = (
    "HARBORGATE TRUST\nSupplement dated May 1, 2010\n\nHelen M. Garrow, 58, and Robert K. "
    "Aldana, 61, were appointed Trustees of the Trust on April 15, 2010. JANE Q. WESTOVER (55), "
    "Member of the Advisory Board, is a partner of Summit Holdings, Inc.\n\nUnder a succession "
    "plan established by Walter P. Quill, the 86-year-old founder of Harborgate, Ada Brenn has "
    "succeeded Mr. Quill as trustee.\n"
)


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("How old is Robert Aldana?", "61"),
        ("How old is Helen Garrow?", "58"),
        ("What is Jane Q. Westover's age?", "55"),
        ("How old is Walter P. Quill?", "86"),
    ],
)
def test_the_age_printed_beside_a_name(assistant_over, question: str, age: str) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"trustees.txt": TRUSTEES}).ask(question)
    assert a.answered and a.items == (age,), a.answer


@pytest.mark.parametrize("question", ["How old is Ada Brenn?", "How old is Ada K. Brenn?"])
def test_an_age_beside_another_name_is_not_theirs(assistant_over, question: str) -> None:  # type: ignore[no-untyped-def]
    """ "Walter P. Quill, the 86-year-old founder of Harborgate, Ada Brenn has succeeded ...":
    86 is Quill's age, though Ada Brenn's name follows it closely."""
    a = assistant_over({"trustees.txt": TRUSTEES}).ask(question)
    assert not a.answered, a.answer


def test_no_age_no_answer(assistant_over) -> None:  # type: ignore[no-untyped-def]
    text = "HARBORGATE TRUST\nRafael D. Ibarra is the Chief Compliance Officer of the Trust.\n"
    assert not assistant_over({"cco.txt": text}).ask("How old is Rafael Ibarra?").answered


KESTREL = (
    "KESTREL INVESTMENT FUNDS\nKestrel Global Opportunities Fund\n\nSupplement dated August 14, "
    "2017 to the Prospectus dated March 1, 2017\n\nEffective October 2, 2017, the Fund's name "
    "will change to Kestrel Global Equity Income Fund, and the Fund's investment objective will "
    'change from "long-term capital appreciation" to "current income and long-term capital '
    'appreciation."\n'
)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        (
            "What will the Kestrel Global Opportunities Fund be renamed?",
            "Kestrel Global Equity Income Fund",
        ),
        (
            "What is the new investment objective?",
            "current income and long-term capital appreciation",
        ),
        ("What was the previous investment objective?", "long-term capital appreciation"),
    ],
)
def test_what_a_change_makes_of_a_value(assistant_over, question: str, item: str) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"kestrel.txt": KESTREL}).ask(question, doc="kestrel.txt")
    assert a.answered and a.items == (item,), (a.answer, a.items)


@pytest.mark.parametrize(
    ("question", "references"),
    [
        (
            "What risks of lending securities does the revised section call out?",
            ("revised", "section", "describe"),
        ),
        ("Which risks are described in the supplement?", ("described",)),
        (
            "What does the amended paragraph discuss about derivatives?",
            ("amended", "paragraph", "discuss"),
        ),
        # a change word that does not point at text stays a word to find
        ("What is the revised management fee?", ()),
        # an address is something asked for, not a pointer to the text
        ("What is the new address of the transfer agent?", ()),
    ],
)
def test_words_that_point_at_the_filings_text(question: str, references: tuple[str, ...]) -> None:
    assert understand(question).references == references


@pytest.mark.parametrize(
    "question",
    [
        "Is there a sales charge on the conversion?",
        "Will a redemption fee apply to shares held for 30 days?",
        "Can existing shareholders still buy shares of the closed fund?",
        "And does the fee apply to Class C shares?",
        # a clause or phrase set before it by a comma
        "Under the new policy, will a redemption fee apply to shares held for 30 days?",
        "If my Class C withdrawals stay under the limit, is a CDSC charged?",
        "While the lead manager is on leave, does the co-manager keep his role?",
        "In 2015, did the fund change its sales charge?",
    ],
)
def test_a_yes_or_no_question_asks_for_the_sentence_that_says_whether(question: str) -> None:
    u = understand(question)
    assert (u.intent, u.answer_type) == ("general", "sentence")


@pytest.mark.parametrize(
    "question",
    ["Does Jane Roe keep her role on the fund?", "Will John Doe keep his title after the merger?"],
)
def test_whether_a_person_keeps_a_role_asks_no_title(question: str) -> None:
    u = understand(question, has_person=True)
    assert (u.intent, u.answer_type, u.detail) == ("general", "sentence", None)


@pytest.mark.parametrize(
    "question",
    [
        "When the fund merges, what fee applies?",
        "For which fund, is the fee charged?",
        "After the merger, who manages the fund?",
        "When does the change take effect?",
    ],
)
def test_a_wh_question_after_a_clause_is_no_yes_or_no_question(question: str) -> None:
    assert YES_NO_RE.match(question.lower()) is None


def test_a_question_with_a_wh_word_is_no_yes_or_no_question() -> None:
    # a wh-word anywhere keeps what the question asks for
    assert understand("Does the adviser say which fee applies?").answer_type == "amount"
    assert understand("Will the fee change, and to what rate?").answer_type == "amount"


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Which recipient was added to the arrangements?", "recipient"),
        ("What new recipient gets the data?", "recipient gets"),
        ("How often does it get the data?", "frequency"),
        ("Who manages the fund?", None),
    ],
)
def test_the_noun_a_wh_phrase_asks_for(question: str, head: str | None) -> None:
    from assistant.understand import wh_head

    assert wh_head(question) == head


@pytest.mark.parametrize(
    ("question", "intent", "answer_type"),
    [
        # the subject of "what does the adviser ..." is not what is asked
        ("What does the Adviser consider when deciding whether to lend?", "general", "sentence"),
        ("What did the sub-adviser change in its strategy?", "change", "sentence"),
        # a new name after a sub-adviser change is no firm
        ("What new name will the fund take once the sub-adviser changes?", "change", "sentence"),
        # the wh-phrase names the firm
        ("What is the name of the new sub-adviser?", "adviser", "org"),
        ("Which sub-adviser was added?", "adviser", "org"),
        ("Who will replace Harbor Capital as sub-adviser?", "adviser", "org"),
        # a list of funds only when the wh-phrase asks for funds
        ("What redemption fee did the Board adopt for the funds?", "amounts", "amount"),
        ("When did the Board approve the changes for the funds?", "dates", "date"),
        ("Which funds does this supplement cover?", "funds", "list"),
        # a date asked about a merger is a date, not what the merger is
        ("What is the record date for the merger vote?", "dates", "date"),
        ("What funds are covered by the supplement?", "funds", "list"),
    ],
)
def test_what_the_wh_phrase_asks_for(question: str, intent: str, answer_type: str) -> None:
    u = understand(question)
    assert (u.intent, u.answer_type) == (intent, answer_type)


@pytest.mark.parametrize(
    ("question", "compounds"),
    [
        ("What is the front-end sales charge?", ("front-end",)),
        ("What does the front-end load schedule in this supplement say?", ("front-end",)),
        # a word that says which filing is meant is no word the answer must hold
        ("Which rule does the December 2018 multi-fund supplement discuss?", ()),
        ("What does the multi-series summary prospectus say about fees?", ()),
        ("Which change does the stand-alone SAI supplement make?", ()),
        # a code names one thing, and the answer must write it ("7-day" is no code)
        ("What is the 12b-1 fee?", ("12b-1",)),
        ("What does Rule 22e-4 require?", ("22e-4",)),
        ("What is the 7-day yield?", ()),
    ],
)
def test_hyphenated_words_the_answer_must_hold(question: str, compounds: tuple[str, ...]) -> None:
    assert understand(question).compounds == compounds


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Which fund does this supplement cover?", True),
        ("Which funds are affected by this supplement?", True),
        ("What funds are covered?", True),
        ("List the funds in this supplement.", True),
        ("What fund is this about?", True),
        ("Which portfolios does the filing relate to?", True),
        # more than the filing's funds is asked
        ("Which funds will be merged into the Growth Fund?", False),
        ("What is the new name for the fund?", False),
        ("Which funds does the new manager take over?", False),
        # words naming some of them, a count, a description of the filing
        ("Which Harborgate Advantage funds are covered by this supplement?", True),
        ("Which two Northgate funds are covered by this closed fund policy supplement?", True),
        ("Which funds does this Harborgate Capital Management Singapore supplement cover?", True),
        ("Which funds of Harborgate Global Trust are listed?", True),
        ("Which funds of Harborgate Global Trust will be merged?", False),
        (
            "Which three portfolios does the January 23, 2008 Harborgate Investors Trust "
            "supplement cover?",
            True,
        ),
        # words that describe the filing say which filing
        ("Which Harborgate funds are listed in this retail-funds supplement?", True),
        ("Which funds does the liquidity-risk (Rule 22e-4) supplement cover?", True),
    ],
)
def test_questions_for_the_funds_a_filing_covers(question: str, asks: bool) -> None:
    assert asks_funds_of_filing(question) is asks


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "For the Harborgate Technology Fund, the minimum is $1,000.",
            ["Harborgate Technology Fund"],
        ),
        ("Pursuant to the Portfolio's exemptive relief, no vote is needed.", []),
        (
            "It merges into MetLife Moderate to Aggressive Allocation Portfolio.",
            ["MetLife Moderate to Aggressive Allocation Portfolio"],
        ),
    ],
)
def test_fund_spans_leave_out_the_phrase_before_a_name(text: str, names: list[str]) -> None:
    assert spans.of_type("fund", text) == names


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        (
            "Can agents buy shares for clients who don't own them?",
            ["agents", "buy", "shares", "clients", "own"],
        ),
        ("Why isn’t the fee waived?", ["fee", "waived"]),
        (
            "What's the fund's maturity limit if it can't hold longer notes?",
            ["maturity", "limit", "hold", "longer", "notes"],
        ),
    ],
)
def test_a_negated_auxiliary_is_no_search_word(question: str, terms: list[str]) -> None:
    # filings write "do not": "don't" is in no passage, and a question word no passage holds
    # counts against every answer
    assert content_terms(question) == terms


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Which redemptions are exempt from the short-term redemption fee?", "sentence"),
        ("Which investors may buy Class I shares without a sales charge?", "sentence"),
        ("What is the redemption fee?", "amount"),
        ("How much is the exchange fee?", "amount"),
    ],
)
def test_which_transactions_or_investors_ask_for_no_amount(question: str, answer_type: str) -> None:
    assert understand(question).answer_type == answer_type


@pytest.mark.parametrize(
    "question",
    [
        "How are Class B purchase orders treated after the effective date?",
        "How does the fund value its securities on the valuation date?",
        "How will exchanges be handled after the closing date?",
    ],
)
def test_a_question_of_manner_asks_a_sentence_not_a_date(question: str) -> None:
    u = understand(question)
    assert (u.intent, u.answer_type) == ("general", "sentence")


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("How long does the waiver last after the effective date?", "date"),
        ("How much is the fee after the effective date?", "amount"),
        ("How many funds merge on the closing date?", "amount"),
    ],
)
def test_how_long_much_or_many_is_no_manner(question: str, answer_type: str) -> None:
    assert understand(question).answer_type == answer_type


@pytest.mark.parametrize(
    "question",
    ["What are Jane Q. Harlowe's titles?", "What roles does Jane Q. Harlowe hold?"],
)
def test_titles_asked_in_the_plural(question: str) -> None:
    assert "title" in details_asked(question)


def test_a_balance_asked_is_an_amount() -> None:
    u = understand("What balance do I have to maintain so my account is not closed?")
    assert (u.intent, u.answer_type) == ("amounts", "amount")


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Whom did Ann Lee replace?", "person"),
        # a business is bought and sold by firms
        ("By whom is the sub-adviser being acquired?", "org"),
        ("To whom was it sold?", "org"),
        ("Who agreed to buy the sub-adviser?", "org"),
    ],
)
def test_whom_asks_for_a_person_or_firm(question: str, target: str) -> None:
    from assistant.understand import understand

    assert understand(question).answer_type == target


def test_a_fund_asked_by_its_possessive_is_no_sentence(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # the filing never says which fund's shares close: no sentence about the shares answers
    filing = (
        "NORTHWIND ADVISOR FUNDS\nSupplement dated August 1, 2010 to the Prospectus\n\n"
        "Effective after the close of business on September 1, 2010, Class B shares will be "
        "closed to new accounts and additional purchases by existing shareholders. Existing "
        "shareholders of Class B shares may continue to exchange their Class B shares for Class "
        "B shares of other Northwind funds that offer Advisor classes of shares.\n"
    )
    a = assistant_over({"b.txt": filing}).ask(
        "Which specific Northwind Advisor fund's Class B shares does this supplement close?",
        doc="b.txt",
    )
    assert not a.answered, a.answer


def test_the_size_of_a_measure_is_its_amount(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # "the size of the fee waiver": the waiver's amount, no word "size" the row must say
    filing = (
        "NORTHWIND MULTISECTOR BOND ETF\nSummary Prospectus dated August 6, 2025\n\n"
        "Annual Fund Operating Expenses\n"
        "| Management Fees | 0.89% |\n\n"
        "| Total Annual Fund Operating Expenses | 0.89% |\n\n"
        "| Fee Waiver and Expense Reimbursements | (0.24%) |\n\n"
        "| Total Annual Fund Operating Expenses after Fee Waiver and Expense Reimbursements "
        "| 0.65% |\n"
    )
    a = assistant_over({"w.txt": filing}).ask("What is the size of the fee waiver?", doc="w.txt")
    assert a.answered, a.answer
    assert list(a.items) == ["(0.24%)"]


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Size of the fee waiver, and acquired fund fees and expenses?", "amounts"),
        ("What are the acquired fund fees and expenses?", "amounts"),
        ("Which fund will be acquired in the reorganization?", "change"),
        ("Which fund was acquired by the Growth Fund?", "change"),
    ],
)
def test_acquired_fund_fees_are_a_fee_not_an_acquisition(question: str, intent: str) -> None:
    assert understand(question).intent == intent
