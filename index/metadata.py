"""What a filing is: registrant/trust, the funds it covers, its form and its dates.

``extract`` reads the cover of a supplement (the lines above its first body paragraph:
"MET INVESTORS SERIES TRUST ... Supplement to the Prospectuses dated May 1, 2001") and the
rest of its passages for effective dates (found by ``index.dates``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from index.dates import DATE_RE, MONTH, YEAR, normalise_date
from index.model import DocMeta, Document, Passage
from index.names import MARK_RE, compact_key


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, for the word lists below."""
    return frozenset(text.split())


# The cover is the passages before the body, but at most this many characters of them:
# enough for a cover listing sixty funds, not the body of a filing that has no cover.
HEAD_MAX_CHARS = 6000
# Fund names kept per filing; a complex-wide supplement can list a hundred.
MAX_FUNDS = 200
# How much of a filing is read to learn how it spells words ("NWB", "N.W. Harbor").
CASE_SCAN_CHARS = 200_000
# How far into the text a flattened EDGAR header (ACCESSION NUMBER: ...) is looked for.
HEADER_SCAN_CHARS = 5000
# A date on one of this many last lines, with at most this many other characters on its
# line (form codes like "SFAM053/"), is the supplement's closing date.
CLOSING_LINES = 3
CLOSING_EXTRA_CHARS = 24

# The same dates without named groups, for embedding in the phrase patterns below.
_D = (
    rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+{YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+{YEAR}"
    rf"|\d{{1,2}}[/-]\d{{1,2}}[/-](?:19|20)?\d{{2}}|{MONTH}\.?,?\s+{YEAR})\b(?![/-]\d)"
)

_SUPPLEMENT_DATED_RE = re.compile(
    rf"supplement(?:\s+no\.?\s*\d+)?[\s\d/|,-]{{0,24}}?(?:dated\s+(?:as\s+of\s+)?)?(?P<date>{_D})",
    re.IGNORECASE,
)
_DOC_WORDS = r"(?:summary\s+)?prospectus(?:es)?|statements?\s+of\s+additional\s+information|sai"
_PROSPECTUS_DATED_RE = re.compile(
    rf"\b(?:{_DOC_WORDS})\b[^.;]{{0,160}}?\bdated\s+(?P<date>{_D})"
    rf"|(?P<date2>{_D})\s*,?\s+(?:{_DOC_WORDS})\b"
    rf"|\b(?:{_DOC_WORDS})\s*[|,\u2003]?\s*(?P<date3>{_D})",
    re.IGNORECASE,
)
# "dated May 1, 2015, as amended July 21, 2015", "dated January 1, 2002, as revised
# September 5, 2002", a cover's "Summary Prospectus April 1, 2025, as revised July 1, 2025":
# the date a supplemented document was revised.
_REVISED_RE = re.compile(
    rf"(?:\bdated\s+|\b(?:{_DOC_WORDS})\s*[|,\u2003]?\s*){_D}\s*,?\s+as\s+"
    r"(?:revised|amended|restated|supplemented|updated)"
    rf"(?:\s+and\s+(?:revised|amended|restated|supplemented|updated))?\s+(?:on\s+)?(?P<date>{_D})",
    re.IGNORECASE,
)
_DOC_WORDS_RE = re.compile(rf"\b(?:{_DOC_WORDS})\b", re.IGNORECASE)
_ANY_DATED_RE = re.compile(rf"\bdated\s+(?P<date>{_D})", re.IGNORECASE)
_EFFECTIVE_WORD_RE = re.compile(r"\beffective\b", re.IGNORECASE)
# "Effective July 1, 2015", "effective on or about June 28, 2019", read after the word ...
_EFFECTIVE_AFTER_RE = re.compile(
    r"(?:\s+(?:as\s+of|on\s+or\s+about|on\s+or\s+after|on|from|beginning|after|"
    rf"at\s+the\s+close\s+of\s+business\s+on|immediately\s+after))?\s*,?\s+(?P<date>{_D})",
    re.IGNORECASE,
)
# ... and "November 13, 2023 (the “Effective Date”)", read before it.
_EFFECTIVE_NOTE_RE = re.compile(rf"(?P<date>{_D})\s*\((?:the\s+)?[\"“]$", re.IGNORECASE)
_SUPPLEMENT_WORD_RE = re.compile(r"\b(?:Supplement|SUPPLEMENT)\b")
_TITLE_END_RE = re.compile(rf"(?:{_DOC_WORDS})(?:[^.;]{{0,160}}?\bdated\s+{_D})?", re.IGNORECASE)

# Names end in one of these words; "Trust" names a registrant more often than a fund.
_FUND_WORDS = r"(?:Fund|FUND|Portfolio|PORTFOLIO|ETF|Trust|TRUST)"
# A word of a name; an EDGAR series or class id ("C000032969") is none, nor a number that ends
# a sentence ("... and the fund in 2002. Portfolio manager ...").
_NAME_WORD = r"(?:(?![CS]\d{9}\b)(?!\d+\.(?!\d))[A-Z0-9][\w.'’&®/+-]*(?:\((?:R|SM|TM)\))?|&)"
# "Portfolio Manager", "Fund Summary": the fund word starts another phrase, not a name's end;
# "Non-Diversified Fund Risk" names a risk.
_NOT_NAME_END = (
    r"(?!\s+(?:Manager|Managers|Management|Turnover|Holdings|Summary(?!\s+Prospectus)|Operating"
    r"|Risk|Risks|RISK|RISKS"
    r"|Expenses|Fees|Shares|Class|Prospectus|Details|Company|Co\.|Complex|Family|Families)(?!\w))"
)
# A one-letter Roman numeral ending a name ("Resolute Fund I", "Growth Trust V"), unless a word
# of a sentence follows ("... the Fund I manage").
_ONE_NUMERAL = r"\s+(?:I|V|VI)\b(?![\w'’-])(?![ \t]+[a-z])"
_FUND_NAME_RE = re.compile(
    rf"(?<![\w.])(?:{_NAME_WORD}\s+(?:(?:of|and|for|de)\s+)?)*?(?:{_NAME_WORD}\s+)?"
    rf"{_FUND_WORDS}\b{_NOT_NAME_END}(?:,?\s+(?:Series\s+\d+|Inc\.?|II|III|IV)\b|{_ONE_NUMERAL})?"
)
# A fund the opening text defines: "Summit Growth Fund (the “Fund”)", "(each, a “Portfolio”)".
_DEFINED_TAIL_RE = re.compile(
    r"\s*\((?:the|each,?\s+an?)\s+[\"“”](?:Fund|Portfolio|Series)s?[\"“”]\)\s*$", re.IGNORECASE
)
_DEFINED_FUND_RE = re.compile(
    rf"(?P<name>(?:{_NAME_WORD}\s+(?:(?:of|and|for|de)\s+)?)*?(?:{_NAME_WORD}\s+)?"
    rf"(?:Fund|Portfolio|ETF))\s*\((?:the|each,?\s+an?)\s+[\"“”](?:Fund|Portfolio)s?[\"“”]\)"
)
# Of the passages that open a filing's body, how many are read for the headings that name its
# fund; a heading names it when the fund name is at least this share of it.
OPENING_PASSAGES = 6
NAME_SHARE_OF_HEADING = 0.6
# A registrant that is one fund: "Value Line Core Bond Fund, Inc." (the ", Inc." dropped).
_ONE_FUND_COMPANY_RE = re.compile(r"(?<=\bFund),?\s+Inc\.?$")
# Legal-form words that end a name before them, never start one.
_LEGAL_LEAD = frozenset({"inc", "llc", "ltd", "lp", "l.p", "corp", "co", "plc"})
_SENTENCE_WORD_RE = re.compile(r"[A-Za-z]{4,}[.:;]")
_UPPER_START_RE = re.compile(r"[A-Z0-9]")
_YEAR_WORD_RE = re.compile(r"\d+")
_LEADING_NOISE = _words(
    "the each such this that any all other certain your our its their both these those "
    "which new a an and of for to in on by with as from shares share class board trustees "
    "directors supplement prospectus prospectuses underlying acquiring acquired target "
    "closed excluding including except statement additional information"
)
_TRAILING_NUMERAL_RE = re.compile(r"\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
_QUESTION_WORDS = _words("how what why when where who which whom whose")
_GENERIC = _words(
    "fund funds portfolio portfolios trust etf series the a an of and money market index "
    "investment investments feeder master mutual total annual exchange-traded"
)
_REGISTRANT_WORDS = r"(?i:trust|funds?(?:,?\s+inc\.?)?|company|corporation)(?:\s+(?:II|III|IV))?"
_SERIES_OF_RE = re.compile(
    rf"(?i:\bseries\s+of\s+(?:the\s+)?)(?P<name>(?:[A-Z0-9][\w.'’&-]*[^\S\n]+){{0,8}}"
    rf"{_REGISTRANT_WORDS})\b"
)
_THE_TRUST_RE = re.compile(
    # ("MORGAN STANLEY PATHWAY FUNDS (“TRUST”)": in capitals too)
    r"(?P<name>(?:[A-Z0-9][\w.'’&-]*\s+){1,8}?(?i:Trust|Funds?|Company)(?:,?\s+Series\s+\d+)?)"
    r"\s*\((?:the\s+)?[\"“](?i:Trust|Registrant|Company)[\"”]\)",
)
_REGISTRANT_LINE_RE = re.compile(
    r"(?:of\s+)?(?P<name>(?:[A-Z0-9][\w.'’&()-]*\s+){1,8}?"
    r"(?:Trust|Funds|Fund,?\s+Inc\.?|Series\s+Fund|Investment\s+Fund|Investment\s+Trust)"
    r"(?:\s+(?:II|III|IV|I))?)\s*",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}>")
_ACCESSION_RE = re.compile(r"ACCESSION\s+NUMBER:\s*(\d{10}-\d{2}-\d{6})")
_CIK_RE = re.compile(r"CENTRAL\s+INDEX\s+KEY:\s*(\d{1,10})")
_FILED_RE = re.compile(r"FILED\s+AS\s+OF\s+DATE:\s*((?:19|20)\d{2})(\d{2})(\d{2})")
_FORM_RE = re.compile(r"(?:CONFORMED\s+SUBMISSION\s+TYPE|FORM\s+TYPE):\s*(\w+)")
_LEADING_FORM_RE = re.compile(r"\s*(497[A-Z]?)\s+\d+\s+\S+\.(?:htm|html|txt)\b", re.IGNORECASE)
_WORD_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z.'’&-]*")
_ROMAN_RE = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")
# Words kept in capitals when a filing never spells them otherwise.
_ACRONYMS = _words("ETF ETFS LLC LP PLC NA USA US UK ESG MSCI AMT REIT REITS SAI")
_KEEP_LOWER = _words("of and for the de to in on by with a an")


def _first_date(text: str) -> str | None:
    m = DATE_RE.search(text)
    return normalise_date(m) if m else None


def extract(doc: Document, passages: list[Passage]) -> DocMeta:
    """Trust, funds, form type and dates of one filing, from its cover and passages."""
    head_passages = _head(passages)
    # a passage a line: a name does not run on from one table row or paragraph to the next
    head = "\n".join(p.text for p in head_passages)
    body = "\n".join(p.text for p in passages)
    header = doc.text[:HEADER_SCAN_CHARS]
    cases = _CaseMap(doc.text)

    supplement = _supplement_date(doc, head, body)
    prospectus = _prospectus_dates(head, body, supplement)
    effective = _effective_dates(body)
    revised = _unique(
        _first_date(m.group("date")) for m in _REVISED_RE.finditer(head or body[:HEAD_MAX_CHARS])
    )
    head_lines = _head_lines(doc, head_passages)
    trust = _trust(doc, head_lines, head, body, cases)
    funds = _funds(head_lines, body, cases, trust) or _funds_opening(passages, body, cases, trust)
    counterparties = _counterparties(body, cases, funds, head_lines)
    if counterparties:
        taken = {compact_key(c) for c in counterparties}
        funds = tuple(f for f in funds if compact_key(f) not in taken) or funds
    return DocMeta(
        doc=doc.name,
        trust=trust,
        funds=funds,
        form_type=doc.form_type or _form_type(header),
        supplement_date=supplement,
        prospectus_dates=prospectus,
        effective_dates=effective,
        revised_dates=revised,
        accession=doc.accession or _group(_ACCESSION_RE, header),
        cik=doc.cik or _cik(header),
        filing_date=doc.filing_date or _filed(header),
        title=_title(head),
        counterparties=counterparties,
    )


# The other side of a reorganization: the fund named after "reorganized into", "merge with and
# into", "acquired by", "transfer all of its assets to", "in exchange for shares of" (a
# clause's words, not past a sentence's end).
_COUNTERPARTY_RE = re.compile(
    r"(?i:\b(?:reorganiz|reorganis|merg|combin|consolidat)\w*\b[^.;:]{0,80}?\b"
    r"(?:with\s+and\s+into|into)"
    r"|\bacquired\s+by"
    r"|\btransfer\w*\s+[^.;:]{0,60}?\bassets\s+to"
    r"|\bin\s+exchange\s+for\s+(?:\w+\s+){0,3}?shares\s+of)"
    r"\s+(?:(?i:the)\s+)?(?=[A-Z])"
)
# A head line is a title of the fund it names when the name is at least this share of it.
TITLE_SHARE = 0.6


def _counterparties(
    body: str, cases: _CaseMap, funds: tuple[str, ...], head_lines: list[str]
) -> tuple[str, ...]:
    """The funds the filing names only as the other side of a reorganization: after the
    clause's verb and preposition ("will be reorganized into the X Fund"), unless a cover line
    is that fund's title (a supplement of the fund another merges into names it on its cover)
    or no other fund is left for the filing to cover."""
    titled = {
        compact_key(MARK_RE.sub("", line))
        for line in head_lines
        if (m := _FUND_NAME_RE.search(line)) and len(m.group(0)) >= TITLE_SHARE * len(line.strip())
    }
    out: dict[str, None] = {}
    for m in _COUNTERPARTY_RE.finditer(body):
        name_match = _FUND_NAME_RE.match(body, m.end())
        if name_match is None:
            continue
        name = _fund_name(name_match.group(0), from_cover=False)
        if name is None:
            continue
        proper = _proper(name, cases) or name
        if compact_key(proper) not in titled:
            out.setdefault(proper)
    taken = {compact_key(c) for c in out}
    if funds and all(compact_key(f) in taken for f in funds):
        return ()  # the filing covers the fund it names so: nothing else is left
    return tuple(out)


def _head(passages: list[Passage]) -> list[Passage]:
    """The cover: passages before the first section heading, within HEAD_MAX_CHARS."""
    out: list[Passage] = []
    size = 0
    for p in passages:
        if p.section or (size + len(p.text) > HEAD_MAX_CHARS and out):
            break
        out.append(p)
        size += len(p.text)
        if len(out) >= 3 and size > HEAD_MAX_CHARS // 4:
            break
    return out


def _supplement_date(doc: Document, head: str, body: str) -> str | None:
    for text in (head, body):
        m = _SUPPLEMENT_DATED_RE.search(text)
        if m:
            return _first_date(m.group("date"))
    top = head[:40].strip()
    m = DATE_RE.match(top)
    if m and m.group("m1") and _SUPPLEMENT_WORD_RE.search(head[:200]):
        return normalise_date(m)
    return _closing_date(doc.text)


def _closing_date(text: str) -> str | None:
    """A date standing alone on one of the last lines (after the body) of the document."""
    tail = text[-2000:].rstrip().split("\n")
    lines = [ln.strip() for ln in tail if ln.strip()][-CLOSING_LINES:]
    for line in reversed(lines):
        line = " ".join(line.replace("|", " ").split())
        if _DOC_WORDS_RE.search(line):  # "March 25, 2002 Prospectus" dates the prospectus
            continue
        m = DATE_RE.search(line)
        if (
            m
            and (m.group("m1") or m.group("n1"))
            and len(line) - len(m.group(0)) <= (CLOSING_EXTRA_CHARS)
        ):
            return normalise_date(m)
    return None


def _effective_dates(body: str) -> tuple[str, ...]:
    found = []
    for m in _EFFECTIVE_WORD_RE.finditer(body):
        after = _EFFECTIVE_AFTER_RE.match(body, m.end())
        before = _EFFECTIVE_NOTE_RE.search(body[max(0, m.start() - 40) : m.start()])
        hit = after or before
        if hit:
            found.append(_first_date(hit.group("date")))
    return _unique(found)


def _prospectus_dates(head: str, body: str, supplement: str | None) -> tuple[str, ...]:
    found = _unique(_dated(m) for m in _PROSPECTUS_DATED_RE.finditer(head))
    if head and _SUPPLEMENT_WORD_RE.search(head):
        # on a cover every other "dated ..." dates a document it supplements ("Fund, dated ...")
        more = (_first_date(m.group("date")) for m in _ANY_DATED_RE.finditer(head))
        found = _unique([*found, *more])
    if not found:
        found = _unique(_dated(m) for m in _PROSPECTUS_DATED_RE.finditer(body[:HEAD_MAX_CHARS]))
    return tuple(d for d in found if d != supplement or (len(found) == 1 and not head))


def _dated(m: re.Match[str]) -> str | None:
    for key in ("date", "date2", "date3"):
        if m.group(key):
            return _first_date(m.group(key))
    return None


def _unique(dates: Iterable[str | None]) -> tuple[str, ...]:
    """The dates in first-seen order, each once (a dict, not a list membership test)."""
    return tuple(dict.fromkeys(d for d in dates if d))


def _title(head: str) -> str | None:
    """The cover's "Supplement dated ... to the Prospectus dated ..." phrase."""
    m = _SUPPLEMENT_DATED_RE.search(head)
    if m is None or not _SUPPLEMENT_WORD_RE.match(head, m.start()):
        m = _SUPPLEMENT_WORD_RE.search(head)
    if m is None:
        return None
    start = m.start()
    end = _TITLE_END_RE.search(head, m.end())
    stop = end.end() if end and end.end() - start <= 240 else min(len(head), start + 160)
    return " ".join(head[start:stop].split()) or None


# -- names ---------------------------------------------------------------------------------


def _trust(
    doc: Document, head_lines: list[str], head: str, body: str, cases: _CaseMap
) -> str | None:
    m = _SERIES_OF_RE.search(head) or _SERIES_OF_RE.search(body[:HEAD_MAX_CHARS])
    if m:
        return _proper(m.group("name"), cases)
    for line in head_lines:
        m = _REGISTRANT_LINE_RE.fullmatch(line)
        if m and _UPPER_START_RE.match(m.group("name")):
            if _only_generic(m.group("name")):
                break  # "of each of the listed funds": a cover of several registrants
            return _proper(m.group("name"), cases)
    m = _THE_TRUST_RE.search(body[:HEAD_MAX_CHARS])
    if m and len(_strip_noise(m.group("name")).split()) >= 2:
        return _proper(_strip_noise(m.group("name")), cases)
    return _proper(doc.company, cases) if doc.company else None


def _head_lines(doc: Document, head_passages: list[Passage]) -> list[str]:
    if not head_passages:
        return []
    text = doc.text[head_passages[0].char_start : head_passages[-1].char_end]
    cells = (cell for ln in text.split("\n") for cell in ln.split("|"))  # a cell is a line
    lines = (" ".join(_TAG_RE.sub(" ", cell).split()) for cell in cells)
    return [ln for ln in lines if ln]


def _funds(head_lines: list[str], body: str, cases: _CaseMap, trust: str | None) -> tuple[str, ...]:
    """Fund names on the cover lines (one or more per line, a table cell a line), else in the
    first passages when no registrant is named either, else the registrant itself when it is
    one fund ("X Fund, Inc.")."""
    seen = _registrant_keys(trust)
    out: list[str] = []
    for text in head_lines:
        registrant = _registrant_line(text)
        if registrant is not None:  # "X Series Funds" set on a line of its own in a cover list
            key = compact_key(MARK_RE.sub("", registrant))
            if key not in seen:
                seen.add(key)
                out.append(registrant)
            continue
        if _names_in(text, True, cases, seen, out):
            return tuple(out)
    if not out and not trust:  # nothing on the cover names the filing: its first passages
        _names_in(body[:HEAD_MAX_CHARS], False, cases, seen, out)
    if not out and trust and _ONE_FUND_COMPANY_RE.search(trust):
        out.append(_ONE_FUND_COMPANY_RE.sub("", trust))  # "X Fund, Inc." is its only fund
    return tuple(out)


# Words that name no registrant by themselves: "OF EACH OF THE LISTED FUNDS" on a cover.
_NOT_A_REGISTRANT = _words("each all any certain following listed these those such said below")
# A cover line that is one registrant named by a plural ("Harborgate Mutual Series Funds"),
# each word capitalised (a line in capitals reads as a heading).
_FUNDS_LINE_RE = re.compile(r"(?:[A-Z][\w.'’&-]*[a-z][\w.'’&-]*\s+){1,6}Funds")


def _only_generic(name: str) -> bool:
    """Whether a registrant-like name holds no word of its own ("Each of the Listed Funds")."""
    words = {w.lower().strip(".,") for w in name.split()}
    return bool(words & _NOT_A_REGISTRANT) or words <= _GENERIC


def _registrant_line(line: str) -> str | None:
    """A cover line that is a registrant named "... Funds" and nothing else, else None."""
    if not _FUNDS_LINE_RE.fullmatch(line) or _only_generic(line) or line.startswith("The "):
        return None
    return line


def _registrant_keys(trust: str | None) -> set[str]:
    """The keys of the registrant's name, with and without its series numeral ("JPMorgan
    Trust I" is also written "JPMorgan Trust"): the registrant is no fund of the filing."""
    if not trust:
        return set()
    name = MARK_RE.sub("", trust)
    bare = _TRAILING_NUMERAL_RE.sub("", name)
    return {compact_key(name), compact_key(bare)}


def _funds_opening(
    passages: list[Passage], body: str, cases: _CaseMap, trust: str | None
) -> tuple[str, ...]:
    """When the cover names no fund: the headings that open the body and are fund names ("For
    the Summit Growth Fund (the “Fund”)" set as the first heading), else the names the opening
    text defines as its fund ("Summit Growth Fund (the “Fund”)", "... (each a “Portfolio”)")."""
    seen = _registrant_keys(trust)
    out: list[str] = []
    headings: dict[str, None] = {}
    size = 0
    for p in passages[:OPENING_PASSAGES]:
        size += len(p.text)
        if size > HEAD_MAX_CHARS:
            break
        if p.section:
            headings.setdefault(p.section[0])
    for heading in headings:
        m = _FUND_NAME_RE.search(heading)
        if m and len(m.group(0)) >= NAME_SHARE_OF_HEADING * len(_DEFINED_TAIL_RE.sub("", heading)):
            _names_in(heading, True, cases, seen, out)
    if not out:
        for m in _DEFINED_FUND_RE.finditer(body[:HEAD_MAX_CHARS]):
            _names_in(m.group("name"), True, cases, seen, out)
    return tuple(out)


def _names_in(text: str, from_cover: bool, cases: _CaseMap, seen: set[str], out: list[str]) -> bool:
    """Add the fund names of a text to ``out`` (once each); True when MAX_FUNDS is reached."""
    for m in _FUND_NAME_RE.finditer(text):
        name = _fund_name(m.group(0), from_cover=from_cover)
        if name is None:
            continue
        proper = _proper(name, cases) or name
        key = compact_key(MARK_RE.sub("", proper))
        if key not in seen:
            seen.add(key)
            out.append(proper)
        if len(out) >= MAX_FUNDS:
            return True
    return False


def _fund_name(raw: str, from_cover: bool) -> str | None:
    words = _strip_noise(raw).split()
    while words and words[0].lower().strip(".,") in _LEGAL_LEAD:  # "Inc. The Fund": a name ended
        words = _strip_noise(" ".join(words[1:])).split()
    for i in range(len(words) - 1, -1, -1):
        if _SENTENCE_WORD_RE.fullmatch(words[i]):  # "Turnover. The Fund": a sentence ended
            words = words[i + 1 :]
            break
    if words and _YEAR_WORD_RE.fullmatch(words[0]):  # "2013 TO THE PROSPECTUS FOR X FUND"
        while words and _YEAR_WORD_RE.fullmatch(words[0]):
            words.pop(0)
        words = _strip_noise(" ".join(words)).split()
    if len(words) < 2 or not _UPPER_START_RE.match(words[0]):
        return None
    if all(w.lower().strip(".,") in _GENERIC for w in words):
        return None
    if not from_cover and words[-1].lower() == "trust":
        return None
    lowered = [w.lower().strip(".,") for w in words]
    if lowered[0] in _QUESTION_WORDS or "the" in lowered[1:]:
        return None  # a heading: "How The Fund Invests", "Investing in The Fund"
    if len(lowered) > 2 and lowered[1] in ("of", "for", "in") and set(lowered[2:]) <= _GENERIC:
        return None  # "Disclosure of Portfolio Holdings", "Services for Fund Investors"
    return " ".join(words)


def _strip_noise(name: str) -> str:
    """Drop leading determiners and "X of" lead-ins: "Shares of the Summit X Fund"."""
    name = " ".join(name.split())
    if " of " in name and not re.search(r"\bof\s*$", name):
        head, _, tail = name.rpartition(" of ")
        if not re.search(rf"\b{_FUND_WORDS}$", head, re.IGNORECASE):
            name = tail
    words = name.split()
    while words and words[0].lower() in _LEADING_NOISE:
        words.pop(0)
    return " ".join(words)


class _CaseMap:
    """How the filing spells each word in mixed-case text ("NWB", "Harbor", "iUnits").

    Built on first use only: most filings never need to title-case an ALL-CAPS name.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._forms: dict[str, str] | None = None

    def get(self, key: str) -> str | None:
        if self._forms is None:
            self._forms = _spellings(self._text[:CASE_SCAN_CHARS])
        return self._forms.get(key)


def _spellings(text: str) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for line in text.split("\n"):
        tokens = _WORD_TOKEN_RE.findall(line)
        caps = [t.isupper() for t in tokens]
        for i, token in enumerate(tokens):
            if caps[i] and ((i > 0 and caps[i - 1]) or (i + 1 < len(caps) and caps[i + 1])):
                continue  # inside an ALL-CAPS run: says nothing about the word's spelling
            if token[0].isupper() or not token.islower():
                counts.setdefault(token.lower(), Counter())[token] += 1
    return {key: forms.most_common(1)[0][0] for key, forms in counts.items()}


def _proper(name: str | None, cases: _CaseMap) -> str | None:
    """Title-case an ALL-CAPS name the way the filing spells it elsewhere ("NWB", "N.W.")."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" ,;:")
    letters = [c for c in name if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return name
    out = []
    for i, word in enumerate(name.split()):
        out.append(_proper_word(word, i == 0, cases))
    return " ".join(out)


def _proper_word(word: str, first: bool, cases: _CaseMap) -> str:
    core = word.strip("(),")
    known = cases.get(core.lower())
    if known:
        return word.replace(core, known)
    if not first and core.lower() in _KEEP_LOWER:
        return word.lower()
    if "." in core or any(c.isdigit() for c in core) or _ROMAN_RE.fullmatch(core):
        return word
    if core.upper() in _ACRONYMS or not any(c in "AEIOUY" for c in core.upper()):
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


# -- header fields ---------------------------------------------------------------------------


def _group(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(1) if m else None


def _cik(header: str) -> str | None:
    cik = _group(_CIK_RE, header)
    return cik.zfill(10) if cik else None


def _filed(header: str) -> str | None:
    m = _FILED_RE.search(header)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _form_type(header: str) -> str | None:
    m = _FORM_RE.search(header) or _LEADING_FORM_RE.match(header)
    return m.group(1).upper() if m else None
