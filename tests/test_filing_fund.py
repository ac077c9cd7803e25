"""A which-fund question of a filing that covers one fund, whose sentences speak of "the
Fund" and name no fund ("Which fund's sub-advisor was terminated?"), is answered by that fund,
cited to the passage that says the rest of the question; not when the question asks another
fund ("the separate fund"), names a family the fund is not of, or the filing covers several."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

ONE_FUND = """NORTHWIND INVESTORS TRUST
Northwind Growth Fund (the "Fund")
Supplement dated August 25, 2025 to the Statement of Additional Information

The following is added as the last sentence of the "Sub-Advisors" section of the SAI:
The Fund's sub-advisor was terminated effective August 1, 2025. The Fund's adviser now \
manages all of the Fund's assets directly.
"""
TWO_FUNDS = """NORTHWIND INVESTORS TRUST
Northwind Growth Fund
Northwind Income Fund
Supplement dated August 25, 2025 to the Statement of Additional Information

The sub-advisor to the Fund was terminated effective August 1, 2025.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which fund's sub-advisor was terminated?",
        "Per the sentence added to the SAI, which fund's sub-advisor was terminated?",
        "Which Northwind fund had its sub-advisor terminated effective August 1, 2025?",
    ],
)
def test_the_filings_one_fund_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": ONE_FUND}).ask(question, doc="f.txt")
    assert a.answered and a.items == ("Northwind Growth Fund",), (a.answer, a.items)
    assert a.citations and "terminated" in a.citations[0].text


@pytest.mark.parametrize(
    ("filing", "question"),
    [
        (ONE_FUND, "Which separate fund do the same managers also run?"),
        (ONE_FUND, "Which Harborgate fund's sub-advisor was terminated?"),
        (TWO_FUNDS, "Which fund's sub-advisor was terminated?"),
    ],
)
def test_not_the_filings_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert "Northwind Growth Fund" not in a.items, (a.answer, a.items)
