"""The sources of the current answer (document, section and lines of each citation) and why it
was given: each constraint of the question with the citation that bears it out, and the
confidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.render import explanation_lines
from assistant.tui.messages import CitationSelected
from index.textsafe import safe_line

if TYPE_CHECKING:
    from assistant.answer import Answer, Citation


def citation_prompt(cite: Citation) -> Content:
    """Two lines: "[n] document" and, dimmed, the section and line range."""
    lines = (
        f"line {cite.line_start}"
        if cite.line_start == cite.line_end
        else f"lines {cite.line_start}-{cite.line_end}"
    )
    section = safe_line(cite.section) or "(no heading)"
    return Content.assemble(
        (f"[{cite.n}] ", "bold"),
        safe_line(cite.doc),
        (f"\n    {section}\n    {lines}", "dim"),
    )


class SourcesPanel(Vertical):
    """Lists the current answer's citations; Enter or a click opens one."""

    def __init__(self) -> None:
        super().__init__(id="sources")
        self.answer: Answer | None = None
        self.citations: tuple[Citation, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static(Content("Sources"), markup=False, id="sources-title")
        yield OptionList(id="sources-list")
        yield Static(
            Content("Ask a question: its sources appear here."), markup=False, id="sources-empty"
        )
        yield Static(Content(""), markup=False, id="sources-checks")

    def on_mount(self) -> None:
        self.query_one("#sources-list").display = False
        self.query_one("#sources-checks").display = False

    def show(self, answer: Answer | None) -> None:
        """Show an answer's citations, or its closest passages when it abstained."""
        self.answer = answer
        self.citations = () if answer is None else (answer.citations or answer.related)
        closest = answer is not None and not answer.citations and bool(answer.related)
        self.query_one("#sources-title", Static).update(
            Content("Closest passages" if closest else "Sources")
        )
        options = self.query_one("#sources-list", OptionList)
        options.clear_options()
        options.add_options(Option(citation_prompt(c)) for c in self.citations)
        options.display = bool(self.citations)
        self.query_one("#sources-empty").display = not self.citations
        checks = self.query_one("#sources-checks", Static)
        checks.display = answer is not None and not answer.error
        if answer is not None:  # why it was answered (or not): the checks and the confidence
            checks.update(Content("Why\n" + "\n".join(explanation_lines(answer))))
        if self.citations:
            options.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(CitationSelected(self.citations, event.option_index))

    def open_number(self, n: int) -> None:
        """Open the citation numbered ``n``, if the current answer has it."""
        for i, cite in enumerate(self.citations):
            if cite.n == n:
                self.post_message(CitationSelected(self.citations, i))
                return
        self.app.bell()
