"""Split the development questions by fund family into a tuning part and a check part.

A question belongs to the family of the filing it is about: the ``fund_family`` column of the
corpus's ``SOURCES.tsv`` files (its first word, so "Putnam / Franklin Templeton" is Putnam and
"Wells Fargo Advantage" is Wells), the CIK for families listed as unknown, and for the HTML
filings, which have no such table, the filer prefix of the accession number in the file name.
Families are taken in the order of a stable hash of their key and go to the check part until it
holds a third of the questions, so those are never looked at while tuning; the split is
written once and committed.

    python benchmarks/eval_split.py ../shared > tests/data/eval-split.tsv
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path

# The share of questions in the check part (tuning : check about 2:1).
CHECK_SHARE = 1 / 3
CIK_RE = re.compile(r"CIK (\d+)")
ACCESSION_RE = re.compile(r"_(\d{10})\d{8}\.html?$")


def family_of(label: str) -> str:
    """A family key from a SOURCES.tsv label: the CIK of an unknown one, else its first word."""
    if label.lower().startswith("unknown"):
        m = CIK_RE.search(label)
        return f"cik{m.group(1)}" if m else label.lower()
    return re.split(r"[\s/(]+", label.strip())[0].lower()


def families(corpus: Path) -> dict[str, str]:
    """File name -> family key, for every filing of the corpus."""
    out: dict[str, str] = {}
    for table in sorted(corpus.rglob("SOURCES.tsv")):
        with table.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                out[row["file"]] = family_of(row["fund_family"])
    for path in sorted(corpus.rglob("*.htm*")):
        m = ACCESSION_RE.search(path.name)
        out[path.name] = f"filer{m.group(1)}" if m else path.stem
    for path in sorted(corpus.glob("seed/*")):
        out.setdefault(path.name, "met")
    return out


def _hash(family: str) -> int:
    return int(hashlib.sha256(family.encode()).hexdigest(), 16)


def split(questions: list[tuple[str, str]]) -> dict[str, str]:
    """Family -> "tune" or "check", from (question id, family) pairs."""
    counts: dict[str, int] = {}
    for _, family in questions:
        counts[family] = counts.get(family, 0) + 1
    parts: dict[str, str] = {}
    in_check = 0
    for family in sorted(counts, key=_hash):
        check = in_check < CHECK_SHARE * len(questions)
        parts[family] = "check" if check else "tune"
        in_check += counts[family] if check else 0
    return parts


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared"
    fam = families(shared / "corpus")
    questions: list[tuple[str, str]] = []
    for gold in sorted((shared / "eval").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                questions.append((q["id"], fam.get(q["doc"], q["doc"])))
    parts = split(questions)
    print("id\tfamily\tpart")
    for qid, family in questions:
        print(f"{qid}\t{family}\t{parts[family]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
