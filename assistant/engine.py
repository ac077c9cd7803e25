"""The engine both front ends call: ``Assistant(index_dir).ask(question) -> Answer``."""

from __future__ import annotations

import gc
import itertools
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import ClassVar, TypeVar

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from assistant import (
    amended_parts,
    calibrate,
    careers,
    clauses,
    compose,
    covered,
    dated_entries,
    decisions,
    documents,
    form_codes,
    headings,
    lists,
    part_names,
    respectively,
    retrieve,
    schedules,
    sec_header,
    spans,
    tables,
    verify,
)
from assistant.answer import Answer, Check, Citation
from assistant.linking import Linker
from assistant.phrasing import rephrase
from assistant.retrieve import english_counts
from assistant.share_classes import SHARE_CLASS_RE, share_classes
from assistant.understand import (
    AFTER_LEAVING_RE,
    CODE_TOKEN_RE,
    FILING_DESCRIBED_RE,
    FORMER_NAME_RE,
    HOW_MANY_RE,
    REGISTRANT_END_RE,
    STOP,
    WHICH_TRUST_RE,
    WHOSE_CONSENT_RE,
    WORD_RE,
    YES_NO_RE,
    Conversation,
    Turn,
    Understanding,
    asked_target,
    asks_funds_of_filing,
    clean_question,
    content_terms,
    counted,
    details_asked,
    filing_funds_narrowed,
    is_followup,
    name_words,
    target_nouns,
    team_qualifier,
    term_asked,
    understand,
    wh_head,
)
from assistant.wordforms import stems_of
from index.amounts import find as find_amounts
from index.amounts import parse as parse_amount
from index.dates import (
    DATE_RE,
    MONTH,
    MONTH_NAMES,
    Date,
    find_dates,
    months_in,
    normalise_date,
    years_in,
)
from index.dates import parse as parse_date
from index.entities import GENERIC_NAME_WORDS
from index.model import DocMeta, Entity, Fact, Passage
from index.name_tables import FundDocs, NameIndex, person_names
from index.names import (
    FUND_SUFFIXES,
    HONORIFICS,
    LEGAL_FORMS,
    bare,
    compact_key,
    fold,
    is_credential,
    normalise_person,
    org_key,
    person_key,
    slug,
    surname_word,
)
from index.sentences import split as split_sentences
from index.stemming import stem
from index.store import Snapshot, Store, gc_paused

# The heading under which a filing states a fund's investment objective.
OBJECTIVE_HEADING_RE = re.compile(r"\b(?:investment\s+)?objectives?\b|\bgoals?\b", re.I)
# A heading over a fund's strategy alone ("Principal Investment Strategies of the Fund", "The
# Fund's Investment Strategy"); not "Global Macro Strategy Team", "Commodity Strategy Fund" or
# "Changes in Investment Strategy".
STRATEGY_HEADING_RE = re.compile(
    r"^\W*(?:\d+\W*)?(?:the\s+)?(?:(?:fund|portfolio)['’]s\s+)?(?:principal\s+|primary\s+|main\s+)?"
    r"(?:investment\s+)?strateg(?:y|ies)(?:\s+of\s+the\s+(?:fund|portfolio))?\W*$",
    re.I,
)
# The words of a question that asks for a fund's strategy and nothing narrower.
STRATEGY_QUESTION_WORDS = frozenset(
    {"principal", "main", "primary", "key", "investment", "investing", "strategy", "strategies",
     "fund", "fund's", "portfolio", "portfolio's", "current", "overall"}
)  # fmt: skip
# A list's introduction ("For the following Funds (...):") is quoted up to this length.
LIST_INTRO_MAX_CHARS = 200
# Intents whose own readers answer who was hired or let go (people changes, lists).
OWN_READER_INTENTS = frozenset({"managers", "manager_detail", "risks", "funds", "objective"})
# "Which prospectus does this supplement amend?": the documents a filing supplements.
# Dates of the filing and of the documents it supplements asked together ("the date of the
# supplement, and of the prospectus it supplements?", "dates of the SAI and this supplement").
_DOCUMENT_KIND = r"(?:supplement|prospectus\w*|sais?|statements?\s+of\s+additional\s+information)"
DATES_TOGETHER_RE = re.compile(
    # "dates of the X Fund supplement and of the prospectuses it amends"
    rf"\bdates?\s+of\s+(?:[\w/&'’.-]+\s+){{0,8}}?(?P<a>{_DOCUMENT_KIND})\b,?\s+and\s+"
    rf"(?:of\s+|for\s+)?(?:[\w/&'’.-]+\s+){{0,3}}?(?P<b>{_DOCUMENT_KIND})\b"
    # "supplement date and SAI date"
    rf"|\b(?P<c>{_DOCUMENT_KIND})\s+dates?\b,?\s+and\s+(?:the\s+|its\s+)?"
    rf"(?P<d>{_DOCUMENT_KIND})\s+dates?\b"
)


def _dates_together(ql: str) -> bool:
    """Whether a question asks the dates of two kinds of document together (the filing's and
    the one it supplements)."""
    m = DATES_TOGETHER_RE.search(ql)
    if m is None:
        return False
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    return a[:3] != b[:3]


# When the documents a filing supplements were revised ("when was the SAI amended?", "... and
# when was it amended?").
REVISION_ASKED_RE = re.compile(
    r"\bwhen\s+(?:was|were)\s+(?:it|they|the\s+(?:prospectus\w*|sais?|statements?\s+of\s+"
    r"additional\s+information))\s+(?:last\s+)?(?:amended|revised)\b"
)
# A question that places itself in a named part of a filing: "Per Credit Risk, how ...?",
# "Under Loan Investment Risk, what ...?", "According to the Small Company Risk section, ...";
# or, last, "..., per Credit Risk?".
NAMED_PART_LEAD_RE = re.compile(
    r"^\s*(?i:per|under|according\s+to|as\s+described\s+in|in)\s+(?i:the\s+)?"
    r"(?:[^,?]*?['’]s\s+)?[“\"']?"
    r"(?P<name>[A-Z][^,?“”\"]{2,80}?)[”\"']?(?i:\s+(?:section|paragraph|heading|discussion))?"
    r"\s*,\s*(?P<rest>\S.*)$"
)
NAMED_PART_TRAIL_RE = re.compile(
    r"^(?P<rest>.+?),?\s+(?i:per|according\s+to|under|in)\s+(?i:the\s+)?(?:[^,?]*?['’]s\s+)?"
    r"[“\"']?"
    r"(?P<name>[A-Z][^,?“”\"]{2,80}?)[”\"']?(?i:\s+(?:section|paragraph|heading|discussion))?"
    r"\s*\??\s*$"
)
# A risk's paragraph or section named as such ("the Market Risk paragraph", "the fund's
# Credit Risk disclosure"; not a list's title: "the Principal Risks sub-section").
NAMED_RISK_PART_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w/&’'-]*\s+){1,5}Risk)\s+"
    r"(?:paragraph|section|sub-?section|heading|discussion|disclosure)\b"
)
# A part's name leading its paragraph: "Credit Risk. ...", "Credit Risk: ...", "Credit Risk —".
PART_LEAD_RE = re.compile(r"^[\s•\-–*]*([A-Z][^.:—–\n]{2,80}?)\s*(?:[.:]|\s[—–-]\s)")
# A part's name has this many words at least ("Credit Risk"); at most this many passages are
# read as the part.
NAMED_PART_MIN_WORDS = 2
NAMED_PART_PASSAGES = 6


def _names_a_list_only(name: str) -> bool:
    """Whether a part's name is made of words any list's title has ("the Principal Risks
    section"), naming no entry of its own."""
    words = [w.lower() for w in WORD_RE.findall(name)]
    return bool(words) and all(
        w in lists.QUESTION_FILLER or w in ("section", "heading", "of", "the", "in") for w in words
    )


def _named_part(q: str) -> tuple[str, str] | None:
    """The name of the part of a filing a question places itself in, and the rest of the
    question ("Per Credit Risk, how can ...?" -> "Credit Risk", "How can ...?"); None when it
    names none."""
    m = NAMED_PART_LEAD_RE.match(q)
    if m is not None:
        rest = m.group("rest").strip()
        return m.group("name").strip(), rest[:1].upper() + rest[1:]
    m = NAMED_PART_TRAIL_RE.match(q)
    if m is not None:
        name, rest = m.group("name").strip(), m.group("rest").strip()
        # "... under Ranking System Risk for the Capital Appreciation Fund?": the fund is no
        # word of the part's name (it scopes the question, read whole, to its filings)
        fund = PART_FUND_TAIL_RE.search(name)
        if fund is not None and fund.start() > 0:
            name = name[: fund.start()].strip()
        return name, rest + "?"
    return None


# A fund named after a part's name ("Ranking System Risk for the Capital Appreciation Fund").
PART_FUND_TAIL_RE = re.compile(
    r"\s+(?:for|of|in)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s+"
    r"(?:Fund|Portfolio|Trust|ETF)s?$"
)


# A document date a question asks about ("which funds have SAIs dated May 1, 2015?"), a
# document it names, and a question asking for funds; how many opening passages hold a list
# of funds' documents by date.
# A question for the date a supplement itself bears ("what date does the supplement itself
# carry?", "the date printed on this supplement").
OWN_DATE_CARRIED_RE = re.compile(
    r"\b(?:itself|own)\b|\b(?:carr(?:y|ies)|bears?|prints?|printed\s+on)\b", re.I
)
# A date a question gives a document ("dated September 29, 2006", "carries an August 31, 2006
# date", "bears the date of May 1, 2006").
DATED_ASKED_RES = (
    re.compile(r"\bdated\s+(" + DATE_RE.pattern + ")", re.I),
    re.compile(
        r"\b(?:carr(?:y|ies)|bears?|has|have|shows?)\s+(?:an?\s+|the\s+)?("
        + DATE_RE.pattern
        + r")\s+date\b",
        re.I,
    ),
    re.compile(
        r"\b(?:carr(?:y|ies)|bears?|has|have|shows?)\s+(?:the\s+|a\s+)?date\s+(?:of\s+)?("
        + DATE_RE.pattern
        + ")",
        re.I,
    ),
)


def _dated_asked(q: str) -> str | None:
    """The date a question gives a document, as written, or None."""
    return next((m.group(1) for r in DATED_ASKED_RES if (m := r.search(q))), None)


DOCUMENT_NOUN_RE = re.compile(
    r"\b(?:sais?|prospectus\w*|statements?\s+of\s+additional\s+information)\b", re.I
)
# A wh-phrase asking funds, one or several ("which funds", "which listed fund's SAI").
WH_FUNDS_RE = re.compile(
    r"\b(?:which|what)\s+(?:[\w.&'’-]+\s+){0,4}?(?:funds?|portfolios?|series|trusts?)\b", re.I
)
DATED_LIST_PASSAGES = 8
# How many of the best passages are read for values given class by class "respectively".
RESPECTIVELY_PASSAGES = 12
# How many passages under a list's entry are read for a paragraph introducing entries of its own.
INTRO_REACH = 6
# What follows "respectively" is said beside the values when at most this long.
RESPECTIVELY_TAIL_CHARS = 60
# A question of this many words (fund and class aside) may have one its sentence does not say.
MEASURE_WORDS_SLACK_FROM = 3
AMENDED_DOCUMENT_RE = re.compile(
    # (not "which prospectus section ...?": a part of the document, not the document)
    r"\b(?:which|what)\s+(?:prospectus\w*|documents?|statements?|sais?)\b"
    r"(?!\s+(?:sections?|sub-?sections?|parts?|headings?|paragraphs?|pages?|captions?)\b)"
    r".*\b(?:amend|supplement|modif|updat|change)\w*",
)
# A question asking what a filing changes ("What changed?", "Which changes does it make?").
WHAT_CHANGED_RE = re.compile(r"\s*(?:what|which)\b", re.I)
# A question asking how a thing changes ("how did the reinvestment window change?", "what is
# the change to the exchange privilege?").
HOW_CHANGED_RE = re.compile(
    r"^\s*how\s+(?:did|does|will|is|was|has|have|would)\b.*\bchang|"
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:change|changes|revision|amendment)s?\s+(?:to|in|of)\b",
    re.I,
)
# A lead-in passage ("... is replaced with the following:") is at most this long.
LEAD_IN_MAX_CHARS = 400
# Candidate answers tried in turn when the first is not borne out by its evidence.
CANDIDATES = 2
# Of a question asking which named part says something, this many of the best sentences for
# what it describes are read.
PART_CANDIDATES = 6
# A linked person or fund below this score is ignored (rapidfuzz 0-100 scale).
LINK_MIN_SCORE = 80.0
# A fund linked at least this well restricts corpus-wide retrieval to the filings covering it.
FUND_SCOPE_SCORE = 88.0
# Matching a fact's fund to the fund asked about (token_set_ratio on normalised names).
FACT_FUND_MATCH = 85.0
# A word of a fund name this short may be missing from the filings (acronyms, "PM of the").
UNKNOWN_FUND_SHORT_WORD = 3
# A word of a fund's name this long may be misspelt by a question (one edit away).
TYPO_MIN_CHARS = 5
# A name is written where its words follow one another with at most this many other words
# between two of them ("Wells Fargo WealthBuilder" in "Wells Fargo Advantage WealthBuilder").
NAME_GAP_WORDS = 2
# ... of the name's last words (the words before them, a family's or a trust's, may be
# written anywhere in the filing).
NAME_TAIL_WORDS = 2
# The most words of a heading that names a role ("Independent Registered Public Accounting
# Firm").
HEADED_ROLE_WORDS = 5
# How far into a passage a label line before a firm's name may reach.
LABEL_CHARS = 60


def _related_firm(text: str, firm: str) -> bool:
    """Whether a text names a firm only as another's relation ("a wholly owned subsidiary of
    Y", "an affiliate of Y"; data/constraints.json "firm_relations") or another name in
    brackets ("(d/b/a ACA Group)")."""
    at = text.find(firm)
    if text.rfind("(", 0, at) > text.rfind(")", 0, at):
        return True
    before = verify.words(text[max(0, at - PARENT_FIRM_REACH) : at])
    return any(
        before.endswith(f" {verify.words(j).strip()} ") for j in verify.lexicon()["firm_relations"]
    )


# How far before a firm's name the words relating it to another may stand ("a wholly owned
# subsidiary of").
PARENT_FIRM_REACH = 60
# Role words leading a firm's name read with them ("Administrator Corran Fund Administration
# LLC", "Investment Adviser Harlow Investments, LLC").
ROLE_LABEL_LEAD_RE = re.compile(
    r"(?:Investment\s+)?(?:Adviser|Advisor|Sub-?[Aa]dviser|Sub-?[Aa]dvisor|Administrator|"
    r"Distributor|Custodian|Transfer\s+Agent|Principal\s+Underwriter|Sponsor|Auditor)\s+"
)
# A label line: capitalised words ("Investment Adviser", "Independent Registered Public
# Accounting Firm"), "and" or "of" between them.
LABEL_LINE_RE = re.compile(r"(?-i:[A-Z][\w-]*)(?:\s+(?:and|of|&|(?-i:[A-Z][\w-]*)))*")
# A question asking whose part something is, a fund's ("which fund's Portfolio Managers section
# does the supplement change?").
FUND_POSSESSOR_ASKED_RE = re.compile(
    r"^\s*(?:and\s+)?(?:which|what)\s+(?:[\w&.’'-]+\s+){0,4}?(?:funds?|portfolios?|series)['’]s?\s",
    re.I,
)
# A number that goes on a fund's name ("Fund I", "Portfolio II", "Trust 2").
NAME_NUMBER_RE = re.compile(rf"\s+({spans.ROMAN_NUMERAL.upper()}|\d{{1,2}})\b(?![.,]\d)")
# ... or ends the name read ("Redmont Resolute Fund I").
NAME_NUMBER_END_RE = re.compile(rf"\s+({spans.ROMAN_NUMERAL.upper()}|\d{{1,2}})$")
# Kinds of a document's parts a question may ask for by name, one spelling each; the weight of
# a sentence calling its part by the kind asked, below any other word's share (a tie-break).
PART_KINDS = frozenset({"section", "subsection", "paragraph", "heading", "table", "footnote"})
PART_KIND_WEIGHT = 0.01


def _part_kind(word: str) -> str:
    """A word as a kind of part: "sub-section", "subsections" -> "subsection"."""
    word = word.replace("-", "")
    return word[:-1] if word.endswith("s") else word


# Filings holding every word of a name that are read to find it written in order; beyond, the
# name is taken as written.
NAME_WRITTEN_MAX_DOCS = 20
# A sentence ending in a colon is answered with the list after it: at most this many items,
# each a bullet or row, or a paragraph no longer than this.
LIST_MAX_ITEMS = 12
LIST_ITEM_MAX_CHARS = 250
# Roles a question about who left or joined may name; the facts must name the same role.
ROLE_WORDS = frozenset(
    [
        "trustee",
        "trustees",
        "chairman",
        "chair",
        "board",
        "director",
        "directors",
        "manager",
        "managers",
        "officer",
    ]
)
# An amending instruction that adds entries ("The following entry is added to the Portfolio
# Managers section ..."), and any instruction, which ends the entries of the one before it.
INSERTION_RE = re.compile(
    r"\bfollowing\b[^.:]{0,60}?\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:added|inserted)\b(?P<where>[^:]{0,160})",
    re.I,
)
INSTRUCTION_RE = re.compile(
    r"\bfollowing\b[^.:]{0,80}?\b(?:added|inserted|replace[sd]?|deleted|amended|revised)\b", re.I
)
# An added entry opens with the name of the person it is about, within this many characters.
ENTRY_NAME_REACH = 60
# Of the passage a sentence announces ("the following is added: ..."), this many characters
# say what it is about.
ANNOUNCED_CHARS = 200
# How many passages above a passage the announcement placing it in a section may stand.
PLACED_REACH = 8
ENTRY_MARKS = " •·▪■-*o\t"
# "before September 2003", "prior to 2010": the time before a date; and the date a sentence
# makes its change effective ("Effective September 1, 2003, ...").
BEFORE_DATE_RE = re.compile(
    rf"\b(?:before|prior\s+to)\s+(?P<when>(?:{DATE_RE.pattern})|(?:19|20)\d{{2}}\b)", re.I
)
# Capitalised words naming whose managers are asked for: "which DF Dent PMs", "the Lazard
# portfolio managers", "Wellington PM" (not a share class or the first word of a question).
# "The Wellington sleeve" too: the part of the fund a firm runs (data `firm_parts`).
_FIRM_MANAGERS = (
    r"(?:portfolio\s+managers?|PMs?|co-?managers?|managers|"
    + "|".join(map(re.escape, verify.lexicon()["firm_parts"]))
    + r")\b"
)
FIRM_DESCRIBED_RE = re.compile(
    r"(?:^|\b(?:[Ww]hich|[Ww]hat|the|[Ll]ist)\s+)((?:(?!Class\b|Which\b|What\b|Who\b|List\b)"
    r"[A-Z][\w.&'’-]*\s+){1,3})" + _FIRM_MANAGERS
)
# A firm named with its possessive before the managers asked ("Diamond Hill's portfolio
# managers"): its capitalised words.
FIRM_POSSESSIVE_RE = re.compile(
    r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+" + _FIRM_MANAGERS
)
# Capitalised words a question writes right after a fund's name as part of it ("... Fund for
# North Dakota", "... Portfolio of Harborgate Trust").
NAME_TAIL_RE = re.compile(r"\s+(?:for|of)\s+(?:[A-Z][\w.&'’-]*\s*){1,3}")
# A question asking whom the people it names replace ("which PMs did X and Y replace?",
# "whom will X succeed?").
REPLACED_BY_NAMED_RE = re.compile(
    r"\b(?:did|do|does|will|would)\b.*\b(?:replace|succeed|take\s+over\s+from)\b", re.I
)
# A label a manager entry stands under, naming the firm after it ("Sub-Adviser Larchwood
# Capital LLC Portfolio Manager ...").
FIRM_LABEL_RE = re.compile(r"\b(?:Sub-)*(?:Adviser|Advisor|Investment Manager)\b")
# "Which PMs have managed it since 2013?": the start of the tenures asked for.
SINCE_DATE_RE = re.compile(
    r"\b(?:since|(?:joined|added\s+to|started\s+managing|began\s+managing|took\s+over)\s+"
    r"(?:the\s+|its\s+)?"
    r"(?:fund|portfolio|team)\b[^?.,;]{0,30}?\bin)\s+"
    rf"(?P<when>(?:{DATE_RE.pattern})|(?:19|20)\d{{2}}\b)",
    re.I,
)
# A question for an index, and an index's name ("S&P 500® Index", "Bloomberg U.S. Aggregate
# Bond Index").
INDEX_ASKED_RE = re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,2}(?:index|benchmark)\b", re.I)
INDEX_NAME_RE = re.compile(r"\b[A-Z0-9][\w&.®’'/-]*(?:\s+[A-Z0-9][\w&.®’'/-]*)*\s+Index\b")
# A question for the manager who leads, and the roles of manager facts that say so.
LEAD_ASKED_RE = re.compile(r"\b(?:lead|leads|leading|primary|primarily)\b", re.I)
LEAD_ROLES = frozenset({"lead", "co-lead", "primarily responsible"})
# "... have been portfolio managers of the Fund since its inception": what follows "since".
SINCE_PHRASE_RE = re.compile(r"\bmanag\w*\b[^.;]*?\bsince\s+([^,;.]{3,40})", re.I)
# A question for how long the fund's managers have managed it, naming none of them: "Since
# when has the portfolio manager managed the fund?", "When did the managers start managing it?"
# How many opening passages tell whether a filing is a supplement; what calls it one; a
# change it announces ("X no longer serves as a co-manager").
AMENDS_OPENING = 8
SUPPLEMENT_NAMED_RE = re.compile(
    r"\b(?:this|the)\s+supplement\b|\bsupplement\s+(?:dated|to\s+(?:the|each|its))\b", re.I
)
NO_LONGER_RE = re.compile(r"\bno\s+longer\s+(?:serves?|be|acts?|manages?)\b", re.I)
# People called by a title and surname: "Mr. Chan", "Messrs. Acharya and Chan", "Messrs.
# Lee, Kim and Park".
TITLED_SURNAMES_RE = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Messrs|Mses|Mmes)\.\s+([A-Z][\w'’-]+(?:\s*,\s*[A-Z][\w'’-]+)*"
    r"(?:,?\s+and\s+[A-Z][\w'’-]+)?)"
)
# A question comparing share classes ("which share class has the lowest expenses?"), one
# naming expenses, and the fee table's row of the fund's total expenses.
CLASS_COMPARED_RE = re.compile(
    r"\b(?:which|what)\s+(?:share\s+)?class(?:es)?\b|\bwhich\s+of\s+the\s+(?:share\s+)?classes\b",
    re.I,
)
EXPENSES_ASKED_RE = re.compile(r"\bexpenses?\b|\bcosts?\b|\bcheapest\b", re.I)
TOTAL_EXPENSES_ROW = "total annual fund operating expenses"
# A question about the name of a firm rather than of a fund.
FIRM_NAME_ASKED_RE = re.compile(
    r"\b(?:adviser|advisor|sub-?advis[eo]r|firm|company|distributor|custodian|administrator|"
    r"manager|agent|parent|exchange)(?:['’]s)?\s+(?:(?:new|former|old|previous|prior)\s+)?name",
    re.I,
)
# The superlative of a question about how long someone has served.
TENURE_WORD_RE = re.compile(r"\b(?:longest|shortest)\b", re.I)
TENURE_ASKED_RE = re.compile(
    r"\b(?:since\s+when|how\s+long|since\s+what\s+(?:year|date))\b[^?]*\bmanag"
    r"|\bwhen\s+did\b[^?]*\b(?:start|begin|began|first)\w*\s+(?:to\s+)?manag"
    # "in what year did X become portfolio manager of the fund?"
    r"|\b(?:when|(?:in\s+)?(?:what|which)\s+year)\s+did\b[^?]*\bbecome\b[^?]*\bmanag",
    re.I,
)
# "Management" as the last word of a firm's name ("EULAV Asset Management"), no managing.
FIRM_MANAGEMENT_RE = re.compile(r"\b(?:[A-Z][\w&.’'-]*\s+)+Management\b")
# What happens to a document other than its being dated: mailing a proxy statement/prospectus.
OTHER_DOCUMENT_EVENT_RE = re.compile(
    r"\b(?:mail\w*|sent|send\w*|deliver\w*|distribut\w*|proxy|information\s+statement)\b"
)
EFFECTIVE_DATE_RE = re.compile(
    rf"\b[Ee]ffective\s+(?:as\s+of\s+|on\s+|on\s+or\s+about\s+)?(?P<when>{DATE_RE.pattern})"
)
# A date a sentence's arrangement starts on: "Effective September 1, 2003, ...", "under an
# agreement dated July 1, 2001", "as of", "beginning", "commencing".
STARTS_ON_RE = re.compile(
    rf"\b(?:[Ee]ffective|[Dd]ated|[Aa]s\s+of|[Bb]eginning|[Cc]ommencing|[Ss]tarting)\s+"
    rf"(?:as\s+of\s+|on\s+|on\s+or\s+about\s+)?(?P<when>{DATE_RE.pattern})"
)
# "Which countries are named ...?": the plural noun a question asks examples of.
ASKED_KIND_RE = re.compile(
    r"\b(?:which|what)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\s+(?:are|were|does|do|did|is|may|can|"
    r"will|has|have)\b",
    re.I,
)
# Of the question's other words, the share a sentence naming examples of the kind asked must
# hold: the kind itself, named just before "such as", is most of the evidence.
EXAMPLES_MIN_COVERAGE = 0.25
# A which-fund question of a filing of one fund is answered by that fund when one of the best
# FILING_FUND_HITS passages that speak of "the Fund" says this share of the question's words.
FILING_FUND_MIN_COVERAGE = 0.5
FILING_FUND_HITS = 5
# A fund asked that is not the filing's own ("the separate fund", "another fund"), and the
# family a which-fund question names ("Which John Hancock fund ...?").
OTHER_FUND_ASKED_RE = re.compile(
    r"\b(?:other|another|separate|different|sister|new|acquiring|surviving|target|underlying)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:funds?|portfolios?|series)\b",
    re.I,
)
FUND_NAME_ASKED_RE = re.compile(r"\b(?:names?|renamed|called|known\s+as)\b", re.I)
FUND_FAMILY_ASKED_RE = re.compile(
    r"\b(?:[Ww]hich|[Ww]hat)\s+(?:specific\s+|particular\s+)?((?:[A-Z][\w.&-]*\s+){1,4})"
    r"(?:funds?|portfolios?)\b"
)
# The kinds of value read from every sentence of the filings asked that prints one.
SCANNED_TYPES = frozenset({"phone", "page"})
SCANNED_MAX = 3  # the most values of the kind a plural question is answered with
# A plural of the kind asked ("on which pages ...?"), and a value that is a range itself.
PLURAL_KIND_RE = re.compile(r"\b(?:pages|numbers)\b", re.I)
RANGE_SAID_RE = re.compile(r"\d\s*(?:-|–|through|to|and)\s*\d")
# Filings whose defined terms (and fund headings) are kept read (a conversation's filings).
DEFINITIONS_KEPT = 64
# The filings in scope whose defined terms a firm asked about is looked up in.
DEFINED_FIRM_DOCS = 3
# A fund named by what it is ("this leveraged ETF", "the muni fund"): its words describe it.
FUND_DESCRIBED_RE = re.compile(
    r"\b(?:this|that|the|its|our|my|your)\s+((?:[\w-]+\s+){1,3}?)(?:fund|etf|portfolio)s?\b",
    re.IGNORECASE,
)
# When a filing's changes, as such, take effect ("when do the manager changes take effect?",
# "when is this supplement effective?"), not some event it announces.
CHANGES_EFFECTIVE_RE = re.compile(
    r"\bwhen\b[^?]*\b(?:changes?|supplement|revisions?|amendments?)\b[^?]*"
    r"\b(?:take\s+effect|takes\s+effect|become\s+effective|effective|go\s+into\s+effect)\b",
    re.I,
)
# A question about a part of the documents being replaced or amended ("which funds' closed
# fund policies are replaced?"), not about a change of what they describe.
DOCUMENT_PART_CHANGED_RE = re.compile(
    r"\b(?:polic(?:y|ies)|sub-?sections?|sections?|disclosures?|paragraphs?|tables?|wording|"
    r"language|provisions?)\b[^?]{0,40}?\b(?:replac|amend|revis|restat|delet|supersed)\w*",
    re.I,
)
# A fund described as the owner of what is asked ("the high yield fund's portfolio turnover").
FUND_POSSESSOR_RE = re.compile(
    r"\b(?:this|that|the|its)\s+((?:[\w-]+\s+){1,3}?)(?:fund|etf|portfolio)['’]s\b", re.I
)
# Passages above a table row that say what it is about (its caption, the class it covers).
CONTEXT_PASSAGES = 2
# A title in quotes ("the section “Description of the Portfolio - Average Annual Total
# Returns”"), of at most 200 characters: "the Portfolio" in it refers to no fund.
QUOTED_TITLE_RE = re.compile(r"“[^”]{1,200}”|\"[^\"]{1,200}\"")
# How far back a table row looks for its table's first row.
TABLE_MAX_ROWS = 40
# The longest passage over a table read as its caption ("Class A shares: purchases of $1
# million or more"), not a paragraph of prose
TABLE_CAPTION_CHARS = 200
# How many passages under a table are read as its notes; a note set as a row of its own.
TABLE_NOTES = 3
NOTE_ROW_RE = re.compile(r"\s*(?:\d{1,2}|\*{1,3}|[†‡§])\s*\|")
# A first-row cell like this names a share class ("ADV", "I", "R6", "S2").
SHARE_CLASS_CELL_RE = re.compile(r"[A-Z][A-Z0-9]{0,4}")
# "What about the other manager?": a follow-up this short that starts so repeats the
# previous question for whatever it names.
ELLIPSIS_RE = re.compile(r"^\s*(?:and|what about|how about)\b", re.I)
ELLIPSIS_MAX_TERMS = 3
# Of a list question's own words, at least this share must be in the list or what introduces it.
LIST_MIN_SHARE = 0.5
# Tables are read for an amount when the question is scoped to at most this many filings.
TABLE_DOCS_MAX = 3
# Answer types whose value must be in the answer itself (a sentence answer holds one).
_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")
# Filings kept in the form names are looked up in (see Assistant._plain_text).
PLAIN_TEXTS_KEPT = 4
# What is kept of passages the readers look at again and again (the text above a passage, the
# section an announcement places it in, whether it names a fund): a question's sentence
# choice reads the same 40 passages in each of its readers and for each candidate answer.
PASSAGE_NOTES_KEPT = 8192
# The surnames of people kept (a check reads every departure fact's person in scope).
PERSON_WORDS_KEPT = 16384
# What is no part of a word, for looking a name up in a text ("Steven J. Rich" in "STEVEN J
# RICH,").
NOT_WORD_RE = re.compile(r"[^a-z0-9]+")


def _kept(cache: dict[_K, _V], key: _K, limit: int, make: Callable[[], _V]) -> _V:
    """What ``make`` gives for ``key``, made once and kept in ``cache`` (emptied when it holds
    ``limit`` entries, so that it stays small)."""
    found = cache.get(key)
    if found is None:
        if len(cache) >= limit:
            cache.clear()
        found = cache[key] = make()
    return found


def name_order_re(words: Sequence[str]) -> re.Pattern[str]:
    """A name's words in order in a text as :func:`_plain` writes it, each in the singular or
    the plural, at most NAME_GAP_WORDS other words between two of them, and no number after
    the last."""
    parts = []
    for word in words:
        for w in _plain(word).split():
            if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
                w = w[:-1]
            parts.append(re.escape(w) + "(?:s|es)?")
    gap = rf"(?: [a-z0-9]+){{0,{NAME_GAP_WORDS}}} "
    # (not the start of a numbered other fund's name: "... Growth Portfolio II")
    # (a roman numeral: a figure after a name is as often a table's value, "Portfolio | $0")
    numbered = rf"(?:(?:fund|portfolio|trust|series|etf)s? )?{spans.ROMAN_NUMERAL} "
    return re.compile(" " + gap.join(parts) + f" (?!{numbered})")


def _own_dates(meta: DocMeta) -> tuple[str, ...]:
    """A filing's own dates: its supplement's, its changes' effective dates, the day it was
    filed (EDGAR's "2015-11-20" written "November 20, 2015"), and the dates of the documents it
    supplements ("the supplement to the April 28, 2010 prospectus")."""
    filed = ISO_DATE_RE.fullmatch(meta.filing_date or "")
    spelt = (
        f"{MONTH_NAMES[int(filed.group(2)) - 1]} {int(filed.group(3))}, {filed.group(1)}"
        if filed and 1 <= int(filed.group(2)) <= 12
        else meta.filing_date or ""
    )
    own = (
        meta.supplement_date or "",
        *meta.effective_dates,
        spelt,
        *meta.prospectus_dates,
        *meta.revised_dates,
    )
    return tuple(d for d in own if d)


ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _plain(text: str) -> str:
    """A text in lower case, each run of other characters than letters and digits one space,
    padded: " steven j rich " is in it when the text names him in any case or punctuation."""
    return f" {NOT_WORD_RE.sub(' ', text.lower()).strip()} "


# A parenthesis of a table cell ("(to be renamed X)"), no part of the name before it.
PARENTHESIS_RE = re.compile(r"\s*\([^)]*\)")
# A question for a day of the calendar ("on what date", "which day"), not only for when.
CALENDAR_DATE_ASKED_RE = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.I)
# One picked out by time ("which sub-adviser was most recently added?", "the latest manager",
# "who was named first?"): a singular asked by the order of events.
ONE_BY_TIME_RE = re.compile(
    r"\b(?:which|what|who)\s+(?:[\w-]+\s+){0,3}?(?:was|is|has\s+been)\s+(?:the\s+)?"
    r"(?:most\s+recently|latest|newest|last|first|earliest)\b"
    r"|\b(?:the\s+)?(?:most\s+recent|latest|newest)\s+(?:sub-?advis[eo]r|advis[eo]r|"
    r"portfolio\s+manager|manager|addition|fund)\b(?!s)",
    re.I,
)
# A document described by what it does ("the supplement announcing the reopening", "the
# filing that announced the merger").
DOCUMENT_VERB_RE = re.compile(
    r"\b(?:supplements?|filings?|documents?|stickers?|notices?|letters?)\s+(?:that\s+|which\s+)?"
    r"\w+(?:ing|ed|es|s)\b",
    re.I,
)
# A question for the month something happened ("in what month of 2009", "which month").
MONTH_ASKED_RE = re.compile(r"\b(?:what|which)\s+month\b|\bthe\s+month\s+(?:in\s+)?which\b", re.I)
# A title set off by commas after a name, before a verb of what the person does ("X, Chief
# Investment Officer - Fixed Income, has shared ...").
APPOSITIVE_TITLE_RE = re.compile(
    r",\s+([A-Z][^,;.()|]{2,80}?),\s+(?:has|have|is|was|will|joined|serves|served|who|"
    r"manages|managed|became)\b"
)
# A filing's cover: the first characters of its first passage; how many passages after it
# may not use a word the cover prints as a ticker.
COVER_CHARS = 400
COVER_REACH = 30
# A question for when a fund or class began; a date in a table's header with a footnote mark
# ("Since Inception 11/2/2015(1)"); how many passages below its notes may stand.
INCEPTION_ASKED_RE = re.compile(
    r"\b(?:inception|incepted|commenced\s+operations|start(?:ed)?|launch(?:ed)?|began)\b", re.I
)
FOOTNOTED_INCEPTION_RE = re.compile(
    r"\binception(?:\s+date)?\s*:?\s*\(?(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|"
    rf"{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})\)?\s*(?P<mark>\(\d\)|\d\b|\*+)",
    re.I,
)
FOOTNOTE_REACH = 12
# A value a passage states (a percentage, a sum of money): what a table's caption does not.
CAPTION_VALUE_RE = re.compile(r"\d\s?%|\$\s?\d")
TYPED_ANSWERS = frozenset(
    {"date", "amount", "period", "person", "org", "fund", "reference", "age", "index", "place",
     "exchange", "state", "country", "phone", "page", "class", "party"}
)  # fmt: skip
# A ticker symbol as a question writes it; a question asking for one.
TICKER_TOKEN_RE = re.compile(r"\b[A-Z]{3,5}\b")
TICKER_QUESTION_RE = re.compile(r"\b(?:ticker|symbol)s?\b", re.I)
# Where a question's second part starts: ", and when ...", "; and who ...".
SECOND_PART_RE = re.compile(
    r",?;?\s+and\s+(?=(?:(?:roughly|around|approximately|about|on|by|as\s+of|starting)\s+)?"
    r"(?:who|whom|whose|what|when|which|how|since|until|for|from|where|did|does|is|was|are)\b"
    # "..., and on shares held how long?": a second question whose wh-word comes last
    r"|(?:on|for|with|at|in)\s+(?:[\w-]+\s+){1,4}?(?:how|when|what|which)\b[^,;]*\?\s*$)",
    re.I,
)
SECOND_PART_MIN_CHARS = 12
# Two cases of one thing set against each other: "<head> for A vs (for) B?" ("the minimum for
# a Roth IRA vs a regular account", "the fee on Class A versus Class C").
_CASE_PREPOSITION = r"(?:for|of|on|in|under|with)\s+"
VERSUS_RE = re.compile(
    rf"^(?P<head>.+?\b{_CASE_PREPOSITION})(?P<a>[^?]+?)\s+(?:vs\.?|versus|compared\s+(?:to|with))"
    rf"\s+(?:{_CASE_PREPOSITION})?(?P<b>[^?]+?)\s*\??\s*$",
    re.I,
)
# A second part that says only what a preposition of the first part governs ("..., and for
# check redemptions?"), not a question of its own ("and for how long?").
ELIDED_HEAD_RE = re.compile(
    r"(for|on|in|at|of|from|with|to)\s+(?!(?:how|when|what|which|who|whom|whose|where)\b)", re.I
)
# Two dates asked together tersely: "Record date and shareholder meeting date for the vote?".
DATE_PAIR_RE = re.compile(
    r"^(?!\s*(?:what|which|when|who|how)\b)(?P<a>[^?,]*?\bdate)s?\s*,?\s+(?:and|&)\s+"
    r"(?P<b>[^?,]*?\bdate)s?(?P<tail>(?:\s+(?:for|of|in|on)\b[^?]*)?)\??\s*$",
    re.I,
)
# ... or a date and one a clause says ("supplement date and the date securities lending is
# added?"), after a topic ("X Fund securities lending: ...").
DATE_AND_CLAUSE_RE = re.compile(
    r"^(?P<topic>[^?:]*:\s*)?(?!\s*(?:what|which|when|who|how)\b)(?P<a>[^?,:]*?\bdate)s?\s*,?\s+"
    r"(?:and|&)\s+(?P<b>(?:the\s+)?dates?\s+(?:on\s+which\s+|when\s+|that\s+)?[^?]+?)\??\s*$",
    re.I,
)
CITE_NUMBER_RE = re.compile(r"\[(\d+)\]")
# How many of the best-ranked passages a change question reads change clauses in.
CHANGE_PASSAGES = 12
# A question asking for several of a kind ("which portfolios will merge into X?", "who are").
PLURAL_ASKED_RE = re.compile(
    r"(?i)\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:funds|portfolios|series|firms|companies|"
    r"managers|sub-?advis[eo]rs|advis[eo]rs|people|persons|trustees|directors|PMs)\b"
    r"|\bwho\s+(?:are|were|will\s+be)\b"
)
CHANGE_SAYINGS = {
    "replace": "{new} replaces {old}",
    "rename": "{old} is renamed {new}",
    "merge": "{old} is reorganized into {new}",
}
# Two or more capitalised words in a row (a name a question writes without its suffix).
NAME_RUN_RE = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*)+")
# A question about a change that asks no side of it: how, why, when, whether, or its dates.
NOT_A_SIDE_RE = re.compile(
    r"^\s*(?:how|why|when|is|are|does|do|did|can|could|will|would|should)\b"
    r"|\b(?:dates?|meetings?|closing|deadline|vote|when)\b",
    re.I,
)
# Words by which a question asks for a side of a change ("into which fund", "its new name").
SIDE_ASKED_RE = re.compile(
    r"\b(?:which|who|whom|into)\b|\bnew\s+name\b|\brenam\w*|\bwhat\s+(?:fund|portfolio|name)\b",
    re.I,
)


def _asks_no_side(q: str) -> bool:
    """Whether a question about a change asks something else than its sides: how it is taxed,
    when it closes, the dates of its vote."""
    return NOT_A_SIDE_RE.search(q) is not None and SIDE_ASKED_RE.search(q) is None


# Facts that say a change's two sides (who merges into whom, the old and new names).
SIDE_FACT_KINDS = frozenset({"merger", "rename"})
# What a table cell may say after a name: ", a series of MIST", " (formerly, X)".
NAME_DESCRIPTOR_RE = re.compile(r"\s*(?:,\s*(?:a|an|the)\s+series\s+of\b.*|\(.*\))\s*$", re.I)
# A firm's sale said in the words of its sentence ("has agreed to sell X to Y", "Y acquired X").
SALE_SAID_RE = re.compile(
    r"\b(?:sell|sold|sale|acquir\w*|acquisition|purchas\w*|bought|buy\w*)\b", re.I
)


def _change_saying(c: clauses.Change) -> str:
    """One change as the answer says it; a firm bought by another is acquired, not reorganized."""
    if c.predicate == "merge" and c.kind == "org" and SALE_SAID_RE.search(c.sentence):
        return f"{c.old} is acquired by {c.new}"
    return CHANGE_SAYINGS[c.predicate].format(old=c.old, new=c.new)


# A question for the date of the filing itself, whatever it supplements.
# How many filings' passages are kept after a question reads them.
RECENT_FILINGS = 16
# Questions about the fund as a whole: a share class they name does not narrow the answer.
FUND_LEVEL_INTENTS = frozenset({"managers", "manager_detail", "adviser", "objective", "risks"})
# A list read from a filing's structure is said inline up to this many entries.
LIST_INLINE_MAX = 4
# Words of a question about what a filing changes that name no topic of its own.
FILING_CHANGE_WORDS = frozenset(
    {
        "change",
        "changes",
        "changed",
        "changing",
        "supplement",
        "filing",
        "document",
        "amend",
        "amends",
        "amended",
        "new",
        "revised",
        "revise",
        "revises",
        "made",
        "make",
        "makes",
    }
)
# A list answer cites at most this many passages.
MAX_CITED = 6
# How many passages above a manager fact are searched for an organisation the question names.
QUALIFIER_WINDOW = 6

NOT_FOUND = "The indexed filings do not say"
CITE_MARK_RE = re.compile(r"\[\d+\]|\(listed below\)")


@dataclass(frozen=True)
class Scope:
    docs: tuple[str, ...] | None  # None = the whole index
    fund: str | None
    names: tuple[str, ...] = ()  # every fund or trust name the question uses
    entity_keys: tuple[str, ...] = ()  # index keys of the people and funds it refers to
    # the passages of the part of a filing the question places itself in ("Per Credit Risk,
    # ..."): (doc, ordinal); empty = no such part
    within: tuple[tuple[str, int], ...] = ()


# Characters kept before the question word a long untyped answer sentence is cut around.
FOCUS_WORD_LEAD = 60

# A title that makes its holder one of the fund's portfolio managers.
PM_TITLE_RE = re.compile(r"\b(?:co-?)?portfolio\s+manager\b|\bco-?manager\b", re.I)
# A heading over the fund's managers ("Portfolio Managers", "Portfolio Manager(s)", "The Fund
# Management Team").
MANAGERS_HEADING_RE = re.compile(
    r"\bportfolio\s+managers?\b|\bportfolio\s+manager\(s\)|\bfund\s+management\s+team\b|"
    r"\bportfolio\s+management\s+team\b",
    re.I,
)


def _same_fund(a: str, b: str) -> bool:
    """Whether two spellings name one fund: similar enough, and not two funds of one family."""
    return fuzz.token_set_ratio(
        a, b, processor=utils.default_process
    ) >= FACT_FUND_MATCH and not _different_funds(a, b)


def _different_funds(a: str, b: str) -> bool:
    """Whether two similar fund names still name different funds: each has a word of its own
    that the other does not contain even run together ("Summit Northgate Multi-Cap Fund" and
    "Summit Northgate Mid-Cap Core Growth Fund"; not "NWHarbor X" and "N.W. Harbor X")."""
    tokens_a, tokens_b = (utils.default_process(x).split() for x in (a, b))
    words_a, words_b = set(tokens_a), set(tokens_b)
    joined_a, joined_b = "".join(tokens_a), "".join(tokens_b)
    own_a = [w for w in words_a - words_b if len(w) >= 3 and w not in joined_b]
    own_b = [w for w in words_b - words_a if len(w) >= 3 and w not in joined_a]
    return bool(own_a) and bool(own_b)


# Answers that are a measure of something the question names ("the maximum remaining
# maturity", "the share of net assets in equity securities"): their evidence must name it.
MEASURED_ANSWERS = frozenset({"amount", "period"})


class Assistant:
    """Opens the index once; answers any number of questions against that snapshot."""

    def __init__(
        self,
        index_dir: str | Path | None = None,
        *,
        snapshot: Snapshot | None = None,
        calibrated: bool = True,
    ) -> None:
        """``calibrated`` False keeps every verified answer (for fitting the confidence model)."""
        if snapshot is None:
            if index_dir is None:
                raise ValueError("Assistant needs an index directory or a snapshot")
            snapshot = Store(index_dir).snapshot()
        self.snap = snapshot
        self.model = calibrate.Model.load() if calibrated else None
        self._prepare()

    def _prepare(self) -> None:
        with gc_paused():  # hundreds of thousands of long-lived objects (frozen below)
            self._build_tables()
        # Everything loaded so far lives as long as the snapshot: take it out of the cyclic
        # garbage collector's view. Otherwise each full collection walks all of it (250 ms at
        # 10,000 filings), stalling whichever question happens to trigger one.
        gc.freeze()

    def _build_tables(self) -> None:
        """What every question needs at hand: the linker's vocabularies, the names people go
        by, tickers. Facts, filing records and fund names stay in the index's record file."""
        self.snap.warm()
        snap = self.snap
        names = snap.names
        self.fund_docs = FundDocs(names)
        self.alias_base = names.alias_base()  # "Harborgate High-Yield Fund" -> its fund
        self.linker = Linker(names)
        self.tickers = {f.value: f for f in snap.facts_of_kind("ticker")}
        people = names.entities("person")
        self.person_names: dict[str, str] = person_names(people)
        self.person_aliases: dict[str, tuple[str, ...]] = {e.name: e.aliases for e in people}
        self._fund_names: list[str] | None = None
        self._family_words: frozenset[str] | None = None
        self._facts_of_kind: dict[str, list[Fact]] = {}
        self._kind_subjects: dict[str, tuple[list[str], list[str]]] = {}  # kind -> subjects
        self._idf: dict[str, float] = {}
        self._fund_doc_sets: dict[str, frozenset[str]] = {}
        self._recent_passages: dict[str, list[Passage]] = {}
        self._surnames: frozenset[str] | None = None
        self._given_names: frozenset[str] | None = None
        self._last_hits: tuple[tuple, list[retrieve.Hit]] | None = None
        self._defined: dict[str, dict[str, clauses.Definition]] = {}
        self._stems_of_doc: dict[str, set[str]] = {}
        self._dated_lists: dict[str, list[tuple[dated_entries.Entry, Passage]]] = {}
        self._plain_texts: dict[str, str] = {}
        self._docs_by_year: dict[int, list[str]] | None = None
        self._amending: dict[str, bool] = {}
        self._prose_words: dict[str, frozenset[str]] = {}
        self._placed: dict[tuple, str] = {}
        self._above: dict[tuple, str] = {}
        self._fund_said: dict[tuple[str, int, str], bool] = {}
        self._surname_words: dict[str, tuple[str, ...]] = {}
        self._fund_headings: dict[
            tuple[str, str], tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]
        ] = {}
        self._lead_funds: dict[str, dict[int, frozenset[str]]] = {}
        self._manager_ordinals: dict[str, frozenset[int]] = {}
        self._acronym_names: dict[tuple[str, str], set[str]] = {}
        self._firms_named: dict[str, tuple[str, ...]] = {}

    @property
    def fund_names(self) -> list[str]:
        """Every fund name a fund restriction is matched against (read when first asked)."""
        if self._fund_names is None:
            self._fund_names = self.snap.names.fund_names()
        return self._fund_names

    def _facts_kind(self, kind: str) -> list[Fact]:
        """Every fact of one kind in the index (read once per snapshot, then kept)."""
        found = self._facts_of_kind.get(kind)
        if found is None:
            found = self._facts_of_kind[kind] = self.snap.facts_of_kind(kind)
        return found

    def _subjects_of_kind(self, kind: str) -> tuple[list[str], list[str]]:
        """The subjects of the facts of one kind in the index longer than a short word or
        two, and their forms as rapidfuzz's default processing writes them (read once per
        snapshot)."""
        found = self._kind_subjects.get(kind)
        if found is None:
            subjects = sorted(s for s in self.snap.subjects_of_kind(kind) if len(s) > 8)
            found = (subjects, [utils.default_process(s) for s in subjects])
            self._kind_subjects[kind] = found
        return found

    def reload(self) -> None:
        """Re-open the index (after filings were added or removed)."""
        store = Store(self.snap.path)
        self.snap.close()
        gc.unfreeze()  # the old snapshot's objects can be collected once it is dropped
        self.snap = store.snapshot()
        self._prepare()

    def close(self) -> None:
        self.snap.close()

    # ---------------------------------------------------------------- public
    def ask(
        self,
        question: str,
        doc: str | None = None,
        fund: str | None = None,
        context: Conversation | None = None,
    ) -> Answer:
        # No cyclic collection while a question is answered: it allocates many short-lived
        # containers, and the collector ran a few dozen times per question, each time also
        # walking the caches the answering keeps (at 10,000 filings, 7% of the answer p95).
        # Reference counting still frees what forms no cycle; what does waits for the first
        # collection after the answer.
        with gc_paused():
            return self._ask_timed(question, doc, fund, context)

    def _ask_timed(
        self, question: str, doc: str | None, fund: str | None, context: Conversation | None
    ) -> Answer:
        started = time.perf_counter()
        try:
            answer = self._ask(question, doc, fund, context)
            phrased = rephrase(answer.question)
            # (two roles under one wh-word, or a ticker beside a measure, are each asked: one
            # passage seldom names both)
            apart = _parts_apart(phrased)
            parts = apart or _two_parts(phrased)
            if (
                parts
                and answer.answered
                and apart is None
                and _answers_both(answer, parts)
                and self._holds_each_part(answer, parts, doc, fund)
            ):
                parts = None
            in_parts = bool(parts) and answer.error is None
            if in_parts:
                answer = self._in_parts(answer, parts, doc, fund)
            # (what the question asks for, understood once for the steps below)
            understood = understand(phrased) if answer.answered else None
            asked = understood.answer_type if understood is not None else None
            if (
                understood is not None
                # (a date read down a table's column too: "inception date and 1-yr return?")
                and (asked == "amount" or (asked == "date" and answer.features.get("table")))
                and not in_parts
            ):
                answer = self._measures_in_full(answer, phrased, understood.share_classes)
            if answer.answered and asked == "list":
                answer = _enumerated(answer)
            if answer.answered:
                answer = _fitted(answer)
            if answer.answered and answer.items and answer.citations:
                answer = self._defined_names(answer)
        except _ScopeError as err:
            answer = Answer.failure(clean_question(question), str(err))
        return replace(answer, seconds=time.perf_counter() - started)

    def _defined_names(self, answer: Answer) -> Answer:
        """An answer whose items are names its filing defines short ("the Commodity Strategy
        Fund" for "Vanguard Commodity Strategy Fund (the “Commodity Strategy Fund”)") with the
        name in full."""
        doc = answer.citations[0].doc
        items = [self._defined_name(doc, i) or i for i in answer.items]
        return answer if items == list(answer.items) else replace(answer, items=tuple(items))

    def _defined_name(self, doc: str, item: str) -> str | None:
        """The full name a filing defines a short name by ("X Fund (the “Fund”)"), when the
        full name holds every word of the short one; None when it defines none."""
        if not DEFINABLE_RE.fullmatch(item):
            return None
        quoted = (f"“{item}”", f'"{item}"')
        for p in self._passages(doc):
            if item not in p.text or not any(q in p.text for q in quoted):
                continue
            m = _defined_as_re(item).search(p.text)
            if m is None:
                continue
            full = m.group(1)
            if full != item and set(item.lower().split()) <= set(full.lower().split()):
                return full
        return None

    def _holds_each_part(
        self, whole: Answer, parts: tuple[str, str], doc: str | None, fund: str | None
    ) -> bool:
        """Whether one answer holds what each of two parts asking values of one type finds on
        its own ("the daily maximum for online purchases, and for check redemptions?": two
        amounts of the whole answer are not both parts' when the purchases' own maximum is not
        among them); a part its own asking does not answer leaves the whole answer as it is."""
        kinds = {understand(p).answer_type for p in parts}
        if len(kinds) != 1 or not kinds <= SURE_SPAN_TYPES:
            return True
        said = " ".join([CITE_MARK_RE.sub("", whole.answer), *whole.items])
        for part in parts:
            alone = self._ask(part, doc, fund, None)
            if alone.answered and alone.items and not any(i in said for i in alone.items):
                return False
        return True

    def _in_parts(
        self, whole: Answer, parts: tuple[str, str], doc: str | None, fund: str | None
    ) -> Answer:
        """A two-part question no one passage answers ("Who is the new co-manager, and whose
        biography is replaced?"), asked part by part, the second as a follow-up of the first.
        Both parts answered make one answer; when the filings hold only one part, the engine
        still abstains (a half answer is no answer) and says what it found and what it did not.
        """
        talk = Conversation()
        first = self._ask(parts[0], doc, fund, talk)
        # the second part asks about what the first found: in the filing that says it
        where = first.citations[0].doc if first.answered and first.citations else doc
        second = self._ask(_with_antecedent(parts[0], parts[1]), where, fund, talk)
        # "when?", "as of what date?": of what the first part found, when its sentence says it
        bare = len(content_terms(parts[1])) <= 1 and _said_beside_item(first, parts[1])
        if first.answered and (not second.answered or bare) and _says_second_part(first, parts[1]):
            # "who has managed it the longest, and since what date?": the first part's answer
            # says the date too
            return replace(first, question=whole.question)
        beside = (
            _beside_in_citation(first, parts[1])
            if first.answered and len(content_terms(parts[1])) <= 1
            else None
        )
        if beside is not None:
            # "who became the portfolio managers, and on what date?": the sentence of the cited
            # passage that names them says when ("Effective September 30, 2013, X and Y are ...")
            text, n = beside
            text = FOOTNOTE_LEAD_RE.sub("", text)  # ("1 Messrs. X and Y became ...")
            said = f"{first.answer.rstrip()} {text} [{n}]"
            if len(CITE_MARK_RE.sub("", said)) <= compose.MAX_ANSWER_CHARS:
                found = [v for v in spans.of_type(understand(parts[1]).answer_type, text)]
                return replace(
                    first,
                    question=whole.question,
                    answer=said,
                    items=(*first.items, *(v for v in found if v not in first.items)),
                )
        if first.answered and second.answered:
            shift = len(first.citations)
            moved = tuple(replace(c, n=c.n + shift) for c in second.citations)
            text = CITE_NUMBER_RE.sub(lambda m: f"[{int(m.group(1)) + shift}]", second.answer)
            said = f"{first.answer.rstrip()} {text}"
            if len(CITE_MARK_RE.sub("", said)) > compose.MAX_ANSWER_CHARS:
                said = f"{_part_trimmed(first.answer, parts[0])} {_part_trimmed(text, parts[1])}"
            return replace(
                first,
                question=whole.question,
                answer=said,
                items=(*first.items, *(i for i in second.items if i not in first.items)),
                citations=(*first.citations, *moved),
                checks=(*first.checks, *second.checks),
                confidence=min(first.confidence, second.confidence),
            )
        # (an answer to the whole that holds one part only is that part's answer)
        done = (
            first
            if first.answered
            else second
            if second.answered
            else whole
            if whole.answered
            else None
        )
        if done is None:
            return whole
        missing = (parts[0] if done is second else parts[1]).rstrip("?").strip()
        found = CITE_MARK_RE.sub("", done.answer).strip()
        text = f"{NOT_FOUND} in full: “{missing}” is not stated. Found for the rest: {found}"
        return replace(
            whole, answered=False, answer=text, items=(), citations=(), related=done.citations
        )

    def _entries_of(self, doc: str) -> list[tuple[dated_entries.Entry, Passage]]:
        """The filing's list of funds' documents by date ("X Fund, dated May 31, 2006 ..."),
        read from its opening passages once (kept for the last few filings asked about)."""
        return _kept(
            self._dated_lists,
            doc,
            DEFINITIONS_KEPT,
            lambda: [
                (e, p)
                for p in self._passages(doc)[:DATED_LIST_PASSAGES]
                for e in dated_entries.read(p.text)
            ],
        )

    def _dated_documents(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """Questions a filing's list of funds' documents by date answers: which funds'
        documents bear a date ("which funds have SAIs dated September 29, 2006?"), and the date
        of one fund's document ("the date of the X Trust SAI?"); a fund the list leaves out,
        or a date none bears, is said to be so, not answered with the list's other dates."""
        dated = _dated_asked(q)
        named = dated_entries.NAMED_FUND_RE.findall(DATE_RE.sub(" ", q))
        asks_date = u.intent == "dates" and DOCUMENT_NOUN_RE.search(q) is not None
        if dated is None and not (asks_date and named):
            return None
        entries = self._entries_of(doc)
        if not entries:
            return None
        passages = list(dict.fromkeys(p for _, p in entries))
        if dated is not None and (u.intent == "funds" or WH_FUNDS_RE.search(q)):
            asked = dated
            keep = [(e, p) for e, p in entries if dated_entries.same_date(e.date, asked)]
            words, _ = filing_funds_narrowed(q)
            names = _narrowed([e.name for e, _ in keep], words, None)
            keep = [(e, p) for e, p in keep if e.name in names]
            if not keep:
                return self._not_listed(
                    q,
                    u,
                    f"none of the {len(entries)} documents the filing lists by fund is "
                    f"dated {asked}",
                    passages,
                )
            return self._listed(
                q, u, [(e.name, p) for e, p in keep], f"The documents dated {asked} are of"
            )
        if not asks_date or dated is not None:
            return None
        found: list[tuple[dated_entries.Entry, Passage]] = []
        for name in dict.fromkeys(n.strip() for n in named):  # each fund named, in order
            match = next(
                (
                    (e, p)
                    for e, p in entries
                    # the name whole, or all of it the question writes ("Japan Fund")
                    if verify.has_phrase(verify.words(e.name), verify.words(name).strip())
                ),
                None,
            )
            if match is None:
                return self._not_listed(
                    q,
                    u,
                    f"the {name} is not among the {len(entries)} funds whose documents the "
                    "filing lists",
                    passages,
                )
            found.append(match)
        said = "; ".join(f"the {e.name} document is dated {e.date}" for e, _ in found)
        return self._read(
            q,
            u,
            said[:1].upper() + said[1:],
            list(dict.fromkeys(e.date for e, _ in found)),
            list(dict.fromkeys(p for _, p in found)),
            0.9,
            "listed",
        )

    def _respectively_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """An amount asked for share classes, read from a sentence of the best passages that
        gives the measure asked class by class "respectively"; None when no sentence names
        the measure and every class asked."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        for hit in self._hits(u, scope)[:RESPECTIVELY_PASSAGES]:
            if not respectively.RESPECTIVELY_RE.search(hit.passage.text):
                continue
            if scope.fund is not None and self._under_other_fund(hit.passage, scope.fund):
                continue  # (another fund's limits, of a supplement of several funds)
            for _, sentence in split_sentences(hit.passage.text):
                found = respectively.pairs(sentence)
                if not found or not self._says_measure(q, u, scope, sentence):
                    continue
                # the classes asked, and those of the sentence the question names by their
                # own word only ("the Institutional and Investor Shares")
                written = set(WORD_RE.findall(q.lower()))
                classes = list(u.share_classes) + [
                    c
                    for c, _ in found
                    if not any(respectively.same_class(c, a) for a in u.share_classes)
                    and respectively.class_word(c) in written
                ]
                picked = [
                    next((v for c, v in found if respectively.same_class(c, asked)), None)
                    for asked in classes
                ]
                if any(v is None for v in picked):
                    continue
                said = compose.join_names(
                    [f"{v} for {c}" for v, c in zip(picked, classes, strict=True)]
                )
                # what the sentence says of them all after "respectively" ("through May 1,
                # 2026"), when short
                after = respectively.RESPECTIVELY_RE.split(sentence, 1)[-1].strip(" ,.")
                if after and len(after) <= RESPECTIVELY_TAIL_CHARS:
                    said = f"{said}, {after}"
                return self._read(
                    q, u, said, [v for v in picked if v], [hit.passage], 0.9, "respectively"
                )
        return None

    def _says_measure(self, q: str, u: Understanding, scope: Scope, sentence: str) -> bool:
        """Whether a sentence says the measure an amount question asks: its measure word,
        and all but one of the question's other words (fund names, share classes and filler
        aside), itself or in the filings' words for them ("the minimum initial investment" is
        not "limit expenses to ...")."""
        if not compose.measures_match(u, sentence):
            return False
        context = self._context_words(scope, [], q)
        context |= {w.lower() for c in SHARE_CLASS_RE.findall(q) for w in c.split()}
        asked = [t for t in u.terms if t not in context and not t.isdigit()]
        missing = [t for t in asked if not _said_any(frozenset({stem(t)}), sentence)]
        return len(missing) <= (1 if len(asked) >= MEASURE_WORDS_SLACK_FROM else 0)

    def _form_code(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """The form code a filing prints at its top or foot: the one at the end the question
        names, the filing's only one, or, of several (a filing of several supplements), the
        one whose passage and the few above it say most of what the question is about ("which
        supplement code follows the notice that changes paragraph 4?"); None when none is
        printed or none is told apart."""
        found = form_codes.codes(self._passages(doc))
        if not found:
            return None
        end = form_codes.end_asked(q)
        if end is not None or len({c for c, _ in found}) == 1:
            code, passage = found[-1] if end == "bottom" else found[0]
        else:
            asked = set(u.stems) - FORM_CODE_FRAME
            best, code, passage = 0, "", found[0][1]
            for c, p in found:
                near = [self.snap.passage(doc, o) for o in range(max(0, p.ordinal - 3), p.ordinal)]
                told: set[str] = set(stems_of(p.text))
                for n in near:
                    if n is not None:
                        told |= stems_of(n.text)
                score = len(asked & told)
                if score > best:
                    best, code, passage = score, c, p
            if not code:
                return None
        return self._read(q, u, f"The form code is {code}", [code], [passage], 0.9, "code")

    def _heading_named(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """The heading a question asks for ("Under which heading is the new eligibility
        section added?"): of the headings the filing's sentences name, the one whose sentence,
        with the text it introduces ("... is amended to include the following:" and the
        passages after it), says most of what the question is about; None when no sentence
        says at least half of it. A heading the question names itself is no answer."""
        asked = set(u.stems) - headings.frame_stems()
        if not asked:
            return None
        said = verify.words(q)
        # the kind of part asked ("which sub-section", "which paragraph"): of sentences that
        # say as much of the rest, the one that calls its part so
        kinds = {_part_kind(w) for w in WORD_RE.findall(q.lower())} & PART_KINDS
        passages = list(self._passages(doc))
        best: tuple[float, list[str], list[Passage]] | None = None
        for i, p in enumerate(passages):
            if not headings.cue(p.text):
                continue
            for _, sentence in split_sentences(p.text):
                titles = [
                    t
                    for t in headings.titles(sentence)
                    if not verify.has_phrase(said, verify.words(t).strip())
                ]
                if not titles:
                    continue
                cited = [p]
                context = set(stems_of(sentence))
                if INTRODUCES_RE.search(sentence):  # the text it introduces
                    for after in passages[i + 1 : i + 1 + HEADING_FOLLOWING]:
                        if headings.cue(after.text) and any(
                            headings.titles(t) for _, t in split_sentences(after.text)
                        ):
                            break
                        more = stems_of(after.text)
                        if asked & more - context:
                            cited.append(after)
                        context |= more
                share = len(asked & context) / len(asked)
                if share >= HEADING_MIN_SHARE and kinds:
                    own = {_part_kind(w) for w in WORD_RE.findall(sentence.lower())}
                    share += PART_KIND_WEIGHT * len(kinds & own)
                if share >= HEADING_MIN_SHARE and (best is None or share > best[0]):
                    best = (share, titles, cited)
        if best is None:
            return None
        _, titles, cited = best
        said_titles = ", in ".join(f"“{t}”" for t in titles)
        answer = self._read(q, u, said_titles, titles, cited[:2], 0.9, "heading")
        # (a part of the documents, as the parts a filing changes: no earlier state asked)
        return replace(answer, features={**answer.features, "parts": 1.0})

    def _changed_parts(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """Which parts of its documents a filing replaces, amends or deletes: the titles (and
        pages) its announcing sentences name ("The following replaces the Portfolio Managers
        section on page 5 of the prospectus."), each cited to its sentence's passage."""
        found: dict[str, Passage] = {}
        said = verify.words(q)
        for p in self._passages(doc):
            if amended_parts.CHANGE_VERB_RE.search(p.text) is None:
                continue  # (most passages change nothing: not split into sentences)
            for _, sentence in split_sentences(p.text):
                for part in amended_parts.read(sentence):
                    if part.within is None and verify.has_phrase(
                        said, verify.words(part.title).strip()
                    ):
                        # "which part of the X section is replaced?": a part within one it
                        # names (a paragraph, a table), asked of the sentence as any question
                        return None
                    found.setdefault(part.label, p)
        if not found:
            return None
        if FUND_POSSESSOR_ASKED_RE.search(q):
            # "which fund's Portfolio Managers section does it change?": the fund a changed
            # part stands under, as the filing's headings name it
            funds = set(self.snap.docs[doc].meta.funds)
            owners = {
                f: p
                for p in found.values()
                for f in p.section
                if f in funds or verify.FUND_NAME_END_RE.search(f)
            }
            if not owners:
                return None
            parts = ", ".join(f"“{t}”" for t in found)
            said = f"The filing changes {parts} of {compose.join_names(list(owners))}"
            # (cited with the cover, which says which documents the part is of)
            cited = list(dict.fromkeys([*owners.values(), *self._passages(doc)[:1]]))
            listed = self._read(q, u, said, list(owners), cited, 0.9, None)
        else:
            listed = self._listed(q, u, list(found.items()), "The filing changes")
        return replace(listed, features={**listed.features, "parts": 1.0}) if listed else None

    def _not_listed(
        self, q: str, u: Understanding, why: str, passages: Sequence[Passage]
    ) -> Answer:
        """An abstention that says what the filing's list holds instead."""
        related, _ = self._cite(passages)
        return Answer(
            question=q,
            answered=False,
            answer=f"{NOT_FOUND}: {why}.",
            intent=u.intent,
            related=related,
        )

    def _measures_in_full(self, answer: Answer, q: str, classes: Sequence[str] = ()) -> Answer:
        """An answer to a question asking several measures together ("annualized volatility
        and annualized total return") that says only some: each measure left out is read from
        a sentence of the cited passages that names it and states an amount, else the answer is
        withheld, saying what was found and what is not stated (a half answer is no answer).
        ``classes``: the share classes the question asks about (an amount said of another class
        is no value of a measure asked)."""
        if answer.features.get("table") and understand(q).answer_type == "amount":
            return answer  # (a table's rows are read measure by measure: _table_answer)
        parts = _measure_parts(q)
        if len(parts) < 2 or any(WH_WORD_RE.search(p) for p in parts[1:]):
            # ("Once X is added, what is ...?", "..., and if so what is ...?": no measures)
            return answer
        said = " ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
        own = _measure_words(q, parts)
        missing = [i for i, words in enumerate(own) if words and not _said_any(words, said)]
        timed = sum(bool(words & TIME_NOUN_STEMS) for words in own)
        shown = CITE_MARK_RE.sub("", answer.answer)
        amounts = find_amounts(shown)
        # (an amount said of another class than the one asked is no value of a measure asked:
        # "$1,000 to purchase Investor Class shares" for the Institutional Class)
        other = {
            a.text
            for k, a in enumerate(amounts)
            if _of_other_class(
                shown[a.end : amounts[k + 1].start if k + 1 < len(amounts) else None], classes
            )
        }
        counted = {a.text for a in find_amounts(said)} - other
        values = len(counted) + min(timed, len(find_dates(said)))
        if not missing or values >= len(parts):
            # (as many values as measures, "worst quarter and its return?" a date and an
            # amount: each may be said in other words)
            return answer
        added: list[tuple[str, int]] = []
        for i in missing:
            found = next(
                (
                    (t, c.n)
                    for c in answer.citations
                    for _, t in split_sentences(c.text)
                    if _said_any(own[i], t) and find_amounts(t) and t not in said
                ),
                None,
            )
            if found is None:
                lacking = parts[i].rstrip("?").strip()
                text = (
                    f"{NOT_FOUND} in full: “{lacking}” is not stated with the rest. "
                    f"Found: {CITE_MARK_RE.sub('', answer.answer).strip()}"
                )
                return replace(
                    answer,
                    answered=False,
                    answer=text,
                    items=(),
                    related=answer.citations,
                    citations=(),
                )
            added.append(found)
        more = " ".join(f"{t} [{n}]" for t, n in dict.fromkeys(added))
        text = f"{answer.answer.rstrip()} {more}"
        if len(CITE_MARK_RE.sub("", text)) > compose.MAX_ANSWER_CHARS:
            return answer
        amounts = [a.text for t, _ in added for a in find_amounts(t)]
        items = (*answer.items, *(a for a in dict.fromkeys(amounts) if a not in answer.items))
        return replace(answer, answer=text, items=items)

    # ---------------------------------------------------------------- steps
    def _ask(
        self, question: str, doc: str | None, fund: str | None, context: Conversation | None
    ) -> Answer:
        typed = clean_question(question)
        if not typed or (not content_terms(typed) and not typed.strip("?! .")):
            return Answer.failure(
                typed, "empty question: type a question about the indexed filings"
            )
        # "Name the fund's PMs." is read as "What are the fund's portfolio managers?"
        phrased = rephrase(typed)
        capitals = {w.lower() for w in TICKER_TOKEN_RE.findall(phrased)}  # tickers, acronyms
        fixes = retrieve.corrections(
            self.snap, [w for w in content_terms(phrased) if w not in capitals]
        )
        q = self._acronyms_spelt(self._initials_spelt(_corrected(phrased, fixes), doc), doc)
        persons = self._link_people(q)
        funds = self._link_funds(q, doc) if fund is None else [fund]
        last = context.last() if context else None
        followup = bool(last and is_followup(q))
        u = understand(q, has_person=bool(persons), names=_written_cores(q, funds))
        if context is not None and last is not None and followup:
            persons, funds, doc, u = self._resolve_followup(q, u, context, persons, funds, doc)
        for ticker in TICKER_TOKEN_RE.findall(q):  # "VAGIX": the fund it stands for
            fact = self.tickers.get(ticker)
            if fact is not None and fund is None:
                funds = [fact.subject, *(f for f in funds if f != fact.subject)]
        scope = self._scope(doc, fund, funds, q)
        scope = replace(
            scope,
            names=tuple(
                dict.fromkeys([*funds, *(n for n in spans.funds(q) if len(n.split()) >= 3)])
            ),
            entity_keys=self._entity_keys(persons, funds),
        )
        named = _named_part(q) or _named_part(_corrected(typed, fixes))
        part = self._part_passages(scope, named[0]) if named is not None else []
        placed = (
            self._ask_within(typed, named[1], scope, part, persons, funds)
            if named is not None and part
            else None
        )
        if placed is not None:
            # "Per Credit Risk, how can securities lose value ...?": the rest of the question,
            # answered from that part of the filing
            return placed
        risk_part = NAMED_RISK_PART_RE.search(q) if named is None else None
        if (
            risk_part is not None
            and scope.docs is not None
            and len(scope.docs) <= TABLE_DOCS_MAX
            and not self._part_passages(scope, risk_part.group("name"))
        ):
            # "What does the money fund's Market Risk paragraph say?" of a filing with no
            # paragraph of that name: a sentence that mentions market risk is not it
            name = risk_part.group("name")
            return Answer(
                question=typed,
                answered=False,
                answer=f"{NOT_FOUND}: no part of the filing{'s' if len(scope.docs) > 1 else ''} "
                f"in scope is headed “{name}”.",
                intent=u.intent,
            )
        if named is not None and _names_a_list_only(named[0]):
            # "Per the Principal Risks section, what risks are debt obligations subject to?":
            # a part named by words any list's title has says where, not what: the rest asked
            rest = self._ask(named[1], doc, fund, context)
            return replace(rest, question=typed)
        unknown = self._unknown_fund(q, (doc,) if doc else None)
        if unknown:
            answer = Answer(
                question=q,
                answered=False,
                answer=f"{NOT_FOUND}: no indexed filing{' in scope' if doc else ''} "
                f"mentions the {unknown}.",
                intent=u.intent,
            )
        else:
            answer = self._compose(q, u, scope, persons, funds)
            if answer.answered:
                verified = self._verified(q, u, answer, persons, funds, corpus_wide=doc is None)
                if not verified.answered:
                    # a candidate the evidence does not bear out: the next ones (the best
                    # sentences) are checked the same way, and the first borne out answers
                    found, _ = self._sentence_candidates(q, u, scope, persons, CANDIDATES)
                    for other in found:
                        if other.answer == answer.answer:
                            continue
                        checked = self._verified(q, u, other, persons, funds)
                        if checked.answered:
                            verified = checked
                            break
                answer = verified
            excluded = _excluded_case_check(q, answer) if answer.answered else None
            if excluded is not None:
                # "(not on a systematic purchase plan)": the best answer speaks of the case set
                # aside; the next ones answer the rest of the question, not the case asked
                answer = _withheld(
                    replace(answer, checks=(*answer.checks, excluded)),
                    f"{NOT_FOUND}: the closest passages (listed below) do not "
                    + verify.DESCRIBE[excluded.kind].format(value=excluded.value)
                    + ".",
                    0.0,
                )
            if not answer.answered and WHO_MANAGES_RE.match(q) and not persons:
                # "who manages the fund's investments?" of a filing that names no portfolio
                # manager: "who" may be the firm ("investments are managed by X, LLC")
                as_firm = replace(u, answer_type="org", intent="adviser")
                firm = self._compose(q, as_firm, scope, persons, funds)
                if firm.answered:
                    firm = self._verified(q, as_firm, firm, persons, funds)
                if firm.answered:
                    answer, u = firm, as_firm
            if answer.answered:
                answer = self._calibrated(u, answer, doc is not None)
        if fixes:
            answer = _with_corrections(answer, typed, fixes)
        elif phrased != typed:
            answer = replace(answer, question=typed)  # the question as asked
        if context is not None:
            context.remember(
                Turn(
                    question=q,
                    intent=u.intent,
                    persons=tuple(persons),
                    funds=tuple(funds),
                    items=answer.items,
                    doc=doc,
                    understanding=u,
                )
            )
        return answer

    def _part_passages(self, scope: Scope, name: str) -> list[Passage]:
        """The passages of the part of the filings in scope a name heads: a paragraph it leads
        ("Credit Risk. This is the risk that ..."), or the passages under a heading of that name;
        [] when the scope is not a few filings or no part has the name."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return []
        key = verify.words(name).strip()
        if len(key.split()) < NAMED_PART_MIN_WORDS:
            return []
        out: list[Passage] = []
        first = key.split()[0]
        # "the Small-Capitalization Company risk" of a lead-in "Small-Capitalization Company:"
        # under a heading of risks: the word the list's heading says for all
        bare = key.removesuffix(" risk") if key.endswith(" risk") else None
        headed: dict[str, bool] = {}  # a heading -> whether it is the name (read once each)
        for doc in scope.docs:
            passages = self._passages(doc)
            for i, p in enumerate(passages):
                lead = PART_LEAD_RE.match(p.text) if first in p.text[:20].lower() else None
                led = verify.words(lead.group(1)).strip() if lead is not None else None
                if led is not None and (
                    led == key or (led == bare and any("risk" in t.lower() for t in p.section))
                ):
                    # the paragraph it leads, and what stands under it: bullets (which may
                    # break it out: "Swaps Risk. ..."), paragraphs led by no name of their own
                    out.append(p)
                    for q in passages[i + 1 : i + NAMED_PART_PASSAGES]:
                        if q.section != p.section or (
                            q.kind != "bullet" and PART_LEAD_RE.match(q.text) is not None
                        ):
                            break
                        out.append(q)
                elif p.section:
                    title = p.section[-1]
                    if title not in headed:
                        headed[title] = verify.words(title).strip() == key
                    if headed[title]:
                        out.append(p)
        return out[:NAMED_PART_PASSAGES]

    def _ask_within(
        self,
        typed: str,
        rest: str,
        scope: Scope,
        part: Sequence[Passage],
        persons: list[str],
        funds: list[str],
    ) -> Answer | None:
        """The rest of a question that places itself in a named part of a filing, answered
        from sentences of that part only (checked and calibrated like any answer); None when
        none holds (the whole question is then asked as any other)."""
        u = understand(rest, has_person=bool(persons), names=_written_cores(rest, funds))
        # a word the part never uses is how the question puts it ("what could go wrong"), not
        # what an answer must say; with none of its words left, the part holds no answer
        # (a word the part says in other words, "cut" as "reduced", is what an answer says)
        said = set(retrieve.analyse(" ".join(p.text for p in part)))
        terms = tuple(
            t
            for t in u.terms
            if any(
                tok in said or said.intersection(compose.SYNONYMS.get(tok, ()))
                for tok in retrieve.analyse(t)
            )
        )
        withheld: Answer | None = None  # a verified answer below the model's certainty
        content = verify.word_set("part_content", "words")
        if not terms and u.terms and all(t.lower() in content for t in u.terms):
            # "what's the danger described?": what the part says, its opening
            lead = part[0]
            opening = self._read(rest, u, compose.trim(lead.text), [], [lead], 0.9, "part")
            if opening is not None:
                answer = self._calibrated(u, opening, scope.docs is not None)
                if answer.answered:
                    return replace(answer, question=typed)
                withheld = answer
        if not terms:
            return replace(withheld, question=typed) if withheld is not None else None
        u = replace(u, terms=terms)
        if u.answer_type == "list":
            # "which risks does Derivatives Risk break out?": the names leading its bullets
            broken = [
                (lead.group(1).strip(), p)
                for p in part[1:]
                if p.kind == "bullet" and (lead := PART_LEAD_RE.match(p.text)) is not None
            ]
            if len(broken) >= 2:
                head = PART_LEAD_RE.match(part[0].text)
                title = head.group(1).strip() if head else part[0].section_label
                listed = self._listed(rest, u, broken, f"{title} lists")
                if listed is not None:
                    listed = replace(listed, features={**listed.features, "part": 1.0})
                    answer = self._calibrated(u, listed, scope.docs is not None)
                    if answer.answered:
                        return replace(answer, question=typed)
                    withheld = withheld or answer
        inside = replace(scope, within=tuple((p.doc, p.ordinal) for p in part))
        if part_names.asked(rest) is not None:
            # "Per the Principal Risks section, which risk deals with X?": a part within it
            named = self._part_named_answer(rest, inside, persons, funds)
            if named is not None:
                return replace(named, question=typed)
        found, _ = self._sentence_candidates(rest, u, inside, persons, CANDIDATES)
        for candidate in found:
            candidate = replace(candidate, features={**candidate.features, "part": 1.0})
            checked = self._verified(rest, u, candidate, persons, funds)
            if checked.answered:
                answer = self._calibrated(u, checked, scope.docs is not None)
                if answer.answered:
                    return replace(answer, question=typed)
                withheld = withheld or answer
        # what the named part says, below certainty, is not made an answer by the rest of the
        # filing: the question asked of that part
        return replace(withheld, question=typed) if withheld is not None else None

    def _verified(
        self,
        q: str,
        u: Understanding,
        answer: Answer,
        persons: list[str],
        funds: list[str],
        corpus_wide: bool = False,
    ) -> Answer:
        """The answer with the checks of every constraint the question states; an abstention
        showing the same passages when the evidence does not bear one of them out. Asked of
        the whole corpus, the answer's filing must write the fund family the question names."""
        wanted = verify.constraints(
            q,
            funds=funds,
            persons=[*persons, *self._unknown_people(q, persons)],
            # a fund-level fact (who manages it, its objective) holds for each of its classes
            # (and a filing's own code or heading, of whatever classes it is about)
            share_classes=()
            if u.intent in FUND_LEVEL_INTENTS or u.answer_type in ("code", "heading")
            else u.share_classes,
            dates=spans.dates(q),
            amounts=[a for a in spans.amounts(q) if not _counts_what_is_asked(a, q)],
            fund_spans=spans.funds(q),
            target_person=u.answer_type == "person" or u.intent == "managers",
            # (the parts a filing changes are read from its instructions to the reader, "The
            # following replaces the X section": no change of what the parts say is asked)
            relation=u.detail != "previous"
            and not answer.features.get("parts")
            # ("which funds' closed fund policies are replaced?": a part of the documents, which
            # the supplement's own instruction replaces; "on which page is X replaced?" too)
            and not DOCUMENT_PART_CHANGED_RE.search(q)
            and u.answer_type != "page",
            of_amount=u.answer_type in verify.VALUE_TARGETS,
            measured=u.answer_type in MEASURED_ANSWERS,
            replacement=u.answer_type != "page",
            # a fund a cited filing names only as the other side of a reorganization is asked
            # by its name less the family's words too ("the Small Cap Core Fund"): what the
            # filing says of its own fund is no answer about it
            also_named={
                f
                for f in funds
                if any(  # (most filings name no counterparty: the cheap test first)
                    (rec := self.snap.docs.get(c.doc)) is not None and _counterparty(f, rec.meta)
                    for c in answer.citations
                )
                and verify.stated_unbranded(f, q)
            },
        )
        # (a table's notes are read only when they can tell the earlier amount apart)
        notes = any(c.kind == "value_relation" and verify.asks_earlier_value(c) for c in wanted)
        evidence = [self._evidence(c, funds, notes) for c in answer.citations]
        checks = verify.verify(
            wanted,
            evidence,
            answer.items,
            self._person_words,
            said=CITE_MARK_RE.sub("", answer.answer),
            above_counts=not answer.features.get("sentence"),
        )
        typed = self._typed_check(q, u, answer)
        if typed is not None:
            checks = (*checks, typed)
        family = self._family_check(q, answer) if corpus_wide else None
        if family is not None:
            checks = (*checks, family)
        for extra in (
            _row_fund_check(q, u, answer, funds),
            _earlier_side_check(q, u, answer),
            _replaced_side_check(q, u, answer, self._cited_changes),
            _echo_check(q, answer),
            _item_echo_check(q, u, answer),
            _choice_check(q, answer),
            _bound_side_check(q, u, answer),
            _time_party_check(q, u, answer),
            _dated_role_check(q, u, answer),
            _joined_date_check(q, u, answer),
            _joining_date_check(q, u, answer),
            _period_side_check(q, answer),
            _after_end_check(q, answer),
            _assumed_check(q, answer),
            _named_head_check(q, answer),
            _item_person_check(u, persons, answer),
            _holding_check(q, u, answer),
            _period_unit_check(q, u, answer),
            _negated_check(q, u, answer),
            _named_risk_check(
                q,
                answer,
                # (the funds named, and those of the filings cited: "Vaughan Nelson Select
                # REITs risk" names the filing's fund, then its risk)
                [
                    *funds,
                    *(
                        f
                        for d in dict.fromkeys(c.doc for c in answer.citations)
                        if d in self.snap.docs
                        for f in self.snap.docs[d].meta.funds
                    ),
                ],
            ),
            _event_check(q, u, answer),
            _approval_date_check(q, u, answer),
            _decision_check(q, u, answer),
            _old_text_check(q, answer),
            _document_date_check(q, u, answer),
            self._document_kind_check(q, u, answer),
            _page_document_check(q, u, answer),
            _account_kind_check(q, u, answer),
            _method_check(q, u, answer),
            _only_for_check(answer, funds),
            _consent_check(q, answer),
            _actual_amount_check(q, u, answer),
            _successor_check(q, u, answer),
            _limit_check(q, u, answer),
            _rate_period_check(q, u, answer),
            _funds_named_check(q, u, answer),
            _trust_asked_check(
                q,
                answer,
                [
                    self.snap.docs[c.doc].meta.trust or ""
                    for c in answer.citations
                    if c.doc in self.snap.docs
                ],
            ),
            self._quarter_check(q, u, answer),
            self._title_at_check(q, answer),
            _role_verb_check(q, answer),
            _becoming_check(q, u, answer),
            _end_date_check(q, u, answer),
            _dated_event_check(q, u, answer),
            self._header_check(answer),
            _cover_check(answer),
            _meaning_check(q, answer),
            _reason_check(q, answer),
            _holder_check(q, answer),
        ):
            if extra is not None:
                checks = (*checks, extra)
        if u.intent == "managers" or u.answer_type == "person":
            checks = tuple(self._managed_fund(c, q, answer) for c in checks)
        people = u.intent == "managers" or u.answer_type == "person"
        checks = (*checks, *self._org_checks(q, funds, answer, people))
        sibling = self._sibling_fund_check(q, funds, answer)
        if sibling is not None:
            checks = (*checks, sibling)
        failed = verify.failed(checks)
        if not failed:
            return replace(answer, checks=checks) if checks else answer
        first = failed[0]
        what = verify.DESCRIBE[first.kind].format(value=first.value)
        text = f"{NOT_FOUND}: the closest passages (listed below) do not {what}."
        return _withheld(replace(answer, checks=checks), text, 0.0)

    def _cited_changes(self, answer: Answer) -> list[clauses.Change]:
        """The changes the sentences of an answer's cited passages state."""
        cited = [p for c in answer.citations if (p := self.snap.passage_at(c.doc, c.line_start))]
        if not cited:
            return []
        return clauses.read(cited, {d: self._definitions(d) for d in {p.doc for p in cited}})

    def _title_at_check(self, q: str, answer: Answer) -> Check | None:
        """A title asked as held at a firm or group the index does not know as a firm ("What is
        X's role at the Portfolio Solutions Group?") is one a passage the answer cites gives
        beside it: a failed check when neither the answer nor a cited passage names it (its
        first word)."""
        at = compose.TITLE_AT_RE.search(q)
        if at is None or self.linker.link(q, kinds={"org"}):
            return None  # (a firm the index knows is checked with its other names: _org_checks)
        firm = at.group(1)
        if firm in answer.answer:
            return None
        for c in answer.citations:
            p = self.snap.passage_at(c.doc, c.line_start)
            if p is not None and firm in p.text:
                return None
        named = CAPITALISED_RUN_RE.match(q, at.start(1))
        return Check("org", named.group(0) if named else firm, None, False)

    def _quarter_check(self, q: str, u: Understanding, answer: Answer) -> Check | None:
        """A quarter's value asked ("the highest quarterly return", "the worst quarter") is one
        a cited passage says of a quarter ("Highest Quarterly Return: Second Quarter 2020,
        25.72%"), not a row of annual returns whose table merely follows that line: a failed
        check when neither the answer nor a passage it cites speaks of a quarter."""
        if u.answer_type not in ("amount", "date") or not QUARTERLY_ASKED_RE.search(q):
            return None
        if QUARTERLY_ASKED_RE.search(answer.answer):
            return None
        for c in answer.citations:
            p = self.snap.passage_at(c.doc, c.line_start)
            if p is not None and QUARTERLY_ASKED_RE.search(p.text):
                return None
        return Check("subject", "a quarter", None, False)

    def _document_kind_check(self, q: str, u: Understanding, answer: Answer) -> Check | None:
        """The date of a document of one kind ("the date of the SAI", "what is the summary
        prospectus dated?") is one its passage ties to a name of that kind: before the date in
        its sentence ("... TO THE PROSPECTUS FOR X FUND DATED AUGUST 31, 2012" dates a
        prospectus, not an SAI), right after it ("SEPTEMBER 29, 1999 STATEMENT OF ADDITIONAL
        INFORMATION"), or, for a date "dated" in a list, as the nearest document named above it
        ("TO THE STATEMENTS OF ADDITIONAL INFORMATION OF: X Fund, dated May 31, 2006; Y Fund,
        dated ..."). "Replacement language effective 9/30/13" dates no document. A failed check
        when no date of the answer is so tied, None when the question asks no document's date."""
        kind = _document_kind_asked(q, u)
        if kind is None:
            return None
        texts = [
            p.text
            for c in answer.citations
            if (p := self.snap.passage_at(c.doc, c.line_start)) is not None
        ]
        for date, sentence, at in _answer_dates(answer):
            places = [(t, i) for t in texts if (i := t.casefold().find(date.casefold())) >= 0] or (
                [(sentence, at)] if at >= 0 else []
            )
            if any(_dates_document(kind, t[:i], t[i + len(date) :]) for t, i in places):
                return None
        return Check("subject", f"the date of the {kind}", None, False)

    def _header_check(self, answer: Answer) -> Check | None:
        """A table's header row is no answer ("Recipient | Frequency | Delay Before
        Dissemination" for the delay of a recipient the table does not list): an answer that is
        one cited row, none of its cells a value, with a row of values right below it."""
        said = " ".join(CITE_MARK_RE.sub("", answer.answer).split())
        if tables.CELL_SPLIT not in said or len(answer.citations) != 1:
            return None
        cited = answer.citations[0]
        row = self.snap.passage_at(cited.doc, cited.line_start)
        if row is None or row.kind != "row" or " ".join(row.text.split()) != said:
            return None
        cells = tables.cells_of(row)
        if any(tables.is_value(c) for c in cells):
            return None
        below = self.snap.passage(cited.doc, row.ordinal + 1)
        if below is None or below.kind != "row":
            return None
        if not any(tables.is_value(c) for c in tables.cells_of(below)):
            return None
        return Check("header", "a table's header row", None, False)

    def _managed_fund(self, check: Check, q: str, answer: Answer) -> Check:
        """A fund check of a question about people, made strict: in a filing covering several
        funds, a cited passage that names another of them (one the question does not name) and
        not the fund asked about speaks of that other fund's people."""
        if check.kind != "fund" or not check.ok or check.citation is None:
            return check
        citation = answer.citations[check.citation - 1]
        if verify.stated(check.value, citation.text):
            return check
        named = next((c for c in answer.citations if verify.stated(check.value, c.text)), None)
        if named is not None:
            return replace(check, citation=named.n)
        rec = self.snap.docs.get(citation.doc)
        passage = self.snap.passage_at(citation.doc, citation.line_start)
        intro = self._intro(passage, LEAD_IN_MAX_CHARS) if passage is not None else None
        lead = intro.text if intro is not None else ""
        if lead and _named_loosely(check.value, lead):
            return check
        named = [*(rec.meta.funds if rec else ()), *spans.funds(lead)]
        others = [
            f
            for f in named
            if not _same_fund(f, check.value)
            and not verify.stated(f, q)
            and not verify.stated(check.value, f)
            and (_named_loosely(f, citation.text) or _named_loosely(f, lead))
        ]
        return replace(check, citation=None, ok=False) if others else check

    def _sibling_fund_check(self, q: str, funds: Sequence[str], answer: Answer) -> Check | None:
        """Of a filing of several funds, a cited text that names others of them in full, and
        neither the fund asked nor "the Fund" (or "the Portfolio") it may stand for, is about
        the others ("dissolve the Service 2 Class of X Large Cap Growth Portfolio" for the
        same filing's X Capital Growth Portfolio): an answer read only from such texts does not
        concern the fund asked."""
        # (a name as the question writes it, a service mark aside: "ING FMR Mid Cap Growth
        # Portfolio" for "ING FMRSM Mid Cap Growth Portfolio")
        asked = [f for f in funds if verify.stated(f, q)]
        if not asked or not answer.citations:
            return None
        for cited in answer.citations:
            meta = self.snap.docs[cited.doc].meta if cited.doc in self.snap.docs else None
            if meta is None or len(meta.funds) < 2 or not any(f in meta.funds for f in asked):
                return None
            text = cited.text
            if any(verify.stated(f, text) for f in asked):
                return None
            low = text.lower()
            # (a full name: a short one, "the Multisector Fund", may be the fund's own)
            named = [g for g in meta.funds if g not in asked and len(g.split()) >= FULL_NAME_WORDS]
            # (a section's title in quotes, 'under the section "Description of the Portfolio"',
            # refers to no fund)
            untitled = QUOTED_TITLE_RE.sub(" ", text)
            if verify.FUND_REFERENCE_RE.search(untitled) and not self._refers_to_named(
                untitled, named
            ):
                # "the Portfolio" of a filing whose cover defines it as another of its funds
                # ('X Total Return Bond Portfolio ("Portfolio")') is that fund, not the one asked
                referent = self._cover_referent(cited.doc)
                if referent is None or any(
                    verify.stated(f, referent) or verify.stated(referent, f) for f in asked
                ):
                    return None
                continue
            if not any(g.lower() in low for g in named):
                return None
        return Check("fund", asked[0], None, False)

    @staticmethod
    def _refers_to_named(text: str, named: Sequence[str]) -> bool:
        """Whether each "the Portfolio" (or "the Fund") of a text follows, in its sentence, the
        full name of another fund of the filing, and stands in no sentence of a merger ("X will
        replace Y as sub-adviser for <another fund> with no change to the Portfolio's objective":
        that other fund's objective)."""
        merger = verify.word_set("sibling_reference", "merger")
        for _, sentence in split_sentences(text):
            refs = list(verify.FUND_REFERENCE_RE.finditer(sentence))
            if not refs:
                continue
            low, said = sentence.lower(), verify.words(sentence)
            if any(verify.has_phrase(said, w) for w in merger):
                return False
            first = min((i for g in named if (i := low.find(g.lower())) >= 0), default=-1)
            if first < 0 or refs[0].start() < first:
                return False
        return True

    def _cover_referent(self, doc: str) -> str | None:
        """The one fund a filing's cover defines "the Fund" or "the Portfolio" as ('X Bond
        Portfolio ("Portfolio")'); None when it defines it for several or not at all."""
        found: list[str] = []
        for p in self._passages(doc)[:COVER_PASSAGES]:
            for m in COVER_DEFINITION_RE.finditer(p.text):
                names = spans.funds(p.text[max(0, m.start() - 120) : m.start()])
                if m.group(1).lower().endswith("s") or not names:
                    return None  # ("the Funds", "each a Fund"): several
                found.append(names[-1])
        return found[0] if len(set(found)) == 1 else None

    def _org_checks(
        self, q: str, funds: Sequence[str], answer: Answer, people: bool = False
    ) -> tuple[Check, ...]:
        """Firms the question itself names as part of what it asks ("the sub-advisory fee for
        Eastbridge Global Investors"): the answer's own words, or what stands just above its
        passage, must name each. A firm naming the filing asked about ("the June 2012 Harbor
        supplement") only locates it."""
        said = CITE_MARK_RE.sub("", answer.answer)
        sentence = None
        if answer.items:  # the sentence that holds the answer's value, not its neighbours
            said = next((t for _, t in split_sentences(said) if answer.items[0] in t), said)
            # (read in the cited passage itself: an answer's text may join cut sentences)
            sentence = next(
                (
                    t
                    for c in answer.citations[:1]
                    for _, t in split_sentences(c.text)
                    if answer.items[0] in t
                ),
                None,
            )
        first = answer.citations[0] if answer.citations else None
        above = ""
        if first is not None:
            passage = self.snap.passage_at(first.doc, first.line_start)
            above = self._context_before(passage) if passage is not None else ""
        checks = []
        for entity, score in self.linker.link(q, kinds={"org"}):
            names = (entity.name, *entity.aliases)
            # the name as the question writes it ("DF Dent" of "D.F. Dent & Company, Inc.")
            name = next((n for n in names if verify.stated(n, q)), None)
            if (
                score < LINK_MIN_SCORE
                or name is None
                or any(verify.stated(name, f) or verify.stated(f, name) for f in funds)
                or _names_the_filing(q, name)
            ):
                continue
            rows = [i for i in answer.items if tables.CELL_SPLIT in i]
            if people and answer.items:
                # "which DF Dent PMs ...?": each person answered stands with the firm in the
                # passage that names them (a table row, an entry), not only above the first
                ok = all(self._with_firm(answer, person, names) for person in answer.items)
            elif rows:
                # "the delay for BMO Capital Markets in the table?": a row that names the firm,
                # not the rows a sentence naming it introduces ("... after BMO Capital
                # Markets:", followed by another recipient's row)
                ok = any(verify.stated(n, row) for n in names for row in rows)
            else:
                # the heading above stands for the firm unless the answer's sentence names
                # another ("He joined <another firm> in 2019" is not when they joined this one)
                ok = any(verify.stated(n, said) for n in names) or (
                    any(verify.stated(n, above) for n in names)
                    and not (sentence and self._other_firm_named(sentence, names))
                )
            checks.append(Check("org", name, 1 if ok else None, ok))
        described = _firm_described(q) if people else ""
        if (
            described
            and not any(verify.stated(described, c.value) for c in checks)
            and not any(verify.stated(described, f) for f in funds)
        ):  # "which Westfield PMs ...?" of a firm the index does not know
            ok = bool(answer.items) and all(
                self._with_firm(answer, person, (described,)) for person in answer.items
            )
            checks.append(Check("org", described, 1 if ok else None, ok))
        return tuple(checks)

    def _other_firm_named(self, text: str, names: Sequence[str]) -> bool:
        """Whether a text names a known firm that is none of ``names`` (nor part of one)."""
        for entity, score in self.linker.link(text, kinds={"org"}):
            if score < LINK_MIN_SCORE:
                continue
            own = (entity.name, *entity.aliases)
            if not any(
                verify.stated(o, n) or verify.stated(n, o) for o in own for n in names
            ) and any(verify.stated(o, text) for o in own):
                return True
        return False

    def _entry_under(self, text: str, person: str) -> str | None:
        """ "Sub-Adviser X Portfolio Manager A ... Sub-Adviser Y Portfolio Manager B": the text
        from the firm label a person's entry stands under to the person; None when the text
        names no person of theirs or labels no firm before them."""
        at = min(
            (m.start() for k in self._person_words(person)
             for m in re.finditer(rf"\b{re.escape(k)}\b", text, re.I)),
            default=-1,
        )  # fmt: skip
        labels = list(FIRM_LABEL_RE.finditer(text, 0, at)) if at > 0 else []
        return text[labels[-1].start() : at] if labels else None

    def _with_firm(self, answer: Answer, person: str, firm_names: Sequence[str]) -> bool:
        """Whether a cited passage naming the person names the firm too, itself or in the
        heading or lead-in it stands under (a section per sub-adviser); or the filing's
        record of the person managing the fund names the firm."""
        keys = self._person_words(person)
        docs = {c.doc for c in answer.citations}
        recorded = False  # whether the cited filings record the person's firm
        for _, fact in self.snap.facts_about(person):
            if fact.kind == "manages" and fact.doc in docs and fact.attr("firm"):
                recorded = True
                firm = fact.attr("firm") or ""
                # (or a shorter name of the firm recorded; but not another known firm whose
                # name holds the same words: "Ridgeway Investments" is not "Ridgeway Investment
                # Management")
                if self._firm_is(firm_names, firm) or (
                    self._firm_is(firm_names, firm, exact=True)
                    and any(verify.stated(firm, n) for n in firm_names)
                ):
                    return True
        if recorded and self._firm_names(firm_names[0]) is not None:
            # the filing records the person with another firm than the known one asked: the
            # passages around, which may name both, do not place them with it
            return False
        for c in answer.citations:
            if not any(re.search(rf"\b{re.escape(k)}\b", c.text, re.I) for k in keys):
                continue
            under = self._entry_under(c.text, person)
            if under is not None:  # the firm the person's entry stands under
                if any(verify.stated(n, under) for n in firm_names):
                    return True
                continue
            if _row_names_other_firm(c.text, firm_names):
                continue  # "Rachel Aguirre, Director | BlackRock | 2016": the row says whose
            passage = self.snap.passage_at(c.doc, c.line_start)
            around = [c.text]
            if passage is not None:
                around += [passage.section_label, self._context_before(passage)]
            if any(verify.stated(n, t) for n in firm_names for t in around):
                return True
        return False

    def family_words(self) -> frozenset[str]:
        """The first words of the firms', trusts' and funds' names the index knows that are
        no generic word ("fidelity" of "Fidelity Management"): a family's word (read once)."""
        if self._family_words is None:
            found = set()
            for name in self.snap.names.entity_names(("org", "trust", "fund")):
                first = _plain(name).split()[:1]
                if first and len(first[0]) >= FAMILY_WORD_MIN_CHARS:
                    found.add(first[0])
            self._family_words = frozenset(
                w for w in found if w not in GENERIC_NAME_WORDS and w not in FAMILY_WORD_SKIP
            )
        return self._family_words

    def _family_check(self, q: str, answer: Answer) -> Check | None:
        """A question asked of the whole corpus that names a fund family ("Fidelity Advisor
        Class C shares") is not answered from a filing that writes none of the family words
        it gives (another family's filing saying the like): a failed check, else None."""
        if not answer.citations or answer.citations[0].doc not in self.snap.docs:
            return None
        asked = {w for w in _plain(" ".join(re.findall(r"\b[A-Z][\w'’-]+", q))).split()}
        named = sorted(asked & self.family_words())
        if not named:
            return None
        # (one of them is enough: "the Franklin Templeton supplement" of a filing that writes
        # only "Franklin")
        text = self._plain_text(answer.citations[0].doc)
        if any(f" {w} " in text for w in named):
            return None
        return Check("named", named[0], None, False)

    def _typed_check(self, q: str, u: Understanding, answer: Answer) -> Check | None:
        """What the question asks for (a date, an amount, a person, a firm) must be in the
        answer, and be more than the question's own words: "whose biography is deleted?" is
        not answered by a sentence naming nobody, nor "its new name?" by the old one."""
        if u.answer_type not in TYPED_ANSWERS or u.intent in ("risks", "funds"):
            return None
        if any(answer.features.get(k) for k in ("examples", "slot", "counted", "filing fund")):
            # "rating organizations, such as A, B and C": the filing says they are of the kind;
            # "managers of the Fund since its inception": what fills the slot asked about; the
            # fund a filing of one fund covers is a fund, whatever its name's words
            return Check("answer_type", u.answer_type, 1, True)
        said = " ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
        asked = {" ".join(x.lower().split()) for x in spans.of_type(u.answer_type, q)}
        named = [x.lower() for x in spans.funds(q)]

        capitals = _capital_words(q)
        for entity, _ in self.linker.link(q, kinds={"org", "fund", "trust"}):
            # (a word of a firm's name the question writes is no person's: "DF Dent")
            for n in (entity.name, *entity.aliases):
                if verify.stated(n, q):
                    capitals -= {w.lower() for w in WORD_RE.findall(n)}

        def own(x: str) -> bool:  # the question's own name ("X Portfolio" of "X Portfolio II"
            # is another fund's; "Christian Chan" of "did Chan replace?" not; "X Portfolio, a
            # series of MIST" is "X Portfolio")
            x = NAME_DESCRIPTOR_RE.sub("", x)
            low = x.lower()
            if u.answer_type == "person" and surname_word(x) in capitals:
                return True
            return verify.stated(x, q) and not any(
                n.startswith(low) and len(n) > len(low) for n in named
            )

        asked_dates = [d for d in map(parse_date, asked) if d is not None]

        def told(x: str) -> bool:  # "2010" tells nothing to "the June 2010 change: when?"
            low = " ".join(x.lower().split())
            if u.answer_type == "date":
                said = parse_date(x)
                return any(re.search(rf"\b{re.escape(low)}\b", a) for a in asked) or (
                    said is not None and any(_within(said, d) for d in asked_dates)
                )
            return low in asked

        found = [
            x
            for x in spans.of_type(u.answer_type, said)
            if not told(x) and not (u.answer_type in ("person", "org", "fund") and own(x))
        ]
        if u.answer_type == "date" and CALENDAR_DATE_ASKED_RE.search(q):
            # "on what date was X added?" is not answered by "effective immediately"
            found = [x for x in found if not spans.UNDATED_WHEN_RE.fullmatch(x)]
        if u.answer_type == "date" and MONTH_ASKED_RE.search(q):
            # "in what month of 2009 did X start?" is answered by a month of that year, not
            # by "since 2009" nor another year's month
            # (the answer's own value when it has one: not a date of the sentence after it)
            valued = " ".join(answer.items) if answer.items else said
            found = [
                x
                for x in spans.of_type("date", valued)
                if (d := parse_date(x)) is not None
                and d.month is not None
                and (
                    not asked_dates
                    or any(d.year == a.year and a.month in (None, d.month) for a in asked_dates)
                )
            ]
        if u.answer_type == "person" and any(_not_a_name(i) for i in answer.items):
            found = []  # "of Northgate Asset Management, Inc." is no person
        if len(found) < u.count:
            found = []  # "which two portfolios ...?" is not answered by one
        if (
            u.answer_type in ("person", "org", "fund")
            and ONE_BY_TIME_RE.search(q)
            and len(set(answer.items) & set(found)) > 1
        ):
            found = []  # "which sub-adviser was most recently added?" is not answered by six
        if (
            u.answer_type in ("person", "org", "fund")
            and answer.items
            and all(own(i) for i in answer.items)
        ):
            found = []  # "which firm did X replace?" is not answered by X
        return Check("answer_type", u.answer_type, 1 if found else None, bool(found))

    def _calibrated(self, u: Understanding, answer: Answer, doc_scope: bool) -> Answer:
        """The answer with its features and the model's probability as its confidence; an
        abstention when that probability is below the model's threshold."""
        marks = CITE_MARK_RE.sub("", answer.answer)
        evidence = " ".join([marks, *(c.text for c in answer.citations)])
        have = set(retrieve.analyse(evidence))
        weights = self._term_idf(u)
        asked = {t: w for t, w in weights.items() if w > 0}
        total = sum(asked.values()) or 1.0
        # a question word counts as stated when its evidence says it in a filing's words
        # ("buy" for "purchase")
        missing = [
            w
            for t, w in asked.items()
            if t not in have and not have.intersection(compose.SYNONYMS.get(t, ()))
        ]
        q_words = set(content_terms(u.question))
        a_words = [w for w in content_terms(" ".join([marks, *answer.items]))]
        features = {
            **answer.features,
            "prior": answer.confidence,
            "coverage": 1.0 - sum(missing) / total,
            "missing_rare": max(missing, default=0.0),
            "novel": sum(w not in q_words for w in a_words) / len(a_words) if a_words else 0.0,
            "checks": float(sum(c.ok for c in answer.checks)),
            "doc_scope": float(doc_scope),
            "long": len(marks) / 100,
            "items": float(bool(answer.items)),
            "typed": float(any(c.kind == "answer_type" and c.ok for c in answer.checks)),
            "structured": float(_structured(answer)),
        }
        if self.model is None:
            return replace(answer, features=features)
        p = self.model.probability(features)
        if p >= self.model.threshold:
            return replace(answer, features=features, confidence=p)
        text = f"{NOT_FOUND} with enough certainty: the closest passages are listed below."
        return _withheld(replace(answer, features=features), text, p)

    def _evidence(
        self, citation: Citation, funds: Sequence[str], notes: bool = False
    ) -> verify.Evidence:
        rec = self.snap.docs.get(citation.doc)
        passage = self.snap.passage_at(citation.doc, citation.line_start)
        meta = rec.meta if rec else None
        return verify.Evidence(
            citation=citation,
            context=self._context_before(passage) if passage is not None else "",
            filing_names=(*meta.funds, *([meta.trust] if meta.trust else [])) if meta else (),
            filing_dates=_own_dates(meta) if meta else (),
            filing_funds=tuple(
                f
                for f in funds
                if (
                    citation.doc in self._docs_of(f)
                    or citation.doc in self._docs_of(self.alias_base.get(f, f))
                )
                and not (meta and _counterparty(f, meta))
            ),
            supplement=bool(meta and meta.supplement_date) or self._amends(citation.doc),
            notes=self._table_notes(passage) if notes and passage is not None else "",
            row_group=self._row_group(passage) if passage is not None else "",
            table_above=self._table_above(passage) if passage is not None else None,
        )

    def _table_above(self, passage: Passage) -> str | None:
        """Of a table row, what can state a condition of it: the rows above it in its table and
        the table's caption (the short passage over its first row); None for another passage."""
        if passage.kind != "row":
            return None
        first = passage
        parts = []
        for above in self._rows_above(passage):
            first = above
            parts.append(above.text)
        caption = self.snap.passage(passage.doc, first.ordinal - 1)
        while (  # (past a page number printed between them)
            caption is not None
            and caption.ordinal > 0
            and tables.PAGE_NUMBER_RE.fullmatch(caption.text.strip())
        ):
            caption = self.snap.passage(passage.doc, caption.ordinal - 1)
        # (a row of values with no label of its own is the one row of the paragraph above,
        # whose assumptions are its conditions: "The Example assumes that you invest $10,000
        # ..." over "$66 | $260")
        cells = tables.cells_of(passage)
        # (and a row labelled by a share class alone: "Investor Class | $82 | $354")
        unlabelled = bool(cells) and (
            tables.is_value(cells[0])
            or tables.CLASS_LABEL_RE.fullmatch(tables.LABEL_FOOTNOTE_RE.sub("", cells[0]).strip())
            is not None
        )
        if caption is not None and (len(caption.text) <= TABLE_CAPTION_CHARS or unlabelled):
            parts.append(caption.text)
        return " ".join([passage.section_label, *parts])

    def _row_group(self, passage: Passage) -> str:
        """Of a table row whose label names no share class, the nearest row above it in its
        table whose label does ("Class Y - Return Before Taxes" over "Return After Taxes on
        Distributions"); "" for other passages, or when no row above names one."""
        if SHARE_CLASS_RE.search(passage.text.split("|")[0]):
            return ""
        labels = (above.text.split("|")[0] for above in self._rows_above(passage))
        return next((label for label in labels if SHARE_CLASS_RE.search(label)), "")

    def _rows_above(self, passage: Passage) -> Iterator[Passage]:
        """The rows above a table row in its table, nearest first (at most TABLE_MAX_ROWS - 1);
        none for another passage."""
        if passage.kind != "row":
            return
        for ordinal in range(passage.ordinal - 1, max(-1, passage.ordinal - TABLE_MAX_ROWS), -1):
            above = self.snap.passage(passage.doc, ordinal)
            if above is None or above.kind != "row":
                return
            yield above

    def _table_notes(self, passage: Passage) -> str:
        """The notes under the table a row stands in: the passages right after its last row
        ("1 Expenses have been restated to reflect ..."); "" for a passage in no table."""
        if passage.kind != "row":
            return ""
        last = passage.ordinal
        notes = []
        while last < passage.ordinal + TABLE_MAX_ROWS:
            below = self.snap.passage(passage.doc, last + 1)
            if below is None or below.kind != "row":
                break
            if NOTE_ROW_RE.match(below.text):  # "1 | The Fund's expenses have been restated"
                notes.append(below.text)
            last += 1
        for i in range(last + 1, last + 1 + TABLE_NOTES):
            p = self.snap.passage(passage.doc, i)
            if p is None or p.kind == "row" or p.section_label != passage.section_label:
                break
            notes.append(p.text)
        return " ".join(notes)

    def _amends(self, doc: str) -> bool:
        """Whether a filing reads as a supplement, though no supplement date was read from it:
        its opening passages call it one ("This Supplement ...", "Supplement to the Prospectus")
        or amend a prospectus ("The following information replaces ...", "X no longer serves
        as ...")."""
        found = self._amending.get(doc)
        if found is None:
            opening = [
                p for i in range(AMENDS_OPENING) if (p := self.snap.passage(doc, i)) is not None
            ]
            found = any(
                SUPPLEMENT_NAMED_RE.search(p.text)
                or verify.AMENDING_RE.search(verify.words(p.text))
                or NO_LONGER_RE.search(p.text)
                for p in opening
            )
            self._amending[doc] = found
        return found

    def _passages(self, doc: str) -> list[Passage]:
        """A filing's passages; the readers of tables and lists ask for a few filings again
        and again, so the latest ones are kept (not the whole index)."""
        found = self._recent_passages.get(doc)
        if found is None:
            found = self.snap.passages(doc)
            if len(self._recent_passages) >= RECENT_FILINGS:
                self._recent_passages.pop(next(iter(self._recent_passages)))
            self._recent_passages[doc] = found
        return found

    def _fund_part(self, doc: str, fund: str | None) -> list[Passage]:
        """The passages of a filing of several funds that are about one of them: those under
        headings that name it, else those not under headings that name another (a prospectus
        of several funds, a summary section each). A fee table or a risk list of one fund is
        no answer for another."""
        passages = self._passages(doc)
        split = self._fund_sections(doc, fund)
        if split is None:
            return passages
        own, other = split
        # (and the subsections each fund's part repeats, under a heading naming the fund that
        # does not enclose them: "FUND SUMMARY -- X FUND", then "PERFORMANCE", ...)
        own_run, other_run = self._fund_runs(doc, fund)
        if own or own_run:  # the headings that name it
            return [
                p
                for p in passages
                if (p.section in own or p.ordinal in own_run) and p.ordinal not in other_run
            ]
        return [p for p in passages if p.section not in other and p.ordinal not in other_run]

    def _fund_runs(self, doc: str, fund: str) -> tuple[frozenset[int], frozenset[int]]:
        """(the passages of ``fund``'s part, those of another fund's) of a filing that gives
        each fund a part with the same sections ("INVESTMENT OBJECTIVE", ..., "PERFORMANCE",
        then again for the next fund), whatever heads the parts: a part starts where the first
        of the repeated sections comes again, and is the fund's its passages name most. A
        section met once ("MANAGEMENT OF THE FUNDS" after the parts) is of no part."""
        key = ("runs", doc, fund)
        found = self._fund_headings.get(key)
        if found is not None:
            return found  # type: ignore[return-value]
        passages = self._passages(doc)  # (read only when the filing's parts are not known)
        keys = {
            _slug_key(f): f
            for f in (self.snap.docs[doc].meta.funds if doc in self.snap.docs else ())
            if not REGISTRANT_END_RE.search(f)
        }
        want = _slug_key(fund)
        heads = [p.section[0] if p.section else "" for p in passages]
        starts: dict[str, list[int]] = {}  # a section -> where each of its runs starts
        for n, head in enumerate(heads):
            if head and (n == 0 or heads[n - 1] != head):
                starts.setdefault(head, []).append(n)
        repeated = {h for h, at in starts.items() if len(at) >= 2}
        own: set[int] = set()
        other: set[int] = set()
        if repeated and want in keys:
            first = min(repeated, key=lambda h: starts[h][0])
            bounds = [*starts[first], len(passages)]
            for begin, stop in itertools.pairwise(bounds):
                part = [
                    p
                    for p, h in zip(passages[begin:stop], heads[begin:stop], strict=True)
                    if h in repeated
                ]
                said = _slug_key(" ".join(f"{' '.join(p.section)} {p.text}" for p in part))
                counts = {k: said.count(k) for k in keys}
                best = max(counts.values(), default=0)
                leaders = [k for k, c in counts.items() if c == best]
                if best == 0 or len(leaders) > 1:
                    continue
                (own if leaders[0] == want else other).update(p.ordinal for p in part)
        result = (frozenset(own), frozenset(other))
        self._fund_headings[key] = result  # type: ignore[assignment]
        return result

    def _fund_sections(
        self, doc: str, fund: str | None
    ) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]] | None:
        """(the heading paths that name the fund, those that name another fund of the filing
        and not it), read once per filing and fund; None for a filing of one fund."""
        funds = self.snap.docs[doc].meta.funds if doc in self.snap.docs else ()
        # (the registrant the cover names beside its one fund is no second fund: a page's
        # running head naming the fund, "KOTAK INDIA EQUITY FUND", heads no part of its own)
        funds = tuple(f for f in funds if not REGISTRANT_END_RE.search(f))
        if fund is None or len(funds) < 2:
            return None
        key = (doc, fund)
        found = self._fund_headings.get(key)
        if found is None:
            if len(self._fund_headings) >= DEFINITIONS_KEPT:
                self._fund_headings.clear()
            want = _slug_key(fund)
            others = [k for f in funds if (k := _slug_key(f)) and k != want and k not in want]
            labels = {p.section: _slug_key(" ".join(p.section)) for p in self._passages(doc)}
            own = frozenset(sec for sec, label in labels.items() if want and want in label)
            other = frozenset(
                sec
                for sec, label in labels.items()
                if sec not in own and any(k in label for k in others)
            )
            found = self._fund_headings[key] = (own, other)
        return found

    def _under_other_fund(self, passage: Passage, fund: str) -> bool:
        split = self._fund_sections(passage.doc, fund)
        if split is None:
            return False
        if passage.section in split[1]:
            return True
        _, other_run = self._fund_runs(passage.doc, fund)
        return passage.ordinal in other_run or self._led_by_other_fund(passage, fund)

    def _led_by_other_fund(self, passage: Passage, fund: str) -> bool:
        """Whether a passage of a filing of several funds that names none of them is about
        others than ``fund``: the last passage before it (in its section) that names any of
        the filing's funds names others and not ``fund`` ("Effective immediately, each of A
        and B is managed by ... The following replaces ...: ... has managed the Fund since
        June 2016." is about A and B, not about C of the same supplement)."""
        led = self._lead_fund_keys(passage.doc).get(passage.ordinal)
        if not led:
            return False
        want = _slug_key(fund)
        # (a fund whose name another holds is not told apart by it: never excluded)
        return not any(want in k or k in want for k in led)

    def _lead_fund_keys(self, doc: str) -> dict[int, frozenset[str]]:
        """Passage ordinal -> the name keys of the filing's funds that lead it: those a passage
        names, for the passages after it in its section that name none (read once a filing)."""
        found = self._lead_funds.get(doc)
        if found is not None:
            return found
        if len(self._lead_funds) >= DEFINITIONS_KEPT:
            self._lead_funds.clear()
        funds = self.snap.docs[doc].meta.funds if doc in self.snap.docs else ()
        keys = [k for f in funds if not REGISTRANT_END_RE.search(f) and (k := _slug_key(f))]
        found = {}
        passages = self._passages(doc)
        # only where the defined term stands for each of several funds in turn
        if len(keys) >= 2 and any(EACH_FUND_TERM_RE.search(p.text) for p in passages):
            led: frozenset[str] = frozenset()
            section: tuple[str, ...] | None = None
            for p in passages:
                if p.section != section:
                    section, led = p.section, frozenset()
                # (the list the term is defined by leads nothing: what follows it does)
                defined = EACH_FUND_TERM_RE.search(p.text)
                after = p.text[p.text.find(")", defined.end()) + 1 :] if defined else p.text
                text = _slug_key(p.text)
                if any(k in text for k in keys):  # the funds of its last sentence naming any
                    for _, sent in split_sentences(after):
                        said = _slug_key(sent)
                        led = frozenset(k for k in keys if k in said) or led
                elif led and DEFINED_FUND_RE.search(p.text):
                    found[p.ordinal] = led
        self._lead_funds[doc] = found
        return found

    def _docs_of(self, fund: str) -> frozenset[str]:
        """The filings covering a fund, as a set (built once per fund)."""
        found = self._fund_doc_sets.get(fund)
        if found is None:
            found = self._fund_doc_sets[fund] = frozenset(self.fund_docs.get(fund, ()))
        return found

    def _person_words(self, person: str) -> tuple[str, ...]:
        """The surnames a person goes by in the filings (every alias's last word of its surname,
        credentials and suffixes aside: "Nathan Thooft, CFA" -> thooft), lower-cased (kept)."""

        def read() -> tuple[str, ...]:
            names = (person, *self.person_aliases.get(person, ()))
            return tuple(dict.fromkeys(surname_word(n) for n in names if n.split()))

        return _kept(self._surname_words, person, PERSON_WORDS_KEPT, read)

    def _resolve_followup(
        self,
        q: str,
        u: Understanding,
        context: Conversation,
        persons: list[str],
        funds: list[str],
        doc: str | None,
    ) -> tuple[list[str], list[str], str | None, Understanding]:
        """Fill in what a follow-up leaves out from the conversation so far.

        "since when?" and "and her title?" keep the person or fund of the earlier turns;
        "what about the other manager?" asks the previous question about the manager not yet
        asked about; an elliptical "and ...?" with no question of its own repeats the previous one.
        """
        turns = context.turns
        last = turns[-1]
        managers = next(
            (t.items for t in reversed(turns) if t.intent == "managers" and t.items), ()
        )
        if _mentions_other(q) and managers:
            asked = {p for t in turns for p in t.persons}
            others = [m for m in managers if m not in asked] or [
                m for m in managers if m not in last.persons
            ]
            persons = others[:1] or persons
        elif not persons:
            persons = list(next((t.persons for t in reversed(turns) if t.persons), ()))
        if not funds:
            funds = list(next((t.funds for t in reversed(turns) if t.funds), ()))
        if doc is None:
            doc = next((t.doc for t in reversed(turns) if t.doc), None)
        u = understand(q, has_person=bool(persons))
        elliptical = ELLIPSIS_RE.match(q) and len(content_terms(q)) <= ELLIPSIS_MAX_TERMS
        if elliptical and last.understanding is not None and u.intent in ("general", "change"):
            u = last.understanding
        return persons, funds, doc, u

    def _unknown_fund(self, q: str, docs: tuple[str, ...] | None) -> str | None:
        """A fund the question names that no filing in scope writes (so nothing can answer)."""
        for name in spans.funds(q):
            # (a hyphenated word as the filing's plain text has it: "High-Yield" is two)
            words = [p for w in content_terms(name) for p in w.split("-") if len(p) > 1]
            if len(words) < 2:
                continue
            number = NAME_NUMBER_RE.match(q, q.find(name) + len(name)) or NAME_NUMBER_END_RE.search(
                name
            )
            # "Redmont Resolute Fund I": the number is part of the name ("Portfolio II": read)
            if number and number.group(1).lower() not in words:
                words.append(number.group(1).lower())
            # one short token (an acronym such as "FMR" or a "PM" before the name) may differ
            short = [w for w in words if len(w) <= UNKNOWN_FUND_SHORT_WORD]
            readings = [words, *([w for w in words if w != s] for s in short)]
            if not any(self._name_written(r, docs) for r in readings if len(r) >= 2) and not any(
                self._misspelt(w, words, docs) for w in words if len(w) >= TYPO_MIN_CHARS
            ):
                return name
        return None

    def _misspelt(self, word: str, words: Sequence[str], docs: tuple[str, ...] | None) -> bool:
        """Whether a name is written in a filing in scope but for one word the question
        misspells ("Vaughn Nelson Select Fund" of "Vaughan Nelson Select Fund"): the other
        words written, and a word one edit away from it among the filing's."""
        rest = [w for w in words if w != word]
        if len(rest) < 2:
            return False
        holders = retrieve.word_holders(self.snap, rest, docs) or set()
        if len(holders) > NAME_WRITTEN_MAX_DOCS:
            return False
        for doc in holders:
            tokens = set(self._plain_text(doc).split())
            # one edit, not none: a word written elsewhere in the filing makes the name one the
            # filing's names are pieced into ("MetLife Aggressive Strategy")
            near = (
                process.extractOne(word, tokens, scorer=OSA.distance, score_cutoff=1)
                if word not in tokens
                else None
            )
            # the name with that word as the filing spells it is written there, in order
            # ("American Century High-Yeild Fund": "... high yield ...")
            if near is not None and self._name_written(
                [near[0] if w == word else w for w in words], (doc,)
            ):
                return True
        return False

    def _name_written(self, words: Sequence[str], docs: tuple[str, ...] | None) -> bool:
        """Whether a filing in scope holds every word of a name, and the name's last
        NAME_TAIL_WORDS words (before "Fund" and such) in their order, at most NAME_GAP_WORDS
        words apart ("MetLife Aggressive Strategy Portfolio" is not written where a table holds
        "MetLife Growth Strategy Portfolio" and "Moderate to Aggressive Allocation Portfolio";
        a family name may stand apart: "Pathway Funds ... Small-Mid Cap Equity Fund"). When too
        many filings hold the words to read them all, the name is taken as written."""
        holders = retrieve.word_holders(self.snap, words, docs)
        if holders is None or len(holders) > NAME_WRITTEN_MAX_DOCS:
            return True
        if not holders:
            return False
        pattern = name_order_re(_plain(" ".join(words)).split()[-NAME_TAIL_WORDS:])
        return any(pattern.search(self._plain_text(doc)) for doc in holders)

    def _entity_keys(self, persons: Sequence[str], funds: Sequence[str]) -> tuple[str, ...]:
        """The ``entities`` index keys of the linked people (every spelling the filings use)
        and funds: passages that mention them rank higher."""
        keys: list[str] = []
        for name in persons:
            for alias in (name, *self.person_aliases.get(name, ())):
                key = person_key(alias)
                if key:
                    keys.append(f"person:{key}")
        for name in funds:
            key = org_key(name)
            if key:
                keys += [f"fund:{key}", f"trust:{key}"]
        return tuple(dict.fromkeys(keys))

    def _link_people(self, q: str) -> list[str]:
        return [
            e.name
            for e, score in self.linker.link(q, kinds={"person"})
            if score >= LINK_MIN_SCORE and _named_in_capitals(e.name, q)
        ]

    def _initials_spelt(self, q: str, doc: str | None = None) -> str:
        """A fund named with its family's initials ("MS Dividend Growth Securities Inc.", "JH
        Strategic Income") spelt as the index names it ("Morgan Stanley Dividend Growth ...",
        "John Hancock Strategic Income"): the initials stand for the words right before the
        word after them in one fund's name the index knows (of the filing asked, when one is);
        left as asked when no fund's name, or more than one spelling, fits ("JH Strategic
        Income" of a Janus Henderson and a John Hancock fund, no filing asked)."""
        names = self.linker.names
        if not isinstance(names, NameIndex):
            return q

        def spelt(m: re.Match[str]) -> str:
            letters, word = m.group(1).lower(), m.group(2).lower()
            k = len(letters)
            found: set[str] = set()
            ids = names.postings(word)[:INITIALS_ALIASES_MAX]
            for alias in names.aliases(ids).values():
                toks = alias.tokens
                for i in range(min(len(toks) - k, INITIALS_AT_MAX + 1)):
                    if toks[i + k] == word and "".join(t[0] for t in toks[i : i + k]) == letters:
                        entity = names.entity(alias.entity)
                        if entity.kind in INITIALS_KINDS and (doc is None or doc in entity.docs):
                            at = entity.name.lower().find(" ".join(toks[i : i + k]))
                            if at >= 0:
                                found.add(entity.name[at : at + len(" ".join(toks[i : i + k]))])
                        break
            return f"{found.pop()} {m.group(2)}" if len(found) == 1 else m.group(0)

        return INITIALS_RE.sub(spelt, q)

    def _acronyms_spelt(self, q: str, doc: str | None) -> str:
        """An acronym the filing asked never writes ("insured by the FDIC?") spelt as the
        filing writes the name it stands for, when exactly one name of capitalised words
        there has its letters for initials ("Federal Deposit Insurance Corporation")."""
        if doc is None or ACRONYM_RE.search(q) is None:
            return q

        def spelt(m: re.Match[str]) -> str:
            acronym = m.group(0)
            low = acronym.lower()
            # one the engine's own vocabulary reads (SAI, NAV), or the filing writes, also
            # as a word's start ("FMRSM", "REITs")
            if low in _vocabulary_words() or re.search(rf" {low}", self._plain_text(doc)):
                return acronym
            found = _kept(
                self._acronym_names,
                (doc, acronym),
                DEFINITIONS_KEPT,
                lambda: {
                    " ".join(n.group(0).split())
                    for n in _acronym_name_re(acronym).finditer(self.snap.doc_text(doc))
                },
            )
            return next(iter(found)) if len(found) == 1 else acronym

        return ACRONYM_RE.sub(spelt, q)

    def _link_funds(self, q: str, doc: str | None = None) -> list[str]:
        q = SHARE_CLASS_RE.sub(" ", q)  # "X Fund Admiral Shares" names X, not "Admiral Funds"
        found = self.linker.link(q, kinds={"fund", "trust"})
        linked = self._linked_funds(q, found, FUND_SCOPE_SCORE)
        if doc is not None and linked and not any(doc in self._docs_of(f) for f in linked):
            # asked of one filing, of none of its funds: one of its own funds named more
            # loosely ("the Global Allocation Fund" of a filing whose fund is "Northbeam Peak
            # Global Allocation Fund", not another family's of a closer name)
            said = set(WORD_RE.findall(q.lower()))
            family = self._cover_family(doc)
            own = [
                (e, score)
                for e, score in found
                if e.kind == "fund"
                and doc in self._docs_of(e.name)
                # (every word of its name but its family's and the generic ones)
                and set(WORD_RE.findall(e.name.lower())) - family - FUND_NAME_WORDS <= said
            ]
            linked = self._linked_funds(q, own, FUND_SCOPE_SCORE - OWN_FUND_SLACK) or linked
        return linked

    def _cover_family(self, doc: str) -> set[str]:
        """The words most funds of a filing's cover share ("northbeam", "peak" of its "Northbeam
        Peak ... Fund"s), else its one fund's first word."""
        funds = self.snap.docs[doc].meta.funds if doc in self.snap.docs else ()
        if len(funds) >= 2:  # (the words most of them share: a stray name does not count)
            counts = Counter(w for f in funds for w in set(WORD_RE.findall(f.lower())))
            return {w for w, n in counts.items() if 2 * n > len(funds)}
        return set(WORD_RE.findall(funds[0].lower())[:1]) if funds else set()

    def _linked_funds(
        self, q: str, found: Sequence[tuple[Entity, float]], least: float
    ) -> list[str]:
        """The (up to two) funds of the linker's ``found`` the question names, scored at least
        ``least``."""
        words = set(content_terms(q))
        # "Which MSF portfolio will acquire X?": words of the wh-phrase describe the fund
        # asked for; a fund they happen to name is not the one asked about
        m = WH_FUND_PHRASE_RE.match(q)
        asked = set(m.group(1).lower().split()) if m else set()
        written = set(q.lower().split())
        return [
            e.name
            for e, score in found
            if score >= least
            and not (asked and (set(e.name.lower().split()) & written) - FUND_NAME_WORDS <= asked)
            and e.name in self.fund_docs
            # a family-named alias needs the family in the question
            and (e.name not in self.alias_base or e.name.split()[0].lower() in words)
            # and a name the question writes as one
            and _written_in(e.name, q)
            # (a family's word and a generic one, "Fidelity Series", is named whole, not by
            # the family's word of "the Fidelity Advantage Class")
            and (_telling_words(e.name) != 1 or _plain(e.name) in _plain(q))
        ][:2]

    def _dated(self, docs: tuple[str, ...], q: str, wider: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Of several filings, those dated as the question says ("the May 25, 2019 supplement");
        when none of them is, those of ``wider`` that are (the same fund's filings that do not
        name its family)."""
        asked = spans.dates(q)
        if not asked:
            return docs

        def dated(among: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(d for d in among if self._filing_dated(d, asked))

        found = dated(docs)
        if not found and wider:
            found = dated(tuple(d for d in wider if d not in docs))
        # a date may date an event, not the filing: then the verifier finds it in the evidence
        return found or docs

    def _docs_of_years(self, dates: Sequence[str]) -> list[str]:
        """The filings one of whose own dates (supplement, effective, filed) falls in a year of
        the dates asked, sorted: every filing when a date names no year. The filings are
        indexed by year once, on first use, so that a question does not read every filing's
        record."""
        if not dates or any(not years_in(d) for d in dates):
            return list(self.snap.docs)
        years = {y for d in dates for y in years_in(d)}
        if self._docs_by_year is None:
            by_year: dict[int, list[str]] = {}
            for doc, rec in self.snap.docs.items():
                meta = rec.meta
                for y in {y for k in _own_dates(meta) for y in years_in(k)}:
                    by_year.setdefault(y, []).append(doc)
            self._docs_by_year = by_year
        return sorted({d for y in years for d in self._docs_by_year.get(y, ())})

    def _filing_dated(self, doc: str, dates: Sequence[str]) -> bool:
        """Whether one of the filing's own dates (supplement, effective, filed, its documents')
        is one asked."""
        known = _own_dates(self.snap.docs[doc].meta)
        return any(verify.date_in(a, verify.words(k)) for a in dates for k in known)

    def _scope(self, doc: str | None, fund: str | None, funds: Sequence[str], q: str = "") -> Scope:
        if doc is not None:
            if doc not in self.snap.docs:
                raise _ScopeError(f"not in the index: {doc}")
            # the fund the question names, else one loosely linked that the filing covers (not
            # another filing's fund of like words: "Asset Allocation Trust" is no "Index Asset
            # Allocation Fund")
            plain = SHARE_CLASS_RE.sub(" ", q)
            named = [f for f in funds if verify.stated(f, plain)]
            covered = [f for f in funds if doc in self._docs_of(f)]
            return Scope((doc,), next(iter(named or covered), None))
        if fund is not None:
            match = process.extractOne(
                fund, self.fund_names, scorer=fuzz.token_set_ratio, processor=utils.default_process
            )
            if not match or match[1] < FACT_FUND_MATCH:
                raise _ScopeError(f"no indexed filing covers the fund {fund!r}")
            return Scope(tuple(self.fund_docs[match[0]]), match[0])
        if funds:
            # every fund the question names must be covered; a looser link only when it
            # names none
            plain = SHARE_CLASS_RE.sub(" ", q)
            named = [f for f in funds if verify.stated(f, plain)] or funds[:1]
            # spellings of one fund ("... Fund", "... Funds") pool their filings
            groups: list[set[str]] = []
            for f in named:
                group = next((g for g in groups if any(_same_fund(f, o) for o in g)), None)
                if group is None:
                    groups.append({f})
                else:
                    group.add(f)
            docs = sorted(
                frozenset.intersection(
                    *(frozenset().union(*(self._docs_of(f) for f in g)) for g in groups)
                )
            )
            bases = [self.alias_base[f] for f in named if f in self.alias_base]
            wider = sorted({d for b in bases for d in self.fund_docs.get(b, ())})
            return Scope(self._dated(tuple(docs), q, tuple(wider)), named[0])
        if len(self.snap.docs) == 1:
            return Scope(tuple(self.snap.docs), None)
        described = self._described_filings(q) or self._coded_filings(q)
        if described:  # "the September 2022 John Hancock SAI supplement", "the 739-P1 supplement"
            return Scope(described, None)
        return Scope(None, None)

    def _coded_filings(self, q: str) -> tuple[str, ...]:
        """The filings a question names by a form number printed on them ("per the 739-P1
        08/25 supplement"): those whose text writes it; none when the question names a filing
        by no code, or when more than TABLE_DOCS_MAX write it."""
        for m in CODE_TOKEN_RE.finditer(q):
            if not FILING_DESCRIBED_RE.match(q[m.end() :]):
                continue
            parts = [p for p in re.split(r"[^\w]+", m.group(0).lower()) if p]
            holders = retrieve.word_holders(self.snap, parts, None)
            if not holders or len(holders) > TABLE_DOCS_MAX * 4:
                continue
            code = _plain(m.group(0))
            found = tuple(sorted(d for d in holders if code in self._plain_text(d)))
            if 0 < len(found) <= TABLE_DOCS_MAX:
                return found
        return ()

    def _described_filings(self, q: str) -> tuple[str, ...]:
        """The filings a question describes by date and brand ("in the September 2022 John
        Hancock SAI supplement"): dated so, with the brand's words in their cover (trust, fund
        names, first passage); none when not described, or when more than TABLE_DOCS_MAX fit."""
        m = FILING_DESCRIPTION_RE.search(q)
        if m is None:
            return ()
        dates = spans.dates(m.group("date"))
        brand = [w.lower() for w in WORD_RE.findall(m.group("brand"))]
        if not dates or not brand:
            return ()
        found = []
        for doc in self._docs_of_years(dates):
            if not self._filing_dated(doc, dates):
                continue
            rec = self.snap.docs[doc]
            first = self.snap.passage(doc, 0)
            cover = " ".join(
                [rec.meta.trust or "", *rec.meta.funds, first.text if first else ""]
            ).lower()
            if all(re.search(rf"\b{re.escape(w)}\b", cover) for w in brand):
                found.append(doc)
        return tuple(sorted(found)) if 0 < len(found) <= TABLE_DOCS_MAX else ()

    # ---------------------------------------------------------------- compose
    def _hits(
        self, u: Understanding, scope: Scope, extra_terms: Sequence[str] = ()
    ) -> list[retrieve.Hit]:
        terms = list(u.terms) + [t for t in extra_terms if t not in u.terms]
        keys = scope.entity_keys
        # the readers of one question (clauses, hiring, value changes, sentences) search alike
        key = (tuple(terms), scope.docs, keys, scope.within)
        if self._last_hits is not None and self._last_hits[0] == key:
            return self._last_hits[1]
        # the words filings use for the question's words find what says it in other words
        synonyms = [
            s for t in terms for tok in retrieve.analyse(t) for s in compose.SYNONYMS.get(tok, ())
        ]
        hits = retrieve.search(
            self.snap, terms, docs=scope.docs, entity_keys=keys, synonyms=synonyms
        )
        if scope.within:
            # the part the question names: its passages only, each one, best found first
            inside = set(scope.within)
            kept = [h for h in hits if (h.passage.doc, h.passage.ordinal) in inside]
            seen = {(h.passage.doc, h.passage.ordinal) for h in kept}
            for doc, ordinal in scope.within:
                passage = self.snap.passage(doc, ordinal)
                if passage is not None and (doc, ordinal) not in seen:
                    kept.append(retrieve.Hit(passage, 0.0, len(kept)))
            hits = kept
        self._last_hits = (key, hits)
        return hits

    def _term_idf(self, u: Understanding) -> dict[str, float]:
        """The idf of each index token of the question's words (cached across questions)."""
        idf = {}
        for term in u.terms:
            for tok in retrieve.analyse(term):
                if tok not in self._idf:
                    self._idf[tok] = retrieve.idf(self.snap, tok)
                idf[tok] = self._idf[tok]
        return idf

    def _weights(self, u: Understanding, context_words: set[str]) -> compose.Weights:
        if u.answer_type not in ("date", "period"):
            # a date the question names constrains the answer (the verifier checks it on the
            # evidence and the filing's own dates); it is not what is asked
            context_words = context_words | {t for t in u.terms if months_in(t) or years_in(t)}
        context_words = context_words | set(u.descriptors)  # "which law firm": not required
        focus = [t for t in u.terms if t not in context_words]
        if any(t not in u.references for t in focus):  # "the revised section": not required
            context_words = context_words | set(u.references)  # unless nothing else is asked
        return compose.Weights(u.terms, self._term_idf(u), context_words)

    def _cover_words(self, doc: str) -> frozenset[str]:
        """The words in capitals of a filing's cover (its first passage) that no English
        dictionary holds: its tickers ("Weitz Multisector Bond ETF SUMMARY PROSPECTUS ...
        WMSB"), not "FUND" or "TRUST"."""
        passages = self._passages(doc)
        if not passages:
            return frozenset()
        first = " ".join([*passages[0].section, passages[0].text])
        counts = english_counts()
        found = {w for w in TICKER_TOKEN_RE.findall(first[:COVER_CHARS]) if w.lower() not in counts}
        # (a ticker is printed on the cover, not a name the text goes on to use: "IBM")
        for text in (first[COVER_CHARS:], *(p.text for p in passages[1:COVER_REACH])):
            found -= set(TICKER_TOKEN_RE.findall(text))
        return frozenset(found)

    def _context_words(self, scope: Scope, persons: Sequence[str], q: str = "") -> set[str]:
        """Question words that name the fund, trust or person asked about (words of a name
        count only when the question uses at least two of them, or the whole name)."""
        names: list[str] = list(persons)
        if scope.fund:
            names.append(scope.fund)
        for d in scope.docs or ():
            meta = self.snap.docs[d].meta
            if len(scope.docs or ()) <= 3:
                names.extend(meta.funds)
                if meta.trust:
                    names.append(meta.trust)
        for person in persons:
            names.extend(self.person_aliases.get(person, ()))
        asked = set(content_terms(q)) if q else None
        capitalised = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", q)} if q else set()
        out: set[str] = set()
        for name in names:
            # "J.P. Morgan" is typed "jp morgan" as often as not
            words = set(content_terms(name)) | set(content_terms(name.replace(".", "")))
            if asked is None:
                out |= words
                continue
            used = words & asked
            if len(used) >= 2 or (used and used == words):
                out |= used
            else:
                # "the Wildermuth board": a name's own word (no generic one), capitalised as the
                # question writes it, names the fund by itself
                out |= {w for w in used if w not in GENERIC_NAME_WORDS and w in capitalised}
        # a ticker names its fund, as the fund's name would; so does one a single filing's
        # cover prints beside its fund's name ("Weitz Multisector Bond ETF ... WMSB")
        cover = self._cover_words(scope.docs[0]) if scope.docs and len(scope.docs) == 1 else ()
        out |= {t.lower() for t in TICKER_TOKEN_RE.findall(q) if t in self.tickers or t in cover}
        if q and scope.docs and len(scope.docs) <= 3:
            # "the high yield fund's turnover", asked of its filing: words that say which fund
            # (not "the closed funds": what may be asked about)
            out |= {
                w
                for m in FUND_POSSESSOR_RE.finditer(q)
                for text in (m.group(1), m.group(1).replace("-", " "))
                for w in content_terms(text)
            }
        for name in names if q else ():
            # "the Viking Tax-Free Fund for North Dakota": what the question writes on after a
            # fund's name as part of it
            at = q.find(name)
            m = NAME_TAIL_RE.match(q, at + len(name)) if at >= 0 else None
            if m:
                out |= set(content_terms(m.group(0)))
        for span in spans.funds(q) if q else ():
            # "the JH Strategic Income Fund": a fund's name as the question writes it (its
            # family shortened), when it shares two words with the name: all of it locates
            said = set(content_terms(span))
            if any(len(said & set(content_terms(n))) >= 2 for n in names):
                out |= said
        if q and scope.docs and len(scope.docs) <= 3:
            # "the January 27, 2017 supplement": a date of the filing asked about locates it
            for m in DATE_RE.finditer(q):
                date = normalise_date(m)
                names_filing = FILING_NOUN_AFTER_RE.match(
                    q, m.end()
                ) or FILING_DATED_BEFORE_RE.search(q, 0, m.start())
                if date and names_filing and any(self._filing_dated(d, [date]) for d in scope.docs):
                    out |= set(content_terms(m.group(0)))
        return out

    def _meaning_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """What a term means, as the filing defines it: the sentence that holds the term with a
        word of defining beside it ("The term “investable assets” in this prospectus refers
        to ...", "the Fund considers a “small company” to be ..."); a sentence that holds the
        term in quotes first, then the one whose defining word stands nearest the term."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        term = term_asked(q)
        if term is None:
            return None
        key = verify.words(term).strip()
        best: tuple[tuple[int, int], str, Passage] | None = None
        for doc in scope.docs:
            for p in self._passages(doc):
                if not verify.has_phrase(verify.words(p.text), key):
                    continue
                for _, sentence in split_sentences(p.text):
                    rank = _defining_rank(sentence, term)
                    if rank is not None and (best is None or rank < best[0]):
                        best = (rank, sentence, p)
        if best is None:
            return None
        return self._read(q, u, compose.trim(best[1]), [], [best[2]], 0.85, "definition")

    def _relation_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """How two firms are related ("How is X related to Y?", "What is X's relationship to
        Y?"), as a filing sets it beside the first's name: "Harborgate SelectCo, LLC, an
        affiliate of Northwind Management" (data/constraints.json "firm_relations"); None when
        the question asks no such thing or no sentence in scope joins the two so."""
        m = RELATION_ASKED_RE.search(q)
        if m is None or scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        first, second = (m.group(1) or m.group(3)), (m.group(2) or m.group(4))
        a = [w for w in _plain(first).split() if w not in verify.NAME_FILLER]
        b = [w for w in _plain(second).split() if w not in verify.NAME_FILLER]
        if not a or not b:
            return None
        pattern = _relation_said_re()
        for doc in scope.docs:
            for p in self._passages(doc):
                plain = _plain(p.text)
                if not (all(f" {w} " in f" {plain} " for w in a) and any(w in plain for w in b)):
                    continue
                for _, sentence in split_sentences(p.text):
                    for j in pattern.finditer(sentence):
                        before = _plain(sentence[max(0, j.start() - RELATION_REACH) : j.start()])
                        after = _plain(j.group(2))
                        if all(w in before.split() for w in a[-1:]) and any(
                            w in after.split() for w in b
                        ):
                            said = f"{first.strip()} is {j.group(1)} {j.group(2).strip()}"
                            return self._read(
                                q,
                                u,
                                f"{said}: “{compose.trim(sentence)}”",
                                [j.group(0).strip(" ,(")],
                                [p],
                                0.9,
                                "relation",
                            )
        return None

    def _compose(
        self, q: str, u: Understanding, scope: Scope, persons: list[str], funds: list[str]
    ) -> Answer:
        answer = self._meaning_answer(q, u, scope)
        if answer is None:
            answer = self._relation_answer(q, u, scope)
        if answer is None and part_names.asked(q) is not None:
            # "which risk deals with X?": the name of the part whose sentence says X
            answer = self._part_named_answer(q, scope, persons, funds)
        if answer is None:
            answer = self._count_answer(q, u, scope, persons)
        if answer is None and u.answer_type not in ("date", "amount", "period"):
            # "List all the Acquired Portfolios": the table column the question names whole
            answer = self._column_list_answer(q, u, scope)
        if answer is None and TRUST_ASKED_RE.search(q):
            # (before the filing's own metadata: "which trust ..., per the June 2010
            # supplement?" asks no funds the supplement covers)
            answer = self._trust_answer(q, u, scope, funds)
        if answer is None:
            answer = self._metadata_answer(q, u, scope)
        if answer is None and TICKER_QUESTION_RE.search(q):
            answer = self._ticker_answer(q, u, scope)
        if answer is None and u.intent not in OWN_READER_INTENTS:
            answer = self._engagement_answer(q, u, scope)
        if answer is None and u.answer_type == "org":
            # "who is the distributor?" of a back cover: "Distributor / X Services, LLC"
            answer = self._headed_role_answer(q, u, scope)
        if answer is None and u.answer_type in ("person", "org") and clauses.asked(q):
            # "Who did X replace?", "Which sub-adviser did X replace?": the change clause that
            # names X, before the facts of who manages or advises
            answer = self._change_answer(q, u, scope, persons, funds)
        if (
            answer is None
            and not persons
            # ("since what year has EULAV Asset Management been the adviser?": a firm's name)
            and (TENURE_ASKED_RE.search(FIRM_MANAGEMENT_RE.sub(" ", q)) or _tenure_compared(q, u))
        ):
            answer = self._tenure_answer(q, u, scope)
        if answer is None and persons and u.answer_type not in ("date", "amount"):
            # "which sub-adviser is X with?" over a chart "Portfolio Manager | Sub-Adviser |
            # Since": the cell of the column the question names, in the row naming X
            answer = self._column_answer(q, u, scope)
        if answer is None and len(persons) == 1 and careers.asked(q):
            # "which firm did X cofound?", "X's current title and employer?": a post of X's
            answer = self._career_answer(q, u, scope, persons)
        if answer is not None:
            return answer
        if u.intent == "managers":
            answer = self._managers(q, u, scope, persons)
        elif u.intent == "risks":
            context = self._context_words(scope, persons, q)
            if any(t not in lists.QUESTION_FILLER and t not in context for t in u.terms):
                # "the principal risks of investing in the fund": a list titled so; "the risks
                # of foreign investing": the risks a sentence lists, else the best list
                answer = (
                    self._list_answer(q, u, scope, persons, titled=True)
                    or self._risks(q, u, scope, persons)
                    or self._topic_list_answer(q, u, scope, persons)
                    or self._list_answer(q, u, scope, persons)
                )
            else:  # "what are the principal risks?": the list the filing gives as its risks
                answer = self._list_answer(q, u, scope, persons) or self._risks(
                    q, u, scope, persons
                )
        elif u.intent == "funds":
            # "which funds are the Acquired Funds?": the funds the filing defines the term for
            answer = self._definition_answer(q, u, scope, "fund") or self._list_answer(
                q, u, scope, persons
            )
        elif u.intent == "manager_detail" and persons:
            answer = self._person_detail(q, u, scope, persons)
        elif (
            u.answer_type == "person"
            and scope.docs is not None
            and (u.wants_departure or u.wants_addition)
        ):
            answer = self._people_changes(q, u, scope)
        elif u.intent in ("objective", "adviser", "change"):
            kinds = _fact_kinds(u.intent, q)
            if u.intent == "change" and _asks_no_side(q):
                # a change's facts say its sides: not how it is taxed, nor its dates
                kinds = [k for k in kinds if k not in SIDE_FACT_KINDS]
            if kinds and answer is None:
                answer = self._fact_answer(q, u, scope, kinds)
            if answer is None and "objective" in kinds:  # else the filing's own heading
                answer = self._heading_answer(q, u, scope, OBJECTIVE_HEADING_RE)
            if (
                answer is not None
                and u.intent == "objective"
                and not compose.states_objective(answer.answer)
            ):  # "The Fund's investment objective ... will not change.", "Although the Fund
                # seeks to preserve the value of your investment, ...": no objective stated
                answer = None
            if (
                answer is not None
                and INDEX_ASKED_RE.search(q)
                and not INDEX_NAME_RE.search(answer.answer)
            ):
                answer = None  # "which index does it track?": an objective naming none is no answer
        if answer is None and CLASS_COMPARED_RE.search(q) and verify.superlative_way(q):
            # "which share class has the lowest expenses?": the row's values compared
            answer = self._class_comparison(q, u, scope)
        if answer is None and u.answer_type == "amount" and schedules.tier_asked(q):
            # "what rate applies above the highest breakpoint?": a tier of a fee schedule
            answer = self._schedule_answer(q, u, scope)
        if answer is None and u.intent == "amounts":
            answer = self._table_answer(q, u, scope)
        if answer is None and u.answer_type == "amount" and u.share_classes:
            # "the expense limit for Class S2": "... 0.94% and 1.09% for Class S and Class S2
            # shares, respectively"
            answer = self._respectively_answer(q, u, scope)
        if answer is None and YES_NO_RE.match(q) and _names_a_measure(q):
            # "Is there a redemption fee?": the fee table's row says (a value, or "None")
            answer = self._table_answer(q, u, scope)
        if answer is None and u.answer_type in ("fund", "org", "person"):
            # "which portfolio absorbs X?", "who is X's new sub-adviser?": the cell of the
            # column the question names, in the row of the fund it names
            answer = self._lookup_answer(q, u, scope, funds)
        if answer is None and u.answer_type in ("fund", "org", "person"):
            answer = self._definition_answer(q, u, scope)
        if answer is None and u.answer_type != "date" and clauses.asked(q) and not _asks_no_side(q):
            # (the other side of a change, not how it is taxed or when its meeting is)
            answer = self._change_answer(q, u, scope, persons, funds)
        if answer is None and u.answer_type in ("sentence", "fund", "list"):
            answer = self._value_change_answer(q, u, scope)
        if answer is None and u.answer_type == "sentence" and HOW_CHANGED_RE.search(q):
            answer = self._language_change_answer(q, u, scope)
        if answer is None and u.answer_type in ("org", "fund", "person", "list", "sentence"):
            answer = self._examples_answer(q, u, scope)
        if answer is None and u.answer_type in SCANNED_TYPES:
            answer = self._scanned_answer(q, u, scope)
        if answer is None and u.answer_type not in ("date", "amount"):
            answer = self._column_answer(q, u, scope)
        if answer is None and u.answer_type == "date":
            answer = self._date_column_answer(q, u, scope)
        if answer is None and u.answer_type == "date":
            answer = self._date_row_answer(q, u, scope)
        if answer is None and u.answer_type == "date" and INCEPTION_ASKED_RE.search(q):
            answer = self._footnoted_inception(q, u, scope)
        if answer is None and self._asks_strategy_only(q, u, scope, persons):
            # "what is the fund's principal investment strategy?": what its heading opens with
            answer = self._heading_answer(q, u, scope, STRATEGY_HEADING_RE)
            if answer is not None and not compose.states_strategy(answer.answer):
                answer = None  # "The Fund's ... strategies ... will not change."
        if answer is not None:
            return answer
        answer = self._from_sentences(q, u, scope, persons)
        if not answer.answered and u.answer_type == "fund":
            return self._filing_fund_answer(q, u, scope, persons) or answer
        return answer

    def _filing_fund_answer(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        """A which-fund question of one filing that covers one fund ("Which John Hancock fund
        do the team changes concern?") whose sentences speak of "the Fund" and name none: that
        fund, cited to the passage that best says the rest of the question (at least
        FILING_FUND_MIN_COVERAGE of its weighted words) and speaks of the fund; None
        otherwise, or when the question names the fund itself."""
        if scope.docs is None or len(scope.docs) != 1 or scope.docs[0] not in self.snap.docs:
            return None
        funds = [
            f for f in self.snap.docs[scope.docs[0]].meta.funds if not REGISTRANT_END_RE.search(f)
        ]
        if (
            len(funds) != 1
            or verify.stated(funds[0], q)
            or OTHER_FUND_ASKED_RE.search(q)
            or compose.INTO_WHICH_RE.search(q)
            or FUND_NAME_ASKED_RE.search(q)
        ):
            # ("the separate fund its managers also run", "into which fund will it be
            # reorganized?", "the fund's new name": not the filing's own fund)
            return None
        fund = funds[0]
        family = FUND_FAMILY_ASKED_RE.search(q)
        if family is not None:
            # "Which John Hancock fund ...?": the family named is the fund's or its trust's
            named = _plain(f"{fund} {self.snap.docs[scope.docs[0]].meta.trust or ''}")
            if any(f" {w} " not in named for w in _plain(family.group(1)).split()):
                return None
        weights = self._weights(u, self._context_words(scope, persons, q))
        key = _plain(fund)
        best: tuple[float, Passage] | None = None
        for hit in self._hits(u, scope)[:FILING_FUND_HITS]:
            text = hit.passage.text
            if not (DEFINED_FUND_RE.search(text) or key in _plain(text)):
                continue
            cov = weights.coverage(compose.stems_of(f"{hit.passage.section_label} {text}"))
            if cov >= FILING_FUND_MIN_COVERAGE and (best is None or cov > best[0]):
                best = (cov, hit.passage)
        if best is None:
            return None
        return self._read(q, u, f"The filing's fund: {fund}", [fund], [best[1]], 0.8, "filing fund")

    def _asks_strategy_only(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> bool:
        """Whether a question asks for the fund's strategy and nothing narrower ("what is the
        principal investment strategy?", not "what is its strategy for derivatives?")."""
        if u.answer_type != "sentence" or compose.focus_head(q) != "strate":
            return False
        context = self._context_words(scope, persons, q)
        return not [t for t in u.terms if t not in context and t not in STRATEGY_QUESTION_WORDS]

    def _column_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The cell of the table column the question's wh-phrase names ("Which recipient was
        added?" over "Recipient | Frequency | Delay" and its one row)."""
        head = wh_head(q)
        if head is None or scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        if _two_parts(q):  # "which recipient ..., and how often ...?": each part its column
            return None
        passages = [p for d in scope.docs for p in self._fund_part(d, scope.fund)]
        cell = tables.column_cell(passages, head, q)
        if cell is None:
            return None
        if u.answer_type in ("person", "org", "fund") and tables.is_value(cell.value):
            return None  # "the fund's new name?" is no "$0" under a "Fund" header
        parties = [*spans.orgs(q), *spans.people(q)]
        if parties and not any(verify.stated(n, cell.row.text) for n in parties):
            # "how often does X get the holdings?" over the one row of Y: not X's row
            return None
        # (and the row's cells of the other columns it names: "..., with what frequency?")
        said = "; ".join(f"{c}: {v}" for c, v in ((cell.column, cell.value), *cell.others))
        values = list(dict.fromkeys([cell.value, *(v for _, v in cell.others)]))
        found = self._read(q, u, said, values, [cell.row, *cell.header], 0.85, "table")
        # the column's header names what is asked: the cell is of that kind by the filing's
        # own label ("Larchwood" under "Sub-Adviser"), whatever its spelling
        return replace(found, features={**found.features, "slot": 1.0})

    def _footnoted_inception(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """An inception date a table's header gives with a footnote mark, the note below naming
        whose it is ("Since Inception 11/2/2015(1)" ... "(1) Institutional Class inception
        date."): the date of the class asked, cited to the header and the note; None when no
        such note names the class asked (or, none asked, when the notes name several)."""
        if scope.docs is None or len(scope.docs) != 1:
            return None
        asked = u.share_classes or self._ticker_classes(q, scope.docs)
        passages = self._fund_part(scope.docs[0], scope.fund)
        found: dict[str, tuple[str, Passage, Passage]] = {}
        for i, p in enumerate(passages):
            if p.kind != "row":
                continue
            for m in FOOTNOTED_INCEPTION_RE.finditer(p.text):
                mark = m.group("mark").strip("()")
                for note in passages[i + 1 : i + 1 + FOOTNOTE_REACH]:
                    said = re.match(rf"\s*\(?{re.escape(mark)}\)?\s+(.+)", note.text)
                    if said and re.search(r"\binception\b", said.group(1), re.I):
                        for c in SHARE_CLASS_RE.findall(said.group(1)):
                            found.setdefault(" ".join(c.split()), (m.group("date"), p, note))
                        break
        if asked:
            found = {c: v for c, v in found.items() if verify.same_class(c, asked)}
        if len(found) != 1:
            return None
        ((cls, (date, header, note)),) = found.items()
        citations, marks = self._cite([header, note])
        return Answer(
            question=q,
            answered=True,
            answer=f"The {cls} inception date is {date} {marks}.",
            items=(date,),
            intent=u.intent,
            confidence=0.9,
            citations=citations,
        )

    def _date_column_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """Dates read down the table column the question names ("Inception" of a performance
        table, by share class)."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        passages = [p for d in scope.docs for p in self._fund_part(d, scope.fund)]
        return self._read_down(
            q,
            u,
            tables.column_values(
                passages,
                q,
                u.share_classes or self._ticker_classes(q, scope.docs or ()),
                dates=True,
            ),
        )

    def _column_list_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The entries down the table column the question names whole ("List all the
        Acquired Portfolios" over "Acquired Portfolio | Acquiring Portfolio"), each once, cited
        to its row and the header."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        passages = [p for d in scope.docs for p in self._fund_part(d, scope.fund)]
        found = tables.column_entries(passages, q)
        if found is None:
            return None
        # the column names a term the filing defines for the things it lists ("certain
        # series of MIST (together, the “Acquired Portfolios”)"): the table says which they are
        if len(found.header.split()) < 2:
            return None  # "Fund": every filing's defined term, no kind of entry
        rows = {row.ordinal: row for _, row in found.entries}
        if any(
            verify.stated(PARENTHESIS_RE.sub("", cell).split(",")[0], q)
            for row in rows.values()
            for cell in tables.cells_of(row)
        ):
            return None  # "X is absorbing which portfolios?": X's row, not the whole column
        if u.count > 1 and u.count != len({v for v, _ in found.entries}):
            return None  # "which two ...?" is not answered by five
        quoted = re.compile(rf"[“\"‘']{re.escape(found.header)}(?:e?s)?[”\"’']", re.I)
        if not any(quoted.search(p.text) for p in passages):
            return None
        entries: dict[str, Passage] = {}
        for value, row in found.entries:
            entries.setdefault(value, row)
        listed = self._listed(
            q, u, list(entries.items()), f"The table's “{found.header}” column lists"
        )
        if listed is None:
            return None
        citations, marks = self._cite([*found.heading, *entries.values()])
        return replace(
            listed,
            citations=citations,
            answer=f"{CITE_MARK_RE.sub('', listed.answer).rstrip()} {marks}",
        )

    def _date_row_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The date a table row states, read across the row the question names ("Highest
        Quarter Return | 24.06% | June 30, 2009" for "when was the best quarter?"), with the
        row's other values; None when the row holds no date, or more than one row was read."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        passages = [p for d in scope.docs for p in self._fund_part(d, scope.fund)]
        cells = tables.read(passages, q, u.share_classes)
        if len({c.label for c in cells}) != 1:
            return None
        if not any(DATE_RE.fullmatch(c.value.strip()) for c in cells):
            return None
        # (the row's other cells are said beside its date: "the worst quarter and its return")
        rows = [p for c in cells for p in (c.row, c.header) if p is not None]
        values = list(dict.fromkeys(c.value for c in cells))
        score = min(c.score for c in cells)
        return self._read(q, u, tables.say(cells), values, rows, min(score, 0.99), "table")

    def _read_down(
        self, q: str, u: Understanding, down: Sequence[tables.ColumnValue]
    ) -> Answer | None:
        """The values read down a table's column as an answer, each cited to its row and the
        header above it; None when none was read."""
        if not down:
            return None
        cited = [p for v in down for p in (*v.header, v.row)]
        values = list(dict.fromkeys(v.value for v in down))
        return self._read(q, u, tables.say_column(down), values, cited, 0.85, "table")

    def _examples_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The examples a filing names of the kind of thing a question asks for ("Which rating
        organizations are named?" over "... rating organizations, such as A, B, C and D"), in
        the sentence that best covers the rest of the question."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        kind = list(u.descriptors) or [m.group(1) for m in ASKED_KIND_RE.finditer(q)][:1]
        if not kind:
            return None
        hits = self._hits(u, scope)
        weights = self._weights(u, self._context_words(scope, [], q))
        best: tuple[float, compose.Sentence, str, list[str]] | None = None
        for hit in hits[:CHANGE_PASSAGES]:
            heading = compose.stems_of(hit.passage.section_label)
            for sent in compose.sentences(hit):
                named, found = lists.examples(sent.text, kind)
                if not found:
                    continue
                cov = weights.coverage(compose.stems_of(sent.text) | heading)
                if cov >= EXAMPLES_MIN_COVERAGE and (best is None or cov > best[0]):
                    best = (cov, sent, named, found)
        if best is None:
            return None
        _, sent, named, found = best
        said = compose.trim(named[:1].upper() + named[1:], found)
        return self._read(q, u, said, found, [sent.hit.passage], 0.85, "examples")

    def _scanned_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """A value asked by its kind (a telephone number), read from the sentences of the
        filings asked that print one: the sentence that best covers the rest of the question
        (with the one before it, when it takes that one up: "You can also get this
        information by calling ..."), or the only value printed when the question asks
        nothing more; None when another value fits as well or none covers enough."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        weights = self._weights(u, self._context_words(scope, [], q))
        focus = bool(weights.written) and any(t not in self._scope_words(scope) for t in u.terms)
        best: tuple[float, str, Passage, list[str]] | None = None
        values: set[str] = set()
        tied = False
        read: list[tuple[float, str, Passage, list[str]]] = []  # every sentence, for plurals
        # ("the fax number": a sentence that says fax)
        narrowing = {stem(w) for w in verify.lexicon()["narrowed_kinds"].get(u.answer_type, ())} & {
            stem(t) for t in u.terms
        }
        for doc in scope.docs:
            for passage in self._passages(doc):
                if not spans.kept_of_type(u.answer_type, passage.text):
                    continue
                heading = compose.stems_of(passage.section_label)
                prior: set[str] = set()
                for _, whole in split_sentences(passage.text):
                    # (the EDGAR envelope before a filing's first words says nothing asked)
                    header = list(compose.SEC_HEADER_RE.finditer(whole))
                    sent = whole[header[-1].end() :].strip() if header else whole
                    own = compose.stems_of(whole)
                    found = list(spans.kept_of_type(u.answer_type, sent))
                    if found and narrowing <= own:
                        values.update(found)
                        taken_up = prior if compose.SAME_MATTER_RE.search(sent) else set()
                        cov = weights.coverage(own | taken_up | heading) if focus else 0.0
                        read.append((cov, sent, passage, found))
                        if best is None or cov > best[0]:
                            best, tied = (cov, sent, passage, found), False
                        elif cov == best[0] and set(found) != set(best[3]):
                            tied = True
                    prior = own
        if best is None:
            return None
        cov, sent, passage, found = best
        if PLURAL_KIND_RE.search(q) and focus:
            # "on which pages are the fee table and the manager table?": each sentence that
            # covers enough, of its own value; one value alone (not a range) is not all asked
            taken = [r for r in sorted(read, key=lambda r: -r[0]) if r[0] >= EXAMPLES_MIN_COVERAGE]
            chosen: dict[str, tuple[str, Passage]] = {}
            for _, text, where, of in taken:
                if of[0] not in chosen and len(chosen) < SCANNED_MAX:
                    chosen[of[0]] = (text, where)
            if len(chosen) < 2 and not (chosen and RANGE_SAID_RE.search(next(iter(chosen)))):
                return None
            said = " ".join(text for text, _ in dict.fromkeys(chosen.values()))
            cited = [where for _, where in chosen.values()]
            return self._read(q, u, said, list(chosen), cited, 0.85, "examples")
        if (focus and (cov < EXAMPLES_MIN_COVERAGE or tied)) or (not focus and len(values) > 1):
            return None
        return self._read(q, u, sent, found[:1], [passage], 0.85, "examples")

    def _scope_words(self, scope: Scope) -> set[str]:
        """The words of the names a question's scope was read from (its fund's, its
        filing's): they locate, they ask nothing."""
        return {w.lower() for n in (*scope.names, scope.fund or "") for w in WORD_RE.findall(n)}

    def _from_sentences(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer:
        """The best sentence of the passages retrieval ranks for the question that holds an
        answer of the expected type, or an abstention."""
        found, hits = self._sentence_candidates(q, u, scope, persons, 1)
        return found[0] if found else self._abstain(q, u, hits)

    def _sentence_candidates(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str], limit: int
    ) -> tuple[list[Answer], list[retrieve.Hit]]:
        """Answers from the best ``limit`` sentences, best first, and the hits they came from."""
        surnames = [p.split()[-1] for p in persons]
        hits = self._hits(u, scope, extra_terms=surnames)
        if scope.fund is not None and scope.docs is not None and len(scope.docs) <= TABLE_DOCS_MAX:
            # of a prospectus of several funds, not the sections about another fund (a
            # sentence under no fund's heading may be about every fund)
            hits = [h for h in hits if not self._under_other_fund(h.passage, scope.fund)]
        context = self._context_words(scope, persons, q)
        weights = self._weights(u, context)
        if any(c.lower() in context for c in u.compounds):
            # "this small-cap fund's turnover": a compound that says which fund, not required
            u = replace(u, compounds=tuple(c for c in u.compounds if c.lower() not in context))
        exclude = [*persons, *spans.of_type(u.answer_type, q)]
        if u.answer_type == "age":  # "how old is X?": the age printed beside X, though the
            exclude += spans.people(q)  # index knows X by no other mention
        must = surnames if u.intent == "manager_detail" else ()
        accept = self._is_person if u.answer_type == "person" else None
        if accept is not None and u.intent == "managers" and not u.wants_departure:
            # "who are the portfolio managers?": not one the filing says is leaving
            leaving = {
                k.casefold()
                for f in self._facts_in_scope(scope, {"departure"})
                for k in self._person_words(self.person_names.get(f.subject, f.subject))
            }
            if leaving:

                def accept(name: str) -> bool:
                    return self._is_person(name) and name.split()[-1].casefold() not in leaving

        bound = _before_date(q) if u.answer_type in ("person", "org") else None
        choices = compose.choose_sentences(
            u,
            hits,
            weights,
            exclude=exclude,
            must_mention=must,
            accept=accept,
            context=self._context_before,
            after=self._announced,
            placed=self._placed_under,
            lead=self._heading_above,
            placed_part=bool(scope.within),
            limit=limit if bound is None else limit + CANDIDATES,
        )
        if bound is not None:  # "who managed the fund before September 2003?": not the
            # people a sentence puts in place from that date on
            choices = [c for c in choices if not _effective_since(c.sentence.text, bound)]
            choices = choices[:limit]
        found = [self._sentence_answer(q, u, c, weights) for c in choices]
        if u.intent == "funds":  # "the Funds will be liquidated": the funds the filing covers
            found = [self._with_filing_funds(a) for a in found]
        return found, hits

    def _with_filing_funds(self, answer: Answer) -> Answer:
        """A sentence answer that names no fund but the filing's own by their defined term
        ("the Funds", "each Portfolio"), with the funds the filing covers as its items."""
        if answer.items or not answer.citations:
            return answer
        said = CITE_MARK_RE.sub("", answer.answer)
        if not compose.FILING_FUNDS_RE.search(said):
            return answer
        doc = answer.citations[0].doc
        rec = self.snap.docs.get(doc)
        names = _without_aliases(rec.meta.funds, self._definitions(doc)) if rec else []
        if not names:
            return answer
        return replace(answer, items=tuple(names))

    def _metadata_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """Questions about the filing itself: its date, the documents it amends, its number."""
        docs = scope.docs if scope.docs is not None else tuple(self.snap.docs)
        if len(docs) != 1:
            return None
        ql = q.lower()
        meta = self.snap.docs[docs[0]].meta
        value: str | None = None
        values: tuple[str, ...] = ()
        revised: tuple[str, ...] = ()  # when the documents supplemented were revised
        # the file numbers and the header's fields asked, each a part of one answer ("the SEC
        # file number and film number")
        parts = [self._file_numbers(q, u, docs[0])] if FILE_NUMBER_ASKED_RE.search(q) else []
        parts += [self._header_field(q, u, docs[0], key) for key in sec_header.fields_asked(q)]
        read = [p for p in parts if p is not None]
        if FILE_NUMBER_ASKED_RE.search(q) and parts and parts[0] is None:
            return None
        if len(read) == 1:
            return read[0]
        if read:
            return self._parts_joined(q, u, read)
        if FILERS_ASKED_RE.search(q) or FORMER_NAMES_ASKED_RE.search(q):
            filers = self._header_filers(q, u, docs[0])
            if filers is not None:
                return filers
        listed_dated = self._dated_documents(q, u, docs[0])
        if listed_dated is not None:
            return listed_dated
        if form_codes.asked(q):
            return self._form_code(q, u, docs[0])
        if headings.asked(q):
            heading = self._heading_named(q, u, docs[0])
            if heading is not None:
                return heading
        if amended_parts.asks_parts(q):
            changed = self._changed_parts(q, u, docs[0])
            if changed is not None:
                return changed
        fund_asked = covered.asked(q)
        if fund_asked is not None:  # "Is the X Fund among the listed funds?": yes, if it is
            names = covered.matching(fund_asked, meta.funds)
            if not names:
                return None
            found = [(n, self._passage_containing(docs[0], n)) for n in names]
            listed = self._listed(q, u, found, "Yes: the filing covers")
            # (and where the filing names the person it is described by: "does the Trillo
            # supplement apply to X Fund?")
            people = [
                p
                for name in self._link_people(q)
                if (p := self._passage_containing(docs[0], name.split()[-1])) is not None
            ]
            if listed is None or not people:
                return listed
            citations, marks = self._cite([*(p for _, p in found if p is not None), *people])
            return replace(
                listed,
                citations=citations,
                answer=f"{CITE_MARK_RE.sub('', listed.answer).rstrip()} {marks}",
            )
        if "accession" in ql:
            value, what = meta.accession, "The accession number is"
        elif (
            u.intent == "dates"
            and _dates_together(ql)
            and meta.supplement_date
            and meta.prospectus_dates
        ):  # "the date of the supplement, and of the prospectus it supplements?": both
            return self._filing_dates(q, u, docs[0])
        elif (
            u.intent == "dates"
            and CHANGES_EFFECTIVE_RE.search(ql)
            and len(set(meta.effective_dates)) == 1
        ):  # "when do the manager changes take effect?": the one date the filing takes effect
            value, what = meta.effective_dates[0], "The changes take effect"
        elif u.intent == "dates" and REVISION_ASKED_RE.search(ql) and meta.revised_dates:
            # "when was the SAI amended?": "dated May 1, 2015, as amended July 21, 2015"
            values, what = meta.revised_dates, "The documents it supplements were revised"
        elif u.intent == "dates" and compose.OWN_DATE_RE.search(
            ql
        ):  # "the date of this SAI supplement"
            value, what = meta.supplement_date, "The supplement is dated"
        elif (
            documents.asked(q)
            and u.intent != "dates"
            and (found := self._documents_amended(q, u, docs[0])) is not None
        ):  # "which fund family's SAI does the supplement amend?": as its cover names them
            return found
        elif AMENDED_DOCUMENT_RE.search(ql) or (
            u.intent == "dates"
            and re.search(r"\b(prospectus\w*|statements? of additional|sai)\b", ql)
            # the date a document bears ("the date of the prospectuses being supplemented"),
            # not when changes take effect, nor when a prospectus expires
            and re.search(r"\b(?:date[sd]?|dating)\b", ql)
            # "when will the proxy statement/prospectus be mailed?" asks for no filing's date
            and not OTHER_DOCUMENT_EVENT_RE.search(ql)
        ):
            values, what = meta.prospectus_dates, "It supplements the documents dated"
            revised = meta.revised_dates
        elif (
            u.intent == "dates"
            and "supplement" in ql
            and not re.search(r"\beffective|\bstart|\bbegin|\bmeeting|\bclose", ql)
        ):
            value, what = meta.supplement_date, "The supplement is dated"
        elif u.intent == "funds" and asks_funds_of_filing(q) and meta.funds:
            words, trust = filing_funds_narrowed(q)
            said = verify.words(q)
            registrants = [
                n for n in meta.funds if REGISTRANT_END_RE.search(n) and verify.has_phrase(said, n)
            ]
            if trust is None and registrants:
                # "which Harborgate Mutual Series Funds are listed?": a registrant the cover
                # lists, named whole: the series listed under it ("under X Trust and Y Trust":
                # under each)
                words, trust = [], registrants[0]
            if trust and meta.trust and verify.stated(meta.trust, trust):
                trust = None  # the registrant's series: all its funds
            own = _without_aliases(meta.funds, self._definitions(docs[0]))
            names = _narrowed(own, words, trust)
            if trust is not None and len(registrants) > 1:
                more = [n for r in registrants for n in _narrowed(own, [], r)]
                names = list(dict.fromkeys([*names, *more]))
            required = [verify.words(w).strip() for w in name_words(q)]
            # "the funds with International in their name": those only, or none
            names = [
                n for n in names if all(verify.has_phrase(verify.words(n), w) for w in required)
            ]
            if not re.search(r"\b(?:trusts?|registrants?|compan(?:y|ies))\b", ql):
                # "which funds does it cover?": its series, not the trust ("X Trust IV") the
                # cover names beside them
                names = [n for n in names if not REGISTRANT_END_RE.search(n)] or names
            if not names:
                return None
            found = [(f, self._passage_containing(docs[0], f)) for f in names]
            return self._listed(q, u, found, "The filing covers")
        elif (
            u.intent == "change"
            and not set(u.terms) - FILING_CHANGE_WORDS
            and WHAT_CHANGED_RE.match(q)  # not "why is the change made?", "who approved it?"
        ):
            # "what changed in this supplement?": the parts it amends, by their headings
            heads: dict[str, Passage] = {}
            for p in self._passages(docs[0]):
                if p.section:
                    heads.setdefault(p.section[0], p)
            if len(heads) < 2:
                return None
            return self._listed(q, u, list(heads.items()), "The filing amends")
        else:
            return None
        values = values or ((value,) if value else ())
        if not values and what == "The supplement is dated" and OWN_DATE_CARRIED_RE.search(ql):
            # "what date does the supplement itself carry?" of one that prints none: no
            # other date of its text is its own
            return Answer(
                question=q,
                answered=False,
                answer=f"{NOT_FOUND}: the filing prints no date of its own.",
                intent=u.intent,
            )
        if not values:
            return None
        passage, written = next(self._spelt(docs[0], values[0]), (None, ""))
        if passage is None:
            return None
        said = compose.join_names(list(values))
        if written.casefold() != values[0].casefold():  # the filing's spelling beside ours
            said = f"{said} (written “{written}”)"
            values = (*values, written)
        if revised:  # "dated January 1, 2002, as revised September 5, 2002"
            said = f"{said}, as revised {compose.join_names(list(revised))}"
            values = (*values, *revised)
        return Answer(
            question=q,
            answered=True,
            answer=f"{what} {said} [1].",
            items=values,
            intent=u.intent,
            confidence=0.95,
            citations=(self._citation(1, passage),),
        )

    def _documents_amended(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """The documents a filing's cover says it supplements ("the Statement of Additional
        Information ("SAI") of X Funds"), cited to the passage that names them; None when the
        cover names none."""
        cover: list[Passage] = []
        parts: list[str] = []  # the cover's text, with each heading where it starts
        headings: set[str] = set()
        for p in self._passages(doc):
            cover.append(p)
            parts.extend(h for h in p.section if h not in headings)
            headings.update(p.section)
            parts.append(p.text)
            if sum(len(t) + 1 for t in parts) >= documents.COVER_CHARS:
                break
        groups = documents.of_kind_asked(q, documents.supplemented(" ".join(parts)))
        if not groups:
            return None
        said = "; and to the ".join(groups)
        first = " ".join(said.split()[:3])
        passage = next((c for c in cover if first in " ".join(c.text.split())), cover[0])
        return Answer(
            question=q,
            answered=True,
            answer=f"It supplements the {said} [1].",
            items=(*groups, *spans.dates(said)),  # (and their dates, each an item)
            intent=u.intent,
            confidence=0.9,
            citations=(self._citation(1, passage),),
            features={"documents": 1.0},
        )

    def _filing_dates(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """The filing's own date and those of the documents it supplements (and when they were
        revised), each cited where the filing states it."""
        meta = self.snap.docs[doc].meta
        own, _ = next(self._spelt(doc, meta.supplement_date or ""), (None, ""))
        theirs, _ = next(self._spelt(doc, meta.prospectus_dates[0]), (None, ""))
        if own is None or theirs is None:
            return None
        said = (
            f"The supplement is dated {meta.supplement_date}; it supplements the documents "
            f"dated {compose.join_names(list(meta.prospectus_dates))}"
        )
        if meta.revised_dates:
            said += f", as revised {compose.join_names(list(meta.revised_dates))}"
        values = (meta.supplement_date or "", *meta.prospectus_dates, *meta.revised_dates)
        return self._read(q, u, said, values, [own, theirs], 0.95, None)

    def _read(
        self,
        q: str,
        u: Understanding,
        said: str,
        items: Sequence[str],
        passages: Sequence[Passage],
        confidence: float,
        reader: str | None,
    ) -> Answer:
        """An answer read from the filing's structure (a table, a list, a change clause; the
        filing's own metadata when ``reader`` is None), cited to the passages it was read from,
        each once."""
        citations, marks = self._cite(list(dict.fromkeys(passages)))
        return Answer(
            question=q,
            answered=True,
            answer=f"{said} {marks}",
            items=tuple(items),
            intent=u.intent,
            confidence=confidence,
            citations=citations,
            features={reader: 1.0} if reader else {},
        )

    def _heading_answer(
        self, q: str, u: Understanding, scope: Scope, heading: re.Pattern[str]
    ) -> Answer | None:
        """What a filing states under the heading of the thing asked ("Investment Objective"):
        the first sentence of the first passage under it, in the one filing in scope (several
        filings may state different things under one heading)."""
        if scope.docs is None or len(scope.docs) != 1:
            return None
        for p in self._passages(scope.docs[0]):
            if p.kind == "paragraph" and p.section and heading.search(p.section[-1]):
                first = compose.sentences(retrieve.Hit(p, 0.0, 0))
                if first and len(first[0].text.split()) >= compose.MIN_FREE_ANSWER_WORDS:
                    return self._read(q, u, compose.trim(first[0].text), [], [p], 0.9, "heading")
        return None

    def _ticker_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The ticker symbols the filings in scope state, of the share class asked for."""
        docs = scope.docs if scope.docs is not None else ()
        found = [
            f
            for d in docs
            for f in self.snap.facts_for_doc(d)
            if f.kind == "ticker"
            and (not u.share_classes or verify.same_class(f.attr("class") or "", u.share_classes))
        ]
        asked = scope.fund or (scope.names[0] if scope.names else None)
        if asked is not None:  # of a filing listing several funds' tickers, the one asked
            # (every telling word: "U.S. Equity" and "Small-Cap Equity" are two funds)
            found = [
                f
                for f in found
                if verify.stated(f.subject, asked) or verify.stated(asked, f.subject)
            ]
        if not found:
            return None
        said = "; ".join(
            f"{f.value} ({f.attr('class')})" if f.attr("class") else f.value for f in found
        )
        items = [f.value for f in found]
        return self._read(q, u, f"Ticker: {said}", items, self._fact_passages(found), 0.9, "list")

    def _list_answer(
        self,
        q: str,
        u: Understanding,
        scope: Scope,
        persons: Sequence[str],
        titled: bool = False,
    ) -> Answer | None:
        """The items of the list in the filings in scope that the question names best: risk
        names for a risk question, fund names for a funds question. ``titled``: only a list
        whose heading holds every word the question asks about, or one entry of a list."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        context = self._context_words(scope, persons, q)
        # (a share class the question names says whose list, not what it is about: "the
        # principal risks of X Fund Admiral Shares")
        context |= {w.lower() for c in SHARE_CLASS_RE.findall(q) for w in c.split()}
        # and words that describe the fund ("the risks listed for the money market fund")
        context |= {
            w for m in FUND_DESCRIBED_RE.finditer(q) for w in WORD_RE.findall(m.group(1).lower())
        }
        words = [t for t in u.terms if t not in context and t not in lists.QUESTION_FILLER]
        found = self._scope_lists(scope)
        if u.intent == "funds":
            found = [lst for lst in found if all(spans.funds(i) for i in lst.items)]
        if u.intent == "risks":
            found = _surest_risk_lists(found)
        required = [verify.words(w).strip() for w in name_words(q)]
        if u.intent == "funds" and required:
            # "which funds have Income in their names?": the listed funds so named, or none
            return self._listed_named(q, u, found, required)
        chosen = lists.best(found, words or ["risk"], LIST_MIN_SHARE)
        if chosen is None:
            return None
        # (the list's own heading, not the fund's name above it: "MONEY MARKET FUND >
        # Principal Risks" does not title "market risk")
        title_words = bool(words) and lists.stems(" ".join(words)) <= lists.stems(
            chosen.heading.split(" > ")[-1]
        )
        # the one entry holding every word the question asks about ("What does the fund say
        # about credit risk?" -> "Credit/Counterparty Risk"), else the entries the question
        # names whole ("What is market risk?" -> "Market Risk", not "Emerging Markets Risk")
        asked = {w.lower().rstrip("s") for w in words}
        named = [
            (item, p)
            for item, p in chosen.entries()
            if asked and asked <= {w.rstrip("s") for w in WORD_RE.findall(item.lower())}
        ]
        if len(named) > 1:  # "market risk" of "Market/Issuer Risk" and "Emerging Markets
            # Risk": the entry the asked words begin
            leading = [
                (item, p)
                for item, p in named
                if (first := WORD_RE.findall(item.lower())[:1]) and first[0].rstrip("s") in asked
            ]
            named = leading if len(leading) == 1 else named
        if title_words:
            named = []  # words of the list's own title ("risks of investing"): the whole list
        elif len(named) != 1:
            asked_words = set(WORD_RE.findall(q.lower()))
            named = [
                (item, p)
                for item, p in chosen.entries()
                if len(item.split()) >= 2 and set(WORD_RE.findall(item.lower())) <= asked_words
            ]
        if (
            titled
            and not title_words
            and not (chosen.layout in ("lead-ins", "headings") and len(named) == 1)
        ):
            return None  # neither the list's title nor one of its entries
        if chosen.layout == "lead-ins" and len(named) == 1:
            # "Which ETF structure risks are listed?" of an entry that introduces entries of
            # its own ("... exposed to the following risks:"): those entries
            at = chosen.items.index(named[0][0])
            below = lists.sub_entries(chosen, at) or lists.sub_entries(
                chosen, at, introduced=self._introduces_below(chosen, at)
            )
            if below:
                said = f"{named[0][0]}: {compose.join_names([i for i, _ in below])}"
                return self._read(
                    q, u, said, [i for i, _ in below], [named[0][1], *(p for _, p in below)],
                    0.85, "list",
                )  # fmt: skip
        if chosen.layout in ("lead-ins", "headings") and len(named) == 1:
            # "What is Covenant-Lite Loan Risk?": that entry, as the filing explains it
            item, passage = named[0]
            text = passage.text if chosen.layout == "lead-ins" else f"{item}: {passage.text}"
            focus = _entry_focus(" ".join(text.split()), item, words)
            return self._read(q, u, compose.trim(text, focus), [item], [passage], 0.85, "list")
        said_words = set(WORD_RE.findall(q.lower()))
        if (
            not title_words
            and not named
            and "risk" in said_words
            and "risks" not in said_words
            and lists.topic_groups(words)
        ):
            # "its convertible securities risk": one risk, of a topic no entry and no heading
            # names; the whole list does not say it (as it holds "which risks relate to X?")
            return None
        items = [i for i in chosen.items if len(i) <= LIST_ITEM_MAX_CHARS]
        more = " and more (listed below)" if len(items) > 3 else ""
        said = f"The filing lists {len(items)}: {compose.join_names(items[:3])}{more}"
        return self._read(q, u, said, items, chosen.passages, 0.85, "list")

    def _introduces_below(self, lst: lists.List, index: int) -> bool:
        """Whether a paragraph between a list's entry and the next entry ends with a colon
        ("The Fund's Collateral Investments are subject to the following risks:")."""
        entries = lst.entries()
        parent = entries[index][1]
        following = [p for _, p in entries[index + 1 :]]
        end = following[0].ordinal if following else parent.ordinal + 1
        for ordinal in range(parent.ordinal + 1, min(end, parent.ordinal + INTRO_REACH)):
            p = self.snap.passage(parent.doc, ordinal)
            if p is not None and lists.INTRODUCES_RE.search(p.text):
                return True
        return False

    def _listed_named(
        self, q: str, u: Understanding, found: Sequence[lists.List], required: Sequence[str]
    ) -> Answer | None:
        """The funds of the filing's lists whose names hold every required word, each once."""
        picked: dict[str, Passage] = {}
        for lst in found:
            for item, p in lst.entries():
                if all(verify.has_phrase(verify.words(item), w) for w in required):
                    picked.setdefault(item, p)
        if not picked:
            return None
        items = list(picked)
        more = " and more (listed below)" if len(items) > 3 else ""
        said = f"The filing lists {len(items)}: {compose.join_names(items[:3])}{more}"
        return self._read(q, u, said, items, list(dict.fromkeys(picked.values())), 0.85, "list")

    def _scope_lists(self, scope: Scope) -> list[lists.List]:
        """The lists of the filings in scope (of the fund's part, when one is asked)."""
        return [
            lst
            for d in scope.docs or ()
            for lst in lists.join_continued(lists.lists(self._fund_part(d, scope.fund)))
        ]

    def _topic_list_answer(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        """The entries of the filing's list of risks that speak of the topics the question
        narrows it by ("the debt-related principal risks", "which China-related and IPO
        risks?"), by their names; None when some topic names no entry, or when the topics are
        the list's own title (then the whole list is asked)."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        context = self._context_words(scope, persons, q)
        # words that describe the fund ("the main risks of this leveraged ETF") narrow no list
        described = {
            w for m in FUND_DESCRIBED_RE.finditer(q) for w in WORD_RE.findall(m.group(1).lower())
        }
        said_words = set(WORD_RE.findall(q.lower()))
        # "the small-cap company risk": one risk, named by every word of its compound
        one = "risk" in said_words and "risks" not in said_words
        groups = lists.topic_groups(
            [t for t in u.terms if t not in context and t.lower() not in described], whole=one
        )
        if not groups:
            return None
        # (not the run of a filing's inline lists: a topic may be one of its parts' own, "the
        # following bond risks: ...")
        found = [lst for lst in self._scope_lists(scope) if lst.layout != "inline-run"]
        chosen = lists.best(_surest_risk_lists(found), ["risk"], 0.0)
        if chosen is None or len(chosen.passages) != len(chosen.items):
            return None
        heading = {frozenset({s}) for s in lists.stems(chosen.heading.split(" > ")[-1])}
        if all(forms & heading for forms in groups):
            return None  # "the principal investment risks": the list's own title
        picked = lists.on_topic(chosen.entries(), groups)
        if not picked or len(picked) == len(chosen.items) or (one and len(picked) > 1):
            return None
        if lists.names_introducer(picked, q):
            return None  # "under ETF Structure Risk, which risks?": the parts of an entry the
            # question names, which the list does not set apart
        items = [i for i, _ in picked if len(i) <= LIST_ITEM_MAX_CHARS]
        said = f"Of the {len(chosen.items)} listed, {len(items)}: {compose.join_names(items)}"
        return self._read(q, u, said, items, [p for _, p in picked], 0.85, "list")

    def _change_answer(
        self,
        q: str,
        u: Understanding,
        scope: Scope,
        persons: Sequence[str],
        funds: Sequence[str],
    ) -> Answer | None:
        """The other side of a change the question names one side of ("Who replaced X?",
        "What is X's new name?", "Into which fund will X be reorganized?"), read from the
        change clauses of the passages retrieval ranks for it."""
        predicate = clauses.asked(q)
        if predicate is None:
            return None
        named = [
            *persons,
            *(p.split()[-1] for p in persons),
            *(f for f in funds if verify.stated(f, q)),
            *spans.people(q),
            *(n for n in spans.funds(q) if len(n.split()) >= 2),
            *spans.orgs(q),
            *u.share_classes,
        ]
        if u.answer_type == "org" and not named:
            # "Who is acquiring Larchmont Realty Securities?": a firm named without its
            # "LLC", as a run of capitalised words after the question's first
            named = [m.group(0) for m in NAME_RUN_RE.finditer(q) if m.start() > 0]
        hits = self._hits(u, scope)
        docs = {h.passage.doc for h in hits[:CHANGE_PASSAGES]}
        aliases = {d: self._definitions(d) for d in docs}
        # a short name the filing defines ("Which firm did Larchmont replace?")
        named += [
            x.name
            for defined in aliases.values()
            for term, x in defined.items()
            if x.kind != "fund" and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", q)
        ]
        if not named and scope.docs is not None and len(scope.docs) == 1:
            # "What will the portfolio be renamed?" asked of one filing: the fund it is about
            meta = self.snap.docs[scope.docs[0]].meta if scope.docs[0] in self.snap.docs else None
            if meta is not None and clauses.THIS_FUND_RE.search(q):
                named = list(meta.funds[:1])  # (the first named: the new name may follow)
        if not named:
            return None
        changes = clauses.read((h.passage for h in hits[:CHANGE_PASSAGES]), aliases)
        # a table setting the change out by its columns ("Acquired Portfolio | Acquiring
        # Portfolio"): read whole, in the filings the best passages come from
        tabled = scope.docs if scope.docs is not None and len(scope.docs) <= TABLE_DOCS_MAX else ()
        for d in dict.fromkeys([*tabled, *sorted(docs)]):
            changes += clauses.table_changes(self._fund_part(d, scope.fund))
        stated = [f for f in funds if verify.stated(f, q)]

        def this_fund(change: clauses.Change) -> str | None:  # "the Fund" of its filing
            return next((f for f in stated if change.passage.doc in self._docs_of(f)), None)

        found = clauses.other_side(changes, predicate, named, this_fund)
        if not found and scope.docs is not None and len(scope.docs) <= TABLE_DOCS_MAX:
            # a change the question's words do not find ("What will the portfolio be
            # renamed?" over "All references to X are deleted and replaced with Y"): the
            # rest of the filing's own passages
            searched = {(h.passage.doc, h.passage.ordinal) for h in hits[:CHANGE_PASSAGES]}
            rest = [
                p
                for d in scope.docs
                for p in self._fund_part(d, scope.fund)
                if (p.doc, p.ordinal) not in searched
            ]
            found = clauses.other_side(clauses.read(rest, aliases), predicate, named, this_fund)
        if not found:
            return None
        answers = list(dict.fromkeys(name for _, name in found))
        if len(answers) > 1 and not (
            PLURAL_ASKED_RE.search(q) and len({(c.predicate, c.passage.doc) for c, _ in found}) == 1
        ):
            return None  # the filings name more than one, and one is asked: not one answer
        shown = list({a: c for c, a in found}.values())
        said = "; ".join(_change_saying(c) for c in shown)
        cited = list({(c.passage.doc, c.passage.ordinal): c.passage for c in shown}.values())
        return self._read(q, u, said, answers, cited, 0.85, "change")

    def _engagement_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """Who was hired or let go in the role a question names ("Which sub-advisers were
        dropped?", "Who is the new custodian?"), read from the hiring and termination clauses
        of the passages retrieval ranks for it: every party of the best-ranked passage."""
        asked = clauses.asked_engagement(q) if u.answer_type in ("person", "org") else None
        if asked is None:  # (a question about the party, not for it: "the new trustee's age")
            return None
        event, role = asked
        hits = self._hits(u, scope)
        passages = [h.passage for h in hits[:CHANGE_PASSAGES]]
        found = [e for e in clauses.engagements(passages) if e.event == event and e.role == role]
        if not found:  # "the custodian will change from X to Y": a replacement in the role
            found = [
                clauses.Engagement(
                    event, (c.new if event == "hire" else c.old,), role, c.sentence, c.passage
                )
                for c in clauses.read(passages)
                if c.predicate == "replace"
                and c.kind in ("org", "person")
                and clauses.role_of(c.sentence) == role
            ]
        if not found:
            return None
        first = found[0]
        defined = self._definitions(first.passage.doc)
        # (a party by its defined short name, "Halvard" of 'Halvard Bay Partners LLP
        # ("Halvard")', by its name)
        parties = list(
            dict.fromkeys(
                defined[p].name if p in defined and defined[p].kind == "org" else p
                for e in found
                if e.passage == first.passage
                for p in e.parties
            )
        )
        said = compose.trim(first.sentence, parties)
        return self._read(q, u, said, parties, [first.passage], 0.85, "clause")

    def _value_change_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The new or the earlier wording of a value a filing says changes ("What is the new
        investment objective?" over "the investment objective will change from A to B"): the
        question must ask for one side and name the thing that changes."""
        side = verify.amount_side(q)
        if side is None:
            return None
        hits = self._hits(u, scope)
        asked = set(u.stems)
        for change in clauses.value_changes(h.passage for h in hits[:CHANGE_PASSAGES]):
            thing = {compose.stem(t) for t in content_terms(change.thing)}
            if not thing or 2 * len(thing & asked) < len(thing):  # "benchmark" names
                continue  # "benchmark index"; "objective" names "investment objective"
            value = change.new if side == "after" else change.old
            said = compose.trim(change.sentence, [value])
            return self._read(q, u, said, [value], [change.passage], 0.85, "change")
        return None

    def _language_change_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """How a text the filing sets side by side as it stands and as revised changes ("How
        did the reinvestment window change?" over "Current Language | Revised Language"): the
        words the revision alters, old and new, in the pair whose text and heading best cover
        the question."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        weights = self._weights(u, self._context_words(scope, [], q))
        found = [
            (weights.coverage(compose.stems_of(f"{c.passage.section_label} {c.old} {c.new}")), c)
            for d in scope.docs
            for c in clauses.language_changes(self._passages(d))
            if c.edits
        ]
        # the pair that covers the question; or the filings' one pair, when it speaks of the
        # question's topic at all ("the reinvestment privilege window" of "Modified Rights
        # of Reinvestment")
        covered = [x for x in found if x[0] >= compose.MIN_PASSAGE_COVERAGE["typed"]]
        if not covered and len(found) == 1 and found[0][0] > 0:
            covered = found
        if not covered:
            return None
        change = max(covered, key=lambda x: x[0])[1]
        # the edit that alters most: the revision itself, not a page footer run into a cell
        old, new = max(change.edits, key=lambda e: abs(len(e[1]) - len(e[0])) + len(e[1]))
        where = change.passage.section[-1] if change.passage.section else "The text"
        said = compose.trim(f"{where}: “…{old}…” becomes “…{new}…”")
        return self._read(q, u, said, [new], [change.passage], 0.85, "change")

    def _definition_answer(
        self, q: str, u: Understanding, scope: Scope, kind: str | None = None
    ) -> Answer | None:
        """A party a question calls by the filing's defined term ("Which fund is the Acquiring
        Fund?", "Which firm is the Adviser?"): the names the filing defines it for, of the
        answer's type (or ``kind``)."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        found = [x for d in scope.docs for x in self._definitions(d).values()]
        used = [
            d
            for d in clauses.defined_in(q, found)
            if d.kind == (kind or u.answer_type) and not verify.stated(d.name, q)
        ]
        if not used or len({d.name for d in used if d.term == used[0].term}) > 1:
            return None  # none, or one term defined for several names
        first = used[0]
        named = [n for n in first.names or (first.name,) if not verify.stated(n, q)]
        sentence = compose.sentence_with(first.passage, named[-1]) or named[-1]
        said = compose.trim(sentence, named)
        # "Ms. Ellison, Mr. Garfield (each, a "New Trustee")": the people as the filing names
        # them in full, cited where it does
        full = [self._named_in_full(first.passage.doc, n) for n in named]
        if [n for n, _ in full] != named:
            said = compose.trim(f"{compose.join_names([n for n, _ in full])}: {sentence}")
        cited = [first.passage, *(p for _, p in full if p is not None)]
        return self._read(q, u, said, [n for n, _ in full], cited, 0.85, "clause")

    def _surnames_in_full(self, text: str, doc: str) -> list[str]:
        """The people a sentence calls by a title and surname ("Mr. Chan", "Messrs. Acharya
        and Chan"), as the filing names them in full; those it never names in full are left
        out."""
        surnames: list[str] = []
        for m in TITLED_SURNAMES_RE.finditer(text):
            surnames += [w for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if w]
        out = []
        for surname in dict.fromkeys(surnames):
            full, where = self._named_in_full(doc, f"Mr. {surname}")
            if where is not None:
                out.append(full)
        return out

    def _named_in_full(self, doc: str, name: str) -> tuple[str, Passage | None]:
        """A person a filing calls by a title and a surname ("Ms. Ellison") as the filing
        names them in full ("Noni L. Ellison") first, and the passage where it does; the name
        itself (and None) when it does not, or when the name is no such short name."""
        if not clauses.TITLED_PERSON_RE.fullmatch(name):
            return name, None
        surname = name.split()[-1]
        full_re = re.compile(rf"\b[A-Z][a-z]+(?:\s+[A-Z]\.){{0,2}}\s+{re.escape(surname)}\b")
        for p in self._passages(doc):
            if surname in p.text and (m := full_re.search(p.text)) is not None:
                return m.group(), p
        return name, None

    def _doc_stems(self, doc: str) -> set[str]:
        """The stems of every word of a filing's passages (kept for the last DEFINITIONS_KEPT
        filings asked about)."""
        return _kept(
            self._stems_of_doc,
            doc,
            DEFINITIONS_KEPT,
            lambda: set().union(
                *(lists.stems(f"{p.text} {p.section_label}") for p in self._passages(doc))
            ),
        )

    def _definitions(self, doc: str) -> dict[str, clauses.Definition]:
        """A filing's defined terms ('X Capital Partners, L.P. ("X")') -> their definitions, the
        first of each term (kept for the last DEFINITIONS_KEPT filings asked about)."""

        def read() -> dict[str, clauses.Definition]:
            found: dict[str, clauses.Definition] = {}
            for d in clauses.definitions(self._passages(doc)):
                found.setdefault(d.term, d)
            return found

        return _kept(self._defined, doc, DEFINITIONS_KEPT, read)

    def _lookup_answer(
        self, q: str, u: Understanding, scope: Scope, funds: Sequence[str]
    ) -> Answer | None:
        """A fund read from the table row of a fund the question names ("which portfolio will
        absorb X?" over an acquired / acquiring table)."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        keys = [f for f in funds if verify.stated(f, q)]
        keys += [n for n in spans.funds(q) if len(n.split()) >= 3 and n not in keys]
        if not keys:
            return None
        passages = [p for d in scope.docs for p in self._passages(d)]
        found = tables.lookup(passages, q, keys)
        if found is None:
            return None
        items = [v for v in found.values if len(v) <= LIST_ITEM_MAX_CHARS]
        said = f"{found.column}: {'; '.join(found.values)}"
        return self._read(q, u, said, items, [*found.rows, *found.header], 0.85, "table")

    def _count_answer(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        """How many of a list the engine reads itself: the fund's portfolio managers, the funds
        the filing covers ("How many funds does this supplement cover?"), counted and named;
        None for anything else, which a sentence must state beside its noun ("60 funds")."""
        found = counted(q)
        if found is None:
            return None
        noun, kind = found
        listed: Answer | None = None
        if kind == "managers":
            as_list = replace(u, intent="managers", answer_type="person")
            team = self._manager_facts(q, as_list, scope, persons)
            if isinstance(team, tuple) and scope.fund is None and len(_funds_of(team[0])) > 1:
                return None  # the managers of several funds: not one count
            listed = self._managers(q, as_list, scope, persons)
        elif kind == "funds":
            which = HOW_MANY_RE.sub("Which ", q, count=1)
            if asks_funds_of_filing(which):
                listed = self._metadata_answer(which, understand(which), scope)
        if listed is None or not listed.answered or not listed.items:
            return None
        names = list(listed.items)
        marks = "".join(f"[{c.n}]" for c in listed.citations)
        return replace(
            listed,
            question=q,
            answer=(
                f"{len(names)} {_number_of(noun, len(names))}: {compose.join_names(names)} {marks}"
            ),
            items=(str(len(names)), *names),
            intent=u.intent,
            features={**listed.features, "counted": 1.0},
        )

    def _class_comparison(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """Which share class has the lowest or highest value of a fee-table row, compared
        over every class the row states (a nil cell, "None", is no charge: zero); the other
        classes' values are said beside, so that the comparison can be checked."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        way = verify.superlative_way(q)
        passages = [p for d in scope.docs for p in self._fund_part(d, scope.fund)]
        cells = tables.read(passages, q, ())
        if not cells and EXPENSES_ASKED_RE.search(q):  # "the lowest expenses": the total row
            cells = tables.read(passages, f"{q} {TOTAL_EXPENSES_ROW}", ())
        values: dict[str, float] = {}
        for c in cells:
            amount = parse_amount(c.value)
            if not (SHARE_CLASS_RE.search(c.column) or tables.CLASS_NAME_RE.match(c.column)):
                return None  # "1 Year | 3 Years": periods, no classes, compared
            if amount is not None:
                values.setdefault(c.column, 0.0 if amount.value is None else amount.value)
        if len(values) < 2 or len({c.label for c in cells}) != 1:
            return None
        best = (min if way == "down" else max)(values.values())
        picked = [col for col, v in values.items() if v == best]
        if len(picked) == len(values):
            return None  # every class the same: none is the lowest
        word = "lowest" if way == "down" else "highest"
        shown = {c.column: c.value for c in cells}
        others = "; ".join(f"{col} {shown[col]}" for col in values if col not in picked)
        verb = "has" if len(picked) == 1 else "have"
        said = (
            f"{compose.join_names(picked)} {verb} the {word} {cells[0].label}: "
            f"{shown[picked[0]]} ({others})"
        )
        rows = [p for c in cells for p in (c.row, c.header) if p is not None]
        found = self._read(q, u, said, [*picked, shown[picked[0]]], rows, 0.9, "table")
        return replace(found, features={**found.features, "compared": 1.0})

    def _ticker_classes(self, q: str, docs: Sequence[str]) -> tuple[str, ...]:
        """The share classes the tickers in a question stand for: as the index knows them, or
        as the cover of the filing asked about pairs them ("Class/Ticker: ADV/IPEAX; I/IPEIX;
        R6/VLCRX")."""
        found: list[str] = []
        for t in TICKER_TOKEN_RE.findall(q):
            c = self.tickers[t].attr("class") if t in self.tickers else None
            if c is None and len(docs) == 1:
                pair = re.compile(rf"\b([A-Z][A-Z0-9]{{0,2}})\s*/\s*{t}\b")
                m = next(
                    (
                        m
                        for p in self._passages(docs[0])[:COVER_REACH]
                        if (m := pair.search(p.text))
                    ),
                    None,
                )
                c = f"Class {m.group(1)}" if m else None
            if c:
                found.append(c)
        return tuple(found)

    def _table_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """An amount read from a table of the filings in scope: row label by the question's
        words, column by its share class."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        passages = [p for d in scope.docs for p in self._fund_part(d, scope.fund)]
        classes = u.share_classes or self._ticker_classes(q, scope.docs)
        cells = tables.read(passages, q, classes)
        if u.answer_type == "period" and not all(spans.DURATION_RE.search(c.value) for c in cells):
            return None  # "how many days must shares be held?": not the fee in the row
        parts = _measure_parts(q)
        if parts and u.answer_type == "amount":
            # "Class R 12b-1 fee and total annual operating expenses?": each measure its row;
            # every one must be read (a half answer is no answer), in rows of their own
            each = [  # a part's own class ("Class A max sales charge and Class Y net
                # expenses?"), else the question's
                tables.read(passages, part, tuple(SHARE_CLASS_RE.findall(part)) or classes)
                for part in parts
            ]
            # (or its column of one row: "inception date and 1-yr return" of "Class R6 | ... |
            # 16.99 | ... | 11/24/2015")
            labels = {(c.label, c.column) for found in each for c in found}
            if all(each) and len(labels) >= len(parts):
                cells = [c for found in each for c in found]
            elif cells and not _label_holds_all(cells[0].label, parts):
                return None
        if not cells:
            # what is asked heads a column ("Minimum Initial Investment"): its values by row
            return self._read_down(q, u, tables.column_values(passages, q, classes))
        rows = [p for c in cells for p in (c.row, c.header) if p is not None]
        values = list(dict.fromkeys(c.value for c in cells))
        score = min(c.score for c in cells)
        said = "; ".join(
            tables.say([c for c in cells if c.label == label])
            for label in dict.fromkeys(c.label for c in cells)
        )
        return self._read(q, u, said, values, rows, min(score, 0.99), "table")

    def _listed(
        self, q: str, u: Understanding, entries: Sequence[tuple[str, Passage | None]], what: str
    ) -> Answer | None:
        """A list read from the filing's structure, each entry cited to where it is written."""
        found = [(v, p) for v, p in entries if p is not None]
        if not found:
            return None
        names = [v for v, _ in found]
        said = (
            compose.join_names(names)
            if len(names) <= LIST_INLINE_MAX
            else f"{len(names)} {'funds' if u.intent == 'funds' else 'entries'} (listed below)"
        )
        cited = [p for _, p in found]
        intro = self._intro(min(cited, key=lambda p: p.ordinal))
        if intro is not None:  # "For the following Funds (All Harborgate Retail Funds):"
            said = f"{said}, introduced as “{intro.text.rstrip(': ')}”"
            cited.insert(0, intro)
        return self._read(q, u, f"{what} {said}", names, cited, 0.9, None)

    def _intro(self, passage: Passage, max_chars: int = LIST_INTRO_MAX_CHARS) -> Passage | None:
        """The short passage just above one that introduces it, ending in a colon ("For the
        following Funds (...):", "The information under ... is replaced with the following:"),
        or None."""
        above = self.snap.passage(passage.doc, passage.ordinal - 1) if passage.ordinal else None
        if above is None or not above.text.rstrip().endswith(":"):
            return None
        return above if len(above.text) <= max_chars else None

    def _event_date(self, facts: Sequence[Fact]) -> tuple[str, Passage] | None:
        """The date a change takes place, from the date facts of the facts' own filing: a
        merger's date for mergers, else the filing's effective date."""
        wanted = ("merger", "closing", "effective") if facts[0].kind == "merger" else ("effective",)
        dated = [
            f
            for f in self.snap.facts_for_doc(facts[0].doc)
            if f.kind == "date" and f.attr("role") in wanted
        ]
        dated.sort(key=lambda f: wanted.index(f.attr("role") or ""))
        for f in dated:
            passage = self.snap.passage(f.doc, f.passage)
            if passage is not None and f.value in passage.text:
                return f.value, passage
        return None

    def _parts_joined(self, q: str, u: Understanding, parts: Sequence[Answer]) -> Answer:
        """Answers to the parts of one question as one answer: each part's words, its items
        and the passages cited."""
        said = "; ".join(CITE_MARK_RE.sub("", a.answer).strip() for a in parts)
        items = [i for a in parts for i in a.items]
        cited = [
            p
            for a in parts
            for c in a.citations
            if (p := self.snap.passage_at(c.doc, c.line_start)) is not None
        ]
        return self._read(q, u, said, items, cited, min(a.confidence for a in parts), "slot")

    def _file_numbers(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """The SEC file numbers a filing states ("File Nos. 333-175410 and 811-22578", "SEC FILE
        NUMBER: 333-78269"): of the Investment Company Act (811-) or the Securities Act (33-,
        333-, 2-) when the question names one act only."""
        acts = [kind for kind, asked in FILE_ACTS if asked.search(q)]
        found: dict[str, Passage] = {}
        for passage in self._passages(doc):
            text = passage.text
            # a header of several filers, the question naming one: that filer's numbers
            named = [
                m.group("rest")
                for m in (FILER_RE.finditer(text) if "CONFORMED NAME" in text else ())
                if verify.stated(m.group("name").title(), q)
            ]
            for m in FILE_NUMBER_RE.finditer(" ".join(named) if named else text):
                kind = (
                    "investment company"
                    if m.group().lstrip("0").startswith("811-")
                    else "securities"
                )
                if (len(acts) != 1 or kind in acts) and m.group() not in found:
                    found[m.group()] = passage
        if not found:
            return None
        cited = list(dict.fromkeys(found.values()))
        said = f"The filing's SEC file numbers: {compose.join_names(list(found))}"
        return self._read(q, u, said, list(found), cited, 0.9, "slot")

    def _header_field(self, q: str, u: Understanding, doc: str, key: str) -> Answer | None:
        """A field of a filing's EDGAR header ("What is the central index key of X?", "IRS
        number of X?", "When did X change its name?", "When was it filed with the SEC?"): of
        the filer the question names (by its name now, or the former one whose change is
        asked), or the filing's own; a filer's field the header leaves out is said to be left
        out. None for a filing with no header, or a question that names no filer of it and
        says nothing of the header (an adviser's address is no filer's)."""
        passages = self._passages(doc)[:HEADER_PASSAGES]
        text = " ".join(p.text for p in passages)
        header = sec_header.parse(text)
        if header is None:
            return None
        first = passages[0]
        if key in header.fields:  # the filing's own ("FILED AS OF DATE")
            value = header.fields[key]
            if not value:
                return None
            said = f"The header gives {key}: {value}"
            return self._read(q, u, said, [value], [first], 0.9, "slot")
        named = sec_header.filer_named(header, q)
        if named is None:
            if not HEADER_SAID_RE.search(q):
                return None
            values = {self._filer_value(f, key, None) for f in header.filers}
            if len(values) != 1 or not next(iter(values)):
                return None
            filer, former = header.filers[0], None
        else:
            filer, former = named
        value = self._filer_value(filer, key, former)
        if not value:
            return self._not_listed(
                q, u, f"the filing's header gives no {key} for {filer.name}", passages[:1]
            )
        of = f", formerly {former}" if former and key == "DATE OF NAME CHANGE" else ""
        said = f"The header gives {key}: {value} for {filer.name}{of}"
        return self._read(q, u, said, [value], [first], 0.9, "slot")

    @staticmethod
    def _filer_value(filer: sec_header.Filer, key: str, former: str | None) -> str:
        """A filer's value of a header field: an address written out, the date of the name
        change asked (of the former name named, else of its one former name)."""
        if key in ("BUSINESS ADDRESS", "MAIL ADDRESS"):
            address = filer.addresses.get(key, {})
            parts = [address.get(k, "") for k in ("STREET 1", "STREET 2", "CITY")]
            place = " ".join(x for x in (address.get("STATE", ""), address.get("ZIP", "")) if x)
            return ", ".join(x for x in [*parts, place] if x and x != "N/A")
        if key == "DATE OF NAME CHANGE":
            if former is not None:
                return next((d for n, d in filer.former if n == former), "")
            return filer.former[0][1] if len(filer.former) == 1 else ""
        return filer.fields.get(key, "")

    def _header_filers(self, q: str, u: Understanding, doc: str) -> Answer | None:
        """What a filing's EDGAR submission header says of its filers: which registrants
        filed it ("COMPANY CONFORMED NAME: X"), or the former names of the one the question
        names ("FORMER CONFORMED NAME: Y"); None for a filing with no such header."""
        for passage in self._passages(doc)[:HEADER_PASSAGES]:
            if "CONFORMED NAME" not in passage.text:
                continue
            filers = [
                (m.group("name").strip(), m.group("rest")) for m in FILER_RE.finditer(passage.text)
            ]
            if not filers:
                continue
            if FORMER_NAMES_ASKED_RE.search(q):
                named = [(n, rest) for n, rest in filers if verify.stated(n.title(), q)]
                if len(named) != 1:
                    return None
                name, rest = named[0]
                former = [f.strip() for f in HEADER_FORMER_NAME_RE.findall(rest)]
                if not former:
                    return None
                said = f"The header gives {name}'s former names: {compose.join_names(former)}"
                return self._read(q, u, said, former, [passage], 0.9, "slot")
            names = list(dict.fromkeys(n for n, _ in filers))
            said = f"The header lists the filers {compose.join_names(names)}"
            return self._read(q, u, said, names, [passage], 0.9, "slot")
        return None

    def _schedule_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The rate of the first or last tier of the fee schedule a filing states, of the
        schedule in force or of the one a change replaces."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        which = schedules.tier_asked(q)
        found = [s for d in scope.docs for s in schedules.schedules(self._fund_part(d, scope.fund))]
        tier = schedules.pick(found, which or "", verify.amount_side(q), q) if which else None
        if tier is None:
            return None
        # the tier read, said in words (the last one is the rate above the highest breakpoint)
        where = {"last": "above the highest breakpoint", "first": "on the first tier"}.get(
            which or "", f"on assets {schedules.stretch_words(tier)}"
        )
        said = compose.trim(f"{tier.rate} {where}: {tier.sentence}", [tier.rate])
        return self._read(q, u, said, [tier.rate], [tier.passage], 0.85, "table")

    def _trust_answer(
        self, q: str, u: Understanding, scope: Scope, funds: Sequence[str] = ()
    ) -> Answer | None:
        """The trust a fund is a series of ("Which trust is X part of?"): on the cover that lists
        trusts, each above its funds, the trust written nearest before the fund's name; a filing
        naming one registrant before the fund, that registrant. A name the question gives the
        trust asked ("which JPMorgan trust") is no fund of the question."""
        asked = TRUST_ASKED_RE.search(q)
        said = asked.group(0) if asked else ""
        named = [
            n
            for n in dict.fromkeys((*scope.names, scope.fund, *funds))
            if n and not verify.stated(n, said)
        ]
        fund = named[0] if named else None
        docs = scope.docs if scope.docs is not None else ()
        if not docs or len(docs) > TABLE_DOCS_MAX:
            return None
        for doc in docs:
            rec = self.snap.docs.get(doc)
            if rec is None:
                continue
            names = named or list(rec.meta.funds[:1])
            # (read one by one: a long filing's other passages are not loaded for its cover)
            cover = [p for i in range(COVER_PASSAGES) if (p := self.snap.passage(doc, i))]
            for passage in cover:
                text = passage.text
                at = next((m.start() for n in names if (m := _name_at(text, n))), None)
                if at is None:
                    continue
                trusts = [
                    (m.end(), name)
                    for m in REGISTRANT_IN_COVER_RE.finditer(text[:at])
                    if (name := _trust_name(m.group(0))) and not _family_heading(name, names[0])
                ]
                own = _name_at(text[:at], rec.meta.trust) if rec.meta.trust else None
                if own is not None:
                    trusts.append((own.end(), " ".join(own.group(0).split())))
                if not trusts:
                    continue
                trust = max(trusts)[1]
                said = f"{names[0]} is a series of {trust}" if fund else trust
                return self._trust_read(q, u, said, trust, passage)
            # a registrant the cover defines as the trust ('THE X FUND II (the "Trust")')
            for passage in cover:
                m = TRUST_DEFINED_RE.search(passage.text)
                if m is not None:
                    trust = " ".join(m.group("name").split())
                    said = f"{names[0]} is a series of {trust}" if fund else trust
                    return self._trust_read(q, u, said, trust, passage)
            # the fund's name is not on the cover as asked (an old name): the registrant when
            # the cover names only one
            trust = rec.meta.trust
            written = [p for p in cover if trust and _name_at(p.text, trust)]
            if written and not any(TRUST_IN_COVER_RE.search(p.text) for p in cover):
                return self._trust_read(
                    q, u, f"The filing's registrant is {trust}", trust, written[0]
                )
        return None

    def _headed_role_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """The firm a heading names the role of, the firm's name opening the text under it
        ("Distributor / Foreside Fund Services, LLC, a wholly owned subsidiary of ...", as a
        prospectus's back cover lists its service providers): for a question asking who holds
        that role, of the filings in scope; None when no such heading stands in them."""
        roles = verify.asked_roles(q)
        if not roles or scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        told = verify.words(q)
        if any(verify.has_phrase(told, f"{r}s") for r in roles):
            return None  # "which sub-advisers ...?": several, which a list gives
        # (a heading naming another role too, "Investment Adviser and Sub-Adviser", tells
        # not which firm under it holds which)
        others = {
            w
            for key, ways in verify.lexicon()["roles"].items()
            if not key.startswith("_")
            for w in ways
            if w not in roles and not any(verify.has_phrase(verify.words(r), w) for r in roles)
        }
        found: dict[str, tuple[str, Passage]] = {}  # firm -> its label and passage
        for doc in scope.docs:
            for p in self._passages(doc):
                # (cheaply first: a role's word in the heading or the passage's opening)
                near = verify.words(f"{p.section[-1] if p.section else ''} {p.text[:LABEL_CHARS]}")
                if not any(verify.has_phrase(near, r) for r in roles):
                    continue
                firms = spans.orgs(p.text)
                if not firms:
                    continue
                # a label the firm's name was read with ("Administrator Corran Fund
                # Administration LLC"): the label apart
                lead = ROLE_LABEL_LEAD_RE.match(firms[0])
                if lead is not None and lead.end() < len(firms[0]):
                    firms[0] = firms[0][lead.end() :]
                # one firm holds the role (another may be only its parent: "a wholly owned
                # subsidiary of Y"); several under one label are a list, read elsewhere
                held = [f for f in firms[1:] if not _related_firm(p.text, f)]
                if held:
                    continue
                # the heading, or a label line the passage opens with ("Investment Adviser
                # Harlow Investments, LLC ...")
                opening = p.text[: p.text.find(firms[0])].strip()
                if opening and not LABEL_LINE_RE.fullmatch(opening):
                    continue  # ("The subadvisor Deutsche ...": a sentence, not a label)
                label = opening or (p.section[-1] if p.section else "")
                said_label = verify.words(label)
                if (
                    not label
                    or len(said_label.split()) > HEADED_ROLE_WORDS
                    or not any(verify.has_phrase(said_label, r) for r in roles)
                    or any(verify.has_phrase(said_label, w) for w in others)
                ):
                    continue
                found.setdefault(firms[0], (label, p))
        if len(found) != 1:
            return None  # (none; or several firms under such labels: a list, read elsewhere)
        firm, (label, p) = next(iter(found.items()))
        said = f"{firm} (under the heading “{label}”)"
        return self._read(q, u, said, [firm], [p], 0.9, "heading")

    def _trust_read(
        self, q: str, u: Understanding, said: str, trust: str, passage: Passage
    ) -> Answer:
        found = self._read(q, u, said, [trust], [passage], 0.85, "cover")
        # the cover's layout says what the name is: the registrant above the fund
        return replace(found, features={**found.features, "slot": 1.0})

    def _passage_containing(self, doc: str, value: str) -> Passage | None:
        """The first passage of a document whose text holds a value (case and spacing aside;
        a date in any of its spellings)."""
        return next(self._spelt(doc, value), (None, ""))[0]

    def _spelt(self, doc: str, value: str) -> Iterator[tuple[Passage, str]]:
        """The passages of a document holding a value, each with the value as it is written
        there ("October 28, 2011" is written "10-28-11" in one filing, "Oct. 28, 2011" in
        another)."""
        want = " ".join(value.split()).casefold()
        is_date = bool(find_dates(value))
        headings: set[tuple[str, ...]] = set()
        for p in self._passages(doc):
            text = " ".join(p.text.split())
            at = text.casefold().find(want)
            heading = " ".join(" / ".join(p.section).split())
            at_heading = heading.casefold().find(want) if p.section not in headings else -1
            if at >= 0:
                yield p, text[at : at + len(want)]
            elif at_heading >= 0:  # a fund named by its heading: the first passage under it
                headings.add(p.section)
                yield p, heading[at_heading : at_heading + len(want)]
            elif is_date:
                for m in DATE_RE.finditer(p.text):
                    if normalise_date(m) == value:
                        yield p, m.group(0)
                        break

    def _announced(self, passage: Passage) -> str:
        """What a passage that announces text after it announces: the next passage's heading
        and its first words."""
        nxt = self.snap.passage(passage.doc, passage.ordinal + 1)
        if nxt is None:
            return ""
        return f"{nxt.section_label} {nxt.text[:ANNOUNCED_CHARS]}"

    def _placed_under(self, passage: Passage) -> str:
        """The titles of the section the nearest announcement above a passage places the
        text that follows it in ('Under "Closed Fund Policies" in the Shareholder's Guide,
        the following replaces the corresponding information:'), within PLACED_REACH
        passages of the same heading; "" when none does (kept per passage)."""
        key = (passage.doc, passage.ordinal, passage.section)
        return _kept(self._placed, key, PASSAGE_NOTES_KEPT, lambda: self._read_placed(passage))

    def _read_placed(self, passage: Passage) -> str:
        for i in range(passage.ordinal - 1, max(-1, passage.ordinal - 1 - PLACED_REACH), -1):
            above = self.snap.passage(passage.doc, i)
            if above is None or above.section != passage.section:
                return ""
            if compose.ANNOUNCES_RE.search(above.text):
                return compose.quoted_titles(above.text)
        return ""

    def _context_before(self, passage: Passage) -> str:
        """What a passage is about: its heading, the passages just above it and, for a table
        row, the table's first row, whose short capitalised cells name share classes
        ("ADV | I | S" in a fee table reads as "Class ADV | Class I | Class S"); kept per
        passage."""
        key = (passage.doc, passage.ordinal, passage.kind, passage.section)
        return _kept(self._above, key, PASSAGE_NOTES_KEPT, lambda: self._read_above(passage))

    def _read_above(self, passage: Passage) -> str:
        parts = [passage.section_label]
        first = passage.ordinal
        if passage.kind == "row":
            for above in self._rows_above(passage):
                first = above.ordinal
            header = self.snap.passage(passage.doc, first)
            if header is not None and first != passage.ordinal:
                cells = [c.strip() for c in header.text.split("|")]
                parts.append(
                    " | ".join(
                        f"Class {c}" if SHARE_CLASS_CELL_RE.fullmatch(c) else c for c in cells
                    )
                )
                # a row labelled by a class's mark under a "Class" column ("Class | 1 Yr" over
                # "S2 | $ | 111"): the row is that class's
                label = passage.text.split("|")[0].strip()
                if tables.CLASS_COLUMN_RE.fullmatch(cells[0]) and SHARE_CLASS_CELL_RE.fullmatch(
                    label
                ):
                    parts.append(f"Class {label}")
        for i in range(max(0, first - CONTEXT_PASSAGES), passage.ordinal):
            p = self.snap.passage(passage.doc, i)
            if p is not None:
                parts.append(p.text)
        return " ".join(parts)

    def _lead_in(self, passage: Passage) -> str:
        """:func:`compose.lead_in` of the text above a passage (:meth:`_context_before`): ""
        without reading it when the passage just above ends in no colon, since that text ends
        with it (the rows above a table row are read only for a lead-in)."""
        if passage.ordinal > 0:
            prev = self.snap.passage(passage.doc, passage.ordinal - 1)
            if prev is not None and prev.text.strip() and not prev.text.rstrip().endswith(":"):
                return ""
        return compose.lead_in(self._context_before(passage))

    def _heading_above(self, passage: Passage) -> str:
        """What is said above a passage of all it says: its lead-in (:meth:`_lead_in`) and, of
        a table row, its table's caption."""
        return " ".join(filter(None, [self._lead_in(passage), self._caption(passage)]))

    def _caption(self, passage: Passage) -> str:
        """Of a table row, its table's caption: the short passage over its first row, stating
        no value of its own ("Calendar Year Total Returns Class ADV (as of December 31 of each
        year)"); "" for another passage or a table with none."""
        first = passage
        for above in self._rows_above(passage):
            first = above
        if passage.kind != "row" or first.ordinal == 0:
            return ""
        caption = self.snap.passage(passage.doc, first.ordinal - 1)
        if caption is None or len(caption.text) > TABLE_CAPTION_CHARS:
            return ""
        return "" if CAPTION_VALUE_RE.search(caption.text) else caption.text

    def _named_person(self, fact: Fact) -> bool:
        """Whether a fact's subject is a person: one the index knows, or one its filing names
        outside its tables too (a header cell read as a manager, "Beneficial Ownership" or
        "Recent Professional Experience", is named in no sentence)."""
        name = self.person_names.get(fact.subject, fact.subject)
        if self._is_person(name) or NICKNAMED_RE.fullmatch(name):
            return True
        if self._header_cell(fact, name):
            return False
        words = self._prose_words.get(fact.doc)
        if words is None:
            if len(self._prose_words) >= DEFINITIONS_KEPT:
                self._prose_words.clear()
            words = frozenset(
                w
                for p in self._passages(fact.doc)
                if p.kind != "row"
                for w in re.findall(r"\b[A-Z][\w'’-]+", p.text)
            )
            self._prose_words[fact.doc] = words
        return bool(name.split()) and name.split()[-1].strip(".,") in words

    def _header_cell(self, fact: Fact, name: str) -> bool:
        """Whether a fact's subject is a cell its table row holds before the first person it
        names ("Portfolio Manager | Fund | Beneficial Ownership | ... | Kandarp Acharya"), or
        a cell of a row just above a row naming a person: a header cell."""
        passage = self.snap.passage(fact.doc, fact.passage)
        if passage is None or passage.kind != "row":
            return False
        seen = False  # the name, before any person
        for cell in passage.text.split(tables.CELL_SPLIT):
            cell = cell.strip()
            if cell == name:
                seen = True
            elif self._is_person(cell):
                return seen
        # a header row of its own: the row below it names a person
        below = self.snap.passage(fact.doc, fact.passage + 1)
        return (
            seen
            and below is not None
            and below.kind == "row"
            and any(self._is_person(c.strip()) for c in below.text.split(tables.CELL_SPLIT))
        )

    def _unknown_people(self, q: str, persons: Sequence[str]) -> list[str]:
        """People the question names whom the index knows by no entity ("since when did Jane
        Roe manage the fund?" where a filing only says "All references to Jane Roe should be
        deleted"): a name-shaped span whose first word is a given name of a known person and
        whose surname is none of the linked people's. Each is a constraint of its own: an
        answer about other people is no answer about this one."""
        if self._given_names is None:
            counts = Counter(
                w.strip(".,").casefold()
                for n in self.person_names
                for w in n.split()[:1]
                if len(w.strip(".,")) > 2 and not w.endswith(".")
            )
            self._given_names = frozenset(w for w, k in counts.items() if k >= 2)
        known = {k for p in persons for k in self._person_words(p)}
        found = []
        for span in spans.people(q):
            span = spans.POSSESSIVE_END_RE.sub("", span)  # "Jane Roe's title"
            words = span.split()
            first, last = words[0].strip(".,").casefold(), surname_word(span)
            if first in self._given_names and last not in known and not self._is_person(span):
                found.append(span)
        return found

    def _is_person(self, name: str) -> bool:
        """Whether a person-like span names a person the index knows (not a place or a firm):
        by the name, or by its surname, in any case ("JANE Q. WESTOVER (55), Member of the
        Advisory Board" in an old filing whose people are known as "Ms. Westover")."""
        if name in self.person_names or normalise_person(name) in self.person_names:
            return True
        if self._surnames is None:
            self._surnames = frozenset(
                n.split()[-1].casefold() for n in self.person_names if n.split()
            )
        words = name.split()
        return len(words) >= 2 and words[-1].strip(".,").casefold() in self._surnames

    def _sentence_answer(
        self, q: str, u: Understanding, choice: compose.Choice, weights: compose.Weights
    ) -> Answer:
        sent = choice.sentence
        full = compose.with_neighbour(choice, weights, u.answer_type)
        focus = list(choice.spans)
        also: list[str] = []  # the date or place asked besides
        if u.wants_date_too:  # "..., and until when?": the date said with the answer
            also = _nearest_first([d for d in spans.dates(full) if d not in focus], full, focus)[:1]
            if not also:
                later = compose.date_sentence_near(choice)
                if later is not None:
                    full = f"{full} {later[0]}"
                    also = [later[1]]
            focus = [focus[0], *also, *focus[1:]] if focus else also
        if u.wants_place_too:  # "..., and where is it based?": the place said with the firm
            places = [p for p in spans.places(full) if p not in focus][:1]
            also += places
            focus = [*focus, *places]
        if not focus and len(full) > compose.MAX_ANSWER_CHARS:
            # a run-on block (cover lines, then the sentence that answers): cut from just
            # before its weightiest question word
            piece = weights.focus_piece(full)
            text = compose.trim(full, [piece] if piece else [], lead=FOCUS_WORD_LEAD)
        else:
            text = compose.trim(full, focus)
        items = list(
            choice.spans if u.answer_type in ("person", "org", "fund") else choice.spans[:4]
        )
        items += [d for d in also if d not in items]
        if u.answer_type == "person":
            # "Messrs. Acharya and Chan became the portfolio managers": the people as the
            # filing names them in full
            items += [
                n
                for n in self._surnames_in_full(sent.text, sent.hit.passage.doc)
                if n not in items and not verify.stated(n, q)  # not whom the question names
            ]
        listed = lists.enumeration(sent.text) if u.answer_type in ("sentence", "list") else None
        if listed is not None:
            # "... if: (a) ...; (b) ...; and (c) ...": the entries are the answer's parts, and
            # a sentence too long to show whole is shown as its introduction and its entries
            lead, entries = listed
            items = entries
            if len(full) > compose.MAX_ANSWER_CHARS:
                joined = f"{lead} {'; '.join(entries)}."
                too_long = len(joined) > compose.MAX_ANSWER_CHARS
                text = compose.trim(f"{lead} (listed below)") if too_long else joined
        citations = [self._citation(1, sent.hit.passage)]
        answered_here = bool(choice.spans) and u.answer_type not in ("sentence", "list")
        if text.rstrip().endswith(":") and not answered_here:
            following = self._list_after(sent.hit.passage)
            nxt = self.snap.passage(sent.hit.passage.doc, sent.hit.passage.ordinal + 1)
            if following:
                leads = [lists.lead_in(p.text) for p in following]
                if all(leads):  # "Credit Risk -- ...": the entries' names
                    items = [ld for ld in leads if ld]
                else:
                    items = [_entry(p.text) for p in following]
                citations += [self._citation(i + 2, p) for i, p in enumerate(following)]
                text = f"{text} (listed below)"
            elif nxt is not None:
                first = compose.sentences(retrieve.Hit(nxt, 0.0, 0))
                if first:
                    text = compose.trim(f"{text} {first[0].text}")
                    citations.append(self._citation(2, nxt))
        marks = "".join(f"[{c.n}]" for c in citations)
        return Answer(
            question=q,
            answered=True,
            answer=f"{text} {marks}",
            items=tuple(i for i in items if len(i) <= 200),
            intent=u.intent,
            confidence=min(0.99, choice.score),
            citations=tuple(citations),
            features={"sentence": 1.0},
        )

    def _list_after(self, passage: Passage) -> list[Passage]:
        """The items (bullets, rows, short paragraphs) that follow a passage ending in a colon."""
        out: list[Passage] = []
        for i in range(passage.ordinal + 1, passage.ordinal + 1 + LIST_MAX_ITEMS):
            p = self.snap.passage(passage.doc, i)
            if p is None or (p.section != passage.section and p.kind not in ("bullet", "row")):
                break
            if p.kind not in ("bullet", "row") and len(p.text) > LIST_ITEM_MAX_CHARS:
                break
            if out and out[0].kind in ("bullet", "row") and p.kind != out[0].kind:
                break  # a list of bullets ends where the text goes on in paragraphs
            out.append(p)
        return out

    def _fact_passages(self, facts: Sequence[Fact]) -> list[Passage]:
        """The passages facts came from, each once, in the order of the facts (as many as an
        answer cites)."""
        out: list[Passage] = []
        for fact in facts:
            if len(out) >= MAX_CITED:
                break
            p = self.snap.passage(fact.doc, fact.passage)
            if p is not None and p not in out:
                out.append(p)
        return out

    def _cite(self, passages: Sequence[Passage]) -> tuple[tuple[Citation, ...], str]:
        """Numbered citations for passages (at most MAX_CITED) and their markers "[1][2]"."""
        citations = tuple(self._citation(i + 1, p) for i, p in enumerate(passages[:MAX_CITED]))
        return citations, "".join(f"[{c.n}]" for c in citations)

    def _citation(self, n: int, passage: Passage) -> Citation:
        rec = self.snap.docs.get(passage.doc)
        return Citation.of(n, passage, rec.meta.accession if rec else None)

    def _abstain(self, q: str, u: Understanding, hits: Sequence[retrieve.Hit]) -> Answer:
        related = tuple(
            self._citation(i + 1, h.passage) for i, h in enumerate(hits[: compose.RELATED_COUNT])
        )
        text = f"{NOT_FOUND}: no passage answers this question."
        if related:
            text += " The closest passages are listed below."
        return Answer(
            question=q,
            answered=False,
            answer=text,
            intent=u.intent,
            confidence=0.0,
            related=related,
        )

    # ---------------------------------------------------------------- fact answers
    def _facts_in_scope(self, scope: Scope, kinds: set[str]) -> list[Fact]:
        if scope.docs is not None:
            out = [f for d in scope.docs for f in self.snap.facts_for_doc(d) if f.kind in kinds]
        elif len(kinds) == 1:
            out = list(self._facts_kind(next(iter(kinds))))
        else:
            out = self.snap.facts_of_kind(*sorted(kinds))
        names = [n for n in (scope.fund, *scope.names) if n]
        if names:
            matched = [f for f in out if any(self._fact_about_fund(f, n) for n in names)]
            out = matched or [f for f in out if not f.fund]
        return out

    def _fact_about_fund(self, fact: Fact, fund: str) -> bool:
        """Whether a fact concerns a fund: by its fund field, or its passage naming the fund."""
        if fact.fund and _same_fund(fact.fund, fund):
            return True
        return self._passage_names_fund(fact.doc, fact.passage, fund)

    def _passage_names_fund(self, doc: str, ordinal: int, fund: str) -> bool:
        """Whether a passage names a fund, as fuzzy matching reads it (kept: a question over
        every filing asks it of each fact of a kind, and its readers ask it again)."""

        def read() -> bool:
            passage = self.snap.passage(doc, ordinal)
            return passage is not None and (
                fuzz.partial_ratio(
                    fund,
                    passage.text,
                    processor=utils.default_process,
                    score_cutoff=FACT_FUND_MATCH,
                )
                >= FACT_FUND_MATCH
            )

        return _kept(self._fund_said, (doc, ordinal, fund), PASSAGE_NOTES_KEPT, read)

    def _firms_asked(self, q: str, scope: Scope) -> list[tuple[str, ...]]:
        """Firms a question names besides the fund ("the Summit portfolio managers", "which
        DF Dent PMs"): the names each goes by."""
        fund_words = {w.lower() for w in (scope.fund or "").split()}
        found = []
        branded = []  # firms of the filing named by their first word only ("the Ridgeway PMs")
        funds_named = [*spans.funds(q), *(scope.names or ()), scope.fund or ""]
        for entity, score in self.linker.link(q, kinds={"org"}):
            names = (entity.name, *entity.aliases)
            written = next((n for n in names if verify.stated(n, q)), None)
            brand = entity.name.split()[0]
            by_brand = (
                written is None
                and scope.docs is not None
                and bool(set(entity.docs) & set(scope.docs))
                and brand[:1].isupper()
                # (a word standing alone: not "Stone" of "Northbeam Stone Harbor EMD")
                and re.search(rf"\b{re.escape(brand)}\b(?!\s+[A-Z][a-z])", q) is not None
                # (not the family word of a fund the question names: "Northbeam" of "Who
                # manages Northbeam EMD Sovereign?")
                and not any(re.search(rf"\b{re.escape(brand)}\b", f) for f in funds_named)
            )
            if by_brand:
                written = brand
                names = (brand, *names)  # (as the filing may write it too: "| Aristotle |")
            # (a firm of the filing its first word names needs no closer link)
            if (score < LINK_MIN_SCORE and not by_brand) or written is None:
                continue
            if _names_the_filing(q, written):
                continue
            if {w.lower() for w in written.split()} <= fund_words:
                continue  # the fund's own brand ("MacKay" of "NYLI MacKay ... Fund")
            (branded if by_brand else found).append(names)
        if not found:
            found = branded[:1]
        said = _firm_described(q)
        if said:
            # "which Westfield PMs ...?" of a firm the index does not know: its words must
            # still stand with each person
            covered = any(
                verify.stated(said, n) or verify.stated(n, said) for f in found for n in f
            )
            if not covered and not {w.lower() for w in said.split()} <= fund_words:
                found.append((said,))
        return [self._defined_firms(names, scope) for names in found]

    def _defined_firms(self, names: tuple[str, ...], scope: Scope) -> tuple[str, ...]:
        """A firm's names with those of the firms a filing in scope defines one of them to
        stand for ('X Co. LLC and X (UK) Limited (together, "X IM")': both)."""
        if scope.docs is None or len(scope.docs) > DEFINED_FIRM_DOCS:
            return names
        keys = {n.lower() for n in names}
        more = [
            n
            for doc in scope.docs
            for term, d in self._definitions(doc).items()
            if d.kind == "org" and term.lower() in keys
            for n in d.names
        ]
        return tuple(dict.fromkeys([*names, *more]))

    def _with_firm_fact(self, fact: Fact, names: Sequence[str]) -> bool:
        """Whether a manager fact is of the firm: by the firm the fact records, else by its
        table row, else by the passages just above it (a sub-adviser's caption)."""
        firm = fact.attr("firm")
        if firm:
            # or a shorter name of the firm recorded ("Lazard" for "Lazard Asset Management")
            return self._firm_is(names, firm) or (
                self._firm_is(names, firm, exact=True)
                and any(verify.stated(firm, n) for n in names)
            )
        passage = self.snap.passage(fact.doc, fact.passage)
        name = self.person_names.get(fact.subject, fact.subject)
        if passage is not None and passage.kind == "row" and " | " in passage.text:
            if any(verify.stated(n, passage.text) for n in names):
                return True
            caption = self._firm_caption(fact)
            return caption is not None and self._firm_is(names, caption)
        if passage is not None:
            under = self._entry_under(passage.text, name)
            if under is not None:
                return self._firm_is(names, under)
        near = self._near_text(fact)
        return any(verify.stated(n, near) for n in names)

    def _firm_caption(self, fact: Fact) -> str | None:
        """The caption a manager's row stands under in a block of firms ("Sub-Adviser | X |",
        "X Portfolio Managers", then rows of people): the nearest passage above naming a firm,
        over rows of the same block's people or of neither; None when that passage names
        people too (a table with a firm column) or none is near."""
        with_people = self._manager_passages(fact.doc)
        for i in range(fact.passage - 1, max(-1, fact.passage - QUALIFIER_WINDOW), -1):
            above = self.snap.passage(fact.doc, i)
            if above is None:
                return None
            if FIRM_LABEL_RE.search(above.text) or self._firm_names(above.text) is not None:
                return None if i in with_people else above.text
        return None

    def _manager_passages(self, doc: str) -> frozenset[int]:
        """The passages of a filing that name a manager of one of its funds."""
        return _kept(
            self._manager_ordinals,
            doc,
            DEFINITIONS_KEPT,
            lambda: frozenset(
                f.passage for f in self.snap.facts_for_doc(doc) if f.kind == "manages"
            ),
        )

    def _firm_is(self, names: Sequence[str], text: str, exact: bool = False) -> bool:
        """Whether a text naming one firm (a fact's firm, the label a person stands under)
        names the firm of ``names``: its words are there (unless ``exact``) and the known
        firm the text names in full, if any, is that firm, not another whose name holds the
        same words ("Ridgeway Investments, LLC" is not "Ridgeway Investment Management")."""
        if not exact and not any(verify.stated(n, text) for n in names):
            return False
        own = self._firm_names(text)
        if own is not None and set(own) & set(names):
            return True  # (or a name both go by: "Ridgeway IM" for the two firms it stands for)
        if _distinct_firms(names[0], text):
            return False  # each written in full: "Ridgeway Investment Management (UK) Limited"
        if own is None:
            return True
        return self._firm_names(names[0]) is None  # the question's own words for a firm

    def _firm_names(self, text: str) -> tuple[str, ...] | None:
        """The names of the known firm a text names in full (its best link), or None (kept:
        a question's firm and each manager's caption are asked once per fact)."""

        def read() -> tuple[str, ...]:  # (none kept as an empty tuple)
            for entity, score in self.linker.link(text, kinds={"org"}):
                names = (entity.name, *entity.aliases)
                if score >= LINK_MIN_SCORE and any(verify.stated(n, text) for n in names):
                    return names
            return ()

        return _kept(self._firms_named, text, PASSAGE_NOTES_KEPT, read) or None

    def _says_staying(self, fact: Fact) -> bool:
        """Whether the passage of a manager fact says its person stays ("will continue as
        portfolio managers of the fund")."""
        passage = self.snap.passage(fact.doc, fact.passage)
        name = self.person_names.get(fact.subject, fact.subject)
        return passage is not None and verify.says_staying(passage.text, self._person_words(name))

    def _near_text(self, fact: Fact, before: int = QUALIFIER_WINDOW) -> str:
        """The fact's passage with the few passages above it (a table's sub-adviser caption)."""
        texts = []
        for i in range(max(0, fact.passage - before), fact.passage + 1):
            p = self.snap.passage(fact.doc, i)
            if p is not None:
                texts.append(p.text + " " + p.section_label)
        return " ".join(texts)

    def _managers(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        team = self._manager_facts(q, u, scope, persons)
        if team is None or isinstance(team, Answer):
            return team  # (the entry a supplement adds to its managers' section)
        facts, departing = team
        qualifier = team_qualifier(q)
        if qualifier:  # "the agency MBS portfolio managers": those the filing calls so
            said = [f for f in facts if self._describes(f, qualifier)]
            if said and {f.subject for f in said} != {f.subject for f in facts}:
                facts = said
        names: list[str] = []
        since: dict[str, str] = {}
        shown_as = self._shown_names(facts)
        for fact in facts:
            name = shown_as[fact.subject]
            if name not in names:
                names.append(name)
            if fact.attr("since") and name not in since:
                since[name] = fact.attr("since") or ""
        fund = _fund_named(scope, facts)
        by_filing = self._names_by_filing(facts)
        if not departing and len({frozenset(v) for v in by_filing.values()}) > 1:
            # several filings (years apart, or funds of one name) name different teams: say
            # which filing says what rather than merging them into one team
            citations, text = self._managers_by_filing(fund, by_filing, facts)
        elif not departing and scope.fund is None and len(_funds_of(facts)) > 1:
            # a filing of several funds, no fund asked: who manages which
            citations, text = self._managers_by_fund(facts, since)
        else:
            citations, marks = self._cite(self._fact_passages(facts))
            shown = [f"{n} (since {since[n]})" if n in since else n for n in names]
            if departing:
                verb = "is leaving" if len(names) == 1 else "are leaving"
                text = f"{compose.join_names(names)} {verb} the management of {fund} {marks}."
            else:
                verb = "manages" if len(names) == 1 else "manage"
                text = f"{compose.join_names(shown)} {verb} {fund} {marks}."
            if len(text) > compose.MAX_ANSWER_CHARS:
                text = f"{len(names)} portfolio managers {verb} {fund} {marks}."
        return Answer(
            question=q,
            answered=True,
            answer=text,
            items=tuple(names),
            intent=u.intent,
            confidence=0.9,
            citations=citations,
        )

    def _describes(self, fact: Fact, words: str) -> bool:
        """Whether the passage of a fact, or its heading, says the words ("Agency MBS Portfolio
        Managers" over two of a fund's four managers). A passage, not a sentence; and a table
        row with fewer cells than the rows above it is read with the nearest row above that has
        more, whose first cells span it ("MacKay Shields LLC | Andrew Susser | Since 2012" over
        "Dohyun Cha | Since 2024")."""
        passage = self.snap.passage(fact.doc, fact.passage)
        if passage is None:
            return False
        said = f" {_plain(words).strip()} "
        if said in _plain(f"{passage.section_label} {passage.text}"):
            return True
        cells = passage.text.count(" | ")
        for above in self._rows_above(passage) if cells else ():
            if above.text.count(" | ") > cells:
                return said in _plain(above.text)
            if above.text.count(" | ") < cells:
                return False
        return False

    def _longest_tenure(
        self,
        q: str,
        u: Understanding,
        way: str,
        by_date: dict[str, list[str]],
        citations: tuple[Citation, ...],
        marks: str,
    ) -> Answer | None:
        """Which of the fund's managers has managed it the longest (the earliest "since") or
        the shortest (the latest), when every manager's start is known to the same precision;
        the others' starts are said beside, so that the comparison can be checked."""
        parsed = {d: parse_date(d) for d in by_date}
        word = "longest" if way == "up" else "shortest"
        if len(by_date) == 1:  # one start for all: none longer than another
            ((date, names),) = by_date.items()
            if len(names) == 1:
                text = (
                    f"{names[0]}, the only manager named, has managed the fund the {word}, "
                    f"since {date}"
                )
            else:
                text = (
                    f"{compose.join_names(names)} have all managed the fund since {date}; none "
                    f"for the {word}"
                )
            return Answer(
                question=q,
                answered=True,
                answer=f"{text} {marks}.",
                items=(*names, date),
                intent=u.intent,
                confidence=0.9,
                citations=citations,
                features={"compared": 1.0},
            )
        if any(p is None for p in parsed.values()):
            return None
        order = sorted(by_date, key=lambda d: _date_key(parsed[d]))  # type: ignore[arg-type]
        pick = order[0] if way == "up" else order[-1]
        first = parsed[pick]
        if any(
            p is not None and p.year == first.year and (p.month is None) != (first.month is None)
            for d, p in parsed.items()
            if d != pick
        ):  # type: ignore[union-attr]
            return None  # "2014" against "May 2014": which came first is not said
        names = by_date[pick]
        others = "; ".join(
            f"{compose.join_names(by_date[d])} since {d}" for d in order if d != pick
        )
        verb = "has" if len(names) == 1 else "have"
        text = (
            f"{compose.join_names(names)} {verb} managed the fund the {word}, since {pick} "
            f"({others}) {marks}."
        )
        return Answer(
            question=q,
            answered=True,
            answer=text,
            items=(*names, pick),
            intent=u.intent,
            confidence=0.9,
            citations=citations,
            features={"compared": 1.0},
        )

    def _tenure_answer(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """Since when each of the fund's managers has managed it, when the filing says so for
        every one of them: "A since 2012; B and C since 2024" (not one manager's date for a
        team)."""
        if u.wants_addition or u.wants_departure or _before_date(q) is not None:
            return None
        team = self._manager_facts(q, u, scope, ())
        if team is None or isinstance(team, Answer):
            # the question takes it that the filings name the managers; they name none (a
            # sentence about the "management fee" is no answer)
            hits = self._hits(u, scope)
            return self._abstain(q, u, hits) if scope.docs is not None else None
        facts, _ = team
        if len(self._names_by_filing(facts)) > 1:
            return None  # several filings: the managers' answer says which says what
        since: dict[str, str] = {}
        for fact in facts:
            name = self.person_names.get(fact.subject, fact.subject)
            since.setdefault(name, "")
            since[name] = since[name] or fact.attr("since") or ""
        if not since:
            return None
        missing = [n for n, date in since.items() if not date]
        said = self._since_said(scope, missing) if missing else None
        if missing and said is None:
            names = compose.join_names(list(since))
            cited, _ = self._cite(self._fact_passages(facts))
            found = Answer(question=q, answered=True, answer="", intent=u.intent, citations=cited)
            return _withheld(
                found,
                f"{NOT_FOUND}: the filing names the managers ({names}) but not since when "
                "each has managed the fund. The closest passages are listed below.",
                0.0,
            )
        if said is not None:
            since.update(dict.fromkeys(missing, said[0]))
            facts = [*facts, said[1]]
        by_date: dict[str, list[str]] = {}
        for name, date in since.items():
            by_date.setdefault(date, []).append(name)
        citations, marks = self._cite(self._fact_passages(facts))
        compared = _tenure_compared(q, u)
        if compared is not None:
            return self._longest_tenure(q, u, compared, by_date, citations, marks)
        if len(since) == 1:
            ((name, date),) = since.items()
            fund = _fund_named(scope, facts)
            text = f"{name} has managed {fund} since {date} {marks}."
        else:
            parts = [f"{compose.join_names(names)} since {date}" for date, names in by_date.items()]
            text = "; ".join(parts) + f" {marks}."
        return Answer(
            question=q,
            answered=True,
            answer=text,
            items=tuple(by_date),
            intent=u.intent,
            confidence=0.9,
            citations=citations,
            features={"slot": 1.0} if said is not None else {},
        )

    def _since_said(self, scope: Scope, names: Sequence[str]) -> tuple[str, Fact] | None:
        """What one sentence of the filings in scope says the named managers have managed
        since, when no fact dates them ("Mr. A and Mr. B have been portfolio managers of the
        Fund since its inception"): the words after "since", and a fact citing the passage."""
        surnames = [n.split()[-1] for n in names]
        for d in scope.docs or ():
            for p in self._fund_part(d, scope.fund):
                if not all(s in p.text for s in surnames):
                    continue
                for _, sent in split_sentences(p.text):
                    m = SINCE_PHRASE_RE.search(sent)
                    if m and all(re.search(rf"\b{re.escape(s)}\b", sent) for s in surnames):
                        cited = Fact(doc=p.doc, passage=p.ordinal, kind="manages", subject="")
                        return m.group(1).strip(), cited
        return None

    def _manager_facts(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> tuple[list[Fact], bool] | Answer | None:
        """The facts naming the managers a question asks for (today's, those leaving or
        added, those before a date, the lead ones), and whether it asks who is leaving; or
        the answer an added entry gives when no fact says who was added."""
        if scope.docs is None:
            return None
        # "which PMs did Chan and Acharya replace?": those the named people replace, who
        # leave (not today's team, the named among them)
        capitals = _capital_words(q)
        replaced = REPLACED_BY_NAMED_RE.search(q) is not None and (
            bool(persons)
            or any(  # named by surname alone ("did Cho and Berg replace?")
                surname_word(self.person_names.get(f.subject, f.subject)) in capitals
                for f in self._facts_in_scope(scope, {"manages", "addition"})
            )
        )
        departing = (u.wants_departure and not persons) or replaced
        kinds = {"departure"} if departing else {"manages", "addition"}
        bound = _before_date(q)  # "who managed the fund before September 2003?"
        if bound is not None and not departing:
            kinds = {"manages", "departure"}  # who leaves after it managed before it
        # a table's header cell read as a manager ("Beneficial Ownership") is no person: not
        # one the index knows, nor one a sentence of its filing names
        facts = [
            f
            for f in self._facts_in_scope(scope, kinds)
            if f.kind == "departure" or self._named_person(f)
        ]
        if not facts and kinds == {"manages", "addition"}:
            # biographies under a heading of the fund's managers ("Portfolio Managers": "Dana
            # Holt, Senior Vice President, has served on teams ... since 2018"): its people
            facts = self._headed_biographies(scope)
        if bound is not None:
            facts = [f for f in facts if not self._started_since(f, bound)]
        start = _since_date(q) if not departing else None
        if start is not None:
            # "which PMs have managed it since 2013?": those whose stated start is then (a
            # manager of no stated start is not borne out)
            facts = [f for f in facts if f.kind == "manages" and _same_start(f, start)]
            if not facts:
                return None
        if facts and not departing and start is None:
            # "Dana Holt, Vice President and Portfolio Manager, has served on teams ...":
            # a portfolio manager by title in a filing that names the fund's managers
            named = {self.person_names.get(f.subject, f.subject) for f in facts}
            with_docs = {f.doc for f in facts}
            for f in self._facts_in_scope(scope, {"title"}):
                name = self.person_names.get(f.subject, f.subject)
                if f.doc in with_docs and name not in named and PM_TITLE_RE.search(f.value):
                    facts.append(f)
                    named.add(name)
        if persons and (u.wants_departure or "replac" in q.lower()):
            # "who keeps running the fund during Marsh's leave?": the named person is context
            facts = [f for f in facts if self.person_names.get(f.subject, f.subject) not in persons]
        if u.wants_addition and not u.wants_departure:
            added = [f for f in facts if f.kind == "addition"]
            if not added:  # "The following entry is added to the Portfolio Managers section"
                inserted = self._inserted_people(q, u, scope, {"manager"})
                if inserted is not None:
                    return inserted
            facts = added or facts
        firms = self._firms_asked(q, scope) if facts else []
        for names in firms:
            # "who are the Lazard portfolio managers?": those of the firm, or none
            facts = [f for f in facts if self._with_firm_fact(f, names)]
        if facts and not firms and SLEEVE_ASKED_RE.search(q):
            # "who runs the managed futures sleeve?": the managers of the firm a table gives
            # that part of the fund to
            firm = self._sleeve_firm(q, scope)
            if firm is not None:
                facts = [f for f in facts if self._with_firm_fact(f, (firm,))]
        if LEAD_ASKED_RE.search(q) and facts and not _two_parts(q):
            # "who is the lead portfolio manager?": those the filing says lead, or no answer
            # from these facts (the sentences may still say it)
            facts = [f for f in facts if (f.attr("role") or "") in LEAD_ROLES]
            named_lead = [f for f in facts if f.attr("role") in ("lead", "co-lead")]
            facts = named_lead or facts  # one the filing calls its lead, over the whole team
        if verify.asks_staying(q) and facts:
            # "which portfolio managers remain?": those a sentence says will continue
            facts = [f for f in facts if self._says_staying(f)]
        if facts and not departing and AFTER_LEAVING_RE.search(q):
            # "who will manage the fund after he leaves?": not the one leaving
            leaving = {
                self.person_names.get(f.subject, f.subject)
                for f in self._facts_in_scope(scope, {"departure"})
            }
            facts = [
                f
                for f in facts
                if f.kind != "departure"
                and self.person_names.get(f.subject, f.subject) not in leaving
            ]
        return (facts, departing) if facts else None

    def _sleeve_firm(self, q: str, scope: Scope) -> str | None:
        """The firm a filing's table gives the part of the fund a question names ("Strategy |
        Sub-Adviser" over "Managed Futures | X Strategies LLC"), or None."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        for doc in scope.docs:
            passages = self._fund_part(doc, scope.fund)
            for head in SLEEVE_FIRM_HEADS:
                cell = tables.column_cell(passages, head, q)
                if cell is not None and cell.value:
                    return cell.value
        return None

    def _headed_biographies(self, scope: Scope) -> list[Fact]:
        """The title facts of people a sentence of their passage opens with, under a heading
        of the fund's managers, one per person (a filing whose managers no fact records)."""
        out: dict[str, Fact] = {}
        for f in self._facts_in_scope(scope, {"title"}):
            passage = self.snap.passage(f.doc, f.passage)
            name = self.person_names.get(f.subject, f.subject)
            if (
                passage is not None
                and MANAGERS_HEADING_RE.search(passage.section_label)
                and any(t.startswith(name) for _, t in split_sentences(passage.text))
            ):
                out.setdefault(name, f)
        return list(out.values())

    def _risks(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        facts = self._facts_in_scope(scope, {"risks"})
        if scope.docs is None and facts:
            # corpus-wide: only the filings retrieval ranks highest, not every risk list
            ranked = {h.passage.doc for h in self._hits(u, scope)}
            facts = [f for f in facts if f.doc in ranked]
        if not facts:
            return None
        context = self._context_words(scope, persons, q)
        weights = self._weights(u, context)
        # words naming the fund or person locate the list; they are not its topic
        topic = [t for t in u.terms if t not in lists.QUESTION_FILLER and t not in context]
        scored = []
        for fact in facts:
            p = self.snap.passage(fact.doc, fact.passage)
            if p is None:
                continue
            cov = (
                weights.coverage(compose.stems_of(p.text + " " + p.section_label)) if topic else 1.0
            )
            scored.append((cov, fact, p))
        if not scored:
            return None
        cov, fact, passage = max(scored, key=lambda t: t[0])
        if cov < compose.MIN_PASSAGE_COVERAGE["free"]:
            return None
        # a topic the filing speaks of elsewhere must be the list's ("the market-capitalization
        # risks": not the risks of emerging markets); one it never says narrows nothing
        said = lists.stems(" ".join([passage.text, passage.section_label, *fact.items]))
        filed = self._doc_stems(fact.doc)
        for forms in lists.topic_groups(topic):
            if any(form <= filed for form in forms) and not any(form <= said for form in forms):
                return None
        citation = self._citation(1, passage)
        topic = fact.value or fact.subject
        return Answer(
            question=q,
            answered=True,
            answer=f"The filing lists {len(fact.items)} risks of {topic} [1].",
            items=fact.items,
            intent=u.intent,
            confidence=0.85,
            citations=(citation,),
        )

    DETAIL_FACTS: ClassVar[dict[str, tuple[str, ...]]] = {
        "title": ("title",),
        "joined": ("joined",),
        "previous": ("previous_employer",),
        "since": ("manages", "joined"),
        "profile": ("title", "manages"),
    }

    def _person_detail(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        """Answer from the facts about one person (title, joined, previous employer, since);
        a question asking for several ("previous firm, and when did he join?") gets each."""
        details: list[str | None] = [u.detail]
        if re.search(r"\band\b", q):  # (not "Before joining X, where was she employed?")
            details += [d for d in details_asked(q) if d != u.detail]
        texts: list[str] = []
        items: list[str] = []
        cited: list[Passage] = []
        several = len(persons) > 1  # "Since when have X and Y co-managed the fund?": each
        for person_name, detail in ((p, d) for p in persons for d in details):
            if detail == "credentials":
                found = self._credentials(person_name, scope)
                if found is not None:
                    said, written, passage = found
                    if passage not in cited:
                        cited.append(passage)
                    texts.append(f"{written} [{cited.index(passage) + 1}]")
                    items.extend(c for c in said if c not in items)
                continue
            fact = self._person_fact(detail, scope.docs, {person_name}, scope.fund)
            if fact is None and detail == "title":
                # "Risteard Hogan (co-manager) has managed the fund since ...": the title in
                # brackets after the name; "G. David MacEwen, Chief Investment Officer - Fixed
                # Income, has shared ...": the title set off by commas after it
                found = self._bracketed_title(person_name, scope) or self._appositive_title(
                    person_name, scope
                )
                if found is not None:
                    title, passage = found
                    if passage not in cited:
                        cited.append(passage)
                    person = self.person_names.get(person_name, person_name)
                    texts.append(f"{person}: {title} [{cited.index(passage) + 1}]")
                    items.append(title)
                continue
            if fact is None:
                continue
            passage = self.snap.passage(fact.doc, fact.passage)
            if passage is None:
                continue
            value = fact.attr("since") if fact.kind == "manages" else fact.value
            new_items = [v for v in (value, fact.attr("previous_tenure")) if v and v not in items]
            person = self.person_names.get(fact.subject, fact.subject)
            sentence = compose.sentence_with(passage, value or "", [person.split()[-1]])
            if detail == "profile":
                hit = retrieve.Hit(passage, 1.0, 0)
                sentence = compose.trim(" ".join(x.text for x in compose.sentences(hit)[:2]))
            text = sentence or f"{person}: {value}."
            if several and person.split()[-1] not in text:
                text = f"{person}: {text}"
            if passage not in cited:
                cited.append(passage)
            n = cited.index(passage) + 1
            if text not in " ".join(texts):
                texts.append(f"{text} [{n}]")
            items.extend(new_items)
        if not texts:
            return None
        answer = " ".join(texts)
        if len(answer) > compose.MAX_ANSWER_CHARS:
            answer = compose.trim(texts[0], items)
        return Answer(
            question=q,
            answered=True,
            answer=answer,
            items=tuple(items),
            intent=u.intent,
            confidence=0.85,
            citations=tuple(self._citation(i + 1, p) for i, p in enumerate(cited)),
        )

    def _written_after_name(
        self, person: str, scope: Scope, after: str
    ) -> Iterator[tuple[re.Match[str], Passage, str]]:
        """Each match of the pattern ``after`` right after the person's surname in the
        passages of the filings in scope (none when the scope is not a few filings), with the
        passage and the person's name."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return
        name = self.person_names.get(person, person)
        surname = name.split()[-1]
        pattern = re.compile(rf"\b{re.escape(surname)}{after}")
        for doc in scope.docs:
            for p in self._passages(doc):
                if surname in p.text:
                    for m in pattern.finditer(p.text):
                        yield m, p, name

    def _bracketed_title(self, person: str, scope: Scope) -> tuple[str, Passage] | None:
        """The title a filing writes in brackets right after a person's name ("Ruben Calderon
        (co-lead portfolio manager) has managed the fund since ..."), and its passage; None when
        no passage of the filings in scope does."""
        for m, p, _ in self._written_after_name(person, scope, r"\s*\(([^()]{3,60})\)"):
            if compose.DETAIL_CUES["title"].search(m.group(1)):
                return m.group(1).strip(), p
        return None

    def _appositive_title(self, person: str, scope: Scope) -> tuple[str, Passage] | None:
        """The title a filing sets off by commas right after a person's name, before what the
        person does ("G. David MacEwen, Chief Investment Officer - Fixed Income, has shared
        primary responsibility ..."), and its passage; None when no passage does."""
        for m, p, _ in self._written_after_name(person, scope, APPOSITIVE_TITLE_RE.pattern):
            if compose.DETAIL_CUES["title"].search(m.group(1)):
                return m.group(1).strip(), p
        return None

    # A title after a person's credentials is shown with them when at most this long.
    TITLE_TAIL_CHARS: ClassVar[int] = 60

    def _credentials(self, person: str, scope: Scope) -> tuple[list[str], str, Passage] | None:
        """The credentials a filing writes after a person's name ("Kevin Akioka, CFA, Vice
        President", "David Rule, CFA, FRM"), the name as written with them (and the title after
        them), and the passage that writes them; None when no passage of the filings in scope
        does."""
        found = self._written_after_name(person, scope, r"\b((?:\s*,\s*[A-Za-z][\w.®]*)+)")
        for m, p, name in found:
            said: list[str] = []
            for token in (t.strip() for t in m.group(1).split(",")[1:]):
                if not is_credential(token):
                    break
                said.append(token.rstrip("."))
            if said:
                start = p.text.rfind(name.split()[0], 0, m.start())
                start = start if start >= 0 and m.start() - start < len(name) + 8 else m.start()
                # (and the title after them, when it is short: "..., CFA, Vice
                # President and Senior Portfolio Manager")
                last = p.text.find(said[-1], m.start()) + len(said[-1])
                end = p.text.find(",", last + 1)
                tail = p.text[last:end] if end > 0 else ""
                if not tail or len(tail) > self.TITLE_TAIL_CHARS or "|" in tail:
                    end = last
                written = p.text[start:end].rstrip(" ,")
                return said, written, p
        return None

    def _part_named_answer(
        self, q: str, scope: Scope, persons: list[str], funds: list[str]
    ) -> Answer | None:
        """The name of the part of a filing that says what a question describes ("which risk
        deals with the conflict of interest in credit ratings?" -> "Ratings Reliance Risk"): the
        best sentences for the description, each checked like any answer, and the name of the
        part the first borne out stands in (its lead-in or heading); None when no such sentence
        stands in a named part."""
        ask = part_names.asked(q)
        if ask is None:
            return None
        du = understand(ask.what, has_person=bool(persons), names=_written_cores(ask.what, funds))
        found, _ = self._sentence_candidates(ask.what, du, scope, persons, PART_CANDIDATES)
        for candidate in found:
            if not candidate.citations:
                continue
            cited = candidate.citations[0]
            passage = self.snap.passage_at(cited.doc, cited.line_start)
            if passage is None:
                continue
            name = part_names.name_of(self._passages(cited.doc), passage.ordinal, ask.noun)
            if name is None:
                continue
            candidate = replace(candidate, features={**candidate.features, "part": 1.0})
            checked = self._verified(ask.what, du, candidate, persons, funds)
            if checked.answered:  # (the description's own words borne out, as any answer's)
                checked = self._calibrated(du, checked, scope.docs is not None)
            if not checked.answered:
                continue
            said = CITE_MARK_RE.sub("", checked.answer).strip()
            said = compose.trim(said, limit=compose.MAX_ANSWER_CHARS - len(name) - 2)
            return replace(checked, answer=f"{name}: {said} [1]", items=(name,))
        return None

    def _career_answer(
        self, q: str, u: Understanding, scope: Scope, persons: Sequence[str]
    ) -> Answer | None:
        """The post a question asks of one person's career (the current one, the one founded,
        the one before joining an employer), read from the person's biography: the passages
        that name the person or stand under the person's name."""
        if careers.asked(q) is None or len(persons) != 1:
            return None
        docs = scope.docs
        if docs is None:  # the filings that say something of the person
            docs = tuple(dict.fromkeys(f.doc for _, f in self.snap.facts_about(persons[0])))
        surname = persons[0].split()[-1]
        for d in docs[:TABLE_DOCS_MAX]:
            bio = [
                p
                for p in self._passages(d)
                if surname in p.text or (p.section and surname in p.section[-1])
            ]
            found = careers.posts([p.text for p in bio])
            joined = [j for p in bio for j in careers.joins(p.text)]
            chosen = careers.choose(q, found, joined)
            if chosen is None:
                continue
            post, joined_at = chosen
            cited = [next((p for p in bio if post.text in p.text), bio[0])]
            said = f"{persons[0]}: {post.shown()}"
            if joined_at is not None:  # "before joining X": where the biography says so
                org, year = joined_at
                said = f"{persons[0]}, before joining {org} in {year}: {post.shown()}"
                cited += [p for p in bio if org in p.text][:1]
            items = [x for x in (post.role, post.org) if x]
            return self._read(q, u, said, items, cited, 0.85, "career")
        return None

    def _shown_names(self, facts: Sequence[Fact]) -> dict[str, str]:
        """Each person of the facts by a full name the filing cited writes ("Nathan Thooft",
        though another filing writes "Nathan W. Thooft"): the index's name when that filing
        states it, else the longest other full spelling its passage or the filing states (no
        title such as "Mr.", no designation after a comma), else the index's name."""
        out: dict[str, str] = {}
        for fact in facts:
            if fact.subject in out:
                continue
            name = self.person_names.get(fact.subject, fact.subject)
            passage = self.snap.passage(fact.doc, fact.passage)
            near = passage.text if passage is not None else ""
            out[fact.subject] = name
            if verify.stated(name, near) or fact.doc not in self.snap.docs:
                continue
            whole = self._plain_text(fact.doc)
            if _plain(name) in whole:
                continue
            others = sorted(
                (
                    a
                    for a in self.person_aliases.get(name, ())
                    if len(a.split()) > 1
                    and ("," not in a or "," in name)
                    and fold(bare(a.split()[0])) not in HONORIFICS
                ),
                key=len,
                reverse=True,
            )
            written = next((a for a in others if verify.stated(a, near)), None)
            written = written or next((a for a in others if _plain(a) in whole), None)
            out[fact.subject] = written or name
        return out

    def _plain_text(self, doc: str) -> str:
        """A filing's text as :func:`_plain` writes it, to look names up in by substring (one
        pass over the text; kept for the last few filings)."""
        return _kept(
            self._plain_texts, doc, PLAIN_TEXTS_KEPT, lambda: _plain(self.snap.doc_text(doc))
        )

    def _names_by_filing(self, facts: Sequence[Fact]) -> dict[str, list[str]]:
        """The people the facts name, filing by filing, in the order of the facts."""
        out: dict[str, list[str]] = {}
        for fact in facts:
            name = self.person_names.get(fact.subject, fact.subject)
            names = out.setdefault(fact.doc, [])
            if name not in names:
                names.append(name)
        return out

    def _managers_by_fund(
        self, facts: Sequence[Fact], since: dict[str, str]
    ) -> tuple[tuple[Citation, ...], str]:
        """ "A and B manage Fund X [1]; C (since 1999) manages Fund Y [2]." """
        citations: list[Citation] = []
        parts: list[str] = []
        shown_as = self._shown_names(facts)
        for fund in list(_funds_of(facts))[:MAX_CITED]:
            own = [f for f in facts if f.fund == fund]
            names = list(dict.fromkeys(shown_as[f.subject] for f in own))
            cited, marks = self._cite(self._fact_passages(own))
            shift = len(citations)
            citations += [replace(c, n=c.n + shift) for c in cited]
            marks = "".join(f"[{c.n + shift}]" for c in cited)
            shown = [f"{n} (since {since[n]})" if n in since else n for n in names]
            verb = "manages" if len(names) == 1 else "manage"
            parts.append(f"{compose.join_names(shown)} {verb} {fund} {marks}")
        text = "; ".join(parts) + "."
        if len(text) > compose.MAX_ANSWER_CHARS:
            people = len({self.person_names.get(f.subject, f.subject) for f in facts})
            text = f"{people} portfolio managers manage {len(parts)} funds (listed below)."
        return tuple(citations), text

    def _managers_by_filing(
        self, fund: str, by_filing: dict[str, list[str]], facts: Sequence[Fact]
    ) -> tuple[tuple[Citation, ...], str]:
        """ "The filings differ on who manages X: A and B (supplement dated ...) [1]; C [2]." """
        citations: list[Citation] = []
        parts: list[str] = []
        for doc, names in list(by_filing.items())[:MAX_CITED]:
            fact = next(f for f in facts if f.doc == doc)
            passage = self.snap.passage(doc, fact.passage)
            if passage is None:
                continue
            n = len(citations) + 1
            citations.append(self._citation(n, passage))
            meta = self.snap.docs[doc].meta
            label = f"supplement dated {meta.supplement_date}" if meta.supplement_date else doc
            parts.append(f"{compose.join_names(names)} ({label}) [{n}]")
        text = f"The filings differ on who manages {fund}: " + "; ".join(parts) + "."
        if len(text) > compose.MAX_ANSWER_CHARS + 60:
            text = (
                f"{len(parts)} filings name different managers of {fund}: "
                + " ".join(f"[{c.n}]" for c in citations)
                + "; every name is listed below."
            )
        return tuple(citations), text

    def _people_changes(self, q: str, u: Understanding, scope: Scope) -> Answer | None:
        """Who left or joined (a board, a team): from departure and addition facts."""
        kind = "departure" if u.wants_departure else "addition"
        facts = self._facts_in_scope(scope, {kind})
        asked_dates = spans.dates(q)
        if asked_dates:  # the date asked about is required of the fact (the verifier checks it)
            # or, of a change the fact gives no date of, of the filing that announces it ("all
            # references to X are deleted" in a supplement dated June 24, 2010)
            facts = [
                f
                for f in facts
                if any(d.lower() in str(f.attrs).lower() for d in asked_dates)
                or (
                    not any(spans.dates(str(v)) for _, v in f.attrs)
                    and self._filing_dated(f.doc, asked_dates)
                )
            ]
        role_words = {w for w in content_terms(q) if w in ROLE_WORDS}
        if role_words:  # so is the role ("left the board" is no departure from a fund)
            facts = [
                f for f in facts if role_words & set(content_terms(f.value + " " + str(f.attrs)))
            ]
        if not facts:
            return self._inserted_people(q, u, scope, role_words) if kind == "addition" else None
        shown_as = self._shown_names(facts)
        names = list(dict.fromkeys(shown_as[f.subject] for f in facts))
        cited = self._fact_passages(facts)
        if not cited:
            return None
        sentence = compose.sentence_with(cited[0], names[0])
        text = (
            compose.trim(sentence, names)
            if len(names) == 1 and sentence
            else compose.join_names(names)
        )
        return self._read(q, u, text, names, cited, 0.8, None)

    def _started_since(self, fact: Fact, bound: Date) -> bool:
        """Whether a manager's tenure starts at or after a date: its "since" date, else the
        date its sentence makes it effective ("Effective September 1, 2003, A and B will be
        responsible ..."). A departure or a tenure of no known start does not."""
        if fact.kind == "departure":
            return False
        start = _tenure_start(fact)
        if start is None:
            passages = self._fact_passages([fact])
            name = self.person_names.get(fact.subject, fact.subject)
            sentence = compose.sentence_with(passages[0], name) if passages else None
            m = EFFECTIVE_DATE_RE.search(sentence or "")
            start = parse_date(m.group("when")) if m else None
        return start is not None and _date_key(start) >= _date_key(bound)

    def _fact_starts_since(self, fact: Fact, bound: Date) -> bool:
        """Whether the sentence a fact is read from starts its arrangement at or after a date."""
        since = _tenure_start(fact)
        if since is not None:
            return _date_key(since) >= _date_key(bound)
        passages = self._fact_passages([fact])
        if not passages:
            return False
        sentence = compose.sentence_with(passages[0], fact.value) or passages[0].text
        return _effective_since(sentence, bound)

    def _inserted_people(
        self, q: str, u: Understanding, scope: Scope, role_words: set[str]
    ) -> Answer | None:
        """Who an amending instruction adds: "The following entry is added to the Portfolio
        Managers section: <name>, <title>, has been ..." names the people of the entries after
        it. The section the entries go into must be of the role asked, when one is asked."""
        if scope.docs is None or len(scope.docs) > TABLE_DOCS_MAX:
            return None
        asked = spans.dates(q)
        roles = compose.stems_of(" ".join(role_words))
        lead = LEAD_ASKED_RE.search(q) is not None and not _two_parts(q)
        names: list[str] = []
        cited: list[Passage] = []
        for d in scope.docs:
            if asked and not self._filing_dated(d, asked):
                continue  # the instruction is the filing's change: the filing's date dates it
            passages = self._passages(d)
            for i, p in enumerate(passages):
                m = INSERTION_RE.search(p.text)
                if m is None:
                    continue
                if roles and not roles & compose.stems_of(m.group("where")):
                    continue
                before = p
                for entry in passages[i + 1 : i + 1 + LIST_MAX_ITEMS]:
                    if INSTRUCTION_RE.search(entry.text):
                        break
                    # an entry opens with its person's name, or is headed by it
                    text = entry.text.lstrip(ENTRY_MARKS)
                    if entry.section and entry.section != before.section:
                        text = f"{entry.section[-1]} {text}"
                    before = entry
                    first = spans.people(text[:ENTRY_NAME_REACH])
                    if lead and not LEAD_ASKED_RE.search(text[:ENTRY_NAME_REACH]):
                        continue  # "added as lead manager": the entry says lead
                    if first and text.startswith(first[0]) and self._is_person(first[0]):
                        names.append(first[0])
                        cited.extend((p, entry))
        names = list(dict.fromkeys(names))
        if not names:
            return None
        said = f"The filing adds {compose.join_names(names)}"
        return self._read(q, u, said, names, cited, 0.8, "list")

    def _person_fact(
        self,
        detail: str | None,
        docs: Sequence[str] | None,
        wanted: set[str],
        fund: str | None = None,
    ) -> Fact | None:
        """The first fact answering ``detail`` about the people ``wanted``: in the order of
        ``docs`` (None: the whole index, in index order); of a filing of several funds, not
        one read where it speaks of another than ``fund``."""
        about = [(n, f) for name in wanted for n, f in self.snap.facts_about(name)]
        if docs is None:
            about = [f for _, f in sorted(about, key=lambda t: t[0])]
        else:
            position = {d: i for i, d in enumerate(docs)}
            about = [
                f
                for _, n, f in sorted(
                    ((position[f.doc], n, f) for n, f in about if f.doc in position),
                    key=lambda t: t[:2],
                )
            ]
        for kind in self.DETAIL_FACTS.get(detail or "", ()):
            found = [f for f in about if f.kind == kind]
            if kind == "manages":
                found = [f for f in found if f.attr("since")]
            if fund is not None:
                found = [f for f in found if not self._fact_about_other_fund(f, fund)]
            if found:
                return found[0]
        return None

    def _fact_about_other_fund(self, fact: Fact, fund: str) -> bool:
        passage = self.snap.passage(fact.doc, fact.passage)
        return passage is not None and self._under_other_fund(passage, fund)

    def _fact_answer(
        self, q: str, u: Understanding, scope: Scope, kinds: Sequence[str]
    ) -> Answer | None:
        """Answer from extracted facts of the given kinds about the fund asked about."""
        facts: list[Fact] = []
        for kind in kinds:
            if scope.docs is not None:
                facts = self._facts_in_scope(scope, {kind})
            else:
                # (many facts share a subject: each subject is matched once, and only the
                # facts of those matched are read)
                subjects, forms = self._subjects_of_kind(kind)
                named = {
                    subjects[i]
                    for _form, _score, i in process.extract(
                        utils.default_process(q),
                        forms,
                        scorer=fuzz.partial_ratio,
                        processor=None,  # the subjects' forms are processed once
                        score_cutoff=FACT_FUND_MATCH,
                        limit=None,
                    )
                }
                facts = self.snap.facts_of_kind_about(kind, named) if named else []
            if kind == "objective" and re.search(r"\bindex\b|\btrack", q, re.I):
                facts = [f for f in facts if "index" in (f.value + str(f.attrs)).lower()]
            named = [n for n in spans.funds(q) if len(n.split()) >= 3]
            if named and facts:
                facts = [
                    f
                    for f in facts
                    if not spans.FUND_RE.search(f.subject)
                    or any(
                        _same_fund(f.subject, n) or (f.fund and _same_fund(f.fund, n))
                        for n in named
                    )
                ]
            if kind == "subadviser":
                # a sub-sub-adviser (hired by a sub-adviser) is asked by its own name ("the
                # sub-adviser and sub-sub-adviser": both)
                sub_sub = SUB_SUB_ASKED_RE.search(q) is not None
                if not (sub_sub and SUB_ASKED_RE.search(SUB_SUB_ASKED_RE.sub(" ", q))):
                    facts = [f for f in facts if (f.attr("role") == SUB_SUB_ROLE) == sub_sub]
            if kind == "rename" and not _asks_firm_name(q):
                # "the fund's new name": not a firm's ("X Holdings LLC is renamed ...")
                facts = [f for f in facts if not (_firm_name(f.subject) or _firm_name(f.value))]
            bound = _before_date(q)
            if bound is not None and kind != "rename":
                # "who was the administrator before July 1, 2001?": not the firm an agreement
                # "dated July 1, 2001" names
                facts = [f for f in facts if not self._fact_starts_since(f, bound)]
            former = [f for f in facts if f.attr("until") or f.attr("change") == "former"]
            # (a rename holds both names)
            if kind != "rename" and (verify.asks_earlier(q) or bound is not None):
                # "who was the former adviser?": the earlier facts, or what a fact says its
                # value replaced; never the value that replaced it
                facts = former or [
                    replace(f, value=f.attr("replaced") or "") for f in facts if f.attr("replaced")
                ]
            else:  # the fact as it stands now, never a former one in its place
                earlier = {id(f) for f in former}
                facts = [f for f in facts if id(f) not in earlier]
            if facts:
                break
        if not facts:
            return None
        values = list(dict.fromkeys(f.value for f in facts if f.value))
        former = FORMER_NAME_RE.search(q) and all(f.kind == "rename" for f in facts)
        if former:
            values = list(dict.fromkeys(f.subject for f in facts if f.subject))  # the old name
        cited = self._fact_passages(facts)
        if not cited:
            return None
        first = self.snap.passage(facts[0].doc, facts[0].passage)
        sentence = compose.sentence_with(first, facts[0].value[:40]) if first else None
        citations, marks = self._cite(cited)
        secondary = [f.attr("secondary") for f in facts if f.attr("secondary")]
        if len(values) == 1 and secondary and first is not None:
            # "Its investment objective is capital growth. Its secondary objective is ..."
            values.append(secondary[0])
            second = compose.sentence_with(first, secondary[0][:40])
            if sentence and second and second != sentence:
                sentence = f"{sentence} {second}"
        if former and len(values) == 1:
            text = f"{facts[0].value} was formerly named {values[0]} {marks}."
        elif facts[0].kind == "rename" and len(values) == 1 and " | " in (sentence or " | "):
            # a table row ("Old Name | New Name") says it only by its layout
            text = f"{facts[0].subject} is renamed {values[0]} {marks}."
        elif sentence and (len(values) == 1 or (len(values) == 2 and secondary)):
            text = f"{compose.trim(sentence, values)} {marks}"
        else:
            text = f"{compose.join_names(values)} {marks}."
        if len(text) > compose.MAX_ANSWER_CHARS + 20:
            text = f"{len(values)} answers, listed below {marks}."
        when = self._event_date(facts) if u.wants_date_too else None
        if when is not None:  # "Which fund absorbs X, and on what date?"
            date, passage = when
            n = len(citations) + 1
            citations = (*citations, self._citation(n, passage))
            values.append(date)
            text = f"{text} {compose.trim(compose.sentence_with(passage, date) or date)} [{n}]"
        if u.wants_place_too and sentence:  # "Who is the adviser, and where is it based?"
            values += [p for p in spans.places(sentence) if p not in values][:1]
        return Answer(
            question=q,
            answered=True,
            answer=text,
            items=tuple(v for v in values if len(v) <= 200),
            intent=u.intent,
            confidence=0.85,
            citations=citations,
        )


# A filing described by its date and brand: "the September 2022 John Hancock SAI supplement",
# "the June 2012 Franklin Templeton prospectus supplement".
FILING_DESCRIPTION_RE = re.compile(
    r"\b(?P<date>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:\d{1,2},\s+)?\d{4})\s+(?P<brand>(?:[A-Z][\w&'’-]*\s+){1,4}?)"
    # (words that say what kind of supplement: "multi-fund", "liquidity-risk")
    r"(?:[a-z][\w-]*-[\w-]+\s+){0,2}"
    r"(?:SAI\s+|[Pp]rospectus\s+|[Ss]tatement\s+of\s+[Aa]dditional\s+[Ii]nformation\s+)?"
    r"(?:[Ss]upplement|[Pp]rospectus|SAI|[Ff]iling)\b"
)
# A name that describes the filing asked about: "the June 2012 Harbor supplement".
FILING_WORDS_RE = re.compile(
    r"^[\w\s'’.-]{0,40}?\b(?:supplements?|filings?|prospectus(?:es)?|sai|497k?|sticker)\b", re.I
)


# A fund name of at least this many words is a full name, no short form of another.
FULL_NAME_WORDS = 4
# A fund named by the defined term of a filing of several ("the Fund", "each Portfolio"): which
# one, the passages before it say, where the filing defines the term as each of them ('A, B and
# C (each, a "Fund")').
EACH_FUND_TERM_RE = re.compile(
    r"\(\s*each\b[\s,]*(?:a|an)\s+[“\"‘]?(?:Fund|Portfolio|Series)\b", re.I
)
DEFINED_FUND_RE = re.compile(r"\b(?:the|each|such)\s+(?:Fund|Portfolio)\b(?!s)")


# A fund's name cut to this many words at least is still its name.
CORE_NAME_MIN_WORDS = 3


def _written_cores(q: str, funds: Sequence[str]) -> list[str]:
    """The linked funds' names as a question may write them without their last word ("X Small
    Cap Opportunities" for "X Small Cap Opportunities Fund"), where it does."""
    low = q.lower()
    cores = []
    for fund in funds:
        core = verify.FUND_NAME_END_RE.sub("", fund).strip(" ,")
        if core != fund and len(core.split()) >= CORE_NAME_MIN_WORDS and core.lower() in low:
            cores.append(core)
    return cores


# A part of a fund's portfolio asked by what it invests in ("the managed futures sleeve", "the
# merger arbitrage strategy", "the fixed income portion"), and the column heads of the firm a
# table gives each part to.
SLEEVE_ASKED_RE = re.compile(
    r"\b(?:sleeve|segment|sub-?portfolio|(?<=\w\s)(?:strategy|portion))\b(?!\s+team)", re.I
)
SLEEVE_FIRM_HEADS = ("sub-adviser", "subadviser", "sub-advisor", "manager", "adviser")


# How much lower a link score a fund of the filing asked about may have than FUND_SCOPE_SCORE.
OWN_FUND_SLACK = 8.0


def _slug_key(name: str) -> str:
    """A name as index.names.slug writes it, fenced, so that one name is found inside another
    only whole words at a time ("-small-cap-value-fund-" in "-the-small-cap-value-fund-")."""
    return f"-{slug(name)}-"


BRAND_MAX_WORDS = 2
TRUST_WORDS = frozenset({"funds", "fund", "trust", "series", "portfolios", "company", "inc."})


def _without_aliases(names: Sequence[str], defined: dict[str, clauses.Definition]) -> list[str]:
    """A filing's fund names less those that only name another of them again: the end of a
    longer name ("Dynamic Income Fund" of "Muzinich Dynamic Income Fund") or a short name the
    filing defines for one ('Weitz Multisector Bond ETF (the "Multisector Fund")')."""
    listed = set(names)
    # the end of a name after a brand of a word or two ("Muzinich"), not after a trust's name
    # ("BT Institutional Funds International Equity Fund": two funds of two trusts)
    tails = {
        " ".join(n.split()[k:])
        for n in names
        for k in range(1, min(len(n.split()), BRAND_MAX_WORDS + 1))
        if not TRUST_WORDS & {w.lower() for w in n.split()[:k]}
    }
    return [
        n
        for n in names
        if n not in tails
        and not ((d := defined.get(n)) is not None and d.name != n and d.name in listed)
    ]


def _funds_of(facts: Sequence[Fact]) -> dict[str, None]:
    """The funds facts are about, in order, each once."""
    return dict.fromkeys(f.fund for f in facts if f.fund)


def _before_date(q: str) -> Date | None:
    """The date a question asks about the time before: "before September 2003", "prior to
    2010"."""
    m = BEFORE_DATE_RE.search(q)
    return parse_date(m.group("when")) if m else None


# A title block of a cover page, six words or more in capitals ("SUPPLEMENT DATED JUNE 6, 2012
# TO THE CURRENTLY EFFECTIVE PROSPECTUS OF EACH OF THE LISTED FUNDS").
TITLE_BLOCK_RE = re.compile(
    r"(?:\b[A-Z][A-Z&.'’-]*[\s,]+(?:\d[\d,]*[\s,]+)?){5,}[A-Z][A-Z&.'’-]*\b"
)


def _counts_what_is_asked(amount: str, q: str) -> bool:
    """Whether an amount of a question is the count its wh-phrase gives what it asks for
    ("which three funds does it cover?"): the answer's length, no condition on the evidence."""
    return (
        re.match(r"(?:\d+|[a-z]+)\s+[a-z]", amount, re.I) is not None
        and re.search(rf"\b(?:which|what)\s+{re.escape(amount)}\b", q, re.I) is not None
    )


# How far (in words) a defining word may stand from the term it defines.
DEFINING_REACH = 8


@cache
def _definition_cues() -> tuple[tuple[str, ...], ...]:
    """The defining words of constraints.json, each as its words."""
    return tuple(tuple(verify.words(c).split()) for c in verify.lexicon()["definition_cues"])


# Short words an abbreviation's letters skip ("Securities and Exchange Commission (SEC)").
ABBREVIATION_SKIPS = frozenset({"of", "and", "the", "for", "&", "to", "in", "on", "a", "an"})


def _spells_out(sentence: str, term: str) -> bool:
    """Whether a sentence spells an abbreviation out just before it, in brackets: the words
    before "(NRSRO)" whose first letters are its letters ("nationally recognized statistical
    rating organization"), short joining words aside."""
    letters = [c.lower() for c in term if c.isalpha()]
    if not 2 <= len(letters) <= 8 or not term.replace(".", "").isupper():
        return False
    m = re.search(r"\(\s*[“\"']?" + re.escape(term) + r"[”\"']?\s*\)", sentence)
    if m is None:
        return False
    words = re.findall(r"[A-Za-z&][\w'’-]*", sentence[: m.start()])
    initials: list[str] = []
    for w in reversed(words):
        if len(initials) == len(letters):
            break
        if w.lower() in ABBREVIATION_SKIPS and initials:
            continue
        initials.append(w[0].lower())
    return initials[::-1] == letters


def _defining_rank(sentence: str, term: str) -> tuple[int, int] | None:
    """How well a sentence defines a term (lower is better: the term in quotes, then the
    distance in words from the term to the nearest defining word), or None when it does not."""
    if _spells_out(sentence, term):
        return (0, 0)  # "a nationally recognized statistical rating organization (NRSRO)"
    tokens = verify.words(sentence).split()
    key = verify.words(term).split()
    n = len(key)
    at = [i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == list(key)]
    if not at:
        return None
    if at[0] == 0 and tokens[n : n + 1] in (["is"], ["are"]):
        return (1, 0)  # "Black box wrap fee programs are discretionary accounts where ..."
    near = [
        min(abs(c - i) if c < i else max(0, c - (i + n)) for i in at)
        for cue in _definition_cues()
        for c in range(len(tokens) - len(cue) + 1)
        if tokens[c : c + len(cue)] == list(cue)
    ]
    if not near or min(near) > DEFINING_REACH:
        return None
    quoted = re.search(rf"[“”\"‘']\s*{re.escape(term)}\s*[”“\"’']", sentence, re.I) is not None
    return (0 if quoted else 1, min(near))


def _meaning_check(q: str, answer: Answer) -> Check | None:
    """A question asking what a term means is answered only by a sentence that defines it
    (not by one that merely uses it: "invest 80% of its investable assets in ...")."""
    term = term_asked(q)
    if term is None:
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    defines = any(_defining_rank(t, term) is not None for _, t in split_sentences(said))
    return Check("definition", term, 1 if defines else None, defines)


def _entry_focus(text: str, item: str, words: Sequence[str]) -> list[str]:
    """The sentence of one list entry that says most of what the question asks beyond the
    entry's name ("Under Ratings Reliance Risk, why are ratings conflicted?": the sentence on
    the conflict, not the entry's first lines), or none when no sentence says more than
    another: a long entry is then shown from its start."""
    named = lists.stems(item)
    asked = {stem(w) for w in words} - named
    if not asked:
        return []
    scored = [
        (len(asked & lists.stems(sentence)), -at, sentence)
        for at, sentence in split_sentences(text)
    ]
    best = max(scored, default=None)
    if best is None or best[0] == 0 or sum(s[0] == best[0] for s in scored) > 1:
        return []
    return [best[2]]


def _named_loosely(fund: str, text: str) -> bool:
    """Whether a text names a fund, also without its last word when two or more stay ("the
    DIVERSIFIED BOND PROSPECTUS ONLY" heading of a section of the Diversified Bond Fund)."""
    if verify.stated(fund, text):
        return True
    core = fund.split()[:-1]
    if len(core) < 2 or fund.split()[-1].lower() not in FUND_SUFFIXES:
        return False
    return verify.has_phrase(verify.words(text), verify.words(" ".join(core)).strip())


def _cover_check(answer: Answer) -> Check | None:
    """A sentence answer that holds a cover page's title block is the cover, not an answer
    (what a supplement covers and its dates are read from the cover by other paths)."""
    if not answer.features.get("sentence"):
        return None
    if TITLE_BLOCK_RE.search(CITE_MARK_RE.sub("", answer.answer)) is None:
        return None
    return Check("cover", "a cover page's title", None, False)


def _firm_described(q: str) -> str:
    """The capitalised words by which a question says whose managers it asks for ("which
    DF Dent PMs", "Diamond Hill's portfolio managers" -> the firm's words), or "" (also for
    the fund's or a role's own: "the Fund's portfolio managers", "the Sub-Adviser's PMs")."""
    m = FIRM_DESCRIBED_RE.search(q) or FIRM_POSSESSIVE_RE.search(q)
    if m is None:
        return ""
    said = [w for w in m.group(1).split() if w not in ("Which", "What", "Who", "List", "Name")]
    if not said:
        return ""
    said[-1] = re.sub(r"['’]s$", "", said[-1])
    roles = {w for r in verify.lexicon()["roles"] if not r.startswith("_") for w in r.split()}
    if said[-1].lower() in FUND_SUFFIXES or said[-1].lower() in roles:
        return ""
    return " ".join(said)


def _row_names_other_firm(text: str, firm_names: Sequence[str]) -> bool:
    """Whether a table row names a firm in a cell of its own (capitalised words, not a date or
    a figure) and none of ``firm_names``: the row is that other firm's."""
    if tables.CELL_SPLIT not in text:
        return False
    cells = [x.strip() for x in text.split("|")[1:]]
    # (a firm's cell: capitalised words without figures or a person's title)
    firmish = [
        x
        for x in cells
        if x[:1].isupper()
        and len(x.split()) <= FIRM_CELL_MAX_WORDS
        and not re.search(r"\d", x)
        and not TITLE_WORD_RE.search(x)
    ]
    if not firmish or any(verify.stated(n, text) for n in firm_names):
        return False
    # (a cell whose first word is the firm's is the firm, otherwise written: "Ridgeway
    # Investment Management (UK) Limited" for "Ridgeway IM")
    firsts = {n.split()[0].lower() for n in firm_names if n.split()}
    return not any(x.split()[0].lower() in firsts for x in firmish)


FIRM_CELL_MAX_WORDS = 6
TITLE_WORD_RE = re.compile(
    r"\b(?:Manager|Director|Officer|President|Analyst|Partner|Chair\w*|Head|CFA|CEO|CIO)\b"
)


def _row_fund_check(q: str, u: Understanding, answer: Answer, funds: Sequence[str]) -> Check | None:
    """A change asked of one fund the question names ("what new name does X take?") is not
    answered by a table of changes none of whose rows names that fund (the filing's renames
    of its other funds): a failed check, else None."""
    if u.intent != "change" or not answer.items:
        return None
    if not all(tables.CELL_SPLIT in item for item in answer.items):
        return None
    named = [f for f in funds if verify.stated(f, q)]
    if len(named) != 1 or any(verify.stated(named[0], item) for item in answer.items):
        return None
    return Check("fund", named[0], None, False)


FAMILY_WORD_MIN_CHARS = 4
# First words of firms' names that are no family's: a document's or a title's words.
FAMILY_WORD_SKIP = frozenset(
    {"statement", "supplement", "prospectus", "annual", "class", "board", "securities",
     "exchange", "commission", "federal", "investment", "investments", "asset", "assets",
     "management", "capital", "global", "international", "national", "american", "first",
     "north", "south", "east", "west", "new", "united", "total", "small", "large", "growth",
     "value", "income", "equity", "bond", "money", "market", "index", "select", "strategic"}
)  # fmt: skip


def _capital_words(text: str) -> set[str]:
    """The capitalised words of a text, lower-cased (a surname written in a question)."""
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", text)}


def _since_date(q: str) -> Date | None:
    """The start a question gives the tenures it asks for ("managed it since 2013")."""
    m = SINCE_DATE_RE.search(q)
    return parse_date(m.group("when")) if m else None


def _tenure_start(fact: Fact) -> Date | None:
    """When a manager's stated tenure starts: its "since" date, also as a month and a
    two-digit year ("08/25", as fee-table layouts write it)."""
    said = fact.attr("since") or ""
    if not said:
        return None
    slashed = verify.MONTH_SLASH_YEAR_RE.fullmatch(said.strip())
    if slashed is not None:
        return Date(2000 + int(slashed.group(2)), int(slashed.group(1)))
    return parse_date(said)


def _same_start(fact: Fact, start: Date) -> bool:
    """Whether a manager's stated start is the date asked (the year, and the month if both
    say one)."""
    said = _tenure_start(fact)
    if said is None or said.year != start.year:
        return False
    return start.month is None or said.month is None or said.month == start.month


def _telling_words(name: str) -> int:
    """How many words of a name are more than a fund's, trust's or series' word or a legal
    form ("Fidelity Series": one; "Kestrelmoor Small Cap Value Fund": four)."""
    return sum(1 for w in WORD_RE.findall(name.lower()) if w not in verify.NAME_FILLER)


def _written_in(name: str, q: str) -> bool:
    """Whether a question writes a word of a name as a name is written, capitalised ("Small
    Cap Value Fund"), beyond its "Fund" or "Trust" (in a question typed in lower case, a word
    of the name that is no everyday word): "the fund's investment manager" names no
    "Harborgate Investment Fund"."""
    words = WORD_RE.findall(q)
    if not any(w[:1].isupper() for w in words[1:]):
        # a question typed all in lower case: a word of the name that is no everyday word
        # (a brand: "harborgate"; "special shareholder meeting" names no fund)
        asked = {w.lower() for w in words}
        telling = [
            w
            for w in WORD_RE.findall(name.lower())
            if w not in GENERIC_NAME_WORDS and w not in retrieve.english_words()
        ]
        return any(w in asked for w in telling) or _written_whole(name, q)
    capital = {w.lower() for w in re.findall(r"\b[A-Z0-9][\w.'’-]*", q)}
    own = [w for w in WORD_RE.findall(name.lower()) if w not in verify.NAME_FILLER]
    return not own or any(w in capital for w in own) or _written_whole(name, q)


# How many words beyond a fund's or trust's word a name written whole in lower case needs to
# be named by it ("vaughan nelson select fund"; "the income fund" is a description).
WHOLE_NAME_MIN_WORDS = 2


def _written_whole(name: str, q: str) -> bool:
    """Whether a question writes a name whole, its words in order in any case ("the class N
    minimum of the vaughan nelson select fund"), the name having more than a fund's word and
    one other."""
    own = [w for w in WORD_RE.findall(name.lower()) if w not in GENERIC_NAME_WORDS]
    return len(own) >= WHOLE_NAME_MIN_WORDS and _plain(name) in _plain(q)


def _named_in_capitals(name: str, q: str) -> bool:
    """Whether a question writes a person's name as a name: a capitalised word of it, or one
    close to it (a typo), not words in lower case that only resemble it ("reinvestment
    privilege" is no "Reinstatement Privilege")."""
    capital = re.findall(r"\b[A-Z][\w'’.-]*", q)
    if len(capital) <= 1:  # a question typed in lower case: its words may be names
        return True
    return any(
        fuzz.ratio(w.lower(), part.lower()) >= LINK_MIN_SCORE
        for part in name.split()
        if len(part) > 2
        for w in capital
    )


def _effective_since(sentence: str, bound: Date) -> bool:
    """Whether a sentence takes effect at or after a date ("Effective September 1, 2003, A and
    B will be responsible ...")."""
    m = STARTS_ON_RE.search(sentence)
    start = parse_date(m.group("when")) if m else None
    return start is not None and _date_key(start) >= _date_key(bound)


def _names_a_measure(q: str) -> bool:
    """Whether a question names an amount a fee table may hold ("a redemption fee", "a sales
    charge", "any 12b-1 fees")."""
    nouns = target_nouns()
    return any(nouns.get(w) == "amount" for w in WORD_RE.findall(q.lower()))


def _number_of(noun: str, n: int) -> str:
    """A counted noun as the count takes it: "1 portfolio manager", "2 portfolio managers"."""
    if n != 1 or not noun.endswith("s") or noun.endswith("ss"):
        return noun
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def _firm_name(name: str) -> bool:
    """Whether a name ends in a firm's legal form ("NYSE Holdings LLC", "Acme Corp.")."""
    words = name.lower().replace(",", " ").split()
    return bool(words) and words[-1].strip(".") in LEGAL_FORMS


def _asks_firm_name(q: str) -> bool:
    """Whether a question about a name asks a firm's ("the adviser's new name")."""
    return bool(FIRM_NAME_ASKED_RE.search(q))


def _tenure_compared(q: str, u: Understanding) -> str | None:
    """The way ("up": longest, "down": shortest) a question about the fund's managers asks
    whose tenure is the longest or shortest ("which manager has been on the fund the
    longest?"), or None."""
    if u.intent != "managers" and u.answer_type != "person":
        return None
    way = verify.superlative_way(q)
    return way if way is not None and TENURE_WORD_RE.search(q) else None


def _date_key(d: Date) -> tuple[int, int, int]:
    return (d.year, d.month or 0, d.day or 0)


def _names_the_filing(q: str, name: str) -> bool:
    """Whether the question uses a firm's name to say which filing it asks about."""
    words = [w for w in re.findall(r"[A-Za-z][\w.'’-]*", name) if w[0].isupper()]
    if not words:
        return False
    at = q.lower().find(words[-1].lower())
    return at >= 0 and bool(FILING_WORDS_RE.match(q[at + len(words[-1]) :]))


def _withheld(answer: Answer, text: str, confidence: float) -> Answer:
    """An abstention in place of a candidate answer: its passages become the closest ones, its
    checks and features stay (they say why)."""
    return replace(
        answer,
        answered=False,
        answer=text,
        items=(),
        confidence=confidence,
        citations=(),
        related=answer.citations,
    )


def _fund_named(scope: Scope, facts: Sequence[Fact]) -> str:
    """The fund an answer about these facts names: the one asked, else the facts' own."""
    return scope.fund or next((f.fund for f in facts if f.fund), None) or "the fund"


def _not_a_name(item: str) -> bool:
    """An answer part that cannot be a person's name: it opens in lower case or names a firm."""
    return not item[:1].isupper() or spans.ORG_RE.fullmatch(item.strip(" ,.")) is not None


def _surest_risk_lists(found: list[lists.List]) -> list[lists.List]:
    """The lists of risks of the surest kind among those found (see _risk_strength)."""
    strength = {id(lst): _risk_strength(lst) for lst in found}
    surest = max(strength.values(), default=0)
    return [lst for lst in found if surest and strength[id(lst)] == surest]


def _risk_strength(lst: lists.List) -> int:
    """How surely a list is a list of risks: 2 when its heading says so or most of its items
    are risks by name ("Principal Risks" over "Company.", "Credit."), 1 when only the passage
    before it speaks of risk ("... the risks of investing in the Fund" before "Best Quarter"),
    else 0."""
    named = sum("risk" in i.lower() for i in lst.items)
    if "risk" in lst.heading.lower() or 2 * named >= len(lst.items) >= 2:
        return 2
    # an introduction that speaks of risk before entries none of which is one ("This summary
    # ... the risks of investing" over "The Fund.", "Investment Objective and Policies.") is
    # no list of risks
    return 1 if ("risk" in lst.intro.lower() and named) or named >= 2 else 0


# Answer types whose values the span readers find wherever they are written.
SURE_SPAN_TYPES = frozenset({"date", "amount", "period", "age"})


# The longest an item of an answer may be (the answer contract's limit).
ITEM_MAX_CHARS = 200


def _entry(text: str) -> str:
    """A list entry as an answer's item: whole when short, else its first sentence, cut at a
    word within ITEM_MAX_CHARS ("purchased by accounts opened pursuant to black box wrap fee
    programs ... . Black box wrap fee programs are ...")."""
    if len(text) <= ITEM_MAX_CHARS:
        return text
    first = split_sentences(text)[0][1] if text.strip() else text
    if len(first) <= ITEM_MAX_CHARS:
        return first
    return first[:ITEM_MAX_CHARS].rsplit(" ", 1)[0]


# The features of an answer read from a filing's structure (a table, a list, a biography's
# posts, ...), not from a sentence's words.
STRUCTURED_FEATURES = (
    "table", "list", "heading", "examples", "slot", "career", "definition", "relation", "part",
    "parts", "respectively",
)  # fmt: skip


def _distinct_firms(a: str, b: str) -> bool:
    """Whether two names of firms, each written in full with its legal form, are of two firms
    ("Ridgeway Investments, LLC" and "Ridgeway Investment Management Co. LLC"), though the
    words of the one are all in the other: a short name ("Ridgeway") has no legal form."""
    return _firm_name(a) and _firm_name(b) and org_key(a) != org_key(b)


def _counterparty(fund: str, meta: DocMeta) -> bool:
    """Whether a filing names a fund only as the other side of a reorganization (the fund
    another merges into): what it says of "the Fund" is not said of that one."""
    if not meta.counterparties:
        return False
    key = compact_key(fund)
    return any(
        key == compact_key(c) or compact_key(c).endswith(key) for c in meta.counterparties
    ) and not any(key == compact_key(f) for f in meta.funds)


def _structured(answer: Answer) -> bool:
    return any(answer.features.get(k) for k in STRUCTURED_FEATURES)


def _part_spoken_of(part: str, said: str) -> bool:
    """Whether an answer says any telling word of a free-text part of a question (its
    lower-case content words; names are the question's, not the part's)."""
    words = {
        stem(w) for w in content_terms(tables.LOWER_WORDS_RE.sub(" ", part)) if w not in PART_FILLER
    }
    if not words:
        return True
    told = {stem(w) for w in content_terms(said)}
    return bool(words & told) or any(
        syn in told for w in words for syn in compose.SYNONYMS.get(w, ())
    )


# Words a part of a question asks by that an answer need not say ("what does it say?").
PART_FILLER = frozenset(
    {"happen", "happens", "say", "says", "mean", "means", "do", "does", "exactly", "specific"}
)


def _answers_both(answer: Answer, parts: tuple[str, str]) -> bool:
    """Whether one answer to a two-part question holds what its second part asks for too: a
    value of the second part's type ("..., and when?": a date), or a second one of the same
    type ("who is the new co-manager, and whose biography is replaced?": two people); and,
    when the first part asks a value of a type a span finder tells for sure, that too ("when
    did she join, and where did she work before?": a date besides the firm). A free-text part
    cannot be told; it counts as answered."""
    first_u, second_u = understand(parts[0]), understand(parts[1])
    first, second = first_u.answer_type, second_u.answer_type
    said = " ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
    if (
        (first_u.wants_departure and second_u.wants_addition)
        or (first_u.wants_addition and second_u.wants_departure)
        or (first_u.wants_departure and verify.asks_staying(parts[1]))
    ):
        # "who leaves, and who is added?", "who stops, and who continues?": one list of names
        # answers one side
        return False
    for part, part_u in ((parts[0], first_u), (parts[1], second_u)):
        # "when did X join Y, and what is X's title?": a date the answer gives of something
        # else than joining answers no part
        if _joining_date_check(part, part_u, replace(answer, items=_dated_items(answer))):
            return False
    for part, part_u in ((parts[0], first_u), (parts[1], second_u)):
        if (
            # (a table's cells, a post's title: in other words)
            not _structured(answer)
            and tables.CELL_SPLIT not in said
            and part_u.answer_type not in TYPED_ANSWERS
            and not _part_spoken_of(part, said)
        ):
            # "what role does X hold at the adviser, and when did he become a PM?": an answer
            # that says none of a free-text part's own words does not answer it
            return False
    if first in SURE_SPAN_TYPES and first != second and not spans.of_type(first, said):
        return False
    if first == "amount" and first != second and not find_amounts(said):
        return False  # "what redemption fee ...": a fee or a rate, not "30 days or less"
    if first in ("person", "org") and second in SURE_SPAN_TYPES:
        # "who is buying X, and when will the deal close?": a date alone names no buyer; a
        # name the question itself gives is none either
        # ("who" may be a firm)
        # (what the answer gives, when it gives items: the names its text mentions besides
        # may be of anyone)
        found = answer.items or [*spans.of_type(first, said), *spans.orgs(said)]
        named = [n for n in found if n.strip()]
        asked = {w.lower() for w in _capital_words(parts[0])}

        def own(name: str) -> bool:  # "Larchwood Realty Advisors, LLC" of "... Larchwood?"
            first_word = next(iter(WORD_RE.findall(name)), "").lower()
            return verify.stated(name, parts[0]) or first_word in asked

        if not any(not own(n) and not spans.of_type(second, n) for n in named):
            return False
    if second not in TYPED_ANSWERS:
        return True
    if second == first:
        return len({" ".join(i.split()) for i in answer.items}) >= 2
    if second == "person" and first == "org" and second_u.intent == "managers":
        # "who sub-advises it, and who are its portfolio managers?": a firm named is no person
        return any(not verify.stated(p, parts[1]) for p in spans.people(said))
    if second not in SURE_SPAN_TYPES:  # a firm or a name in a table cell may be no span
        return True
    # ("Scudder Worldwide 2004 Fund": a year of a name the question gives dates nothing)
    asked = " ".join(parts)
    return any(not verify.stated(x, asked) for x in spans.of_type(second, said))


# What sets a name on the new side of a change when it stands (within a few words) before it:
# "its new target index, the X Index", "will be renamed X", "its successor, X".
NEW_SIDE_RE = re.compile(
    r"\b(?:new|renamed|successor)\b(?:[\s,:(“\"]+[\w’'®-]+){0,4}[\s,:(“\"]*$", re.I
)
NAMED_ANSWERS = frozenset({"index", "fund", "org", "person"})
NEW_THING_RE = re.compile(r"\bnew\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


# Words of funds and their shares, which no given name or surname is.
GENERIC_WORD = r"(?:The|Fund|Funds|Class|Shares|Trust|Portfolio|Series)\b"
# A person's name with the name they go by in quotes ("John “Jack” Mercer"): no firm, no
# heading is written so.
NICKNAMED_RE = re.compile(
    rf"(?!{GENERIC_WORD})[A-Z][a-z]+\.?\s+[“\"][A-Z][a-z]+[”\"]\s+(?:[A-Z]\.\s+)?"
    rf"(?!{GENERIC_WORD})[A-Z][\w'’-]+(?:,?\s+(?:Jr|Sr|II|III)\.?)?"
)
# A question opening "What is (the)" / "Which are": one whose parts may each be asked so.
WH_START_RE = re.compile(r"^\s*(?:what|which)\s+(?:is|are)\s+(?:the\s+)?", re.I)
# A ticker asked beside another measure: "X: ticker and total annual fund operating expenses?",
# "What is the expense ratio and ticker of X?".
TICKER_WORDS = r"(?:(?:ticker|trading)\s+symbol|ticker)"
TICKER_FIRST_RE = re.compile(
    rf"^(?P<head>.*?\b){TICKER_WORDS}\s+and\s+(?:the\s+|its\s+)?(?P<other>[^?]+?)\??\s*$",
    re.I,
)
TICKER_LAST_RE = re.compile(
    rf"^(?P<head>.*?\b)(?P<other>[^?]+?)\s+and\s+(?:the\s+|its\s+)?{TICKER_WORDS}"
    r"(?P<tail>\s+(?:of|for)\s+[^?]+)?\??\s*$",
    re.I,
)
# A run of capitalised words, a name ("Harborgate Bank of Commerce").
CAPITAL_RUN_RE = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w’'&.-]*)*")
# A question that offers what its answer chooses from ("which of A or B ...?", "whether").
CHOICE_RE = re.compile(r"\b(?:which|what|who)\s+of\b|\bor\b|\bwhether\b|\beither\b", re.I)


# A when-question's last word, its verb ("when does his term on the board end?").
ENDING_ASKED_RE = re.compile(r"^\s*when\b.*\b(\w+)\W*$", re.I)
# A question for when something takes effect, and the words that tie a date to a change
# taking effect ("effective June 1", "as of", "on or about", "will", "beginning").
EFFECT_ASKED_RE = re.compile(
    r"\b(?:take|takes|took|taking|go|goes|went|come|comes|came)\s+(?:into\s+)?effect\b|"
    r"\b(?:become|becomes|became)\s+effective\b|^\s*when\b.*\beffective\b",
    re.I,
)
EFFECT_SAID_RE = re.compile(
    r"\beffective\b|\beffect\b|\bas\s+of\b|\bon\s+or\s+(?:about|after)\b|\bwill\b|"
    r"\bbeginning\b|\bstarting\b|\bcommenc\w*|\bfrom\b|\buntil\b|\bapproved\b|\bsupplement\b",
    re.I,
)


def _within(said: Date, asked: Date) -> bool:
    """Whether a date is no more precise than one asked and falls within it ("February 2012"
    within "Feb 2012", "2012" within "June 2012"; not "February 17, 2012")."""
    return (
        said.year == asked.year
        and (said.month is None or said.month == asked.month)
        and (said.day is None or said.day == asked.day)
        and (said.month is None or asked.month is not None)
        and (said.day is None or asked.day is not None)
    )


# The mark of text left out of an answer's sentence.
ELISION = "…"


# How near a date (characters either side) the words of the event a question dates it by
# ("the record date") must stand.
KIND_REACH = 100


def _answer_dates(answer: Answer) -> list[tuple[str, str, int]]:
    """Each date an answer gives (its items' dates, else those its text says), once, with the
    sentence of its text that holds it and the date's place there (-1 when no sentence of the
    text holds it; the sentence is then the whole text). A sentence the answer cut short is
    read whole from the cited text."""
    said = CITE_MARK_RE.sub("", answer.answer)
    dated = [d for i in answer.items for d in spans.dates(i)] or spans.dates(said)
    sentences = [t for _, t in split_sentences(said)] if dated else []
    whole: list[str] = []  # the cited texts' sentences, read when the answer cut one short
    out = []
    for date in dict.fromkeys(dated):
        sentence = next((t for t in sentences if date in t), said)
        if ELISION in sentence:  # ("… rust, on behalf of the Fund ... on December 5, 2012.")
            if not whole:
                whole = [t for c in answer.citations for _, t in split_sentences(c.text)]
            sentence = next((t for t in whole if date in t), sentence)
        out.append((date, sentence, sentence.find(date)))
    return out


def _every_date_is(answer: Answer, said_so: Callable[[str, str, int], bool]) -> bool:
    """Whether an answer gives dates and each is one a test of its sentence bears out
    (``said_so(date, sentence, place of the date in it)``); False when a date stands in no
    sentence of the answer's text."""
    dated = _answer_dates(answer)
    return bool(dated) and all(at >= 0 and said_so(d, s, at) for d, s, at in dated)


def _event_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of one event ("when did the fund close?") is not given by a sentence whose
    date is of the event that undoes it ("will reopen on ..."), nor a date asked of a change
    taking effect by a sentence that ties its date to no such change ("has managed the fund
    since February 2012"): a failed check, else None."""
    if u.answer_type != "date":
        return None
    # the date the answer gives (its value), else the first it says
    dated = _answer_dates(answer)
    if not dated:
        return None
    date, sentence, at = dated[0]
    event = verify.opposite_event(q, sentence)
    kind = verify.date_kind(q)
    # (the event's words near the date: "shareholders of record will receive a proxy ... a
    # meeting expected in the fourth quarter of 2024" gives no record date)
    near = sentence if at < 0 else sentence[max(0, at - KIND_REACH) : at + len(date) + KIND_REACH]
    if event is None and kind is not None and not verify.speaks_of(kind, near):
        event = kind  # "the record date" is not the date of a sentence that says no record
    # (a document's own verb describes it: "the supplement announcing the reopening")
    asking = verify.words(DOCUMENT_VERB_RE.sub(" ", q))
    for named, words in verify.lexicon()["asked_events"].items():
        if (
            event is None
            and any(verify.has_phrase(asking, w) for w in words["asked"])
            and not any(verify.has_phrase(verify.words(sentence), w) for w in words["said"])
        ):
            event = named  # "when did shareholders vote?" is not "Effective June 1, 2010, ..."
    endings = verify.lexicon()["endings"]
    asked_verb = ENDING_ASKED_RE.search(q)
    if (
        event is None
        and answer.features.get("sentence")  # (a table's "Lowest Quarter | March 31, 2020")
        and asked_verb is not None
        and asked_verb.group(1).lower() in endings["asked"]
        and not any(verify.has_phrase(verify.words(sentence), w) for w in endings["said"])
    ):
        event = "ending"  # "when does his term end?" is not "from 1993 to 1995 he was ..."
    if event is None and EFFECT_ASKED_RE.search(q) and not EFFECT_SAID_RE.search(sentence):
        # "when do the changes take effect?" is not answered by "has co-managed the fund
        # since February 2012": a date the sentence gives no change taking effect on
        event = "taking effect"
    return None if event is None else Check("event", event, None, False)


# A sentence that opens on its date ("On November 20, 2013, the Board ..."): the date is of what
# its main clause says, within this many characters after it; a date after "approved ... on"
# within this many characters before it.
DATE_LEAD_RE = re.compile(
    r"^\W{0,3}(?:(?:in\s+addition|additionally|also|further(?:more)?|moreover|separately)\s*,\s*)?"
    r"(?:on|as\s+of)\s+$",
    re.I,
)
APPROVAL_CLAUSE_CHARS = 200
APPROVAL_BEFORE_CHARS = 60


def _document_date_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """The date of a document a supplement supplements ("what date do the current summary
    prospectuses carry?", "the date of the SAI?") is not the supplement's own ("Supplement dated
    August 25, 2025 to the current Summary Prospectuses"): a failed check when every date the
    answer gives is written as the supplement's; None when the question asks the supplement's
    date (it names the supplement before any other document) or names no document."""
    if u.answer_type != "date":
        return None
    told = verify.words(q)
    named = [
        (at, kind)
        for kind in ("documents", "own")
        for w in verify.word_set("document_dates", kind)
        if (at := told.find(f" {w} ")) >= 0
    ]
    if not named or min(named)[1] != "documents":
        return None
    dating = verify.word_set("document_dates", "dating")

    def supplements(_: str, sentence: str, at: int) -> bool:
        before = verify.words(sentence[max(0, at - DOCUMENT_DATING_CHARS) : at])
        return any(before.endswith(f" {w} ") for w in dating)

    if not _every_date_is(answer, supplements):
        return None
    return Check("subject", "the date of the documents supplemented", None, False)


def _becoming_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of someone's becoming what they are ("When did X first become a
    sub-adviser?", "when was X appointed?") is one whose sentence speaks of such a beginning
    (data/constraints.json "becoming"): a failed check when no date of the answer's is."""
    if u.answer_type != "date" or not WHEN_RE.match(q) or EFFECT_ASKED_RE.search(q):
        return None  # ("when does the change become effective?": its taking effect)
    data = verify.lexicon()["becoming"]
    told = verify.words(q)
    if not any(verify.has_phrase(told, w) for w in data["asked"]):
        return None

    def begins(_: str, sentence: str, at: int) -> bool:
        said = verify.words(sentence)
        return any(_said_unnegated(said, w) for w in data["said"])

    if _answer_dates(answer):
        if _every_date_is(answer, begins):
            return None
    else:  # ("Effective immediately, X will no longer serve ...": no date, no start)
        said = CITE_MARK_RE.sub("", answer.answer)
        held = [t for _, t in split_sentences(said) if answer.items and answer.items[0] in t]
        if not held or begins("", held[0], 0):
            return None
    return Check("event", "becoming", None, False)


# Words that deny what follows them ("will no longer serve as", "has not been named").
NEGATING_WORDS = ("no longer", "not", "never", "cease to", "ceases to", "ceased to")


def _said_unnegated(said: str, phrase: str) -> bool:
    """Whether ``said`` (made by :func:`verify.words`) holds a phrase that no negating word
    stands right before ("will serve as", not "will no longer serve as")."""
    wanted = verify.words(phrase)
    start = said.find(wanted)
    while start >= 0:
        before = said[: start + 1]
        if not any(before.endswith(f" {n} ") for n in NEGATING_WORDS):
            return True
        start = said.find(wanted, start + 1)
    return False


# A question asking when ("When did ...", "when was ...", "As of when ...").
WHEN_RE = re.compile(r"^\s*(?:and\s+)?(?:since\s+|as\s+of\s+)?when\b", re.I)


def _role_verb_check(q: str, answer: Answer) -> Check | None:
    """What a person heads, leads, chairs or directs ("What does X head at Y?") is what the
    answer names with the verb's noun ("Head of International Select Equity strategy"): a
    failed check when the answer's text says none of the verb's words (data/constraints.json
    "role_verbs")."""
    m = ROLE_VERB_ASKED_RE.match(q)
    if m is None:
        return None
    verb = m.group(1).lower()
    said = verify.words(CITE_MARK_RE.sub("", answer.answer))
    forms = verify.lexicon()["role_verbs"].get(verb, ())
    if not forms or any(verify.has_phrase(said, w) for w in forms):
        return None
    return Check("subject", f"what the person {verb}s", None, False)


# "What does X head (at Y)?", "which team did X lead?": what a person heads, asked.
ROLE_VERB_ASKED_RE = re.compile(
    r"^\s*(?i:what|which)\b[^?]*?\b(?i:does|did|do|will)\s+[A-Z][^?]*?\s"
    r"(head|lead|chair|direct|oversee|supervise)\b",
)


def _document_kinds_in(text: str) -> list[tuple[int, str]]:
    """(place, kind) of each document kind a text names (data/constraints.json
    "document_kinds"), the longer name read where two overlap ("summary prospectus", not
    "prospectus")."""
    told = verify.words(text)
    found: dict[int, tuple[int, str]] = {}
    for kind, words in verify.lexicon()["document_kinds"].items():
        for w in words:
            for m in re.finditer(re.escape(f" {w} "), told):
                end = m.end()
                if end not in found or found[end][0] > m.start():
                    found[end] = (m.start(), kind)
    return sorted(found.values())


# "page 10 of the prospectus", "on page 3 of the Fund's Summary Prospectus": the document a
# page is of, right after it.
PAGE_OF_RE = re.compile(r"\bpages?\s+[\dA-Za-z-]+\s+(?:and\s+\d+\s+)?of\s+([^.;:]{0,80})", re.I)


# A lead-in that limits what follows to one fund's documents ("DIVERSIFIED BOND PROSPECTUS
# ONLY", "For the Northwind Income Fund only:").
ONLY_FOR_RE = re.compile(
    r"^\s*((?:[A-Z][\w&'’.-]*\s+){1,6}?)(?:(?:SUMMARY\s+)?PROSPECTUS(?:ES)?|SAI|"
    r"(?:Summary\s+)?Prospectus(?:es)?)\s+ONLY\b"
    r"|\b[Ff]or\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){1,6}?)(?:Funds?|Portfolios?)\s+only\b"
)


def _only_for_check(answer: Answer, funds: Sequence[str]) -> Check | None:
    """An answer about a fund asked is not read from a passage its filing limits to another
    fund's documents ("DIVERSIFIED BOND PROSPECTUS ONLY The following entries are added ..."
    for the High-Yield Fund): a failed check when every cited passage so limited names a fund
    none of whose telling words the funds asked have, else None."""
    if not funds or not answer.answered or not answer.citations:
        return None
    asked = {w for f in funds for w in _plain(f).split() if w not in verify.NAME_FILLER}
    if not asked:
        return None
    limited = []
    for c in answer.citations:
        m = ONLY_FOR_RE.search(c.text)
        if m is None:
            return None  # a passage not limited so may be about the fund asked
        named = {
            w for w in _plain(m.group(1) or m.group(2) or "").split() if w not in verify.NAME_FILLER
        }
        if not named or named & asked:
            return None
        limited.append(" ".join((m.group(1) or m.group(2)).split()))
    return Check("only_for", limited[0], None, False)


@cache
def _account_kind_re(kind: str) -> re.Pattern[str]:
    """Any way of writing an account kind (data/constraints.json "account_kinds") as a word of
    a lower-cased text, inside a hyphenated word too (the "ira" of "pension-ira"); compiled once."""
    ways = sorted(verify.lexicon()["account_kinds"][kind], key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w) for w in ways) + r")(?![a-z0-9])")


@cache
def _relation_said_re() -> re.Pattern[str]:
    """The words joining two firms ("an affiliate of", data "firm_relations") and what follows
    them up to a clause's end; compiled once."""
    joins = sorted(verify.lexicon()["firm_relations"], key=len, reverse=True)
    return re.compile(
        r",?\s*\(?(" + "|".join(re.escape(j) for j in joins) + r")\s+([^,;.()]{2,80})", re.I
    )


def _account_kind_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An amount asked for a kind of account ("the minimum initial investment for an IRA",
    "for SEP-IRA and Keogh accounts") is one whose evidence writes one of the kinds asked
    (data/constraints.json "account_kinds"), not the amount for accounts in general: a failed
    check, else None."""
    if u.answer_type != "amount" or not answer.answered:
        return None
    kinds = verify.lexicon()["account_kinds"]

    def writes(text: str, kind: str) -> bool:
        return _account_kind_re(kind).search(text) is not None

    told = " ".join(q.lower().split())
    asked = [k for k in kinds if writes(told, k)]
    if not asked:
        return None
    said = " ".join(
        " ".join(
            [
                CITE_MARK_RE.sub("", answer.answer),
                *(f"{c.section} {c.text}" for c in answer.citations),
            ]
        )
        .lower()
        .split()
    )
    failed = Check("subject", " or ".join(k if " " in k else k.upper() for k in asked), None, False)
    if not any(writes(said, k) for k in asked):
        return failed
    # each amount answered stands in a sentence or row that writes the kind and, when the
    # question asks a transaction, speaks of no other one: "Investors in Regular and IRA
    # Accounts may exchange ... ($250,000)" is no IRA's redemption maximum
    deals = set(verify.transactions_in(verify.words(q)))

    def holds(sentence: str) -> bool:
        if not any(writes(sentence, k) for k in asked):
            return False
        said_deals = set(verify.transactions_in(verify.words(sentence)))
        return not deals or not said_deals or bool(deals & said_deals)

    return None if _each_item_held(answer, holds) else failed


def _method_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An amount asked of a way of making a transaction ("the daily maximum for buying shares
    online by wire", "via telephone"; data/constraints.json "methods") stands in a sentence or
    row that writes that way: a failed check when an amount answered stands only in sentences
    that do not ("purchase ... using TeleTransfer (maximum $150,000 per day)"), else None."""
    if u.answer_type != "amount" or not answer.items:
        return None
    told = verify.words(q)
    methods = verify.lexicon()["methods"]
    asked = [
        ways
        for ways in methods.values()
        if any(verify.has_phrase(told, f"{lead} {w}") for w in ways for lead in METHOD_LEADS)
    ]
    if not asked:
        return None

    def holds(sentence: str) -> bool:
        said = verify.words(sentence)
        return all(any(verify.has_phrase(said, w) for w in ways) for ways in asked)

    return (
        None if _each_item_held(answer, holds) else Check("subject", "the way asked", None, False)
    )


def _each_item_held(answer: Answer, holds: Callable[[str], bool]) -> bool:
    """Whether each item of an answer stands in a sentence or row (of its text or its cited
    texts, in lower case) that ``holds`` accepts; an item none of them writes is passed over."""
    texts = [CITE_MARK_RE.sub("", answer.answer), *(c.text for c in answer.citations)]
    sentences = [" ".join(t.lower().split()) for x in texts for _, t in split_sentences(x)]
    for item in answer.items:
        low = " ".join(item.lower().split())
        holding = [t for t in sentences if low and low in t]
        if holding and not any(holds(t) for t in holding):
            return False
    return True


# The words that ask a way of making a transaction ("by wire", "via telephone").
METHOD_LEADS = ("by", "via", "through", "using")


# The words of a consent given or needed ("with the agreement of the Board", "subject to the
# approval of shareholders").
CONSENT_SAID_RE = re.compile(
    r"\b(?:approval|approvals|consent|consents|agreement|vote|authori[sz]ation|permission|"
    r"ratification|approve[sd]?|consented)\b",
    re.I,
)


# A question for what a value came to, not what it may be ("what percentage did it actually
# repurchase?", "the actual expense ratio").
ACTUAL_ASKED_RE = re.compile(r"\bactual(?:ly)?\b", re.I)
# How far before an amount the words bounding it may stand ("no less than 5%").
BOUND_BEFORE_CHARS = 30


def _actual_amount_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An amount asked as what it actually came to is not answered by amounts the evidence
    states only as bounds ("repurchase offers of no less than 5% ...", "up to a maximum of
    25%"): what may be is not what was. A failed check when every amount of the answer stands
    right after a bound's words (data/constraints.json superlatives.bound), else None."""
    if u.answer_type != "amount" or not answer.items or not ACTUAL_ASKED_RE.search(q):
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    bounds = [b for way in verify.lexicon()["superlatives"]["bound"].values() for b in way]
    for item in answer.items:
        at = said.find(item)
        if at < 0:
            return None
        before = verify.words(said[max(0, at - BOUND_BEFORE_CHARS) : at])
        if not any(before.rstrip().endswith(verify.words(b).rstrip()) for b in bounds):
            return None
    return Check("subject", "the amount it came to", None, False)


# A question for who came before someone or something ("who sub-advised X before Y?", "who
# managed the fund before Z became its manager in 1998?"): the anchor after the word.
PREDECESSOR_ASKED_RE = re.compile(r"\b(?:before|prior\s+to)\s+(?P<anchor>[^?]+)", re.I)
# What tells one answered the successor in its sentence: called new just before its name
# ("a new sub-advisory agreement with X"), or said to replace or succeed after it.
NEW_BEFORE_RE = re.compile(r"\bnew\b(?:\W+[\w.,’'-]+){0,6}?\W+$", re.I)
REPLACES_AFTER_RE = re.compile(
    r"^[^.;]{0,60}?\b(?:will\s+)?(?:replaces?|replacing|succeeds?|succeeding|(?:will\s+)?take\s+"
    r"over|took\s+over|has\s+replaced|has\s+succeeded)\b",
    re.I,
)
SINCE_YEAR_RE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?(\d{4})\b")
YEAR_RE = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


# A registrant's name, in any case ("ING INVESTORS TRUST", "X Funds", "X Trust IV").
REGISTRANT_NAME_RE = re.compile(REGISTRANT_END_RE.pattern, re.I)


def _trust_asked_check(q: str, answer: Answer, trusts: Sequence[str]) -> Check | None:
    """A question for a trust ("X is a series of which trust?", "which registrant ...?") is
    answered by the name of a trust, not by a fund's name a table row gives: a failed check
    when no item is read off a cover as a registrant, is a cited filing's trust (``trusts``)
    or ends as a registrant's name does, else None."""
    if not answer.items or not WHICH_TRUST_RE.search(q) or answer.features.get("slot"):
        return None
    own = {verify.words(t) for t in trusts if t}
    if any(
        REGISTRANT_NAME_RE.search(i.strip(" .")) or verify.words(i) in own for i in answer.items
    ):
        return None
    return Check("answer_type", "trust", None, False)


def _funds_named_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A question whose wh-phrase asks for funds ("which underlying funds will X invest in?")
    is not answered by a sentence that names no fund but those the question names: a failed
    check, else None."""
    if u.intent != "funds" or answer.items or not answer.features.get("sentence"):
        return None
    if asked_target(q)[0] != "fund":
        return None
    told = spans.funds(q)
    said = CITE_MARK_RE.sub("", answer.answer)
    if any(
        not any(verify.stated(t, f) or verify.stated(f, t) for t in told) for f in spans.funds(said)
    ):
        return None
    return Check("answer_type", "fund", None, False)


# A company size a fund or index is named by ("mid cap", "small-cap", "large capitalization").
MARKET_CAP_RE = re.compile(r"\b(?:small|mid|large|micro|mega|multi|all|smid)[\s-]+cap\b", re.I)


def _limit_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An amount asked as the level something is held to ("where is Class C's expense ratio
    capped?") is a limit the evidence states (data/constraints.json "limits"): a failed check
    when no cited text or heading above it speaks of one (a fee table's "Total annual fund
    operating expenses | 1.84%"), else None. Only the question's words in lower case ask it
    (a "Limited Duration Fund" asks no limit)."""
    if u.answer_type != "amount" or not answer.answered:
        return None
    data = verify.lexicon()["limits"]
    # (a fund's size in lower case, "the corran mid cap value fund", asks no limit)
    lower = verify.words(
        " ".join(w for w in re.findall(r"[\w'’-]+", MARKET_CAP_RE.sub(" ", q)) if w.islower())
    )
    if not any(verify.has_phrase(lower, w) for w in data["asked"]):
        return None
    said = verify.words(
        " ".join(
            [
                CITE_MARK_RE.sub("", answer.answer),
                *(f"{c.section} {c.text}" for c in answer.citations),
            ]
        )
    )
    if any(verify.has_phrase(said, w) for w in data["said"]):
        return None
    return Check("subject", "a limit", None, False)


def _rate_period_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An amount asked per period ("how much may be withdrawn each month?") is not one the
    evidence states per another period only ("does not exceed on an annual basis 12%"; data
    constraints.json "rate_periods"): a failed check when the sentences holding the answer
    state a rate of some other period and none of the period asked, else None."""
    if u.answer_type != "amount" or not answer.answered:
        return None
    periods = verify.lexicon()["rate_periods"]
    asking = verify.words(q)
    asked = {p for p, ws in periods.items() if any(verify.has_phrase(asking, w) for w in ws)}
    if not asked:
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    items = [i for i in answer.items if i.strip()]
    held = [said] + [
        sentence
        for c in answer.citations
        for _, sentence in split_sentences(c.text)
        if any(i in sentence for i in items)
    ]
    said_words = [verify.words(text) for text in held]
    stated = {
        p
        for p, ws in periods.items()
        if any(verify.has_phrase(t, w) for t in said_words for w in ws)
    }
    if not stated or stated & asked:
        return None
    return Check("subject", sorted(asked)[0], None, False)


def _successor_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """Who came before someone is not one the evidence tells as the one who came after: a
    person or firm its sentence calls new ("entered into a new sub-advisory agreement with X")
    or says replaces another, or who has served since the year the question's anchor dates or
    later ("before Z became its manager in 1998": not one "a portfolio manager since 2024"). A
    failed check when every answered name is told so, else None."""
    if u.answer_type not in ("person", "org") or not answer.items:
        return None
    asked = PREDECESSOR_ASKED_RE.search(q)
    if asked is None:
        return None
    anchor_years = [int(y) for y in YEAR_RE.findall(asked.group("anchor"))]
    said = CITE_MARK_RE.sub("", answer.answer)
    sentences = [t for _, t in split_sentences(said)]

    def after(item: str) -> bool:
        for i, sentence in enumerate(sentences):
            at = sentence.find(item)
            if at < 0:
                continue
            if NEW_BEFORE_RE.search(sentence[:at]) or REPLACES_AFTER_RE.search(
                sentence[at + len(item) :]
            ):
                return True
            told = " ".join(sentences[i : i + 2])  # ("X ... . He has managed it since 2024.")
            since = [int(y) for y in SINCE_YEAR_RE.findall(told)]
            if anchor_years and since and min(since) >= min(anchor_years):
                return True
        return False

    if not all(after(i) for i in answer.items):
        return None
    return Check("relation", "before", None, False)


def _consent_check(q: str, answer: Answer) -> Check | None:
    """A question for whose consent something needs is answered by a sentence that speaks of a
    consent ("only with the agreement of the Fund's Board"), not by one that only names firms
    ("X has conditionally agreed to sell Y to Z"): a failed check, else None."""
    if not answer.answered or WHOSE_CONSENT_RE.search(q) is None:
        return None
    if CONSENT_SAID_RE.search(CITE_MARK_RE.sub("", answer.answer)):
        return None
    return Check("subject", "a consent", None, False)


# "How is X related to Y?", "What is X's relationship to/with Y?", "the relationship between X
# and Y": the two firms whose relation is asked.
RELATION_ASKED_RE = re.compile(
    r"\bhow\s+(?:is|are|was|were)\s+(.+?)\s+(?:related|affiliated|connected)\s+(?:to|with)\s+"
    r"(.+?)\s*\??$"
    r"|\brelationship\s+between\s+(.+?)\s+and\s+(.+?)\s*\??$",
    re.I,
)
# How far before the words that join them the first firm's name may end.
RELATION_REACH = 40


# A section a question names by its capitalised title ("The Fund Management Team section").
NOT_TITLE_WORDS = frozenset({"the", "which", "what", "whose", "this", "that", "its", "a", "an"})
SECTION_TITLED_RE = re.compile(r"((?:\b[A-Z][\w’'&-]*\s+){1,6})[Ss]ections?\b")


def _page_document_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A page asked of one kind of document ("on what page of the summary prospectus ...?")
    is not a page the answer says is of another kind ("page 10 of the prospectus"): a failed
    check when every page the answer's text places in a document places it in another kind,
    else None."""
    if u.answer_type != "page" or not answer.answered:
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    # the section asked by its title ("on what page is The Fund Management Team section?"):
    # a page of that section, not of the "Portfolio Managers" section beside it
    kinds_named = {w for ws in verify.lexicon()["document_kinds"].values() for w in ws}
    for m in SECTION_TITLED_RE.finditer(q):
        # (not "Which SAI section", a section of a document asked for)
        title = " ".join(w for w in m.group(1).split() if w.lower() not in NOT_TITLE_WORDS)
        if title.lower() in kinds_named:
            continue
        if title and not verify.has_phrase(verify.words(said), title):
            return Check("subject", title, None, False)
    asked = _document_kinds_in(q)
    if not asked:
        return None
    kind = asked[0][1]
    placed = [_document_kinds_in(m.group(1))[:1] for m in PAGE_OF_RE.finditer(said)]
    kinds = [k[0][1] for k in placed if k]
    if kinds and all(k != kind for k in kinds):
        return Check("subject", f"a page of the {kind}", None, False)
    return None


def _document_kind_asked(q: str, u: Understanding) -> str | None:
    """The kind of document (data/constraints.json "document_kinds") a question asks the date
    of ("the date of the SAI", "when is the summary prospectus dated?"), the one it names
    first; None when it asks no document's date: it names none, asks no date of one, names
    the supplement first, or asks when something takes effect, ends or is sent."""
    if u.answer_type != "date" or not DOCUMENT_DATE_ASKED_RE.search(q):
        return None
    if EFFECT_ASKED_RE.search(q) or END_ASKED_RE.search(q) or OTHER_DOCUMENT_EVENT_RE.search(q):
        return None
    told = verify.words(q)
    named = [
        (at, -len(w), kind)
        for kind, words in verify.lexicon()["document_kinds"].items()
        for w in words
        if (at := told.find(f" {w} ")) >= 0
    ]
    named += [
        (at, 0, "")
        for w in verify.word_set("document_dates", "own")
        if (at := told.find(f" {w} ")) >= 0
    ]
    # "this SAI supplement": the supplement's own date
    named = [
        (at, n, "" if told.startswith(" supplement", at - n + 1) else kind) for at, n, kind in named
    ]
    if not named:
        return None
    return min(named)[2] or None


def _dates_document(kind: str, before: str, after: str) -> bool:
    """Whether a date, with the text of its passage before and after it, is the date of a
    document of a kind (see ``_document_kind_check``)."""
    names = verify.word_set("document_kinds", kind)
    near = verify.words(SENTENCE_END_RE.split(before[-DOCUMENT_KIND_CHARS:])[-1])
    if any(f" {w} " in near for w in names):
        return True
    following = verify.words(after[:DOCUMENT_KIND_CHARS])
    if any(following.startswith(f" {w} ") for w in names):
        return True
    if not DATED_END_RE.search(before):
        return False
    # a list's item ("X Fund, dated May 31, 2006"): the nearest document named above it
    above = verify.words(before[-DOCUMENT_LIST_CHARS:])
    last: dict[bool, int] = {True: -1, False: -1}
    for other, words in verify.lexicon()["document_kinds"].items():
        for w in words:
            at = above.rfind(f" {w} ")
            mine = other == kind or w in names
            last[mine] = max(last[mine], at)
    return last[True] >= 0 and last[True] >= last[False]


# A date a list's item gives as its document's ("X Fund, dated May 31, 2006").
DATED_END_RE = re.compile(r"\bdated(?:\s+as\s+of)?\s*$", re.I)
# How far above a list's item the name of its documents may stand.
DOCUMENT_LIST_CHARS = 6000
# Stems of the words that ask for a form code, not what the filing is about.
FORM_CODE_FRAME = frozenset(
    stems_of("form code number printed supplement document which what follows top bottom end")
)
# A sentence that introduces the text after it ("... is amended to include the following:").
INTRODUCES_RE = re.compile(r":\s*$|\bfollowing\b", re.I)
# How many passages after such a sentence are read as the text it introduces.
HEADING_FOLLOWING = 6
# The share of what a heading question is about that the heading's sentence (with the text it
# introduces) must say.
HEADING_MIN_SHARE = 0.5
# A run of capitalised words ("Portfolio Solutions Group", "Bank of New York").
CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.’'-]*)*")
# A family's initials before a word of a fund's name ("MS Dividend", "JH Strategic"); how many
# aliases holding that word are read, and how far into an alias the initials' words may start.
# The engine's data files.
DATA_DIR = Path(__file__).with_name("data")
# An acronym a question may write for a name a filing spells out ("FDIC", "NYSE").
ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}\b")
# The small words a name an acronym stands for may hold without initials ("Statement of
# Additional Information": SAI).
ACRONYM_FILLER = r"(?:\s+(?:of|and|for|the|on|in|to|&))*"


@cache
def _vocabulary_words() -> frozenset[str]:
    """Every word of the engine's data files (the vocabulary it reads questions with)."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(re.findall(r"[a-z0-9]+", value.lower()))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in DATA_DIR.glob("*.json"):
        if path != calibrate.MODEL_FILE:
            walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(words)


def _acronym_name_re(acronym: str) -> re.Pattern[str]:
    """Capitalised words whose initials are the acronym's letters, small words between (in
    capitals too: a cover's "MET INVESTORS SERIES TRUST" for "MIST")."""
    words = [f"{letter}(?:[a-z]+|[A-Z]+)" for letter in acronym]
    return re.compile(r"\b" + (ACRONYM_FILLER + r"\s+").join(words) + r"\b")


INITIALS_RE = re.compile(r"\b([A-Z]{2,4})\s+([A-Z][a-z][\w-]*)")
INITIALS_ALIASES_MAX = 400
INITIALS_AT_MAX = 1
# What the names spelt are of: a fund, a share class of one, a registrant ("... Securities Inc.").
INITIALS_KINDS = frozenset({"fund", "security", "org"})
# A quarter asked or said ("quarterly return", "best quarter", "Q2 2020").
QUARTERLY_ASKED_RE = re.compile(r"\bquarter(?:s|ly)?\b|\bQ[1-4]\b", re.I)
# A question asking a date a document bears ("the date of", "dated", "what date").
DOCUMENT_DATE_ASKED_RE = re.compile(r"\b(?:date[sd]?|dating)\b", re.I)
# How far before a date the name of the document it dates may stand (in its sentence).
DOCUMENT_KIND_CHARS = 200
# Where a sentence ends, in a passage's text before a date.
SENTENCE_END_RE = re.compile(r"[.;:!?](?:\s|$)")


# How far before a date the words that make it a supplement's own may stand.
DOCUMENT_DATING_CHARS = 30


def _end_date_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked as the end of something ("through what date does the fee waiver run?",
    "until when", "when does the cap expire?") is not one the answer's sentence gives as a
    start ("have served in such capacity since the Fund's inception in September 2025"): a
    failed check when every date of the answer is a start, else None."""
    if u.answer_type != "date" or not END_ASKED_RE.search(q):
        return None

    def starts(_: str, sentence: str, at: int) -> bool:
        return START_SAID_RE.search(sentence[max(0, at - START_REACH_CHARS) : at]) is not None

    if not _every_date_is(answer, starts):
        return None
    return Check("event", "its end, not its start", None, False)


# A question asking when something ends, and the words that make a date a start.
END_ASKED_RE = re.compile(
    r"\b(?:through|thru|until|till|up\s+to)\s+(?:what|which|when)\b|\bend(?:ing)?\s+date\b|"
    r"\b(?:expire|expires|expiration|terminate|terminates|end|ends|lapse|lapses)\b\s*\??$",
    re.I,
)
START_SAID_RE = re.compile(
    r"\b(?:since|from|beginning|commencing|starting|inception|began|begun|started)\b[^,;]*$",
    re.I,
)
START_REACH_CHARS = 40


def _approval_date_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of an event (a reorganization, a shareholder vote) is not the date a
    sentence gives to its approval ("On November 20, 2013, the Board approved proposals to
    reorganize ..."; "approved by the Board on May 5, 2024"), unless the question asks for the
    approval: a failed check, else None."""
    if u.answer_type != "date" or not answer.features.get("sentence"):
        return None
    # ("If approved, when would the reorganizations happen?" asks no approval's date)
    told = verify.words(decisions.CONDITIONAL_APPROVAL_RE.sub(" ", q))
    if any(verify.has_phrase(told, w) for w in verify.word_set("approval_dates", "asked")):
        return None
    verbs = verify.word_set("approval_dates", "verbs")

    def approves(date: str, sentence: str, at: int) -> bool:
        if DATE_LEAD_RE.match(sentence[:at]):
            clause = sentence[at + len(date) :][:APPROVAL_CLAUSE_CHARS].split(";")[0]
            # (the first verb of its clause: "the Board approved"; not "to take effect when
            # approved" further on, a decision awaited ("contingent upon shareholder
            # approval"), nor a participle after an article ("the proposed Reorganization"))
            clause = decisions.NOT_MADE_RE.sub(" ", clause)
            first = next(
                (
                    m.group(1).lower()
                    for m in CLAUSE_VERB_RE.finditer(clause)
                    if not ARTICLE_BEFORE_RE.search(clause[: m.start()])
                ),
                "",
            )
            return first in verbs
        before = verify.words(sentence[max(0, at - APPROVAL_BEFORE_CHARS) : at])
        return before.endswith(" on ") and any(verify.has_phrase(before, v) for v in verbs)

    if not _every_date_is(answer, approves):  # (every date the answer gives is an approval's)
        return None
    return Check("event", "other than an approval", None, False)


# "What did the X section say before it was replaced?", "the previous wording of X": the
# words a change took away.
OLD_TEXT_ASKED_RE = re.compile(
    r"\bwhat\s+(?:did|does|had)\s+[^?]+?\s+(?:say|said|read|state|stated|provide|disclose)\s+"
    r"(?:before|prior\s+to|until)\b"
    r"|\b(?:old|previous|prior|former|original|earlier)\s+(?:text|wording|language|disclosure|"
    r"version|paragraph|sentence|passage)\b",
    re.I,
)


def _old_text_check(q: str, answer: Answer) -> Check | None:
    """A question for what a text said before it was changed is answered only by words the
    answer's evidence marks as the earlier ones ("... currently reads: ..."); a supplement that
    prints only the new text ("... is deleted and replaced with the following: ...") does not
    state them (data/constraints.json "old_text"): a failed check, else None."""
    if not answer.answered or not OLD_TEXT_ASKED_RE.search(q):
        return None
    said = verify.words(
        " ".join([CITE_MARK_RE.sub("", answer.answer), *(c.text for c in answer.citations)])
    )
    if any(verify.has_phrase(said, p) for p in verify.word_set("old_text", "said")):
        return None
    return Check("earlier_side", "before", None, False)


def _decision_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of a body's decision ("when did the X board approve Y?") is one a sentence
    of the answer gives a decision of that body on that matter (assistant/decisions.py); a
    failed check when every date's sentence says decisions and none is the one asked, else
    None."""
    if u.answer_type != "date":
        return None
    decision = decisions.asked(q)
    if decision is None:
        return None
    dated = [(s, at) for _, s, at in _answer_dates(answer) if at >= 0]
    verdicts = [decisions.said_by(decision, s) for s, at in dated]
    if verdicts and all(v is False for v in verdicts):
        return Check("decision", decision.text, None, False)
    if dated and all(_of_the_matter(s, at) for s, at in dated):
        # "the Board approved the liquidation, which is expected to occur on or about August
        # 29": the date of the liquidation, not of its approval
        return Check("decision", decision.text, None, False)
    return None


# How far before a date the words that make it the matter's may stand (characters).
MATTER_DATE_CHARS = 40


def _of_the_matter(sentence: str, at: int) -> bool:
    """Whether the words just before a date make it the date of what was decided ("expected
    to occur on", "will take effect on"; data matter_dates), with no decision's verb among
    them ("approved on")."""
    before = verify.words(sentence[max(0, at - MATTER_DATE_CHARS) : at])
    return any(verify.has_phrase(before, w) for w in verify.lexicon()["matter_dates"]) and not any(
        verify.has_phrase(before, v) for v in verify.word_set("approval_dates", "verbs")
    )


# What may stand between an event's verb and its date ("mailed to shareholders on or about").
DATE_LEAD_WORDS_RE = re.compile(
    r"(?:\s+(?:to|the|a|an|its|their|of|shareholders|fund|portfolio|funds|portfolios|on|or|about|"
    r"around|approximately|by|as|at|in|is|be|been|will|expected|scheduled|currently)\b)*\s*$",
    re.I,
)
DATED_EVENT_WORDS = 8  # how many words before a date its event's verb may stand
# A date in a phrase that leads its sentence's main clause ("At a meeting held on May 5, 2024,
# the Board approved"): what follows it.
LEADING_DATE_RE = re.compile(r"^\s*,\s+(?:[Tt]he|[Ii]ts|[Aa]n?|[A-Z]\w*)\b(?!\s+and\b)")


def _dated_event_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of one event is not the date a sentence gives to another ("a proxy
    statement is expected to be mailed ... on or about December 20, 2013" for "when is the
    reorganization expected?"): the verb just before the answer's date says its event
    (data/constraints.json "dated_events"); a question that asks about that event is not
    checked. A failed check, else None."""
    if u.answer_type != "date" or not answer.features.get("sentence"):
        return None
    dated = _answer_dates(answer)
    if not dated:
        return None
    events = verify.lexicon()["dated_events"]
    told = verify.words(q)
    others: list[str] = []
    for date, sentence, at in dated:
        if at < 0:
            return None
        before = DATE_LEAD_WORDS_RE.sub("", sentence[:at])
        words = WORD_RE.findall(before.lower())[-DATED_EVENT_WORDS:]
        verb = next((w for w in reversed(words) if w in events), None)
        if LEADING_DATE_RE.match(sentence[at + len(date) :]):
            # "On October 29, 2009, Invesco announced its agreement ...": the date is the main
            # clause's too, whose first verb says its event ("At a meeting held on May 5, 2024,
            # the Board approved ...": of both)
            main = next(iter(CLAUSE_VERB_RE.findall(sentence[at + len(date) :])), "").lower()
            if verb is not None or main not in events:
                return None
            verb = main
        if verb is None or any(verify.has_phrase(told, w) for w in events[verb]):
            return None  # a date of the event asked, or of no event the lexicon knows
        others.append(verb)
    return Check("event", f"not what is {others[0]}", None, False)


# The first verb of a clause in the past tense or a present one ("approved", "adopted",
# "will transfer"): a word ending in -ed, or one of the few the approval verbs use.
ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|an?|its|their|this|that)\s+$", re.I)
CLAUSE_VERB_RE = re.compile(r"\b(\w+ed|approves?|will|may|is|are|was|were)\b", re.I)


# The words right before a holder noun that may narrow it; a word that narrows one: lower-case
# (hyphens inside) or an acronym.
HOLDER_REACH = 3
NARROWING_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*|[A-Z]{2,5}")
HOLDER_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")


def _holder_kinds(text: str, capitals: bool = False) -> dict[str, set[str]]:
    """Each holder noun of a text ("investors") -> the stems of the words right before it that
    narrow it ("individual", "retail" of "new individual retail investors"; with ``capitals``,
    as a filing writes them, "Regular" of "Regular Accounts" too); a noun that names a share
    class ("Investor Class", "Investor Shares") is none."""
    nouns, plain, ends = (
        verify.word_set("kinds_of_holder", k) for k in ("nouns", "plain", "verbs")
    )
    tokens = HOLDER_TOKEN_RE.findall(text)
    found: dict[str, set[str]] = {}
    for i, w in enumerate(tokens):
        if w.lower() not in nouns:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].lower() in ("class", "shares", "share"):
            continue
        mods = found.setdefault(stem(w.lower()), set())
        for m in reversed(tokens[max(0, i - HOLDER_REACH) : i]):
            low = m.lower()
            narrowing = NARROWING_WORD_RE.fullmatch(m) or (capitals and m.istitle())
            if low in ends or not narrowing or low.endswith(("ing", "ly")):
                break
            if low not in plain:
                mods.add(stem(low))
    return found


# A sentence that states what an example assumes, not what is so ("The example also assumes
# that ... the Expense Limitation is in place for one year only"); a question about the
# example or its assumptions.

ASSUMED_RE = re.compile(
    r"\b(?:example|illustration|table\s+below)\b[^.;]{0,60}?\bassum\w*|\bassum(?:es|ing)\s+(?:that|a|an)\b",
    re.I,
)
ASKS_ASSUMED_RE = re.compile(r"\bexample\b|\bassum\w*|\bhypothetical\b|\billustrat\w*", re.I)


def _assumed_check(q: str, answer: Answer) -> Check | None:
    """What an example assumes is no answer to a question about what is so ("how long is the
    expense limitation in place?" is not answered by "the example assumes ... the Expense
    Limitation is in place for one year only"), unless the question asks about the example."""
    if not answer.items or ASKS_ASSUMED_RE.search(q):
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    held = [t for _, t in split_sentences(said) if answer.items[0] in t]
    if held and all(ASSUMED_RE.search(t) for t in held):
        return Check("subject", "what is so, not what an example assumes", None, False)
    return None


def _item_person_check(u: Understanding, persons: Sequence[str], answer: Answer) -> Check | None:
    """An answer to a question about one person whose items are table rows of other people
    ("Kandarp Acharya, | Registered Investment Companies | ..." for Christian Chan's holdings)
    does not concern the person asked."""
    if (
        len(persons) != 1
        or not answer.items
        or u.answer_type in ("person", "org")
        or u.intent in ("managers", "change", "adviser")
    ):
        return None  # ("who replaced X?": another person is the answer)
    surname = persons[0].split()[-1].lower()
    # a table row read as an item is its first cell's: "Kandarp Acharya, | Registered ..."
    rows = [i.split(" | ")[0] for i in answer.items if " | " in i]
    others = [p for r in rows for p in spans.people(r)]
    if not others or any(surname in r.lower() for r in rows):
        return None
    return Check("person", persons[0], None, False)


def _named_head_check(q: str, answer: Answer) -> Check | None:
    """A question asking which team, committee or division ('which strategy team does X
    represent?') is answered by a text that names one: it says the head noun."""
    head = wh_head(q)
    if head is None:
        return None
    last = head.split()[-1].lower()
    if last not in verify.lexicon()["named_heads"]:
        return None
    said = CITE_MARK_RE.sub("", answer.answer).lower()
    if re.search(rf"\b{re.escape(last.rstrip('s'))}s?\b", said):
        return None
    return Check("subject", head, None, False)


def _holder_check(q: str, answer: Answer) -> Check | None:
    """A question about holders of one kind ("when will the fund reopen to new individual
    retail investors?", "the daily maximum in a Dreyfus IRA account") is not answered by a
    text about holders of another ("... reopen to new employer-sponsored retirement plan
    investors", "Investors in Regular Accounts ..."): the text narrows the same noun with other
    words and says one of the question's nowhere (data/constraints.json "kinds_of_holder")."""
    asked = {k: v for k, v in _holder_kinds(q).items() if v}
    if not asked:
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    told = _holder_kinds(said, capitals=True)
    have = {stem(w.lower()) for w in HOLDER_TOKEN_RE.findall(said)}
    written = {stem(w.lower()): w for w in HOLDER_TOKEN_RE.findall(q)}
    for noun, mods in asked.items():
        missing = sorted(mods - have)
        if told.get(noun, set()) - mods and missing:
            return Check("holder", written.get(missing[0], missing[0]), None, False)
    return None


def _reason_check(q: str, answer: Answer) -> Check | None:
    """A why-question ("why did the board propose the merger?") is answered only by words that
    give a reason, whichever way the answer was found (a sentence picked for a why-question is
    checked where it is picked): an answer that only tells what happened fails, else None."""
    said = " ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
    return None if verify.gives_reason(q, said) else Check("reason", "why", None, False)


# Where a clause ends: a negation reaches no further.
CLAUSE_END_RE = re.compile(r"[,;:.()]")


# A case a question sets aside: "(not on a systematic purchase plan)", ", excluding IRAs",
# "other than through a broker".
EXCLUDED_CASE_RE = re.compile(
    r"(?:\(\s*|,\s*|\s-\s)(?:not|excluding|except(?:\s+for)?|other\s+than|but\s+not|apart\s+from)"
    r"\s+(?:(?:on|in|through|via|for|by|under|with|using|from)\s+)?(?:(?:an?|the)\s+)?"
    r"(?P<case>[^(),?]{3,60}?)\s*(?:\)|,|\?|$)",
    re.I,
)


def _excluded_case_check(q: str, answer: Answer) -> Check | None:
    """A case the question sets aside ("minimum for an IRA (not on a systematic purchase
    plan)?") is not answered by a table row, or a sentence given whole, that speaks of that
    case, every telling word of it: a failed check, else None."""
    m = EXCLUDED_CASE_RE.search(q)
    if m is None or (answer.items and not answer.features.get("table")):
        # (a value read from a sentence may stand beside the case set aside: "the sub-adviser
        # changes ...; X, the Portfolio's investment adviser"; a table's row says its case)
        return None
    case = m.group("case").strip()
    wanted = {stem(w) for w in content_terms(case)}
    if not wanted:
        return None
    said = {stem(w) for w in content_terms(CITE_MARK_RE.sub("", answer.answer))}
    return Check("excluded_case", case, None, False) if wanted <= said else None


# A risk a question names ("growth investing risk", "Small-Capitalization Company risk"): up to
# four words before a singular "risk"; words that name no risk of their own.
NAMED_RISK_RE = re.compile(
    r"((?:[\w'’/-]+\s+){1,4})risk\b(?!s)"
    r"(?!\s+(?:management|program|programs|factors?|profiles?|levels?|tolerance|assessment))",
    re.I,
)
RISK_NAME_FILLER = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "principal", "main", "key", "primary",
     "biggest", "which", "what", "any", "of", "fund", "fund's", "portfolio", "portfolio's",
     "specific", "particular", "named", "listed", "same", "other", "new", "is", "does", "per",
     "under", "about", "for", "and", "or", "in", "on", "with", "to", "how", "describe",
     "described", "explain", "say", "says", "said"}
)  # fmt: skip


def _named_risk_check(q: str, answer: Answer, funds: Sequence[str] = ()) -> Check | None:
    """A risk the question names ("how is its growth investing risk described?") is one the
    evidence names: its telling words, in that order, in the answer or a cited passage (by
    stem: "foreign investing risk" is "Foreign Investments Risk"); a failed check, else None.
    The fund's name before it is no part of it ("Vaughan Nelson Select REITs risk")."""
    m = NAMED_RISK_RE.search(q)
    if m is None or answer.features.get("part"):
        return None  # (a named part's passages are that part's, whatever they say)
    named = {w for f in funds for w in WORD_RE.findall(f.lower())} - RISK_NAME_FILLER
    words: list[str] = []
    tokens = m.group(1).split()
    for i in range(len(tokens) - 1, -1, -1):
        # back from "risk" to a filler word or a possessive ("Small Cap Opportunities' Sector
        # Allocation Risk": the fund's name before it is no part of the risk's)
        token = tokens[i]
        low = token.lower()
        if low in RISK_NAME_FILLER and not _inside_risk_name(tokens, i, named):
            break
        if low.endswith(("'", "’", "'s", "’s")) or low in named:
            break
        words[:0] = WORD_RE.findall(low)
    if not words:
        return None
    asked = [stem(w) for w in words]
    # Where a risk is named: the items answered, the sections cited and the lead-in names of
    # the passages ("Preferred Stocks: ..."); a list answered is its items alone. Elsewhere
    # in the text the words name the risk only when "risk" follows them: "dividends" in a
    # paragraph on preferred stocks is no "dividend risk".
    names = [*answer.items]
    if not answer.features.get("list"):
        names += [c.section for c in answer.citations]
        names += [
            lead.group(1)
            for text in (CITE_MARK_RE.sub("", answer.answer), *(c.text for c in answer.citations))
            if (lead := RISK_LEAD_IN_RE.match(text)) and len(lead.group(1).split()) <= 8
        ]
    if any(_has_run(name, asked) for name in names):
        return None
    if not answer.features.get("list"):
        said = " ".join([CITE_MARK_RE.sub("", answer.answer), *(c.text for c in answer.citations)])
        if _has_run(said, [*asked, "risk"]):
            return None
    return Check("subject", " ".join(words) + " risk", None, False)


def _inside_risk_name(tokens: Sequence[str], i: int, named: set[str]) -> bool:
    """Whether a capitalised "Portfolio" or "Fund" is a word of the risk's name ("Focused
    Portfolio Risk"): a capitalised word of no fund's name and no filler before it."""
    if tokens[i].lower() not in ("portfolio", "fund") or not tokens[i][:1].isupper() or i == 0:
        return False
    before = tokens[i - 1]
    low = before.lower()
    return before[:1].isupper() and low not in RISK_NAME_FILLER and low not in named


# The name leading a paragraph of a risk list: "Preferred Stocks: ...", "Credit Risk. ...".
RISK_LEAD_IN_RE = re.compile(r"\s*([^.:\n]{2,80}?)\s*[.:](?:\s|$)")


def _has_run(text: str, asked: Sequence[str]) -> bool:
    """Whether ``text``'s word stems hold ``asked`` (stems) in a row."""
    seq = [stem(w) for w in WORD_RE.findall(text.lower())]
    n = len(asked)
    return any(seq[k : k + n] == list(asked) for k in range(len(seq) - n + 1))


def _negated_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A word the question asks by that the answer says only after a negation in the same
    clause ("does not include any potential performance fee adjustment" for "what performance
    fee adjustment applies?") is not answered by it: a failed check, else None. Questions that
    negate, or ask of an ending, themselves are not checked (data/constraints.json
    "negated")."""
    if u.answer_type not in TYPED_ANSWERS or YES_NO_RE.match(q):
        return None
    data = verify.lexicon()["negated"]
    if any(verify.has_phrase(verify.words(q), w) for w in data["question"]):
        return None
    # (the words that describe the filing asked, "the sub-advisor termination supplement",
    # only locate it)
    undescribed = verify.DOCUMENT_DESCRIBED_RE.sub(" ", q)
    terms = {stem(t) for t in content_terms(undescribed)}
    asked = {stem(w.lower()): w for w in WORD_RE.findall(undescribed) if w.islower()}
    asked = {k: w for k, w in asked.items() if k in terms}
    said = CITE_MARK_RE.sub("", answer.answer)
    negators = frozenset(data["evidence"])
    seen: dict[str, bool] = {}  # asked stem -> said outside any negation
    valued = False  # whether a clause without the negated words gives a value of the type asked
    for clause in CLAUSE_END_RE.split(said):
        tokens = [w.lower() for w in WORD_RE.findall(clause)]
        if any(t in data["affirming"] for t in tokens):
            continue  # "not available for purchase until September 30": when it is
        negated_here = False
        for i, w in enumerate(tokens):
            key = stem(w)
            if key not in asked:
                continue
            negated = any(t in negators for t in tokens[max(0, i - data["reach"]) : i])
            negated_here = negated_here or negated
            seen[key] = seen.get(key, False) or not negated
        if negated_here and spans.of_type(u.answer_type, clause):
            return None  # "Class A shares are not subject to a CDSC of 1%": the negation says it
        valued = valued or (not negated_here and bool(spans.of_type(u.answer_type, clause)))
    only_negated = sorted(k for k, free in seen.items() if not free)
    if not only_negated or not valued:
        # ("There is no minimum for IRA accounts": the negation is the answer)
        return None
    return Check("negated", asked[only_negated[0]], None, False)


def _echo_check(q: str, answer: Answer) -> Check | None:
    """An answer whose every word the question already says ("Recipient: X" to "X was added
    right after which recipient?") tells nothing: it is no answer, unless the question offers
    the choices its answer picks from ("which of A or B ...?")."""
    said = " | ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
    told = {stem(t) for t in content_terms(said)}
    if not told or CHOICE_RE.search(q):
        return None
    # (a check that passes is not added: the confidence model counts checks)
    if not told <= {stem(t) for t in content_terms(q)}:
        return None
    # a name of the question's words in another order or fewer of them is news ("X Growth
    # Fund is renamed X International Growth Fund" to "what will X International ... be
    # called?"); every run of capitalised words must stand in the question as it is
    asked = verify.words(q)
    if any(not verify.has_phrase(asked, verify.words(r)) for r in CAPITAL_RUN_RE.findall(said)):
        return None
    return Check("echo", "the question's own words", None, False)


# Two names a question offers to choose between ("a series of X Trust or of Y Fund?", "Class
# A or Class C?").
CHOICE_NAMES_RE = re.compile(
    r"((?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*)\s*,?\s+or\s+(?:(?:of|in|the|to|by)\s+)*"
    r"((?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*)"
)


CHOICE_LEAD_RE = re.compile(r"\b(?:of|in|by|from|under|with|between|to)\s+(?:the\s+)?$", re.I)
WHICH_FIRST_RE = re.compile(r"^\s*(?:which|what|who)\b", re.I)


def _choice_check(q: str, answer: Answer) -> Check | None:
    """A question offering two names to choose between is answered by a text that names one
    of them: a failed check, else None."""
    m = CHOICE_NAMES_RE.search(q)
    # the names are the values asked when a preposition leads them ("a series of X or of Y?")
    # or the question asks which; not "can it close X or Y to new investors?" (either one)
    if m is None or not (CHOICE_LEAD_RE.search(q[: m.start()]) or WHICH_FIRST_RE.match(q)):
        return None
    said = " ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
    if any(verify.stated(m.group(i), said) for i in (1, 2)):
        return None
    return Check("choice", f"{m.group(1)} or {m.group(2)}", None, False)


# A question for an upper or a lower bound ("the maximum percentage it may hold", "the minimum
# it must keep").
BOUND_ASKED = {
    "up": re.compile(r"\b(?:maximum|max|at\s+most|ceiling|upper\s+limit|most\s+it\s+may)\b", re.I),
    "down": re.compile(
        r"\b(?:minimum|min|at\s+least|floor|lower\s+limit|least\s+it\s+must)\b", re.I
    ),
}
BOUND_SAID_REACH = 40  # characters before an amount its bound's words may stand
# An amount said as what is expected or approximate ("about 8%", "approximately 60%").
APPROXIMATE_RE = re.compile(r"\b(?:about|approximately|roughly|around|expected\s+to)\b", re.I)


def _bound_side_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An upper bound asked ("the maximum percentage it may hold in stocks") is not answered by
    an amount the answer bounds from below ("not less than 50%"), nor a lower bound by one it
    bounds from above: a failed check, else None."""
    if u.answer_type != "amount" or not answer.items:
        return None
    asked = [way for way, pattern in BOUND_ASKED.items() if pattern.search(q)]
    if len(asked) != 1:
        return None
    other = "down" if asked[0] == "up" else "up"
    bounds = verify.lexicon()["superlatives"]["bound"]
    said = " ".join(CITE_MARK_RE.sub("", answer.answer).split())

    def bounded(item: str, way: str) -> bool:
        at = said.find(item)
        before = verify.words(said[max(0, at - BOUND_SAID_REACH) : at]) if at >= 0 else ""
        return any(verify.has_phrase(before, w) for w in bounds[way])

    value = "maximum" if asked[0] == "up" else "minimum"
    if all(bounded(i, other) and not bounded(i, asked[0]) for i in answer.items):
        return Check("superlative", value, None, False)
    # an amount the sentence calls about what it is expected to be ("an allocation of about
    # 8%") bounds nothing: a bound's words must stand in the sentence of its amount
    sentences = [t for _, t in split_sentences(said) if any(i in t for i in answer.items)]
    if (
        sentences
        and APPROXIMATE_RE.search(" ".join(sentences))
        and not any(
            verify.has_phrase(verify.words(t), w) for t in sentences for w in bounds[asked[0]]
        )
    ):
        return Check("superlative", value, None, False)
    return None


def _item_echo_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An answer whose every item the question already writes ("Class I" to "what ticker will
    the renamed Class I shares use?", the code a question names to "the number printed next
    to code X") tells nothing asked: no answer, unless the question offers the choices its
    answer picks from or asks yes or no. (A passage answered for what a named part says, a
    risk's or a person's, is read by its text, not its items.)"""
    if (
        not answer.items
        or CHOICE_RE.search(q)
        or YES_NO_RE.match(q)
        or u.intent == "risks"
        or (u.answer_type == "sentence" and u.intent != "change")
    ):
        return None
    asked = _plain(q)
    longer = [_plain(f) for f in spans.funds(q)]  # "X Portfolio" is not "X Portfolio II"

    def written(item: str) -> bool:
        low = _plain(item)
        return low in asked and not any(f.startswith(low) and f != low for f in longer)

    if all(written(item) for item in answer.items):
        return Check("echo", "the question's own words", None, False)
    return None


# "What share of the fund's assets is targeted to foreign stocks?": a share asked of a holding
# named at the end ("foreign stocks").
SHARE_OF_HOLDING_RE = re.compile(
    r"^\s*(?:what|which)\s+(?:(?:is|are)\s+the\s+(?:(?:maximum|minimum|max|min)\s+)?)?"
    r"(?:share|percent(?:age)?|portion|proportion|fraction|part)\s+of\b"
    r".*\b(?:in|to|into)\s+((?:[\w’'-]+\s*){1,4}?)\s*\??\s*$",
    re.I,
)


# Units of a period a question or a table row names ("for calendar year 2022", "Best Quarter").
PERIOD_UNITS = {
    "quarter": re.compile(r"\bquarter(?:ly|s)?\b", re.I),
    "month": re.compile(r"\bmonth(?:ly|s)?\b", re.I),
    "year": re.compile(r"\b(?:calendar\s+)?year\b|\bannual(?:ly)?\b", re.I),
}


def _period_unit_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """An amount asked for one period unit ("the total return for calendar year 2022") is not
    read from table rows labelled by another ("Worst Quarter: | Q1 2022 | -5.69%")."""
    if u.answer_type != "amount" or not answer.features.get("table"):
        return None
    asked = {unit for unit, pattern in PERIOD_UNITS.items() if pattern.search(q)}
    if not asked:
        return None
    labels = [c.text.split("|")[0] for c in answer.citations if "|" in c.text]
    said = {
        unit for label in labels for unit, pattern in PERIOD_UNITS.items() if pattern.search(label)
    }
    if labels and said and not said & asked:
        return Check("period_unit", " or ".join(sorted(asked)), None, False)
    return None


def _holding_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A share asked of a holding ("what share of assets is targeted to foreign stocks?") is
    the share of that holding: every word of it (or a word filings use for it) must be in the
    cited text; "80% of its assets in stocks" is no share of foreign stocks."""
    if u.answer_type != "amount" or not answer.citations:
        return None
    m = SHARE_OF_HOLDING_RE.match(q)
    if m is None:
        return None
    cited = " ".join(c.text for c in answer.citations)
    # (the sentence that holds the answer's amount, when it has one: "up to 20% ... in
    # foreign securities. ... about 8% of its assets in cash" gives no 20% in cash)
    held = [t for _, t in split_sentences(cited) if answer.items and answer.items[0] in t]
    said = compose.stems_of(" ".join(held) or cited)
    for term in content_terms(m.group(1)):
        st = compose.stem(term)
        if st not in said and not said.intersection(compose.SYNONYMS.get(st, ())):
            return Check("subject", m.group(1).strip(), None, False)
    return None


def _dated_role_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """When someone took up a role ("when did X become Chief Executive Officer?") is the date
    of a sentence that names that role (the role the question names first), not of another
    post the same passage gives ("He has been a portfolio manager of the Fund since 2024")."""
    if u.answer_type != "date" or not answer.items or not answer.features.get("sentence"):
        return None
    # (a role in the possessive only says whose: "the adviser's chief executive officer")
    # (nor one that names a line of funds: "Fidelity's Advisor funds")
    asked = verify.words(verify.PRODUCT_ROLE_RE.sub(" ", re.sub(r"\b[\w-]+['’]s\b", " ", q)))
    roles = verify.lexicon()["roles"]
    named = [
        (asked.find(f" {r} "), r)
        for r in roles
        if not r.startswith("_") and r not in roles["_asked_only"] and verify.has_phrase(asked, r)
    ]
    if not named:
        return None
    role = min(named)[1]
    said = CITE_MARK_RE.sub("", answer.answer)
    # (a title set beside a name says who the person is, not what the date is of: "Jane Q.
    # Doe, Chief Investment Officer, has shared responsibility ... since 2008")
    sentence = verify.words(
        APPOSITIVE_TITLE_RE.sub(
            " ", next((t for _, t in split_sentences(said) if answer.items[0] in t), said)
        )
    )
    if any(verify.has_phrase(sentence, w) for w in roles[role]):
        return None
    return Check("role", role, None, False)


# A date said as the year someone joined a firm: "since joining the advisor in 2008".
JOINED_IN_RE = re.compile(r"\bjoin(?:ed|ing|s)?\s+(?:[\w&.'’-]+\s+){0,6}?in\s+$", re.I)
JOIN_ASKED_RE = re.compile(
    r"\bjoin|\bhired\b|\bemploy|\b(?:come|came|comes|coming)\s+(?:to|on\s+board)\b|\barriv"
    r"|\bstart\w*\s+(?:at|with)\b|\bcareer\b|\bbeen\s+with\b|\btenure\s+(?:at|with)\b",
    re.I,
)


def _joined_date_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of anything but someone's joining ("since what year has X managed the
    fund?") is not the year the answer says X joined a firm ("... since joining the advisor in
    2008")."""
    if u.answer_type != "date" or not answer.items or JOIN_ASKED_RE.search(q):
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    at = said.find(answer.items[0])
    if at > 0 and JOINED_IN_RE.search(said[max(0, at - 80) : at]):
        return Check("event", "joining", None, False)
    return None


# A period before the latest one asked ("the fiscal year before its most recent one", "the
# prior fiscal year"); the latest period said ("during the most recent fiscal year"); an
# earlier one said.
EARLIER_PERIOD_ASKED_RE = re.compile(
    r"\b(?:prior|previous|preceding)\s+(?:fiscal\s+)?(?:year|period|quarter)"
    r"|\bbefore\s+(?:its|the|their)\s+(?:most\s+recent|latest|last|current)\b",
    re.I,
)
LATEST_PERIOD_SAID_RE = re.compile(
    r"\b(?:most\s+recent(?:ly\s+completed)?|latest|current)\s+(?:fiscal\s+)?(?:year|period)",
    re.I,
)
EARLIER_PERIOD_SAID_RE = re.compile(
    r"\b(?:prior|previous|preceding)\s+(?:fiscal\s+)?(?:year|period)", re.I
)


def _period_side_check(q: str, answer: Answer) -> Check | None:
    """A value asked for a period before the latest ("the turnover rate in the fiscal year
    before its most recent one") is not one the answer's sentence gives for the latest period
    ("During the most recent fiscal year, the turnover rate was 60%")."""
    if not answer.items or not EARLIER_PERIOD_ASKED_RE.search(q):
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    held = [t for _, t in split_sentences(said) if answer.items[0] in t] or [said]
    if any(LATEST_PERIOD_SAID_RE.search(t) and not EARLIER_PERIOD_SAID_RE.search(t) for t in held):
        return Check("time_side", "before the latest period", None, False)
    return None


# A time after a date a question asks of ("the limit after May 1, 2026"), and a value a
# sentence holds until a date ("0.94% through May 1, 2026").
AFTER_DATE_RE = re.compile(
    rf"\b(?:after|beyond|following|past)\s+(?P<when>(?:{DATE_RE.pattern}))", re.I
)
UNTIL_DATE_RE = re.compile(
    rf"\b(?:through|until|till|to|ending|expires?\s+on)\s+(?P<when>(?:{DATE_RE.pattern}))", re.I
)


def _after_end_check(q: str, answer: Answer) -> Check | None:
    """A value asked for after a date ("what limit applies after May 1, 2026?") is not one the
    answer says holds until that date ("0.94% through May 1, 2026"): a failed check, else
    None."""
    asked = AFTER_DATE_RE.search(q)
    if asked is None or not answer.items:
        return None
    when = parse_date(asked.group("when"))
    said = CITE_MARK_RE.sub("", answer.answer)
    ends = [parse_date(m.group("when")) for m in UNTIL_DATE_RE.finditer(said)]
    if when is not None and when in ends:
        return Check("time_side", f"after {asked.group('when')}", None, False)
    return None


def _joining_date_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A date asked of someone's joining a firm or a team ("when did X join Y?") is one the
    answer's sentence says they joined (or have been with it since), not another date of
    theirs ("... has managed the Fund since March 2024")."""
    if u.answer_type != "date" or not answer.items or not compose.JOINING_ASKED_RE.search(q):
        return None
    said = CITE_MARK_RE.sub("", answer.answer)
    for item in answer.items:
        held = [t for _, t in split_sentences(said) if item in t]
        if any(compose.JOINING_SAID_RE.search(t) for t in held):
            return None
    return Check("event", "joining", None, False)


def _time_party_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A firm the question names as taking up or leaving a role at the time it asks about
    ("which firm sub-advised the fund before X took over?", "after X was terminated") is not
    what it asks for: an answer naming only it fails ("after X bought the business, who became
    sub-adviser?" may well be answered by X)."""
    if u.answer_type != "org" or not answer.items:
        return None
    for m in verify.TIME_FIRM_RE.finditer(q):
        firm = m.group(1)
        if not clauses.starts_role_event(q[m.end() :]):
            continue
        if all(verify.brand_stated(i, firm) for i in answer.items):
            return Check("target", firm, None, False)
    return None


# A terse first part that is what a second part's pronoun stands for ("X Class Y expense cap,
# and how long does it run?"): a noun phrase of at most this many words, after any "what is".
ANTECEDENT_MAX_WORDS = 12
ANTECEDENT_LEAD_RE = re.compile(r"^(?:(?:what|which)\s+(?:is|are|was|were)\s+)?(?:the\s+)?", re.I)
ANTECEDENT_VERB_RE = re.compile(
    r"\b(?:who|whom|what|which|when|where|why|how|is|are|was|were|do|does|did|will|would|can|"
    r"has|have|had)\b",
    re.I,
)
PART_PRONOUN_RE = re.compile(r"\b(?:it|they|them)\b", re.I)
TERSE_PART_WORDS = 6
VALUE_OF_RE = re.compile(
    r"^(?:the\s+)?(?:date|name|amount|number|percentage|value|size|level|rate)s?\s+of\s+(?:the\s+)?",
    re.I,
)


def _with_antecedent(first: str, second: str) -> str:
    """The second part of a two-part question with its pronoun ("it", "they") written as the
    first part's noun phrase ("Class Y expense cap?" + "How long it runs?" -> "How long the
    Class Y expense cap runs?"); the second part as it is when the first is no noun phrase or
    the second has no such pronoun."""
    if len(PART_PRONOUN_RE.findall(second)) != 1 or len(second.split()) > TERSE_PART_WORDS:
        return second  # (a second part of its own words is asked as it is)
    phrase = ANTECEDENT_LEAD_RE.sub("", first.strip().rstrip("?").strip())
    # "Date of the summary prospectus, and when was it supplemented?": the prospectus
    phrase = VALUE_OF_RE.sub("", phrase)
    if (
        not phrase
        or len(phrase.split()) > ANTECEDENT_MAX_WORDS
        or ANTECEDENT_VERB_RE.search(phrase)
    ):
        return second
    return PART_PRONOUN_RE.sub(f"the {phrase}", second, count=1)


# How far after an amount a share class it is said of may stand ("$1,000 to purchase Investor
# Class shares").
CLASS_AFTER_AMOUNT_CHARS = 40


def _of_other_class(after: str, classes: Sequence[str]) -> bool:
    """Whether the words right after an amount say it of a share class, and of none of
    ``classes`` (the classes a question asks about; none asked: no class is another)."""
    if not classes:
        return False
    near = after[:CLASS_AFTER_AMOUNT_CHARS]
    if SHARE_CLASS_RE.search(near) is None:
        return False
    told = verify.words(near)
    return not any(verify.class_in(c, told) for c in classes)


def _earlier_side_check(q: str, u: Understanding, answer: Answer) -> Check | None:
    """A question for the earlier side of a change ("the previous target index", "its former
    name") is not answered by names the answer's own words set on the new side ("has begun
    tracking its new target index, the X Index"): when every name of the type asked does, the
    filing said what came after, not before."""
    if u.answer_type not in NAMED_ANSWERS or not verify.asks_earlier(q):
        return None
    said = " ".join(CITE_MARK_RE.sub("", answer.answer).split())
    asked = {v.casefold() for v in spans.of_type(u.answer_type, q)}
    values = [v for v in spans.of_type(u.answer_type, said) if v.casefold() not in asked]
    if not values:
        return None
    newer: list[str] = []
    for v in sorted(values, key=lambda v: max(said.find(v), 0)):
        before = said[: max(said.find(v), 0)]
        # a name in brackets after another ("the X Index (X IMI Index)") is on its side
        aside = before.rstrip().endswith("(") and bool(newer) and before.find(newer[-1]) >= 0
        if aside or NEW_SIDE_RE.search(before[-80:]):
            newer.append(v)
    # or the answer calls the very thing asked new ("the fund's new target index could ...")
    # and no word of it tells an earlier one
    terms = {compose.stem(t) for t in content_terms(q)}
    called_new = any(
        compose.stem(w) in terms for m in NEW_THING_RE.finditer(said) for w in m.group(1).split()
    )
    told = verify.words(said)
    earlier = any(verify.has_phrase(told, w) for w in verify.lexicon()["relations"]["evidence"])
    ok = len(newer) < len(values) and not (called_new and not earlier)
    return Check("earlier_side", "before", None, ok)


# A question for the side a replacement takes away ("which firm is being replaced?", "who
# will be replaced as sub-adviser?"): a passive of "replace" with no "by" after it.
REPLACED_ASKED_RE = re.compile(
    r"\b(?:is|are|was|were|will\s+be|to\s+be|being|been)\s+(?:being\s+)?replaced\b"
    r"(?![^?]*\bby\b)",
    re.I,
)


def _replaced_side_check(
    q: str,
    u: Understanding,
    answer: Answer,
    changes_of: Callable[[Answer], Sequence[clauses.Change]],
) -> Check | None:
    """A question for what a replacement takes away is not answered by names the cited
    sentences set only on the side that replaces ("X will replace Y as sub-adviser": X): a
    failed check, else None. (``changes_of`` reads the changes its cited passages state.)"""
    if u.answer_type not in ("org", "person", "fund") or not REPLACED_ASKED_RE.search(q):
        return None
    replacing = [c for c in changes_of(answer) if c.predicate == "replace"]
    if not replacing or not answer.items:
        return None
    old = {_plain(c.old) for c in replacing}
    new = {_plain(c.new) for c in replacing}
    if all(_plain(i) in new and _plain(i) not in old for i in answer.items):
        return Check("earlier_side", "what is replaced", None, False)
    return None


def _dated_items(answer: Answer) -> tuple[str, ...]:
    """The dates an answer gives, in its items or else its text."""
    found = [i for i in answer.items if spans.of_type("date", i)]
    return tuple(found or spans.of_type("date", CITE_MARK_RE.sub("", answer.answer)))


def _enumerated(answer: Answer) -> Answer:
    """A list asked and answered by a sentence that enumerates it ("the primary risks ... are
    (i) ...; (ii) ...; (iii) ..."): its entries are the answer's items, whole, though the text
    shown is cut."""
    if len(answer.items) > 1 or not answer.citations:
        return answer
    shown = CITE_MARK_RE.sub("", answer.answer).strip(" …")
    probe = shown[:ENUMERATION_PROBE_CHARS]
    for _, sentence in split_sentences(answer.citations[0].text):
        if probe and probe[-30:] in sentence:
            found = lists.enumeration(sentence, cut=True)
            if found is not None and len(found[1]) >= 2:
                return replace(answer, items=tuple(found[1]))
    return answer


# How much of an answer's text is looked for in its passage to find the sentence it shows.
ENUMERATION_PROBE_CHARS = 120
# A list answer of more than this many items too long to say whole says its first entries.
FIT_LIST_ITEMS = 3
LIST_MORE = " and more (listed below)"


def _fitted(answer: Answer) -> Answer:
    """An answer whose text runs past the answer length limit (sentences of several passages
    joined) cut to it: each cited stretch to its share around the answer's items it holds, its
    citation marks kept; a passage is no answer."""
    plain = CITE_MARK_RE.sub("", answer.answer)
    if len(plain) <= compose.MAX_ANSWER_CHARS:
        return answer
    if len(answer.items) > FIT_LIST_ITEMS:
        # a list said whole: its first entries, the rest in the items below it
        marks = "".join(dict.fromkeys(CITE_MARK_RE.findall(answer.answer)))
        room = compose.MAX_ANSWER_CHARS - len(LIST_MORE) - len(marks) - 2
        cut = plain[:room].rsplit(", ", 1)[0].rstrip(" ,")
        return replace(answer, answer=f"{cut}{LIST_MORE} {marks}")
    stretches = [
        m.group(1).strip() + " " + m.group(2)
        for m in re.finditer(r"(.*?)((?:\[\d+\])+)", answer.answer, re.S)
        if m.group(1).strip()
    ] or [answer.answer]
    share = compose.MAX_ANSWER_CHARS // len(stretches) - 1
    fitted = []
    for stretch in stretches:
        marks = "".join(CITE_MARK_RE.findall(stretch))
        text = " ".join(CITE_MARK_RE.sub("", stretch).split())
        focus = [i for i in answer.items if i in text]
        fitted.append(f"{compose.trim(text, focus, limit=share - len(marks) - 1)} {marks}".rstrip())
    return replace(answer, answer=" ".join(fitted))


def _part_trimmed(said: str, part: str) -> str:
    """One part's answer cut to half the answer length limit around the values its part asks
    for (its dates, amounts, names), so that the two parts together stay an answer, not a
    passage; its citation marks follow it."""
    marks = "".join(dict.fromkeys(CITE_MARK_RE.findall(said)))
    plain = " ".join(CITE_MARK_RE.sub("", said).split())
    focus = spans.of_type(understand(part).answer_type, plain)
    half = compose.MAX_ANSWER_CHARS // 2 - len(marks) - 1
    return f"{compose.trim(plain, focus, limit=half)} {marks}".rstrip()


def _said_beside_item(answer: Answer, second: str) -> bool:
    """Whether an answer's sentence that names its first item also holds a value of the type
    a second part asks for ("Effective June 1, 2010, ... with Invesco Advisers, Inc.")."""
    if not answer.items:
        return False
    asked = understand(second).answer_type
    plain = CITE_MARK_RE.sub("", answer.answer)
    return any(answer.items[0] in t and spans.of_type(asked, t) for _, t in split_sentences(plain))


# A footnote's mark opening a sentence ("1 Messrs. Acharya and Chan became ...").
FOOTNOTE_LEAD_RE = re.compile(r"^\s*\(?\d{1,2}\)?\s+(?=[A-Z])")


def _nearest_first(values: Sequence[str], text: str, focus: Sequence[str]) -> list[str]:
    """Values said in a text, the one nearest the answer's own (the first focus span) first
    ("... held on December 11, 2012, ... granted ... to X on December 5, 2012": of X, the
    date beside it); as said when there is no focus."""
    at = text.find(focus[0]) if focus else -1
    if at < 0:
        return list(values)
    end = at + len(focus[0])

    def distance(value: str) -> int:
        where = text.find(value)
        return min(abs(where - end), abs(where + len(value) - at)) if where >= 0 else len(text)

    return sorted(values, key=distance)


def _beside_in_citation(answer: Answer, second: str) -> tuple[str, int] | None:
    """The sentence of an answer's cited passages that names its people or things (a surname
    will do) and holds a value of the type a bare second part asks for ("..., and on what
    date?"), with its citation's number; None when none does, or the answer says one itself."""
    asked = understand(second).answer_type
    if asked not in SURE_SPAN_TYPES or not answer.items:
        return None
    if spans.of_type(asked, CITE_MARK_RE.sub("", answer.answer)):
        return None
    keys = {i.split()[-1] for i in answer.items if i.split()}
    for c in answer.citations:
        for _, t in split_sentences(c.text):
            if any(re.search(rf"\b{re.escape(k)}\b", t) for k in keys) and spans.of_type(asked, t):
                return t, c.n
    return None


def _says_second_part(answer: Answer, second: str) -> bool:
    """Whether an answer to a question's first part holds a value of the type its second part
    asks for, of a type a span finder tells for sure ("..., and since what date?": a date)."""
    asked = understand(second).answer_type
    if asked not in SURE_SPAN_TYPES or asked == understand(answer.question).answer_type:
        return False
    said = " ".join([CITE_MARK_RE.sub("", answer.answer), *answer.items])
    found = spans.of_type(asked, said)
    if asked == "date":  # ("Scudder Worldwide 2004 Fund": no date it says)
        found = [d for d in found if not verify.year_of_a_name(d, said)]
    return bool(found)


# A question for a filing's SEC file numbers; the numbers (Securities Act "333-", "33-", "2-";
# Investment Company Act "811-") beside a word that says so; the act a question names.
FILE_NUMBER_ASKED_RE = re.compile(
    r"\b(?:file|registration)\s+(?:numbers?|nos?\.?)(?!\w)|\bfile\s+#", re.I
)
FILE_NUMBER_RE = re.compile(r"(?<![\w-])0*(?:811|333|33|2)-\d{4,6}(?![\w-])")
# One filer of an EDGAR header: its name, up to the next filer ("FILER: COMPANY DATA: COMPANY
# CONFORMED NAME: X ... SEC FILE NUMBER: 033-23223 ...").
FILER_RE = re.compile(
    r"COMPANY\s+CONFORMED\s+NAME:\s*(?P<name>.+?)\s+CENTRAL\s+INDEX\s+KEY:(?P<rest>.*?)"
    r"(?=\bFILER:|\Z)",
    re.S,
)
# A question for the registrants that filed a filing, as its EDGAR header lists them; for a
# filer's former names; a former name in a header; how many opening passages hold a header.
# A question that says it asks the filing's header ("per the filing header", "on EDGAR").
HEADER_SAID_RE = re.compile(r"\b(?:header|edgar|registrants?|filers?)\b", re.I)
FILERS_ASKED_RE = re.compile(
    r"\b(?:which|what)\b[^?]*\b(?:registrants?|filers?|companies|entities)\b[^?]*"
    r"\b(?:filed|filers?|header|file)\b"
    # (the registrants, which a person asking may call the funds or trusts that filed it;
    # not "which funds does this file cover?")
    r"|\b(?:which|what)\b[^?]*\b(?:funds|trusts)\b[^?]*\b(?:filed|filers?|header)\b"
    r"|\bwho\s+(?:filed|(?:is|was|are|were)\s+the\s+filers?)\b",
    re.I,
)
FORMER_NAMES_ASKED_RE = re.compile(
    r"\bformer(?:ly)?\s+(?:conformed\s+)?(?:names?|called|known)\b|\bformerly\b", re.I
)
HEADER_FORMER_NAME_RE = re.compile(
    r"FORMER\s+CONFORMED\s+NAME:\s*(.+?)\s+DATE\s+OF\s+NAME\s+CHANGE:", re.S
)
HEADER_PASSAGES = 3
FILE_ACTS = (
    ("investment company", re.compile(r"\binvestment\s+company\s+act\b|\b1940\s+act\b", re.I)),
    ("securities", re.compile(r"\bsecurities\s+act\b|\b1933\s+act\b", re.I)),
)
# A question asking the trust a fund belongs to; a trust's name on a cover ("JPMORGAN TRUST IV",
# "Harborgate Series Trust"); how many opening passages are read as the cover.
TRUST_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?trust\b|\bseries\s+of\s+(?:which|what)\b"
    r"|\b(?:name\s+of\s+the|the\s+fund['’]s)\s+trust\b"
    # "which American Century trust ...?": a family's name before "trust"
    r"|(?-i:\b(?:[Ww]hich|[Ww]hat)\s+(?:[A-Z][\w.&'’-]*\s+){1,3}[Tt]rust\b)",
    re.I,
)
# A registrant a cover defines as the trust: 'THE ADVISORS' INNER CIRCLE FUND II (the
# "Trust")'.
TRUST_DEFINED_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,8}[A-Z][\w.&'’-]*)\s*\(\s*(?:the\s+)?[“\"]Trust[”\"]\s*\)"
)
TRUST_IN_COVER_RE = re.compile(
    r"(?:\b[A-Z][\w.&'’-]*\s+){1,5}(?:TRUST|Trust)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\b(?!\s+Company)"
)
# A registrant on a cover that lists registrants each above its funds, named "Trust", "Funds"
# or "Series" ("Franklin Custodian Funds" above "Franklin DynaTech Fund").
REGISTRANT_IN_COVER_RE = re.compile(
    r"(?:\b(?!(?:TRUST|Trust|FUNDS?|Funds?|SERIES|Series|Portfolios?)\b)[A-Z][\w.&'’-]*\s+){1,5}"
    r"(?:TRUST|Trust|Funds|Series)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\b"
    r"(?!\s+(?:Company|Trust|Fund|Portfolio))"
)
COVER_PASSAGES = 6
# A cover's definition of the fund the filing is about: 'X Portfolio ("Portfolio")',
# 'X Fund (the "Fund")'; of several: '(each a "Fund")', '(the "Funds")'.
COVER_DEFINITION_RE = re.compile(
    r"\(\s*(?:the\s+|each\s+(?:a\s+)?)?[“\"](Funds?|Portfolios?)[”\"]\s*\)", re.I
)


def _family_heading(name: str, fund: str) -> bool:
    """Whether a name that ends in "Funds" or "Series" heads a family of funds named after it
    ("JPMorgan SmartRetirement Funds" over "JPMorgan SmartRetirement 2065 Fund"), not a
    registrant ("Franklin Custodian Funds" over "Franklin DynaTech Fund"): every other word of
    it is a word of the fund's name."""
    words = name.split()
    if not words or words[-1].lower() not in ("funds", "series"):
        return False
    own = {w.casefold() for w in verify.unmarked(fund).split()}
    return all(w.casefold() in own for w in words[:-1])


def _trust_name(found: str) -> str:
    """A trust's name as a cover writes it, without the end of the fund name before it
    ("... 2060 Fund JPMORGAN TRUST IV" -> "JPMORGAN TRUST IV")."""
    words = found.split()
    # (its own last word may be one a fund's name ends in: "Franklin Custodian Funds")
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower() in FUND_NAME_WORDS:
            words = words[i + 1 :]
            break
    if (words and words[-1].isupper()) or (len(words) > 1 and words[-2].isupper()):
        # a name set in capitals: its capitalised words only ("Growth JPMORGAN TRUST IV")
        while words and not words[0].isupper():
            words.pop(0)
    return " ".join(words)


# "Who manages ...?" without naming a portfolio manager: a firm may be who.
WHO_MANAGES_RE = re.compile(
    r"^\s*who\s+(?:manages|will\s+manage|is\s+managing|runs|oversees)\b(?!.*\bportfolio\s+managers?\b)",
    re.I,
)
# A date that names a filing: "the January 27, 2017 supplement", "the SAI supplement dated
# May 1, 2015" (not "joined on May 20, 2019", the date of what is asked).
FILING_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[A-Z][\w.&-]*\s+){0,3}(?:supplement|prospectus|sai|statement|filing|sticker)", re.I
)
FILING_DATED_BEFORE_RE = re.compile(
    r"\b(?:supplement|prospectus|sai|statement|filing|sticker)s?\s+(?:dated|of)\s+$", re.I
)
# A wh-phrase asking for a fund with capitalised words before its noun ("Which MSF
# portfolio", "into what Summit fund"): those words.
WH_FUND_PHRASE_RE = re.compile(
    r"^\s*(?:(?:[Ii]nto|[Tt]o|[Ff]rom|[Ww]ith|[Ii]n)\s+)?(?:[Ww]hich|[Ww]hat)\s+"
    r"((?:[A-Z][\w.&'’-]*\s+){1,3})"
    r"(?:funds?|portfolios?|series)\b"
)
FUND_NAME_WORDS = frozenset({"fund", "funds", "portfolio", "portfolios", "etf", "®"})


def _name_at(text: str, name: str) -> re.Match[str] | None:
    """Where a name is written in a text, case, spacing and marks (®) aside."""
    words = [re.escape(w) for w in re.findall(r"[\w.&'’-]+", name.replace("®", ""))]
    if not words:
        return None
    return re.search(r"(?<![\w])" + r"(?:®|\s)*".join(words) + r"(?![\w])", text, re.I)


def _narrowed(names: Sequence[str], words: Sequence[str], trust: str | None) -> list[str]:
    """The filing's funds a question narrows by words of their names ("which Perkins funds"):
    those whose names hold every word, or all when none does (a word that describes, "affected
    funds"); and by a trust whose series it asks ("the funds of Harborgate Global Trust"): the
    names listed after the trust's, up to the next trust's, or none when the filing does not
    list that trust."""
    out = list(names)
    if trust is not None:
        key = verify.words(trust)
        at = next((i for i, n in enumerate(out) if verify.words(n) == key), None)
        if at is None:
            return []
        series = []
        for name in out[at + 1 :]:
            if REGISTRANT_END_RE.search(name):
                break
            series.append(name)
        out = series
    # ("government-focused funds": those named for government)
    wanted = [verify.words(DESCRIBED_BY_RE.sub("", w)).strip() for w in words]
    if "or" in wanted:
        return _narrowed_by_alternatives(out, wanted)
    kept = [n for n in out if all(verify.has_phrase(verify.words(n), w) for w in wanted)]
    return kept or out


def _narrowed_by_alternatives(names: Sequence[str], wanted: Sequence[str]) -> list[str]:
    """Funds asked by alternative words of their names ("which MFS high-income or high-yield
    bond funds"): those holding one of the words beside an "or" ("high income", "high yield",
    hyphens aside), and each other word that some of those hold ("MFS"; "bond" describes the
    funds and none of them is named for it). None when some alternative names no fund (a
    category, not a word of names)."""

    def holds(name: str, w: str) -> bool:
        said = verify.words(name)
        return verify.has_phrase(said, w) or verify.has_phrase(said, w.replace("-", " "))

    at = [i for i, w in enumerate(wanted) if w == "or"]
    alternatives = {wanted[j] for i in at for j in (i - 1, i + 1) if 0 <= j < len(wanted)}
    alternatives.discard("or")
    shared = [w for w in wanted if w != "or" and w not in alternatives]
    if not all(any(holds(n, a) for n in names) for a in alternatives):
        # ("multi-asset or alternatives funds": a category one of them names no fund by; the
        # names cannot tell which funds are of it)
        return []
    found = [n for n in names if any(holds(n, a) for a in alternatives)]
    held = [w for w in shared if any(holds(n, w) for n in found)]
    return [n for n in found if all(holds(n, w) for w in held)]


# What a word that describes funds by a topic adds to the topic ("government-focused",
# "Asia-oriented", "commodity-linked").
DESCRIBED_BY_RE = re.compile(r"-(?:focused|oriented|related|based|linked|centric|themed)$", re.I)


@cache
def _role_pair_re() -> re.Pattern[str]:
    """ "Who are the sponsor and the trustee (of X)?": two roles under one wh-word."""
    lexicon = {k: v for k, v in verify.lexicon()["roles"].items() if not k.startswith("_")}
    # a role by its name or by another name of several words ("principal underwriter")
    named = {*lexicon, *(w for words in lexicon.values() for w in words if " " in w)}
    roles = sorted(named, key=len, reverse=True)
    role = "|".join(re.escape(r) for r in roles)
    return re.compile(
        r"^\s*(?P<wh>who|which\s+(?:firms|companies|entities))\s+(?:are|were|will\s+be)\s+"
        rf"(?:the\s+|its\s+|the\s+fund'?s\s+)?(?P<a>{role})s?\s+and\s+(?:the\s+|its\s+)?"
        rf"(?P<b>{role})s?\b(?P<rest>[^?]*)\??\s*$",
        re.I,
    )


# Both sides of a replacement asked under two wh-words ("who replaced whom as PM?"); the
# passive of each verb.
WHO_WHOM_RE = re.compile(
    r"^\s*who\s+(?P<verb>(?:will\s+|would\s+)?(?:replace[sd]?|succeed(?:s|ed)?))\s+whom\b"
    r"(?P<rest>[^?]*)\??\s*$",
    re.I,
)
PASSIVE_OF = {
    "replace": "replaced",
    "replaces": "replaced",
    "replaced": "replaced",
    "succeed": "succeeded",
    "succeeds": "succeeded",
    "succeeded": "succeeded",
}
# Two opposite extremes asked together: "best and worst quarters", "highest and lowest".
_EXTREMES = r"best|worst|highest|lowest"
OPPOSED_PAIR_RE = re.compile(rf"\b({_EXTREMES})\s+(?:and|&|/)\s+({_EXTREMES})\b", re.I)
# Two share classes asked together: "Class N and Class Y", "Investor Shares and Admiral Shares".
CLASS_PAIR_RE = re.compile(
    rf"({SHARE_CLASS_RE.pattern})\s*(?:,\s*)?(?:and|&|vs\.?|versus)\s+({SHARE_CLASS_RE.pattern})"
)


def _parts_apart(q: str) -> tuple[str, str] | None:
    """The two questions of one that asks two things no one passage tends to hold together:
    a ticker beside a measure ("X: ticker and total expenses?"), two extremes ("best and worst
    quarters?"), two roles under one wh-word ("who are the sponsor and the trustee?"); None
    for any other question."""
    first, last = TICKER_FIRST_RE.match(q), TICKER_LAST_RE.match(q)
    if first is not None:
        # "X Investor Class: ticker and total expenses?": the ticker is read apart (no table
        # row holds it), what is asked besides it with the same words before it
        head, other = first.group("head"), first.group("other")
        of = re.search(r"\s+(?:of|for)\s+[^?]+$", other)  # "... expenses of the Investor Class"
        return (f"{head}ticker{of.group(0) if of else ''}?", f"{head}{other}?")
    if last is not None and WH_START_RE.match(q):
        head, tail = last.group("head"), last.group("tail") or ""
        return (f"{head}{last.group('other')}{tail}?", f"What is the ticker{tail}?")
    both_sides = WHO_WHOM_RE.match(q)
    if both_sides is not None:
        # "who replaced whom as PM?": the one who came, and the one who left
        verb, rest = both_sides.group("verb"), both_sides.group("rest").rstrip()
        return (f"Who {verb} someone{rest}?", f"Who was {PASSIVE_OF[verb.split()[-1]]}{rest}?")
    opposed = OPPOSED_PAIR_RE.search(q)
    if opposed is not None:
        # "best and worst quarters?": the best quarter, then the worst (rows of their own)
        head, tail = q[: opposed.start()], q[opposed.end() :]
        tail = re.sub(r"^(\s+\w{3,}[^s\W])s\b", r"\1", tail)  # each one quarter
        return (f"{head}{opposed.group(1)}{tail}", f"{head}{opposed.group(2)}{tail}")
    pair = _role_pair_re().match(q)
    if pair is not None and pair.group("a").lower() != pair.group("b").lower():
        rest = pair.group("rest").rstrip()
        a, b = pair.group("a"), pair.group("b")
        return (
            f"Who {'are' if a.endswith('s') else 'is'} the {a}{rest}?",
            f"Who {'are' if b.endswith('s') else 'is'} the {b}{rest}?",
        )
    return None


# A name a filing may define short: capitalised words, with "of", "and", "&" between them.
DEFINABLE_RE = re.compile(r"[A-Z][\w.&'’®-]*(?:\s+(?:[A-Z][\w.&'’®-]*|of|and|&)){0,7}")


@cache
def _defined_as_re(term: str) -> re.Pattern[str]:
    """ "<Full Name> (the “<term>”)": the name a filing defines a term by."""
    return re.compile(
        r"([A-Z][\w.&'’®-]*(?:\s+(?:[A-Z][\w.&'’®-]*|of|and|&))*)\s*\(\s*(?:the\s+|each\s+a\s+|a\s+)?"
        rf"[“\"]{re.escape(term)}[”\"]"
    )


def _two_parts(q: str) -> tuple[str, str] | None:
    """ "X, and who/what/when ...?" as its two questions (and those of ``_parts_apart``, and
    one per share class of an amount asked for two); None for a one-part question."""
    apart = _parts_apart(q)
    if apart is not None:
        return apart
    classes = CLASS_PAIR_RE.search(q)
    second_part = SECOND_PART_RE.search(q)
    if classes is not None and second_part is not None and classes.end() <= second_part.start():
        classes = None  # "X caps for Class A and Class Y, and how long do they run?": the
        # second question first; the classes are of the first
    if classes is not None and classes.group(1) != classes.group(2):
        # "Class N and Class Y minimum initial investment?": each class's amount, often said
        # apart (asked so when the whole answer does not give both)
        head, tail = q[: classes.start()], q[classes.end() :]
        each = (f"{head}{classes.group(1)}{tail}", f"{head}{classes.group(2)}{tail}")
        if all(understand(part).answer_type == "amount" for part in each):
            return each
    dates = DATE_PAIR_RE.match(q)
    if dates is not None:
        # "Record date and shareholder meeting date for the merger vote?": each date asked
        tail = dates.group("tail").rstrip(" ?")
        each = (f"{dates.group('a')}{tail}?", f"{dates.group('b')}{tail}?")
        if all(understand(part).answer_type == "date" for part in each):
            return each
    clause = DATE_AND_CLAUSE_RE.match(q)
    if clause is not None:
        # "X: supplement date and the date securities lending is added?": each date, the
        # topic before the colon kept for both
        topic = clause.group("topic") or ""
        each = (f"{topic}{clause.group('a')}?", f"{topic}{clause.group('b').rstrip(' ?')}?")
        if all(understand(part).answer_type == "date" for part in each):
            return each
    versus = VERSUS_RE.match(q)
    if versus is not None and len(share_classes(q)) < 2:  # (classes: one table's columns)
        # "min initial purchase for a Roth IRA vs a regular account?": the head of each
        head = versus.group("head")
        return (f"{head}{versus.group('a')}?", f"{head}{versus.group('b')}?")
    m = SECOND_PART_RE.search(q)
    if m is None or m.start() < SECOND_PART_MIN_CHARS:
        return None
    first, second = q[: m.start()].strip(" ,;"), q[m.end() :].strip()
    # "..., and around when?": when (a hedge asks for no other kind of answer)
    second = re.sub(r"^(?:roughly|around|approximately|about)\s+", "", second, flags=re.I)
    elided = ELIDED_HEAD_RE.match(second)
    if elided is not None:
        # "Daily max for online purchases, and for check redemptions?": the second asks the
        # first's head ("Daily max") of what follows its preposition
        at = re.search(rf"\s{elided.group(1)}\s", first, re.I)
        if at is not None and at.start() > 0:
            return (first.rstrip("?") + "?", f"{first[: at.start()]} {second}")
    return (first.rstrip("?") + "?", second[:1].upper() + second[1:])


# Periods asked of one measure together ("1 year and 3 years", "one, five and ten years").
PERIODS_JOINED_RE = re.compile(
    r"\b(?:\d{1,2}|one|three|five|ten)(?:[\s-]*(?:years?|yrs?))?(?:\s*,\s*(?:\d{1,2}|one|three|five|ten)"
    r"(?:[\s-]*(?:years?|yrs?))?)*\s*,?\s+(?:and|&)\s+(?:\d{1,2}|one|three|five|ten)[\s-]*(?:years?|yrs?)\b",
    re.I,
)
# Between measures a question asks together ("12b-1 fee and total expenses", "management fee,
# AFFE and net expense ratio"); not "and/or".
# Where the private-use characters that stand for names while a question is split start.
NAME_MARK = 0xE000
MEASURE_JOIN_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+(?!/)", re.I)
# Two qualifiers of one measure set against each other ("gross vs. net expense ratio").
QUALIFIERS_VERSUS_RE = re.compile(r"\b([\w-]+)\s+(?:vs\.?|versus)\s+([\w-]+)\b", re.I)


# Two sides of one qualifier asked together ("before and after the waiver", "with and without
# sales charges").
SIDES_JOINED_RE = re.compile(
    r"\b(before|after|with|without)\s+(?:and|&)\s+(before|after|with|without)\b", re.I
)


@cache
def _joined_measures() -> tuple[re.Pattern[str], ...]:
    """The names of table rows that hold "and" ("acquired fund fees and expenses"), from the
    table reader's row terms, longest first."""
    phrases = {p for k, v in tables.row_terms().items() for p in (k, v) if " and " in p}
    return tuple(
        re.compile(rf"\b{re.escape(p)}\b", re.I) for p in sorted(phrases, key=len, reverse=True)
    )


def _measure_parts(q: str) -> list[str]:
    """The measures of an amount question asked together, each as a phrase of its own (the
    first keeps what comes before it: "Class R 12b-1 fee"); [] for one measure. Fund names
    ("Growth and Income Fund") and dates ("January 1, 2017") are not split."""
    text = q.rstrip(" ?")
    sides = SIDES_JOINED_RE.search(text)
    if sides is not None:  # "total expenses before and after the waiver": one measure each side
        head, tail = text[: sides.start()], text[sides.end() :]
        return [f"{head}{sides.group(s)}{tail}?" for s in (1, 2)]
    qualifiers = tables.qualifiers()
    text = QUALIFIERS_VERSUS_RE.sub(
        lambda m: (
            f"{m.group(1)} and {m.group(2)}"
            if m.group(1).lower() in qualifiers and m.group(2).lower() in qualifiers
            else m.group(0)
        ),
        text,
    )
    names = [*spans.funds(text), *(m.group(0) for m in DATE_RE.finditer(text))]
    names += [a.text for a in find_amounts(text) if "," in a.text]  # "$250,000": one amount
    # "over 1 year and 3 years": periods of one measure, its columns
    names += [m.group(0) for m in PERIODS_JOINED_RE.finditer(text)]
    # one row's name with "and" in it ("acquired fund fees and expenses") is one measure
    measures = [m.group(0) for r in _joined_measures() for m in r.finditer(text)]
    names += measures
    for n, name in enumerate(names):
        text = text.replace(name, f"\x00{chr(NAME_MARK + n)}\x00")  # (no word characters)
    pieces = [p for p in MEASURE_JOIN_RE.split(text) if p.strip()]
    joined = {
        f"\x00{chr(NAME_MARK + n)}\x00" for n in range(len(names) - len(measures), len(names))
    }
    if len(pieces) < 2 or any(
        not content_terms(SHARE_CLASS_RE.sub(" ", p.replace("\x00", " ")))
        and not any(j in p for j in joined)  # (a row's name is a measure)
        for p in pieces
    ):  # ("Class A and Class C 12b-1 fee?" asks one measure of two classes)
        return []
    for i in range(len(pieces) - 2, -1, -1):
        # "gross and net expense ratio": a modifier the next measure's noun goes with
        mine, nxt = pieces[i].split(), pieces[i + 1].split()
        if (
            mine
            and len(nxt) > 1
            and mine[-1].lower() in qualifiers
            and nxt[0].lower() in qualifiers
        ):
            pieces[i] = f"{pieces[i]} {' '.join(nxt[1:])}"
    out = []
    for piece in pieces:
        for n, name in enumerate(names):
            piece = piece.replace(f"\x00{chr(NAME_MARK + n)}\x00", name)
        out.append(piece.strip() + "?")
    return out


# The stems of words that ask for a time, not a measure ("the worst quarter").
TIME_NOUN_STEMS = frozenset(
    stem(w) for w in ("quarter", "year", "month", "date", "day", "period", "week")
)
# A wh-word: what begins a clause that asks, not a measure asked beside another.
WH_WORD_RE = re.compile(r"\b(?:what|what's|which|who|whom|whose|when|where|why|how)\b", re.I)


def _measure_words(q: str, parts: Sequence[str]) -> list[frozenset[str]]:
    """The stems only each measure part of a question says, of its lowercase words (names,
    tickers and share classes, written with capitals, and dates and numbers say no measure):
    "annualized volatility" and "annualized total return" -> {volatil}, {total, return}."""
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][\w'’.-]*", q)}
    mine = []
    for part in parts:
        text = DATE_RE.sub(" ", part)
        words = [
            w
            for w in WORD_RE.findall(text)
            if w.islower() and w not in STOP and w not in capitals and not w[0].isdigit()
        ]
        mine.append({stem(w) for w in words})
    return [
        frozenset(m - set().union(*(o for j, o in enumerate(mine) if j != i)))
        for i, m in enumerate(mine)
    ]


def _said_any(words: frozenset[str], text: str) -> bool:
    """Whether a text says any of a measure's words, itself or in the filings' words for it
    ("expense ratio" for "expenses")."""
    said = stems_of(text)
    return any(w in said or any(s in said for s in compose.SYNONYMS.get(w, ())) for w in words)


def _label_holds_all(label: str, parts: Sequence[str]) -> bool:
    """Whether one row label names every measure asked ("Acquired Fund Fees and Expenses" for
    "acquired fund fees and expenses?")."""
    words = {stem(w) for w in WORD_RE.findall(label.lower())}
    own = [{stem(w) for w in WORD_RE.findall(p.lower()) if w not in STOP} for p in parts]
    # each part by the words only it says ("redemption" of "management fee and redemption
    # fee": both say "fee")
    return all(
        (mine - set().union(*(o for j, o in enumerate(own) if j != i))) & words
        for i, mine in enumerate(own)
    )


def _corrected(q: str, fixes: Sequence[tuple[str, str]]) -> str:
    """The question with each likely typo replaced by the index word it stands for."""
    for word, fix in fixes:
        q = re.sub(
            rf"\b{re.escape(word)}\b",
            lambda m, fix=fix: fix.capitalize() if m.group()[:1].isupper() else fix,
            q,
            flags=re.I,
        )
    return q


def _with_corrections(answer: Answer, typed: str, fixes: Sequence[tuple[str, str]]) -> Answer:
    """The answer to a corrected question, as asked; an abstention says how a typo was read
    (not a real word read as another form of itself: "reorganized" as "reorganize")."""
    typos = [(w, f) for w, f in fixes if not retrieve.is_form_of(w, f)]
    said = ", ".join(f"“{w}” as “{f}”" for w, f in typos)
    text = answer.answer if answer.answered or not typos else f"{answer.answer} (Read {said}.)"
    return replace(answer, question=typed, answer=text, suggestions=tuple(f for _, f in typos))


# A question asking for a sub-adviser's own sub-adviser ("the sub-sub-adviser").
SUB_SUB_ASKED_RE = re.compile(r"\bsub-?sub-?advis", re.I)
SUB_ASKED_RE = re.compile(r"\bsub-?advis", re.I)
SUB_SUB_ROLE = "sub-subadviser"  # the role index/facts.py gives such a fact


def _fact_kinds(intent: str, q: str) -> tuple[str, ...]:
    """Which kinds of extracted fact answer a question of this intent and wording."""
    ql = q.lower()
    if intent == "objective":
        if re.search(
            r"\b(objectives?|aims?|seeks?|goals?|achieve|accomplish|track\w*|index)\b", ql
        ):
            return ("objective",)
        return ()
    if intent == "adviser":
        if re.search(r"\bsub-?advis", ql):
            return ("subadviser",)
        if "administrat" in ql:
            return ("administrator",)
        if re.search(r"\b(firms|advisors|advisers)\b", ql):
            return ("adviser", "subadviser")  # "which firms advise it?": every adviser
        return ("adviser",)  # "who is the adviser?": a sub-adviser is no answer
    if re.search(r"renam|new name|called|name change", ql) or FORMER_NAME_RE.search(ql):
        return ("rename",)
    if re.search(r"acquir|absorb|merg|reorganiz|combin|takeover|took over", ql):
        return ("merger",)
    return ()


class _ScopeError(Exception):
    """The question's scope (document or fund) does not exist in the index."""


def _mentions_other(q: str) -> bool:
    return "other" in q.lower().split()
