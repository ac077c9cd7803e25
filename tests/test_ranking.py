"""The vectorised ranker gives Whoosh's own BM25F ranking, on several segments with deletions,
scoped or not, through the fast block reader and through the public matcher interface."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh import query as Q

from assistant import retrieve
from index import ranking
from index.ranking import Ranker, WeightedTerm
from index.schema import build_schema
from index.store import Store

WORDS = [
    "fund",
    "portfolio",
    "manager",
    "adviser",
    "subadviser",
    "class",
    "shares",
    "expense",
    "ratio",
    "waiver",
    "investment",
    "objective",
    "income",
    "growth",
    "equity",
    "bond",
    "municipal",
    "risk",
    "reit",
    "liquidity",
    "derivatives",
    "leverage",
    "trustee",
    "board",
    "effective",
    "date",
    "supplement",
    "prospectus",
    "redemption",
    "fee",
    "exchange",
    "minimum",
    "account",
    "transfer",
    "agent",
    "custodian",
]
RARE = ["pardo", "calderon", "fogdall", "wellington", "lazard"]
ENTITY_KEYS = ["person:marian u pardo", "person:steven j rich", "org:jpmorgan", "fund:acmegrowth"]


def _passage_text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 40))]
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(RARE))
    return " ".join(words)


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory):
    """Three segments (no merging), 60 documents of 40 passages, two documents deleted."""
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("rank")
    index = whoosh_index.create_in(str(path), build_schema())
    for batch in range(3):
        writer = index.writer()
        for d in range(batch * 20, batch * 20 + 20):
            for ordinal in range(40):
                writer.add_document(
                    rtype="passage",
                    doc=f"doc{d}",
                    ordinal=ordinal,
                    section=" ".join(rng.sample(WORDS, 2)),
                    text=_passage_text(rng),
                    entities=",".join(rng.sample(ENTITY_KEYS, rng.randint(0, 2))),
                )
            writer.add_document(rtype="doc", doc=f"doc{d}")
        writer.commit(merge=False)
    writer = index.writer()
    writer.delete_by_term("doc", "doc3")
    writer.delete_by_term("doc", "doc25")
    writer.commit(merge=False)
    yield index
    index.close()
    shutil.rmtree(path, ignore_errors=True)


QUERIES = [
    ["fund", "manager"],
    ["pardo", "adviser", "class"],
    ["reit", "liquidity", "risk", "leverage"],
    ["calderon"],
    ["expense", "ratio", "waiver", "class", "shares", "fund"],
    ["nosuchword", "trustee"],
]


def _terms(words: list[str]) -> list[WeightedTerm]:
    out = []
    for w in words:
        out.append(WeightedTerm("text", w))
        out.append(WeightedTerm("section", w, 1.5))
    return out


def _whoosh_top(searcher, words: list[str], limit: int, docs: list[str] | None = None):
    query = Q.Or([Q.Term(t.field, t.token, boost=t.boost) for t in _terms(words)])
    kwargs = {}
    if docs is not None:
        kwargs["filter"] = Q.Or([Q.Term("doc", d) for d in docs])
    return [(hit.docnum, hit.score) for hit in searcher.search(query, limit=limit, **kwargs)]


def _assert_same(ours, theirs) -> None:
    assert [n for n, _ in ours] == [n for n, _ in theirs]
    assert np.allclose([s for _, s in ours], [s for _, s in theirs], rtol=1e-9)


def test_index_has_several_segments_and_deletions(ix) -> None:
    with ix.searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) >= 3
        assert searcher.reader().has_deletions()


@pytest.mark.parametrize("words", QUERIES)
def test_same_ranking_as_whoosh(ix, words: list[str]) -> None:
    with ix.searcher() as searcher:
        ranker = Ranker(searcher)
        ours = ranker.top(_terms(words), 40)
        _assert_same(ours, _whoosh_top(searcher, words, 40))
        doomed = set(ranker.doc_numbers("doc3"))
        assert not doomed  # a deleted document has no live records
        assert all(searcher.stored_fields(n)["doc"] not in ("doc3", "doc25") for n, _ in ours)


@pytest.mark.parametrize("words", QUERIES)
def test_scoped_ranking_matches_whoosh_filter(ix, words: list[str]) -> None:
    docs = ["doc1", "doc22", "doc45", "doc25"]
    with ix.searcher() as searcher:
        ours = Ranker(searcher).top(_terms(words), 15, docs=docs)
        _assert_same(ours, _whoosh_top(searcher, words, 15, docs))
        assert {searcher.stored_fields(n)["doc"] for n, _ in ours} <= {"doc1", "doc22", "doc45"}


@pytest.mark.parametrize("scoped", [False, True])
def test_entity_boosts_add_only_to_matched_records_as_whoosh_andmaybe(ix, scoped: bool) -> None:
    words = ["fund", "manager", "pardo"]
    boosts = [WeightedTerm("entities", k, 2.0) for k in ENTITY_KEYS[:2]]
    docs = ["doc1", "doc22", "doc45"] if scoped else None
    with ix.searcher() as searcher:
        ours = Ranker(searcher).top(_terms(words), 30, docs=docs, boosts=boosts)
        query = Q.AndMaybe(
            Q.Or([Q.Term(t.field, t.token, boost=t.boost) for t in _terms(words)]),
            Q.Or([Q.Term(t.field, t.token, boost=t.boost) for t in boosts]),
        )
        kwargs = {"filter": Q.Or([Q.Term("doc", d) for d in docs])} if docs else {}
        # against every match, ranked: on this index Whoosh's own limit=30 search of the same
        # AndMaybe leaves out a record that its complete ranking puts third
        ranked = searcher.search(query, limit=None, **kwargs)
        theirs = sorted(((h.docnum, h.score) for h in ranked), key=lambda x: (-x[1], x[0]))
        _assert_same(ours, theirs[:30])
        plain = dict(Ranker(searcher).top(_terms(words), 10_000, docs=docs))
        assert set(dict(ours)) <= set(plain)  # a boost alone never matches
        assert any(score > plain[n] for n, score in ours)  # and it does raise some


def test_ranged_reads_give_the_same_postings(ix, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading only the blocks a scope needs finds exactly the postings a full read does."""
    with ix.searcher() as searcher:
        full = Ranker(searcher)
        scope = np.unique(np.concatenate([full.doc_numbers(d) for d in ("doc2", "doc41")]))
        want_ids, want_w = full.postings("text", "fund")
        keep = np.isin(want_ids, scope)
        monkeypatch.setattr(ranking, "RANGED_BLOCKS_PER_RUN", 0)  # always read by range
        ranged = Ranker(searcher)
        ids, weights = ranged.postings_within("text", "fund", scope)
        assert len(want_ids) > 2 * 128  # the list spans several blocks
        assert ids.tolist() == want_ids[keep].tolist()
        assert weights.tolist() == want_w[keep].tolist()
        assert ("text", "fund") not in ranged._postings  # a ranged read is not cached as whole


def _every_block_matcher(ix, small):
    """A fresh whoosh3 leaf matcher for every term of every field of both indexes."""
    for index in (ix, small):
        with index.searcher() as searcher:
            for leaf, _ in searcher.reader().leaf_readers():
                for field in ("text", "section", "entities", "doc"):
                    for token in leaf.field_terms(field):
                        matcher = leaf.postings(field, token)
                        matcher = getattr(matcher, "child", matcher)  # the deletion filter
                        if ranking._is_block_matcher(matcher):  # (not a posting kept inline)
                            yield matcher


@pytest.fixture
def small(tmp_path: Path):
    """Words in two or three passages: blocks too short to compress, of 1-3 postings."""
    index = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = index.writer()
    for n in range(6):
        writer.add_document(rtype="passage", doc=f"d{n % 3}", text=f"pardo w{n % 2} v{n % 3}")
    writer.commit()
    yield index
    index.close()


def test_blocks_read_without_values_give_whooshs_ids_and_weights(ix, small) -> None:
    """Every block of every term, walked from its header bytes and read with its values left
    unread (cut off, or unread), lies where whoosh's matcher finds it and holds the ids and
    weights whoosh's own block reader gives (compressed blocks and short plain ones, with
    positions and without)."""
    seen = {"compressed": 0, "plain": 0, "values": 0, "cut": 0, "short": 0}
    for matcher in _every_block_matcher(ix, small):
        matcher.reset()  # (the deletion filter may have moved it on)
        blocks = list(ranking._blocks(matcher))
        whooshs = []
        matcher.reset()
        while matcher.is_active():
            whooshs.append(ranking._matcher_block(matcher))
            matcher._read_data()
            ids, weights = ranking._block_ids_weights(matcher._postfile, whooshs[-1])
            assert (ids, weights) == (matcher._data[0], matcher._data[1])
            seen["compressed" if matcher._compression else "plain"] += 1
            seen["values"] += matcher._data[2] is not None
            seen["cut" if matcher._blocklength >= ranking._CUT_MIN_POSTINGS else "short"] += 1
            matcher._next_block()
        assert blocks == whooshs
    assert all(seen.values()), seen


def test_blocks_read_whole_when_not_laid_out_as_expected(
    ix, small, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block info that does not fit the bytes read is read by whoosh's matcher, and a block
    whose ids and weights are not within the inflated start is inflated whole: the same
    blocks, ids and weights."""
    expected = {}
    for n, matcher in enumerate(_every_block_matcher(ix, small)):
        matcher.reset()
        expected[n] = [
            (b, ranking._block_ids_weights(matcher._postfile, b)) for b in ranking._blocks(matcher)
        ]
    monkeypatch.setattr(ranking, "_INFO_MAX_BYTES", 3)
    monkeypatch.setattr(ranking, "_PREFIX_BYTES_PER_POSTING", 1)
    for n, matcher in enumerate(_every_block_matcher(ix, small)):
        matcher.reset()
        got = [
            (b, ranking._block_ids_weights(matcher._postfile, b)) for b in ranking._blocks(matcher)
        ]
        assert got == expected[n]


def test_public_matcher_path_gives_the_same_results(ix, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the whoosh3 block layout, the one-posting-at-a-time path ranks the same."""
    with ix.searcher() as searcher:
        fast = Ranker(searcher).top(_terms(QUERIES[4]), 40)
        fast_scoped = Ranker(searcher).top(_terms(QUERIES[2]), 10, docs=["doc5", "doc50"])
        monkeypatch.setattr(ranking, "_is_block_matcher", lambda m: False)
        monkeypatch.setattr(ranking, "_length_column", lambda perdoc, field: None)
        monkeypatch.setattr(ranking, "RANGED_BLOCKS_PER_RUN", 0)
        slow = Ranker(searcher)
        _assert_same(slow.top(_terms(QUERIES[4]), 40), fast)
        _assert_same(slow.top(_terms(QUERIES[2]), 10, docs=["doc5", "doc50"]), fast_scoped)


def test_owners_map_every_record_to_its_document(ix) -> None:
    with ix.searcher() as searcher:
        ranker = Ranker(searcher)
        names = [f"doc{d}" for d in range(60)]
        owner = ranker.owners(names)
        for n in (0, 41, 120, 1500, len(owner) - 1):
            if owner[n] >= 0:
                assert searcher.stored_fields(n)["doc"] == names[owner[n]]
        assert (owner >= 0).sum() == 58 * 41  # two deleted documents own nothing


def test_empty_and_unknown_queries(ix) -> None:
    with ix.searcher() as searcher:
        ranker = Ranker(searcher)
        assert ranker.top([], 10) == []
        assert ranker.top(_terms(["nosuchword"]), 10) == []
        assert ranker.top(_terms(["fund"]), 10, docs=["nosuchdoc"]) == []
        assert ranker.top(_terms(["fund"]), 0) == []


# --------------------------------------------------------------------------- on the seed


@pytest.fixture(scope="module")
def seed_snapshot(seed_path: Path, tmp_path_factory: pytest.TempPathFactory):
    store = Store(tmp_path_factory.mktemp("seedix"))
    store.add([seed_path])
    snap = store.snapshot()
    snap.warm()
    yield snap
    snap.close()


def test_single_passage_reads_match_whole_document(seed_snapshot) -> None:
    name = next(iter(seed_snapshot.docs))
    whole = seed_snapshot.passages(name)
    fresh = Store(seed_snapshot.path).snapshot()
    try:
        assert [fresh.passage(name, p.ordinal) for p in whole] == whole
        assert name not in fresh._passages  # read one by one, not by loading the document
        assert fresh.passage(name, len(whole) + 5) is None
    finally:
        fresh.close()


def test_all_words_present(seed_snapshot) -> None:
    name = next(iter(seed_snapshot.docs))
    present = retrieve.all_words_present
    assert present(seed_snapshot, ["Pardo", "Rich"], None)
    assert present(seed_snapshot, ["Pardo", "Rich"], [name])
    assert not present(seed_snapshot, ["Pardo", "Rich"], ["other.txt"])
    assert not present(seed_snapshot, ["Zyxwv"], None)


def test_stored_fields_read_from_columns_match_the_reader(
    ix, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index import store

    with ix.searcher() as searcher:
        reader = searcher.reader()
        every = range(reader.doc_count_all())
        expected = [reader.stored_fields(n) for n in every]
        assert [store.StoredFields(reader)(n) for n in every] == expected
        monkeypatch.setattr(store, "_stored_column", lambda leaf: None)
        assert [store.StoredFields(reader)(n) for n in every] == expected
