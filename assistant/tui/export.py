"""The transcript as a Markdown file: where it goes by default, and clean Markdown to put there."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from assistant.answer import Answer
from assistant.render import answer_markdown, md_plain
from index.textsafe import safe_line


def transcript_markdown(
    answers: Sequence[Answer], index_dir: Path, scope: str, when: datetime
) -> str:
    """The whole transcript with every answer's sources, as one Markdown document."""
    head = (
        "# fundqa transcript\n\n"
        f"Exported {when:%Y-%m-%d %H:%M} from the index at `{safe_line(str(index_dir))}`; "
        f"scope: {md_plain(scope)}."
    )
    return "\n\n".join([head, *(answer_markdown(a, heading="##") for a in answers)]) + "\n"


def default_export_path(when: datetime) -> Path:
    """A new file in the user's documents folder (the fundqa data dir when there is none)."""
    from platformdirs import user_data_path, user_documents_path

    folder = user_documents_path()
    if not folder.is_dir():
        folder = user_data_path("fundqa", appauthor=False)
    stamp = f"{when:%Y%m%d-%H%M%S}"
    path = folder / f"fundqa-transcript-{stamp}.md"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"fundqa-transcript-{stamp}-{n}.md"
    return path
