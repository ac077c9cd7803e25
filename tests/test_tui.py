"""The Textual chat app, driven with Pilot over real indexes built once per module."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList

from assistant.suggest import (
    MIN_FRAGMENT_KEY,
    SCOPE_MATCH_MIN,
    Completer,
    ScopeChoice,
    example_questions,
    match_scopes,
)
from assistant.tui.add_filings_dialog import AddFilingsDialog
from assistant.tui.app import FundQAApp, Scope
from assistant.tui.chat_screen import ChatScreen
from assistant.tui.document_view import DocumentView, display_lines
from assistant.tui.export_dialog import ExportDialog
from assistant.tui.help_screen import HelpScreen
from assistant.tui.history import History, history_path
from assistant.tui.source_viewer import SourceViewer
from assistant.tui.transcript import Exchange
from index.names import compact_key
from index.store import Store

SEED_QUESTION = "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
SEED_FUND = "J.P. Morgan Small Cap Stock Portfolio"
SEED_DOC = "000_c14adad2a05aec02.txt"
SIZE = (130, 44)
# Upper bound on waiting for the engine in a test (a guard against hangs, not a timing check).
WAIT_SECONDS = 60

# A supplement in the style of the seed filing whose text carries Rich/Textual markup and
# terminal escape sequences (a screen clear, an OSC 52 clipboard write, a colour).
MARKUP_FILING = (
    "                      WIDGET GROWTH FUND\n"
    "\n"
    "          Supplement dated March 1, 2010 to the Prospectus dated May 1, 2009\n"
    "\n"
    "I.       Portfolio Managers\n"
    "\n"
    "     Since June 2005, [bold]Jane Q. Doe[/] has managed the Widget Growth Fund [/]\n"
    "with [link=https://evil.example/]Omar Said[/link]. [@click=app.quit]Click[/]\n"
    "\x1b[2J\x1b]52;c;ZXZpbA==\x07\x1b[31mThe Fund may invest without limit in REITs.\n"
)


@pytest.fixture(autouse=True)
def _history_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps its question history and its settings in its own temporary files."""
    path = tmp_path / "history.txt"
    monkeypatch.setenv("FUNDQA_HISTORY", str(path))
    monkeypatch.setenv("FUNDQA_CONFIG", str(tmp_path / "settings.json"))
    return path


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    index = tmp_path_factory.mktemp("sample-index")
    Store(index).add([seed_path.parent])
    return index


@pytest.fixture(scope="module")
def markup_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("markup-filings")
    (folder / "widget_[bold]_497.txt").write_text(MARKUP_FILING, encoding="utf-8")
    index = tmp_path_factory.mktemp("markup-index")
    Store(index).add([folder])
    return index


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test in its own event loop (no async pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def screen_text(app: FundQAApp) -> str:
    """What the terminal shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def until(pilot: Pilot, condition: object) -> None:
    """Let the app run until ``condition()`` holds."""
    for _ in range(int(WAIT_SECONDS / 0.02)):
        if condition():  # type: ignore[operator]
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the app did not get there")


async def ready(pilot: Pilot) -> FundQAApp:
    app: FundQAApp = pilot.app  # type: ignore[assignment]
    await until(pilot, lambda: app.assistant is not None and app._current is None)
    return app


async def ask(pilot: Pilot, question: str, *, typed: bool = False) -> None:
    """Enter a question (typed key by key, or pasted) and wait for its answer on screen."""
    app: FundQAApp = pilot.app  # type: ignore[assignment]
    before = len(app.answers)
    if typed:
        await pilot.press(*question)
    else:
        app.question_input.value = question
    await pilot.press("enter")
    await until(pilot, lambda: len(app.answers) > before)
    await until(pilot, lambda: bool(app.transcript.exchanges[-1].query(Markdown)))


def notes(app: FundQAApp) -> str:
    """Every notification the app has shown, one per line."""
    return "\n".join(str(n.message) for n in app._notifications)


def answer_shown(where: FundQAApp | Exchange) -> str:
    """The Markdown source of an exchange's answer (by default the last one)."""
    exchange = where.transcript.exchanges[-1] if isinstance(where, FundQAApp) else where
    return exchange.query_one(Markdown).source


# ---------------------------------------------------------------------------- asking


@sync
async def test_seed_question_shows_both_managers_with_citation_markers(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION, typed=True)
        text = screen_text(app)
        assert f"❯ {SEED_QUESTION}" in text
        assert "Marian U. Pardo" in text
        assert "Steven J. Rich" in text
        assert "[1]" in answer_shown(app)
        # the sources panel lists citation 1 in the seed filing
        assert f"[1] {SEED_DOC}" in text
        assert "last answer" in text


@sync
async def test_citation_opens_viewer_on_highlighted_cited_lines(
    sample_index: Path, seed_path: Path
):
    seed_lines = seed_path.read_text(encoding="utf-8").split("\n")
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        cite = app.answers[-1].citations[0]
        app.query_one("#sources-list").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))
        viewer: SourceViewer = app.screen  # type: ignore[assignment]
        await until(pilot, lambda: viewer.view is not None and viewer.view.highlight is not None)
        view = viewer.view
        assert view is not None
        assert view.highlight == (cite.line_start, cite.line_end)
        highlight = view.get_component_rich_style("document-view--highlight").bgcolor
        top = int(view.scroll_y)
        first = view.render_line(cite.line_start - 1 - top)
        assert seed_lines[cite.line_start - 1].strip() in first.text
        assert first.text.lstrip().startswith(f"{cite.line_start} ")
        assert any(seg.style and seg.style.bgcolor == highlight for seg in first)
        outside = view.render_line(cite.line_end - top)  # the line after the citation
        assert not any(seg.style and seg.style.bgcolor == highlight for seg in outside)
        assert seed_lines[cite.line_start - 1].strip() in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceViewer)


@sync
async def test_tab_to_the_sources_then_enter_opens_the_viewer(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await pilot.press("tab")
        assert app.focused is app.query_one("#sources-list")
        highlighted = app.query_one("#sources-list", OptionList).highlighted
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))
        assert app.screen.index == highlighted == 0  # type: ignore[attr-defined]


@sync
async def test_number_key_opens_citation_and_viewer_steps_through_citations(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        citations = app.answers[-1].citations
        app.transcript.focus()
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))
        viewer: SourceViewer = app.screen  # type: ignore[assignment]
        assert viewer.index == 0
        await pilot.press("n")
        assert viewer.index == (1 % len(citations))
        await pilot.press("p")
        assert viewer.index == 0
        assert f"1 of {len(citations)}" in screen_text(app)


@sync
async def test_number_keys_open_the_citation_of_the_answer_in_view(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await ask(pilot, "Which risks apply?")
        first, last = app.answers
        assert first.citations[0] != last.citations[0]
        app.transcript.focus()
        await pilot.press("home")  # scrolled back to the first answer, reading it
        await until(pilot, lambda: app.transcript.scroll_y == 0)
        await until(pilot, lambda: app.sources.answer is first)  # the sources panel follows
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))
        assert app.screen.citation == first.citations[0]  # type: ignore[attr-defined]
        await pilot.press("escape")
        app.transcript.focus()
        await pilot.press("end")
        await until(pilot, lambda: app.transcript.scroll_y == app.transcript.max_scroll_y)
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))
        assert app.screen.citation == last.citations[0]  # type: ignore[attr-defined]


@sync
async def test_clicking_a_source_under_the_answer_opens_the_viewer(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await pilot.click(".citation")
        await until(pilot, lambda: isinstance(app.screen, SourceViewer))


@sync
async def test_questions_asked_while_one_runs_are_queued_and_all_answered(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        # asked before the index is even open: both wait their turn
        app.ask(SEED_QUESTION)
        app.ask("When is the supplement dated?")
        assert [e.question for e in app.transcript.exchanges] == [
            SEED_QUESTION,
            "When is the supplement dated?",
        ]
        await until(pilot, lambda: len(app.answers) == 2)
        assert [a.question for a in app.answers] == [SEED_QUESTION, "When is the supplement dated?"]


@sync
async def test_follow_up_question_uses_the_conversation(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, "What is Marian Pardo's title?")
        await ask(pilot, "When did she join?")
        assert "1968" in answer_shown(app)


@sync
async def test_abstention_is_styled_and_offers_closest_passages(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, "What is the fund's 12b-1 distribution fee?")
        answer = app.answers[-1]
        assert not answer.answered
        exchange = app.transcript.exchanges[-1]
        assert exchange.query(".answer.abstained")
        assert "Not in the indexed filings" in screen_text(app)
        if answer.related:
            assert "Closest passages" in screen_text(app)


@sync
async def test_example_question_is_asked_when_chosen(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        examples = app.welcome.questions
        assert examples
        app.query_one("#examples").focus()
        await pilot.press("enter")
        await until(pilot, lambda: len(app.answers) == 1)
        assert app.answers[0].question == examples[0]
        assert not app.welcome.display


# ---------------------------------------------------------------------------- input


@sync
async def test_history_recalls_questions_and_persists_across_runs(
    sample_index: Path, _history_file: Path
):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await ask(pilot, "When is the supplement dated?")
        await pilot.press("up")
        assert app.question_input.value == "When is the supplement dated?"
        await pilot.press("up")
        assert app.question_input.value == SEED_QUESTION
        await pilot.press("down", "down")
        assert app.question_input.value == ""
    assert _history_file.read_text(encoding="utf-8").splitlines() == [
        SEED_QUESTION,
        "When is the supplement dated?",
    ]
    again = FundQAApp(sample_index)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("up")
        assert again.question_input.value == "When is the supplement dated?"


@sync
async def test_autocomplete_suggests_the_person_being_typed(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(*"who is marian p")
        await until(pilot, lambda: app.question_input._suggestion != "")
        assert "marian pardo" in screen_text(app)
        await pilot.press("right")
        assert app.question_input.value == "who is marian pardo"


# ---------------------------------------------------------------------------- focus


async def type_and_ask(pilot: Pilot, question: str) -> None:
    """Type a question key by key wherever focus is, press Enter, wait for it to be answered."""
    app: FundQAApp = pilot.app  # type: ignore[assignment]
    before = len(app.answers)
    await pilot.press(*question, "enter")
    await until(pilot, lambda: len(app.answers) > before)
    assert app.answers[-1].question == question
    assert app.transcript.exchanges[-1].question == question
    assert f"❯ {question[:20]}" in screen_text(app)


async def run_from_palette(pilot: Pilot, command: str) -> None:
    app: FundQAApp = pilot.app  # type: ignore[assignment]
    await pilot.press("ctrl+p")
    await pilot.press(*command)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ChatScreen))
    await pilot.pause()


@sync
async def test_a_question_typed_after_a_palette_command_is_asked(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await run_from_palette(pilot, "toggle sources panel")
        assert not app.sources.display
        await type_and_ask(pilot, "When is the supplement dated?")
        await run_from_palette(pilot, "clear scope")
        await type_and_ask(pilot, SEED_QUESTION)


@sync
async def test_a_question_typed_after_choosing_in_the_filings_panel_is_asked(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f2", "down", "enter")  # "All filings", then the seed filing
        assert app.scope == Scope("doc", SEED_DOC)
        await type_and_ask(pilot, "When is the supplement dated?")
        await run_from_palette(pilot, "toggle filings panel")
        assert not app.documents.display
        await type_and_ask(pilot, SEED_QUESTION)


@sync
async def test_a_question_typed_after_the_help_screen_is_asked(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await type_and_ask(pilot, SEED_QUESTION)
        await pilot.press("ctrl+p")
        await pilot.press(*"help")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await type_and_ask(pilot, "When is the supplement dated?")


@sync
async def test_typing_while_focus_is_off_the_input_goes_to_the_input(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        for where in (app.transcript, app.query_one("#sources-list")):
            where.focus()
            await pilot.pause()
            await pilot.press(*"who is m")
            assert app.focused is app.question_input
            assert app.question_input.value.startswith("who is m")
            app.question_input.value = ""


@sync
async def test_the_welcome_examples_are_one_tab_away(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.focused is app.question_input
        await pilot.press("tab")
        assert app.focused is app.welcome.examples
        await pilot.press("down", "enter")
        await until(pilot, lambda: len(app.answers) == 1)
        assert app.answers[0].question == app.welcome.questions[1]


@sync
async def test_page_up_and_down_in_the_input_scroll_the_transcript(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(pilot)
        for question in (SEED_QUESTION, "Which risks apply?"):
            await ask(pilot, question)
        await until(pilot, lambda: app.transcript.max_scroll_y > 0)
        await pilot.pause(0.2)
        bottom = app.transcript.scroll_y
        await pilot.press("pageup")
        await until(pilot, lambda: app.transcript.scroll_y < bottom)
        assert app.focused is app.question_input
        await pilot.press("pagedown")
        await until(pilot, lambda: app.transcript.scroll_y == bottom)


# ---------------------------------------------------------------------------- scope


@sync
async def test_scope_to_a_fund_from_the_filings_panel_then_clear_it(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f2")
        assert app.documents.display
        # from "All filings" down to the seed filing: expand it and choose its fund
        await pilot.press("down", "space", "down", "enter")
        assert app.scope == Scope("fund", SEED_FUND)
        assert f"Scope: {SEED_FUND}" in screen_text(app)
        app.question_input.focus()
        await ask(pilot, "Who manages the portfolio?")
        assert "Marian U. Pardo" in answer_shown(app)
        await pilot.press("f4")
        assert app.scope is None
        assert "Scope: all filings" in screen_text(app)


@sync
async def test_filings_panel_filter_finds_a_fund_to_scope_to(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f2", "slash")
        await pilot.press(*"smal cap")
        await pilot.press("enter")  # back to the tree: "All filings", then the matches
        await pilot.press("down", "enter")
        assert app.scope == Scope("fund", SEED_FUND)
        assert app.focused is app.question_input
        app.documents.tree.focus()
        await pilot.press(*"zzzz")  # typed in the panel: filters
        assert "no filing or fund matches" in screen_text(app)


@sync
async def test_filings_panel_names_funds_first_and_filters_as_you_type(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f2")
        seed = app.documents.tree.root.children[1]
        assert seed.label.plain == f"{SEED_FUND}  November 15, 2001  {SEED_DOC}"
        text = screen_text(app)
        assert f"{SEED_FUND}  November" in text
        assert "Filings: type to filter, Enter scopes to one," in text  # wrapped, not cut
        assert "lists its funds" in text
        await pilot.press(*"zzzz")  # focus is on the list: typing filters it
        assert app.documents.query_one("#documents-filter", Input).value == "zzzz"
        assert "no filing or fund matches" in screen_text(app)


def test_a_filing_label_without_fund_or_trust_is_its_file_name(sample_index: Path):
    from dataclasses import replace

    from assistant.tui.documents_panel import doc_label
    from index.model import DocMeta

    record = Store(sample_index).manifest()[SEED_DOC]
    bare = replace(record, meta=DocMeta(doc=SEED_DOC, form_type="497K"))
    assert doc_label(bare).plain == f"{SEED_DOC}  497K"
    three = replace(record, meta=DocMeta(doc=SEED_DOC, funds=("A Fund", "B Fund", "C Fund")))
    assert doc_label(three).plain == f"A Fund (+2 funds)  {SEED_DOC}"
    two = replace(record, meta=DocMeta(doc=SEED_DOC, funds=("A Fund", "B Fund")))
    assert doc_label(two).plain == f"A Fund (+1 fund)  {SEED_DOC}"


@sync
async def test_scope_to_a_filing_from_the_command_palette(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"scope filing 000_c14")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: app.scope is not None)
        assert app.scope == Scope("doc", SEED_DOC)
        assert f"Scope: filing {SEED_DOC}" in screen_text(app)


# ---------------------------------------------------------------------------- commands


@sync
async def test_export_asks_where_defaulting_to_documents_and_writes_markdown(
    sample_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "Documents").mkdir()
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        path = Path(app.screen.query_one(Input).value)
        assert path.parent == tmp_path / "Documents" and path.suffix == ".md"
        await until(pilot, lambda: path.name in screen_text(app))  # the end: where the cursor is
        assert "Export the transcript as Markdown" in screen_text(app)
        await pilot.press("enter")
        await until(pilot, lambda: app.last_export is not None)
        assert app.last_export == path
        text = path.read_text(encoding="utf-8")
        assert f"## {SEED_QUESTION}" in text
        assert "Steven J. Rich" in text
        assert f"1. `{SEED_DOC}, I. Portfolio Managers, lines" in text
        assert "\\(" not in text and "\\." not in text
        assert str(path) in " ".join(str(n.message) for n in app._notifications)
        assert app.focused is app.question_input


@sync
async def test_export_to_a_path_typed_over_the_default_and_a_failure_names_the_path(
    sample_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no Documents: the data dir
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        field = app.screen.query_one(Input)
        assert Path(field.value).parent == tmp_path / "data" / "fundqa"
        field.value = ""
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        await pilot.press(*str(blocker / "out.md"), "enter")
        await until(
            pilot, lambda: any("Cannot export" in str(n.message) for n in app._notifications)
        )
        failure = next(
            str(n.message) for n in app._notifications if "Cannot export" in str(n.message)
        )
        assert str(blocker / "out.md") in failure
        assert app.last_export is None
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one(Input).value = str(tmp_path / "mine.md")
        await pilot.press("enter")
        await until(pilot, lambda: app.last_export == tmp_path / "mine.md")
        assert (tmp_path / "mine.md").read_text(encoding="utf-8").startswith("# fundqa transcript")


@sync
async def test_the_theme_chosen_in_the_palette_is_kept_for_the_next_start(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme != "nord"
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"nord")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: app.theme == "nord")
    again = FundQAApp(sample_index)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


@sync
async def test_copy_last_answer_from_the_palette(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await pilot.press("ctrl+p")
        await pilot.press(*"copy last answer")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: bool(app.clipboard))
        assert app.clipboard.startswith(f"## {SEED_QUESTION}")


@sync
async def test_messages_arriving_while_the_app_closes_are_dropped(sample_index: Path):
    """The index can finish opening (or an answer arrive) after the user quit and the widgets
    are being torn down: that must not raise."""
    from assistant.tui.messages import IndexOpened

    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assistant = app.assistant
        app.exit()
        await app.welcome.query("*").remove()  # what the teardown does to its children
        app.on_index_opened(IndexOpened(assistant, None))
        app.on_index_opened(IndexOpened(None, None))


@sync
async def test_palette_offers_the_chat_commands_and_theme(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE):
        titles = {command.title for command in app.get_system_commands(app.screen)}
    assert {"Add filings", "Clear scope", "Export transcript", "Copy last answer"} <= titles
    assert {"Toggle filings panel", "Toggle sources panel", "Theme"} <= titles


@sync
async def test_add_filings_from_the_palette_reopens_the_index(tmp_path: Path, seed_path: Path):
    index = tmp_path / "index"
    Store(index).add([seed_path.parent])
    more = tmp_path / "more"
    more.mkdir()
    (more / "widget_497.txt").write_text(MARKUP_FILING, encoding="utf-8")
    app = FundQAApp(index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"add filings")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AddFilingsDialog))
        await pilot.press(*str(more), "enter")
        await until(pilot, lambda: app.assistant is not None and len(app.assistant.snap.docs) == 2)
        await until(pilot, lambda: "2 filings" in screen_text(app))


@sync
async def test_adding_a_bad_path_from_the_palette_says_why_naming_it(sample_index: Path, tmp_path):
    app = FundQAApp(sample_index)
    missing = tmp_path / "no-such-folder"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p", *"add filings")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AddFilingsDialog))
        await pilot.press(*str(missing), "enter")
        await until(pilot, lambda: "Cannot add" in notes(app))
        assert f"Cannot add {missing}: no such file or folder" in notes(app)
        assert "1 failed" in notes(app)


@sync
async def test_first_run_builds_the_index_from_the_bundled_sample(tmp_path: Path):
    app = FundQAApp(tmp_path / "fresh", build_sample=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert list(app.assistant.snap.docs) == [SEED_DOC]
        assert "1 filing · " in screen_text(app)
        assert SEED_QUESTION in app.welcome.questions


@sync
async def test_clear_transcript_forgets_the_conversation(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        await pilot.press("ctrl+l")
        assert app.transcript.exchanges == [] or all(
            not e.is_attached for e in app.transcript.exchanges
        )
        await pilot.pause()
        assert app.welcome.display
        assert app.conversation.turns == []
        assert app.sources.citations == ()
        assert "Ask a question: its sources appear" in screen_text(app)


@sync
async def test_help_screen_opens_and_closes(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "fundqa help" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@sync
async def test_without_an_index_the_app_says_how_to_add_filings(tmp_path: Path):
    app = FundQAApp(tmp_path / "no-index")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app._current is None and "fundqa index add" in screen_text(app))
        assert "no index" in screen_text(app)
        await ask(pilot, "Who manages the fund?")
        assert app.answers[-1].error is not None
        assert "fundqa index add" in screen_text(app)


# ---------------------------------------------------------------------------- untrusted text


@sync
async def test_markup_and_escape_sequences_are_shown_literally(markup_index: Path):
    app = FundQAApp(markup_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, "Who manages the Widget Growth Fund?")
        question = "Is [bold]this[/] a [@click=app.quit]trap[/] or [link=x]not[/link]?"
        await ask(pilot, question, typed=True)
        assert app.is_running
        text = screen_text(app)
        assert f"❯ {question}" in text
        # the first answer quotes the filing's sentence: shown as the characters it has
        assert "\\[bold\\]Jane" in answer_shown(app.transcript.exchanges[0])
        for fragment in ("[bold]Jane", "[link=https://evil.example/]Omar", "[@click=app.quit]Cli"):
            assert fragment in text
        assert "\x1b" not in text and "\x07" not in text
        # the filing's name and text reach the screen as the characters they are
        await pilot.press("f2")
        assert "widget_[bold]_497.txt" in screen_text(app)
        app.transcript.focus()
        first = app.answers[0]
        if first.citations or first.related:
            await pilot.press("1")
            await until(pilot, lambda: isinstance(app.screen, SourceViewer))
            shown = screen_text(app)
            assert "[bold]Jane Q. Doe[/] has managed the Widget Growth Fund [/]" in shown
            assert (
                "[link=https://evil.example/]Omar Said[/link]. [@click=app.quit]Click[/]" in shown
            )
            assert "\x1b" not in shown
            assert "widget_[bold]_497.txt" in shown
            await pilot.press("escape")
        assert app.is_running


def test_viewer_lines_blank_control_characters_and_expand_tabs():
    lines = display_lines("a\tb\n\x1b[2Jc\x07\n")
    assert lines == ["a       b", " [2Jc ", ""]


@sync
async def test_document_view_renders_markup_as_text():
    from textual.app import App

    class One(App[None]):
        def compose(self):
            yield DocumentView("[bold]x[/] [@click=app.quit]y[/]\nline two")

    app = One()
    async with app.run_test(size=(60, 5)):
        text = screen_text(app)  # type: ignore[arg-type]
        assert "1  [bold]x[/] [@click=app.quit]y[/]" in text
        assert "2  line two" in text


# ---------------------------------------------------------------------------- suggest


def _completer() -> Completer:
    names = [SEED_FUND, "Marian U. Pardo", "Steven J. Rich", "Stephen Rich", "Rich Pardo"]
    return Completer(names, [SEED_QUESTION])


def test_completion_extends_exactly_what_was_typed():
    c = _completer()
    assert c.complete("who manages the jp morgan sm") == (
        "who manages the jp morgan small Cap Stock Portfolio"
    )
    assert c.complete("Who ma") == "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
    assert c.complete("steven ") == "steven J. Rich"
    assert c.complete("nothing like it") is None


def test_completion_needs_enough_letters():
    c = _completer()
    assert len(compact_key("ma")) < MIN_FRAGMENT_KEY
    assert c.complete("ma") is None
    assert c.complete("mar") == "marian U. Pardo"


def test_completion_tolerates_typos_through_the_linker(sample_index: Path):
    from assistant.engine import Assistant

    assistant = Assistant(snapshot=Store(sample_index).snapshot())
    c = Completer.from_assistant(assistant)
    assert c.complete("marian p") == "marian pardo"
    assert c.complete("who is marain p") == "who is marain pardo"
    assert c.complete("stephen r") == "stephen rich"
    assistant.close()


def test_example_questions_come_from_the_index(sample_index: Path):
    snap = Store(sample_index).snapshot()
    questions = example_questions(snap)
    snap.close()
    assert SEED_QUESTION in questions
    assert any("Marian U. Pardo" in q or "Steven J. Rich" in q for q in questions)
    assert len(questions) == len(set(questions))


def test_scope_matching_threshold_separates_close_and_far_names():
    choices = [
        ScopeChoice("fund", SEED_FUND, f"Scope to fund: {SEED_FUND}"),
        ScopeChoice("fund", "AIM International Growth Fund", "Scope to fund: AIM ..."),
        ScopeChoice("doc", SEED_DOC, f"Scope to filing: {SEED_DOC}"),
    ]
    found = match_scopes("smal cpa", choices)
    assert [c.value for c, _ in found] == [SEED_FUND]
    assert all(score * 100 >= SCOPE_MATCH_MIN for _, score in found)
    assert match_scopes("met inv", choices) == []
    assert [c.value for c, _ in match_scopes("scope filing", choices)] == [SEED_DOC]


def test_history_steps_back_and_forth_and_keeps_the_draft(tmp_path: Path):
    history = History(tmp_path / "h.txt")
    for q in ("first", "second", "second", "third\x1b[2J"):
        history.add(q)
    assert history.entries == ["first", "second", "third [2J"]
    assert history.previous("draft") == "third [2J"
    assert history.previous("") == "second"
    assert history.next() == "third [2J"
    assert history.next() == "draft"
    assert History(tmp_path / "h.txt").entries == history.entries


def test_history_path_follows_the_environment(_history_file: Path):
    assert history_path() == _history_file


@sync
async def test_exchange_shows_question_literally():
    from textual.app import App

    class One(App[None]):
        def compose(self):
            yield Exchange(1, "[bold]x[/] [@click=app.quit]y[/]")

    app = One()
    async with app.run_test(size=(60, 5)):
        assert "❯ [bold]x[/] [@click=app.quit]y[/]" in screen_text(app)  # type: ignore[arg-type]


@sync
async def test_the_sources_panel_says_why_an_answer_was_given(sample_index: Path):
    app = FundQAApp(sample_index)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await ask(pilot, SEED_QUESTION)
        shown = str(app.query_one("#sources-checks").render())
        assert "Confidence" in shown and f"ok  fund: {SEED_FUND} [1]" in shown
        await ask(pilot, "Who was the portfolio manager before September 2001?")
        shown = str(app.query_one("#sources-checks").render())
        assert "FAILED  earlier state: before" in shown
