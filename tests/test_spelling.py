"""The speller suggests what whoosh's own corrector suggests, in the same order, over several
segments (its merged word list, read here segment by segment) and over one."""

from __future__ import annotations

import random
import shutil

import pytest
from whoosh import index as whoosh_index

from index.schema import build_schema
from index.spelling import Speller

WORDS = [
    "manager",
    "managers",
    "management",
    "managed",
    "adviser",
    "advisers",
    "subadviser",
    "portfolio",
    "portfolios",
    "fund",
    "funds",
    "trustee",
    "trustees",
    "redemption",
    "redemptions",
    "exchange",
    "exchanged",
    "liquidity",
    "leverage",
    "derivative",
    "derivatives",
    "municipal",
    "municipals",
    "expense",
    "expenses",
    "waiver",
    "waivers",
    "effective",
    "prospectus",
    "supplement",
    "custodian",
    "transfer",
    "transferred",
    "growth",
    "income",
    "equity",
    "equities",
]


def _typos(word: str, rng: random.Random) -> list[str]:
    """The word, a letter dropped, two letters swapped, one changed, one added."""
    i = rng.randrange(1, len(word) - 1)
    letter = rng.choice("aeioustnrm")
    return [
        word,
        word[:i] + word[i + 1 :],
        word[:i] + word[i + 1] + word[i] + word[i + 2 :],
        word[:i] + letter + word[i + 1 :],
        word[:i] + letter + word[i:],
    ]


def _index(path, segments: int, rng: random.Random):
    index = whoosh_index.create_in(str(path), build_schema())
    for batch in range(segments):
        writer = index.writer()
        for n in range(30):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12)))
            writer.add_document(rtype="passage", doc=f"doc{batch}-{n}", ordinal=0, text=text)
        writer.commit(merge=False)
    return index


@pytest.mark.parametrize("segments", [1, 3])
def test_same_suggestions_as_whoosh(tmp_path, segments: int) -> None:
    rng = random.Random(segments)
    (tmp_path / "ix").mkdir()
    index = _index(tmp_path / "ix", segments, rng)
    try:
        with index.searcher() as searcher:
            reader = searcher.reader()
            assert len(list(reader.leaf_readers())) == segments
            speller = Speller(reader, "text")
            asked = [t for w in WORDS for t in _typos(w, rng)]
            for text in asked:
                for maxdist, prefix, limit in ((1, 1, 8), (2, 1, 8), (3, 1, 3), (2, 0, 5)):
                    ours = speller.suggest(text, limit=limit, maxdist=maxdist, prefix=prefix)
                    theirs = reader.corrector("text").suggest(
                        text, limit=limit, maxdist=maxdist, prefix=prefix
                    )
                    assert ours == theirs, (text, maxdist, prefix)
            assert "managers" in speller.suggest("mangers", limit=8, maxdist=2, prefix=1)
            assert speller.words("man") == sorted(w for w in set(WORDS) if w.startswith("man"))
            # a word is a spelling word exactly when some segment holds it
            assert all(speller.has(w) for w in WORDS)
            assert not any(speller.has(t) for t in asked if t not in set(WORDS))
    finally:
        index.close()
        shutil.rmtree(tmp_path / "ix", ignore_errors=True)
