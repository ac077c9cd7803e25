"""The scaled-corpus generator behind the benchmarks: valid, varied, deterministic filings."""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from index.pipeline import ingest_file
from index.store import Store

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
TAG = re.compile(r"<[^>]*>")


def _bench_module(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def scaled() -> ModuleType:
    return _bench_module("scaled")


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


@pytest.fixture(scope="module")
def templates(scaled: ModuleType, corpus: Path) -> list:
    return [scaled.build_template(p) for p in scaled.source_files(corpus)]


def test_sources_are_the_filings_only(scaled: ModuleType, corpus: Path) -> None:
    names = {p.name for p in scaled.source_files(corpus)}
    assert "000_c14adad2a05aec02.txt" in names and "dev005.txt" in names
    assert "README.md" not in names and "SOURCES.tsv" not in names
    assert any(n.endswith(".html") for n in names)


def test_every_variant_keeps_its_source_layout_and_changes_its_content(
    scaled: ModuleType, templates: list
) -> None:
    for number, template in enumerate(templates):
        source = template.source.read_bytes().decode(template.encoding)
        name, text = scaled.render(template, random.Random(number), number)
        assert Path(name).suffix == template.source.suffix
        assert text.count("\n") == source.count("\n"), name
        assert TAG.findall(text) == TAG.findall(source), name
        assert text != source, name


def test_seed_variant_replaces_names_consistently(scaled: ModuleType, corpus: Path) -> None:
    template = scaled.build_template(corpus / "seed" / "000_c14adad2a05aec02.txt")
    _, text = scaled.render(template, random.Random(7), 7)
    assert "Pardo" not in text and "Rich" not in text and "J.P. Morgan" not in text
    assert "Met Investors" not in text
    surname = re.search(r"\b[A-Z][a-z]+ U\. ([A-Z][a-z]+), Managing Director", text).group(1)
    assert f"Ms. {surname}" in text  # every mention of one person gets the same new surname
    flat = " ".join(text.split())
    assert "Small Cap Stock Portfolio" in flat and "INVESTORS SERIES TRUST" in flat  # kept
    assert text.startswith("- 2 -\n")


def test_dates_amounts_and_accessions_vary(scaled: ModuleType, corpus: Path) -> None:
    seed = scaled.build_template(corpus / "seed" / "000_c14adad2a05aec02.txt")
    dates = {
        re.search(
            r"Prospectuses dated ([A-Za-z]+ \d+, \d{4})",
            scaled.render(seed, random.Random(n), n)[1],
        ).group(1)
        for n in range(6)
    }
    assert len(dates) >= 4
    sgml = scaled.build_template(corpus / "dev" / "dev081.txt")
    _, text = scaled.render(sgml, random.Random(1), 42)
    assert "0000728889-15-001613" not in text
    assert re.search(r"ACCESSION NUMBER: \d{10}-\d{2}-000042", text)
    html = next(t for t in scaled.source_files(corpus) if t.name.startswith("VAGIX"))
    name, text = scaled.render(scaled.build_template(html), random.Random(3), 3)
    assert re.fullmatch(r"VAGIX_497K_\d{8}_\d{12}000003\.html", name)
    assert text.startswith("<DOCUMENT>\n<TYPE>497K")


def test_generate_is_deterministic_and_ingests(
    scaled: ModuleType, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "scaled"
    files = scaled.generate(corpus, out, 20, seed=5)
    assert len(files) == 20 and len({p.name for p in files}) == 20
    again = scaled.generate(corpus, tmp_path / "again", 20, seed=5)
    assert [p.read_bytes() for p in files] == [p.read_bytes() for p in again]
    other = scaled.generate(corpus, tmp_path / "other", 20, seed=6)
    assert [p.read_bytes() for p in files] != [p.read_bytes() for p in other]
    # regenerating into the same folder replaces the earlier files instead of piling up
    assert len(scaled.generate(corpus, out, 10, seed=5)) == 10
    assert len([p for p in out.iterdir() if not p.name.startswith(".")]) == 10
    report = Store(tmp_path / "index").add([out])
    assert report.failed == [] and len(report.added) == 10 and report.passages > 10


def test_a_generated_filing_carries_new_metadata(
    scaled: ModuleType, corpus: Path, tmp_path: Path
) -> None:
    template = scaled.build_template(corpus / "seed" / "000_c14adad2a05aec02.txt")
    name, text = scaled.render(template, random.Random(11), 11)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    meta = ingest_file(path).meta
    assert meta.trust and meta.trust.endswith("Investors Series Trust")
    assert meta.trust != "Met Investors Series Trust"
    assert any(f.endswith("Small Cap Stock Portfolio") for f in meta.funds)


def test_answer_benchmark_scopes_questions_to_scaled_variants() -> None:
    answer = _bench_module("answer")
    names = {"s00004_dev005.txt", "SPY_497_20190128_0001234567190000007.html", "x.txt"}
    assert answer.scoped_doc("x.txt", names) == "x.txt"
    assert answer.scoped_doc("dev005.txt", names) == "s00004_dev005.txt"
    spy = "SPY_497_20250128_000119312525014030.html"
    assert answer.scoped_doc(spy, names) == "SPY_497_20190128_0001234567190000007.html"
    assert answer.scoped_doc("dev007.txt", names) is None
    assert answer.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    assert answer.percentile([float(i) for i in range(1, 101)], 0.95) == 95.0


@pytest.mark.parametrize("text", ["NAV of $1 per share.", "up to 100% of assets", "a 0.5% fee"])
def test_small_amounts_still_vary(scaled: ModuleType, tmp_path: Path, text: str) -> None:
    source = tmp_path / "small.txt"
    source.write_text(text, encoding="utf-8")
    template = scaled.build_template(source)
    for number in range(20):  # every scale, including those that round back to the source
        _, varied = scaled.render(template, random.Random(number), number)
        assert varied != text, number
