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
