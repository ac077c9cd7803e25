"""A whole filing with line numbers, cited lines highlighted; renders only the visible lines."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from index.textsafe import safe_text

# Columns a tab advances to, as `less` and `vim` show filings.
TAB_SIZE = 8
# Cited lines are scrolled to this fraction of the view's height from its top.
SCROLL_FRACTION = 1 / 3


def display_lines(text: str) -> list[str]:
    """The document's lines as they are shown: control characters blanked, tabs expanded."""
    return safe_text(text).expandtabs(TAB_SIZE).split("\n")


class DocumentView(ScrollView, can_focus=True):
    """Line-numbered text of one filing; lines ``highlight`` (1-based, inclusive) stand out."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "document-view--gutter",
        "document-view--gutter-highlight",
        "document-view--highlight",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]

    def __init__(self, text: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines = display_lines(text)
        self.highlight: tuple[int, int] | None = None
        self._gutter = len(str(len(self.lines))) + 2
        width = max((cell_len(line) for line in self.lines), default=0)
        self.virtual_size = Size(self._gutter + width, len(self.lines))

    def show_lines(self, start: int, end: int) -> None:
        """Highlight lines ``start``-``end`` (1-based) and scroll them into view."""
        self.highlight = (start, end)
        self.refresh()
        self.call_after_refresh(self._scroll_to_highlight)

    def _scroll_to_highlight(self) -> None:
        if self.highlight is None:
            return
        start, end = self.highlight
        height = self.scrollable_content_region.height or self.size.height
        above = int(height * SCROLL_FRACTION) if end - start + 1 < height else 0
        self.scroll_to(x=0, y=max(0, start - 1 - above), animate=False, immediate=True)

    def is_highlighted(self, number: int) -> bool:
        """Whether 1-based line ``number`` is one of the cited lines."""
        return self.highlight is not None and self.highlight[0] <= number <= self.highlight[1]

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if index >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        number = index + 1
        marked = self.is_highlighted(number)
        gutter_style = self.get_component_rich_style(
            "document-view--gutter-highlight" if marked else "document-view--gutter"
        )
        text_style = (
            self.rich_style + self.get_component_rich_style("document-view--highlight")
            if marked
            else self.rich_style
        )
        gutter = Segment(f"{number:>{self._gutter - 2}}  ", gutter_style)
        text = Strip([Segment(self.lines[index], text_style)])
        text = text.crop(scroll_x, scroll_x + max(0, width - self._gutter))
        return Strip.join([Strip([gutter]), text]).extend_cell_length(width, text_style)
