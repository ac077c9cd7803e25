"""The "Add filings" dialog: a path to a file or folder of filings to index."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AddFilingsDialog(ModalScreen[str | None]):
    """Asks for a path; dismisses with it on Enter, with None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-filings"):
            yield Static(Content("Add filings to the index"), classes="dialog-title")
            yield Static(
                Content(
                    "A file or a folder of filings (plain text, EDGAR submissions, HTML). "
                    "Unchanged files are skipped."
                ),
                markup=False,
            )
            yield Input(placeholder="path, e.g. ~/filings/", id="add-path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
