"""The index on disk: Whoosh segments, display texts and a per-generation cache.

Layout of an index directory::

    whoosh/            Whoosh segments (passage and doc records; one atomic commit per batch)
    texts/             display text of each filing, gzip, content-addressed (never rewritten)
    cache-<gen>.pickle metadata, facts and resolved entities for Whoosh generation <gen>

Readers open the latest committed Whoosh generation and the cache written for it (rebuilding
it from the doc records when a crash left it missing), so they always see one consistent
state: the old one or the new one, never a half-written one.
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import json
import math
import os
import pickle
import shutil
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from index import entities as entity_mod
from index.loaders import LoadError, discover
from index.model import DocMeta, Entity, Fact, Mention, Passage
from index.schema import PARSER_VERSION, build_schema

if TYPE_CHECKING:  # the pipeline (and its fact patterns) loads only when files are added
    import numpy as np

    from index.pipeline import Ingested
    from index.ranking import Ranker

# How long a second writer waits for the lock before giving up with a clear message.
WRITER_WAIT_SECONDS = 10.0
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

CACHE_VERSION = 1
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


def _fund_key(name: str) -> str:
    return entity_mod.org_key(name)


def _passage_entity_keys(mentions: Iterable[Mention]) -> dict[int, set[str]]:
    keys: dict[int, set[str]] = {}
    for m in mentions:
        if m.kind == "person":
            key = "person:" + entity_mod.person_key(m.name)
        elif m.kind in ("org", "fund", "trust"):
            key = m.kind + ":" + entity_mod.org_key(m.name)
        else:
            continue
        keys.setdefault(m.passage, set()).add(key)
    return keys


def _schema_current(ix: FileIndex) -> bool:
    """Whether an index was written with this release's schema (fields and columns)."""
    current = build_schema()
    if set(ix.schema.names()) != set(current.names()):
        return False
    return all(
        (ix.schema[name].column_type is None) == (current[name].column_type is None)
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


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a block builds many long-lived objects: the
    collector would walk them again and again (unpickling the cache of 10,000 filings takes
    0.26 s this way, 1.4 s otherwise)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _meta_from(data: dict) -> DocMeta:
    return DocMeta(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def _tuplify(value: object) -> object:
    if isinstance(value, list):
        return tuple(_tuplify(v) for v in value)
    return value


def _from_dict(cls: type, data: dict) -> object:
    return cls(**{k: _tuplify(v) for k, v in data.items()})


@dataclass
class Snapshot:
    """A consistent read-only view of the index at one Whoosh generation."""

    path: Path
    generation: int
    docs: dict[str, DocRecord]
    facts: list[Fact]
    entities: list[Entity]
    _ix: FileIndex | None = None
    _searcher: Searcher | None = None
    _texts: dict[str, str] = field(default_factory=dict)
    _passages: OrderedDict[str, list[Passage]] = field(default_factory=OrderedDict)
    _single: OrderedDict[tuple[str, int], Passage] = field(default_factory=OrderedDict)
    _ranker: Ranker | None = None
    _doc_owners: np.ndarray | None = None

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

    @property
    def doc_owners(self) -> np.ndarray:
        """For every Whoosh docnum, the position in ``docs`` of the filing it belongs to (-1
        for none)."""
        if self._doc_owners is None:
            self._doc_owners = self.ranker.owners(list(self.docs))
        return self._doc_owners

    def warm(self) -> None:
        """Read in what the first question would otherwise wait for.

        Whoosh opens a segment's postings, stored fields, columns and spelling graph on first
        use, copying each into memory (tens of milliseconds apiece on a large index); the
        ranker's field lengths are loaded once per snapshot too. Front ends call this while
        the index opens, so every question costs the same.
        """
        searcher = self.searcher
        ranker = self.ranker
        for name in ("text", "section"):
            ranker.lengths(name)
        first = next(iter(self.docs), None)
        if first is not None:  # the terms, postings and stored-fields files
            self.passage(first, 0)
        _ = self.doc_owners  # built now rather than by the first question that needs it
        with contextlib.suppress(Exception):  # an index without a spelling graph
            searcher.corrector("text").suggest("warm", limit=1, prefix=1)

    @property
    def passage_count(self) -> int:
        return sum(d.passages for d in self.docs.values())

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
        reader = self.searcher.reader()
        found: list[Passage] = []
        if reader.doc_frequency("doc", name):
            for docnum in reader.postings("doc", name).all_ids():
                fields = reader.stored_fields(docnum)
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
                fields = self.searcher.reader().stored_fields(int(numbers[ordinal]))
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
        """The passage covering a 1-based line, or the nearest one after it."""
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
            self._doc_owners = None


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

    def _open(self, *, mapped: bool = True) -> FileIndex:
        """The committed index. A snapshot opens it with ``mapped`` False: segment files are
        then read through the operating system's file cache instead of memory-mapped (whoosh3
        copies every memory-mapped segment file it opens into a BytesIO, so both the copy and
        the mapped pages are resident: 1,178 MB while answering at 10,000 filings, 435 MB
        without the mapping, latency unchanged)."""
        if not self.exists():
            raise IndexMissing(
                f"no index at {self.path}: add filings with `fundqa index add PATH...`"
            )
        return FileStorage(str(self.whoosh_dir), supports_mmap=mapped).open_index()

    # ------------------------------------------------------------------ reading
    def snapshot(self) -> Snapshot:
        ix = self._open(mapped=False)
        generation = ix.latest_generation()
        cache = self._load_cache(generation)
        if cache is None:
            cache = self._build_cache(ix, generation)
        docs, facts, ents = cache
        return Snapshot(self.path, generation, docs, facts, ents, _ix=ix)

    def _cache_path(self, generation: int) -> Path:
        return self.path / f"cache-{generation}.pickle"

    def _load_cache(self, generation: int) -> tuple | None:
        path = self._cache_path(generation)
        try:
            with path.open("rb") as fh, gc_paused():
                version, payload = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            return None
        return payload if version == (CACHE_VERSION, PARSER_VERSION) else None

    def _build_cache(self, ix: FileIndex, generation: int) -> tuple:
        with gc_paused():
            return self._build_cache_now(ix, generation)

    def _build_cache_now(self, ix: FileIndex, generation: int) -> tuple:
        docs: dict[str, DocRecord] = {}
        found: list[tuple[tuple, list[Fact], list[Mention]]] = []
        with ix.searcher() as searcher:
            for fields in searcher.documents(rtype="doc"):
                data = json.loads(fields["data"])
                record = DocRecord(**{**data["record"], "meta": _meta_from(data["record"]["meta"])})
                docs[record.name] = record
                found.append(
                    (
                        _walk_order(record.path),
                        [_from_dict(Fact, f) for f in data["facts"]],
                        [_from_dict(Mention, m) for m in data["mentions"]],
                    )
                )
        # Facts and mentions in the order a folder walk meets the filings, whatever segments
        # (merged by size tiers, not in the order they were written) hold their records.
        found.sort(key=lambda item: item[0])
        facts = [f for _, doc_facts, _ in found for f in doc_facts]
        mentions = [m for _, _, doc_mentions in found for m in doc_mentions]
        del found
        ents = entity_mod.resolve(mentions)
        payload = (dict(sorted(docs.items())), facts, ents)
        self._write_cache(generation, payload)
        return payload

    def _write_cache(self, generation: int, payload: tuple) -> None:
        """Save the cache of one generation and drop the others (best effort: a reader rebuilds
        a missing cache)."""
        with contextlib.suppress(OSError):
            _atomic_write(
                self._cache_path(generation),
                pickle.dumps(((CACHE_VERSION, PARSER_VERSION), payload), protocol=5),
            )
            for old in self.path.glob("cache-*.pickle"):
                if old.name != self._cache_path(generation).name:
                    old.unlink(missing_ok=True)

    # ------------------------------------------------------------------ writing
    def _writer(self, ix: FileIndex) -> IndexWriter:
        try:
            return ix.writer(timeout=WRITER_WAIT_SECONDS)
        except LockError:
            raise IndexBusy(
                f"the index at {self.path} is being written by another fundqa process; "
                "try again when it has finished"
            ) from None

    def _state(self, ix: FileIndex) -> tuple:
        """(docs, facts, entities) of the latest committed generation, from its cache."""
        generation = ix.latest_generation()
        return self._load_cache(generation) or self._build_cache(ix, generation)

    def manifest(self) -> dict[str, DocRecord]:
        if not self.exists():
            return {}
        return self._state(self._open())[0]

    def add(self, paths: Sequence[str | Path], progress: ProgressFn | None = None) -> AddReport:
        """Add or update files and folders; unchanged files (same hash and parser) are skipped."""
        from index import pipeline

        started = time.perf_counter()
        report = AddReport()
        files, errors = discover(paths)
        report.failed.extend((str(e.path), e.reason) for e in errors)
        ix = self._open_or_create()
        state = self._state(ix)
        manifest = state[0]
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
        if total:
            writer = self._writer(ix)
            done = 0
            try:
                for result in self._run_jobs(jobs):
                    done += 1
                    if isinstance(result, LoadError):
                        report.failed.append((str(result.path), result.reason))
                    else:
                        name = result.document.name
                        (report.updated if name in manifest else report.added).append(name)
                        self._write_one(writer, result)
                        if done % COMMIT_EVERY_FILES == 0:
                            writer.commit(mergetype=tiered_merge)
                            writer = self._writer(ix)
                    if progress:
                        progress(done, total, jobs[done - 1][1])
                writer.commit(mergetype=tiered_merge)
            except BaseException:
                writer.cancel()
                raise
        if rebuild is not None:
            self._swap_in(rebuild)
        if total or rebuild is not None:
            snap = self.snapshot()
            docs, entities = snap.docs, snap.entities
            snap.close()
            self._collect_texts(docs)
        else:  # nothing written: the state read at the start is still the committed one
            docs, entities = state[0], state[2]
        report.passages = sum(d.passages for d in docs.values())
        report.entities = len(entities)
        report.seconds = time.perf_counter() - started
        return report

    def optimize(self) -> OptimizeReport:
        """Merge every Whoosh segment into one (adds leave several; see MERGE_TIER_SEGMENTS).

        The content is unchanged, so the cache of the old generation is saved again for the
        new one instead of being rebuilt. Raises IndexMissing or IndexBusy.
        """
        started = time.perf_counter()
        ix = self._open()
        before, has_deletions = _segments(ix)
        if before <= 1 and not has_deletions:
            return OptimizeReport(before, before, time.perf_counter() - started)
        state = self._state(ix)
        writer = self._writer(ix)
        try:
            writer.commit(optimize=True)
        except BaseException:
            writer.cancel()
            raise
        ix = self._open()
        self._write_cache(ix.latest_generation(), state)
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
    def _run_jobs(jobs: list[tuple[str, str]]) -> Iterator[Ingested | LoadError]:
        from index import pipeline

        if len(jobs) < PARALLEL_MIN_FILES or (os.cpu_count() or 1) < 2:
            for job in jobs:
                yield pipeline.ingest_job(job)
            return
        with pipeline.worker_pool(min(4, os.cpu_count() or 2)) as pool:
            yield from pool.map(pipeline.ingest_job, jobs, chunksize=POOL_CHUNK)

    def _write_one(self, writer: IndexWriter, item: Ingested) -> None:
        doc = item.document
        text_key = f"{item.sha256[:40]}-p{PARSER_VERSION}.txt.gz"
        text_path = self.path / "texts" / text_key
        if not text_path.exists():
            _atomic_write(text_path, gzip.compress(doc.text.encode("utf-8"), compresslevel=5))
        record = DocRecord(
            name=doc.name,
            path=doc.path,
            sha256=item.sha256,
            parser_version=PARSER_VERSION,
            fmt=doc.fmt,
            passages=len(item.passages),
            size=len(doc.text),
            meta=item.meta,
            text_key=text_key,
        )
        writer.delete_by_term("doc", doc.name)
        fund_text = " ; ".join(item.meta.funds)
        fund_keys = ",".join(sorted({_fund_key(f) for f in item.meta.funds} - {""}))
        entity_keys = _passage_entity_keys(item.mentions)
        for p in item.passages:
            writer.add_document(
                rtype="passage",
                doc=doc.name,
                ordinal=p.ordinal,
                section=p.section_label,
                text=p.text,
                funds=fund_text,
                fundkeys=fund_keys,
                entities=",".join(sorted(entity_keys.get(p.ordinal, ()))),
                pkind=p.kind,
                line_start=p.line_start,
                line_end=p.line_end,
                char_start=p.char_start,
                char_end=p.char_end,
            )
        data = {
            "record": asdict(record),
            "facts": [asdict(f) for f in item.facts],
            "mentions": [asdict(m) for m in item.mentions],
        }
        writer.add_document(rtype="doc", doc=doc.name, data=json.dumps(data))

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
        snap = self.snapshot()
        snap.close()
        self._collect_texts(snap.docs)
        return removed, missing

    def _collect_texts(self, docs: dict[str, DocRecord]) -> None:
        """Delete display texts no committed document (of ``docs``) refers to any more."""
        live = {rec.text_key for rec in docs.values()}
        for path in (self.path / "texts").glob("*.txt.gz"):
            if path.name not in live:
                path.unlink(missing_ok=True)
