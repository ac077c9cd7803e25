"""Command-palette entries: the app's own commands and scoping to a fund or filing."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.system_commands import SystemCommandsProvider

from assistant.suggest import match_scopes

if TYPE_CHECKING:
    from textual.app import SystemCommand

    from assistant.tui.app import FundQAApp

# (title, help, action name): every entry runs an app action, so keys and palette agree.
CHAT_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Add filings", "Index a file or folder of filings", "add_filings"),
    ("Clear scope", "Ask about all filings again", "clear_scope"),
    ("Export transcript", "Save the transcript with its sources as Markdown", "export"),
    ("Copy last answer", "Copy the last answer and its sources to the clipboard", "copy_answer"),
    ("Toggle filings panel", "Show or hide the list of indexed filings", "toggle_documents"),
    ("Toggle sources panel", "Show or hide the sources of the current answer", "toggle_sources"),
    ("Clear transcript", "Remove all questions and answers", "clear_transcript"),
    ("Help", "Keys and what the app does", "help"),
)


def chat_commands(app: FundQAApp) -> Iterable[SystemCommand]:
    """The app's own commands, for ``App.get_system_commands``."""
    from textual.app import SystemCommand

    for title, help_text, action in CHAT_COMMANDS:
        yield SystemCommand(title, help_text, partial(app.run_action, action))


class ScopeProvider(Provider):
    """ "Scope to fund: ..." and "Scope to filing: ..." for everything in the index."""

    @property
    def chat_app(self) -> FundQAApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        yield DiscoveryHit(
            Content("Scope to a fund or filing…"),
            partial(self.chat_app.action_show_documents),
            text="Scope to a fund or filing",
            help="Type “scope” and part of a fund or filing name, or browse the filings panel",
        )

    async def search(self, query: str) -> Hits:
        for choice, score in match_scopes(query, self.chat_app.scope_choices):
            yield Hit(
                score,
                Content(choice.label),
                partial(self.chat_app.set_scope, choice.kind, choice.value),
                text=choice.label,
                help="Restrict the following questions to this "
                + ("fund" if choice.kind == "fund" else "filing"),
            )


PROVIDERS = (SystemCommandsProvider, ScopeProvider)
