"""Typed answer spans: finding the dates, amounts, people, organisations and funds in a sentence."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from assistant.share_classes import share_classes
from index import amounts, dates
from index.dates import MONTH_NAMES
from index.entities import GENERIC_NAME_WORDS, references
from index.names import PARTICLE_PATTERN, PERSON_LIKE_FIRM_RE

MONTH = rf"{dates.MONTH}\.?"
DATE_RE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+\d{{4}}\b"  # June 1, 2010
    rf"|\b(?:early|mid|late)[- ]?{MONTH}(?:\s+\d{{4}})?\b"  # late March 2014, early February
    rf"|\b{MONTH}\s+\d{{4}}\b"  # September 2001
    r"|\b(?:first|second|third|fourth)\s+quarter\s+of\s+\d{4}\b"
    r"|\b(?:first|second)\s+half\s+of\s+\d{4}\b"
    r"|\b(?:end|beginning|middle)\s+of\s+\d{4}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\(since\s+\d{1,2}/\d{2}\)|\b\d{2}/\d{2}\b(?=\))"
    r"|\b(?:19|20)\d{2}\s*(?:to|-|–|through)\s*(?:19|20)\d{2}\b"
    # not a statute's year ("the Act of 1940", "the 1940 Act")
    r"|(?<!Act of )(?<!Code of )\b(?:19|20)\d{2}\b(?!\s+Act\b)",
    re.I,
)
# A number written in words, one to ninety-nine ("thirteen", "twenty-four").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# A roman numeral that goes on a name ("Fund I", "Portfolio II"), in lower case.
ROMAN_NUMERAL = r"(?:i{1,3}|iv|vi{0,3}|ix|x)"
NUMBER_WORD = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|{_UNITS})"
)
# Nouns that count people ("four individuals", "3 independent trustees", "two portfolio
# managers").
PEOPLE_NOUN_WORDS = (
    "individuals", "persons", "people", "members", "trustees", "directors", "officers",
    "employees", "managers", "analysts",
)  # fmt: skip
PEOPLE_NOUNS = rf"(?:(?:portfolio\s+)?(?:{'|'.join(PEOPLE_NOUN_WORDS)}))"
# Money and percentages (index/amounts.py), then the other quantities an amount question asks
# for: lengths of time, counts, limits.
AMOUNT_RE = re.compile(
    rf"(?<![\w.]){amounts.AMOUNT}"
    r"|\b\d+\s*(?:calendar\s+|business\s+)?(?:days?|months?|years?)(?:\s+or\s+(?:less|more))?\b"
    r"|\bwithout\s+limit(?:ation)?\b|\bno\s+limit\b"
    r"|\b\d+\s+to\s+\d+\b"
    rf"|\b{NUMBER_WORD}\s+(?:calendar\s+|business\s+)?(?:days?|months?|years?)"
    r"(?:\s+or\s+(?:less|more))?\b"
    rf"|\b{NUMBER_WORD}\s+(?:funds|securities)\b"
    # a count of people ("four individuals", "3 independent trustees")
    rf"|\b(?:{NUMBER_WORD}|\d{{1,3}})\s+(?:[a-z-]+\s+)?{PEOPLE_NOUNS}\b"
    r"|\b\d[\d,]*(?:\.\d+)?\s+(?:funds|securities|stocks|holdings|shares)\b"
    r"|\b\d+\.\d+\b",
    re.I,
)
# An amount that is a length of time ("60 days", "three years").
DURATION_RE = re.compile(r"\b(?:days?|months?|years?)\b", re.I)
# "None" answers a "how much does X own" question in an ownership table.
NONE_RE = re.compile(r"\bNone\b")

_NAME_TOKEN = r"[A-Z][a-zA-Z'’À-ÿ]+(?:-[A-Z][a-zA-Z'’À-ÿ]+)?"
_INITIAL = r"[A-Z]\.(?:[A-Z]\.)*"
# (a surname's particle stands between a person's names: "Sara V. de Lind")
PERSON_RE = re.compile(
    rf"\b(?:{_INITIAL}\s+)?{_NAME_TOKEN}"
    rf"(?:\s+(?:{_INITIAL}|{_NAME_TOKEN}|{PARTICLE_PATTERN}(?=\s+(?:[A-Z]|{PARTICLE_PATTERN}\s))))*\s+{_NAME_TOKEN}"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
)
ORG_SUFFIX = (
    r"(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|L\.P\.|LP|Ltd\.?|Limited|plc|PLC|N\.A\.|"
    r"Corporation|Corp\.?|Company|Co(?:\.|(?![\w-]))|Group|Management|Advisors|Advisers|Partners|Capital|"
    r"Investments|Associates|Trust Company|Bank|AG|S\.A\.|GmbH|Pte\. Ltd\.)"
    r"(?![A-Za-z])"  # "Inc" is not the start of "Incorporated"
)
# A legal form, which a comma may set off from the name ("Harbor Point Investors, L.P.").
LEGAL_FORM = (
    r"(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|L\.L\.P\.|L\.P\.|LP|Ltd\.?|Limited|plc|PLC|"
    r"N\.A\.|Corporation|Corp\.?|Co\.|AG|S\.A\.|GmbH)(?![A-Za-z])"
)
ORG_RE = re.compile(
    rf"\b(?:[A-Z][\w.&'’-]*\s+|of\s+|and\s+|&\s+|\([A-Za-z]+\)\s+)*?[A-Z][\w.&'’-]*"
    # (a country in parentheses before the legal form: "Northgate Management (UK) Limited")
    rf"(?:\s+{ORG_SUFFIX}|,\s+{LEGAL_FORM})(?:,?\s+(?:\([A-Z]{{2,3}}\)\s+)?{ORG_SUFFIX})*"
)
# A firm named by partners' names, with commas: "Harlow, Winslow & Dunne, Inc.", "Lowell
# Carver Marsh & Hale, LLP".
PARTNERS_ORG_RE = re.compile(
    r"\b[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*)*,?\s+&\s+[A-Z][\w'’-]*,?\s+"
    r"(?:Inc\.?|LLC|L\.L\.C\.|LLP|L\.L\.P\.|L\.P\.|LP|Ltd\.?)"
)
# A person's age as filings print it: "age 61", "Helen M. Garrow, 58, was appointed",
# "NED C. LAUTENBACH (55)" (two digits beside a capitalised name).
AGE_RE = re.compile(
    r"\bage[sd]?:?\s+(\d{2})\b|(?<=[A-Za-z.]),\s+(\d{2}),|(?<=[A-Z])\s+\((\d{2})\)"
    r"|\b(\d{2})-year-old\b",  # "the 86-year-old founder"
    re.I,
)
# A body that decides for a fund: its board (of trustees, directors or managers), its trustees.
BODY_RE = re.compile(
    r"\b[Bb]oard\s+of\s+(?:[Tt]rustees|[Dd]irectors|[Mm]anagers)\b|\b[Bb]oard\b(?!\s+of\b)"
    r"|(?<=\bthe\s)[Tt]rustees\b"
)
# Every class of a fund at once, as an answer to which classes.
ALL_CLASSES_RE = re.compile(
    r"\b(?:all|each|every)\s+(?:share\s+)?class(?:es)?(?:\s+of\s+shares)?\b", re.I
)
FUND_RE = re.compile(
    r"\b[A-Z][\w.&'’®-]*(?:\s+(?:[A-Z0-9][\w.&'’®-]*|of|and|&|for|the|to))*?\s+"
    r"(?:Fund|Portfolio|ETF|Index Fund)\b"
    # ("Exchanging Fund Shares", "Fund Summary", "Portfolio Managers": the word starts a phrase)
    r"(?!\s+(?:Shares|Manager|Managers|Management|Summary|Risks?|Expenses|Fees|Details)\b)"
    r"(?:\s+(?:II|III|IV|VI?)\b|\s+I\b(?![\w'’-])(?![ \t]+[a-z]))?"
)
# Capitalised words that begin sentences or name things but are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Fund",
        "Funds",
        "Portfolio",
        "Trust",
        "Board",
        "Class",
        "Shares",
        "Prospectus",
        "Supplement",
        "Statement",
        "Effective",
        "Investment",
        "Adviser",
        "Advisor",
        "Advisers",
        "Manager",
        "Managers",
        "Portfolio",
        "Management",
        "Director",
        "Directors",
        "President",
        "Vice",
        "Chief",
        "Officer",
        "Senior",
        "Managing",
        "Head",
        "Principal",
        "Partner",
        "Analyst",
        "Mr",
        "Ms",
        "Mrs",
        "Dr",
        "Since",
        "During",
        "Prior",
        "Previously",
        "He",
        "She",
        "His",
        "Her",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "And",
        "Or",
        "Of",
        "To",
        "By",
        "As",
        "Under",
        "Until",
        "After",
        "Before",
        "All",
        "Each",
        "Any",
        "New",
        "York",
        "North",
        "South",
        "Small",
        "Mid",
        "Large",
        "Cap",
        "Stock",
        "Bond",
        "Income",
        "Equity",
        "Growth",
        "Value",
        "International",
        "Global",
        "Index",
        "Capital",
        "Asset",
        "Group",
        "Company",
        "Inc",
        "LLC",
        "Services",
        "Securities",
        "Street",
        "Research",
        "Market",
        "Markets",
        "Total",
        "Annual",
        "Operating",
        "Expenses",
        "Fee",
        "Fees",
        # roles and standings a capitalised defined term gives a person ("the Retired
        # Trustee", "an Independent Trustee"): no part of a name
        "Trustee",
        "Trustees",
        "Retired",
        "Independent",
        "Interested",
        "Chairman",
        "Chairperson",
        "Secretary",
        "Treasurer",
        "Emeritus",
        "Former",
        "Redemption",
        "Sales",
        "Charge",
        "Shareholders",
        "Advantage",
        "ETF",
        "Series",
        "Act",
        "Code",
        "Revenue",
        "Internal",
        "Exchange",
        "Commission",
        "Federal",
        "State",
        "United",
        "States",
        "Real",
        "Estate",
        "Trusts",
        "Funds",
    ]
) | frozenset(MONTH_NAMES)


# A day of the year that recurs, written without a year and said to recur: "by December 31 of
# the year in which they reach their 75th birthday", "on or before April 15 of each year" (not
# "after February 16th", a day of a year the text does not give).
RECURRING_DATE_RE = re.compile(
    rf"\b(?-i:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{{2}})"
    r"\s+of\s+(?:each|every|the|that|any)\s+(?:calendar\s+|fiscal\s+)?year"
    r"(?:\s+in\s+which\s+[^.;,]+)?"
)


def dates(text: str) -> list[str]:
    """The dates a text states: calendar dates, then days of the year that recur."""
    found = [m.group(0).strip("() ").removeprefix("since ") for m in DATE_RE.finditer(text)]
    found += [m.group(0) for m in RECURRING_DATE_RE.finditer(text)]
    return _unique(found)


def amounts(text: str) -> list[str]:
    """Money and percentage amounts, a minus sign right before one kept ("Lowest Quarterly
    Return: First Quarter 2020, -21.55%"; not the dash of a range, "10-20%")."""
    found = [
        (text[m.start() - 1] if NEGATIVE_BEFORE_RE.search(text, 0, m.start()) else "")
        + m.group(0).strip()
        for m in AMOUNT_RE.finditer(text)
    ]
    # a share in words: "up to one-third of its total assets"
    found += [m.group(0) for m in WORD_FRACTION_RE.finditer(text)]
    return _unique(found)


# A minus sign before an amount: after a space (not one after a number: "5% -10%" is a range),
# a bracket, a colon or the start of the text.
NEGATIVE_BEFORE_RE = re.compile(r"(?:^|(?<![\d%])\s|[(:])[-–−]$")
WORD_FRACTION_RE = re.compile(
    r"\b(?:one|two|three)[- ](?:half|thirds?|quarters?|fourths?|fifths?)\b(?=\s+of\b)", re.I
)


def people(text: str) -> list[str]:
    """Person-like names (two or more capitalised tokens, none of them a known non-name word)."""
    found = []
    firms = [f.span() for f in PERSON_LIKE_FIRM_RE.finditer(text)]  # in order, disjoint
    k = 0
    for m in PERSON_RE.finditer(text):
        while k < len(firms) and firms[k][1] <= m.start():
            k += 1
        in_firm = k < len(firms) and firms[k][0] < m.end()  # a firm shaped like a person's name
        tokens = [t.strip(".,") for t in m.group(0).split()]
        if in_firm or any(t in NOT_NAME_WORDS for t in tokens):
            continue
        # two name-length words, or a short surname written as one ("Mary Ng", "Tao Wu")
        long_words = sum(1 for t in tokens if len(t) > 2)
        short_surname = len(tokens[-1]) == 2 and tokens[-1][1:].islower()
        if long_words + short_surname < 2 and not any("." in t for t in m.group(0).split()):
            continue
        found.append(POSSESSIVE_END_RE.sub("", m.group(0)))  # ("Peter D. Sartori's biography")
    return _unique(found)


POSSESSIVE_END_RE = re.compile(r"[’']s?$")
# Lower-case words a run of capitalised words may pass through ("Bank of New York") but no
# name begins with ("of Calder Rock Asset Management LLC").
LEADING_CONNECTOR_RE = re.compile(r"^(?:(?:of|and|&)\s+)+")


ONLY_SUFFIX_RE = re.compile(rf"{ORG_SUFFIX}(?:\s+{ORG_SUFFIX})*")


def orgs(text: str) -> list[str]:
    """Organisation names: capitalised words ending in a legal or firm word. A name that goes
    on past such a word is kept whole: "The Bank of New York Mellon Corporation" (joined at
    "of"), "State Street Bank and Trust Company" (joined at "and" when what follows is firm
    words only)."""
    spans_: list[tuple[int, int]] = []
    for m in ORG_RE.finditer(text):
        name = m.group(0)
        lead = LEADING_CONNECTOR_RE.match(name)
        joint = lead.group(0).strip() if lead else ""
        rest = name[lead.end() :] if lead else name
        touching = bool(spans_) and text[spans_[-1][1] : m.start()].strip() == ""
        if touching and (joint == "of" or (joint == "and" and ONLY_SUFFIX_RE.fullmatch(rest))):
            spans_[-1] = (spans_[-1][0], m.end())
            continue
        spans_.append((m.start() + (lead.end() if lead else 0), m.end()))
    # ("the Investment Company Act of 1940": a law's name, no firm)
    found = [(a, text[a:b].strip(" ,")) for a, b in spans_ if not LAW_AFTER_RE.match(text, b)]
    for m in PARTNERS_ORG_RE.finditer(text):  # its whole name, not the part after the commas
        found = [(at, o) for at, o in found if not m.start() <= at < m.end()]
        found.append((m.start(), m.group(0)))
    # a section's title names no firm ('the section entitled "Portfolio Management -
    # Sub-Adviser"') unless a legal form ends the name (under the heading "X Management LLC")
    titles = [m.span(1 if m.group(1) is not None else 2) for m in TITLE_QUOTED_RE.finditer(text)]
    if titles:
        found = [
            (at, o)
            for at, o in found
            if LEGAL_FORM_END_RE.search(o) or not any(a <= at < b for a, b in titles)
        ]
    return _unique(o for _, o in sorted(found))


# What follows a law's name ("Investment Company Act", "Advisers Act").
LAW_AFTER_RE = re.compile(r"\s+Act\b")
# A legal form ending a firm's name.
LEGAL_FORM_END_RE = re.compile(rf"\b(?:{LEGAL_FORM}|Company)$")
# A quoted title of a part of a document: after the word that introduces one, or before
# "section" ('the section entitled "Portfolio Management"', '"Management of the Fund" section').
TITLE_QUOTED_RE = re.compile(
    r"\b(?:entitled|titled|captioned|headed|heading)\s+[“\"]([^”\"]{1,200})[”\"]"
    r"|[“\"]([^”\"]{1,200})[”\"]\s+(?:section|sub-?section|heading|caption)\b",
    re.I,
)


def funds(text: str, quoted: bool = False) -> list[str]:
    """Fund names; a name in quotes is a defined term (the “Surviving Portfolio”) unless
    ``quoted`` (all references to “X Fund” ...), and one of generic words only ("The
    Portfolio") names none."""
    found = []
    for m in FUND_RE.finditer(text):
        if not quoted and text[max(0, m.start() - 1) : m.start()] in ("“", '"', "‘", "'"):
            continue
        name = LEADING_PHRASE_RE.sub("", m.group(0).strip())  # "For the X Fund": X Fund
        if " to the " in name or not name:  # "Pursuant to the Portfolio": no name
            continue
        if not all(w.lower() in GENERIC_NAME_WORDS for w in name.split()):  # "The Fund"
            found.append(name)
    return _unique(found)


# What a capitalised run ending in "Fund" may open with that is no part of a name: a
# preposition or a participle, up to the article after it ("For the", "Pursuant to the"); a
# question's first word ("Which Harbor Income Fund portfolio managers ...?").
LEADING_PHRASE_RE = re.compile(
    r"^(?:Pursuant|According|Under|Prior|Subject|Due|Effective|Following|Regarding|Relating|"
    r"With|Within|For|From|In|On|As|At|By|If|When|Unless|Until|Upon|"
    r"Which|What|Whose|Who|How|Why|Where|Does|Did|Do|Is|Are|Was|Were|Will|Would|Has|Have|"
    r"Had|Can|Could|Should|Must|Tell|List|Name|Show|Give)\b(?:\s+to)?"
    r"(?:\s+(?:the|each|a|an))?\s+"
    # a document of the fund ("Date of the Statement of Additional Information for the X
    # Fund?", "Prospectus of X Fund")
    r"|^(?:(?:Dates?|Names?)\s+of\s+(?:the\s+)?)?(?:Statements?\s+of\s+Additional\s+"
    r"Information|(?:Summary\s+|Statutory\s+)?Prospect(?:us|uses)|SAIs?|(?:Semi-?)?[Aa]nnual\s+"
    r"Reports?)\s+(?:for|of)\s+(?:the\s+|each\s+)?"
    # a question's noun of what it asks, before "of the" ("Date of the X Fund supplement?")
    r"|^(?:Dates?|Names?|Shareholders|Holders|Members)\s+of\s+(?:the\s+|each\s+)?"
)


# A market index by name: capitalised words, numbers and joining words before "Index", and a
# parenthesised variant after it ("MSCI India Index (Net Total Return)", "Bloomberg US
# Aggregate Bond Index", "S&P 500® Index", "MSCI All Country World ex USA Investable Market
# Index"); not a column or a fund named after one ("Calendar Year-End Index Value").
INDEX_RE = re.compile(
    r"\b[A-Z][\w.&'’®-]*(?:\s+(?:[A-Z0-9][\w.&'’®%/-]*|of|ex|and|&))*?\s+Index\b®?"
    r"(?!\s+[A-Z][a-z])"  # not "Index Value", "Index Fund", "Index Risk"
    r"(?:\s+\((?!reflects|the\b|or\b)[A-Z][\w\s&,-]{0,40}\))?"
)
# Words that make an index's name generic ("the Underlying Index", "a Custom Index").
GENERIC_INDEX_WORDS = frozenset(
    {"the", "this", "that", "such", "each", "an", "a", "its", "underlying", "primary",
     "secondary", "benchmark", "broad-based", "custom", "new", "former", "previous", "current",
     "reference", "target", "composite", "blended", "index"}
)  # fmt: skip


def indexes(text: str) -> list[str]:
    """Names of market indexes; a leading article dropped, and generic ones ("the Underlying
    Index", "Change In Index") left out."""
    found = []
    for m in INDEX_RE.finditer(text):
        name = LEADING_ARTICLE_RE.sub("", m.group(0))
        own = [w for w in name.split("(")[0].split()[:-1] if w.lower() not in GENERIC_INDEX_WORDS]
        # a provider's mark, a number or a third word: "S&P 500", "MSCI EAFE", "Russell
        # Microcap®", "Bloomberg Municipal Bond" (not "Change In Index")
        if own and (len(own) >= INDEX_NAME_MIN_WORDS or any(INDEX_MARK_RE.search(w) for w in own)):
            found.append(name)
    return _unique(found)


INDEX_MARK_RE = re.compile(r"\d|[A-Z].*[A-Z]|®")
INDEX_NAME_MIN_WORDS = 3


LEADING_ARTICLE_RE = re.compile(r"^(?:The|This|That|Such|Each|Its|An?)\s+")


# When a change takes effect without a date of its own.
UNDATED_WHEN_RE = re.compile(
    r"\b[Ee]ffective\s+immediately\b|\bimmediately\s+effective\b"
    # a time counted from the filing or an event: "30 days from the date of this Supplement"
    r"|\b(?:\d{1,3}|one|two|three|four|five|six|seven|ten|fifteen|thirty|sixty|ninety)\s+"
    r"(?:calendar\s+|business\s+)?(?:days?|weeks?|months?)\s+(?:after|from|following)\s+"
    r"(?:the\s+date\s+of\s+)?(?:this|the)\s+[A-Za-z]+"
)


# A place: an address or a town, state or country ("100 E. Pratt Street, Baltimore, Maryland
# 21202", "Lyford Cay, Nassau, Bahamas", "New York"): capitalised parts, a number before a
# street, a postal code after the last part.
_PLACE_PART = (
    r"(?:P\.?\s?O\.?\s+Box\s+\d+"  # "P.O. Box 219238"
    # ("555 Mission Street", "Suite 1700": a number before a street's name or after a unit's)
    r"|(?:\d+[A-Za-z]?\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w.'’-]*){0,4}"
    r"(?:\s+\d+[A-Za-z]?\b(?!-\d))?)"
)
_PLACE = rf"{_PLACE_PART}(?:,\s+{_PLACE_PART}){{0,4}}(?:,?\s+\d{{5}}(?:-\d{{4}})?)?"
PLACE_RE = re.compile(
    # said so: "located at ...", "based in ...", "whose principal office is at ..."
    rf"\b(?:located|based|headquartered|domiciled|situated|offices?|headquarters)"
    rf"(?:\s+(?:is|are))?(?:\s+located)?\s+(?:at|in)\s+(?:the\s+)?(?P<said>{_PLACE})"
    # "the transfer agent's address for regular mail is P.O. Box 219238, Kansas City, MO"
    rf"|\baddress(?:es)?(?:\s+for\s+[\w\s]{{1,30}}?)?\s+(?:is|are|will\s+be)\s+(?:now\s+)?"
    rf"(?P<address>{_PLACE})"
    # or set after a firm's name, before what it is: "X (Y), Lyford Cay, Nassau, Bahamas, is"
    rf"|(?:Inc\.|LLC|L\.P\.|LLP|Ltd\.|Limited|plc|Company|Corporation|\))\s*,\s+"
    rf"(?P<after>{_PLACE_PART}(?:,\s+{_PLACE_PART}){{1,4}}(?:,?\s+\d{{5}}(?:-\d{{4}})?)?)"
    rf",\s+(?:is|are|was|serves|an?|the|which)\b"
    # where mail goes: "by writing to: X Funds, P.O. Box 219729, Kansas City, MO 64121" (a
    # number in it makes it an address, not "write to the Fund")
    rf"|\b(?:write|writing|wrote|mail|mailing|mailed|send|sending|sent|addressed)\s+"
    rf"(?:[a-z]+\s+){{0,3}}?to:?\s+(?P<to>{_PLACE})"
)


def places(text: str) -> list[str]:
    """Addresses and places a text says something is at or in, or says mail is sent to."""
    found = []
    for m in PLACE_RE.finditer(text):
        to = m.group("to")
        if to is not None and not any(c.isdigit() for c in to):
            continue
        found.append(
            (m.group("said") or m.group("after") or m.group("address") or to).rstrip(" ,.")
        )
    return _unique(found)


EXCHANGES_FILE = Path(__file__).parent / "data" / "exchanges.json"


@lru_cache(maxsize=1)
def _listing_re() -> re.Pattern[str]:
    """Where a text says a fund's shares are listed or traded: the fund's shares (not another
    security's, not the issuers it invests in) listed, traded or bought and sold on an exchange
    ("The Fund's ETF Shares are listed for trading on NYSE Arca", "Trading in Shares on Cboe BZX
    Exchange, Inc. may be halted", "the units of which are listed on and traded on the New York
    Stock Exchange"), or an exchange the filing names "the Exchange"."""
    names = json.loads(EXCHANGES_FILE.read_text(encoding="utf-8"))["names"]
    known = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    name = (
        rf"(?:(?:{known})\b|(?:[A-Z][\w&.-]*\s+){{1,4}}Stock\s+Exchange\b)"
        r"(?:,?\s+(?:Inc\.|LLC|L\.L\.C\.))?"
    )
    shares = (
        r"(?:(?:the\s+)?(?:Fund|Trust|ETF|Portfolio)[’']s\s+)?(?:ETF\s+)?(?:[Ss]hares|[Uu]nits)"
        r"(?:\s+of\s+(?:the|each|this)\s+(?:Fund|Trust|ETF|Portfolio))?"
    )
    verb = r"(?:listed|traded|bought\s+and\s+sold|purchased\s+and\s+sold)"
    return re.compile(
        rf"(?:\b{shares}\s+(?:are|is|will\s+be|were|have\s+been|to\s+be)|"
        r"\b(?:[Uu]nits|[Ss]hares)\s+of\s+which\s+are)"
        rf"\s+(?:(?:also|currently|principally|primarily|expected\s+to\s+be)\s+)?{verb}\b"
        rf"[^.;|]{{0,40}}?\bon\s+(?:the\s+)?(?P<on>{name})"
        rf"|\b[Tt]rading\s+in\s+(?:the\s+)?(?:Fund[’']s\s+)?(?:[Ss]hares|[Uu]nits)\s+on\s+"
        rf"(?:the\s+)?(?P<in>{name})"
        rf"|(?P<defined>{name})\s*\((?:the\s+)?[“\"](?:Listing\s+)?Exchange[”\"]\)"
    )


def exchanges(text: str) -> list[str]:
    """The exchanges a text says a fund's shares are listed or traded on."""
    return _unique(
        (m.group("on") or m.group("in") or m.group("defined")).rstrip(" ,")
        for m in _listing_re().finditer(text)
    )


# A telephone number as filings print it: "800-243-2729", "1-800-304-9745", "(800) 243-2729",
# "800.243.2729", "1 (833) 297-2587".
PHONE_RE = re.compile(r"(?<![\w-])(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])")


# A page a filing points to: "page 11", "pages 12-14", "PAGE 14", "pages 3 and 5".
PAGE_RE = re.compile(r"\b[Pp](?:AGES?|ages?)\s+\d+(?:\s*(?:-|–|through|to|and)\s*\d+)?(?![\w-])")


def pages(text: str) -> list[str]:
    """The pages a text points to."""
    return _unique(m.group(0) for m in PAGE_RE.finditer(text))


def phones(text: str) -> list[str]:
    """The telephone numbers a text prints."""
    return _unique(m.group(0) for m in PHONE_RE.finditer(text))


REGIONS_FILE = Path(__file__).parent / "data" / "regions.json"


@lru_cache(maxsize=2)
def _region_re(kind: str) -> re.Pattern[str]:
    names = json.loads(REGIONS_FILE.read_text(encoding="utf-8"))[kind]
    alternatives = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b")


def regions(kind: str, text: str) -> list[str]:
    """The states (``kind`` "state") or countries ("country") a text names."""
    return _unique(m.group(0) for m in _region_re(kind).finditer(text))


def of_type(answer_type: str, text: str) -> list[str]:
    """The spans of one answer type in a text ([] when the type is free text)."""
    if answer_type == "date":  # a change in force at once has no date: "Effective immediately"
        return dates(text) or _unique(m.group(0) for m in UNDATED_WHEN_RE.finditer(text))
    if answer_type == "amount":
        found = amounts(text)
        return found or [m.group(0) for m in NONE_RE.finditer(text)]
    if answer_type == "period":
        spans = dates(text) + [a for a in amounts(text) if DURATION_RE.search(a)]
        return [x for x in spans if not re.fullmatch(r"(?:19|20)\d{2}", x)] or spans
    if answer_type == "person":
        return people(text)
    if answer_type == "org":
        return orgs(text)
    if answer_type == "fund":
        return funds(text)
    if answer_type == "reference":
        return _unique(references(text))
    if answer_type == "index":
        return indexes(text)
    if answer_type == "place":
        return places(text)
    if answer_type == "exchange":
        return exchanges(text)
    if answer_type == "phone":
        return phones(text)
    if answer_type == "page":
        return pages(text)
    if answer_type == "party":  # who decides: a board, or a firm
        return _unique([*(m.group(0) for m in BODY_RE.finditer(text)), *orgs(text)])
    if answer_type == "class":  # ("all share classes": every one)
        return list(share_classes(text)) or _unique(
            m.group(0) for m in ALL_CLASSES_RE.finditer(text)
        )
    if answer_type in ("state", "country"):
        return regions(answer_type, text)
    if answer_type == "age":
        return _unique(next(g for g in m.groups() if g) for m in AGE_RE.finditer(text))
    return []


# Texts whose spans are kept: sentence choice reads the same sentences for each reader and
# candidate of a question, and again when it is asked of a filing and then of every filing (6,583
# calls, 2,663 texts, over answer.py's questions).
SPANS_KEPT = 4096


@lru_cache(maxsize=SPANS_KEPT)
def kept_of_type(answer_type: str, text: str) -> tuple[str, ...]:
    """:func:`of_type`, kept per type and text (a tuple: it is shared)."""
    return tuple(of_type(answer_type, text))


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        key = " ".join(v.split())
        if key and key not in seen:
            seen[key] = None
    return list(seen)
