"""One file through the whole ingest pipeline: load, sections, metadata, entities, facts."""

from __future__ import annotations

import ctypes
import functools
import gzip
import hashlib
import itertools
import multiprocessing
import os
import pickle
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from index import entities, facts, loaders, metadata, names, sections
from index.collector import gc_paused
from index.model import DocMeta, Document, Fact, Mention, Passage, Section

T = TypeVar("T")
R = TypeVar("R")

# A document with at least this many characters of text is read on two cores (when the caller
# gives a second process): that process reads its facts (after scanning the last
# SCAN_APART_SHARE of it for mentions), while this one scans it and (with ``wait`` false)
# writes its passages to Whoosh. Below it, pickling the passages costs more than it saves.
FACTS_APART_MIN_CHARS = 1 << 20

# Share of a long document's mention scan done in the second process before its facts (the
# rest here, followed by the Whoosh writing); 0: all of it here, the facts started at once.
# Measured on synthetic 4 MB filings before the tail segment (``index.segments``): with varied
# names (Whoosh writing the longer side) 16.4 -> 14.4 s at 0.3; one filing repeated (its facts
# the longer side) about 0.8 s slower. 0.2 once this process ran without the cyclic collector.
# Now 0: the facts end sooner, and a tail then takes a larger part of the writing and of the
# commit than the scan took (varied 64 MB: see benchmarks/README.md, section (7)).
SCAN_APART_SHARE = 0.0

# gzip level of a filing's stored display text (the store writes it; a long filing's is
# compressed here, as soon as the text is no longer read, so that the text can go).
TEXT_GZIP_LEVEL = 5

# Passages pickled at a time into a long filing's split file (each chunk a pickle of its own,
# so that the passages can be read back one chunk at a time).
SPLIT_CHUNK_PASSAGES = 4096

# How often a pool worker checks that the process that started it is still alive (a worker
# of a killed `fundqa index add` lingers at most this long).
PARENT_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Ingested:
    """Everything the index keeps about one filing (a long one's facts possibly still being
    read in a second process: ``pending_facts``, until ``with_facts`` waits for them)."""

    document: Document
    sha256: str
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    meta: DocMeta
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    pending_facts: Future[list[Fact]] | None = field(default=None, compare=False)
    # a long filing's passages left in its split file (``passages`` is then empty: they are
    # read back one chunk at a time, see ``take_passages``)
    split: SplitFile | None = field(default=None, compare=False)
    # a long filing's display text, gzip-compressed UTF-8 (its ``document.text`` is then empty:
    # the text, as large as the file, is not kept while its mentions are read)
    packed_text: bytes | None = field(default=None, compare=False)
    text_chars: int = field(default=0, compare=False)  # characters of the packed text

    def text_size(self) -> int:
        """Characters of the filing's display text (also once it is packed)."""
        return self.text_chars if self.packed_text is not None else len(self.document.text)

    def stored_text(self) -> bytes:
        """The display text as the store keeps it: gzip-compressed UTF-8."""
        if self.packed_text is not None:
            return self.packed_text
        return gzip.compress(self.document.text.encode("utf-8"), compresslevel=TEXT_GZIP_LEVEL)

    def passage_count(self) -> int:
        """How many passages the filing has (also while they are left in its split file)."""
        return self.split.passages if self.split is not None else len(self.passages)

    def take_passages(self) -> Iterator[Passage]:
        """The filing's passages in order, each let go once the caller moves on (a long
        filing's read back from its split file a chunk at a time; the file goes once this and
        the facts are done with it). The caller drops its own reference to ``passages`` with
        ``without_passages``: the iterator holds none to this object."""
        if self.split is None:
            return _drained(list(self.passages))
        self.split.taken = True
        return _taken(self.split)

    def with_facts(self) -> Ingested:
        """This filing with its facts read (waits for the second process; raises what it
        raised) and, when its passages were left in its split file and not taken, with its
        passages read back (first: this process is then done with the file either way)."""
        item = self
        if item.split is not None and not item.split.taken:
            item = replace(item, passages=tuple(item.take_passages()), split=None)
        if item.pending_facts is not None:
            item = replace(item, facts=tuple(item.pending_facts.result()), pending_facts=None)
        return item

    def without_text(self) -> Ingested:
        """This filing without its text (once it is stored: a long filing's copy can go)."""
        return replace(self, document=replace(self.document, text=""), packed_text=None)

    def without_passages(self) -> Ingested:
        """This filing without its sections and passages (once they are in the Whoosh writer:
        a long filing's copies can go while its facts are still being read)."""
        return replace(self, sections=(), passages=(), split=None)


def _released_first(task: Future[R], split: SplitFile) -> Future[R]:
    """A future for the task's result that is set only once the task's use of the split file
    is released: whoever waits for the facts finds the file gone when it was the last user (a
    done callback of the task itself may run after its waiters wake)."""
    return released_first(task, split.release)


def released_first(task: Future[R], release: Callable[[], None]) -> Future[R]:
    """A future for the task's result that is set only once ``release`` has been called
    (a done callback of the task itself may run after its waiters wake)."""
    out: Future[R] = Future()

    def done(f: Future[R]) -> None:
        release()
        if f.cancelled():
            out.cancel()
            out.set_running_or_notify_cancel()
            return
        error = f.exception()
        if error is not None:
            out.set_exception(error)
        else:
            out.set_result(f.result())

    task.add_done_callback(done)
    return out


def _drained(passages: list[Passage]) -> Iterator[Passage]:
    passages.reverse()
    while passages:
        yield passages.pop()


def _taken(split: SplitFile) -> Iterator[Passage]:
    try:
        yield from split.read()
    finally:
        split.release()


class SplitFile:
    """A long filing's split pickled into a temporary file: its sections, then its passages a
    chunk at a time (SPLIT_CHUNK_PASSAGES), so that they can be read back whole (``load``) or
    streamed (``read``). Both processes read it; it is removed when the last of its ``users``
    lets it go (``release``): the facts process, and the writing of the passages."""

    def __init__(self, name: str, passages: int, users: int, chunks: Sequence[int] = ()) -> None:
        self.name = name
        self.passages = passages  # how many
        self.taken = False  # whether the passages were taken to be written (``take_passages``)
        self.chunks = tuple(chunks)  # where each chunk of passages starts in the file
        self._users = users
        self._lock = threading.Lock()

    @classmethod
    def write(cls, secs: list[Section], passages: list[Passage], users: int = 2) -> SplitFile:
        """Pickle a split into a new temporary file (written as it is pickled: no copy of the
        pickle in memory)."""
        fd, name = tempfile.mkstemp(prefix="fundqa-split-", suffix=".pickle")
        chunks: list[int] = []
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(secs, fh, pickle.HIGHEST_PROTOCOL)
                for start in range(0, len(passages), SPLIT_CHUNK_PASSAGES):
                    chunks.append(fh.tell())
                    chunk = passages[start : start + SPLIT_CHUNK_PASSAGES]
                    pickle.dump(chunk, fh, pickle.HIGHEST_PROTOCOL)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return cls(name, len(passages), users, chunks)

    def load(self) -> tuple[list[Section], list[Passage]]:
        """The sections and all the passages: read back, they lie together in memory (the
        splitter's line table, several times the text, leaves the passages it made scattered
        over mostly empty heap that cannot be handed back; a repeated 16 MB filing: 187 ->
        89 MB)."""
        return load_split(self.name)

    def read(self) -> Iterator[Passage]:
        """The passages in order, read a chunk at a time."""
        return read_passages(self.name)

    def place(self, index: int) -> tuple[int, int]:
        """Where to read the passages from the ``index``-th on (``segments.read_passages_from``):
        the file offset of its chunk, and how many passages of that chunk come before it."""
        chunk = index // SPLIT_CHUNK_PASSAGES
        return self.chunks[chunk], index - chunk * SPLIT_CHUNK_PASSAGES

    def retain(self) -> None:
        """One more user of the file (who calls ``release`` when done with it)."""
        with self._lock:
            self._users += 1

    def release(self) -> None:
        """One user is done with the file; the last one removes it."""
        with self._lock:
            self._users -= 1
            last = self._users == 0
        if last:
            self.remove()

    def remove(self) -> None:
        Path(self.name).unlink(missing_ok=True)


def load_split(name: str) -> tuple[list[Section], list[Passage]]:
    """The sections and passages of a split file (see ``SplitFile``)."""
    with open(name, "rb") as fh:
        secs = pickle.load(fh)
        passages: list[Passage] = []
        while fh.peek(1):
            passages += pickle.load(fh)
    return secs, passages


def read_passages(name: str) -> Iterator[Passage]:
    """The passages of a split file (see ``SplitFile``), read a chunk at a time."""
    with open(name, "rb") as fh:
        pickle.load(fh)  # the sections
        while fh.peek(1):
            yield from pickle.load(fh)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class FactsWorker:
    """A second process for the scan and the facts of long documents. The first starts at
    once, forked while the caller is still small (a forked process shares its parent's pages,
    and memory figures that sum the processes' resident sizes would count them twice). Each
    ends once it has sent a long filing's facts back (its scan runs in a process forked from it
    that ends with the scan): what the facts left in its heap (which cannot all be handed back)
    would otherwise stay beside the writing of the filing's doc record (varied 64 MB: the idle
    worker held 361 MB). The next long filing's process is started fresh
    (``spawn``: not forked from this process, by then much larger), when it is needed."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = worker_pool(1)
        self._pool.submit(os.getpid).result()
        self._ended: list[ProcessPoolExecutor] = []  # ending once their last task is done

    def _worker(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = worker_pool(1, fresh=True)
        return self._pool

    def submit(self, split: SplitFile, meta: DocMeta) -> Future[list[Fact]]:
        """Read the facts of a split pickled in a file (see ``SplitFile``; its use here ends
        once they are read); the process ends once they are sent back. The pickle goes through
        a file: the pool keeps a task's arguments until its result comes back, so passed as an
        argument it would stay here all that time."""
        pool = self._worker()
        found = _released_first(pool.submit(_facts_of_pickled, split.name, meta), split)
        self._pool = None
        pool.shutdown(wait=False)  # (its task still runs, and its result comes back)
        self._ended.append(pool)
        return found

    def submit_scan(
        self, split: SplitFile, skip: int, meta: DocMeta
    ) -> Future[entities.MentionScan]:
        """Scan a split's scan items after the first ``skip`` for mentions, in a process
        forked for it from the worker, which ends with the scan (``_in_fresh_process``): the
        worker's heap stays as small for the facts as it started (what the scan leaves in a
        heap cannot all be handed back: varied 64 MB, about 60 MB)."""
        return self._worker().submit(_in_fresh_process, _scan_apart, split.name, skip, meta)

    def __enter__(self) -> FactsWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        for pool in [*self._ended, *([self._pool] if self._pool is not None else [])]:
            pool.shutdown(cancel_futures=True)
        self._ended.clear()


def ingest_document(
    document: Document,
    sha256: str,
    facts_worker: FactsWorker | None = None,
    *,
    wait: bool = True,
) -> Ingested:
    """Run a loaded document through sectioning and extraction (a long one's facts in
    ``facts_worker``, when given, while this process reads its mentions; with ``wait`` false
    they are left pending, for the caller to write the passages meanwhile)."""
    secs, passages = sections.split(document)
    apart = facts_worker if len(document.text) >= FACTS_APART_MIN_CHARS else None
    split = SplitFile.write(secs, passages) if apart is not None else None
    try:
        if split is not None:
            del secs, passages
            release_memory()
            secs, passages = split.load()
        meta = metadata.extract(document, passages)
        pending: Future[list[Fact]] | None = None
        found: list[Fact] = []
        packed: bytes | None = None
        chars = len(document.text)
        if apart is not None and split is not None:
            # nothing reads the passages from here on: both processes read them from the
            # split file as they go (the scan's second pass and the writing here, one chunk
            # at a time)
            doc = passages[0].doc if passages else ""
            total = sum(1 for _ in entities.scan_items(passages))
            passages = []
            cut = total - int(total * SCAN_APART_SHARE)
            later = apart.submit_scan(split, cut, meta) if cut < total else None
            pending = apart.submit(split, meta)
            # nor the text: packed, it can go (when the caller keeps no reference:
            # ``ingest_file`` does not); packed once the second process has its tasks, which
            # read only the split file (varied 64 MB: they start 1.3 s sooner)
            packed = gzip.compress(document.text.encode("utf-8"), compresslevel=TEXT_GZIP_LEVEL)
            document = replace(document, text="")
            scan = entities.scan_mentions(
                itertools.islice(_split_items(split), cut), meta, keep_texts=False
            )
            if later is not None:
                scan.join(later.result())
            del later
            scan.source = functools.partial(_split_items, split)
            # the scan filled the caches of ``names`` with its names: room for the mentions
            names.clear_caches()
            mentions = scan.finish(doc) if total else []
            # the scan's state (its candidates, larger than the mentions) goes, and so do the
            # names the module-wide caches of ``names`` kept (full at 65,536 a function, spread
            # over the heap), and the heap with them: freed below memory still in use, glibc
            # would keep it beside the Whoosh writing that comes next (varied 64 MB: about
            # 50 MB, depending on layout)
            del scan
            names.clear_caches()
            release_memory()
            if wait:
                found, pending = pending.result(), None
        else:
            mentions = entities.extract_mentions(passages, meta)
            found = facts.extract_facts(passages, meta)
    except BaseException:
        if split is not None:  # (the second process may have removed it already)
            split.remove()
        raise
    item = Ingested(
        document,
        sha256,
        tuple(secs),
        tuple(passages),
        meta,
        tuple(mentions),
        tuple(found),
        pending,
        split,
        packed,
        chars,
    )
    return item.with_facts() if wait else item


def _split_items(split: SplitFile) -> Iterator[tuple[int, str]]:
    """A split file's scan items, read again (the mention scan's second pass)."""
    return entities.scan_items(split.read())


class _Relayed:
    """A task's result pickled in the process that made it, passed on unread: the worker
    that relays it hands the bytes on, and unpickling them in the caller gives the result."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __reduce__(self) -> tuple[Callable[[bytes], object], tuple[bytes]]:
        return pickle.loads, (self.data,)


def _in_fresh_process(fn: Callable[..., R], *args: object) -> R:
    """``fn(*args)`` in a child process forked for it, which exits once its result (or the
    exception it raised) is sent back through a pipe; the child exits with this process, as
    pool workers do (``exit_with_parent``). Typed as ``fn``'s result: what comes back is a
    ``_Relayed`` pickle of it, which the caller's unpickling of the task result turns into
    the result itself."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 1
        try:
            os.close(read_end)
            exit_with_parent()
            try:
                kind, data = b"r", pickle.dumps(fn(*args), pickle.HIGHEST_PROTOCOL)
            except BaseException as err:
                kind, data = b"e", pickle.dumps(err, pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(kind)
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as source:
            kind = source.read(1)
            data = source.read()
    finally:
        os.waitpid(pid, 0)
    if kind == b"e":
        raise pickle.loads(data)
    if kind != b"r":
        raise RuntimeError(f"the process reading {fn.__name__} ended without a result")
    return _Relayed(data)  # type: ignore[return-value]


def _facts_of_pickled(path: str, meta: DocMeta) -> list[Fact]:
    """Second-process entry point: the facts of the passages in a split file, read from it a
    chunk at a time in each of the facts' passes (never all in memory at once), without the
    cyclic garbage collector (see ``index.collector``; the process ends with them)."""
    with gc_paused():
        return facts.read_facts(functools.partial(read_passages, path), meta, forget_names=True)


def _scan_apart(path: str, skip: int, meta: DocMeta) -> entities.MentionScan:
    """Second-process entry point: scan a split file's scan items after the first ``skip``;
    the texts are not kept (the caller reads them again from the file), nor the table of
    shared strings sent back (the candidates sent share theirs all the same)."""
    items = itertools.islice(entities.scan_items(read_passages(path)), skip, None)
    with gc_paused():  # (see ``index.collector``; the process ends with the scan)
        scan = entities.scan_mentions(items, meta, keep_texts=False)
    scan.shared = {}
    return scan


def release_memory() -> None:
    """Give freed heap memory back to the operating system (glibc's malloc_trim; elsewhere
    nothing): after a long filing, what Python freed stays resident otherwise."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


def ingest_file(
    path: str | Path,
    name: str | None = None,
    facts_worker: FactsWorker | None = None,
    *,
    wait: bool = True,
) -> Ingested:
    """Load and process one file; raises loaders.LoadError for unreadable or hostile files."""
    path = Path(path)
    # the document is not kept in a variable here: a long one's text goes once it is packed
    return ingest_document(_loaded(path, name), file_hash(path), facts_worker, wait=wait)


def _loaded(path: Path, name: str | None) -> Document:
    document = loaders.load(path)
    if name is not None and name != document.name:
        document = replace(document, name=name)
    return document


def ingest_job(
    job: tuple[str, str], facts_worker: FactsWorker | None = None, *, wait: bool = True
) -> Ingested | loaders.LoadError:
    """Process-pool entry point: returns the error instead of raising it (an error in facts
    left pending comes from ``Ingested.with_facts``)."""
    path, name = job
    try:
        return ingest_file(path, name, facts_worker, wait=wait)
    except loaders.LoadError as err:
        return err
    except Exception as err:  # a parser bug must cost one file, never the batch
        return internal_error(path, err)


def internal_error(path: str, err: Exception) -> loaders.LoadError:
    """The one-line report of a parser bug in one file."""
    return loaders.LoadError(Path(path), f"internal error while parsing: {err!r}"[:300])


def ingest_jobs(jobs: list[tuple[str, str]]) -> list[Ingested | loaders.LoadError]:
    """Process-pool entry point for a chunk of files (one task amortises the pickling)."""
    return [ingest_job(job) for job in jobs]


def bounded_map(
    pool: ProcessPoolExecutor, fn: Callable[[T], R], items: Iterable[T], window: int
) -> Iterator[R]:
    """``pool.map(fn, items)`` with at most ``window`` tasks submitted and not yet consumed.

    ``ProcessPoolExecutor.map`` submits every task at once, so when the consumer is the slower
    side (the main process writing Whoosh) finished results pile up in its memory.
    """
    source = iter(items)
    pending: deque[Future[R]] = deque(
        pool.submit(fn, item) for item in itertools.islice(source, window)
    )
    try:
        while pending:
            future = pending.popleft()
            for item in itertools.islice(source, 1):
                pending.append(pool.submit(fn, item))
            yield future.result()
    finally:
        for future in pending:
            future.cancel()


def worker_pool(workers: int, *, fresh: bool = False) -> ProcessPoolExecutor:
    """A process pool whose workers exit when the process that started them dies; with
    ``fresh``, started as new interpreters (``spawn``) rather than forked from this process.

    A worker blocks on its task queue; when the parent is killed (kill -9) nothing closes that
    queue, so without a watch the workers would live on, re-parented, holding their memory.
    """
    context = multiprocessing.get_context("spawn") if fresh else None
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=exit_with_parent
    )


def exit_with_parent() -> None:
    """Pool-worker initializer: a daemon thread exits the process once its parent is gone
    (its parent process id changes when the parent dies and it is re-parented)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
