"""What a question measures, and superlatives: an amount's evidence must speak of what the
question measures ("the maximum remaining maturity", "invest in equity securities"); a
superlative ("the lowest expenses", "the longest") must be stated by the answer, or the engine
abstains; the engine states a comparison itself only over values it has read (the managers'
start dates)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans, verify
from assistant.answer import Citation
from assistant.engine import Assistant

POLICIES = """Larchwood Balanced Income Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

Principal Investment Strategies

Under normal circumstances, the Fund invests at least 80% of its net assets in debt
securities of issuers located in the United States.

The Fund may invest up to 20% of its net assets in equity securities, including preferred
stocks and convertible securities.

Example

The example assumes that you invest $10,000 in the Fund for the time periods indicated and
that your investment has a 5% return each year and that operating expenses remain the same.
"""

MATURITY = """Larchwood Cash Reserves Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

Principal Investment Strategies

The Fund will invest only in instruments with remaining maturities of thirteen months or less
that are denominated in U.S. dollars.

Example

The example assumes that you invest $10,000 in the Fund for the time periods indicated and
that your investment has a 5% return each year and that operating expenses remain the same.
"""

MANAGERS = """Larchwood Growth Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

Portfolio Management

Jane Q. Harlowe, Senior Vice President of the Adviser, has been a portfolio manager of the
Fund since March 2010.

Tomas R. Villiers, Vice President of the Adviser, has been a portfolio manager of the Fund
since June 2018.
"""

FEES = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2021

Annual Fund Operating Expenses

Class: | A | C | Y
Management Fees | 0.65% | 0.65% | 0.65%
Distribution and Service (12b-1) Fees | 0.25% | 1.00% | None
Total Annual Fund Operating Expenses | 1.10% | 1.85% | 0.85%
"""

EXAMPLE = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2021

Example

The example below is intended to help you compare the cost of investing in the Fund with the
cost of investing in other mutual funds. The example assumes that you invest $10,000 in the
Fund for the time periods indicated and then redeem all of your shares at the end of those
periods. The example also assumes that your investment has a 5% return each year, that the
Fund's operating expenses remain the same and that the Expense Limitation is in place for one
year only.
"""

LIMIT = """Larchwood Growth Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

The Adviser has contractually agreed to waive fees and reimburse expenses to limit total annual
fund operating expenses to 0.95% of average daily net assets through June 30, 2022 (the
"Expense Limitation").
"""

CLASSES_IN_PROSE = """Larchwood Growth Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

Class A shares are subject to a distribution fee of 0.25% of average daily net assets. Class C
shares pay their own expenses, which are described in the prospectus.
"""

FUND_TEAM = """Larchwood Growth Fund
Supplement dated June 3, 2021 to the Prospectus dated March 1, 2021

Portfolio Management

Marisol K. Ostrander, Managing Director of the Adviser. Joined fund team in 2013.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of its net assets may the fund invest in equity securities?",
        "How much of its net assets can the fund invest in equity securities?",
        "What share of the fund's assets may be invested in equity securities?",
    ],
)
def test_what_the_fund_invests_in_picks_the_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"policies.txt": POLICIES}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == ("20%",), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of its net assets does the fund invest in foreign securities?",
        "What share of net assets may be held in cash?",
    ],
)
def test_a_holding_the_filing_never_names_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the 80% of debt securities and the 20% of equity securities are of other holdings
    answer = assistant_over({"policies.txt": POLICIES}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the maximum remaining maturity of the fund's investments?",
        "What is the longest remaining maturity the fund may hold?",
        "What's the longest remaining maturity the fund's instruments may have?",
    ],
)
def test_a_maturity_is_read_where_the_filing_states_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"maturity.txt": MATURITY}).ask(question)
    assert answer.answered, answer.answer
    assert "thirteen months" in answer.answer
    assert "$10,000" not in answer.answer


def test_no_maturity_stated_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # the expense example's "5% return" and "remain the same" speak of no maturity
    answer = assistant_over({"policies.txt": POLICIES}).ask(
        "What is the maximum remaining maturity of the fund's investments?"
    )
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "name", "since"),
    [
        ("Which portfolio manager has managed the fund the longest?", "Harlowe", "March 2010"),
        ("Who has been on the fund's management team the longest?", "Harlowe", "March 2010"),
        ("Which manager has managed the fund for the shortest time?", "Villiers", "June 2018"),
        # a two-part question whose first part's answer says the date the second asks for
        ("Who has managed the fund the longest, and since what date?", "Harlowe", "March 2010"),
    ],
)
def test_the_longest_tenure_is_compared_from_the_start_dates(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, name: str, since: str
) -> None:
    answer = assistant_over({"managers.txt": MANAGERS}).ask(question)
    assert answer.answered, answer.answer
    assert name in answer.items[0]
    assert since in answer.items
    assert answer.citations and answer.citations[0].doc == "managers.txt"


@pytest.mark.parametrize(
    "question",
    [
        "Which share class has the lowest expenses?",
        "Which class has the highest distribution fees?",
    ],
)
def test_a_comparison_the_filing_does_not_state_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # one class's value is no answer to which class has the lowest
    answer = assistant_over({"classes.txt": CLASSES_IN_PROSE}).ask(question)
    assert not answer.answered, answer.answer


def test_joining_a_fund_team_is_not_joining_the_board(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"team.txt": FUND_TEAM}).ask("Who joined the board?")
    assert not answer.answered, answer.answer


def checked(question: str, said: str, measured: bool = False) -> list[tuple[str, bool]]:
    """The verifier's checks of an answer saying ``said``, cited to a passage of it."""
    cite = Citation(1, "f.txt", None, "", 1, 2, 0, len(said), said)
    found = verify.Evidence(cite, "", ("Larchwood Growth Fund",), ("June 3, 2021",), ())
    wanted = verify.constraints(question, measured=measured)
    return [(c.kind, c.ok) for c in verify.verify(wanted, [found], said=said)]


@pytest.mark.parametrize(
    ("question", "said", "expected"),
    [
        (
            "Who joined the board?",
            "Marisol K. Ostrander | Joined fund team in 2013",
            [("role", False)],
        ),
        (
            "Who joined the Board of Trustees?",
            "Pat Sample was elected a Trustee effective January 1, 2014.",
            [("role", True)],
        ),
        # the board only places what is asked: no role is required of the answer
        ("What SAI date is listed in the supplement on the board of directors?", "SAI", []),
    ],
)
def test_the_board_is_required_when_asked_for(
    question: str, said: str, expected: list[tuple[str, bool]]
) -> None:
    assert checked(question, said) == expected


@pytest.mark.parametrize(
    ("question", "said", "ok"),
    [
        (
            "What percentage of its net assets may the fund invest in equity securities?",
            "The Fund invests at least 80% of its net assets in bonds and other debt instruments.",
            False,
        ),
        (
            "What percentage of its net assets may the fund invest in foreign securities?",
            "The Fund may invest up to 25% of its net assets in non-U.S. securities.",
            True,  # a filing's word for it
        ),
        (
            "What minimum balance must an account keep?",
            "Accounts with balances below $2,000 may be closed.",
            True,  # another form of the word
        ),
    ],
)
def test_what_is_measured_must_be_said(question: str, said: str, ok: bool) -> None:
    assert ("subject", ok) in checked(question, said, measured=True)


@pytest.mark.parametrize(
    ("question", "said", "ok"),
    [
        ("Which share class has the lowest expenses?", "Class A: 1.09%", False),
        ("Which share class has the lowest expenses?", "Class Y has the lowest expenses", True),
        # "at least" bounds an amount; it says nothing of which is least
        ("Which fund has the smallest net assets?", "at least 80% of its net assets", False),
    ],
)
def test_a_superlative_must_be_said(question: str, said: str, ok: bool) -> None:
    assert ("superlative", ok) in checked(question, said)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What percentage of net assets does the fund invest in equity securities?", ("equity",)),
        ("What is the maximum remaining maturity of its holdings?", ()),  # a period is asked
        ("What minimum balance must an account keep?", ("balance",)),
        ("What advisory fee rate applies to the first $100 million?", ()),
        ("In DC plans, what holding period triggers the 2% redemption fee?", ()),
        ("How much may the fund hold in illiquid investments?", ("illiquid",)),
    ],
)
def test_subject_words(question: str, words: tuple[str, ...]) -> None:
    assert verify.subject_words(question) == words


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Highest Quarterly Return: 20.44%", True),
        ("at least 80% of its net assets", False),  # a bound compares nothing
        ("the smallest of the three", False),  # the other direction
    ],
)
def test_states_highest(text: str, stated: bool) -> None:
    asked = verify.Constraint("superlative", "highest")
    assert verify.states_superlative(asked, verify.words(text)) is stated


def test_a_bound_states_an_amount_superlative() -> None:
    asked = verify.Constraint("superlative_bound", "longest")
    assert verify.states_superlative(asked, verify.words("thirteen months or less"))
    assert not verify.states_superlative(verify.Constraint("superlative", "longest"), "or less")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("remaining maturities of thirteen months or less", "thirteen months or less"),
        ("held for twenty-four months", "twenty-four months"),
        ("within one year of purchase", "one year"),
        ("397 calendar days or less", "397 calendar days or less"),
    ],
)
def test_periods_in_words(text: str, found: str) -> None:
    assert found in spans.of_type("period", text)


@pytest.mark.parametrize(
    "question", ["What is the contractual expense limit?", "What is the expense limitation?"]
)
def test_an_illustration_s_amounts_answer_no_question_about_the_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the expense example's "$10,000" and "5% return" are assumed, not the fund's limit
    assert not assistant_over({"example.txt": EXAMPLE}).ask(question).answered
    answer = assistant_over({"limit.txt": LIMIT}).ask(question)
    assert answer.answered, answer.answer
    assert "0.95%" in answer.items


def test_a_question_about_the_illustration_is_answered_from_it(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"example.txt": EXAMPLE}).ask(
        "How much does the example assume you invest?"
    )
    assert answer.answered, answer.answer
    assert "$10,000" in answer.items
