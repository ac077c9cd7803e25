"""A cued pattern finds and replaces exactly what its pattern does: on every line and sentence
of the real filings, and on texts whose letters only ``re.I`` folds ("ſ" for "s")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from assistant import compose
from assistant.cued import FOLDS_TO_ASCII, CuedPattern
from index.sentences import split as split_sentences

CUED = {
    "IDIOM_RE": compose.IDIOM_RE,
    "SECTION_TITLES_RE": compose.SECTION_TITLES_RE,
    "ANNOUNCES_RE": compose.ANNOUNCES_RE,
    "BACK_REFERENCE_RE": compose.BACK_REFERENCE_RE,
}

ODD_TEXTS = [
    'Under the heading "Fees and Expenses", the following replaces the table:',
    'The ſub-ſection entitled "Principal Riſks" is deleted.',  # long s: "s" under re.I
    "the paragraphs under the HEADING “Purchase of Shares” are replaced as FOLLOWS:",
    "As a result of the ABOVE changes, effective June 28, 2019, the fund closes.",
    "after the Close of Business on the New York Stock Exchange’s trading day",
    "Acquired Fund Fees and Expenses 0.02% — on a Combined Basis",
    "These Modifications take effect at once. The foregoing is withdrawn.",
    "Nothing here holds any of the words the patterns need.",
    "",
]


def _texts(shared_dir: Path) -> list[str]:
    texts = list(ODD_TEXTS)
    for path in sorted((shared_dir / "corpus").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts += text.splitlines()
        texts += [s for _, s in split_sentences(" ".join(text.split()))]
    return texts


@pytest.mark.parametrize("name", sorted(CUED))
def test_cued_patterns_find_what_their_patterns_find(name: str, shared_dir: Path) -> None:
    cued = CUED[name]
    matched = 0
    for text in _texts(shared_dir):
        theirs = cued.pattern.search(text)
        ours = cued.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text
        assert cued.sub("#", text) == cued.pattern.sub("#", text), text
        matched += theirs is not None
    assert matched  # the texts hold matches of every pattern


def test_texts_without_cues_are_not_searched() -> None:
    never = CuedPattern(re.compile(r"zebra|(?!)"), ("zebra",))
    assert never.cued("a ZEBRA crossing") and never.search("a ZEBRA crossing") is None
    assert not never.cued("no such animal") and not never.cued("ſtripes, “quoted”")
    # under re.I the long s is an "s": a non-ASCII text is asked as the pattern reads it
    section = CuedPattern(re.compile("section", re.I), ("section",))
    assert section.search("ſection") and section.search("sectıon")  # (a dotless i too)
    with pytest.raises(ValueError):
        CuedPattern(re.compile("X"), ("X",))


def test_the_characters_re_folds_into_ascii_letters_are_known() -> None:
    """Every character beyond ASCII that a case-insensitive pattern matches with an ASCII
    letter is one the cue lookup asks the slow way."""
    letters = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if letters.fullmatch(chr(c))}
    assert found == set(FOLDS_TO_ASCII)
    kelvin = CuedPattern(re.compile(r"\bkelvin\b", re.I), ("kelvin",))
    assert kelvin.search("\u212aelvin") and not kelvin.cued("Celsius “quoted”")
