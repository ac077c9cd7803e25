"""Snapshot tests of the chat app (pytest-textual-snapshot): welcome, an answer, the viewer.

Update the stored SVGs after an intended change with ``pytest --snapshot-update`` and look at
them before committing (tests/__snapshots__/test_tui_snapshots/).
"""

from __future__ import annotations

from pathlib import Path

from test_tui import SEED_QUESTION, _history_file, ask, ready, sample_index, until
from textual.pilot import Pilot

from assistant.tui.app import FundQAApp
from assistant.tui.source_viewer import SourceViewer

__all__ = ["_history_file", "sample_index"]  # fixtures shared with test_tui

TERMINAL = (120, 36)
# Shown in place of the measured answer time, which differs from run to run.
FIXED_SECONDS = 0.05


async def _steady(pilot: Pilot) -> FundQAApp:
    """Wait for the index; stop the cursor blinking so that every run looks the same."""
    app = await ready(pilot)
    app.question_input.cursor_blink = False
    return app


async def _answered(pilot: Pilot) -> FundQAApp:
    app = await _steady(pilot)
    await ask(pilot, SEED_QUESTION)
    app.status.set(last_seconds=FIXED_SECONDS)
    return app


def test_welcome_screen(snap_compare, sample_index: Path):
    assert snap_compare(FundQAApp(sample_index), terminal_size=TERMINAL, run_before=_steady)


def test_answered_question_with_sources(snap_compare, sample_index: Path):
    assert snap_compare(FundQAApp(sample_index), terminal_size=TERMINAL, run_before=_answered)


def test_source_viewer_highlights_the_citation(snap_compare, sample_index: Path):
    async def open_citation(pilot: Pilot) -> None:
        app = await _answered(pilot)
        app.transcript.focus()
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))
        await until(pilot, lambda: app.screen.view is not None and app.screen.view.highlight)

    assert snap_compare(FundQAApp(sample_index), terminal_size=TERMINAL, run_before=open_citation)
