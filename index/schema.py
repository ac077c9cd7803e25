"""The Whoosh schema and its analyzers, kept in one place.

Two kinds of record share one index so that a single atomic Whoosh commit covers both:
``passage`` records (what is searched and cited) and ``doc`` records (the manifest entry
with content hash, parser version, metadata, mentions and facts as JSON).
"""

from __future__ import annotations

from whoosh.analysis import RegexTokenizer, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

# Spelled out rather than the default: since whoosh 2.7.5 the default pattern keeps `*`
# inside tokens; this one splits on everything but word characters, inner dots and apostrophes.
TOKEN_PATTERN = r"\w+(?:[.']\w+)*"

# Bumped whenever loading, sectioning or extraction changes what a file turns into, so
# that `fundqa index add` re-ingests files indexed by an older parser.
PARSER_VERSION = "20"

# Relative weights of the fields a query searches (BM25F field boosts).
SECTION_BOOST = 1.6
FUNDS_BOOST = 1.3


def text_analyzer() -> StemmingAnalyzer:
    """Stemming analyzer for passage text and headings; keeps one-character tokens (5%, A)."""
    return StemmingAnalyzer(expression=TOKEN_PATTERN, minsize=1)


def plain_tokenizer() -> RegexTokenizer:
    """The same tokens as the analyzer, unstemmed: used to turn questions into query terms."""
    return RegexTokenizer(TOKEN_PATTERN)


def build_schema() -> Schema:
    analyzer = text_analyzer()
    return Schema(
        rtype=ID(stored=True),  # "passage" | "doc"
        doc=ID(stored=True, sortable=True),
        ordinal=NUMERIC(stored=True),
        section=TEXT(analyzer=analyzer, stored=True, field_boost=SECTION_BOOST),
        text=TEXT(analyzer=analyzer, stored=True, spelling=True),
        funds=TEXT(analyzer=analyzer, field_boost=FUNDS_BOOST),
        fundkeys=KEYWORD(commas=True),
        entities=KEYWORD(commas=True, scorable=True),
        pkind=ID(stored=True),
        line_start=NUMERIC(stored=True),
        line_end=NUMERIC(stored=True),
        char_start=NUMERIC(stored=True),
        char_end=NUMERIC(stored=True),
        data=STORED(),
    )
