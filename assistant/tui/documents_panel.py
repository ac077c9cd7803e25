"""The indexed filings with their funds and dates; choosing one scopes the questions to it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static, Tree

from assistant.tui.messages import ScopeRequested
from index.textsafe import safe_line

if TYPE_CHECKING:
    from index.store import DocRecord

# (kind, value) carried by each tree node: kind "all", "doc" or "fund".
NodeData = tuple[str, str | None]


class LiteralTree(Tree[NodeData]):
    """A Tree whose string labels are shown as text, never parsed as markup."""

    def process_label(self, label: str | Text) -> Text:
        text = Text(safe_line(label)) if isinstance(label, str) else label
        return super().process_label(text)


def doc_label(record: DocRecord) -> Text:
    """ "name  date" with the date dimmed."""
    label = Text(safe_line(record.name))
    date = record.meta.supplement_date or record.meta.filing_date
    if date:
        label.append(f"  {safe_line(date)}", style="dim")
    return label


class DocumentsPanel(Vertical):
    """A tree: "All filings", then each filing with its funds (space expands a filing)."""

    def __init__(self) -> None:
        super().__init__(id="documents")
        self._filled_for: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            Content("Filings  (Enter scopes, space shows funds)"),
            markup=False,
            id="documents-title",
        )
        tree = LiteralTree(Text("Index"), id="documents-tree")
        tree.show_root = False
        tree.auto_expand = False
        yield tree

    def fill(self, docs: Mapping[str, DocRecord], generation: int) -> None:
        """List the filings of one index generation (does nothing if already listed)."""
        if self._filled_for == generation:
            return
        self._filled_for = generation
        tree = self.query_one(LiteralTree)
        tree.clear()
        tree.root.add_leaf(Text("All filings (clear scope)", style="bold"), data=("all", None))
        for name, record in docs.items():
            node = tree.root.add(doc_label(record), data=("doc", name))
            for fund in record.meta.funds:
                node.add_leaf(Text(safe_line(fund)), data=("fund", fund))
            if not record.meta.funds:
                node.allow_expand = False
        tree.cursor_line = 0

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeData]) -> None:
        event.stop()
        if event.node.data is not None:
            kind, value = event.node.data
            self.post_message(ScopeRequested(kind, value))
