"""The verifier: what a question requires of its answer, checked on the evidence the answer cites.

A question states constraints: the fund, person or share class it is about, a date, an earlier
state ("before", "former", "replaced"), a service-provider role. Each becomes a
:class:`Constraint`. :func:`verify` looks for each one in the evidence of a candidate answer
(its cited passages, the text just above each, and the cited filing's own names and dates) and
returns one :class:`Check` per constraint, with the citation that satisfies it. A candidate
with a failed check is not an answer: the engine abstains and shows the passages instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from assistant import careers, wordforms
from assistant.answer import Check, Citation
from assistant.share_classes import SHARE_CLASS_RE
from assistant.spans import NUMBER_WORD, PEOPLE_NOUN_WORDS
from assistant.tables import HEADER_PERIOD_RE, NUMBER_WORDS
from assistant.understand import (
    DOCUMENT_DESCRIBED_RE,
    WHY_RE,
    counted,
    measured_words,
    target_nouns,
)
from index.amounts import band
from index.amounts import find as find_amounts
from index.amounts import parse as parse_amount
from index.dates import months_in, years_in
from index.entities import GENERIC_NAME_WORDS
from index.names import FUND_SUFFIXES, LEGAL_FORMS, word_key
from index.sentences import split as split_sentences
from index.stemming import stem

LEXICON = Path(__file__).with_name("data") / "constraints.json"
QUALIFIERS = LEXICON.with_name("qualifiers.json")
WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@dataclass(frozen=True)
class Constraint:
    """Something the question states that the answer's evidence must show."""

    kind: str  # fund | person | share_class | date | amount | relation | role | target
    value: str


@dataclass(frozen=True)
class Evidence:
    """What one citation offers the verifier: its text, the text above it, its filing's facts."""

    citation: Citation
    context: str  # the passages just above (a table's header row, a list's caption)
    filing_names: tuple[str, ...]  # fund and trust names the cited filing covers
    filing_dates: tuple[str, ...]  # the filing's own dates (supplement, effective, filed)
    filing_funds: tuple[str, ...]  # the funds linked to the question that the filing covers
    supplement: bool = False  # the cited filing supplements a prospectus: what it states is new
    notes: str = ""  # the notes under the table the cited row stands in
    # of a table row that names no share class: the nearest row above in its table that does
    # ("Class Y - Return Before Taxes" over "Return After Taxes on Distributions")
    row_group: str = ""
    # of a table row: its table's rows above it and the short caption over the table, all that
    # can state a condition of the row (an amount said in the prose above is not the row's)
    table_above: str | None = None


# How an abstention names the constraint its evidence did not bear out.
DESCRIBE = {
    "fund": "concern the fund “{value}”",
    "person": "name {value}",
    "org": "name {value}",
    "share_class": "state it for {value}",
    "date": "date it {value}",
    "amount": "state {value}",
    "relation": "say what came {value}",
    "value_relation": "say the amount changes ({value})",
    "role": "name the {value}",
    "target": "name anyone other than {value}",
    "replacement": "say whom {value} replaces or who replaces {value}",
    "excluded": "name anyone besides {value}",
    "excluded_case": "speak of a case other than “{value}”",
    "staying": "say who will {value}",
    "answer_type": "hold the {value} asked for",
    "choice": "name either of {value}",
    "earlier_side": "name what came {value} the change",
    "echo": "say more than {value}",
    "header": "say more than {value}",
    "cover": "say more than {value}",
    "definition": "say what “{value}” means",
    "reason": "say {value}",
    "negated": "say “{value}” other than in a negation",
    "event": "date the event asked ({value})",
    "decision": "date a decision of {value}",
    "only_for": "speak of the fund asked (they are for the {value} documents only)",
    "subject": "speak of “{value}”",
    "named": "come from a filing that writes “{value}”",
    "addition": "say who is {value}",
    "renaming": "say that a name changes",
    "count": "state how many {value}",
    "superlative": "say which is the {value}",
    "superlative_bound": "say what is the {value}",
    "period": "state it for {value} years",
    "period_unit": "state it by the {value}",
    "percent": "state the {value} as a percentage",
    "holder": "speak of the holders asked (“{value}”)",
    "opposed": "state it {value}",
    "time_side": "speak of the time {value}",
    "transaction": "speak of a {value}",
    "earlier_post": "say what came {value}",
    "earlier_employer": "name where the person worked {value}",
}


@cache
def lexicon() -> dict[str, Any]:
    """The constraint vocabulary (data file ``data/constraints.json``)."""
    return json.loads(LEXICON.read_text(encoding="utf-8"))


def gives_reason(question: str, sentence: str) -> bool:
    """Whether a sentence can answer a question as to a reason: a "why" question needs a
    sentence that gives one ("because", "in light of", "determined that ..."); any other
    question any sentence."""
    if not WHY_RE.search(question):
        return True
    said = words(sentence)
    return any(has_phrase(said, w) for w in lexicon()["reasons"])


def asks_earlier(question: str) -> bool:
    """Whether a question asks for the earlier side of a change itself ("the former adviser",
    "the previous manager"), not for what replaced it."""
    said = words(question)
    return any(has_phrase(said, w) for w in lexicon()["relations"]["earlier_side"])


def asks_earlier_value(c: Constraint) -> bool:
    """Whether a value_relation constraint asks the amount before a change ("the previous
    fee"), which a table's notes may show it is not."""
    return c.value in lexicon()["amount_sides"]["earlier"]


def opposite_event(question: str, sentence: str) -> str | None:
    """The event a question asks the date of ("close") when the sentence giving the date speaks
    only of the event that undoes it ("will reopen"), else None."""
    q, said = words(question), words(sentence)
    for one, other in lexicon()["opposite_events"]:
        for asked, undone in ((one, other), (other, one)):
            hit = next((w for w in asked if has_phrase(q, w)), None)
            if hit is None or any(has_phrase(q, w) for w in undone):
                continue
            if any(has_phrase(said, w) for w in undone) and not any(
                has_phrase(said, w) for w in asked
            ):
                return hit
    return None


def amount_side(question: str) -> str | None:
    """Which side of a change of amount a question asks for: "before" ("the current expense
    ratio"), "after" ("the new fee"), or None (either, or both named)."""
    sides = lexicon()["amount_sides"]
    said = words(question)
    before = any(has_phrase(said, w) for w in sides["before"])
    after = any(has_phrase(said, w) for w in sides["after"])
    return "before" if before and not after else "after" if after and not before else None


def amount_role(sentence: str, amount: str) -> str | None:
    """The side of a change an amount stands on in a sentence: "after" right behind "to"
    ("will increase to 0.42%"), "before" right behind "from", when the sentence holds a change
    verb; None otherwise."""
    sides = lexicon()["amount_sides"]
    m = re.search(rf"(?<![\w.,$]){re.escape(amount)}", sentence)  # "5%" is not in "15%"
    if m is None:
        return None
    at = m.start()
    lead_words = words(sentence[max(0, at - 30) : at])
    trail_words = words(sentence[at + len(amount) : at + len(amount) + 20])
    lead_end = lead_words.rstrip()
    if any(lead_end.endswith(" " + w) for w in sides["before_lead"]) or any(
        trail_words.startswith(f" {w} ") for w in sides["before_trail"]
    ):
        return "before"  # "compared to 5% previously"
    said = words(sentence)
    if not any(has_phrase(said, w) for w in sides["change_verbs"]):
        if any(has_phrase(words(sentence[:at]), w) for w in sides["after_lead"]):
            return "after"  # "the Fund may now invest up to 15%"
        return None
    lead = WORD_RE.findall(sentence[:at].lower())[-2:]
    lead = [w for w in lead if w not in ("approximately", "about", "roughly")][-1:]
    if lead == ["to"]:
        return "after"
    if lead == ["from"]:
        return "before"
    return None


def words(text: str) -> str:
    """Lower-cased words joined by single spaces and padded, for whole-word phrase tests."""
    return " " + " ".join(WORD_RE.findall(text.lower().replace("’", "'"))) + " "


def has_phrase(haystack: str, phrase: str) -> bool:
    """Whether ``haystack`` (made by :func:`words`) holds ``phrase`` as whole words."""
    return words(phrase) in haystack


# Words of a fund's name a question may leave out and still name it.
NAME_FILLER = FUND_SUFFIXES | LEGAL_FORMS | frozenset({"the", "of", "and", "&", "inc"})


def brand_stated(name: str, text: str) -> bool:
    """Whether a text names a firm by the words that tell it from others, leaving out the
    generic ones ("Fidelity" names "Fidelity Investments")."""
    telling = [
        w for w in words(name).split() if w not in GENERIC_NAME_WORDS and w not in NAME_FILLER
    ]
    said = words(text)
    return bool(telling) and all(has_phrase(said, w) for w in telling)


# A firm a question names as a time ("before Fidelity", "prior to joining Northgate"): the
# answer is another.
TIME_FIRM_RE = re.compile(
    r"\b(?:before|prior\s+to|after)\s+(?:joining\s+|working\s+(?:at|for)\s+)?"
    r"((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|&|of))*)"
)


def firms_as_time(question: str) -> list[str]:
    """The firms a question names as a point in time ("which company did he work for before
    Fidelity?")."""
    return [m.group(1) for m in TIME_FIRM_RE.finditer(question)]


def unmarked(name: str) -> str:
    """A fund's name without service and trade marks ("ING FMRSM Mid Cap" -> "ING FMR Mid Cap",
    "SmartRetirement®" -> "SmartRetirement")."""
    return " ".join(
        GLUED_MARK_RE.sub(r"\1", name).replace("®", " ").replace("™", " ").replace("℠", " ").split()
    )


# A service or trade mark glued to a word in capitals ("FMRSM").
GLUED_MARK_RE = re.compile(r"\b([A-Z]{2,})(?:SM|TM)\b")


def stated(name: str, question: str) -> bool:
    """Whether the question itself names ``name``: every telling word of it is there (a mark
    glued to a word aside: "ING FMR Mid Cap" names "ING FMRSM Mid Cap")."""
    if _stated(name, question):
        return True
    plain = GLUED_MARK_RE.sub(r"\1", name)
    return plain != name and _stated(plain, question)


def stated_unbranded(fund: str, question: str) -> bool:
    """Whether the question names a fund by its name less the family's leading words ("the
    Small Cap Core Fund" of "Castlegate Small Cap Core Fund"): two words of its own or more
    left, all in the question, one of them capitalised there."""
    asked, capital = _name_words(question)
    names = WORD_RE.findall(fund.lower())
    for k in range(1, len(names) - 1):
        own = [w for w in names[k:] if w not in NAME_FILLER]
        if len(own) < 2:
            break
        if all(word_key(w) in asked for w in own) and any(w in capital for w in own):
            return True
    return False


def _stated(name: str, question: str) -> bool:
    asked, capital = _name_words(question)
    names = WORD_RE.findall(name.lower())
    own = [word_key(w) for w in names if w not in NAME_FILLER]
    telling = [w for w in names if w not in GENERIC_NAME_WORDS]  # not "Short-Term Fund"
    # a name is written with capitals: "investing in the fund" does not name a fund
    return bool(own) and any(w in capital for w in telling) and all(w in asked for w in own)


# Texts whose words :func:`stated` keeps: the same passage is asked about every name a
# filing's facts give (a fund's managers over its 55 filings at 10,000 filings).
NAME_WORDS_KEPT = 1024


@lru_cache(maxsize=NAME_WORDS_KEPT)
def _name_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a text as names compare them (:func:`word_key`), and its capitalised
    words, lower-cased."""
    asked = {word_key(w) for w in WORD_RE.findall(text.lower().replace("’", "'"))}
    asked |= {word_key(w) for w in text.lower().replace(".", "").split()}
    capital = {w.lower() for w in CAPITALISED_RE.findall(text)}
    return frozenset(asked), frozenset(capital)


CAPITALISED_RE = re.compile(r"\b[A-Z][\w.'’-]*")


# "before the reduction", "prior to the fee increase": a temporal word and the change it places
# the earlier state before.
@cache
def _before_change_re() -> re.Pattern[str]:
    """ "Before the reduction", "prior to the reallocation to X": a time before a change, by
    the change's noun (data: constraints.json "event_terms" and the nouns of an amount's
    change)."""
    nouns = {"reduction", "increase", "decrease", "cut", "revision", "reallocation",
             "allocation", *lexicon()["event_terms"]}  # fmt: skip
    alternatives = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    return re.compile(
        rf"\b(?:before|prior\s+to)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{alternatives})s?\b",
        re.I,
    )


# A role's word that names a line of funds or a share class, capitalised before the fund or
# class words ("Advisor funds", "Advisor Class", "Adviser B Class shares").
PRODUCT_ROLE_RE = re.compile(
    r"\b(?:Advisor|Adviser|Investor|Institutional)\s+(?=(?:[A-Z]\d?\s+)?(?:funds?|Funds?|"
    r"[Cc]lass(?:es)?|[Ss]hares|[Ss]eries)\b)"
)


# A capitalised role word after a capitalised word: the end of a firm's name ("Harlow
# Advisors", "Northwind Asset Management"), unless that word only opens the question or a phrase.
FIRM_ROLE_NAME_RE = re.compile(
    r"\b([A-Z][\w&'’.-]*)\s+(?:Advis[eo]rs?|Sub-?[Aa]dvis[eo]rs?|Distributors?|Custodians?|"
    r"Administrators?|Managers?)\b(?!\s+(?:[Cc]lass|[Ss]hares|[Ff]unds?)\b)"
)
NOT_NAME_WORDS = frozenset(
    {"who", "what", "which", "where", "when", "how", "does", "do", "is", "are", "was", "the",
     "a", "an", "its", "their", "new", "former", "fund's", "fund", "portfolio", "investment"}
)  # fmt: skip


def constraints(
    question: str,
    *,
    funds: Sequence[str] = (),
    persons: Sequence[str] = (),
    share_classes: Sequence[str] = (),
    dates: Sequence[str] = (),
    amounts: Sequence[str] = (),
    fund_spans: Sequence[str] = (),
    target_person: bool = False,
    relation: bool = True,
    of_amount: bool = False,
    measured: bool = False,
    replacement: bool = True,
    also_named: Collection[str] = (),
) -> list[Constraint]:
    """The constraints a question states (funds and people as linked by the engine; fund-like
    spans of the question hold no dates; ``relation`` False when the asked detail itself is the
    earlier state, as in "her previous role"; ``replacement`` False when a replacement the
    question names only places what it asks ("on what page is X's entry replaced?");
    ``of_amount`` when the answer is an amount,
    whose earlier value a sentence may give by its rise or fall; ``measured`` when it is an
    amount or a period, whose evidence must speak of what the question measures;
    ``also_named``: linked funds the question names in a shorter form the engine accepts)."""
    named = [f for f in funds if stated(f, question) or f in also_named]
    out = [Constraint("fund", f) for f in named]
    out += [Constraint("person", p) for p in persons]
    out += [Constraint("share_class", c) for c in share_classes]
    out += [Constraint("date", d) for d in _dates(question, dates, [*named, *fund_spans])]
    # an amount the question states is a condition the evidence must state ("the CDSC on
    # purchases of $1,000,000 or more", "the 0.65% expense cap")
    out += [Constraint("amount", a) for a in amounts]
    q = words(question)
    rel = lexicon()["relations"]
    found = _dates(question, dates, [*named, *fund_spans])
    # "before the reduction": a temporal word with a change of its own, not a table row
    temporal_ok = bool(found) or target_person or _before_change_re().search(question) is not None
    # ("the 1-year return before taxes": a kind of return, not the one before a change)
    timed = q
    for phrase in rel["not_relations"]:
        timed = timed.replace(f" {phrase} ", " ")
    asked = next(
        (
            w
            for w in rel["question"]
            if has_phrase(timed, w) and (temporal_ok or w not in rel["temporal"])
        ),
        None,
    )
    if asked is None and of_amount:  # "the new management fee": the amount a change sets
        asked = new_value_asked(question)
    if asked and relation:  # an amount's earlier value may be told by its going up or down
        out.append(Constraint("value_relation" if of_amount else "relation", asked))
        if target_person:  # "whom did X replace?": X is not the answer
            out += [Constraint("target", p) for p in persons]
    # "besides Goggins, which managers ...?": an answer of Goggins alone answers nothing
    out += [Constraint("excluded", m.group(1)) for m in EXCLUDED_RE.finditer(question)]
    staying = lexicon()["staying"]
    if target_person and asks_staying(question):
        # "which portfolio managers remain?": each answered named where it says they stay
        out.append(Constraint("staying", next(w for w in staying["question"] if has_phrase(q, w))))
    replacing = lexicon()["replacement"]
    # (not a word of a fund's name: "the Income Replacement Fund")
    unnamed = words(" ".join(_without_names(question, [*named, *fund_spans]).split()))
    if replacement and persons and any(has_phrase(unnamed, w) for w in replacing["question"]):
        # "whom did X replace?", "who succeeds X?": a sentence naming X says a replacement
        out += [Constraint("replacement", p) for p in persons]
    roles = lexicon()["roles"]
    # (a role that describes a document, "the portfolio manager supplement", asks no role)
    undescribed = DOCUMENT_DESCRIBED_RE.sub(" ", question)
    # (nor does one that names a line of funds or a class: "Fidelity's Advisor funds",
    # "Advisor B Class shares")
    undescribed = PRODUCT_ROLE_RE.sub(" ", undescribed)
    # (nor one that ends a firm's name: "Where does Harlow Advisors cap expenses?")
    undescribed = FIRM_ROLE_NAME_RE.sub(
        lambda m: m.group(0) if m.group(1).lower() in NOT_NAME_WORDS else " ", undescribed
    )
    reached = _roles_asked(undescribed, ASKED_ONLY_REACH)
    said = words(undescribed)
    for role in roles:
        if role.startswith("_") or not (has_phrase(said, role) or role in reached):
            continue
        if role in roles["_asked_only"] and role not in reached:
            continue
        out.append(Constraint("role", role))
    if target_person and relation and not found:  # "who are the new portfolio managers?"
        # (a date asked, "who joined in December 2024?", is checked as the date)
        added = lexicon()["additions"]
        asked_new = next((w for w in added["question"] if has_phrase(q, w)), None)
        if asked_new is not None:
            out.append(Constraint("addition", asked_new))
    asked_count = counted(question)
    if asked_count is not None:  # "how many funds ...?": a number stated beside "funds"
        out.append(Constraint("count", asked_count[0].split()[-1]))
    renaming = lexicon()["renaming"]
    asked_name = next((w for w in renaming["question"] if has_phrase(q, w)), None)
    if asked_name is not None:  # "the fund's new name": a passage saying a name changes
        out.append(Constraint("renaming", asked_name))
    if measured:
        out += [Constraint("subject", w) for w in subject_words(question)]
        # "the daily maximum for buying shares online": of a purchase, not an exchange
        asked_kinds = transactions_in(q)
        if len(asked_kinds) == 1:
            out.append(Constraint("transaction", asked_kinds[0]))
    if of_amount:  # "the 10-year return": an amount of that period, which the evidence states
        out += [Constraint("period", n) for n in dict.fromkeys(periods_asked(question))]
        # "the after-tax returns": not an answer that states them before taxes only
        for asked_way, other_way in lexicon()["opposed_measures"]:
            for ways in ((asked_way, other_way), (other_way, asked_way)):
                said_way = next((w for w in ways[0] if has_phrase(q, w)), None)
                if said_way is not None and not any(has_phrase(q, w) for w in ways[1]):
                    out.append(Constraint("opposed", said_way))
        # "the average annual return": a percentage, not an expense example's dollars
        percent = next((w for w in lexicon()["percent_measures"] if has_phrase(q, w)), None)
        if percent is not None:
            out.append(Constraint("percent", percent))
    # "who managed the fund before March 31, 2003?": not a state the evidence says begins then
    for d in _dates(question, dates, [*named, *fund_spans]):
        side = time_side(q, d)
        if side is not None:
            out.append(Constraint("time_side", f"{side} {d}"))
    # "where did X work before joining Y?": a post the evidence sets before, not one at Y
    earlier = careers.earlier_asked(question)
    if earlier is not None:
        asks_employer = careers.employer_asked(question)
        out.append(Constraint("earlier_employer" if asks_employer else "earlier_post", earlier))
    most = lexicon()["superlatives"]["words"]
    kind = "superlative_bound" if measured else "superlative"
    out += [Constraint(kind, w) for w in dict.fromkeys(q.split()) if w in most]
    if measured and not any(c.kind == kind for c in out):
        # "how high can the fee go?": the most it may be
        out += [
            Constraint(kind, w)
            for w, asked in lexicon()["superlatives"]["extent"].items()
            if any(_extent_re(a).search(q) for a in asked)
        ][:1]
    return out


@lru_cache(maxsize=16)
def _extent_re(asked: str) -> re.Pattern[str]:
    """How far an amount may go, asked with a modal after the words (made by :func:`words`)
    that ask it ("how high can", "how low could the weighting fall")."""
    return re.compile(rf"\b{re.escape(asked)} (?:\S+ ){{0,8}}?(?:can|could|may|might)\b")


@lru_cache(maxsize=256)
def _side_re(side: str, date: str) -> re.Pattern[str]:
    """A side's word just before a date (made by :func:`words`; a month and day may stand
    between the word and a year: "effective march 31 2003" for "2003")."""
    said = "|".join(re.escape(w) for w in lexicon()["time_sides"][side])
    # (a month and year asked, "September 2009", is stated with its day too: "September 14,
    # 2009")
    dated = MONTH_YEAR_WORDS_RE.sub(
        lambda m: rf"{m.group(1)}(?: \d{{1,2}})? {m.group(2)}", re.escape(words(date).strip())
    )
    return re.compile(rf"\b(?:{said}) (?:\w+ ){{0,2}}?{dated}\b")


# A month and a year side by side in a text made by :func:`words` (as re.escape leaves it).
MONTH_YEAR_WORDS_RE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\\ | )((?:19|20)\d\d)\b"
)


def time_side(q: str, date: str) -> str | None:
    """Which side of a date a question (made by :func:`words`) asks of: "before", "after" or
    None (the date itself, "in March 2003")."""
    found = [side for side in lexicon()["time_sides"] if _side_re(side, date).search(q)]
    return found[0] if len(found) == 1 else None


@cache
def _career_re() -> re.Pattern[str]:
    said = "|".join(re.escape(w) for w in lexicon()["relations"]["career"])
    return re.compile(rf"\b(?:{said})\b")


def says_change(text: str) -> bool:
    """Whether a text (made by :func:`words`) says something changed: a word of the relations'
    evidence, outside an instruction to the prospectus's reader ("The following information
    replaces similar information ...") and outside a person's own career ("Prior to joining
    the adviser, she ...")."""
    plain = _career_re().sub(" ", AMENDING_RE.sub(" ", text))
    return any(has_phrase(plain, w) for w in lexicon()["relations"]["evidence"])


def transactions_in(text: str) -> list[str]:
    """The kinds of shareholder transaction a text (made by :func:`words`) speaks of
    ("purchase", "redemption", "exchange"), in the lexicon's order."""
    for phrase in lexicon()["not_transactions"]:
        if has_phrase(text, phrase):
            text = re.sub(rf"(?<!\S){re.escape(phrase)}(?!\S)", " ", text)
    kinds = lexicon()["transactions"]
    return [k for k, said in kinds.items() if any(has_phrase(text, w) for w in said)]


def _evidence_side(value: str, e: Evidence) -> str | None:
    """How a citation dates what it tells, of the side of a date a ``time_side`` constraint
    asks: by its own text, unless that text tells a change (both sides: "will change from A
    to B", "replaces"); else by an instruction above it that dates the text it brings
    ("Effective March 31, 2003, the following replaces the portfolio managers section")."""
    text = words(e.citation.text)
    side = _date_side(value, text)
    if side is not None:
        return None if says_change(text) else side
    for _, sentence in split_sentences(e.context):
        plain = words(sentence)
        if AMENDING_RE.search(plain):
            side = _date_side(value, plain)
            if side is not None:
                return side
    return None


def _date_side(value: str, text: str) -> str | None:
    """How a text states the date of a ``time_side`` constraint ("before March 31, 2003"):
    "own" with a word of that side, "other" with one of the other side only ("effective
    March 31 2003"), or None."""
    side, date = value.split(" ", 1)
    if _side_re(side, date).search(text):
        return "own"
    other = next(s for s in lexicon()["time_sides"] if s != side)
    return "other" if _side_re(other, date).search(text) else None


# "at least 80%", "at most": bounds, whose "least" and "most" compare nothing.
BOUND_PHRASE_RE = re.compile(r"\bat (?:least|most)\b")


# A number, in digits or in words, that counts what follows it ("60 funds", "three portfolio
# managers").
COUNT_NUMBER = rf"(?:\d[\d,]*|{NUMBER_WORD}|hundred)"


# The stems of nouns that count people, each standing for the others in a count.
PEOPLE_COUNTED = frozenset(stem(w) for w in PEOPLE_NOUN_WORDS)


def states_count(noun: str, text: str) -> bool:
    """Whether a text states a number of what a how-many question counts, right before its
    noun ("60 funds", "3 portfolio managers: ..."), in any form of the noun."""
    key = stem(noun.lower())
    # people are counted by a word for any person too ("The Board consists of four individuals"
    # counts its trustees)
    keys = {key} | (PEOPLE_COUNTED if key in PEOPLE_COUNTED else set())
    for m in re.finditer(rf"\b{COUNT_NUMBER}\s+((?:[\w'’-]+\s+){{0,2}}[\w'’-]+)", text, re.I):
        # ("30 days' notice": the possessive mark is no part of the noun)
        if any(stem(w.lower().rstrip("'’")) in keys for w in m.group(1).split()):
            return True
    # a table row labelled with the noun, its count in the cell: "Other Pooled Investment
    # Vehicles | 3 | $491"
    for m in re.finditer(r"([\w'’-]+)\s*[|:]\s*\d[\d,]*(?![\d.,]*\s*%)\b", text):
        if stem(m.group(1).lower()) == key:
            return True
    return False


def _says_renaming(text: str) -> bool:
    """Whether a text (in ``words`` form) says that a name changes."""
    return any(has_phrase(text, w) for w in lexicon()["renaming"]["evidence"])


def superlative_way(question: str) -> str | None:
    """The direction ("up", "down") of the first superlative a question asks by, or None."""
    most = lexicon()["superlatives"]["words"]
    return next((most[w] for w in words(question).split() if w in most), None)


def states_superlative(c: Constraint, text: str) -> bool:
    """Whether a text (in ``words`` form) states the superlative a question asks ("lowest":
    lowest, least, ...; for an amount asked, a bound too: "minimum", "at least")."""
    data = lexicon()["superlatives"]
    way = data["words"][c.value]
    if c.kind == "superlative_bound" and any(has_phrase(text, w) for w in data["bound"][way]):
        return True
    plain = BOUND_PHRASE_RE.sub(" ", text)
    return any(has_phrase(plain, w) for w in (c.value, *data["compare"][way]))


@cache
def _subject_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon()["subject"]
    # a word that narrows a measure ("initial", "subsequent") is checked where the sentence is
    # picked, which knows when it may go unsaid
    narrowing = json.loads(QUALIFIERS.read_text(encoding="utf-8"))["qualifiers"]
    skip = frozenset(data["skip"]) | {q["word"] for q in narrowing}
    return skip, frozenset(data["holdings"]), frozenset(data["invest_verbs"])


def subject_words(question: str) -> tuple[str, ...]:
    """The words of what an amount question measures (see ``understand.measured_words``)."""
    return measured_words(question, *_subject_lexicon())


def speaks_of(word: str, text: str) -> bool:
    """Whether a text says a question word, in any form or in a filing's word for it
    ("maturity" in "maturities", "buy" as "purchase", "limitation" as "limit")."""
    # (its own word split: "non-U.S." gives "non" and "u", as the synonyms of "foreign" expect)
    have = {stem(p) for w in WORD_RE.findall(text.lower()) for p in (w, *w.split("-")) if p}
    forms = {stem(word), *(stem(p) for p in word.split("-") if p)}
    synonyms = wordforms.forms()["words"]
    forms |= {syn for f in list(forms) for syn in synonyms.get(f, ())}
    forms |= {d for f in list(forms) for d in wordforms.derived(f)}
    return bool(forms & have)


# "the record date", "What's the liquidation date": the word before "date".
DATE_KIND_RE = re.compile(r"\b([a-z][\w'’-]*)\s+date\b", re.I)


@cache
def word_set(entry: str, key: str) -> frozenset[str]:
    """A list of words of data/constraints.json (``entry``'s ``key``), as a set, read once."""
    return frozenset(lexicon()[entry][key])


def date_kind(question: str) -> str | None:
    """The event a question names a date by ("record" of "what's the record date for the
    meeting?"), or None when the words before "date" name none (data/constraints.json
    "date_kinds")."""
    plain = word_set("date_kinds", "plain")
    # ("the statement of additional information date": the date a document bears)
    documents = {n.split()[-1] for ns in lexicon()["document_kinds"].values() for n in ns}
    for m in DATE_KIND_RE.finditer(question):
        word = m.group(1).lower().replace("’", "'")
        if word not in plain and word not in documents and not word.endswith("'s"):
            return word
    return None


# The kinds of value a change sets anew: an amount, a benchmark index.
VALUE_TARGETS = frozenset({"amount", "index"})
NEW_VALUE_REACH = 4  # words from "new" to the amount's noun ("the revised total expense ratio")


def new_value_asked(question: str) -> str | None:
    """The word by which a question asks for the new value of an amount ("new", "revised"),
    when the noun of an amount follows it closely ("the new management fee"); None for "the
    minimum for new investors"."""
    said = WORD_RE.findall(question.lower())
    nouns = target_nouns()
    marks = set(lexicon()["relations"]["new_value"])
    for i, w in enumerate(said):
        following = said[i + 1 : i + 1 + NEW_VALUE_REACH]
        if w in marks and any(nouns.get(n) in VALUE_TARGETS for n in following):
            return w
    return None


def asked_roles(question: str) -> list[str]:
    """The words of the service-provider or board role a question asks who holds ("who is the
    custodian?", "which firm serves as transfer agent?"): a role its wh-phrase reaches, not one
    that only describes someone else ("who is acquiring X, sub-adviser to the fund?")."""
    roles = lexicon()["roles"]
    named = _roles_asked(question)
    # "the investment adviser" names that role, not also the "adviser" inside it
    named = [r for r in named if not any(r != o and has_phrase(words(o), r) for o in named)]
    return list(dict.fromkeys(w for role in named for w in roles[role]))


POSSESSIVE_RE = re.compile(r"['’]s\b")


# How far into a question its wh-phrase reaches a role ("what is the address of the investment
# adviser?"); a role asked only when the question asks who holds it (the board) is reached
# closer ("who joined the board?", not "the SAI date in the supplement on the board").
ROLE_REACH = 50
ASKED_ONLY_REACH = 30


def _roles_asked(question: str, reach: int = ROLE_REACH) -> list[str]:
    """The roles a question's wh-phrase reaches ("who joined the board?")."""
    head = re.match(rf"\s*(?:who|which|what|where)\b[^,?;]{{0,{reach}}}", question, re.I)
    if head is None:
        return []
    q = words(POSSESSIVE_RE.sub("", head.group(0)))  # "the adviser's location"
    found = {
        r: q.find(f" {r} ") if has_phrase(q, r) else q.find(f" {r}s ")
        for r in lexicon()["roles"]
        if not r.startswith("_") and (has_phrase(q, r) or _plural_role(q, r))
    }
    if not found:
        return []
    # the role the wh-phrase names first; a later one only says whose it is ("the chief
    # executive officer of the adviser"), unless it is part of the first ("investment adviser")
    first = min(found.values())
    end = max(at + len(r) + 1 for r, at in found.items() if at == first)
    return [r for r, at in found.items() if at < end]


def _plural_role(q: str, role: str) -> bool:
    """Whether a wh-phrase (in ``words`` form) asks a role in the plural ("who are the
    subadvisers?"), not a law named after it ("which Advisers Act rule")."""
    return has_phrase(q, f"{role}s") and not has_phrase(q, f"{role}s act")


# A year written after a capitalised word of a name ("Worldwide 2004", "SmartRetirement 2065",
# "Target 2030 Fund"): part of the name, no date; not after a month or a word that dates.
NAMED_YEAR_RE = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|In|On|By|Since|Of|From|To|"
    r"Until|Through|Before|After|Fiscal|Year|FY|Calendar|The|And|Or|Effective|As)\b)"
    r"[A-Z][\w&'’®.-]*\s+((?:19|20)\d{2})\b(?!\s*[-–/,]\s*\d)"
)


def year_of_a_name(date: str, text: str) -> bool:
    """Whether a date found in a text is only a year that is part of a name there."""
    if not re.fullmatch(r"(?:19|20)\d{2}", date.strip()):
        return False
    years = [m.group(1) for m in NAMED_YEAR_RE.finditer(text)]
    plain = [m.group(0) for m in re.finditer(rf"\b{date.strip()}\b", text)]
    return bool(years) and years.count(date.strip()) == len(plain)


def _dates(question: str, dates: Sequence[str], names: Sequence[str]) -> list[str]:
    """Full dates the question names, and bare years outside those dates and outside fund
    names ("the 2040 Fund", "Scudder Worldwide 2004")."""
    inside = " ".join(names)
    found = [d for d in dates if d not in inside and not year_of_a_name(d, question)]
    rest = question
    for d in (*found, *names):
        rest = rest.replace(d, " ")
    found += [
        str(y)
        for y in sorted(years_in(rest))
        if str(y) not in found and not year_of_a_name(str(y), question)
    ]
    return found


def verify(
    wanted: Iterable[Constraint],
    evidence: Sequence[Evidence],
    items: Sequence[str] = (),
    person_words: Callable[[str], tuple[str, ...]] = lambda p: (p.split()[-1],),
    said: str | None = None,
    above_counts: bool = True,
) -> tuple[Check, ...]:
    """One check per constraint: the first citation whose evidence satisfies it, or None.
    ``said`` is the answer's own text: what a measure is of must be said where the amount is
    (that sentence, or, unless ``above_counts`` is False as for an answer read from a lone
    sentence, the caption or heading above its passage), not anywhere in a long passage."""
    texts = [(e, words(e.citation.text), words(e.context)) for e in evidence]
    wanted = list(wanted)
    people = [c.value for c in wanted if c.kind == "person"]
    checks = []
    for c in wanted:
        if c.kind in ("earlier_post", "earlier_employer"):
            # the answer's own text, else a cited text, sets a post before the one asked
            named, employer = " ".join([c.value, *people]), c.kind == "earlier_employer"
            if said is not None:
                stated_here = evidence and careers.states_earlier_post(said, named, employer)
                n = evidence[0].citation.n if stated_here else None
            else:
                n = next(
                    (
                        e.citation.n
                        for e in evidence
                        if careers.states_earlier_post(e.citation.text, named, employer)
                    ),
                    None,
                )
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind in ("superlative", "superlative_bound"):
            # "the lowest expenses": said by the answer itself (a table's row label, the
            # sentence), or, of an amount bounded ("the longest maturity": "13 months or
            # less"), by the caption above a table's values
            bound = c.kind == "superlative_bound"
            n = next(
                (
                    e.citation.n
                    for e, text, above in texts
                    if states_superlative(c, words(said) if said is not None else text)
                    or (bound and above_counts and states_superlative(c, above))
                ),
                None,
            )
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "renaming" and said is not None and _says_renaming(words(said)):
            # "X is renamed Y": an answer read from a rename the filing's layout states (an
            # "Old Name | New Name" row)
            checks.append(
                Check(c.kind, c.value, evidence[0].citation.n if evidence else None, bool(evidence))
            )
            continue
        if c.kind == "opposed":
            told = words(said if said is not None else _cited_text(evidence))
            ways = next(
                pair for pair in lexicon()["opposed_measures"] if c.value in [*pair[0], *pair[1]]
            )
            own, other = ways if c.value in ways[0] else ways[::-1]
            own_said = any(has_phrase(told, w) for w in own)
            contrary = any(has_phrase(told, w) for w in other) and not own_said
            if c.value in lexicon()["opposed_stated"] and not own_said:
                # ("after taxes on distributions": a filing writes it out, silence is the
                # return before taxes)
                contrary = not any(
                    has_phrase(words(e.citation.text), w) for e in evidence for w in own
                )
            n = evidence[0].citation.n if evidence and not contrary else None
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "transaction":
            told = transactions_in(words(said if said is not None else _cited_text(evidence)))
            n = evidence[0].citation.n if evidence and (not told or c.value in told) else None
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "percent":
            told = said if said is not None else _cited_text(evidence)
            dollars_only = "$" in told and not PERCENT_RE.search(told)
            n = evidence[0].citation.n if evidence and not dollars_only else None
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "count":
            told = said if said is not None else _cited_text(evidence)
            n = evidence[0].citation.n if evidence and states_count(c.value, told) else None
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "subject" and said is not None:
            n = next(
                (
                    e.citation.n
                    for e, _, above in texts
                    if speaks_of(c.value, said) or (above_counts and speaks_of(c.value, above))
                ),
                None,
            )
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "time_side":
            # the evidence may be silent on the side (the date constraint asks the date); it
            # fails when what the answer is read from is dated only on the other side
            sides = [_evidence_side(c.value, e) for e in evidence]
            contrary = "other" in sides and "own" not in sides
            n = evidence[0].citation.n if evidence and not contrary else None
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "target":
            # "whom did X replace?": an answer naming X is about the wrong person
            keys = [words(k) for k in person_words(c.value)]
            clash = any(any(k in words(i) for k in keys) for i in items)
            checks.append(Check(c.kind, c.value, None, not clash))
            continue
        if c.kind == "staying":
            said = lexicon()["staying"]["evidence"]
            cited = [e.citation.text for e in evidence]
            stays = bool(items) and all(
                any(sentence_with(t, person_words(i), said) for t in cited) for i in items
            )
            checks.append(Check(c.kind, c.value, 1 if stays else None, stays))
            continue
        if c.kind == "excluded":
            keys = [w for w in words(c.value).split() if w not in NAME_FILLER]
            others = [i for i in items if not any(has_phrase(words(i), k) for k in keys)]
            checks.append(Check(c.kind, c.value, 1 if others else None, bool(others)))
            continue
        if c.kind == "replacement":
            n = next(
                (
                    e.citation.n
                    for e in evidence
                    if _says_replacement(e.citation.text, person_words(c.value))
                    or _says_replacement(e.context, person_words(c.value))
                ),
                None,
            )
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        if c.kind == "fund" and items and all(FUND_NAME_END_RE.search(i) for i in items):
            # "into which fund is X reorganized?" answered with funds: the cited text speaks of
            # X itself (by name, or as "the Fund" it defines), not of two other funds of a
            # filing that covers X too (a table row "Fund A | Fund B" below a cover naming X)
            n = next(
                (
                    e.citation.n
                    for e, text, above in texts
                    if _fund_holds(c.value, e, text)
                    and (
                        stated(c.value, e.citation.text)
                        or FUND_REFERENCE_RE.search(e.citation.text)
                    )
                ),
                None,
            )
            checks.append(Check(c.kind, c.value, n, n is not None))
            continue
        n = next(
            (e.citation.n for e, text, above in texts if _holds(c, e, text, above, person_words)),
            None,
        )
        checks.append(Check(c.kind, c.value, n, n is not None))
    return tuple(checks)


# What a question sets aside ("besides Goggins", "other than the Growth Fund"): a name after
# a word of exception, in capitals.
EXCLUDED_RE = re.compile(
    r"\b(?:[Bb]esides|[Oo]ther\s+than|[Aa]part\s+from|[Aa]side\s+from|[Ee]xcept(?:\s+for)?|"
    r"[Ee]xcluding)\s+(?:the\s+)?((?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|of|and|&))*)"
)


def _headed_by_other(citation: Citation, keys: Sequence[str]) -> bool:
    """Whether a passage stands under a heading that is a person's name ("Marcelle Daher,
    CFA") other than the one asked for (by its keys)."""
    heading = citation.section.rsplit(" > ", 1)[-1].strip()
    if not PERSON_HEADING_RE.fullmatch(heading):
        return False
    said = words(heading)
    return not any(has_phrase(said, k) for k in keys)


# A heading that is a person's name alone, credentials after a comma allowed.
# (a name part may hold a capital inside: "McIntosh", "MacEwen", "DeVito")
_NAME_PART = r"[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?"
PERSON_HEADING_RE = re.compile(
    rf"(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*{_NAME_PART}(?:\s+[A-Z]\.)*(?:\s+{_NAME_PART}){{1,2}}"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?(?:,\s*(?:[A-Z]{2,5}|Ph\.D\.)(?:,\s*[A-Z]{2,5})*)?"
)


def _without_names(text: str, names: Sequence[str]) -> str:
    """The text with each of the names (case aside) blanked out."""
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = re.sub(re.escape(name), " ", text, flags=re.I)
    return text


def asks_staying(question: str) -> bool:
    """Whether a question asks who stays ("which PMs remain?", "who continues to manage?")."""
    said = words(question)
    return any(has_phrase(said, w) for w in lexicon()["staying"]["question"])


def says_staying(text: str, keys: Sequence[str]) -> bool:
    """Whether a sentence of a text names someone (by ``keys``) and says they stay."""
    return sentence_with(text, keys, lexicon()["staying"]["evidence"])


def _says_replacement(text: str, keys: Sequence[str]) -> bool:
    """Whether one sentence of a text names the person (by one of ``keys``) and says a
    replacement ("Ms. Cole replaced Mr. Dunn", "Mr. Dunn's successor", "in place of")."""
    return sentence_with(text, keys, lexicon()["replacement"]["evidence"])


def sentence_with(text: str, keys: Sequence[str], said: Sequence[str]) -> bool:
    """Whether one sentence of a text names someone (by one of ``keys``) and says one of the
    phrases ``said`` (amending instructions aside)."""
    for _, sentence in split_sentences(text):
        plain = AMENDING_RE.sub(" ", words(sentence))
        if any(has_phrase(plain, k) for k in keys) and any(has_phrase(plain, w) for w in said):
            return True
    return False


# A fund's name as an answer item ends in a fund word; a defined term that speaks of a fund the
# filing covers ("the Fund", "each Portfolio", "the Target Fund").
FUND_NAME_END_RE = re.compile(r"\b(?:Fund|Portfolio|ETF|Trust|Fund,? Inc\.?)$", re.I)
FUND_REFERENCE_RE = re.compile(
    r"\b(?:[Tt]he|[Ee]ach|[Tt]his|[Ii]ts)\s+(?:(?:Acquired|Target|Merging|Reorganizing|"
    r"Existing|Predecessor)\s+)?(?:Fund|Portfolio|Series)s?\b(?!\s+[A-Z])"
)


def _holds(
    c: Constraint,
    e: Evidence,
    text: str,
    above: str,
    person_words: Callable[[str], tuple[str, ...]],
) -> bool:
    if c.kind == "fund":
        return _fund_holds(c.value, e, text)
    if c.kind == "person":  # in the passage, or just above it ("She joined ...")
        keys = person_words(c.value)
        if not any(has_phrase(text, k) for k in keys) and _headed_by_other(e.citation, keys):
            return False  # a line of another manager's biography, under that manager's name
        return any(has_phrase(t, k) for k in keys for t in (text, above))
    if c.kind == "share_class":
        if class_in(c.value, text):
            return True
        # a passage that names its own classes is not about another one the lines above name
        # ("Class Y shares are subject to a minimum of $100,000" under "Class A and C Shares")
        own = [m.group(0) for m in SHARE_CLASS_RE.finditer(e.citation.text)]
        if not own and e.row_group:  # a row of the class group it stands in
            return class_in(c.value, words(e.row_group))
        if own:
            return False
        if SHARE_CLASS_RE.search(e.citation.section):
            # its heading says whose it is ("Total Returns for Class Y Shares")
            return class_in(c.value, words(e.citation.section))
        # of the text above, the sentence nearest the passage that names classes says whose it
        # is ("Total Returns of Investor Class" over "Best Quarter: +23.00%", though the
        # paragraph above it compares the Investor and Institutional Classes)
        nearest = next(
            (t for _, t in reversed(split_sentences(e.context)) if SHARE_CLASS_RE.search(t)), ""
        )
        return class_in(c.value, words(nearest)) if nearest else class_in(c.value, above)
    if c.kind == "date":  # (the text as written too: "since 08/25" loses its slash in words)
        return (
            date_in(c.value, text)
            or date_in(c.value, e.citation.text)
            or any(date_in(c.value, words(d)) for d in e.filing_dates)
            # a table's row, dated by its caption or heading ("Average Annual Total Returns
            # (for the periods ended December 31, 2024)" over "Return before taxes | 0.65%")
            or (e.table_above is not None and date_in(c.value, words(e.table_above)))
        )
    if c.kind == "amount":
        above = e.context if e.table_above is None else e.table_above
        if amount_in(c.value, e.citation.text) or amount_in(c.value, above):
            return True
        years = YEARS_AMOUNT_RE.fullmatch(c.value.strip())
        if years is not None and any(
            period_in(years.group(1), words(t)) for t in (e.citation.text, above)
        ):
            return True  # "over 1 year" of a column "One Year"
        # a row of a range of money that holds it ("$100,000 but less than $250,000 | 3.25%")
        asked = parse_amount(c.value)
        ranged = band(e.citation.text.split("|")[0]) if e.table_above is not None else None
        return bool(
            ranged and asked and asked.unit == "$" and asked.value and ranged.holds(asked.value)
        )
    if c.kind in ("relation", "value_relation"):  # a word of change (of an amount: up, down)
        if c.kind == "value_relation":  # a change of the amount, not of a person ("approved
            # the reduction of the expense limit"); a comparison said above the cited text
            # ("your expenses would be lower") tells no change of it
            rel = lexicon()["relations"]
            if e.supplement and c.value in rel["new_value"]:
                return True  # "the new expense cap": what a supplement states, it states anew
            sides = lexicon()["amount_sides"]
            if asks_earlier_value(c) and any(
                has_phrase(t, w) for t in (text, above, words(e.notes)) for w in sides["restated"]
            ):
                return False  # the table already holds the change: its amounts are the new
            verbs = sides["change_verbs"]
            near = [w for w in verbs if w not in rel["comparatives"]]
            return any(has_phrase(text, w) for w in (*rel["value_evidence"], *verbs)) or any(
                has_phrase(above, w) for w in (*rel["value_evidence"], *near)
            )
        return says_change(text) or says_change(above)
    if c.kind == "role":
        return any(has_phrase(text, w) or has_phrase(above, w) for w in lexicon()["roles"][c.value])
    if c.kind == "renaming":
        return _says_renaming(text) or _says_renaming(above)
    if c.kind == "addition":  # a supplement states what is new; else a word of joining
        said = lexicon()["additions"]["evidence"]
        if any(has_phrase(text, w) for w in said):
            return True
        # (not what a cited text says stays as it was: "X will continue to manage the Fund",
        # whatever joins above it)
        if any(has_phrase(text, w) for w in lexicon()["staying"]["evidence"]):
            return False
        return e.supplement or any(has_phrase(above, w) for w in said)
    if c.kind == "subject":
        return speaks_of(c.value, text) or speaks_of(c.value, above)
    if c.kind == "period":
        if _row_short_of_periods(e):
            return False
        return period_in(c.value, text) or period_in(c.value, above)
    return False


# A percentage, in figures or in words.
PERCENT_RE = re.compile(r"%|\bpercent\b", re.I)
# A period in years a question measures by ("the 10-year return", "5 yr", "ten years").
# (numbers in words: those a performance table's period columns are written in)
PERIOD_ASKED_RE = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})[\s-]*(?:years?|yrs?)\b", re.I
)


def periods_asked(question: str) -> list[str]:
    """The periods in years a question names, as numbers ("10" of "the 10-yr return")."""
    return [
        NUMBER_WORDS.get(m.group(1).lower(), m.group(1)) for m in PERIOD_ASKED_RE.finditer(question)
    ]


# The first period of a performance table's header ("1 Year", "One Year").
FIRST_PERIOD_RE = re.compile(r"\b(?:1|one)[\s-]*years?\b", re.I)


def _row_short_of_periods(e: Evidence) -> bool:
    """Whether a cited table row holds fewer values than the period columns of the header
    above it ("1 year | 5 years | 10 years | Since Inception" over a class's "14.50% | 10.73% |
    11.04%"): which period each value is of, the layout does not say."""
    text = e.citation.text
    if " | " not in text:
        return False
    cells = text.split("|")
    # (a row whose first cell is a value has no label: "$66 | $260" under "One Year | Three
    # Years")
    labelled = re.search(r"[A-Za-z]{2}", cells[0]) is not None
    values = [cell for cell in cells[1 if labelled else 0 :] if re.search(r"\d", cell)]
    starts = list(FIRST_PERIOD_RE.finditer(e.context))
    if not values or not starts:
        return False
    header = re.split(r"[%$]", e.context[starts[-1].start() :], maxsplit=1)[0]
    return len(values) < len(HEADER_PERIOD_RE.findall(header))


# An amount that is a number of years ("1 year", "10-yr").
YEARS_AMOUNT_RE = re.compile(r"(\d{1,2})[\s-]*(?:years?|yrs?)", re.I)


def period_in(years: str, text: str) -> bool:
    """Whether a text (made by :func:`words`) states a period of so many years, in digits or
    in words ("10 Years", "ten-year"; a year also as "past year")."""
    names = [years, *(w for w, n in NUMBER_WORDS.items() if n == years)]
    pattern = rf"(?<![\w-])(?:{'|'.join(names)})[\s-]*(?:years?|yrs?)\b"
    if years == "1":
        pattern += r"|\b(?:past|last|one) year\b"
    return re.search(pattern, text) is not None


# What a supplement's instruction replaces: a part of the document, not a person or a firm.
_DOCUMENT_PART = (
    r"(?:sub-?)?(?:information|paragraph|section|sentence|disclosure|table|text|language|chart|"
    r"heading|discussion)s?\b"
)
# An amending instruction, in the lower-cased word form ``words`` makes: "the following
# information replaces similar information", "is deleted and replaced with the following",
# "replaces the second paragraph", "is hereby replaced in its entirety".
AMENDING_RE = re.compile(
    r" following (?:\w+ ){0,3}(?:replaces?|is replaced|are replaced|supersedes?)(?: \w+){0,5}"
    rf" {_DOCUMENT_PART}"
    r"| (?:is|are) (?:hereby )?(?:deleted (?:in its entirety )?and )?replaced (?:in (?:its|their) "
    r"entirety )?(?:with|by) the following\b"
    r"| replaces? (?:the )?(?:similar|existing|corresponding|first|second|third|last) "
    rf"(?:\w+ ){{0,2}}{_DOCUMENT_PART}"
)


def _fund_holds(fund: str, e: Evidence, text: str) -> bool:
    """The cited filing covers the fund (by the index's fund table or one of its own names),
    or the passage names it."""
    return (
        fund in e.filing_funds
        or any(stated(fund, n) for n in e.filing_names)
        or stated(fund, e.citation.text)
    )


def same_class(a: str, asked: Sequence[str]) -> bool:
    """Whether share class ``a`` ("Class A", "Investor Class") is one of those asked."""
    return any(class_in(c, words(a)) or class_in(a, words(c)) for c in asked)


# What may stand between "Class" and its mark: another mark, a ticker, the word "ticker".
CLASS_GAP_WORD = r"(?:[a-z0-9-]{1,3}|[a-z]{4}x|tickers?)"


def class_in(share_class: str, text: str) -> bool:
    """Whether a text names the class: "Class A" as "Class A", "Class A Shares" or "A Shares";
    "Investor Class" as "Investor Class" or "Investor Shares"."""
    parts = WORD_RE.findall(share_class.lower())
    if len(parts) < 2:
        return has_phrase(text, share_class)
    if parts[0] in ("class", "classes"):
        mark = parts[-1]
        return bool(
            re.search(
                # "Classes A, C and I", "Class: A (VKMMX), C (VMICX), Y (VMIIX)": other
                # marks and tickers may stand between, not any words
                rf" class(?:es)? (?:{CLASS_GAP_WORD} (?:and |or )?)*{mark} "
                rf"| {mark} (?:class|shares?) ",
                text,
            )
        )
    # "Investor Class", "Service 2 Class": every word before "class"
    mark = " ".join(parts[:-1]) if parts[-1] in ("class", "shares", "share") else parts[0]
    return bool(re.search(rf" {mark} (?:class|shares?) ", text))


def amount_in(amount: str, text: str) -> bool:
    """Whether a text states an amount, however it spells it ("$1 million" for "$1,000,000",
    "0.65 %" for "0.65%"); a table's bare number ("0.65") states a percentage or a sum."""
    wanted = parse_amount(amount)
    if wanted is None or wanted.value is None:
        return has_phrase(words(text), amount)
    found = [(a.value, a.unit) for a in find_amounts(text)]
    found += [(float(n.replace(",", "")), "") for n in BARE_NUMBER_RE.findall(text)]
    return any(
        v is not None and abs(v - wanted.value) < 1e-9 and unit in (wanted.unit, "")
        for v, unit in found
    )


# A number standing alone, as tables print amounts without their unit.
BARE_NUMBER_RE = re.compile(r"(?<![\w.,$])\d[\d,]*(?:\.\d+)?(?![\w%])")


# A month and a two-digit year written with a slash ("since 08/25"), not part of a full date.
MONTH_SLASH_YEAR_RE = re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/(\d{2})(?![\d/])")
# ... as a tenure's start ("Portfolio Manager (since 08/25)"): a fraction is none.
SINCE_MONTH_SLASH_YEAR_RE = re.compile(
    r"\bsince\s+(?<![\d/])(0?[1-9]|1[0-2])/(\d{2})(?![\d/])", re.I
)


def date_in(date: str, text: str) -> bool:
    """A date's year (and month, when it names one) in a text, however either spells it."""
    years, months = years_in(date), months_in(date)
    if years and months and not years & years_in(text):
        # a month written as "08/25" ("Portfolio Manager (since 08/25)")
        return any(
            int(m.group(1)) in months and 2000 + int(m.group(2)) in years
            for m in SINCE_MONTH_SLASH_YEAR_RE.finditer(text)
        )
    if years and not years & years_in(text):
        return False
    if months and not months & months_in(text):
        return False
    return bool(years or months) or has_phrase(text, date)


def _cited_text(evidence: Sequence[Evidence]) -> str:
    """The text of every citation, for a check of an answer that gives no text of its own."""
    return " ".join(e.citation.text for e in evidence)


def failed(checks: Iterable[Check]) -> list[Check]:
    return [c for c in checks if not c.ok]
