"""Answer benchmark: engine latency, throughput, open time and memory; `fundqa ask` cold start.

On the real-corpus index and on the scaled index it asks the questions of
``../shared/eval/dev.jsonl`` (doc-scoped when their scope is ``doc``, as ``fundqa eval`` does,
and every doc-scoped one once more corpus-wide), one after another through one ``Assistant``.
Then it times whole ``fundqa ask`` processes on an index of the bundled sample.

    python benchmarks/ingest.py --keep bench-data     # builds the indexes this reuses
    python benchmarks/answer.py
    python benchmarks/answer.py --index bench-data/index-corpus --skip-scaled --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import scaled  # noqa: E402
from ingest import PeakMemory, ensure_scaled, maxrss_bytes, run_child  # noqa: E402

DEFAULT_QUESTIONS = REPO.parent / "shared" / "eval" / "dev.jsonl"
SAMPLE_DIR = REPO / "index" / "sample"
COLD_QUESTION = "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
P95_TARGET_MS = 50.0  # per question, on the 10,000-filing index
COLD_START_TARGET_S = 1.0  # `fundqa ask` on the sample index, process start to answer
PROGRESS_EVERY = 50  # a progress line on stderr every this many questions
SLOWEST_SHOWN = 3  # the slowest questions are listed, to show where time goes


def load_questions(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scoped_doc(doc: str, names: set[str]) -> str | None:
    """The indexed filing a doc-scoped question targets; in a scaled index, a variant of it."""
    if doc in names:
        return doc
    m = scaled.EDGAR_NAME_RE.match(Path(doc).stem)
    prefix = f"{m.group(1)}_{m.group(2)}_" if m else None
    suffix = f"_{doc}"
    found = sorted(n for n in names if (n.startswith(prefix) if prefix else n.endswith(suffix)))
    return found[0] if found else None


def question_set(questions: list[dict], names: set[str]) -> list[tuple[str, str | None]]:
    """(question, doc) pairs: eval-style scoping, then each doc-scoped question corpus-wide."""
    scoped: list[tuple[str, str | None]] = []
    wide: list[tuple[str, str | None]] = []
    for q in questions:
        doc = scoped_doc(q["doc"], names) if q.get("scope") == "doc" and q.get("doc") else None
        if doc:
            scoped.append((q["question"], doc))
            wide.append((q["question"], None))
        else:
            wide.append((q["question"], None))
    return scoped + wide


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[rank]


def latency_stats(ms: list[float]) -> dict:
    return {
        "n": len(ms),
        "p50_ms": percentile(ms, 0.50),
        "p95_ms": percentile(ms, 0.95),
        "max_ms": max(ms, default=0.0),
    }


def measure(index_dir: Path, questions_path: Path) -> dict:
    """Open the index, then ask the whole question set once, timing each question."""
    from assistant.engine import Assistant
    from index.store import Store

    questions = load_questions(questions_path)
    with PeakMemory() as mem:
        started = time.perf_counter()
        snap = Store(index_dir).snapshot()
        assistant = Assistant(snapshot=snap)
        open_seconds = time.perf_counter() - started
        asked = question_set(questions, set(snap.docs))
        timings: dict[str, list[float]] = {"doc": [], "corpus": []}
        slowest: list[tuple[float, str, str | None]] = []
        answered = errors = 0
        started = time.perf_counter()
        for number, (question, doc) in enumerate(asked, 1):
            if number % PROGRESS_EVERY == 0:
                elapsed = time.perf_counter() - started
                print(
                    f"  ... {number}/{len(asked)} questions, {elapsed:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
            t0 = time.perf_counter()
            answer = assistant.ask(question, doc=doc)
            ms = (time.perf_counter() - t0) * 1000
            timings["doc" if doc else "corpus"].append(ms)
            slowest = sorted([*slowest, (ms, question, doc)], reverse=True)[:SLOWEST_SHOWN]
            answered += bool(answer.answered)
            errors += answer.error is not None
        batch_seconds = time.perf_counter() - started
        assistant.close()
    own, _ = maxrss_bytes()
    every = timings["doc"] + timings["corpus"]
    return {
        "index": str(index_dir),
        "filings": len(snap.docs),
        "open_seconds": open_seconds,
        "questions": len(asked),
        "answered": answered,
        "errors": errors,
        "all": latency_stats(every),
        "doc_scoped": latency_stats(timings["doc"]),
        "corpus_wide": latency_stats(timings["corpus"]),
        "questions_per_s": len(asked) / batch_seconds if batch_seconds else 0.0,
        "slowest": [{"ms": ms, "question": q, "doc": d} for ms, q, d in slowest],
        "peak_rss_mb": mem.peak / 1e6,
        "maxrss_mb": own / 1e6,
    }


def ensure_index(index_dir: Path, corpus: Path, *, given: bool) -> None:
    """Use an index named on the command line as it is; build (or rebuild) a default one.

    A default index left by an older parser version is rebuilt from scratch, since its Whoosh
    schema may predate the current one.
    """
    from index.loaders import discover
    from index.schema import PARSER_VERSION
    from index.store import Store

    store = Store(index_dir)
    if store.exists():
        manifest = store.manifest()
        current = all(rec.parser_version == PARSER_VERSION for rec in manifest.values())
        if given or (current and len(manifest) >= len(discover([corpus])[0])):
            return
        if not current:
            shutil.rmtree(index_dir)
    elif given:
        raise SystemExit(f"answer.py: no index at {index_dir}")
    print(f"building {index_dir} from {corpus} ...", file=sys.stderr, flush=True)
    report = store.add([corpus])
    if report.failed:
        print(f"  {len(report.failed)} files failed to index", file=sys.stderr)


def cold_start(runs: int) -> dict:
    """Wall time of whole `fundqa ask` processes on a fresh index of the bundled sample."""
    from index.store import Store

    script = Path(sys.executable).parent / "fundqa"
    with tempfile.TemporaryDirectory(prefix="fundqa-sample-") as tmp:
        Store(tmp).add([SAMPLE_DIR])
        env = {**os.environ, "FUNDQA_INDEX": tmp}
        ask: list[float] = []
        imports: list[float] = []
        answer_line = ""
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run(
                [str(script), "ask", COLD_QUESTION], env=env, capture_output=True, text=True
            )
            ask.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise RuntimeError(f"fundqa ask failed ({done.returncode}): {done.stderr.strip()}")
            answer_line = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import assistant.cli"], env=env, check=True)
            imports.append(time.perf_counter() - started)
    return {
        "runs": runs,
        "min_s": min(ask),
        "median_s": statistics.median(ask),
        "import_cli_median_s": statistics.median(imports),
        "answer": answer_line[:200],
    }


def _verdict(value: float, target: float) -> str:
    return "meets target" if value < target else "MISSES target"


def print_result(label: str, r: dict, target_p95: bool) -> None:
    print(f"== {label}: {r['filings']:,} filings ({r['index']})")
    print(f"  index open        {r['open_seconds'] * 1000:>9.0f} ms   (snapshot + Assistant)")
    counts = f"({r['answered']} answered, {r['errors']} errors)"
    print(f"  questions         {r['questions']:>9}   {counts}")
    for key, name in (("all", "all"), ("doc_scoped", "doc-scoped"), ("corpus_wide", "corpus-wide")):
        s = r[key]
        line = (
            f"  latency {name:<11} p50 {s['p50_ms']:7.1f} ms  p95 {s['p95_ms']:7.1f} ms  "
            f"max {s['max_ms']:7.1f} ms  (n={s['n']})"
        )
        if key == "all" and target_p95:
            verdict = _verdict(s["p95_ms"], P95_TARGET_MS)
            line += f"   p95 target < {P95_TARGET_MS:.0f} ms: {verdict}"
        print(line)
    print(f"  batch throughput  {r['questions_per_s']:>9.1f} questions/s")
    for slow in r["slowest"]:
        scope = f"doc={slow['doc']}" if slow["doc"] else "corpus-wide"
        print(f"  slow question     {slow['ms']:>9.0f} ms   {slow['question'][:60]!r} ({scope})")
    print(f"  peak memory       {r['peak_rss_mb']:>9.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--index", type=Path, help="index of the real corpus (default bench-data/index-corpus)"
    )
    parser.add_argument("--scaled-index", type=Path, help="index of the scaled corpus")
    parser.add_argument("--source", type=Path, default=scaled.DEFAULT_SOURCE, help="real filings")
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--count", type=int, default=10_000, help="scaled filings (default 10000)")
    parser.add_argument("--skip-scaled", action="store_true", help="only the real-corpus index")
    parser.add_argument("--runs", type=int, default=7, help="`fundqa ask` cold-start runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0

    out = scaled.DEFAULT_OUT
    targets: list[tuple[str, Path, bool]] = []
    corpus_index = args.index or out / "index-corpus"
    ensure_index(corpus_index, args.source, given=args.index is not None)
    targets.append(("corpus", corpus_index, False))
    if not args.skip_scaled:
        scaled_index = args.scaled_index or out / f"index-scaled-{args.count}"
        scaled_dir = out / f"scaled-{args.count}"
        if args.scaled_index is None:
            ensure_scaled(args.source, scaled_dir, args.count, 0)
        ensure_index(scaled_index, scaled_dir, given=args.scaled_index is not None)
        targets.append((f"scaled-{args.count}", scaled_index, True))

    results: dict[str, dict] = {}
    for label, index_dir, is_scaled in targets:
        results[label] = run_child(Path(__file__), index_dir, args.questions)
        if not args.json:
            print_result(label, results[label], is_scaled)
    cold = cold_start(args.runs)
    if args.json:
        machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
        print(json.dumps({"machine": machine, "results": results, "cold_start": cold}, indent=2))
        return 0
    print("== fundqa ask, process start to answer, sample index")
    print(
        f"  wall time         min {cold['min_s']:.2f} s  median {cold['median_s']:.2f} s  "
        f"(runs={cold['runs']})   target < {COLD_START_TARGET_S:.0f} s: "
        f"{_verdict(cold['median_s'], COLD_START_TARGET_S)}"
    )
    imports = cold["import_cli_median_s"]
    print(f"  of which imports  median {imports:.2f} s  (python -c 'import assistant.cli')")
    print(f"  answer            {cold['answer']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
