"""The conversation: each question, then its answer as Markdown with [n] markers and sources."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from markdown_it import MarkdownIt
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import LoadingIndicator, Markdown, Static

from assistant.render import answer_body_markdown
from assistant.tui.messages import AnswerShown, CitationSelected
from index.textsafe import safe_line

if TYPE_CHECKING:
    from assistant.answer import Answer, Citation

# Characters of a closest passage shown under an abstention.
SNIPPET_CHARS = 160
# A run of citation markers the engine wrote, not an escaped "\[2\]" that came from a filing.
MARKER_RE = re.compile(r"(?:(?<!\\)\[\d+\])+")


def _snippet(text: str) -> str:
    flat = " ".join(safe_line(text).split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


class CitationLine(Vertical):
    """One source under an answer: "[n] document, section, lines" (and, for the closest
    passages of an abstention, the start of the passage); a click opens the viewer."""

    def __init__(self, citations: tuple[Citation, ...], index: int, snippet: bool) -> None:
        super().__init__(classes="citation")
        self.citations = citations
        self.index = index
        self.snippet = snippet

    def compose(self) -> ComposeResult:
        cite = self.citations[self.index]
        yield Static(
            Content.assemble((f"[{cite.n}] ", "bold"), (safe_line(cite.location), "underline")),
            markup=False,
        )
        if self.snippet:
            yield Static(Content(_snippet(cite.text)), markup=False, classes="snippet")

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(CitationSelected(self.citations, self.index))


def markdown_parser() -> MarkdownIt:
    """GitHub-flavoured Markdown without linkify: a URL quoted from a filing stays plain text."""
    return MarkdownIt("gfm-like", {"linkify": False})


def emphasise_markers(markdown: str) -> str:
    """Bold the citation markers [n] of an answer (escaped brackets from the filing stay)."""
    return MARKER_RE.sub(r"**\g<0>**", markdown)


class AnswerView(Vertical):
    """An answer: Markdown body (list items as bullets) and its sources or closest passages."""

    def __init__(self, answer: Answer) -> None:
        kind = "error" if answer.error else ("answered" if answer.answered else "abstained")
        super().__init__(classes=f"answer {kind}")
        self.answer = answer

    def compose(self) -> ComposeResult:
        answer = self.answer
        yield Markdown(
            emphasise_markers(answer_body_markdown(answer)),
            parser_factory=markdown_parser,
            open_links=False,
            classes="answer-body",
        )
        cites = answer.citations or answer.related
        if cites:
            label = "Sources" if answer.citations else "Closest passages"
            yield Static(Content(label), markup=False, classes="sources-label")
            for i in range(len(cites)):
                yield CitationLine(cites, i, snippet=not answer.citations)


class Exchange(Vertical):
    """One question and its state: queued, being answered (a loading indicator), answered."""

    state: reactive[str] = reactive("queued", recompose=True)

    def __init__(self, entry_id: int, question: str) -> None:
        super().__init__(classes="exchange")
        self.entry_id = entry_id
        self.question = safe_line(question)
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(("❯ ", "bold"), self.question), markup=False, classes="question"
        )
        if self.answer is not None:
            yield AnswerView(self.answer)
        elif self.state == "running":
            yield LoadingIndicator(classes="pending")
        else:
            yield Static(Content("queued"), markup=False, classes="pending")

    def set_running(self) -> None:
        self.state = "running"

    def set_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.state = "answered"

    def on_click(self) -> None:
        if self.answer is not None:
            self.post_message(AnswerShown(self.answer))


class Transcript(VerticalScroll, can_focus=True):
    """The scrolling list of exchanges, with the welcome panel shown while it is empty."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
    ]

    def __init__(self, welcome: Static | Vertical, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.welcome = welcome
        self._in_view: Answer | None = None
        self._clicked: tuple[Answer, float] | None = None

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolled to another answer: it becomes the current one (its sources are shown)."""
        super().watch_scroll_y(old_value, new_value)
        answer = self.answer_in_view()
        if answer is not None and answer is not self._in_view:
            self._in_view = answer
            self.post_message(AnswerShown(answer))

    def on_answer_shown(self, message: AnswerShown) -> None:
        """An answer was clicked: it is the current one while the view stays where it is (the
        message goes on up to the app)."""
        if message.answer is not self._in_view:
            self._clicked = (message.answer, self.scroll_y)

    @property
    def current_answer(self) -> Answer | None:
        """The answer the user is looking at: the one clicked if the view has not moved since,
        else the one in view."""
        if self._clicked is not None and self._clicked[1] == self.scroll_y:
            return self._clicked[0]
        return self.answer_in_view()

    def compose(self) -> ComposeResult:
        yield self.welcome

    @property
    def exchanges(self) -> list[Exchange]:
        return list(self.query(Exchange))

    def exchange(self, entry_id: int) -> Exchange | None:
        for exchange in self.query(Exchange):
            if exchange.entry_id == entry_id:
                return exchange
        return None

    def add_question(self, entry_id: int, question: str) -> Exchange:
        """Append a question (shown as queued until the engine takes it)."""
        self.welcome.display = False
        exchange = Exchange(entry_id, question)
        self.mount(exchange)
        self.anchor()
        return exchange

    def show_answer(self, entry_id: int, answer: Answer) -> bool:
        """Put an answer under its question; False if the question was cleared meanwhile."""
        exchange = self.exchange(entry_id)
        if exchange is None:
            return False
        exchange.set_answer(answer)
        self._clicked = None
        self.anchor()
        return True

    def answer_in_view(self) -> Answer | None:
        """The answer the user is reading: the last one when the transcript is at its end, else
        the answer that fills most of the view (the earlier one on a tie)."""
        answered = [e for e in self.query(Exchange) if e.answer is not None]
        if not answered:
            return None
        if self.scroll_y >= self.max_scroll_y:
            return answered[-1].answer
        top = self.scroll_y
        bottom = top + self.scrollable_content_region.height

        def shown(exchange: Exchange) -> int:
            region = exchange.virtual_region
            return max(0, min(region.bottom, bottom) - max(region.y, top))

        best = max(answered, key=shown)
        return best.answer if shown(best) else answered[-1].answer

    def clear(self) -> None:
        """Remove every exchange and show the welcome panel again."""
        self.query(Exchange).remove()
        self._in_view = self._clicked = None
        self.welcome.display = True
        self.scroll_home(animate=False)
