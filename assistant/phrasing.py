"""How people phrase questions, read into one form before a question is understood.

A question may come with contractions ("who's"), abbreviations ("PMs"), a misspelt short word
the index-vocabulary corrector does not look at ("teh", "wich"), or as a command ("Name the
fund's PMs.", "Tell me which funds this supplement covers."). :func:`rephrase` spells these out
so that every reader sees the same question: "What are the fund's portfolio managers?",
"Which funds this supplement covers?". The vocabulary is data (``data/question_forms.json``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from assistant.understand import plain_verbs, target_nouns

FORMS = Path(__file__).with_name("data") / "question_forms.json"
# The question words a command may go on with ("Tell me which funds ...").
WH_WORDS = frozenset({"which", "who", "whom", "whose", "what", "when", "where", "how", "why"})
# Words that cannot open what a command asks for: the command word was a noun ("List of ...").
NOT_AN_OBJECT = frozenset(
    {"of", "for", "to", "in", "on", "at", "by", "with", "from", "is", "was", "are", "were",
     "change", "changes", "changed"}
)  # fmt: skip
# Words that make a fronted phrase a clause, which stays where it is.
CLAUSE_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would"}
)
# Opening words of a fronted phrase that are no names, lower-cased when it moves to the end.
LOWERED_OPENERS = frozenset(
    {"as", "in", "on", "per", "under", "after", "before", "following", "since", "starting",
     "effective", "from", "during", "according", "for", "with", "once", "while", "besides",
     "apart", "regarding", "until", "by", "at", "beginning", "when"}
)  # fmt: skip
# How many words after a command are read for the noun it asks about (its number).
NOUN_REACH = 6
# "got removed", "gets added": a passive said with "get", and the form of "be" it stands for.
GET_PASSIVE_RE = re.compile(r"\b(got|gets|getting)(?=\s+[a-z]+ed\b)", re.I)
GET_AS_BE = {"got": "was", "gets": "is", "get": "be", "getting": "being"}
WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
# "How long" of an arrangement that runs to a date: "how long is it in place?", "how long do
# the caps run?", "how long will the waiver last / remain in effect?".
HOW_LONG_LASTS_RE = re.compile(
    r"\b((?:for\s+)?how\s+long)(?=\s+(?:is|are|will|does|do|would|must|should)\b[^?]*?\b(?:in\s+place|"
    r"in\s+effect|runs?|last|lasts|remain|remains|continue|continues|stay|stays)\b)",
    re.I,
)


@cache
def _forms() -> dict[str, Any]:
    return json.loads(FORMS.read_text(encoding="utf-8"))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = _forms()

    def words(keys: list[str], flags: int) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", flags)

    contractions = words(list(data["contractions"]), re.I)
    abbreviations = words(list(data["abbreviations"]), 0)  # "PM", not "pm"
    misspellings = words(list(data["misspellings"]), re.I)
    wh_phrases = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in data["wh_phrases"])
        + r")(?![\w'’-])",
        re.I,
    )
    commands = "|".join(re.escape(c) for c in sorted(data["commands"], key=len, reverse=True))
    command = re.compile(rf"^\s*(?:please\s+)?(?:{commands})\b[\s,:]*", re.I)
    return contractions, abbreviations, misspellings, wh_phrases, command


@cache
def _role_verb_re() -> re.Pattern[str]:
    """ "Who distributes", "which firm now sub-advises": a wh-phrase, then a role verb."""
    verbs = "|".join(re.escape(v) for v in sorted(_forms()["role_verbs"], key=len, reverse=True))
    return re.compile(
        rf"\b(who|which\s+(?:firm|company|entity|organization|party))"
        rf"(?:\s+(?:now|currently))?\s+({verbs})\b(?:\s+(?:for|to)\b)?",
        re.I,
    )


def _role_as_noun(q: str) -> str:
    """ "Who distributes the fund?" as "Who is the distributor of the fund?": the role noun
    filings name a service provider by; the question's own words stay otherwise."""
    verbs = _forms()["role_verbs"]
    return _role_verb_re().sub(lambda m: f"{m.group(1)} {verbs[m.group(2).lower()]}", q)


def _as_typed(found: str, written: str) -> str:
    """A replacement with the capital the found word began with."""
    return written[:1].upper() + written[1:] if found[:1].isupper() else written


@cache
def _name_of_re() -> re.Pattern[str]:
    """ "the (full legal) name of the X's sub-adviser": the party asked by its name, a role of
    data/question_forms.json "named_roles" ending the phrase."""
    roles = "|".join(
        re.escape(r).replace(r"\ ", r"\s+")
        for r in sorted(_forms()["named_roles"], key=len, reverse=True)
    )
    return re.compile(
        r"\b(?:the|its|their)\s+(?:(?:full|legal|exact|complete|official|proper|"
        r"registered)\s+)*names?\s+of\s+(?=(?:the|its|their)\s+(?:[\w.&'’-]+\s+){0,8}?"
        rf"(?:{roles})s?\b)(?P<det>the|its|their)\s+",
        re.I,
    )


def rephrase(question: str) -> str:
    """The question in one form: contractions, abbreviations and misspelt short words spelt
    out, a command turned into a question."""
    data = _forms()
    contractions, abbreviations, misspellings, wh_phrases, command = _patterns()
    q = question.replace("’", "'")
    # "the investment adviser (not the sub-adviser)": an aside that says which role is not
    # asked (an aside of another case, "(not on a systematic purchase plan)", stays: the
    # answer must not be of that case)
    q = _role_aside_re().sub("", q)
    # "$10k", "$2.5M": the sum as filings write it ("$10,000", "$2,500,000")
    q = MONEY_SHORT_RE.sub(_money_in_full, q)
    q = contractions.sub(lambda m: _as_typed(m.group(), data["contractions"][m.group().lower()]), q)
    q = abbreviations.sub(lambda m: data["abbreviations"][m.group()], q)
    q = misspellings.sub(lambda m: _as_typed(m.group(), data["misspellings"][m.group().lower()]), q)
    q = wh_phrases.sub(
        lambda m: _as_typed(m.group(), data["wh_phrases"][" ".join(m.group().lower().split())]), q
    )
    # a phrasal verb as the one word filings use ("part ways with" -> drop), for every reader
    q = _role_as_noun(plain_verbs(q))
    # "which PM got removed?": the passive filings write ("was removed")
    q = GET_PASSIVE_RE.sub(lambda m: GET_AS_BE[m.group(1).lower()], q)
    # "how long is the expense cap in place?": until when (an arrangement runs to a date)
    if not re.search(r"\bexample\b|\bassum", q, re.I):  # (what an example assumes: a span)
        q = HOW_LONG_LASTS_RE.sub(
            lambda m: "Until when" if m.group(1)[:1].isupper() else "until when", q
        )
    q = NUMBER_OF_RE.sub("How many ", _fronted_last(q))
    # "the full legal name of the sub-adviser": the sub-adviser, named in full (not "the new
    # name of the fund", a change)
    q = _name_of_re().sub(lambda m: m.group("det") + " ", q)
    m = command.match(q)
    if m is None:
        return _bare_people_asked(_late_wh_first(q))
    rest = q[m.end() :].strip()
    if not rest:
        return q
    first = rest.split()[0].lower()
    if first in NOT_AN_OBJECT:  # "List of funds", "Name changes ...": no command
        return q
    if first in WH_WORDS:  # "Tell me which funds ...": the question it goes on with
        return rest[:1].upper() + rest[1:].rstrip(".") + ("" if rest.endswith("?") else "?")
    body = rest.rstrip(".?! ")
    heads = "|".join(re.escape(h) for h in sorted(data["people_heads"], key=len, reverse=True))
    who = re.match(rf"(?:{heads})\s+(?:who|that)\s+(\S.*)$", body, re.I)
    if who is not None:  # "List everyone who handles day-to-day management": who does
        return f"Who {who.group(1)}?"
    wh = "Who" if _names_people(body) else "What"  # "Name the co-managers": who they are
    return f"{wh} {'are' if _plural(body) else 'is'} {body}?"


CONSTRAINTS = Path(__file__).with_name("data") / "constraints.json"
# A sum written short: "$10k", "$2.5M", "$1 mm", "$3bn".
MONEY_SHORT_RE = re.compile(r"\$(\d+(?:\.\d+)?)\s?(k|m|mm|bn|b)\b", re.I)
MONEY_SCALE = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}


def _money_in_full(m: re.Match[str]) -> str:
    value = round(float(m.group(1)) * MONEY_SCALE[m.group(2).lower()])
    return f"${value:,}"


@cache
def _role_aside_re() -> re.Pattern[str]:
    """A parenthetical aside that sets a service provider's role apart from the one asked
    ("(not the sub-adviser)", "(rather than the distributor)"): the roles of
    ``data/constraints.json``."""
    roles = json.loads(CONSTRAINTS.read_text(encoding="utf-8"))["roles"]
    said = "|".join(
        re.escape(r) for r in sorted((r for r in roles if not r.startswith("_")), key=len)[::-1]
    )
    return re.compile(
        rf"\s*\((?:i\.e\.,?\s*)?(?:not|rather\s+than|other\s+than)\s+(?:the\s+|an?\s+)?"
        rf"(?:{said})s?\)",
        re.I,
    )


# "What is the typical number of securities ...?" asks how many.
NUMBER_OF_RE = re.compile(
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:(?:typical|usual|approximate|average|total|"
    r"current|maximum|minimum)\s+)?number\s+of\s+",
    re.I,
)
# A phrase set before a question's wh-word ("As of September 30, 2013, who are ...", "In
# May 2015, which company ...", "Per the June supplement, what ...").
FRONTED_RE = re.compile(
    r"^\s*(?P<front>[^?,;]{3,120}?(?:,\s*\d{4}\b[^?,;]{0,60})?),\s+"
    r"(?P<rest>(?:who|whom|whose|which|what|when|where|how|why)\b[^?]*)\?*\s*$",
    re.I,
)


def _fronted_last(q: str) -> str:
    """A question whose wh-word follows a fronted phrase, with the phrase moved to its end:
    "As of May 1, 2015, who is the adviser?" -> "Who is the adviser as of May 1, 2015?"."""
    m = FRONTED_RE.match(q)
    if m is None:
        return q
    said = m.group("front").lower().split()
    if any(w in WH_WORDS or w in CLAUSE_VERBS or w.endswith("ing") for w in said[1:]):
        return q  # a clause of its own ("Before coming to X", "For the fund X has managed")
    front = m.group("front").strip()
    lead = ""
    opener = re.match(r"(?:and|also|so|but|then|now)\s+", front, re.I)
    if opener:  # "And for Class C, what is ...?": a follow-up, and stays one
        lead, front = opener.group(0).strip().capitalize() + " ", front[opener.end() :]
    if front.split()[0].lower() in LOWERED_OPENERS:
        front = front[:1].lower() + front[1:]
    rest = m.group("rest").strip()
    if lead:
        return f"{lead}{rest} {front}?"
    return f"{rest[:1].upper()}{rest[1:]} {front}?"


# Words that open a question as a verb would: "Is ...?", "Did ...?" (no bare noun phrase).
AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "shall",
     "should", "may", "might", "must", "has", "have", "had"}
)  # fmt: skip


def _bare_people_asked(q: str) -> str:
    """A question that is a bare noun phrase naming people or a firm's role as the question it
    stands for ("Wellington PM on this fund?": "Who is the Wellington portfolio manager on
    this fund?"; "New transfer agent for the funds?": "Who is the new transfer agent for the
    funds?")."""
    words = [w.lower() for w in WORD_RE.findall(q)]
    if (
        not words
        or not q.rstrip().endswith("?")
        or any(w in AUXILIARIES for w in words)  # (a clause of its own, no bare phrase)
        or words[0] in NOT_A_NOUN_PHRASE
        or any(w in WH_WORDS for w in words)
    ):
        return q
    kind = "person" if _names_people(q) else _head_kind(q)
    if kind not in ("person", "org"):
        return q  # (a bare amount or date phrase is read as it stands: its parts are measures)
    body = q.rstrip(" ?")
    if body.split()[0].lower() not in _forms()["determiners"]:
        body = f"the {body[:1].lower()}{body[1:]}" if _lower_word(body) else f"the {body}"
    wh = "Who" if kind in ("person", "org") else "What"
    return f"{wh} {'are' if _plural(body) else 'is'} {body}?"


# First words of a bare question that is no noun phrase ("Any redemption fee?", "No load?").
NOT_A_NOUN_PHRASE = frozenset({"any", "no", "not", "and", "also", "or", "but", "if", "why"})


def _head_kind(text: str) -> str | None:
    """The answer type of the first vocabulary noun among a bare phrase's first words ("org"
    of "New transfer agent ..."), or None."""
    return next((kind for kind in _noun_kinds(text) if kind != "none"), None)


def _noun_kinds(text: str) -> list[str]:
    """The answer types of the vocabulary nouns among a phrase's first words, in order
    (determiners and possessors passed over)."""
    nouns = target_nouns()
    skip = set(_forms()["determiners"])
    words = [w.lower() for w in WORD_RE.findall(text)[:NOUN_REACH]]
    return [nouns[w] for w in words if w not in skip and not w.endswith("'s") and w in nouns]


def _lower_word(body: str) -> bool:
    """Whether a phrase's capital is only its first word's, as a question starts ("Redemption
    fee for X", "New transfer agent"), not a name's ("Wellington PM on ...")."""
    first = body.split()[0]
    low = first.lower()
    return (
        first[:1].isupper()
        and first[1:].islower()
        and (low in target_nouns() or low in _forms()["bare_phrase_words"])
    )


def _names_people(text: str) -> bool:
    """Whether what a command asks for are people ("the co-managers", "the New Trustees")."""
    return "person" in _noun_kinds(text)


# A question whose wh-word comes late, at the end of its first part: "X is being bought by
# whom?", "X stopped taking new investors as of what date?", "X is absorbing which two
# portfolios, and when?"; and what a question that needs no such move opens with.
_WH = r"(?:which|who|whom|whose|what|when)"
_PREP = r"(?:into|up\s+to|to|as\s+of|by|from|for|with|on|in|of|at|until|through)"
LATE_WH_RE = re.compile(rf"(?:\b{_PREP}\s+)?\b{_WH}\b[^,?]*$", re.I)
SECOND_PART_RE = re.compile(
    r",\s*(?:and\s+)?(?:what|which|who|when|where|how|around|roughly)\b.*$", re.I
)
CLAUSE_AFTER_WH_RE = re.compile(
    rf"^(?:{_PREP}\s+)?{_WH}\s+(?:[\w%$]+\s+){{0,2}}?(?:is|are|was|were|does|do|did|will|would|"
    r"has|have|had|can|could|may|must|should)\b",
    re.I,
)
OPENS_AS_QUESTION_RE = re.compile(
    rf"^\s*(?:{_WH}|where|why|how|is|are|was|were|does|do|did|can|could|will|would|has|have|"
    r"had|may|must|should|shall|and|also)\b",
    re.I,
)


def _late_wh_first(q: str) -> str:
    """A question whose wh-phrase closes its first part, with that phrase moved first, so that
    it is read as what is asked: "X stopped taking new investors as of what date?" -> "As of
    what date X stopped taking new investors?"."""
    if OPENS_AS_QUESTION_RE.match(q):
        return q
    body = q.rstrip().rstrip("?").rstrip()
    second = SECOND_PART_RE.search(body)
    first, tail = (body[: second.start()], body[second.start() :]) if second else (body, "")
    m = LATE_WH_RE.search(first)
    if m is None:
        return q
    head = first[: m.start()].strip().rstrip(",")
    if len(head.split()) < 2:
        return q
    wh = m.group(0).strip()
    if head[-1:] in ":-—–":  # "X: when did Y start?": a whole question about X
        return f"{wh[:1].upper()}{wh[1:]}{tail} ({head.rstrip(':-—– ')})?"
    if CLAUSE_AFTER_WH_RE.match(wh):
        return q  # "..., what did the fund change?": a clause, not a phrase to move
    if head.split()[0] in ("The", "This", "That", "These", "Those"):
        head = head[:1].lower() + head[1:]
    return f"{wh[:1].upper()}{wh[1:]} {head}{tail}?"


def _plural(text: str) -> bool:
    """Whether the noun a command asks about is plural ("the fund's PMs", "the risks")."""
    skip = set(_forms()["determiners"])
    for word in WORD_RE.findall(text)[:NOUN_REACH]:
        low = word.lower()
        if low in skip or low.endswith("'s") or word[:1].isupper():
            continue
        if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
            return True
    return False
