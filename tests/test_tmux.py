"""End to end: the installed ``fundqa`` in a real terminal (tmux), read back with capture-pane."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from index.store import Store

QUESTION = "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
# Upper bound on waiting for the terminal to show something (a guard, not a timing check).
WAIT_SECONDS = 60


def fundqa_command() -> Path:
    """The console script installed next to the running interpreter."""
    script = Path(sys.executable).parent / "fundqa"
    if not script.exists():
        pytest.skip("the fundqa console script is not installed in this environment")
    return script


@pytest.fixture
def tmux(tmp_path: Path):
    """Run tmux commands on a private server, killed afterwards."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    socket = f"fundqa-test-{os.getpid()}-{tmp_path.name}"
    # a COLUMNS/LINES inherited from pytest would override the tmux window's size in the app
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}

    def run(*args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", socket, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        return done.stdout

    yield run
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, check=False)


def wait_for(read: Callable[[], str], condition: Callable[[str], bool]) -> str:
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        screen = read()
        if condition(screen):
            return screen
        if time.monotonic() > deadline:
            raise AssertionError(f"the terminal never showed what was expected:\n{screen}")
        time.sleep(0.1)


def test_installed_fundqa_answers_a_typed_question(tmux, tmp_path: Path, seed_path: Path):
    index = tmp_path / "index"
    Store(index).add([seed_path.parent])
    history = tmp_path / "history.txt"
    tmux(
        "new-session", "-d", "-s", "fundqa", "-x", "120", "-y", "36",
        "-e", f"FUNDQA_INDEX={index}", "-e", f"FUNDQA_HISTORY={history}",
        "-e", f"FUNDQA_CONFIG={tmp_path / 'settings.json'}",
        str(fundqa_command()),
    )  # fmt: skip

    def read() -> str:
        return tmux("capture-pane", "-p", "-t", "fundqa")

    wait_for(read, lambda s: "1 filing · " in s)
    tmux("send-keys", "-t", "fundqa", "-l", QUESTION)
    tmux("send-keys", "-t", "fundqa", "Enter")
    asked = f"❯ {QUESTION}"
    cited = "[1] 000_c14adad2a05aec02.txt, I. Portfolio Managers"
    screen = wait_for(read, lambda s: asked in s and cited in s.split(asked)[1])
    answer = screen.split(asked)[1]
    assert "Steven J. Rich" in answer
    assert "Marian U. Pardo" in answer
    assert history.read_text(encoding="utf-8").strip() == QUESTION
    tmux("send-keys", "-t", "fundqa", "C-q")
    wait_for(lambda: "running" if _alive(tmux) else "", lambda s: s == "")


def _alive(tmux: Callable[..., str]) -> bool:
    try:
        tmux("has-session", "-t", "fundqa")
    except subprocess.CalledProcessError:
        return False
    return True
