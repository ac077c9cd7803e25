"""The words around a span are read from a text's words found once, as reading the text before
and after the span would give them, a word the span cuts included in part."""

from __future__ import annotations

import random

from assistant.compose import _words_around
from assistant.understand import STOP, WORD_RE

TEXTS = (
    "The U.S. Fund's adviser, Harlow & Co., will pay 0.25% on June 6, 2020 -- see p.5.",
    "ab-cd ef.gh ij'kl  mn&op 12-34 x.y.z",
    "Effective immediately, the Fund will reopen to new investors at the close of business.",
)


def _expected(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    before = [w for w in WORD_RE.findall(text[:start]) if w.lower() not in STOP]
    after = [w for w in WORD_RE.findall(text[end:]) if w.lower() not in STOP]
    return before, after


def test_the_words_around_any_span_are_those_of_the_text_around_it() -> None:
    rng = random.Random(7)
    for text in TEXTS:
        for _ in range(300):
            start = rng.randrange(0, len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert _words_around(text, start, end) == _expected(text, start, end), (start, end)


def test_a_span_cutting_words_gives_their_parts() -> None:
    text = "Harlow & Co. pays fees"
    # the span "low & Co. pa" cuts "Harlow" and "pays"
    start, end = text.index("low"), text.index("ys")
    assert _words_around(text, start, end) == (["Har"], ["ys", "fees"])
