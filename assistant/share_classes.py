"""Share classes as filings and questions name them: "Class A", "Investor Class", "Classes A,
C and I", "A and C shares", "the Investor and Institutional classes"; each named as "Class A"
or "Investor Class"."""

from __future__ import annotations

import re

SHARE_CLASS_RE = re.compile(
    # a named class with a mark before "Class" ("Advisor B Class")
    r"\b(?:Investor|Institutional|Advisor|Adviser|Admiral|Retail|Service|Premier|Retirement|"
    r"Investment|Administrative|Select|Premium|Primary|Agency)\s+[A-Z]\d?\s+Class\b(?!es)|"
    r"\b[Cc]lass(?:es)?\s+[A-Z][A-Z0-9-]{0,5}\b|"
    r"\b(?:Investor|Institutional|Advisor|Adviser|Admiral|Retail|Service|Premier|Retirement|"
    r"Investment|Administrative|Select|Premium|Primary|Agency|ETF)"
    # (and a number: "Service 2 Class"; not "Select Class N" of "X Select Fund Class N": a word
    # of the fund's name before a class by its mark)
    r"(?:\s+\d)?\s+(?:[Cc]lass(?!\s+[A-Z][A-Z0-9-]{0,5}\b)(?!es)|Shares)\b"
    # any other class named by a capitalised word before "Class" ("Advantage Class"), not a
    # word that only points at one ("Each Class", "Share Class")
    r"|\b(?!(?:Share|Asset|Each|Every|Other|Same|Separate|Single|Which|What|That|This|"
    r"These|Those|Their|Your|Such|First|Second|Third|Last|Middle|World)\b)"
    r"[A-Z][a-z]{3,}\s+Class\b(?!es|\s+[A-Z][A-Z0-9-]{0,5}\b)"
)


# A share class written mark first ("S2 class", "R6 Class"); a mark is a letter or two with
# at most a digit, or a letter and digits.
MARK_FIRST_CLASS_RE = re.compile(r"\b([A-Z]{1,2}\d?|[A-Z]\d{1,2})\s+[Cc]lass\b(?!es)")
# Classes named together: marks after "Class(es)" ("Classes A, C and I", "Class A and C
# shares"), marks before "shares" or "classes" ("A and C shares"), and names before "classes"
# ("the Investor and Institutional classes", "Advisor, Institutional and Retail share
# classes"); each is one class of the question.
_MARK = r"(?:[A-Z]{1,2}\d?|[A-Z]\d{1,2})"
# A class's mark alone ("A", "R6"), for a word already split off.
MARK_RE = re.compile(_MARK)
_TOGETHER = r"(?:\s*,\s*{x})*,?\s+(?:and|or|&|vs\.?|versus)\s+{x}"
_MARKS_TOGETHER = _TOGETHER.format(x=r"(?:[Cc]lass\s+)?" + _MARK)
MARKS_AFTER_RE = re.compile(rf"\b[Cc]lass(?:es)?\s+(?P<marks>{_MARK}{_MARKS_TOGETHER})\b")
_BARE_MARKS_TOGETHER = _TOGETHER.format(x=_MARK)
MARKS_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<marks>{_MARK}{_BARE_MARKS_TOGETHER})\s+(?:shares|share\s+classes|"
    r"classes)\b"
)
_CLASS_NAME = (
    r"(?!(?:Share|Asset|Each|Every|Other|Same|Separate|Single|Which|What|That|This|These|Those|"
    r"Their|Your|Such|First|Second|Third|Last|Middle|World|The|Both|All|Class|Classes|Shares)\b)"
    r"[A-Z][a-z]{3,}"
)
# ("the Investor vs the Institutional Class": an article may lead each name)
_NAMES_TOGETHER = _TOGETHER.format(x=r"(?:the\s+)?" + _CLASS_NAME)
NAMES_BEFORE_RE = re.compile(
    rf"\b(?P<names>{_CLASS_NAME}{_NAMES_TOGETHER})\s+(?:share\s+)?"
    r"(?:[Cc]lasses|[Cc]lass\s+shares|[Cc]lass\s+of\s+shares|[Cc]lass\b(?!\s+[A-Z]))"
)
_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|\bor\b|&|\bvs\b\.?|\bversus\b)\s*")


def share_classes(question: str) -> tuple[str, ...]:
    """The share classes a question names, each as "Class A" or "Investor Class", in order."""
    found: list[tuple[int, str]] = []
    named: list[tuple[int, int]] = []
    for m in SHARE_CLASS_RE.finditer(question):
        named.append(m.span())
        if not m.group(0).lower().startswith("classes"):
            found.append((m.start(), re.sub(r"\bclass\b", "Class", " ".join(m.group(0).split()))))
    for m in MARK_FIRST_CLASS_RE.finditer(question):
        if not any(a < m.start() < b for a, b in named):  # (the "B Class" of "Advisor B Class")
            found.append((m.start(), f"Class {m.group(1)}"))
    for pattern in (MARKS_AFTER_RE, MARKS_BEFORE_RE):
        for m in pattern.finditer(question):
            marks = [re.sub(r"^[Cc]lass\s+", "", x) for x in _SPLIT_RE.split(m.group("marks"))]
            found += [(m.start("marks") + k, f"Class {x}") for k, x in enumerate(marks) if x]
    for m in NAMES_BEFORE_RE.finditer(question):
        names = [re.sub(r"^the\s+", "", x) for x in _SPLIT_RE.split(m.group("names"))]
        found += [(m.start("names") + k, f"{x} Class") for k, x in enumerate(names) if x]
    return tuple(dict.fromkeys(c for _, c in sorted(found)))
