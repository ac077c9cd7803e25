"""The empty state: what the app does, clickable example questions, or how to add filings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.tui.messages import QuestionSubmitted
from index.textsafe import safe_line, safe_text

INTRO = (
    "Ask about the indexed fund filings: who manages a fund, since when, what risks or limits "
    "apply, when a supplement is dated or takes effect. Every answer cites the passage it "
    "comes from; when the filings do not say, the closest passages are shown instead."
)


class Welcome(Vertical):
    """Shown while the transcript is empty; its examples are asked when chosen."""

    def __init__(self) -> None:
        super().__init__(id="welcome")
        self.questions: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(Content("fundqa: cited answers from fund filings"), classes="welcome-title")
        yield Static(Content(INTRO), markup=False, classes="welcome-intro")
        yield Static(Content("Opening the index…"), markup=False, id="welcome-status")
        yield OptionList(id="examples")

    @property
    def examples(self) -> OptionList:
        return self.query_one("#examples", OptionList)

    def show_examples(self, questions: Sequence[str]) -> None:
        """List example questions built from the index."""
        status = self.query_one("#welcome-status", Static)
        examples = self.query_one("#examples", OptionList)
        examples.clear_options()
        self.questions = [safe_line(q) for q in questions]
        if self.questions:
            status.update(
                Content("Try one of these (Tab, then Enter; or click), or type your own below:")
            )
            examples.add_options(Option(Content(q)) for q in self.questions)
            examples.highlighted = 0
            examples.display = True
        else:
            status.update(Content("Type a question below."))
            examples.display = False
        self.remove_class("no-index")

    def show_message(self, text: str) -> None:
        """Replace the examples with a message (index being built, or an error)."""
        self.query_one("#welcome-status", Static).update(Content(safe_text(text)))
        self.query_one("#examples", OptionList).display = False

    def show_no_index(self, index_dir: Path) -> None:
        """Say plainly that there is no index and how to make one."""
        self.show_message(
            f"There is no index at {index_dir} yet. Add filings from a shell with\n"
            f"    fundqa index add PATH...\n"
            "(files or folders of 497 filings: .txt, EDGAR submissions or .htm), or press "
            "Ctrl+P and choose “Add filings”."
        )
        self.add_class("no-index")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(QuestionSubmitted(self.questions[event.option_index]))
