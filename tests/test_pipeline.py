"""The ingest pipeline's process pools: workers do not outlive the process that started them;
tasks are bounded; a large filing's facts read in a second process are the same facts."""

from __future__ import annotations

import gzip
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import psutil
import pytest

from index import facts, pipeline
from index.loaders import LoadError
from index.model import Passage

REPO = Path(__file__).resolve().parents[1]

# A parent that starts a pool of two workers, prints their process ids, then waits.
POOL_PARENT = textwrap.dedent(
    """
    import os, sys, time
    import psutil
    from index.pipeline import worker_pool
    pool = worker_pool(2, fresh=FRESH)
    list(pool.map(time.sleep, [0.2, 0.2]))
    print(" ".join(str(p.pid) for p in psutil.Process().children()), flush=True)
    time.sleep(60)
    """
)
# How long the test waits for the orphaned workers to go (they poll every half second).
WORKERS_GONE_SECONDS = 10.0


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.parametrize("fresh", [False, True])  # forked, or spawned (a tail segment's)
def test_pool_workers_exit_when_their_parent_is_killed(fresh: bool) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", POOL_PARENT.replace("FRESH", str(fresh))],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert workers and all(_alive(pid) for pid in workers)
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + WORKERS_GONE_SECONDS
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def test_bounded_map_gives_every_result_in_order_with_few_tasks_ahead() -> None:
    submitted: list[int] = []

    class Pool:  # records when each task is submitted; runs it at once
        def submit(self, fn, item):  # type: ignore[no-untyped-def]
            from concurrent.futures import Future

            submitted.append(item)
            future: Future = Future()
            future.set_result(fn(item))
            return future

    results = pipeline.bounded_map(Pool(), lambda n: n * n, range(10), window=3)  # type: ignore[arg-type]
    assert next(results) == 0
    assert submitted == [0, 1, 2, 3]  # the window, plus one submitted as the first is consumed
    assert list(results) == [n * n for n in range(1, 10)]


def test_a_large_filings_facts_read_apart_are_the_same(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    with pipeline.FactsWorker() as worker:
        apart = pipeline.ingest_file(seed_path, facts_worker=worker)
    assert apart.facts and unpacked(apart) == alone
    assert apart.document.text == "" and apart.text_size() == len(alone.document.text)


@pytest.mark.parametrize(
    ("share", "tasks"), [(0.0, ["submit"]), (0.5, ["submit_scan", "submit"])], ids=["facts", "scan"]
)
def test_a_long_filings_text_is_packed_once_the_second_process_has_its_tasks(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch, share: float, tasks: list[str]
) -> None:
    """The second process's facts (and its share of the scan, when it has one) read only the
    split file: they are handed over before the text is packed (which the second core need not
    wait for), and the packed text is the text all the same."""
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "SCAN_APART_SHARE", share)
    submitted: list[str] = []
    packed_after: list[list[str]] = []
    compress = gzip.compress

    def recording_compress(data: bytes, *args: object, **kwargs: object) -> bytes:
        packed_after.append(list(submitted))
        return compress(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.gzip, "compress", recording_compress)
    with pipeline.FactsWorker() as worker:
        for method in ("submit_scan", "submit"):
            real = getattr(worker, method)

            def recorded(*args: object, _real=real, _name=method, **kwargs: object) -> object:
                submitted.append(_name)
                return _real(*args, **kwargs)

            monkeypatch.setattr(worker, method, recorded)
        apart = pipeline.ingest_file(seed_path, facts_worker=worker)
    assert packed_after == [tasks]
    assert unpacked(apart) == alone


def test_each_long_filing_has_a_second_process_that_ends_with_its_facts(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    with pipeline.FactsWorker() as worker:
        started = _workers()
        first = pipeline.ingest_file(seed_path, facts_worker=worker)
        deadline = time.monotonic() + WORKERS_GONE_SECONDS
        while any(_alive(p.pid) for p in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert started and not [p.pid for p in started if _alive(p.pid)]
        second = pipeline.ingest_file(seed_path, facts_worker=worker)  # in a fresh process
    assert unpacked(first) == alone and unpacked(second) == alone


def _workers() -> list[psutil.Process]:
    """This process's children but multiprocessing's resource tracker (started with the first
    ``spawn`` of the session, e.g. a tail segment's process, it lives as long as this one)."""
    found = []
    for child in psutil.Process().children():
        try:
            if not any("resource_tracker" in part for part in child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


def unpacked(item: pipeline.Ingested) -> pipeline.Ingested:
    """A filing read apart with its packed display text put back in its document."""
    assert item.packed_text is not None
    text = gzip.decompress(item.packed_text).decode("utf-8")
    return replace(item, document=replace(item.document, text=text), packed_text=None)


def _broken_facts(*args: object, **kwargs: object) -> list:
    raise ValueError("a parser bug")


def test_the_split_sent_to_the_second_process_leaves_no_file_behind(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pipeline.FactsWorker() as worker:
        pending = pipeline.ingest_file(seed_path, facts_worker=worker, wait=False)
        assert pending.pending_facts is not None
        assert unpacked(pending.with_facts()) == alone
    monkeypatch.setattr(facts, "read_facts", _broken_facts)
    with pipeline.FactsWorker() as worker:  # started after the patch: its facts fail
        broken = pipeline.ingest_job((str(seed_path), seed_path.name), worker)
    assert isinstance(broken, LoadError) and "a parser bug" in broken.reason
    assert list(tmp_path.iterdir()) == []


def test_a_split_file_gives_its_passages_back_whole_or_a_chunk_at_a_time(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "SPLIT_CHUNK_PASSAGES", 3)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    split = pipeline.SplitFile.write(list(alone.sections), list(alone.passages), users=2)
    assert split.passages == len(alone.passages) > 3
    assert split.load() == (list(alone.sections), list(alone.passages))
    read = split.read()
    assert next(read) == alone.passages[0]  # read as they are asked for
    assert [next(read), *read] == list(alone.passages[1:])
    split.release()
    assert Path(split.name).exists()  # one user left
    split.release()
    assert list(tmp_path.iterdir()) == []


def test_a_large_filings_passages_are_written_from_its_split_file(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "SPLIT_CHUNK_PASSAGES", 4)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pipeline.FactsWorker() as worker:
        pending = pipeline.ingest_file(seed_path, facts_worker=worker, wait=False)
        assert pending.passages == () and pending.passage_count() == len(alone.passages)
        assert pending.mentions == alone.mentions and pending.sections == alone.sections
        assert list(pending.take_passages()) == list(alone.passages)
        done = pending.without_passages().with_facts()
        assert done.facts == alone.facts and done.passages == ()
    assert list(tmp_path.iterdir()) == []


def test_a_split_file_goes_when_the_facts_read_apart_fail(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = pipeline.ingest_file(seed_path)
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(facts, "read_facts", _broken_facts)
    with pipeline.FactsWorker() as worker:  # started after the patch: its facts fail
        pending = pipeline.ingest_file(seed_path, facts_worker=worker, wait=False)
        with pytest.raises(ValueError, match="a parser bug"):
            pending.with_facts()
        assert pending.mentions == alone.mentions
    assert list(tmp_path.iterdir()) == []


def test_a_facts_error_in_the_second_process_costs_one_file(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(facts, "read_facts", _broken_facts)
    with pipeline.FactsWorker() as worker:
        result = pipeline.ingest_job((str(seed_path), seed_path.name), worker)
    assert isinstance(result, LoadError) and "a parser bug" in result.reason


def _stored(store_path: Path) -> tuple[list, list, dict]:
    from index.store import Store

    snap = Store(store_path).snapshot()
    try:
        name = next(iter(snap.docs))
        return snap.passages(name), snap.facts_for_doc(name), snap.docs[name].meta
    finally:
        snap.close()


def test_a_large_filing_written_while_its_facts_are_read_is_the_same(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index.store import Store

    Store(tmp_path / "alone").add([seed_path])
    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    report = Store(tmp_path / "apart").add([seed_path])
    assert report.added == [seed_path.name] and not report.failed
    apart = _stored(tmp_path / "apart")
    assert apart[1] and apart == _stored(tmp_path / "alone")


def test_a_facts_error_after_the_passages_are_written_is_reported_and_read_again(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index.store import Store

    monkeypatch.setattr(pipeline, "FACTS_APART_MIN_CHARS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(facts, "read_facts", _broken_facts)
    store = Store(tmp_path / "ix")
    report = store.add([seed_path])
    assert [path for path, _ in report.failed] == [str(seed_path.resolve())]
    assert "a parser bug" in report.failed[0][1] and "read again" in report.failed[0][1]
    passages, found, _ = _stored(tmp_path / "ix")
    assert passages and not found  # searchable, without facts
    monkeypatch.undo()
    again = store.add([seed_path])
    assert again.updated == [seed_path.name] and not again.failed and again.passages
    assert _stored(tmp_path / "ix")[1]


def test_a_passage_pickles_as_a_call_of_its_constructor(seed_path: Path) -> None:
    """A split file's passages unpickle equal, each rebuilt by one constructor call (not the
    dataclass's own state setter, which reads the dataclass's fields per object)."""
    passages = list(pipeline.ingest_file(seed_path).passages)
    assert pickle.loads(pickle.dumps(passages, pickle.HIGHEST_PROTOCOL)) == passages
    made, args = passages[3].__reduce__()
    assert made is Passage and made(*args) == passages[3]
