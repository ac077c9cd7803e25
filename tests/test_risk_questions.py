"""Risk questions: the filing's list of risks in any wording of the question, and a sentence
only when it names a risk (not a heading's "Risks", "risk management" or a fund's name)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.compose import PAGE_MARK_MAX_WORDS, PAGE_MARK_RE, RISK_NAMED_RE, SECTION_TITLES_RE
from assistant.engine import Assistant

SUMMARY = """Northgate Core Bond Fund
Summary Prospectus dated May 1, 2024

Principal Risks

Credit Risk. An issuer may fail to pay interest or principal when due.

Interest Rate Risk. Bond prices fall when interest rates rise.

Liquidity Risk. The Fund may be unable to sell a holding at the price it values it at.
"""

STRATEGY_ONLY = """Larchwood Income Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

INVESTMENTS, RISKS AND PERFORMANCE

Principal Investment Strategies. The Fund will seek to achieve its investment objective by
investing primarily in a diversified portfolio of high yield fixed income instruments rated
below investment grade.

The exact proportion of each asset class may be changed to reflect shifts in the adviser's
risk and return expectations. The adviser uses a proprietary risk management model.
"""

POINTER_ONLY = """Larchwood Income Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

In the Investment Strategies, Risks, and Nonfundamental Policies section, the second
paragraph under the subsection "Lending" is deleted in its entirety.
"""

NAMED_IN_PROSE = """Larchwood Income Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

The following is added to the description of the Fund's investments. Debt obligations are
subject to credit risk, market risk and interest rate risk, and the Fund's share price may
fluctuate as a result.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What are the principal risks of investing in the fund?",
        "Which risk factors apply?",
        "What are the primary risks of the fund?",
        "What significant risks does the fund face?",
        "What are the key risks?",
        "List a few of the fund's principal risks.",
        "What are the fund's principal investment risks (a few)?",
        "What principal risks does the portfolio list? A few of them.",
        "Give me several of the ETF's main risks.",
        "Principle risks of the portfolio?",  # (a common misspelling)
    ],
)
def test_a_list_of_risks_answers_every_wording(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"summary.txt": SUMMARY}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == {"Credit Risk", "Interest Rate Risk", "Liquidity Risk"}


@pytest.mark.parametrize(
    "question",
    ["What risks are described?", "What are the main risks of the fund?", "Which risks apply?"],
)
@pytest.mark.parametrize("text", [STRATEGY_ONLY, POINTER_ONLY])
def test_no_sentence_that_names_no_risk_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, text: str
) -> None:
    # a strategy under "INVESTMENTS, RISKS AND PERFORMANCE", "risk and return expectations",
    # "risk management", a pointer to a section titled "... Risks ...": no risk is named
    answer = assistant_over({"s.txt": text}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    "question", ["What is market risk?", "What are the risks of debt obligations?"]
)
def test_a_sentence_naming_risks_in_lower_case_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": NAMED_IN_PROSE}).ask(question)
    assert answer.answered and "market risk" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Debt obligations are subject to credit risk and market risk.", True),
        ("Cybersecurity Risk. A breach may disrupt the Fund.", True),
        ("There is a risk that the value of an investment will fall.", True),
        ("The Portfolios bear the risk of loss on the collateral.", True),
        ("Risk factors are added:", True),
        ("to reflect the adviser's expectations of relative risks and returns", False),
        ("The adviser applies portfolio risk assessment and risk management tools.", False),
        ("to reflect shifts in the adviser\u2019s risk and return expectations", False),
    ],
)
def test_risk_named(text: str, named: bool) -> None:
    assert bool(RISK_NAMED_RE.search(text)) == named


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "In the Investment Strategies, Risks, and Policies section, the text is deleted.",
            "#, the text is deleted.",
        ),
        (
            'the sub-section "Loans" in the \u201cInvestment Strategies and Risks\u201d section',
            "the # in the #",
        ),
        ('under the heading "Fees and Expenses" and the SECTION "Risks"', "under the # and the #"),
    ],
)
def test_section_titles_say_nothing_of_their_words(text: str, masked: str) -> None:
    assert SECTION_TITLES_RE.sub("#", text).strip() == masked


RUNNING_HEAD = """SUMMIT INDIA EQUITY FUND | SUMMIT INVESTORS TRUST Investor Class: SIEAX |
Summary Prospectus September 2, 2025

PRINCIPAL RISKS OF THE FUND

Managed Portfolio Risk. The manager's choice of securities may be unsuccessful.

Geographic Risk. A focus on issuers located in India subjects the Fund to India's economy.

Market Risk. Overall securities market risks may affect the value of the Fund's holdings.

3

SUMMIT INDIA EQUITY FUND

Currency Risk. Exchange rate changes may cause the value of the Fund's investments to fall.
"""


def test_a_running_head_naming_the_fund_heads_no_part_of_its_own(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    """A page's running head ("SUMMIT INDIA EQUITY FUND") over the rest of a list is no
    section of the fund: the list before it is still the fund's."""
    answer = assistant_over({"s.txt": RUNNING_HEAD}).ask(
        "What are the Summit India Equity Fund's principal risks?"
    )
    assert answer.answered, answer.answer
    assert {"Managed Portfolio Risk", "Geographic Risk"} <= set(answer.items), answer.answer


STATE_FUND = """Summit Tax-Free Fund for Montana
Summit Tax-Free Fund for North Dakota
Summary Prospectus dated December 2, 2024

Principal Risks

Non-diversified fund risk. A high share of the Fund's assets may be in few issuers.

Single state risks. The Fund invests primarily in the municipal securities of one state.

Municipal securities risk. Municipal securities may lose value when issuers' finances weaken.

Summary Prospectus | Summit Tax-Free Fund for North Dakota | Page 2 |
"""


@pytest.mark.parametrize(
    "question",
    [
        "What principal risks does the Summit Tax-Free Fund for North Dakota list?",
        "What are the principal risks of the Summit Tax-Free Fund for North Dakota?",
    ],
)
def test_words_written_on_after_a_funds_name_are_its_name(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"nd.txt": STATE_FUND}).ask(question)
    assert answer.answered, answer.answer
    assert "Single state risks" in answer.items, answer.answer
    assert "Page 2" not in answer.answer


@pytest.mark.parametrize(
    ("line", "page_mark"),
    [
        ("Summary Prospectus | Summit Tax-Free Fund for North Dakota | Page 2", True),
        ("3", True),
        (
            "The Fund may invest up to 15% of its assets in securities described on Page 2 | x",
            False,
        ),
        ("Page 2 of the prospectus describes the Fund's risks in detail for investors.", False),
    ],
)
def test_page_marks(line: str, page_mark: bool) -> None:
    found = bool(PAGE_MARK_RE.search(line)) and len(line.split()) <= PAGE_MARK_MAX_WORDS
    assert found == page_mark


SPLIT_LIST = """Harborgate 2X Daily Aerospace ETF
Summary Prospectus dated September 9, 2025

Principal Risks

Derivatives Risk. Derivatives may be more volatile than the securities they reference.

Leverage Risk. The Fund obtains investment exposure in excess of its net assets.

Compounding Risk. The Fund's returns over periods longer than a day will differ from twice the
index's return, as shown below.

Estimated Fund Returns

One Year Index Return | -10% | 0% | 10% |
Fund Return | -22% | -1% | 19% |

Aerospace and Defense Companies Risk. Companies in the industry depend on government spending.

Trading Halt Risk. An exchange may halt trading in the Fund's shares.
"""


def test_a_risk_list_continued_past_a_table_heading(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"etf.txt": SPLIT_LIST}).ask("What are the principal risks of the ETF?")
    assert answer.answered, answer.answer
    assert {"Leverage Risk", "Compounding Risk", "Aerospace and Defense Companies Risk"} <= set(
        answer.items
    ), answer.items
