"""Ticker symbols read in the layouts summary prospectuses use, and questions naming a fund by
its ticker."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.engine import Assistant
from index.model import DocMeta, Passage
from index.tickers import read_tickers


def read(*texts: str, funds: tuple[str, ...] = ("Harborgate Bond Fund",)) -> list[tuple]:
    passages = [
        Passage("f.htm", i, (), i + 1, i + 1, 0, len(t), t, kind="row" if "|" in t else "paragraph")
        for i, t in enumerate(texts)
    ]
    facts = read_tickers(passages, DocMeta("f.htm", funds=funds))
    return [(f.subject, f.value, f.attr("class")) for f in facts]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("Class/Ticker: A/HBAAX; C/HBACX; R6/HBARX Before you invest, read this.",),
            [("Class A", "HBAAX"), ("Class C", "HBACX"), ("Class R6", "HBARX")],
        ),
        (
            (
                "Investor Class | (Ticker Symbol: HBIVX)",
                "Institutional Class | (Ticker Symbol: HBINX)",
            ),
            [("Investor Class", "HBIVX"), ("Institutional Class", "HBINX")],
        ),
        (
            ("Class/Ticker | A HBAAX Investor HBIVX C HBACX I HBIIX",),
            [
                ("Class A", "HBAAX"),
                ("Investor Class", "HBIVX"),
                ("Class C", "HBACX"),
                ("Class I", "HBIIX"),
            ],
        ),
        (("Harborgate Bond Fund Ticker: HBND",), [(None, "HBND")]),
        (
            ("Institutional Shares (Ticker: HBISX) Supra Shares (Ticker: HBSSX)",),
            [("Institutional Shares", "HBISX"), ("Supra Shares", "HBSSX")],
        ),
        (
            ("Class: A (HBAAX), C (HBACX), Investor (HBIVX), R6 (HBARX) Before you invest",),
            [
                ("Class A", "HBAAX"),
                ("Class C", "HBACX"),
                ("Investor Class", "HBIVX"),
                ("Class R6", "HBARX"),
            ],
        ),
        (("Class: R (HBRRX) Before you invest, you may want to review",), [("Class R", "HBRRX")]),
        (
            (
                "Ticker Symbol: Class A (HBAAX), Class C (HBACX), Class T* (HBATX) and "
                "Investor Shares (HBIVX)",
            ),
            [
                ("Class A", "HBAAX"),
                ("Class C", "HBACX"),
                ("Class T", "HBATX"),
                ("Investor Shares", "HBIVX"),
            ],
        ),
        # each ticker with its class in brackets after it
        (
            ("Harborgate Bond Fund Summary Prospectus Ticker: HBAAX (Class A); HBIIX (Class I)",),
            [("Class A", "HBAAX"), ("Class I", "HBIIX")],
        ),
        # a class with a fund's ticker in brackets, no cue word
        (
            ("HARBORGATE BOND FUND Investment Class (HBNIX) Service Class (HBNSX)",),
            [("Investment Class", "HBNIX"), ("Service Class", "HBNSX")],
        ),
    ],
)
def test_layouts(texts: tuple[str, ...], expected: list[tuple]) -> None:
    assert [(c, t) for _, t, c in read(*texts)] == expected


def test_the_fund_is_the_one_named_or_on_the_cover() -> None:
    two = ("Harborgate Bond Fund", "Harborgate Value Fund")
    got = read("Harborgate Value Fund", "Class/Ticker: A/HVAAX", funds=two)
    assert got == [("Harborgate Value Fund", "HVAAX", "Class A")]
    assert read("Ticker Symbols and more", "The Fund seeks income.", funds=()) == []
    cover = read("Northgate Income Fund, Inc.", "Investor Class | (Ticker Symbol: NGIVX)", funds=())
    assert cover == [("Northgate Income Fund", "NGIVX", "Investor Class")]


def test_words_after_a_cue_are_not_tickers() -> None:
    assert read("Ticker symbols AND other identifiers") == []
    # without a cue, only a fund's five-letter ticker in brackets is read
    assert read("Retail Class (NYSE) and Premier Shares (CUSIP)") == []


def test_each_ticker_belongs_to_the_fund_named_before_it_on_a_cover() -> None:
    funds = ("Harborgate Small-Cap Equity Fund", "Harborgate U.S. Equity Fund")
    got = read(
        "HARBORGATE TRUST HARBORGATE SMALL-CAP EQUITY FUND Investment Class (HSCIX) Service "
        "Class (HSCSX) HARBORGATE U.S. EQUITY FUND Investment Class (HUSIX) Service Class (HUSSX)",
        funds=funds,
    )
    assert got == [
        ("Harborgate Small-Cap Equity Fund", "HSCIX", "Investment Class"),
        ("Harborgate Small-Cap Equity Fund", "HSCSX", "Service Class"),
        ("Harborgate U.S. Equity Fund", "HUSIX", "Investment Class"),
        ("Harborgate U.S. Equity Fund", "HUSSX", "Service Class"),
    ]


COVER = """HARBORGATE TRUST
HARBORGATE SMALL-CAP EQUITY FUND Investment Class (HSCIX) Service Class (HSCSX)
HARBORGATE U.S. EQUITY FUND Investment Class (HUSIX) Service Class (HUSSX)

Supplement dated June 13, 2025 to the Prospectus dated April 30, 2025

The Funds' transfer agent has changed.
"""


@pytest.mark.parametrize(
    ("question", "tickers"),
    [
        (
            "What is the ticker of the Investment Class of Harborgate Small-Cap Equity Fund?",
            ("HSCIX",),
        ),
        ("What is the ticker of Harborgate U.S. Equity Fund Service Class?", ("HUSSX",)),
        ("What are the tickers of Harborgate U.S. Equity Fund?", ("HUSIX", "HUSSX")),
    ],
)
def test_the_ticker_of_one_fund_of_a_cover_listing_several(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, tickers: tuple[str, ...]
) -> None:
    answer = assistant_over({"cover.txt": COVER}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == tickers


SUMMARY = """\
Northgate Income Fund, Inc.

Investor Class | (Ticker Symbol: NGIVX)

Institutional Class | (Ticker Symbol: NGINX)

The Fund seeks current income.

Investor Class | Institutional Class

Management Fees | 0.50% | 0.50%

Total Annual Fund Operating Expenses | 1.10% | 0.85%
"""


@pytest.fixture(scope="module")
def summary(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    other = "Harborgate Fund\n\nThe Fund seeks growth.\n"
    return assistant_over({"northgate.txt": SUMMARY, "other.txt": other})


def test_a_question_names_the_fund_by_its_ticker(summary: Assistant) -> None:
    a = summary.ask("What does NGIVX seek?")
    assert a.answered and "current income" in a.answer
    assert a.citations[0].doc == "northgate.txt"


def test_the_ticker_of_a_class(summary: Assistant) -> None:
    a = summary.ask("What is the ticker of the Institutional Class of Northgate Income Fund?")
    assert a.answered and a.items == ("NGINX",)


def test_a_ticker_in_a_heading_above_the_passages() -> None:
    passages = [
        Passage("f.htm", 0, ("Harborgate Bond Fund Admiral Shares (HBADX)",), 1, 1, 0, 20,
                "Summary Prospectus dated February 28, 2025"),
        Passage("f.htm", 1, ("Harborgate Bond Fund Admiral Shares (HBADX)", "Principal Risks"),
                2, 2, 0, 30, "Stock market risk, which is the chance that prices fall."),
    ]  # fmt: skip
    facts = read_tickers(passages, DocMeta("f.htm", funds=("Harborgate Bond Fund",)))
    assert [(f.subject, f.value, f.attr("class"), f.passage) for f in facts] == [
        ("Harborgate Bond Fund", "HBADX", "Admiral Shares", 0)
    ]


HEADED = """<html><body>
<p>Harborgate Emerging Markets Bond Index Fund</p>
<p>Summary Prospectus February 28, 2025</p>
<h2>Harborgate Emerging Markets Bond Index Fund Admiral Shares (HBEAX)</h2>
<p>The Fund seeks to track the performance of a benchmark index of emerging markets bonds.</p>
<h3>Principal Risks</h3>
<p>The Fund is subject to the following risks:</p>
<p>• Country/regional risk, which is the chance that world events will hurt the Fund.</p>
<p>• Credit risk, which is the chance that a bond issuer will fail to pay interest.</p>
<p>• Liquidity risk, which is the chance that the Fund may not sell a holding at its value.</p>
<h3>Performance</h3>
<p>The bar chart shows how the performance of the Fund has varied.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question", ["What are the principal risks of HBEAX?", "HBEAX principal risks?"]
)
def test_a_fund_asked_by_a_ticker_printed_in_a_heading(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"hbeax.html": HEADED}).ask(question)
    assert a.answered, a.answer
    assert a.items == ("Country/regional risk", "Credit risk", "Liquidity risk"), a.answer


def _tickers_as_with_every_passage_searched(
    invented: list[tuple[str, ...]], filings: list[tuple], monkeypatch: pytest.MonkeyPatch
) -> list[list[tuple]]:
    """The tickers of invented passages and of filings' (passages, meta) are the same with
    every passage searched for class lists; those found."""
    from index import tickers

    def found() -> list[list[tuple]]:
        return [read(*texts) for texts in invented] + [
            [(f.subject, f.value) for f in read_tickers(passages, meta)]
            for passages, meta in filings
        ]

    skipped = found()
    with monkeypatch.context() as every:  # every passage searched
        every.setattr(tickers, "BRACKETED_TICKER_RE", re.compile(""))
        searched = found()
    assert skipped == searched
    return skipped


def test_passages_without_a_bracketed_ticker_are_not_searched_for_class_lists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A passage is searched for "Class: A (HBAAX)" lists and classes named before a ticker
    in brackets only when it holds a ticker in brackets: the same tickers as with every
    passage searched, for invented passages."""
    invented = [
        ("HARBORGATE BOND FUND Investment Class (HBNIX) Service Class (HBNSX)",),
        ("Class: A (HBAAX), C (HBACX), Investor (HBIVX)", "Class R (HBRRX) later"),
        ("Harborgate Bond Fund (the Fund)", "Retail Shares (HBRSX)", "(HBZZX)"),
    ]
    assert all(_tickers_as_with_every_passage_searched(invented, [], monkeypatch))


def test_real_passages_without_a_bracketed_ticker_are_not_searched_for_class_lists(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for 120 real filings."""
    from index.loaders import load
    from index.metadata import extract
    from index.sections import split

    filings = []
    for path in sorted((shared_dir / "corpus").rglob("*"))[:120]:
        if path.suffix in (".txt", ".html"):
            document = load(path)
            passages = split(document)[1]
            filings.append((passages, extract(document, passages)))
    _tickers_as_with_every_passage_searched([], filings, monkeypatch)


def _cued_as_searched(texts: list[str]) -> list[bool]:
    """``_cued`` answers as CUE_RE's search does for each of ``texts``; its answers."""
    from index import tickers

    cued = [tickers._cued(text) for text in texts]
    assert cued == [tickers.CUE_RE.search(text) is not None for text in texts]
    return cued


def test_a_passage_is_searched_for_cues_only_when_it_can_hold_one() -> None:
    """``_cued`` answers as CUE_RE's search does: an ASCII passage without "ticker",
    "trading" or "symbol" in lower case is not searched; any other is (in any case, and with
    characters that match a letter only ignoring case, like Kelvin's K or a long s)."""
    texts = [
        "Ticker Symbol: HBNIX",
        "TRADING SYMBOLS",
        "Class/Ticker",
        "the fund's symbol",
        "tickers",
        "no cue here (HBNIX)",
        "TIC\u212aER: HBNIX",
        "\u017fymbol HBNIX",
        "Fund’s ticker “HBNIX”",
        "Fund’s “HBNIX”",
        "",
        "symbolic trading-day tickertape",
    ]
    cued = _cued_as_searched(texts)
    assert cued[:4] == [True] * 4 and not cued[5] and cued[6] and cued[7]


def test_real_passages_are_searched_for_cues_only_when_they_can_hold_one(
    shared_dir: Path,
) -> None:
    """The same for the passages of 80 real filings."""
    from index.loaders import load
    from index.sections import split

    texts: list[str] = []
    for path in sorted((shared_dir / "corpus").rglob("*"))[:80]:
        if path.suffix in (".txt", ".html"):
            texts += [p.text for p in split(load(path))[1]]
    assert any(_cued_as_searched(texts))
