"""The one stemmer of fundqa, for the index and the answering side alike.

It is Porter's algorithm as Whoosh implements it (``whoosh.lang.porter``), with one step
mended: Whoosh anchors the test for a stem ending in "at", "bl" or "iz" at the start of the
word, so the "e" Porter's step 1b restores is never restored, and "liquidated" stems to
"liquidat" while "liquidate" stems to "liquid" ("operating" / "operate", "authorized" /
"authorize", "enabled" / "enable"). A question and a filing that use two forms of one verb
then share no stem. Here such a word is stemmed as its base form with the "e" restored, which
is what Porter's algorithm does.
"""

from __future__ import annotations

import re

from whoosh.lang.porter import stem as _porter

# A word Porter's step 1b gives an "e" back: "-ed" / "-ing" after "at", "bl" or "iz", with a
# vowel before them ("bled" has none; "agreed" ends in "eed", which the step reads apart).
_RESTORED_E_RE = re.compile(r"^(?P<base>.*[aeiouy].*(?:at|bl|iz))(?:ed|ing)$")
_CACHE: dict[str, str] = {}
_CACHE_MAX = 1 << 17


def stem(word: str) -> str:
    """The Porter stem of a lower-case word: "liquidated", "liquidating" and "liquidate" all
    give "liquid"."""
    found = _CACHE.get(word)
    if found is not None:
        return found
    m = _RESTORED_E_RE.match(word)
    out = _porter(m.group("base") + "e") if m and not word.endswith("eed") else _porter(word)
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[word] = out
    return out
