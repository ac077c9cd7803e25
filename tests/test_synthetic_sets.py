"""The synthetic question sets of benchmarks/synthetic.py are well formed: every question asks a
filing of its own set, and an answerable one's gold answers are written in that filing's text
(as the loader reads it); an unanswerable one has none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluate import normalise
from index.loaders import load

SYNTHETIC = Path(__file__).parent / "data" / "synthetic"
SETS = ("fresh35", "fresh36", "fresh37", "fresh38")


@pytest.mark.parametrize("name", SETS)
def test_every_question_is_well_formed(name: str) -> None:
    rows = [json.loads(line) for line in (SYNTHETIC / f"{name}.jsonl").read_text().splitlines()]
    filings = {p.name: p for p in (SYNTHETIC / name).iterdir()}
    texts: dict[str, str] = {}
    assert len({r["id"] for r in rows}) == len(rows) >= 150
    assert {r["doc"] for r in rows} == set(filings)  # every filing is asked, none other
    for r in rows:
        assert r["scope"] == "doc" and r["question"].strip(), r["id"]
        assert bool(r["gold"]) == r["answerable"], r["id"]
        if r["doc"] not in texts:
            texts[r["doc"]] = normalise(load(filings[r["doc"]]).text)
        for gold in r["gold"]:
            assert normalise(gold) in texts[r["doc"]], (r["id"], gold)
