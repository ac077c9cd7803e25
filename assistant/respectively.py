"""Values given class by class in one sentence with "respectively": "... to limit expenses to
1.29%, 0.69% and 1.09% for Class ADV, Class I and Class S2 shares, respectively, through May 1,
2026" pairs each share class with its value, in order.

``pairs`` reads one sentence; the engine answers an amount asked for a class from the pair of
that class, citing the sentence.
"""

from __future__ import annotations

import re

from assistant.share_classes import SHARE_CLASS_RE
from index.amounts import find as find_amounts

RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
# Classes written by their marks after one "Class" word: "Class A, C, N, T and Y shares",
# "Classes A and C".
_MARK = r"[A-Z][A-Z0-9]{0,3}"
MARKS_RE = re.compile(
    rf"\bClass(?:es)?\s+({_MARK}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_MARK})+)\b"
)


def _classes(text: str) -> list[str]:
    """The share classes a stretch of text names, in order, each as "Class X" or its own
    name ("Investor Class")."""
    marks = MARKS_RE.search(text)
    if marks is not None and not re.search(r"\bClass\s+[A-Z]", text[marks.end() :]):
        return [f"Class {m}" for m in re.findall(r"[A-Z][A-Z0-9]{0,3}", marks.group(1))]
    return [m.group(0) for m in SHARE_CLASS_RE.finditer(text)]


def pairs(sentence: str) -> list[tuple[str, str]]:
    """The (class, value) pairs a sentence gives "respectively"; [] when it gives none, or
    when its values and classes do not pair one to one."""
    said = RESPECTIVELY_RE.search(sentence)
    if said is None:
        return []
    before = sentence[: said.start()]
    classes = _classes(before)
    if len(classes) < 2:
        return []
    # the values listed before the classes
    first_class = before.find(classes[0].split()[-1], before.find("Class"))
    values = [a.text for a in find_amounts(before[: max(first_class, 0)] or before)]
    if len(values) != len(classes):
        return []
    return list(zip(classes, values, strict=True))


def same_class(a: str, b: str) -> bool:
    """Whether two writings name one share class ("Class S2", "class s2", "S2 Class")."""

    def key(c: str) -> str:
        words = [w for w in re.findall(r"[\w-]+", c.lower()) if w not in ("class", "shares")]
        return " ".join(words)

    return key(a) == key(b)


def class_word(c: str) -> str:
    """The word that tells a class apart ("institutional" of "Institutional Shares", "s2" of
    "Class S2")."""
    words = [w for w in re.findall(r"[\w-]+", c.lower()) if w not in ("class", "shares")]
    return words[0] if words else ""
