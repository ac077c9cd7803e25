"""Answer quality on synthetic 497 filings the engine was never built on (wrong rate first).

Two writers, each working alone and blind to the engine, its corpus and each other, wrote 14
filings apiece in the layouts and wordings of many fund families (EDGAR text supplements with
covers, page markers and space-aligned tables; HTML summary prospectuses with fee, example,
performance and manager tables; multi-fund prospectuses; sub-adviser changes, mergers,
liquidations, renames, fee caps, risk lists, multi-manager sleeves) and about 170 questions on
them, 40% of them near misses the filing does not answer. Every name in them is invented.

- ``tests/data/synthetic/fresh35``: studied. First report, taken at ddbb5d0 before any of it was
  read: 13.0% wrong (22), 72.8% correct, 8 of 66 unanswerable answered.
- ``tests/data/synthetic/fresh36``: only measured, never read. First report at f4a9336 (an
  index of the corpus and its own filings): 9.8% wrong (17), 77.6% correct, 5 of 69
  unanswerable answered.
- ``tests/data/synthetic/fresh37``: studied; written to the same brief as fresh38, below. First
  report at bc58970, before any of it was read: 9.7% wrong (17), 74.4% correct, 9 of 68
  unanswerable answered.
- ``tests/data/synthetic/fresh38``: only measured, never read; written to a brief asking for
  the kinds of filing such sets had lacked (money market funds, ETFs, target-date funds,
  variable insurance trusts, SAI supplements, table-only amendments, two-line table headers).
  First report at db1dcdf: 12.2% wrong (21), 68.6% correct, 11 of 69 unanswerable answered.

The questions are asked of one index holding ``../shared/corpus`` and both sets' filings (as a
user's index holds many families), built in ``--index`` when it is empty; a filing's questions
are asked of that filing. Scored by the rules of ``../shared/eval/README.md``.

    python benchmarks/synthetic.py --index /tmp/ix-synthetic [--records FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.engine import Assistant  # noqa: E402
from assistant.evaluate import Tally, judge, read_gold  # noqa: E402
from index.store import IndexMissing, Store  # noqa: E402

SYNTHETIC = REPO / "tests" / "data" / "synthetic"
SHARED = REPO.parent / "shared"
SETS = (
    ("fresh35 (synthetic filings, studied)", "fresh35"),
    ("fresh36 (synthetic filings, only measured)", "fresh36"),
    ("fresh37 (synthetic filings, studied)", "fresh37"),
    ("fresh38 (synthetic filings, only measured)", "fresh38"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="index to build or reuse")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--records", type=Path, help="write one JSON line per question here")
    args = parser.parse_args(argv)
    store = Store(args.index)
    try:
        empty = not store.snapshot().docs
    except IndexMissing:
        empty = True
    if empty:
        corpus = args.shared / "corpus"
        store.add([*([corpus] if corpus.is_dir() else []), *(SYNTHETIC / s for _, s in SETS)])
    assistant = Assistant(snapshot=store.snapshot())
    records = []
    for label, name in SETS:
        tally = Tally()
        unanswerable = answered_anyway = 0
        for gold in read_gold(SYNTHETIC / f"{name}.jsonl"):
            answer = assistant.ask(gold.question, doc=gold.doc if gold.scope == "doc" else None)
            outcome, cited = judge(gold, answer)
            tally.add(gold, outcome, cited)
            unanswerable += not gold.answerable
            answered_anyway += not gold.answerable and outcome == "wrong"
            records.append(
                {
                    "set": name,
                    "id": gold.id,
                    "outcome": outcome,
                    "answer": answer.answer[:400],
                    "confidence": answer.confidence,
                }
            )
        f = tally.figures()
        print(
            f"{label}: {f['questions']} questions, wrong {f['wrong_rate']:.1%} ({f['wrong']}), "
            f"correct {f['accuracy']:.1%}, refused {f['refused']}, "
            f"{answered_anyway} of {unanswerable} unanswerable answered"
        )
    if args.records:
        args.records.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
