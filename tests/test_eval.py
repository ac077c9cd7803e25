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


def test_dev_set_meets_the_targets(shared_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "eval",
            str(shared_dir / "eval" / "dev.jsonl"),
            "--corpus",
            str(shared_dir / "corpus"),
            "--index",
            str(tmp_path / "ix"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output[-2000:]
    data = json.loads(result.stdout)
    assert data["accuracy"] >= 0.85
    assert data["wrong_rate"] <= 0.05
    assert data["cited_share"] >= 0.95
    seed = [
        f
        for f in json.loads(
            CliRunner()
            .invoke(
                cli,
                [
                    "eval",
                    str(shared_dir / "eval" / "dev.jsonl"),
                    "--index",
                    str(tmp_path / "ix"),
                    "--format",
                    "json",
                    "--failures",
                ],
            )
            .stdout
        )["failures"]
        if f["id"].startswith("seed")
    ]
    assert seed == []
