"""Speed-ups of a Whoosh segment writer that leave what a segment is read as the same.

A Whoosh writer collects every posting of a commit in a pool; past its memory limit the pool
sorts what it holds into a run on disk, and the runs are merged when the segment is written.
Whoosh pickles and unpickles each posting on its own (two Python calls per posting: a third of
the time a 16 MB filing spent in Whoosh); here a run is a sequence of pickled lists of about
RUN_BATCH postings. Whoosh sorts every posting tuple of a run, and merges the runs a posting at
a time; here the pool holds its postings by field and term, a run is its terms in order, and
the runs are merged a term at a time. When the segment is written, Whoosh looks up the field
length of every posting's document in the length column on disk (a seek and a read per
posting); here each field's lengths are read once into a list. Whoosh adds a posting to a
spelling field for every word of every document (all of them at document 0, weight 1: the
spelling field's word list is its terms, and nothing reads those postings), about half of all
postings of a passage index; here each spelling word is pooled once per segment, which gives
the same terms. A pool can also hold its spelling postings aside (``held``) instead of pooling
them, for a segment written in another process whose spelling words belong in the segment of
the writer that started it. And the writer's ``add_document`` works out once what depends only
on the schema, and makes a field's postings once while its value repeats (``DocumentAdder``)."""

from __future__ import annotations

import heapq
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
# What a pool holding its postings by term adds for each term of a run: the term's list (with
# its spare slots) and its entry in the field's dict (about what a sys.getsizeof of them sums).
_TERM_OVERHEAD = 56 + 32 + 48

Posting = tuple[str, bytes, int, float, "bytes | None"]


class BatchedPostingPool(PostingPool):
    """PostingPool whose runs are pickled RUN_BATCH postings at a time, and which keeps one
    posting per word of each spelling field (the first: see ``spelling_fields``); with
    ``hold_spelling``, that posting goes to ``held`` (in the order met) and not into the
    segment.

    It holds its postings by field and term rather than in one list sorted when a run is
    written: a run is its terms in order, each term's postings sorted (already in order as
    they come, so a check), not a sort of every posting tuple (about a fifth of a filing's
    Whoosh writing). A run is written as lists of one term's postings, and the runs are merged
    a term at a time: documents are added in docnum order, so a term's postings in a later run
    come after those in an earlier one, and merging them is joining them (when postings came
    out of docnum order, ``in_order`` turns false and the runs are merged a posting at a
    time, as Whoosh does)."""

    def __init__(
        self, *args: Any, spelling: Iterable[str] = (), hold_spelling: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # the words pooled so far in each spelling field
        self.spelling: dict[str, set[bytes]] = {name: set() for name in spelling}
        self.held: list[Posting] | None = [] if hold_spelling else None
        # the postings since the last run, by field and term, in the order added
        self.terms: dict[str, dict[bytes, list[Posting]]] = {}
        self.in_order = True  # whether no posting came with a docnum below an earlier one's
        self._top = 0  # the largest docnum pooled (spelling postings aside)

    def add(self, item: Posting) -> None:
        # PostingPool.add without its type assertions; the same size estimate, and the run's
        # own structure (a list and a dict entry per term) counted as well.
        seen = self.spelling.get(item[0])
        if seen is not None:
            if item[1] in seen:
                return
            seen.add(item[1])
            if self.held is not None:
                self.held.append(item)
                return
        elif item[2] >= self._top:
            self._top = item[2]
        else:
            self.in_order = False
        self.currentsize += _POSTING_OVERHEAD + len(item[0]) + 2 * len(item[1]) + len(item[4] or "")
        if self.currentsize > self.limit:
            self.save()
        terms = self.terms.get(item[0])
        if terms is None:
            terms = self.terms[item[0]] = {}
            self.fieldnames.add(item[0])
        found = terms.get(item[1])
        if found is None:
            terms[item[1]] = [item]
            self.currentsize += _TERM_OVERHEAD
        else:
            found.append(item)

    def add_postings(
        self, fieldname: str, docnum: int, items: Iterable[tuple[bytes, int, Any, bytes | None]]
    ) -> None:
        """``add`` of a posting ``(fieldname, term, docnum, weight * 1.0, value)`` for each
        ``(term, frequency, weight, value)`` of one document's field (a field's ``index``), in
        one call: the field's dict and the docnum's order looked up once, the size estimate
        summed as ``add`` sums it, and the pool's limit checked once the document's postings
        are in (a run may end a document's postings later than ``add`` would: the runs merge
        to the same postings wherever they end)."""
        if fieldname in self.spelling:
            for tbytes, _freq, weight, vbytes in items:
                self.add((fieldname, tbytes, docnum, weight * 1.0, vbytes))
            return
        if docnum >= self._top:
            self._top = docnum
        else:
            self.in_order = False
        terms = self.terms.get(fieldname)
        if terms is None:
            terms = self.terms[fieldname] = {}
            self.fieldnames.add(fieldname)
        size = self.currentsize
        overhead = _POSTING_OVERHEAD + len(fieldname)
        for tbytes, _freq, weight, vbytes in items:
            posting = (fieldname, tbytes, docnum, weight * 1.0, vbytes)
            size += overhead + 2 * len(tbytes) + len(vbytes or "")
            found = terms.get(tbytes)
            if found is None:
                terms[tbytes] = [posting]
                size += _TERM_OVERHEAD
            else:
                found.append(posting)
        self.currentsize = size
        if size > self.limit:
            self.save()

    def add_words(self, fieldname: str, words: Iterable[str], vbytes: bytes | None) -> None:
        """Pool a spelling field's words as Whoosh's writer does (a posting of each at document
        0, weight 1, with the value of the document's last posting), skipping those this pool
        already holds without making a posting of them."""
        seen = self.spelling.get(fieldname, ())
        add = self.add
        for word in words:
            term = word.encode("utf-8")
            if term not in seen:
                add((fieldname, term, 0, 1, vbytes))

    def save(self) -> None:
        if self.terms:
            path, f = self._new_run()
            self._write_run(f, self._sorted_terms())
            self._add_run(path)
            self.terms = {}
        self.currentsize = 0

    def _sorted_terms(self) -> Iterator[list[Posting]]:
        """The pooled postings as one list a term, in the order of a sort of every posting."""
        for fieldname in sorted(self.terms):
            terms = self.terms[fieldname]
            for term in sorted(terms):
                found = terms[term]
                if len(found) > 1:
                    found.sort()  # (in order already when documents came in docnum order)
                yield found

    def items(self, maxfiles: int = 128) -> Iterator[Posting]:
        """Every pooled posting in sorted order (see SortingPool.items)."""
        if not self.runs:
            return itertools.chain.from_iterable(self._sorted_terms())
        self.save()
        if maxfiles < len(self.runs):
            self.reduce_to(maxfiles, maxfiles)
        runs, self.runs = self.runs, []
        return itertools.chain.from_iterable(self._merge_runs(runs))

    def _merge_runs(self, paths: Iterable[str]) -> Iterator[list[Posting]]:
        """The runs' postings in sorted order, as lists of one term's postings (a term may
        come in several lists in a row)."""
        runs = [self._read_run(path) for path in paths]
        if self.in_order:  # a term's postings in run order are in docnum order
            return heapq.merge(*runs, key=_term_of)
        merged = heapq.merge(*(itertools.chain.from_iterable(run) for run in runs))
        return ([posting] for posting in merged)

    def _write_run(self, f: BinaryIO, groups: Iterable[list[Posting]]) -> None:
        batch: list[list[Posting]] = []
        count = 0
        for group in groups:
            batch.append(group)
            count += len(group)
            if count >= RUN_BATCH:
                pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
                batch = []
                count = 0
        if batch:
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def reduce_to(self, target: int, k: int) -> None:
        """Merge runs ``k`` at a time until at most ``target`` are left, each merged run in the
        place of the runs it joins (Whoosh's own takes them from the end and puts the merged
        run first: a term a run would no longer follow docnum order)."""
        if k < 2 or target < 1:
            raise ValueError(f"k={k} must be >= 2, target={target} >= 1")
        while len(self.runs) > target:
            runs: list[str] = []
            for start in range(0, len(self.runs), k):
                chunk = self.runs[start : start + k]
                if len(chunk) == 1:
                    runs += chunk
                    continue
                path, f = self._new_run()
                self._write_run(f, self._merge_runs(chunk))
                runs.append(path)
            self.runs = runs

    def _read_run(self, path: str) -> Iterator[list[Posting]]:
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


def _term_of(group: list[Posting]) -> tuple[str, bytes]:
    return group[0][0], group[0][1]


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


class DocumentAdder:
    """``SegmentWriter.add_document`` for documents of plain field values (every field in the
    schema by its own name; no boosts, ``_stored_`` values or term vectors): the same calls
    to the pool and the per-document writer, with what depends only on the schema worked out
    once, a field's postings made once while its value repeats from one document to the next
    (a filing's name, record type, fund keys and section label), and a spelling word the pool
    already holds not made into a posting again (see ``BatchedPostingPool.add_words``). Any
    other document goes to Whoosh's own ``add_document``."""

    def __init__(self, writer: SegmentWriter) -> None:
        self._writer = writer
        # per field: the field, whether it is indexed and scorable, its spelling field (or
        # None), whether it is stored, and its column type
        self._plans: dict[str, tuple[Any, bool, bool, str | None, bool, Any]] = {
            name: (
                field,
                field.indexed,
                field.scorable,
                field.spelling_fieldname(name) if field.separate_spelling() else None,
                field.stored,
                field.column_type,
            )
            for name, field in writer.schema.items()
            if not field.vector and not name.startswith("_")
        }
        # per field: the last value indexed, its postings (term, frequency, weight, value) and
        # its length
        self._last: dict[str, tuple[str, list[tuple[bytes, int, Any, bytes]], int]] = {}

    def __call__(self, **fields: Any) -> None:
        writer = self._writer
        plans = self._plans
        if not all(name in plans for name in fields):
            SegmentWriter.add_document(writer, **fields)
            return
        writer._check_state()
        perdoc = writer.perdocwriter
        docnum = writer.docnum
        pool = writer.pool
        add_post = pool.add
        add_postings = getattr(pool, "add_postings", None)
        add_words = getattr(pool, "add_words", None)
        vbytes = None
        perdoc.start_doc(docnum)
        try:
            for name in sorted(fields):
                value = fields[name]
                if value is None:
                    continue
                field, indexed, scorable, spelling, stored, column = plans[name]
                length = 0
                if indexed:
                    items, length = self._postings(name, field, scorable, value)
                    if add_postings is not None:
                        add_postings(name, docnum, items)
                        if items:  # (the value the spelling words take: the last posting's)
                            vbytes = items[-1][3]
                    else:
                        for tbytes, _freq, weight, vbytes in items:
                            # (times the document's boost, 1.0, as Whoosh's: a float weight)
                            add_post((name, tbytes, docnum, weight * 1.0, vbytes))
                if spelling is not None:
                    words = field.spellable_words(value)
                    if add_words is not None:
                        add_words(spelling, words, vbytes)
                    else:
                        for word in words:
                            add_post((spelling, word.encode("utf-8"), 0, 1, vbytes))
                perdoc.add_field(name, field, value if stored else None, length)
                if column:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
        except ValueError:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        writer._added = True
        writer.docnum += 1

    def _postings(
        self, name: str, field: Any, scorable: bool, value: Any
    ) -> tuple[list[tuple[bytes, int, Any, bytes]], int]:
        """A field's postings of a value and its length (the sum of their frequencies when
        the field is scorable), made once while the value repeats."""
        last = self._last.get(name)
        if last is not None and type(value) is str and last[0] == value:
            return last[1], last[2]
        items = list(field.index(value))
        length = sum(item[1] for item in items) if scorable else 0
        if type(value) is str:
            self._last[name] = (value, items, length)
        return items, length


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
    with ``hold_spelling`` held aside: see BatchedPostingPool), lengths read once per field
    and ``DocumentAdder`` as its ``add_document`` (any other writer, or one that has already
    pooled postings, is returned as it is)."""
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
        writer.add_document = DocumentAdder(writer)
    return writer
