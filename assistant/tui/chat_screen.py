"""The chat screen: no keystroke is lost, and focus comes back to the question box."""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import Input


class ChatScreen(Screen[None]):
    """Holds the chat's widgets. A character typed while focus is off every text box goes to
    the question box (in the filings panel: to its filter), unless a key binding takes it; when
    a dialog, the palette, help or the viewer closes, focus is back on the question box."""

    def on_screen_resume(self) -> None:
        self.call_after_refresh(self._focus_question)

    def _focus_question(self) -> None:
        if self.is_current and not self._in_documents(self.focused):
            self.query_one("#question", Input).focus()

    def _in_documents(self, widget: object) -> bool:
        documents = self.query_one("#documents")
        return (
            documents.display
            and widget is not None
            and documents in getattr(widget, "ancestors_with_self", ())
        )

    def on_key(self, event: events.Key) -> None:
        if not event.is_printable or event.character is None:
            return
        focused = self.focused
        if isinstance(focused, Input):
            return
        in_documents = self._in_documents(focused)
        bound = event.key in self.active_bindings
        if bound and not (in_documents and event.character.isalnum()):
            return
        target = self.query_one("#documents-filter" if in_documents else "#question", Input)
        event.stop()
        event.prevent_default()
        target.focus()
        target.insert_text_at_cursor(event.character)
