"""Example questions and autocomplete for the chat app, built from what the index holds.

The UI holds no index logic: it asks this module for the welcome panel's example questions and
for a completion of what the user is typing (fund, person and organisation names, tolerant of
typos, and whole example or earlier questions).
"""

from __future__ import annotations

import bisect
import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import JaroWinkler

from index.model import Entity
from index.names import compact_key
from index.textsafe import safe_line

if TYPE_CHECKING:
    from assistant.engine import Assistant
    from index.store import Snapshot

# A typed fragment must have at least this many letters and digits before names are completed
# from it, so that "w" or "th" does not suggest a fund name.
MIN_FRAGMENT_KEY = 3
# The longest trailing run of typed words tried as the start of a name.
MAX_WINDOW_WORDS = 6
# Names looked at per typed fragment; enough to find the best-ranked among the matches.
MAX_CANDIDATES = 200
# Names asked of the linker per typed fragment (it ranks them, most widely seen first).
LOOKUP_LIMIT = 8
# Example questions offered on the welcome panel.
EXAMPLE_COUNT = 6
# The kinds of fact example questions are built from.
EXAMPLE_FACT_KINDS = (
    "manages",
    "addition",
    "joined",
    "risks",
    "title",
    "adviser",
    "subadviser",
    "previous_employer",
)
# Entity kinds whose names are worth completing (dates and legal references are not).
COMPLETE_KINDS = frozenset({"person", "org", "fund", "trust", "security", "term"})

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _with_article(fund: str) -> str:
    return fund if fund.casefold().startswith("the ") else f"the {fund}"


def example_questions(snap: Snapshot, limit: int = EXAMPLE_COUNT) -> list[str]:
    """Questions the index can answer, built from its funds, managers, risks and dates.

    Each kind of question is offered only where the index holds a fact of that kind (or, for
    managers, names people in a fund's filing), and the kinds take turns so that a few
    examples show the range of what can be asked.
    """
    funds_of = {name: funds for name, _trust, funds in snap.fund_listing()}
    fund_docs: Counter[str] = Counter()
    for doc_funds in funds_of.values():
        fund_docs.update(dict.fromkeys(doc_funds, 1))
    canonical = {
        alias: e.name for e in snap.entities if e.kind == "person" for alias in (e.name, *e.aliases)
    }
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for fact in snap.facts_of_kind(*EXAMPLE_FACT_KINDS):
        subject = canonical.get(fact.subject, fact.subject)
        by_kind.setdefault(fact.kind, []).append((fact.fund or "", subject))

    def ranked(*kinds: str) -> list[tuple[str, str]]:
        pairs = dict.fromkeys(p for k in kinds for p in by_kind.get(k, []))
        return sorted(pairs, key=lambda p: (-fund_docs[p[0]], p[0], p[1]))

    def funds(*kinds: str) -> list[str]:
        return list(dict.fromkeys(f for f, _ in ranked(*kinds) if f))

    def people(kind: str) -> list[str]:
        return list(dict.fromkeys(who for _, who in ranked(kind)))

    dated = [
        rec.meta.funds[0]
        for rec in sorted(snap.docs.values(), key=lambda r: r.name)
        if rec.meta.supplement_date and rec.meta.funds
    ]
    with_people = {
        fund
        for e in snap.entities
        if e.kind == "person"
        for doc in e.docs
        for fund in funds_of.get(doc, ())
    }
    managed = funds("manages", "addition") or sorted(with_people, key=lambda f: (-fund_docs[f], f))
    groups = [
        [f"Who manages {_with_article(f)}?" for f in managed],
        [f"When did {p} join the firm?" for p in people("joined")],
        [f"What risks apply to {_with_article(f)}?" for f in funds("risks")],
        [f"What is {p}'s title?" for p in reversed(people("title"))],
        [f"When is the supplement for {_with_article(f)} dated?" for f in dated],
        [f"Who is the adviser of {_with_article(f)}?" for f in funds("adviser", "subadviser")],
        [f"Where did {p} work before?" for p in people("previous_employer")],
    ]
    if not any(groups):
        groups.append([f"What changed for {_with_article(f)}?" for f in fund_docs])

    out: list[str] = []
    depth = 0
    while len(out) < limit and any(depth < len(g) for g in groups):
        for group in groups:
            if depth < len(group) and len(out) < limit:
                question = safe_line(group[depth])
                if question not in out:
                    out.append(question)
        depth += 1
    return out


def completion_names(snap: Snapshot) -> list[str]:
    """Names worth completing, most widely mentioned first: funds, trusts, people, firms."""
    weight: Counter[str] = Counter()
    for _name, trust, funds in snap.fund_listing():
        for fund in (*funds, trust):
            if fund:
                weight[fund] += 2
    folded = {name.casefold() for name in weight}
    for entity in snap.entities:
        if entity.kind in COMPLETE_KINDS:
            for name in _entity_names(entity):
                if name in weight or name.casefold() not in folded:
                    weight[name] += len(entity.docs) or 1
    return sorted(weight, key=lambda n: (-weight[n], n))


def _entity_names(entity: Entity) -> Iterable[str]:
    """The canonical name and the other multi-word names (not mere case variants) of one entity."""
    seen = {entity.name.casefold()}
    yield entity.name
    for alias in entity.aliases:
        if alias.casefold() not in seen and len(_WORD_RE.findall(alias)) >= 2:
            seen.add(alias.casefold())
            yield alias


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str  # case-folded


def _words(text: str) -> list[_Word]:
    return [_Word(m.start(), m.end(), m.group().casefold()) for m in _WORD_RE.finditer(text)]


class Completer:
    """Completes the end of a question with a name or a whole question, typos tolerated.

    A completion always extends exactly what was typed (that is what a Textual suggester
    shows), so "dana h" completes to "dana holt" and "who manages the nw harbor sm"
    to "who manages the nw harbor small Cap Stock Portfolio". Names are found two ways: by
    their letters and digits starting with the typed ones (any indexed name or alias), and
    through ``lookup`` (the engine's ``Linker.complete``), which tolerates typos and matches
    words inside a name.
    """

    def __init__(
        self,
        names: Sequence[str],
        questions: Sequence[str] = (),
        lookup: Callable[[str, int], Sequence[str]] | None = None,
    ) -> None:
        self.names = [safe_line(n).strip() for n in names if n and n.strip()]
        self.questions = [safe_line(q).strip() for q in questions if q and q.strip()]
        self.lookup = lookup
        self._keys = sorted((compact_key(n), i) for i, n in enumerate(self.names) if compact_key(n))

    @classmethod
    def from_assistant(cls, assistant: Assistant, questions: Sequence[str] = ()) -> Completer:
        """Names from the assistant's index, typo-tolerant look-ups from its linker."""
        assistant.linker.prepare_completion()
        return cls(completion_names(assistant.snap), questions, assistant.linker.complete)

    def with_questions(self, questions: Sequence[str]) -> Completer:
        """The same names with another list of whole questions (history, examples)."""
        clone = copy.copy(self)
        clone.questions = [safe_line(q).strip() for q in questions if q and q.strip()]
        return clone

    def complete(self, value: str) -> str | None:
        """``value`` extended by a completion, or None when nothing fits."""
        if not value.strip():
            return None
        folded = value.casefold()
        if len(value.strip()) >= MIN_FRAGMENT_KEY:
            for question in self.questions:
                if len(question) > len(value) and question.casefold().startswith(folded):
                    return value + question[len(value) :]
        words = _words(value)
        ends_open = not value[-1].isspace() and bool(words) and words[-1].end == len(value)
        for count in range(min(MAX_WINDOW_WORDS, len(words)), 0, -1):
            window = words[len(words) - count :]
            fragment = value[window[0].start :]
            rest = self._by_key(fragment) or (
                self._by_words(fragment, window) if ends_open else None
            )
            if rest:
                return value + (rest.lstrip() if value[-1].isspace() else rest)
        return None

    def _by_key(self, fragment: str) -> str | None:
        """The rest of the best name whose letters and digits start with the fragment's."""
        key = compact_key(fragment)
        if len(key) < MIN_FRAGMENT_KEY:
            return None
        lo = bisect.bisect_left(self._keys, (key,))
        best = None
        for name_k, index in self._keys[lo : lo + MAX_CANDIDATES]:
            if not name_k.startswith(key):
                break
            if len(name_k) > len(key) and (best is None or index < best):
                best = index
        if best is None:
            return None
        name = self.names[best]
        return name[_offset_after_key_chars(name, len(key)) :]

    def _by_words(self, fragment: str, window: Sequence[_Word]) -> str | None:
        """The rest of the word being typed, and of the name, for the linker's best match.

        Earlier typed words are matched to the name's words in order (the linker has already
        judged them close enough); the word being typed must start a later word of the name.
        """
        if self.lookup is None or len(compact_key(fragment)) < MIN_FRAGMENT_KEY:
            return None
        *typed, partial = window
        for name in self.lookup(fragment, LOOKUP_LIMIT):
            words = _words(name)
            at = 0
            for t in typed:
                later = words[at:]
                if not later:
                    break
                best = max(later, key=lambda w, t=t: JaroWinkler.similarity(t.text, w.text))
                at = words.index(best) + 1
            else:
                for word in words[at:]:
                    if word.text.startswith(partial.text) and len(word.text) > len(partial.text):
                        return name[word.start + len(partial.text) :]
        return None


def _offset_after_key_chars(name: str, count: int) -> int:
    """Index in ``name`` just after its first ``count`` letters and digits."""
    seen = 0
    for i, ch in enumerate(name):
        seen += len(compact_key(ch))
        if seen >= count:
            return i + 1
    return len(name)


# A fund or filing matches what was typed in the palette at this rapidfuzz partial_ratio
# (0-100) or above: "smal cpa" against "N.W. Harbor Small Cap Stock Portfolio" scores 88,
# "met inv" against "Harbor International Growth Fund" 43.
SCOPE_MATCH_MIN = 75.0
# Palette entries offered per query.
SCOPE_MATCH_LIMIT = 40
# Words of a palette query that say what to do rather than which fund or filing.
SCOPE_QUERY_WORDS = frozenset({"scope", "to", "the", "fund", "filing", "restrict", "limit"})


@dataclass(frozen=True)
class ScopeChoice:
    """Something questions can be restricted to: a fund or a filing."""

    kind: str  # "fund" | "doc"
    value: str  # the fund name or the filing's name in the index
    label: str  # one line for a list or the command palette


def scope_choices(snap: Snapshot) -> list[ScopeChoice]:
    """Every fund (most filings first), then every filing with its date and first fund."""
    counts: Counter[str] = Counter()
    for rec in snap.docs.values():
        counts.update(dict.fromkeys(rec.meta.funds, 1))
    funds = [
        ScopeChoice("fund", fund, safe_line(f"Scope to fund: {fund}"))
        for fund in sorted(counts, key=lambda f: (-counts[f], f))
    ]
    docs = []
    for name, rec in snap.docs.items():
        about = ", ".join(x for x in (rec.meta.supplement_date, *rec.meta.funds[:1]) if x)
        label = f"Scope to filing: {name}" + (f" ({about})" if about else "")
        docs.append(ScopeChoice("doc", name, safe_line(label)))
    return funds + docs


def match_scopes(
    query: str, choices: Sequence[ScopeChoice], limit: int = SCOPE_MATCH_LIMIT
) -> list[tuple[ScopeChoice, float]]:
    """The choices matching a palette query, best first, with a 0-1 score.

    "scope fund" lists funds, "scope filing" filings; other words are matched against the
    names, typos tolerated.
    """
    words = query.casefold().split()
    kinds = {k for k, w in (("fund", "fund"), ("doc", "filing")) if w in words} or {"fund", "doc"}
    wanted = [c for c in choices if c.kind in kinds]
    rest = " ".join(w for w in words if w not in SCOPE_QUERY_WORDS)
    if not rest:
        return [(c, 0.5) for c in wanted[:limit]] if words else []
    found = process.extract(
        rest,
        [c.value for c in wanted],
        scorer=fuzz.partial_ratio,
        processor=utils.default_process,
        score_cutoff=SCOPE_MATCH_MIN,
        limit=limit,
    )
    return [(wanted[index], score / 100) for _, score, index in found]


@dataclass(frozen=True)
class ChatAids:
    """What the chat app offers from one index: examples, completion and scope choices."""

    examples: list[str]
    completer: Completer
    scopes: list[ScopeChoice]


def chat_aids(assistant: Assistant) -> ChatAids:
    """Everything the chat app derives from an index, computed once (off the UI thread)."""
    snap = assistant.snap
    return ChatAids(
        example_questions(snap), Completer.from_assistant(assistant), scope_choices(snap)
    )
