"""The Textual suggester behind the question box; the matching itself is in assistant.suggest."""

from __future__ import annotations

import asyncio

from textual.suggester import Suggester

from assistant.suggest import Completer


class QuestionSuggester(Suggester):
    """Completes names and questions with a ``Completer`` once the index is open."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.completer: Completer | None = None

    async def get_suggestion(self, value: str) -> str | None:
        if self.completer is None:
            return None
        return await asyncio.to_thread(self.completer.complete, value)
