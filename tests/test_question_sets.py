"""The extra question sets that measure wording and unseen questions (benchmarks/quality.py):
well formed, and drawn only from filings whose every evaluation question is in the tuning part,
so that the check part stays unlooked at."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
# The sets only measured, never read (their filings are half B's).
ONLY_MEASURED = frozenset(f"tune-fresh{n}.jsonl" for n in (5, 12, 17, 19, 22, 23, 28, 31, 34))
# Every extra question set (tests/data/tune-*.jsonl).
SETS = tuple(sorted(p.name for p in DATA.glob("tune-*.jsonl")))
# The seventh set asks 31 filings of the check part (found 2026-12-07, after it had been studied
# since 2026-12-06): benchmarks/quality.py prints the check part without its filings too. No
# other set may.
ON_CHECK_FILINGS = frozenset({"tune-fresh7.jsonl"})


def read(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", SETS)
def test_every_question_is_well_formed(name: str) -> None:
    rows = read(name)
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["scope"] in ("doc", "corpus") and r["question"].strip(), r["id"]
        assert bool(r["gold"]) == r["answerable"], r["id"]


@pytest.mark.parametrize("name", [s for s in SETS if s not in ON_CHECK_FILINGS])
def test_only_tuning_filings_are_asked(shared_dir: Path, name: str) -> None:
    parts = {
        line.split("\t")[0]: line.split("\t")[2]
        for line in (DATA / "eval-split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    }
    docs_in_check = {
        q["doc"]
        for f in ("dev.jsonl", "dev-b.jsonl")
        for q in map(json.loads, (shared_dir / "eval" / f).read_text(encoding="utf-8").splitlines())
        if parts[q["id"]] == "check"
    }
    asked = {r["doc"] for r in read(name)}
    assert not asked & docs_in_check, sorted(asked & docs_in_check)


def test_the_studied_and_the_measured_sets_ask_different_filings() -> None:
    """The fourth and sixth sets (studied) ask only filings of half A and the fifth (only
    measured) only filings of half B, by the CRC-32 split the third set's halves use: what is
    learnt from the one never touches the filings the other measures."""
    half = {d: zlib.crc32(d.encode()) % 2 for d in {r["doc"] for s in SETS for r in read(s)}}
    assert {half[r["doc"]] for r in read("tune-fresh4.jsonl")} == {0}
    assert {half[r["doc"]] for r in read("tune-fresh5.jsonl")} == {1}
    assert {half[r["doc"]] for r in read("tune-fresh6.jsonl")} == {0}
    # and every later set: the only-measured ones half B, the studied ones half A
    later = [s for s in SETS if s.removeprefix("tune-fresh").removesuffix(".jsonl").isdigit()]
    for name in later:
        if int(name.removeprefix("tune-fresh").removesuffix(".jsonl")) < 4:
            continue
        want = {1} if name in ONLY_MEASURED else {0}
        assert {half[r["doc"]] for r in read(name)} == want, name
