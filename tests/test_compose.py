"""Choosing the answering sentence: amounts stated per share class, dates that end or start a
period."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from assistant import compose, spans, verify
from assistant.engine import Assistant

CAP = (
    "The Adviser has agreed to limit expenses so that they do not exceed 1.05% for Class A "
    "shares, 1.80% for Class C shares and 0.80% for Institutional Class shares."
)


@pytest.mark.parametrize(
    ("classes", "amounts"),
    [
        (["Class C"], ["1.80%"]),
        (["Institutional Class"], ["0.80%"]),
        (["Class A", "Class C"], ["1.05%", "1.80%"]),
        (["Class R"], []),  # a class the sentence states nothing for
    ],
)
def test_amounts_stated_per_class(classes: list[str], amounts: list[str]) -> None:
    assert compose._of_classes(CAP, ["1.05%", "1.80%", "0.80%"], classes) == amounts


def test_amounts_of_no_class_stay() -> None:
    text = "The fund may invest up to 20% of its net assets in high-yield bonds."
    assert compose._of_classes(text, ["20%"], ["Class C"]) == ["20%"]
    assert compose._of_classes(
        "Class C: 1.80% | Class A: 1.05%", ["1.80%", "1.05%"], ["Class A"]
    ) == ["1.05%"]


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("Until when is the expense limitation agreement in effect?", "until"),
        ("When does the fee waiver expire?", "until"),
        ("Since when has she managed the fund?", "since"),
        ("When is the change effective?", None),
    ],
)
def test_asked_bound(question: str, bound: str | None) -> None:
    assert compose._asked_bound(question) == bound


def test_date_bound() -> None:
    text = (
        "Effective January 15, 2023, the agreement applies; it will remain in effect until "
        "April 30, 2024. She has managed the fund since March 2012."
    )
    assert compose._date_bound(text, "April 30, 2024") == "until"
    assert compose._date_bound(text, "March 2012") == "since"
    assert compose._date_bound(text, "January 15, 2023") is None


CREST = """CREST ADVISORS SERIES TRUST
Crest Balanced Allocation Fund

Supplement dated January 10, 2023 to the Prospectus dated May 1, 2022

Expense Limitation Agreement
Effective January 15, 2023, the Adviser has contractually agreed to waive its fees so that
total annual fund operating expenses do not exceed 1.05% for Class A shares, 1.80% for Class C
shares and 0.80% for Institutional Class shares. This agreement will remain in effect until
April 30, 2024, and may be terminated only by the Board of Trustees.
"""


def test_a_class_cap_and_its_end(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    fund = assistant_over({"crest.txt": CREST})
    cap = fund.ask("What is the expense cap for Class C shares?", doc="crest.txt")
    assert cap.answered and cap.items == ("1.80%",), cap.answer
    end = fund.ask("Until when is the expense limitation agreement in effect?", doc="crest.txt")
    assert end.answered and "April 30, 2024" in end.items, end.answer
    assert "January 15, 2023" not in end.items


@pytest.mark.parametrize(
    ("text", "span", "at"),
    [
        ("up to 15% now, compared to 5% previously", "5%", 27),
        ("$2,500 for Class A and $500 for IRAs", "$500", 23),
        ("no such amount", "5%", -1),
    ],
)
def test_a_span_is_found_whole(text: str, span: str, at: int) -> None:
    assert compose.find_span(text, span) == at


# Words that point at the filing's own text ("the revised section", "call out", "described")
# are searched for but not required of the answering sentence, which never repeats them.
LENDING = """HARBORLIGHT VARIABLE SERIES TRUST
Supplement dated June 1, 2021 to the Statement of Additional Information dated May 1, 2021

Effective June 1, 2021, the sub-section "Loans of Portfolio Securities" in the "Investment
Practices" section is hereby replaced with the following:

Certain Portfolios may lend their portfolio securities to brokers. Each loan is secured at
all times by collateral in cash at least equal to the market value of the loaned securities.
Lending portfolio securities involves risks of delay in recovery of the loaned securities or
in some cases loss of rights in the collateral should the borrower fail financially.

Effective June 1, 2021, the paragraph under the heading "Derivatives" is amended as follows:

A Portfolio may use futures contracts to manage the duration of its bond holdings, and may
enter into currency forwards to hedge the exposure of its foreign investments.
"""


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "What risks of lending portfolio securities does the revised section call out?",
            ["delay in recovery", "loss of rights in the collateral"],
        ),
        ("Which risks of lending securities are described?", ["delay in recovery"]),
        (
            "According to the amended paragraph, what may a Portfolio use futures contracts for?",
            ["duration"],
        ),
        (
            "What does the new language say currency forwards are used for?",
            ["hedge the exposure"],
        ),
    ],
)
def test_words_pointing_at_the_filings_text_are_not_required(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, gold: list[str]
) -> None:
    answer = assistant_over({"lending.txt": LENDING}).ask(question)
    assert answer.answered, (question, answer.answer)
    for g in gold:
        assert g in answer.answer, (question, answer.answer)
    assert answer.citations[0].doc == "lending.txt"


REOPENING = """NORTHGATE INVESTMENT FUND
Northgate Enterprise Fund
Supplement dated March 31, 2020 to Currently Effective Prospectuses

Effective on or about April 13, 2020, Northgate Enterprise Fund (the "Fund") will reopen to
new employer-sponsored retirement plan investors. The Fund had previously been closed to
those investors.
"""


@pytest.mark.parametrize(
    "question",
    ["When is the change effective?", "When do the changes take effect?"],
)
def test_the_change_points_at_what_the_filing_changes(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"reopen.txt": REOPENING}).ask(question)
    assert a.answered, a.answer
    assert a.items[0] == "April 13, 2020"


def test_a_question_of_only_pointing_words_still_needs_them(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    from assistant.understand import understand

    fund = assistant_over({"reopen.txt": REOPENING})
    names = {"northgate", "enterprise"}  # the words that name the fund asked about
    # every other word names the fund: "change" stays a word the answer must hold (else a
    # cover that only names the fund would look like an answer)
    u = understand("What does the supplement change for the Northgate Enterprise Fund?")
    assert [sorted(t) for t, _ in fund._weights(u, names).terms] == [["chang"]]
    # beside a word of its own, "change" only locates the passage
    u = understand("When is the change to the Northgate Enterprise Fund effective?")
    assert [sorted(t) for t, _ in fund._weights(u, names).terms] == [["effect"]]


AT_ONCE = """NORTHGATE FUNDS TRUST
Northgate Absolute Return Fund
Supplement dated May 2, 2014

Effective immediately, Dana Whitfield is added as a portfolio manager of the Fund.

The Fund's custodian will change to Eastbank Trust Company effective as of July 1, 2014.
"""


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("When was Dana Whitfield added as a portfolio manager?", "Effective immediately"),
        ("When does the change of custodian take effect?", "July 1, 2014"),
    ],
)
def test_a_change_in_force_at_once(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, when: str
) -> None:
    a = assistant_over({"atonce.txt": AT_ONCE}).ask(question)
    assert a.answered, a.answer
    assert a.items[0] == when


def test_at_once_is_a_when_only_without_a_date() -> None:
    from assistant import spans

    assert spans.of_type("date", "Effective immediately, the fund closes.") == [
        "Effective immediately"
    ]
    assert spans.of_type("date", "Effective immediately and until May 1, 2015, ...") == [
        "May 1, 2015"
    ]
    assert spans.of_type("date", "The adviser may act immediately.") == []


MINIMUM_CUT = """BIRCHLEY INVESTMENT TRUST
Birchley Short Duration Bond Fund
Supplement dated March 3, 2017

Minimum Investment

Effective April 1, 2017, the minimum initial investment for Class A shares of the Birchley
Short Duration Bond Fund will be reduced from $2,500 to $1,000. The minimum subsequent
investment remains $100.
"""


@pytest.mark.parametrize(
    ("question", "value", "not_value"),
    [
        # the amounts stand far from the question's words, as the two sides of the change
        ("What is the new minimum initial investment for Class A shares?", "$1,000", "$2,500"),
        ("What was the previous minimum initial investment?", "$2,500", "$1,000"),
        ("What was the minimum initial investment before the change?", "$2,500", "$1,000"),
    ],
)
def test_the_sides_of_an_amount_that_is_reduced(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    value: str,
    not_value: str,
) -> None:
    a = assistant_over({"minimum.txt": MINIMUM_CUT}).ask(question)
    assert a.answered, a.answer
    assert value in a.items and not_value not in a.items, (a.items, a.answer)


UNDER_A_HEADING = """BIRCHLEY INVESTMENT TRUST
Birchley Short Duration Bond Fund
Supplement dated March 3, 2017

Expense Limitation

The Adviser has contractually agreed to waive fees and reimburse expenses so that total
annual fund operating expenses of the Fund do not exceed 0.65% for Class A shares through
January 31, 2018.

Transfer Agent

Effective April 1, 2017, the transfer agent's address for regular mail is P.O. Box 219238,
Kansas City, MO 64121.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the heading names the topic the sentence under it does not repeat
        ("Until when does the expense limitation last?", "January 31, 2018"),
        ("How long will the expense limitation remain in effect?", "January 31, 2018"),
        ("What is the new mailing address of the transfer agent?", "P.O. Box 219238"),
    ],
)
def test_a_heading_states_the_topic_of_the_sentences_under_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"heading.txt": UNDER_A_HEADING}).ask(question)
    assert a.answered, a.answer
    assert said in a.answer


REORGANIZATION = """BIRCHLEY INVESTMENT TRUST
Birchley Small Cap Value Fund
Supplement dated March 3, 2017

The reorganization is expected to close on or about June 16, 2017, subject to approval by
shareholders of the Fund at a special meeting to be held on May 25, 2017.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("When is the shareholder meeting?", "May 25, 2017"),
        ("When is the special meeting of shareholders to be held?", "May 25, 2017"),
        ("When is the reorganization expected to close?", "June 16, 2017"),
    ],
)
def test_of_two_dates_the_one_in_the_clause_of_the_question_words_comes_first(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, first: str
) -> None:
    a = assistant_over({"reorg.txt": REORGANIZATION}).ask(question)
    assert a.answered, a.answer
    assert a.items[0] == first, a.items


BENCHMARK_AND_CONVERSION = """BIRCHLEY INVESTMENT TRUST
Birchley Short Duration Bond Fund
Supplement dated March 3, 2017

Effective April 1, 2017, the Birchley Short Duration Bond Fund's benchmark index will change
from the Summit 1-3 Year Credit Index to the Summit 1-5 Year Credit Index, which the Adviser
believes better reflects the Fund's investment strategy.

Effective May 1, 2017, all outstanding Class B shares of the Fund will automatically convert
to Class A shares. No sales charge will be imposed on the conversion.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the new benchmark of the fund?", "the Summit 1-5 Year Credit Index"),
        ("What was the old benchmark index?", "the Summit 1-3 Year Credit Index"),
        ("Why is the benchmark changing?", "better reflects"),
        ("What happens to Class B shares?", "automatically convert"),
        ("Is there a sales charge on the conversion?", "No sales charge"),
    ],
)
def test_a_benchmark_change_and_a_class_conversion(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"bench.txt": BENCHMARK_AND_CONVERSION}).ask(question)
    assert a.answered, a.answer
    assert said in a.answer or said in a.items, (a.answer, a.items)


TURNOVER = """NORTHGATE SELECT FUND
Summary Prospectus dated June 30, 2025

Portfolio Turnover

The Fund pays transaction costs, such as commissions, when it buys and sells securities (or
"turns over" its portfolio). During its most recently ended fiscal year, the Fund's portfolio
turnover rate was 84% of the average value of its portfolio.
"""


@pytest.mark.parametrize(
    "question",
    ["What was the portfolio turnover rate?", "What was the fund's portfolio turnover?"],
)
def test_the_portfolio_turnover_rate(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"turnover.txt": TURNOVER}).ask(question)
    assert a.answered, a.answer
    assert a.items[0] == "84%"


CLOSING_AND_MERGER = """THE WESTBRIDGE FUNDS
Westbridge Tax-Exempt Bond Fund
Supplement dated September 15, 1999

Effective as of the close of business on October 29, 1999, the Fund will no longer offer its
shares to new investors. Existing shareholders may continue to purchase shares and to
reinvest dividends.

At a meeting held on August 24, 1999, the Board of Directors approved the merger of the Fund
into the Westbridge Municipal Fund, subject to shareholder approval at a meeting expected to be
held in December 1999.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # the clause that holds more of the question's words: the shareholders' meeting
        ("When is the shareholder meeting expected?", "December 1999"),
        ("When did the Board approve the merger?", "August 24, 1999"),
    ],
)
def test_the_date_whose_clause_holds_the_question(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, first: str
) -> None:
    a = assistant_over({"westbridge.txt": CLOSING_AND_MERGER}).ask(question)
    assert a.answered and a.items[0] == first, (a.answer, a.items)


def test_still_meets_continue(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    a = assistant_over({"westbridge.txt": CLOSING_AND_MERGER}).ask(
        "Can existing shareholders still buy shares of the fund?"
    )
    assert a.answered and "may continue to purchase shares" in a.answer, a.answer


LIMIT_RAISED = """ALDERGROVE FUNDS TRUST
Aldergrove Emerging Markets Debt Fund
Supplement dated November 2, 2016

The Fund may invest up to 30% of its net assets in securities denominated in local
currencies, compared to 20% previously.
"""


@pytest.mark.parametrize(
    ("question", "items"),
    [
        # the earlier value is marked ("compared to 20% previously"): the other one is today's
        ("What was the previous limit on local currency securities?", ("20%",)),
        ("What was the limit on local currency securities before?", ("20%",)),
        # no side asked: both, today's first
        ("What is the limit on local currency securities?", ("30%", "20%")),
    ],
)
def test_an_amount_marked_as_the_earlier_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, items: tuple[str, ...]
) -> None:
    a = assistant_over({"limit.txt": LIMIT_RAISED}).ask(question)
    assert a.answered and a.items == items, (a.answer, a.items)


def test_a_hyphenated_question_word_meets_its_parts_in_any_form(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"limit.txt": LIMIT_RAISED}).ask(
        "What was the limit on local-currency securities before the change?"
    )
    assert a.answered and a.items == ("20%",), (a.answer, a.items)


def test_still_meets_no_longer(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    text = LIMIT_RAISED + "\nThe Fund may no longer invest in credit default swaps.\n"
    a = assistant_over({"swaps.txt": text}).ask(
        "Can the fund still invest in credit default swaps?"
    )
    assert a.answered and "no longer invest in credit default swaps" in a.answer, a.answer


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("The Fund seeks long-term growth of capital.", True),
        ("The Fund, which seeks long-term growth of capital, invests in stocks.", True),
        ("The Fund's investment objective is current income.", True),
        # the aim of another fund the sentence names
        (
            "The Fund may allocate a portion of its assets to Northgate Alternative Strategies "
            "Fund, which seeks to generate returns by several alternative strategies.",
            False,
        ),
        ("The Fund invests in Northgate Index Portfolio, which tracks the S&P 500.", False),
        (
            "The Fund invests in Northgate Index Fund, which tracks the S&P 500, and seeks income.",
            True,
        ),
        # a means besides the objective
        ("The Fund also seeks returns by writing (selling) secured put options.", False),
    ],
)
def test_an_objective_stated_of_another_fund_is_not_the_funds(sentence: str, states: bool) -> None:
    assert compose.states_objective(sentence) is states


@pytest.mark.parametrize(
    ("text", "span", "beside"),
    [
        ("SSBT, as custodian, holds the Trust's securities.", "SSBT", True),
        # the role's word inside a name is no role
        (
            "Franklin Custodian Funds Franklin Growth Company Inc. are listed.",
            "Franklin Growth Company Inc.",
            False,
        ),
        # the firm named as the alternative to the role's holder
        (
            "Prices are set by Ridgeback Advisers, LLC or the relevant custodian.",
            "Ridgeback Advisers, LLC",
            False,
        ),
        (
            "Ridgeback Trust Company, the custodian, or its agents hold the assets.",
            "Ridgeback Trust Company",
            True,
        ),
    ],
)
def test_a_firm_beside_a_role(text: str, span: str, beside: bool) -> None:
    assert compose._beside_role(text, span, ["custodian"]) is beside


@pytest.mark.parametrize(
    ("text", "span", "beside"),
    [
        (
            "Eastbank Investment Management LLC serves as the Manager.",
            "Eastbank Investment Management LLC",
            True,
        ),
        # a portfolio manager's employer is no investment manager
        (
            "Prior to joining Northgate, Ms. Holt was a portfolio manager for Eastbank "
            "Investment Management, LLC.",
            "Eastbank Investment Management, LLC",
            False,
        ),
        # a part of the adviser is not the adviser
        (
            "Ms. Holt is a portfolio manager in the Adviser's U.S. Small Cap Equity Group.",
            "Adviser's U.S. Small Cap Equity Group",
            False,
        ),
        # a short name defined for the firm gives it no other role; a role's word does
        (
            "Eastbank Groep, NV, the parent of Northgate Services LLC (“NSL”), the adviser to the "
            "Portfolio, agreed to sell it.",
            "Northgate Services LLC",
            True,
        ),
        (
            'Northgate Services LLC (the "Distributor"), the adviser and its affiliates agreed.',
            "Northgate Services LLC",
            False,
        ),
    ],
)
def test_a_firm_beside_the_adviser_role(text: str, span: str, beside: bool) -> None:
    roles = verify.asked_roles("Who is the fund's investment adviser?")
    assert compose._beside_role(text, span, roles) is beside


def test_find_span_finds_what_the_lookbehind_pattern_finds() -> None:
    """A span as a whole: not right after a word character, ".", "," or "$"."""

    def pattern(text: str, span: str) -> int:
        m = re.search(rf"(?<![\w.,$]){re.escape(span)}", text)
        return m.start() if m else -1

    assert compose.find_span("fees of 15% and 5%", "5%") == 16
    assert compose.find_span("$5 or 5", "5") == 6
    rng = random.Random(3)
    letters = "ab5%.,$ _é1-()"
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        span = "".join(rng.choice(letters) for _ in range(rng.randint(0, 3)))
        assert compose.find_span(text, span) == pattern(text, span), (text, span)


@pytest.mark.parametrize("limit", [120, 190, 380])
def test_trim_keeps_the_focus_within_a_given_limit(limit: int) -> None:
    text = (
        "At a meeting held on March 3, 2016, the Board of Trustees of the Trust, including a "
        "majority of the trustees who are not interested persons, approved a new investment "
        "advisory agreement between the Trust and the adviser, together with changes to the "
        "fund's name and strategies, which will be effective on or about June 1, 2016, subject "
        "to notice to shareholders."
    )
    for focus in (["March 3, 2016"], ["June 1, 2016"]):
        cut = compose.trim(text, focus, limit=limit)
        assert len(cut) <= limit and focus[0] in cut, cut
    assert compose.trim(text[:limit], ["March 3, 2016"], limit=limit) == text[:limit].strip()


KEPT_SPAN_TEXTS = [
    "Effective May 1, 2024, Jane Q. Doe and Mark Lee of Acme Capital Management LLC manage the "
    "Acme Growth Fund; the fee drops from 0.75% to 0.65% within 30 days.",
    "The Fund may invest up to one-third of its total assets in REITs, without limit in cash.",
    "None",
    "",
]


@pytest.mark.parametrize(
    "answer_type",
    ["date", "amount", "period", "person", "org", "fund", "reference", "index", "place", "age"],
)
def test_kept_spans_are_the_spans_of_the_text(answer_type: str) -> None:
    for text in KEPT_SPAN_TEXTS:
        kept = spans.kept_of_type(answer_type, text)
        assert kept == tuple(spans.of_type(answer_type, text))
        assert spans.kept_of_type(answer_type, text) is kept  # asked again: the one kept
