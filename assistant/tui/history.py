"""Question history: recalled with up/down, kept across runs in a file in the user data dir."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from index.textsafe import safe_line

ENV_VAR = "FUNDQA_HISTORY"
# Questions kept in the file and in memory; older ones are dropped when the file is rewritten.
MAX_ENTRIES = 1000


def history_path() -> Path:
    """``$FUNDQA_HISTORY``, or history.txt in the platform's user data dir for fundqa."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("fundqa", appauthor=False)) / "history.txt"


class History:
    """Earlier questions, oldest first, with a cursor for stepping back and forth."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: list[str] = []
        self._cursor: int | None = None
        self._draft = ""
        if path is not None:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                lines = path.read_text(encoding="utf-8").splitlines()
                self.entries = [q for q in (safe_line(x).strip() for x in lines) if q][
                    -MAX_ENTRIES:
                ]

    def add(self, question: str) -> None:
        """Remember a question (not twice in a row) and append it to the file."""
        question = safe_line(question).strip()
        self._cursor = None
        if not question or (self.entries and self.entries[-1] == question):
            return
        self.entries.append(question)
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if len(self.entries) > MAX_ENTRIES:
                del self.entries[:-MAX_ENTRIES]
                self.path.write_text("\n".join(self.entries) + "\n", encoding="utf-8")
            else:
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(question + "\n")

    def previous(self, current: str) -> str | None:
        """The question before the one shown (the draft is kept for coming back)."""
        if not self.entries:
            return None
        if self._cursor is None:
            self._draft = current
            self._cursor = len(self.entries)
        if self._cursor == 0:
            return None
        self._cursor -= 1
        return self.entries[self._cursor]

    def next(self) -> str | None:
        """The question after the one shown, or the draft when past the newest."""
        if self._cursor is None:
            return None
        self._cursor += 1
        if self._cursor >= len(self.entries):
            self._cursor = None
            return self._draft
        return self.entries[self._cursor]

    def recent_first(self) -> list[str]:
        return list(reversed(self.entries))
