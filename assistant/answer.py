"""The one answer type both front ends render, and its JSON contract (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from index.model import Passage


@dataclass(frozen=True)
class Citation:
    """A numbered pointer from an answer to the passage that supports it."""

    n: int
    doc: str
    accession: str | None
    section: str
    line_start: int
    line_end: int
    char_start: int
    char_end: int
    text: str

    @classmethod
    def of(cls, n: int, passage: Passage, accession: str | None) -> Citation:
        return cls(
            n=n,
            doc=passage.doc,
            accession=accession,
            section=passage.section_label,
            line_start=passage.line_start,
            line_end=passage.line_end,
            char_start=passage.char_start,
            char_end=passage.char_end,
            text=passage.text,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "doc": self.doc,
            "accession": self.accession,
            "section": self.section,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "text": self.text,
        }

    @property
    def location(self) -> str:
        lines = (
            f"line {self.line_start}"
            if self.line_start == self.line_end
            else f"lines {self.line_start}-{self.line_end}"
        )
        return f"{self.doc}, {self.section or '(no heading)'}, {lines}"


@dataclass(frozen=True)
class Check:
    """One constraint of the question, and the citation ``n`` whose evidence satisfies it."""

    kind: str  # fund | person | share_class | date | relation | role | target
    value: str
    citation: int | None
    ok: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "constraint": self.kind,
            "value": self.value,
            "citation": self.citation,
            "ok": self.ok,
        }


@dataclass(frozen=True)
class Answer:
    """A short, cited answer, or an abstention that lists the closest passages."""

    question: str
    answered: bool
    answer: str
    items: tuple[str, ...] = ()
    intent: str = "general"
    confidence: float = 0.0
    citations: tuple[Citation, ...] = ()
    related: tuple[Citation, ...] = ()
    error: str | None = None
    id: str | None = None
    checks: tuple[Check, ...] = ()
    suggestions: tuple[str, ...] = field(default=(), compare=False)  # "did you mean" words
    seconds: float = field(default=0.0, compare=False)
    # What the confidence model read (answer path, verifier and retrieval figures); not in JSON.
    features: dict[str, float] = field(default_factory=dict, compare=False)

    def with_id(self, qid: str | None) -> Answer:
        return replace(self, id=qid)

    def to_dict(self) -> dict[str, Any]:
        """Exactly the answer JSON of DESIGN.md, keys in contract order."""
        return {
            "id": self.id,
            "question": self.question,
            "answered": self.answered,
            "answer": self.answer,
            "items": list(self.items),
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "error": self.error,
            "checks": [c.to_dict() for c in self.checks],
        }

    @classmethod
    def failure(cls, question: str, error: str, qid: str | None = None) -> Answer:
        """A question that could not be processed at all."""
        return cls(question=question, answered=False, answer="", error=error, id=qid)
