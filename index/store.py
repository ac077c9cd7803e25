"""The index on disk: Whoosh segments, display texts and a per-generation record file.

Layout of an index directory::

    whoosh/               Whoosh segments (passage and doc records; one atomic commit per batch)
    texts/                display text of each filing, gzip, content-addressed (never rewritten)
    items/                a long filing's facts and mentions, gzip JSON lines, named by its
                          doc record (``index.docitems``; replaced whole, never in place)
    records-<gen>.sqlite  filing records, facts, resolved entities, the name tables linking
                          reads, and the docnum -> filing map, for Whoosh generation <gen>

Whoosh's doc records (one per filing, with its facts and entity mentions, or for a long filing
the name of its items file) are the source of truth; the record file is derived from them
after every add (entities are resolved over all filings then) and written whole into a
temporary file that is renamed into place. Readers open the latest committed Whoosh generation
and the record file written for it (rebuilding it when a crash, a damaged file or an older
release left none), so they always see one consistent state: the old one or the new one,
never a half-written one. A snapshot reads records with SQLite queries and Whoosh segments
through memory maps, so opening an index reads almost nothing and the operating system pages
in what questions touch.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import gzip
import itertools
import json
import math
import mmap
import operator
import os
import shutil
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.index import FileIndex, LockError
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from index import docitems, names, segments
from index import entities as entity_mod
from index import records as records_mod
from index.collector import gc_paused
from index.loaders import LoadError, discover
from index.model import DocMeta, Entity, Fact, Mention, Passage
from index.name_tables import NameIndex
from index.postings import batch_runs
from index.records import Records, RecordsError
from index.schema import PARSER_VERSION, build_schema

if TYPE_CHECKING:  # the pipeline (and its fact patterns) loads only when files are added
    import numpy as np

    from index.pipeline import Ingested, SplitFile
    from index.ranking import Ranker
    from index.spelling import Speller

# How long a second writer waits for the lock before giving up with a clear message.
WRITER_WAIT_SECONDS = 10.0
# Whoosh's estimate of the postings a writer holds in memory before it sorts them into a run
# on disk (its default, 128, is about 170 MB of Python objects; the runs are merged when the
# segment is written). A varied 4 MB filing: peak 370 -> 286 MB, the same time.
WRITER_POOL_MB = 32
# Files per Whoosh commit: an interrupted build keeps every finished batch.
COMMIT_EVERY_FILES = 400
# Segments whose record counts lie within one power of MERGE_TIER_RATIO form a tier; a commit
# merges a tier's segments only once it holds MERGE_TIER_SEGMENTS of them. So no commit merges
# the whole index (whoosh's default policy merged all 25 segments of 10,000 filings, 480,000
# records, in the last commit: 8.5 minutes), each record is copied about once per tier over the
# index's life (n log n), and a search reads at most MERGE_TIER_SEGMENTS segments per tier
# (10,000 filings in 400-file commits: 25 segments). `Store.optimize` merges all of them.
MERGE_TIER_RATIO = 10
MERGE_TIER_SEGMENTS = 32
# Below this many files, parsing in a process pool costs more than it saves.
PARALLEL_MIN_FILES = 40
# Files per process-pool task: large enough to amortise pickling, small enough to stream.
POOL_CHUNK = 8
# Pool tasks submitted ahead of the one being written, per worker: enough to keep every worker
# busy, few enough that parsed filings do not queue up in the main process while it writes
# Whoosh (submitting all of them at once held hundreds of parsed filings at 10,000 files).
POOL_TASKS_AHEAD = 2

# What the record files are tied to besides their generation: the parser that made the records.
RECORDS_TAG = f"parser-{PARSER_VERSION}"
# Filings whose records (and, apart, facts) a snapshot keeps after reading them.
DOC_CACHE_RECORDS = 4096
# How many documents' passages a snapshot keeps in memory for citations and context.
PASSAGE_CACHE_DOCS = 512
# Single passages read on their own (fact citations), kept per snapshot.
PASSAGE_CACHE_SINGLE = 20_000


class IndexError_(Exception):
    """Base of the index's own errors: each carries a one-line message for the user."""


class IndexMissing(IndexError_):
    pass


class IndexBusy(IndexError_):
    pass


class IndexDamaged(IndexError_):
    pass


@dataclass(frozen=True)
class DocRecord:
    """The manifest entry of one indexed filing."""

    name: str
    path: str
    sha256: str
    parser_version: str
    fmt: str
    passages: int
    size: int
    meta: DocMeta
    text_key: str


@dataclass(frozen=True)
class OptimizeReport:
    """What `Store.optimize` did: Whoosh segments before and after, and how long it took."""

    segments_before: int
    segments_after: int
    seconds: float

    def summary(self) -> str:
        if self.segments_before <= self.segments_after:
            return f"nothing to merge ({self.segments_after} segment); {self.seconds:.1f} s"
        return (
            f"merged {self.segments_before} segments into {self.segments_after}; "
            f"{self.seconds:.1f} s"
        )


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    passages: int = 0
    entities: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.skipped)} "
            f"unchanged, {len(self.failed)} failed; {self.passages} passages, "
            f"{self.entities} entities in the index; {self.seconds:.1f} s"
        )


ProgressFn = Callable[[int, int, str], None]
# The facts and mentions of items files just written (``docitems``), by file name: what the
# record file's build takes from memory instead of reading the files back.
KnownItems = dict[str, tuple[Sequence[Fact], Sequence[Mention]]]


def _entity_key(kind: str, name: str) -> str | None:
    """The key a passage's ``entities`` field holds for a mention (None: not indexed)."""
    if kind == "person":
        return "person:" + names.person_key(name)
    if kind in ("org", "fund", "trust"):
        return kind + ":" + names.org_key(name)
    return None


def _passage_entity_keys(mentions: Iterable[Mention]) -> dict[int, str]:
    """The ``entities`` field of each passage with indexed mentions: its distinct keys,
    sorted and joined (one string a passage, not a set: a long filing's sets were about
    60 MB beside the Whoosh writing)."""
    keys: dict[int, str] = {}
    known: dict[tuple[str, str], str | None] = {}  # a long filing repeats its names
    by_passage = operator.attrgetter("passage")
    for ordinal, group in itertools.groupby(sorted(mentions, key=by_passage), key=by_passage):
        found: set[str] = set()
        for m in group:
            seen = (m.kind, m.name)
            if seen in known:
                key = known[seen]
            else:
                key = known[seen] = _entity_key(m.kind, m.name)
            if key is not None:
                found.add(key)
        if found:
            keys[ordinal] = ",".join(sorted(found))
    return keys


def _schema_current(ix: FileIndex) -> bool:
    """Whether an index was written with this release's schema (fields, their types and
    columns)."""
    current = build_schema()
    if set(ix.schema.names()) != set(current.names()):
        return False
    return all(
        type(ix.schema[name]) is type(current[name])
        and (ix.schema[name].column_type is None) == (current[name].column_type is None)
        for name in current.names()
    )


def tiered_merge(writer: IndexWriter, segments: list) -> list:
    """Whoosh merge policy: merge the segments of every size tier that holds
    MERGE_TIER_SEGMENTS segments into the segment being written; keep the rest."""
    tiers: dict[int, list] = {}
    for seg in segments:
        count = max(seg.doc_count(), 1)
        tiers.setdefault(int(math.log(count, MERGE_TIER_RATIO)), []).append(seg)
    merged = {
        id(seg) for tier in tiers.values() if len(tier) >= MERGE_TIER_SEGMENTS for seg in tier
    }
    for seg in segments:
        if id(seg) in merged:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
    return [seg for seg in segments if id(seg) not in merged]


def _walk_order(path: str) -> tuple[tuple[int, str], ...]:
    """Sort key of a file path in the order `loaders.discover` walks a folder: a folder's own
    files (by name) before its sub-folders (by name)."""
    parts = Path(path).parts
    return (*((1, part) for part in parts[:-1]), (0, parts[-1] if parts else ""))


def _segments(ix: FileIndex) -> tuple[int, bool]:
    """How many Whoosh segments an index has, and whether any holds deleted records."""
    with ix.reader() as reader:
        return len(list(reader.leaf_readers())), reader.has_deletions()


def ordinal_at(bounds: np.ndarray, line: int) -> int | None:
    """The ordinal of the first passage whose lines (``bounds``: first and last line of each
    passage by ordinal, as ``Records.passage_lines`` reads them) cover a line, else of the
    first one starting nearest after it; None when none does. Line ranges may overlap or go
    back (columns read down), so no ordinal is bisected."""
    starts, ends = bounds[:, 0], bounds[:, 1]
    covering = ((starts <= line) & (line <= ends)).nonzero()[0]
    if len(covering):
        return int(covering[0])
    after = (starts > line).nonzero()[0]
    return int(after[starts[after].argmin()]) if len(after) else None


def _doc_data(
    record: DocRecord, item: Ingested, lines: Sequence[int], items: str | None = None
) -> str:
    """A filing's doc record as JSON: ``json.dumps`` of {"record", "facts", "mentions",
    "lines"}, the same text, made one fact or mention at a time and joined once (not a dict of
    every mention first: a 16 MB filing has about 150,000; nor a string per mention, nor
    partial joins, beside the joined text: a varied 16 MB filing's record is 31 MB of text).
    With ``items`` (the name of the items file that holds them, see ``index.docitems``), of
    {"record", "items", "lines"} instead. ``lines``: see ``passage_lines``."""
    parts = ['{"record": ', json.dumps(asdict(record))]
    if items is not None:
        parts += [', "items": ', json.dumps(items)]
    else:
        parts.append(', "facts": [')
        parts += _separated(docitems.json_chunks(item.facts))
        parts.append('], "mentions": [')
        parts += _separated(docitems.json_chunks(item.mentions))
        parts.append("]")
    parts += [', "lines": ', json.dumps(list(lines)), "}"]
    return "".join(parts)


def _separated(chunks: Iterable[str]) -> Iterator[str]:
    """JSON chunks of one array, with the ", " between them."""
    for n, chunk in enumerate(chunks):
        if n:
            yield ", "
        yield chunk


def passage_lines(bounds: Mapping[int, tuple[int, int]]) -> list[int]:
    """The first and last line of each passage of a filing, by ordinal, flat (start of
    passage 0, its end, start of passage 1, ...; -1, -1 for an ordinal with no passage): what
    a citation's line is looked up in (``Snapshot.passage_at``)."""
    flat = [-1, -1] * (max(bounds) + 1 if bounds else 0)
    for ordinal, (start, end) in bounds.items():
        flat[2 * ordinal : 2 * ordinal + 2] = (start, end)
    return flat


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _any_long(jobs: Iterable[tuple[str, str]]) -> bool:
    """Whether a job's file is long enough to be read the long way (at least
    ``pipeline.FACTS_APART_MIN_CHARS`` bytes: its text has at most that many characters)."""
    from index import pipeline

    return any(_file_size(path) >= pipeline.FACTS_APART_MIN_CHARS for path, _ in jobs)


def _atomic_write(path: Path, data: bytes) -> None:
    with records_mod.replaced(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


def _meta_from(data: dict) -> DocMeta:
    return DocMeta(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


class _MapReader:
    """A read-only file over part of a memory map: reads copy only the bytes asked for."""

    def __init__(self, source: mmap.mmap, offset: int, length: int) -> None:
        self._source = source
        self._start = offset
        self._end = offset + length
        self._pos = offset

    def read(self, size: int | None = -1) -> bytes:
        start, end = self._pos, self._end
        if start >= end:
            return b""
        if size is not None and 0 <= size < end - start:
            end = start + size
        self._pos = end
        return self._source[start:end]

    def readline(self) -> bytes:
        found = self._source.find(b"\n", self._pos, self._end)
        return self.read(-1 if found < 0 else found + 1 - self._pos)

    def seek(self, position: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: self._start, os.SEEK_CUR: self._pos, os.SEEK_END: self._end}[whence]
        self._pos = base + position
        return self._pos - self._start

    def tell(self) -> int:
        return self._pos - self._start

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.readline, b"")

    def close(self) -> None:
        pass


class _MappedFile(BufferFile):
    """A whoosh file over part of a memory map, read in place: whoosh's own BufferFile
    copies the whole part into a BytesIO when it is opened."""

    def __init__(self, source: mmap.mmap, offset: int, length: int, name: str | None) -> None:
        self._source = source
        self._offset = offset
        self._buf = memoryview(source)[offset : offset + length]
        self._name = name
        self.file = _MapReader(source, offset, length)
        # whoosh reads postings a few bytes at a time through these: call the reader directly
        self.read = self.file.read
        self.readline = self.file.readline
        self.seek = self.file.seek
        self.tell = self.file.tell
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> _MappedFile:
        return _MappedFile(self._source, self._offset + position, length, name or self._name)


class MappedStorage(FileStorage):
    """Whoosh file storage for reading whose files are memory-mapped and read in place.

    whoosh3 (like Whoosh 2.7) maps a compound segment file and then copies each file inside it
    into a BytesIO as it is opened, so both the copy and the mapped pages stay resident
    (1,178 MB while answering at 10,000 filings). Here the segment is handed to whoosh as a
    plain file (``supports_mmap`` False) whose parts are views of one map, so only the pages a
    search touches are read, and the operating system can drop them again.
    """

    def __init__(self, path: str) -> None:
        super().__init__(path, supports_mmap=False, readonly=True)

    def open_file(self, name: str, **kwargs: object) -> StructFile:
        with open(os.path.join(self.folder, name), "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if not size:
                return super().open_file(name, **kwargs)
            source = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return _MappedFile(source, 0, size, name)


class StoredFields:
    """The stored fields of a record by docnum, read straight from its segment's stored column:
    whoosh's reader goes through two wrappers and copies each record into a new dict, which
    doubles the cost of reading a passage (16 -> 8 us at 10,000 filings). A reader laid out
    otherwise is asked the usual way."""

    def __init__(self, reader: object) -> None:
        self._reader = reader
        leaves = list(reader.leaf_readers())
        self._offsets = [offset for _, offset in leaves]
        self._columns = [_stored_column(leaf) for leaf, _ in leaves]

    def __call__(self, docnum: int) -> dict:
        i = bisect.bisect_right(self._offsets, docnum) - 1
        column = self._columns[i] if i >= 0 else None
        if column is None:
            return self._reader.stored_fields(docnum)
        return column[docnum - self._offsets[i]] or {}


def _stored_column(leaf: object) -> object | None:
    """A whoosh3 segment's column of pickled stored fields, or None."""
    cached = getattr(getattr(leaf, "_perdoc", None), "_cached_reader", None)
    if cached is None:
        return None
    try:
        from whoosh.codec.whoosh3 import STORED_COLUMN

        return cached("_stored", STORED_COLUMN)
    except (ImportError, AttributeError):
        return None


class DocRecords(Mapping[str, DocRecord]):
    """The filings of a snapshot by name: the names are in memory, each record is read from
    the record file when asked for (the most recent ones are kept)."""

    def __init__(self, records: Records) -> None:
        self._records = records
        self._names = records.doc_names()
        self._known = frozenset(self._names)
        self._recent: OrderedDict[str, DocRecord] = OrderedDict()

    def __getitem__(self, name: str) -> DocRecord:
        found = self._recent.get(name)
        if found is not None:
            self._recent.move_to_end(name)
            return found
        found = self._records.doc(name) if name in self._known else None
        if found is None:
            raise KeyError(name)
        self._recent[name] = found
        if len(self._recent) > DOC_CACHE_RECORDS:
            self._recent.popitem(last=False)
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def values(self) -> Iterator[DocRecord]:  # type: ignore[override]
        """Every record, read in one pass over the file (not kept)."""
        return self._records.docs()

    def items(self) -> Iterator[tuple[str, DocRecord]]:  # type: ignore[override]
        return ((rec.name, rec) for rec in self._records.docs())


@dataclass
class Snapshot:
    """A consistent read-only view of the index at one Whoosh generation.

    Filing records, facts and entities stay in the generation's record file and are read
    when asked for (``docs``, ``facts_for_doc``, ``facts_of_kind``, ``facts_about``,
    ``entities``); the passages are read from Whoosh.
    """

    path: Path
    generation: int
    records: Records
    docs: DocRecords = field(init=False)
    _ix: FileIndex | None = None
    _searcher: Searcher | None = None
    _texts: dict[str, str] = field(default_factory=dict)
    _passages: OrderedDict[str, list[Passage]] = field(default_factory=OrderedDict)
    _single: OrderedDict[tuple[str, int], Passage] = field(default_factory=OrderedDict)
    _ranker: Ranker | None = None
    _speller: Speller | None = None
    _stored: StoredFields | None = None
    _doc_owners: np.ndarray | None = None
    _entities: list[Entity] | None = None
    _doc_facts: OrderedDict[str, list[Fact]] = field(default_factory=OrderedDict)

    def __post_init__(self) -> None:
        self.docs = DocRecords(self.records)

    @property
    def names(self) -> NameIndex:
        """Entity aliases for linking, and fund names with their filings (read on demand)."""
        return self.records.name_index

    @property
    def entities(self) -> list[Entity]:
        """Every resolved entity (read from the record file on first use, then kept): for
        listings and the app's completion, not needed to answer."""
        if self._entities is None:
            self._entities = self.names.entities()
        return self._entities

    @property
    def entity_count(self) -> int:
        return self.names.entity_count()

    def entity_kinds(self) -> dict[str, int]:
        """How many resolved entities of each kind."""
        return self.names.entity_kinds()

    def entities_of_kind(self, kind: str | None) -> list[Entity]:
        """Resolved entities of one kind (all when None), sorted by kind and name."""
        if self._entities is not None or kind is None:
            return [e for e in self.entities if kind is None or e.kind == kind]
        return self.names.entities(kind)

    @property
    def fact_count(self) -> int:
        return self.records.fact_count()

    def facts_for_doc(self, name: str) -> list[Fact]:
        """The facts of one filing, in the order they were extracted (the most recently asked
        filings' are kept; callers do not change the list)."""
        found = self._doc_facts.get(name)
        if found is None:
            found = self._doc_facts[name] = self.records.facts_for_doc(name)
            if len(self._doc_facts) > DOC_CACHE_RECORDS:
                self._doc_facts.popitem(last=False)
        else:
            self._doc_facts.move_to_end(name)
        return found

    def facts_of_kind(self, *kinds: str) -> list[Fact]:
        """Facts of these kinds (every fact when none is named), in index order."""
        return self.records.facts_of_kind(*kinds)

    def subjects_of_kind(self, kind: str) -> list[str]:
        """The subjects facts of one kind have, each once."""
        return self.records.subjects_of_kind(kind)

    def facts_of_kind_about(self, kind: str, subjects: Iterable[str]) -> list[Fact]:
        """The facts of one kind about some subjects, in index order."""
        return self.records.facts_of_kind_about(kind, subjects)

    def facts_about(self, person: str) -> list[tuple[int, Fact]]:
        """(position in index order, fact) of every fact about a person, by canonical name."""
        return self.records.facts_about(person)

    def fund_listing(self) -> list[tuple[str, str | None, tuple[str, ...]]]:
        """(filing, trust, funds) of every filing, in name order."""
        return self.records.fund_listing()

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    @property
    def ranker(self) -> Ranker:
        """Vectorised BM25F over this snapshot's postings (caches what it reads)."""
        if self._ranker is None:
            from index.ranking import Ranker  # numpy: loaded when the first search runs

            self._ranker = Ranker(self.searcher)
        return self._ranker

    def stored_fields(self, docnum: int) -> dict:
        """The stored fields of one record (a passage or a filing's doc record)."""
        if self._stored is None:
            self._stored = StoredFields(self.searcher.reader())
        return self._stored(docnum)

    @property
    def speller(self) -> Speller:
        """Did-you-mean suggestions from the words of passage text (caches what it reads)."""
        if self._speller is None:
            from index.spelling import Speller

            self._speller = Speller(self.searcher.reader(), "text")
        return self._speller

    @property
    def doc_owners(self) -> np.ndarray:
        """For every Whoosh docnum, the position in ``docs`` of the filing it belongs to (-1
        for none)."""
        if self._doc_owners is None:
            owners = self.records.owners()
            if owners is None or len(owners) != self.ranker.doc_count:
                owners = self.ranker.owners(list(self.docs))
            else:  # saved with the records: each filing's docnums come from it too
                self.ranker.use_owners(owners, list(self.docs))
            self._doc_owners = owners
        return self._doc_owners

    def warm(self) -> None:
        """Read in what the first question would otherwise wait for.

        Whoosh opens a segment's postings, stored fields, columns and spelling graph on first
        use, copying each into memory (tens of milliseconds apiece on a large index); the
        ranker's field lengths are loaded once per snapshot too. Front ends call this while
        the index opens, so every question costs the same.
        """
        ranker = self.ranker
        for name in ("text", "section"):
            ranker.lengths(name)
        first = next(iter(self.docs), None)
        if first is not None:  # the terms, postings and stored-fields files
            self.passage(first, 0)
        _ = self.doc_owners  # built now rather than by the first question that needs it
        with contextlib.suppress(Exception):  # an index without spelling words
            self.speller.suggest("warm", limit=1, prefix=1)

    @property
    def passage_count(self) -> int:
        return self.records.passage_count

    def doc_text(self, name: str) -> str:
        if name not in self._texts:
            record = self.docs[name]
            with gzip.open(self.path / "texts" / record.text_key, "rt", encoding="utf-8") as fh:
                self._texts[name] = fh.read()
        return self._texts[name]

    def passages(self, name: str) -> list[Passage]:
        """Every passage of one document, in order (read through the document's own postings,
        so the cost does not grow with the size of the index; recent documents are cached)."""
        cached = self._passages.get(name)
        if cached is not None:
            self._passages.move_to_end(name)
            return cached
        stored = self.stored_fields
        found: list[Passage] = []
        for docnum in self.ranker.doc_numbers(name).tolist():
            fields = stored(docnum)
            if fields.get("rtype") == "passage":
                found.append(self.passage_from(fields))
        found.sort(key=lambda p: p.ordinal)
        self._passages[name] = found
        if len(self._passages) > PASSAGE_CACHE_DOCS:
            self._passages.popitem(last=False)
        return found

    def passage(self, name: str, ordinal: int) -> Passage | None:
        """One passage of a document by ordinal.

        A document's records are written in ordinal order, so the passage is usually the
        document's ``ordinal``-th record: read that one record instead of the whole document.
        """
        if name not in self._passages:
            key = (name, ordinal)
            one = self._single.get(key)
            if one is not None:
                return one
            numbers = self.ranker.doc_numbers(name)
            if 0 <= ordinal < len(numbers):
                fields = self.stored_fields(int(numbers[ordinal]))
                if fields.get("rtype") == "passage" and fields.get("ordinal") == ordinal:
                    one = self.passage_from(fields)
                    self._single[key] = one
                    if len(self._single) > PASSAGE_CACHE_SINGLE:
                        self._single.popitem(last=False)
                    return one
        found = self.passages(name)
        if 0 <= ordinal < len(found) and found[ordinal].ordinal == ordinal:
            return found[ordinal]
        return next((p for p in found if p.ordinal == ordinal), None)

    def passage_at(self, name: str, line: int) -> Passage | None:
        """The passage covering a 1-based line (the first by ordinal), or the one starting
        nearest after it; from the filing's passage lines in the record file, so only that
        passage is read (a filing indexed before they were kept is read whole)."""
        bounds = None if name in self._passages else self.records.passage_lines(name)
        if bounds is not None:
            ordinal = ordinal_at(bounds, line)
            return None if ordinal is None else self.passage(name, ordinal)
        best = None
        for p in self.passages(name):
            if p.line_start <= line <= p.line_end:
                return p
            if p.line_start > line and (best is None or p.line_start < best.line_start):
                best = p
        return best

    @staticmethod
    def passage_from(fields: dict) -> Passage:
        section = tuple(s for s in fields.get("section", "").split(" > ") if s)
        return Passage(
            doc=fields["doc"],
            ordinal=fields["ordinal"],
            section=section,
            line_start=fields["line_start"],
            line_end=fields["line_end"],
            char_start=fields["char_start"],
            char_end=fields["char_end"],
            text=fields["text"],
            kind=fields.get("pkind", "paragraph"),
        )

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
            self._ranker = None
            self._speller = None
            self._stored = None
            self._doc_owners = None
        self.records.close()


class Store:
    """An index directory: open it, add and remove filings, take snapshots to read."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.whoosh_dir = self.path / "whoosh"

    # ------------------------------------------------------------------ state
    def exists(self) -> bool:
        return self.whoosh_dir.is_dir() and whoosh_index.exists_in(str(self.whoosh_dir))

    def _open_or_create(self) -> FileIndex:
        if self.exists():
            return whoosh_index.open_dir(str(self.whoosh_dir))
        self.whoosh_dir.mkdir(parents=True, exist_ok=True)
        (self.path / "texts").mkdir(exist_ok=True)
        return whoosh_index.create_in(str(self.whoosh_dir), build_schema())

    def _open(self, *, in_place: bool = False) -> FileIndex:
        """The committed index; a snapshot opens it ``in_place`` (see MappedStorage)."""
        if not self.exists():
            raise IndexMissing(
                f"no index at {self.path}: add filings with `fundqa index add PATH...`"
            )
        if in_place:
            return MappedStorage(str(self.whoosh_dir)).open_index()
        return whoosh_index.open_dir(str(self.whoosh_dir))

    # ------------------------------------------------------------------ reading
    def snapshot(self) -> Snapshot:
        ix = self._open(in_place=True)
        generation = ix.latest_generation()
        return Snapshot(self.path, generation, self._records(ix, generation), _ix=ix)

    def _records_path(self, generation: int) -> Path:
        return self.path / f"records-{generation}.sqlite"

    def _records(self, ix: FileIndex, generation: int, known: KnownItems | None = None) -> Records:
        """The record file of a generation; rebuilt from the doc records in Whoosh when it is
        missing or damaged (a crash between the Whoosh commit and writing it, or a file of an
        older release). ``known``: see ``_read_doc_records``."""
        try:
            return Records(self._records_path(generation), generation=generation, tag=RECORDS_TAG)
        except RecordsError:
            return self._build_records(ix, generation, known)

    def _build_records(
        self, ix: FileIndex, generation: int, known: KnownItems | None = None
    ) -> Records:
        with gc_paused():
            docs, facts, ents, lines = self._read_doc_records(ix, known)
        with ix.searcher() as searcher:  # docnum -> filing, for this generation's segments
            from index.ranking import Ranker

            owners = Ranker(searcher).owners([d.name for d in docs])
        path = self._records_path(generation)
        fields = {
            "generation": generation,
            "docs": docs,
            "facts": facts,
            "entities": ents,
            "lines": lines,
        }
        try:
            records_mod.write(path, **fields, owners=owners, tag=RECORDS_TAG)
        except OSError:  # an index directory this process cannot write: keep a private copy
            path = Path(tempfile.mkdtemp(prefix="fundqa-records-")) / path.name
            records_mod.write(path, **fields, owners=owners, tag=RECORDS_TAG)
            opened = Records(path, generation=generation, tag=RECORDS_TAG)
            shutil.rmtree(path.parent, ignore_errors=True)  # the open file stays readable
            return opened
        self._drop_older_records(generation)
        return Records(path, generation=generation, tag=RECORDS_TAG)

    def _drop_older_records(self, generation: int) -> None:
        """Delete the record files of earlier generations (and caches of older releases); a
        reader that still has one open keeps reading it. A later generation's file stays: a
        reader that rebuilt an old generation's records must not remove the writer's new ones."""
        for old in (*self.path.glob("records-*.sqlite"), *self.path.glob("cache-*.pickle")):
            number = old.name.split("-", 1)[1].split(".", 1)[0]
            if not number.isdigit() or int(number) < generation:
                with contextlib.suppress(OSError):
                    old.unlink()

    def _read_doc_records(
        self, ix: FileIndex, known: KnownItems | None = None
    ) -> tuple[list[DocRecord], list[Fact], list[Entity], dict[str, bytes]]:
        """Every filing's record (in name order), facts, resolved entities and passage lines
        (``records.pack_lines``; none for a filing indexed before they were kept), from the doc
        records the Whoosh index holds (and the items files they name; ``known``: the facts
        and mentions of items files this process has just written, by name, taken from
        memory instead of read back: what reading the file gives). Raises IndexDamaged when
        an items file is missing."""
        docs: dict[str, DocRecord] = {}
        lines: dict[str, bytes] = {}
        found: list[tuple[tuple, list[Fact], list[Mention]]] = []
        shared: dict[str, str] = {}
        hook = docitems.items_hook(shared)
        with ix.searcher() as searcher:
            for fields in searcher.documents(rtype="doc"):
                data = json.loads(fields["data"], object_hook=hook)
                record = DocRecord(**{**data["record"], "meta": _meta_from(data["record"]["meta"])})
                docs[record.name] = record
                if "lines" in data:
                    lines[record.name] = records_mod.pack_lines(data["lines"])
                if known is not None and data.get("items") in known:
                    doc_facts, doc_mentions = (list(part) for part in known.pop(data["items"]))
                elif "items" in data:  # a long filing's, read a chunk at a time
                    doc_facts, doc_mentions = self._read_items(record.name, data["items"], hook)
                else:
                    doc_facts, doc_mentions = data["facts"], data["mentions"]
                del data
                found.append((_walk_order(record.path), doc_facts, doc_mentions))
        # Facts and mentions in the order a folder walk meets the filings, whatever segments
        # (merged by size tiers, not in the order they were written) hold their records.
        found.sort(key=lambda item: item[0])
        facts = [f for _, doc_facts, _ in found for f in doc_facts]
        mentions = [m for _, _, doc_mentions in found for m in doc_mentions]
        del found
        ents = entity_mod.resolve(mentions)
        return [docs[name] for name in sorted(docs)], facts, ents, lines

    def _read_items(
        self, name: str, items: str, hook: Callable[[dict], object]
    ) -> tuple[list[Fact], list[Mention]]:
        try:
            return docitems.read(self.path / docitems.ITEMS_DIR / items, hook)
        except docitems.ItemsMissing as err:
            raise IndexDamaged(
                f"the index at {self.path} lacks the facts of {name} ({err}): "
                f"remove it with `fundqa index remove {name}` and add it again"
            ) from None

    # ------------------------------------------------------------------ writing
    def _writer(self, ix: FileIndex) -> IndexWriter:
        try:
            return batch_runs(ix.writer(timeout=WRITER_WAIT_SECONDS, limitmb=WRITER_POOL_MB))
        except LockError:
            raise IndexBusy(
                f"the index at {self.path} is being written by another fundqa process; "
                "try again when it has finished"
            ) from None

    def _state(self, known: KnownItems | None = None) -> Records:
        """The records of the latest committed generation (read, or built, through the index
        opened in place: a writer holds no whole copy of the segments either). ``known``: see
        ``_read_doc_records``."""
        ix = self._open(in_place=True)
        return self._records(ix, ix.latest_generation(), known)

    def manifest(self) -> dict[str, DocRecord]:
        """Every indexed filing's record, by name."""
        if not self.exists():
            return {}
        records = self._state()
        try:
            return {rec.name: rec for rec in records.docs()}
        finally:
            records.close()

    def add(self, paths: Sequence[str | Path], progress: ProgressFn | None = None) -> AddReport:
        """Add or update files and folders; unchanged files (same hash and parser) are skipped."""
        from index import pipeline

        started = time.perf_counter()
        report = AddReport()
        files, errors = discover(paths)
        report.failed.extend((str(e.path), e.reason) for e in errors)
        ix = self._open_or_create()
        state = self._state()
        manifest = {rec.name: rec for rec in state.docs()}
        rebuild: Path | None = None
        if not _schema_current(ix):
            # An index written by an older release: every filing must be read again, into a
            # fresh index beside the old one, which readers keep using until the swap.
            rebuild = self.path / "whoosh.rebuild"
            shutil.rmtree(rebuild, ignore_errors=True)
            rebuild.mkdir()
            ix = whoosh_index.create_in(str(rebuild), build_schema())
            old = [Path(rec.path) for rec in manifest.values() if Path(rec.path).exists()]
            files = sorted({f.resolve() for f in files} | {f.resolve() for f in discover(old)[0]})
            manifest = {}
        by_path = {rec.path: rec for rec in manifest.values()}

        jobs: list[tuple[str, str]] = []
        names_taken = {n for n, rec in manifest.items()}
        for path in files:
            resolved = str(path.resolve())
            existing = by_path.get(resolved)
            name = existing.name if existing else self._name_for(path, names_taken)
            names_taken.add(name)
            if existing and existing.parser_version == PARSER_VERSION:
                try:
                    if pipeline.file_hash(path) == existing.sha256:
                        report.skipped.append(name)
                        continue
                except OSError as err:
                    report.failed.append((str(path), f"cannot read: {err.strerror}"))
                    continue
            jobs.append((resolved, name))

        total = len(jobs)
        # An add that reads a long filing in this process runs without the cyclic garbage
        # collector, to its record file (see ``index.collector``: what it builds for the
        # filing holds no cycle to collect)
        pause = gc_paused() if total and self._long_filing_here(jobs) else contextlib.nullcontext()
        with pause:
            if total:
                writer = self._writer(ix)
                done = 0
                tails: list[segments.TailSegment] = []  # written in processes of their own
                # the last long filing's facts and mentions, kept for the record file's build (one
                # filing's at most: each replaces the one before)
                known: KnownItems = {}
                try:
                    for result in self._run_jobs(jobs):
                        done += 1
                        large = False
                        if isinstance(result, LoadError):
                            report.failed.append((str(result.path), result.reason))
                        else:
                            name = result.document.name
                            (report.updated if name in manifest else report.added).append(name)
                            large = result.text_size() >= pipeline.FACTS_APART_MIN_CHARS
                            path, record = result.document.path, self._store_text(result)
                            # a long filing's copies go as soon as they are written: its text
                            # before the passages, its passages before its facts are waited for
                            result = result.without_text()
                            split = result.split
                            passages = result.take_passages()
                            result = result.without_passages()
                            for tail in tails:  # (their spelling postings before this filing's)
                                tail.add_held(writer)
                            lines, tail = self._write_passages(writer, result, passages, split)
                            del split
                            if tail is not None:
                                tails.append(tail)
                            if large:
                                pipeline.release_memory()
                            known.clear()
                            problem = self._write_record(
                                writer, record, result, lines, apart=large, known=known
                            )
                            if problem:
                                report.failed.append((path, problem))
                            if done % COMMIT_EVERY_FILES == 0:
                                segments.commit(writer, tails, tiered_merge)
                                tails = []
                                writer = self._writer(ix)
                        # the filing is in the writer: its text, passages and mentions can go
                        # before the commit and the record file, which read their own copies (but
                        # for a long filing's facts and mentions in ``known``, when it is the last)
                        del result
                        if large:
                            pipeline.release_memory()
                        if progress:
                            progress(done, total, jobs[done - 1][1])
                    segments.commit(writer, tails, tiered_merge)
                except BaseException:
                    for tail in tails:
                        tail.cancel()
                    writer.cancel()
                    raise
            if rebuild is not None:
                self._swap_in(rebuild)
            if total or rebuild is not None:
                state.close()
                state = self._state(known if total else None)
                self._collect_files(state)
            # else nothing was written: the state read at the start is still the committed one
        report.passages = state.passage_count
        report.entities = state.name_index.entity_count()
        state.close()
        report.seconds = time.perf_counter() - started
        return report

    def optimize(self) -> OptimizeReport:
        """Merge every Whoosh segment into one (adds leave several; see MERGE_TIER_SEGMENTS).

        The content is unchanged, so the record file of the old generation is copied for the
        new one (with the new docnums) instead of being rebuilt. Raises IndexMissing or IndexBusy.
        """
        started = time.perf_counter()
        ix = self._open()
        before, has_deletions = _segments(ix)
        if before <= 1 and not has_deletions:
            return OptimizeReport(before, before, time.perf_counter() - started)
        state = self._state()
        names = state.doc_names()
        state.close()
        writer = self._writer(ix)
        try:
            writer.commit(optimize=True)
        except BaseException:
            writer.cancel()
            raise
        ix = self._open()
        generation = ix.latest_generation()
        with ix.searcher() as searcher:  # the records are the same; the docnums are not
            from index.ranking import Ranker

            owners = Ranker(searcher).owners(names)
        path = self._records_path(generation)
        records_mod.copy(state.path, path, generation=generation, owners=owners)
        self._drop_older_records(generation)
        return OptimizeReport(before, _segments(ix)[0], time.perf_counter() - started)

    def _swap_in(self, rebuild: Path) -> None:
        """Replace the Whoosh directory by a rebuilt one (and drop the old caches)."""
        retired = self.path / "whoosh.old"
        shutil.rmtree(retired, ignore_errors=True)
        os.replace(self.whoosh_dir, retired)
        os.replace(rebuild, self.whoosh_dir)
        shutil.rmtree(retired, ignore_errors=True)
        for cache in self.path.glob("cache-*.pickle"):
            cache.unlink(missing_ok=True)

    @staticmethod
    def _name_for(path: Path, taken: set[str]) -> str:
        name = path.name
        if name not in taken:
            return name
        return f"{path.parent.name}/{path.name}"

    @staticmethod
    def _one_by_one(jobs: Sequence[tuple[str, str]]) -> bool:
        """Whether ``_run_jobs`` reads the jobs one by one in this process (else in a pool)."""
        return (os.cpu_count() or 1) < 2 or len(jobs) < PARALLEL_MIN_FILES

    @staticmethod
    def _long_filing_here(jobs: Sequence[tuple[str, str]]) -> bool:
        """Whether ``_run_jobs`` reads a long filing in this process (its file at least
        ``pipeline.FACTS_APART_MIN_CHARS`` bytes)."""
        return Store._one_by_one(jobs) and _any_long(jobs)

    @staticmethod
    def _run_jobs(jobs: list[tuple[str, str]]) -> Iterator[Ingested | LoadError]:
        from index import pipeline

        cpus = os.cpu_count() or 1
        if Store._one_by_one(jobs):
            # One by one here; a large filing still reads its facts on a second core.
            large = cpus >= 2 and _any_long(jobs)
            with pipeline.FactsWorker() if large else contextlib.nullcontext() as facts_worker:
                for job in jobs:  # its facts are waited for once its passages are written
                    yield pipeline.ingest_job(job, facts_worker, wait=False)
            return
        workers = min(4, cpus)
        chunks = (jobs[i : i + POOL_CHUNK] for i in range(0, len(jobs), POOL_CHUNK))
        with pipeline.worker_pool(workers) as pool:
            for results in pipeline.bounded_map(
                pool, pipeline.ingest_jobs, chunks, POOL_TASKS_AHEAD * workers
            ):
                yield from results

    def _store_text(self, item: Ingested) -> DocRecord:
        """Store one filing's display text; returns its record, for ``_write_record``."""
        doc = item.document
        text_key = f"{item.sha256[:40]}-p{PARSER_VERSION}.txt.gz"
        text_path = self.path / "texts" / text_key
        if not text_path.exists():
            _atomic_write(text_path, item.stored_text())
        return DocRecord(
            name=doc.name,
            path=doc.path,
            sha256=item.sha256,
            parser_version=PARSER_VERSION,
            fmt=doc.fmt,
            passages=item.passage_count(),
            size=item.text_size(),
            meta=item.meta,
            text_key=text_key,
        )

    def _write_passages(
        self,
        writer: IndexWriter,
        item: Ingested,
        passages: Iterator[Passage],
        split: SplitFile | None = None,
    ) -> tuple[list[int], segments.TailSegment | None]:
        """Add one filing's passages to ``writer`` (in place of any it had), as ``passages``
        gives them: a long filing's passages, and their entity keys, go once written, while
        its facts may still be read in a second process. Once they are read, the last
        passages of a long filing (``split``: the file ``passages`` reads) may be handed to a
        process of their own (``segments.TailSegment``, returned: ``segments.commit`` lists
        its segment). Returns their lines (see ``passage_lines``), for the filing's doc
        record, and the tail."""
        name = item.document.name
        writer.delete_by_term("doc", name)
        fund_text = " ; ".join(item.meta.funds)
        fund_keys = ",".join(sorted({names.org_key(f) for f in item.meta.funds} - {""}))
        entity_keys = _passage_entity_keys(item.mentions)
        if split is not None:  # a long filing's names: not met again (see names.clear_caches)
            names.clear_caches()
        bounds: dict[int, tuple[int, int]] = {}
        tail: segments.TailSegment | None = None
        cut = split.passages if split is not None else -1
        check = segments.TAIL_CHECK_EVERY
        for i, p in enumerate(passages):
            bounds[p.ordinal] = (p.line_start, p.line_end)
            if (
                i % check == 0
                and tail is None
                and split is not None
                and self._tail_due(item, split.passages - i)
            ):
                cut = i + int((split.passages - i) * (1 - segments.TAIL_SHARE))
                tail = self._start_tail(writer, split, cut, name, fund_text, fund_keys, entity_keys)
            keys = entity_keys.pop(p.ordinal, "")
            if i < cut or tail is None:  # (the tail's are read here only for their lines)
                fields = segments.passage_fields(name, p, fund_text, fund_keys, keys)
                writer.add_document(**fields)
        return passage_lines(bounds), tail

    @staticmethod
    def _tail_due(item: Ingested, left: int) -> bool:
        """Whether to hand a long filing's passages from here on to a tail process: enough
        are left, and its facts are read (the second core is free)."""
        if left < segments.TAIL_MIN_PASSAGES:
            return False
        pending = item.pending_facts
        return pending is None or pending.done() or not segments.TAIL_AFTER_FACTS

    @staticmethod
    def _start_tail(
        writer: IndexWriter,
        split: SplitFile,
        cut: int,
        name: str,
        fund_text: str,
        fund_keys: str,
        entity_keys: dict[int, str],
    ) -> segments.TailSegment:
        """Start writing a long filing's passages from the ``cut``-th on in a tail process
        (which reads them from the split file: it is kept until then)."""
        split.retain()
        try:
            return segments.TailSegment(
                writer,
                split.name,
                split.place(cut),
                (name, fund_text, fund_keys),
                entity_keys,
                WRITER_POOL_MB,
                split.release,
            )
        except BaseException:
            split.release()
            raise

    def _write_record(
        self,
        writer: IndexWriter,
        record: DocRecord,
        item: Ingested,
        lines: Sequence[int],
        *,
        apart: bool = False,
        known: KnownItems | None = None,
    ) -> str | None:
        """Add one filing's doc record to ``writer``, once its passages are in. A long filing's
        facts are waited for only now (read meanwhile in a second process); when reading them
        failed, the filing is written without facts and with no content hash (so the next add
        reads it again), and the reason is returned. With ``apart`` (a long filing), its facts
        and mentions go into an items file of their own (``index.docitems``), written first,
        and into ``known`` (when given) under its name."""
        problem = None
        try:
            item = item.with_facts()
        except Exception as err:  # a parser bug costs this filing's facts, never the batch
            record = dataclasses.replace(record, sha256="")
            problem = (
                f"internal error while reading facts: {err!r}"[:300]
                + "; indexed without facts, read again by the next add"
            )
            item = dataclasses.replace(item, facts=(), pending_facts=None)
        items = None
        if apart:
            items = docitems.file_name(record.name, record.text_key, record.sha256)
            docitems.write(self.path / docitems.ITEMS_DIR / items, item.facts, item.mentions)
            if known is not None:
                known[items] = (item.facts, item.mentions)
        data = _doc_data(record, item, lines, items)
        writer.add_document(rtype="doc", doc=record.name, data=data)
        return problem

    def remove(self, names: Sequence[str]) -> tuple[list[str], list[str]]:
        """Remove documents by name; returns (removed, not found)."""
        ix = self._open()
        manifest = self.manifest()
        removed, missing = [], []
        writer = self._writer(ix)
        try:
            for name in names:
                if name in manifest:
                    writer.delete_by_term("doc", name)
                    removed.append(name)
                else:
                    missing.append(name)
            writer.commit(mergetype=tiered_merge)
        except BaseException:
            writer.cancel()
            raise
        state = self._state()
        self._collect_files(state)
        state.close()
        return removed, missing

    def _collect_files(self, state: Records) -> None:
        """Delete display texts and items files no committed filing refers to any more
        (``state``: the records of the committed generation)."""
        live = state.text_keys()
        for path in (self.path / "texts").glob("*.txt.gz"):
            if path.name not in live:
                path.unlink(missing_ok=True)
        found = list((self.path / docitems.ITEMS_DIR).glob("*.jsonl.gz"))
        if found:  # (most indexes have none: their filings' records are read only then)
            live = {docitems.file_name(d.name, d.text_key, d.sha256) for d in state.docs()}
            for path in found:
                if path.name not in live:
                    path.unlink(missing_ok=True)
