"""Retrieval: BM25F over the Whoosh index for terms taken from the question (built in code: no
query parser ever sees user text), the fund-presence check and did-you-mean."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from rapidfuzz.distance import OSA

from index.model import Passage
from index.ranking import Ranker, WeightedTerm
from index.schema import text_analyzer
from index.store import Snapshot

# How many passages a question considers before sentence selection.
TOP_PASSAGES = 40
# Extra weight of a passage's heading words.
SECTION_TERM_BOOST = 1.5
# Weight of a word a filing may use for a question word ("name" for "renamed"): it finds the
# passage that says it in other words, below the question's own words.
SYNONYM_WEIGHT = 0.5
# Extra weight of a passage that mentions a person or fund the question is linked to.
ENTITY_TERM_BOOST = 1.0
# Checking that a fund's name occurs starts from its rarest word; when even that word is in
# more passages than this, the name is made of everyday words and is taken as present.
PRESENCE_MAX_POSTINGS = 2000
# ... and only the words found in at most this share of passages are checked after it.
PRESENCE_COMMON_SHARE = 0.01
# Corpus-wide queries keep the rarer terms only: at most this many, and none found in more
# than this share of passages (unless fewer than MIN_QUERY_TOKENS would be left).
MAX_QUERY_TOKENS = 6
MIN_QUERY_TOKENS = 2
COMMON_TOKEN_SHARE = 0.02
# Words added to reach MIN_QUERY_TOKENS are never in more than this share of passages: a word
# in a third of the index ("fund", "investment") ranks nothing and is the costliest to read.
FILLER_MAX_SHARE = 0.05
# A word is "unknown" (worth a did-you-mean) when no passage contains it.
SUGGEST_MIN_WORD = 4
# Letters a suggestion shares with the unknown word at its start; unknown words looked up.
SUGGEST_PREFIX = 1
SUGGEST_MAX_WORDS = 3
# How many of the corrector's suggestions are measured again (a swap counted as one edit).
SUGGEST_CANDIDATES = 8
# A real word the filings never use is read as a filings' word one edit away that English
# uses this many times as often (a typo that happens to spell a word: "mangers").
REAL_WORD_TYPO_RATIO = 100
# Words this long may hold two typing errors ("managemnet" for "management"); shorter ones
# one ("stok" for "stock", but not "code" for "cover" nor "related" for "replaced").
TYPO_LONG_WORD = 10

_ANALYZER = text_analyzer()


@lru_cache(maxsize=4096)
def analyse(word: str) -> tuple[str, ...]:
    """The index tokens (stemmed, lower-cased, stop words dropped) of one word or phrase."""
    return tuple(tok.text for tok in _ANALYZER(word))


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    rank: int


def query_terms(
    terms: Sequence[str], ranker: Ranker | None = None, synonyms: Sequence[str] = ()
) -> list[WeightedTerm]:
    """The OR clauses for the question's terms: each token over passage text and headings,
    and each of ``synonyms`` (index tokens) at SYNONYM_WEIGHT.

    With a ranker (for its index's term counts), only the rarer terms are kept (at most
    MAX_QUERY_TOKENS, none found in more than COMMON_TOKEN_SHARE of the passages unless fewer
    than MIN_QUERY_TOKENS would be left, and then none in more than FILLER_MAX_SHARE unless
    nothing else is left): common words add little to the ranking and cost most of the search
    time on a large index.
    """
    tokens: list[str] = []
    for term in terms:
        for tok in analyse(term):
            if tok not in tokens:
                tokens.append(tok)
    if ranker is not None and tokens:
        total = max(ranker.reader.doc_count(), 1)
        freq = {t: ranker.doc_frequency("text", t) for t in tokens}
        ranked = sorted((t for t in tokens if freq[t]), key=freq.__getitem__)
        rare = [t for t in ranked if freq[t] <= COMMON_TOKEN_SHARE * total]
        fillers = [t for t in ranked if t not in rare and freq[t] <= FILLER_MAX_SHARE * total]
        tokens = (rare or fillers[:MIN_QUERY_TOKENS] or ranked[:1])[:MAX_QUERY_TOKENS]
        if len(tokens) < MIN_QUERY_TOKENS:
            tokens += [t for t in fillers if t not in tokens][: MIN_QUERY_TOKENS - len(tokens)]
    others = [t for t in dict.fromkeys(synonyms) if t not in tokens]
    if ranker is not None:  # the same rule as for the question's own words
        total = max(ranker.reader.doc_count(), 1)
        others = [
            t for t in others if 0 < ranker.doc_frequency("text", t) <= COMMON_TOKEN_SHARE * total
        ][:MAX_QUERY_TOKENS]
    clauses: list[WeightedTerm] = []
    for tok, weight in [*((t, 1.0) for t in tokens), *((t, SYNONYM_WEIGHT) for t in others)]:
        clauses.append(WeightedTerm("text", tok, weight))
        clauses.append(WeightedTerm("section", tok, SECTION_TERM_BOOST * weight))
    return clauses


def search(
    snap: Snapshot,
    terms: Sequence[str],
    *,
    docs: Sequence[str] | None = None,
    limit: int = TOP_PASSAGES,
    entity_keys: Sequence[str] = (),
    synonyms: Sequence[str] = (),
) -> list[Hit]:
    """Top passages for the terms (BM25F), optionally restricted to some documents.

    ``entity_keys`` (``person:steven j rich``, ``fund:...``: the index's ``entities`` field)
    boost passages that mention the people and funds the question is about; they do not
    match on their own.

    Ranked by ``index.ranking`` over the index's postings, which gives Whoosh's BM25F scores
    for the same OR query at a fraction of the cost on a large index. Doc records carry no
    text, so text queries match passages only.
    """
    if docs is not None and not docs:
        return []
    clauses = query_terms(terms, snap.ranker if docs is None else None, synonyms)
    if not clauses:
        return []
    boosts = [WeightedTerm("entities", key, ENTITY_TERM_BOOST) for key in entity_keys]
    stored = snap.stored_fields
    return [
        Hit(Snapshot.passage_from(stored(docnum)), score, rank)
        for rank, (docnum, score) in enumerate(
            snap.ranker.top(clauses, limit, docs=docs, boosts=boosts)
        )
    ]


def idf(snap: Snapshot, token: str) -> float:
    """Inverse document frequency of an analysed token over passage text."""
    return snap.searcher.idf("text", token)


# Endings an inflected form may drop to meet its base form in the index ("overseen" ->
# "oversee", "quarters" -> "quarter"); "auditor" is no form of "audit".
INFLECTION_ENDINGS = frozenset({"s", "es", "d", "ed", "n", "en"})


def is_form_of(word: str, form: str) -> bool:
    """Whether ``form`` is ``word`` without an inflection ending ("reorganized", "reorganize")."""
    low, short = word.lower(), form.lower()
    ending = low[len(short) :]
    if not (low.startswith(short) and ending in INFLECTION_ENDINGS):
        return False
    # a participle in -n follows a vowel "e" or a "w" ("overseen", "taken", "known"): "median"
    # is no form of "media"
    return ending != "n" or short[-1:] in ("e", "w")


def _spelt(snap: Snapshot, low: str) -> bool:
    """Whether a word is written so in the filings (one of the index's spelling words)."""
    return snap.speller.has(low)


def corrections(snap: Snapshot, words: Sequence[str]) -> list[tuple[str, str]]:
    """(word, correction) for question words no passage contains that are likely typos of an
    index word: within :func:`typo_distance` edits (a swap of two letters is one). A real word
    the index lacks gets no correction and is simply no search term."""
    frequency = snap.ranker.doc_frequency
    found: list[tuple[str, str]] = []
    checked = 0
    for word in words:
        if len(word) < SUGGEST_MIN_WORD or not word.isalpha():
            continue
        tokens = analyse(word)
        low = word.lower()
        if tokens and any(frequency(f, t) for t in tokens for f in ("text", "section", "funds")):
            # (a word the filings write only in a heading or a fund's name is theirs too: the
            # "Harbor" of a fund named on a line of its own is no typo of "harbour")
            # a known stem, but no word of the filings nor of English is spelt so: a typo
            # whose stem another word shares ("directer": "direct"), read as the filings'
            # word one edit away when there is one (a name, capitalised, is left as written:
            # the spelling words are not read for it)
            if not word.islower() or low in english_words() or _spelt(snap, low):
                continue
            near = [
                w
                for w in snap.speller.suggest(low, limit=SUGGEST_CANDIDATES, maxdist=1)
                if OSA.distance(low, w) == 1 and w[:1] == low[:1]
            ]
            if near:
                found.append((word, near[0]))
            continue
        if not tokens:
            continue
        if low in english_words():
            # a real word the filings do not use is read as another form of the same word
            # ("overseen" as "oversee"), never as a different word ("changes" as "charges")
            form = next(
                (
                    low[:-k]
                    for k in (1, 2)
                    if is_form_of(low, low[:-k])
                    and all(frequency("text", t) for t in analyse(low[:-k]) or ("",))
                ),
                None,
            )
            if form is None:
                form = _likelier_word(snap, low)
            if form is not None:
                found.append((word, form))
            continue
        limit = typo_distance(low)
        # Typos rarely touch a word's first letter; holding it fixed makes the lookup ~6x faster
        # on a large vocabulary (10 ms instead of 60 ms a word at 10,000 filings). The
        # corrector counts a swap of two letters as two edits ("mangaes"), so it is asked one
        # edit further and its suggestions are measured again with swaps as one.
        fits = [
            suggestion
            for suggestion in snap.speller.suggest(
                low, limit=SUGGEST_CANDIDATES, maxdist=limit + 1, prefix=SUGGEST_PREFIX
            )
            if OSA.distance(low, suggestion) <= limit
            and all(frequency("text", t) for t in analyse(suggestion))
        ]
        if fits:  # the nearest, a swap counted as one edit; of equals, the likelier slip
            found.append((word, min(fits, key=lambda w: (OSA.distance(low, w), slip(low, w)))))
        else:
            # no word of the filings is that close: the commonest English word one edit away,
            # so that what the question asks is still read ("mangaes" as "manages" when no
            # filing says "manages"); it is no search term unless the filings use it
            fix = english_fix(low)
            if fix is not None:
                found.append((word, fix))
        checked += 1
        if checked >= SUGGEST_MAX_WORDS:
            break
    return found


# The rows of a keyboard: a letter struck for its neighbour is a likelier slip than any other.
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@lru_cache(maxsize=1)
def _key_neighbours() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r, row in enumerate(KEY_ROWS):
        for i, key in enumerate(row):
            near = out.setdefault(key, set())
            near.update(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
            for other, offsets in ((r - 1, (i, i + 1)), (r + 1, (i - 1, i))):
                if 0 <= other < len(KEY_ROWS):
                    near.update(
                        KEY_ROWS[other][j] for j in offsets if 0 <= j < len(KEY_ROWS[other])
                    )
    return {k: frozenset(v) for k, v in out.items()}


def _doubled_once(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` is ``longer`` with one letter of a doubled pair left out."""
    return any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(len(longer) - 1)
    )


def slip(typed: str, word: str) -> float:
    """How unlikely a slip of the keys turns ``word`` into ``typed`` (one edit apart), 0 the
    likeliest: a doubled letter typed once or a letter typed twice ("alocation", "insurred"),
    then two letters swapped, then a key struck for its neighbour, then a letter left out,
    then one struck too many; a key struck for one far from it 1."""
    if len(typed) == len(word) + 1 and _doubled_once(typed, word):
        return 0.0
    if len(word) == len(typed) + 1 and _doubled_once(word, typed):
        return 0.0
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]]:
            return 0.3
        if len(diff) == 1 and typed[diff[0]] in _key_neighbours().get(word[diff[0]], ()):
            return 0.5
    if len(word) == len(typed) + 1:  # a letter left out ("postions"): likelier than a key
        return 0.7  # struck for one far from it ("portions")
    if len(typed) == len(word) + 1:  # a letter struck too many
        return 0.8
    return 1.0


def _likelier_word(snap: Snapshot, low: str) -> str | None:
    """A word of the filings one edit from a real word they never use, so much commoner in
    English (REAL_WORD_TYPO_RATIO times) that the question more likely mistyped it ("mangers"
    for "managers"; not "fond" for "fund")."""
    counts = english_counts()
    own = counts.get(low, 0)
    near = [
        w
        for w in snap.speller.suggest(low, limit=SUGGEST_CANDIDATES, maxdist=1)
        if w[:1] == low[:1]
        and OSA.distance(low, w) == 1
        and counts.get(w, 0) >= REAL_WORD_TYPO_RATIO * max(own, 1)
    ]
    return max(near, key=lambda w: counts.get(w, 0)) if near else None


@lru_cache(maxsize=1)
def english_counts() -> dict[str, int]:
    """The 82,834 English words of symspellpy's frequency dictionary
    (``frequency_dictionary_en_82_765.txt``), with their counts (read on first need)."""
    data = resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    counts: dict[str, int] = {}
    for line in data.read_text("utf-8").splitlines():
        word, count = line.split(" ", 1)
        counts[word] = int(count)
    return counts


@lru_cache(maxsize=1)
def english_total() -> int:
    """The sum of :func:`english_counts`."""
    return sum(english_counts().values())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The words of :func:`english_counts`."""
    return frozenset(english_counts())


@lru_cache(maxsize=1)
def _english_letters() -> str:
    """Every character of the English words (letters and the apostrophe of "can't")."""
    return "".join(sorted({ch for word in english_counts() for ch in word}))


@lru_cache(maxsize=1)
def _english_speller() -> Any:
    """symspellpy's speller over its English frequency dictionary (0.8 s and about 50 MB to
    build): only asked to order English words one edit from a word that are equally common."""
    from symspellpy import SymSpell

    speller = SymSpell(max_dictionary_edit_distance=1, prefix_length=7)
    data = resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    speller.load_dictionary(str(data), term_index=0, count_index=1)
    return speller


def one_edit(word: str, letters: str) -> set[str]:
    """Every string one edit from a word: a letter dropped, two neighbours swapped, a letter
    of ``letters`` put in place of one or put in; the word itself left out."""
    out = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1 :])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        out.update(word[:i] + ch + word[i + 1 :] for ch in letters)
    for i in range(len(word) + 1):
        out.update(word[:i] + ch + word[i:] for ch in letters)
    out.discard(word)
    return out


def english_fix(word: str) -> str | None:
    """The commonest English word one edit (a swap of two letters included) from a word that
    is not English itself, or None.

    The words one edit away are looked up in the dictionary (about 0.2 ms); this is the word
    symspellpy's lookup (``Verbosity.TOP``, one edit) gives, without building its tables of
    deletions for every word (0.8 s the first time a question held such a typo). When several
    are equally common, symspellpy's lookup orders them, as it always has.
    """
    counts = english_counts()
    if word in counts:
        return None
    near = [(counts[w], w) for w in one_edit(word, _english_letters()) if w in counts]
    if not near:
        return None
    top = max(count for count, _ in near)
    best = [w for count, w in near if count == top]
    if len(best) == 1:
        fix = best[0]
    else:
        from symspellpy import Verbosity

        found = _english_speller().lookup(word, Verbosity.TOP, max_edit_distance=1)
        if not found or found[0].distance != 1:
            return None
        fix = found[0].term
    short, long = sorted((word, fix), key=len)
    if long.startswith(short) and long[len(short) :] in INFLECTION_ENDINGS:
        return None  # another form of the same word ("breakpoint", "breakpoints") is no typo
    return fix


def typo_distance(word: str) -> int:
    """Edits a typo of a word this long may hold: one, two from TYPO_LONG_WORD letters on."""
    return 2 if len(word) >= TYPO_LONG_WORD else 1


def all_words_present(snap: Snapshot, words: Sequence[str], docs: Sequence[str] | None) -> bool:
    """Whether some one document (of the given ones) contains every one of the words."""
    found = word_holders(snap, words, docs)
    return found is None or bool(found)


def word_holders(
    snap: Snapshot, words: Sequence[str], docs: Sequence[str] | None
) -> list[str] | None:
    """The documents (of the given ones) that contain every one of the words; None when the
    words are too common to tell (every document is taken to hold them).

    Checked from the rarest word: only the documents holding it are candidates, and each
    further word is looked up in those candidates' passages only. A rarest word found in very
    many passages means the name is made of common words: taken as present; further common
    words are not checked.
    """
    ranker = snap.ranker
    clauses: list[tuple[int, list[str]]] = []
    for word in words:
        tokens = list(analyse(word))
        if tokens:
            freq = {
                t: ranker.doc_frequency("text", t) + ranker.doc_frequency("section", t)
                for t in tokens
            }
            tokens.sort(key=freq.__getitem__)
            clauses.append((freq[tokens[0]], tokens))
    if not clauses:
        return None
    clauses.sort(key=lambda c: c[0])
    if clauses[0][0] == 0:
        return []
    if clauses[0][0] > PRESENCE_MAX_POSTINGS:
        return None
    # Words in a large share of passages ("Trust", "500", "S&P") say nothing about which
    # filing is meant, and their posting lists are the costly ones: the distinctive words decide.
    common = PRESENCE_COMMON_SHARE * max(1, ranker.doc_count)
    clauses = [clauses[0], *(c for c in clauses[1:] if c[0] <= common)]
    names = list(snap.docs)
    owner = snap.doc_owners
    allowed = None
    if docs is not None:
        position = {name: i for i, name in enumerate(names)}
        allowed = np.zeros(len(names), dtype=bool)
        allowed[[position[d] for d in docs if d in position]] = True
    candidates: np.ndarray | None = None  # documents holding every word so far
    for _, tokens in clauses:
        within = None  # passages holding every token of the word so far
        if candidates is not None:
            within = np.concatenate(
                [ranker.doc_numbers(names[i]) for i in np.flatnonzero(candidates)]
            )
            within.sort()
        for token in tokens:
            found = np.zeros(ranker.doc_count, dtype=bool)
            for field in ("text", "section"):
                if within is None:
                    found[ranker.postings(field, token)[0]] = True
                else:
                    found[ranker.postings_within(field, token, within)[0]] = True
            within = np.flatnonzero(found)
        holders = owner[within]
        here = np.zeros(len(names), dtype=bool)
        here[holders[holders >= 0]] = True
        if allowed is not None:
            here &= allowed
        candidates = here if candidates is None else candidates & here
        if not candidates.any():
            return []
    return [] if candidates is None else [names[i] for i in np.flatnonzero(candidates)]
