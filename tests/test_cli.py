"""The command line as a user runs it: exit codes (the README's table), output, pipes, Ctrl+C."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import signal
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from index.store import Store

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "000_c14adad2a05aec02.txt"
# Upper bound on waiting for a subprocess (a guard against hangs, not a timing check).
WAIT_SECONDS = 60
ROW_RE = re.compile(r"^\| (\d+) \|[^|]*\|(.*)\|$")


def readme_exit_examples() -> list[tuple[int, str]]:
    """(exit code, command) for every example in the README's exit-code table."""
    rows = []
    for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        match = ROW_RE.match(line)
        if match:
            code = int(match.group(1))
            rows += [(code, cmd) for cmd in re.findall(r"`(fundqa [^`]*)`", match.group(2))]
    return rows


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    index = tmp_path_factory.mktemp("cli") / "ix"
    Store(index).add([seed_path])
    return index


@pytest.fixture
def workdir(
    tmp_path: Path, seed_index: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A folder with the files the README's examples name, and its own copy of the index."""
    index = tmp_path / "ix"
    shutil.copytree(seed_index, index)
    lines = [json.dumps({"id": "ok", "question": "Who manages the portfolio?"}), '{"id": "x", ']
    (tmp_path / "batch-with-a-bad-line.jsonl").write_text("\n".join(lines) + "\n")
    folder = tmp_path / "folder-with-a-binary-file"
    folder.mkdir()
    shutil.copy(seed_path, folder)
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "empty-dir").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FUNDQA_INDEX", str(index))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def test_the_readme_has_an_example_for_every_exit_code() -> None:
    assert {code for code, _ in readme_exit_examples()} == {0, 1, 2}


@pytest.mark.parametrize(("code", "command"), readme_exit_examples())
def test_exit_codes_are_those_of_the_readme(workdir: Path, code: int, command: str) -> None:
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.exit_code == code, (command, result.output)
    assert "Traceback" not in result.output
    if code:
        errors = result.stderr.strip().splitlines()
        assert errors and all(line.startswith("fundqa: ") for line in errors), result.stderr
    if code == 2:
        assert len(errors) == 1 and result.stdout == ""


# ---------------------------------------------------------------------------- output
LONG_NAME = "JPMORGAN_SMALL_CAP_STOCK_PORTFOLIO_497_20011115_0000950130-01-500123_SUPPLEMENT.txt"


@pytest.fixture(scope="module")
def long_name_index(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    folder = tmp_path_factory.mktemp("long")
    shutil.copy(seed_path, folder / LONG_NAME)
    index = folder / "ix"
    Store(index).add([folder / LONG_NAME])
    return index


def test_piped_tables_print_whole_values_tab_separated(long_name_index: Path) -> None:
    result = CliRunner().invoke(cli, ["entities", "--index", str(long_name_index)])
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["kind", "name", "aliases", "filings"]
    pardo = next(line.split("\t") for line in lines if "\tMarian U. Pardo\t" in line)
    assert pardo[0] == "person" and pardo[3] == LONG_NAME
    assert "…" not in result.stdout
    listed = CliRunner().invoke(cli, ["index", "list", "--index", str(long_name_index)]).stdout
    assert listed.startswith(f"{LONG_NAME}  (6 passages)")


def test_a_text_batch_shows_each_question_above_its_answer(long_name_index: Path) -> None:
    questions = "Who manages the portfolio?\nWhen is the supplement dated?\n"
    argv = ["ask", "-f", "-", "--format", "text", "--index", str(long_name_index)]
    result = CliRunner().invoke(cli, argv, input=questions)
    assert result.exit_code == 0
    out = result.stdout
    first, second = out.index("q1: Who manages the portfolio?"), out.index("q2: When is the")
    assert first < out.index("Marian U. Pardo") < second < out.index("November 15, 2001")


def test_help_examples_render_as_written() -> None:
    out = CliRunner().invoke(cli, ["ask", "--help"]).stdout
    assert "printf 'Who manages the portfolio?\\nSince when?\\n' | fundqa ask -f - --chat" in out


def test_show_says_the_line_must_be_a_number(workdir: Path) -> None:
    for target in (f"{SEED_NAME}:abc", f"{SEED_NAME}:0"):
        result = CliRunner().invoke(cli, ["show", target])
        assert result.exit_code == 2
        assert result.stderr == f"fundqa: error: line must be a number from 1 up: {target}\n"


# ---------------------------------------------------------------------------- batches, Unix manners
def fundqa_script() -> Path:
    """The console script installed next to the running interpreter."""
    script = Path(sys.executable).parent / "fundqa"
    if not script.exists():
        pytest.skip("the fundqa console script is not installed in this environment")
    return script


def test_a_bad_batch_line_keeps_its_id_and_position(seed_index: Path) -> None:
    lines = [
        "Who manages the portfolio?",
        json.dumps({"id": "x10", "question": ""}),
        json.dumps({"id": 7, "question": 5}),
        '{"id": "cut", "question": ',
        "When is the supplement dated?",
    ]
    argv = ["ask", "-f", "-", "--index", str(seed_index)]
    result = CliRunner().invoke(cli, argv, input="\n".join(lines))
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["q1", "x10", "7", "q4", "q5"]
    assert [bool(r["error"]) for r in rows] == [False, True, True, True, False]
    assert rows[1]["error"] == "line 2: bad JSON line: empty 'question'"
    assert result.stderr.splitlines()[0] == "fundqa: x10: line 2: bad JSON line: empty 'question'"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"fundqa {version('fundqa')}\n"


def _batch_process(
    seed_index: Path, tmp_path: Path, questions: int, fmt: str = "jsonl"
) -> subprocess.Popen:
    batch = tmp_path / "many.txt"
    batch.write_text("Who manages the portfolio?\n" * questions, encoding="utf-8")
    argv = [str(fundqa_script()), "ask", "-f", str(batch), "--index", str(seed_index)]
    argv += ["--format", fmt]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_a_reader_that_stops_early_ends_the_batch_quietly(
    seed_index: Path, tmp_path: Path, fmt: str
):
    proc = _batch_process(seed_index, tmp_path, 200, fmt)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()  # `| head -n 1`: one line read, then the pipe closes
    proc.stdout.close()
    assert proc.wait(timeout=WAIT_SECONDS) == 0
    assert proc.stderr.read() == ""


def test_ctrl_c_during_a_batch_says_how_many_were_answered(seed_index: Path, tmp_path: Path):
    proc = _batch_process(seed_index, tmp_path, 2000)
    assert proc.stdout is not None and proc.stderr is not None
    json.loads(proc.stdout.readline())
    proc.send_signal(signal.SIGINT)
    out, err = proc.stdout.read(), proc.stderr.read()  # (not communicate: it skips the buffer)
    assert proc.wait(timeout=WAIT_SECONDS) == 130
    written = 1 + len(out.splitlines())
    match = re.fullmatch(r"fundqa: interrupted: (\d+) of 2000 questions answered\n", err)
    assert match, err
    assert written <= int(match.group(1)) <= written + 1  # the one being written when stopped


def test_a_failed_action_says_why_naming_the_path(workdir: Path) -> None:
    missing = workdir / "no-such-folder"
    added = CliRunner().invoke(cli, ["index", "add", str(missing)])
    assert added.exit_code == 1
    assert added.stderr == f"fundqa: skipped {missing}: no such file or folder\n"
    asked = CliRunner().invoke(cli, ["ask", "-f", str(missing / "q.txt")])
    assert asked.exit_code == 2
    assert (
        asked.stderr
        == f"fundqa: error: cannot read {missing / 'q.txt'}: No such file or directory\n"
    )
