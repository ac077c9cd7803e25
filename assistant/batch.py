"""Batches: reading question files (plain lines or JSONL) and writing answers in every format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from assistant.answer import Answer
from assistant.render import answer_markdown


@dataclass(frozen=True)
class BatchQuestion:
    """One input line: a question with its optional id and restrictions, or the line's error."""

    line: int
    id: str
    question: str
    doc: str | None = None
    fund: str | None = None
    error: str | None = None


def _opt_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"field {key!r} must be a string")
    return value


def parse_line(number: int, raw: str) -> BatchQuestion | None:
    """A question from one line of a batch file; None for a blank line."""
    line = raw.strip().lstrip("\ufeff")
    if not line:
        return None
    default_id = f"q{number}"
    if not line.startswith("{"):
        return BatchQuestion(number, default_id, line)
    qid = default_id
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise ValueError("not a JSON object")
        if obj.get("id") is not None:
            qid = str(obj["id"])
        question = obj.get("question")
        if not isinstance(question, str):
            raise ValueError("missing the 'question' field")
        if not question.strip():
            raise ValueError("empty 'question'")
        return BatchQuestion(
            number,
            qid,
            question,
            doc=_opt_str(obj, "doc"),
            fund=_opt_str(obj, "fund"),
        )
    except (ValueError, json.JSONDecodeError) as err:
        reason = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
        return BatchQuestion(
            number, qid, line[:200], error=f"line {number}: bad JSON line: {reason}"
        )


def read_questions(lines: Iterable[str]) -> Iterator[BatchQuestion]:
    for number, raw in enumerate(lines, 1):
        parsed = parse_line(number, raw)
        if parsed is not None:
            yield parsed


CSV_FIELDS = (
    "id",
    "question",
    "answered",
    "answer",
    "items",
    "intent",
    "confidence",
    "sources",
    "error",
)


def _sources(answer: Answer) -> str:
    cites = answer.citations or answer.related
    return "; ".join(f"[{c.n}] {c.doc}:{c.line_start}-{c.line_end}" for c in cites)


def write_answers(answers: Iterable[Answer], fmt: str, out: io.TextIOBase) -> None:
    """Write answers as jsonl, json, csv or markdown, in the order given (jsonl streams)."""
    if fmt == "jsonl":
        for a in answers:
            out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    elif fmt == "json":
        out.write(json.dumps([a.to_dict() for a in answers], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_FIELDS)
        for a in answers:
            writer.writerow(
                [
                    a.id,
                    a.question,
                    str(a.answered).lower(),
                    a.answer,
                    "; ".join(a.items),
                    a.intent,
                    f"{a.confidence:.3f}",
                    _sources(a),
                    a.error or "",
                ]
            )
    elif fmt == "markdown":
        for a in answers:
            out.write(answer_markdown(a) + "\n\n---\n\n")
    else:
        raise ValueError(f"unknown batch format {fmt!r}")
