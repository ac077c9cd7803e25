"""Ticker symbols of a filing's funds and share classes, read where the filing states them.

Summary prospectuses print them in a few layouts, each read here (in passages, and in the
headings above them):
"Class/Ticker: A/ISIAX; C/ISICX", "Investor Class | (Ticker Symbol: VAGIX)",
"Institutional Shares (Ticker: MZCIX)", "Class/Ticker | A MDHAX Investor MDHVX",
"Class: A (VKMMX), C (VMICX), Investor (VMINX)", "Ticker Symbol: Class A (VNSAX), Class C
(VNSCX)", and a bare "Ticker: VOYX" for a one-class
fund. Each ticker becomes a ``ticker`` fact of its fund, with
the share class it belongs to, so a question may name a fund by its ticker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from index.model import DocMeta, Fact, Passage

CUE_RE = re.compile(r"\b(?:class\s*/\s*)?(?:ticker|trading)(?:\s+symbols?)?s?\b|\bsymbols?\b", re.I)
# What every match of CUE_RE holds, in lower case: an ASCII text without any of them in lower
# case is not searched (ignoring case, ASCII letters match only their own two cases; a text
# with other characters, some of which match an ASCII letter ignoring case, always is).
CUE_WORDS = ("ticker", "trading", "symbol")
TICKER = r"[A-Z]{3,5}"
TICKER_RE = re.compile(rf"^{TICKER}$")
# "A/ISIAX", "R6/VSIRX", "Investor/VAGIX"
PAIR_RE = re.compile(rf"\b([A-Z][A-Za-z0-9-]{{0,11}})\s*/\s*({TICKER})\b")
# A share class named before a ticker: "Investor Class", "Institutional Shares", "Class A".
CLASS_BEFORE_RE = re.compile(
    r"(Class\s+[A-Z][A-Z0-9-]{0,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Class|Shares))\W*$"
)
# "Class: A (VKMMX), C (VMICX), Investor (VMINX)": each class with its ticker in brackets.
CLASS_LIST_RE = re.compile(
    rf"\bClass(?:es)?\s*:\s*((?:[A-Z][A-Za-z0-9-]{{0,11}}\s*\({TICKER}\)\s*,?\s*)+)"
)
BRACKETED_RE = re.compile(rf"([A-Z][A-Za-z0-9-]{{0,11}})\s*\(({TICKER})\)")
# What every match of CLASS_LIST_RE and NAMED_BRACKETED_RE holds: a passage without a ticker in
# brackets is not searched for them (most passages).
BRACKETED_TICKER_RE = re.compile(rf"\({TICKER}\)")
# "Ticker Symbol: Class A (VNSAX), Class C (VNSCX) and Investor Shares (VNSIX)": each class
# named whole, with its ticker in brackets (a footnote mark between them).
NAMED_BRACKETED_RE = re.compile(
    # (not "Fund Admiral Shares" of "X Fund Admiral Shares (VGAVX)": a fund noun is no class's)
    rf"(Class\s+[A-Z0-9][A-Z0-9-]{{0,5}}|(?:(?!Fund\b|Portfolio\b|Trust\b)[A-Z][a-z]+\s+)?"
    rf"[A-Z][a-z]+\s+(?:Class|Shares))"
    rf"[*†‡\d]{{0,2}}\s*\(({TICKER})\)"
)
# "Ticker: VNDFX (Class A); VNDIX (Class I)": each ticker with its class in brackets after it.
TICKER_THEN_CLASS_RE = re.compile(
    rf"\b({TICKER})\s*\((Class\s+[A-Z0-9][A-Z0-9-]{{0,5}}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
    r"(?:Class|Shares))\)"
)
# A mutual fund's ticker: five capitals ending in X ("SIVIX"); a class named before one in
# brackets states its ticker with no cue word ("Investment Class (SIVIX) Service Class (SSQSX)").
FUND_TICKER_RE = re.compile(r"^[A-Z]{4}X$")
# How far after a ticker cue its list of classes may run (characters).
LIST_REACH = 300
# Capitalised tokens that follow a cue but are no tickers.
NOT_TICKERS = frozenset(
    {"ETF", "NAV", "USA", "LLC", "INC", "CLASS", "THE", "FUND", "NYSE", "SEC", "AND", "FOR", "ALL"}
)
# A fund's name on a filing's cover, when the filing's metadata names no fund.
COVER_FUND_RE = re.compile(
    r"(?!The\s)[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*)*\s+(?:Fund|Portfolio|ETF)\b"
)
# Tickers on a filing's cover (its first passages) belong to its first fund when no passage
# names one.
COVER_PASSAGES = 12
# How far after a cue a bare ticker may stand (characters).
CUE_REACH = 24


def read_tickers(passages: Iterable[Passage], meta: DocMeta | None) -> list[Fact]:
    """One ``ticker`` fact for each ticker the filing states, with its class when it says
    (one pass over ``passages``, holding only the cover's)."""
    passages = iter(passages)
    cover = list(itertools.islice(passages, COVER_PASSAGES))
    funds = meta.funds if meta and meta.funds else _cover_funds(cover)
    passages = itertools.chain(cover, passages)
    out: list[Fact] = []
    seen: set[str] = set()
    last: str | None = None  # the fund the latest passage named
    for p, text in _texts(passages):
        named = _fund_in(text, funds)
        last = named or last
        if not _cued(text) and not (
            BRACKETED_TICKER_RE.search(text) and (CLASS_LIST_RE.search(text) or _uncued(text))
        ):
            continue
        fund = named or last or (funds[0] if funds and p.ordinal < COVER_PASSAGES else None)
        if fund is None:
            continue
        places = _fund_places(text, funds) if named else []
        for at, cls, ticker in _pairs(text):
            if ticker in seen or ticker in NOT_TICKERS:
                continue
            seen.add(ticker)
            attrs = (("class", cls),) if cls else ()
            # of a cover listing several funds, each with its classes: the fund named last
            # before the ticker
            owner = next((f for start, f in reversed(places) if start < at), fund)
            out.append(
                Fact("ticker", owner, ticker, fund=owner, doc=p.doc, passage=p.ordinal, attrs=attrs)
            )
    return out


def _cued(text: str) -> bool:
    """Whether CUE_RE finds a cue in the text (searched only when it can: see CUE_WORDS)."""
    if text.isascii():
        low = text.lower()
        if not any(word in low for word in CUE_WORDS):
            return False
    return CUE_RE.search(text) is not None


def _texts(passages: Iterable[Passage]) -> Iterator[tuple[Passage, str]]:
    """Each passage's text, after the headings it is the first under ("Vanguard X Fund
    Admiral Shares (VGAVX)" set as a cover heading): each heading once."""
    headings: set[str] = set()  # headings read so far
    for p in passages:
        for heading in p.section:
            if heading not in headings:
                headings.add(heading)
                yield p, heading
        yield p, p.text


def _uncued(text: str) -> list[tuple[int, str, str]]:
    """Classes named before a fund's ticker in brackets, with no cue word: (where, class,
    ticker)."""
    return [
        (m.start(2), m.group(1), m.group(2))
        for m in NAMED_BRACKETED_RE.finditer(text)
        if FUND_TICKER_RE.match(m.group(2))
    ]


def _fund_places(text: str, funds: Sequence[str]) -> list[tuple[int, str]]:
    """Where each of the filing's funds is named in a text, in order (the longest name at a
    place)."""
    low = text.lower()
    found: dict[int, str] = {}
    for f in sorted(funds, key=len):
        start = low.find(f.lower())
        while start >= 0:
            found[start] = f
            start = low.find(f.lower(), start + 1)
    return sorted(found.items())


def _cover_funds(cover: Sequence[Passage]) -> tuple[str, ...]:
    """Fund names on the cover (its first COVER_PASSAGES passages), for a filing whose
    metadata has none."""
    found = (m.group() for p in cover for m in COVER_FUND_RE.finditer(p.text))
    return tuple(dict.fromkeys(found))


def _fund_in(text: str, funds: Sequence[str]) -> str | None:
    """The fund of the filing a passage names (the longest, when it names several)."""
    low = text.lower()
    named = [f for f in funds if f.lower() in low]
    return max(named, key=len) if named else None


def _pairs(text: str) -> Iterator[tuple[int, str | None, str]]:
    """(where, share class or None, ticker) as the text states them after a ticker cue, or
    as classes with a fund's ticker in brackets."""
    for listed in CLASS_LIST_RE.finditer(text):
        for m in BRACKETED_RE.finditer(listed.group(1)):
            yield (listed.start(1) + m.start(2), _class_name(m.group(1)), m.group(2))
    for cue in CUE_RE.finditer(text):
        base = cue.end()
        after = text[base:]
        pairs = list(PAIR_RE.finditer(after))
        if pairs:
            for m in pairs:
                yield (base + m.start(2), _class_name(m.group(1)), m.group(2))
            continue
        named = list(NAMED_BRACKETED_RE.finditer(after[:LIST_REACH]))
        if named:
            for m in named:
                yield (base + m.start(2), m.group(1), m.group(2))
            continue
        classed = list(TICKER_THEN_CLASS_RE.finditer(after[:LIST_REACH]))
        if classed:  # "Ticker: VNDFX (Class A); VNDIX (Class I)"
            for m in classed:
                yield (base + m.start(1), m.group(2), m.group(1))
            continue
        tokens = after.replace("|", " ").replace(":", " ").replace("(", " ").split()
        if len(tokens) >= 4 and _alternating(tokens):  # "A MDHAX Investor MDHVX ..."
            for cls, ticker in zip(tokens[::2], tokens[1::2], strict=False):
                if TICKER_RE.match(ticker.strip(").,;")):
                    yield (base, _class_name(cls), ticker.strip(").,;"))
            continue
        m = re.match(rf"[\s:|(]*({TICKER})\b", after[:CUE_REACH])
        if m:
            before = CLASS_BEFORE_RE.search(text[: cue.start()].rstrip(" |(:"))
            yield (base + m.start(1), before.group(1) if before else None, m.group(1))
    yield from _uncued(text)


def _alternating(tokens: list[str]) -> bool:
    """Tokens that go class, ticker, class, ticker ... (tickers five capitals ending in X)."""
    tickers = [t.strip(").,;") for t in tokens[1::2]]
    return all(len(t) == 5 and t.isupper() and t.endswith("X") for t in tickers[:3])


def _class_name(cls: str) -> str:
    """ "A" -> "Class A"; "Investor" -> "Investor Class"."""
    if cls.isupper() or any(c.isdigit() for c in cls):
        return f"Class {cls}"
    return f"{cls} Class"
