"""The exchange a fund's shares are listed or traded on: read from a sentence that says the
fund's own shares are listed, traded, or bought and sold on it (or names it "the Exchange");
not from the close of trading on an exchange that prices a mutual fund, nor from the listing
of another security or of the issuers a fund buys."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.understand import classify

ETF = """NORTHWIND CORE BOND ETF
Summary Prospectus dated August 6, 2025

Purchase and Sale of Fund Shares
Individual Shares of the Fund may only be bought and sold in the secondary market through a \
broker at market prices. The Fund's Shares are listed for trading on Harbor Stock Exchange, \
Inc. and trade at market prices rather than NAV.
"""

DEFINED = """NORTHWIND LEVERED ETF
Prospectus Supplement dated September 9, 2025

Trading Issues. Trading in Shares on NYSE Arca (the "Exchange") may be halted due to market \
conditions. There can be no assurance that Shares will continue to meet the listing \
requirements of the Exchange.
"""

MUTUAL = """NORTHWIND GROWTH FUND
Supplement dated May 1, 2024 to the Prospectus

The Fund's net asset value is calculated as of the close of regular trading on the New York \
Stock Exchange, generally 4:00 p.m. Eastern time, on each day the exchange is open. The Fund \
invests primarily in issuers listed on the New York Stock Exchange.
"""

OTHER = """NORTHWIND 2X LONG ETF
Prospectus Supplement dated September 9, 2025

Trading Halt Risk. Shares of the underlying company are listed on the NASDAQ and the Fund's \
exposure depends on their trading. There can be no assurance that the requirements of the \
Exchange necessary to maintain the listing of the Fund will continue to be met.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over(
        {"etf.txt": ETF, "defined.txt": DEFINED, "mutual.txt": MUTUAL, "other.txt": OTHER}
    )


@pytest.mark.parametrize(
    ("question", "doc", "exchange"),
    [
        ("On which exchange do the ETF's shares trade?", "etf.txt", "Harbor Stock Exchange, Inc."),
        ("Where are the Fund's shares listed?", "etf.txt", "Harbor Stock Exchange, Inc."),
        ("The Fund's listing exchange?", "etf.txt", "Harbor Stock Exchange, Inc."),
        ("Which exchange are the Fund's shares traded on?", "defined.txt", "NYSE Arca"),
        ("Which exchange lists the fund's shares?", "defined.txt", "NYSE Arca"),
    ],
)
def test_the_exchange_the_shares_are_listed_on(
    assistant: Assistant, question: str, doc: str, exchange: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered, a.answer
    assert list(a.items) == [exchange]
    assert a.citations and a.citations[0].doc == doc


@pytest.mark.parametrize(
    ("question", "doc"),
    [
        ("On which exchange are the fund's shares listed?", "mutual.txt"),
        ("What is the fund's listing exchange?", "other.txt"),
        ("Which exchange do the Fund's shares trade on?", "other.txt"),
    ],
)
def test_no_exchange_the_filing_does_not_list_the_shares_on(
    assistant: Assistant, question: str, doc: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Fund's ETF Shares are listed for trading on Cboe BZX Exchange, Inc., and",
         ["Cboe BZX Exchange, Inc."]),
        ("the units of which are listed on and traded on the New York Stock Exchange (NYSE)",
         ["New York Stock Exchange"]),
        ("Units of the Trust may be purchased and sold on NYSE Arca, Inc. (the “Exchange”)",
         ["NYSE Arca, Inc."]),
        ("as of the close of regular trading on the New York Stock Exchange", []),
        ("Shares of VOYG are listed on the NASDAQ", []),
        ("Shares are listed for trading on the Exchange", []),
    ],
)  # fmt: skip
def test_exchange_spans(text: str, found: list[str]) -> None:
    assert spans.exchanges(text) == found


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("On which exchange do the shares trade?", "exchange"),
        ("VOYX listing exchange?", "exchange"),
        ("Where are the ETF Shares listed?", "exchange"),
        ("Where is the adviser located?", "place"),
    ],
)
def test_a_question_for_the_listing_exchange(question: str, answer_type: str) -> None:
    assert classify(question, False)[1] == answer_type


@pytest.mark.parametrize(
    "question", ["Which exchanges are free of charge?", "What exchange privileges apply?"]
)
def test_a_question_about_exchanging_shares_asks_no_exchange(question: str) -> None:
    assert classify(question, False)[1] != "exchange"
