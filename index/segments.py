"""A long filing's last passages written into a Whoosh segment of their own, in a second process.

Once a long filing's facts are read (in the second process, see ``pipeline.FactsWorker``) the
main process is left alone with the rest of the Whoosh writing, the commit and the record
file, and the second core idles. From then on its last passages can be written by a fresh
process into a segment of their own (``TailSegment``), while this process writes the passages
before them: both write, then both flush their segment to disk, and the commit lists this
writer's segment, then the tail's.

What the index holds stays the same as with one writer: the same records, fields, postings
and field lengths, the tail's passages after the others in docnum order, only in two segments.
The one posting each spelling word has (see ``postings.BatchedPostingPool``) stays in this
writer's segment, as the first of the filing's passages to hold it gives it: the tail process
sends its spelling postings back once its passages are pooled (``held``), and they are added
here after this writer's passages, before its segment is flushed.
"""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from index.collector import gc_paused
from index.model import Passage
from index.postings import batch_runs

# A long filing's passages are handed over at a check, every TAIL_CHECK_EVERY passages written,
# once its facts are read, when at least TAIL_MIN_PASSAGES remain (a fresh process costs about
# a second to start; below this a tail saves less).
TAIL_MIN_PASSAGES = 16384
TAIL_CHECK_EVERY = 256
# Share of the passages left at the hand-over that the tail process writes: it writes and
# flushes only them, while this process also flushes everything it wrote before, and writes
# the doc record. Measured on the varied 64 MB filing (see benchmarks/README.md).
TAIL_SHARE = 0.65
# Whether to wait for the facts before a hand-over (tests hand over at the first check).
TAIL_AFTER_FACTS = True

Posting = tuple[str, bytes, int, float, "bytes | None"]

# The tail process's writer, between the task that pools its passages and the one that
# flushes its segment (both run in that process, one after the other).
_WRITER: list[SegmentWriter] = []


def read_passages_from(name: str, offset: int, skip: int) -> Iterator[Passage]:
    """The passages of a split file (``pipeline.SplitFile``) from a place ``SplitFile.place``
    gave on: the chunk that starts at ``offset`` without its first ``skip`` passages, then
    every later chunk."""
    with open(name, "rb") as fh:
        fh.seek(offset)
        first = True
        while fh.peek(1):
            chunk = pickle.load(fh)
            yield from (itertools.islice(chunk, skip, None) if first else chunk)
            first = False


def passage_fields(
    name: str, passage: Passage, funds: str, fund_keys: str, entity_keys: str
) -> dict[str, Any]:
    """The fields of a passage's Whoosh record."""
    p = passage
    return {
        "rtype": "passage",
        "doc": name,
        "ordinal": p.ordinal,
        "section": p.section_label,
        "text": p.text,
        "funds": funds,
        "fundkeys": fund_keys,
        "entities": entity_keys,
        "pkind": p.kind,
        "line_start": p.line_start,
        "line_end": p.line_end,
        "char_start": p.char_start,
        "char_end": p.char_end,
    }


class TailSegment:
    """The last passages of a long filing, from one of them on, written into a new segment of
    ``writer``'s index by a fresh process (which exits with this one)."""

    def __init__(
        self,
        writer: SegmentWriter,
        split_name: str,
        place: tuple[int, int],
        doc: tuple[str, str, str],
        entity_keys: Mapping[int, str],
        limitmb: int,
        done: Callable[[], None],
    ) -> None:
        """``place``: where the tail starts in the split file (``SplitFile.place``); ``doc``:
        the filing's name, fund text and fund keys; ``entity_keys``: the entities field of
        (at least) every passage of the tail, by ordinal; ``done`` is called once the process
        has read the split file."""
        from index import pipeline

        self._pool = pipeline.worker_pool(1, fresh=True)
        storage = writer.storage
        self._task: Future[list[Posting]] = self._pool.submit(
            _pool_tail,
            storage.folder,
            writer.indexname,
            split_name,
            place,
            doc,
            dict(entity_keys),
            limitmb,
        )
        # its result seen only once the split file is let go (``done``)
        self._pooled = pipeline.released_first(self._task, done)
        self._flushed = self._pool.submit(_flush_tail)
        self._pool.shutdown(wait=False)  # (its tasks still run)
        self.held_added = False

    def add_held(self, writer: SegmentWriter) -> None:
        """Add the tail's spelling postings to ``writer``'s pool (waits until its passages are
        pooled; raises what that raised). Once only."""
        if not self.held_added:
            self.held_added = True
            add = writer.pool.add
            for posting in self._pooled.result():
                add(posting)

    def segment(self) -> Any:
        """The tail's segment, once flushed (waits; raises what the tail process raised)."""
        return self._flushed.result()

    def cancel(self) -> None:
        """Stop waiting for the tail (an add that failed): its process ends with its tasks, or
        with this process; its files, never listed, go at the next commit."""
        self._task.cancel()
        self._flushed.cancel()


def _pool_tail(
    folder: str,
    indexname: str,
    split_name: str,
    place: tuple[int, int],
    doc: tuple[str, str, str],
    entity_keys: dict[int, str],
    limitmb: int,
) -> list[Posting]:
    """Tail process, first task: pool the tail's passages in a writer of a new segment (no
    lock: the process that started this one holds it); returns the spelling postings held
    aside."""
    _WRITER.clear()
    ix = FileStorage(folder).open_index(indexname)
    writer = batch_runs(SegmentWriter(ix, _lk=False, limitmb=limitmb), hold_spelling=True)
    name, funds, fund_keys = doc
    with gc_paused():  # (see ``index.collector``; the process ends with its segment)
        for p in read_passages_from(split_name, *place):
            writer.add_document(
                **passage_fields(name, p, funds, fund_keys, entity_keys.get(p.ordinal, ""))
            )
    _WRITER.append(writer)
    return writer.pool.held or []


def _flush_tail() -> Any:
    """Tail process, second task: write the pooled segment to disk; returns the segment."""
    if not _WRITER:
        raise RuntimeError("the tail's passages were not pooled")
    writer = _WRITER.pop()
    with gc_paused():
        return writer._finalize_segment()


def commit(writer: SegmentWriter, tails: list[TailSegment], mergetype: Callable) -> None:
    """``writer.commit(mergetype=...)`` that also lists the tails' segments after the
    writer's own (whose pool first gets the tails' spelling postings): the writer's segment is
    flushed while the tails' processes flush theirs."""
    if not tails:
        writer.commit(mergetype=mergetype)
        return
    for tail in tails:
        tail.add_held(writer)
    final = writer._merge_segments(mergetype, None, None)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    final += [tail.segment() for tail in tails]
    writer._commit_toc(final)
    writer._finish()
