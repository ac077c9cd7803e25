"""One file through the whole ingest pipeline: load, sections, metadata, entities, facts."""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from index import entities, facts, loaders, metadata, sections
from index.model import DocMeta, Document, Fact, Mention, Passage, Section

T = TypeVar("T")
R = TypeVar("R")

# How often a pool worker checks that the process that started it is still alive (a worker
# of a killed `fundqa index add` lingers at most this long).
PARENT_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Ingested:
    """Everything the index keeps about one filing."""

    document: Document
    sha256: str
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    meta: DocMeta
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ingest_document(document: Document, sha256: str) -> Ingested:
    """Run a loaded document through sectioning and extraction."""
    secs, passages = sections.split(document)
    meta = metadata.extract(document, passages)
    mentions = entities.extract_mentions(passages, meta)
    found = facts.extract_facts(passages, meta)
    return Ingested(
        document, sha256, tuple(secs), tuple(passages), meta, tuple(mentions), tuple(found)
    )


def ingest_file(path: str | Path, name: str | None = None) -> Ingested:
    """Load and process one file; raises loaders.LoadError for unreadable or hostile files."""
    path = Path(path)
    document = loaders.load(path)
    if name is not None and name != document.name:
        document = replace(document, name=name)
    return ingest_document(document, file_hash(path))


def ingest_job(job: tuple[str, str]) -> Ingested | loaders.LoadError:
    """Process-pool entry point: returns the error instead of raising it."""
    path, name = job
    try:
        return ingest_file(path, name)
    except loaders.LoadError as err:
        return err
    except Exception as err:  # a parser bug must cost one file, never the batch
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


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers exit when the process that started them dies.

    A worker blocks on its task queue; when the parent is killed (kill -9) nothing closes that
    queue, so without a watch the workers would live on, re-parented, holding their memory.
    """
    return ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent)


def exit_with_parent() -> None:
    """Pool-worker initializer: a daemon thread exits the process once its parent is gone
    (its parent process id changes when the parent dies and it is re-parented)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
