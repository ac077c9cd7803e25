"""A dialog that asks for one path: Enter accepts it, Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class PathDialog(ModalScreen[str | None]):
    """Asks for a path (``value`` pre-filled); dismisses with it on Enter, with None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, explanation: str, *, value: str = "", placeholder: str = ""
    ) -> None:
        super().__init__()
        self.title_text = title
        self.explanation = explanation
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="path-dialog"):
            yield Static(Content(self.title_text), markup=False, classes="dialog-title")
            yield Static(Content(self.explanation), markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="path", select_on_focus=False)

    def on_mount(self) -> None:
        field = self.query_one("#path", Input)
        field.focus()
        self.call_after_refresh(self._show_end, field)

    @staticmethod
    def _show_end(field: Input) -> None:
        """Scroll a long path to its end, the file name (the cursor starts there, but an Input
        does not scroll to its first value's end by itself)."""
        field.action_home()
        field.action_end()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
