"""Entities: find mentions of people, organisations, funds, dates, laws and defined terms, and
resolve them into canonical entities (one per real-world thing) with rapidfuzz.

Extraction works on capitalised runs of words: a run ending in a fund or corporate suffix is a
fund or an organisation; what is left may hold people, accepted only with evidence (an
honorific, a middle initial, a credential, an adjacent title, a person verb, a surname confirmed
elsewhere in the filing). Resolution merges freely within a filing and only on strong evidence
across filings; candidates are blocked by surname or organisation key before any comparison.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import ahocorasick
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from index.dates import MONTH, MONTH_NAMES
from index.model import DocMeta, Entity, Mention, Passage
from index.names import (
    FUND_SUFFIXES,
    GENERATIONAL,
    HONORIFICS,
    LEGAL_FORMS,
    PERSON_LIKE_FIRMS,
    PLACE_IN_NAME,
    PLURAL_HONORIFICS,
    SURNAME_MIN_JW,
    SURNAME_PARTICLES,
    PersonName,
    bare,
    first_names_match,
    fold,
    is_credential,
    normalise_person,
    org_key,
    org_key_words,
    org_words,
    parse_person,
    singular,
    slug,
    surname_key,
    term_key,
)

# ----------------------------------------------------------------------------- thresholds

# Organisation keys (legal suffixes and punctuation removed) whose fuzz.ratio (0-100) is at or
# above this are candidates for one organisation: "Northgate Managment & Research" (98.3)
# against "Northgate Management & Research"; "Summit Capital Management" against "Summit
# Capital Management Singapore" (83.6) and "Harborgate Capital Group" against "Harborgate
# Capital Management" (73.5) are not.
ORG_KEY_MIN_RATIO = 95.0

# A candidate pair merges only when its names have the same words but one, and that one is a
# typo of a long word: fuzz.ratio of the two words at or above this, both at least
# ORG_TYPO_MIN_LEN letters, no digits. "Managment"/"Management" (94.7) merge; "Firm 1"/"Firm 2"
# and "AQR"/"ARQ" never do.
ORG_TYPO_MIN_RATIO = 85.0
ORG_TYPO_MIN_LEN = 5

# ----------------------------------------------------------------------------- vocabulary


def references(text: str) -> list[str]:
    """Legal references in a text, in order: rules, amendments, forms and statutes."""
    return [" ".join(m.group(0).split()) for m in _REFERENCE_RE.finditer(text)]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of constant text."""
    return frozenset(text.split())


# Descriptor words that end an organisation's name but stay in its key.
ORG_SUFFIXES = LEGAL_FORMS | wordset(
    """
    management advisors advisers adviser advisor partners capital group investments associates
    bank bancorp holdings
    """
)

# Words that say nothing about which fund or firm is meant; a fund or organisation name needs
# at least one word outside this set (or a legal suffix).
GENERIC_NAME_WORDS = wordset(
    """
    the a an of and for & fund funds portfolio portfolios trust trusts series etf etfs class
    shares share index investment investments investor investors institutional retail advisory
    capital management asset assets group company bank securities research strategy strategies
    strategic allocation balanced total return equity equities stock stocks bond bonds income
    growth value cap small mid large micro global international emerging market markets real
    estate u.s us american government treasury money municipal tax exempt free corporate high
    yield short long term intermediate duration opportunities opportunity core plus select focus
    focused diversified conservative moderate aggressive target date retirement sector dividend
    premium enhanced advantage underlying predecessor acquiring acquired target new closed
    open-end open end each such all other same master feeder series variable insurance account
    accounts separate money-market multi-asset fixed advisers advisors adviser advisor partners
    services financial holdings counsel associates sub-adviser sub-advisor subadviser registrant
    underlying mutual investment-grade world tactical managed capitalization mid-cap small-cap
    large-cap multi-cap mid-capitalization small-capitalization multi sized temporary short-term
    schedule cost collateral foreign additional dividends gains public distressed unrated
    illiquid restricted indexed lower-grade non-u.s non-us overlay active organization paid-in
    division registered reserve per initial annual certain hedge sale distributions board
    directors trustees officers
    """
)

# Capitalised words that are never part of a person's name in a filing (titles, fund and
# document vocabulary, calendar and places, sentence-initial function words).
_NON_NAME_TEXT = """
vice president presidents director directors managing manager managers co-manager
co-managers portfolio portfolios senior chief officer officers executive head lead co-lead
analyst analysts trustee trustees chairman chairwoman chair board committee member members
partner principal associate assistant strategist economist treasurer secretary counsel
general founder deputy team teams investment investments fund funds trust trusts series class
shares share index etf equity equities stock stocks bond bonds income growth value cap small
mid large micro global international emerging markets market real estate capital management
asset assets group company bank securities research strategy strategies allocation balanced
total return government treasury money municipal tax exempt free corporate high yield short
long term duration opportunities core plus select focus diversified conservative moderate
aggressive target date retirement sector dividend advantage underlying predecessor advisory
adviser advisers advisor advisors sub-adviser sub-advisor subadviser distributor custodian
administrator transfer agent prospectus prospectuses supplement supplements statement
additional information summary section sections item items page pages appendix exhibit
schedule annual semi-annual report reports fees fee expenses expense example performance risk
risks principal objective objectives policies policy shareholder shareholders purchase
purchases sale sales redemption redemptions exchange exchanges service services plan plans
act code regulation regulations commission sec finra nasdaq nyse irs important notice changes
change information effective accordingly during since prior under upon after before following
pursuant however additionally also both neither either not only other current currently
former previous please see note about we our you your it its they their he she his her this
that these those each any all such the a an in on at for as if by to of from with and or
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday united states america american north
south east west new york california texas florida massachusetts pennsylvania illinois ohio
jersey connecticut delaware maryland virginia minnesota arizona colorado dakota kansas
missouri oregon washington wisconsin europe european asia asian pacific japan japanese china
chinese india indian canada canadian london boston chicago san francisco city street suite
avenue road box floor plaza center centre building inc llc lp ltd corporation corp limited
plc institutional retail investor investors admiral premier ordinary common preferred
portfolio-manager co-portfolio dear sir madam yes no none total net gross average daily
reorganization merger liquidation closing agreement agreements contract board's fund's
small-cap mid-cap large-cap multi-cap fixed-income tax-exempt tax-free world tactical
managed diversified quantitative sustainable esg carbon climate clean energy health care
technology financials utilities industrials materials consumer discretionary staples
telecommunications infrastructure natural resources commodity commodities gold precious
metals inflation protected linked ultra enhanced premium dynamic flexible absolute unconstrained
systematic
name names position positions held year years elected birth occupation occupations
length office served number directorships address age other
"""
NON_NAME_WORDS = wordset(_NON_NAME_TEXT) | GENERIC_NAME_WORDS

# Head nouns a job title ends in; the words before it may be any of TITLE_WORDS.
TITLE_HEADS = wordset(
    """
    president director manager co-manager officer head co-head analyst strategist economist
    chief partner principal trustee chairman chairwoman chair member founder co-founder ceo cio
    cfo coo cco treasurer secretary counsel specialist trader vp svp evp md
    """
)
TITLE_WORDS = TITLE_HEADS | wordset(
    """
    senior executive vice managing portfolio co-portfolio chief co-chief investment investments
    lead co-lead associate assistant research deputy global fixed income equity equities and &
    general team fund client product credit high yield multi-asset asset allocation trading risk
    operations compliance independent interested quantitative international emerging markets
    sector emeritus group business development strategy solutions co
    """
)

# The conventional short names of the statutes fund filings cite.
LAW_SHORT_NAMES = {
    "1940 act": "Investment Company Act of 1940",
    "investment company act": "Investment Company Act of 1940",
    "1933 act": "Securities Act of 1933",
    "securities act": "Securities Act of 1933",
    "1934 act": "Securities Exchange Act of 1934",
    "exchange act": "Securities Exchange Act of 1934",
    "securities exchange act": "Securities Exchange Act of 1934",
    "advisers act": "Investment Advisers Act of 1940",
    "investment advisers act": "Investment Advisers Act of 1940",
    "internal revenue code": "Internal Revenue Code of 1986",
    "erisa": "Employee Retirement Income Security Act of 1974",
}

# Security types worth recognising without a definition (singular forms; plurals are matched).
SECURITY_TYPES = (
    "real estate investment trust", "American Depositary Receipt", "Global Depositary Receipt",
    "European Depositary Receipt", "depositary receipt", "exchange-traded fund",
    "exchange-traded note", "master limited partnership", "mortgage-backed security",
    "asset-backed security", "collateralized mortgage obligation",
    "collateralized loan obligation", "collateralized debt obligation", "convertible security",
    "contingent convertible security", "preferred stock", "high-yield bond", "junk bond",
    "municipal bond", "municipal security", "zero coupon bond", "inflation-indexed bond",
    "inflation-protected security", "Treasury Inflation-Protected Security",
    "U.S. government security", "U.S. Treasury security", "repurchase agreement",
    "reverse repurchase agreement", "when-issued security", "credit default swap",
    "interest rate swap", "total return swap", "futures contract", "forward contract",
    "forward foreign currency contract", "structured note", "bank loan", "floating rate loan",
    "senior loan", "commercial paper", "certificate of deposit", "money market instrument",
    "restricted security", "illiquid security", "Rule 144A security", "sovereign debt",
    "corporate bond", "derivative instrument", "variable rate demand note", "warrant",
)  # fmt: skip
# Head nouns that make a defined abbreviation a security type rather than a plain term.
SECURITY_HEADS = wordset(
    """
    trust receipt fund note security bond stock share option future swap obligation certificate
    warrant instrument derivative loan paper agreement partnership contract debenture debt right
    unit
    """
)
# Defined terms that name a role, not a thing: kept as ("role", term) on the entity they follow.
ROLE_TERMS = wordset(
    """
    fund funds portfolio portfolios trust trusts adviser advisor advisers advisors sub-adviser
    sub-advisor subadviser subadvisor sub-advisers subadvisers manager managers
    investment-manager distributor underwriter administrator custodian company corporation
    registrant series board trustees directors transfer-agent sponsor issuer acquiring-fund
    target-fund
    """
)

_MONTHS = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)}

# ----------------------------------------------------------------------------- regexes

_WORD = r"[^\W_](?:[\w'’&®\-]|\.(?![A-Z][a-z])|\((?:R|SM|TM)\))*(?<![\-'’&])"
# Words that can be part of a name: capitalised or digits, the connectors inside names, "&".
_NAME_TOKEN_RE = re.compile(
    r"(?<![\w'’&®\-])(?:(?=[^\W_a-zß-öø-ÿ])"
    + _WORD
    + r"|(?:of|and|for|de|van|von|der|du|da|la|plc)"
    r"(?![\w'’&®.\-])|&)"
)
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.-?){1,3}$")
_ROMAN_RE = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|X)$")
_SPACE_RE = re.compile(r"\s+")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?"
_MONTH = rf"({MONTH})"
DATE_RE = re.compile(
    rf"\b{_MONTH}\.?\s+(?:{_DAY},?\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\d)", re.IGNORECASE
)
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
# What every date of DATE_RE and _NUMERIC_DATE_RE holds (and the latter's "/"): a passage
# without it has none, and is not searched for them (most passages; the month names, matched
# ignoring case, are tried at every character).
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DATE_SLASH = "/"
_LAW_FULL_RE = re.compile(
    r"((?:[A-Z][A-Za-z'’.\-]*\s+){1,7}(?:Act|Code))\s+of\s+(1[789]\d\d|20\d\d)\b"
)
_LAW_SHORT_RE = re.compile(
    r"\b((?:19|20)\d\d\s+Act|Investment\s+Company\s+Act|Investment\s+Advisers\s+Act|Advisers\s+Act"
    r"|Securities\s+Exchange\s+Act|Exchange\s+Act|Securities\s+Act|Internal\s+Revenue\s+Code|ERISA)"
    r"\b(?!\s+of\s+\d)"
)
_RULE_RE = re.compile(r"\bRule\s+(\d{1,3}[a-z]{1,2}-?\d{1,2}(?:\([a-z0-9]{1,4}\))*)")
# The words one of which every match of _LAW_FULL_RE and _LAW_SHORT_RE holds, and the word of
# _RULE_RE: a passage without them is not searched (most passages).
_LAW_WORDS = ("Act", "Code", "ERISA")
_RULE_WORD = "Rule"
# A numbered rule, amendment or form, or a statute: what "which rule / act / amendment?" asks.
_REFERENCE_RE = re.compile(
    r"\bRule\s+\d{1,3}(?:[a-z]{1,2}-?\d{0,2}|-\d{1,2}|A\b)(?:\([a-z0-9]{1,4}\))*"
    r"|\b(?:Post-Effective\s+)?Amendment\s+No\.\s*\d+"
    r"|\bForm\s+N-[0-9A-Z]{1,3}\b"
    rf"|{_LAW_FULL_RE.pattern}|{_LAW_SHORT_RE.pattern}"
)
_PAREN_RE = re.compile(r"\(([^()]{1,160})\)")
_QUOTED_RE = re.compile(r"[“\"‘]([^“”\"‘’]{1,60})[”\"’]")
# After an unquoted parenthetical the name goes on: "Northgate Asset Management (US) LLC".
_AS_AMENDED_RE = re.compile(r",?\s+as\s+amended\s*$")
_NAME_GOES_ON_RE = re.compile(r"\s*(?:[A-Z]|,\s*(?:Inc|LLC|L\.P|LP|Ltd|Limited)\b)")
_KNOWN_AS_RE = re.compile(
    r"^(?:(?:the|each|collectively|together|individually|hereinafter|also|commonly|formerly)"
    r"\b[\s,]*(?:a|an|the)?\s*)*(?:(?:known|referred\s+to)\s+as\s+(?:the\s+)?|called\s+)?$",
    re.IGNORECASE,
)
_TITLE_LEAD_RE = re.compile(r"^\s*(?:(,|\||–|—|-|\(|:)\s*)?")
_WHO_RE = re.compile(r"^\s*,?\s*who\b")
# Verbs that follow a person's name in filings ("Dana Holt will assume ...", "Lee Marsh,
# who has served ..."); weak evidence on their own.
_PERSON_VERB_RE = re.compile(
    r"^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:(?:has|had|have|will|is|was|also|previously|currently|"
    r"now|been|recently)\s+){0,3}(?:joined|rejoined|co-?managed?|co-?manages|managed|manages|"
    r"served\s+as|serves\s+as|serve\s+as|resigned|retired|retires|retire|step(?:s|ped)?\s+down|"
    r"no\s+longer|on\s+a\s+leave|appointed|named|elected|began|graduated|oversees|oversaw|"
    r"co-?leads?|departed|became|assume|assumed|assumes|replaced|replaces|succeeded|succeeds|"
    r"continue\s+(?:as|to\s+serve)|continues\s+to\s+serve)\b",
    re.IGNORECASE,
)
# "... is the Vice President", "... as the Funds portfolio manager": a role follows the name.
_ROLE_VERB_RE = re.compile(
    r"^\s*,?\s*(?:is|was|will\s+be|has\s+been|had\s+been|serves\s+as|served\s+as|as|became|"
    r"remains)\s+(?:(?:a|an|the|its|their|our)\s+)?",
    re.IGNORECASE,
)
_CREDENTIAL_RE = re.compile(
    r",?\s*(Ph\.\s?D\.?|M\.D\.|J\.D\.|[A-Z][A-Za-z]{1,4}\.?[®™]?)(?=[\s,;)|]|$)"  # "CFA®"
)
_OF_UNIT_RE = re.compile(r"\s+of\s+(?:[A-Z][\w\-]*\s*){1,3}")
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\|?\s*)")
_LEGAL_AFTER_RE = re.compile(
    r",\s*(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|L\.P\.|LP|Ltd\.?|Limited|N\.A\.|plc|PLC|S\.A\.)"
    r"(?![\w])"
)
_TITLE_WORD_RE = re.compile(r"([\w&\-]+)\s*")
_NEXT_SURNAME_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z][\w'’\-]+)")


_SEC_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*\.?")
_SEC_GAP_RE = re.compile(r"[ \t\n\-]+")


def _security_terms() -> dict[str, list[tuple[str, ...]]]:
    """SECURITY_TYPES as word tuples, keyed by first word, longest first."""
    terms: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for term in SECURITY_TYPES:
        words = tuple(w.lower() for w in _SEC_WORD_RE.findall(term))
        terms[words[0]].append(words)
        if len(words) == 1:
            terms[words[0] + "s"].append(words)
    for lst in terms.values():
        lst.sort(key=len, reverse=True)
    return dict(terms)


_SEC_TERMS = _security_terms()
_SEC_MAX_WORDS = max(len(t) for lst in _SEC_TERMS.values() for t in lst)
_SEC_FIRST_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w) for w in sorted(_SEC_TERMS, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def _first_word_finder() -> ahocorasick.Automaton:
    """Every first word of a security type (``_SEC_TERMS``' keys, lower case), found in one
    pass over a lower-cased text; the value: the word's length."""
    automaton = ahocorasick.Automaton()
    for word in _SEC_TERMS:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


_SEC_FIRST_FINDER = _first_word_finder()
# What ``\w`` matches in an ASCII text once lower-cased (the look-around of _SEC_FIRST_RE).
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_SEC_LETTERS = sorted({c for word in _SEC_TERMS for c in word if c.isalpha()})
# A non-ASCII character's stand-in in a probe text (see ``_sec_probe``): "_" for a word
# character, " " for any other, "" for one that matches a letter of the first words when case
# is ignored (Kelvin's K, a long s: the text is then searched with _SEC_FIRST_RE itself).
_SEC_STAND_INS: dict[str, str] = {}


def _sec_stand_in(m: re.Match[str]) -> str:
    char = m.group()
    found = _SEC_STAND_INS.get(char)
    if found is None:
        if any(re.fullmatch(re.escape(c), char, re.IGNORECASE) for c in _SEC_LETTERS):
            found = ""
        else:
            found = "_" if re.fullmatch(r"\w", char) else " "
        _SEC_STAND_INS[char] = found
    return found


def _sec_probe(text: str) -> str | None:
    """The text as _SEC_FIRST_RE sees it, in ASCII lower case, character for character: an
    ASCII text lower-cased, any other character a stand-in that is a word character when it
    is one and matches no letter of the first words (None when one of them could)."""
    if text.isascii():
        return text.lower()
    probe = _NON_ASCII_RE.sub(_sec_stand_in, text)
    return probe.lower() if len(probe) == len(text) else None


def sec_first_words(text: str) -> list[tuple[int, int]]:
    """The spans _SEC_FIRST_RE matches in a text, each at a place it can start (its longest
    there), in order: ``_SEC_FIRST_RE.search(text, pos)`` is the first of them that starts at
    ``pos`` or after. Found with one pass of an automaton over the lower-cased text, not the
    regex's 44 words ignoring case tried at every place (varied 4 MB: 0.75 -> 0.2 s)."""
    probe = _sec_probe(text)
    if probe is None:
        found = []
        pos = 0
        while m := _SEC_FIRST_RE.search(text, pos):
            found.append(m.span())
            pos = m.start() + 1
        return found
    longest: dict[int, int] = {}
    size = len(probe)
    word_chars = _ASCII_WORD_CHARS
    for end, length in _SEC_FIRST_FINDER.iter(probe):
        start = end - length + 1
        if start and (probe[start - 1] in word_chars or probe[start - 1] == "."):
            continue  # (?<![\w.])
        if end + 1 < size and probe[end + 1] in word_chars:
            continue  # (?![\w])
        if length > longest.get(start, 0):
            longest[start] = length
    return [(start, start + longest[start]) for start in sorted(longest)]


def _words_are(text: str, words: list[tuple[int, int, str]], term: tuple[str, ...]) -> bool:
    """Do ``words`` (consecutive, separated by spaces or hyphens) start with ``term``, its
    last word singular or plural?"""
    if len(words) < len(term):
        return False
    for k, want in enumerate(term):
        word = words[k][2]
        if k == len(term) - 1:
            if word != want and singular(word) != want:
                return False
        elif word != want:
            return False
    return True


# ----------------------------------------------------------------------------- normalising


def _spaced(s: str) -> str:
    return _SPACE_RE.sub(" ", s).strip()


# Security types that are proper nouns ("American Depositary Receipts") keep their capitals.
_PROPER_SECURITY = {term_key(t): t for t in SECURITY_TYPES if t[:1].isupper()}


def date_name(month: str, day: str | None, year: str) -> tuple[str, str]:
    """("November 15, 2001", "2001-11-15") from the parts of a written date."""
    m = _MONTHS[month[:3].lower()]
    if day:
        return f"{MONTH_NAMES[m - 1]} {int(day)}, {year}", f"{year}-{m:02d}-{int(day):02d}"
    return f"{MONTH_NAMES[m - 1]} {year}", f"{year}-{m:02d}"


# ----------------------------------------------------------------------------- tokens and runs


class _Tok:
    """A word of a capitalised run (a plain slotted class: a long filing makes millions)."""

    __slots__ = ("bare", "brk", "cap", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int, brk: bool) -> None:
        self.text = text  # as written, possessive and sentence-final dot removed
        self.start = start
        self.end = end
        self.brk = brk  # punctuation or a sentence end follows: a run may not continue past it
        if "." in text or "(" in text or "®" in text or "™" in text or "℠" in text:
            self.bare = bare(text)
        else:
            self.bare = text.lower()
        first = text[:1]
        # starts with an upper-case letter (or digit inside a capitalised run)
        self.cap = first.isupper() or (first.isdigit() and any(c.isalpha() for c in text))


# Abbreviations whose trailing dot is not a sentence end.
_ABBREVIATIONS = frozenset(
    {"inc", "co", "corp", "ltd", "jr", "sr", "mr", "ms", "mrs", "dr", "messrs", "st", "no", "us",
     "na", "lp", "phd", "llc", "plc", "sa", "prof", "vs", "etc", "pte", "mses", "esq", "bros"}
)  # fmt: skip
# Dotted abbreviations that look like initials but never sit in a person's name.
_NOT_INITIALS = frozenset({"us", "uk", "na", "sa", "lp", "eu", "ny", "dc", "bv", "nv", "ag"})
# Capitalised words that start a sentence or a heading rather than a name; trimmed from the
# left of a fund or organisation name.
_LEADING_TRIM = wordset(
    """
    the a an this that these those each any all such every both either neither its their our
    your his her effective accordingly during since prior under upon after before following
    pursuant however additionally also in on at for as if by to of from with and or but not only
    other current currently former previous please see note about important notice changes
    change joined i ii iii iv v vi vii viii ix x item section part appendix exhibit supplement
    prospectus statement summary shareholders shareholder dear re regarding january february
    march april may june july august september october november december when while where
    whereas because although though unless until thereafter therefore thus
    """
)
# All-caps words that are prose, not part of a name ("SOLD OR MARKETED BY ...").
_CAPS_BREAK = _LEADING_TRIM - {"of", "and", "for"} | wordset(
    """
    but not is are be by or including licensed sold marketed source copyright registered
    trademark trademarks damages consequential was were has have excluding except
    """
)
# Words after "Fund"/"Portfolio" that make it a modifier: "Portfolio Manager", "Fund Summary".
_NOT_AFTER_FUND = TITLE_HEADS | wordset(
    """
    managers summary details shares share policies policy operating expenses expense fees fee
    information prospectus prospectuses statement family complex assets name names number
    management's team teams accounting administration administrator accountant services overview
    profile facts holdings performance objective objectives strategies risks
    """
)
# Role labels that precede a firm's name in tables ("Investment Adviser Summit Investments").
# Words naming a document or an event, never part of a fund's or a firm's name: a capitalised
# run that holds one ("Prospectus Supplement High-Yield Fund") names what comes after it.
_DOCUMENT_WORDS = frozenset(
    {"prospectus", "prospectuses", "supplement", "supplements", "meeting", "proxy", "notice"}
)
_ROLE_LABELS = wordset(
    """
    investment management adviser advisers advisor advisors sub-adviser sub-advisers sub-advisor
    sub-advisors subadviser subadvisers subadvisor subadvisors sub-sub-adviser manager managers
    distributor distributors administrator custodian sponsor trustee underwriter principal
    registered joined transfer agent auditor portfolio
    """
)
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "van", "von", "der", "du", "da", "la"})


def _tokenise(text: str) -> list[_Tok | None]:
    """Capitalised words, connectors and "&" with offsets; None marks a break (punctuation or
    lower-case prose between two of them). Lower-case prose is skipped by the regex."""
    out: list[_Tok | None] = []
    last = 0
    # a place in brackets inside a firm's name, before its legal form, is part of the name
    # ("Northbeam Investment Management (UK) Limited"): read as if unbracketed (same offsets)
    if "(" in text:
        text = _PLACE_IN_NAME_RE.sub(_unbracketed, text)
    for m in _NAME_TOKEN_RE.finditer(text):
        raw = m.group()
        start, end = m.span()
        # (``isspace`` is the regex's \s: a gap that is not all space breaks the run)
        if start > last and not text[last:start].isspace():
            out.append(None)
        last = end
        if raw == "&":
            out.append(_Tok(raw, start, end, False))
            continue
        brk = False
        if raw[-1] == "." and not _INITIALS_RE.match(raw):
            core = raw.rstrip(".").lower().replace(".", "")
            if "." not in raw[:-1] and core not in _ABBREVIATIONS:
                raw = raw[:-1]
                end -= 1
                brk = True
        at = _possessive_at(raw)
        if (
            at >= 0
            and len(raw) > 2
            and raw[at - 1 : at].isalpha()
            and (raw[at:] in ("'s", "’s") or raw[-1] in "'’")
        ):
            raw = raw[:at]
            end = start + len(raw)
            brk = True
        out.append(_Tok(raw, start, end, brk))
    return out


_PLACE_IN_NAME_RE = re.compile(
    rf"(?<=[A-Za-z]) {PLACE_IN_NAME} "
    r"(?=(?:Limited|Ltd|LLC|L\.L\.C|Inc|Pte|S\.A|SA|GmbH|AG|plc|PLC|Co|Company|Corporation|"
    r"LLP|LP|N\.A|B\.V|N\.V)\b)"
)


def _unbracketed(m: re.Match[str]) -> str:
    return m.group(0).replace("(", " ").replace(")", " ")


def _possessive_at(word: str) -> int:
    """Where a word's possessive ending starts (an apostrophe, then an "s" or nothing: what
    ``re.search(r"['’]s?$", word)`` finds), or -1."""
    if word[-1:] in ("'", "’"):
        return len(word) - 1
    if word[-2:] in ("'s", "’s"):
        return len(word) - 2
    return -1


def _runs(tokens: list[_Tok | None]) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens (with inner connectors) not broken by punctuation."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []

    def close() -> None:
        while cur and not (cur[-1].cap or cur[-1].text == "plc"):
            cur.pop()
        if cur:
            runs.append(list(cur))
        cur.clear()

    for i, tok in enumerate(tokens):
        if tok is None:
            close()
            continue
        if tok.text.isupper() and len(tok.bare) > 1 and tok.bare in _CAPS_BREAK:
            close()
            continue
        if tok.text == "The" and cur:
            close()  # "Tax Information The Fund": a new name starts
        digit_inside = (
            tok.text.isdigit()
            and cur
            and _next_cap(tokens, i)
            and cur[-1].bare not in FUND_SUFFIXES | {"number", "no"}
        )
        if tok.cap or digit_inside or (cur and (tok.bare in _CONNECTORS or tok.text == "plc")):
            if tok.bare in HONORIFICS and tok.cap and cur:
                close()
            cur.append(tok)
            if tok.brk:
                close()
        else:
            close()
    close()
    return runs


def _next_cap(tokens: list[_Tok | None], i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.cap


# ----------------------------------------------------------------------------- extraction


@dataclass(slots=True)
class _Cand:
    kind: str
    start: int
    end: int
    name: str
    passage: int
    surface: str = ""
    attrs: list[tuple[str, str]] = field(default_factory=list)
    evidence: int = 0  # _NONE, _WEAK or _STRONG
    surname_only: bool = False
    tokens: tuple[str, ...] = ()


def _name_token(tok: _Tok) -> bool:
    """Could this token be a word of a person's name ("Aliaga-Diaz", "McIntosh", "O'Brien")?"""
    t = tok.text
    if not t[:1].isupper() or tok.bare in NON_NAME_WORDS or any(c.isdigit() for c in t):
        return False
    if "&" in t or "." in t or "®" in t:
        return False
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 2 or all(c.isupper() for c in letters):
        return False
    # "NWHarbor": two capitals before the first lower-case letter is a brand, not a name
    return not (len(t) > 2 and t[1].isupper() and t[:2] not in ("Mc", "O'", "D'", "O’"))


def _suffix(tok: _Tok) -> bool:
    return tok.bare in FUND_SUFFIXES or tok.bare in ORG_SUFFIXES


def _distinctive(tok: _Tok) -> bool:
    """Does this word help say which fund or firm is meant (not "Small", "Mid-Cap", "I.")?"""
    if sum(c.isalpha() for c in tok.text) < 2 or _ROMAN_RE.match(tok.text):
        return False
    if _INITIALS_RE.match(tok.text) or tok.bare in _LEADING_TRIM or tok.bare in LEGAL_FORMS:
        return False
    return any(
        part and part not in GENERIC_NAME_WORDS and part not in TITLE_WORDS
        for part in tok.bare.split("-")
    )


def _initial_token(tok: _Tok) -> bool:
    return bool(_INITIALS_RE.match(tok.text)) and tok.bare not in _NOT_INITIALS


# How sure a person candidate is: strong evidence (honorific, initial, credential, title after a
# comma, confirmed surname) accepts it; weak evidence (a person verb, a role, a neighbour in a
# list of people) only when its first name is not an everyday word of the filing.
_NONE, _WEAK, _STRONG = 0, 1, 2
_LOWER_WORD_RE = re.compile(r"(?<![\w'’])[a-z][a-z\-]+(?![\w'’])")


def _role_follows(tail: str) -> bool:
    """Is the name followed by a role ("is the Vice President", "as the Funds portfolio
    manager")? Only title words and capitalised words may stand between."""
    m = _ROLE_VERB_RE.match(tail)
    if not m:
        return False
    for word in re.findall(r"[\w\-’']+", tail[m.end() :])[:6]:
        low = word.lower()
        if low in TITLE_HEADS or (low.endswith("s") and low[:-1] in TITLE_HEADS):
            return True
        if low not in TITLE_WORDS and not word[:1].isupper() and low not in ("fund's", "fund’s"):
            return False
    return False


class MentionScan:
    """Mention extraction state for one filing (or a part of it, see ``scan_mentions``):
    candidates, brands, confirmed surnames and definitions."""

    def __init__(self, meta: DocMeta | None, *, keep_texts: bool = True) -> None:
        self.meta = meta
        self.cands: list[_Cand] = []
        self.brands: set[str] = set(_FIRM_KEYS)
        self.confirmed_surnames: set[str] = set()
        self.defined: dict[str, _Cand] = {}  # alias term -> the candidate it names
        # what pass 2 reads again: the items scanned, kept here (``keep_texts``), or, for a long
        # filing whose passages are not all held in memory, read again from ``source``
        self.keep_texts = keep_texts
        self.texts: list[tuple[int, str]] = []
        self.source: Callable[[], Iterable[tuple[int, str]]] | None = None
        self.lower_words: set[str] = set()
        # one object per distinct name, surface, token tuple and attribute tuple of the
        # candidates and mentions (a long filing names the same people, funds and dates over
        # and over)
        self.shared: dict = {}

    # -- pass 1: one passage of text
    def scan(self, passage: int, text: str) -> None:
        if self.keep_texts:
            self.texts.append((passage, text))
        self.lower_words.update(_LOWER_WORD_RE.findall(text))
        found: list[_Cand] = []
        found += self._dates(passage, text)
        found += self._laws(passage, text)
        found += self._securities(passage, text)
        tokens = _tokenise(text)
        for run in _runs(tokens):
            found += self._run(passage, text, run)
        found.sort(key=lambda c: (c.start, -c.end))
        kept: list[_Cand] = []
        last_end = -1
        for c in found:
            if c.start >= last_end:
                c.surface = c.surface or _spaced(text[c.start : c.end])
                kept.append(c)
                last_end = c.end
        self.cands.extend(kept)
        self._titles(text, kept)
        self._coordinate(text, kept)
        self._definitions(passage, text, kept)
        one = self.shared.setdefault
        for c in kept:
            c.surface = one(c.surface, c.surface)
            c.name = one(c.name, c.name)
            c.tokens = one(c.tokens, c.tokens)

    def _dates(self, passage: int, text: str) -> list[_Cand]:
        out: list[_Cand] = []
        if not _YEAR_RE.search(text):
            return out
        for m in DATE_RE.finditer(text):
            name, _ = date_name(m.group(1), m.group(2), m.group(3))
            out.append(_Cand("date", m.start(), m.end(), name, passage))
        if _DATE_SLASH not in text:
            return out
        for m in _NUMERIC_DATE_RE.finditer(text):
            month, day, year = int(m.group(1)), int(m.group(2)), m.group(3)
            if 1 <= month <= 12 and 1 <= day <= 31:
                name, _ = date_name(MONTH_NAMES[month - 1], str(day), year)
                out.append(_Cand("date", m.start(), m.end(), name, passage))
        return out

    def _laws(self, passage: int, text: str) -> list[_Cand]:
        out: list[_Cand] = []
        if any(word in text for word in _LAW_WORDS):
            for m in _LAW_FULL_RE.finditer(text):
                words = m.group(1).split()
                while words and (words[0].lower() in NON_NAME_WORDS - {"investment", "securities"}):
                    words.pop(0)
                if len(words) < 2:
                    continue
                name = " ".join(words) + " of " + m.group(2)
                start = m.start(1) + m.group(1).index(words[0])
                out.append(_Cand("law", start, m.end(), name, passage))
            for m in _LAW_SHORT_RE.finditer(text):
                short = _spaced(m.group(1))
                name = LAW_SHORT_NAMES.get(short.lower(), short)
                out.append(_Cand("law", m.start(), m.end(), name, passage))
        if _RULE_WORD in text:
            for m in _RULE_RE.finditer(text):
                out.append(_Cand("law", m.start(), m.end(), "Rule " + m.group(1), passage))
        return out

    def _securities(self, passage: int, text: str) -> list[_Cand]:
        """Security types from SECURITY_TYPES, matched word by word (singular or plural)."""
        out = []
        pos = 0
        for first, first_end in sec_first_words(text):
            if first < pos:
                continue
            words = []
            at = first
            for _ in range(_SEC_MAX_WORDS):
                w = _SEC_WORD_RE.match(text, at)
                if not w:
                    break
                words.append((w.start(), w.end(), w.group().lower()))
                gap = _SEC_GAP_RE.match(text, w.end())
                if not gap:
                    break
                at = gap.end()
            match = (
                next(
                    (len(t) for t in _SEC_TERMS.get(words[0][2], ()) if _words_are(text, words, t)),
                    0,
                )
                if words
                else 0
            )
            if not match:
                pos = first_end
                continue
            start, end = words[0][0], words[match - 1][1]
            surface = _spaced(text[start:end])
            proper = term_key(surface) in _PROPER_SECURITY
            name = surface if proper and not surface.isupper() else surface.lower()
            out.append(_Cand("security", start, end, name, passage))
            pos = end
        return out

    # -- capitalised runs: funds, organisations, people
    def _run(self, passage: int, text: str, run: list[_Tok]) -> list[_Cand]:
        out: list[_Cand] = []
        start = 0
        i = 0
        n = len(run)
        while i < n:
            if not _suffix(run[i]) or self._longer_name_follows(run, i):
                i += 1
                continue
            j = i
            while j + 1 < n and (_suffix(run[j + 1]) or _ROMAN_RE.match(run[j + 1].text)):
                if run[j].bare in LEGAL_FORMS and run[j + 1].bare not in LEGAL_FORMS:
                    break  # "... Management LLC Portfolio Managers"
                j += 1
            legal = self._legal_after(text, run[j]) if j == n - 1 else None
            named = self._named(passage, text, run[start : j + 1], legal)
            if named is not None:
                out += self._people(passage, text, run[start : start + named[1]])
                out.append(named[0])
                start = j + 1
                while start < n and run[start].bare in _CONNECTORS:
                    start += 1
            elif run[j].bare in FUND_SUFFIXES:
                start = j + 1  # a generic fund name ends here; the next name starts after it
            i = j + 1
        rest = run[start:]
        if rest:
            legal = self._legal_after(text, rest[-1])
            named = self._named(passage, text, rest, legal) if legal else None
            if named is not None:
                out += self._people(passage, text, rest[: named[1]])
                out.append(named[0])
            else:
                out += self._people(passage, text, rest)
        return out

    @staticmethod
    def _longer_name_follows(run: list[_Tok], i: int) -> bool:
        """Is the suffix at ``i`` not the end of a name? "Portfolio Manager", "Fund Summary"
        (a title or document word follows), "NWB Limited Maturity Fund", "Harlow Brothers
        Capital International Inc." (the name goes on to a later suffix)."""
        word = run[i].bare
        nxt = run[i + 1] if i + 1 < len(run) else None
        if nxt is None or _suffix(nxt) or _ROMAN_RE.match(nxt.text):
            return False
        if word in FUND_SUFFIXES:
            return nxt.bare in _NOT_AFTER_FUND
        for tok in run[i + 1 :]:
            if tok.bare in _CONNECTORS and tok.bare != "&":
                return False
            if tok.bare in FUND_SUFFIXES:
                return word in LEGAL_FORMS
            if tok.bare in LEGAL_FORMS:
                return True
        return False

    @staticmethod
    def _legal_after(text: str, last: _Tok) -> str | None:
        """ ", Inc." / ", LLC" right after a run: the legal suffix (with its comma) or None."""
        m = _LEGAL_AFTER_RE.match(text, last.end)
        return m.group() if m else None

    def _named(
        self, passage: int, text: str, toks: list[_Tok], legal: str | None = None
    ) -> tuple[_Cand, int] | None:
        """A fund or organisation ending at the last token of ``toks``; the int is the index of
        its first token (the part before it may hold a person)."""
        first = 0
        for k in range(1, len(toks) - 1):
            word, prev = toks[k].bare, toks[k - 1].bare
            if word in ("and", "&", "of", "for") and (
                prev in FUND_SUFFIXES or (prev in LEGAL_FORMS and word != "&")
            ):
                first = k + 1  # "X Fund and Y Fund": keep the last conjunct
            elif word == "and" and (_suffix(toks[k - 1]) or toks[k + 1].bare == toks[first].bare):
                first = k + 1  # "Advisor and ALPS Distributors", "Summit and Summit Capital"
            elif (
                word in ("of", "for")
                and not any(t.bare in ORG_SUFFIXES for t in toks[first:k])
                and (
                    not any(_distinctive(t) for t in toks[first:k])
                    or any(
                        t.bare in TITLE_HEADS or t.bare[:-1] in TITLE_HEADS for t in toks[first:k]
                    )
                )
            ):
                first = k + 1  # "Managing Director of ...", "Division of Investment Management"
        for k in range(first, len(toks) - 1):
            if toks[k].bare in _DOCUMENT_WORDS:
                first = k + 1  # "Special Meeting for X Fund", "Trust Prospectus Supplement X Fund"
        first = self._trim_left(toks, first)
        body = toks[first:]
        if len(body) < 2 or body[0].bare in TITLE_HEADS:
            return None
        last = body[-1].bare
        is_legal = legal is not None or last in LEGAL_FORMS
        strong_legal = is_legal and last not in ("co", "company")
        long_generic = len(body) >= 4 and (strong_legal or last in FUND_SUFFIXES)
        if not any(_distinctive(t) for t in body[:-1]) and not long_generic:
            return None  # "Small Cap Equity Group"; keeps "Investment Company Capital Corporation"
        all_caps = not any(c.islower() for t in body for c in t.text)
        if all_caps and not strong_legal and last not in FUND_SUFFIXES:
            return None  # all-caps prose ("COST OF INVESTMENTS") names no firm
        end = body[-1].end
        name = text[body[0].start : end]
        if legal:
            name += legal
            end += len(legal)
        name = _spaced(name)
        kind = self._named_kind(body, name, is_legal)
        self._learn_brand(body)
        return _Cand(kind, body[0].start, end, name, passage), first

    def _trim_left(self, toks: list[_Tok], first: int) -> int:
        """Skip sentence-initial words and role labels ("Investment Adviser Summit Investments")
        while something distinctive is left."""
        while first < len(toks) - 1:
            tok = toks[first]
            if (
                tok.bare in _LEADING_TRIM
                or _ROMAN_RE.match(tok.text.rstrip("."))
                or (
                    (tok.bare in _ROLE_LABELS or tok.bare in ("and", "&", "of", "for"))
                    and any(_distinctive(t) for t in toks[first + 1 : -1])
                )
            ):
                first += 1
            else:
                break
        return first

    def _named_kind(self, body: list[_Tok], name: str, is_legal: bool) -> str:
        last = body[-1].bare
        if is_legal and last in ("fund", "funds", "trust"):
            return "trust"  # "AFBA 5Star Fund, Inc.", a registrant
        if is_legal and last in FUND_SUFFIXES:
            return "org"  # "Compass Efficient Model Portfolios, LLC", an adviser
        if last in FUND_SUFFIXES or (
            _ROMAN_RE.match(body[-1].text) and any(t.bare in FUND_SUFFIXES for t in body)
        ):
            kind = "trust" if last in ("trust", "funds", "series") else "fund"
        elif is_legal and body[-2].bare in ("fund", "funds", "trust"):
            kind = "trust"  # "AFBA 5Star Fund, Inc."
        else:
            kind = "org"
        if self.meta is not None:
            key = org_key(name)
            if any(org_key(f) == key for f in self.meta.funds):
                kind = "fund"
            elif self.meta.trust and org_key(self.meta.trust) == key:
                kind = "trust"
        return kind

    def _learn_brand(self, body: list[_Tok]) -> None:
        """Remember the person-shaped words a fund or firm name starts with ("Lee Marsh")."""
        words: list[_Tok] = []
        for tok in body:
            if _name_token(tok) or _initial_token(tok):
                words.append(tok)
            else:
                break
        for k in range(2, len(words) + 1):
            self.brands.add(org_key(" ".join(t.text for t in words[:k])))

    def _people(self, passage: int, text: str, toks: list[_Tok]) -> list[_Cand]:
        """Person candidates in a run (or the part of a run before a fund or firm)."""
        out: list[_Cand] = []
        groups: list[list[_Tok]] = []
        cur: list[_Tok] = []
        for tok in toks:
            if tok.bare in HONORIFICS and tok.cap:
                if cur:
                    groups.append(cur)
                cur = [tok]
            elif (
                _name_token(tok)
                or _initial_token(tok)
                or self._suffix_tok(tok, cur)
                or (tok.bare in SURNAME_PARTICLES and cur)
            ):
                cur.append(tok)
            else:
                if cur:
                    groups.append(cur)
                cur = []
        if cur:
            groups.append(cur)
        for group in groups:
            out += self._person_group(passage, text, group)
        return out

    def _suffix_tok(self, tok: _Tok, cur: list[_Tok]) -> bool:
        return bool(cur) and tok.bare in GENERATIONAL and len(cur) >= 2

    def _person_group(self, passage: int, text: str, group: list[_Tok]) -> list[_Cand]:
        honorific = group[0].bare if group[0].bare in HONORIFICS else None
        words = group[1:] if honorific else group
        while words and words[-1].bare in SURNAME_PARTICLES:
            words = words[:-1]
        if not words:
            return []
        if honorific:
            if honorific in PLURAL_HONORIFICS:
                return self._plural_honorific(passage, text, group[0], words)
            return [self._person(passage, text, group[0].start, words, True)]
        while words and _initial_token(words[-1]):
            words = words[:-1]
        full_words = [t for t in words if not _initial_token(t) and t.bare not in GENERATIONAL]
        if len(full_words) < 2 or not (_name_token(words[0]) or _initial_token(words[0])):
            return []
        has_initial = any(_initial_token(t) for t in words[1:-1])
        lead_initial = _initial_token(words[0])
        if (
            lead_initial
            and words[0].text in ("I.", "V.", "X.")
            and not text[: words[0].start].strip()
        ):
            return []  # "I. Modified Rights": a numbered heading, not "G. David MacEwen"
        if len(full_words) == 4 and not has_initial and not lead_initial:
            # two names side by side (columns of a fixed-width table)
            pair = [
                self._person(passage, text, words[0].start, words[:2], False),
                self._person(passage, text, words[2].start, words[2:], False),
            ]
            pair[1].evidence = max(pair[1].evidence, self._evidence(text, pair[1]))
            return pair
        if len(full_words) > 3:
            return []
        cand = self._person(passage, text, words[0].start, words, False)
        if has_initial or lead_initial:
            cand.evidence = _STRONG
        cand.evidence = max(cand.evidence, self._evidence(text, cand))
        return [cand]

    def _person(
        self, passage: int, text: str, start: int, words: list[_Tok], honorific: bool
    ) -> _Cand:
        end = words[-1].end
        kept = ""
        for piece in _CREDENTIAL_RE.finditer(text[end : end + 60]):
            if piece.start() != len(kept):
                break
            token = piece.group(1)
            if bare(token) not in GENERATIONAL and not is_credential(token):
                break
            kept += piece.group()
        name = normalise_person(text[start : end + len(kept)])
        cand = _Cand("person", start, end + len(kept), name, passage)
        cand.surname_only = len(words) == 1
        cand.tokens = tuple(t.text for t in words)
        cand.evidence = _STRONG if honorific or kept else _NONE
        if honorific and len(words) == 1:
            self.confirmed_surnames.add(surname_key(name))
        return cand

    def _plural_honorific(
        self, passage: int, text: str, hon: _Tok, words: list[_Tok]
    ) -> list[_Cand]:
        """ "Messrs. Comer, Robinson, and Rule": one surname-only person each."""
        out = [self._person(passage, text, hon.start, words[-1:], True)]
        pos = words[-1].end
        while m := _NEXT_SURNAME_RE.match(text, pos):
            tok = _Tok(m.group(1), m.start(1), m.end(1), False)
            if not _name_token(tok):
                break
            out.append(self._person(passage, text, tok.start, [tok], True))
            pos = m.end()
        return out

    def _evidence(self, text: str, cand: _Cand) -> int:
        tail = text[cand.end : cand.end + 80]
        title = self._title_after(tail)
        if title is not None:
            return _STRONG if title[2] else _WEAK
        if _WHO_RE.match(tail) or _PERSON_VERB_RE.match(tail) or _role_follows(tail):
            return _WEAK
        return _NONE

    @staticmethod
    def _title_after(tail: str) -> tuple[str, int, bool] | None:
        """A job title right after a name (", Vice President of ...", " | Portfolio Manager"):
        the title, where it ends in ``tail``, and whether punctuation set it off."""
        lead = _TITLE_LEAD_RE.match(tail)
        pos = begin = lead.end() if lead else 0
        punct = bool(lead and lead.group(1))
        if not punct and not tail[pos : pos + 1].isupper():
            return None  # without punctuation only a capitalised title counts
        words: list[tuple[str, int]] = []
        while m := _TITLE_WORD_RE.match(tail, pos):
            w = m.group(1)
            if w.lower() not in TITLE_WORDS:
                break
            words.append((w, m.end(1)))
            pos = m.end()
            if w.lower() in ("head", "chief", "co-head") and (
                of := _OF_UNIT_RE.match(tail, pos)
            ):  # "Head of Investments", "Chief of Compliance"
                words.append((of.group(), of.end()))
                pos = of.end()
                break
        while words and words[-1][0].lower() not in TITLE_HEADS and " of " not in words[-1][0]:
            words.pop()
        if not words or words[0][0].lower() in ("and", "&"):
            return None
        end = words[-1][1]
        return _spaced(tail[begin:end]), end, punct

    def _titles(self, text: str, cands: list[_Cand]) -> None:
        """Attach adjacent job titles and employers to person candidates."""
        by_start = {c.start: c for c in cands}
        for c in cands:
            if c.kind != "person" or c.surname_only:
                continue
            tail = text[c.end : c.end + 160]
            found = self._title_after(tail)
            if found is None:
                continue
            title, end, punct = found
            c.attrs.append(("title", title))
            c.evidence = max(c.evidence, _STRONG if punct else _WEAK)
            em = re.match(r"\s*(?:,|\bof\b|\bat\b|–|—)\s*(?:the\s+)?", tail[end:])
            if em:
                org = by_start.get(c.end + end + em.end())
                if org is not None and org.kind == "org":
                    c.attrs.append(("employer", org.name))

    def _coordinate(self, text: str, cands: list[_Cand]) -> None:
        """A name listed next to a likely person ("Daniel L. Sido, Jason Hans and Ernesto
        Ramos, Ph.D.") is weakly a person too."""
        people = [c for c in cands if c.kind == "person" and not c.surname_only]
        changed = True
        while changed:
            changed = False
            for a, b in itertools.pairwise(people):
                if not _LIST_GAP_RE.fullmatch(text[a.end : b.start]):
                    continue
                for x, y in ((a, b), (b, a)):
                    if x.evidence > _NONE and y.evidence == _NONE:
                        y.evidence = _WEAK
                        changed = True

    def _definitions(self, passage: int, text: str, cands: list[_Cand]) -> None:
        """Defined-term parentheticals: ``X (the "Adviser")``, ``X ("REITs")``, ``X (AGI U.S.)``."""
        ends = {c.end: c for c in cands}
        for m in _PAREN_RE.finditer(text):
            inner = m.group(1)
            terms = [_spaced(t) for t in _QUOTED_RE.findall(inner)]
            quoted = bool(terms)
            if not terms:
                plain = _spaced(inner)
                if not _is_acronym(plain) or _NAME_GOES_ON_RE.match(text, m.end()):
                    continue
                terms = [plain]
            elif not _KNOWN_AS_RE.match(inner[: inner.find(terms[0]) - 1].strip(" ,“\"‘'")):
                continue
            before = _AS_AMENDED_RE.sub("", text[: m.start()]).rstrip().rstrip(",").rstrip()
            owner = ends.get(len(before))
            if owner is None:
                if not _is_acronym(terms[0]):
                    continue
                owner = self._abbreviated(passage, text, before, terms[0])
                if owner is None:
                    continue
                owner.surface = _spaced(text[owner.start : owner.end])
                cands.append(owner)
                self.cands.append(owner)
            for term in terms:
                self._define(owner, term, quoted)

    def _abbreviated(self, passage: int, text: str, before: str, abbr: str) -> _Cand | None:
        """Schwartz-Hearst: the words before an abbreviation that it abbreviates."""
        core = abbr[:-1] if abbr.endswith("s") and abbr[:-1].isupper() else abbr
        letters = [c.lower() for c in core if c.isalnum()]
        if len(letters) < 2 or not core[:1].isupper():
            return None
        cut = max(before.rfind(ch) for ch in '();:“”"')
        words = before[cut + 1 :].split()[-min(len(letters) + 5, len(letters) * 2) :]
        if not words:
            return None
        window = " ".join(words)
        s, li = len(letters) - 1, len(window) - 1
        while s >= 0:
            c = letters[s]
            while li >= 0 and (
                window[li].lower() != c or (s == 0 and li > 0 and window[li - 1].isalnum())
            ):
                li -= 1
            if li < 0:
                return None
            li -= 1
            s -= 1
        long_start = window.rfind(" ", 0, li + 1) + 1
        long_form = window[long_start:].strip(' ,;:“"(')
        if not long_form or len(long_form.split()) > len(letters) + 2:
            return None
        if long_form.split()[0].lower() in ("the", "a", "an", "of", "and", "in", "its"):
            return None
        start = len(before) - len(window) + long_start
        head = singular(re.split(r"[\s\-]+", long_form.lower())[-1])
        kind = "security" if head in SECURITY_HEADS else "term"
        return _Cand(kind, start, len(before), long_form, passage)

    def _define(self, owner: _Cand, term: str, quoted: bool) -> None:
        """Record ``term`` as another name of ``owner``: only when it looks like a name for it
        (an acronym, or sharing a word with it); a role word ("the Adviser") becomes a
        ("role", term) attribute of a firm or fund instead."""
        if len(term) < 2 or term.lower() == owner.name.lower() or owner.kind == "person":
            return
        head = singular(re.split(r"[\s\-]+", term.lower())[-1])
        if head in ROLE_TERMS or head in _ROLE_LABELS:
            if owner.kind in ("org", "fund", "trust"):
                owner.attrs.append(("role", term))
            return
        acronym = _is_acronym(term)
        owner_words = {w for w in re.findall(r"[a-z0-9]+", fold(owner.name).lower()) if len(w) > 2}
        shared = any(w in owner_words for w in re.findall(r"[a-z0-9]+", fold(term).lower()))
        if (acronym or shared or owner.kind in ("security", "term")) and (quoted or acronym):
            self.defined.setdefault(term, owner)

    def join(self, later: MentionScan) -> None:
        """Add the scan of the items that come after this scan's (see ``scan_mentions``): the
        state one scan of both parts would hold (the first definition of a term wins)."""
        self.cands.extend(later.cands)
        self.brands |= later.brands
        self.confirmed_surnames |= later.confirmed_surnames
        for term, owner in later.defined.items():
            self.defined.setdefault(term, owner)
        self.texts.extend(later.texts)
        self.lower_words |= later.lower_words

    # -- pass 2: accept people, add later uses of defined terms, meta names
    def finish(self, doc: str) -> list[Mention]:
        """The filing's mentions. This spends the scan: each candidate goes once its mention
        is made (a long filing's candidates and mentions are not all alive at once)."""
        mentions: list[Mention] = []
        brand_keys = self.brands
        accepted: list[_Cand] = []
        for c in self.cands:
            person = c.kind == "person" and not c.surname_only
            if person and not self._accept_person(c, brand_keys):
                continue
            accepted.append(c)
        self.cands = []
        for c in accepted:
            owner = self.defined.get(c.name)
            if owner is not None and owner is not c and owner.kind == c.kind:
                c.name = owner.name  # "Summit Management" defined as Summit Investment Mgmt
        definitions = {id(c) for c in self.defined.values()}
        owners: set[int] = set()  # the accepted candidates that define a term
        taken = _Taken()
        accepted.reverse()
        while accepted:  # in order, each candidate let go as its mention is made
            c = accepted.pop()
            taken.add(c.passage, c.start, c.end)
            mentions.append(self._mention(doc, c))
            if id(c) in definitions:
                owners.add(id(c))
        mentions += self._brand_mentions(doc, taken)
        mentions += self._later_uses(doc, taken, owners)
        mentions += self._meta_mentions(doc)
        mentions.sort(key=lambda m: m.passage)
        return mentions

    def _items(self) -> Iterable[tuple[int, str]]:
        """The scanned items, in order, for pass 2."""
        return self.texts if self.source is None else self.source()

    def _accept_person(self, c: _Cand, brand_keys: set[str]) -> bool:
        if org_key(c.name) in brand_keys:
            return False
        if c.evidence == _STRONG or surname_key(c.name) in self.confirmed_surnames:
            return True
        given = next((t for t in c.tokens if not _INITIALS_RE.match(t)), "")
        return c.evidence == _WEAK and given.lower() not in self.lower_words

    def _mention(self, doc: str, c: _Cand) -> Mention:
        shared = self.shared
        attrs = tuple(dict.fromkeys(c.attrs))
        attrs = shared.setdefault(attrs, attrs)
        surface = c.surface or c.name
        surface = shared.setdefault(surface, surface)
        name = shared.setdefault(c.name, c.name)
        return Mention(c.kind, surface, name, doc, c.passage, attrs)

    def _brand_mentions(self, doc: str, taken: _Taken) -> list[Mention]:
        """Person-like firm names standing alone ("with Harlow Brothers since 1968")."""
        out = []
        for passage, text in self._items():
            for m in _FIRM_RE.finditer(text):
                if taken.overlaps(passage, m.start(), m.end()):
                    continue
                nxt = text[m.end() : m.end() + 2]
                if nxt[:1] == " " and nxt[1:2].isupper():
                    continue
                surface = _spaced(m.group())
                out.append(Mention("org", surface, surface, doc, passage))
                taken.add(passage, m.start(), m.end())
        return out

    def _later_uses(self, doc: str, taken: _Taken, owners: set[int]) -> list[Mention]:
        """Mentions of defined terms and abbreviations from their definition on (one regex
        over the filing for all terms)."""
        form_owner: dict[str, _Cand] = {}
        for term, owner in self.defined.items():
            if id(owner) not in owners:
                continue
            forms = {term}
            if re.fullmatch(r"[A-Z]{2,}s", term):
                forms |= {term[:-1], term.upper()}
            elif re.fullmatch(r"[A-Z]{2,}", term):
                forms.add(term + "s")
            for form in forms:
                form_owner.setdefault(form, owner)
        if not form_owner:
            return []
        finder = TermFinder(sorted(form_owner, key=len, reverse=True))
        out = []
        for passage, text in self._items():
            for start, end, form in finder.finditer(text):
                owner = form_owner[form]
                if passage < owner.passage or taken.overlaps(passage, start, end):
                    continue
                out.append(Mention(owner.kind, form, owner.name, doc, passage, ()))
                taken.add(passage, start, end)
        return out

    def _meta_mentions(self, doc: str) -> list[Mention]:
        """The filing's trust and funds from its metadata, at the first passage naming each."""
        if self.meta is None:
            return []
        out = []
        wanted = [("trust", self.meta.trust)] if self.meta.trust else []
        wanted += [("fund", f) for f in self.meta.funds]
        wanted = [(kind, name) for kind, name in wanted if org_key(name)]
        # the first passage naming each, in one pass lowering one text at a time (a list of
        # every text lowered was a second copy of a long filing)
        first: dict[str, int] = {}
        missing = {name.lower() for _, name in wanted}
        for p, t in self._items():
            if not missing:
                break
            low_text = t.lower()
            for low in [low for low in missing if low in low_text]:
                first[low] = p
                missing.discard(low)
        for kind, name in wanted:
            passage = first.get(name.lower(), 0)
            out.append(Mention(kind, name, _spaced(name), doc, passage, ()))
        return out


class TermFinder:
    r"""Finds whole-word terms in a text where ``re.finditer`` of ``(?<![\w.])(?:t1|t2|...)(?!\w)``
    finds them (at each place the terms are tried in the given order; the scan goes on after
    a match), in one pass whatever the number of terms. The alternation regex tries every term
    at every character: with a filing's defined terms growing with its length (a varied 4 MB
    filing has 352), that was quadratic."""

    def __init__(self, terms: Sequence[str]) -> None:
        self._rank: dict[str, int] = {}
        self._automaton = ahocorasick.Automaton()
        for term in terms:
            if term and term not in self._rank:
                self._rank[term] = len(self._rank)
                self._automaton.add_word(term, term)
        if self._rank:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, term) of each match, in text order."""
        if not self._rank:
            return
        starts: dict[int, list[str]] = {}
        for last, term in self._automaton.iter(text):
            starts.setdefault(last - len(term) + 1, []).append(term)
        rank = self._rank.__getitem__
        size = len(text)
        pos = 0
        for start in sorted(starts):
            if start < pos:
                continue
            before = text[start - 1] if start else ""
            if before and (before.isalnum() or before in "_."):
                continue
            for term in sorted(starts[start], key=rank):
                end = start + len(term)
                after = text[end] if end < size else ""
                if after and (after.isalnum() or after == "_"):
                    continue
                yield start, end, term
                pos = end
                break


def _is_acronym(term: str) -> bool:
    """ "REITs", "AGI U.S.", "SSGA FD": every word mostly capitals (not "Investment Adviser")."""
    words = term.split()
    if not words or len(words) > 3 or sum(c.isupper() for c in term) < 2:
        return False
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) * 2 < len(letters):
            return False
    return True


class _Taken:
    """The character spans of a filing taken by its mentions, by passage: those added in
    passage order (the accepted candidates') in three flat arrays of machine integers, the
    others (later uses, added in a second pass from the first passage) by passage. A long
    filing has hundreds of thousands: an array a passage was about 120 bytes more each (varied
    16 MB: 7.5 -> 1.6 MB traced)."""

    def __init__(self) -> None:
        self._passages = array("i")
        self._starts = array("i")
        self._ends = array("i")
        self._more: dict[int, array[int]] = {}

    def add(self, passage: int, start: int, end: int) -> None:
        if not self._passages or self._passages[-1] <= passage:
            self._passages.append(passage)
            self._starts.append(start)
            self._ends.append(end)
        else:
            self._more.setdefault(passage, array("i")).extend((start, end))

    def overlaps(self, passage: int, start: int, end: int) -> bool:
        """Whether ``start:end`` of a passage overlaps a span taken in it."""
        passages, starts, ends = self._passages, self._starts, self._ends
        k = bisect.bisect_left(passages, passage)
        while k < len(passages) and passages[k] == passage:
            if starts[k] < end and start < ends[k]:
                return True
            k += 1
        more = self._more.get(passage)
        return more is not None and any(
            more[k] < end and start < more[k + 1] for k in range(0, len(more), 2)
        )


def _firm_regex() -> re.Pattern[str]:
    """``(?<![\\w.])(?:firm|firm|...)(?![\\w])``, each firm's words with any spacing, written
    so that the regex engine skips every character no firm starts with: the look-behind
    moved after each firm's first letter (``(?<![\\w.].)`` there tests the same character;
    that letter is never a line break), so each alternative starts with a letter."""
    alts = []
    for firm in sorted(PERSON_LIKE_FIRMS, key=len, reverse=True):
        if " " not in firm and not any(c.isupper() for c in firm[1:]):
            continue  # single plain words ("Summit") stand alone far too often to tag
        parts = [re.escape(p) for p in re.split(r"(?<=\.)\s*|\s+", firm) if p]
        if not parts[0][:1].isalpha():
            raise ValueError(f"a person-like firm must start with a letter: {firm!r}")
        alts.append(
            parts[0][0] + r"(?<![\w.].)" + parts[0][1:] + "".join(r"\s*" + p for p in parts[1:])
        )
    return re.compile(r"(?:" + "|".join(alts) + r")(?![\w])")


_FIRM_RE = _firm_regex()
_FIRM_KEYS = frozenset(org_key(b) for b in PERSON_LIKE_FIRMS)


def extract_mentions(passages: Sequence[Passage], meta: DocMeta | None = None) -> list[Mention]:
    """Every person, organisation, fund, trust, date, law, security type and defined term
    mentioned in one filing's passages (and its headings), in passage order."""
    if not passages:
        return []
    return scan_mentions(scan_items(passages), meta).finish(passages[0].doc)


def scan_items(passages: Iterable[Passage]) -> Iterator[tuple[int, str]]:
    """What the mention scan reads, in order, as (passage, text): each heading at the first
    passage under it, then every passage's text (made as the passages are read: a long
    filing's may come one by one from a file)."""
    seen_headings: set[str] = set()
    for p in passages:
        if p.section:
            heading = p.section[-1]
            if heading not in seen_headings:
                seen_headings.add(heading)
                yield p.ordinal, heading
        yield p.ordinal, p.text


def scan_mentions(
    items: Iterable[tuple[int, str]], meta: DocMeta | None, *, keep_texts: bool = True
) -> MentionScan:
    """The first pass of mention extraction over some of a filing's scan items: candidates and
    what the filing teaches (brands, confirmed surnames, definitions, its lower-case words).
    Scanning one item reads nothing earlier items left, so consecutive parts scanned apart
    (in two processes) and joined in order give what one scan of all of them gives. Without
    ``keep_texts`` the scan keeps no texts: the caller sets its ``source`` before ``finish``."""
    scan = MentionScan(meta, keep_texts=keep_texts)
    for passage, text in items:
        scan.scan(passage, text)
    return scan


# ----------------------------------------------------------------------------- resolution


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Group:
    kind: str
    mentions: list[Mention]
    doc_local: str | None = None  # surname-only people that stay within one filing


def resolve(mentions: Sequence[Mention]) -> list[Entity]:
    """One canonical Entity per real-world thing, with every alias and filing it appears in.

    Within a filing people merge on a compatible name (surname-only mentions join the unique
    person with that surname); across filings only on the same normalised full name.
    Organisations, funds and trusts merge on their key; laws, dates and terms on their names.
    """
    by_kind: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_kind[m.kind].append(m)
    groups: list[_Group] = []
    groups += _resolve_people(by_kind.pop("person", []))
    named = by_kind.pop("org", []) + by_kind.pop("fund", []) + by_kind.pop("trust", [])
    groups += _resolve_named(named)
    for kind, ms in by_kind.items():
        keyfn = term_key if kind in ("security", "term") else (lambda s: s.lower())
        buckets: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            buckets[keyfn(m.name)].append(m)
        groups += [_Group(kind, b) for b in buckets.values()]
    entities = [_entity(g) for g in groups]
    _add_brands(entities)
    return _unique_ids(entities)


def _resolve_people(mentions: list[Mention]) -> list[_Group]:
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    clusters: list[list[Mention]] = []  # full-name clusters, one filing each
    local: list[_Group] = []
    for doc, ms in by_doc.items():
        full: list[Mention] = []
        short: list[Mention] = []
        for m in ms:
            (full if parse_person(m.name).full and len(m.name.split()) > 1 else short).append(m)
        people = _FilingPeople(sorted({m.name for m in full}))
        doc_clusters: dict[int, list[Mention]] = defaultdict(list)
        for m in full:
            doc_clusters[people.root[m.name]].append(m)
        hits_of: dict[str, frozenset[int]] = {}
        for m in short:
            hits = hits_of.get(m.name)
            if hits is None:
                hits = hits_of[m.name] = people.roots_matching(parse_person(m.name))
            if len(hits) == 1:
                doc_clusters[next(iter(hits))].append(m)
            else:
                local.append(_Group("person", [m], doc_local=doc))
        clusters.extend(doc_clusters.values())
    merged = _merge_people_across(clusters)
    grouped_local: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for g in local:
        grouped_local[(g.doc_local or "", surname_key(g.mentions[0].name))].extend(g.mentions)
    return merged + [_Group("person", ms, doc_local=d) for (d, _), ms in grouped_local.items()]


# What decides whether two parsed names can be one person (see names_match): the surname,
# the first name, the first initial and the generational suffix.
_Signature = tuple[str, str, str, str]


def _signature(p: PersonName) -> _Signature:
    return (p.last, p.first, p.initials[0] if p.initials else "", p.suffix)


def _signatures_match(a: _Signature, b: _Signature) -> bool:
    """names_match for two signatures whose surnames are already known to match."""
    return (
        first_names_match(a[1], b[1])
        and not (a[2] and b[2] and a[2] != b[2])
        and not (a[3] and b[3] and a[3] != b[3])
    )


class _FilingPeople:
    """The full names of one filing clustered into people (names_match, within surnames of one
    initial letter), with an index from surname to signatures so that a surname-only mention
    is compared with the few names whose surname is close, not with every cluster.

    The work grows with the number of distinct names and surnames, not with the number of
    mentions: a filing that repeats one paragraph 60,000 times costs what one copy costs.
    """

    def __init__(self, names: list[str]) -> None:
        uf = _UnionFind(len(names))
        first_of: dict[_Signature, int] = {}  # a signature -> its first name's index
        for i, n in enumerate(names):
            p = parse_person(n)
            if not p.last:  # names_match never matches a name without a surname
                continue
            sig = _signature(p)
            if sig in first_of:
                uf.union(first_of[sig], i)
            else:
                first_of[sig] = i
        self._sigs: dict[str, list[_Signature]] = defaultdict(list)  # surname -> signatures
        for sig in first_of:
            self._sigs[sig[0]].append(sig)
        self._surnames = list(self._sigs)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for last in self._surnames:
            by_initial[last[:1]].append(last)
        for block in by_initial.values():
            for last in block:
                for other in self._close_surnames(last, block):
                    if other < last:
                        continue  # each pair once (and a surname with itself)
                    for a in self._sigs[last]:
                        for b in self._sigs[other]:
                            if a is not b and _signatures_match(a, b):
                                uf.union(first_of[a], first_of[b])
        self.root = {n: uf.find(i) for i, n in enumerate(names)}
        self._root_of_sig = {sig: uf.find(i) for sig, i in first_of.items()}

    @staticmethod
    def _close_surnames(last: str, choices: list[str]) -> list[str]:
        """The surnames among ``choices`` that _surnames_match ``last`` (itself included)."""
        return [
            other
            for other, _score, _ in process.extract(
                last,
                choices,
                scorer=JaroWinkler.normalized_similarity,
                processor=None,  # surnames are already folded by parse_person
                score_cutoff=SURNAME_MIN_JW,
                limit=None,
            )
        ]

    def roots_matching(self, p: PersonName) -> frozenset[int]:
        """The clusters holding a full name that names_match ``p``."""
        if not p.last or not self._surnames:
            return frozenset()
        sig = _signature(p)
        return frozenset(
            self._root_of_sig[other]
            for last in self._close_surnames(p.last, self._surnames)
            for other in self._sigs[last]
            if _signatures_match(sig, other)
        )


def _merge_people_across(clusters: list[list[Mention]]) -> list[_Group]:
    """Merge one-filing clusters that share a normalised full name (first + surname), with
    initials compatible; a name without initials joins only an unambiguous initialled one."""
    uf = _UnionFind(len(clusters))
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    signature: list[tuple[str, ...]] = []
    for i, ms in enumerate(clusters):
        canon = parse_person(_canonical_person(ms))
        signature.append(
            (*canon.initials[:1], canon.suffix) if canon.initials or canon.suffix else ()
        )
        keys = set()
        for m in ms:
            p = parse_person(m.name)
            if p.full and p.first and len(p.first) > 1:
                keys.add((p.first, p.last))
        for k in keys:
            blocks[k].append(i)
    for idxs in blocks.values():
        if len(idxs) < 2:
            continue
        by_sig: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in idxs:
            by_sig[signature[i]].append(i)
        for members in by_sig.values():
            for other in members[1:]:
                uf.union(members[0], other)
        signed = [s for s in by_sig if s]
        if () in by_sig and len(signed) == 1:
            uf.union(by_sig[()][0], by_sig[signed[0]][0])
    out: dict[int, list[Mention]] = defaultdict(list)
    for i, ms in enumerate(clusters):
        out[uf.find(i)].extend(ms)
    return [_Group("person", ms) for ms in out.values()]


def _canonical_person(ms: Sequence[Mention]) -> str:
    """The fullest name: with initials and suffix, then longest, then most frequent."""
    counts = Counter(m.name for m in ms)

    def rank(n: str) -> tuple[int, int, int, int, str]:
        p = parse_person(n)
        return (int(p.full), len(p.initials) + int(bool(p.suffix)), len(n), counts[n], n)

    return max(counts, key=rank)


def _resolve_named(mentions: list[Mention]) -> list[_Group]:
    """Organisations, funds and trusts: equal keys merge; alias keys that point to exactly one
    organisation merge; near-equal long organisation keys (typos) merge within a block."""
    # keys and words once per distinct name: the module-wide caches of names.py hold 65,536
    # names, and a long filing with more than that missed them on every mention
    key_of = {n: org_key(n) for n in {m.name for m in mentions} | {m.surface for m in mentions}}
    keys = sorted(set(key_of[m.name] for m in mentions) - {""})
    index = {k: i for i, k in enumerate(keys)}
    uf = _UnionFind(len(keys))
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        kinds[key_of[m.name]][m.kind] += 1
    # aliases from definitions: surface key -> the named keys it was defined for
    alias_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        sk, nk = key_of[m.surface], key_of[m.name]
        if sk and nk and sk != nk:
            alias_of[sk].add(nk)
    for sk, targets in alias_of.items():
        if sk in index and len(targets) == 1 and "fund" not in kinds[sk]:
            uf.union(index[sk], index[next(iter(targets))])
    words_by_name: dict[str, tuple[str, ...]] = {}
    words_of: dict[str, tuple[str, ...]] = {}
    for m in mentions:
        if m.kind == "org":
            words = words_by_name.get(m.name)
            if words is None:
                words = words_by_name[m.name] = org_words(m.name)
            words_of[key_of[m.name]] = words
    blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
    for k, words in words_of.items():
        if k and words:
            blocks[(words[0], len(words))].append(k)
    for block in blocks.values():
        if len(block) < 2:
            continue
        for k in block:
            for other, _score, _ in process.extract(
                k,
                block,
                scorer=fuzz.ratio,
                processor=None,  # keys are already normalised by org_key
                score_cutoff=ORG_KEY_MIN_RATIO,
                limit=None,
            ):
                if other != k and _one_typo(words_of[k], words_of[other]):
                    uf.union(index[k], index[other])
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        k = key_of[m.name]
        if k:
            out[uf.find(index[k])].append(m)
    groups = []
    for ms in out.values():
        kind_count = Counter(m.kind for m in ms)
        kind = (
            "trust"
            if kind_count["trust"] and kind_count["trust"] >= kind_count["fund"]
            else ("fund" if kind_count["fund"] else "org")
        )
        if kind_count["org"] > kind_count["fund"] + kind_count["trust"]:
            kind = "org"
        groups.append(_Group(kind, ms))
    return groups


def _one_typo(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two word lists differ in exactly one word, by a typo in a long word?"""
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < ORG_TYPO_MIN_LEN or any(c.isdigit() for c in x + y):
        return False
    return fuzz.ratio(x, y) >= ORG_TYPO_MIN_RATIO


def _tally(names: Iterable[str]) -> dict[str, int]:
    """How often each name occurs, in order of first occurrence (a Counter without its cost:
    resolving a long filing makes one per entity, hundreds of thousands)."""
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return counts


def _canonical(kind: str, ms: Sequence[Mention]) -> str:
    if kind == "person":
        return _canonical_person(ms)
    counts = _tally(m.name for m in ms)
    if kind in ("org", "fund", "trust"):

        def rank_named(n: str) -> tuple[int, int, int, int, str]:
            legal = int(bare(n.split()[-1]) in LEGAL_FORMS and " " in n)
            mixed = int(any(c.islower() for c in n))
            return (mixed, legal, counts[n], len(n), n)

        return max(counts, key=rank_named)
    if kind in ("security", "term"):
        defined = {m.name for m in ms if m.surface != m.name}

        def rank_term(n: str) -> tuple[int, int, int, str]:
            return (int(n in defined), counts[n], int(n == n.lower()), n)

        return max(counts, key=rank_term)
    return max(counts, key=lambda n: (counts[n], len(n), n))


def _entity(g: _Group) -> Entity:
    name = _canonical(g.kind, g.mentions)
    seen = _tally(n for m in g.mentions for n in (m.surface, m.name))
    if g.kind in ("security", "term"):
        for form in list(seen):
            if re.fullmatch(r"[A-Z]{2,}s", form):
                seen[form[:-1]] = seen.get(form[:-1], 0) + 1  # "REITs" also names one "REIT"
    aliases = tuple(sorted((a for a in seen if a and a != name), key=lambda a: (-seen[a], a)))
    attrs = tuple(dict.fromkeys(a for m in g.mentions for a in m.attrs))
    docs = tuple(sorted({m.doc for m in g.mentions}))
    ident = f"{g.kind}:{slug(name)}"
    if g.doc_local:
        ident += f"@{slug(g.doc_local)}"
    return Entity(ident, g.kind, name, aliases, docs, attrs)


def _add_brands(entities: list[Entity]) -> None:
    """Give organisations and funds whose key starts with another organisation's key at a word
    boundary the attribute ("brand", that organisation): "N.W. Harbor Investment Management
    Inc." -> N.W. Harbor. They stay separate entities: a parent and its adviser subsidiary are
    different legal parties in a filing."""
    named = ("org", "fund", "trust")
    keys = [org_key(e.name) if e.kind in named else "" for e in entities]
    brands: dict[str, str] = {}
    for e, key in zip(entities, keys, strict=True):
        if e.kind == "org":
            brands.setdefault(key, e.name)
    for i, e in enumerate(entities):
        if e.kind not in named:
            continue
        words = re.findall(r"[a-z0-9]+", org_key_words(e.name))
        prefix = ""
        own = keys[i]
        for w in words[:-1]:
            prefix += w
            key = prefix.replace("advisor", "adviser")
            brand = brands.get(key)
            if brand is not None and key != own:
                entities[i] = Entity(
                    e.id, e.kind, e.name, e.aliases, e.docs, (*e.attrs, ("brand", brand))
                )
                break


def _unique_ids(entities: list[Entity]) -> list[Entity]:
    entities.sort(key=lambda e: (e.kind, e.name.lower(), e.docs))
    seen: Counter[str] = Counter()
    out = []
    for e in entities:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e = Entity(f"{e.id}-{seen[e.id]}", e.kind, e.name, e.aliases, e.docs, e.attrs)
        out.append(e)
    return out
