"""Regular expressions run only over texts that may match them.

Sentence choice runs a few broad patterns over every sentence and passage it reads (the section
titles a sentence names, set phrases, "the following"); each costs 10-50 us a passage, though
almost no text matches. Every match of such a pattern holds one of a few words (its cues):
a text holding none of them cannot match, and a test for the words is much cheaper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The characters other than ASCII that a case-insensitive pattern matches with an ASCII letter
# (dotted capital I, dotless i, long s, Kelvin sign; tests/test_cued.py checks every code
# point): a text holding none of them holds a cue exactly when its lower-cased form does.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII_RE = re.compile(f"[{FOLDS_TO_ASCII}]")


class CuedPattern:
    """A compiled pattern and the words (cues) one of which every match of it holds, as the
    pattern reads letters (case-insensitively where it does): ``search`` and ``sub`` give what
    the pattern's own give, without running it over a text that holds no cue.

    The cues are looked up in the text lower-cased; a text holding a character that ``re.I``
    folds into an ASCII letter ("ſ" matches "s", and ``str.lower`` leaves it) is asked with the
    cues as a case-insensitive pattern.
    """

    def __init__(self, pattern: re.Pattern[str], cues: Sequence[str]) -> None:
        if not cues or any(c != c.lower() or not c.isascii() for c in cues):
            raise ValueError("cues are lower-case ASCII words")
        self.pattern = pattern
        self.cues = tuple(cues)
        self._cue_re = re.compile("|".join(re.escape(c) for c in self.cues), re.I)

    def cued(self, text: str) -> bool:
        """Whether the text holds a cue (else the pattern cannot match it)."""
        low = text.lower()
        if any(c in low for c in self.cues):
            return True
        if text.isascii() or _FOLDS_TO_ASCII_RE.search(text) is None:
            return False
        return self._cue_re.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.cued(text) else None

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.cued(text) else text
