"""Chat app benchmark: launch to first paint, to index ready, and Enter to answer on screen.

Two ways, both printed:

- in a real terminal: the installed ``fundqa`` runs in tmux; the screen is read back with
  ``capture-pane`` every few milliseconds (so figures include the terminal and the polling);
- headless, in this process: the app runs under Textual's Pilot and the time from the Enter
  key to the answer's Markdown being mounted and painted is split into engine and UI time.

By default it measures an index of the bundled sample (built in a temporary directory); give
bigger indexes with ``--index`` (e.g. the 10,000-filing scaled index of benchmarks/ingest.py).

    python benchmarks/tui.py
    python benchmarks/tui.py --index bench-data/index-scaled-10000 --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SAMPLE_DIR = REPO / "index" / "sample"
SEED_QUESTION = "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
FIRST_PAINT_TARGET_S = 1.0
ANSWER_TARGET_MS = 150.0  # Enter to answer on screen, at 10,000 filings
TERMINAL = (160, 40)
PLACEHOLDER = "Ask about the indexed filings"
# Longest wait for any one screen state (a guard against a hung app).
TIMEOUT_S = 60.0
# How many example questions (built from the index) are asked besides the seed question.
EXAMPLES_ASKED = 4


class Tmux:
    """A private tmux server with one session running a command."""

    def __init__(self, env: dict[str, str], run: int) -> None:
        # A server per run: starting one on the socket of a server still shutting down fails.
        self.socket = f"fundqa-bench-{os.getpid()}-{run}"
        # a COLUMNS/LINES inherited from this process would override the window's size
        self.env = {k: v for k, v in env.items() if k not in ("COLUMNS", "LINES")}

    def run(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
        )
        return done.stdout

    def start(self, command: list[str]) -> None:
        width, height = (str(n) for n in TERMINAL)
        self.run("new-session", "-d", "-s", "bench", "-x", width, "-y", height, *command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "bench")

    def wait(self, condition: Callable[[str], bool], started: float) -> float:
        """Seconds from ``started`` until the screen satisfies ``condition``."""
        while True:
            now = time.perf_counter()
            if condition(self.screen()):
                return now - started
            if now - started > TIMEOUT_S:
                raise TimeoutError(f"screen never got there:\n{self.screen()}")
            time.sleep(0.002)

    def stop(self) -> None:
        self.run("kill-server")


def answered(question: str) -> Callable[[str], bool]:
    """A screen condition: an answer block (its thick left border) below the question."""
    head = f"❯ {question}"[:60]

    def check(screen: str) -> bool:
        if head not in screen:
            return False
        after = screen.split(head, 1)[1].splitlines()[1:]
        return any(line.startswith(" █ ") for line in after)

    return check


def terminal_run(index: Path, questions: list[str], runs: int) -> dict:
    """First paint, ready and answer times of the installed ``fundqa`` in tmux."""
    script = Path(sys.executable).parent / "fundqa"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "FUNDQA_INDEX": str(index), "FUNDQA_HISTORY": f"{tmp}/history"}
        paint: list[float] = []
        ready: list[float] = []
        answers: list[float] = []
        for run in range(runs):
            tmux = Tmux(env, run)
            try:
                started = time.perf_counter()
                tmux.start([str(script)])
                paint.append(tmux.wait(lambda s: PLACEHOLDER in s, started))
                ready.append(tmux.wait(lambda s: " filing" in s and "opening" not in s, started))
                if run == 0:
                    for question in questions:
                        tmux.run("send-keys", "-t", "bench", "C-l")
                        tmux.run("send-keys", "-t", "bench", "-l", question)
                        time.sleep(0.2)  # let the typed text settle before timing Enter
                        started = time.perf_counter()
                        tmux.run("send-keys", "-t", "bench", "Enter")
                        answers.append(tmux.wait(answered(question), started))
                tmux.run("send-keys", "-t", "bench", "C-q")
            finally:
                tmux.stop()
    return {"paint": paint, "ready": ready, "answers": answers}


async def _headless(index: Path, questions: list[str]) -> dict:
    """Enter to the first frame painted after the answer's Markdown blocks are mounted."""
    from textual.widgets import Markdown

    from assistant.tui.app import FundQAApp

    app = FundQAApp(index)
    frames: list[float] = []
    display = app._display

    def timed_display(screen: object, renderable: object) -> None:
        display(screen, renderable)  # type: ignore[arg-type]
        if renderable is not None:
            frames.append(time.perf_counter())

    app._display = timed_display  # type: ignore[method-assign]
    totals: list[float] = []
    engine: list[float] = []
    async with app.run_test(size=TERMINAL) as pilot:
        while app.assistant is None or app._current is not None:
            await pilot.pause(0.01)
        for question in questions:
            app.action_clear_transcript()
            await pilot.pause()
            app.question_input.value = question
            count = len(app.answers)
            started = time.perf_counter()
            await app.question_input.action_submit()  # what Enter runs; a Pilot key press
            # would also wait for the screen to settle, which the loading animation delays
            while len(app.answers) == count or not any(
                md.children for md in app.transcript.exchanges[-1].query(Markdown)
            ):
                await asyncio.sleep(0.0005)
            mounted = time.perf_counter()
            while not frames or frames[-1] < mounted:
                await asyncio.sleep(0.0005)
            shown = next(t for t in frames if t >= mounted)
            totals.append(shown - started)
            engine.append(app.answers[-1].seconds)
    return {"totals": totals, "engine": engine}


def questions_for(index: Path) -> list[str]:
    from assistant.suggest import example_questions
    from index.store import Store

    snap = Store(index).snapshot()
    try:
        examples = example_questions(snap, limit=EXAMPLES_ASKED)
    finally:
        snap.close()
    return list(dict.fromkeys([SEED_QUESTION, *examples]))


def ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"median {statistics.median(values) * 1000:7.0f} ms   max {max(values) * 1000:7.0f} ms"


def report(label: str, index: Path, runs: int, terminal: bool) -> None:
    from index.store import Store

    snap = Store(index).snapshot()
    filings = len(snap.docs)
    snap.close()
    questions = questions_for(index)
    print(f"== {label}: {filings:,} filing(s) ({index})")
    if terminal:
        t = terminal_run(index, questions, runs)
        paint = statistics.median(t["paint"])
        verdict = "meets" if paint < FIRST_PAINT_TARGET_S else "MISSES"
        print(f"  terminal: launch to first paint  {ms(t['paint'])}   "
              f"(target < {FIRST_PAINT_TARGET_S:.0f} s: {verdict})")  # fmt: skip
        print(f"  terminal: launch to index ready  {ms(t['ready'])}")
        print(f"  terminal: Enter to answer shown  {ms(t['answers'])}   (n={len(t['answers'])})")
    else:
        print("  terminal: skipped (tmux or the fundqa script is missing)")
    h = asyncio.run(_headless(index, questions))
    answer = statistics.median(h["totals"]) * 1000
    verdict = "meets" if answer < ANSWER_TARGET_MS else "MISSES"
    print(f"  headless: Enter to answer shown  {ms(h['totals'])}   "
          f"(target < {ANSWER_TARGET_MS:.0f} ms: {verdict})")  # fmt: skip
    ui = [t - e for t, e in zip(h["totals"], h["engine"], strict=True)]
    print(f"  headless: of which engine        {ms(h['engine'])}")
    print(f"  headless: of which UI            {ms(ui)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, action="append", default=[], help="more indexes")
    parser.add_argument("--runs", type=int, default=5, help="app launches per index")
    parser.add_argument("--skip-sample", action="store_true", help="only the --index ones")
    args = parser.parse_args(argv)
    script = Path(sys.executable).parent / "fundqa"
    terminal = shutil.which("tmux") is not None and script.exists()
    os.environ.setdefault("FUNDQA_HISTORY", os.devnull)
    if not args.skip_sample:
        from index.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            Store(tmp).add([SAMPLE_DIR])
            report("sample", Path(tmp), args.runs, terminal)
    for index in args.index:
        report(index.name, index, args.runs, terminal)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
