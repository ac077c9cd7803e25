"""The lead-in just above a passage, told from the passage above it alone, is the one read
from the whole text above it (a table row's rows above included)."""

from __future__ import annotations

from pathlib import Path

from assistant import compose

FILINGS = (
    "html/SPY_497_20250128_000119312525014030.html",
    "html/VGORX_497K_20250829_000106394625000017.html",
    "dev/dev021.txt",
    "dev/dev023.txt",
    "dev/dev025.txt",
    "dev/dev029.txt",
    "dev/dev035.txt",
)


def test_lead_in_is_the_one_of_the_whole_text_above(shared_dir: Path, assistant_over) -> None:
    corpus = shared_dir / "corpus"
    assistant = assistant_over(
        {Path(n).name: (corpus / n).read_text(encoding="utf-8") for n in FILINGS}
    )
    snap = assistant.snap
    passages = [p for d in sorted(snap.docs) for p in snap.passages(d)]
    leads = 0
    for p in passages:
        whole = compose.lead_in(assistant._context_before(p))
        assert assistant._lead_in(p) == whole, (p.doc, p.ordinal)
        leads += bool(whole)
    assert leads and sum(p.kind == "row" for p in passages) > 200
