"""Messages the chat app's widgets post upward; the app decides what happens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from assistant.answer import Answer, Citation
    from assistant.engine import Assistant
    from assistant.suggest import ChatAids


@dataclass
class QuestionSubmitted(Message):
    """The user asked a question (typed it, or chose an example)."""

    question: str


@dataclass
class CitationSelected(Message):
    """The user chose a citation: open the source viewer at ``citations[index]``."""

    citations: tuple[Citation, ...]
    index: int


@dataclass
class ScopeRequested(Message):
    """Scope following questions to a filing or a fund; ``kind`` "all" clears the scope."""

    kind: str  # "doc" | "fund" | "all"
    value: str | None = None


@dataclass
class AnswerShown(Message):
    """An answer in the transcript became the current one (arrived, or was clicked)."""

    answer: Answer


@dataclass
class AnswerReady(Message):
    """The engine finished a question (posted from the worker thread)."""

    entry_id: int
    answer: Answer


@dataclass
class IndexOpened(Message):
    """The index was opened, built or extended (``assistant`` None: there is no index)."""

    assistant: Assistant | None
    aids: ChatAids | None = None
    note: str = ""
    problems: tuple[str, ...] = ()  # one line per file that could not be added, naming it


@dataclass
class IndexFailed(Message):
    """Opening or extending the index failed; ``error`` is one line for the user."""

    error: str
