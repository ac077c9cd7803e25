"""Composing an answer: from extracted facts first, else from the best sentence; or abstaining.

Every answer cites the passages it came from; when no passage holds an answer of the expected
type for what was asked, the composer abstains and offers the closest passages instead.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from assistant import spans, tables, verify, wordforms
from assistant.cued import CuedPattern
from assistant.retrieve import Hit, analyse, english_counts, english_total, english_words
from assistant.share_classes import SHARE_CLASS_RE
from assistant.understand import (
    HOW_OFTEN_RE,
    NAMED_BY_VALUE_RE,
    STOP,
    WORD_RE,
    Understanding,
    asked_target,
    plain_verbs,
    wh_head,
)
from assistant.wordforms import stems_of
from index.amounts import has_percentage
from index.dates import DATE_RE, MONTH, months_in
from index.model import Passage
from index.names import surname_word
from index.sentences import ends as sentence_ends
from index.sentences import split as split_sentences
from index.stemming import stem

# Porter stemming is pure Python and sentence selection stems every word of 40 passages:
# each distinct word is stemmed once.

# Share of the question's idf-weighted focus terms that the answering sentence must contain:
# lower when the sentence must also hold a span of the expected type (a date, an amount, a
# person), which is itself strong evidence; higher for free-text answers.
MIN_SENTENCE_COVERAGE = {"typed": 0.34, "free": 0.5}
# The stems of the words by which a question names the kind of thing it asks ("through what
# date", "what role does X hold?"): a text that gives one of that kind holds them.
DATE_STEMS = frozenset({"date"})
TITLE_STEMS = frozenset({"role", "titl", "posit", "job"})
# How much a sentence that introduces a list ("... in the following cases:") gains for a
# question asking for several things of a kind.
LIST_INTRO_BONUS = 0.05
# Share that the sentence's whole passage (with its heading) must contain.
MIN_PASSAGE_COVERAGE = {"typed": 0.5, "free": 0.6}
# A free-text answer shorter than this many words is a heading or a fragment, not an answer.
MIN_FREE_ANSWER_WORDS = 5

# Nouns naming what an amount measures. When a question names one ("the 7-day yield", "years
# of experience"), the sentence answering it with an amount must name one of them too.
MEASURE_STEMS = frozenset(
    stem(w)
    for w in [
        "fee",
        "fees",
        "charge",
        "charges",
        "commission",
        "load",
        "cdsc",
        "yield",
        "ratio",
        "rate",
        "turnover",
        "minimum",
        "maximum",
        "limit",
        "cap",
        "caps",
        "expense",
        "expenses",
        "experience",
        "duration",
        "maturity",
        "holdings",
        "weight",
        "percentage",
        "return",
        "returns",
        "price",
        "nav",
        "dividend",
        "dividends",
        "waiver",
        "breakpoint",
        "breakpoints",
        "size",
        "aum",
        "balance",
        "distribution",
        "distributions",
        "offer",
        "offers",
        "repurchase",
        "multiple",
    ]
)
# An amount answers only when a focus term of the question is this close to it (in words).
AMOUNT_FOCUS_WINDOW = 12
# A neighbouring sentence joins the answer when it holds this share of the focus terms.
NEIGHBOUR_COVERAGE = 0.25
# A neighbour holding a span of the answer type joins too (a range stated in two sentences),
# cut to the room left; below this many characters of room it is left out.
TYPED_NEIGHBOUR = ("amount", "date", "period")
NEIGHBOUR_MIN_CHARS = 60
# A sentence answers an objective question only when it states an objective.
OBJECTIVE_RE = re.compile(
    r"objective (?:is|of)|\bseeks?\b(?! to achieve (?:its|the|this|their|that|these|such|for|a|an"
    r"|best)\b)|\baims?\b|\bgoal\b|intended for|"
    r"designed to (?:track|provide)|\btracks?\b",
    re.I,
)
# "..., Example Alternative Strategies Fund, which seeks to ...": the objective of another fund
# the sentence names, not of the fund it is about.
OTHER_FUND_AIM_RE = re.compile(
    r"(?<![Tt]he )(?<![Ee]ach )\b(?:Fund|Portfolio|Trust|ETF)\)?,?\s+(?:which|that)\s+"
    r"(?:seeks?|aims?|tracks?)\b"
)


# "Although the Fund seeks to preserve the value of your investment at $1 per share, ...": a
# risk said despite an aim, not the fund's objective.
CONCESSIVE_AIM_RE = re.compile(
    r"\b(?:although|though|while|even\s+if)\s+(?:the|each|a|this)\s+(?:\w+\s+){0,3}?"
    r"(?:seeks?|aims?|tries|attempts?)\b"
    # "The Fund also seeks returns by writing put options": a means besides its objective
    r"|\balso\s+(?:seeks?|aims?)\b",
    re.I,
)


def states_objective(text: str) -> bool:
    """Whether a sentence states an objective, other than in a clause about another fund or
    in a concession ("although the Fund seeks to ...")."""
    text = CONCESSIVE_AIM_RE.sub(" ", OTHER_FUND_AIM_RE.sub(" ", text))
    return OBJECTIVE_RE.search(text) is not None


# A title asked as held at a firm ("What is X's job title at Wells Capital?"): the firm's first
# word.
TITLE_AT_RE = re.compile(
    r"\b(?:title|position|post|role|job)\b[^?]*?\b(?:at|with)\s+(?:the\s+)?([A-Z][\w&.’'-]+)"
)
# A question asking for a quarter of the year ("the best and worst quarters", "in which
# quarter"), and what a text must say to name one: "Q4 2020", "4th Quarter 2020", "the
# second quarter of 2019", "quarter ended June 30, 2020", a day of a year ("6/30/2020").
QUARTER_ASKED_RE = re.compile(r"\bquarters?\b", re.I)
QUARTER_SAID_RE = re.compile(
    rf"\bQ[1-4]\b|\b(?:[1-4](?:st|nd|rd|th)|first|second|third|fourth)\s+(?:calendar\s+)?"
    rf"quarter\b|\bquarter\s+ended\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\b",
    re.I,
)


# What a sentence must say to answer a question about a person's past or title.
DETAIL_CUES = {
    "previous": re.compile(
        r"\bprior to\b|\bpreviously\b|\bformerly\b|\bbefore (?:joining|that)\b|"
        r"\bprevious\b|\bworked\b|\bwas (?:a|an|the)\b|\(\d{4}\s*[-–]\s*\d{2,4}\)",
        re.I,
    ),
    "title": re.compile(
        r"\b(?:director|president|officer|manager|partner|analyst|head|chair\w*|principal)\b",
        re.I,
    ),
    # "how long has he been with the firm?": a sentence of joining or of years with it, not
    # "effective immediately, he has replaced X as the Fund's portfolio manager"
    "joined": re.compile(
        r"\bjoin\w*|\bhired\b|\bsince\b|\bemployed\b|\bcame\b|\bbegan\b|\bstarted\b"
        r"|\bcareer\b|\byears?\b|\bwith\s+(?:the\s+)?(?:firm|company|adviser|advisor|[A-Z])",
        re.I,
    ),
}


# Words that say someone came to a firm or a team: what a sentence answering "when did X join
# Y?" holds ("has managed the fund since March 2024" gives another date).
JOINING_SAID_RE = re.compile(
    r"\bjoin\w*|\bbeen\s+(?:with|at)\b|\bhired\b|\bemploy\w*|\b(?:came|come)\s+to\b"
    r"|\b(?:with|at)\s+[^.;|]{0,60}\bsince\b",
    re.I,
)
# A question of when someone came to a firm: "join", or having worked for it, been employed by
# it or been with it ("since when has X worked at Y?", "how long has X been with the firm?").
JOINING_ASKED_RE = re.compile(
    r"\bjoin|\b(?:since\s+when|how\s+long|when|what\s+year|which\s+year)\b.*"
    r"(?:\bwork(?:ed|s|ing)?\s+(?:at|for)\b|\bemployed\s+(?:by|at|with)\b"
    r"|\bbeen\s+(?:with|at)\s+(?:(?-i:[A-Z])|the\s+(?:firm|company|adviser|advisor)\b))",
    re.I,
)


def _within(text: str, span: str, said: re.Pattern[str], chars: int) -> bool:
    """Whether a span stands within ``chars`` characters of what ``said`` finds."""
    at = find_span(text, span)
    if at < 0:
        return True
    return any(m.start() - chars <= at <= m.end() + chars for m in said.finditer(text))


@dataclass(frozen=True)
class Topic:
    """A topic a question may name and what an answering sentence must say of it (data file
    ``data/topics.json``)."""

    asked: re.Pattern[str]
    evidence: re.Pattern[str]
    value_beside_when: re.Pattern[str] | None
    not_evidence: re.Pattern[str] | None = None  # a sentence that only seems to speak of it


@lru_cache(maxsize=1)
def topics() -> tuple[tuple[Topic, ...], int]:
    """The topics, and how many characters from its topic's words an amount may stand."""
    data = json.loads((Path(__file__).parent / "data" / "topics.json").read_text("utf-8"))
    flags = re.I | re.S
    found = tuple(
        Topic(
            re.compile(t["asked"], flags),
            re.compile(t["evidence"], flags),
            re.compile(t["value_beside_when"], flags) if t.get("value_beside_when") else None,
            re.compile(t["not_evidence"], flags) if t.get("not_evidence") else None,
        )
        for t in data["topics"]
    )
    return found, int(data["beside_chars"])


# The opening of a unit note: "(x $1 million)", "(in $ millions)", "($ in thousands)".
UNIT_NOTE_RE = re.compile(r"\(\s*(?:x|in|\$\s+in)\s*\$?\s*$", re.I)
# Measures that are sums of money or shares of assets, never lengths of time.
MONEY_MEASURE_STEMS = frozenset(
    stem(w)
    for w in (
        "fee", "fees", "charge", "charges", "commission", "load", "cdsc", "expense", "ratio",
        "return", "returns", "yield",
    )
)  # fmt: skip
DURATION_RE = re.compile(r"\b(?:days?|weeks?|months?|years?)\b", re.I)
# A question for a length of time ("how long", "within how many days", "what holding period",
# "in months"); not one that names a measure's period ("the 10-year average annual return").
DURATION_ASKED_RE = re.compile(
    r"\bhow\s+(?:many|long)\b|\b(?:number\s+of|what|which|in)\s+(?:days?|weeks?|months?|years?)\b"
    r"|\b(?:period|term|duration)\b",
    re.I,
)
# Phrases naming a measure that only a sentence with the matching phrase can answer.
# What a "%" in a sentence stands for when a question asks for a percentage.
PERCENT_STEMS = frozenset(stem(w) for w in ("percentage", "percent"))
MEASURE_PHRASES = (
    (
        re.compile(
            r"under management|\baum\b|asset size|size of the fund|fund size|total net assets",
            re.I,
        ),
        # a sum the fund holds, not a share of its net assets ("80% of its net assets")
        re.compile(
            r"under management|\baum\b|total net assets\s+(?:of|were|was|totaled|totalled|"
            r"amounted|stood)|net assets (?:of approximately|were|was|totaled|totalled)|"
            r"total net assets[^.%]{0,40}\$",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class Qualifier:
    """A word that narrows what a question measures (``data/qualifiers.json``)."""

    stem: str
    unmarked: bool  # what the measure means when nothing narrows it
    contrasts: frozenset[str]  # stems that name the other measure


@lru_cache(maxsize=1)
def qualifiers() -> dict[str, Qualifier]:
    """The qualifiers by stem."""
    data = json.loads((Path(__file__).parent / "data" / "qualifiers.json").read_text("utf-8"))
    found = {}
    for q in data["qualifiers"]:
        key = stem(q["word"])
        found[key] = Qualifier(
            key, bool(q.get("unmarked")), frozenset(stem(w) for w in q.get("contrasts", ()))
        )
    return found


# Set phrases whose words say nothing of what a question asks: "the close of business" is a
# time of day, not a fund or a deal closing.
IDIOM_RE = CuedPattern(
    re.compile(
        r"\b(?:the\s+)?close\s+of\s+(?:business|trading|(?:the\s+)?(?:regular\s+)?(?:trading|"
        r"business)\s+(?:day|session)|(?:the\s+)?(?:new\s+york\s+stock\s+exchange|nyse))\b"
        # "Supplement to the Currently Effective Prospectus": the prospectus in force, no change
        # taking effect
        r"|\b(?:the\s+)?currently\s+effective\b"
        # "the effective duration was 6.1 years": a bond measure, nothing taking effect
        r"|\beffective\s+(?:duration|maturity|maturities|yield|rate\s+of\s+return)\b"
        # "Acquired Fund Fees and Expenses", "the Acquired Funds owned by the Fund": the funds a
        # fund invests in, no fund acquired in a merger
        r"|\bacquired\s+funds?\s+(?:fees|expenses|owned|held)\b"
        r"|\b(?:fees|expenses)\s+(?:and\s+expenses\s+)?of\s+(?:the\s+)?acquired\s+funds?\b"
        # "the combined total fees", "on a combined basis": a sum, no funds combined
        r"|\bcombined\s+(?:total|annual|fees|expenses|assets|net\s+assets|value|basis)\b"
        r"|\bon\s+a\s+combined\s+basis\b",
        re.I,
    ),
    ("close", "currently", "effective", "acquired", "combined"),
)
# Section titles quoted after the word that says they are titles ('the sub-sections entitled
# "Sub-Adviser," "Investment Objectives" and "Principal Risks"', 'under the heading "Fees"').
_QUOTED = r"[“\"][^”\"]{1,80}[”\"]"
_TITLE_WORD = r"(?:sub-?)?sections?|headings?|captions?"
SECTION_TITLES_RE = CuedPattern(
    re.compile(
        rf"\b(?i:entitled|titled|captioned|{_TITLE_WORD})\s+{_QUOTED}"
        rf"(?:\s*(?:,|and|or|&)?\s*{_QUOTED})*"
        # or before it ('in the "Investment Strategies and Risks" section'), or a title in
        # capitals unquoted ("In the Investment Strategies, Risks, and Policies section")
        rf"|{_QUOTED}\s+(?i:{_TITLE_WORD})\b"
        r"|\b[A-Z][\w’'/-]*(?:,?\s+(?:(?:and|or|of|the|&)\s+)*[A-Z][\w’'/-]*)*,?\s+"
        rf"(?i:{_TITLE_WORD})\b",
    ),
    ("section", "heading", "caption", "titled"),
)
SECTION_ASKED_RE = re.compile(r"\b(?:sub-?)?sections?\b|\bheadings?\b|\bentitled\b", re.I)
# A sentence that announces the text after it ("the following is added to ...", "... as
# follows").
ANNOUNCES_RE = CuedPattern(
    re.compile(r"\bthe\s+following\b|\bas\s+follows\b|:\s*$", re.I), ("follow", ":")
)
# The fields of the EDGAR submission header a text filing may open with.
SEC_HEADER_RE = re.compile(
    r"-----BEGIN PRIVACY-ENHANCED MESSAGE-----|\b(?:ACCESSION NUMBER|CONFORMED SUBMISSION TYPE"
    r"|PUBLIC DOCUMENT COUNT|FILED AS OF DATE|IRS NUMBER|FORM TYPE|SEC FILE NUMBER|FILM NUMBER"
    r"|STANDARD INDUSTRIAL CLASSIFICATION|CENTRAL INDEX KEY|BUSINESS ADDRESS|MAIL ADDRESS"
    r"|BUSINESS PHONE|DATE OF NAME CHANGE|FORMER CONFORMED NAME|FISCAL YEAR END"
    r"|STATE OF INCORPORATION|COMPANY CONFORMED NAME)\b:?(?:\s+(?:STREET \d|CITY|STATE|ZIP):"
    r"?)?(?:\s+[\w.,&/()-]+){0,6}?(?=\s+[A-Z][A-Z ]+:|\s*$|\s+\d{3}\s)"
)
# The cover line of a filing ("Supplement dated ... to the Prospectus dated ...") answers only
# questions about the filing itself.
COVER_RE = re.compile(r"\bsupplement (?:dated|to the)\b", re.I)
COVER_MAX_CHARS = 250
# A sentence that announces what a table or text below says ("The tables below present
# certain information regarding the new trustees, including their principal occupations"):
# it names the topic, but what is said about it comes after, so it is no answer itself.
FORWARD_REFERENCE_RE = re.compile(
    r"\b(?:(?:tables?|charts?|information|lists?|schedules?|paragraphs?)\s+(?:set\s+(?:forth|out)"
    r"\s+)?below|(?:following|below)\s+(?:tables?|charts?|information|lists?|schedules?))\b"
    r"[^.;:]{0,60}?\b(?:present|show|set|provide|list|describe|contain|summari[sz]e|include"
    r"|reflect|indicate|give)s?\b",
    re.I,
)
COVER_QUESTION_RE = re.compile(r"\bsupplement|\bprospectus|\bdated\b|\bfiling\b", re.I)
# A typed span (a date, an amount) this close to a lower-case focus word of the question
# ("completed on or about June 1, 2010" for "when did the transaction close?") scores higher.
SPAN_FOCUS_WINDOW = 8
NEAR_SPAN_BONUS = 0.15
# ... and by up to this much as its own clause holds the question's words.
CLAUSE_BONUS = 0.1
# "deleted and replaced with the following": the text that follows replaces, it is not deleted.
DELETED_AND_REPLACED_RE = re.compile(
    r"\b(?:deleted|removed)(?:\s+in\s+(?:its|their)\s+entirety)?\s+and\s+(?=replaced\b)", re.I
)
# An objective question: a sentence the filing labels as the objective (by a lead-in or its
# heading) over another that says what the fund seeks by some means.
OBJECTIVE_LABEL_RE = re.compile(r"\bobjectives?\b", re.I)
OBJECTIVE_LABEL_BONUS = 0.2
# "What is the fund's 80% policy?": a measure the question names by its value
# (understand.NAMED_BY_VALUE_RE). The sentence that states it ("invests at least 80% of its
# net assets in ...") answers; one that names it as a thing ("count toward the Fund's 80%
# policy") only refers to it.
STATED_VALUE_BONUS = 0.2
# A table row longer than this is a flattened table or a layout block: it is cut into rows.
MAX_ROW_CHARS = 300
# A cell with at least this many letters is a row label ("Initial Purchase"), not a value.
ROW_LABEL_MIN_LETTERS = 4

# Words that fund filings use for what questions ask in plain words: question-word stem ->
# filing-word stems, every form of each (data/synonyms.json, expanded by assistant.wordforms).
SYNONYMS: dict[str, tuple[str, ...]] = {
    key: tuple(found) for key, found in wordforms.forms()["words"].items()
}
# How far a stretch of an answer text reaches when looking for where most focus terms are,
# and how much of its start names it (characters).
FOCUS_WINDOW_CHARS = 190
FOCUS_PIECE_CHARS = 40
# Longest answer text we return (the contract allows 400 characters before citation markers).
MAX_ANSWER_CHARS = 380
# Focus spans further apart than the answer length less this are excerpted one by one.
TRIM_MARGIN = 40
# How many passages an abstention offers as "related".
RELATED_COUNT = 3


@dataclass(frozen=True)
class Sentence:
    hit: Hit
    text: str
    start: int  # offset inside the passage text


@dataclass(frozen=True)
class Choice:
    """The sentence picked to answer with, and why."""

    sentence: Sentence
    spans: tuple[str, ...]
    coverage: float
    passage_coverage: float
    score: float


def _states_value(text: str, value: str) -> int:
    """1 when a sentence states a measure by its value ("at least 80% of its net assets"), -1
    when it only names it ("the Fund's 80% policy"), else 0."""
    at = text.find(value)
    if at < 0:
        return 0
    if NAMED_BY_VALUE_RE.match(text, at):
        return -1
    return 1 if re.match(r"\s+of\s+(?:its|the\s+\w+['’]s)\s+", text[at + len(value) :]) else 0


def sentences(hit: Hit) -> list[Sentence]:
    """Split a passage into sentences; a short table row stays whole, a long one becomes rows."""
    text = hit.passage.text
    if " | " in text:
        if len(text) <= MAX_ROW_CHARS:
            return [Sentence(hit, text, 0)]
        return _table_rows(hit, text)
    return _prose_sentences(hit, text, 0, len(text))


def _prose_sentences(hit: Hit, text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]`` (a ";" ends one too: answers are clauses)."""
    return [
        Sentence(hit, sent, start + offset)
        for offset, sent in split_sentences(text[start:end], semicolons=True)
    ]


def _is_label(cell: str) -> bool:
    """A table cell that starts a new row: words rather than a number, a % or a footnote mark."""
    letters = sum(ch.isalpha() for ch in cell)
    return letters >= ROW_LABEL_MIN_LETTERS


def _table_rows(hit: Hit, text: str) -> list[Sentence]:
    """A flattened table (cells joined by ' | ') regrouped into rows: a label and its values.

    A cell that is itself long prose (a footnote) becomes sentences of its own.
    """
    out: list[Sentence] = []
    row_start: int | None = None
    row_has_value = False
    pos = 0
    for cell in text.split(" | "):
        start, pos = pos, pos + len(cell) + 3
        if len(cell) > MAX_ROW_CHARS:
            if row_start is not None:
                out.append(Sentence(hit, text[row_start : start - 3].strip(), row_start))
                row_start = None
            out.extend(_prose_sentences(hit, text, start, start + len(cell)))
            continue
        if row_start is None:
            row_start, row_has_value = start, False
        elif _is_label(cell) and row_has_value:
            out.append(Sentence(hit, text[row_start : start - 3].strip(), row_start))
            row_start, row_has_value = start, False
        elif not _is_label(cell):
            row_has_value = True
    if row_start is not None and text[row_start:].strip():
        out.append(Sentence(hit, text[row_start:].strip(), row_start))
    return out


def sentence_with(passage: Passage, value: str, about: Sequence[str] = ()) -> str | None:
    """The first sentence of a passage that contains a value (a fact's answer), if any; of
    those, the first that also names one of ``about`` (the person the fact is about: "Dr.
    Ramos joined the Adviser in 2011", not "Mr. Sido joined the Adviser in 2011" before it)."""
    if not value:
        return None
    found = [x.text for x in sentences(Hit(passage, 1.0, 0)) if value in x.text]
    named = [t for t in found if any(a and a in t for a in about)]
    return (named or found or [None])[0]


def find_span(text: str, span: str) -> int:
    r"""Where a span stands in a text as a whole (not "5%" inside "15%"), or -1: the first
    place not right after a word character, ".", "," or "$" (what ``(?<![\w.,$])`` allows,
    without compiling a pattern for every span)."""
    at = text.find(span)
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.,$"):
        at = text.find(span, at + 1)
    return at


# A distance in words standing for "no focus term at all"; what ends a clause.
FAR = 10_000
CLAUSE_BREAK_RE = re.compile(r"[,;:]")


# Words that open a fronted phrase of time ("On February 22, 2017, the Board approved ...").
FRONTED_RE = re.compile(r"^\s*(?:(?:on|as\s+of|effective|beginning|starting|since|in)\s*)?$", re.I)


# A sentence's opening phrase of at most this many words, ending in a value, is fronted.
FRONTED_MAX_WORDS = 5
# A phrase this short set off by commas right after a value says what the value is.
APPOSITIVE_WORDS = 4


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause a span stands in, before and after it. A value fronted in its
    own phrase ("On February 22, 2017, the Board approved ...", "At a meeting held on August
    24, 1999, the Board ...") belongs to the clause after it too."""
    heads = CLAUSE_BREAK_RE.split(text[:start])
    head = heads[-1]
    rest = CLAUSE_BREAK_RE.split(text[end:])
    tail = rest[0]
    opening = len(heads) == 1 and len(WORD_RE.findall(head)) <= FRONTED_MAX_WORDS
    if not tail.strip() and len(rest) > 1 and (opening or FRONTED_RE.match(head)):
        tail = rest[1]  # "At a meeting held on August 24, 1999, the Board approved ..."
    elif not tail.strip() and len(rest) > 2 and len(WORD_RE.findall(rest[1])) <= APPOSITIVE_WORDS:
        tail = rest[1]  # "on January 30, 2014, the record date, will be eligible": what it is
    return head, tail


def _lone_capitals(question: str) -> list[str]:
    """Capitalised words of a question that stand alone (no capitalised word beside them),
    after its first word."""
    words = WORD_RE.findall(question)
    out = []
    for i in range(1, len(words)):
        w = words[i]
        if not (w[:1].isupper() and w[1:].islower()):
            continue
        beside = [words[j] for j in (i - 1, i + 1) if 0 < j < len(words)]
        if not any(b[:1].isupper() for b in beside):
            out.append(w)
    return out


# A word no English dictionary holds (an acronym, a name: "OTC", "NASDAQ") counts as rare as
# this many nats of English rarity.
RARITY_CAP = 15.0


def _rarity(word: str) -> float:
    """How rare a word is in English (the log of its inverse frequency; RARITY_CAP for a word
    the dictionary lacks): the same in an index of one filing as of ten thousand."""
    counts = english_counts()
    total = english_total()
    found = counts.get(word.lower(), 0)
    return min(RARITY_CAP, math.log(total / found)) if found else RARITY_CAP


def _term_parts(term: str, idf: dict[str, float]) -> list[tuple[str, float]]:
    """A question's word as the parts a text must say, each with its share of the word's
    weight: a hyphenated word ("OTC-traded") by its parts, shared as their rarity in English
    (a text that says "traded" says little of "OTC-traded"; "ETF-structure-specific" is mostly
    "ETF" and "structure"); any other word whole."""
    parts = [p for p in term.split("-") if p]
    if len(parts) < 2 or not all(analyse(p) for p in parts):
        return [(term, 1.0)]
    weights = [_rarity(p) for p in parts]
    total = sum(weights) or 1.0
    return [(p, w / total) for p, w in zip(parts, weights, strict=True)]


def _term_toks(word: str) -> set[str]:
    """The index tokens that say a question's word: its own, its synonyms' and its
    derivations' ("intend" is said as "no present intention")."""
    own = set(analyse(word)) or {stem(word)}
    own |= set(analyse(wordforms.american(word)))  # "organise" is said "organized"
    toks = own | {syn for t in own for syn in SYNONYMS.get(t, ())}
    return toks | {d for t in own for d in wordforms.derived(t)}


class Weights:
    """idf weights of the question's focus terms: the words that say what is asked.

    Words naming the fund or person asked about only locate the passage; they are kept
    apart (``context``) so that a sentence about the right fund but the wrong topic does
    not look like an answer.
    """

    def __init__(self, terms: Sequence[str], idf: dict[str, float], context: set[str]) -> None:
        self.terms: list[tuple[set[str], float]] = []
        self.context_terms: list[tuple[set[str], float]] = []
        self.written: list[str] = []  # the focus terms as the question writes them
        for term in terms:
            target = self.context_terms if term in context else self.terms
            parts = [(part, _term_toks(part), share) for part, share in _term_parts(term, idf)]
            if len(parts) > 1:
                # the word written whole says every part ("subadvisers" of "sub-advisers")
                joined = _term_toks(term.replace("-", "")) | {stem(term.lower())}
                parts = [(part, toks | joined, share) for part, toks, share in parts]
            whole = max(idf.get(t, 1.0) for _, toks, _ in parts for t in toks)
            for part, toks, share in parts:
                target.append((toks, whole * share))
                if term not in context:
                    self.written.append(part.lower())
        if not self.terms:
            self.terms, self.context_terms = self.context_terms, []
            self.written = [t.lower() for t in terms]
        self.total = sum(w for _, w in self.terms) or 1.0
        self._events: dict[str, list[tuple[set[str], float]]] = {}  # by ``lower_only``

    def holds_other(self, stems: set[str] | frozenset[str], kind: frozenset[str]) -> bool:
        """Whether the stems hold a focus term other than the words that name the kind of
        thing asked (a date a text gives holds what "date" asks only beside something else
        asked)."""
        return any(toks & stems and not toks & kind for toks, _ in self.terms)

    def focus_piece(self, text: str) -> str | None:
        """Where a long answer text should be cut around: the first words of the stretch of
        half an answer's length that holds the most of the focus terms (by weight), so that
        "(ii) registered investment advisers may continue to invest" is shown, not the
        "(i) ... continue to purchase" before it; None when no focus term occurs."""
        hits = [
            (m.start(), i, wt)
            for m in WORD_RE.finditer(text)
            for i, (toks, wt) in enumerate(self.terms)
            if stem(m.group().lower()) in toks
        ]
        if not hits:
            return None
        best, best_score = hits[0][0], -1.0
        j = 0
        for k, (start, _, _) in enumerate(hits):  # windows starting at each match, in order
            j = max(j, k)
            while j + 1 < len(hits) and hits[j + 1][0] < start + FOCUS_WINDOW_CHARS:
                j += 1
            seen: dict[int, float] = {i: wt for _, i, wt in hits[k : j + 1]}
            score = sum(seen.values())
            if score > best_score:
                best, best_score = start, score
        piece = text[best : best + FOCUS_PIECE_CHARS]
        return piece.rsplit(" ", 1)[0] if " " in piece else piece

    def coverage(self, stems: set[str]) -> float:
        return sum(w for toks, w in self.terms if toks & stems) / self.total

    def phrase_share(self, text: str) -> float:
        """The weighted share of the question's neighbouring focus terms (each pair in the
        question's order) that the text also says side by side, in that order, words that say
        nothing aside: "may the Portfolios invest cash collateral" is said by "The Portfolios
        may invest cash collateral in ...", not by "secured by collateral in cash"."""
        pairs = list(itertools.pairwise(self.terms))
        if not pairs:
            return 0.0
        said = [w.lower() for w in WORD_RE.findall(text) if w.lower() not in STOP]
        adjacent = set(itertools.pairwise(said))
        stemmed = {(stem(x), stem(y)) for x, y in adjacent}
        written = list(itertools.pairwise(self.written))
        total = held = 0.0
        for i, ((ta, wa), (tb, wb)) in enumerate(pairs):
            weight = min(wa, wb)
            total += weight
            if i < len(written) and written[i] in adjacent:
                held += weight  # as the question writes them
            elif any(x in ta and y in tb for x, y in stemmed):
                held += weight / 2  # in other forms of the words
        return held / total if total else 0.0

    def clause_share(self, text: str, span: str, lower_only: str = "") -> float:
        """The weighted share of the focus terms (``lower_only`` as for :meth:`near`) that the
        span's own clause holds."""
        at = find_span(text, span)
        if at < 0:
            return 0.0
        head, tail = _clause_around(text, at, at + len(span))
        stems = {stem(w.lower()) for w in WORD_RE.findall(head + " " + tail)}
        terms = self._event_terms(lower_only)
        total = sum(w for _, w in terms) or 1.0
        return sum(w for toks, w in terms if toks & stems) / total

    def distance(self, text: str, span: str, lower_only: str = "") -> tuple[int, int]:
        """How far a span stands from the question's words, as a sort key: the focus terms its
        own clause holds (more is nearer, negated), then the words between it and the nearest
        one (FAR when none occurs); ``lower_only`` as for :meth:`near`. The clause ends at a
        comma, semicolon or colon: in "close on June 16, 2017, subject to approval by
        shareholders at a meeting held on May 25" the meeting is May 25's."""
        at = find_span(text, span)
        if at < 0:
            return (0, FAR)
        head, tail = _clause_around(text, at, at + len(span))
        before = [stem(w.lower()) for w in WORD_RE.findall(head)]
        after = [stem(w.lower()) for w in WORD_RE.findall(tail)]
        terms = self._event_terms(lower_only)
        wanted = set().union(*(toks for toks, _ in terms)) if terms else set()
        gaps = [len(before) - i - 1 for i, w in enumerate(before) if w in wanted]
        gaps += [i for i, w in enumerate(after) if w in wanted]
        held = sum(1 for toks, _ in terms if toks & (set(before) | set(after)))
        return (-held, min(gaps, default=FAR))

    def near(self, text: str, span: str, window: int, lower_only: str = "") -> bool:
        """Whether a focus term occurs within ``window`` words of a span in the text.

        With ``lower_only`` (the question), only terms written in lower case there count:
        the words of the event asked about ("close", "meeting"), not names.
        """
        at = find_span(text, span)
        if at < 0:
            return True
        # the window counts words that say something: "will take place on or about the close
        # of business on June 6" has the date near "place"
        before, after = _words_around(text, at, at + len(span))
        words = before[-window:] + after[:window]
        around = {stem(w.lower()) for w in words}
        return any(toks & around for toks, _ in self._event_terms(lower_only))

    def _event_terms(self, lower_only: str) -> list[tuple[set[str], float]]:
        """The focus terms, or with ``lower_only`` (the question) only those it writes in
        lower case: the words of the event asked about, not names."""
        if not lower_only:
            return self.terms
        found = self._events.get(lower_only)  # asked for each candidate span: read once
        if found is not None:
            return found
        # "when does it open up again?": the word its phrasal verb stands for ("reopen")
        plain = plain_verbs(lower_only)
        lowered = {stem(w) for w in WORD_RE.findall(plain) if w.islower()}
        # a defined term a filing capitalises is an event word too ("when will the
        # Reorganization take place?"): one capitalised dictionary word standing alone, not
        # the question's first word, a month or a word of a name ("Emerging Growth Fund")
        lowered |= {
            stem(w.lower())
            for w in _lone_capitals(plain)
            if w.lower() in english_words() and not months_in(w)
        }
        found = self._events[lower_only] = [(toks, wt) for toks, wt in self.terms if toks & lowered]
        return found


# Texts whose words are kept with their places: sentence choice asks of one text for many
# spans the words around each.
TOKENS_KEPT = 512
_TOKENS: dict[str, tuple[list[int], list[int], list[str]]] = {}


def _tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """The words of a text (WORD_RE) with their starts and ends, kept for the last few texts."""
    found = _TOKENS.get(text)
    if found is None:
        ms = list(WORD_RE.finditer(text))
        found = ([m.start() for m in ms], [m.end() for m in ms], [m.group(0) for m in ms])
        if len(_TOKENS) >= TOKENS_KEPT:
            _TOKENS.clear()
        _TOKENS[text] = found
    return found


def _words_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of a text before ``start`` and after ``end`` that are no stop words, as
    WORD_RE reads ``text[:start]`` and ``text[end:]`` (a word the span cuts, in part), from the
    text's words read once."""
    starts, ends, words = _tokens(text)
    i = bisect.bisect_right(ends, start)  # words ending at or before the span's start
    before = words[:i]
    if i < len(words) and starts[i] < start:  # a word the span's start cuts: its head
        before = [*before, *WORD_RE.findall(text[starts[i] : start])]
    j = bisect.bisect_left(starts, end)  # words starting at or after the span's end
    after = words[j:]
    if j > 0 and ends[j - 1] > end:  # a word the span's end cuts: its tail
        after = [*WORD_RE.findall(text[end : ends[j - 1]]), *after]
    return (
        [w for w in before if w.lower() not in STOP],
        [w for w in after if w.lower() not in STOP],
    )


# A question asking what happens (to something, if something): an event, which a sentence
# states and a table row does not.
EVENT_ASKED_RE = re.compile(r"\bwhat\s+(?:happens|happened|will\s+happen|would\s+happen)\b", re.I)
# What saying the question's neighbouring words side by side adds to a free-text sentence's
# score (a share of them, by weight).
PHRASE_BONUS = 0.05


# How far (characters) a title may be from the name of the person it is the title of.
TITLE_REACH = 80


def _cue_near(text: str, names: Sequence[str]) -> bool:
    """Whether a title word follows one of the names within :data:`TITLE_REACH` characters, as
    a table's row gives it ("Chan | Senior Portfolio Manager | 2013"; a title word before the
    name is a header cell's)."""
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
            if DETAIL_CUES["title"].search(text[m.end() : m.end() + TITLE_REACH]):
                return True
    return False


# A free-text answer to a question that negates (NEGATION_RE, below; contractions are
# written out by then: "haven't" is "have not") is, of sentences as good otherwise, one that
# negates too.
NEGATION_BONUS = 0.02


def choose_sentences(
    u: Understanding,
    hits: Sequence[Hit],
    weights: Weights,
    exclude: Sequence[str] = (),
    must_mention: Sequence[str] = (),
    accept: Callable[[str], bool] | None = None,
    context: Callable[[Passage], str] | None = None,
    limit: int = 3,
    after: Callable[[Passage], str] | None = None,
    placed: Callable[[Passage], str] | None = None,
    lead: Callable[[Passage], str] | None = None,
    placed_part: bool = False,
) -> list[Choice]:
    """The best ``limit`` sentences holding an answer of the expected type, best first: the
    candidates a verifier tries in turn.

    ``must_mention``: words (e.g. a person's surname) the sentence's passage must contain.
    ``placed``: the title of the section an announcement above a passage places it in
    ('Under "Closed Fund Policies", the following replaces ...:'), a heading of its text.
    ``lead``: :func:`lead_in` of ``context``, when the caller can tell it more cheaply (the
    text above a table row reads the rows above it).
    ``placed_part``: the hits are the part of a filing the question names ("Per Credit Risk,
    ..."): where the answer is is known, so a passage needs no share of the question's words.
    """
    ranked: list[Choice] = []
    excluded = {e.lower() for e in exclude}
    side = verify.amount_side(u.question) if u.answer_type == "amount" else None
    # (a text holding a date holds what "date" asks; one naming a title, what "role" asks)
    kind_stems, kind_re = (
        (DATE_STEMS, DATE_RE)
        if u.answer_type == "date"
        else (TITLE_STEMS, DETAIL_CUES["title"])
        if u.detail == "title"
        else (frozenset(), None)
    )
    bound = _asked_bound(u.question) if u.answer_type == "date" else None
    typed = u.answer_type not in ("sentence", "list")
    level = "typed" if typed else "free"
    named = NAMED_BY_VALUE_RE.search(u.question)
    named_by_value = named.group("value") if named else None
    asked_roles = verify.asked_roles(u.question)
    into = u.answer_type == "fund" and INTO_WHICH_RE.search(u.question) is not None
    denied = u.wants_departure or verify.asks_earlier(u.question)  # "who is leaving as ...?"
    named_topics, beside_chars = topics()
    asked_topics = [t for t in named_topics if t.asked.search(u.question)]
    beside = [
        t.evidence
        for t in asked_topics
        if t.value_beside_when and t.value_beside_when.search(u.question)
    ]
    invested_in = _invested_in(u.question) if u.answer_type == "amount" else set()
    time_firms = verify.firms_as_time(u.question) if u.answer_type == "org" else []
    how_often = HOW_OFTEN_RE.match(u.question) is not None
    # "What is X's title at Wells Capital?": the first word of the firm the title is held at
    at = TITLE_AT_RE.search(u.question) if u.detail == "title" else None
    title_at = at.group(1) if at else ""
    quarter_asked = u.answer_type in ("date", "period") and QUARTER_ASKED_RE.search(u.question)
    event_asked = not typed and EVENT_ASKED_RE.search(u.question) is not None
    negated = not typed and NEGATION_RE.search(u.question) is not None
    joining = (
        u.detail == "joined"
        and u.answer_type == "date"
        and JOINING_ASKED_RE.search(u.question) is not None
    )
    # "which funds ...?" asks for funds by its wh-phrase (not "what does the X Family of
    # Funds supplement disclose?")
    funds_asked = not typed and u.intent == "funds" and asked_target(u.question)[0] == "fund"
    # "what is the fund's strategy?": not a risk entry about strategies, nor a sentence that
    # only says the strategy changes or will not
    asked_head = focus_head(u.question) if not typed else None
    # "what proposals will shareholders vote on?": the noun a free-text question asks for
    listed_head = wh_head(u.question) if not typed else None
    # a plural wh-head of a free-text question asks for several ("which cases", "what
    # circumstances"): a sentence that introduces a list answers it before its neighbours
    several_asked = bool(listed_head and listed_head.split()[0].endswith("s"))
    risk_heading_skip = asked_head is not None and not RISK_ASKED_RE.search(u.question)
    mask_idioms = not IDIOM_RE.search(u.question)
    event_terms = frozenset(verify.lexicon()["event_terms"])
    mask_titles = not SECTION_ASKED_RE.search(u.question)  # "which section is replaced?"
    n = max(len(hits), 1)
    for hit in hits:
        if must_mention and not any(m in hit.passage.text for m in must_mention):
            continue
        passage_stems = stems_of(hit.passage.text) | stems_of(hit.passage.section_label)
        if (
            kind_re is not None
            and kind_re.search(hit.passage.text)
            and weights.holds_other(passage_stems, kind_stems)
        ):  # "through what date ...?": a date is the word's, beside another word asked
            passage_stems |= kind_stems
        refers_back = context is not None and BACK_REFERENCE_RE.search(hit.passage.text)
        above = context(hit.passage) if refers_back else ""
        before_stems = stems_of(above) if refers_back else set()
        # "The fund's investment objective is amended and restated as follows:" just above:
        # what the passage is, the lead-in says ("To seek total return ...")
        # ("... is deleted and replaced with the following:": what follows is not deleted)
        if lead is not None:
            said_before = lead(hit.passage)
        else:
            said_before = lead_in(context(hit.passage)) if context is not None else ""
        lead_stems = stems_of(DELETED_AND_REPLACED_RE.sub(" ", said_before))
        placed_under = placed(hit.passage) if placed is not None else ""
        lead_stems |= stems_of(placed_under)
        if typed and after is not None and ANNOUNCES_RE.search(hit.passage.text):
            # what it announces (see below) when a value of the passage is asked, its date;
            # the text announced answers a free-text question itself
            passage_stems |= stems_of(after(hit.passage))
        pcov = weights.coverage(passage_stems | before_stems | lead_stems)
        if not placed_part and pcov < MIN_PASSAGE_COVERAGE[level]:
            continue
        earlier: set[str] = set()
        # a heading states the topic of every sentence under it ("Expense Limitation")
        heading_stems = stems_of(hit.passage.section[-1]) if hit.passage.section else set()
        previous: set[str] = set()  # the stems of the sentence before, in this passage
        previous_text = ""
        names_so_far: set[str] = set()  # the capitalised words (names) of the sentences so far
        defined: dict[str, set[str]] = {}  # an event's term defined so far -> its sentence
        for sent in sentences(hit):
            prior_text, prior_stems, taken_up = previous_text, previous, False
            if PAGE_MARK_RE.search(sent.text) and len(sent.text.split()) <= PAGE_MARK_MAX_WORDS:
                continue  # a page's running head or foot ("Summary Prospectus | X Fund | Page 2")
            header = list(SEC_HEADER_RE.finditer(sent.text))
            # the EDGAR envelope's words ("DATE OF NAME CHANGE") say nothing the filing does
            plain = sent.text[header[-1].end() :] if header else sent.text
            # "after the close of business on June 30": a time of day, no closing
            plain = IDIOM_RE.sub(" ", plain) if mask_idioms else plain
            # 'the sub-sections entitled "Principal Risks" ... are replaced': a section's title
            # names where text stands, it says nothing of what the title names
            plain = SECTION_TITLES_RE.sub(" ", plain) if mask_titles else plain
            sent_stems = stems_of(plain) | heading_stems
            if (
                kind_re is not None
                and kind_re.search(plain)
                and weights.holds_other(sent_stems, kind_stems)
            ):
                sent_stems |= kind_stems
            announced = ""
            if after is not None and ANNOUNCES_RE.search(sent.text):
                # "Effective June 30, 2015, the following is added to the Shareholder's Guide":
                # what follows (its heading, "CLOSED FUND POLICIES") is what the sentence dates
                announced = after(hit.passage)
                sent_stems |= stems_of(announced)
            if refers_back and BACK_REFERENCE_RE.search(sent.text):
                # "As a result of the above changes, effective June 28, 2019, ...": what the
                # sentence is about was said before it
                cov = weights.coverage(sent_stems | earlier | before_stems)
            elif taken_up := (
                _takes_up(sent.text, prior_stems) or bool(SAME_MATTER_RE.search(sent.text))
            ):
                # "... a reduction of the Fund's management fee to 0.40%. The new fee becomes
                # effective on July 1, 2025.": "the new fee" is the fee the sentence before names
                cov = weights.coverage(sent_stems | lead_stems | prior_stems)
            elif PRONOUN_START_RE.match(sent.text):
                # "NED C. LAUTENBACH (55), Member of the Advisory Board ... He is a Director of
                # X Inc.": "he" is the person named before
                cov = weights.coverage(sent_stems | lead_stems | names_so_far)
            elif used := [t for t in defined if re.search(rf"\b{re.escape(t)}\b", sent.text)]:
                # "... agreed to sell Clarion to X (the “Transaction”). It is anticipated that
                # the Transaction will close on July 1, 2011": the term is what defined it
                cov = weights.coverage(
                    sent_stems | lead_stems | set().union(*(defined[t] for t in used))
                )
            else:
                cov = weights.coverage(sent_stems | lead_stems)
            names_so_far |= stems_of(" ".join(CAPITAL_WORD_RE.findall(plain)))
            for m in DEFINED_TERM_RE.finditer(sent.text):
                if m.group(1).split()[-1].lower() in event_terms:  # not "the Fund"
                    defined.setdefault(m.group(1), sent_stems)
            previous, previous_text = sent_stems, sent.text
            if refers_back:
                earlier |= sent_stems
            if cov < MIN_SENTENCE_COVERAGE[level]:
                continue
            if asked_topics:
                # a heading says it of all below, though a fund's name that heads the section
                # says nothing of a topic ("All Cap Market Neutral Fund" is no expense cap)
                heading = f"{hit.passage.section_label} {placed_under}"
                said = f"{_without_funds(heading)} {sent.text} {announced}"
                if taken_up:  # "The new fee ...": the topic the sentence before names
                    said += f" {prior_text}"
                if refers_back and BACK_REFERENCE_RE.search(sent.text):
                    # "as a result of the above changes, ...": the topic was said above it
                    said += f" {above} {hit.passage.text}"
                missing = [
                    t
                    for t in asked_topics
                    if not t.evidence.search(said)
                    or (t.not_evidence is not None and t.not_evidence.search(sent.text))
                ]
                if missing and len(missing) < len(asked_topics):
                    # "the shareholder meeting on the merger": the sentence says the meeting,
                    # its paragraph said the merger it is about before it
                    before = hit.passage.text[: sent.start]
                    missing = [t for t in missing if not _topic_said(t, before, sent.text)]
                if missing:
                    continue
            if (
                u.intent == "risks"
                and not RISK_NAMED_RE.search(_without_funds(plain))
                and not (hit.passage.section and RISK_HEADING_RE.search(hit.passage.section[-1]))
            ):  # a risk question: a sentence naming a risk, or one under a heading of risks
                # ("Principal Risks"); not one of "risk management", the "Global Risk
                # Portfolio", or under "Investments, Risks and Performance"
                continue
            if (
                funds_asked
                and not _names_other_funds(sent.text, u.question)
                and not FILING_FUNDS_RE.search(sent.text)
            ):  # "which funds are the underlying funds?": a sentence naming funds, or the
                # filing's own ("the Funds will be liquidated": the funds it covers)
                continue
            if u.answer_type == "amount" and not _measures_match(u, sent_stems, sent.text):
                continue
            if invested_in and not _speaks_of(invested_in, sent_stems | lead_stems):
                continue  # "how much may it invest in foreign securities?": not "80% in stocks"
            if not _qualifiers_match(u, sent_stems):
                continue
            body = sent.text[header[-1].end() :] if header else sent.text
            if (
                COVER_RE.search(body)
                and len(body) < COVER_MAX_CHARS
                and not (u.intent in ("dates", "funds") and COVER_QUESTION_RE.search(u.question))
            ):
                continue
            # (a table row's caption heads it: "Calendar Year Total Returns Class ADV" over
            # "Best quarter: | 4th Quarter 2020 | 19.20%")
            heading = hit.passage.section_label
            if hit.passage.kind == "row":
                heading = f"{heading} {said_before}"
            if not _compounds_match(u, sent.text, heading, hit.passage.text):
                continue
            if (
                typed
                and u.share_classes
                and not _classes_match(
                    u, sent.text + " " + (context(hit.passage) if context else "")
                )
            ):
                continue
            if u.detail in DETAIL_CUES and not DETAIL_CUES[u.detail].search(sent.text):
                continue
            if title_at and title_at not in sent.text:
                continue  # "X's title at Wells Capital?": not "became the portfolio manager of
                # the Funds", a post of the funds' that names no firm
            if (
                u.detail == "title"
                and must_mention
                and tables.CELL_SPLIT in sent.text
                and not _cue_near(sent.text, must_mention)
            ):
                continue  # in a table, a title of the person's row, not a header cell
                # ("Portfolio Manager | Fund | ... | Christian Chan | ...")
            if (
                typed
                and must_mention
                and u.answer_type == "date"
                and not any(m.lower() in sent.text.lower() for m in must_mention)
                and set(spans.of_type("person", sent.text)) - set(spans.of_type("org", sent.text))
            ):
                continue  # "since when has X managed it?": not "Y has managed the Fund since
                # 2019", another person's sentence beside X's
            if joining and not JOINING_SAID_RE.search(sent.text):
                continue  # "when did X join Y?": not "has managed the Fund since 2024"
            if quarter_asked and not QUARTER_SAID_RE.search(sent.text):
                continue  # "the best quarter?": a quarter, not "as of December 31 of each year"
            if how_often and not FREQUENCY_RE.search(sent.text):
                continue  # "how often are dividends paid?": a sentence that says how often
            if event_asked and tables.CELL_SPLIT in sent.text:
                continue  # "what happens to the section?": an event, not a table's values
            if not typed and len(sent.text.split()) < MIN_FREE_ANSWER_WORDS:
                continue
            if (
                not typed
                and FORWARD_REFERENCE_RE.search(sent.text)
                and not sent.text.rstrip().endswith(":")  # (then its list is the answer)
            ):
                continue
            if not typed and (
                POINTER_RE.search(sent.text)  # "More information on ... is contained in the SAI"
                or (
                    risk_heading_skip
                    and hit.passage.section
                    and RISK_HEADING_RE.search(hit.passage.section[-1])
                )
                or (asked_head and _said_to_change(sent.text, asked_head))
                # "... will be held to vote on various proposals": it says there are some,
                # not which
                or (listed_head and _only_vaguely(sent.text, listed_head))
                or (
                    asked_head == "strate"
                    and DEFENSIVE_RE.search(sent.text)
                    and not DEFENSIVE_RE.search(u.question)
                )  # "in times of adverse market conditions, the Fund may invest without
                # limit in ...": a temporary defensive position, no principal strategy
            ):
                continue
            if not verify.gives_reason(u.question, sent.text):  # "why ...?" wants a reason
                continue
            found = [
                s
                for s in spans.kept_of_type(u.answer_type, sent.text)
                if s.lower() not in excluded
                and (accept is None or accept(s))
                # "which company did he work for before Fidelity?": not Fidelity Investments
                and not any(verify.brand_stated(s, f) for f in time_firms)
            ]
            if u.answer_type == "amount":
                # near a word of the question, or a side of the change the sentence states
                # ("the minimum initial investment ... will be reduced from $2,500 to $1,000")
                found = [
                    s
                    for s in found
                    if weights.near(sent.text, s, AMOUNT_FOCUS_WINDOW)
                    or verify.amount_role(sent.text, s) is not None
                ]
                if side is not None:  # "the current ratio" is not what a change goes to
                    roles = {s: verify.amount_role(sent.text, s) for s in found}
                    found = [s for s in found if roles[s] in (None, side)]
                    if side == "before" and "before" in roles.values():
                        # "up to 30%, compared to 20% previously": the earlier one is marked
                        found = [s for s in found if roles[s] == "before"]
                for said_re in beside:  # "4.25%" by "sales charge", not by "... loads;
                    # ... will not exceed 0.95%" a clause later
                    found = [x for x in found if _within(sent.text, x, said_re, beside_chars)]
                # "(x $1 million)" in a table's header states a unit, no value
                found = [
                    x
                    for x in found
                    if not UNIT_NOTE_RE.search(sent.text[: find_span(sent.text, x) + 1])
                ]
                if MONEY_MEASURE_STEMS & set(u.stems) and not DURATION_ASKED_RE.search(u.question):
                    # a fee, a charge, a ratio, a return is a sum or a share, not "90 days" nor
                    # a table's "1 Year" column
                    found = [x for x in found if not DURATION_RE.search(x)]
                if u.share_classes:  # "1.05% for Class A shares, 1.80% for Class C shares"
                    found = _of_classes(sent.text, found, u.share_classes)
                if HYPOTHETICAL_RE.search(sent.text) and not HYPOTHETICAL_ASKED_RE.search(
                    u.question
                ):
                    # "The example assumes that you invest $10,000 ... a 5% return each
                    # year": amounts made up to illustrate, no fee, limit or holding of the fund
                    found = []
                if not EXTREME_ASKED_RE.search(u.question):
                    # "Highest Quarterly Return: 20.44%" is no annual return
                    found = [
                        x
                        for x in found
                        if not EXTREME_RE.search(
                            sent.text[
                                max(0, find_span(sent.text, x) - EXTREME_REACH) : find_span(
                                    sent.text, x
                                )
                            ]
                        )
                    ]
            if u.answer_type == "fund" and into and tables.CELL_SPLIT not in sent.text:
                # "into which fund will it be reorganized?": the fund on the receiving side
                # ("with and into X", "transferred to X", "shares of X"), not the one merged;
                # a table's row says it by its columns instead
                found = [x for x in found if _on_receiving_side(sent.text, x)]
            if u.answer_type in ("org", "person", "place") and asked_roles:
                # "who is the custodian?": the firm the role is said of, beside the role's word
                # (not "FMR LLC ... employees acting as a custodian for a minor child")
                reach = PERSON_ROLE_WINDOW if u.answer_type == "person" else ROLE_WINDOW
                if any(len(r.split()) >= TITLE_WORDS and OFFICER_RE.search(r) for r in asked_roles):
                    reach = TITLE_WINDOW  # "Kim D. Arthur, Chief Executive Officer of ...":
                    # a title stands right by its holder, not by the next name in the list
                found = [x for x in found if _beside_role(sent.text, x, asked_roles, denied, reach)]
            if u.answer_type == "age" and excluded:  # the age printed beside the person asked
                found = [a for a in found if _beside_name(sent.text, a, excluded)]
            if u.answer_type == "date" and any(YEAR_RE.fullmatch(d) for d in found):
                # "Scudder Worldwide 2004 Fund": a year in a fund's name is no date
                named = " ".join(spans.funds(sent.text))
                found = [d for d in found if not (YEAR_RE.fullmatch(d) and d in named)]
            if u.answer_type == "date" and bound is not None:
                # "until when is the agreement in effect?": the date it runs until
                found = [d for d in found if _date_bound(sent.text, d) == bound]
            elif u.answer_type == "date" and OWN_DATE_RE.search(u.question.lower()):
                # "what is the date of this supplement?": a date the filing gives itself, not
                # the date of a merger or an inception it speaks of
                found = [
                    d
                    for d in found
                    if SUPPLEMENT_DATED_RE.search(
                        sent.text[max(0, find_span(sent.text, d) - 40) : find_span(sent.text, d)]
                    )
                ]
            elif u.answer_type == "date" and START_ASKED_RE.search(plain_verbs(u.question)):
                # "when does the change take effect?": not "the agreement will remain in
                # effect until February 28, 2026", the end of what is already in force, nor
                # "On May 20, 2025, the Board approved ...", the day it was decided
                found = [
                    d
                    for d in found
                    if _date_bound(sent.text, d) != "until" and not _decision_date(sent.text, d)
                ]
            elif u.answer_type == "date" and not DECISION_ASKED_RE.search(plain_verbs(u.question)):
                # "when will the fund be non-diversified?": when it is so, not the day
                # shareholders "approved a proposal to change" it; but "when did the SEC
                # grant the order?" over "approved ... an exemptive order granted by the SEC on
                # June 2, 2015": the date of the act the question names
                found = [
                    d
                    for d in found
                    if not _decision_date(sent.text, d) or _dated_act(sent.text, d) in u.stems
                ]
            elif u.answer_type == "date" and DECISION_RE.search(plain_verbs(u.question)):
                # "when did the Board approve it?": not "an exemptive order granted by the SEC
                # on June 2, 2015", the day of another act, nor "On January 1, 2024 (the
                # "Effective Date"), X acquired Y", a date the filing names for another event
                found = [
                    d
                    for d in found
                    if _decision_act(_dated_act(sent.text, d), u.stems)
                    and not _labelled_other_event(sent.text, d)
                ]
            if (
                u.answer_type == "date"
                and ONE_FUND_TENURE_ASKED_RE.search(u.question)
                and not MANY_ASKED_RE.search(u.question)
            ):
                # "since when has X been a portfolio manager of the Y Fund?": not "X has
                # overseen the management of Northbeam's asset allocation portfolios since 1996", a
                # tenure over many portfolios, accounts or strategies
                found = [d for d in found if not _over_many(sent.text, d)]
            if u.answer_type == "date" and not RECORD_DATE_ASKED_RE.search(u.question):
                # "shareholders of record on January 30, 2014, the record date, will vote on
                # the reorganization": that date is not when the reorganization happens
                found = [d for d in found if not _is_record_date(sent.text, d)]
            elif u.answer_type == "date" and RECORD_DATE_ITSELF_RE.search(u.question):
                # "what is the record date?": of "shareholders of record as of September 16
                # will vote at a meeting on November 4", the first
                found = [d for d in found if _is_record_date(sent.text, d)] or found
            if header:
                # the EDGAR envelope a flattened filing opens with ("FILED AS OF DATE: 19990609
                # ... FORM TYPE: 497 ..."): only what stands after it can answer
                if not typed:
                    continue
                found = [x for x in found if find_span(sent.text, x) > header[-1].end()]
            if typed and not found:
                continue
            if tables.CELL_SPLIT in sent.text and (
                tables.header_only(sent.text)  # "1 Year | 5 Years": a header, no answer
                or (  # "Russell 3000® Index | 23.81": the index's row, not the fund's
                    u.answer_type == "amount"
                    and tables.INDEX_ROW_RE.search(sent.text.split(tables.CELL_SPLIT)[0])
                    and not tables.INDEX_ASKED_RE.search(u.question)
                )
            ):
                continue
            if u.intent == "objective" and not states_objective(sent.text):
                continue
            score = 0.55 * cov + 0.25 * pcov + 0.2 * (1 - hit.rank / n)
            if typed and found:
                close = [
                    x
                    for x in found
                    if weights.near(plain, x, SPAN_FOCUS_WINDOW, lower_only=u.question)
                ]
                if close:
                    score += NEAR_SPAN_BONUS
                    # the span nearest the question's own words first ("when is the meeting?":
                    # the meeting's date, not the closing date beside it)
                    close.sort(key=lambda x: weights.distance(plain, x, u.question))
                    found = close + [x for x in found if x not in close]
                # and the sentence whose value's own clause says most of what is asked ("it is
                # expected that the Reorganization will take place on March 21" over "the
                # proxy statement on the Reorganization is expected to be mailed on December
                # 20, and the meeting held on January 28")
                score += CLAUSE_BONUS * weights.clause_share(plain, found[0], u.question)
            if not typed:  # the sentence that says the question's words as it does
                score += PHRASE_BONUS * weights.phrase_share(plain)
                if negated and NEGATION_RE.search(sent.text):
                    # "what do shareholders who haven't sold get?": "those that do not
                    # redeem ...", not "shareholders may redeem ..."
                    score += NEGATION_BONUS
            if several_asked and sent.text.rstrip().endswith(":"):
                # "in which cases is the fee not charged?": the sentence that introduces a list
                # ("... is not charged in connection with the redemption of shares:")
                score += LIST_INTRO_BONUS
            if u.intent == "objective" and OBJECTIVE_LABEL_RE.search(
                f"{sent.text} {hit.passage.section_label}"
            ):  # "Investment Objective: The Fund seeks ...": the filing says which aim it is
                score += OBJECTIVE_LABEL_BONUS
            if named_by_value and not typed:
                score += STATED_VALUE_BONUS * _states_value(sent.text, named_by_value)
            ranked.append(Choice(sent, tuple(found), cov, pcov, score))
    if (
        named_by_value
        and not typed
        and any(_states_value(c.sentence.text, named_by_value) == 1 for c in ranked)
    ):  # the measure stated answers; a sentence that only names it does not
        ranked = [c for c in ranked if _states_value(c.sentence.text, named_by_value) != -1]
    ranked.sort(key=lambda c: -c.score)  # stable: the earlier of equal scores first
    out: list[Choice] = []
    seen: set[str] = set()
    for choice in ranked:
        if choice.sentence.text not in seen:
            seen.add(choice.sentence.text)
            out.append(choice)
        if len(out) >= limit:
            break
    return out


# A sentence that points back at what was said before it ("the above changes", "these
# changes", "as described above"): its topic words are in the text above it.
# A term a sentence defines for what it says ("... agreed to sell Clarion (the “Transaction”)").
DEFINED_TERM_RE = re.compile(r"\((?:the\s+)?[“\"]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[”\"]\)")
# A sentence whose subject is a person said before it ("He is a Director of ...").
PRONOUN_START_RE = re.compile(r"\s*(?:He|She|His|Her)\b")
# A capitalised word (names, titles).
CAPITAL_WORD_RE = re.compile(r"\b[A-Z][\w'’.-]*")
# A sentence that takes up what the one before it named by a general noun ("You can also get
# this information at no cost by calling ..." after "You can find the Fund's Prospectus and
# SAI at www...").
SAME_MATTER_RE = re.compile(
    r"\b(?:this|that|such|the\s+same)\s+(?:information|material|materials|documents?|reports?)\b"
    r"|\b(?:these|those)\s+(?:documents|materials|reports)\b",
    re.I,
)
BACK_REFERENCE_RE = CuedPattern(
    re.compile(
        r"\b(?:the\s+(?:above|foregoing|preceding)|these|such|those|this)\s+"
        r"(?:changes?|amendments?|revisions?|modifications?|changes\s+described\s+above)\b"
        r"|\bthe\s+foregoing\b|\bdescribed\s+above\b|\bas\s+a\s+result\s+of\s+the\s+above\b",
        re.I,
    ),
    ("change", "amendment", "revision", "modification", "foregoing", "above"),
)


# The funds a filing covers, called by its defined term for them all ("the Funds", "each
# Portfolio"); "the Fund" is one of them, whichever the filing covers.
FILING_FUNDS_RE = re.compile(
    r"\b(?:[Tt]he|[Ee]ach|[Bb]oth|[Aa]ll)\s+(?:of\s+the\s+)?(?:Funds|Portfolios)\b"
    r"|\b[Ee]ach\s+(?:Fund|Portfolio)\b"
)


def _names_other_funds(text: str, question: str) -> bool:
    """Whether a text names a fund the question does not."""
    asked = {f.casefold() for f in spans.funds(question)}
    return any(f.casefold() not in asked for f in spans.funds(text))


def quoted_titles(text: str) -> str:
    """The section titles a sentence quotes ('Under "Closed Fund Policies - X" in the ...
    section'), joined."""
    return " ".join(m.group()[1:-1] for m in re.finditer(_QUOTED, text))


def lead_in(above: str) -> str:
    """The sentence that ends the text just above a passage when it announces that passage
    ("... is amended and restated as follows:", "... is replaced with the following:"), else
    ""."""
    text = above.rstrip()
    if not text.endswith(":"):
        return ""
    return re.split(r"(?<=[.!?])\s+", text)[-1]


def _in_passage(choice: Choice) -> tuple[list[Sentence], int | None]:
    """The sentences of the chosen sentence's passage, and its position among them."""
    all_sents = sentences(choice.sentence.hit)
    idx = next((i for i, x in enumerate(all_sents) if x.start == choice.sentence.start), None)
    return all_sents, idx


def date_sentence_near(choice: Choice) -> tuple[str, str] | None:
    """(sentence, date) of the nearest other sentence in the chosen sentence's passage that
    holds a date, the following ones first."""
    all_sents, idx = _in_passage(choice)
    if idx is None:
        return None
    order = sorted(
        (j for j in range(len(all_sents)) if j != idx), key=lambda j: (abs(j - idx), j < idx)
    )
    for j in order:
        found = spans.dates(all_sents[j].text)
        if found:
            return all_sents[j].text, found[0]
    return None


def with_neighbour(choice: Choice, weights: Weights, answer_type: str = "sentence") -> str:
    """The chosen sentence, joined by the next or previous one in its passage when that one
    also speaks to the question (multi-part questions: "primary and secondary objectives")."""
    all_sents, idx = _in_passage(choice)
    text = choice.sentence.text
    if idx is None:
        return text
    for j in (idx + 1, idx - 1):
        if 0 <= j < len(all_sents):
            other = all_sents[j].text
            budget = MAX_ANSWER_CHARS - len(text) - 1
            if budget < NEIGHBOUR_MIN_CHARS or " | " in other:
                continue
            found = spans.of_type(answer_type, other) if answer_type in TYPED_NEIGHBOUR else []
            if found or weights.coverage(stems_of(other)) >= NEIGHBOUR_COVERAGE:
                other = _clip(other, budget, found)
                return f"{text} {other}" if j > idx else f"{other} {text}"
    return text


# A question about the record date (or who may vote), and a date the text labels as one.
RECORD_DATE_ASKED_RE = re.compile(r"\brecord\s+date|\bof\s+record\b|\beligible\b|\bvote\b", re.I)
RECORD_DATE_LABEL_RE = re.compile(r"^\W{0,3}(?:\(?(?:the\s+)?[“\"]?record\s+date)", re.I)


def _is_record_date(text: str, date: str) -> bool:
    """Whether a text labels a date as the record date ("January 30, 2014, the record date",
    "shareholders of record as of the close of business on September 16, 2024")."""
    at = text.find(date)
    return at >= 0 and (
        RECORD_DATE_LABEL_RE.match(text[at + len(date) :]) is not None
        or RECORD_AS_OF_RE.search(text[max(0, at - RECORD_REACH) : at]) is not None
    )


# "... of record as of the close of business on", "holders of record on": a record date follows.
RECORD_AS_OF_RE = re.compile(
    r"\bof\s+record\s+(?:as\s+of|on|at)\s+(?:the\s+close\s+of\s+business\s+(?:on\s+)?)?$", re.I
)
RECORD_REACH = 60
# A question for the record date itself.
RECORD_DATE_ITSELF_RE = re.compile(r"\brecord\s+date\b", re.I)


# A name's defined term just after it: ' (the "Adviser")', ' ("Distributor")'.
DEFINED_AS_RE = re.compile(r"^,?\s*\((?:the\s+)?[“\"']([^”\"')]{2,40})[”\"']\)")
# A firm or person a role is said of stands within this many words of the role's word.
ROLE_WINDOW = 8
# A role that is an officer's title ("chief executive officer", "anti-money laundering
# officer"), not a firm's role of several words ("shareholder servicing agent").
OFFICER_RE = re.compile(r"\bofficer\b|\bchief\b|\bchair")
# People are listed before what they do ("X, CFA and Y are jointly and primarily responsible
# for the day-to-day management of the Fund"): a person's role may stand further off.
PERSON_ROLE_WINDOW = 20
# A role of this many words is a title ("chief executive officer"), said this many words
# from the name of the one who holds it.
TITLE_WORDS = 3
TITLE_WINDOW = 4


# A question for the fund something goes into ("into which fund ...?", "to what portfolio
# ...?"), and what stands before a fund on that side of a deal ("with and into", "transferred
# to", "you will hold shares of"; not "Class A shares of").
INTO_WHICH_RE = re.compile(r"\b(?:into|to|with)\s+(?:which|what)\b", re.I)
RECEIVING_RE = re.compile(
    r"\b(?:into|to|by|with|(?:hold|receive|for|become\s+holders\s+of)\s+(?:\w+\s+){0,2}"
    r"shares\s+of)\s+(?:(?:the|an?|a\s+newly\s+created)\s+)?$",
    re.I,
)
RECEIVING_REACH = 40  # characters before the fund


def _on_receiving_side(text: str, span: str) -> bool:
    at = find_span(text, span)
    return at >= 0 and RECEIVING_RE.search(text[max(0, at - RECEIVING_REACH) : at]) is not None


YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# A sentence that points elsewhere for the information: "More information on the Fund's
# strategies is contained in the SAI", "see 'More on Strategies' below".
POINTER_RE = re.compile(
    r"\b(?:more|additional|further)\s+information\s+(?:on|about|regarding|concerning)\b"
    r"[^.]{0,120}\b(?:is|are|can\s+be)\s+(?:contained|found|available|included|set\s+forth)\b",
    re.I,
)
# A heading over risks alone ("Principal Risks", "Risks of Investing in the Fund", "Risk
# Factors"), not one that lists them with other things ("Investments, Risks and Performance").
RISK_HEADING_RE = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}risks?\b(?!\s*(?:,|and\b))|\brisks?\s+of\s+investing\b", re.I
)
RISK_ASKED_RE = re.compile(r"\brisk", re.I)
# A risk named as such: "Credit Risk", "credit risk, market risk", "the risk that ...",
# "risks associated with ...", "risk factors"; not "risk management", "portfolio risk
# assessment", "the adviser's expectations of relative risks and returns".
RISK_NAMED_RE = re.compile(
    r"\b[A-Z][\w’'/-]*\s+Risks?\b"
    r"|(?i:\brisks?\s+(?:of|that|associated|related|relating|involved|inherent|arising|"
    r"including|such\s+as|from|factors?)\b)"
    r"|(?i:\b(?!(?:the|a|an|any|no|of|and|or|to|its|their|relative)\b)[a-z][\w-]*\s+risks?\b"
    r"(?!-|\s+(?:and\s+returns?|management|managers?|assessments?|profiles?|tolerance|controls?|"
    r"officers?|budgets?|models?|ratings?|levels?|limits?|premiums?|appetite|"
    r"characteristics|measures?|analysis|monitoring)\b))"
)
# "What is the fund's <noun>?": the noun, when the question asks what something is.
FOCUS_HEAD_RE = re.compile(
    r"^\s*what\s+(?:is|are)\s+(?:the\s+)?(?:\w+['’]s?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(strateg(?:y|ies)|objectives?|polic(?:y|ies)|goals?)\b",
    re.I,
)


# A temporary defensive position a fund may take, apart from its strategy.
DEFENSIVE_RE = re.compile(
    r"\btemporary\s+defensive\b|\bdefensive\s+(?:purposes|positions?|measures?)\b"
    r"|\b(?:times|periods?)\s+of\s+(?:unusual|adverse|abnormal|extreme)\b"
    r"|\bin\s+response\s+to\s+adverse\s+market\b",
    re.I,
)


def states_strategy(text: str) -> bool:
    """Whether a sentence states a strategy: not one that only says it changes or will not, a
    pointer to where it is described, or a temporary defensive position."""
    return not (
        _said_to_change(text, "strate") or POINTER_RE.search(text) or DEFENSIVE_RE.search(text)
    )


def focus_head(question: str) -> str | None:
    """The first letters of the noun a what-is question asks about (strategy, objective,
    policy, goal), or None."""
    m = FOCUS_HEAD_RE.match(question)
    return m.group(1).lower()[:6] if m else None


# Words that say there are some of a thing without saying which ("various proposals").
VAGUE_BEFORE_RE = re.compile(
    r"\b(?:various|certain|several|some|numerous|a\s+number\s+of|one\s+or\s+more|other)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)


# What names the things a vague phrase speaks of: "certain industries (for example, banking,
# ...)", "various proposals, including ...", "several risks: ...".
NAMED_AFTER_RE = re.compile(
    r"\s*(?:[(,]\s*)?(?:for\s+example|e\.g\.|such\s+as|including|namely|like)\b|\s*:", re.I
)


def _only_vaguely(text: str, head: str) -> bool:
    """Whether a sentence names the thing asked for only as "various X", "certain X"."""
    words = WORD_RE.findall(head.lower())
    if not words:
        return False
    key = stem(words[-1])
    found = [m for m in WORD_RE.finditer(text) if stem(m.group().lower()) == key]
    return bool(found) and all(
        VAGUE_BEFORE_RE.search(text[: m.start()]) and not NAMED_AFTER_RE.match(text, m.end())
        for m in found
    )


def _said_to_change(text: str, head: str) -> bool:
    """Whether a sentence speaks of the thing asked only as changing or not ("approved ... a
    change with changes to the principal investment strategies", "strategies ... will not be
    changed"): it does not state it."""
    low = text.lower()
    spans = [m.start() for m in re.finditer(rf"\b{re.escape(head)}", low)]
    if not spans:
        return False
    return all(
        CHANGE_BEFORE_RE.search(low[max(0, at - CHANGE_REACH) : at])
        or CHANGE_AFTER_RE.match(low[at : at + CHANGE_REACH * 2])
        for at in spans
    )


CHANGE_REACH = 100
CHANGE_BEFORE_RE = re.compile(r"\bchanges?\s+(?:to|in|of|with\s+respect\s+to)\b[^.;]*$")
CHANGE_AFTER_RE = re.compile(
    r"[^.;]*?\b(?:will\s+not\s+(?:be\s+)?chang|will\s+(?:be\s+)?chang|(?:is|are)\s+(?:being\s+)?chang)"
)


# How often something happens, as filings say it.
FREQUENCY_RE = re.compile(
    r"\b(?:daily|weekly|bi-?weekly|monthly|bi-?monthly|quarterly|semi-?annual(?:ly)?|annually|"
    r"yearly|each\s+(?:business\s+)?(?:day|week|month|quarter|year)|every\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?)|(?:once|twice|\w+\s+times)\s+(?:a|per|each)\s+"
    r"(?:day|week|month|quarter|year)|per\s+(?:annum|year|quarter|month)|at\s+least\s+"
    r"(?:annually|once\s+a\s+year)|from\s+time\s+to\s+time|on\s+a\s+(?:daily|monthly|"
    r"quarterly|periodic|regular)\s+basis)\b",
    re.I,
)
# The best or worst quarter a performance section reports, and a question asking for one.
EXTREME_RE = re.compile(
    r"\b(?:highest|lowest|best|worst)\s+(?:(?:quarterly|calendar)\s+)?(?:returns?|quarters?)\b",
    re.I,
)
EXTREME_ASKED_RE = re.compile(r"\b(?:highest|lowest|best|worst|quarters?|quarterly)\b", re.I)
EXTREME_REACH = 60  # characters before the amount
# A sentence whose amounts are assumed for an illustration (the expense example), and a
# question about such an illustration.
HYPOTHETICAL_RE = re.compile(
    r"\bassum(?:e|es|ed|ing)\s+(?:that\s+)?(?:you|your|an?\s+(?:investor|investment|shareholder)"
    r"|the\s+(?:investor|shareholder))\b|\bhypothetical\b",
    re.I,
)
HYPOTHETICAL_ASKED_RE = re.compile(r"\bexamples?\b|\bassum|\bhypothetical|\billustrat", re.I)
# What a question asks a fund invests in: "how much may the fund invest in foreign securities?"
INVEST_IN_RE = re.compile(
    r"\binvest(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?in\s+((?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?=\s*(?:\?|$|,|\band\b|\bor\b))",
    re.I,
)
# Words of such an object that say no kind of holding.
INVESTED_FILLER = frozenset(
    {"securities", "security", "assets", "instruments", "investments", "its", "the", "a", "an",
     "fund", "funds", "portfolio", "shares", "total", "net", "of", "issuers", "companies"}
)  # fmt: skip


def _invested_in(question: str) -> set[str]:
    """The stems of what a question asks that a fund invests in ("foreign" of "foreign
    securities"); a sentence answering must speak of them, or of their synonyms."""
    m = INVEST_IN_RE.search(question)
    if m is None:
        return set()
    words = [w for w in WORD_RE.findall(m.group(1).lower()) if w not in INVESTED_FILLER]
    return {stem(w) for w in words if w not in STOP}


def _speaks_of(words: set[str], stems: set[str]) -> bool:
    """Whether a text's stems hold each of the words, itself or a synonym ("non-U.S." for
    "foreign"; a stem's closing full stop aside, as the two tokenisers leave it)."""
    have = {t.rstrip(".") for t in stems}
    return all({w, *SYNONYMS.get(w, ())} & have for w in words)


# A negation: of a role word just before it ("is not an adviser", "no longer serves as
# custodian"); of a question and of the sentence answering it.
NEGATION_RE = re.compile(r"\b(?:not|never|no longer|nor|neither)\b")
NEGATION_REACH = 30  # characters before the role word


def _without_funds(text: str) -> str:
    """The text with the fund names in it blanked out."""
    for name in spans.funds(text):
        text = text.replace(name, " ")
    return text


# What follows a name when the role is another's: "X or the relevant subadviser".
ALTERNATIVE_RE = re.compile(r"^\W{0,3}\s*(?:or|and/or)\s+(?:the|a|an|any|its|their|each)\b", re.I)
ALTERNATIVE_REACH = 40  # characters after the name


PORTFOLIO_MANAGER_RE = re.compile(r"\b(?:co-)?portfolio\s+managers?\b|\bco-managers?\b")
PORTFOLIO_MANAGER_ANY_RE = re.compile(PORTFOLIO_MANAGER_RE.pattern, re.I)
# A name just after a possessive ("the Adviser's"): the possessor's part, not the possessor.
POSSESSED_RE = re.compile(r"['’]s\s+$")
POSSESSOR_REACH = 4  # characters before the name
POSSESSIVE_HEAD_RE = re.compile(r"^[\w.-]+['’]s\s")


def _names_a_role(label: str) -> bool:
    """Whether a defined term is a role's word ("the Adviser", "Custodian"), not a short name."""
    low = verify.words(label)
    return any(
        verify.has_phrase(low, w)
        for role, said in verify.lexicon()["roles"].items()
        if not role.startswith("_")
        for w in said
    )


def _unnamed(words: list[str]) -> list[str]:
    """Words with those inside a capitalised name blanked: a capitalised word between two
    capitalised words ("Franklin Custodian Funds") is part of a name, no role."""
    return [
        "" if 0 < i < len(words) - 1 and all(w[:1].isupper() for w in words[i - 1 : i + 2]) else w
        for i, w in enumerate(words)
    ]


def _beside_role(
    text: str, span: str, roles: Sequence[str], denied: bool = False, reach: int = ROLE_WINDOW
) -> bool:
    """Whether a span stands within ``reach`` words of one of the role words, not denied
    ("is not an adviser", "will no longer serve as custodian") unless ``denied`` (the question
    asks who is leaving a role, or held it before)."""
    # "advisor" and "adviser" are one word (the same length: every offset holds)
    text, span = wordforms.one_spelling(text), wordforms.one_spelling(span)
    roles = [wordforms.one_spelling(r) for r in roles]
    at = find_span(text, span)
    if at < 0:
        return True
    label = DEFINED_AS_RE.match(text[at + len(span) :])
    if (
        label
        and not any(re.search(rf"\b{re.escape(r)}", label.group(1).lower()) for r in roles)
        and _names_a_role(label.group(1))
    ):
        return False  # 'X, LLC (the "Adviser"), the distributor, ...': X is the adviser (a
        # short name, 'X (“DSL”), the adviser to the Portfolio', gives it no role)
    if POSSESSIVE_HEAD_RE.match(span):
        return False  # "Adviser's U.S. Small Cap Equity Group": a part of the adviser
    rest = text[at + len(span) :]
    if ALTERNATIVE_RE.match(rest) and any(
        re.search(rf"\b{re.escape(r)}", rest[:ALTERNATIVE_REACH].lower()) for r in roles
    ):
        return False  # "selected by X or the relevant subadviser": X is not the subadviser
    seen, rest_seen = text[:at], rest
    if not any(PORTFOLIO_MANAGER_RE.fullmatch(r) for r in roles):
        # a portfolio manager is no investment manager, however far "co-portfolio" stands
        # from its "manager" in the window
        seen = PORTFOLIO_MANAGER_ANY_RE.sub(" ", seen)
        rest_seen = PORTFOLIO_MANAGER_ANY_RE.sub(" ", rest_seen)
    before = WORD_RE.findall(seen)[-reach - 1 :]
    after = WORD_RE.findall(rest_seen)[: reach + 1]
    # a role of several words in capitals is a title ("Chief Executive Officer"); one word
    # inside a capitalised name is none ("Franklin Custodian Funds")
    titled = " ".join(before[-reach:] + after[:reach]).lower()
    before, after = _unnamed(before)[-reach:], _unnamed(after)[:reach]
    near = " ".join(before + after).lower()
    near += " " + " ".join(
        m.group() for r in roles if " " in r for m in re.finditer(rf"\b{re.escape(r)}\b", titled)
    )
    if not any(PORTFOLIO_MANAGER_RE.fullmatch(r) for r in roles):
        near = PORTFOLIO_MANAGER_RE.sub(" ", near)  # a portfolio manager is no investment manager
    # "X, a registered investment adviser located at ...": a firm's legal standing, no role
    near = REGISTERED_RE.sub(" ", near)
    if POSSESSED_RE.search(text[max(0, at - POSSESSOR_REACH) : at]):
        # "the Adviser's U.S. Small Cap Equity Group": a part of the adviser, not it
        near = near.replace(" ".join(before).lower(), " ", 1)
    return any(
        (denied or not NEGATION_RE.search(near[max(0, m.start() - NEGATION_REACH) : m.start()]))
        # "X, an affiliate of the advisor, is the subadvisor": the advisor is another firm
        and not AFFILIATE_OF_RE.search(near[max(0, m.start() - NEGATION_REACH) : m.start()])
        for r in roles
        for m in re.finditer(rf"\b{_SUB}{re.escape(r)}", near)
    )  # "X is not an advisor to the Trust": not X


AFFILIATE_OF_RE = re.compile(
    r"\b(?:affiliates?|subsidiar(?:y|ies)|division|parent|unit)\s+of\s+(?:the\s+|its\s+|an?\s+)?$"
)
REGISTERED_RE = re.compile(r"\bregistered\s+(?:investment\s+)?advis[eo]rs?\b")
# A role's word that is part of its sub-role ("sub-adviser" holds no "adviser").
_SUB = r"(?<!sub-)(?<!sub )(?<!sub)"


def _classes_match(u: Understanding, text: str) -> bool:
    """A question about one share class is answered only by text about that class."""
    low = " ".join(text.split()).lower()
    for name in u.share_classes:
        words = name.lower().split()
        letter = words[-1] if words[0].startswith("class") else words[0]
        pattern = rf"\bclass(?:es)?\s+(?:[a-z0-9-]+,?\s+(?:and\s+)?)*{re.escape(letter)}\b"
        if words[0].startswith("class"):
            if not re.search(pattern, low) and f"({letter})" not in low:
                return False
        elif name.lower() not in low:
            return False
    return True


# A page's running head or foot: a "Page 2" cell, or a page number alone.
PAGE_MARK_RE = re.compile(r"(?:^|\|)\s*Page\s+\d+\s*(?:\||$)|^\s*\d{1,3}\s*$", re.I)
# A line of more words than this is text, whatever page mark it holds.
PAGE_MARK_MAX_WORDS = 15


def _topic_said(topic: Topic, text: str, sentence: str) -> bool:
    """Whether ``text`` speaks of a topic that ``sentence`` does not deny."""
    return bool(topic.evidence.search(text)) and not (
        topic.not_evidence is not None
        and (topic.not_evidence.search(sentence) or topic.not_evidence.search(text))
    )


def _compounds_match(u: Understanding, text: str, section: str, paragraph: str = "") -> bool:
    """Hyphenated terms of the question ("front-end", "7-day") must appear, hyphen or not; in
    the sentence, or in its paragraph when the sentence names what the compound qualifies
    ("the manager-of-managers exemptive order": a sentence of "an exemptive order" in a
    paragraph of a "manager of managers" structure)."""
    low = wordforms.one_spelling((text + " " + section).lower())
    joined = ""  # the text's stems, made when first needed
    for compound in map(wordforms.one_spelling, u.compounds):
        if re.fullmatch(r"[\d-]+", compound) or _says_compound(compound, low):
            continue
        joined = joined or " " + " ".join(stem(w) for w in WORD_RE.findall(low)) + " "
        parts = " ".join(stem(w) for w in compound.split("-") if w)
        if f" {parts} " in joined:  # "local-currency" in "local currencies"
            continue
        head = _qualified_words(u.question, compound)
        if not (
            head
            and _unqualified(" ".join(stem(w) for w in head), joined)
            and _says_compound(compound, wordforms.one_spelling(paragraph.lower()))
        ):
            return False
    return True


def _unqualified(head: str, joined: str) -> bool:
    """Whether the stems ``head`` stand in ``joined`` (a text's stems, space-separated) after
    no word of content: "an exemptive order", not "a contingent deferred sales charge"
    (another kind of what the question's modifier narrows)."""
    at = joined.find(f" {head} ")
    while at >= 0:
        before = joined[:at].split()[-1:]
        if not before or before[0] in _stop_stems():
            return True
        at = joined.find(f" {head} ", at + 1)
    return False


@cache
def _stop_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in STOP)


def _says_compound(compound: str, low: str) -> bool:
    return any(
        form in low for form in (compound, compound.replace("-", " "), compound.replace("-", ""))
    )


# How many words after a hyphenated modifier make up what it qualifies, at most.
QUALIFIED_WORDS_MAX = 3


def _qualified_words(question: str, compound: str) -> list[str]:
    """The words a hyphenated modifier of the question qualifies: those after it up to the
    first word of no content ("the manager-of-managers exemptive order for X" -> exemptive,
    order); none when it ends the phrase."""
    low = wordforms.one_spelling(question.lower())
    at = low.find(compound)
    if at < 0:
        return []
    out = []
    for w in WORD_RE.findall(low[at + len(compound) :]):
        if w in STOP or len(out) == QUALIFIED_WORDS_MAX:
            break
        out.append(w)
    return out


def _qualifiers_match(u: Understanding, sent_stems: set[str]) -> bool:
    """Words that narrow what is measured ("subsequent purchases") must be in the sentence;
    one that is what the measure means unnarrowed ("initial") may be left unsaid, when the
    sentence says nothing of the other measures ("the minimum investment is $1,000")."""
    known = qualifiers()
    for s in u.stems:
        q = known.get(s)
        if q is None or s in sent_stems or set(SYNONYMS.get(s, ())) & sent_stems:
            continue
        if not (q.unmarked and not q.contrasts & sent_stems):
            return False
    return True


# A share class named right after an amount ("1.80% for Class C shares") or right before it
# ("Class C: 1.80%"): the class the amount is stated for.
CLASS_AFTER_RE = re.compile(rf"^\W{{0,3}}(?:for|of|on)\s+(?:the\s+)?({SHARE_CLASS_RE.pattern})")
CLASS_BEFORE_RE = re.compile(rf"({SHARE_CLASS_RE.pattern})\W{{0,3}}$")
CLASS_REACH = 40


def _of_classes(text: str, found: list[str], classes: Sequence[str]) -> list[str]:
    """The amounts stated for the share classes asked, when the text pairs amounts with
    classes; all of them when it pairs none.

    An amount is paired with a class written right beside it ("0.45% for Class I", "Class C:
    1.00%"); else with classes its own sentence names (not one that pairs them
    "respectively"): the next after it when the sentence states an amount before any class
    ("$1,000 to purchase Investor Class shares and $100,000 to purchase Institutional Class
    shares"), else the last before it ("the minimum for Class A and Class C shares is reduced
    from $2,500 to $1,000. The minimum for Class I shares remains $100,000.")."""
    paired: dict[str, set[str]] = {}
    at_of = {a: find_span(text, a) for a in found}
    ends = [*sentence_ends(text), len(text)]
    for amount, at in at_of.items():
        if at < 0:
            continue
        after = CLASS_AFTER_RE.match(text[at + len(amount) : at + len(amount) + CLASS_REACH])
        before = CLASS_BEFORE_RE.search(text[max(0, at - CLASS_REACH) : at])
        named = after or before
        if named:
            paired[amount] = {_class_mark(named.group(1))}
            continue
        k = bisect.bisect_right(ends, at)
        start, stop = (ends[k - 1] if k else 0), ends[min(k, len(ends) - 1)]
        if RESPECTIVELY_RE.search(text, start, stop):
            continue
        runs = list(CLASS_RUN_RE.finditer(text, start, stop))
        if not runs:
            continue
        first_amount = min(x for x in at_of.values() if start <= x < stop)
        if first_amount < runs[0].start():
            run = next((m for m in runs if m.start() > at), None)
        else:
            run = next((m for m in reversed(runs) if m.end() <= at), None)
        if run is not None:
            marks = {_class_mark(m.group(0)) for m in SHARE_CLASS_RE.finditer(run.group(0))}
            paired[amount] = marks | {m.lower() for m in CLASS_MARK_RE.findall(run.group(0))}
    if not paired:
        return found
    asked = {_class_mark(c) for c in classes}
    return [a for a in found if a in paired and paired[a] & asked]


RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
# A class's mark standing alone in a run of classes ("C" of "Classes A, C and I").
CLASS_MARK_RE = re.compile(r"\b[A-Z]\d?\b")
# Classes named together ("Class A and Class C shares", "Classes A, C and I"... as one run).
CLASS_RUN_RE = re.compile(
    rf"(?:{SHARE_CLASS_RE.pattern})(?:(?:\s*,\s*|\s+|\s*,?\s*(?:and|or)\s+)"
    rf"(?:{SHARE_CLASS_RE.pattern}|[A-Z]\d?\b))*"
)


def _class_mark(share_class: str) -> str:
    """What tells a class apart: "Class C" -> "c", "Institutional Class" -> "institutional"."""
    words = WORD_RE.findall(share_class.lower())
    words = [w for w in words if w not in ("class", "classes", "shares", "share")]
    return words[0] if words else share_class.lower()


# A question asking for the end of a period ("until when", "when does it expire") or its
# start ("since when"); and the words before a date that say it is one.
UNTIL_ASKED_RE = re.compile(
    r"\buntil\s+when\b|\bthrough\s+when\b|\bto\s+(?:what|which)\s+(?:date|day)\b|\bexpir\w*|\bwhen\s+(?:does|will)\s+.*\bend\b"
    r"|\bhow\s+long\s+(?:is|will)\b",
    re.I,
)
SINCE_ASKED_RE = re.compile(r"\bsince\s+when\b", re.I)
# A tenure asked of one fund: "since when has X been a portfolio manager of the Y Fund?",
# "how long has X managed the fund?", "when did X start managing the Portfolio?".
ONE_FUND_TENURE_ASKED_RE = re.compile(
    r"\b(?:since\s+when|how\s+long|when\s+did)\b[^?]*\b(?:manag\w*|portfolio\s+manager|"
    r"pm)\b[^?]*\b(?:fund|portfolio|etf)\b(?!s)",
    re.I,
)
MANY_ASKED_RE = re.compile(r"\b(?:funds|portfolios|accounts|strategies)\b", re.I)
# The thing a tenure runs over, just before its "since": many of them ("Northbeam's asset allocation
# portfolios since 1996", "the firm's fixed income accounts since 2004").
OVER_MANY_RE = re.compile(
    r"\b(?:portfolios|accounts|strateg(?:y|ies)|funds|mandates|products)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def _over_many(text: str, date: str) -> bool:
    """Whether the date's "since" follows a plural of portfolios, accounts or strategies: a
    tenure over many, not over the one fund asked."""
    at = find_span(text, date)
    head = text[max(0, at - 80) : at]
    m = re.search(r"\bsince\s*$", head, re.I)
    return m is not None and OVER_MANY_RE.search(head[: m.start()]) is not None


# A question asking the filing's own date ("the date of this SAI supplement"), and the words
# just before a date that make it the date of a supplement ("This Supplement is dated").
OWN_DATE_RE = re.compile(
    # (not "the date of the SAI this supplement revises": a date of the SAI)
    # (a fund's name may stand before "supplement": "the date of the Harbor Growth Fund
    # supplement that ...")
    r"\b(?:date\s+of|when\s+(?:is|was))\s+(?:this|the)\s+"
    r"(?:(?!this\b|that\b|the\b|which\b|its\b)[\w/&.'’-]+\s+){0,6}"
    r"(?:supplement|sticker|filing)s?\b(?!\s+to\b)"
    # "what date is on this SAI supplement?", "which date is this supplement from?"
    r"|\b(?:what|which)\s+date\s+(?:is|was)\s+(?:(?:printed|shown|given|written|stated|"
    r"put)\s+)?(?:on\s+)?(?:this|the)\s+(?:(?!this\b|that\b|the\b|which\b|its\b)"
    r"[\w/&.'’-]+\s+){0,6}(?:supplement|sticker|filing)s?\b(?!\s+to\b)"
    r"|\b(?:supplement|sticker|filing)['’]s\s+(?:own\s+)?date\b"
    # "what date does the X prospectus supplement carry?"
    r"|\b(?:what|which)\s+date\s+(?:does|did)\s+(?:this|the)\s+(?:(?!this\b|that\b|the\b|"
    r"which\b|its\b)[\w/&.'’-]+\s+){0,6}(?:supplement|sticker|filing)\s+(?:carry|bear|have|"
    r"show|give|state)\b"
    # "Supplement date of the MIST/MSF SAI supplement?"
    r"|^\W*(?:the\s+)?(?:supplement|sticker|filing)\s+date\b"
)
SUPPLEMENT_DATED_RE = re.compile(
    r"\b(?:supplement|sticker)\s+(?:(?:is|was)\s+)?dated\s*(?:as\s+of\s+)?$", re.I
)
# A question asking when something starts: it takes effect, begins, becomes effective.
START_ASKED_RE = re.compile(
    r"\btak(?:e|es|ing)\s+effect\b|\beffective\b|\bbegin|\bstart|\bcommenc|\bgo(?:es)?\s+into\s+effect",
    re.I,
)
UNTIL_BEFORE_RE = re.compile(
    r"\b(?:until|through|thru|expir\w*|terminat\w*|ending|ends?|to)\s+(?:at\s+least\s+)?$", re.I
)
SINCE_BEFORE_RE = re.compile(r"\b(?:since|from|beginning|starting)\s+$", re.I)
# "shares are not available for purchase until September 30, 2025": a negated "until" dates
# when something starts, not when it ends
NOT_UNTIL_RE = re.compile(
    r"\b(?:not|no|never|neither|nor|cannot)\b[^.;:]{0,100}?\b(?:until|till)\s+$", re.I
)


# A decision and a start, said in a date's clause: "the Board approved ...", "effective ...".
DECISION_RE = re.compile(
    r"\b(?:approv\w*|adopt\w*|vot\w*|authoriz\w*|determin\w*|announc\w*|agreed|decid\w*)\b",
    re.I,
)
# A question asking when something was decided or met on ("when did the Board approve it?",
# "when was the meeting held?"): the day of a decision is then what is asked.
DECISION_ASKED_RE = re.compile(
    rf"{DECISION_RE.pattern}|\b(?:ok|okay|okayed|ok'd|meet\w*|met|held|hold|vote\w*|ballot|proxy|record|"
    r"supplement|sticker|filing|dated?)\b",
    re.I,
)
# A meeting's own date ("a special meeting of shareholders was held on ..."), and a clause that
# dates when something takes effect.
MEETING_SAID_RE = re.compile(r"\bmeeting\b[^.;]*?\b(?:held|convened|adjourned)\b", re.I)
EFFECTIVE_SAID_RE = re.compile(r"\beffective\b|\btak\w*\s+effect\b", re.I)
START_SAID_RE = re.compile(
    r"\b(?:effective|effect|begin\w*|began|commenc\w*|start\w*|on\s+or\s+about|as\s+of|"
    r"will\s+be|become\w*|reopen\w*|clos\w*|open\w*)\b",
    re.I,
)


# A sentence opening with a definite noun phrase ("The new fee ...", "This change ...").
DEFINITE_OPENING_RE = re.compile(
    r"^\W*(?:(?:this|these|such|those)\s+(?:(?:new|revised|reduced|increased|lower|higher|"
    r"amended|proposed)\s+)?|the\s+(?:new|revised|reduced|increased|lower|higher|amended|"
    r"proposed)\s+)([a-z][\w-]*)",
    re.I,
)


def _takes_up(text: str, previous: set[str]) -> bool:
    """Whether a sentence opens by taking up what the sentence before it named ("The new fee
    becomes effective ..." after "... the Fund's management fee to 0.40%.")."""
    m = DEFINITE_OPENING_RE.match(text)
    return bool(m and previous and stem(m.group(1).lower()) in previous)


def _decision_date(text: str, date: str) -> bool:
    """Whether a date is the day something was decided ("On May 20, 2025, the Board approved
    a reduction ..."): its clause says a decision and nothing of when it takes effect; or the
    day a meeting was held ("A special meeting ... was held on December 18, 2024")."""
    at = find_span(text, date)
    if at < 0:
        return False
    head, tail = _clause_around(text, at, at + len(date))
    clause = f"{head} {tail}"
    if MEETING_SAID_RE.search(clause) and not EFFECTIVE_SAID_RE.search(clause):
        return True
    return bool(DECISION_RE.search(clause)) and not START_SAID_RE.search(clause)


# The act a date is the day of, said just before it: "granted by the SEC on June 2, 2015",
# "approved on May 3", "effective as of July 1".
DATED_ACT_RE = re.compile(
    r"\b([a-z]{3,}ed)\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:on|as\s+of)\s+(?:or\s+about\s+)?$", re.I
)


def _dated_act(text: str, date: str) -> str | None:
    """The stem of the participle a date is the day of ("granted" of "an exemptive order
    granted by the SEC on June 2, 2015"), if the text says one right before it."""
    at = find_span(text, date)
    if at < 0:
        return None
    m = DATED_ACT_RE.search(text[max(0, at - 100) : at])
    return stem(m.group(1).lower()) if m else None


# A date a filing names by its event, right after it: 'January 1, 2024 (the "Effective Date")',
# '(the "Closing Date")'.
DATE_LABEL_RE = re.compile(
    r"^\s*\(\s*(?:the\s+|each\s+a\s+|an?\s+)?[“\"‘]([A-Z][\w\s-]{0,30}?\s+Date)[”\"’]\s*\)"
)
# Labels of a decision's day.
DECISION_LABEL_RE = re.compile(
    r"\b(?:approval|announcement|decision|declaration|board|meeting)\b", re.I
)


def _labelled_other_event(text: str, date: str) -> bool:
    """Whether the filing names a date right after it as the day of an event other than a
    decision ('(the "Effective Date")', '(the "Closing Date")')."""
    at = find_span(text, date)
    if at < 0:
        return False
    m = DATE_LABEL_RE.match(text[at + len(date) :])
    return m is not None and DECISION_LABEL_RE.search(m.group(1)) is None


def _decision_act(act: str | None, stems: Sequence[str]) -> bool:
    """Whether the act a date is said to be the day of (if any) may be a decision asked."""
    return act is None or act in stems or bool(DECISION_RE.search(act))


def _asked_bound(question: str) -> str | None:
    if UNTIL_ASKED_RE.search(question):
        return "until"
    if SINCE_ASKED_RE.search(question):
        return "since"
    return None


def _date_bound(text: str, date: str) -> str | None:
    """Whether a date ends a period ("until April 30, 2024") or starts one ("since 2012")."""
    at = find_span(text, date)
    if at < 0:
        return None
    before = text[max(0, at - 30) : at]
    if NOT_UNTIL_RE.search(text[max(0, at - 130) : at]):
        return "since"
    if UNTIL_BEFORE_RE.search(before):
        return "until"
    if SINCE_BEFORE_RE.search(before):
        return "since"
    return None


def _beside_name(text: str, span: str, names: set[str]) -> bool:
    """Whether a span ("58") stands right after one of the names' surnames: "Garrow, 58",
    "Garrow (58)", "Garrow, age 58", "Quill, the 86-year-old founder"."""
    at = find_span(text, span)
    if at < 0:
        return False
    before = text[max(0, at - 40) : at].lower()
    for name in names:
        surname = surname_word(re.sub(r"['’]s$", "", name.strip())) if name.split() else ""
        found = before.rfind(surname) if surname else -1
        if found >= 0 and BESIDE_RE.fullmatch(before[found + len(surname) :]):
            return True
    return False


# What may stand between a surname and the age printed for it.
BESIDE_RE = re.compile(r"[\s,()]*(?:age[sd]?:?\s*|the\s+)?")  # "Quill, the 86-year-old"


def measures_match(u: Understanding, text: str) -> bool:
    """Whether a sentence speaks of the measure an amount question asks ("the expense
    limit": "limit expenses to ...")."""
    return _measures_match(u, set(stems_of(text)), text)


def _measures_match(u: Understanding, sent_stems: set[str], text: str) -> bool:
    for asked_re, answer_re in MEASURE_PHRASES:
        if asked_re.search(u.question) and not answer_re.search(text):
            return False
    asked = {s for s in u.stems if s in MEASURE_STEMS}
    if not asked:
        return True
    expanded = asked | {syn for s in asked for syn in SYNONYMS.get(s, ())}
    if has_percentage(text):  # "8%" says a percentage
        sent_stems = sent_stems | PERCENT_STEMS
    if expanded & sent_stems:
        return True
    # "the minimum share of net assets" is said as a bound: "not less than 50%", "up to 15%"
    bounds = verify.lexicon()["superlatives"]["bound"]
    said = verify.words(text)
    return any(
        stem(word) in asked and any(verify.has_phrase(said, b) for b in bounds[way])
        for word, way in (("minimum", "down"), ("maximum", "up"))
    )


def _clip(text: str, budget: int, focus: Sequence[str]) -> str:
    """A sentence cut to ``budget`` characters, keeping its first focus span when it has one."""
    if len(text) <= budget:
        return text
    at = text.find(focus[0]) if focus else 0
    start = max(0, min(at - budget // 3, len(text) - budget + 2))
    piece = text[start : start + budget - 2].strip()
    return ("…" if start else "") + piece + "…"


# A piece of a cut answer shorter than this says nothing: too many values far apart are shown
# as the window around the first.
TRIM_MIN_WIDTH = 40


def trim(
    text: str,
    focus: Sequence[str] = (),
    lead: int = MAX_ANSWER_CHARS // 3,
    limit: int = MAX_ANSWER_CHARS,
) -> str:
    """Shorten a sentence to ``limit`` characters (the answer length limit), keeping the part
    around the focus spans (around each of them, joined by "…", when they are too far apart for
    one window), with about ``lead`` characters before the first."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    lead = min(lead, limit // 3)
    found = sorted((i, i + len(f)) for f in dict.fromkeys(focus) if f and (i := text.find(f)) >= 0)
    if len(found) > 1 and found[-1][1] - found[0][0] > limit - TRIM_MARGIN:
        width = limit // len(found) - 2
        windows: list[list[int]] = []
        for begin, end in found:
            start = max(0, min(begin - width // 3, end - width // 2))
            if windows and start <= windows[-1][1]:  # (overlapping windows are one piece)
                windows[-1][1] = max(windows[-1][1], start + width)
            else:
                windows.append([start, start + width])
        pieces = [text[a:b].strip() for a, b in windows]
        if len(windows) == 1 or width < TRIM_MIN_WIDTH or sum(b - a for a, b in windows) > limit:
            # (one piece after all, or pieces too long together: around the first focus)
            at = found[0][0]
            start = max(0, min(at - lead, len(text) - (limit - 2)))
            pieces = [text[start : start + limit - 2].strip()]
            return (
                ("…" if start else "") + pieces[0] + ("…" if start + limit - 2 < len(text) else "")
            )
        return ("…" if windows[0][0] > 0 else "") + " … ".join(pieces) + "…"
    keep = limit - 2  # characters of text; the rest is for the "…" marks
    at = found[0][0] if found else 0
    start = max(0, min(at - lead, len(text) - keep))
    if found and found[-1][1] > start + keep:
        start = found[-1][1] - keep
    if start < lead and at <= keep // 2 and not (found and found[-1][1] > keep):
        start = 0  # cutting so little from the start is not worth losing its first words
    if start:  # begin at a word
        space = text.find(" ", start, max(start, at))
        start = space + 1 if space >= 0 else start
    piece = text[start : start + keep]
    tail = "…" if start + keep < len(text) else ""
    return ("…" if start else "") + piece.strip() + tail


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
