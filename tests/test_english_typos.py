"""A typo no filing word is close to is read as the commonest English word one edit away: the
word symspellpy's lookup gives, found without building its tables."""

from __future__ import annotations

import random
from functools import cache
from importlib import resources

import pytest
from symspellpy import SymSpell, Verbosity

from assistant.retrieve import INFLECTION_ENDINGS, english_counts, english_fix, one_edit


@cache
def _symspell() -> SymSpell:
    speller = SymSpell(max_dictionary_edit_distance=1, prefix_length=7)
    data = resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    speller.load_dictionary(str(data), term_index=0, count_index=1)
    return speller


def symspell_fix(word: str) -> str | None:
    """The fix as symspellpy's lookup gives it (how english_fix worked before)."""
    found = _symspell().lookup(word, Verbosity.TOP, max_edit_distance=1)
    if not found or found[0].distance != 1:
        return None
    fix = found[0].term
    short, long = sorted((word, fix), key=len)
    if long.startswith(short) and long[len(short) :] in INFLECTION_ENDINGS:
        return None
    return fix


def typos(count: int, seed: int = 9) -> list[str]:
    """Words of the dictionary with one or two random edits, none a word itself."""
    rng = random.Random(seed)
    words = sorted(english_counts())
    letters = "abcdefghijklmnopqrstuvwxyz'"
    out: list[str] = []
    while len(out) < count:
        word = rng.choice(words)
        for _ in range(rng.choice((1, 1, 1, 2))):
            i = rng.randrange(len(word) + 1)
            op = rng.randrange(4)
            if op == 0 and len(word) > 1:
                word = word[:i] + word[i + 1 :]
            elif op == 1 and i + 1 < len(word):
                word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            elif op == 2:
                word = word[:i] + rng.choice(letters) + word[i + 1 :]
            else:
                word = word[:i] + rng.choice(letters) + word[i:]
        if word and word not in english_counts():
            out.append(word)
    return out


def test_one_edit() -> None:
    assert one_edit("ab", "ab") == {"a", "b", "ba", "aa", "bb", "aab", "bab", "abb", "aba"}
    assert one_edit("", "xy") == {"x", "y"}


@pytest.mark.parametrize(
    "word",
    [
        "mangaes",  # a swap: "manages"
        "stok",
        "portfolo",
        "centr",  # "centre" and "center" are equally common: symspellpy's order decides
        "colou",
        "defende",
        "ouldn't",
        "they'l",
        "breakpointss",  # "breakpoints" is another form of the same word: no fix
        "manage",  # an English word: no fix
        "zzqxjv",
        "fundé",
        "",
    ],
)
def test_named_words_fixed_as_symspellpy_fixes_them(word: str) -> None:
    assert english_fix(word) == symspell_fix(word)


def test_random_typos_fixed_as_symspellpy_fixes_them() -> None:
    words = typos(3000)
    fixed = [english_fix(w) for w in words]
    assert fixed == [symspell_fix(w) for w in words]
    assert sum(f is not None for f in fixed) > 1000  # most single edits find their word
