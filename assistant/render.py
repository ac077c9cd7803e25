"""Rendering an Answer as Markdown or as plain rich Text; untrusted text is never markup."""

from __future__ import annotations

import re

from rich.console import Group
from rich.text import Text

from assistant.answer import Answer, Citation
from index.textsafe import safe_line, safe_text

# Characters that start Markdown or HTML anywhere in a line (a citation marker [n] excepted).
INLINE_MARKUP_RE = re.compile(r"[\\`*<]|\[(?!\d+\])|(?<!\[\d)(?<!\[\d\d)\]")
# An underscore that could open or close emphasis (not one inside a word, as in file_name).
EMPHASIS_UNDERSCORE_RE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# What makes a line a heading, quote or list item when it starts the line (escaped as "\#",
# "\-", and for a number after it: "12\.").
BLOCK_START_RE = re.compile(r"^(\s*)(#|>|[-+](?=\s)|\d+(?=[.)]\s))")
# Characters of a cited passage quoted under each source.
QUOTE_CHARS = 300
ABSTAIN_TITLE = "Not in the indexed filings"
# How a check's constraint is named to a reader.
CHECK_NAMES = {
    "fund": "fund",
    "person": "person",
    "share_class": "share class",
    "date": "date",
    "relation": "earlier state",
    "time_side": "side of a date",
    "value_relation": "earlier value",
    "role": "role",
    "target": "not the one the question names",
    "answer_type": "value asked for",
}


def explanation_lines(answer: Answer) -> list[str]:
    """Why the answer was given (or not): each constraint with the citation that bears it out,
    and the confidence, as plain lines."""
    lines = [f"Confidence: {answer.confidence:.2f}"]
    for c in answer.checks:
        where = f"[{c.citation}]" if c.citation else ("" if c.ok else "not shown by any citation")
        mark = "ok" if c.ok else "FAILED"
        name = CHECK_NAMES.get(c.kind, c.kind)
        lines.append(f"{mark:>6}  {name}: {safe_line(c.value)} {where}".rstrip())
    if not answer.checks:
        lines.append("    (the question states no constraint to check)")
    return lines


def md_plain(text: str) -> str:
    """Untrusted text as Markdown that shows exactly that text: only what would start markup is
    escaped, so "(since September 2001)" and "1.20%" stay as written."""
    text = INLINE_MARKUP_RE.sub(lambda m: "\\" + m.group(0), safe_line(text))
    text = EMPHASIS_UNDERSCORE_RE.sub(r"\\_", text)
    return BLOCK_START_RE.sub(_escape_block_start, text)


def _escape_block_start(m: re.Match[str]) -> str:
    indent, mark = m.group(1), m.group(2)
    return indent + (mark + "\\" if mark.isdigit() else "\\" + mark)


def answer_body_markdown(answer: Answer) -> str:
    """The answer itself (without the question) as Markdown, citation markers kept as [n]."""
    if answer.error:
        return f"**Error:** {md_plain(answer.error)}"
    body = md_plain(answer.answer)
    if not answer.answered:
        body = f"**{ABSTAIN_TITLE}.** {body}"
    lines = [body]
    if answer.items and len(answer.items) > 1:
        lines.append("")
        lines.extend(f"- {md_plain(item)}" for item in answer.items)
    return "\n".join(lines)


def _source(c: Citation) -> str:
    quote = c.text if len(c.text) <= QUOTE_CHARS else c.text[: QUOTE_CHARS - 1] + "…"
    location = safe_line(c.location).replace("`", "'")
    return f"{c.n}. `{location}`\n   > {md_plain(' '.join(quote.split()))}"


def answer_markdown(answer: Answer, explain: bool = False, heading: str = "###") -> str:
    """One exchange: the question as a heading, the answer, its list items, its sources as a
    numbered list (numbered as the [n] markers); with ``explain``, its checks and confidence."""
    parts = [f"{heading} {md_plain(answer.question)}", ""]
    if answer.error:
        parts.append(f"Error: {md_plain(answer.error)}")
    else:
        prefix = "" if answer.answered else f"{ABSTAIN_TITLE}. "
        parts.append(prefix + md_plain(answer.answer))
        if len(answer.items) > 1:
            parts += ["", *(f"- {md_plain(item)}" for item in answer.items)]
    cites = answer.citations or answer.related
    if cites:
        parts += ["", "Sources:" if answer.citations else "Closest passages:", ""]
        parts += [_source(c) for c in cites]
    if explain and not answer.error:
        parts += ["", "Checks:", ""] + [
            f"- {md_plain(x.strip())}" for x in explanation_lines(answer)
        ]
    return "\n".join(parts)


def answer_text(answer: Answer, explain: bool = False) -> Group:
    """The answer for a terminal: plain rich Text objects, so nothing in it is parsed as markup;
    with ``explain``, its checks and confidence after the sources."""
    out: list[Text] = []
    if answer.error:
        out.append(Text(f"error: {safe_line(answer.error)}", style="bold red"))
        return Group(*out)
    if not answer.answered:
        out.append(Text(ABSTAIN_TITLE + ".", style="bold yellow"))
    out.append(Text(safe_text(answer.answer)))
    if answer.items and len(answer.items) > 1:
        for item in answer.items:
            out.append(Text(f"  • {safe_line(item)}"))
    cites = answer.citations or answer.related
    if cites:
        out.append(Text(""))
        out.append(Text("Sources:" if answer.citations else "Closest passages:", style="bold"))
        for c in cites:
            out.append(Text(f"[{c.n}] {safe_line(c.location)}", style="cyan"))
            snippet = c.text if len(c.text) <= 300 else c.text[:297] + "…"
            out.append(Text(f"    {safe_line(snippet)}", style="dim"))
    if explain:
        out.append(Text(""))
        out.append(Text("Checks:", style="bold"))
        out.extend(Text(line) for line in explanation_lines(answer))
    return Group(*out)
