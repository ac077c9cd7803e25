"""The help screen (F1): what the app does and every key."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# fundqa help

Ask questions about the indexed fund filings (SEC 497 prospectus supplements). Each answer
cites the passages it comes from as **[1]**, **[2]**; when the filings do not hold the answer
it says *Not in the indexed filings* and lists the closest passages instead. Follow-up
questions ("When did she join?") use the conversation so far.

## Keys

| Key | What it does |
| --- | --- |
| Enter | Ask the question (asked while another runs, it waits its turn) |
| Up / Down | Earlier / later questions (kept across runs) |
| Right | Accept the grey completion (names of funds, people, firms; example questions) |
| F1 | This help |
| F2 | Show or hide the filings panel: type to filter; Enter on a filing or fund scopes to it |
| F3 | Show or hide the sources panel |
| F4 | Clear the scope (ask about all filings again) |
| Tab | From the question box to the example questions (welcome); else to the next panel |
| PgUp / PgDn | Scroll the transcript (also from the question box) |
| any letter | Goes to the question box wherever focus is (in the filings panel: its filter) |
| 1-9 | Outside the question box: open that citation of the answer in view |
| Ctrl+L | Clear the transcript and the conversation |
| Ctrl+S | Export the transcript as Markdown: asks where (default: your documents) |
| Ctrl+P | Command palette: add filings, scope, export, copy the last answer, panels, theme |
| Ctrl+Q | Quit |

## Source viewer

Choosing a citation (Enter, a click, or its number) opens the whole filing with line numbers,
scrolled to the cited lines, which are highlighted.

| Key | What it does |
| --- | --- |
| n or ] | Next citation |
| p or [ | Previous citation |
| Up / Down, PgUp / PgDn, g / G | Scroll |
| Escape | Back to the chat |

## Building the index

From a shell: `fundqa index add PATH...` adds files or folders of filings (plain text, EDGAR
submissions, HTML); `fundqa index stats` shows what is indexed. In the app: Ctrl+P, then
*Add filings*.
"""


class HelpScreen(ModalScreen[None]):
    """A modal with the help text; Escape, F1 or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "app.pop_screen", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP, open_links=False)
