"""The Whoosh schema and its analyzers, kept in one place.

Two kinds of record share one index so that a single atomic Whoosh commit covers both:
``passage`` records (what is searched and cited) and ``doc`` records (the manifest entry
with content hash, parser version, metadata, mentions and facts as JSON).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import (
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StemmingAnalyzer,
    StopFilter,
)
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Positions

from index.stemming import stem

# Spelled out rather than the default: since whoosh 2.7.5 the default pattern keeps `*`
# inside tokens; this one splits on everything but word characters, inner dots and apostrophes.
TOKEN_PATTERN = r"\w+(?:[.']\w+)*"

# Bumped whenever loading, sectioning or extraction changes what a file turns into, so
# that `fundqa index add` re-ingests files indexed by an older parser.
PARSER_VERSION = "61"

# Relative weights of the fields a query searches (BM25F field boosts).
SECTION_BOOST = 1.6
FUNDS_BOOST = 1.3


def text_analyzer() -> StemmingAnalyzer:
    """Stemming analyzer for passage text and headings; keeps one-character tokens (5%, A)."""
    return StemmingAnalyzer(expression=TOKEN_PATTERN, minsize=1, stemfn=stem)


def plain_tokenizer() -> RegexTokenizer:
    """The same tokens as the analyzer, unstemmed: used to turn questions into query terms."""
    return RegexTokenizer(TOKEN_PATTERN)


# The last value each StemmedText field indexed, its postings (the writer only reads them) and
# its words (the spelling words the writer asks for next): a filing's fund list is the same in
# every passage, its section label in runs of passages. Kept outside the field, which Whoosh
# pickles into the index's table of contents.
_LAST_INDEXED: dict[
    int,
    tuple[StemmedText, str, list[tuple[bytes, int, float, bytes]], list[tuple[int, str]]],
] = {}
_LAST_INDEXED_FIELDS = 64  # fields remembered before the memory is cleared (a few per schema)

# Positions.encode (a pickle per term of a passage) of the positions a term has in a passage,
# when it has one or two: the same few thousand lists come back passage after passage.
_ENCODED: dict[tuple[int, ...], bytes] = {}
_ENCODED_MAX = 8192  # encodings remembered before the memory is cleared (about 1 MB)


class StemmedText(TEXT):
    """A TEXT field whose words are analysed in one pass when it is indexed: the same terms,
    positions, weights and spelling words as whoosh's analyzer chain gives, without a Token
    object going through four generators for every word (about twice as fast; Whoosh's
    add_document for a varied 4 MB filing went from 7.0 to 5.9 s). Any other analyzer, format
    or option falls back to TEXT's own code."""

    def _steps(self) -> tuple[re.Pattern[str], StopFilter, StemFilter] | None:
        """The chain's token pattern, stop and stem filters when it is the stemming analyzer's
        (tokenizer | lowercase | stop | stem) over a positional format; else None."""
        ana = self.analyzer
        if not (isinstance(ana, CompositeAnalyzer) and type(self.format) is Positions):
            return None
        items = ana.items
        if not (
            len(items) == 4
            and type(items[0]) is RegexTokenizer
            and not items[0].gaps
            and items[0].expression.groups == 0  # findall gives whole matches
            and type(items[1]) is LowercaseFilter
            and type(items[2]) is StopFilter
            and items[2].renumber
            and type(items[3]) is StemFilter
        ):
            return None
        return items[0].expression, items[2], items[3]

    @staticmethod
    def _words(value: str, pattern: re.Pattern[str], stop: StopFilter) -> list[tuple[int, str]]:
        """Position and lower-cased text of each word the stop filter keeps: positions
        renumbered from the first kept word's, as StopFilter does."""
        stops, least, most = stop.stops, stop.min, stop.max
        words = []
        pos = -1
        for n, word in enumerate(pattern.findall(value)):
            word = word.lower()
            if len(word) < least or (most is not None and len(word) > most) or word in stops:
                continue
            pos = n if pos < 0 else pos + 1
            words.append((pos, word))
        return words

    def index(self, value: Any, **kwargs: Any) -> Iterable[tuple[bytes, int, float, bytes]]:
        steps = self._steps()
        if steps is None or kwargs or not isinstance(value, str):
            return super().index(value, **kwargs)
        last = _LAST_INDEXED.get(id(self))
        if last is not None and last[0] is self and last[1] == value:
            return last[2]
        words = self._words(value, steps[0], steps[1])
        postings = self._postings(words, steps[2])
        if len(_LAST_INDEXED) >= _LAST_INDEXED_FIELDS:
            _LAST_INDEXED.clear()
        _LAST_INDEXED[id(self)] = (self, value, postings, words)
        return postings

    def _postings(
        self, words: list[tuple[int, str]], stemmer: StemFilter
    ) -> list[tuple[bytes, int, float, bytes]]:
        stem, ignore = stemmer._stem, stemmer.ignore
        positions: dict[str, list[int]] = {}
        for pos, word in words:
            term = word if word in ignore else stem(word)
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        boost, encode = self.format.field_boost, self.format.encode
        known = _ENCODED
        out = []
        for term, p in positions.items():
            count = len(p)
            if count > 2:
                value = encode(p)
            else:
                key = tuple(p)
                value = known.get(key)
                if value is None:
                    if len(known) >= _ENCODED_MAX:
                        known.clear()
                    value = known[key] = encode(p)
            out.append((term.encode("utf-8"), count, float(count) * boost, value))
        return out

    def spellable_words(self, value: Any) -> Iterator[str]:
        steps = self._steps()
        if steps is None or not isinstance(value, str):
            return super().spellable_words(value)
        last = _LAST_INDEXED.get(id(self))
        if last is not None and last[0] is self and last[1] == value:
            words = last[3]  # the value just indexed (the writer asks right after indexing it)
        else:
            words = self._words(value, steps[0], steps[1])
        return iter(sorted({word for _, word in words}))


def build_schema() -> Schema:
    analyzer = text_analyzer()
    return Schema(
        rtype=ID(stored=True),  # "passage" | "doc"
        doc=ID(stored=True, sortable=True),
        # A passage's place and lines are read back, never searched: stored only. (As NUMERIC
        # fields, each value was also indexed as 8 trie terms: 40 postings a passage, about 40%
        # of all, and 40% of the time Whoosh took to write a varied 4 MB filing.)
        ordinal=STORED(),
        section=StemmedText(analyzer=analyzer, stored=True, field_boost=SECTION_BOOST),
        text=StemmedText(analyzer=analyzer, stored=True, spelling=True),
        funds=StemmedText(analyzer=analyzer, field_boost=FUNDS_BOOST),
        fundkeys=KEYWORD(commas=True),
        entities=KEYWORD(commas=True, scorable=True),
        pkind=ID(stored=True),
        line_start=STORED(),
        line_end=STORED(),
        char_start=STORED(),
        char_end=STORED(),
        data=STORED(),
    )
