"""A filing's mention scan cut into consecutive parts (scanned apart, as a long filing's is on
two cores) and joined in order gives the same mentions as one scan of the whole; the term finder
finds what the alternation regex it replaced found."""

from __future__ import annotations

import itertools
import pickle
import random
import re
from pathlib import Path

import pytest

from index import entities, loaders, metadata, sections
from index.model import Document, Mention

# Invented text whose state crosses parts: a term defined in one part and used in the next,
# a surname confirmed late, a firm that starts with a person-shaped brand, a given name that
# is also a lower-case word elsewhere.
CROSSING = """Supplement dated May 1, 2020 to the Prospectus dated March 1, 2020

Portfolio Managers

Corvell Asset Management, LLC (the "Sub-Adviser") and Lark Hollis Capital Partners LLC
("LHCP") manage the Portfolio. Hollis Weber has co-managed the Portfolio since 2012.

The Sub-Adviser is located in Boston. LHCP was founded in 1990.

Ms. Weber, CFA, is a Managing Director of the Sub-Adviser. Grant Ostrow joined LHCP in 2015.

Real estate investment trusts ("REITs") are among the holdings.

Mr. Ostrow and Ms. Weber will grant approval of trades.

REITs carry risks. Lark Hollis wrote the report.
"""


def _whole_and_parts(
    document: Document, cuts: list[int], *, keep_texts: bool = True
) -> tuple[list, list]:
    """A filing's mentions scanned whole, and scanned in parts cut at ``cuts`` and joined
    (without ``keep_texts``, the second pass reads the items again from a source, as a long
    filing's does from its split file)."""
    _, passages = sections.split(document)
    meta = metadata.extract(document, passages)
    whole = entities.extract_mentions(passages, meta)
    items = list(entities.scan_items(passages))
    bounds = [0, *[c for c in cuts if 0 < c < len(items)], len(items)]
    scan = entities.scan_mentions(items[: bounds[1]], meta, keep_texts=keep_texts)
    for start, end in itertools.pairwise(bounds[1:]):
        part = entities.scan_mentions(items[start:end], meta, keep_texts=keep_texts)
        scan.join(pickle.loads(pickle.dumps(part)))
    if not keep_texts:
        assert scan.texts == []
        scan.source = lambda: iter(items)
    return whole, scan.finish(passages[0].doc)


def _cuts(count: int) -> list[list[int]]:
    return [[1], [count // 3], [count // 2, count // 2 + 1], list(range(2, count, 3))]


def test_parts_of_an_invented_filing_join_to_the_whole_scan() -> None:
    document = loaders.load_bytes("crossing.txt", CROSSING.encode())
    _, passages = sections.split(document)
    count = len(list(entities.scan_items(passages)))
    found: list[Mention] = []
    for cuts in _cuts(count):
        for keep_texts in (True, False):
            whole, joined = _whole_and_parts(document, cuts, keep_texts=keep_texts)
            assert joined == whole
            found = whole
    defined = min(m.passage for m in found if m.surface == "Real estate investment trusts")
    used = [m.passage for m in found if m.surface == "REITs"]
    assert max(used) > defined  # a term defined in one passage is found in a later one
    assert {m.kind for m in found} >= {"person", "org", "date", "security"}


def test_the_seed_filing_scanned_in_parts_gives_its_mentions(seed_path: Path) -> None:
    document = loaders.load(seed_path)
    _, passages = sections.split(document)
    for cuts in _cuts(len(list(entities.scan_items(passages)))):
        whole, joined = _whole_and_parts(document, cuts)
        assert joined == whole and whole


@pytest.mark.parametrize("share", [0.3, 0.7])
def test_every_real_filing_scanned_in_two_parts_gives_its_mentions(
    shared_dir: Path, share: float
) -> None:
    for path in sorted((shared_dir / "corpus").rglob("*")):
        if not path.is_file() or path.suffix.lower() not in loaders.FILING_SUFFIXES:
            continue
        try:
            document = loaders.load(path)
        except loaders.LoadError:
            continue
        _, passages = sections.split(document)
        count = len(list(entities.scan_items(passages)))
        whole, joined = _whole_and_parts(document, [count - int(count * share)])
        assert joined == whole, path.name


def _regex_finds(terms: list[str], text: str) -> list[tuple[int, int, str]]:
    """What the alternation regex that TermFinder replaces finds."""
    alternatives = "|".join(re.escape(t) for t in terms)
    pattern = re.compile(r"(?<![\w.])(?:" + alternatives + r")(?!\w)")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_the_term_finder_finds_what_the_alternation_regex_finds() -> None:
    rng = random.Random(7)
    pieces = ["AB", "ABC", "A", "B", "REIT", "REITs", "É", "_", ".", " ", ",", "x", "2", "-"]
    for _ in range(400):
        terms = list(
            dict.fromkeys(
                rng.choice(pieces[:7]) + rng.choice(["", *pieces[:8]])
                for _ in range(rng.randint(1, 6))
            )
        )
        terms.sort(key=len, reverse=True)
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        found = list(entities.TermFinder(terms).finditer(text))
        assert found == _regex_finds(terms, text), (terms, text)
    assert list(entities.TermFinder([]).finditer("any text")) == []


def _dates_and_laws_as_searched(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The dates and laws of ``texts`` are the same with every passage searched."""
    scan = entities.MentionScan(None, keep_texts=False)

    def found() -> list[tuple]:
        return [
            (c.kind, c.start, c.end, c.name)
            for text in texts
            for c in scan._dates(0, text) + scan._laws(0, text)
        ]

    skipped = found()
    with monkeypatch.context() as every:  # every passage searched
        every.setattr(entities, "_YEAR_RE", re.compile(""))
        every.setattr(entities, "_DATE_SLASH", "")
        every.setattr(entities, "_LAW_WORDS", ("",))
        every.setattr(entities, "_RULE_WORD", "")
        searched = found()
    assert skipped == searched
    assert {kind for kind, *_ in skipped} == {"date", "law"}


def test_dates_and_laws_are_found_as_by_their_patterns_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A passage is searched for dates and laws only when it holds what every match holds (a
    year; 'Act', 'Code', 'ERISA' or 'Rule'): the same candidates as with every passage
    searched, for invented passages."""
    texts = [
        CROSSING,
        "Effective as of 12/31/2019, under Rule 12b-1 and Rule 18f-3(a), and July 4th, 1999.",
        "The Investment Company Act of 1940, as amended (the 1940 Act), the Exchange Act, "
        "ERISA and the Internal Revenue Code of 1986 apply.",
        "No date here, no statute: only the Fund's shares, sold on 3/4 of business days.",
        "On or about JUNE 30, 2021 the Securities Act and Section 4(a)(2) rules changed.",
        "Plans subject to ERISA may buy Class R6 shares.",
    ]
    _dates_and_laws_as_searched(texts, monkeypatch)


def test_real_dates_and_laws_are_found_as_by_their_patterns_alone(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for every passage of 60 real filings."""
    texts: list[str] = []
    for path in sorted((shared_dir / "corpus").rglob("*.txt"))[:60]:
        texts += [p.text for p in sections.split(loaders.load(path))[1]]
    _dates_and_laws_as_searched(texts, monkeypatch)


def _firm_spans_as_plain(texts: list[str]) -> int:
    """The person-like firm regex finds in ``texts`` what the plain alternation
    ``(?<![\\w.])(?:firm|...)(?![\\w])`` finds; how many."""
    alts = [
        r"\s*".join(re.escape(p) for p in re.split(r"(?<=\.)\s*|\s+", firm) if p)
        for firm in sorted(entities.PERSON_LIKE_FIRMS, key=len, reverse=True)
        if " " in firm or any(c.isupper() for c in firm[1:])
    ]
    plain = re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?![\w])")

    def spans(regex: re.Pattern[str]) -> list[tuple[int, int, int]]:
        return [(n, m.start(), m.end()) for n, t in enumerate(texts) for m in regex.finditer(t)]

    assert spans(entities._FIRM_RE) == spans(plain)
    return len(spans(plain))


def test_the_firm_regex_finds_what_the_plain_alternation_finds() -> None:
    """The person-like firm names are found where the plain alternation finds them, though the
    look-behind stands after each firm's first letter."""
    texts = [
        "Goldman Sachs, T. Rowe Price and J.P. Morgan; xGoldman Sachs, .Morgan Stanley,\n"
        "Morgan Stanleys, Wells  Fargo\nMorgan Stanley",
        "Morgan Stanley",
        "(Charles Schwab) -Dodge & Cox- _Eaton Vance 9Eaton Vance",
    ]
    assert _firm_spans_as_plain(texts) >= 6


def test_the_firm_regex_finds_what_the_plain_alternation_finds_in_real_filings(
    shared_dir: Path,
) -> None:
    """The same for every real text filing."""
    paths = sorted((shared_dir / "corpus").rglob("*.txt"))
    _firm_spans_as_plain([p.read_text(encoding="utf-8") for p in paths])


def test_possessive_endings_and_gaps_are_read_as_their_patterns_read_them() -> None:
    """The tokeniser's possessive ending is where ``['’]s?$`` finds it, and a gap between two
    tokens breaks a run unless it is all ``\\s``; so "Weber's" and "Partners’" lose their
    ending, and a no-break space is a space."""
    possessive = re.compile(r"['’]s?$")
    for word in ["Weber's", "Partners’", "Jones’s", "s", "'", "’s", "O'Brien", "Bros.'", "A's's"]:
        found = possessive.search(word)
        assert entities._possessive_at(word) == (found.start() if found else -1), word
    tokens = entities._tokenise("Dana\u00a0Holt and Weber's\u2003Fund, Lee\u200bMarsh")
    assert [t.text if t else None for t in tokens] == [
        "Dana",
        "Holt",
        "and",
        "Weber",
        "Fund",
        None,
        "Lee",
        None,
        "Marsh",
    ]


def _searched_spans(text: str, step: int = 1) -> list[tuple[int, tuple[int, int] | None]]:
    """``_SEC_FIRST_RE.search(text, pos)`` for every ``step``-th place of a text."""
    out: list[tuple[int, tuple[int, int] | None]] = []
    for pos in range(0, len(text) + 1, step):
        m = entities._SEC_FIRST_RE.search(text, pos)
        out.append((pos, m.span() if m else None))
    return out


def _first_word_spans(text: str, step: int = 1) -> list[tuple[int, tuple[int, int] | None]]:
    """The same, read from ``sec_first_words``: its first span that starts at ``pos`` or after."""
    spans = entities.sec_first_words(text)
    out: list[tuple[int, tuple[int, int] | None]] = []
    for pos in range(0, len(text) + 1, step):
        later = [span for span in spans if span[0] >= pos]
        out.append((pos, later[0] if later else None))
    return out


def test_security_first_words_are_where_their_regex_finds_them() -> None:
    """The first words of security types, found by an automaton over the lower-cased text, are
    where ``_SEC_FIRST_RE`` (44 words ignoring case, ``(?<![\\w.])`` before, ``(?![\\w])``
    after) finds them from any place on: in any case, at the edges of a text, beside dots,
    digits, underscores and non-ASCII letters, marks and spaces, for longer words over
    shorter ones, and with characters that match a letter only when case is ignored (Kelvin's
    K, a long s, a dotted capital I: the regex itself is then searched)."""
    texts = [
        "Asset-backed securities, U.S. Treasury bills and COMMERCIAL paper.",
        "warrants warrant Warrants. xwarrants warrants_ 9warrants warrants9 .warrants",
        "u.s. government; U.S.A. real estate; realty; high-yield (junk) bonds; zero-coupon",
        "Fund’s money market “interest” and «forward» contracts — total return swaps",
        "déjà asset éasset assetë Ωreal realΩ real\u00a0estate when-issued RULE 144A",
        "Banque: bank loans\u2009and mortgage-backed; Übermortgage mortgageü",
        "The \u212aelvin junk; \u017fenior loans; \u0130nterest; ınterest rate",
        "real",
        "",
        "rule\n144A  senior\tloans collateralized  debt",
    ]
    for text in texts:
        assert _first_word_spans(text) == _searched_spans(text), text


def test_security_first_words_of_real_passages_are_where_their_regex_finds_them(
    shared_dir: Path,
) -> None:
    """The same from every fifth place of 40 real filings' passages."""
    found = 0
    for path in sorted((shared_dir / "corpus").rglob("*.txt"))[:40]:
        for p in sections.split(loaders.load(path))[1]:
            assert _first_word_spans(p.text, 5) == _searched_spans(p.text, 5), p.text[:200]
            found += len(entities.sec_first_words(p.text))
    assert found
