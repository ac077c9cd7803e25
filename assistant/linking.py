"""Link the words of a question to resolved entities, tolerant of typos, partial names and
variants ("Dan Holt" -> Daniel R. Holt, "the small cap portfolio" -> the N.W. Harbor Small
Cap Stock Portfolio), and complete typed prefixes of names.

The Linker is built once per process. People are found through a surname index (then the
first name before the surname is compared); everything else through an inverted index of
alias words, so each question is scored against a short candidate list with rapidfuzz.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from index.entities import DATE_RE, date_name, wordset
from index.model import Entity
from index.name_tables import GENERIC as _GENERIC
from index.name_tables import Alias, NameIndex
from index.name_tables import name_tokens as _tokens
from index.name_tables import name_words as _words
from index.name_tables import norm_name as _norm
from index.names import (
    FIRST_NAME_MIN_JW,
    HONORIFICS,
    SURNAME_MIN_JW,
    PersonName,
    names_match,
)

# A question word and an alias word at or above this Jaro-Winkler similarity are the same
# word ("portfolo"/"portfolio" 0.98, "harbr"/"harbor" 0.97); "small"/"smart" (0.89) and
# "value"/"venue" (0.81) stay apart.
TOKEN_MIN_JW = 0.92

# Question windows are compared with aliases by fuzz.token_set_ratio (0-100); below this a
# window does not name the alias at all ("cap stock" vs "N.W. Harbor Small Cap Stock
# Portfolio" is 100, "cap growth" vs the same is 46).
WINDOW_MIN_SCORE = 85.0

# Final score = window score x (COVERAGE_BASE + (1 - COVERAGE_BASE) x share of the alias's
# weight the window covers): the whole name scores 100, a distinctive part less, a generic
# word alone (weighted by GENERIC_WEIGHT) much less.
COVERAGE_BASE = 0.7
GENERIC_WEIGHT = 0.25
# Share of the score lost when every distinctive word of a window is missing from the alias.
EXTRA_WORD_PENALTY = 0.5
# Share of the score kept when a distinctive word of the window stands where the alias has
# another ("Mid Cap Growth Portfolio" against "Large Cap Growth Portfolio"); a word this long at
# least may be a shorter spelling of the alias's ("FMR" of "FMRSM").
SUBSTITUTION_FACTOR = 0.6
PREFIX_MIN_CHARS = 3
TYPO_MIN_JW = 0.85  # "vaughn"/"vaughan" 0.97; "mid"/"large" 0.0
# Small words inside a capitalised name ("Service 2 Class of ING FMR ...").
RUN_JOINERS = frozenset({"of", "&"})

# A window that cuts a capitalised name of the question in two ("Jane Smith" matched only as
# "Smith") keeps this share of its score.
CUT_NAME_FACTOR = 0.75

# Scores for a surname asked about alone: after an honorific ("Ms. Holt") and naming exactly
# one person in the index; capitalised without an honorific ("Marsh's leave"), one person;
# shared by several people (reported, but below the 80 a caller needs to rely on a link).
SURNAME_ONLY_SCORE = 85.0
# A given name asked of a person the index knows by the surname alone: as sure as this share of
# a matching given name.
UNSTATED_FIRST_SIM = 0.7
BARE_SURNAME_SCORE = 80.0
AMBIGUOUS_SURNAME_SCORE = 72.0

# Links scoring below this are not reported at all.
LINK_MIN_SCORE = 70.0

# How many candidate aliases (ranked by the rarity of the words they share with the question)
# are scored per question; keeps link() fast on 100k aliases.
CANDIDATE_LIMIT = 300

# Questions whose links are kept: the engine links one question's text several times (its
# funds, then the firms its checks name), each time for other kinds of entity.
LINKED_KEPT = 16

# Autocomplete: a typed prefix matches a name word's prefix at or above this Jaro-Winkler
# similarity ("marsj"/"marsh" 0.92; "marlow"/"marsh" 0.79 does not).
COMPLETE_MIN_JW = 0.9

# Words of a question that never start or end a name window.
NOT_INITIALS = frozenset({"a", "i"})
STOPWORDS = (
    wordset(
        """
    a an the of for to in on at by with and or from as is are was were be been being does do did
    has have had who whom whose what when where which why how much many long its it this that
    these those their there his her he she they them me my our your you i we any all each every
    some other about into than then also please tell show list give find since until after
    before between both either neither not no yes can could would should will shall may might
    must s t
    """
    )
    | HONORIFICS
)


# A service or trade mark some filings glue to a name's word ("FMRSM" for FMR with its mark).
GLUED_MARKS = ("sm", "tm")


class Linker:
    """Finds the entities a question refers to; build once, call link() per question.

    The alias tables live in a NameIndex (the index's record file, or an in-memory one built
    from a list of entities); the Linker keeps only the vocabularies every question is
    compared with, and reads posting lists, people and aliases as questions name them.
    """

    def __init__(self, names: NameIndex | Sequence[Entity], fund_names: Sequence[str] = ()) -> None:
        if not isinstance(names, NameIndex):
            names = NameIndex.build(names, fund_names)
        self.names = names
        surnames = names.surnames()
        self._surnames = set(surnames)
        self._surname_blocks = _blocks(surnames)
        self._first_names = names.first_names()
        self._first_blocks = _blocks(self._first_names)
        vocabulary = names.words()
        self._df = {w: df for w, df in vocabulary if df}
        self._all_words = {w for w, _ in vocabulary}
        self._vocab_blocks = _blocks(self._df)
        self._single_aliases = names.single_word_aliases()
        n = max(names.alias_count(), 1)
        self._idf = {t: math.log(1 + n / df) for t, df in self._df.items()}
        self._cands: dict[int, Alias] = {}  # the aliases scored for the current question
        # the question's capitalised run around a window, and whether an alias says another
        # word in it, per question: windows of one name share their run
        self._runs: dict[tuple[int, int], tuple[int, int]] = {}
        self._run_found: dict[tuple[int, int, int], bool] = {}
        self._linked: dict[tuple[str, bool, bool, bool], list[tuple[int, float]]] = {}
        self._completion_built = False  # built by the first complete(): answering never needs it

    def prepare_completion(self) -> None:
        """Build the completion tables now (the app does, while it opens the index) rather
        than on the first complete()."""
        if not self._completion_built:
            self._build_completion()

    def _build_completion(self) -> None:
        self._completion_built = True
        self._complete_names: list[tuple[str, tuple[str, ...], int, int]] = []
        postings: dict[str, set[int]] = defaultdict(set)
        for i, name, ndocs in self.names.completion_names():
            toks = tuple(_norm(name).split())
            if not toks:
                continue
            cid = len(self._complete_names)
            self._complete_names.append((name, toks, i, ndocs))
            for t in toks:
                postings[t].add(cid)
        self._complete_postings = {t: sorted(ids) for t, ids in postings.items()}
        self._complete_vocab = sorted(postings)
        self._complete_blocks = _blocks(postings)

    # ------------------------------------------------------------------ linking
    def link(
        self, text: str, kinds: Collection[str] | None = None, limit: int = 5
    ) -> list[tuple[Entity, float]]:
        """Entities the text refers to, best first, with scores 0-100 (only those at or above
        LINK_MIN_SCORE). ``kinds`` restricts the result to some entity kinds."""
        wanted = set(kinds) if kinds is not None else None
        steps = (
            wanted is None or "person" in wanted,
            wanted is None or bool(wanted - {"person", "date"}),
            wanted is None or "date" in wanted,
        )
        ranked = self._ranked(text[:2000], *steps)
        out = []
        for i, score in ranked:
            e = self.names.entity(i)
            if (wanted is None or e.kind in wanted) and score >= LINK_MIN_SCORE:
                out.append((e, round(score, 1)))
        return out[:limit]

    def _ranked(self, text: str, people: bool, named: bool, dates: bool) -> list[tuple[int, float]]:
        """(entity, score) of every link of the text, best first, by the steps asked for;
        kept for the last LINKED_KEPT texts (the kinds a caller wants only filter them)."""
        key = (text, people, named, dates)
        found = self._linked.get(key)
        if found is not None:
            return found
        toks, caps = _words(text)
        self._question = (toks, caps)
        self._runs.clear()
        self._run_found.clear()
        best: dict[int, tuple[float, int, int]] = {}  # entity -> (score, span start, span end)
        if people:
            self._link_people(toks, caps, best)
        if named:
            self._link_named(toks, caps, best)
        if dates:
            self._link_dates(text, best)
        found = self._prefer_longer(best)
        if len(self._linked) >= LINKED_KEPT:
            self._linked.clear()
        self._linked[key] = found
        return found

    def _link_people(self, toks: list[str], caps: list[bool], best: dict) -> None:
        for pos, tok in enumerate(toks):
            if len(tok) < 2 or tok in STOPWORDS:
                continue
            for surname, sim in self._surnames_like(tok):
                people = self.names.people(surname)
                first, initials, start = self._given_before(toks, caps, pos)
                owners = {p.entity for p in people}
                named_first = {p.entity for p in people if p.name.first}
                for p in people:
                    if first and not named_first and sim == 1.0:
                        # "Jim Harlow" of a person known only as "Mr. Harlow" (the surname as
                        # written, and nobody of that surname with a given name): compatible
                        _keep(best, p.entity, 50.0 * (sim + UNSTATED_FIRST_SIM), start, pos + 1)
                        continue
                    if first:
                        query = PersonName(first, initials, p.name.last, "")
                        if not names_match(query, p.name) or not p.name.first:
                            continue
                        first_sim = (
                            1.0
                            if len(first) == 1 or len(p.name.first) == 1
                            else JaroWinkler.normalized_similarity(first, p.name.first)
                        )
                        score = 50.0 * (sim + first_sim)
                        _keep(best, p.entity, score, start, pos + 1)
                    elif first is None and (
                        _after_honorific(toks, pos) or _bare_surname(toks, caps, pos)
                    ):
                        if len(owners) > 1:
                            base = AMBIGUOUS_SURNAME_SCORE
                        elif _after_honorific(toks, pos):
                            base = SURNAME_ONLY_SCORE
                        else:
                            base = BARE_SURNAME_SCORE
                        _keep(best, p.entity, base * sim, pos, pos + 1)

    def _surnames_like(self, tok: str) -> list[tuple[str, float]]:
        found = [(tok, 1.0)] if tok in self._surnames else []
        if len(tok) >= 4:
            block = self._surname_blocks.get(tok[0], [])
            for name, score, _ in process.extract(
                tok,
                block,
                scorer=JaroWinkler.normalized_similarity,
                processor=None,  # surnames and question words are both pre-normalised
                score_cutoff=SURNAME_MIN_JW,
                limit=5,
            ):
                if name != tok:
                    found.append((name, score))
        return found

    def _link_named(self, toks: list[str], caps: list[bool], best: dict) -> None:
        matches = [self._words_like(t) if t not in STOPWORDS else {} for t in toks]
        said = {w for m in matches for w in m}
        cands = self._candidates(said)
        if not cands:
            return
        self._cands = self.names.aliases(cands)
        having: dict[str, set[int]] = defaultdict(set)  # question word -> candidates with it
        for aid in cands:
            alias = self._cands[aid].tokens
            for t in alias:
                if t in said:
                    having[t].add(aid)
            if len(alias) > 1 and alias[0] + alias[1] in said:
                having[alias[0] + alias[1]].add(aid)
        edges = [set().union(*(having.get(w, ()) for w in m)) if m else set() for m in matches]
        n = len(toks)
        for i in range(n):
            if not edges[i]:
                continue
            for j in range(i + 1, min(n, i + 6) + 1):
                ids = edges[i] & edges[j - 1] if j - 1 > i else edges[i]
                if not ids:
                    continue
                window = toks[i:j]
                if j - i == 1 and not caps[i] and toks[i] not in self._single_aliases:
                    continue  # a lower-case single word ("met") is too weak alone
                self._score_window(window, i, j, sorted(ids), matches, best)

    def _candidates(self, words: set[str]) -> list[int]:
        """Aliases sharing words with the question: every alias of a rare word, then those
        sharing the most common words (counted in C by Counter), CANDIDATE_LIMIT at most; the
        same ones in every process (a set of words iterates in an order that changes with the
        interpreter's string hashing, and the limit cuts among ties)."""
        rare: set[int] = set()
        counts: Counter[int] = Counter()
        common = []
        for word in sorted(words):  # (in one order: ties of the counts then break alike)
            df = self._df.get(word, 0)
            if df <= CANDIDATE_LIMIT:
                rare.update(self.names.postings(word) if df else ())
            else:
                common.append(word)
        if len(rare) < CANDIDATE_LIMIT:
            for word in common:
                counts.update(self.names.postings(word))
        cands = sorted(rare)[: CANDIDATE_LIMIT * 2]
        room = CANDIDATE_LIMIT * 2 - len(cands)
        if counts and room > 0:
            cands += [a for a, _ in counts.most_common(room) if a not in rare]
        return cands

    def _score_window(
        self,
        window: list[str],
        i: int,
        j: int,
        cands: list[int],
        matches: list[dict[str, float]],
        best: dict,
    ) -> None:
        """Score the aliases whose words include both ends of the window."""
        if all(t in _GENERIC or t in STOPWORDS for t in window):
            return  # "the fund", "portfolio": generic words are never the only evidence
        found = process.extract(
            " ".join(window),
            [self._cands[a].form for a in cands],
            scorer=fuzz.token_set_ratio,
            processor=None,  # both sides are pre-normalised with utils.default_process
            score_cutoff=WINDOW_MIN_SCORE,
            limit=25,
        )
        hits = []
        said = {w for m in matches[i:j] for w in m} | set(window)
        distinct_words = [
            (t, m)
            for t, m in zip(window, matches[i:j], strict=True)
            if t not in _GENERIC and t not in STOPWORDS
        ]
        for _alias, score, k in found:
            aid = cands[k]
            cover = self._coverage(aid, said)
            if cover > 0:
                score *= COVERAGE_BASE + (1 - COVERAGE_BASE) * cover
                # words of the window that are not in the alias ("co-managed Summit Dividend
                # Appreciation Index Fund" is not "Managed Fund")
                tokens = self._cands[aid].tokens
                alias = set(tokens) | ({tokens[0] + tokens[1]} if len(tokens) > 1 else set())
                extra = [t for t, m in distinct_words if t not in alias and not alias & set(m)]
                if extra:
                    score *= 1 - EXTRA_WORD_PENALTY * len(extra) / len(distinct_words)
                    if _substituted(extra, tokens, window, matches[i:j]):
                        # "Mid Cap Growth" for "Large Cap Growth": a word of the name said
                        # differently is another name, not the same one said in part
                        score *= SUBSTITUTION_FACTOR
                if self._cut_name(aid, i, j):
                    score *= CUT_NAME_FACTOR
                if not extra and self._run_substitutes(aid, i, j):
                    # "Service 2 Class" read from "Service 2 Class of ING FMR Mid Cap Growth
                    # Portfolio" against "... of ING FMRSM Large Cap Growth Portfolio"
                    score *= SUBSTITUTION_FACTOR
                hits.append((aid, score, len(extra)))
        entities = {self._cands[a].entity for a, _, _ in hits}
        distinct = len(distinct_words)
        for aid, score, extra in hits:
            if len(entities) == 1 and distinct > 1 and not extra:
                score += (100.0 - score) / 2  # several words pick out exactly one entity
            _keep(best, self._cands[aid].entity, score, i, j)

    def _cut_name(self, aid: int, i: int, j: int) -> bool:
        """Does the window cut a capitalised name of the question in two ("Jane Smith" read as
        "Smith"), with the word beside it not in the alias?"""
        toks, caps = self._question
        alias = set(self._cands[aid].tokens)
        for k in (i - 1, j):
            if not (0 <= k < len(toks) and caps[k]):
                continue
            word = toks[k]
            if word not in STOPWORDS and word not in alias and word not in _GENERIC:
                return True
        return False

    def _run_substitutes(self, aid: int, i: int, j: int) -> bool:
        """Whether the capitalised name of the question a window stands in says, beside the
        window, a distinctive word where the alias has another of its own."""
        toks, caps = self._question
        bounds = self._runs.get((i, j))
        if bounds is None:

            def joins(k: int) -> bool:  # a word of the name, or "of" / "&" between two
                if caps[k] or toks[k].isdigit():
                    return True
                return (
                    toks[k] in RUN_JOINERS and 0 < k < len(toks) - 1 and caps[k - 1] and caps[k + 1]
                )

            lo, hi = i, j
            while lo > 0 and joins(lo - 1):
                lo -= 1
            while hi < len(toks) and joins(hi):
                hi += 1
            bounds = self._runs[(i, j)] = (lo, hi)
        key = (aid, *bounds)
        found = self._run_found.get(key)
        if found is None:
            run = toks[bounds[0] : bounds[1]]
            tokens = self._cands[aid].tokens
            alias = set(tokens)
            extra = [t for t in run if t not in alias and t not in _GENERIC and t not in STOPWORDS]
            found = bool(extra) and _substituted(extra, tokens, run, [{}] * len(run))
            self._run_found[key] = found
        return found

    def _coverage(self, aid: int, said: set[str]) -> float:
        """Share of an alias's word weight that a window's words (``said``: the words and the
        alias words they match) match (generic words count GENERIC_WEIGHT); 0 when no
        distinctive alias word is matched."""
        alias = self._cands[aid].tokens
        covered = total = 0.0
        distinctive = False
        for t in alias:
            w = self._idf.get(t, 1.0) * (GENERIC_WEIGHT if t in _GENERIC else 1.0)
            total += w
            if t in said:
                covered += w
                distinctive = distinctive or t not in _GENERIC
        if len(alias) > 1 and alias[0] + alias[1] in said:
            covered = max(covered, total * (len(alias) - 1) / len(alias))
            distinctive = True
        return covered / total if total and distinctive else 0.0

    def _words_like(self, tok: str) -> dict[str, float]:
        """Alias words equal or close to a question word, with their similarity."""
        out = {tok: 1.0} if tok in self._all_words else {}
        for mark in GLUED_MARKS:  # "FMR" of "ING FMRSM Mid Cap Growth Portfolio"
            if tok + mark in self._all_words:
                out[tok + mark] = 1.0
        if len(tok) >= 4 and not out:
            for word, score, _ in process.extract(
                tok,
                self._vocab_blocks.get(tok[0], []),
                scorer=JaroWinkler.normalized_similarity,
                processor=None,  # vocabulary is pre-normalised
                score_cutoff=TOKEN_MIN_JW,
                limit=3,
            ):
                out[word] = score
        return out

    def _link_dates(self, text: str, best: dict) -> None:
        for m in DATE_RE.finditer(text[:2000]):
            name, _ = date_name(m.group(1), m.group(2), m.group(3))
            entity = self.names.date_entity(name)
            if entity is not None:
                _keep(best, entity, 100.0, -1, -1)

    def _prefer_longer(self, best: dict[int, tuple[float, int, int]]) -> list[tuple[int, float]]:
        """Best first; a match whose words lie inside a longer, at least as good match of
        another entity is dropped ("Summit" inside "Summit Total Bond Market Index Fund")."""
        items = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1] - kv[1][2]))
        kept: list[tuple[int, float]] = []
        spans: list[tuple[float, int, int]] = []
        for ent, (score, start, end) in items:
            inside = any(
                s <= start and end <= e and (e - s) > (end - start) and sc >= score
                for sc, s, e in spans
            )
            if inside:
                continue
            kept.append((ent, score))
            spans.append((score, start, end))
        return kept

    def _given_before(
        self, toks: list[str], caps: list[bool], pos: int
    ) -> tuple[str | None, tuple[str, ...], int]:
        """The first name (and initials) written before the surname at ``pos``, and where the
        name starts; None when no first name precedes it ("Ms. Holt", "manages Holt"). A
        word counts as a first name when capitalised or close to a known first name."""
        k = pos - 1
        initials: list[str] = []
        # (a capital letter is an initial, though "s" in lower case is a possessive's: "Daniel
        # S. Janis"; not "A" or "I")
        while k >= 0 and len(toks[k]) == 1 and caps[k] and toks[k] not in NOT_INITIALS:
            initials.insert(0, toks[k])
            k -= 1
        if k >= 0 and len(toks[k]) > 1 and toks[k] not in STOPWORDS:
            word = toks[k]
            if caps[k] or word in self._first_names or self._first_name_like(word):
                return word, tuple(initials), k
        if initials:
            return initials[0], tuple(initials[1:]), pos - len(initials)
        return None, (), pos

    def _first_name_like(self, word: str) -> bool:
        if len(word) < 3:
            return False
        return bool(
            process.extractOne(
                word,
                self._first_blocks.get(word[0], []),
                scorer=JaroWinkler.normalized_similarity,
                processor=None,  # first names are pre-normalised
                score_cutoff=FIRST_NAME_MIN_JW,
            )
        )

    # ------------------------------------------------------------------ completion
    def complete(self, prefix: str, limit: int = 8) -> list[str]:
        """Names of entities and funds that the typed prefix could be the start of, typo
        tolerant ("dana h" -> "Dana R. Holt"); most widely seen first."""
        toks = _tokens(prefix[:200])
        if not toks:
            return []
        self.prepare_completion()
        *done, last = toks
        if prefix[-1:].isspace():
            done, last = toks, ""
        word_sets = [self._complete_words(t) for t in done]
        if any(not ws for ws in word_sets):
            return []
        last_words = self._complete_prefix_words(last) if last else None
        pools = [set().union(*(self._complete_postings[w] for w in ws)) for ws in word_sets]
        if last_words is not None:
            pools.append(set().union(*(self._complete_postings[w] for w in last_words)))
        if not pools:
            return []
        ids = set.intersection(*pools)
        ranked = sorted(ids, key=lambda c: self._complete_rank(c, toks))
        return [self._complete_names[c][0] for c in ranked[:limit]]

    def _complete_rank(self, cid: int, toks: list[str]) -> tuple[int, int, int, str]:
        name, words, _ent, ndocs = self._complete_names[cid]
        starts = int(" ".join(words).startswith(" ".join(toks)))
        return (-starts, -ndocs, len(name), name)

    def _complete_words(self, tok: str) -> set[str]:
        out = {tok} if tok in self._complete_postings else set()
        if len(tok) >= 4:
            for word, _score, _ in process.extract(
                tok,
                self._complete_blocks.get(tok[0], []),
                scorer=JaroWinkler.normalized_similarity,
                processor=None,  # vocabulary is pre-normalised
                score_cutoff=TOKEN_MIN_JW,
                limit=5,
            ):
                out.add(word)
        return out

    def _complete_prefix_words(self, part: str) -> set[str]:
        vocab = self._complete_vocab
        lo = bisect.bisect_left(vocab, part)
        hi = bisect.bisect_left(vocab, part + "\uffff")
        out = set(vocab[lo:hi])
        if len(part) >= 3:
            for word in self._complete_blocks.get(part[0], []):
                if len(word) >= len(part) and (
                    JaroWinkler.normalized_similarity(part, word[: len(part)]) >= COMPLETE_MIN_JW
                ):
                    out.add(word)
        return out


def _substituted(
    extra: Sequence[str],
    alias: Sequence[str],
    window: Sequence[str],
    matches: Sequence[dict[str, float]],
) -> bool:
    """Whether a window's distinctive words not in an alias stand where the alias has
    distinctive words of its own that the window does not say ("mid" beside the alias's
    "large"), a shorter spelling of one ("fmr" of "fmrsm") aside."""
    said = set(window) | {w for m in matches for w in m}
    missing = [
        t
        for t in alias
        if t not in _GENERIC
        and t not in STOPWORDS
        and t not in said
        and not any(
            len(x) >= PREFIX_MIN_CHARS and (t.startswith(x) or x.startswith(t)) for x in extra
        )
    ]
    spelt = [
        x
        for x in extra
        if not any(
            len(x) >= PREFIX_MIN_CHARS and (t.startswith(x) or x.startswith(t)) for t in alias
        )
        # (a misspelling of the missing word is that word: "Vaughn" of "Vaughan")
        and not any(JaroWinkler.normalized_similarity(x, t) >= TYPO_MIN_JW for t in missing)
    ]
    return bool(missing) and bool(spelt)


def _blocks(words: Collection[str]) -> dict[str, list[str]]:
    """Words grouped by first letter: typos rarely hit the first letter, so fuzzy look-ups
    compare against one block instead of the whole vocabulary."""
    out: dict[str, list[str]] = defaultdict(list)
    for w in words:
        if w:
            out[w[0]].append(w)
    return dict(out)


def _bare_surname(toks: list[str], caps: list[bool], pos: int) -> bool:
    """A capitalised word that is not followed by a number ("Rule 12b-1", "Class 2")."""
    nxt = toks[pos + 1] if pos + 1 < len(toks) else ""
    return caps[pos] and not any(c.isdigit() for c in nxt)


def _after_honorific(toks: list[str], pos: int) -> bool:
    return pos > 0 and toks[pos - 1] in HONORIFICS


def _keep(best: dict[int, tuple[float, int, int]], ent: int, score: float, s: int, e: int) -> None:
    old = best.get(ent)
    if old is None or score > old[0]:
        best[ent] = (score, s, e)
