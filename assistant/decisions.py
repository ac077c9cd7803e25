"""Decisions asked by their maker and their matter: "When did the X board approve Y?".

A question asking when a body decided something names who decided (a board, the
shareholders, a regulator; often whose: "the Northwind board") and what was decided (the head noun
of what follows the verb: "the investment advisory agreement"). A date answers it only when the
sentence that gives it says a decision of that body on that matter: not the day the board of
another trust approved a reorganization, the SEC adopted a rule, or the board approved changes
to strategies while the question asks about an advisory agreement.

The kinds of deciding body and their words are data (data/constraints.json "deciders").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant import verify
from assistant.compose import SYNONYMS
from assistant.wordforms import stems_of
from index.dates import MONTH_NAMES
from index.entities import GENERIC_NAME_WORDS
from index.stemming import stem

_WHEN = r"(?:when|what\s+(?:date|day)|which\s+(?:date|day)|on\s+what\s+(?:date|day))"
# (the verb after "did the X board": its base form; "when would the reorganizations approved
# on May 5 occur?" asks no decision)
_VERB = r"approve|adopt|authori[sz]e|ratify|vote|decide"
# "When did the X board approve Y?", "On what date will shareholders vote on Y?" (a decision
# in a condition is supposed, not asked: "when would X occur if shareholders approve?")
ACTIVE_ASKED_RE = re.compile(
    rf"\b{_WHEN}\b[^?]*?\b(?:did|does|do|has|have|had|will|would)\s+"
    r"(?P<who>(?:(?!\b(?:if|unless|once|provided|assuming)\b)[^?])+?)\s+"
    rf"(?P<verb>{_VERB})\b(?:\s+(?:on|for|to|upon))?(?P<what>[^?]*)",
    re.I,
)
# "When was Y approved (by the X board)?"
PASSIVE_ASKED_RE = re.compile(
    rf"\b{_WHEN}\b\s+(?:was|were|is|are|has|have|had)\s+(?P<what>[^?]+?)\s+(?:been\s+)?"
    r"(?P<verb>approved|adopted|authori[sz]ed|ratified)\b(?:\s+by\s+(?P<who>[^?]+))?",
    re.I,
)
# A decision's verb leading what a vote is on ("vote to approve the new contract").
LEADING_DECISION_RE = re.compile(rf"^(?:{_VERB})\s+", re.I)
# A decision a sentence says (a verb: "approval" names one without saying it was made).
DECISION_SAID_RE = re.compile(
    r"\b(?:approv(?:e|ed|es)|adopt(?:ed|s)?|authori[sz](?:e|ed|es)|ratif(?:y|ied|ies)|"
    r"vot(?:e|ed|es)|decid(?:e|ed|es))\b",
    re.I,
)
# Words that may name a decision without its verb.
DECISION_NAMED_RE = re.compile(r"\b(?:approval|meeting|met|vote|resolution|consent)\b", re.I)
# A decision only supposed ("if approved", "subject to approval"): none made.
CONDITIONAL_APPROVAL_RE = re.compile(
    r"\b(?:if|once|when|assuming\s+(?:it\s+is\s+)?|subject\s+to)\s+(?:(?:it|they)\s+(?:is|are)\s+)?"
    r"(?:approved|approval|adopted)\b",
    re.I,
)
# A decision a sentence supposes or awaits ("if approved", "subject to approval by
# shareholders", "pending shareholder approval").
NOT_MADE_RE = re.compile(
    rf"{CONDITIONAL_APPROVAL_RE.pattern}|\b(?:subject\s+to|pending|requires?|upon)\b[^.;]{{0,60}}?"
    r"\bapprov\w*\b",
    re.I,
)
# Where the noun phrase of what was decided ends: its head noun is the word before.
HEAD_END_RE = re.compile(
    r"\s(?:with|for|of|to|into|by|between|from|at|on|in|under|that|which|as|and|or)\s", re.I
)
# How far before a decision's verb its maker may be named ("At a meeting of the Board of
# Trustees of X held on May 5, 2024, the Board approved"), and after it ("approved by the
# Board of Trustees of X").
MAKER_BEFORE_CHARS = 240
MAKER_AFTER_CHARS = 90
POSSESSIVE_RE = re.compile(r"['’]s?$")
# "approved by the Board of Trustees": the maker after the verb.
BY_RE = re.compile(r"^\s*,?\s*by\b", re.I)
# Capitalised words that lead a clause and name no one ("At a meeting", "On May 5").
NOT_OWNERS = frozenset(
    {"at", "on", "in", "the", "a", "an", "of", "as", "effective", "for", "by", "upon", "during",
     "following", "pursuant", "since", "after", "before", "its", "their", "each", "all"}
)  # fmt: skip
# A participle after a noun, which starts what modifies it ("contracts described in").
POST_MODIFIER_RE = re.compile(r"[a-z]+(?:ed|ing)")
PRONOUNS = frozenset({"it", "they", "them", "this", "that", "these", "those", "its", "their"})
MONTHS = frozenset(m.lower() for m in MONTH_NAMES)


@dataclass(frozen=True)
class Asked:
    """A decision a question asks the date of."""

    kind: str | None  # the kind of body asked ("board"), None when it names none
    owner: frozenset[str]  # the words that tell whose body it is ("northwind")
    head: str | None  # the head noun of the matter decided ("agreement"), None for a pronoun
    text: str  # the maker and matter as asked, for the check's value


@cache
def deciders() -> dict[str, frozenset[str]]:
    """Each kind of deciding body with the words that name it."""
    return {k: frozenset(v) for k, v in verify.lexicon()["deciders"].items()}


def _kind_of(text: str) -> str | None:
    told = verify.words(text)
    for kind, names in deciders().items():
        if any(verify.has_phrase(told, n) for n in names):
            return kind
    return None


def asked(question: str) -> Asked | None:
    """The decision a question asks the date of, or None when it asks no decision's date."""
    m = ACTIVE_ASKED_RE.search(question) or PASSIVE_ASKED_RE.search(question)
    if m is None:
        return None
    who = (m.group("who") or "").strip()
    what = (m.group("what") or "").strip(" ,.")
    # "vote to approve the contract": what is approved
    what = LEADING_DECISION_RE.sub("", what)
    kind = _kind_of(who) if who else None
    owner = frozenset(
        w
        for w in _capitalised(who)
        if w not in _body_words() and w not in GENERIC_NAME_WORDS and w not in NOT_OWNERS
    )
    return Asked(kind, owner, _head(what), f"{who} on {what}".strip() if who else what)


def _head(what: str) -> str | None:
    """The head noun of what was decided: the last word before a preposition or a participle
    that follows it ("the new management contracts described in ..."); a gerund that leads it
    ("replacing Harborgate as sub-adviser"); None for a pronoun."""
    phrase = HEAD_END_RE.split(f" {what} ", maxsplit=1)[0].strip()
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    if words and words[0].endswith("ing"):
        return words[0]  # (a gerund takes no article: "the existing agreement" is a noun's)
    words = [w for w in words if w not in ("the", "a", "an")]
    if not words or words[0] in PRONOUNS:
        return None
    for i in range(1, len(words)):
        if POST_MODIFIER_RE.fullmatch(words[i]) and not words[i - 1].endswith("ly"):
            return words[i - 1]
    return words[-1]


def said_by(decision: Asked, sentence: str) -> bool | None:
    """Whether a sentence says a decision of the body asked on the matter asked: True when one
    of its decisions does, False when it says decisions and none does, None when it says none
    (then it cannot tell)."""
    supposed = [m.span() for m in NOT_MADE_RE.finditer(sentence)]
    found = [
        m
        for m in DECISION_SAID_RE.finditer(sentence)
        if not any(a <= m.start() < b for a, b in supposed)
    ]
    if not found:
        # a date a sentence ties to no decision is none's ("the reorganizations are proposed
        # to occur on or about April 28"), unless it may be said in other words ("at its
        # meeting on May 5", "the approval was given on May 5")
        return None if DECISION_NAMED_RE.search(NOT_MADE_RE.sub(" ", sentence)) else False
    # (a gerund is a deed said in many words: "approve replacing X with Y" of "approved a
    # change of sub-adviser from X to Y", "making the Fund non-diversified" of "a proposal to
    # change the Fund ... to a non-diversified company": only the maker is checked)
    matter_said = (
        decision.head is None
        or decision.head.endswith("ing")
        or _matter_said(decision.head, sentence)
    )
    return matter_said and any(_maker_fits(decision, sentence, m) for m in found)


def _matter_said(head: str, sentence: str) -> bool:
    key = stem(head)
    have = stems_of(sentence)
    alike = {stem(w) for w in verify.lexicon()["decided_matters"].get(head, ())}
    return key in have or bool((set(SYNONYMS.get(key, ())) | alike) & have)


def _maker_fits(decision: Asked, sentence: str, m: re.Match[str]) -> bool:
    """Whether the body a decision's clause names (before its verb, or after it as "by ...")
    may be the one asked: of the kind asked and, when the question says whose and the clause
    does too, the same one's. A clause naming no body may be the one asked."""
    maker = sentence[max(0, m.start() - MAKER_BEFORE_CHARS) : m.start()].rsplit(";", 1)[-1]
    after = sentence[m.end() : m.end() + MAKER_AFTER_CHARS]
    if BY_RE.match(after):
        maker += " " + after.split(";")[0]
    if decision.kind is not None:
        told = verify.words(maker)
        if _kind_of(maker) is not None and not any(
            verify.has_phrase(told, n) for n in deciders()[decision.kind]
        ):
            return False  # another kind of body decides ("the SEC adopted a rule")
    if decision.owner:
        named = set()
        for body in _body_word_re().finditer(maker):
            if decision.kind is not None and body.group(0).lower() not in deciders()[decision.kind]:
                continue  # ("contingent upon shareholder approval of the Reorganization, the
                # Board approved": whose board is said around "Board")
            # the words naming the body, up to the commas around it ("the Board of Trustees of
            # the Cedarhaven Series Trust")
            before = maker[: body.start()].rsplit(",", 1)[-1]
            after_body = maker[body.end() :].split(",", 1)[0]
            named |= {
                w
                for w in _capitalised(f"{before} {after_body}")
                if w not in GENERIC_NAME_WORDS
                and w not in MONTHS
                and w not in NOT_OWNERS
                and w not in _body_words()
            }
        if named and not named & decision.owner:
            return False  # another trust's board ("the Board of the Cedarhaven Series Trust")
    return True


@cache
def _body_words() -> frozenset[str]:
    return frozenset(w for names in deciders().values() for n in names for w in n.split())


@cache
def _body_word_re() -> re.Pattern[str]:
    names = sorted({n for ns in deciders().values() for n in ns}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def _capitalised(text: str) -> set[str]:
    """The capitalised words of a text, lower-cased, a possessive's "'s" left out."""
    return {POSSESSIVE_RE.sub("", w.lower()) for w in re.findall(r"\b[A-Z][\w'’-]*", text)}
