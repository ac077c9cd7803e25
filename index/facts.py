"""Facts for answering: managers, careers, advisers, limits, risk lists, dates and changes.

Each Fact is read from one passage (its citation) by patterns over the language of fund
filings, so answering never re-parses a file. Precision comes first: when a pattern is
unsure it yields nothing, and the answering side falls back to sentence extraction.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import ahocorasick

from index import names
from index.dates import MONTH, YEAR
from index.model import DocMeta, Fact, Passage
from index.names import PLACE_IN_NAME, names_match, normalise_person, surname_word
from index.sentences import split as split_sentences
from index.tickers import read_tickers


def _words(text: str) -> frozenset[str]:
    """A word list written as one block of text (easier to read and extend than a literal)."""
    return frozenset(text.split())


# Characters of a passage that are looked at; longer passages (flattened tables, junk) are cut
# so that one hostile passage cannot make extraction slow.
MAX_PASSAGE_CHARS = 20_000
# Passages after an introducer line ("... Fund — Portfolio Manager” is replaced with the
# following:") that still inherit the fund it names; further away the fund is not assumed.
CARRY_WINDOW = 3
# A passage of at most this many words that starts with a name is a manager entry
# ("Albert Chan, CFA Portfolio Manager ... since September 2025"); longer ones are prose.
ENTRY_MAX_WORDS = 40
# A passage of at most this many words without a full stop labels what follows
# ("Sub-Adviser", "Portfolio Managers"); longer ones are content.
LABEL_MAX_WORDS = 8
# A list item longer than this many words means the list was split wrongly: no fact.
MAX_ITEM_WORDS = 30
# Fewer items than this is not a list worth a "risks" fact (a sentence says it better).
MIN_LIST_ITEMS = 3
# A filing that does not list its funds is taken to be about one fund when that fund gets at
# least this share of all fund mentions (and at least DOMINANT_MIN_MENTIONS of them): a 497K names
# its own fund throughout, a multi-fund supplement spreads its mentions.
DOMINANT_SHARE = 0.75
DOMINANT_MIN_MENTIONS = 3
# Passages after "The individuals listed below are ... responsible for ... the fund" that may
# hold the names it announces.
LISTED_BELOW_WINDOW = 12
# The first passages of a filing whose fund names are taken when no other passage names one.
COVER_FUND_PASSAGES = 15

# Distinct name spans whose cleaned name is remembered (a few MB; a long filing repeats its
# names thousands of times).
CLEAN_NAME_CACHE = 1 << 16

# ---------------------------------------------------------------------------------------------
# Vocabulary

_MONTH = rf"\b{MONTH}"
_MON = rf"(?i:{_MONTH})"
_YEAR = YEAR
_DATE_FULL = rf"{_MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?,?\s+{_YEAR}\b"
_DATE_MY = rf"{_MON}\.?,?\s+{_YEAR}\b"
_DATE_NUM = r"\b\d{1,2}[/-]\d{1,2}[/-](?:19|20)?\d{2}\b"
_DATE = rf"(?:{_DATE_FULL}|{_DATE_MY}|{_DATE_NUM}|\b{_YEAR}\b)"
_PERIOD = (
    rf"(?:(?:early|mid|late)[- ]{_MON}\s+{_YEAR}"
    rf"|(?:the\s+)?(?:first|second|third|fourth)\s+(?:calendar\s+)?quarter\s+of\s+{_YEAR}"
    rf"|(?:the\s+)?(?:end|beginning|middle|first\s+half|second\s+half)\s+of\s+{_YEAR}"
    rf"|(?:early|mid|late)[- ]{_YEAR})"
)
_WHEN = rf"(?:{_PERIOD}|{_DATE})"

_LOW = "a-zà-öø-ÿ"
_HONORIFIC = names.HONORIFIC_PATTERN
_WORD = (
    rf"(?!{_HONORIFIC}\.)(?:Mc|Mac|O[’']|D[’']|De|Di|La|Le|Van|Von)?[A-ZÀ-ÖØ-Þ][{_LOW}]+"
    rf"(?:[’'][A-Z]?[{_LOW}]+)?(?:[A-Z][{_LOW}]+)?(?:-[A-ZÀ-ÖØ-Þ][{_LOW}]+)*"
)
_INITIAL = r"[A-Z]\.(?:[A-Z]\.)*"
_NICK = rf"[“\"][A-Z][{_LOW}]+[”\"]"
_PARTICLE = names.PARTICLE_PATTERN
_SUFFIX = rf"(?:,?\s+{names.GENERATIONAL_PATTERN}(?![\w]))"
_NAME = (
    rf"(?:{_INITIAL}\s+)?{_WORD}"
    rf"(?:\s+(?:{_INITIAL}|{_WORD}|{_NICK}|{_PARTICLE}(?=\s+[A-Z]))){{1,4}}{_SUFFIX}?"
)
_CRED = rf"{names.CREDENTIAL_PATTERN}®?\*?"
_CREDS = rf"(?:\s*,?\s*{_CRED}(?![\w]))*"
# Every name (and honorific) starts with one of these capitals: put first in a pattern that
# starts with a name, this one test is all a position that cannot start one costs (the name's
# alternatives are tried only where it holds; the matches are the same). A varied 16 MB filing's
# person names: 2x faster.
_NAME_START = "(?=[A-ZÀ-ÖØ-Þ])"
_NAME_RE = re.compile(_NAME_START + _NAME)
# Any credential ("CFA"): an appositive without a comma after the name needs one (_APPOS_RE).
_ANY_CRED_RE = re.compile(names.CREDENTIAL_PATTERN)
_INITIAL_RE = re.compile(_INITIAL)
_PARTICLE_RE = re.compile(_PARTICLE)
_CRED_RE = re.compile(rf"^{_CREDS}")
_LEAD_NAME_RE = re.compile(rf"^[\s>•·o*■¡|-]{{0,4}}(?P<name>{_NAME})")
_HON_REF_RE = re.compile(rf"\b(?P<hon>{_HONORIFIC})\.?\s+(?P<sur>(?:{_PARTICLE}\s+)?{_WORD})")
_MESSRS_RE = re.compile(rf"\bMessrs\.?\s+(?P<list>{_WORD}(?:\s*,\s*{_WORD})*,?\s+and\s+{_WORD})")
_PRONOUN_RE = re.compile(r"\b(?:He|She|he|she)\b")

# Capitalised words that are never part of a person's name in these filings: a name
# candidate is cut at the first of them ("Kai Yee Wong Portfolio Manager" -> "Kai Yee Wong").
_NOT_NAME = _words(
    """
    A An The This That These Those Each Every All Any Both Such Other Our Your Their Its His
    Her Effective Accordingly Additionally Also As At By During For From In On Since Until
    Upon Under Prior Pursuant Following Further However If Please Per Previously Currently
    Date Fund Funds Trust Trusts Board Boards Class Classes Share Shares Series Portfolio
    Portfolios Adviser Advisers Advisor Advisors Sub Subadviser Subadvisor Manager Managers
    Management Investment Investments Capital Group Company Companies Inc Corporation
    Partners Asset Assets Global International Advisory Associates Holdings Bank Securities
    Financial Prospectus Prospectuses Supplement Summary Statement Additional Information
    Section Item Director Directors Trustee Trustees President Officer Officers Vice Chief
    Senior Managing Principal Head Partner Chairman Chair Executive Lead Co Associate
    Assistant Deputy Member Analyst Strategist Trader Research Portfolio Equity Income Fixed
    Head Team Committee Independent Interested Fees Fee Expenses Expense Risk Risks Index
    Act Code Exchange Commission Street Avenue Road Suite Plaza Center Box University
    College School Institute Inception Year Years Month Months Day Days Total Annual Net
    Operating Fiscal Note Notes North South East West New York Los Angeles San Francisco
    Boston Chicago Kansas City London January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Mr Ms Mrs Dr Messrs Ph Length Service Title Tenure Name Names Position Positions
    Office Offices Since Joined Managed Primarily Responsible Retain Reference Supplement
    Dated Amended Revised Changes Accounts Account Type Number Dollar Range Other Registered
    Pooled Vehicles Value Growth Small Mid Large Cap Core Municipal Tax Money Market
    Government Treasury Strategic Opportunities Allocation Balanced Dividend Emerging
    Markets Developed Real Estate REIT Technology Health Sciences Natural Resources
    Infrastructure Sector Stock Stocks Bonds Policies Policy Closed Open Sales Purchases
    Purchase Redemption Redemptions Minimum Investor Investors Institutional Admiral Retail
    Advantage Select Plus Premier Certificate Certified Chartered Financial Analyst
    Designation Society Foundation Services Solutions Systems Technologies Products
    Operations Strategies Exchanges Data Clear Analytics Consulting Communications Networks
    Software Insurance Energy Media Industries Brands
    """
)
_ORG_LEAD_STOP = _words(
    """
    Effective Accordingly Additionally Also As At By During For From In On Since Until Upon
    Under Prior Pursuant Following Further However If Previously Currently Thereafter Then
    Beginning Starting Each Both All Any Such While When Once After Before Today Recently
    January February March April May June July August September October November December
    """
)
_ROLE_WORDS = _words(
    """
    adviser advisor advisers advisors sub-adviser sub-advisor subadviser subadvisor manager
    administrator fund funds trust board company portfolio portfolios distributor transfer
    """
)
_TITLE_HEAD = re.compile(
    r"\b(?:Directors?|Presidents?|Officers?|Managers?|Principals?|Partners?|Chairman|Chair"
    r"|Chairwoman|Chairperson|Head|Strategists?|Analysts?|Traders?|Economists?|Members?"
    r"|Specialists?|CIO|CEO|CFO|COO|Founder|Co-Founder|Counsel|Treasurer|Secretary|Trustees?"
    r"|Researcher|Scientist|Architect|Leader|Fellow|Advisor|Adviser|Consultant)\b"
)
_ORG_TOK = r"(?:[A-Z][\w’'&.\-]*|&|\((?:[A-Z][\w.&’'\-]*)(?:\s+[\w.&’'\-]+){0,3}\))"
_ORG = (
    rf"{_ORG_TOK}(?:\s+(?:(?:of|for|de|du)\s+)?{_ORG_TOK}){{0,10}}"
    r"(?:,?\s*(?:Inc\.|LLC|L\.L\.C\.|L\.P\.|LP|LLP|Ltd\.|Limited|plc|N\.A\.|S\.A\.|Co\.|Corp\.)(?![\w]))?"
)
_ORG_SUFFIX = _words(
    """
    Inc. Inc Incorporated LLC L.L.C. L.P. LP LLP Ltd. Ltd Limited plc PLC N.A. N.V. NV S.A.
    AG SE GmbH Co. Corp. Corp Corporation Pte. S.à.r.l. S.r.l. SA
    """
)
_ABBREV_DOT = _words(
    """
    Inc. Co. Corp. Ltd. L.P. N.A. N.V. S.A. Pte. U.S. U.K. St. Jr. Sr. L.L.C. Cos. Bros.
    Intl. Mgmt. Assoc. No.
    """
)
_FUND_KEY = (
    r"(?:Fund|Portfolio|ETF|FUND|PORTFOLIO)(?!-|\s+(?i:manag|advis|servic|distribut|administ|group"
    r"|compan|sponsor|partners|solutions|trust|shares|accounts|complex|family))"
)
_FUND_TOK = r"(?:[A-Z0-9][\w&’'.®+\-/]*|of|and|&|for|ex)"
_FUNDNAME = (
    rf"(?:[A-Z][\w&’'.®+\-/]*)(?:\s+{_FUND_TOK}){{0,11}}?\s+{_FUND_KEY}\b"
    r"(?:\s+(?:II|III|IV|VI?)\b)?"
)
_FUNDNAME_RE = re.compile(_FUNDNAME)
_FUND_WORD_RE = re.compile(r"(?i)\b(?:fund|portfolio|etf)\b")
_FUND_REF = (
    r"(?:(?:the|each|its|both|a)\s+(?:(?:[A-Z][\w&’'.®+\-/]*|of|and|&)\s+){0,10}?"
    r"(?:Funds?|funds?|Portfolios?|portfolio(?!\s+manag)|ETFs?|FUNDS?|PORTFOLIOS?)\b)"
)

# ---------------------------------------------------------------------------------------------
# Names


@functools.lru_cache(maxsize=CLEAN_NAME_CACHE)
def _clean_name(span: str) -> str | None:
    """The person name inside a name-like span, or None when it is not a person's name
    (remembered per span: a long filing reads the same spans again and again)."""
    suffix = ""
    m = re.search(_SUFFIX + r"$", span)
    if m:
        suffix = m.group(0)
        span = span[: m.start()]
    tokens = span.split()
    while tokens and _stop_token(tokens[0]):
        tokens.pop(0)
    kept: list[str] = []
    for tok in tokens:
        if _stop_token(tok):
            suffix = ""
            break
        kept.append(tok)
    while kept and (_INITIAL_RE.fullmatch(kept[-1]) or _PARTICLE_RE.fullmatch(kept[-1])):
        kept.pop()
        suffix = ""
    words = [t for t in kept if not _INITIAL_RE.fullmatch(t) and not _PARTICLE_RE.fullmatch(t)]
    if len(words) < 2:
        return None
    if len(words) > 3 and len(words) == len(kept):
        return None  # four plain words in a row are a heading or two names, not one person
    return " ".join(kept) + suffix


def _lead_name(ctx: _Doc, text: str) -> tuple[str, int] | None:
    """The person whose name opens text (after bullets) and where the name ends, or None."""
    m = _LEAD_NAME_RE.match(text)
    if not m:
        return None
    name = _clean_name(m.group("name"))
    if not name or _org_like(ctx, name, text, m.end("name")):
        return None
    if not m.group("name").endswith(name) and not m.group("name").startswith(name):
        return None
    return name, m.start("name") + m.group("name").find(name) + len(name)


def _stop_token(tok: str) -> bool:
    if _INITIAL_RE.fullmatch(tok):
        return False
    if tok.endswith(("'s", "’s")):
        tok = tok[:-2]
    return tok.rstrip(".,") in _NOT_NAME


# ---------------------------------------------------------------------------------------------
# Organisations and funds


_LABEL_TOKEN_RE = re.compile(r"(?i)(?:sub-?)+advis[eo]rs?|subadvis[eo]rs?")


_HONORIFIC_TOKEN_RE = re.compile(rf"{_HONORIFIC}\.?")


_PLACE_TOKEN_RE = re.compile(PLACE_IN_NAME)


def _clean_org(span: str, ctx: _Doc | None = None) -> str | None:
    """Trim an organisation span to the name itself; resolve defined short names."""
    span = re.sub(r"[“”\"]", "", span).strip(" ,;:")
    tokens = span.split()
    while tokens and tokens[0] in _ORG_LEAD_STOP:
        tokens.pop(0)
    kept: list[str] = []
    seen_suffix = False
    for n, tok in enumerate(tokens):
        bare = tok.rstrip(",")
        # (a place in brackets before the legal form is the name's: "X Management (UK) Limited")
        placed = (
            _PLACE_TOKEN_RE.fullmatch(bare) is not None
            and n + 1 < len(tokens)
            and tokens[n + 1].rstrip(",.") in _ORG_SUFFIX
        )
        if seen_suffix and bare not in _ORG_SUFFIX and not placed:
            break
        if _HONORIFIC_TOKEN_RE.fullmatch(bare) or _LABEL_TOKEN_RE.fullmatch(bare):
            break
        if bare == "Portfolio" and n + 1 < len(tokens) and tokens[n + 1].startswith("Manager"):
            break
        if bare in _ORG_SUFFIX and kept:
            seen_suffix = True
        if tok.endswith(".") and bare not in _ABBREV_DOT and not _INITIAL_RE.fullmatch(bare):
            kept.append(tok[:-1])
            break
        kept.append(tok)
    org = " ".join(kept).strip(" ,;:")
    org = re.sub(r"\s*\($", "", org)
    if all(t.rstrip(",") in _ORG_SUFFIX for t in kept):
        return None
    if not org or org.lower() in _ROLE_WORDS or org.lower().removeprefix("the ") in _ROLE_WORDS:
        return None
    if not re.match(r"[A-Z0-9]", org) or len(re.findall(r"[A-Za-z]", org)) < 2:
        return None
    if ctx is not None:
        org = ctx.alias(org)
    return org


_ORG_TAIL_RE = re.compile(rf"(?:^|[\s,;(])(?P<org>{_ORG})\s*$")


def _org_before(text: str, pos: int, ctx: _Doc | None = None) -> str | None:
    """The organisation named right before pos, skipping a parenthetical short name."""
    tail = text[max(0, pos - 240) : pos].rstrip()
    while tail.endswith(")"):
        depth = 0
        for k in range(len(tail) - 1, -1, -1):
            depth += tail[k] == ")"
            depth -= tail[k] == "("
            if depth == 0:
                tail = tail[:k].rstrip()
                break
        else:
            return None
    m = _ORG_TAIL_RE.search(tail)
    return _clean_org(m.group("org"), ctx) if m else None


_TRUST_NAME_RE = re.compile(r"[A-Z][\w&’'.®-]*(?:\s+[A-Z0-9][\w&’'.®-]*){0,5}\s+Trust$")


def _name_before(text: str, pos: int, ctx: _Doc) -> str:
    """The fund, organisation or share class named right before pos (the subject of a rename)."""
    tail = text[max(0, pos - 240) : pos].rstrip()
    if re.search(r"\b(?:Inc|LLC|L\.?P|LLP|Ltd|Limited|plc|Corporation|Company|N\.A)\.?$", tail):
        return _org_before(text, pos, ctx) or ""
    run = _cap_run_before(text, pos)
    funds = [m for m in _FUNDNAME_RE.finditer(run) if m.end() == len(run)]
    if funds:
        return _trim_fund(funds[-1].group(0)) or ""
    trust = _TRUST_NAME_RE.search(run)
    if trust:
        return trust.group(0)  # a trust is renamed too: "Larchwood 500 ETF Trust (formerly ...)"
    if _FUND_WORD_RE.search(run):
        return ""
    words = run.split()
    return " ".join(words) if 1 <= len(words) <= 6 else ""


def _clean_value(text: str) -> str:
    text = re.sub(r"[“”\"]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    last = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and last not in _ABBREV_DOT and not _INITIAL_RE.fullmatch(last):
        text = text[:-1].rstrip(" ,;:")
    return text


_CAP_RUN_TAIL_RE = re.compile(
    rf"((?:{_FUND_TOK}|\(?[A-Z][\w&’'.®+\-/]*\)?)(?:\s+(?:{_FUND_TOK}|\(?[A-Z][\w&’'.®+\-/]*\)?))*)\s*$"
)


def _cap_run_before(text: str, pos: int) -> str:
    """The run of capitalised words that ends right before pos (a name in front of a verb)."""
    m = _CAP_RUN_TAIL_RE.search(
        text[max(0, pos - 200) : pos],
    )
    if not m:
        return ""
    words = m.group(1).split()
    while words and (words[0] in _ORG_LEAD_STOP or not re.match(r"[A-Z0-9(]", words[0])):
        words.pop(0)
    return " ".join(words).strip(" ,")


# ---------------------------------------------------------------------------------------------
# Sentences


def _sentences(text: str) -> list[tuple[int, str]]:
    """Split a passage into sentences, keeping each one's offset; abbreviations do not split."""
    return split_sentences(text)


# ---------------------------------------------------------------------------------------------
# Document context


@dataclass
class _Ref:
    start: int
    end: int
    name: str | None  # resolved full name (None when a bare surname could not be resolved)
    full: bool  # written as a full name (not a pronoun or "Mr. X")


_PERSON_KINDS = frozenset(
    {"manages", "title", "joined", "previous_employer", "departure", "addition"}
)
_PERSON_ATTRS = frozenset({"replaced", "replaced_by"})


# Passages of a long filing's people index between two emptyings of the name caches (see
# read_facts): a long filing's names are met again within a few passages, not far apart.
FORGET_NAMES_EVERY = 4096


@dataclass
class _Doc:
    # the passages in order, read again on each call (a long filing's from its split file: a
    # pass holds only the passages it is at, not all of them)
    source: Callable[[], Iterable[Passage]]
    meta: DocMeta | None
    funds: list[str] = field(default_factory=list)
    fund_keys: list[tuple[str, str]] = field(default_factory=list)  # (casefolded, display)
    fund_finder: ahocorasick.Automaton | None = None  # finds the fund_keys in a text
    fund_heads: set[str] = field(default_factory=set)  # the leading words of each fund key
    aliases: dict[str, str] = field(default_factory=dict)
    people: dict[str, list[tuple[int, str]]] | None = None
    # surname -> (ordinals of its uses, in order; how many full names it stands for)
    _surnames: dict[str, tuple[list[int], int]] = field(default_factory=dict)
    org_words: set[str] = field(default_factory=set)  # first words of firms ("Summit", "Northgate")
    row_firm: tuple[str, str] | None = None  # (table header, firm) of the manager table being read
    facts: list[tuple[int, Fact]] = field(default_factory=list)  # (priority, fact)
    doc: str = ""
    passages: int = 0  # how many
    # one object per distinct subject, value, item and attribute tuple of the facts (a long filing
    # finds the same fact in passage after passage, all kept until they are merged)
    shared: dict = field(default_factory=dict)
    # empty the name caches of ``index.names`` once the people index is made (see read_facts)
    forget_names: bool = False

    def alias(self, org: str) -> str:
        return self.aliases.get(org.casefold(), org)

    def add(
        self,
        kind: str,
        subject: str,
        passage: Passage,
        value: str = "",
        *,
        fund: str | None = None,
        items: Iterable[str] = (),
        prio: int = 2,
        **attrs: str | None,
    ) -> None:
        subject = subject.strip()
        if not subject:
            return
        if kind in _PERSON_KINDS:
            subject = normalise_person(subject)
        clean = tuple(
            (k, normalise_person(v) if k in _PERSON_ATTRS and kind in _PERSON_KINDS else v.strip())
            for k, v in attrs.items()
            if v and v.strip()
        )
        one = self.shared.setdefault
        value = value.strip()
        listed = tuple(items)
        fact = Fact(
            kind=kind,
            subject=one(subject, subject),
            value=one(value, value),
            items=one(listed, listed),
            fund=fund,
            doc=passage.doc,
            passage=passage.ordinal,
            attrs=one(clean, clean),
        )
        self.facts.append((prio, fact))

    def _index_people(self) -> None:
        self.people = {}
        last_head = ""
        for n, p in enumerate(self.source(), 1):
            if self.forget_names and n % FORGET_NAMES_EVERY == 0:
                names.clear_caches()
            head = p.section[-1] if p.section else ""
            if head != last_head:
                last_head = head
                hm = _HEADING_PERSON_RE.match(head)
                found = _clean_name(hm.group("name")) if hm else None
                if found:
                    self.people.setdefault(surname_word(found), []).append((p.ordinal, found))
            text = p.text[:MAX_PASSAGE_CHARS]
            for m in _NAME_RE.finditer(text):
                name = _clean_name(m.group(0))
                if name:
                    name = self.shared.setdefault(name, name)  # one string per distinct name
                    self.people.setdefault(surname_word(name), []).append((p.ordinal, name))
        if self.forget_names:
            names.clear_caches()

    def amend(self, passage: int, kind: str, other: str, **attrs: str) -> None:
        """Add attrs to the current (not former) fact of this kind read from the same passage."""
        for n in range(len(self.facts) - 1, -1, -1):
            prio, f = self.facts[n]
            if f.passage != passage:
                break
            if f.kind == kind and f.value != other and f.attr("change") != "former":
                extra = tuple((k, v) for k, v in attrs.items() if f.attr(k) is None)
                self.facts[n] = (prio, replace(f, attrs=f.attrs + extra))
                return

    def person(self, surname: str, index: int) -> str | None:
        """The full name a bare surname ("Mr. Sido") refers to: nearest earlier use, else later."""
        if self.people is None:
            self._index_people()
        key = surname_word(surname)
        cands = self.people.get(key) if self.people else None
        if not cands:
            return None
        found = self._surnames.get(key)
        if found is None:  # once per surname: its ordinals (in order) and how many names
            found = self._surnames[key] = ([i for i, _ in cands], len({n for _, n in cands}))
        ordinals, names = found
        if names == 1:
            return cands[0][1]
        k = bisect.bisect_right(ordinals, index)
        if k:  # the nearest earlier use (the first of those in its passage)
            return cands[bisect.bisect_left(ordinals, ordinals[k - 1])][1]
        return cands[0][1]


def _build_doc(source: Callable[[], Iterable[Passage]], meta: DocMeta | None) -> _Doc:
    """The filing's funds, aliases and firm words: one pass over its passages (``ctx.doc``
    stays empty when it has none)."""
    ctx = _Doc(source=source, meta=meta)
    funds: list[str] = [f for f in (meta.funds if meta else ()) if _valid_fund(f)]
    head_funds: dict[str, str | None] = {}
    cover: list[Passage] = []  # the first COVER_FUND_PASSAGES, for a filing that names no fund
    for p in source():
        if not cover:
            ctx.doc = p.doc
        ctx.passages += 1
        if len(cover) < COVER_FUND_PASSAGES:
            cover.append(p)
        text = p.text[:MAX_PASSAGE_CHARS]
        if len(text.split()) <= 14 or p.kind == "heading" or text.rstrip().endswith(":"):
            for m in _FUNDNAME_RE.finditer(text):
                name = _trim_fund(m.group(0))
                if name:
                    funds.append(name)
        for head in p.section[-2:]:
            if head not in head_funds:  # once per heading, not once per passage under it
                whole = _FUNDNAME_RE.fullmatch(head.strip())
                head_funds[head] = _trim_fund(head.strip()) if whole else None
            name = head_funds[head]
            if name:
                funds.append(name)
        if "(" not in text or not _ALIAS_OPEN_RE.search(text):
            continue
        for m in _ALIAS_RE.finditer(text):
            org = _clean_org(m.group("org"))
            if not org:
                continue
            if m.group("a3") and not re.search(
                r"(?:Inc|LLC|L\.?P|LLP|Ltd|Limited|plc|Company|Corporation|Group|Management|Partners"
                r"|Advis[eo]rs|Investments|N\.?A)\.?\s*$",
                org,
            ):
                continue
            for short in (m.group("a1"), m.group("a2"), m.group("a3")):
                if short and short.strip().lower() not in {"fund", "funds", "trust", "portfolio"}:
                    ctx.aliases.setdefault(short.strip().casefold(), org)
    for short, org in ctx.aliases.items():
        ctx.org_words.add(org.split()[0].strip(",.;:"))
        if " " not in short and short[:1].isalpha():
            ctx.org_words.add(short.capitalize())
            ctx.org_words.add(short)
    if not funds:
        for p in cover:
            for m in _FUNDNAME_RE.finditer(p.text[:2000]):
                name = _trim_fund(m.group(0))
                if name:
                    funds.append(name)
    seen: dict[str, str] = {}
    for f in funds:
        key = f.casefold()
        if key not in seen or (seen[key].isupper() and not f.isupper()):
            seen[key] = f
    ctx.funds = list(seen.values())
    ctx.fund_keys = sorted(seen.items(), key=lambda kv: -len(kv[0]))
    ctx.fund_finder = _finder([key for key, _ in ctx.fund_keys])
    ctx.fund_heads = {
        " ".join(words[:n])
        for key, _ in ctx.fund_keys
        for words in [key.split()]
        for n in range(1, len(words))
    }
    return ctx


def _finder(keys: Sequence[str]) -> ahocorasick.Automaton | None:
    """One automaton finding every key in a text in one pass (the value: the key's rank)."""
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for rank, key in enumerate(keys):
        automaton.add_word(key, (rank, key))
    automaton.make_automaton()
    return automaton


# Words that start a capitalised run ending in "Fund" without being part of a fund's name.
_FUND_LEAD_STOP = _words(
    """
    The THE Each All Any Both Effective Supplement SUPPLEMENT To Closed Open Annual Mutual
    Underlying Acquired Acquiring Master Feeder Target New Current Existing Other Such Same
    Predecessor Successor Policies Important Changes Joined Managed Prior Total Certain
    Participating Affiliated Investing Investment Money Shares Class Series Board Trustees
    Ownership
    """
)
_FUND_CUT_BEFORE_OF = _words(
    """
    board trustees directors shareholders shares series class supplement prospectus
    prospectuses summary statement information portion assets name names page section
    adviser advisor sub-adviser subadviser manager managers
    """
)
_FUND_LOWER_OK = frozenset({"of", "and", "&", "for", "ex", "de"})


def _trim_fund(name: str) -> str | None:
    """The fund's name inside a capitalised run ending in Fund/Portfolio/ETF, or None."""
    words = name.replace("\u00a0", " ").split()
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() == "of" and words[i - 1].lower().strip(",") in _FUND_CUT_BEFORE_OF:
            words = words[i + 1 :]
            break
    while words and (words[0] in _FUND_LEAD_STOP or words[0] in _ORG_LEAD_STOP):
        words.pop(0)
    while words and words[0].lower() in _FUND_LOWER_OK | {"the"}:
        words.pop(0)
    caps = 0
    while caps < len(words) and re.fullmatch(r"[A-Z0-9®&.\-]{2,}", words[caps]):
        caps += 1
    if 0 < caps < len(words) - 1 and any(
        w.strip("®") in {"FUNDS", "TRUST", "SERIES", "PORTFOLIOS", "INC.", "CORPORATION"}
        for w in words[:caps]
    ):
        words = words[caps:]
    candidate = " ".join(words).strip(" ,")
    return candidate if _valid_fund(candidate) else None


def _valid_fund(name: str) -> bool:
    """A plausible fund name: 2-12 words, capitalised, ending in Fund/Portfolio/ETF, no sentence."""
    words = name.split()
    if not 2 <= len(words) <= 12 or not re.match(r"[A-Z]", words[0]):
        return False
    if words[0] in _FUND_LEAD_STOP or not re.fullmatch(
        r"(?:Fund|Portfolio|ETF|FUND|PORTFOLIO)", words[-1]
    ):
        return False
    if re.search(r"(?<![A-Z])[.;:!?]\s|[“”\"]", name):
        return False
    if any(w.casefold().strip(",") in _NOT_FUND_WORDS for w in words):
        return False
    return all(re.match(r"[A-Z0-9(&]", w) or w in _FUND_LOWER_OK for w in words)


_NOT_FUND_WORDS = _words(
    """
    the objective objectives summary risks policies information about your our prospectus
    statement section supplement table changes fees expenses purchase sale sales redemption
    """
)


# What must follow the "(" of an alias (_ALIAS_RE): a quote, "the" and a quote, or a capital.
_ALIAS_OPEN_RE = re.compile(r"\((?:the\s+[“\"'`‘]|[“\"'`‘A-Z])")
_ALIAS_RE = re.compile(
    rf"(?P<org>(?:[A-Z][a-z]+,\s+(?=[A-Z][a-z]+\s+&\s))?{_ORG})\s*\((?:(?:the\s+)?[“\"'`‘]+(?P<a1>[^”\"'’`]{{2,40}})[”\"'’`]+"
    r"(?:\s*(?:or|and)\s+(?:the\s+)?[“\"'`‘]+(?P<a2>[^”\"'’`]{2,40})[”\"'’`]+)?"
    r"|(?P<a3>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2}))\s*\)"
)


@dataclass(slots=True)
class _PCtx:
    """What one passage's extractors know: its text, fund, sentences and neighbours."""

    index: int
    p: Passage
    text: str
    fund: str | None
    mentioned: list[str]
    label: str  # the nearest preceding label or heading
    table: str  # header/caption text of the table a row belongs to ("" when not a row)
    firm: str | None  # the adviser/sub-adviser named just before (for manager tables)
    header: str = ""  # first row of the table a row belongs to
    _sents: list[tuple[int, str]] | None = None
    _low: str | None = None

    @property
    def sents(self) -> list[tuple[int, str]]:
        if self._sents is None:
            self._sents = _sentences(self.text)
        return self._sents

    @property
    def low(self) -> str:
        """The text in lower case."""
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    def has(self, *words: str) -> bool:
        low = self.low  # (a loop, not any() over a generator: called for every passage)
        for w in words:  # noqa: SIM110
            if w in low:
                return True
        return False

    def forget(self) -> None:
        """Drop the cached sentences and lower-case text once the passage is read (a long
        filing would otherwise keep two more copies of its text); asked for again, they are
        made again."""
        self._sents = self._low = None


def _mentions(ctx: _Doc, text: str) -> list[str]:
    """The filing's funds a text names, longest names first; a shorter name inside a longer
    one already found does not count. One pass over the text, whatever the number of funds."""
    if ctx.fund_finder is None:
        return []
    low = text.casefold()
    places: dict[int, list[int]] = {}  # key rank -> start offsets, in order
    for end, (rank, key) in ctx.fund_finder.iter(low):
        places.setdefault(rank, []).append(end - len(key) + 1)
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for rank in sorted(places):
        key, display = ctx.fund_keys[rank]
        for start in places[rank]:
            end = start + len(key)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                if display not in found:
                    found.append(display)
                break
    return found


def _is_label(p: Passage) -> bool:
    text = p.text.strip()
    return p.kind == "heading" or (
        (len(text.split()) <= LABEL_MAX_WORDS and not re.search(r"[.;]\s*$", text))
        and "|" not in text
    )


def _dominant_fund(all_mentions: Iterable[list[str]]) -> str | None:
    """The fund a filing is about when it names one fund far more often than any other."""
    counts: dict[str, int] = {}
    for found in all_mentions:
        for f in found:
            counts[f] = counts.get(f, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda f: counts[f])
    total = sum(counts.values())
    if counts[best] >= DOMINANT_MIN_MENTIONS and counts[best] >= DOMINANT_SHARE * total:
        return best
    return None


def _contexts(ctx: _Doc) -> Iterator[_PCtx]:
    """Each passage's context, in order, made as the passage is read (a second pass: the
    first finds the funds each passage names, and whether one fund dominates the filing)."""
    meta_funds = [f for f in (ctx.meta.funds if ctx.meta else ()) if _valid_fund(f)]
    single = meta_funds[0] if len(meta_funds) == 1 else None
    if single is None and not meta_funds and len(ctx.funds) == 1:
        single = ctx.funds[0]
    named: dict[int, list[str]] = {}  # the funds a passage names, for those that name one
    for i, p in enumerate(ctx.source()):
        found = _mentions(ctx, p.text[:MAX_PASSAGE_CHARS])
        if found:
            named[i] = found
    if single is None:
        single = _dominant_fund(named.values())
    carried: tuple[int, str] | None = None
    firm: tuple[int, str, tuple[str, ...]] | None = None  # (where, firm, its section's parents)
    header = caption = table = ""
    prev: Passage | None = None
    for i, p in enumerate(ctx.source()):
        text = p.text[:MAX_PASSAGE_CHARS]
        mentioned = named.pop(i, None) or []
        section_fund = None
        for head in reversed(p.section):
            hm = _mentions(ctx, head)
            if len(hm) == 1:
                section_fund = hm[0]
                break
        fund = None
        if len(mentioned) == 1:
            fund = mentioned[0]
        elif not mentioned:
            if section_fund:
                fund = section_fund
            elif carried and i - carried[0] <= CARRY_WINDOW:
                fund = carried[1]
            else:
                fund = single
        elif section_fund in mentioned:
            fund = section_fund
        if p.kind == "row":
            if prev is None or prev.kind != "row":
                header = text
                caption = prev.text[:MAX_PASSAGE_CHARS] if prev is not None else ""
                table = f"{caption} {header}".strip()  # one string for all the table's rows
        else:
            header = caption = table = ""
        own_head = p.section[-1] if p.section else ""
        if prev is not None and _is_label(prev) and prev.section == p.section:
            label = prev.text.strip()
        else:
            label = own_head
        if firm and (i - firm[0] > 3 or p.section[:-1] != firm[2]):
            firm = None
        pc = _PCtx(
            i,
            p,
            text,
            fund,
            mentioned,
            label,
            table,
            firm[1] if firm else None,
            header=header,
        )
        yield pc
        if text.rstrip().endswith(":") and len(mentioned) > 1:
            last = _mentions(ctx, pc.sents[-1][1]) if pc.sents else []
            if len(last) == 1:
                carried = (i, last[0])
        elif len(mentioned) == 1 and (text.rstrip().endswith(":") or _is_label(p)):
            carried = (i, mentioned[0])
        # (the firm's name under its label; its block's next caption may run on: "X LLC
        # Portfolio Managers", a short line that is a firm by its legal form)
        firm_name = _CAPTION_TAIL_RE.sub("", re.sub(r"\s*\([^()]*\)\s*$", "", text))
        if (
            _is_org_label(label)
            and (not _is_label(p) or _CORPORATE_RE.search(firm_name))
            and len(text.split()) <= 12
        ):
            org = _clean_org(firm_name, ctx)
            if org:
                firm = (i, org, p.section[:-1])
        inline = list(_INLINE_LABEL_RE.finditer(text)) if "dvis" in text else []
        if inline:
            org = _clean_org(inline[-1].group("new"), ctx)
            if org:
                firm = (i, org, p.section[:-1])
        elif p.kind != "row" and ("anag" in text or "rofessional" in text):
            org = _managers_firm(text, ctx)
            if org:
                firm = (i, org, p.section[:-1])
        prev = p


# The lead-in of a manager block that says whose people they are: "the portfolio managers of
# Castlegate Advisors LLC", "professionals at X LLC", "X LLC's portfolio managers".
_MANAGERS_OF_RE = re.compile(
    r"(?i:(?:portfolio\s+)?managers|investment\s+professionals|professionals|team\s+members)"
    rf"\s+(?:of|from|at|with|(?i:employed\s+by))\s+(?:the\s+)?(?P<org>{_ORG})"
    rf"|(?P<org2>{_ORG})['’]s\s+(?i:(?:portfolio\s+)?managers|investment\s+professionals)"
)


def _managers_firm(text: str, ctx: _Doc) -> str | None:
    """The one firm (named by its legal form) whose managers a passage introduces, if any."""
    found = {
        org
        for m in _MANAGERS_OF_RE.finditer(text)
        if (org := _clean_org(m.group("org") or m.group("org2"), ctx)) and _CORPORATE_RE.search(org)
    }
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------------------------------------
# People: managers, titles, careers, departures and additions

_VERB = (
    r"(?:has|have|had|is|are|was|were|will|would|shall|joined|rejoined|co-manages?|manages?"
    r"|managed|serves?|served|continues?|continued|began|led|leads|worked|works|retires?|retired"
    r"|holds|held|did|does|no\s+longer|stepped|steps|replaces?|replaced|assumes?|assumed"
    r"|co-manage|also|previously|formerly)\b"
)
# "A and B of Larchmont will ...": the firm a subject is of, between the name and the verb.
_AFFILIATION = r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})?"
_SUBJ_TAIL_RE = re.compile(
    rf"^{_CREDS}{_AFFILIATION}\s*(?:\((?P<paren>[^()]{{1,80}})\))?\s*"
    rf"(?:,\s+(?P<appos>(?:[^;()]|\([^()]*\)){{1,200}}?)\s*,?)?\s*(?:,\s*)?(?:(?:who|which)\s+)?(?={_VERB})"
)
_APPOS_VERB_RE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|joined|serves|served)\b")
_JOIN_TAIL_RE = re.compile(
    rf"^{_CREDS}\s*(?:,\s+(?P<appos>(?:[^;()]|\([^()]*\)){{1,200}}?)\s*,?)?\s*(?:,\s*)?(?:and\s+)?$"
)
_MANAGE_PATTERNS = [
    re.compile(
        rf"\b(?:co-?)?manag(?:e|es|ed|ing)\s+(?:(?:a|the)\s+(?P<portion>[\w-]+\s+)?portion\s+of\s+)?{_FUND_REF}"
    ),
    re.compile(
        rf"\b(?:[Cc]o-?[Ll]ead\s+|[Ll]ead\s+|[Cc]o-?)?(?:[Pp]ortfolio\s+)?[Mm]anagers?\s+(?:of|for|to|on)\s+{_FUND_REF}"
    ),
    re.compile(
        r"\b(?:the\s+)?(?:Funds?|funds?|Portfolios?)(?:[’']s?)?\s+(?:[\w-]+\s+){0,2}?portfolio\s+managers?"
    ),
    re.compile(
        rf"\b(?:jointly\s+and\s+)?(?:(?:primar(?:y|ily)|sole|shared\s+primary|jointly)\s+)?"
        rf"responsib\w+\s+for\s+"
        rf"(?:the\s+)?(?:day-to-day\s+)?(?:investment\s+)?(?:management|managing)\s+(?:of\s+)?{_FUND_REF}"
        r"(?:[’']s?\s+(?P<pf>[\w\s-]{0,30}?)(?:portfolio|assets))?"
    ),
    re.compile(
        r"\bserved\s+as\s+(?:a\s+)?(?:co-?lead|lead|co-?)\s*(?:portfolio\s+)?manager\s+with\b"
    ),
]
_LEAD_ONLY_RE = re.compile(
    r"^(?:is|was)\s+(?:the|a)\s+(?P<role>lead|co-lead)\s+portfolio\s+manager"
)
_NEGATIVE_RE = re.compile(
    r"\b(?:no\s+longer|step(?:s|ped)?\s+down|will\s+not|ceas\w+|resign\w*|retir\w+|removed|deleted"
    r"|leave\s+of\s+absence|replaced\s+by)\b"
)
_SINCE_RE = re.compile(
    rf"\bsince\s+(?P<inc>(?:(?:its|the\s+(?:Fund|fund|Portfolio|portfolio|Predecessor\s+Fund)[’']s|the)\s+)?"
    rf"inception\s+(?:in\s+)?|it\s+commenced\s+operations\s+in\s+)?"
    rf"(?:(?:re)?joining\s+[^,.;]{{1,60}}?\s+in\s+)?(?P<d>{_WHEN})"
)
_LEADING_SINCE_RE = re.compile(rf"^\s*Since\s+(?P<d>{_WHEN}),")
_DEPARTURE_RE = re.compile(
    r"^(?:[^.;]{0,60}?)\b(?P<what>will\s+no\s+longer\s+serve|(?:is|are)\s+no\s+longer"
    r"|no\s+longer\s+serves?|(?:will|to)\s+step\s+down|(?:has|have)\s+stepped\s+down|steps\s+down"
    r"|will\s+(?:each\s+)?retire|(?:has|have)\s+retired|(?:is|are)\s+retiring"
    r"|(?:is|are)\s+(?:currently\s+)?on\s+(?:a\s+)?leave\s+of\s+absence"
    r"|will\s+(?:be\s+)?(?:taking|on)\s+(?:a\s+)?leave\s+of\s+absence"
    r"|(?:has|have)\s+resigned|will\s+resign|will\s+leave|(?:is|are)\s+leaving|has\s+left)"
)
_ADDITION_RE = re.compile(
    r"^(?:[^.;]{0,40}?)\b(?P<what>(?:will\s+be|(?:has|have)\s+been|(?:is|are)\s+being)\s+(?:added|appointed|named)"
    r"|(?:has|have)\s+joined\s+the\s+(?:[\w-]+\s+){0,3}team|will\s+join\s+the\s+(?:[\w-]+\s+){0,3}team"
    r"|replaces?\s+the\s+portfolio\s+managers?|(?:has|have)\s+replaced|will\s+replace|replaces"
    r"|began\s+(?:her|his|their)\s+term|will\s+(?:begin|assume)|assumed|(?:has|have)\s+become)"
)
_TITLE_TEXT = (
    r"(?:[A-Z][\w’'&/\-]*|CIO|CEO)"
    r"(?:\s+(?:(?:and|of|of\s+the|for|&|in|on)\s+)?(?:[A-Z][\w’'&/\-]*|co-head|co-chief))*"
)
_ORGREF = rf"(?:the\s+(?:Sub-?)?[Aa]dvis[eo]r|the\s+Manager|the\s+Board|the\s+Trust|{_ORG})"
_APPOS_END = (
    r"(?:\s*[.;]|\s*,\s+(?:and\s+)?(?:[A-Z]|(?:has|have|is|are|was|who|joined|will|serves?|co-manages?"
    r"|manages?)\b)|\s+(?:has|have|is|are|was|joined|will|co-manages?)\b|\s*$)"
)
_APPOS_RE = re.compile(
    rf"{_NAME_START}(?P<name>{_HONORIFIC}\.?\s+{_WORD}|{_NAME})(?:(?:\s*,?\s*{_CRED}(?![\w]))+\s*,?\s+|\s*,\s+)(?:an?\s+)?"
    rf"(?P<title>{_TITLE_TEXT}?)(?:\s*,\s*(?P<title2>{_TITLE_TEXT}?))?"
    rf"(?:\s+(?:of|at|with)\s+(?P<org>{_ORGREF})(?={_APPOS_END}|\s+and\s+[a-z])|(?={_APPOS_END}))"
)
_TITLE_MANAGES_RE = re.compile(
    rf"^\W{{0,3}}(?P<name>{_NAME}){_CREDS},?\s+[^.;]{{0,150}}?\b(?P<role>(?i:co-manager|co-portfolio\s+manager|co-lead\s+portfolio\s+manager"
    rf"|lead\s+portfolio\s+manager|portfolio\s+manager|manager))\s+(?:of|for)\s+the\s+(?:fund|Fund|Portfolio|Funds|funds)\b"
)
_REFERENCES_DELETED_RE = re.compile(
    rf"\b[Aa]ll\s+references\s+to\s+(?P<name>{_HONORIFIC}\.?\s+{_WORD}|{_NAME}){_CREDS}[^.]{{0,160}}?"
    r"\b(?:should\s+be|are|is|will\s+be|have\s+been|shall\s+be)\s+(?:hereby\s+)?(?:deleted|removed)"
)
_IS_TITLE_RE = re.compile(
    rf"^(?:is|are|serves\s+as|was\s+named|has\s+been\s+named)\s+(?:an?\s+|the\s+)?(?P<title>{_TITLE_TEXT})"
    rf"\s+(?:of|at|with)\s+(?P<org>the\s+(?:Sub-?)?Advis[eo]r|the\s+Manager|{_ORG})"
)
_JOINED_PATTERNS = [
    re.compile(
        rf"\b(?:has\s+been|had\s+been|was|is)\s+(?:with|at|employed\s+(?:by|with))\s+(?P<org>the\s+(?:Sub-?)?Advis[eo]r|{_ORG})"
        rf"(?:\s+as\s+(?:an?\s+)?(?P<role>[^,.;]{{1,60}}?))?\s+since\s+(?P<d>{_WHEN})"
        rf"(?:\s*,?\s*(?:and\s+)?previously\s+from\s+(?P<prev>{_YEAR}\s+(?:to|through|-|–)\s+{_YEAR}))?"
    ),
    re.compile(
        rf"\b(?:has\s+been|had\s+been)\s+(?:an?\s+)?(?P<role>[\w\s-]{{2,40}}?)\s+(?:with|at)\s+"
        rf"(?P<org>the\s+(?:Sub-?)?Advis[eo]r|{_ORG})(?:\s+or\s+its\s+predecessors?)?\s+since\s+(?P<d>{_WHEN})"
    ),
    re.compile(
        rf"\b(?:re)?[Jj]oined\s+(?P<org>the\s+(?:Sub-?)?Advis[eo]r|the\s+Manager|the\s+[Ff]irm|{_ORG})\s+in\s+(?P<d>{_WHEN})"
        rf"(?:\s+as\s+(?:an?\s+)?(?P<role>[^,.;]{{1,60}}?)(?=[,.;]|\s+and\b|\s+from\b|$))?"
        rf"(?:\s+from\s+(?P<from>{_ORG}))?"
    ),
    re.compile(
        rf"(?:\b(?:for|at|with)\s+(?P<org2>{_ORG})\s+)?\b[Ss]ince\s+(?:re)?joining\s+"
        rf"(?P<org>the\s+(?:Sub-?)?[Aa]dvis[eo]r|the\s+[Ff]irm|{_ORG})\s+in\s+(?P<d>{_WHEN})"
    ),
]
_PRIOR_RE = re.compile(
    rf"\b(?:Prior\s+to|Before)\s+(?:re)?joining\s+"
    rf"(?:the\s+(?:Sub-?)?[Aa]dvis[eo]r|the\s+[Ff]irm|the\s+[A-Z][\w-]+|{_ORG})"
    rf"(?:\s+in\s+{_WHEN})?,\s+(?P<subj>{_HONORIFIC}\.?\s+{_WORD}|he|she|He|She|{_NAME})\s+"
    rf"(?P<verb>was|served|worked|led|managed|held|spent|had\s+been)\s+(?P<role>[^.;]{{0,150}}?)\s*"
    rf"\b(?:at|for|with|of)\s+(?P<org>{_ORG})"
)
_PREV_EMPLOY_RE = re.compile(
    r"\b(?:previous|prior)\s+(?:employment|experience|positions?)\s+(?:includes?|included)\s+"
    r"(?P<list>(?:[^.]|\.(?=[,\w]|\s+[a-z(])){5,600})"
)
_PREV_ITEM_RE = re.compile(
    rf"^(?:and\s+)?(?P<org>{_ORG}),?\s+(?:as\s+(?:an?\s+)?(?P<role>[^()]{{2,80}}?))?\s*\((?P<years>[^)]{{4,30}})\)"
)
_CAREER_ITEM_RE = re.compile(
    rf"^(?P<role>{_TITLE_TEXT}),\s+(?P<org>{_ORG})\s*\((?P<years>{_YEAR}\s*[-–]\s*(?:{_YEAR}|present|Present))\)\s*\.?$"
)
_APPOINT_RE = re.compile(
    rf"\b(?:appoint(?:ed)?|elect(?:ed)?|named)\s+(?P<name>{_NAME}){_CREDS}\s+(?:to\s+serve\s+)?"
    rf"(?:as\s+(?:an?\s+|the\s+)?(?P<role>[A-Z][^.,;]{{2,80}}|[a-z][^.,;]{{2,60}})"
    rf"|on\s+the\s+(?P<board>Board)\b)"
)
_LISTED_BELOW_RE = re.compile(
    r"\b(?:individuals|people|persons|portfolio\s+managers|following)\s+(?:listed\s+below\s+)?"
    r"(?:are|is|handle)\s+(?:(?P<joint>jointly\s+and\s+)?primarily\s+responsible\s+for|the)\s+"
    r"(?:the\s+)?day-to-day\s+management"
)


def _person_refs(ctx: _Doc, pc: _PCtx, s: str, last: str | None) -> list[_Ref]:
    refs: list[_Ref] = []

    def free(a: int, b: int) -> bool:
        return not any(r.start < b and a < r.end for r in refs)

    for m in _MESSRS_RE.finditer(s) if "Messrs" in s else ():
        for sm in re.finditer(_WORD, m.group("list")):
            a = m.start("list") + sm.start()
            refs.append(_Ref(a, a + len(sm.group(0)), ctx.person(sm.group(0), pc.index), False))
    for m in _HON_REF_RE.finditer(s):
        if m.group("hon") == "Messrs" or not free(m.start(), m.end()):
            continue
        full = _NAME_RE.match(s, m.start("sur"))
        name = _clean_name(full.group(0)) if full else None
        if name and full and full.group(0).startswith(name):
            refs.append(_Ref(m.start(), m.start("sur") + len(name), name, True))
            continue
        sur = m.group("sur").split()[-1]
        refs.append(_Ref(m.start(), m.end(), ctx.person(sur, pc.index), False))
    for m in _NAME_RE.finditer(s):
        if not free(m.start(), m.end()):
            continue
        name = _clean_name(m.group(0))
        if not name or _org_like(ctx, name, s, m.end()):
            continue
        a = m.start() + m.group(0).find(name.split()[0])
        refs.append(_Ref(a, a + len(name), name, True))
    for m in _PRONOUN_RE.finditer(s):
        if free(m.start(), m.end()):
            refs.append(_Ref(m.start(), m.end(), last, False))
    refs.sort(key=lambda r: r.start)
    return refs


@dataclass
class _Clause:
    subjects: list[_Ref]
    text: str  # from the verb to the next subject (or sentence end)
    paren: str  # a parenthesis after the subject: "Lee Marsh (co-lead portfolio manager)"


def _clauses(s: str, refs: list[_Ref]) -> list[_Clause]:
    """Split a sentence at each subject, or list of subjects, that a verb follows."""
    found: list[tuple[list[_Ref], int, str]] = []
    group: list[_Ref] = []
    for k, ref in enumerate(refs):
        nxt = refs[k + 1].start if k + 1 < len(refs) else len(s)
        region = s[ref.end : nxt]
        if s[ref.end : ref.end + 2] in ("’s", "'s"):
            group = []
            continue
        sm = _SUBJ_TAIL_RE.match(region)
        if sm and sm.group("appos") and _APPOS_VERB_RE.search(sm.group("appos")):
            sm = None
        if sm:
            found.append(([*group, ref], ref.end + sm.end(), sm.group("paren") or ""))
            group = []
            continue
        jm = _JOIN_TAIL_RE.match(region) if k + 1 < len(refs) else None
        app = (jm.group("appos") or "") if jm else ""
        # "A, B and C" or "A, Title of Firm, and B": a list of subjects; "A, Title, B has" is not.
        if (
            jm
            and not _APPOS_VERB_RE.search(app)
            and (not app or re.search(r"\b(?:of|at)\b", app) or re.search(r"\band\s*$", region))
        ):
            group.append(ref)
            continue
        group = []
    out: list[_Clause] = []
    for n, (subjects, start, paren) in enumerate(found):
        end = found[n + 1][0][0].start if n + 1 < len(found) else len(s)
        out.append(_Clause(subjects, s[start:end], paren))
    return out


def _role_of(text: str) -> str | None:
    low = text.lower()
    if re.search(r"\bco-lead\b", low):
        return "co-lead"
    if re.search(
        r"\blead\s+(?:senior\s+)?(?:portfolio\s+)?manager|\bis\s+the\s+lead\b|\blead\s+pm\b",
        low,
    ):
        return "lead"
    if "sole responsibility" in low:
        return "sole"
    if re.search(r"\bco-?manag|\bco-portfolio|\bjointly\b|\bshar\w*\s+primary", low):
        return "co-manager"
    if re.search(r"\bprimar(?:y|ily)\s+responsib", low):
        return "primarily responsible"
    return None


_CO_MANAGED_WITH_RE = re.compile(
    rf"\b(?:co-?manag\w*|co-lead\s+portfolio\s+manager|co-portfolio\s+manager)\b[^;]{{0,200}}?\bwith\s+"
    rf"(?P<obj>{_HONORIFIC}\.?\s+{_WORD}|{_NAME})"
)


# "X will join Y as co-portfolio manager": Y manages the fund too.
_JOIN_AS_CO_RE = re.compile(
    rf"\bjoin(?:s|ed|ing)?\s+(?P<obj>{_HONORIFIC}\.?\s+{_WORD}|{_NAME})\s*,?\s+as\s+(?:a\s+)?"
    rf"co-?(?:lead\s+)?(?:portfolio\s+)?manager"
)


def _manages_from_clause(
    ctx: _Doc, pc: _PCtx, clause: _Clause, sentence: str, first: bool, after_which: bool
) -> None:
    text = clause.text
    if _NEGATIVE_RE.search(text[:120]):
        return
    hit = None
    for pat in _MANAGE_PATTERNS:
        hit = pat.search(text)
        if hit:
            break
    lead = _LEAD_ONLY_RE.match(text)
    relative = after_which and re.match(r"^(?:has|have)\s+(?:co-)?managed\b", text)
    if not hit and not lead and not relative:
        return
    pos = hit.start() if hit else 0
    since = _SINCE_RE.search(text, pos)
    since_d = since.group("d") if since else None
    if since_d is None and first:
        lm = _LEADING_SINCE_RE.match(sentence)
        if lm:
            since_d = lm.group("d")
    role = (lead.group("role") if lead else None) or _role_of(
        clause.paren + " " + text[: (since.start() if since else len(text))]
    )
    portion = None
    if hit is not None and "portion" in hit.groupdict() and hit.group("portion") is not None:
        portion = hit.group("portion").strip() + " portion"
    elif re.search(r"\ba\s+portion\s+of\s+the\b", text):
        portion = "portion"
    elif hit is not None and "pf" in hit.groupdict() and hit.group("pf"):
        portion = hit.group("pf").strip() + " portion"
    if role is None and portion:
        role = portion
    fund = _fund_in(ctx, text) or pc.fund
    for ref in clause.subjects:
        if ref.name:
            ctx.add(
                "manages",
                ref.name,
                pc.p,
                fund or "",
                fund=fund,
                prio=2 if since_d else 1,
                since=since_d,
                role=role,
            )
    if len(clause.subjects) == 1:
        obj = _CO_MANAGED_WITH_RE.search(text) or _JOIN_AS_CO_RE.search(text)
        if obj:
            surface = obj.group("obj")
            name = (
                ctx.person(surface.split()[-1], pc.index)
                if re.match(_HONORIFIC, surface)
                else _clean_name(surface)
            )
            if name:
                ctx.add(
                    "manages",
                    name,
                    pc.p,
                    fund or "",
                    fund=fund,
                    prio=0,
                    since=since_d,
                    role="co-lead" if "co-lead" in text else "co-manager",
                )


def _nearest_fund(ctx: _Doc, text: str) -> str | None:
    """The fund named last before the end of text (the subject of what follows): the name that
    ends last, of two ending at one place the longer. One pass over the text, whatever the
    number of funds (a search per fund made a long filing with many funds quadratic)."""
    if ctx.fund_finder is None:
        return None
    best: tuple[int, int] | None = None  # (end, -rank): ends last, then ranks first
    for end, (rank, _key) in ctx.fund_finder.iter(text.casefold()):
        if best is None or (end, -rank) > best:
            best = (end, -rank)
    return ctx.fund_keys[-best[1]][1] if best else None


def _fund_in(ctx: _Doc, text: str) -> str | None:
    found = _mentions(ctx, text)
    return found[0] if len(found) == 1 else None


_EFFECTIVE_RE = re.compile(
    rf"\b[Ee]ffective\s+(?:as\s+of\s+)?(?:on\s+or\s+about\s+|at\s+the\s+close\s+of\s+business\s+on\s+)?"
    rf"(?P<d>{_DATE_FULL}|{_DATE_MY})"
)


def _when_effective(sentence: str) -> str | None:
    if "ffective" not in sentence:  # what every match holds
        return None
    m = _EFFECTIVE_RE.search(sentence)
    return m.group("d") if m else None


def _people(ctx: _Doc, pc: _PCtx, lead: str | None) -> None:
    last = lead
    for _, s in pc.sents:
        refs = _person_refs(ctx, pc, s, last)
        clauses = _clauses(s, refs)
        effective = _when_effective(s)
        for n, clause in enumerate(clauses):
            named = []
            for r in clause.subjects:
                if r.name and all(r.name != o.name for o in named):
                    named.append(r)
            if not named:
                continue
            clause.subjects = named
            dep = _DEPARTURE_RE.match(clause.text)
            add = _ADDITION_RE.match(clause.text)
            if dep:
                _departure(ctx, pc, clause, dep.group("what"), effective)
            elif add:
                _addition(ctx, pc, clause, add.group("what"), effective)
            before = s[: clause.subjects[0].start].rstrip()
            _manages_from_clause(ctx, pc, clause, s, n == 0, before.endswith(", which"))
            if len(named) == 1:
                _career(ctx, pc, named[0].name or "", clause.text)
            else:
                tm = _IS_TITLE_RE.match(clause.text)
                if tm:
                    title = re.sub(r"s$", "", tm.group("title"))
                    for ref in named:
                        _add_title(ctx, pc, ref.name or "", title, tm.group("org"))
            for ref in clause.subjects:
                if (ref.full and ref.name) or ref.name:
                    last = ref.name
        for ref in refs:
            if ref.full and ref.name and last is None:
                last = ref.name
        # after the name a comma or a credential: without either no appositive matches
        appositives = _APPOS_RE.finditer(s) if "," in s or _ANY_CRED_RE.search(s) else ()
        for m in appositives:
            surface = m.group("name")
            if re.match(_HONORIFIC, surface):
                name = ctx.person(surface.split()[-1], pc.index)
            else:
                name = _clean_name(surface)
                if name and (not surface.endswith(name) or _org_like(ctx, name, s, m.end("name"))):
                    continue
            if name:
                title = m.group("title")
                if m.group("title2"):
                    title = f"{title}, {m.group('title2')}"
                _add_title(ctx, pc, name, title, m.group("org"))
        tmm = _TITLE_MANAGES_RE.match(s)
        if tmm and not _NEGATIVE_RE.search(s):
            name = _clean_name(tmm.group("name"))
            if name and s.lstrip(" >•·-").startswith(name):
                since = _SINCE_RE.search(s, tmm.end())
                ctx.add(
                    "manages",
                    name,
                    pc.p,
                    pc.fund or "",
                    fund=pc.fund,
                    prio=2 if since else 1,
                    since=since.group("d") if since else None,
                    role=_role_of(tmm.group("role").lower()),
                )
        for m in _REFERENCES_DELETED_RE.finditer(s) if "references" in s else ():
            surface = m.group("name")
            if re.match(_HONORIFIC, surface):
                name = ctx.person(surface.split()[-1], pc.index)
            else:
                name = _clean_name(surface)
                if name != surface or _org_like(ctx, name, s, m.end("name")):
                    name = None
            if name:
                role = _role_word(s[m.start() : m.end()].lower())
                ctx.add(
                    "departure",
                    name,
                    pc.p,
                    role or "",
                    fund=pc.fund,
                    prio=1,
                    role=role,
                    reason="references deleted",
                    effective=effective,
                )
        if last and re.match(r"^\W*(?:His|Her)\s+(?:previous|prior)\s+", s):
            _career(ctx, pc, last, s)
        _prior(ctx, pc, s, last)
        _appointments(ctx, pc, s, effective)
        _object_lists(ctx, pc, s)


def _departure(ctx: _Doc, pc: _PCtx, clause: _Clause, what: str, effective: str | None) -> None:
    low = clause.text.lower()
    reason = None
    if "leave of absence" in low:
        reason = "leave of absence"
    elif "retire" in low or "retirement" in low:
        reason = "retirement"
    elif "step" in what:
        reason = "step down"
    elif "resign" in low:
        reason = "resignation"
    role = _role_word(low)
    for ref in clause.subjects:
        if ref.name:
            ctx.add(
                "departure",
                ref.name,
                pc.p,
                role or "",
                fund=_fund_in(ctx, clause.text) or pc.fund,
                reason=reason,
                role=role,
                effective=effective,
            )


def _role_word(low: str) -> str | None:
    if re.search(r"portfolio\s+manag|management\s+team|investment\s+team|co-lead|co-manager", low):
        return "portfolio manager"
    m = re.search(r"\b(trustee/director|trustee|director|board\s+member|chairman|chair)\b", low)
    if m:
        return m.group(1)
    return None


def _addition(ctx: _Doc, pc: _PCtx, clause: _Clause, what: str, effective: str | None) -> None:
    low = clause.text.lower()
    role = _role_word(low)
    if "replace" in what and "portfolio manager" not in low:
        return
    if role is None and "assume" in what and "responsib" in low:
        role = "portfolio manager"
    if role is None:
        return
    fund = _fund_in(ctx, clause.text) or pc.fund
    for ref in clause.subjects:
        if ref.name:
            ctx.add(
                "addition",
                ref.name,
                pc.p,
                role,
                fund=fund,
                role=role,
                effective=effective,
            )


def _appointments(ctx: _Doc, pc: _PCtx, s: str, effective: str | None) -> None:
    if "appoint" not in s and "elect" not in s and "named" not in s:  # one starts every match
        return
    for m in _APPOINT_RE.finditer(s):
        name = _clean_name(m.group("name"))
        if not name:
            continue
        role = "board member" if m.group("board") else _clean_value(m.group("role") or "")
        if not role:
            continue
        ctx.add("addition", name, pc.p, role, fund=pc.fund, role=role, effective=effective)
        if m.group("role") and _TITLE_HEAD.search(role):
            ctx.add("title", name, pc.p, role, fund=pc.fund)


def _object_lists(ctx: _Doc, pc: _PCtx, s: str) -> None:
    """Managers named after the verb: "the portfolio is jointly managed by A, B and C"."""
    if "managed" not in s:  # in every match
        return
    m = re.search(
        r"\b(?:is|are|will\s+be|(?:continues?|continue)\s+to\s+be|(?:has|have)\s+been)\s+"
        r"(?:jointly\s+and\s+primarily\s+|primarily\s+|jointly\s+|co-?)?managed\s+by\s+"
        r"(?P<list>(?:[^.;]|(?<=\b[A-Z])\.){3,300})",  # an initial's stop ends no list
        s,
    )
    if not m:
        return
    names = [n for n in (_clean_name(x.group(0)) for x in _NAME_RE.finditer(m.group("list"))) if n]
    if not names:
        return
    fund = _nearest_fund(ctx, s[: m.start()]) or pc.fund
    since = _SINCE_RE.search(m.group("list"))
    role = "co-manager" if len(names) > 1 else _role_of(m.group(0))
    for name in names:
        ctx.add(
            "manages",
            name,
            pc.p,
            fund or "",
            fund=fund,
            prio=1,
            role=role,
            since=since.group("d") if since and len(names) == 1 else None,
        )


def _add_title(ctx: _Doc, pc: _PCtx, name: str, title: str, org: str | None) -> None:
    title = _clean_value(title)
    if not title or not _TITLE_HEAD.search(title) or len(title.split()) > 14:
        return
    if re.search(r"\b(?:Fund|Trust)\b|\bPortfolio\b(?!\s+Manag)", title) and not re.search(
        r"\bof\s+the\s+Board\b", title
    ):
        return
    if org and all(w.strip(",.") in _NOT_NAME for w in org.split()):
        title = f"{title} of {org.strip()}"  # "Head of Portfolio Management"
    ctx.add("title", name, pc.p, title, fund=pc.fund)


_JOINED_FUND_TEAM_RE = re.compile(rf"\b[Jj]oined\s+(?:the\s+)?fund\s+team\s+in\s+(?P<d>{_WHEN})")


def _career(ctx: _Doc, pc: _PCtx, name: str, text: str) -> None:
    tm = _IS_TITLE_RE.match(text)
    if tm:
        _add_title(ctx, pc, name, tm.group("title"), tm.group("org"))
    for pat in _JOINED_PATTERNS:
        for m in pat.finditer(text):
            groups = m.groupdict()
            org = groups.get("org2") or groups["org"]
            org = org if org.lower().startswith("the ") else (_clean_org(org, ctx) or "")
            if not org or re.match(r"(?i)the\s+(?:fund|portfolio)\b", org):
                continue
            if re.search(
                r"\b(?:investment\s+management|financial\s+services)\s+(?:business|industry)",
                m.group(0),
            ):
                continue
            role = groups.get("role")
            if (
                role
                and re.search(r"(?i)\b(?:fund|portfolio)\b", role)
                and "portfolio manager" not in role.lower()
            ):
                continue
            ctx.add(
                "joined",
                name,
                pc.p,
                m.group("d"),
                fund=pc.fund,
                org=org,
                role=_clean_value(role) if role else None,
                previous_tenure=groups.get("prev"),
            )
            frm = groups.get("from")
            if frm:
                prev = _clean_org(frm, ctx)
                if prev:
                    ctx.add("previous_employer", name, pc.p, prev, fund=pc.fund)
    tm2 = _JOINED_FUND_TEAM_RE.search(text)
    if tm2:
        ctx.add("manages", name, pc.p, pc.fund or "", fund=pc.fund, since=tm2.group("d"), prio=2)
    pm = _PREV_EMPLOY_RE.search(text)
    if pm:
        for part in re.split(r"\),\s*", pm.group("list")):
            im = _PREV_ITEM_RE.match(part.strip() + (")" if not part.strip().endswith(")") else ""))
            if im:
                _add_previous(ctx, pc, name, im.group("org"), im.group("role"))


def _add_previous(ctx: _Doc, pc: _PCtx, name: str, org: str, role: str | None) -> None:
    """A previous employer of a person, with the role held there, if said."""
    firm = _clean_org(org, ctx)
    if firm:
        role_said = _clean_value(role or "") or None
        ctx.add("previous_employer", name, pc.p, firm, fund=pc.fund, role=role_said)


def _subject(ctx: _Doc, pc: _PCtx, surface: str, last: str | None = None) -> str | None:
    """The person a subject stands for: "he" / "she" the last one named, "Mr. Vance" the full
    name that surname refers to, else the name as written."""
    if surface.lower() in ("he", "she"):
        return last
    if re.match(_HONORIFIC, surface):
        return ctx.person(surface.split()[-1], pc.index)
    return _clean_name(surface)


def _prior(ctx: _Doc, pc: _PCtx, s: str, last: str | None) -> None:
    for m in _PRIOR_RE.finditer(s) if "joining" in s else ():
        name = _subject(ctx, pc, m.group("subj"), last)
        org = _clean_org(m.group("org"), ctx)
        if not name or not org:
            continue
        verb = m.group("verb")
        role = _clean_value(m.group("role"))
        if verb in ("led", "managed", "held", "spent"):
            role = f"{verb} {role}".strip()
        ctx.add(
            "previous_employer",
            name,
            pc.p,
            org,
            fund=pc.fund,
            role=role or None,
        )


_ENTRY_SINCE_TEXT_RE = re.compile(
    rf"\b(?:[Mm]anaged\s+(?:the\s+)?(?:fund|Fund|Portfolio)\s+since\s+(?:inception\s+in\s+)?"
    rf"|[Jj]oined\s+(?:the\s+)?fund\s+team\s+in\s+"
    rf"|portfolio\s+manager\s+of\s+the\s+(?:Fund|fund|Portfolio)\s+since\s+)(?P<d>{_WHEN})"
)


def _run_on_entries(ctx: _Doc, pc: _PCtx, words: int) -> bool:
    """Name-first entries run together in one passage ("Ann Lee, CFA, Portfolio Manager,
    Managed the Fund since 2025 Carl Berg, CFA, Portfolio Manager, Managed the Fund since
    2013"): each name with the start after it, before the next name. True if read."""
    ends = list(_ENTRY_SINCE_TEXT_RE.finditer(pc.text))
    if len(ends) < 2 or words > ENTRY_MAX_WORDS * len(ends):
        return False
    found = []
    start = 0
    for m in ends:
        piece = pc.text[start : m.start()].strip(" ,;.")
        lead = _lead_name(ctx, piece)
        if lead is None:
            return False  # not an entry a piece: prose
        found.append((lead[0], m.group("d")))
        start = m.end()
    for name, since in found:
        ctx.add("manages", name, pc.p, pc.fund or "", fund=pc.fund, since=since, prio=2)
    return True


def _lead_firm(ctx: _Doc, pc: _PCtx, head: str) -> str | None:
    """The firm a passage opens with, before its entries, under a role's heading ("Sub-Adviser"
    over "X Management (UK) Limited Portfolio Managers Jane Doe, CFA Portfolio Manager (since
    ...)"): a short span with its legal form."""
    head = _CAPTION_TAIL_RE.sub("", head.strip())
    if not head or len(head.split()) > LEAD_FIRM_MAX_WORDS or not _is_org_label(pc.label):
        return None
    return _clean_org(head, ctx) if _CORPORATE_RE.search(head) else None


# The firm a passage of entries opens with is at most this many words.
LEAD_FIRM_MAX_WORDS = 10


def _entries(ctx: _Doc, pc: _PCtx, block_person: str | None) -> str | None:
    """Manager tables and name-first entries; returns the person the following rows are about."""
    text = pc.text
    found = False
    # The pattern needs "Portfolio Manager (since ...)": skip its scan of other passages.
    entries = _ENTRY_SINCE_RE.finditer(text) if "since" in text and "Manager" in text else ()
    # a firm's label within the passage ("... Sub-Adviser Halvard Investment Partners LLP
    # Portfolio Manager X ...") stands for the entries after it, over the label above
    labels = list(_INLINE_LABEL_RE.finditer(text)) if entries and "dvis" in text else []
    for m in entries:
        name = _clean_name(m.group("name"))
        if name:
            firm = (
                next(
                    (
                        _clean_org(lm.group("new"), ctx)
                        for lm in reversed(labels)
                        if lm.end() <= m.start()
                    ),
                    None,
                )
                or _lead_firm(ctx, pc, text[: m.start()])
                or pc.firm
            )
            ctx.add(
                "manages",
                name,
                pc.p,
                pc.fund or "",
                fund=pc.fund,
                since=m.group("d"),
                prio=2,
                firm=firm,
            )
            _add_title(ctx, pc, name, m.group("title"), firm)
            found = True
    if found:
        return None
    if "|" in text or pc.p.kind == "row":
        return _table_row(ctx, pc, block_person)
    words = len(text.split())
    if "since" in text and _run_on_entries(ctx, pc, words):
        return None
    lead = _lead_name(ctx, text)
    if not lead:
        return block_person if pc.p.kind in ("bullet", "row") else None
    name = lead[0]
    if words <= ENTRY_MAX_WORDS:
        rest = text[lead[1] :]
        rest = rest[_CRED_RE.match(rest).end() :] if _CRED_RE.match(rest) else rest
        sm = _ENTRY_SINCE_TEXT_RE.search(
            rest,
        )
        if sm:
            ctx.add("manages", name, pc.p, pc.fund or "", fund=pc.fund, since=sm.group("d"), prio=2)
        if len(pc.sents) <= 1:
            return name
    return None


_ENTRY_SINCE_RE = re.compile(
    rf"(?P<name>{_NAME}){_CREDS}\s+(?P<title>(?:(?:Lead|Senior|Co-|Associate|Chief|Deputy|Assistant)\s*)*"
    rf"Portfolio\s+Manager)\s*\(\s*since\s+(?P<d>\d{{1,2}}/\d{{2,4}}|{_WHEN})\s*\)"
)
_PM_TABLE_RE = re.compile(
    r"(?i)portfolio\s+manag|length\s+of\s+service|service\s+date|tenure|managed\s+(?:the\s+)?fund"
    r"|fund\s+since|fund\s+team"
)
_NOT_PM_TABLE_RE = re.compile(
    r"(?i)accounts|dollar\s+range|beneficially|compensation|number\s+of|year\s+of\s+birth"
    r"|position\s+held|trustee|assets\s+managed|principal\s+occupation"
)


_NAME_CELL_RE = re.compile(
    rf"^(?P<name>{_NAME}){_CREDS}\*?\s*(?:\(\d{{2,4}}\))?\s*(?:,\s*(?P<rest>.*))?$"
)
_SINCE_CELL_RE = re.compile(rf"^(?:[Ss]ince\s+)?(?P<d>{_WHEN})\.?$")
_SINCE_IN_CELL_RE = re.compile(
    rf"(?:[Mm]anaged\s+(?:the\s+)?[Ff]und\s+since\s+(?:inception\s+in\s+)?"
    rf"|[Jj]oined\s+(?:the\s+)?fund\s+team\s+in\s+|\bsince\s+)(?P<d>{_WHEN})"
)


_LEADING_CREDS_RE = re.compile(rf"^{_CREDS}\s*,?\s*")


def _classify_cell(cell: str, info: dict[str, object]) -> bool:
    """Read one table cell about a manager into info (since, role, title, career); True if used."""
    cell = cell.strip()
    if not cell:
        return False
    used = False
    sm = _SINCE_CELL_RE.match(cell) or _SINCE_IN_CELL_RE.search(cell)
    if sm and "since" not in info:
        info["since"] = sm.group("d")
        used = True
    if re.match(r"(?i)primarily\s+responsible", cell):
        info["role"] = "primarily responsible"
        return True
    cm = _CAREER_ITEM_RE.match(cell)
    if cm:
        careers = info.setdefault("careers", [])
        assert isinstance(careers, list)
        careers.append(cm)
        return True
    title = re.split(
        r",?\s*\b(?:[Mm]anaged|[Jj]oined|[Ss]ince)\b", _LEADING_CREDS_RE.sub("", cell)
    )[0]
    title = title.strip(" ,.")
    if (
        "title" not in info
        and title
        and _TITLE_HEAD.search(title)
        and len(title.split()) <= 12
        and not re.search(r"\(\d{4}", title)
    ):
        info["title"] = title
        used = True
    return used


_CORPORATE_RE = re.compile(
    r"\b(?:Inc|LLC|L\.?P|LLP|Ltd|Limited|plc|Corporation|Company|Co|N\.A|AG|SE|GmbH)\.?(?:\s*\(|$)"
)


def _table_row(ctx: _Doc, pc: _PCtx, block_person: str | None) -> str | None:
    """A manager table row, read cell by cell; a row without a name continues the row above."""
    cells = [c.strip() for c in pc.text.split("|")]
    cells = [c for c in cells if c]
    context = f"{pc.table} {pc.label} {' '.join(pc.p.section[-2:])}"
    if not _PM_TABLE_RE.search(context + " " + pc.text) or _NOT_PM_TABLE_RE.search(pc.header):
        return None
    strong = bool(re.search(r"(?i)portfolio\s+manag", context))
    current = None if pc.text == pc.header and "|" in pc.text else block_person
    infos: dict[str, dict[str, object]] = {}
    named: set[str] = set()
    firm = None
    for k, cell in enumerate(cells):
        m = _NAME_CELL_RE.match(cell)
        name = _clean_name(m.group("name")) if m else None
        if name and m and surname_word(name) != surname_word(m.group("name").strip()):
            name = None
        if name:
            current = name
            named.add(name)
            infos.setdefault(name, {})
            _classify_cell(m.group("rest") or "", infos[name]) if m else None
            continue
        if k == 0 and len(cells) > 1 and _CORPORATE_RE.search(cell):
            firm = _clean_org(cell, ctx)
            continue
        if current is None:
            continue
        info = infos.setdefault(current, {})
        _classify_cell(cell, info)
    own = pc.p.section[-1] if pc.p.section else ""
    if not firm and _CORPORATE_RE.search(own) and len(own.split()) <= LEAD_FIRM_MAX_WORDS:
        # the firm heading the rows below it ("Calder Pointe Capital LP" over a row of its
        # managers), over a firm carried from above
        firm = _clean_org(own, ctx)
    if firm:
        ctx.row_firm = (pc.header, firm)
    elif ctx.row_firm and ctx.row_firm[0] == pc.header:
        firm = ctx.row_firm[1]
    elif pc.firm:
        # (the firm of the table's lead-in holds for all its rows, however many)
        firm = pc.firm
        ctx.row_firm = (pc.header, firm)
    for name, info in infos.items():
        if not info and not (name in named and strong):
            continue
        if not info.get("since") and not strong and name not in named:
            continue
        since = info.get("since")
        if since or strong or info.get("role"):
            ctx.add(
                "manages",
                name,
                pc.p,
                pc.fund or "",
                fund=pc.fund,
                since=str(since) if since else None,
                role=str(info["role"]) if info.get("role") else None,
                firm=firm,
                prio=2 if since else 1,
            )
        title = info.get("title")
        if isinstance(title, str):
            _add_title(ctx, pc, name, title, firm if firm and " of " not in title else None)
        for cm in info.get("careers", []) or []:
            assert isinstance(cm, re.Match)
            org = _clean_org(cm.group("org"), ctx)
            if org:
                ctx.add(
                    "previous_employer",
                    name,
                    pc.p,
                    org,
                    fund=pc.fund,
                    role=_clean_value(cm.group("role")),
                )
    return current


def _block_bullets(ctx: _Doc, pc: _PCtx, person: str) -> None:
    """Career lines under a person's entry: "Vice President, Northgate Capital (2011-2012)"."""
    text = re.sub(r"^[\s|·•o>*-]+", "", pc.text).strip()
    m = _CAREER_ITEM_RE.match(text)
    if m:
        org = _clean_org(m.group("org"), ctx)
        if org:
            ctx.add(
                "previous_employer",
                person,
                pc.p,
                org,
                fund=pc.fund,
                role=_clean_value(m.group("role")),
            )
        return
    jm = _JOINED_FUND_TEAM_RE.match(text)
    if jm:
        ctx.add("manages", person, pc.p, pc.fund or "", fund=pc.fund, since=jm.group("d"), prio=2)
        return
    _career(ctx, pc, person, text)


_HEADING_PERSON_RE = re.compile(
    rf"^\W{{0,3}}(?P<name>{_NAME}){_CREDS}\s*(?:\((?P<role>[^()]{{1,80}})\))?\s*$"
)


def _heading_person(ctx: _Doc, pc: _PCtx, announce: bool) -> str | None:
    """The person a heading names ("Dana R. Holt, CFA", "Lee Marsh (Lead Portfolio Manager)")."""
    head = pc.p.section[-1].strip()
    m = _HEADING_PERSON_RE.match(head)
    name = _clean_name(m.group("name")) if m else None
    if not m or not name or not head.lstrip(" >•·-").startswith(name):
        return None
    role = m.group("role")
    if announce and role and re.search(r"(?i)portfolio\s+manager", role):
        ctx.add(
            "manages",
            name,
            pc.p,
            pc.fund or "",
            fund=pc.fund,
            prio=1,
            role=_role_of(role.lower()),
        )
    return name


_NAME_PAREN_START_RE = re.compile(
    rf"^\W{{0,3}}(?P<name>{_NAME}){_CREDS}\s*(?:\((?P<paren>[^)]{{1,80}})\))?"
)


_NAME_COMMA_START_RE = re.compile(rf"^\W{{0,3}}{_NAME}{_CREDS},")


def _listed_below(ctx: _Doc, window: Sequence[_PCtx]) -> None:
    """The names listed in the passages after one that announces them (``window``: that
    passage, then the LISTED_BELOW_WINDOW after it, or as many as there are)."""
    first = window[0]
    m = _LISTED_BELOW_RE.search(first.text)
    if not m or (
        re.search(r"\b(?:are|is)\s+(?:jointly\s+and\s+)?primarily", first.text[: m.start()])
        and _NAME_RE.search(first.text[: m.start()])
    ):
        return
    role = "co-manager" if m.group("joint") else "primarily responsible"
    head = first.p.section[-1] if first.p.section else ""
    for pc in itertools.islice(window, 1, 1 + LISTED_BELOW_WINDOW):
        text = pc.text
        new_head = pc.p.section[-1] if pc.p.section else ""
        if new_head != head:
            head = new_head
            hm = _HEADING_PERSON_RE.match(new_head)
            name = _clean_name(hm.group("name")) if hm else None
            if name and new_head.lstrip(" >•·-").startswith(name):
                ctx.add("manages", name, pc.p, pc.fund or "", fund=pc.fund, role=role, prio=1)
                continue
            break
        nm = _NAME_PAREN_START_RE.match(text)
        if nm:
            name = _clean_name(nm.group("name"))
            if name and (
                len(text.split()) <= LABEL_MAX_WORDS
                or nm.group("paren")
                or _NAME_COMMA_START_RE.match(text)
            ):
                # the role the entry itself states ("..., and Lead Manager of the fund")
                own = _role_of(text) if _NAME_COMMA_START_RE.match(text) else None
                ctx.add(
                    "manages", name, pc.p, pc.fund or "", fund=pc.fund, role=own or role, prio=1
                )
                continue
        break


# ---------------------------------------------------------------------------------------------
# Advisers, sub-advisers, administrators

_ROLE = (
    r"(?P<role>(?:investment\s+)?(?:sub-?\s?sub-?\s?|sub-?\s?)?advis[eo]r|(?:investment\s+)?manager"
    r"|administrator|sub-?administrator)"
)
_ROLE_I = r"(?i:" + _ROLE.removeprefix("(?P<role>")[:-1] + ")"
# Each pattern with the words (lower-cased) a sentence must hold one of for it to match at all:
# a substring test skips the regex scan of the many sentences that cannot match. The sentence is
# lower-cased and folded as re's IGNORECASE folds: "ı" and "İ" are "i", "ſ" is "s".
_NEEDLE_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})
# "... is the Fund's investment adviser": the end of the third pattern below (the firm before it
# is tried at every position of the sentence, so this end is looked for first, see _advisers).
_SERVES_AS_ROLE = (
    r"(?:is|serves\s+as|will\s+serve\s+as|acts\s+as|has\s+served\s+as)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:Fund|Portfolio|Trust)[’']s\s+)?"
    r"(?P<role>(?i:investment\s+)?(?i:sub-?\s?)?(?i:advis[eo]r)|(?i:investment\s+manager)|Manager"
    r"|(?i:administrator))(?=\s+(?:to|for|of)\b|[.,;]|$)"
)
# That end alone (after the white space that precedes it): where it is not found, the whole
# pattern cannot match (a varied 16 MB filing: 2.7 s of its facts' 21 s went to that pattern).
_SERVES_AS_ROLE_RE = re.compile(r"\s" + _SERVES_AS_ROLE)
_ADVISER_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(
            rf"(?P<new>{_ORG})(?:\s*\([^()]{{0,80}}\))?\s+(?P<verb>will\s+replace|replaces|has\s+replaced|replaced"
            rf"|has\s+succeeded|succeeded|will\s+succeed|succeeds)\s+(?P<old>{_ORG})(?:\s*\([^()]{{0,80}}\))?\s+as\s+"
            rf"(?:the\s+)?(?:(?:Fund|Portfolio)[’']s\s+)?(?P<role>{_ROLE_I})"
            rf"(?:\s+(?:to|for|of)\s+(?:the\s+)?(?P<fund>{_FUNDNAME}|Funds?|Portfolios?))?"
        ),
        ("replace", "succeed"),
    ),
    (
        re.compile(
            rf"\b(?:[Tt]he\s+)?(?:Fund|fund|Portfolio|portfolio|Trust)[’']s\s+(?P<role>{_ROLE_I})\s+is\s+(?P<new>{_ORG})"
            rf"(?:\s*\((?!since)(?:[^()]|\([^()]*\)){{0,80}}\))*(?:\s*\(since\s+(?P<since>{_WHEN})\))?"
        ),
        ("'s", "’s"),
    ),
    (
        re.compile(
            rf"(?P<new>{_ORG})(?:\s*\([^()]{{0,80}}\))?(?:(?:,\s+[^,;]{{0,80}}){{1,4}},)?\s+{_SERVES_AS_ROLE}"
        ),
        ("advis", "manager", "administrator"),
    ),
    (
        re.compile(
            rf"\bnew\s+(?P<role>sub-?advisory|investment\s+advisory|advisory|administration|sub-?administration)"
            rf"\s+agreement\s+with\s+(?P<new>{_ORG})"
        ),
        ("agreement",),
    ),
    (
        re.compile(
            rf"\b(?P<role>administration|sub-?advisory|advisory)\s+agreement\s+dated\s+(?P<since>{_DATE}),\s+(?P<new>{_ORG})"
        ),
        ("agreement",),
    ),
]
_SERVES_AS_PATTERN = _ADVISER_PATTERNS[2][0]
_ADVISER_LIST_RE = re.compile(
    r"^\W*(?:(?i:sub-?advis[eo]rs)\.\s+)?(?P<list>[A-Z].{5,600}?)\s+are\s+the\s+"
    r"(?:Fund[’']s\s+)?(?P<role>(?i:sub-?advis[eo]rs|investment\s+advis[eo]rs|advis[eo]rs))\b"
)
_ADVISER_PLURAL_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:Fund|fund|Portfolio)[’']s\s+(?P<role>(?i:sub-?advis[eo]rs|investment\s+advis[eo]rs))\s+are\s+(?P<list>[^.]{5,800})"
)
_FORMER_ADMIN_RE = re.compile(
    rf"\bPrior\s+to\s+(?P<d>{_DATE}),\s+(?P<old>{_ORG})(?:\s*\([^()]{{0,80}}\))?\s+served\s+as\s+(?:the\s+)?(?P<role>{_ROLE_I})"
)


_ORG_LABEL_RE = re.compile(r"(?i)(?:investment\s+)?(?P<r>(?:sub-?\s?)*advis[eo]rs?|manager)")


def _org_like(ctx: _Doc, name: str, text: str, end: int) -> bool:
    """A name-shaped span that is a firm: "Summit Multi-Asset", "Northgate Shields LLC"."""
    first = name.split()[0]
    if first in ctx.org_words or first.casefold() in ctx.aliases or name.casefold() in ctx.aliases:
        return True
    if name.casefold() in ctx.fund_heads:  # the first words of a fund's name
        return True
    return bool(
        re.match(r",?\s*(?:Inc\b|LLC|L\.P\.|LP\b|LLP|Ltd|Limited|plc|&)", text[end : end + 8])
    )


def _looks_like_person(ctx: _Doc, org: str) -> bool:
    """A "firm" that is a person's name (no corporate word, not a defined short name)."""
    if org.casefold() in ctx.aliases or re.search(
        r"\b(?:Inc|LLC|L\.?P|LLP|Ltd|Limited|plc|Corporation|Company|Co|Group|Management|Advis[eo]rs?"
        r"|Investments?|Partners|Capital|Asset|Associates|Trust|Bank|N\.A|Fund)\b",
        org,
    ):
        return False
    name = _clean_name(org)
    return name is not None and name == org


# The caption of a firm's block of managers, run on after the firm's name.
_CAPTION_TAIL_RE = re.compile(r"\s+Portfolio(?:\s+Manag(?:ers?|ement(?:\s+Team)?))?\s*$")
# Just after a firm's legal form ("... Co. LLC", "... Limited", "(UK) Ltd.").
_LEGAL_END = "(?:{})".format(
    "|".join(
        f"(?<={re.escape(suffix)})"
        for suffix in ("LLC", "LLP", "Inc.", "Inc", "Ltd.", "Ltd", "Limited", "L.P.", "LP", "plc")
    )
)
_INLINE_LABEL_RE = re.compile(
    rf"(?:^\W*(?P<role0>(?:Investment\s+)?(?:Sub-?\s?)*(?:Advis[eo]rs?|Subadvis[eo]rs?))"
    rf"|(?<=\s)(?P<role1>Investment\s+Advis[eo]rs?|(?:Sub-?\s?)+Advis[eo]rs?|Subadvis[eo]rs?))\s*[:.—–]?\s*"
    rf"(?P<new>{_ORG})(?:\s*\([^()]{{1,60}}\))?"
    # (the next label after it; "Investment Adviser" only after a name ended by its legal form,
    # not the "Investment Advisors" of "Sub-Adviser. Northbeam Investment Advisors, LLC")
    rf"(?=\s+(?:Portfolio\s+Manag|Sub-|Subadvis)|{_LEGAL_END}\s+Investment\s+Advis|\s*$)"
)


def _kind_of_role(role: str) -> str:
    low = role.lower()
    if "admin" in low:
        return "administrator"
    if "sub" in low:
        return "subadviser"
    return "adviser"


def _advisers(ctx: _Doc, pc: _PCtx) -> None:
    text = pc.text
    label_role = _ORG_LABEL_RE.fullmatch(pc.label.strip().rstrip(".:"))
    if label_role and pc.p.kind != "heading":
        parts = [x for x in re.split(r"(?<=\))\s+(?=[A-Z])", text) if x.strip()]
        for part in parts:
            if (
                len(part.split()) > 12
                or "|" in part
                or re.search(r"\b(?:is|are|has|will|serves?)\b", part)
                or re.match(r"(?i)(?:title|tenure|name|portfolio\s+manag)", part)
            ):
                break
            org = _clean_org(re.sub(r"\s*\([^()]*\)\s*$", "", part), ctx)
            if org:
                role = label_role.group("r")
                kind = _kind_of_role(role)
                ctx.add(
                    kind,
                    pc.fund or ctx.doc,
                    pc.p,
                    org,
                    fund=pc.fund,
                    role="sub-subadviser" if role.lower().count("sub") > 1 else None,
                )
    for m in _INLINE_LABEL_RE.finditer(text):
        org = _clean_org(m.group("new"), ctx)
        if org and not _looks_like_person(ctx, org):
            role = m.group("role0") or m.group("role1")
            ctx.add(
                _kind_of_role(role),
                pc.fund or ctx.doc,
                pc.p,
                org,
                fund=pc.fund,
                role="sub-subadviser" if role.lower().count("sub") > 1 else None,
            )
    for _, s in pc.sents:
        effective = _when_effective(s)
        low = s.lower().translate(_NEEDLE_FOLD)
        for pat, words in _ADVISER_PATTERNS:
            if words and not any(w in low for w in words):
                continue
            if pat is _SERVES_AS_PATTERN and not _SERVES_AS_ROLE_RE.search(s):
                continue
            for m in pat.finditer(s):
                org = _clean_org(m.group("new"), ctx)
                if not org or _looks_like_person(ctx, org):
                    continue
                groups = m.groupdict()
                role = groups["role"]
                kind = _kind_of_role(role)
                old = _clean_org(groups["old"], ctx) if groups.get("old") else None
                fund = pc.fund
                if groups.get("fund") and not re.fullmatch(
                    r"(?i)funds?|portfolios?", groups["fund"]
                ):
                    fund = _trim_fund(groups["fund"]) or fund
                change = None
                if old:
                    change = "replaces"
                elif "agreement" in m.group(0) and "new" in m.group(0):
                    change = "new agreement"
                ctx.add(
                    kind,
                    fund or ctx.doc,
                    pc.p,
                    org,
                    fund=fund,
                    since=groups.get("since") or effective,
                    replaced=old,
                    change=change,
                )
        for m in _FORMER_ADMIN_RE.finditer(s):
            old = _clean_org(m.group("old"), ctx)
            kind = _kind_of_role(m.group("role"))
            if old:
                ctx.add(
                    kind,
                    pc.fund or ctx.doc,
                    pc.p,
                    old,
                    fund=pc.fund,
                    until=m.group("d"),
                    change="former",
                )
                ctx.amend(pc.p.ordinal, kind, old, replaced=old)
        lm = _ADVISER_LIST_RE.search(s) or _ADVISER_PLURAL_RE.search(s)
        if lm:
            kind = _kind_of_role(lm.group("role"))
            for part in re.split(r";\s*|,\s+and\s+(?=[A-Z])", lm.group("list")):
                part = re.sub(r"^(?:and\s+)", "", part.strip())
                om = re.match(_ORG, part)
                if om:
                    org = _clean_org(om.group(0), ctx)
                    if org and len(org.split()) >= 2:
                        ctx.add(kind, pc.fund or ctx.doc, pc.p, org, fund=pc.fund)


# ---------------------------------------------------------------------------------------------
# Investment limits and risk lists


_RISK_INTRO_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:principal\s+|main\s+|primary\s+|additional\s+|specific\s+|key\s+)?[Rr]isks?\s+"
    r"(?:associated\s+with|of|related\s+to|relating\s+to|involved\s+in|inherent\s+in)\s+"
    r"(?P<topic>[^:;.,]{3,160}?)(?:,\s+which)?\s+(?:include|includes|may\s+include|are\s*:)\s*:?\s+(?P<list>.+)$"
)
_DUE_TO_RE = re.compile(
    r"\b(?:due,?\s+in\s+part,?\s+to|include|includes|including|such\s+as)\s*:\s+(?P<list>[^.]+;[^.]+;[^.]+)"
)


def _split_list(text: str) -> list[str] | None:
    """Split "a; b; and c" (or "a, b, and c") into items; None when it is not a clean list."""
    text = text.strip()
    sep = ";" if text.count(";") >= MIN_LIST_ITEMS - 1 else ","
    if sep == "," and (
        not re.search(r",?\s+(?:and|or)\s+[^,]+$", text)
        or re.search(r"\b(?:including|such\s+as|which|that|other)\b", text)
    ):
        return None
    parts: list[str] = []
    depth = 0
    buf = ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == sep and depth <= 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    items: list[str] = []
    for part in parts:
        item = re.sub(r"^\s*(?:and|or)\s+", "", part.strip())
        item = re.split(r",\s+which\b", item)[0]
        item = item.strip().rstrip(".").strip()
        if not item:
            continue
        if len(item.split()) > MAX_ITEM_WORDS:
            return None
        items.append(item)
    return items if len(items) >= MIN_LIST_ITEMS else None


def _risk_topic(topic: str) -> str:
    topic = topic.strip()
    m = re.search(r"\bin\s+the\s+(.+?\s+(?:industry|sector|market))$", topic)
    if m:
        return m.group(1)
    m = re.match(r"^(?:an?\s+)?investments?\s+in\s+(?:the\s+)?(.+)$", topic)
    if m:
        return m.group(1)
    return topic


def _risks(ctx: _Doc, pc: _PCtx) -> None:
    for _, s in pc.sents:
        m = _RISK_INTRO_RE.search(s)
        if m:
            items = _split_list(m.group("list"))
            if items:
                topic = _risk_topic(m.group("topic"))
                ctx.add("risks", topic, pc.p, topic, fund=pc.fund, items=items)
                continue
        m2 = _DUE_TO_RE.search(s)
        if m2 and not re.search(
            r"(?i)\brisk", s + " " + pc.label + " " + " ".join(pc.p.section[-2:])
        ):
            m2 = None
        if m2:
            items = _split_list(m2.group("list"))
            if items:
                head = re.match(r"^\W*(?P<t>[A-Z][^:]{2,80}?):\s", pc.text)
                topic = head.group("t") if head else (pc.p.section[-1] if pc.p.section else "risks")
                ctx.add("risks", topic, pc.p, topic, fund=pc.fund, items=items)


# ---------------------------------------------------------------------------------------------
# Dates

# Each date pattern with the words (as written) a text must hold one of for it to match at all:
# a passage without any of them skips that pattern in all its sentences. Only the roles the
# answering side reads: when a change takes effect, when a deal closes, when funds merge.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    (
        "effective",
        re.compile(
            rf"\b(?:[Ee]ffective|EFFECTIVE)\s+(?:as\s+of\s+)?(?:on\s+or\s+(?:about|after)\s+|at\s+the\s+close\s+of\s+business\s+on\s+)?"
            rf"(?P<d>{_DATE_FULL}|{_DATE_MY})"
        ),
        ("ffective", "FFECTIVE"),
    ),
    (
        "merger",
        re.compile(
            rf"\b(?:[Rr]eorganizations?|[Mm]ergers?)\b[^.]{{0,60}}?\b(?:will|is\s+expected\s+to|is\s+anticipated\s+to)\s+"
            rf"(?:take\s+place|occur|be\s+completed|be\s+consummated|close)\s+on\s+or\s+(?:about|around)\s+"
            rf"(?:the\s+close\s+of\s+business\s+on\s+)?(?P<d>{_DATE})"
        ),
        ("eorganization", "erger"),
    ),
]


def _dates(ctx: _Doc, pc: _PCtx) -> None:
    subject = pc.fund or ctx.doc
    text = pc.text
    patterns = [(role, pat) for role, pat, words in _DATE_PATTERNS if any(w in text for w in words)]
    if not patterns:
        return
    for _, s in pc.sents:
        if not _DIGIT_RE.search(s):  # every date pattern needs a year or a numeric date
            continue
        for role, pat in patterns:
            for m in pat.finditer(s):
                ctx.add("date", subject, pc.p, m.group("d"), fund=pc.fund, role=role)


# ---------------------------------------------------------------------------------------------
# Changes: names and mergers

_RENAMED_RE = re.compile(
    r"\s+(?:will\s+be|has\s+been|was|is\s+being)\s+renamed\s+(?:as\s+)?(?:the\s+)?[“\"]?(?P<new>[A-Z][^.,;“”\"()]{1,120}?)[”\"]?(?=\s*[.,;(]|\s+(?:effective|on|as\s+of)\b|\s*$)"
)
_FORMERLY_RE = re.compile(
    r"\(\s*(?:formerly|previously)(?:,|\s+known\s+as|\s+named|\s+called)?\s+(?P<old>[^()]{2,120}?)\s*\)"
)
# A parenthesis of the short names a name is given, right before what follows it.
_DEFINED_BEFORE_RE = re.compile(
    r"\(\s*(?:the\s+)?[“\"][^()“”\"]{1,60}[”\"](?:\s*,?\s*(?:or|and)\s+(?:the\s+)?[“\"][^()“”\"]{1,40}[”\"])*\s*\)\s*$"
)
_TO_BE_RENAMED_RE = re.compile(
    rf"\(\s*to\s+be\s+renamed\s+(?P<new>[^()]{{2,120}}?)(?:\s+effective\s+(?:on\s+or\s+about\s+|as\s+of\s+)?{_DATE})?\s*\)"
)
_MERGER_RE = re.compile(
    rf"\bassets\s+of\s+(?:the|each)\s+(?:(?P<acq>{_FUNDNAME})|Fund|Portfolio)\s+(?:would|will|are\s+to)\s+be\s+"
    rf"transferred\s+to\s+(?:the\s+)?(?P<target>{_FUNDNAME})"
)


def _changes(ctx: _Doc, pc: _PCtx, before: _PCtx | None) -> None:
    """Renames and mergers a passage states (``before``: the passage before it, if any)."""
    for _, s in pc.sents:
        for m in _RENAMED_RE.finditer(s):
            old = _name_before(s, m.start(), ctx)
            new = _clean_value(m.group("new"))
            if old and new and old.casefold() != new.casefold():
                ctx.add("rename", old, pc.p, new, fund=pc.fund)
        for m in _TO_BE_RENAMED_RE.finditer(s):
            old = _name_before(s, m.start(), ctx)
            new = _clean_value(m.group("new"))
            if old and new:
                ctx.add("rename", old, pc.p, new, fund=pc.fund)
        for m in _FORMERLY_RE.finditer(s):
            # 'X Trust ("X 500 Trust" or the "Trust") (formerly known as "Y")': the name
            # before the short names it defines
            defined = _DEFINED_BEFORE_RE.search(s, 0, m.start())
            new = _name_before(s, defined.start() if defined else m.start(), ctx)
            if not new and m.start() == 0 and before is not None and _is_label(before.p):
                new = before.text.strip()
            old = re.sub(r"^(?:the|The)\s+", "", _clean_value(m.group("old")))
            if new and old and old.casefold() != new.casefold():
                ctx.add("rename", old, pc.p, new, fund=pc.fund)
        for m in _MERGER_RE.finditer(s):
            target = _trim_fund(m.group("target"))
            others = [f for f in pc.mentioned if f != target]
            acq = (
                _trim_fund(m.group("acq"))
                if m.group("acq")
                else pc.fund or (others[0] if len(others) == 1 else None)
            )
            if acq and target and acq != target:
                ctx.add("merger", acq, pc.p, target, fund=acq)
    if pc.p.kind == "row" and "|" in pc.text:
        _change_rows(ctx, pc)


def _change_rows(ctx: _Doc, pc: _PCtx) -> None:
    cells = [c.strip() for c in pc.text.split("|") if c.strip()]
    if (
        len(cells) >= 4
        and len(cells) % 2 == 0
        and re.match(r"(?i)new\b", cells[1])
        and not re.match(r"(?i)new\b", cells[0])
    ):
        # a whole "Old | New" table flattened into one row: header pair, then old/new pairs
        for k in range(2, len(cells), 2):
            ctx.add(
                "rename",
                cells[k],
                pc.p,
                cells[k + 1],
                fund=cells[k],
            )
        return
    if len(cells) != 2 or not pc.table or pc.text == pc.header:
        return
    header = pc.header if re.search(r"(?i)\b(?:new|acquir\w*)\b", pc.header) else pc.table
    a, b = (re.sub(r",\s+a\s+series\s+of\s+.*$", "", c).strip() for c in cells)
    if re.match(r"(?i)^(?:class|institutional|investor|admiral|service|adviser|retail)\b", a):
        return
    if a == b or not re.match(r"[A-Z]", a) or not re.match(r"[A-Z]", b):
        return
    if re.search(r"(?i)\bacquired\b", header) and re.search(r"(?i)\bacquiring\b", header):
        ctx.add("merger", a, pc.p, b, fund=a)
    elif (
        re.search(r"(?i)\bnew\b", header)
        and re.search(r"(?i)\b(?:current|old|former|existing|portfolio|fund)\b", header)
        and (_FUND_WORD_RE.search(a) or _FUND_WORD_RE.search(b) or re.search(r"(?i)name", header))
    ):
        ctx.add("rename", a, pc.p, b, fund=a)


# ---------------------------------------------------------------------------------------------
# Fees


_OBJECTIVE_RE = re.compile(
    r"\b(?:(?:[Tt]he|[Ee]ach|[Ii]ts)\s+)?"
    r"(?:(?P<fund>[A-Z][\w&’'.®+\-/ ]{2,80}?)|Fund|fund|Portfolio|portfolio|FUND)[’']s\s+"
    r"(?:\([^()]{1,40}\)\s+)?(?P<which>sole\s+|primary\s+|secondary\s+|principal\s+)?"
    r"(?:investment\s+)?objective\s+is\s+(?P<obj>.{5,400})$"
)
_SECONDARY_RE = re.compile(
    r"\b[Ii]ts\s+secondary\s+(?:investment\s+)?objective\s+is\s+(?P<obj>[^.]{3,200}(?:\.\w[^.]{0,100})?)"
)
_SEEKS_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<subj>[A-Z][\w&’'.®+\-/ ]{0,80}?)\s+seeks\s+(?P<obj>.{5,400})$"
)
_TRACK_RE = re.compile(
    r"\b(?:designed\s+to|seeks\s+to|attempts\s+to|intended\s+to)\s+(?:track|replicate|correspond\s+to)\s+"
    r"(?:the\s+(?:investment\s+)?(?:performance|results)\s+of\s+)?(?:the\s+)?(?P<index>(?:[A-Z0-9][\w&’'®+.\-/]*\s+"
    r"(?:(?:ex|of|and|&)\s+)?){1,12}Index)\b"
)


def _objective(ctx: _Doc, pc: _PCtx) -> None:
    heading = " ".join(pc.p.section[-2:]) + " " + pc.label
    under_objective = bool(re.search(r"(?i)objective", heading))
    for _, s in pc.sents:
        track = _TRACK_RE.search(s)
        m = _OBJECTIVE_RE.search(s)
        if m and (m.start() > 60 or re.match(r"(?i)not\b", m.group("obj"))):
            m = None
        if m:
            fund = _fund_in(ctx, s) or pc.fund
            sec = _SECONDARY_RE.search(pc.text)
            ctx.add(
                "objective",
                fund or ctx.doc,
                pc.p,
                _clean_value(m.group("obj")),
                fund=fund,
                index=track.group("index") if track else None,
                secondary=_clean_value(sec.group("obj")) if sec else None,
            )
            continue
        sm = _SEEKS_RE.match(s.strip())
        if sm and (under_objective or _mentions(ctx, sm.group("subj"))):
            subj = sm.group("subj").strip()
            if not re.search(r"(?i)\b(?:fund|portfolio|etf|trust)\b", subj):
                continue
            fund = _fund_in(ctx, subj) or pc.fund
            ctx.add(
                "objective",
                fund or ctx.doc,
                pc.p,
                "seeks " + _clean_value(sm.group("obj")),
                fund=fund,
                index=track.group("index") if track else None,
            )
            continue
        if track:
            fund = _fund_in(ctx, s[: track.start()]) or pc.fund
            ctx.add(
                "objective",
                fund or ctx.doc,
                pc.p,
                _clean_value(s),
                fund=fund,
                index=_clean_value(track.group("index")),
            )


# ---------------------------------------------------------------------------------------------
# Entry point


# Words without which a passage says nothing about a person's role or career (a cheap gate).
_PEOPLE_WORDS = (
    "references",
    "manag",
    "join",
    "prior to",
    "previous",
    "formerly",
    "president",
    "director",
    "officer",
    "principal of",
    "principal at",
    "head of",
    "retire",
    "trustee",
    "appoint",
    "leave of absence",
    "step down",
    "no longer",
    "began",
    "replac",
    "partner",
    "analyst",
    "chair",
    "responsib",
    "team",
    "elected",
    "worked",
    "employee",
)
_CHANGE_WORDS = (
    "renam",
    "name",
    "formerly",
    "previously",
    "transferr",
    "reorganiz",
    "merge",
    "sell",
    "acquir",
    "discontinued",
    "closed",
    "close to",
    "permitted to",
    "reopen",
    "re-open",
    "liquidat",
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DIGIT_RE = re.compile(r"\d")


def _is_org_label(label: str) -> bool:
    return bool(_ORG_LABEL_RE.fullmatch(label.strip().rstrip(".:")))


def extract_facts(passages: Sequence[Passage], meta: DocMeta | None = None) -> list[Fact]:
    """Every fact the patterns find in one document's passages, each cited to its passage."""
    return read_facts(lambda: passages, meta)


def read_facts(
    source: Callable[[], Iterable[Passage]],
    meta: DocMeta | None = None,
    *,
    forget_names: bool = False,
) -> list[Fact]:
    """``extract_facts`` of the passages ``source()`` gives, in order, each time it is called:
    read in a few passes, holding only the passages each pass is at and the few around them
    that the patterns look at (a long filing's, from its split file, are never all in memory).
    With ``forget_names`` (a long filing, read in a process of its own), the caches of
    ``index.names`` are emptied every FORGET_NAMES_EVERY passages of its people index and once
    it is made: filled to the brim by its names, which the patterns do not meet again (varied
    64 MB: that process's peak 226 -> 206 MB, and 192 -> 179 MB before its facts are merged;
    the same facts)."""
    ctx = _build_doc(source, meta)
    ctx.forget_names = forget_names
    if not ctx.passages:
        return []
    block_person: str | None = None
    prev_head = None
    funds: set[str] = set()  # the funds the passages are about
    for before, window in _windows(_contexts(ctx), LISTED_BELOW_WINDOW):
        pc = window[0]
        added = len(ctx.facts)
        head = pc.p.section[-1] if pc.p.section else ""
        head_person = _heading_person(ctx, pc, announce=head != prev_head) if head else None
        if head != prev_head:
            block_person = head_person
        prev_head = head
        found = _lead_name(ctx, pc.text)
        lead = found[0] if found else None
        if lead is None and block_person and (pc.p.kind in ("bullet", "row") or head_person):
            lead = block_person
        person = None
        if "|" in pc.text or "since" in pc.low or len(pc.text) < 400:
            person = _entries(ctx, pc, block_person)
        if block_person and person == block_person and pc.p.kind in ("bullet", "row"):
            _block_bullets(ctx, pc, block_person)
        block_person = person or head_person
        if pc.has(*_PEOPLE_WORDS):
            _people(ctx, pc, lead)
        if pc.has("below", "following"):
            _listed_below(ctx, window)
        if pc.has("advis", "administ", "manager", "merged", "succeed") or _is_org_label(pc.label):
            _advisers(ctx, pc)
        if pc.has("risk", ": "):
            _risks(ctx, pc)
        if _YEAR_RE.search(pc.text):
            _dates(ctx, pc)
        if pc.has(*_CHANGE_WORDS) or pc.p.kind == "row":
            _changes(ctx, pc, before)
        if pc.has("objective", "seeks", "track", "replicate"):
            _objective(ctx, pc)
        if pc.fund:
            funds.add(pc.fund)
        if pc.firm:
            _of_firm(ctx, added, pc)
        pc.forget()
    single_fund = len(funds) <= 1
    # the people index goes before the facts are merged
    ctx.people = None
    found = _one_name_per_person(ctx.facts)
    ctx.facts = []
    merged = _merge(found, single_fund)
    return merged + read_tickers(source(), meta)


def _of_firm(ctx: _Doc, start: int, pc: _PCtx) -> None:
    """The passage's managers, read from ``ctx.facts[start:]``, are of the firm its block or
    lead-in names, where their own words named none ("... professionals at X LLC:" over
    "Jane Doe has managed the Fund since 2019")."""
    assert pc.firm is not None
    for n in range(start, len(ctx.facts)):
        prio, f = ctx.facts[n]
        if f.kind == "manages" and f.passage == pc.p.ordinal and f.attr("firm") is None:
            ctx.facts[n] = (prio, replace(f, attrs=(*f.attrs, ("firm", pc.firm))))


def _windows(pcs: Iterable[_PCtx], ahead: int) -> Iterator[tuple[_PCtx | None, deque[_PCtx]]]:
    """Each context (first in the window given with it) with up to ``ahead`` contexts after
    it, and the one before it: only these are held, whatever the length of the filing."""
    source = iter(pcs)
    window = deque(itertools.islice(source, ahead + 1))
    before: _PCtx | None = None
    while window:
        yield before, window
        before = window.popleft()
        window.extend(itertools.islice(source, 1))


def _one_name_per_person(found: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """Within a filing, "Dan Holt" and "Daniel R. Holt" are one person: use the fuller name."""
    names = sorted(
        {f.subject for _, f in found if f.kind in _PERSON_KINDS},
        # (names as long as each other in the order of their letters, not of the set: the same
        # facts whatever the process's hash seed)
        key=lambda n: (-len(n.split()), -len(n), n),
    )
    # Only names with one surname can meet: compare within each surname's names (in the same
    # order), not every pair of the filing's names (quadratic in a filing with many people).
    by_surname: dict[str, list[str]] = {}
    for name in names:
        by_surname.setdefault(surname_word(name), []).append(name)
    canonical: dict[str, str] = {}
    for name in names:
        if name in canonical:
            continue
        canonical[name] = name
        for other in by_surname[surname_word(name)]:
            if other not in canonical and names_match(name, other):
                canonical[other] = name
    out = []
    for prio, fact in found:
        name = canonical.get(fact.subject, fact.subject) if fact.kind in _PERSON_KINDS else None
        if name and name != fact.subject:
            fact = replace(fact, subject=name)
        out.append((prio, fact))
    return out


# How specific a manager's role is: "lead" said anywhere beats "co-manager" said elsewhere.
_ROLE_RANK = {"lead": 5, "co-lead": 4, "sole": 3, "co-manager": 1, "primarily responsible": 1}


# Kinds with one fact per subject and fund: repeated statements about the same manager, departure
# or addition are merged into the best-cited one with every attribute filled in.
_MERGED_KINDS = frozenset({"manages", "departure", "addition"})


def _merge(found: list[tuple[int, Fact]], single_fund_doc: bool) -> list[Fact]:
    """One fact per subject and fund for the merged kinds (best citation first); no duplicates."""
    out: list[Fact] = []
    seen: dict[tuple, int] = {}
    merged: dict[tuple[str, str], list[tuple[str | None, list[tuple[int, int, Fact]]]]] = {}
    groups_by_key: dict[tuple[str, str, str | None], list[tuple[int, int, Fact]]] = {}
    for n, (prio, fact) in enumerate(found):
        if fact.kind in _MERGED_KINDS:
            key3 = (fact.kind, fact.subject.casefold(), fact.fund)
            groups_by_key.setdefault(key3, []).append((prio, n, fact))
            continue
        key = (
            fact.kind,
            fact.subject.casefold(),
            fact.value.casefold(),
            fact.fund,
            fact.items,
            fact.attr("role"),
        )
        if key in seen:
            earlier = out[seen[key]]
            if len(fact.attrs) > len(earlier.attrs):
                out[seen[key]] = fact
            continue
        seen[key] = len(out)
        out.append(fact)
    for (kind, subject, fund), group in groups_by_key.items():
        merged.setdefault((kind, subject), []).append((fund, group))
    for groups in merged.values():
        funded = [g for g in groups if g[0] is not None]
        if len(funded) == 1 and single_fund_doc:
            joined = list(funded[0][1])
            for fund, group in groups:
                if fund is None:
                    joined.extend(group)
            groups = [(funded[0][0], joined)]
        for fund, group in groups:
            out.append(_merged_fact(fund, group))
    out.sort(key=lambda f: f.passage)
    return out


def _merged_fact(fund: str | None, group: list[tuple[int, int, Fact]]) -> Fact:
    group.sort(key=lambda t: (-t[0], -len(t[2].attrs), t[1]))
    best = group[0][2]
    attrs = dict(best.attrs)
    for _, _, other in group[1:]:
        for k, v in other.attrs:
            attrs.setdefault(k, v)
    roles = [f.attr("role") for _, _, f in group if f.attr("role")]
    if best.kind == "manages" and roles:
        attrs["role"] = max(roles, key=lambda r: _ROLE_RANK.get(r or "", 2))
    return replace(
        best,
        value=(fund or "") if best.kind == "manages" else best.value,
        fund=fund,
        attrs=tuple(attrs.items()),
    )
