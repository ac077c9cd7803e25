"""The form code a supplement prints at its top or its foot ("739-P1 08/25",
"SUP-SRB-PM-825", "VON-SK-007-0100", "SJEF-3600 (9/11/02)"), and questions asking for it
("What form code is printed at the top of the supplement?", "form number on the Class A/B/C
supplement?", "which supplement code follows the notice that ...?").

``codes`` reads the codes of a filing's passages: a code token (capitals and figures joined by
hyphens or dots, with a letter and a figure) that opens a passage or closes one, not a form,
rule or file number ("Form N-1A", "Rule 22e-4", "File No. 811-05669"). ``asked`` tells a
question asking for one, and which end of the filing it names ("top", "bottom", or None).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.model import Passage

# A code token: capitals and figures in two parts at least, joined by "-" or ".", with a letter
# and a figure ("739-P1", "AHKCI-15-02", "SUP-SRB-PM-825"; not "U.S.", "12b-1", "2025").
CODE = r"(?=[A-Z0-9.-]*\d)(?=[A-Z0-9.-]*[A-Z])[A-Z0-9]+(?:[-.][A-Z0-9]+)+"
# (with the month and year printed after it: "739-P1 08/25")
OPENING_RE = re.compile(rf"^\W{{0,3}}({CODE}(?:\s+\d{{2}}/\d{{2}}(?![\d/]))?)(?![\w/-])")
CLOSING_RE = re.compile(rf"(?<![\w/.-])({CODE})\W{{0,3}}$")
# Words before a token that make it another number than a form code.
NOT_CODE_BEFORE_RE = re.compile(
    r"\b(?:form|rule|file|no|nos|number|section|registration|cik|cusip|isin)\.?\s*$", re.I
)
# At least this many characters: shorter tokens are rarely codes ("A-1", "T-2").
CODE_MIN_CHARS = 6

ASKED_RE = re.compile(
    r"\b(?:form|supplement|document|reference|footer|identifying)\s+(?:code|number|no\.?|id)\b|"
    r"\bcode\s+(?:is\s+)?(?:printed|shown|given|at)\b|\b(?:what|which)\s+code\b",
    re.I,
)
TOP_RE = re.compile(r"\b(?:top|head|beginning|start|first|opening)\b", re.I)
BOTTOM_RE = re.compile(r"\b(?:bottom|foot|footer|end|last|closing)\b", re.I)


def asked(question: str) -> bool:
    """Whether a question asks for a form code ("What form code is printed at the top?")."""
    return ASKED_RE.search(question) is not None


def end_asked(question: str) -> str | None:
    """The end of the filing a question places the code at: "top", "bottom" or None."""
    if TOP_RE.search(question):
        return "top"
    if BOTTOM_RE.search(question):
        return "bottom"
    return None


def codes(passages: Iterable[Passage]) -> list[tuple[str, Passage]]:
    """The form codes that open or close a passage, in the filing's order."""
    out: list[tuple[str, Passage]] = []
    for p in passages:
        text = p.text.strip()
        for m in (OPENING_RE.match(text), CLOSING_RE.search(text)):
            if m is None or len(m.group(1)) < CODE_MIN_CHARS:
                continue
            if NOT_CODE_BEFORE_RE.search(text[: m.start(1)]):
                continue
            if not out or out[-1] != (m.group(1), p):
                out.append((m.group(1), p))
    return out
