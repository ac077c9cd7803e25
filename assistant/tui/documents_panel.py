"""The indexed filings with their funds and dates; choosing one scopes the questions to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static, Tree

from assistant.suggest import ScopeChoice, match_scopes
from assistant.tui.messages import ScopeRequested
from index.textsafe import safe_line

if TYPE_CHECKING:
    from index.store import DocRecord

# (kind, value) carried by each tree node: kind "all", "doc" or "fund".
NodeData = tuple[str, str | None]
# Filings listed at once; with more, the filter narrows them (a tree of 10,000 is no help).
MAX_LISTED = 200


class LiteralTree(Tree[NodeData]):
    """A Tree whose string labels are shown as text, never parsed as markup."""

    def process_label(self, label: str | Text) -> Text:
        text = Text(safe_line(label)) if isinstance(label, str) else label
        return super().process_label(text)


def doc_label(record: DocRecord) -> Text:
    """What a user looks for first: the fund (or trust) the filing covers, then its form and
    date, dimmed, then the file name, dimmer."""
    meta = record.meta
    names = list(meta.funds) or [n for n in (meta.trust, meta.title) if n][:1]
    if names:
        others = len(names) - 1
        more = f" (+{others} fund{'s' if others > 1 else ''})" if others else ""
        label = Text(safe_line(names[0] + more))
    else:
        label = Text(safe_line(record.name))
    details = [d for d in (meta.form_type, meta.supplement_date or meta.filing_date) if d]
    if details:
        label.append("  " + " · ".join(safe_line(d) for d in details), style="dim")
    if names:
        label.append(f"  {safe_line(record.name)}", style="dim italic")
    return label


class DocumentsPanel(Vertical):
    """A filter box and a tree: "All filings", then filings, each with its funds."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter filings", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="documents")
        self.docs: Mapping[str, DocRecord] = {}
        self.choices: Sequence[ScopeChoice] = ()
        self._generation: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            Content("Filings: type to filter, Enter scopes to one, Space lists its funds"),
            markup=False,
            id="documents-title",
        )
        yield Input(
            placeholder="type to filter filings and funds…",
            id="documents-filter",
            select_on_focus=False,
        )
        tree = LiteralTree(Text("Index"), id="documents-tree")
        tree.show_root = False
        tree.auto_expand = False
        yield tree

    @property
    def tree(self) -> LiteralTree:
        return self.query_one(LiteralTree)

    def fill(
        self, docs: Mapping[str, DocRecord], choices: Sequence[ScopeChoice], generation: int
    ) -> None:
        """List the filings of one index generation (does nothing if already listed)."""
        if self._generation == generation:
            return
        self._generation = generation
        self.docs = docs
        self.choices = choices
        self._show(self.query_one("#documents-filter", Input).value)

    def _show(self, query: str) -> None:
        tree = self.tree
        tree.clear()
        tree.root.add_leaf(Text("All filings (clear scope)", style="bold"), data=("all", None))
        if query.strip():
            matches = [c for c, _ in match_scopes(query, self.choices, limit=MAX_LISTED)]
            for choice in matches:
                if choice.kind == "doc" and choice.value in self.docs:
                    self._add_doc(self.docs[choice.value])
                elif choice.kind == "fund":
                    label = Text("fund  ", style="dim").append(safe_line(choice.value))
                    tree.root.add_leaf(label, data=("fund", choice.value))
            if not matches:
                tree.root.add_leaf(Text("no filing or fund matches", style="dim italic"))
        else:
            for record in list(self.docs.values())[:MAX_LISTED]:
                self._add_doc(record)
            hidden = len(self.docs) - MAX_LISTED
            if hidden > 0:
                note = f"… and {hidden:,} more: type to filter"
                tree.root.add_leaf(Text(note, style="dim italic"))
        tree.cursor_line = 0

    def _add_doc(self, record: DocRecord) -> None:
        node = self.tree.root.add(doc_label(record), data=("doc", record.name))
        node.allow_expand = bool(record.meta.funds)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[NodeData]) -> None:
        """Add a filing's funds when it is first opened."""
        event.stop()
        node = event.node
        if node.data and node.data[0] == "doc" and not node.children:
            record = self.docs.get(node.data[1] or "")
            for fund in record.meta.funds if record else ():
                node.add_leaf(Text(safe_line(fund)), data=("fund", fund))

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeData]) -> None:
        event.stop()
        if event.node.data is not None:
            kind, value = event.node.data
            self.post_message(ScopeRequested(kind, value))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._generation is not None:
            self._show(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.tree.focus()

    def action_filter(self) -> None:
        self.query_one("#documents-filter", Input).focus()
