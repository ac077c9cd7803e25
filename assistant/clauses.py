"""The change-clause reader: who or what replaced, renamed or absorbed whom, from the sentence
that says so.

The predicates and their trigger phrases are data (``data/clauses.json``): each trigger says
whether the name before it is the earlier one ("X will be renamed Y", "X was replaced by Y")
or the later one ("Y replaces X", "Y (formerly X)"). A :class:`Change` relates the two names
nearest the trigger on either side (people to people, funds to funds, firms to firms), so
active, passive and future wordings give the same record. A question naming one side of a
change is answered with the other.

Hiring and termination (``data/engagements.json``) have one side: the party hired or let go,
and its role ("the appointment of X as the Fund's new sub-adviser", "X, Y and Z are no longer
investment sub-advisers"). An :class:`Engagement` holds them; a question asking who was hired
or let go in a role is answered with the parties.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, partial
from pathlib import Path

from assistant import spans, tables, wordforms
from assistant.compose import sentences
from assistant.retrieve import Hit
from assistant.share_classes import SHARE_CLASS_RE
from index.model import Passage
from index.sentences import ends as sentence_ends

LEXICON = Path(__file__).with_name("data") / "clauses.json"
# "the Fund", "the Portfolio": the fund the filing is about, written as THIS_FUND.
THIS_FUND_RE = re.compile(
    r"\b[Tt]he\s+(?:[Ff]und|Portfolio|portfolio)\b(?:(?=[’']s\s+name\b)|(?![’']s\b))"
)
THIS_FUND = "(the fund)"
# How far from a trigger a name may stand and still be one side of the change (characters).
REACH = 160


@dataclass(frozen=True)
class Change:
    """One change a sentence states: the earlier and the later name, of one kind."""

    predicate: str  # replace | rename | merge
    old: str
    new: str
    kind: str  # person | fund | org
    sentence: str
    passage: Passage


@cache
def lexicon() -> dict[str, dict[str, list[str]]]:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def _around() -> tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]:
    """Each "first|second" pair as a pattern capturing the earlier name between them, with its
    predicate and the words one of which must come before it in the sentence (or None)."""
    out = []
    for predicate, entry in lexicon().items():
        needs = entry.get("around_needs")
        need = re.compile(r"\b(?:" + "|".join(needs) + r")\b", re.I) if needs else None
        for pair in entry.get("around_old", ()):
            first, second = (re.escape(w).replace(r"\ ", r"\s+") for w in pair.split("|"))
            gap = rf"(?P<old>.{{3,{REACH}}}?)"
            out.append((re.compile(rf"\b{first}\b{gap}\b{second}\b", re.I), predicate, need))
    return tuple(out)


@cache
def _triggers() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """One pattern of every trigger (longest first) and trigger -> (predicate, before is old)."""
    roles: dict[str, tuple[str, bool]] = {}
    for predicate, entry in lexicon().items():
        for phrase in entry.get("before_is_old", ()):
            roles[phrase] = (predicate, True)
        for phrase in entry.get("before_is_new", ()):
            roles.setdefault(phrase, (predicate, False))
    alternatives = sorted(roles, key=len, reverse=True)
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives) + r")\b",
        re.IGNORECASE,
    )
    return pattern, roles


# A word naming the filing by what it is about ("the Henderson-merger supplement"): no
# predicate the question asks.
FILING_MODIFIER_RE = re.compile(r"[\w-]+\s+(?:supplements?|filings?|stickers?)\b", re.I)


def asked(question: str) -> str | None:
    """The predicate a question asks about ("who replaced ...?" -> replace), if any."""
    question = FILING_MODIFIER_RE.sub(" ", question)
    low = " " + " ".join(re.findall(r"[a-z]+", question.lower())) + " "
    for predicate, entry in lexicon().items():
        if any(f" {w} " in low for w in entry["question"]):
            return predicate
    return None


def read(
    passages: Iterable[Passage], aliases: Mapping[str, Mapping[str, Definition]] | None = None
) -> list[Change]:
    """Every change the sentences of the passages state. ``aliases`` (filing -> defined term ->
    definition) lets a short name a filing defines ('Larchmont Capital Partners, L.P.
    ("Larchmont")') stand for the party it names ("Larchmont replaces X as sub-adviser")."""
    pattern, roles = _triggers()
    around = _around()
    out: list[Change] = []
    for passage in passages:
        if not pattern.search(passage.text) and not any(
            a.search(passage.text) for a, _, _ in around
        ):
            continue
        defined = (aliases or {}).get(passage.doc, {})
        for sent in sentences(Hit(passage, 0.0, 0)):
            text = sent.text
            for regex, predicate, need in around:  # "reorganize X into Y"
                for m in regex.finditer(text):
                    if need is not None and not need.search(text, 0, m.start()):
                        continue
                    # the kind of the earlier name: "a change in the sub-adviser for the
                    # Portfolio from X, Inc. to Y Co." changes firms, not the Portfolio
                    inside = _names(m.group("old"), defined)
                    kinds = {n[3] for n in inside}
                    pair = _sides(text, m.end("old"), m.end(), defined, kinds)
                    inside = [n for n in inside if pair and n[3] == pair[2]]
                    if pair and inside:
                        old = max(inside, key=lambda n: n[1] - n[0])[2]
                        out.append(Change(predicate, old, pair[1], pair[2], text, passage))
            for m in pattern.finditer(text):
                if _defined_term(text, m.start(), m.end()):
                    continue
                predicate, before_is_old = roles[" ".join(m.group(1).lower().split())]
                pair = _sides(text, m.start(), m.end(), defined)
                if pair is None:
                    continue
                before, after, kind = pair
                old, new = (before, after) if before_is_old else (after, before)
                out.append(Change(predicate, old, new, kind, text, passage))
    return out


# A trigger word used as a defined term's adjective: (the “Acquired Fund”), the Acquiring
# Portfolio.
TERM_AFTER_RE = re.compile(r"\s+(?:Fund|Funds|Portfolio|Portfolios|Series)\b")


def _defined_term(text: str, start: int, end: int) -> bool:
    """Whether a trigger at text[start:end] is part of a defined term, not a verb."""
    before = text[max(0, start - 1) : start]
    return before in ("“", '"', "‘", "'") or bool(TERM_AFTER_RE.match(text, end))


def _names(
    text: str, defined: Mapping[str, Definition] | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind) of the people, funds, firms and share classes a text names;
    "the Fund" stands for the fund the filing is about, and a short name the filing defines
    for the party it names."""
    found = []

    for kind, regex, valid in (
        ("person", spans.PERSON_RE, spans.people),
        ("fund", spans.FUND_RE, partial(spans.funds, quoted=True)),
        ("org", spans.ORG_RE, spans.orgs),
        ("class", SHARE_CLASS_RE, None),
        ("fund", THIS_FUND_RE, None),
    ):
        for m in regex.finditer(text):
            name = re.sub(r"^(?:The|the)\s+", "", m.group(0).strip(" ,"))
            if kind == "org":
                # "a subsidiary of X, Inc.", "the Portfolio and X, LLC": the firm, not the words
                # the finder took with it
                name = NAME_LEAD_RE.sub("", name)
            if valid is None or valid(text[max(0, m.start() - 1) : m.end()]):
                found.append(
                    (m.start(), m.end(), THIS_FUND if regex is THIS_FUND_RE else name, kind)
                )
    spans_found = [(a, b) for a, b, _, _ in found]
    for term, d in (defined or {}).items():
        for m in re.finditer(rf"(?<![\w“\"‘])({re.escape(term)})(?![\w”\"’])", text):
            if not any(a < m.end() and m.start() < b for a, b in spans_found):
                found.append((m.start(), m.end(), d.name, d.kind))
    # words of a fund's or firm's name are no person ("Summit Moderate" of "Summit Moderate
    # Allocation Portfolio")
    named = [(a, b) for a, b, _, k in found if k in ("fund", "org")]
    return [
        n for n in found if n[3] != "person" or not any(a < n[1] and n[0] < b for a, b in named)
    ]


# Words an organisation finder may take before a firm's name: a preposition, or a fund's word
# and "and" ("Portfolio and X, LLC").
NAME_LEAD_RE = re.compile(
    r"^(?:(?:of|and|by|to|for|from|with|between)\s+|(?:Fund|Funds|Portfolio|Portfolios|Trust|"
    # (a party's defined role: "between the Adviser and X")
    r"Adviser|Advisor|Sub-Adviser|Sub-Advisor|Subadviser|Manager|Distributor|Custodian|"
    r"Administrator)\s+(?:and|&)\s+)+"
)
# The kinds of name a change relates, in the order they are tried.
NAME_KINDS = ("person", "fund", "org", "class")


def _sides(
    text: str,
    start: int,
    end: int,
    defined: Mapping[str, Definition] | None = None,
    kinds: Collection[str] = NAME_KINDS,
) -> tuple[str, str, str] | None:
    """The names nearest before and after a trigger, when they are of one kind (within the
    trigger's own cell, in a table row); only names of ``kinds`` count."""
    left_edge = text.rfind(" | ", 0, start)
    right_edge = text.find(" | ", end)
    if left_edge >= 0 or right_edge >= 0:
        lo = left_edge + 3 if left_edge >= 0 else 0
        hi = right_edge if right_edge >= 0 else len(text)
        return _sides(text[lo:hi], start - lo, end - lo, defined, kinds)
    names = _names(text, defined)
    before = [n for n in names if n[1] <= start and start - n[1] <= REACH]
    after = [n for n in names if n[0] >= end and n[0] - end <= REACH]
    for kind in NAME_KINDS:
        if kind not in kinds:
            continue
        left = [n for n in before if n[3] == kind]
        right = [n for n in after if n[3] == kind]
        if left and right:
            return max(left, key=lambda n: n[1])[2], min(right, key=lambda n: n[0])[2], kind
    return None


def other_side(
    changes: Sequence[Change],
    predicate: str,
    named: Sequence[str],
    this_fund: Callable[[Change], str | None] = lambda c: None,
) -> list[tuple[Change, str]]:
    """For each change of the predicate with one side named by the question, the other side
    (``this_fund`` tells which fund "the Fund" of a change's filing is)."""
    out = []
    for c in changes:
        if c.predicate != predicate:
            continue
        if THIS_FUND in (c.old, c.new):
            fund = this_fund(c)
            if fund is None or THIS_FUND == c.old == c.new:
                continue
            c = replace(
                c,
                old=fund if c.old == THIS_FUND else c.old,
                new=fund if c.new == THIS_FUND else c.new,
            )
        old_named, new_named = _names_one(c.old, named), _names_one(c.new, named)
        if old_named and new_named:
            # "X Portfolio II" merged into "X Portfolio": the side the question names in full
            matched = [n for n in named if _names_one(c.old, [n]) or _names_one(c.new, [n])]
            longest = max(matched, key=len).lower()
            old_named, new_named = c.old.lower() == longest, c.new.lower() == longest
        if old_named and not new_named:
            out.append((c, c.new))
        elif new_named and not old_named:
            out.append((c, c.old))
    return out


def _names_one(name: str, named: Sequence[str]) -> bool:
    """Whether a side of a change is one of the names a question uses (a person by surname)."""
    low = name.lower()
    for n in named:
        key = n.lower()
        if _within(key, low) or _within(low, key):
            return True
        parts = key.split()
        if len(parts) == 1 and re.search(rf"\b{re.escape(parts[0])}\b", low):
            return True
    return False


# What makes a name another fund's when it follows it ("X Portfolio II", "X Fund 2").
NUMBERED_AFTER_RE = re.compile(rf"\s+(?:{spans.ROMAN_NUMERAL}|\d+)\b")


def _within(part: str, whole: str) -> bool:
    """Whether a name stands in another, not as the start of a numbered other fund's name
    ("ClearBridge Aggressive Growth Portfolio" is not in "... Growth Portfolio II")."""
    at = whole.find(part)
    while at >= 0:
        if not NUMBERED_AFTER_RE.match(whole, at + len(part)):
            return True
        at = whole.find(part, at + 1)
    return False


ENGAGEMENTS = Path(__file__).with_name("data") / "engagements.json"
# How far after a trigger (or its party) the role may be named (characters).
ROLE_REACH = 80


@dataclass(frozen=True)
class Engagement:
    """A party hired or let go (``event``: hire | terminate) in a role, and where it is said."""

    event: str
    parties: tuple[str, ...]
    role: str
    sentence: str
    passage: Passage


@cache
def _engagement_lexicon() -> dict:
    return json.loads(ENGAGEMENTS.read_text(encoding="utf-8"))


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted(phrases, key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives) + r")\b",
        re.I,
    )


@cache
def _engagement_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """(event, party-after trigger pattern, party-before trigger pattern) per event."""
    data = _engagement_lexicon()
    return tuple(
        (
            event,
            _phrase_pattern(data[event]["party_after"]),
            _phrase_pattern(data[event]["party_before"]),
        )
        for event in ("hire", "terminate")
    )


@cache
def _role_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (role, _phrase_pattern(words)) for role, words in _engagement_lexicon()["roles"].items()
    )


def asked_engagement(question: str) -> tuple[str, str] | None:
    """(event, role) a question asks about ("Which sub-advisers were dropped?" -> terminate,
    sub-adviser), or None when it names no role or no event."""
    role = role_of(question)  # the first named: "who became chairman of the trustees?"
    if role is None:
        return None
    data = _engagement_lexicon()
    for event in ("terminate", "hire"):  # "who replaced the terminated sub-adviser" is rare
        if _phrase_pattern(data[event]["question"]).search(question):
            return event, role
    return None


@cache
def _role_event_re() -> re.Pattern[str]:
    """A verb of taking up, leaving or handing over a role, as a question words it ("took
    over", "joined", "was replaced"): the hiring, termination and replacement question words."""
    data = _engagement_lexicon()
    words = [
        *data["hire"]["question"],
        *data["terminate"]["question"],
        *lexicon()["replace"]["question"],
    ]
    return re.compile(
        r"^\s*(?:(?:was|were|is|are|had|has|have|will|would)\s+)?" + _phrase_pattern(words).pattern,
        re.I,
    )


def starts_role_event(text: str) -> bool:
    """Whether a text opens with a verb of taking up, leaving or handing over a role ("took
    over as sub-adviser", "was terminated"; not "bought the business")."""
    return _role_event_re().match(text) is not None


# The board that approves a change holds no role in it ("the Board of Trustees approved a
# change in the sub-adviser from X to Y" is a sub-adviser's change).
BOARD_RE = re.compile(r"\bboard\s+of\s+(?:trustees|directors)\b", re.I)


def role_of(text: str) -> str | None:
    """The first role a text names (sub-adviser, custodian, ...), or None; the approving board
    is not one."""
    text = BOARD_RE.sub(lambda m: " " * len(m.group(0)), text)
    found = [(m.start(), role) for role, pattern in _role_patterns() if (m := pattern.search(text))]
    return min(found)[1] if found else None


def _parties(text: str) -> list[str]:
    """The firms (else the people) a stretch of text names, in order."""
    return spans.orgs(text) or spans.people(text)


def engagements(passages: Iterable[Passage]) -> list[Engagement]:
    """Every hiring and termination the sentences of the passages state."""
    out: list[Engagement] = []
    patterns = _engagement_patterns()
    for passage in passages:
        agreed = "greement" in passage.text
        if not agreed and not any(
            a.search(passage.text) or b.search(passage.text) for _, a, b in patterns
        ):
            continue
        for sent in sentences(Hit(passage, 0.0, 0)):
            text = sent.text
            if agreed:
                out.extend(_agreement_engagements(text, passage))
            for event, after, before in patterns:
                for m in after.finditer(text):  # "the appointment of X (and Y) as sub-adviser"
                    tail = text[m.end() : m.end() + REACH]
                    cut = re.search(r"\s+as\s+", tail)
                    named = _parties(tail[: cut.start()] if cut else tail)
                    role = role_of(tail[cut.end() : cut.end() + ROLE_REACH]) if cut else None
                    if named and role:
                        out.append(Engagement(event, tuple(named), role, text, passage))
                for m in before.finditer(text):  # "X, Y and Z are no longer sub-advisers"
                    head = text[max(0, m.start() - REACH) : m.start()]
                    head = head[head.rfind(";") + 1 :]
                    named = _parties(head)
                    role = role_of(text[m.end() : m.end() + ROLE_REACH])
                    if named and role:
                        out.append(Engagement(event, tuple(named), role, text, passage))
    return out


# An agreement a sentence ends or makes ("approved the termination of the sub-advisory
# agreement between the Adviser and X", "approved an interim sub-advisory agreement (the
# "Interim Agreement") between the Adviser and X", "entered into a custody agreement with X"):
# the verb before it, the kind of agreement (which names the role) and the party after it.
AGREEMENT_RE = re.compile(
    r"\b(?P<verb>terminat\w*(?:\s+of)?|approv\w*(?:\s+of)?|enter\w*\s+into)"
    r"\s+(?:the|an?|its)\s+(?P<new>(?:new|interim|proposed)\s+)?"
    r"(?P<kind>(?:investment\s+)?sub-?advisory|(?:investment\s+)?advisory|management|custody|"
    r"custodian|distribution|underwriting|transfer\s+agency|administration)\s+agreements?"
    r"(?:\s*\([^()]{0,80}\))?(?:\s*,)?"
    r"(?=\s+(?:between\s+(?P<between>[^;]{0,160})|with\s+(?P<with>[^;]{0,120})))",
    re.I,
)
# A firm's whole name written out, ending in its legal form ("Ridgeway Bank and Trust Co.",
# "Harborview Trust Company, N.A.").
WHOLE_FIRM_RE = re.compile(
    r"[A-Z][\w.&'’-]*(?:,?\s+(?:(?:and|&|of)\s+)?[A-Z][\w.&'’-]*)*"
    r"(?:(?<=Co\.)|(?<=Inc\.)|(?<=LLC)|(?<=LLP)|(?<=Ltd\.)|(?<=N\.A\.)|(?<=L\.P\.)|(?<=plc))"
    r"|[A-Z][\w.&'’-]*(?:,?\s+(?:(?:and|&|of)\s+)?[A-Z][\w.&'’-]*)*\s+(?:Company|Limited|Corporation)"
)
# The role each kind of agreement engages.
AGREEMENT_ROLES = {
    "sub-advisory": "sub-adviser",
    "subadvisory": "sub-adviser",
    "advisory": "adviser",
    "management": "adviser",
    "custody": "custodian",
    "custodian": "custodian",
    "distribution": "distributor",
    "underwriting": "distributor",
    "transfer agency": "transfer agent",
    "administration": "administrator",
}
# Where the party of an agreement ends: "... and X with respect to the Fund", "..., effective".
AGREEMENT_PARTY_END_RE = re.compile(
    r"\s+(?:with\s+respect|on\s+behalf|relating|regarding|for\s+the|under\s+which|effective|"
    r"pursuant|to\s+(?:serve|act|provide|manage))\b|\s*\(|;\s"
    r"|,(?!\s*(?:N\.A\.|Inc\b|LLC\b|L\.P\.|LP\b|Ltd\b|LLP\b))\s"
    r"|(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bL\.P)(?<!\bN\.A)\.\s"
    r"|\s+and\s+(?:has|have|had|will|is|are|was|were)\b",
    re.I,
)


def _agreement_engagements(text: str, passage: Passage) -> list[Engagement]:
    """The parties a sentence hires or lets go by making or ending an agreement with them; an
    approved agreement is a hiring only when it is new or interim ("approved the continuation
    of the agreement with X" engages no one)."""
    out = []
    for m in AGREEMENT_RE.finditer(text):
        verb = m.group("verb").lower()
        if verb.startswith("terminat"):
            event = "terminate"
        elif m.group("new") or verb.startswith("enter"):
            event = "hire"
        else:
            continue
        kind = " ".join(m.group("kind").lower().split()).removeprefix("investment ")
        role = AGREEMENT_ROLES[kind]
        party = m.group("with") or ""
        if m.group("between"):  # "between the Adviser and X": the other side than the fund's
            between = m.group("between")
            cut = re.search(r"\s+and\s+", between)
            party = between[cut.end() :] if cut else ""
        end = AGREEMENT_PARTY_END_RE.search(party)
        party = (party[: end.start()] if end else party).strip()
        named = [party] if WHOLE_FIRM_RE.fullmatch(party) else _parties(party)
        if (
            not named
            and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}", party)
            and (f'"{party}"' in passage.text or f"“{party}”" in passage.text)
        ):
            named = [party]  # a firm by the short name the filing defines ('("Halvard")')
        if named:
            out.append(Engagement(event, (named[0],), role, text, passage))
    return out


# A definition: a name, then its defined term in quotes and parentheses: Harbor Capital LLC (the
# "Adviser"), Summit Income Fund (the “Acquiring Fund”), ... ("Summit").
DEFINITION_RE = re.compile(
    r"\(\s*(?:(?:the|each|collectively|together|individually|hereinafter|referred\s+to\s+as)"
    r"\b[\s,]*(?:an?\b|the\b)?\s*)*[“\"‘]([A-Z][^”\"’]{1,48})[”\"’]"
    # more terms for the same names: '(each, a "New Trustee," and together, the "New Trustees")'
    r"(?:[\s,]*(?:and|or)?[\s,]*(?:(?:each|collectively|together|individually|"
    r"hereinafter)\b[\s,]*)*(?:an?\b|the\b)?\s*[“\"‘]([A-Z][^”\"’]{1,48})[”\"’])*\s*\)"
)
_QUOTED_TERM_RE = re.compile(r"[“\"‘]([A-Z][^”\"’]{1,48})[”\"’]")
# A person named by a title and a surname ("Ms. Ellison"), as lists of defined people are.
TITLED_PERSON_RE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Messrs)\.\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
# What stands between the names of a list ("A, B, and C").
LIST_SEPARATOR_RE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# Defined terms that stand for whatever a filing is about, not one party of it.
GENERIC_TERMS = frozenset(
    {"fund", "funds", "portfolio", "portfolios", "trust", "company", "shares", "prospectus",
     "sai", "board", "series", "class", "classes", "act", "1940 act", "sec", "commission"}
)  # fmt: skip


@dataclass(frozen=True)
class Definition:
    """A defined term of a filing and the name it stands for."""

    term: str
    name: str  # the last name it stands for
    kind: str  # fund | org | person
    passage: Passage
    names: tuple[str, ...] = ()  # every name it stands for ("A, B and C (the "Funds")")


def definitions(passages: Iterable[Passage]) -> list[Definition]:
    """Every 'Name (the "Term")' definition of the passages; a list of names defined together
    ('Ms. Ellison, Mr. Garfield and Mr. Lorentz (each, a "New Trustee," and together, the
    "New Trustees")') gives each of its terms every name of the list."""
    out = []
    for passage in passages:
        text = passage.text
        for m in DEFINITION_RE.finditer(text):
            terms = [" ".join(t.split()).rstrip(",;") for t in _QUOTED_TERM_RE.findall(m.group())]
            terms = [t for t in terms if t.lower() not in GENERIC_TERMS]
            if not terms:
                continue
            before = text[max(0, m.start() - REACH) : m.start()].rstrip(" ,")
            stops = sentence_ends(before)
            if stops:  # (the name is in the sentence of its term: not "the Fund. X LLC")
                before = before[stops[-1] :]
            for kind, finder in (
                ("fund", spans.funds),
                ("org", spans.orgs),
                ("person", _people),
            ):
                names = _listed_before(before, finder(before))
                if kind == "org":  # ("the Portfolio and X, LLC (“X”)": the firm)
                    names = [NAME_LEAD_RE.sub("", n) for n in names]
                if names:
                    for term in terms:
                        out.append(Definition(term, names[-1], kind, passage, tuple(names)))
                    break
    return out


def _people(text: str) -> list[str]:
    """The people a text names, by their names or by a title and a surname."""
    found = spans.people(text)
    return found or [m.group() for m in TITLED_PERSON_RE.finditer(text)]


def _listed_before(before: str, names: list[str]) -> list[str]:
    """The names that end ``before``: the last one, and those listed just ahead of it ("A,
    B, and C"), in order."""
    if not names or not before.endswith(names[-1]):
        return []
    out = [names[-1]]
    end = len(before) - len(names[-1])
    for name in reversed(names[:-1]):
        start = before.rfind(name, 0, end)
        if start < 0 or not LIST_SEPARATOR_RE.match(before[start + len(name) : end]):
            break
        out.insert(0, name)
        end = start
    return out


def defined_in(question: str, found: Sequence[Definition]) -> list[Definition]:
    """The definitions a question asks to be named ("Which firm is the Adviser?", "Which fund
    is the Acquiring Fund?"): its term follows the question's "is the" / "are the", longest
    term first. A term used otherwise ("Which sub-advisers has the adviser hired?") is not
    what is asked."""
    low = wordforms.one_spelling(" ".join(question.lower().split()))  # "advisor": "Adviser"
    hits = [
        d
        for d in found
        if re.search(
            rf"^\s*(?:which|what|who)\b[^?]*?\b(?:is|are|was|were|serves\s+as|acts\s+as)\s+"
            rf"the\s+{re.escape(wordforms.one_spelling(d.term.lower()))}\b",
            low,
        )
    ]
    return sorted(hits, key=lambda d: -len(d.term))


# "the Fund's investment objective will change from "A" to "B"", "the benchmark index changed
# from the X Index to the Y Index": a value that changes, with its earlier and later wording.
VALUE_CHANGE_RE = re.compile(
    r"(?P<thing>(?:[\w’'-]+\s+){1,5}?)(?:will\s+(?:be\s+)?|is\s+(?:being\s+)?|was\s+|has\s+been\s+)?"
    r"(?:change|changes|changed)\s+from\s+(?P<old>.+?)\s+to\s+(?P<new>.+?)"
    r"(?=[.;]\s|[.;]?$|,\s+(?:and|effective|which|because|as|in\s+order)\b)"
)


@dataclass(frozen=True)
class ValueChange:
    """What a value was and becomes ("investment objective": "long-term capital appreciation"
    -> "current income and long-term capital appreciation")."""

    thing: str
    old: str
    new: str
    sentence: str
    passage: Passage


def value_changes(passages: Iterable[Passage]) -> list[ValueChange]:
    """Every "X will change from A to B" the sentences of the passages state."""
    out = []
    for passage in passages:
        if "from" not in passage.text:
            continue
        for sent in sentences(Hit(passage, 0.0, 0)):
            for m in VALUE_CHANGE_RE.finditer(sent.text):
                old, new = (_unquote(m.group(g)) for g in ("old", "new"))
                # "the Fund's benchmark index": what changes is the index, not the fund
                thing = re.split(r"[’']s\s+", m.group("thing").strip())[-1]
                if old and new:
                    out.append(ValueChange(thing, old, new, sent.text, passage))
    return out


def _unquote(text: str) -> str:
    return text.strip().strip("“”\"‘’'").rstrip(".,").strip("“”\"‘’'").strip()


OLD_NEW = json.loads((Path(__file__).parent / "data" / "old_new.json").read_text("utf-8"))
OLD_HEADER_RE = re.compile(rf"^\W*(?:{'|'.join(OLD_NEW['old'])})\b", re.I)
NEW_HEADER_RE = re.compile(rf"^\W*(?:{'|'.join(OLD_NEW['new'])})\b", re.I)
# A text cell of a language change: a sentence or more, not a name or an amount.
LANGUAGE_MIN_WORDS = 8
# Words of context shown on each side of what a change alters.
DIFF_CONTEXT_WORDS = 4


@dataclass(frozen=True)
class LanguageChange:
    """A text a filing sets side by side as it stands and as revised ("Current Language |
    Revised Language | <old> | <new>"), and what the revision alters: (old, new) word runs
    with a little context each."""

    old: str
    new: str
    edits: tuple[tuple[str, str], ...]
    passage: Passage


def language_changes(passages: Iterable[Passage]) -> list[LanguageChange]:
    """Every old / new text pair of the passages' tables: a row "Current | Revised | A | B", or
    a header row "Current Language | Revised Language" and the row of texts under it."""
    out = []
    header: tuple[int, int] | None = None  # the ordinal of a header row of the two columns
    for p in passages:
        if p.kind != "row":
            header = None
            continue
        cells = [c.strip() for c in p.text.split(" | ")]
        pair: tuple[str, str] | None = None
        if len(cells) == 4 and _old_new(cells[0], cells[1]):
            pair = (cells[2], cells[3])
        elif len(cells) == 2 and _old_new(cells[0], cells[1]):
            header = (p.doc, p.ordinal)
            continue
        elif len(cells) == 2 and header == (p.doc, p.ordinal - 1):
            pair = (cells[0], cells[1])
        header = None
        if pair and all(len(t.split()) >= LANGUAGE_MIN_WORDS for t in pair):
            out.append(LanguageChange(pair[0], pair[1], tuple(text_edits(*pair)), p))
    return out


def _old_new(a: str, b: str) -> bool:
    return (
        bool(OLD_HEADER_RE.match(a) and NEW_HEADER_RE.match(b))
        and max(len(a.split()), len(b.split())) <= 4
    )


def text_edits(old: str, new: str) -> list[tuple[str, str]]:
    """What a revision alters, as (old, new) word runs with DIFF_CONTEXT_WORDS words of the
    text around each ("within 120 days of the date" -> "within 120 days (90 days for
    purchases made on or after July 1, 2012) of the date")."""
    a, b = old.split(), new.split()
    found = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        lo_a, hi_a = max(0, i1 - DIFF_CONTEXT_WORDS), min(len(a), i2 + DIFF_CONTEXT_WORDS)
        lo_b, hi_b = max(0, j1 - DIFF_CONTEXT_WORDS), min(len(b), j2 + DIFF_CONTEXT_WORDS)
        found.append((" ".join(a[lo_a:hi_a]), " ".join(b[lo_b:hi_b])))
    return found


@cache
def _column_words() -> tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]:
    """(predicate, old words, new words, needed words) of each predicate a table's column
    headers may set out, the most specific first (a merge's, a rename's, a replacement's)."""
    out = []
    for predicate in ("merge", "rename", "replace"):
        columns = lexicon().get(predicate, {}).get("columns")
        if isinstance(columns, dict):
            out.append(
                (
                    predicate,
                    frozenset(columns.get("old", ())),
                    frozenset(columns.get("new", ())),
                    frozenset(columns.get("needs", ())),
                )
            )
    return tuple(out)


# A table cell naming one party of a change holds little besides the name ("X, a series of
# MIST", "X (formerly, Y)"): words at most.
CHANGE_CELL_MAX_WORDS = 25
# How far into a cell its name may start (a leading "The ").
CELL_NAME_MAX_START = 4


def _column_sides(headers: Sequence[str]) -> tuple[str, int, int] | None:
    """(predicate, old column, new column) of a table whose headers mark the two sides of a
    change ("Acquired Portfolio | Acquiring Portfolio", "Fund | New Name"), else None."""
    words = [set(re.findall(r"[a-z]+", h.lower())) for h in headers]
    for predicate, old_words, new_words, needs in _column_words():
        old = [i for i, w in enumerate(words) if w & old_words and not w & new_words]
        new = [i for i, w in enumerate(words) if w & new_words and not w & old_words]
        if needs:
            old = [i for i in old if words[i] & needs]
            new = [i for i in new if words[i] & needs]
        marked = len(old) + len(new)
        if len(old) == 1 and len(new) == 1:
            return predicate, old[0], new[0]
        if predicate != "replace" and marked == 1 and len(headers) == 2:
            # "Portfolio | Surviving Portfolio": the plain column holds the other side
            at = (old or new)[0]
            return (predicate, at, 1 - at) if old else (predicate, 1 - at, at)
    return None


def _cell_name(cell: str) -> tuple[str, str] | None:
    """(name, kind) of the party a table cell names first, if the cell is little else."""
    if len(cell.split()) > CHANGE_CELL_MAX_WORDS:
        return None
    found = [n for n in _names(cell) if n[2] != THIS_FUND and n[0] <= CELL_NAME_MAX_START]
    if not found:
        return None
    first = min(found, key=lambda n: (n[0], n[0] - n[1]))
    return first[2], first[3]


def table_changes(passages: Sequence[Passage]) -> list[Change]:
    """The changes tables set out by their columns ("Acquired Portfolio | Acquiring Portfolio",
    "Current Name | New Name", "Former Sub-Adviser | New Sub-Adviser"): each body row one change
    from the name in the old column to the name in the new one, of one kind."""
    out = []
    for table in tables.row_runs(passages):
        header, body = tables.split_header(table)
        if not header:
            continue
        sides = _column_sides(header[0])
        if sides is None:
            continue
        predicate, old_at, new_at = sides
        for row, cells in body:
            if len(cells) != len(header[0]):
                continue
            old, new = _cell_name(cells[old_at]), _cell_name(cells[new_at])
            if old and new and old[1] == new[1] and old[0] != new[0]:
                out.append(Change(predicate, old[0], new[0], old[1], row.text, row))
    return out
