"""The "Export transcript" dialog: where to write the Markdown file, with a default filled in."""

from __future__ import annotations

from pathlib import Path

from assistant.tui.path_dialog import PathDialog


class ExportDialog(PathDialog):
    """Shows the file the transcript will be written to; Enter writes it, Escape cancels."""

    def __init__(self, default: Path) -> None:
        super().__init__(
            "Export the transcript as Markdown",
            "The questions, answers and their sources go to this file (edit the path, or press "
            "Enter):",
            value=str(default),
        )
