"""Scoring answers against a gold file, exactly by the rules of shared/eval/README.md."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answer import Answer

# Longest answer text (citation markers removed) and list item that still count as an answer.
MAX_ANSWER_CHARS = 400
MAX_ITEM_CHARS = 200

CITE_MARK_RE = re.compile(r"\[\d+\]")
QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "″": '"',
    }
)
DASHES_RE = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]")
ZERO_WIDTH_RE = re.compile(r"[\u200B\u200C\u200D\u2060\uFEFF]")
SPACE_RE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, case-fold, straight quotes, dashes to '-', '|' to space, no zero-width, one space."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(QUOTES)
    text = DASHES_RE.sub("-", text)
    text = ZERO_WIDTH_RE.sub("", text).replace("|", " ")
    return SPACE_RE.sub(" ", text).strip()


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    doc: str
    scope: str
    question: str
    answerable: bool
    type: str
    gold: tuple[str, ...]
    evidence: str


def read_gold(path: Path) -> list[GoldQuestion]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                out.append(
                    GoldQuestion(
                        id=str(obj["id"]),
                        doc=obj.get("doc", ""),
                        scope=obj.get("scope", "corpus"),
                        question=obj["question"],
                        answerable=bool(obj.get("answerable", True)),
                        type=obj.get("type", "general"),
                        gold=tuple(obj.get("gold", ())),
                        evidence=obj.get("evidence", ""),
                    )
                )
            except (KeyError, TypeError, json.JSONDecodeError) as err:
                raise ValueError(
                    f"{path.name}: line {number}: not a gold question ({err})"
                ) from err
    return out


def judge(gold: GoldQuestion, answer: Answer) -> tuple[str, bool]:
    """(outcome, cited): outcome is correct | wrong | refused."""
    if not gold.answerable:
        return ("correct" if not answer.answered else "wrong"), False
    if not answer.answered:
        return "refused", False
    text = CITE_MARK_RE.sub("", answer.answer)
    if len(text) > MAX_ANSWER_CHARS or any(len(i) > MAX_ITEM_CHARS for i in answer.items):
        return "wrong", False
    haystack = normalise(text) + "\n" + "\n".join(normalise(i) for i in answer.items)
    if not all(normalise(g) in haystack for g in gold.gold):
        return "wrong", False
    evidence = normalise(gold.evidence)
    cited = any(evidence in normalise(c.text) for c in answer.citations)
    return "correct", cited


@dataclass
class Tally:
    total: int = 0
    correct: int = 0
    wrong: int = 0
    refused: int = 0
    answerable: int = 0
    answerable_correct: int = 0
    unanswerable: int = 0
    abstained_right: int = 0
    cited: int = 0

    def add(self, gold: GoldQuestion, outcome: str, cited: bool) -> None:
        self.total += 1
        self.correct += outcome == "correct"
        self.wrong += outcome == "wrong"
        self.refused += outcome == "refused"
        if gold.answerable:
            self.answerable += 1
            self.answerable_correct += outcome == "correct"
            self.cited += cited
        else:
            self.unanswerable += 1
            self.abstained_right += outcome == "correct"

    def figures(self) -> dict[str, float | int]:
        def share(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "questions": self.total,
            "accuracy": share(self.correct, self.total),
            "answerable_accuracy": share(self.answerable_correct, self.answerable),
            "cited_share": share(self.cited, self.answerable_correct),
            "abstention_accuracy": share(self.abstained_right, self.unanswerable),
            "wrong_rate": share(self.wrong, self.total),
            "correct": self.correct,
            "wrong": self.wrong,
            "refused": self.refused,
        }


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)

    def to_dict(self, with_failures: bool = False) -> dict:
        data: dict = {**self.overall.figures()}
        data["by_type"] = {k: v.figures() for k, v in sorted(self.by_type.items())}
        if with_failures:
            data["failures"] = self.failures
        return data


def score(golds: Sequence[GoldQuestion], answers: Iterable[Answer]) -> Report:
    report = Report()
    for gold, answer in zip(golds, answers, strict=True):
        outcome, cited = judge(gold, answer)
        report.overall.add(gold, outcome, cited)
        report.by_type.setdefault(gold.type, Tally()).add(gold, outcome, cited)
        if outcome != "correct" or (gold.answerable and not cited):
            report.failures.append(
                {
                    "id": gold.id,
                    "outcome": outcome if outcome != "correct" else "uncited",
                    "question": gold.question,
                    "gold": list(gold.gold),
                    "answer": answer.answer,
                    "items": list(answer.items),
                    "error": answer.error,
                    "cited": [f"{c.doc}:{c.line_start}-{c.line_end}" for c in answer.citations],
                }
            )
    return report
