"""Three speed-ups of a Whoosh segment writer that leave what a segment is read as the same.

A Whoosh writer collects every posting of a commit in a pool; past its memory limit the pool
sorts what it holds into a run on disk, and the runs are merged when the segment is written.
Whoosh pickles and unpickles each posting on its own (two Python calls per posting: a third of
the time a 16 MB filing spent in Whoosh); here a run is a sequence of pickled lists of
RUN_BATCH postings. When the segment is written, Whoosh looks up the field length of every
posting's document in the length column on disk (a seek and a read per posting); here each
field's lengths are read once into a list. And Whoosh adds a posting to a spelling field for
every word of every document (all of them at document 0, weight 1: the spelling field's word
list is its terms, and nothing reads those postings), about half of all postings of a passage
index; here each spelling word is pooled once per segment, which gives the same terms. A pool can
also hold its spelling postings aside (``held``) instead of pooling them, for a segment written
in another process whose spelling words belong in the segment of the writer that started it.
"""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from whoosh.writing import IndexWriter, PostingPool, SegmentWriter

# Postings per pickled list in a run: large enough that pickling is one C call per thousands
# of postings, small enough that a merge holds little of each run (32 runs: about 20 MB).
RUN_BATCH = 4096

# Whoosh's own size estimate of one posting without its strings (see PostingPool.add).
_POSTING_OVERHEAD = 28 + 4 * 5 + 21 + 26 + 18 + 16 + 21


class BatchedPostingPool(PostingPool):
    """PostingPool whose runs are pickled RUN_BATCH postings at a time, and which keeps one
    posting per word of each spelling field (the first: see ``spelling_fields``); with
    ``hold_spelling``, that posting goes to ``held`` (in the order met) and not into the
    segment."""

    def __init__(
        self, *args: Any, spelling: Iterable[str] = (), hold_spelling: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # the words pooled so far in each spelling field
        self.spelling: dict[str, set[bytes]] = {name: set() for name in spelling}
        self.held: list[tuple[str, bytes, int, float, bytes | None]] | None = (
            [] if hold_spelling else None
        )

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        # PostingPool.add without its type assertions; the same size estimate and runs.
        seen = self.spelling.get(item[0])
        if seen is not None:
            if item[1] in seen:
                return
            seen.add(item[1])
            if self.held is not None:
                self.held.append(item)
                return
        self.fieldnames.add(item[0])
        self.currentsize += _POSTING_OVERHEAD + len(item[0]) + 2 * len(item[1]) + len(item[4] or "")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: BinaryIO, items: Iterable[Any]) -> None:
        source = iter(items)
        while batch := list(itertools.islice(source, RUN_BATCH)):
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(f)
                except EOFError:
                    return
                yield from batch
        finally:
            f.close()
            self._remove_run(path)


class LoadedLengths:
    """A segment's per-document reader whose field lengths, asked for per posting while the
    segment is written, are read once per field (what ``doc_field_length_reader`` returns)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)

    def __bool__(self) -> bool:
        return bool(self._reader)

    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> Any:
        get = self._reader.doc_field_length_reader(fieldname, default)
        lengths = [get(docnum) for docnum in range(self._reader.doc_count_all())]
        count = len(lengths)

        def length(docnum: int) -> Any:
            return lengths[docnum] if 0 <= docnum < count else get(docnum)

        return length


def spelling_fields(schema: Any) -> list[str]:
    """The names of the fields a schema's writer adds spelling words to (Whoosh's
    ``spell_<field>`` for a stemmed field with ``spelling=True``)."""
    return [
        field.spelling_fieldname(name)
        for name, field in schema.items()
        if field.separate_spelling()
    ]


def batch_runs(writer: IndexWriter, *, hold_spelling: bool = False) -> IndexWriter:
    """Give a new Whoosh segment writer the batched pool (spelling words once per segment, or
    with ``hold_spelling`` held aside: see BatchedPostingPool) and lengths read once per field
    (any other writer, or one that has already pooled postings, is returned as it is)."""
    pool = getattr(writer, "pool", None)
    if (
        isinstance(writer, SegmentWriter)
        and type(pool) is PostingPool
        and not pool.current
        and not pool.runs
    ):
        fresh = BatchedPostingPool(
            pool.tempstore,
            pool.segment,
            spelling=spelling_fields(writer.schema),
            hold_spelling=hold_spelling,
        )
        fresh.limit = pool.limit
        writer.pool = fresh
        per_document_reader = writer.per_document_reader
        writer.per_document_reader = lambda: LoadedLengths(per_document_reader())
    return writer
