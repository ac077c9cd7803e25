"""One line of state: index size, scope, the last answer's time and what is waiting."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.content import Content
from textual.widgets import Static

from index.textsafe import safe_line


@dataclass(frozen=True)
class Status:
    """What the status bar shows; the app replaces it as things change."""

    filings: int | None = None  # None: no index open
    passages: int = 0
    entities: int = 0
    scope: str = "all filings"
    last_seconds: float | None = None
    busy: str = ""  # e.g. "answering…", "building the index…"
    queued: int = 0


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n:,} {noun if n == 1 else plural}"


class StatusBar(Static):
    """Renders a ``Status`` literally."""

    def __init__(self) -> None:
        super().__init__(markup=False, id="status-bar")
        self.status = Status()

    def on_mount(self) -> None:
        self.set(self.status)

    def set(self, status: Status | None = None, **changes: object) -> None:
        """Replace the status (or change some of its fields) and redraw."""
        self.status = replace(status or self.status, **changes)
        self.update(self.render_status(self.status))

    @staticmethod
    def render_status(s: Status) -> Content:
        if s.filings is None:
            size = "no index"
        else:
            counts = ((s.filings, "filing"), (s.passages, "passage"), (s.entities, "entity"))
            size = " · ".join(_count(n, what) for n, what in counts)
        parts: list[str | tuple[str, str]] = [
            size,
            "  │  ",
            ("Scope: ", "bold"),
            safe_line(s.scope),
        ]
        if s.last_seconds is not None:
            parts += ["  │  ", f"last answer {s.last_seconds:.2f} s"]
        if s.busy:
            parts += ["  │  ", (s.busy, "bold")]
        if s.queued:
            parts += [f" ({s.queued} queued)"]
        return Content.assemble(*parts)
