"""The source viewer: the whole cited filing, scrolled to and highlighting the cited lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from assistant.tui.document_view import DocumentView
from index.textsafe import safe_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from assistant.answer import Citation


class SourceViewer(Screen[None]):
    """Shows ``citations[index]`` in its document; n/p step through the other citations."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back to chat"),
        Binding("n,right_square_bracket", "step(1)", "Next citation"),
        Binding("p,left_square_bracket", "step(-1)", "Previous citation"),
        *(Binding(str(n), f"goto({n})", f"Citation {n}", show=False) for n in range(1, 10)),
    ]

    def __init__(
        self,
        citations: tuple[Citation, ...],
        index: int,
        doc_text: Callable[[str], str],
    ) -> None:
        super().__init__()
        self.citations = citations
        self.index = index
        self._doc_text = doc_text
        self._doc: str | None = None
        self._view: DocumentView | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="viewer-title")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.index)

    @property
    def citation(self) -> Citation:
        return self.citations[self.index]

    @property
    def view(self) -> DocumentView | None:
        """The document currently shown."""
        return self._view

    def show(self, index: int) -> None:
        """Open citation ``index``: load its document if it is another one, then highlight."""
        self.index = index % len(self.citations)
        cite = self.citation
        if cite.doc != self._doc or self._view is None:
            if self._view is not None:
                self._view.remove()
            try:
                text = self._doc_text(cite.doc)
            except (KeyError, OSError) as err:
                text = f"(cannot show {cite.doc}: {err})"
            self._doc = cite.doc
            self._view = DocumentView(text)
            self.mount(self._view, after="#viewer-title")
        title = Content.assemble(
            (f"[{cite.n}] ", "bold"),
            safe_line(cite.location),
            (f"   {self.index + 1} of {len(self.citations)}", "dim"),
        )
        self.query_one("#viewer-title", Static).update(title)
        self.call_after_refresh(self._focus_lines)

    def _focus_lines(self) -> None:
        if self._view is not None:
            self._view.show_lines(self.citation.line_start, self.citation.line_end)
            self._view.focus()

    def action_goto(self, n: int) -> None:
        """Show the citation numbered ``n`` of the same answer."""
        for i, cite in enumerate(self.citations):
            if cite.n == n:
                self.show(i)
                return
        self.app.bell()

    def action_step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) citation of the same answer."""
        if len(self.citations) > 1:
            self.show(self.index + delta)
