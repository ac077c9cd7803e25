"""`fundqa index`, `show` and `entities` through click's CliRunner, as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from index.location import IndexLocation
from index.store import Store

SEED_NAME = "000_c14adad2a05aec02.txt"


def run(*args: str, index: Path | None = None, input: str | None = None):
    argv = list(args) + (["--index", str(index)] if index else [])
    return CliRunner().invoke(cli, argv, input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    index = tmp_path_factory.mktemp("cli") / "ix"
    result = run("index", "add", str(seed_path), index=index)
    assert result.exit_code == 0, result.output
    return index


def test_add_prints_summary_and_rerun_skips(seed_index: Path, seed_path: Path) -> None:
    result = run("index", "add", str(seed_path), "--format", "json", index=seed_index)
    data = json.loads(result.output)
    assert result.exit_code == 0
    assert data["skipped"] == [SEED_NAME] and data["added"] == [] and data["failed"] == []
    assert data["passages"] == 6


def test_add_reports_bad_file_by_name_and_exits_1(tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_path, folder)
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02" * 1000)
    result = CliRunner().invoke(cli, ["index", "add", str(folder), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 1
    assert "junk.txt" in result.stderr and "binary" in result.stderr
    assert "1 added" in result.stdout and "1 failed" in result.stdout


def test_stats_and_list(seed_index: Path) -> None:
    stats = json.loads(run("index", "stats", "--format", "json", index=seed_index).output)
    assert stats["filings"] == 1 and stats["passages"] == 6 and stats["entities"] > 0
    rows = json.loads(run("index", "list", "--format", "json", index=seed_index).output)
    assert rows[0]["doc"] == SEED_NAME
    assert rows[0]["funds"] == ["J.P. Morgan Small Cap Stock Portfolio"]
    assert rows[0]["supplement_date"] == "November 15, 2001"
    assert rows[0]["prospectus_dates"] == ["May 1, 2001"]
    text = run("index", "list", index=seed_index).output
    assert SEED_NAME in text and "November 15, 2001" in text


def test_show_document_and_passage(seed_index: Path, seed_path: Path) -> None:
    out = run("show", SEED_NAME, index=seed_index).output.split("\n")
    original = seed_path.read_text().split("\n")
    assert out[9].split(None, 1)[1] == original[9].strip() or original[9].strip() in out[9]
    passage = json.loads(
        run("show", f"{SEED_NAME}:45", "--format", "json", index=seed_index).output
    )
    assert (
        passage["section"] == "II. Additional Investment Strategies > Real Estate Investment Trusts"
    )
    assert "may invest without limit" in passage["text"]
    assert passage["line_start"] <= 45 <= passage["line_end"]


def test_show_unknown_document_is_a_usage_error(seed_index: Path) -> None:
    result = run("show", "nope.txt", index=seed_index)
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "fundqa: error: not in the index: nope.txt (see `fundqa index list`)"
    )


def test_entities_merge_aliases(seed_index: Path) -> None:
    people = json.loads(
        run("entities", "--kind", "person", "--format", "json", index=seed_index).output
    )
    by_name = {p["name"]: p for p in people}
    assert "Steven J. Rich" in by_name and "Marian U. Pardo" in by_name
    assert any("Stephen Rich" in a for a in by_name["Steven J. Rich"]["aliases"])
    assert by_name["Marian U. Pardo"]["docs"] == [SEED_NAME]


def test_missing_index_is_exit_2_with_one_line(tmp_path: Path) -> None:
    result = run("index", "stats", index=tmp_path / "none")
    assert result.exit_code == 2
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1 and "fundqa index add" in lines[0]


def test_remove(tmp_path: Path, seed_path: Path) -> None:
    index = tmp_path / "ix"
    run("index", "add", str(seed_path), index=index)
    result = run("index", "remove", SEED_NAME, "missing.txt", index=index)
    assert result.exit_code == 1 and "missing.txt" in result.stderr
    assert json.loads(run("index", "stats", "--format", "json", index=index).output)["filings"] == 0


def test_first_use_builds_default_index_from_bundled_sample(tmp_path: Path) -> None:
    env = {"FUNDQA_INDEX": None, "XDG_DATA_HOME": str(tmp_path / "data")}
    first = CliRunner().invoke(cli, ["index", "stats", "--format", "json"], env=env)
    assert first.exit_code == 0, first.output
    assert "building one from the bundled sample" in first.stderr
    assert json.loads(first.stdout)["filings"] == 1
    assert (tmp_path / "data" / "fundqa" / "index" / "whoosh").is_dir()
    again = CliRunner().invoke(cli, ["index", "stats"], env=env)
    assert again.exit_code == 0 and again.stderr == ""


# ---------------------------------------------------------------------------- choosing the index
GOLD_LINE = {
    "id": "g1",
    "doc": SEED_NAME,
    "scope": "doc",
    "question": "Who manages the J.P. Morgan Small Cap Stock Portfolio?",
    "answerable": True,
    "type": "managers",
    "gold": ["Marian U. Pardo", "Steven J. Rich"],
    "evidence": "Since September 2001",
}


@pytest.fixture
def elsewhere(tmp_path: Path) -> dict[str, Path]:
    """A default index dir and a $FUNDQA_INDEX dir that a command must not touch."""
    return {"data": tmp_path / "data", "env": tmp_path / "env-index"}


def run_global(index: Path, elsewhere: dict[str, Path], *args: str):
    env = {"XDG_DATA_HOME": str(elsewhere["data"]), "FUNDQA_INDEX": str(elsewhere["env"])}
    return CliRunner().invoke(cli, ["--index", str(index), *args], env=env)


def test_the_global_index_option_reaches_every_command(
    tmp_path: Path, seed_path: Path, elsewhere: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "chosen"
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD_LINE) + "\n", encoding="utf-8")

    def ok(*args: str):
        result = run_global(index, elsewhere, *args)
        assert result.exit_code == 0, (args, result.output)
        assert not elsewhere["data"].exists() and not elsewhere["env"].exists(), args
        return result

    ok("index", "add", str(seed_path))
    assert list(Store(index).manifest()) == [SEED_NAME]
    assert json.loads(ok("index", "stats", "--format", "json").stdout)["index"] == str(index)
    assert json.loads(ok("index", "list", "--format", "json").stdout)[0]["doc"] == SEED_NAME
    assert "may invest without limit" in ok("show", f"{SEED_NAME}:45").stdout
    assert "Marian U. Pardo" in ok("entities", "--kind", "person").stdout
    answer = json.loads(ok("ask", GOLD_LINE["question"], "--format", "json").stdout)
    assert answer["answered"] and answer["citations"][0]["doc"] == SEED_NAME
    assert json.loads(ok("eval", str(gold), "--format", "json").stdout)["accuracy"] == 1.0
    assert json.loads(ok("index", "optimize", "--format", "json").stdout)["segments_after"] == 1
    opened: list[IndexLocation] = []
    monkeypatch.setattr("assistant.tui.app.run_app", opened.append)
    ok("chat")
    ok()
    assert opened == [IndexLocation(index), IndexLocation(index)]
    ok("index", "remove", SEED_NAME)
    assert Store(index).manifest() == {}


def test_the_command_option_wins_over_the_global_one_and_the_environment_comes_next(
    seed_index: Path, tmp_path: Path, elsewhere: dict[str, Path]
) -> None:
    result = run_global(tmp_path / "none", elsewhere, "index", "stats", "--format", "json",
                        "--index", str(seed_index))  # fmt: skip
    assert result.exit_code == 0 and json.loads(result.stdout)["index"] == str(seed_index)
    env = {"XDG_DATA_HOME": str(elsewhere["data"]), "FUNDQA_INDEX": str(seed_index)}
    result = CliRunner().invoke(cli, ["index", "stats", "--format", "json"], env=env)
    assert result.exit_code == 0 and json.loads(result.stdout)["index"] == str(seed_index)
    assert not elsewhere["data"].exists()


def test_optimize_merges_the_segments_of_several_adds(tmp_path: Path, seed_path: Path) -> None:
    index = tmp_path / "ix"
    for n in range(3):  # three adds, three segments
        copy = tmp_path / f"f{n}"
        copy.mkdir()
        shutil.copy(seed_path, copy / f"s{n}.txt")
        assert run("index", "add", str(copy), index=index).exit_code == 0
    result = run("index", "optimize", "--format", "json", index=index)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["segments_before"] >= 2 and data["segments_after"] == 1
    assert "nothing to merge" in run("index", "optimize", index=index).stdout
    stats = json.loads(run("index", "stats", "--format", "json", index=index).output)
    assert stats["filings"] == 3
