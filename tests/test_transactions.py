"""An amount asked of one kind of shareholder transaction (a purchase, a redemption, an
exchange) is not answered by a sentence or row that speaks of another kind only: "the daily
maximum for buying shares online" is not the maximum of an online exchange."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant

ONLINE = """ALDER RIDGE FUNDS

SUPPLEMENT TO CURRENT PROSPECTUS

Online transaction capability has been added to all accounts that have telephone privileges.
Shareholders may exchange fund shares online (maximum $250,000 per day). Shareholders may
redeem fund shares online; online redemption proceeds are sent by wire (maximum $20,000 per
day).
"""

FEES = """<html><body>
<p>LANTERN HILL TRUST</p>
<p>Lantern Hill Value Fund</p>
<p>Supplement dated March 3, 2022 to the Prospectus dated January 28, 2022</p>
<p>Effective April 1, 2022, the Fund will charge an exchange fee of $5.00 on each exchange \
made by telephone.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("filing", "name", "question"),
    [
        (ONLINE, "o.txt", "What is the daily maximum for buying fund shares online?"),
        (ONLINE, "o.txt", "How much can a shareholder purchase online per day?"),
        (FEES, "f.htm", "What fee does the Lantern Hill Value Fund charge on redemptions?"),
        (FEES, "f.htm", "what's the fee for selling shares by telephone"),
    ],
)
def test_another_kind_of_transaction_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, name: str, question: str
) -> None:
    a = assistant_over({name: filing}).ask(question)
    assert not a.answered, a.answer
    assert "$250,000" not in a.answer and "$5.00" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("filing", "name", "question", "said"),
    [
        (ONLINE, "o.txt", "What is the daily maximum for online exchanges?", "$250,000"),
        (ONLINE, "o.txt", "What's the maximum wired per day for online redemptions?", "$20,000"),
        (FEES, "f.htm", "What exchange fee will the Lantern Hill Value Fund charge?", "$5.00"),
    ],
)
def test_the_kind_asked_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    name: str,
    question: str,
    said: str,
) -> None:
    a = assistant_over({name: filing}).ask(question)
    assert a.answered, a.answer
    assert said in a.answer, a.answer


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Shareholders may buy or sell shares on any business day.", ["purchase", "redemption"]),
        ("The Securities and Exchange Commission approved the order.", []),
        ("The ETF's shares trade on a national securities exchange.", []),
        ("Shares exchanged within 30 days pay a 2% fee.", ["exchange"]),
        ("The Fund may engage in short sales; securities sold short may rise.", []),
        # a holding period, no purchase
        (
            "A 2.00% charge applies to shares redeemed within 30 days of their purchase.",
            ["redemption"],
        ),
    ],
)
def test_the_kinds_a_text_speaks_of(text: str, kinds: list[str]) -> None:
    assert verify.transactions_in(verify.words(text)) == kinds
