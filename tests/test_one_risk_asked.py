"""A question about one risk by its topic ("its convertible securities risk") is answered by
the entry that names it; when no entry and no heading does, the filing's whole list of risks is
no answer. Asked for the risks, or for the risks of a topic, the list still answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """TAMARACK MULTISECTOR FUND
Supplement dated May 1, 2025 to the Summary Prospectus dated April 1, 2025

Principal Risks

"""
ENTRIES = {
    "Market Risk": "The value of the Fund's investments may fall because of market conditions.",
    "Credit Risk": "An issuer of a debt security may be unable to pay interest or principal.",
    "Interest Rate Risk": "The value of debt securities falls when interest rates rise.",
    "Liquidity Risk": "The Fund may be unable to sell an investment at an advantageous time.",
}
LEAD_INS = HEAD + "\n\n".join(f"{k}. {v}" for k, v in ENTRIES.items()) + "\n"
BULLETS = HEAD + "\n".join(f"• {k}: {v}" for k, v in ENTRIES.items()) + "\n"
LAYOUTS = {"lead-ins": LEAD_INS, "bullets": BULLETS}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "question",
    [
        "What does the fund disclose as its convertible securities risk?",
        "Describe the fund's emerging markets risk.",
        "how does the fund describe its currency risk",
    ],
)
def test_one_risk_no_entry_names_is_not_answered_by_the_list(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str, question: str
) -> None:
    a = assistant_over({"r.txt": LAYOUTS[layout]}).ask(question)
    assert not a.answered, a.answer
    assert "Market Risk" not in a.answer, a.answer


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_risks_are_still_the_list(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str
) -> None:
    a = assistant_over({"r.txt": LAYOUTS[layout]}).ask("What are the fund's principal risks?")
    assert a.answered, a.answer
    said = " ".join([a.answer, *a.items])
    for name in ENTRIES:
        assert name in said, said


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_risk_an_entry_names_is_that_entry(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str
) -> None:
    a = assistant_over({"r.txt": LAYOUTS[layout]}).ask(
        "How does the fund describe its credit risk?"
    )
    assert a.answered, a.answer
    assert "unable to pay interest" in a.answer, a.answer


# A long entry whose last sentence says what a question asks beyond the entry's name.
LONG_ENTRY = (
    "An issuer's credit rating reflects the opinion of a rating agency and is not an absolute "
    "measure of the issuer's ability to pay. Ratings may lag changes in an issuer's condition, "
    "and an agency may not revise a rating promptly after such a change. Different agencies "
    "may assign different ratings to the same security, and the Fund may rely on any of them. "
    "Ratings carry an inherent conflict of interest because the agencies are paid by the "
    "issuers whose debt they rate."
)
LONG = {**ENTRIES, "Ratings Dependence Risk": LONG_ENTRY}
LONG_LAYOUTS = {
    "lead-ins": HEAD + "\n\n".join(f"{k}. {v}" for k, v in LONG.items()) + "\n",
    "bullets": HEAD + "\n".join(f"• {k}: {v}" for k, v in LONG.items()) + "\n",
}


@pytest.mark.parametrize("layout", LONG_LAYOUTS)
@pytest.mark.parametrize(
    "question",
    [
        "Under Ratings Dependence Risk, why do ratings carry a conflict of interest?",
        "Per the ratings dependence risk, by whom are the agencies paid?",
        "ratings dependence risk: what conflict of interest do ratings carry",
    ],
)
def test_one_entry_shows_the_sentence_asked_about(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str, question: str
) -> None:
    """A question naming one entry and asking more of it is shown the entry's sentence that
    says it, however long the entry (not its first lines, cut off before the answer)."""
    a = assistant_over({"r.txt": LONG_LAYOUTS[layout]}).ask(question)
    assert a.answered, a.answer
    assert "paid by the issuers whose debt they rate" in a.answer, a.answer


@pytest.mark.parametrize("layout", LONG_LAYOUTS)
def test_one_entry_asked_whole_is_shown_from_its_start(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str
) -> None:
    a = assistant_over({"r.txt": LONG_LAYOUTS[layout]}).ask("What is ratings dependence risk?")
    assert a.answered, a.answer
    assert "credit rating reflects the opinion" in a.answer, a.answer
