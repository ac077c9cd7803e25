"""Large-filing benchmark: one big filing at a time, from 1 to 64 MB, into a fresh index.

Synthetic text filings of each size come in two kinds: ``repeated`` (the seed filing over and
over, so every person, fund and date recurs tens of thousands of times) and ``varied`` (scaled
variants of the real text filings one after another, so names keep changing). The largest
real filings of the corpus are measured too. For each filing it prints the wall time of
``Store.add`` (load, sections, metadata, entities, facts, Whoosh writing, the entity cache),
MB/s, seconds per MB, passages and the peak memory of the indexing process, each filing in its
own child process.

    python benchmarks/large.py                           # 1, 4, 16, 64 MB, both kinds, real
    python benchmarks/large.py --sizes 1 4 16 --kinds repeated
    python benchmarks/large.py --real 3 --json

Targets (issue 9): seconds per MB flat within 1.5x from 1 to 64 MB; at least 0.5 MB/s for
large text filings; 64 MB in under 3 minutes with peak memory under 10x its size.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import scaled  # noqa: E402
from ingest import PeakMemory, dir_size, run_child  # noqa: E402

MB = 1 << 20
DEFAULT_SIZES = (1, 4, 16, 64)
KINDS = ("repeated", "varied")
SEED_NAME = "000_c14adad2a05aec02.txt"
# How many of the corpus's largest filings to measure besides the synthetic ones.
DEFAULT_REAL = 2


def text_sources(corpus: Path) -> list[Path]:
    """The real plain-text filings (the seed first): what synthetic filings are made of."""
    found = [p for p in scaled.source_files(corpus) if p.suffix.lower() == ".txt"]
    return sorted(found, key=lambda p: (p.name != SEED_NAME, str(p)))


def synthetic_text(kind: str, size: int, corpus: Path, seed: int = 0) -> str:
    """About ``size`` bytes of filing text: the seed repeated, or varied copies of all text
    sources (new names, dates and amounts in every copy)."""
    sources = text_sources(corpus)
    parts: list[str] = []
    total = 0
    if kind == "repeated":
        block = sources[0].read_text(encoding="utf-8") + "\n\n"
        count = size // len(block.encode()) + 1
        return block * count
    templates = [scaled.build_template(p) for p in sources]
    rng = random.Random(seed)
    number = 0
    while total < size:
        template = templates[number % len(templates)]
        _, text = scaled.render(template, rng, number)
        parts.append(text + "\n\n")
        total += len(parts[-1].encode())
        number += 1
    return "".join(parts)


def largest_real(corpus: Path, count: int) -> list[Path]:
    files = scaled.source_files(corpus)
    return sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:count]


def measure(path: Path, index_dir: Path) -> dict:
    """Index one filing into ``index_dir`` (expected absent); wall time and peak memory."""
    from index.store import Store

    store = Store(index_dir)
    with PeakMemory() as mem:
        started = time.perf_counter()
        report = store.add([path])
        seconds = time.perf_counter() - started
    size = path.stat().st_size
    return {
        "file": str(path),
        "mb": size / MB,
        "seconds": seconds,
        "mb_per_s": size / MB / seconds if seconds else 0.0,
        "s_per_mb": seconds / (size / MB) if size else 0.0,
        "passages": report.passages,
        "entities": report.entities,
        "failed": [f"{p}: {reason}" for p, reason in report.failed],
        "peak_rss_mb": mem.peak / MB,
        "peak_x_size": mem.peak / size if size else 0.0,
        "index_mb": dir_size(index_dir) / MB,
    }


def print_row(label: str, r: dict) -> None:
    print(
        f"{label:<22} {r['mb']:>7.1f} MB {r['seconds']:>8.1f} s {r['mb_per_s']:>6.2f} MB/s "
        f"{r['s_per_mb']:>6.2f} s/MB {r['passages']:>9,} passages "
        f"{r['peak_rss_mb']:>7.0f} MB peak ({r['peak_x_size']:.1f}x size)",
        flush=True,
    )
    for line in r["failed"]:
        print(f"  failed: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=scaled.DEFAULT_SOURCE, help="real filings")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(DEFAULT_SIZES), help="MB")
    parser.add_argument("--kinds", nargs="*", choices=KINDS, default=list(KINDS))
    parser.add_argument("--real", type=int, default=DEFAULT_REAL, help="largest real filings")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0

    results: dict[str, dict] = {}
    workdir = Path(tempfile.mkdtemp(prefix="fundqa-large-"))
    try:
        runs: list[tuple[str, Path]] = []
        for kind in args.kinds:
            for size in args.sizes:
                path = workdir / f"{kind}-{size}mb.txt"
                path.write_text(synthetic_text(kind, size * MB, args.source), encoding="utf-8")
                runs.append((f"{kind} {size} MB", path))
        runs += [(f"real {p.name[:17]}", p) for p in largest_real(args.source, args.real)]
        for label, path in runs:
            index_dir = workdir / "index"
            shutil.rmtree(index_dir, ignore_errors=True)
            results[label] = run_child(Path(__file__), path, index_dir)
            if not args.json:
                print_row(label, results[label])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for kind in args.kinds:
            per_mb = [results[f"{kind} {s} MB"]["s_per_mb"] for s in args.sizes]
            if len(per_mb) > 1 and min(per_mb):
                print(f"{kind}: s/MB largest over smallest {per_mb[-1] / per_mb[0]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
