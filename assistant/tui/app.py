"""The fundqa chat app: wires the widgets to the engine; holds no retrieval logic itself."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header

from assistant.answer import Answer
from assistant.render import answer_markdown
from assistant.suggest import Completer, ScopeChoice, chat_aids
from assistant.tui.add_filings_dialog import AddFilingsDialog
from assistant.tui.chat_screen import ChatScreen
from assistant.tui.commands import PROVIDERS, chat_commands
from assistant.tui.documents_panel import DocumentsPanel
from assistant.tui.export import default_export_path, transcript_markdown
from assistant.tui.export_dialog import ExportDialog
from assistant.tui.help_screen import HelpScreen
from assistant.tui.history import History, history_path
from assistant.tui.messages import (
    AnswerReady,
    AnswerShown,
    CitationSelected,
    IndexFailed,
    IndexOpened,
    QuestionSubmitted,
    ScopeRequested,
)
from assistant.tui.path_dialog import PathDialog
from assistant.tui.question_input import QuestionInput
from assistant.tui.settings import Settings, settings_path
from assistant.tui.source_viewer import SourceViewer
from assistant.tui.sources_panel import SourcesPanel
from assistant.tui.status_bar import StatusBar
from assistant.tui.suggesters import QuestionSuggester
from assistant.tui.transcript import Transcript
from assistant.tui.welcome import Welcome
from assistant.understand import Conversation
from index.textsafe import safe_line

if TYPE_CHECKING:
    from textual.theme import Theme

    from assistant.engine import Assistant
    from index.location import IndexLocation

NO_INDEX = "no index is open: add filings with `fundqa index add PATH...` or Ctrl+P → Add filings"


# Actions that act on the chat screen, off while another screen is on top.
CHAT_ONLY_ACTIONS = frozenset(
    {"toggle_documents", "toggle_sources", "clear_scope", "clear_transcript", "export"}
    | {"open_source"}
)


@dataclass(frozen=True)
class Scope:
    """What questions are restricted to: a filing ("doc") or a fund ("fund")."""

    kind: str
    value: str

    @property
    def label(self) -> str:
        return safe_line(self.value if self.kind == "fund" else f"filing {self.value}")


@dataclass(frozen=True)
class _Job:
    """One piece of engine work, run in order on a worker thread."""

    kind: str  # "open" | "ask" | "add"
    entry_id: int = 0
    question: str = ""
    scope: Scope | None = None
    paths: tuple[str, ...] = ()


class FundQAApp(App[None]):
    """Chat with the indexed filings: cited answers, sources, scope, history."""

    CSS_PATH = "app.tcss"
    TITLE = "fundqa"
    COMMANDS: ClassVar = set(PROVIDERS)
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("f2", "toggle_documents", "Filings"),
        Binding("f3", "toggle_sources", "Sources"),
        Binding("f4", "clear_scope", "Clear scope"),
        Binding("ctrl+l", "clear_transcript", "Clear"),
        Binding("ctrl+s", "export", "Export"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        *(Binding(str(n), f"open_source({n})", f"Source {n}", show=False) for n in range(1, 10)),
    ]

    def __init__(
        self,
        index_dir: Path,
        *,
        build_sample: bool = False,
        history_file: Path | None = None,
        settings_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.index_dir = Path(index_dir)
        self.build_sample = build_sample
        self.assistant: Assistant | None = None
        self.conversation = Conversation()
        self.scope: Scope | None = None
        self.scope_choices: list[ScopeChoice] = []
        self.history = History(history_file if history_file is not None else history_path())
        self.settings = Settings(settings_file if settings_file is not None else settings_path())
        self.suggester = QuestionSuggester()
        self._completer: Completer | None = None
        self._examples: list[str] = []
        self._jobs: deque[_Job] = deque()
        self._current: _Job | None = None
        self._next_id = 0
        self.answers: list[Answer] = []
        self.last_export: Path | None = None
        # The chat screen's widgets, held so that they are reachable while another screen
        # (the source viewer, help) is on top.
        self.welcome = Welcome()
        self.transcript = Transcript(self.welcome, id="transcript")
        self.question_input = QuestionInput(self.history, self.suggester)
        self.documents = DocumentsPanel()
        self.sources = SourcesPanel()
        self.status = StatusBar()

    # ------------------------------------------------------------------ layout
    def get_default_screen(self) -> Screen:
        return ChatScreen(id="_default")

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield self.documents
            with Vertical(id="chat"):
                yield self.transcript
                yield self.question_input
            yield self.sources
        yield self.status
        yield Footer()

    def on_mount(self) -> None:
        saved = self.settings.get("theme")
        if saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.documents.display = False
        self.sub_title = "Scope: all filings"
        self.question_input.focus()
        self._enqueue(_Job("open"))

    def _remember_theme(self, theme: Theme) -> None:
        self.settings.set("theme", theme.name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The chat's own keys are hidden and off while the viewer or help is on top."""
        on_top = isinstance(self.screen, (SourceViewer, HelpScreen, PathDialog))
        return not (on_top and action in CHAT_ONLY_ACTIONS)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from chat_commands(self)

    # ------------------------------------------------------------------ jobs
    def _enqueue(self, job: _Job) -> None:
        self._jobs.append(job)
        self._pump()

    def _pump(self) -> None:
        """Start the next job when none is running; keep the status bar's queue count."""
        if self._current is None and self._jobs:
            self._current = self._jobs.popleft()
            if self._current.kind == "ask":
                exchange = self.transcript.exchange(self._current.entry_id)
                if exchange is not None:
                    exchange.set_running()
            self._run(self._current)
        busy = {"open": "opening the index…", "add": "adding filings…", "ask": "answering…"}
        queued = sum(1 for j in self._jobs if j.kind == "ask")
        self.status.set(busy=busy[self._current.kind] if self._current else "", queued=queued)

    def _done(self) -> None:
        self._current = None
        self._pump()

    @work(thread=True, group="engine")
    def _run(self, job: _Job) -> None:
        """Do one job off the UI thread and post its result back as a message."""
        if job.kind == "ask":
            self.post_message(AnswerReady(job.entry_id, self._answer(job)))
            return
        try:
            self.post_message(self._open(job))
        except Exception as err:
            self.post_message(IndexFailed(f"{type(err).__name__}: {err}"))

    def _answer(self, job: _Job) -> Answer:
        if self.assistant is None:
            return Answer.failure(job.question, NO_INDEX)
        scope = job.scope
        try:
            return self.assistant.ask(
                job.question,
                doc=scope.value if scope and scope.kind == "doc" else None,
                fund=scope.value if scope and scope.kind == "fund" else None,
                context=self.conversation,
            )
        except Exception as err:
            return Answer.failure(job.question, f"{type(err).__name__}: {err}")

    def _open(self, job: _Job) -> IndexOpened:
        """Open the index (building or extending it first if asked) and what derives from it."""
        from assistant.engine import Assistant
        from index.location import IndexLocation, open_store
        from index.store import Store

        location = IndexLocation(self.index_dir, is_default=self.build_sample)
        store = Store(location.path)
        note = ""
        problems: tuple[str, ...] = ()
        if job.kind == "add":
            report = store.add(list(job.paths))
            note = "Added filings: " + report.summary()
            problems = tuple(f"Cannot add {file}: {reason}" for file, reason in report.failed)
        elif location.is_default:

            def building(path: Path) -> None:
                nonlocal note
                note = f"Built an index from the bundled sample at {path}"
                self.call_from_thread(
                    self.welcome.show_message, "Building the index from the bundled sample filing…"
                )

            store = open_store(location, on_build=building)
        elif not store.exists():
            return IndexOpened(None)
        if self.assistant is not None:
            self.assistant.reload()
            assistant = self.assistant
        else:
            assistant = Assistant(snapshot=store.snapshot())
        return IndexOpened(assistant, chat_aids(assistant), note, problems)

    def _shutting_down(self) -> bool:
        """Whether the app is shutting down: a worker's message arriving now finds its widgets
        gone and is dropped."""
        return not self.welcome.is_attached

    def on_index_opened(self, message: IndexOpened) -> None:
        self.assistant = message.assistant
        if self._shutting_down():
            self._done()
            return
        if message.note:
            self.notify(safe_line(message.note), markup=False)
        for problem in message.problems:
            self.notify(safe_line(problem), title="Add filings", severity="error", markup=False)
        if self.assistant is None or message.aids is None:
            self.welcome.show_no_index(self.index_dir)
            self.status.set(filings=None)
        else:
            snap = self.assistant.snap
            self._examples = message.aids.examples
            self._completer = message.aids.completer
            self._refresh_suggestions()
            self.scope_choices = message.aids.scopes
            self.welcome.show_examples(self._examples)
            self.status.set(
                filings=len(snap.docs), passages=snap.passage_count, entities=len(snap.entities)
            )
            if self.documents.display:
                self.documents.fill(snap.docs, self.scope_choices, snap.generation)
        self._done()

    def on_index_failed(self, message: IndexFailed) -> None:
        if self._shutting_down():
            self._done()
            return
        if self.assistant is None:
            self.welcome.show_message(f"Cannot open the index at {self.index_dir}: {message.error}")
        self.notify(safe_line(message.error), title="Index", severity="error", markup=False)
        self._done()

    def _refresh_suggestions(self) -> None:
        if self._completer is not None:
            questions = self.history.recent_first() + self._examples
            self.suggester.completer = self._completer.with_questions(questions)

    # ------------------------------------------------------------------ questions
    def on_question_submitted(self, message: QuestionSubmitted) -> None:
        self.ask(message.question)

    def ask(self, question: str) -> None:
        """Show the question and queue it for the engine with the current scope."""
        question = safe_line(question).strip()
        if not question:
            return
        self.history.add(question)
        self._refresh_suggestions()
        self._next_id += 1
        self.transcript.add_question(self._next_id, question)
        self._enqueue(_Job("ask", self._next_id, question, self.scope))

    def on_answer_ready(self, message: AnswerReady) -> None:
        answer = message.answer
        if self._shutting_down():
            self._done()
            return
        if self.transcript.show_answer(message.entry_id, answer):
            self.answers.append(answer)
            self.sources.show(answer)
        self.status.set(last_seconds=answer.seconds)
        self._done()

    def on_answer_shown(self, message: AnswerShown) -> None:
        self.sources.show(message.answer)

    def on_citation_selected(self, message: CitationSelected) -> None:
        if self.assistant is None or not message.citations:
            return
        self.push_screen(
            SourceViewer(message.citations, message.index, self.assistant.snap.doc_text)
        )

    # ------------------------------------------------------------------ scope
    def on_scope_requested(self, message: ScopeRequested) -> None:
        if message.kind == "all" or message.value is None:
            self.action_clear_scope()
        else:
            self.set_scope(message.kind, message.value)
        self.question_input.focus()

    def set_scope(self, kind: str, value: str) -> None:
        """Restrict the following questions to one filing ("doc") or fund ("fund")."""
        self.scope = Scope(kind, value)
        self._show_scope()
        self.notify(f"Questions are now scoped to {self.scope.label}", markup=False)

    def action_clear_scope(self) -> None:
        """Ask about all filings again."""
        if self.scope is not None:
            self.scope = None
            self._show_scope()
            self.notify("Scope cleared: questions cover all filings", markup=False)

    def _show_scope(self) -> None:
        label = self.scope.label if self.scope else "all filings"
        self.sub_title = f"Scope: {label}"
        self.status.set(scope=label)

    # ------------------------------------------------------------------ actions
    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_open_source(self, n: int) -> None:
        """Open citation ``n`` of the answer the user is looking at: the one scrolled to or
        clicked, else the newest (digits typed in the question box are text)."""
        answer = self.transcript.current_answer
        if answer is not None and answer is not self.sources.answer:
            self.sources.show(answer)
        self.sources.open_number(n)

    def action_toggle_sources(self) -> None:
        panel = self.sources
        panel.display = not panel.display
        if not panel.display:
            self.question_input.focus()

    def action_focus_examples(self) -> None:
        """Tab from the question box: to the welcome's example questions while they show."""
        examples = self.welcome.examples
        if self.welcome.display and examples.display and examples.option_count:
            examples.focus()
        else:
            self.action_focus_next()

    def action_scroll_transcript(self, pages: int) -> None:
        """PageUp / PageDown in the question box scroll the transcript."""
        if pages < 0:
            self.transcript.scroll_page_up()
        else:
            self.transcript.scroll_page_down()

    def action_toggle_documents(self) -> None:
        panel = self.documents
        panel.display = not panel.display
        if panel.display and self.assistant is not None:
            panel.fill(self.assistant.snap.docs, self.scope_choices, self.assistant.snap.generation)
            panel.query_one("#documents-tree").focus()
        elif not panel.display:
            self.question_input.focus()

    def action_show_documents(self) -> None:
        if not self.documents.display:
            self.action_toggle_documents()

    def action_clear_transcript(self) -> None:
        """Remove every exchange and forget the conversation (follow-ups start afresh)."""
        self._jobs = deque(job for job in self._jobs if job.kind != "ask")
        self._pump()
        self.transcript.clear()
        self.answers.clear()
        self.conversation.clear()
        self.sources.show(None)

    def transcript_markdown(self, when: datetime | None = None) -> str:
        """The transcript with every answer's sources, as a Markdown document."""
        scope = self.scope.label if self.scope else "all filings"
        return transcript_markdown(self.answers, self.index_dir, scope, when or datetime.now())

    def action_export(self) -> None:
        """Ask where to write the transcript as Markdown (a new file in the user's documents
        folder by default), write it and say where."""
        if not self.answers:
            self.notify("Nothing to export yet: ask a question first", markup=False)
            return

        def chosen(path: str | None) -> None:
            if path:
                self.export_to(Path(path).expanduser())

        self.push_screen(ExportDialog(default_export_path(datetime.now())), chosen)

    def export_to(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(self.transcript_markdown(), encoding="utf-8")
        except OSError as err:
            reason = err.strerror or type(err).__name__
            message = safe_line(f"Cannot export to {path}: {reason}")
            self.notify(message, title="Export", severity="error", markup=False)
            return
        self.last_export = path
        self.notify(safe_line(f"Exported the transcript to {path}"), title="Export", markup=False)

    def action_copy_answer(self) -> None:
        if not self.answers:
            self.notify("No answer to copy yet", markup=False)
            return
        self.copy_to_clipboard(answer_markdown(self.answers[-1], heading="##"))
        self.notify("Copied the last answer and its sources", markup=False)

    def action_add_filings(self) -> None:
        def added(path: str | None) -> None:
            if path:
                self._enqueue(_Job("add", paths=(str(Path(path).expanduser()),)))

        self.push_screen(AddFilingsDialog(), added)


def run_app(location: IndexLocation) -> None:
    """Open the chat app on an index (the default one is built from the bundled sample on first
    run)."""
    FundQAApp(location.path, build_sample=location.is_default).run()
