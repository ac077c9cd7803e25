"""The "Add filings" dialog: a path to a file or folder of filings to index."""

from __future__ import annotations

from assistant.tui.path_dialog import PathDialog


class AddFilingsDialog(PathDialog):
    """Asks for a file or folder of filings; dismisses with it on Enter, with None on Escape."""

    def __init__(self) -> None:
        super().__init__(
            "Add filings to the index",
            "A file or a folder of filings (plain text, EDGAR submissions, HTML). "
            "Unchanged files are skipped.",
            placeholder="path, e.g. ~/filings/",
        )
