"""A question that places itself in a named part of a filing ("Per Credit Risk, ...", "Under
Loan Investment Risk, ...", "..., according to the Leverage Risk paragraph?") is answered from
that part: a paragraph the name leads, in several layouts, or the passages under a heading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _named_part

RISKS = """NORTHWIND MULTISECTOR BOND ETF
Summary Prospectus dated August 1, 2025

Principal Risks

Loan Investment Risk. Investments in loans are subject to credit risk, including the risk of \
non-payment of principal and interest. If a borrower defaults, there can be no assurance that \
any collateral securing a loan could be readily liquidated, and the proceeds of a liquidation \
may not satisfy the borrower's obligation.

Repurchase Agreement Risk. If the seller of a repurchase agreement defaults, the Fund may \
suffer a loss because the value of the collateral held by the Fund may decline below the \
repurchase price before the Fund is able to sell it.

Municipal Lease Obligations Risk. Municipal lease obligations are used by state and local \
governments to acquire land and equipment. Most municipal lease obligations are not general \
obligations of the issuing municipality. They often contain non-appropriation clauses under \
which the municipal government has no obligation to make lease payments in future years \
unless money is appropriated for that purpose each year.
"""
# The same risks with colons after their names, and one under a heading of its own.
COLONS = RISKS.replace("Loan Investment Risk.", "Loan Investment Risk:").replace(
    "Repurchase Agreement Risk.", "Repurchase Agreement Risk:"
)
HEADED = RISKS.replace(
    "Municipal Lease Obligations Risk. Municipal",
    "Municipal Lease Obligations Risk\n\nMunicipal",
)


@pytest.mark.parametrize(
    ("question", "name", "rest"),
    [
        ("Per Credit Risk, how can securities lose value?", "Credit Risk",
         "How can securities lose value?"),
        ("Under the fund's Loan Investment Risk, what can go wrong?", "Loan Investment Risk",
         "What can go wrong?"),
        ("What can go wrong, according to the Leverage Risk paragraph?", "Leverage Risk",
         "What can go wrong?"),
        # a fund named after the part's name is the rest's
        ("What's the danger described under Loan Investment Risk for the Northwind Bond ETF?",
         "Loan Investment Risk", "What's the danger described?"),
        ("What could go wrong, per Leverage Risk of the Harbor Point Income Fund?",
         "Leverage Risk", "What could go wrong?"),
        ("In 2024, who managed the fund?", None, None),
        ("Under the new agreement, what fee is paid?", None, None),
    ],
)  # fmt: skip
def test_the_part_a_question_names_and_the_rest_of_it(
    question: str, name: str | None, rest: str | None
) -> None:
    found = _named_part(question)
    assert (found == (name, rest)) if name else found is None, found


@pytest.mark.parametrize("text", [RISKS, COLONS], ids=["periods", "colons"])
@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        (
            "Under Loan Investment Risk, what could go wrong with the collateral if a borrower "
            "stops paying?",
            "readily liquidated",
            "repurchase price",
        ),
        (
            # (a fund named after the part's name)
            "What could go wrong with the collateral, per Loan Investment Risk for the Northwind "
            "Multisector Bond ETF?",
            "readily liquidated",
            "repurchase price",
        ),
        (
            "What could go wrong with the collateral, per Repurchase Agreement Risk of the "
            "Northwind Multisector Bond ETF?",
            "decline below the repurchase price",
            "readily liquidated",
        ),
        (
            "Per Repurchase Agreement Risk, what could go wrong with the collateral?",
            "decline below the repurchase price",
            "readily liquidated",
        ),
        (
            "What could happen to the collateral if the seller defaults, according to "
            "Repurchase Agreement Risk?",
            "decline below the repurchase price",
            "readily liquidated",
        ),
    ],
)
def test_the_answer_comes_from_the_part_named(
    assistant_over: Callable[[dict[str, str]], Assistant],
    text: str,
    question: str,
    said: str,
    not_said: str,
) -> None:
    a = assistant_over({"r.txt": text}).ask(question, doc="r.txt")
    assert a.answered and said in a.answer and not_said not in a.answer, a.answer
    assert a.question == question


@pytest.mark.parametrize("text", [RISKS, HEADED], ids=["lead-in", "heading"])
def test_a_sentence_of_the_part_needs_only_some_of_the_questions_words(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str
) -> None:
    # "stop" and "let" are not in the sentence: the part says where to look
    a = assistant_over({"r.txt": text}).ask(
        "Under Municipal Lease Obligations Risk, what kind of clause can let a municipality "
        "stop lease payments?",
        doc="r.txt",
    )
    assert a.answered and "non-appropriation" in a.answer, a.answer


BROKEN_OUT = """NORTHWIND 2X DAILY ETF
Prospectus dated September 9, 2025

Principal Risks

Derivatives Risk. The Fund's use of derivatives may be considered aggressive and may expose \
the Fund to greater risks and larger losses than investing directly in the reference asset.

\u2022 Swaps Risk. The Fund expects to use swaps to achieve its investment objective. Swaps are \
generally traded in over-the-counter markets.

\u2022 Options Risk. Purchasing and writing put and call options are highly specialized \
activities and entail greater than ordinary investment risks.

Counterparty Risk. A counterparty may be unwilling or unable to make timely payments.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Name the specific derivative risks broken out under the Fund's Derivatives Risk.",
        "Under Derivatives Risk, which risks are broken out?",
    ],
)
def test_the_risks_a_part_breaks_out_are_listed(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"d.txt": BROKEN_OUT}).ask(question, doc="d.txt")
    assert a.answered and set(a.items) == {"Swaps Risk", "Options Risk"}, a.answer
    assert "Counterparty Risk" not in a.answer


# (lead-ins with colons, the list's title a heading of its own)
DEBT = """NORTHWIND CASH RESERVES
Summary Prospectus dated May 1, 2012

Principal Risks

Debt Obligations Risk: Debt obligations are subject to credit risk, market risk and interest \
rate risk, and their prices move with the bond market.

Credit Risk: An issuer of a fixed income security may fail to pay on time.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Per the Principal Risks section, what risks are debt obligations subject to?",
        "What risks are debt obligations subject to?",
    ],
)
def test_a_part_named_by_a_lists_title_only_says_where(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"d.txt": DEBT}).ask(question, doc="d.txt")
    assert a.answered, a.answer
    assert "credit risk, market risk and interest rate risk" in a.answer, a.answer
    assert a.question == question


TOBACCO = """NORTHWIND MUNICIPAL BOND FUND
Summary Prospectus dated June 27, 2025

Principal Risks

Tobacco Related Bonds Risk. The settlement payments made by tobacco manufacturers to certain \
states pursuant to the Master Settlement Agreement (MSA) are based on factors including annual \
cigarette shipments and inflation. Tobacco bonds are secured only by those payments. The \
financial capability of the manufacturers also matters. Payments could be reduced if tobacco \
consumption decreases, \
if market share is lost to non-MSA manufacturers, or if there is a negative outcome in \
litigation regarding the MSA.

Credit Risk. An issuer of a municipal bond may fail to pay interest or principal on time.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Per Tobacco Related Bonds Risk, what could cut the MSA payments behind tobacco bonds?",
        "Under Tobacco Related Bonds Risk, what could cut the payments?",
    ],
)
def test_a_word_the_part_says_in_other_words_is_still_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # "cut" is said "reduced": the sentence that says it answers, not the part's first one
    a = assistant_over({"t.txt": TOBACCO}).ask(question, doc="t.txt")
    assert a.answered, a.answer
    assert a.answer.startswith("Payments could be reduced if tobacco consumption"), a.answer


SMALL_CAP = """NORTHWIND LARGE CAP VALUE PORTFOLIO
Summary Prospectus dated August 29, 2025

Principal Risks
Small-Capitalization Company: Investments in small-capitalization companies may involve \
greater risk than is customarily associated with larger, more established companies due to \
limited operating histories. The securities of small-capitalization companies are subject to \
liquidity risk as they are often traded over-the-counter and in low volumes.
Interest Rate: With bonds and other fixed rate debt instruments, a rise in interest rates \
generally causes values to fall.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Why are small-cap securities subject to liquidity risk, per the Portfolio's "
        "Small-Capitalization Company risk?",
        "Per the Small-Capitalization Company risk, why are such securities subject to liquidity "
        "risk?",
    ],
)
def test_a_risk_named_without_the_word_risk_under_a_heading_of_risks(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the lead-in says "Small-Capitalization Company:"; the heading says it is a risk
    a = assistant_over({"s.txt": SMALL_CAP}).ask(question, doc="s.txt")
    assert a.answered, a.answer
    assert "traded over-the-counter" in a.answer, a.answer
    assert "interest rates" not in a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "What's the danger described under Loan Investment Risk for the Northwind "
            "Multisector Bond ETF?",
            "Investments in loans are subject to credit risk",
        ),
        ("Under Repurchase Agreement Risk, what could happen?", "the Fund may suffer a loss"),
        ("What does Municipal Lease Obligations Risk say?", "non-appropriation"),
    ],
)
def test_a_part_asked_for_what_it_says_answers_with_its_opening(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"r.txt": RISKS}).ask(question, doc="r.txt")
    assert a.answered, a.answer
    assert said in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What does the fund's Market Risk paragraph say?",
        "What does the Currency Risk section say about the collateral?",
        "Summarize the Northwind Multisector Bond ETF's Cybersecurity Risk disclosure.",
    ],
)
def test_a_risk_paragraph_the_filing_does_not_have_abstains(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": RISKS}).ask(question, doc="r.txt")
    assert not a.answered, a.answer
    assert "is headed" in a.answer


def test_a_risk_paragraph_the_filing_has_answers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": RISKS}).ask(
        "What does the Repurchase Agreement Risk paragraph say?", doc="r.txt"
    )
    assert a.answered and "repurchase price" in a.answer, a.answer


def test_a_lists_title_named_as_a_section_is_no_risk_paragraph(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": RISKS}).ask(
        "What happens to the Principal Risks sub-section?", doc="r.txt"
    )
    assert "is headed" not in a.answer, a.answer


class _PartShy:
    """A confidence model that is unsure of every answer read from a named part, and sure of
    any other: what the engine does when the part's own answer is below certainty."""

    threshold = 0.5

    def probability(self, features: dict[str, float]) -> float:
        return 0.1 if features.get("part") else 0.9


@pytest.mark.parametrize(
    "question",
    [
        "Under Loan Investment Risk, what could go wrong with the collateral if a borrower "
        "defaults?",
        "Per the Repurchase Agreement Risk paragraph, why might the Fund suffer a loss on the "
        "collateral?",
    ],
)
def test_a_named_parts_answer_below_certainty_is_withheld_not_sought_elsewhere(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    """The part holds the answer but the model doubts it: the engine abstains rather than
    answer from another part of the filing, which the question placed out of bounds."""
    assistant = assistant_over({"s.txt": RISKS})
    sure = assistant.ask(question, doc="s.txt")
    assert sure.answered and "collateral" in sure.answer, sure.answer
    assistant.model = _PartShy()  # type: ignore[assignment]
    doubted = assistant.ask(question, doc="s.txt")
    assert not doubted.answered, doubted.answer
    assert "certainty" in doubted.answer
