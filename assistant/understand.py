"""Understanding a question: intent, expected answer type, key terms, and follow-up context."""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant import documents, form_codes, headings, spans, wordforms
from assistant.share_classes import MARK_RE, share_classes
from index.entities import wordset
from index.stemming import stem
from index.textsafe import safe_line

# Longest question we analyse; the rest is ignored (a 10 KB paste is still answered or refused).
MAX_QUESTION_CHARS = 1000

INTENTS = (
    "managers",
    "manager_detail",
    "adviser",
    "dates",
    "amounts",
    "funds",
    "change",
    "risks",
    "objective",
    "definition",
    "general",
)

WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[.'’&-][A-Za-z0-9]+)*")

# Words that carry no evidence of their own: question words, fillers and the vocabulary every
# filing shares. They are left out of the key terms an answering sentence must cover.
STOP = frozenset(
    [
        # words that frame what is asked, not what it is about ("what does the merger need?")
        "need",
        "needs",
        "needed",
        "happen",
        "happens",
        "happened",
        "specifically",
        "exactly",
        "thing",
        "things",
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "could",
        "do",
        "does",
        "did",
        "for",
        "from",
        "have",
        "has",
        "had",
        "having",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "might",
        "must",
        "not",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "these",
        "those",
        "to",
        "us",
        "we",
        "when",
        "will",
        "with",
        "you",
        "your",
        "yet",
        "another",
        "some",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "why",
        "how",
        "i",
        "me",
        "my",
        "our",
        "there",
        "their",
        "them",
        "they",
        "he",
        "she",
        "his",
        "her",
        "was",
        "were",
        "been",
        "being",
        "than",
        "then",
        "so",
        "such",
        "about",
        "after",
        "before",
        "over",
        "under",
        "per",
        "any",
        "each",
        "all",
        "both",
        "shall",
        "would",
        "should",
        "also",
        "just",
        "only",
        "very",
        "much",
        "many",
        "most",
        "more",
        "less",
        "new",
        "now",
        "currently",
        "current",
        "fund",
        "funds",
        "portfolio",
        "portfolios",
        "etf",
        "etfs",
        "trust",
        "series",
        "prospectus",
        "sai",
        "supplement",
        "supplements",
        "filing",
        "document",
        "this?",
        "please",
        "tell",
        "say",
        "says",
        "said",
        "according",
        "give",
        "list",
        "kind",
        "kinds",
    ]
)

# Verbs that open a question as a request ("Name the funds ..."), not as a word to find.
IMPERATIVES = frozenset({"name", "identify", "describe", "explain", "summarize", "summarise"})

# Words that say which filing a question asks about ("the portfolio manager supplement", "the
# August 2025 sub-advisor termination supplement"): they locate it, they ask nothing.
DOCUMENT_DESCRIBED_RE = re.compile(
    r"\b(?:(?!(?:in|of|the|this|that|these|to|by|a|an|from|on|for|per|under|its|and|will|would|"
    r"is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|must|shall|should)\b)"
    r"[\w-]+\s+)"
    r"{1,3}(?=(?:supplement|filing|sticker|change|update|notice)s?\b)",
    re.I,
)

# Hedges and fillers ("roughly how much", "typically hold") that no filing sentence needs.
FILLERS = frozenset(
    [
        "roughly",
        "approximately",
        "typically",
        "generally",
        "usually",
        "normally",
        "versus",
        "vs",
        "long",
        "happen",  # "what happens to Class B shares?": the filing says what they do
        "happens",
        "happened",
        "become",  # "when does the fund become non-diversified?": the filing says what it is
        "becomes",
        "became",
        "becoming",
        # how a question frames what it asks, no word of the evidence: "which funds get the new
        # managers?", "what risks does it flag?", "on what condition?", "what does the role
        # involve?"
        "get",
        "gets",
        "getting",
        "got",
        "go",
        "goes",
        "ahead",
        "flag",
        "flags",
        "flagged",
        "involve",
        "involves",
        "involved",
        "cases",
        "situation",
        "situations",
        "condition",
        "conditions",
    ]
)

# A question after a fund's old name ("what was the fund's former name?").
FORMER_NAME_RE = re.compile(
    r"\b(former|previous|prior|old|earlier)\s+name\b|\bformerly\b|\bused\s+to\s+be\s+called\b"
    r"|\bpreviously\s+(called|named|known)\b|\bcalled\s+before\b",
    re.I,
)


# Phrasal verbs, read as the one word filings use ("take effect" asks what a filing says is
# "effective", "take place" when something is "held"): data/synonyms.json, every form of the
# verb (expanded by assistant.wordforms).
@functools.cache
def _phrasal() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every form of every phrasal verb, and each form -> the word it means."""
    means: dict[str, str] = wordforms.forms()["phrases"]
    alternatives = sorted(means, key=len, reverse=True)
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives) + r")\b",
        re.I,
    )
    return pattern, means


def plain_verbs(text: str) -> str:
    """The text with each phrasal verb replaced by the word filings use for it."""
    pattern, means = _phrasal()
    return pattern.sub(lambda m: means[" ".join(m.group(1).lower().split())], text)


# A second question asking for a date: "..., and until when?", "and on what date?".
ALSO_WHERE_RE = re.compile(r"\band\s+where\s+(?:is|are|was|were)\b", re.I)
ALSO_WHEN_RE = re.compile(
    r"\band\s+(?:(?:until|till|by|from|since|starting|as\s+of)\s+)?when\b"
    r"|\band\s+(?:on\s+|as\s+of\s+|from\s+)?(?:what|which)\s+(?:date|day)\b"
    r"|\band\s+for\s+how\s+long\b",
    re.I,
)

# Words that mark a question as leaning on the previous turn.
PRONOUN_RE = re.compile(
    r"\b(he|she|him|her|his|hers|they|them|their|it|its|this fund|the other)\b", re.I
)
FOLLOWUP_START_RE = re.compile(
    r"^\s*(and|what about|how about|also|since when|when|what|who|which|where|how)\b", re.I
)


@dataclass(frozen=True)
class Turn:
    """What one earlier question was about, for resolving follow-ups."""

    question: str
    intent: str
    persons: tuple[str, ...] = ()
    funds: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    doc: str | None = None
    understanding: Understanding | None = None


@dataclass
class Conversation:
    """The conversation so far: the front ends pass it back to the engine on every question."""

    turns: list[Turn] = field(default_factory=list)

    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def remember(self, turn: Turn) -> None:
        self.turns.append(turn)
        del self.turns[:-20]

    def clear(self) -> None:
        self.turns.clear()


@dataclass(frozen=True)
class Understanding:
    question: str  # cleaned, one line
    intent: str
    answer_type: str  # person | org | date | amount | fund | list | sentence
    detail: str | None  # manager_detail: title | joined | previous | since | holdings
    terms: tuple[str, ...]  # content words in question order (lower case)
    stems: tuple[str, ...]  # their Porter stems
    compounds: tuple[str, ...] = ()  # hyphenated words ("front-end", "7-day"): must be matched
    share_classes: tuple[str, ...] = ()  # "Class I", "Investor Class": the answer must be about it
    wants_departure: bool = False
    wants_addition: bool = False
    wants_date_too: bool = False  # "..., and until when?": a date besides the main answer
    wants_place_too: bool = False  # "..., and where is it based?": a place besides it
    count: int = 0  # "which two portfolios": how many answers the question asks for
    # "which law firm": words that only say what kind of thing is asked for, which the
    # answering sentence need not repeat
    descriptors: tuple[str, ...] = ()
    # "what does the revised section call out?": words that point at the filing's own text,
    # searched for but not required of the answering sentence
    references: tuple[str, ...] = ()


def clean_question(text: str) -> str:
    return safe_line(text).strip()[:MAX_QUESTION_CHARS]


def content_terms(text: str) -> list[str]:
    """Words of the question that carry meaning, lower-cased, in order, without repeats."""
    seen: list[str] = []
    text = plain_verbs(text)
    for n, word in enumerate(WORD_RE.findall(text)):
        low = word.lower().replace("’", "'")
        if n == 0 and low in IMPERATIVES:  # "Name the portfolio managers": no word to find
            continue
        if low.endswith("'s"):
            low = low[:-2]
        if low.endswith("n't"):  # "don't", "isn't", "won't": an auxiliary, no evidence
            continue
        if low in STOP or low in FILLERS or (len(low) < 2 and not low.isdigit()):
            continue
        if low not in seen:
            seen.append(low)
    return seen


def _has(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


DETAIL_PATTERNS = (
    (
        "previous",
        r"\b(before|previous(ly)?|prior|formerly|earlier)\b.*"
        r"\b(work|firm|employ|role|job|join|do|did|position)|\bwhere (did|was|were)\b|"
        r"\b(job|role|position|employer|firm)\b.*\b(previous(ly)?|formerly|earlier|before)\b|"
        r"\bwork(ed|ing)? before\b|previous (firm|employer|role|job)|background",
    ),
    ("title", r"\b(titles?|positions?|roles?|jobs?)\b|\bwhat (is|are) .* (titles?|positions?)"),
    (
        "joined",
        r"\b(re)?join(ed|ing|s)?\b|\bhired?\b|\bhiring\b|\bbeen (with|at)\b|"
        r"\b(since when|how long|when|what year|which year)\b.*"
        r"\b(work(ed|s|ing)? (at|for)|employed (by|at|with))\b|"
        r"how long has .* been (with|at)\b",
    ),
    (
        "since",
        r"\bsince when\b|\bhow long\b|\bsince what\b|\bwhen did .* start\b|\bstart(ed)? as\b"
        r"|\b(?:when|what year|which year) did .* become .*\b(?:manager|co-manager)\b",
    ),
    ("holdings", r"\bown\b|\bbeneficially\b|\bdollar range\b"),
    (
        "credentials",
        r"\b(degree|degrees|credential|credentials|cfa|education|designations?|certifications?"
        r"|charters?|charterholders?|post-?nominals?)\b",
    ),
)


def details_asked(question: str) -> list[str]:
    """Every person detail a question asks for, in the order of DETAIL_PATTERNS."""
    q = question.lower()
    return [detail for detail, pattern in DETAIL_PATTERNS if _has(pattern, q)]


# A follow-up's opening word that is no part of what it asks.
LEAD_CONJUNCTION_RE = re.compile(r"^\s*(?:and|also|so|but|then|ok|okay|now)\b[\s,]*")
# "Which fund does this supplement cover?": the funds a filing is about.
FUNDS_OF_FILING_RE = re.compile(
    r"^\s*(?:(?:and|also|so|then|now)\s+)?(?:which|what)\s+(?:[\w.&'’-]+\s+){0,4}?"
    r"(?:funds?|series|portfolios?)\s+(?:[\w/'’-]+\s+){0,6}?(?:does|do|is|are)\s+"
    r"(?:(?:covered|listed|named)\s+(?:by|in)\s+)?"
    r"(?:this|the)\s+(?:[\w/'’-]+\s+){0,5}?(?:supplement|filing|document|notice)\b"
    # "(tell me) which funds this supplement covers": a question set inside a request
    r"|^\s*(?:which|what)\s+(?:[\w.&'’-]+\s+){0,4}?(?:funds?|series|portfolios?)\s+(?:this|the)\s+"
    r"(?:[\w/'’-]+\s+){0,5}?(?:supplement|filing|document|notice)\s+"
    # ("... supplement to the currently effective prospectuses lists")
    r"(?:(?:to|of|for)\s+(?:[\w/'’-]+\s+){1,5}?)?"
    r"(?:covers|includes|lists|names|applies\s+to|amends|concerns|is\s+(?:for|about))\b"
)


# The words a question about which funds a filing covers is made of, besides its wh-word:
# fund nouns, filing nouns, and verbs of covering ("Which funds are affected by this
# supplement?", "What funds are covered?", "List the funds in this filing.").
FUND_NOUNS = frozenset({"fund", "funds", "portfolio", "portfolios", "series", "etf", "etfs"})
FILING_NOUNS = frozenset(
    {"supplement", "filing", "document", "notice", "prospectus", "prospectuses", "sai",
     "summary", "statement", "sticker", "497", "497k"}
)  # fmt: skip
FILING_SCOPE_WORDS = frozenset(
    {"cover", "covers", "covered", "affect", "affects", "affected", "apply", "applies",
     "relate", "relates", "related", "include", "includes", "included", "list", "listed",
     "named", "impact", "impacted", "concern", "concerns", "concerned",
     "involve", "involved", "mention", "mentioned", "discuss", "discussed", "subject",
     "additional", "information", "current", "currently", "effective"}
)  # fmt: skip
FILING_SCOPE_ASK_RE = re.compile(
    # (after a terse topic: "X Rule 22e-4 supplement: list the covered funds ...")
    r"^(?:[^:?]{3,120}:\s*)?\s*(?:which|what|list|name|identify|show)\b",
    re.I,
)


# The words between the wh-word and the fund noun of such a question ("which two Perkins
# funds", "which Wells Fargo Advantage funds"), and a trust it asks the series of ("which funds
# of Franklin Global Trust are listed?").
FUND_MODIFIERS_RE = re.compile(
    # (a name of capitalised words may run to six: "Which Franklin Real Estate Securities Trust
    # funds ...?")
    r"^\s*(?:(?:and|also|so|then|now)\s+)?(?:which|what)\s+((?:[\w.&'’-]+\s+){1,4}?"
    # ("which MFS high-income or high-yield bond funds": alternatives joined by "or")
    r"|(?:[\w.&'’-]+\s+){0,2}?[\w.&'’-]+\s+or\s+(?:[\w.&'’-]+\s+){1,3}?"
    r"|(?:(?-i:[A-Z])[\w.&'’-]*\s+){5,6}?)(?:funds?|series|portfolios?)\b",
    re.I,
)
SERIES_OF_RE = re.compile(
    r"\b(?:funds?|series|portfolios?)\s+(?:(?:is|are)\s+)?(?:(?:listed|included|grouped)\s+)?"
    r"(?:of|in|under)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){1,6}(?:Trust|Funds|Series|Company|Inc\.?))"
)


# A registrant's name, by its last word ("Franklin Global Trust", "Harborgate Funds"): in a
# cover's list of funds, or before a question's fund noun ("which X Trust series ...?").
REGISTRANT_END_RE = re.compile(
    r"\b(?:Trust|Funds|Series|Company|Inc\.?)(?:\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X))?$"
)  # ("X Trust IV")


def filing_funds_narrowed(question: str) -> tuple[list[str], str | None]:
    """What a question asking the filing's funds narrows them by: the words before the fund
    noun that are no count ("Perkins"), and the trust whose series it asks for, if any."""
    m = FUND_MODIFIERS_RE.search(question)
    named = m.group(1).strip() if m else ""
    if (
        named[:1].isupper()
        and SERIES_OF_RE.search(question) is None
        and REGISTRANT_END_RE.search(named)
    ):
        # "which Harborgate Municipal Trust series ...?": the series of that trust
        return [], named
    words = [
        w
        for w in (m.group(1).split() if m else [])
        if not w.isdigit()
        and w.lower() not in NUMBER_WORDS
        and (w.lower() not in STOP or w.lower() == "or")  # ("growth or value funds")
    ]
    trust = SERIES_OF_RE.search(question)
    return words, trust.group(1) if trust else None


# Funds asked by a word of their names ("the funds with International in their name", "which
# funds have 'Income' in the name?").
NAME_HOLDS_RE = re.compile(
    r"\b(?:with|having|that\s+have|which\s+have|have|has|contain(?:s|ing)?|includ(?:e|es|ing))"
    r"\s+(?:the\s+words?\s+)?[\"“‘']?((?:[\w&'’-]+\s+){0,2}?[\w&'’-]+)[\"”’']?\s+in\s+"
    r"(?:their|its|the(?:ir)?|each)\s+(?:fund\s+)?names?\b",
    re.I,
)


def name_words(question: str) -> list[str]:
    """The words a question requires of the names of the funds it asks for ("International" of
    "the funds with International in their name"); [] when it requires none."""
    m = NAME_HOLDS_RE.search(question)
    return [w.strip("'’‘\"“”") for w in m.group(1).split()] if m else []


# The words a question describes the filing by, between an article and the filing's noun
# ("the Dec 2018 Janus Henderson Rule 22e-4 supplement", "this retail-funds supplement", "the
# retail funds list").
FILING_DESCRIPTION_RE = re.compile(
    r"\b(?:the|this|its)\s+((?:[\w().,/&-]+\s+){1,8}?)(?:supplement|sticker|filing|list)s?\b", re.I
)


# The term a question asks the meaning of: quoted, or after "mean(t) by", "define", "definition
# of", "meaning of", or before "mean" ("what does X mean?") or ", as ... defines it".
QUOTED_TERM_RE = re.compile(
    r"[“\"]([^”\"]{2,60})[”\"]|(?<![A-Za-z])['‘]([^'’]{2,60})['’](?![A-Za-z])"
)
TERM_ASKED_RES = (
    re.compile(
        r"\b(?:meant?\s+by|define[sd]?|definition\s+of|defintion\s+of|meaning\s+of)\s+"
        r"(?:the\s+(?:term\s+)?|an?\s+)?([\w\s&/-]{2,60}?)\s*(?:\?|$|,|\.|\s+(?:in|as|for|under)\b)",
        re.I,
    ),
    re.compile(r"^\s*what\s+does\s+(?:the\s+term\s+)?([\w\s&/-]{2,60}?)\s+mean\b", re.I),
    # an abbreviation ("what does NRSRO stand for?", "what is NAV short for?"), asked after a
    # phrase that places it too ("In the prospectus, what does ...")
    re.compile(
        r"\bwhat\s+(?:does|do|is|are)\s+(?:the\s+(?:abbreviation|acronym|initials)\s+)?"
        r"[\"“‘']?([\w&/.-]{2,20}?)[\"”’']?\s+(?:stands?\s+for|short\s+for)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:abbreviation|acronym|initials)\s+[\"“‘']?([A-Z][\w&/.-]{1,19}?)[\"”’']?\s*"
        r"(?:\?|$|,|\s+(?:stands?|mean|in)\b)",
    ),
    re.compile(
        r"^\s*what(?:'s|’s|\s+is)\s+(?:an?\s+|the\s+)?([\w\s&/-]{2,60}?),?\s+as\s+.*\bdefines?\b",
        re.I,
    ),
)
# A question for a name, a person or a time ("which rule defines a qualified client?"): no
# meaning of a term is asked.
NOT_MEANING_RE = re.compile(r"\b(?:which|who|whom|whose|when|where)\b", re.I)
# A question asking what a term means.
DEFINITION_ASKED_RE = re.compile(
    r"\b(?:mean|means|meant|define|defines|defined|definition|defintion|meaning)\b"
    r"|\bstands?\s+for\b|\bshort\s+for\b|\babbreviat\w*",
    re.I,
)


def term_asked(question: str) -> str | None:
    """The term a question asks the meaning of ("investable assets" of "what does the
    prospectus mean by 'investable assets'?"), or None when it asks no meaning."""
    if not DEFINITION_ASKED_RE.search(question) or NOT_MEANING_RE.search(question):
        return None
    quoted = QUOTED_TERM_RE.search(question)
    if quoted:
        return (quoted.group(1) or quoted.group(2)).strip()
    for pattern in TERM_ASKED_RES:
        m = pattern.search(question.strip())
        term = " ".join(m.group(1).split()) if m else ""
        if term and term.lower() not in ("it", "them", "this", "that", "these", "those"):
            return term
    return None


WHICH_TRUST_RE = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:trust|registrant)\b", re.I)


def asks_funds_of_filing(question: str) -> bool:
    """Whether a question asks which funds the filing itself covers, in any of the ways one
    says so, and nothing more ("Which funds will be merged into X?" asks more; "which trust is
    X listed under?" asks for a trust)."""
    if WHICH_TRUST_RE.search(question):
        return False
    if FUNDS_OF_FILING_RE.search(question.lower()):
        return True
    low = question.lower()
    said = re.findall(r"[a-z0-9]+", low)
    if not FILING_SCOPE_ASK_RE.match(low) or not FUND_NOUNS & set(said):
        return False
    refers = bool(FILING_NOUNS & set(said) or FILING_SCOPE_WORDS & set(said) or "this" in said)
    series_of = SERIES_OF_RE.search(question)  # "the funds of Harborgate Trust": which ones
    of_trust = set(content_terms(series_of.group(1))) if series_of else set()
    # the words that narrow them ("which bond funds"), and names ("among the Harborgate funds
    # covered here"): the funds' own words
    narrowing = {w.lower() for w in [*filing_funds_narrowed(question)[0], *name_words(question)]}
    if name_words(question):
        narrowing |= {"name", "names"}
    names = {w.lower() for w in re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’-]*", question)}
    # the filing's date ("the June 6, 2012 supplement") says which filing, not what is asked;
    # so do the words that describe it ("the liquidity-risk (Rule 22e-4) supplement")
    names |= {w.lower() for d in spans.dates(question) for w in re.findall(r"\w+", d)}
    for m in FILING_DESCRIPTION_RE.finditer(question):
        names |= {w.lower() for w in content_terms(m.group(1))}
    topic = re.match(r"^([^:?]{3,120}):", question)  # "X Rule 22e-4 supplement: list ..."
    if topic and FILING_NOUNS & set(re.findall(r"[a-z0-9]+", topic.group(1).lower())):
        names |= {w.lower() for w in content_terms(topic.group(1))}
    rest = [
        w
        for w in content_terms(question)
        if w not in FUND_NOUNS
        and w not in FILING_NOUNS
        and w not in FILING_SCOPE_WORDS
        and w not in of_trust
        and w not in narrowing
        and w not in names
        and w not in AMONG_WORDS
        and w.lower() not in NUMBER_WORDS  # "which three portfolios": a count of them
        and not w.isdigit()
    ]
    return refers and not rest


# Words that place the funds asked among those the filing covers ("among the funds covered
# here"), naming nothing of their own.
AMONG_WORDS = frozenset({"among", "amongst", "here", "herein", "therein"})


# A question asking for one fund: "Into which portfolio ...", "Which fund will absorb ...".
WHICH_FUND_RE = (
    r"^\s*(?:(?:into|to|from|with|in)\s+)?(?:which|what)\s+(?:\w+\s+)?(?:fund|portfolio)\b"
)


OBJECTIVE_WORDS = (
    r"\b(objective|objectives|aim|aims|seek|seeks|goal|goals|intended for|meant for|designed for|"
    r"trying to achieve|try to achieve|tries to achieve|trying to accomplish|set out to achieve)\b"
)
# A question asking when.
# A question that asks a time first ("when did X earn ...?", "in what year did X ..."): a date
# is what it asks for, whatever detail of a person it names.
TIME_ASKED_FIRST = (
    r"^\s*(?:when|(?:in|since|as\s+of)\s+(?:what|which)\s+year|(?:what|which)\s+year)\b"
)
WHEN_ASKED = (
    r"^\s*(when|by when|as of when|on what date|what date|since when|until when|till when|"
    r"through when|until what date|through what date|as of what date|by what date|"
    r"starting when|from when)\b"
)
# Words by which a question asks for an amount rather than for a firm or a person.
AMOUNT_ASKED = r"\b(fee|fees|rate|rates|how much|percent\w*|basis points|ratio)\b"
# What a fund invests in, asked: "invests ... in what?", "what does it invest ... in?".
INVESTS_IN_WHAT_RE = (
    r"\binvest\w*\b[^?]*\bin\s+what\s*\??\s*$"
    r"|^\s*(?:in\s+)?what\s+(?:does|do|will|did)\b[^?]*\binvest\w*\b[^?]*\bin\s*\??\s*$"
    r"|^\s*in(?:to)?\s+what\b(?!\s+(?:amount|percent|share|proportion)\b)[^?]*\binvest\w*\b"
)


# The head nouns of wh-phrases and the answer type each asks for (data file).
TARGETS_FILE = Path(__file__).parent / "data" / "targets.json"
# "which", "what", and "what is the" / "what's the": the noun phrase that follows says what is
# asked ("which private equity firm", "what is the new threshold").
WH_PHRASE_RE = re.compile(
    r"\b(?:which|what)\b(?:\s+(?:is|are|was|were)\s+(?:the|an?)\b|['’]s\s+(?:the|an?)\b"
    # "what was Harborgate Capital's target allocation?": a named possessor after the verb
    r"|\s+(?:is|are|was|were)(?=\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,5}['’]s?\s))?",
    re.I,
)
# Words that end the wh-phrase's noun phrase: verbs, prepositions, conjunctions.
PHRASE_END = wordset(
    "is are was were be been do does did will would has have had can could may might must "
    "shall should of to in for on at by with from into onto as that who whom whose which what "
    "and or if than about after before under over per during apply applies applied"
)
# A time adverb ends a wh-phrase: "what is the expense ratio right now?"
TIME_ADVERBS = wordset("now currently presently today")
# "How many ...", "how much ...": a number or an amount, whatever the question is about.
# (after a hedge, "about how many ...", "roughly how much ...", or a phrase set before it by a
# comma, "In the 2010 supplement, how many ...")
HOW_LEAD = (
    r"^\s*(?:(?:(?!\b(?:what|which|who|whom|whose|when|where|why|how)\b)[^,?]){1,80},\s*)?"
    r"(?:(?:and|so|but)\s+)?"
    r"(?:(?:about|approximately|roughly|around|approx\.?|exactly|precisely|just)\s+)?"
)
HOW_MUCH_RE = re.compile(HOW_LEAD + r"how\s+(?:many|much)\b", re.I)
# "How many portfolio managers does the fund have?": what is counted (up to the verb).
HOW_MANY_RE = re.compile(HOW_LEAD + r"how\s+many\s+", re.I)
COUNT_PHRASE_MAX = 4
TIME_UNITS = frozenset({"days", "weeks", "months", "years", "quarters"})


def counted(question: str) -> tuple[str, str | None] | None:
    """What a how-many question counts: its noun phrase and the list the engine can count it
    from ("managers", "funds"; None when it reads none), or None for another question."""
    m = HOW_MANY_RE.match(question)
    if m is None:
        return None
    said: list[str] = []
    for word in WORD_RE.findall(question[m.end() :]):
        low = word.lower()
        if low in PHRASE_END or len(said) >= COUNT_PHRASE_MAX:
            break
        said.append(low)
        if len(low) > 2 and low.endswith("s"):
            break  # the plural noun counted ends the phrase ("funds make up ...")
    if not said:
        return None
    noun = " ".join(said)
    head = said[-1]
    lists = _targets()["_counted"]
    return noun, next((kind for kind, heads in lists.items() if head in heads), None)


# "The name of X" asks for X.
NAME_WORDS = frozenset({"name", "names"})
# The wh-phrase is read this many words far at most.
MAX_PHRASE_WORDS = 10
# A column a question names by its wh-phrase: at most this many words after the wh-word.
MAX_HEAD_WORDS = 3


@functools.cache
def _targets() -> dict:
    """The wh-phrase vocabulary (data file), read once."""
    return json.loads(TARGETS_FILE.read_text(encoding="utf-8"))


@functools.cache
def superlatives() -> frozenset[str]:
    """The superlatives a question may ask by ("lowest", "longest"; data/constraints.json)."""
    data = json.loads(TARGETS_FILE.with_name("constraints.json").read_text(encoding="utf-8"))
    return frozenset(data["superlatives"]["words"])


# "the agency MBS portfolio managers", "which DF Dent PMs": the words before the team noun.
TEAM_QUALIFIED_RE = re.compile(
    r"\b(?:the|are|which|list|name)\s+((?:[\w&’'-]+\s+){1,4}?)(?:portfolio\s+)?"
    r"(?:managers|manager|pms|pm)\b",
    re.I,
)


@functools.cache
def _plain_team_words() -> frozenset[str]:
    data = json.loads(TARGETS_FILE.with_name("constraints.json").read_text(encoding="utf-8"))
    return frozenset(data["team_qualifiers"]["plain"])


def team_qualifier(question: str) -> str:
    """The words a question narrows a fund's managers by ("agency MBS" of "who are the agency
    MBS portfolio managers?"), or "" when it names the team plainly ("the fund's current
    portfolio managers"; data/constraints.json "team_qualifiers")."""
    m = TEAM_QUALIFIED_RE.search(question)
    if m is None:
        return ""
    words = m.group(1).split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    plain = _plain_team_words()
    low = [w.lower().replace("’", "'") for w in words]
    if not words or any(w in plain or w.split("-")[0] in plain for w in low):
        return ""  # "the fund's new PMs", "the Harbor Income Fund PMs": no narrowing words
    return " ".join(words)


@functools.cache
def target_nouns() -> dict[str, str]:
    """Head noun -> the answer type a wh-phrase ending in it asks for ("none": free text)."""
    data = _targets()
    return {
        noun: kind for kind, nouns in data.items() if not kind.startswith("_") for noun in nouns
    }


# Words by which a wh-phrase insists on one of a kind ("which specific fund's shares"): no noun
# of what is asked.
WH_MODIFIERS = frozenset({"specific", "particular", "exact", "individual", "single", "one"})


def asked_target(question: str) -> tuple[str | None, int]:
    """What the first wh-phrase asks for: (answer type of its head noun, how many are asked).

    The head is the run of known lower-case nouns the phrase reaches first, and its type is
    that of the run's last noun: "which fund share class" asks for share classes (type
    "class"), "what fee rate" for an amount, "which sub-advisers run ..." for organisations.
    Capitalised words (names, acronyms) are passed over; a possessor is not the head ("what is
    the fund's objective"). The type is None when the question has no such phrase ("who",
    "when") or its nouns are not in the vocabulary. The count is that of a number word before
    the head ("which two portfolios"), else 0.
    """
    if HOW_MUCH_RE.match(question):  # "How many shareholders ...?" asks for a number
        count = counted(question)
        if count is not None and count[0].split()[-1] in TIME_UNITS:
            return "period", 0  # "how many days must shares be held?": a length of time
        return "amount", 0
    m = WH_PHRASE_RE.search(question)
    if m is None:
        return None, 0
    nouns = target_nouns()
    run: list[str] = []
    count = 0
    owner: str | None = None  # the type of a possessor ("the adviser's name": a firm)
    # (a named possessor right after the verb: "what was Harborgate Capital's allocation?")
    named_possessor = m.group(0).split()[-1].lower() in ("is", "are", "was", "were")
    words = WORD_RE.findall(question[m.end() :])
    for n, word in enumerate(words):
        low = word.lower().replace("’", "'")
        if not run and low == "of" and n and words[n - 1].lower() in NAME_WORDS:
            continue  # "what is the name of the adviser?" asks for the adviser
        if n >= MAX_PHRASE_WORDS or (low in PHRASE_END and not run):
            break
        if low in TIME_ADVERBS or (low == "right" and words[n + 1 : n + 2] == ["now"]):
            break
        if not run and low in NAME_WORDS:
            if words[n + 1 : n + 2] == ["of"]:
                continue
            if named_possessor:
                return None, count  # "what is Jane Doe's title?": a person's post, no name
            # "what new name will the fund take?", "what was the fund's former name?"
            return owner or "none", count
        if low in ("class", "classes") and MARK_RE.fullmatch(" ".join(words[n + 1 : n + 2])):
            continue  # "what is the class A 5-year return?": a class named, not asked
        if (
            n
            and low != words[n - 1].lower()
            and MARK_RE.fullmatch(word)
            and (words[n - 1].lower() in ("class", "classes"))
        ):
            continue  # (the mark of that class)
        if low in nouns and (
            word[0].islower() or (ACRONYM_RE.fullmatch(word) and nouns[low] in ACRONYM_TARGETS)
        ):
            run.append(low)  # (an acronym the vocabulary knows too: "what NAV?", "which PMs")
            continue
        if run and _modifies_next(low, words[n + 1 : n + 2], nouns):
            continue  # "fund operating expenses": a gerund before a noun goes on with the run
        if run:
            break
        if low.endswith("'s") or low.endswith("'"):
            count = 0  # a possessor: the head comes after it
            owner = nouns.get(low.removesuffix("'s").removesuffix("'"))
            if (
                owner is not None
                and m.group(0).lower() in ("which", "what")
                and all(not w[0].islower() or w.lower() in WH_MODIFIERS for w in words[:n])
            ):
                # "which fund's sub-adviser was terminated?", "which specific Northwind
                # Advisor fund's Class B shares ...?" ask for a fund
                return owner, 0
        elif low in NUMBER_WORDS:
            count = NUMBER_WORDS[low]
    found = nouns[run[-1]] if run else None
    if found == "none" and any(nouns[w] == "amount" and w in BOUND_NOUNS for w in run[:-1]):
        found = "amount"  # "what minimum purchase applies?": the least a purchase may be
    if named_possessor and found == "none":
        found = None  # "what is Jane Doe's title?": what a person's word asks is read so
    return found, count


# An acronym, singular or plural ("NAV", "PMs"), and the answer types an acronym head may ask
# for (others name things a question mentions: "which SAI section ...?").
ACRONYM_RE = re.compile(r"[A-Z]{2,}s?")
ACRONYM_TARGETS = frozenset({"amount", "person"})


# Amount nouns that, before a noun of an act, ask how much of it is allowed ("minimum purchase").
BOUND_NOUNS = frozenset({"minimum", "maximum", "min", "max"})


# "invests at least 80% of its net assets in ...": "in" comes at most this many words after
# the verb of investing or holding.
INVESTS_IN_REACH = 8


def measured_words(
    question: str, skip: frozenset[str], holdings: frozenset[str], verbs: frozenset[str]
) -> tuple[str, ...]:
    """The words naming what an amount question measures, which its evidence must say: the
    head noun of the wh-phrase that is no amount noun itself ("what is the maximum remaining
    maturity" -> maturity, "what is the front-end sales charge" -> sales), and the words of
    what the fund invests in or holds, less the nouns any holding is called by ("invest in
    equity securities" -> equity). ``skip`` are words that narrow nothing ("new",
    "maximum"). Capitalised words (names, share classes) are checked by other constraints."""
    out: list[str] = []
    nouns = target_nouns()
    measures = frozenset(_targets()["_measured"])
    m = WH_PHRASE_RE.search(question)
    if m is not None and not HOW_MUCH_RE.match(question):
        head, after_noun = None, False
        for n, word in enumerate(WORD_RE.findall(question[m.end() :])):
            low = word.lower().replace("’", "'")
            if n >= MAX_PHRASE_WORDS or low in PHRASE_END:
                break
            if not word[0].islower() or low.endswith("'s") or low.endswith("'"):
                continue  # a name, a class, a possessor ("the fund's")
            if low in ARTICLES and head is not None:
                break  # a clause about the head starts ("the minimum market capitalization a
                # company must have")
            if low in STOP or low in skip:
                continue
            if low in nouns and low not in measures:
                # an amount noun heads the phrase: what it measures is said otherwise too
                # ("advisory fee rate"); a noun that is the measure ("minimum balance") is it
                head, after_noun = None, True
                continue
            if after_noun:
                break  # a word after the head noun: the phrase has ended ("... period triggers")
            head = low
        if head is not None:
            out.append(head)
    said = [w.lower().replace("’", "'") for w in WORD_RE.findall(question)]
    verb = next((i for i, w in enumerate(said) if w in verbs), None)
    if verb is not None:
        reach = said[verb + 1 : verb + 1 + INVESTS_IN_REACH]
        if "in" in reach:
            for n, low in enumerate(said[verb + 2 + reach.index("in") :]):
                if n >= MAX_PHRASE_WORDS or low in PHRASE_END:
                    break
                if low in STOP or low in skip or low in holdings or low.endswith("'s"):
                    continue
                out.append(low)
    # what is done with the amount, said last ("what share of the assets is X allocated?",
    # "how much is paid to the adviser?"): the evidence must say it too
    for m in MEASURED_VERB_RE.finditer(question):
        low = m.group(1).lower()
        if low not in FRAME_PARTICIPLES and low not in skip:
            out.append(low)
    return tuple(dict.fromkeys(out))


ARTICLES = frozenset({"a", "an", "the"})
# A participle after a form of "be" and the names between ("is Harbor Management allocated",
# "are paid to"), which says what is done with an amount.
MEASURED_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:[A-Z][\w.'’&-]*\s+){0,4}([a-z]{3,}ed)\b(?=\s*(?:\?|$|"
    r"to\b|by\b|for\b|in\b|on\b))"
)
# Participles that frame a question rather than say what is measured ("is expected to").
FRAME_PARTICIPLES = frozenset(
    {"expected", "anticipated", "estimated", "required", "permitted", "allowed", "based",
     "used", "designed", "intended", "scheduled", "proposed", "needed", "listed", "stated",
     "shown", "disclosed", "reflected", "included", "given", "described", "named", "called",
     "considered", "deemed", "measured", "calculated", "computed", "determined", "subjected"}
)  # fmt: skip


def _modifies_next(low: str, following: list[str], nouns: dict[str, str]) -> bool:
    """Whether a word inside a noun run is a gerund modifying the known noun after it
    ("operating expenses", "remaining maturity", "voting rights")."""
    nxt = following[0] if following else ""
    return low.endswith("ing") and low not in PHRASE_END and nxt.lower() in nouns and nxt.islower()


def _asks_firm(q: str) -> bool:
    """Whether a what- or which-question's wh-phrase names a firm ("which sub-adviser", "what
    is the name of the adviser") or names nothing the vocabulary knows."""
    target, _ = asked_target(q)
    return target == "org" or (target is None and not AUX_AFTER_WH_RE.match(q))


# "What does the adviser consider ...?": the noun after the auxiliary is the subject, not what
# is asked.
AUX_AFTER_WH_RE = re.compile(
    r"^\s*(?:and\s+)?(?:what|which)\s+(?:do|does|did|will|would|can|could|may|might|must|"
    r"should|shall|has|have|had)\b",
    re.I,
)


# "How often ...?" asks for a frequency, as a table's column may be headed.
HOW_OFTEN_RE = re.compile(r"^\s*(?:and\s+)?how\s+(?:often|frequently)\b", re.I)


def wh_head(question: str) -> str | None:
    """The words of a wh-phrase that may head a table's column: "Which recipient was added?"
    -> recipient, "What new recipient gets ...?" -> "recipient gets" (a header must be named by
    them whole), "how often ...?" -> frequency; None when there are none."""
    if HOW_OFTEN_RE.match(question):
        return "frequency"
    m = WH_PHRASE_RE.search(question)
    if m is None:
        return None
    head: list[str] = []
    for n, word in enumerate(WORD_RE.findall(question[m.end() :])):
        low = word.lower()
        if n >= MAX_HEAD_WORDS or low in PHRASE_END or not word[0].islower():
            break
        if low not in STOP:  # "what new recipient gets ...": the words a header may use
            head.append(low)
    return " ".join(head) or None


def descriptors(question: str) -> tuple[str, ...]:
    """The words of a wh-phrase that only describe the kind of thing asked for, up to and with
    a generic head noun: "which law firm" -> (law, firm), "which private equity firm" ->
    (private, equity, firm); () when the head is no generic noun."""
    m = WH_PHRASE_RE.search(question)
    if m is None:
        return ()
    generic = generic_heads()
    seen: list[str] = []
    for n, word in enumerate(WORD_RE.findall(question[m.end() :])):
        low = word.lower()
        if n >= MAX_PHRASE_WORDS or low in PHRASE_END:
            return ()
        seen.append(low)
        if low in generic:
            return tuple(seen)
    return ()


def references(question: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms by which a question points at the filing's own text rather than at what it
    says: nouns such as "section" or "language", verbs of writing ("describe", "discuss") and
    a change word just before such a noun ("the revised section")."""
    nouns, verbs, modifiers = _reference_words()
    words = [w.lower() for w in WORD_RE.findall(question)]
    before_noun = {
        w for w, nxt in itertools.pairwise(words) if w in modifiers and stem(nxt) in nouns
    }
    return tuple(
        t for t in terms if stem(t) in nouns or stem(t) in verbs or t.lower() in before_noun
    )


@functools.cache
def _reference_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    refs = _targets()["_references"]
    return (
        frozenset(stem(w) for w in refs["nouns"]),
        frozenset(stem(w) for w in refs["verbs"]),
        frozenset(refs["modifiers"]),
    )


@functools.cache
def generic_heads() -> frozenset[str]:
    return frozenset(_targets()["_generic"])


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


# Intents whose answers have a type of their own, and the types that agree with each.
TARGET_AGREES = {
    "risks": (),  # "which rule requiring a liquidity risk program?" asks for no risk list
    "amounts": ("amount", "period"),
    "dates": ("date",),
    "adviser": ("org",),
    "managers": ("person",),
}
# The intent a question of no intent of its own takes from what its wh-phrase asks for.
TARGET_INTENT = {"amount": "amounts", "period": "amounts", "date": "dates"}
# Intents that read a list or a fixed kind of passage: their own readers decide the answer.
TARGET_KEEPS = frozenset({"funds", "objective", "manager_detail"})


# "Who may buy shares?", "who is eligible to invest?": a group of investors, not a person.
WHO_MAY_RE = re.compile(
    r"^\s*who\s+(?:(?:can|may|could|must|should)\b|(?:is|are)\s+(?:allowed|eligible|permitted|"
    r"entitled|able)\b)"
)


# A question for a person's age.
AGE_ASKED_RE = re.compile(
    r"^\s*how\s+old\b|['’]s\s+age\b|\bage\s+of\b|\b(?:his|her|their)\s+(?:current\s+)?age\b",
    re.I,
)
# Words that ask for an age without being words of the answer.
AGE_WORDS = frozenset({"old", "age"})
# "Until when ... last / remain in effect?", "How long will the waiver last?"
# A question for a reason in other words than "why" ("what reason did the board give?"), and
# the words of that frame, which no sentence giving the reason need repeat.
WHY_FRAME_RE = re.compile(
    r"\b(?:what|which|for\s+what)\s+(?:was\s+the\s+|is\s+the\s+|were\s+the\s+)?"
    r"(?:reasons?|rationale|justification)\b",
    re.I,
)
WHY_FRAME_WORDS = frozenset(
    {
        "reason",
        "reasons",
        "rationale",
        "justification",
        "give",
        "gave",
        "given",
        "cite",
        "cited",
        "offer",
        "offered",
        "provide",
        "provided",
    }
)
UNTIL_FRAME_RE = re.compile(r"\buntil\s+when\b|\bhow\s+long\b|\blast\s*\??\s*$", re.I)
DURATION_FRAME_WORDS = frozenset({"until", "last", "remain", "remains", "continue", "continues"})
# "Starting when ...?", "as of when ...?": the frame of a date question, not its topic.
START_FRAME_RE = re.compile(r"^\s*(?:starting|beginning|commencing|from|as\s+of)\s+when\b", re.I)
START_FRAME_WORDS = frozenset({"starting", "beginning", "commencing"})


# A question asking how something is done ("how are orders treated?", "how does the fund
# value its securities?"), not how long, much or many.
MANNER_RE = (
    r"^\s*how\s+(?:is|are|was|were|do|does|did|will|would|can|could|should|may|must)\s+"
    r"(?!.*\b(?:long|much|many|often|soon)\b)"
    # "what happens to a purchase order received after the effective date?": what is done
    r"|^\s*what\s+(?:happens|will\s+happen|would\s+happen|happened)\s+(?:to|if|when|with)\b"
)


# An index a question asks as one side of a change ("the new target index", "the former
# benchmark").
CHANGED_INDEX_RE = (
    r"\b(?:new|former|previous|old|prior|replacement)\s+(?:\w+\s+)?(?:index|benchmark)\b"
)


# A question whose wh-phrase asks for a firm ("which firm did X join?", "what company ...").
FIRM_ASKED_FIRST_RE = (
    r"^\s*(?:which|what)\s+"
    r"(?:firms?|compan(?:y|ies)|organi[sz]ations?|employers?|asset\s+managers?)\b"
)


# Words that place who is asked relative to someone else in time ("prior to X", "after X").
RELATIVE_TIME_RE = r"\b(?:before|prior\s+to|after|until|replac\w*|succeed\w*|succeeded|instead)\b"


def _names_other_than_objective(question: str) -> bool:
    """Whether a "which" phrase of a question names what it asks, and that is no objective
    ("among which asset types does the fund allocate in pursuit of its objective?")."""
    head = _which_head(question)
    return bool(head) and not re.search(OBJECTIVE_WORDS, head, re.I)


def classify(question: str, has_person: bool) -> tuple[str, str, str | None]:
    """(intent, answer type, detail) from the wording of a question."""
    q = LEAD_CONJUNCTION_RE.sub("", question.lower())  # "and who manages it?" asks "who manages"
    if WHO_MAY_RE.search(q):
        return "general", "sentence", None
    if AGE_ASKED_RE.search(q):  # "How old is Ms. Garrow?"
        return "general", "age", None
    manager_words = (
        r"\b(manag\w*|portfolio managers?|co-?manag\w*|pms?|runs?|running|day[- ]to[- ]day|"
        r"responsib\w*|lead)\b"
    )
    asks_other_person = _has(r"^\s*who\b", q) and not _has(r"^\s*who\s+(is|was)\s+\w+\s*\w*\??$", q)
    if (
        has_person
        and _has(r"^\s*who\s+(is|was)\s+[\w.' ]+\??$", q)
        # ("who was portfolio manager prior to Ms. X?" asks another person, not X's profile)
        and not _has(RELATIVE_TIME_RE, q)
    ):
        return "manager_detail", "sentence", "profile"
    if has_person and not asks_other_person:
        for detail, pattern in DETAIL_PATTERNS:
            if _has(pattern, q):
                # ("which firm did X join in 2019?" asks the firm, not when)
                dated = (
                    detail in ("joined", "since") and not _has(FIRM_ASKED_FIRST_RE, q)
                ) or _has(TIME_ASKED_FIRST, q)  # "in what year did X earn the CFA charter?"
                return ("manager_detail", "date" if dated else "sentence", detail)
    if _asks_person_by_title(q):  # "who is the chief executive officer of the adviser?",
        return "general", "person", None  # "who is the chief risk officer?"
    if LISTING_ASKED_RE.search(q):  # "which exchange lists the ETF?": an exchange's name
        return "general", "exchange", None
    region = REGION_ASKED_RE.search(q)
    if region is not None:  # "which state makes up the largest share?": a state's name
        return "general", "country" if region.group(1).startswith("countr") else "state", None
    if WHERE_RE.match(q):  # "where is the adviser located?": an address or a place
        return "general", "place", None
    if PHONE_ASKED_RE.search(q):  # "what toll-free number can I call?": a telephone number
        return "general", "phone", None
    if PAGE_ASKED_RE.search(q):  # "on which page is the section replaced?": a page
        return "general", "page", None
    if form_codes.asked(question):  # "what form code is printed at the top?": a code
        return "general", "code", None
    if headings.asked(question):  # "under which heading is X added?": a heading's title
        return "general", "heading", None
    if _has(r"\brisks?\b", q) and not _has(WHEN_ASKED, q):
        # ("when did the board approve the liquidity risk management program?" asks a date)
        return "risks", "list", None
    tracked = _has(r"\bwhich index\b|\bindex does\b.*\btrack|\btrack\b.*\bindex\b", q)
    if tracked and _has(CHANGED_INDEX_RE, q) and not _has(OBJECTIVE_WORDS, q):
        # "what new target index does it track?": the index a change sets, a name
        return "change", "index", None
    if (
        (_has(OBJECTIVE_WORDS, q) or tracked)
        and not _has(WHEN_ASKED, q)
        and (tracked or not _names_other_than_objective(question))
    ):
        # ("when does the new objective take effect?" asks a date; "among which asset types
        # does it allocate in pursuing its objective?" asks the types)
        return "objective", "sentence", None
    if asks_funds_of_filing(question) or (
        _has(r"^\s*(which|what)\b.*\bfunds\b", q) and not _has(manager_words, q)
    ):  # "which funds does this Harborgate Management supplement cover?" asks funds too
        return "funds", "list", None
    if FORMER_NAME_RE.search(q):
        return "change", "fund", None
    # (a firm's possessive qualifies whose people are asked: "including the sub-adviser's PMs")
    unowned = re.sub(
        r"\b[\w-]+['’]s?(?:\s+(?=(?:portfolio\s+)?(?:managers?|pms?|team)\b)|\s*(?=\)))", " ", q
    )
    if _asks_managers_by_role(q) or (
        _has(r"^\s*(who|which)\b", q)
        and _has(manager_words, q)
        and not _has(
            r"\b(advis\w*|sub-?advis\w*|firm|administrator|entity|company|investment manager)\b",
            unowned,
        )
    ):  # "who will be the portfolio managers after the new sub-adviser takes over?" asks people
        return "managers", "person", None
    if (
        _has(
            r"\b(sub-?advis\w*|advis[eo]rs?|advises?|advised|administrator|investment manager)\b", q
        )
        # "which sub-adviser ...?" asks for a firm; "what does the adviser consider?" and
        # "what new name will the fund take after the sub-adviser change?" do not
        and (_has(r"^\s*who\b", q) or (_has(r"^\s*(which|what)\b", q) and _asks_firm(q)))
        and not _has(AMOUNT_ASKED, q)  # "what sub-advisory fee rate ..." asks for an amount
    ):
        return "adviser", "org", None
    if _has(
        # ("acquired fund fees and expenses" is a fee, no acquisition)
        r"\b(renam\w*|new name|called|name change|merg\w*|reorganiz\w*|"
        r"acquir\w*(?!\s+funds?\s+fees)|absorb\w*|combin\w*|takeover|took over|liquidat\w*)\b",
        q,
    ) and not _has(
        r"^\s*when\b|^\s*(?:what|which)\s+(?:date|day)\b"
        r"|^(?!\s*(?:what|which|who|whom|whose|how|where|why)\b)[^?]*\bdates?"
        r"(?:\s+(?:for|of|in|on)\b[^?]*)?\s*\??\s*$",
        q,
    ):  # (not "when is the merger?", "X merger record date?", "record date for the merger
        # vote?": a date)
        return "change", "sentence", None
    if _has(MANNER_RE, q):  # "how are Class B orders treated after the effective date?" asks
        return "general", "sentence", None  # what happens to them, not a date
    if _has(
        r"^\s*(when|by when|from when|as of when|since when|to what date|on what date|"
        r"what date|which date|until when|till when|through when|until what date|"
        r"through what date|as of what date|by what date|starting when)\b",
        q,
    ) or _has(
        r"\b(what|which) (date|day|year)\b|\bdated\b|\bdates?\b|\bwhen (is|was|does|did|do|will|"
        r"would|could|can|should|must|may|are|were|has|have|had)\b",
        q,
    ):
        return "dates", "date", None
    if _has(r"^\s*(for\s+)?how long\b", q):
        return "amounts", "period", None
    if _has(INVESTS_IN_WHAT_RE, q):
        # "the fund invests substantially all its assets in what?": a thing, not an amount
        return "general", "sentence", None
    if not _has(r"^\s*who\b", q) and _has(
        r"\b(how much|how many|how large|how high|how low|how big|how small|what percent\w*|"
        r"percentage|fee|fees|commissions?|size|rate|minimum|maximum|max|min|limit|cap|caps|expense\w*|charge\w*|"
        r"loads?|cost|costs|ratio|yield|assets|turnover|cdsc|basis points|amount|weight|"
        r"multiple|balance|returns?)\b|%"
        # "what did the fund pay on its first $100 million?" (not "how often does it pay?")
        r"|^\s*what\s+(?:did|does|do|will|would)\b.*\bpay\b",
        q,
    ):
        return "amounts", "amount", None
    if _has(r"\b(define|definition|mean|means|meaning)\b", q):
        return "definition", "sentence", None
    if _has(r"\b(change|changes|changed|replac\w*|new|added|adding|deleted|removed|revised)\b", q):
        return "change", "sentence", None
    if _has(r"^\s*who\b", q):
        return "general", "person", None
    if _has(r"^\s*(which|what) (adviser|advisor)\b", q):
        return "adviser", "org", None
    if _has(r"^\s*(which|what) (firm|company|entity|bank)\b", q):
        return "general", "org", None
    return "general", "sentence", None


# "Who is (the new) custodian ...", "who will serve as transfer agent": a firm by its role.
WHO_ROLE_RE = re.compile(
    r"^\s*(?:and\s+)?who\s+(?:is|was|will\s+be|would\s+be|will\s+become|are|were|has\s+been|"
    r"serves\s+as|will\s+serve\s+as|became|becomes)\s+(?:the\s+)?(?:fund'?s\s+)?((?:[\w-]+\s*){1,3})"
)
# Of the words after "who is the", this many may name the role.
ROLE_WORDS = 3


# "Who approved ...?", "who signed off on ...?", "who decides whether ...?": asks who decides.
# A question for whose consent something needs ("whose approval is required to ...").
WHOSE_CONSENT_RE = re.compile(
    r"\bwhose\s+(?:prior\s+|written\s+|express\s+)?(?:agreement|approval|consent|vote|"
    r"permission|authori[sz]ation|decision)\b",
    re.I,
)
WHO_DECIDES_RE = re.compile(
    r"^\s*(?:and\s+)?who\s+(?:(?:has|had|have|must|will|would|may|can|did|does|do)\s+)?"
    r"(?:(?:to|first|formally|also|ultimately)\s+)?"
    r"(?:approv\w*|decid\w*|sign(?:s|ed)?\s+off|authori[sz]\w*|determin\w*|adopt\w*|ratif\w*|"
    r"recommend\w*|vot\w*\s+(?:for|on|to))\b"
)
# A yes-or-no question: an auxiliary verb first, no wh-word anywhere; a clause or phrase set
# before it by a comma ("While X is on leave, does Y keep his role?", "After the merger, will
# ...?") does not change what is asked.
YES_NO_RE = re.compile(
    r"^\s*(?:(?:while|after|before|once|if|when|until|since|following|during|under|with|for|"
    r"in|as)\b(?:(?!\b(?:what|which|who|whom|whose|how|why|where)\b)[^,?]){1,80},\s*)?"
    r"(?:and\s+)?(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|may|must|"
    r"should)\b(?!.*\b(?:what|which|who|whom|whose|when|where|how|why)\b)",
    re.I,
)
# A question about who replaces or succeeds whom.
REPLACEMENT_RE = re.compile(r"\b(?:replac\w*|succeed\w*|successor)\b", re.I)


def _asks_person_by_title(q: str) -> bool:
    """Whether a who-question names a person's title as what it asks for ("who is the chief
    executive officer of the adviser?", "who is the president of the distributor?"), the
    firm after it only whose officer is asked."""
    m = WHO_ROLE_RE.search(q)
    if m is None:
        return False
    nouns = target_nouns()
    head = m.group(1).lower().split()[:ROLE_WORDS]
    if FIRM_TITLE_RE.match(" ".join(head)) or MANAGER_HEAD_RE.search(" ".join(head)):
        return False  # "the investment manager" is a firm; managers are read as such
    return any(nouns.get(w) == "person" for w in head) and not any(
        nouns.get(w) == "org" for w in head
    )


def _asks_managers_by_role(q: str) -> bool:
    """Whether a who-question names (portfolio) managers as what it asks for ("who will be the
    portfolio managers after ...?"), whatever firms it names after them."""
    m = WHO_ROLE_RE.search(q)
    if m is None:
        return False
    head = " ".join(m.group(1).lower().split()[:ROLE_WORDS])
    return MANAGER_HEAD_RE.search(head) is not None and not FIRM_TITLE_RE.match(head)


# A question asking where something is ("where is the adviser based?"; not "where did she
# work before?", a person's earlier post).
# A question for the exchange a fund's shares are listed or traded on ("On which exchange do
# the shares trade?", "listing exchange?", "Where are the ETF's shares listed?"); not one about
# exchanging shares ("which exchanges are free?").
LISTING_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:stock\s+|securities\s+|listing\s+)?exchanges?\b"
    r"(?=.*\b(?:list\w*|trade[sd]?|trading|quoted)\b)"
    r"|\b(?:list\w*|trade[sd]?|trading|quoted)\b.*\b(?:which|what)\s+(?:stock\s+)?exchanges?\b"
    r"|\b(?:listing|primary|stock)\s+exchanges?\b|\bexchange\s+listing\b"
    r"|^\s*(?:and\s+)?where\b.*\b(?:listed|traded|quoted)\b",
    re.I,
)
# A question for a state or a country by name ("Which state makes up the largest share of the
# holdings?", "In what country is the sub-adviser organized?"); not "what state of affairs".
REGION_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:u\.?s\.?\s+)?(states?|countr(?:y|ies))\b(?!\s+of\s+(?!incorporation))",
    re.I,
)
# Words of such a question the answer need not repeat: it names the exchange.
LISTING_FRAME_WORDS = frozenset({"exchange", "exchanges", "stock", "primary"})
# A question for a telephone number ("what toll-free number can I call?", "the phone number
# for shareholder services"); the words that ask for one, which its sentence need not hold.
PHONE_ASKED_RE = re.compile(
    r"\b(?:tele)?phone\s+(?:number|no)\b|\btoll[- ]free\b|\bfax\s+number\b"
    r"|\b(?:what|which)\s+(?:\w+\s+)?number\b.*\bcall(?:ing)?\b|\bnumber\s+to\s+call\b",
    re.I,
)
# A question for the page something stands on ("which page of the prospectus holds X?", "the
# page number of the section").
PAGE_ASKED_RE = re.compile(r"\b(?:what|which)\s+pages?\b|\bpage\s+numbers?\b", re.I)
PAGE_FRAME_WORDS = frozenset({"page", "pages", "number", "numbers", "starting", "beginning"})
PHONE_FRAME_WORDS = frozenset(
    {"phone", "telephone", "number", "no", "toll-free", "toll", "free", "call", "dial"}
)
REGION_WORDS = frozenset({"state", "states", "country", "countries"})
WHERE_RE = re.compile(
    r"^\s*(?:and\s+)?where\s+(?:is|are|was|were|will)\b(?!.*\b(?:work|employ|serve|join)\w*)"
    # "what is the address of the adviser?", "what is the adviser's location?"
    r"|^\s*(?:and\s+)?what\s+(?:is|are|was|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:address|addresses|location|headquarters|principal\s+office)\b"
    # "what business address does the SAI give for X?", "which mailing address ...?"
    r"|^\s*(?:and\s+)?(?:what|which)\s+(?:(?:business|mailing|street|postal|office|physical)"
    r"\s+)?(?:address|addresses)\b",
    re.I,
)
PLACE_FRAME_WORDS = frozenset(
    {"located", "based", "headquartered", "situated", "domiciled", "office", "offices",
     "headquarters", "location", "address", "addresses", "principal"}
)  # fmt: skip
# Verbs of what a document shows ("what address does the SAI list for X?").
SHOW_VERBS = frozenset({"list", "lists", "give", "gives", "show", "shows", "provide", "provides"})
# A firm's role named with a person's noun.
FIRM_TITLE_RE = re.compile(r"investment\s+manager\b")
MANAGER_HEAD_RE = re.compile(r"\bmanag|\bco-?manag|\bpms?\b")


# A who-question about buying a business ("who acquired X?", "X is being bought by whom?",
# "to whom is X being sold?"): a firm is who.
WHO_BUYS_RE = re.compile(
    r"^\s*who\s+(?:(?:is|was|will|has|had|agreed|agrees|plans|is\s+going)\s+(?:to\s+)?){0,2}"
    r"(?:acquir|buy|bought|purchas)\w*"
    r"|\b(?:acquired|bought|purchased)\s+by\s+whom\b|\bto\s+whom\b[^?]*\b(?:sold|sell\w*)\b"
    r"|\bby\s+whom\b"
)


def _asks_firm_by_role(q: str) -> bool:
    """Whether a who-question names the role of a firm (custodian, distributor, transfer
    agent, ...) as what it asks for."""
    m = WHO_ROLE_RE.search(q)
    if m is None:
        return False
    nouns = target_nouns()
    return any(nouns.get(w) == "org" for w in m.group(1).lower().split()[:ROLE_WORDS])


# A code that names one thing ("12b-1", "22e-4", "N-1A"): a hyphen joins parts of which one
# mixes letters and digits ("7-day" is no code); the answering text must write it too.
CODE_TOKEN_RE = re.compile(
    r"(?<![\w-])(?=[\w-]*(?:\d[A-Za-z]|[A-Za-z]\d))[A-Za-z0-9]+-[A-Za-z0-9]+(?![\w-])"
)
# What follows a word that describes the filing asked about: "... multi-fund supplement".
FILING_DESCRIBED_RE = re.compile(
    r"^\s+(?:[\w'’./-]+\s+)?(?:supplements?|filings?|prospectus(?:es)?|sai|497k?)\b", re.I
)


def _filing_codes_masked(question: str) -> str:
    """A question without the form number it names its filing by ("per the 739-P1 08/25
    supplement": the code and the word after it say which filing, they are not searched)."""
    out = question
    for m in reversed(list(CODE_TOKEN_RE.finditer(question))):
        described = FILING_DESCRIBED_RE.match(question[m.end() :])
        if described is not None:
            end = m.end() + described.end()
            noun = described.group(0).split()[-1]
            out = out[: m.start()] + noun + out[end:]
    return out


# A question for a reason: "why ...?", "for what reason ...?", "what is the rationale ...?".
WHY_RE = re.compile(
    r"^\s*(?:and\s+)?(?:why|for\s+what\s+reasons?|what\s+(?:is|was|were|are)\s+the\s+"
    r"(?:reasons?|rationale)|what\s+(?:reasons?|rationale|justification)\b)\b",
    re.I,
)


def _which_head(question: str) -> str | None:
    """The words of a question's "which" phrase (:func:`wh_head`), or None when its wh-phrase
    is no "which" phrase."""
    m = WH_PHRASE_RE.search(question)
    if m is None or not m.group(0).lower().startswith("which"):
        return None
    return wh_head(question)


# A measure a question names by its value ("the Fund's 80% policy", "the 15% limit").
_MEASURE_NOUN = r"\s+(?:\w+\s+)?(?:policy|test|requirement|limit(?:ation)?)"
NAMED_BY_VALUE_RE = re.compile(rf"\b(?P<value>\d+(?:\.\d+)?%){_MEASURE_NOUN}\b", re.I)
# A question that asks what such a measure is: "What is the Fund's 80% policy?", "Describe
# its 15% limit." (the measure ends it; not "what CDSC rate applies above the 12% limit?").
MEASURE_NAMED_ASKED_RE = re.compile(
    r"\s*(?:what\s+(?:is|are|was)|what['’]s|describe|explain|summari[sz]e)\b[^?]*?"
    rf"\b\d+(?:\.\d+)?%{_MEASURE_NOUN}\W*$",
    re.I,
)
# Words that ask an amount whatever else the question names.
AMOUNT_WORDS_ASKED_RE = re.compile(
    r"\bhow\s+(?:much|many|high|low|large|big)\b|\bwhat\s+(?:percent(?:age)?|share|portion|"
    r"amount|level|rate)\b",
    re.I,
)


def _asks_unmeasured(question: str) -> bool:
    """Whether a question asks a reason, or for things by a "which" phrase whose words name
    no amount ("which rating agencies ...", "which credit and rate derivatives ..."): no
    amount, whatever amount nouns it holds elsewhere."""
    if WHY_RE.match(question):
        return True
    if MEASURE_NAMED_ASKED_RE.match(question) and not AMOUNT_WORDS_ASKED_RE.search(question):
        return True  # "describe the fund's 80% policy": the value names the policy
    head = _which_head(question)
    nouns = target_nouns()
    return bool(head) and all(nouns.get(w) != "amount" for w in head.split())


# A role's word inside a firm's name ("Castlegate Advisors LLC", "Ridgeway Asset Management").
FIRM_ROLE_WORD_RE = re.compile(r"\b(?:Sub-?)?Advis[eo]rs?\b|\bManage(?:ment|rs?)\b")
# A question's first word that a firm's span may start with ("Which Castlegate Advisors PMs").
WH_LEAD_RE = re.compile(r"(?:Which|What|Who|Whose|Is|Are|Was|Were|Does|Do|Did|Has|Have)\s+")


def _role_firms_masked(question: str) -> str:
    """The question without the names of firms that hold a role's word ("Castlegate Advisors")."""
    for name in spans.orgs(question):
        role = FIRM_ROLE_WORD_RE.search(name)
        lead = WH_LEAD_RE.match(name)
        if role is not None and (lead is None or lead.end() < role.start()):
            question = question.replace(name[lead.end() if lead else 0 :], " ")
    return question


def understand(question: str, has_person: bool = False, names: Sequence[str] = ()) -> Understanding:
    """Classify one (already cleaned) question; ``names``: fund names the question writes
    that no span finder tells as such (a name without its "Fund": "X Small Cap Opportunities
    best quarter?")."""
    # what is asked is read with fund names masked: "Who manages the Advisors' Inner Circle
    # Fund?" asks for managers, not advisers
    # ... and with firm names whose words name a role: "Who are the Castlegate Advisors
    # portfolio managers?" asks for managers, not an adviser
    unnamed = _role_firms_masked(question)
    masked = unnamed
    for name in spans.funds(question):
        masked = masked.replace(name, "the fund")
    for name in names:
        masked = re.sub(re.escape(name), "the fund", masked, flags=re.I)
    if documents.asked(question):
        # "which documents does the sub-advisor termination supplement amend?": the words that
        # say which supplement ask for no firm
        masked = DOCUMENT_DESCRIBED_RE.sub(" ", masked)
    intent, answer_type, detail = classify(masked, has_person)
    if term_asked(question) is not None:  # "what does the prospectus mean by 'X assets'?"
        intent, answer_type = "definition", "sentence"
    target, target_count = asked_target(question)
    # a list of funds is what is asked unless the wh-phrase names something else ("what
    # redemption fee did the Board adopt for the funds?" asks for an amount)
    keeps = (
        intent in TARGET_KEEPS
        and not (intent == "funds" and target not in (None, "none", "fund"))
        # "what net asset value does the fund seek to maintain?" asks an amount, not the
        # fund's objective
        and not (intent == "objective" and target in ("amount", "date", "person", "org"))
    )
    if answer_type in ("place", "exchange", "state", "country", "code", "phone", "page"):
        pass  # "what is the address of the adviser?": a place, whatever the wh-phrase's noun
    elif not keeps and target == "none" and answer_type not in ("sentence", "list"):
        # "What factors does the adviser weigh?" asks for no adviser: a free-text answer
        intent, answer_type = "general", "sentence"
    elif not keeps and target not in (None, "none", answer_type):
        # what the wh-phrase names is what is asked, whatever topic words the question holds:
        # "What fund does X put its assets into?" asks for a fund, not an amount
        if intent in ("funds", "objective") or (
            intent in TARGET_AGREES and target not in TARGET_AGREES[intent]
        ):
            intent = "general"
        if intent == "general" or (intent == "change" and target in TARGET_INTENT):
            # "what was the worst quarterly return?" reads tables; "what is the record date
            # for the merger vote?" asks a date, not what the merger is
            intent = TARGET_INTENT.get(target, intent)
        answer_type = target
    if (
        answer_type == "amount"
        and (target is None or MEASURE_NAMED_ASKED_RE.match(masked))
        and _asks_unmeasured(masked)
    ):
        # "why does the summary show no turnover rate?" asks a reason, "which credit and rate
        # derivatives may it use?" names things: an amount noun elsewhere in the question is
        # what it is about, not what it asks (nor is "the 15% limit" whose value names it)
        intent, answer_type = "general", "sentence"
    # a superlative ("the longest maturity") is a constraint the verifier checks; the filing
    # says it otherwise ("thirteen months or less")
    terms = tuple(
        t for t in content_terms(_filing_codes_masked(question)) if t.lower() not in superlatives()
    )
    if answer_type == "age":  # "how old": the answer says "58", not "old"
        terms = tuple(t for t in terms if t not in AGE_WORDS)
    if answer_type == "place":  # "where is it based?": the address says where, not "based"
        # ("which address is listed for X?": how a filing shows an address is no term either)
        terms = tuple(
            t
            for t in terms
            if t not in PLACE_FRAME_WORDS and t not in FRAME_PARTICIPLES and t not in SHOW_VERBS
        )
    if answer_type == "exchange":  # "which exchange lists it?": "listed on NYSE Arca"
        terms = tuple(t for t in terms if t not in LISTING_FRAME_WORDS)
    if answer_type in ("state", "country"):  # "which state ...?": "California"
        terms = tuple(t for t in terms if t not in REGION_WORDS)
    if answer_type == "phone":  # "what number can I call?": "by calling 800-243-2729"
        terms = tuple(t for t in terms if t not in PHONE_FRAME_WORDS)
    if answer_type == "page":  # "on what page is it?": "beginning on page 11"
        terms = tuple(t for t in terms if t not in PAGE_FRAME_WORDS)
    if answer_type == "date" and START_FRAME_RE.search(question):
        terms = tuple(t for t in terms if t not in START_FRAME_WORDS)
    if WHY_FRAME_RE.search(question):
        # "what reason did the board give for the merger?": the frame of a why-question; the
        # filing gives the reason by "because", "due to" (checked on the sentence picked)
        terms = tuple(t for t in terms if t not in WHY_FRAME_WORDS)
    if answer_type == "date" and UNTIL_FRAME_RE.search(question):
        # "until when does the limitation last?": the frame of the question, not its topic
        # (the filing says "through January 31, 2018")
        terms = tuple(t for t in terms if t not in DURATION_FRAME_WORDS)
    q = question.lower()
    if (
        answer_type == "sentence"
        and intent != "manager_detail"
        and _has(r"^\s*(who|whose|(?:by\s+|to\s+|from\s+|with\s+)?whom)\b", q)
        and not WHO_MAY_RE.search(q)
    ):
        answer_type = "person"  # "whose biography is deleted?" asks for a person
    if YES_NO_RE.match(q) and (
        answer_type not in ("sentence", "list") or (intent, detail) == ("manager_detail", "title")
    ):
        # "Is there a sales charge on the conversion?": the sentence that says whether; "does
        # X keep his role?" asks whether, not what X's title is
        intent, answer_type, detail = "general", "sentence", None
    if answer_type == "person" and (_asks_firm_by_role(unnamed.lower()) or _has(WHO_BUYS_RE, q)):
        # "who is the custodian?", "who is acquiring X?" ask for a firm
        answer_type = "org"
    if _has(WHOSE_CONSENT_RE, q):
        # "whose agreement is needed to end the expense limitation?": the party that decides
        intent, answer_type, detail = "general", "party", None
    elif answer_type == "person" and intent != "managers" and _has(WHO_DECIDES_RE, q):
        # "who approved the reorganization?": a board, or a firm ("at the recommendation of
        # the Adviser"), decides; a person seldom does in a filing
        answer_type = "party"
    elif (
        answer_type == "person"
        and REPLACEMENT_RE.search(q)
        and spans.orgs(question)
        and not spans.people(question)
    ):
        # "Who replaced Ridgefield Asset Management Corp.?": a firm's successor is a firm
        intent, answer_type = "adviser", "org"
    if answer_type == "sentence" and _has(WHICH_FUND_RE, q):
        answer_type = "fund"  # "into which portfolio will X be reorganized?" asks for a fund
    compounds = (
        tuple(
            m.group(0)
            for m in re.finditer(r"(?<![\w-])[a-z]+(?:-[a-z]+)+(?![\w-])", question)
            if not m.group(0).startswith("co-")
            # "the December 2018 multi-fund supplement": it says which filing, not what is asked
            and not FILING_DESCRIBED_RE.match(question[m.end() :])
        )
        + tuple(
            m.group(0).lower()
            for m in CODE_TOKEN_RE.finditer(question)
            # ("the 739-P1 08/25 supplement": a form number says which filing)
            if not FILING_DESCRIBED_RE.match(question[m.end() :])
        )
    )
    classes = share_classes(question)
    return Understanding(
        question=question,
        compounds=compounds,
        share_classes=classes,
        intent=intent,
        answer_type=answer_type,
        detail=detail,
        terms=terms,
        stems=tuple(stem(t) for t in terms),
        wants_departure=(
            (
                _has(
                    r"\b(no longer|leav\w*|left|step(ped|ping)? down|stepp\w* down|depart\w*|"
                    r"dropped|removed|deleted|retir\w*|stop(?:s|ped|ping)?|ceas\w*|resign\w*|"
                    r"exit\w*)\b",
                    q,
                )
                # "who replaced the departing manager?" asks for the successor: the leaving
                # describes whom he replaced
                and not SUCCESSOR_ASKED_RE.search(q)
            )
            or REPLACED_ASKED_RE.search(q) is not None
        )
        # "who keeps running the fund during the leave?": the one who stays
        and REMAINS_ASKED_RE.search(q) is None
        # "who will manage the fund after he leaves?": who comes after the leaving
        and AFTER_LEAVING_RE.search(q) is None,
        wants_addition=_has(r"\b(added|adding|new|joined|joins|replac\w*|became|appointed)\b", q)
        and REPLACED_ASKED_RE.search(q) is None,
        wants_date_too=answer_type != "date" and bool(ALSO_WHEN_RE.search(q)),
        wants_place_too=answer_type != "place" and bool(ALSO_WHERE_RE.search(q)),
        count=target_count,
        descriptors=descriptors(question),
        references=references(q, terms),
    )


# A question asking who stays ("who keeps running the fund?", "which PMs remain?").
# A leaving that dates what is asked ("after he leaves", "once Ms. Doe retires", "following
# the departure", "upon his retirement"): the question asks who is there then.
AFTER_LEAVING_RE = re.compile(
    r"(?<=\w\s)(?:after|once|following|upon|when)\s+(?:[\w.'’]+\s+){0,3}?"
    r"(?:leav\w*|left|depart\w*|retire\w*|retirement|resign\w*|steps?\s+down|exit\w*)\b",
    re.I,
)
REMAINS_ASKED_RE = re.compile(
    r"\b(?:who|which\s+(?:\w+\s+){0,2}?(?:managers?|pms?|members?))\s+(?:will\s+)?"
    r"(?:keeps?|continues?|remains?|stays?)\b",
    re.I,
)
# A question asking who is replaced ("who was replaced as portfolio manager?", "whom did X
# succeed?"): the one leaving.
REPLACED_ASKED_RE = re.compile(
    r"\bwho\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been|is\s+being|got)\s+"
    r"(?:replaced|succeeded|superseded)\b"
    r"|\bwhom\s+(?:did|does|do|will|has|had|is|was)\b[^?]*\b(?:replac\w*|succeed\w*)",
    re.I,
)
# A question asking who takes someone's place ("who replaced ...?", "who will succeed ...?",
# "who is taking over from ...?").
SUCCESSOR_ASKED_RE = re.compile(
    r"^\s*(?:who|which\s+\w+)\s+(?:(?:will|would|has|have|is|was|did)\s+)?(?:replac\w*|"
    r"succeed\w*|tak(?:e|es|ing)\s+over|took\s+over)\b",
    re.I,
)
# A question that goes on from the one before it, however long: "And for Class C, what is ...?"
CONTINUES_RE = re.compile(r"^\s*(?:and|also|what about|how about)\b", re.I)


def is_followup(question: str) -> bool:
    """Whether a question leans on the conversation (pronouns, an opening "and", or a short
    elliptical question)."""
    words = WORD_RE.findall(question)
    return (
        bool(PRONOUN_RE.search(question))
        or bool(CONTINUES_RE.match(question))
        or (len(words) <= 5 and bool(FOLLOWUP_START_RE.match(question)))
    )
