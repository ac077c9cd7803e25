"""Rendering an Answer as Markdown or as plain rich Text; untrusted text is never markup."""

from __future__ import annotations

import re

from rich.console import Group
from rich.text import Text

from assistant.answer import Answer, Citation
from index.textsafe import safe_line, safe_text

MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]()<>#+!|~>])")
CITE_MARK_RE = re.compile(r"\\\[(\d+)\\\]")
ABSTAIN_TITLE = "Not in the indexed filings"
# How a check's constraint is named to a reader.
CHECK_NAMES = {
    "fund": "fund",
    "person": "person",
    "share_class": "share class",
    "date": "date",
    "relation": "earlier state",
    "role": "role",
    "target": "not the person asked about",
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


def md_escape(text: str) -> str:
    """Escape Markdown syntax in untrusted text so it renders literally (links, HTML, emphasis)."""
    escaped = MARKDOWN_SPECIAL_RE.sub(r"\\\1", safe_line(text))
    return re.sub(r"^(\s*)(\d+)\.", r"\1\2\\.", escaped)


def answer_body_markdown(answer: Answer) -> str:
    """The answer itself (without the question) as Markdown, citation markers kept as [n]."""
    if answer.error:
        return f"**Error:** {md_escape(answer.error)}"
    body = CITE_MARK_RE.sub(r"[\1]", md_escape(answer.answer))
    if not answer.answered:
        body = f"**{ABSTAIN_TITLE}.** {body}"
    lines = [body]
    if answer.items and len(answer.items) > 1:
        lines.append("")
        lines.extend(f"- {md_escape(item)}" for item in answer.items)
    return "\n".join(lines)


def citation_markdown(c: Citation) -> str:
    quote = md_escape(c.text if len(c.text) <= 300 else c.text[:297] + "…")
    location = safe_line(c.location).replace("`", "'")
    return f"[{c.n}] `{location}`  \n> {quote}"


def answer_markdown(answer: Answer, explain: bool = False) -> str:
    """A whole answer (question, answer, list items, sources) as a Markdown block; with
    ``explain``, its checks and confidence too."""
    parts = [f"### {md_escape(answer.question)}", "", answer_body_markdown(answer)]
    if explain and not answer.error:
        parts += ["", "**Checks:**", ""] + [f"- {md_escape(x)}" for x in explanation_lines(answer)]
    cites = answer.citations or answer.related
    if cites:
        parts += ["", "**Sources:**" if answer.citations else "**Closest passages:**", ""]
        parts += [citation_markdown(c) + "\n" for c in cites]
    return "\n".join(parts).rstrip()


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
