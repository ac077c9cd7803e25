"""The schema's one-pass text field indexes exactly what whoosh's own TEXT field does, and an
index written with an older schema is recognised as one."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import NUMERIC, TEXT

from index import schema
from index.loaders import load
from index.sections import split
from index.store import _schema_current

TRICKY = [
    "",
    "the a of and",  # stop words only
    "The Fund's 5% of A. B. shares, e.g. U.S. 3.5 and co-managers' \u2019s",
    "of the Fund: it is the fund",  # stop words before the first kept word renumber positions
    "\u0130stanbul STRASSE stra\u00dfe \u00c9COLE \u2160 \u00bd x\u00b2 \u0391\u0392\u0393",
    "word " * 300,
]


def _values(seed_path: Path) -> list[str]:
    _, passages = split(load(seed_path))
    return [v for p in passages for v in (p.text, p.section_label)] + TRICKY


@pytest.mark.parametrize("name", ["text", "section", "funds"])
def test_stemmed_text_indexes_what_text_does(seed_path: Path, name: str) -> None:
    field = schema.build_schema()[name]
    assert isinstance(field, schema.StemmedText)
    for value in _values(seed_path):
        assert list(field.index(value)) == list(TEXT.index(field, value))
        assert list(field.spellable_words(value)) == list(TEXT.spellable_words(field, value))
    # the spelling words of the value just indexed come from its index pass; any other's
    # are read again
    field.index("Portfolio managers joined")
    for value in _values(seed_path)[:50]:
        assert list(field.spellable_words(value)) == list(TEXT.spellable_words(field, value))


def test_remembered_position_encodings_are_whoosh_s_own(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A term's one or two positions in a value are encoded once and then remembered: the
    same postings as TEXT's, also when the memory fills and is cleared again and again."""
    monkeypatch.setattr(schema, "_ENCODED_MAX", 5)
    monkeypatch.setattr(schema, "_ENCODED", {})
    field = schema.build_schema()["text"]
    for value in _values(seed_path) * 2:
        assert list(field.index(value)) == list(TEXT.index(field, value))
    assert 0 < len(schema._ENCODED) <= 5


def test_a_value_indexed_again_gives_the_same_postings_whatever_came_between(
    seed_path: Path,
) -> None:
    fields = schema.build_schema()
    other = schema.build_schema()["section"]  # another schema's field of the same name
    values = _values(seed_path)
    for value, after in zip(values, [*values[1:], values[0]], strict=True):
        for name in ("text", "section", "funds"):
            field = fields[name]
            first = list(field.index(value))
            assert list(other.index(after)) == list(TEXT.index(other, after))
            assert list(field.index(value)) == first == list(TEXT.index(field, value))
            assert list(field.index(after)) == list(TEXT.index(field, after))


def test_stemmed_text_falls_back_for_other_analyzers_and_options() -> None:
    from whoosh.analysis import StandardAnalyzer

    field = schema.StemmedText(analyzer=StandardAnalyzer())
    assert field._steps() is None
    assert list(field.index("Funds and managers")) == list(TEXT.index(field, "Funds and managers"))
    stemmed = schema.build_schema()["text"]
    chars = list(stemmed.index("Funds of managers", chars=True))
    assert chars == list(TEXT.index(stemmed, "Funds of managers", chars=True))


def _postings(path: Path) -> dict[str, list]:
    ix = whoosh_index.open_dir(str(path))
    out: dict[str, list] = {}
    with ix.reader() as reader:
        for field, term in reader.all_terms():
            if field in ("text", "section", "funds", "spell_text"):
                matcher = reader.postings(field, term)
                out.setdefault(field, []).append(
                    (term, list(matcher.all_items()), reader.doc_frequency(field, term))
                )
        out["stored"] = list(reader.all_stored_fields())
        out["lengths"] = [
            (f, reader.field_length(f), reader.max_field_length(f))
            for f in ("text", "section", "funds")
        ]
    return out


def test_an_index_written_with_stemmed_text_holds_the_same_postings(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, passages = split(load(seed_path))

    def write(path: Path) -> None:
        path.mkdir()
        ix = whoosh_index.create_in(str(path), schema.build_schema())
        with ix.writer() as writer:
            for p in passages:
                writer.add_document(
                    rtype="passage",
                    doc="seed",
                    text=p.text,
                    section=p.section_label,
                    funds="X Fund",
                )

    write(tmp_path / "fast")
    with monkeypatch.context() as m:
        m.setattr(schema, "StemmedText", TEXT)
        write(tmp_path / "plain")
    assert _postings(tmp_path / "fast") == _postings(tmp_path / "plain")


def test_index_with_numeric_passage_fields_is_an_older_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def older() -> object:
        s = schema.build_schema()
        s.remove("ordinal")
        s.add("ordinal", NUMERIC(stored=True))
        return s

    ix = whoosh_index.create_in(str(tmp_path), older())
    assert not _schema_current(ix)
    assert _schema_current(whoosh_index.create_in(str(tmp_path), schema.build_schema()))
