"""Ingest benchmark: index the real corpus and a scaled corpus into fresh indexes.

For each corpus it prints files, files/s, MB/s, passages, entities, facts, peak memory
(main process plus its worker processes), index size on disk and the time of a no-change
re-run (every file skipped by hash). Each corpus is measured in its own child process so
that its peak memory is its own.

    python benchmarks/ingest.py                      # ../shared/corpus, then 10,000 scaled filings
    python benchmarks/ingest.py --count 2000 --json
    python benchmarks/ingest.py --skip-scaled --keep bench-data/indexes
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import scaled  # noqa: E402

# How often the memory sampler reads the RSS of the process tree.
SAMPLE_SECONDS = 0.05
# A progress line on stderr every this many files (long runs take half an hour).
PROGRESS_EVERY = 500


class PeakMemory:
    """Samples the summed RSS of this process and all its descendants; keeps the peak."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self.peak = current_tree_rss()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, current_tree_rss())


def current_tree_rss() -> int:
    """Bytes resident in this process and its live children (0 when psutil is missing)."""
    try:
        import psutil
    except ImportError:
        return 0
    me = psutil.Process()
    total = 0
    for proc in (me, *me.children(recursive=True)):
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            continue
    return total


def maxrss_bytes() -> tuple[int, int]:
    """getrusage high-water marks: this process, and the largest finished child."""
    import resource

    scale = 1 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, kids


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(corpus: Path, index_dir: Path) -> dict:
    """Index ``corpus`` into ``index_dir`` (expected empty), then re-run it unchanged."""
    from index.loaders import discover
    from index.store import Store

    files, _ = discover([corpus])
    size = sum(p.stat().st_size for p in files)
    store = Store(index_dir)
    with PeakMemory() as mem:
        started = time.perf_counter()
        report = store.add([corpus], progress=_progress(started))
        seconds = time.perf_counter() - started
    snap = store.snapshot()
    facts = snap.fact_count
    snap.close()
    started = time.perf_counter()
    rerun = store.add([corpus])
    rerun_seconds = time.perf_counter() - started
    own, kids = maxrss_bytes()
    return {
        "corpus": str(corpus),
        "files": len(files),
        "mb": size / 1e6,
        "seconds": seconds,
        "files_per_s": len(files) / seconds if seconds else 0.0,
        "mb_per_s": size / 1e6 / seconds if seconds else 0.0,
        "added": len(report.added),
        "failed": len(report.failed),
        "failures": [f"{path}: {reason}" for path, reason in report.failed[:10]],
        "passages": report.passages,
        "entities": report.entities,
        "facts": facts,
        "peak_rss_mb": mem.peak / 1e6,
        "maxrss_main_mb": own / 1e6,
        "maxrss_worker_mb": kids / 1e6,
        "index_mb": dir_size(index_dir) / 1e6,
        "rerun_seconds": rerun_seconds,
        "rerun_skipped": len(rerun.skipped),
    }


def _progress(started: float) -> Callable[[int, int, str], None]:
    def tick(done: int, total: int, name: str) -> None:
        if done % PROGRESS_EVERY == 0 or done == total:
            elapsed = time.perf_counter() - started
            print(f"  ... {done:,}/{total:,} files, {elapsed:.0f} s", file=sys.stderr, flush=True)

    return tick


def run_child(script: Path, *args: Path) -> dict:
    """Run ``script --measure ARGS`` in a fresh interpreter, so its memory figures are its own;
    its last line of output is the JSON of what it measured."""
    cmd = [sys.executable, str(script.resolve()), "--measure", *(str(a) for a in args)]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{script.name}: measuring {args[0]} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def ensure_scaled(source: Path, out: Path, count: int, seed: int) -> float:
    """Generate the scaled corpus unless ``out`` already holds exactly ``count`` generated files."""
    listing = out / scaled.LISTING
    if listing.exists():
        names = [n for n in listing.read_text(encoding="utf-8").split("\n") if n]
        if len(names) == count and all((out / n).exists() for n in names):
            return 0.0
    started = time.perf_counter()
    scaled.generate(source, out, count, seed)
    return time.perf_counter() - started


def print_result(label: str, r: dict) -> None:
    print(f"== {label}: {r['corpus']}")
    print(f"  files            {r['files']:>10,}   ({r['mb']:.1f} MB; {r['failed']} failed)")
    print(f"  time             {r['seconds']:>10.1f} s")
    print(f"  throughput       {r['files_per_s']:>10.1f} files/s   {r['mb_per_s']:.2f} MB/s")
    print(f"  passages         {r['passages']:>10,}")
    print(f"  entities         {r['entities']:>10,}")
    print(f"  facts            {r['facts']:>10,}")
    print(
        f"  peak memory      {r['peak_rss_mb']:>10.0f} MB   (main + workers, sampled; "
        f"maxrss main {r['maxrss_main_mb']:.0f} MB, largest worker {r['maxrss_worker_mb']:.0f} MB)"
    )
    print(f"  index size       {r['index_mb']:>10.1f} MB")
    print(f"  no-change re-run {r['rerun_seconds']:>10.2f} s   ({r['rerun_skipped']:,} skipped)")
    for line in r["failures"]:
        print(f"  failed: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=scaled.DEFAULT_SOURCE, help="real filings")
    parser.add_argument("--count", type=int, default=10_000, help="scaled filings (default 10000)")
    parser.add_argument(
        "--scaled-dir", type=Path, help="where the scaled corpus is (generated if missing)"
    )
    parser.add_argument("--skip-scaled", action="store_true", help="only the real corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the indexes under DIR")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0

    runs: list[tuple[str, Path]] = [("corpus", args.source)]
    generated = 0.0
    if not args.skip_scaled:
        out = args.scaled_dir or scaled.DEFAULT_OUT / f"scaled-{args.count}"
        generated = ensure_scaled(args.source, out, args.count, args.seed)
        runs.append((f"scaled-{args.count}", out))

    results: dict[str, dict] = {}
    workdir = Path(tempfile.mkdtemp(prefix="fundqa-bench-"))
    try:
        for label, corpus in runs:
            index_dir = (args.keep / f"index-{label}") if args.keep else workdir / label
            if index_dir.exists():
                shutil.rmtree(index_dir)
            results[label] = run_child(Path(__file__), corpus, index_dir)
            if not args.json:
                print_result(label, results[label])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    meta = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "generate_seconds": generated}
    if args.json:
        print(json.dumps({"machine": meta, "results": results}, indent=2))
    elif generated:
        print(f"(scaled corpus generated in {generated:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
