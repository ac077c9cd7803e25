"""The transcript as a Markdown file: where it goes by default, and clean Markdown to put there."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from assistant.answer import Answer, Citation
from index.textsafe import safe_line

# Characters that start Markdown or HTML anywhere in a line (a citation marker [n] excepted).
INLINE_MARKUP_RE = re.compile(r"[\\`*<]|\[(?!\d+\])|(?<!\[\d)(?<!\[\d\d)\]")
# An underscore that could open or close emphasis (not one inside a word, as in file_name).
EMPHASIS_UNDERSCORE_RE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# What makes a line a heading, quote or list item when it starts the line (escaped as "\#",
# "\-", and for a number after it: "12\.").
BLOCK_START_RE = re.compile(r"^(\s*)(#|>|[-+](?=\s)|\d+(?=[.)]\s))")
# Characters of a cited passage quoted under each source.
QUOTE_CHARS = 300


def md_plain(text: str) -> str:
    """Untrusted text as Markdown that shows exactly that text: only what would start markup is
    escaped, so "(since September 2001)" and "1.20%" stay as written."""
    text = INLINE_MARKUP_RE.sub(lambda m: "\\" + m.group(0), safe_line(text))
    text = EMPHASIS_UNDERSCORE_RE.sub(r"\\_", text)
    return BLOCK_START_RE.sub(_escape_block_start, text)


def _escape_block_start(m: re.Match[str]) -> str:
    indent, mark = m.group(1), m.group(2)
    return indent + (mark + "\\" if mark.isdigit() else "\\" + mark)


def _source(c: Citation) -> str:
    quote = c.text if len(c.text) <= QUOTE_CHARS else c.text[: QUOTE_CHARS - 1] + "…"
    location = safe_line(c.location).replace("`", "'")
    return f"{c.n}. `{location}`\n   > {md_plain(' '.join(quote.split()))}"


def answer_markdown(answer: Answer) -> str:
    """One exchange: the question as a heading, the answer, its list items, its sources as a
    numbered list (numbered as the [n] markers)."""
    parts = [f"## {md_plain(answer.question)}", ""]
    if answer.error:
        parts.append(f"Error: {md_plain(answer.error)}")
    else:
        prefix = "" if answer.answered else "Not in the indexed filings. "
        parts.append(prefix + md_plain(answer.answer))
        if len(answer.items) > 1:
            parts += ["", *(f"- {md_plain(item)}" for item in answer.items)]
    cites = answer.citations or answer.related
    if cites:
        parts += ["", "Sources:" if answer.citations else "Closest passages:", ""]
        parts += [_source(c) for c in cites]
    return "\n".join(parts)


def transcript_markdown(
    answers: Sequence[Answer], index_dir: Path, scope: str, when: datetime
) -> str:
    """The whole transcript with every answer's sources, as one Markdown document."""
    head = (
        "# fundqa transcript\n\n"
        f"Exported {when:%Y-%m-%d %H:%M} from the index at `{safe_line(str(index_dir))}`; "
        f"scope: {md_plain(scope)}."
    )
    return "\n\n".join([head, *(answer_markdown(a) for a in answers)]) + "\n"


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
