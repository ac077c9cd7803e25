"""Word forms of the question vocabulary, generated once from ``data/synonyms.json``.

``data/synonyms.json`` lists, in base forms, the words a question may use for what filings say
in other words ("drop" -> removed, deleted, longer) and phrasal verbs ("take effect" ->
effective). Questions and filings use every form of them ("dropped", "takes effect"), so each
entry is expanded into all its inflections with lemminflect, and the expansion is written to
``data/synonym_forms.json``: answering reads only that file, and does not load lemminflect's
tables (0.7 s and 55 MB) to answer a question. After editing ``synonyms.json``, regenerate it:

    python -m assistant.wordforms

A test checks that the file matches what this module generates from ``synonyms.json``.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

from index.stemming import stem

DATA = Path(__file__).with_name("data")
# A word of a text as the answering side reads it ("Post-Effective", "U.S.", "A&P").
WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[.'’&-][A-Za-z0-9]+)*")
SOURCE = DATA / "synonyms.json"
FORMS = DATA / "synonym_forms.json"


def _inflections(word: str, lemmatise: bool = True) -> set[str]:
    """A word and every inflection of it ("drop" -> drops, dropped, dropping); with
    ``lemmatise``, of its lemmas too ("dropped" -> drop, drops, ...)."""
    from lemminflect import getAllInflections, getAllLemmas  # generation only

    lemmas = {word}
    if lemmatise:
        lemmas |= {lem for lems in getAllLemmas(word).values() for lem in lems}
    return lemmas | {
        f
        for lemma in lemmas
        for tag, fs in getAllInflections(lemma).items()
        for f in fs
        # a foreign plural stems like another word ("indices" like "indication"): left out
        if tag != "NNS"
        or f.lower().startswith(lemma.lower()[:-1])
        or f.lower() == lemma.lower()[:-3] + "men"  # "chairmen"
    }


def generate() -> dict[str, dict[str, object]]:
    """The expansion of ``synonyms.json``: question-word stem -> filing-word stems (every form
    of each side; a filing word stands for its own forms only, "longer" is not "long"), and
    every form of every phrasal verb -> the word it means."""
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    words: dict[str, set[str]] = {}
    for word, others in source["words"].items():
        targets = {stem(f.lower()) for w in others for f in _inflections(w, lemmatise=False)}
        for form in _inflections(word):
            words.setdefault(stem(form.lower()), set()).update(targets)
    phrases: dict[str, str] = {}
    for phrase, means in source["phrases"].items():
        verb, *rest = phrase.split()
        for form in _inflections(verb, lemmatise=False):
            phrases[" ".join([form.lower(), *rest])] = means
    return {
        "words": {k: sorted(v - {k}) for k, v in sorted(words.items())},
        "phrases": dict(sorted(phrases.items())),
        "derivations": source["_derivations"],
    }


# Stems shorter than this take no derivation ("base" is no "bad").
DERIVATION_MIN_STEM = 5


def derived(stem_: str) -> set[str]:
    """The stems of the same word's Latinate derivations, by the ending pairs of
    ``synonyms.json`` applied both ways: "intend" -> {"intent", "intens"}, "decis" ->
    {"decid"}, "redeem" -> {"redempt"}."""
    if len(stem_) < DERIVATION_MIN_STEM:
        return set()
    out = set()
    for a, b in forms()["derivations"]:
        for old, new in ((a, b), (b, a)):
            if stem_.endswith(old) and len(stem_) - len(old) + len(new) >= DERIVATION_MIN_STEM:
                out.add(stem_[: len(stem_) - len(old)] + new)
    return out - {stem_}


# Texts whose stems are kept: one question reads the same passages, headings and sentences
# in several readers (and again for each part of a two-part question).
STEMS_KEPT = 4096
_STEMS: dict[str, frozenset[str]] = {}


def stems_of(text: str) -> frozenset[str]:
    """The Porter stems of a text's words; a hyphenated word gives its parts' stems too, as the
    index's analyser splits it ("Post-Effective" -> post-effect, post, effect). The kept set
    itself is returned (frozen: callers join sets, never change them; a copy each time cost a
    third of the call)."""
    found = _STEMS.get(text)
    if found is None:
        out = set()
        for word in WORD_RE.findall(text):
            low = word.lower()
            out.add(stem(low))
            if "-" in low:
                out.update(stem(part) for part in low.split("-") if part)
        if len(_STEMS) >= STEMS_KEPT:
            _STEMS.clear()
        found = _STEMS[text] = frozenset(out)
    return found


def one_spelling(text: str) -> str:
    """A text with one spelling of words filings spell two ways ("sub-advisor" is
    "sub-adviser"), its case and length kept (offsets into it hold)."""
    return ADVISOR_RE.sub(
        lambda m: m.group(1) + ("E" if m.group(2).isupper() else "e") + m.group(3), text
    )


ADVISOR_RE = re.compile(r"(advis)(o)(r)(?=s?\b)", re.I)
# British spellings filings (written in American English) spell otherwise: "organise",
# "organisation", "analysed", "favour", "centre", "programme", "cheque".
BRITISH = (
    (re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{3}[^aeiou])ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|able)?$"), r"or\1"),
    (re.compile(r"(?<=\w{3})tre(s)?$"), r"ter\1"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
    (re.compile(r"^cheque(s)?$"), r"check\1"),
)


def american(word: str) -> str:
    """A word in its American spelling ("organise" -> "organize"), else as it is."""
    low = word.lower()
    for pattern, repl in BRITISH:
        spelt = pattern.sub(repl, low)
        if spelt != low:
            return spelt
    return low


@cache
def forms() -> dict[str, dict]:
    """The generated expansion, as written in ``data/synonym_forms.json``."""
    return json.loads(FORMS.read_text(encoding="utf-8"))


def main() -> int:
    FORMS.write_text(json.dumps(generate(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {FORMS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
