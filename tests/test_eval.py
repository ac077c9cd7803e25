"""`fundqa eval` on the development questions: the issue's quality targets, scored by the rules."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.answer import Answer, Citation
from assistant.cli import cli
from assistant.evaluate import GoldQuestion, judge, normalise


def gold(**kw: object) -> GoldQuestion:
    base = dict(
        id="x",
        doc="d",
        scope="doc",
        question="q",
        answerable=True,
        type="t",
        gold=("Marian U. Pardo",),
        evidence="Since September 2001",
    )
    base.update(kw)
    return GoldQuestion(**base)  # type: ignore[arg-type]


def cite(text: str) -> Citation:
    return Citation(1, "d", None, "", 1, 1, 0, 1, text)


def test_normalise_follows_the_scoring_rules() -> None:
    assert normalise("  “Quoted” –\u200b text | cell\n") == '"quoted" - text cell'


def test_judge_outcomes() -> None:
    ok = Answer("q", True, "Marian U. Pardo [1]", citations=(cite("since september 2001, x"),))
    assert judge(gold(), ok) == ("correct", True)
    assert judge(gold(), Answer("q", True, "Steven J. Rich [1]")) == ("wrong", False)
    assert judge(gold(), Answer("q", False, "not found")) == ("refused", False)
    long = Answer("q", True, "Marian U. Pardo " + "x" * 400)
    assert judge(gold(), long)[0] == "wrong"
    assert judge(gold(answerable=False), Answer("q", False, "no")) == ("correct", False)
    assert judge(gold(answerable=False), ok)[0] == "wrong"


SPLIT = Path(__file__).parent / "data" / "eval-split.tsv"


def check_part(shared_dir: Path, out: Path) -> Path:
    """The development questions of the fund families held out from tuning, as one gold file
    (plus the seed filing's questions, which must all be right)."""
    part = {qid: p for qid, _, p in (ln.split("\t") for ln in SPLIT.read_text().splitlines()[1:])}
    lines = [
        line
        for gold in sorted((shared_dir / "eval").glob("*.jsonl"))
        for line in gold.read_text(encoding="utf-8").splitlines()
        if line.strip() and part.get(json.loads(line)["id"]) == "check"
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def run_eval(gold: Path, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["eval", str(gold), *args, "--format", "json"])
    assert result.exit_code == 0, result.output[-2000:]
    return json.loads(result.stdout)


def test_split_keeps_families_whole_and_holds_a_third(shared_dir: Path) -> None:
    rows = [ln.split("\t") for ln in SPLIT.read_text().splitlines()[1:]]
    parts_of: dict[str, set[str]] = {}
    for _, family, part in rows:
        parts_of.setdefault(family, set()).add(part)
    assert all(len(parts) == 1 for parts in parts_of.values())
    share = sum(part == "check" for _, _, part in rows) / len(rows)
    assert 0.3 <= share <= 0.4
    asked = {
        json.loads(line)["id"]
        for gold in (shared_dir / "eval").glob("*.jsonl")
        for line in gold.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert asked == {qid for qid, _, _ in rows}


def test_check_part_scores(shared_dir: Path, tmp_path: Path) -> None:
    """Scored on the families never studied while tuning. The issue's targets (accuracy 85%,
    wrong 3%) are not reached yet; these floors are today's figures, so that a change that
    makes answers worse on unseen families fails here."""
    data = run_eval(
        check_part(shared_dir, tmp_path / "check.jsonl"),
        "--corpus",
        str(shared_dir / "corpus"),
        "--index",
        str(tmp_path / "ix"),
    )
    assert data["wrong_rate"] <= 0.03
    assert data["accuracy"] >= 0.76
    # (94.1% since a question went from wrong to correct with citations that hold its values
    # but not the gold's evidence span)
    assert data["cited_share"] >= 0.94


def test_seed_questions_are_all_right(shared_dir: Path, seed_path: Path, tmp_path: Path) -> None:
    seed = tmp_path / "seed.jsonl"
    seed.write_text(
        "".join(
            line + "\n"
            for line in (shared_dir / "eval" / "dev.jsonl").read_text().splitlines()
            if line.startswith('{"id": "seed')
        )
    )
    data = run_eval(seed, "--corpus", str(shared_dir / "corpus"), "--index", str(tmp_path / "ix"))
    assert data["questions"] == 12 and data["correct"] == 12
