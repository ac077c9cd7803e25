"""The question box: Enter asks, up/down walk the history, right accepts a completion."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

from assistant.tui.history import History
from assistant.tui.messages import QuestionSubmitted
from assistant.tui.suggesters import QuestionSuggester


class QuestionInput(Input):
    """An Input with persistent history and fuzzy autocomplete from the index."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Previous question", show=False),
        Binding("down", "history(1)", "Next question", show=False),
        Binding("tab", "app.focus_examples", "Example questions", show=False),
        Binding("pageup", "app.scroll_transcript(-1)", "Scroll up", show=False),
        Binding("pagedown", "app.scroll_transcript(1)", "Scroll down", show=False),
    ]

    def __init__(self, history: History, suggester: QuestionSuggester) -> None:
        super().__init__(
            placeholder="Ask about the indexed filings…  (↑ history, → accept suggestion)",
            suggester=suggester,
            id="question",
            select_on_focus=False,  # a character typed elsewhere lands here: it must not replace
        )
        self.history = history

    def action_history(self, step: int) -> None:
        """Replace the text with the previous (-1) or next (1) question from the history."""
        recalled = self.history.previous(self.value) if step < 0 else self.history.next()
        if recalled is None:
            self.app.bell()
            return
        self.value = recalled
        self.cursor_position = len(recalled)

    async def action_submit(self) -> None:
        question = self.value.strip()
        if question:
            self.value = ""
            self.post_message(QuestionSubmitted(question))
