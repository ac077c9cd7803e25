"""A question asking for the cases, circumstances or situations in which something holds ("in
which cases is the redemption fee not charged?") asks for several: it is no amount question
because it names a fee, and the sentence that introduces a list ("... is not assessed in
connection with the redemption of shares:") answers it, with the list, before the sentences
around it. A fee "charged", "assessed" or "imposed" is one word of the question."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import understand

REDEMPTION_FEE = """NORTHWIND JAPAN EQUITY FUND
Supplement dated September 11, 2002 to the Prospectus dated March 1, 2002

The short-term redemption fee is withheld from redemption proceeds. This fee is not a deferred \
sales charge and is not a commission. The fee is paid to the Fund. The short-term redemption fee \
is not assessed in connection with the redemption of shares:

o acquired through reinvestment of dividends and other distributions;

o in an account which is closed because it fails to meet minimum balance requirements; and

o held by 401(k) plans or individual retirement accounts.
"""

CDSC = """HARBORGATE INCOME FUND
Supplement dated May 1, 2015 to the Prospectus dated January 1, 2015

Contingent Deferred Sales Charge
A CDSC of 1.00% applies to Class C shares redeemed within one year of purchase. The CDSC will \
not be imposed in the following circumstances:
- redemptions following the death or disability of a shareholder;
- required minimum distributions from retirement accounts; and
- redemptions through a systematic withdrawal plan of up to 10% a year.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"fee.txt": REDEMPTION_FEE, "cdsc.txt": CDSC})


@pytest.mark.parametrize(
    "question",
    [
        "In which cases is the short-term redemption fee not charged?",
        "In which cases is the short-term redemption fee not assessed?",
        "Under what circumstances is the CDSC not imposed?",
    ],
)
def test_cases_asked_are_no_amount(question: str) -> None:
    assert understand(question).answer_type != "amount"


@pytest.mark.parametrize(
    ("question", "doc", "intro", "entry"),
    [
        (
            "In which cases is the short-term redemption fee not charged?",
            "fee.txt",
            "not assessed in connection with the redemption of shares",
            "acquired through reinvestment of dividends",
        ),
        (
            "In which cases is the Japan Equity Fund's short-term redemption fee not assessed?",
            "fee.txt",
            "not assessed in connection with the redemption of shares",
            "held by 401(k) plans",
        ),
        (
            "Under what circumstances is the CDSC not imposed?",
            "cdsc.txt",
            "not be imposed in the following circumstances",
            "systematic withdrawal plan",
        ),
    ],
)
def test_the_sentence_introducing_the_list_answers(
    assistant: Assistant, question: str, doc: str, intro: str, entry: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered and intro in a.answer, a.answer
    assert any(entry in i for i in a.items), a.items
