"""Vectorised BM25F over the Whoosh index's own postings.

Whoosh scores matches one at a time in Python; an OR of a question's terms over 465,000
passages visits tens of thousands of postings per question, which costs hundreds of
milliseconds. This module reads the same postings, idf and field lengths from the Whoosh
reader into numpy arrays (cached per snapshot) and computes exactly Whoosh's BM25F sum for an
OR of weighted terms, restricted to some documents when asked: the ranking is Whoosh's, the
cost is a few array operations.

Reading a posting list goes block by block over the whoosh3 codec's leaf matcher's file (one
unpickled block of ids and weights at a time; its values, the positions, are neither
decompressed nor unpickled, and each block's header is read from the bytes in one piece).
Matchers of any other kind are read through the public one-posting-at-a-time interface, so
another Whoosh build still gives the same results, only slower; ``tests/test_ranking.py``
checks both paths against ``Searcher.search``.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

# Posting lists kept in memory per snapshot (ids and weights: 8 bytes per posting).
CACHE_MAX_POSTINGS = 8_000_000
# A scoped search reads only the blocks of a posting list (128 postings each) that overlap
# its documents when the list has more than this many blocks per separate run of docnums;
# otherwise reading (and caching) the whole list costs about as much.
RANGED_BLOCKS_PER_RUN = 1
# Above this many matched postings, scores are summed per docnum over the whole index.
DENSE_SUM_MIN = 20_000
# Posting lists read for one scope (a term within some filings) kept per snapshot.
CACHE_MAX_RANGED = 512
# Posting lists of documents (the ``doc`` field) kept per snapshot, for scoped searches.
CACHE_MAX_DOCS = 20_000
# Terms whose document frequency in each segment is kept per snapshot (a question asks for a
# few dozen).
CACHE_MAX_FREQUENCIES = 20_000

# whoosh3 pickles a block as (ids, weights, values), protocol 2, which writes each value (a
# text posting's positions, as bytes) as a call of ``_codecs.encode`` on a str: 128 calls a
# block, a third of unpickling it. The ranker reads ids and weights only, so that global is
# read as ``builtins.slice`` (a name of the same length: nothing else in the pickle moves), a C
# call that makes a throwaway object. The global is pickled once, before every value and after
# the ids and weights (whose opcodes cannot spell it), so its first occurrence is the one.
_VALUE_GLOBAL = b"c_codecs\nencode\n"
_UNREAD_GLOBAL = b"cbuiltins\nslice\n"
# Better still, the values are not read at all: a block of four postings or more pickles them
# as a tuple opened by a MARK right before that global, after the ids and weights, so the
# pickle cut there and closed as (ids, weights, None) gives the ids and weights alone; only
# the start of a compressed block is inflated for it (a pickled id takes at most 5 bytes and a
# weight 9; the values, three quarters of a block, are left compressed).
_MARK = ord("(")
_NO_VALUES = b"N\x87."  # None, TUPLE3, STOP
_CUT_MIN_POSTINGS = 4  # fewer values are pickled as TUPLE1-3, with no MARK
_PREFIX_BYTES_PER_POSTING = 14
_PREFIX_SLACK = 64
# whoosh3 writes each block as its length (a big-endian int, negative for a list's last block),
# a pickled info tuple (postings, last id, top weight, compression, shortest and longest
# length bytes) and the data. The info takes some 30 bytes; it is read in one piece and its
# size taken from pickling it again, checked against the bytes (else whoosh reads the block).
_BLOCK_LENGTH = struct.Struct("!i")
_INFO_MAX_BYTES = 64

_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_WEIGHTS = np.zeros(0, dtype=np.float32)


@dataclass(frozen=True)
class WeightedTerm:
    """One clause of an OR query: a token in a field, its score multiplied by ``boost``."""

    field: str
    token: str
    boost: float = 1.0


class Ranker:
    """BM25F ranking of an OR of terms, read from one open Whoosh searcher."""

    def __init__(self, searcher: object) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.leaves: list[tuple[object, int]] = list(self.reader.leaf_readers())
        self.doc_count = self.reader.doc_count_all()
        weighting = searcher.weighting
        self.K1 = float(getattr(weighting, "K1", 1.2))
        self._B = float(getattr(weighting, "B", 0.75))
        self._field_B: dict[str, float] = dict(getattr(weighting, "_field_B", {}) or {})
        self._postings: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._cached_postings = 0
        self._docs: OrderedDict[str, np.ndarray] = OrderedDict()
        self._owned: tuple[np.ndarray, np.ndarray, dict[str, int]] | None = None
        self._ranged: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._frequencies: dict[tuple[str, str], tuple[int, ...]] = {}
        self._lengths: dict[str, np.ndarray] = {}
        self._live: np.ndarray | bool | None = False  # False: not computed yet
        self._last_scope: tuple[np.ndarray, tuple] | None = None

    # ------------------------------------------------------------------ postings
    def doc_frequency(self, field: str, token: str) -> int:
        """How many records hold a term, as the reader counts them (deleted ones included)."""
        return sum(self._leaf_frequencies(field, token))

    def _leaf_frequencies(self, field: str, token: str) -> tuple[int, ...]:
        """A term's document frequency in each segment (0: not there), kept: over several
        segments the reader asks every one of them each time."""
        key = (field, token)
        found = self._frequencies.get(key)
        if found is None:
            if len(self._frequencies) >= CACHE_MAX_FREQUENCIES:
                self._frequencies.clear()
            found = tuple(leaf.doc_frequency(field, token) for leaf, _ in self.leaves)
            self._frequencies[key] = found
        return found

    def postings(self, field: str, token: str) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, weights) of one term over the whole index, deleted records excluded."""
        key = (field, token)
        found = self._postings.get(key)
        if found is not None:
            self._postings.move_to_end(key)
            return found
        found = self._read(field, token)
        self._postings[key] = found
        self._cached_postings += len(found[0])
        while self._cached_postings > CACHE_MAX_POSTINGS and len(self._postings) > 1:
            _, (old, _w) = self._postings.popitem(last=False)
            self._cached_postings -= len(old)
        return found

    def postings_within(
        self, field: str, token: str, numbers: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, weights) of one term among some docnums (sorted, unique).

        A posting list not read yet that is long next to the number of separate docnum runs
        asked for is read only in the blocks that overlap them (cached per scope): a question
        about one filing does not load every posting of "class". Otherwise the whole list is
        read (and cached) and filtered.
        """
        if not len(numbers):
            return _EMPTY_IDS, _EMPTY_WEIGHTS
        mask, runs, scope_key = self._scope(numbers)
        found = self._postings.get((field, token))
        if found is None and self.doc_frequency(field, token) <= (
            RANGED_BLOCKS_PER_RUN * 128 * runs
        ):
            found = self.postings(field, token)
        if found is not None:
            ids, weights = found
            keep = mask[ids]
            return ids[keep], weights[keep]
        key = (field, token, scope_key)
        found = self._ranged.get(key)
        if found is not None:  # the same filings asked about again (a conversation about a fund)
            self._ranged.move_to_end(key)
            return found
        found = self._read(field, token, numbers, mask)
        self._ranged[key] = found
        if len(self._ranged) > CACHE_MAX_RANGED:
            self._ranged.popitem(last=False)
        return found

    def _scope(self, numbers: np.ndarray) -> tuple[np.ndarray, int, tuple[int, int]]:
        """(mask over docnums, number of separate runs, cache key) of a set of docnums; the
        last one is kept, since one search asks for every term within the same docnums."""
        last = self._last_scope
        if last is not None and last[0] is numbers:
            return last[1]
        mask = np.zeros(self.doc_count, dtype=bool)
        mask[numbers] = True
        runs = 1 + int(np.count_nonzero(np.diff(numbers) != 1))
        found = (mask, runs, (len(numbers), hash(numbers.tobytes())))
        self._last_scope = (numbers, found)
        return found

    def _read(
        self,
        field: str,
        token: str,
        numbers: np.ndarray | None = None,
        mask: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """A term's postings from every segment (only at ``numbers``, whose ``mask`` is
        given, when asked), in global docnums, deleted records excluded."""
        ids_parts: list[np.ndarray] = []
        weight_parts: list[np.ndarray] = []
        frequencies = self._leaf_frequencies(field, token)
        for (leaf, offset), frequency in zip(self.leaves, frequencies, strict=True):
            if not frequency:
                continue
            if numbers is None:
                ids, weights = _read_postings(leaf.postings(field, token))
            else:
                count = leaf.doc_count_all()
                local = numbers[(numbers >= offset) & (numbers < offset + count)] - offset
                if not len(local):
                    continue
                ids, weights = _read_postings(
                    leaf.postings(field, token), local, mask[offset : offset + count]
                )
            ids_parts.append(ids + offset if offset else ids)
            weight_parts.append(weights)
        if not ids_parts:
            return _EMPTY_IDS, _EMPTY_WEIGHTS
        ids, weights = np.concatenate(ids_parts), np.concatenate(weight_parts)
        live = self.live()
        if live is not None:
            keep = live[ids]
            ids, weights = ids[keep], weights[keep]
        return ids, weights

    def owners(self, names: Sequence[str]) -> np.ndarray:
        """For every docnum, the position in ``names`` of the document it belongs to (-1 for
        none), from each document's own postings: one pass over each segment's document
        names, so a name is looked up only in the segments that hold it."""
        owner = np.full(self.doc_count, -1, dtype=np.int32)
        position = {name: i for i, name in enumerate(names)}
        for leaf, offset in self.leaves:
            for name in leaf.field_terms("doc"):
                i = position.get(name)
                if i is not None:
                    ids, _weights = _read_postings(leaf.postings("doc", name))
                    owner[ids + offset] = i
        live = self.live()
        if live is not None:
            owner[~live] = -1
        return owner

    def use_owners(self, owner: np.ndarray, names: Sequence[str]) -> None:
        """Take every document's docnums from a map as ``owners`` builds (saved with the
        index), instead of reading each document's postings when it is first asked for."""
        known = np.flatnonzero(owner >= 0)
        by_doc = np.argsort(owner[known], kind="stable")  # docnums stay ascending per document
        numbers = known[by_doc].astype(np.int64)
        bounds = np.searchsorted(owner[known][by_doc], np.arange(len(names) + 1))
        position = {name: i for i, name in enumerate(names)}
        self._owned = (numbers, bounds, position)

    def doc_numbers(self, name: str) -> np.ndarray:
        """Docnums of every record (passages and the doc record) of one document."""
        if self._owned is not None:
            numbers, bounds, position = self._owned
            i = position.get(name)
            return numbers[bounds[i] : bounds[i + 1]] if i is not None else _EMPTY_IDS
        found = self._docs.get(name)
        if found is None:
            found = self._read("doc", name)[0]
            self._docs[name] = found
            if len(self._docs) > CACHE_MAX_DOCS:
                self._docs.popitem(last=False)
        return found

    def live(self) -> np.ndarray | None:
        """A mask of docnums not deleted, or None when nothing is deleted."""
        if self._live is False:
            if not self.reader.has_deletions():
                self._live = None
            else:
                live = np.ones(self.doc_count, dtype=bool)
                for leaf, offset in self.leaves:
                    if leaf.has_deletions():
                        deleted = getattr(leaf, "deleted_docs_set", None)
                        if deleted is None:
                            deleted = [n for n in range(leaf.doc_count_all()) if leaf.is_deleted(n)]
                        if deleted:
                            live[np.fromiter(deleted, dtype=np.int64) + offset] = False
                self._live = live
        return self._live

    def lengths(self, field: str) -> np.ndarray:
        """Field length of every docnum, as Whoosh stores it (one byte, approximate)."""
        found = self._lengths.get(field)
        if found is None:
            parts = [_leaf_lengths(leaf, field) for leaf, _ in self.leaves]
            found = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float64)
            self._lengths[field] = found
        return found

    # ------------------------------------------------------------------ ranking
    def top(
        self,
        terms: Sequence[WeightedTerm],
        limit: int,
        docs: Sequence[str] | None = None,
        boosts: Sequence[WeightedTerm] = (),
    ) -> list[tuple[int, float]]:
        """The best ``limit`` (docnum, score) pairs for an OR of the terms, best first.

        Scores are Whoosh's BM25F: for each term in a record, idf * tf * (K1 + 1) /
        (tf + K1 * (1 - B + B * length / average length)), times the term's boost, summed
        over the terms. ``boosts`` are scored the same way but only add to records that the
        terms match (Whoosh's ``AndMaybe``). Equal scores are ordered by docnum, as Whoosh
        orders them.
        """
        if limit <= 0 or not terms:
            return []
        scope: np.ndarray | None = None
        if docs is not None:
            parts = [n for n in (self.doc_numbers(d) for d in docs) if len(n)]
            if not parts:
                return []
            scope = np.unique(np.concatenate(parts))
        id_parts: list[np.ndarray] = []
        score_parts: list[np.ndarray] = []
        for term in terms:
            ids, score = self._term_scores(term, scope)
            if len(ids):
                id_parts.append(ids)
                score_parts.append(score)
        if not id_parts:
            return []
        all_ids = np.concatenate(id_parts)
        all_scores = np.concatenate(score_parts)
        if len(all_ids) > DENSE_SUM_MIN:  # summing into one slot per docnum beats sorting
            dense = np.bincount(all_ids, weights=all_scores, minlength=self.doc_count)
            unique = np.flatnonzero(dense)
            scores = dense[unique]
        else:
            unique, inverse = np.unique(all_ids, return_inverse=True)
            scores = np.bincount(inverse, weights=all_scores)
        for term in boosts:
            ids, score = self._term_scores(term, scope)
            where = np.searchsorted(unique, ids)
            hit = where < len(unique)
            hit[hit] = unique[where[hit]] == ids[hit]
            np.add.at(scores, where[hit], score[hit])
        if len(unique) > limit:
            threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
            keep = scores >= threshold
            unique, scores = unique[keep], scores[keep]
        order = np.lexsort((unique, -scores))[:limit]
        return [(int(unique[i]), float(scores[i])) for i in order]

    def _term_scores(
        self, term: WeightedTerm, scope: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, BM25F score times boost) of one term, within the scope's docnums."""
        if scope is None:
            ids, tf = self.postings(term.field, term.token)
        else:
            ids, tf = self.postings_within(term.field, term.token, scope)
        if not len(ids):
            return _EMPTY_IDS, np.zeros(0, dtype=np.float64)
        idf = self.searcher.idf(term.field, term.token)
        avg = self.searcher.avg_field_length(term.field) or 1
        b = self._field_B.get(term.field, self._B)
        length = self.lengths(term.field)[ids]
        tf64 = tf.astype(np.float64)
        score = idf * (tf64 * (self.K1 + 1)) / (tf64 + self.K1 * ((1 - b) + b * length / avg))
        return ids, score * term.boost if term.boost != 1.0 else score


def _read_postings(
    matcher: object, wanted: np.ndarray | None = None, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(ids, weights) of one segment's posting list, deleted ids included; with ``wanted``
    (sorted segment docnums, and ``mask``, the same as booleans), only those ids."""
    if isinstance(matcher, FilterMatcher):  # the deletion filter: deletions are masked later
        matcher = matcher.child
    if _is_block_matcher(matcher):
        return _read_blocks(matcher, wanted, mask)
    ids: list[int] = []
    weights: list[float] = []
    if wanted is None:
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
    else:
        for target in wanted.tolist():
            if not matcher.is_active():
                break
            matcher.skip_to(target)
            if matcher.is_active() and matcher.id() == target:
                ids.append(target)
                weights.append(matcher.weight())
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float32)


def _is_block_matcher(matcher: object) -> bool:
    return all(
        hasattr(matcher, name)
        for name in (
            "_postfile",
            "_dataoffset",
            "_nextoffset",
            "_compression",
            "_blocklength",
            "_byteids",
            "_goto",
            "_lastblock",
            "_maxid",
        )
    )


@dataclass(frozen=True)
class Block:
    """Where one stored block of a posting list lies, from its info."""

    count: int  # postings in the block
    max_id: int  # its last (segment) docnum
    compression: int  # zlib level, 0 for a plain block
    start: int  # its data: the pickled (ids, weights, values) in the postings file
    end: int
    last: bool  # the posting list's last block


def _blocks(matcher: object) -> Iterator[Block]:
    """The blocks of a whoosh3 leaf matcher's posting list from its current block on: each
    next one read from its header bytes (whoosh's own ``_goto`` when they are not as
    expected)."""
    if not matcher.is_active():
        return
    block = _matcher_block(matcher)
    while True:
        yield block
        if block.last:
            return
        found = _block_at(matcher._postfile, block.end)
        if found is None:
            matcher._goto(block.end)
            found = _matcher_block(matcher)
        block = found


def _matcher_block(matcher: object) -> Block:
    """The block a whoosh3 leaf matcher stands at, as it read it."""
    return Block(
        matcher._blocklength,
        matcher._maxid,
        matcher._compression,
        matcher._dataoffset,
        matcher._nextoffset,
        matcher._lastblock,
    )


def _block_at(postfile: object, position: int) -> Block | None:
    """The block whose length is written at ``position``, or None when its info is not the
    6-tuple pickled as this reader expects."""
    length = _BLOCK_LENGTH.unpack(postfile.get(position, _BLOCK_LENGTH.size))[0]
    last, length = length < 0, abs(length)
    start = position + _BLOCK_LENGTH.size
    head = bytes(postfile.get(start, min(length, _INFO_MAX_BYTES)))
    try:
        info = pickle.loads(head)  # (bytes after the pickle are ignored)
        count, max_id, _weight, compression, _shortest, _longest = info
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return None
    written = pickle.dumps(info, 2)
    if not head.startswith(written):
        return None
    return Block(count, max_id, compression, start + len(written), start + length, last)


def _block_ids_weights(postfile: object, block: Block) -> tuple[object, object]:
    """The ids (or their deltas) and the weights of a whoosh3 block, as the matcher's
    ``_read_data`` reads them, without its values (see _MARK and _UNREAD_GLOBAL)."""
    raw = postfile.get(block.start, block.end - block.start)
    inflate = zlib.decompressobj() if block.compression else None
    if inflate is not None:
        limit = _PREFIX_SLACK + _PREFIX_BYTES_PER_POSTING * block.count
        data = inflate.decompress(raw, limit)
    else:
        data = bytes(raw)
    at = data.find(_VALUE_GLOBAL)
    if block.count >= _CUT_MIN_POSTINGS and at > 0 and data[at - 1] == _MARK:
        ids, weights, _ = pickle.loads(data[: at - 1] + _NO_VALUES)
        if len(ids) == block.count:
            return ids, weights
    if inflate is not None:
        data += inflate.decompress(inflate.unconsumed_tail) + inflate.flush()
    loaded = pickle.loads(data.replace(_VALUE_GLOBAL, _UNREAD_GLOBAL, 1))
    return loaded[0], loaded[1]


def _read_blocks(
    matcher: object, wanted: np.ndarray | None, mask: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """A whoosh3 posting list, one stored block (up to 128 postings) at a time; with
    ``wanted``, blocks holding none of those ids are passed over unread."""
    ids_parts: list[np.ndarray] = []
    weight_parts: list[np.ndarray] = []
    next_wanted = 0
    postfile = matcher._postfile
    for block in _blocks(matcher):
        if wanted is not None:
            if next_wanted >= len(wanted):
                break
            if wanted[next_wanted] > block.max_id:
                continue
        raw_ids, raw_weights = _block_ids_weights(postfile, block)
        ids = np.asarray(raw_ids, dtype=np.int64)
        if not matcher._byteids:
            ids = np.cumsum(ids)
        if raw_weights is None:
            weights = np.ones(block.count, dtype=np.float32)
        elif isinstance(raw_weights, float):
            weights = np.full(block.count, raw_weights, dtype=np.float32)
        else:
            weights = np.asarray(raw_weights, dtype=np.float32)
        if wanted is not None:
            keep = mask[ids]
            ids, weights = ids[keep], weights[keep]
            next_wanted = int(np.searchsorted(wanted, block.max_id, side="right"))
        ids_parts.append(ids)
        weight_parts.append(weights)
    if not ids_parts:
        return _EMPTY_IDS, _EMPTY_WEIGHTS
    return np.concatenate(ids_parts), np.concatenate(weight_parts)


def _leaf_lengths(leaf: object, field: str) -> np.ndarray:
    """One segment's field lengths per docnum (0 where the field is empty)."""
    count = leaf.doc_count_all()
    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is not None and hasattr(perdoc, "has_column"):
        try:
            from whoosh.codec.whoosh3 import _lenfield

            if not perdoc.has_column(_lenfield(field)):
                return np.zeros(count, dtype=np.float64)
        except ImportError:
            pass
    column = _length_column(perdoc, field)
    if column is not None:
        raw = np.frombuffer(column._dbfile.get(column._basepos, column._count), dtype=np.uint8)
        codes = np.zeros(count, dtype=np.uint8)
        codes[: min(count, len(raw))] = raw[:count]
        return _LENGTH_OF_BYTE[codes]
    return np.array(
        [leaf.doc_field_length(n, field, 0) or 0 for n in range(count)], dtype=np.float64
    )


def _length_column(perdoc: object, field: str) -> object | None:
    """The whoosh3 byte column of a field's lengths, when this reader is laid out that way."""
    cached = getattr(perdoc, "_cached_reader", None)
    if cached is None:
        return None
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        column = cached(_lenfield(field), LENGTHS_COLUMN)
    except (ImportError, AttributeError):
        return None
    if column is None or getattr(column, "_fixedlen", None) != 1:
        return None
    if not all(hasattr(column, n) for n in ("_dbfile", "_basepos", "_count")):
        return None
    return column
