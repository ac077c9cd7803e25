"""Spelling suggestions from an index's own words: what whoosh's ``ReaderCorrector.suggest``
gives, the same words in the same order, without its cost over several segments.

Over several segments whoosh merges every segment's word list in Python for each word asked
and measures each candidate with a Python edit distance (20-50 ms a word at 10,000 filings).
Here the words with a given prefix are read once per snapshot, segment by segment, and
measured with rapidfuzz. A single segment keeps whoosh's own automaton, which is quick (and
counts a swap of two letters as two edits, where the merged path counts it as one).
"""

from __future__ import annotations

import heapq

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Prefixes whose words are kept per snapshot (a few letters in practice).
CACHE_MAX_PREFIXES = 256


class Speller:
    """Suggestions for misspelt words from one field's spelling words in one open reader."""

    def __init__(self, reader: object, field: str) -> None:
        self.reader = reader
        self.field = field
        self._spelling_field = reader.schema[field].spelling_fieldname(field)
        self._words: dict[str, list[str]] = {}

    def words(self, prefix: str) -> list[str]:
        """Every spelling word starting with ``prefix``, once, from every segment."""
        found = self._words.get(prefix)
        if found is None:
            if len(self._words) >= CACHE_MAX_PREFIXES:
                self._words.clear()
            decode = self.reader.schema[self._spelling_field].from_bytes
            unique: set[bytes] = set()
            for leaf, _offset in self.reader.leaf_readers():
                unique.update(leaf.expand_prefix(self._spelling_field, prefix))
            found = self._words[prefix] = sorted(decode(b) for b in unique)
        return found

    def has(self, word: str) -> bool:
        """Whether ``word`` is one of the spelling words (a look-up in each segment's term
        table, not a read of every word sharing its first letter)."""
        return (self._spelling_field, word) in self.reader

    def suggest(self, text: str, limit: int = 5, maxdist: int = 2, prefix: int = 0) -> list[str]:
        """Up to ``limit`` words within ``maxdist`` edits of ``text`` sharing its first
        ``prefix`` letters, the most frequent first (then in word order): the words
        ``reader.corrector(field).suggest`` returns with the same arguments."""
        if self.reader.is_atomic():
            corrector = self.reader.corrector(self.field)
            return corrector.suggest(text, limit=limit, maxdist=maxdist, prefix=prefix)
        near = process.extract(
            text,
            self.words(text[:prefix]),
            scorer=OSA.distance,
            score_cutoff=maxdist,
            limit=None,
        )
        frequency = self.reader.frequency
        # whoosh's score: higher is better, the edit distance itself plays no part
        scored = [
            (0 - (maxdist + (1.0 / (frequency(self.field, word) or 1) * 0.5)), word)
            for word, _distance, _index in near
            if word != text
        ]
        best = heapq.nlargest(limit, scored)
        return [word for _, word in sorted(best, key=lambda item: (0 - item[0], item[1]))]
