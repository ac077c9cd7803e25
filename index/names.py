"""Names: the one place that splits a name into its parts and turns it into a key.

A person's name loses honorifics ("Mr."), credentials ("CFA", "Ph.D.") and keeps a
generational suffix ("Jr.", "III"); it splits into first name, initials and surname (particles
such as "van der" stay with the surname), whether written "John Q. Public" or "PUBLIC, JOHN Q.".
Keys make spellings of one thing meet: ``person_key`` and ``surname_key`` for people,
``org_key`` for organisations and funds ("N.W. Harbor" = "NWHarbor"), ``term_key`` for security
types and defined terms, ``compact_key`` for letters-and-digits matching of typed fragments,
``word_key`` for one word of a name. The vocabulary is data: ``data/names.json``.

Every function here runs per mention on multi-MB filings, so the ones given whole names are
cached (names repeat) and none scans a list.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import JaroWinkler

VOCABULARY = Path(__file__).with_name("data") / "names.json"

# First names of two full-name mentions with the same surname: Jaro-Winkler (0-1) at or above
# this counts as one person. Separates "Stephen"/"Steven" (0.894), "Marion"/"Marian" (0.933),
# "Steve"/"Steven" (0.967) from "John"/"Jane" (0.667), "Albert"/"Adrian" (0.556).
FIRST_NAME_MIN_JW = 0.85

# Surnames: Jaro-Winkler at or above this is the same surname (typo tolerance when linking and
# within a filing). Lets "Marsh"/"Marshh" (0.967) through and keeps "Holt"/"Hold" (0.883),
# "Winslow"/"Winston" (0.886) and "Lowell"/"Lowery" (0.867) apart.
SURNAME_MIN_JW = 0.92

MARK_RE = re.compile(r"\((?:R|SM|TM)\)|[®™℠]")
# A place in brackets inside a firm's name, before its legal form: "(UK)", "(U.S.)",
# "(Singapore)", "(North America)" of "X Management (UK) Limited".
PLACE_IN_NAME = r"\((?:[A-Z]{2,3}|U\.[KS]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)"
_SPACE_RE = re.compile(r"\s+")
_DROP_RE = re.compile(r"[\W_]+")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_ORG_WORD_RE = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*\.?")
_TERM_WORD_RE = re.compile(r"[a-z0-9]+")
_TOKEN_SPLIT_RE = re.compile(r"[\s,]+")


def fold(s: str) -> str:
    """Strip accents (Aurélie -> Aurelie) so spellings with and without them meet."""
    if s.isascii():
        return s
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def bare(token: str) -> str:
    """A token lower-cased without dots or trademark marks, for vocabulary look-ups."""
    return MARK_RE.sub("", token).lower().rstrip(".").replace(".", "") if token else ""


def _load() -> dict[str, list[str]]:
    return json.loads(VOCABULARY.read_text(encoding="utf-8"))


_VOCAB = _load()


def _bare_set(key: str) -> frozenset[str]:
    return frozenset(fold(bare(form)) for form in _VOCAB[key])


def _alternation(forms: list[str]) -> str:
    """A regex alternation of written forms, longest first (so "III" is tried before "II")."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


HONORIFICS = _bare_set("honorifics")
PLURAL_HONORIFICS = _bare_set("plural_honorifics")
# Credentials as written (and in capitals): "M.A." is one, "MA" (a state) and "Ma" are not.
CREDENTIALS = frozenset(_VOCAB["credentials"]) | {f.upper() for f in _VOCAB["credentials"]}
GENERATIONAL = _bare_set("generational_suffixes")
SURNAME_PARTICLES = frozenset(_VOCAB["surname_particles"])
# Legal-form words: dropped from organisation keys (dots removed: "N.A." -> "na").
LEGAL_FORMS = _bare_set("legal_forms")
FUND_SUFFIXES = _bare_set("fund_suffixes")
PERSON_LIKE_FIRMS = tuple(_VOCAB["person_like_firms"])

# Regex pieces for extraction patterns that embed the vocabulary (case as written).
HONORIFIC_PATTERN = "(?:" + _alternation([f.rstrip(".") for f in _VOCAB["honorifics"]]) + ")"
GENERATIONAL_PATTERN = "(?:" + _alternation(_VOCAB["generational_suffixes"]) + ")"
CREDENTIAL_PATTERN = "(?:" + _alternation(_VOCAB["credentials"]) + ")"
PARTICLE_PATTERN = "(?:" + _alternation(_VOCAB["surname_particles"]) + ")"
# A firm shaped like a person's name, written anywhere in a span ("Harlow Brothers & Co.").
PERSON_LIKE_FIRM_RE = re.compile(r"\b(?:" + _alternation(_VOCAB["person_like_firms"]) + r")(?!\w)")


def is_credential(token: str) -> bool:
    """Whether a token is a credential ("CFA", "Ph.D.", "ChFC", "CFA®", "CFA." ending a
    sentence); "Ma" is a surname, "Ms." an honorific."""
    written = MARK_RE.sub("", token)
    return written in CREDENTIALS or written.rstrip(".") in CREDENTIALS


@functools.lru_cache(maxsize=1 << 16)
def slug(s: str) -> str:
    """A readable ASCII key: "Dana R. Holt" -> "dana-r-holt"."""
    return _SLUG_RE.sub("-", fold(s).lower()).strip("-") or "x"


def compact_key(text: str) -> str:
    """Letters and digits only, case-folded: "N.W. Harbor" and "nw harbor" share a key (a
    typed fragment against names; one key char per letter or digit of the text)."""
    return _DROP_RE.sub("", text).casefold()


def word_key(word: str) -> str:
    """One lower-case word of a name as names compare: no dots or apostrophes, no plural s
    ("Funds" = "Fund", "J.P." = "jp")."""
    w = word.replace(".", "").replace("'", "")
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def singular(word: str) -> str:
    """A lower-case English noun in the singular ("securities" -> "security", "bonds" -> "bond")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


# ----------------------------------------------------------------------------- people


@dataclass(frozen=True)
class PersonName:
    """A person's name split into the parts that matching compares."""

    first: str  # folded lower-case given name ("" for a surname-only mention)
    initials: tuple[str, ...]  # middle (and leading) initials, lower-case letters
    last: str  # folded lower-case surname, hyphens and particles kept
    suffix: str  # "jr", "iii", ... or ""

    @property
    def full(self) -> bool:
        return bool(self.first)


def _inverted(tokens: list[str], comma_after: int) -> list[str]:
    """Tokens of "PUBLIC, JOHN Q." in reading order ("JOHN Q. PUBLIC"), when the comma follows
    the surname alone (one word, or particles and a word) and given names come after it."""
    head, tail = tokens[:comma_after], tokens[comma_after:]
    if not tail or not head or len(head) > 1 + sum(t.lower() in SURNAME_PARTICLES for t in head):
        return tokens
    if is_credential(tail[0]) or bare(tail[0]) in GENERATIONAL:
        return tokens
    return [*tail, *head]


@functools.lru_cache(maxsize=1 << 16)
def normalise_person(surface: str) -> str:
    """A person's name in reading order, minus honorifics and credentials: "Mr. Dana Holt" ->
    "Dana Holt"; "Lee Marsh, Ph.D." -> "Lee Marsh"; "HOLT, DANA R." -> "DANA R.
    RICH"; "Daniel S. Janis, III" kept."""
    text = _SPACE_RE.sub(" ", MARK_RE.sub("", surface).replace("’", "'")).strip()
    tokens = [t for t in _TOKEN_SPLIT_RE.split(text) if t]
    while tokens and bare(tokens[0]) in HONORIFICS:
        tokens.pop(0)
    suffix = ""
    while tokens:
        last = tokens[-1]
        b = bare(last)
        if is_credential(last) and len(tokens) > 1:
            tokens.pop()
        elif b in GENERATIONAL and len(tokens) > 2 and not suffix:
            suffix = tokens.pop()
            if b in ("jr", "sr") and not suffix.endswith("."):
                suffix += "."
        else:
            break
    if "," in text:
        head = text.split(",", 1)[0].split()
        while head and bare(head[0]) in HONORIFICS:
            head.pop(0)
        tokens = _inverted(tokens, len(head))
    name = " ".join(tokens)
    return f"{name}, {suffix}" if suffix else name


@functools.lru_cache(maxsize=1 << 16)
def parse_person(name: str) -> PersonName:
    """Split a (normalised or raw) person name into first name, initials, surname, suffix.
    A name that starts with a lower-case particle ("van Berg") is a surname alone."""
    text = normalise_person(name)
    suffix = ""
    if ", " in text:
        text, suffix = text.rsplit(", ", 1)
        suffix = bare(suffix)
    surname_only = text[:1].islower() and text.split(" ", 1)[0] in SURNAME_PARTICLES
    words = [w for w in fold(text).lower().split() if w]
    if not words:
        return PersonName("", (), "", suffix)
    last_start = 0 if surname_only else len(words) - 1
    while last_start > 1 and words[last_start - 1] in SURNAME_PARTICLES:
        last_start -= 1
    last = " ".join(words[last_start:]).replace(".", "")
    first = ""
    initials: list[str] = []
    for w in words[:last_start]:
        letters = w.replace(".", "").replace("-", "")
        if "." in w or len(letters) == 1:
            initials.extend(letters)
        elif not first:
            first = w
        else:
            initials.append(w[0])
    if not first and initials:
        first = initials.pop(0)
    return PersonName(first, tuple(initials), last, suffix)


def person_key(name: str) -> str:
    """Normalised full name, the strict cross-filing key: "Dana R. Holt" -> "dana r holt"."""
    p = parse_person(name)
    return " ".join(x for x in (p.first, *p.initials, p.last, p.suffix) if x)


def surname_key(name: str) -> str:
    """A person's surname as one key: "Jan van der Berg" and "Mr. van der Berg" -> "vanderberg"."""
    return parse_person(name).last.replace("-", "").replace(" ", "")


def surname_word(name: str) -> str:
    """The last word of a person's surname, the word a bare reference uses: "Mr. Berg",
    "Berg" and "Jan van Berg, Jr." -> "berg"."""
    return parse_person(name).last.rsplit(" ", 1)[-1]


@functools.lru_cache(maxsize=1 << 16)
def first_names_match(a: str, b: str) -> bool:
    """Could two first names (or initials) be one person's? Initials match by their letter."""
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return JaroWinkler.normalized_similarity(a, b) >= FIRST_NAME_MIN_JW


def _surnames_match(a: str, b: str) -> bool:
    return a == b or JaroWinkler.normalized_similarity(a, b) >= SURNAME_MIN_JW


def names_match(a: str | PersonName, b: str | PersonName) -> bool:
    """Could two person names be the same person? Surnames must match closely, first names
    be close ("Stephen"/"Steven"), initials and generational suffixes must not conflict.
    A surname-only name matches any full name with that surname (the caller decides ambiguity)."""
    pa = a if isinstance(a, PersonName) else parse_person(a)
    pb = b if isinstance(b, PersonName) else parse_person(b)
    if not pa.last or not pb.last or not _surnames_match(pa.last, pb.last):
        return False
    if not first_names_match(pa.first, pb.first):
        return False
    if pa.initials and pb.initials and pa.initials[0] != pb.initials[0]:
        return False
    return not (pa.suffix and pb.suffix and pa.suffix != pb.suffix)


# ----------------------------------------------------------------------------- organisations


@functools.lru_cache(maxsize=1 << 16)
def org_key_words(name: str) -> str:
    """The words of an organisation's name, folded, lower-case, dots and a leading "the"
    dropped, "&" as "and", space-separated (for word-boundary prefix tests)."""
    text = fold(MARK_RE.sub("", name)).lower().replace("&", " and ")
    words = [w.replace(".", "") for w in _ORG_WORD_RE.findall(text)]
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


@functools.lru_cache(maxsize=1 << 16)
def org_words(name: str) -> tuple[str, ...]:
    """``org_key_words`` without trailing legal forms: the words ``org_key`` joins."""
    words = org_key_words(name).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return tuple(words)


@functools.lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """Key that makes spellings of one organisation or fund meet: lower-case, accents, "the",
    trademark marks, punctuation, spaces and legal-form words (Inc., LLC, N.A. ...) removed;
    "advisor" and "adviser" unified. "N.W. Harbor", "NWHarbor" and "N. W. Harbor" -> "nwharbor"."""
    return "".join(org_words(name)).replace("advisor", "adviser")


@functools.lru_cache(maxsize=1 << 16)
def term_key(name: str) -> str:
    """Key of a security type or defined term: lower-case, singular, hyphens as spaces."""
    words = _TERM_WORD_RE.findall(fold(name).lower().replace("'", ""))
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)


def clear_caches() -> None:
    """Empty the caches of this module's functions (their results do not change): after a
    long filing, so that the names they hold (up to 65,536 per function) do not stay in memory
    scattered among what is kept."""
    for fn in _CACHED:
        fn.cache_clear()


_CACHED = (
    slug,
    normalise_person,
    parse_person,
    first_names_match,
    org_key_words,
    org_words,
    org_key,
    term_key,
)
