"""Print everything an index holds, in a stable order, to check that a change to ingest left
the index's content identical (compare two dumps with ``diff`` or ``cmp``).

For every Whoosh document (passage and doc records) its stored fields (a doc record's facts and
mentions inline, whether it holds them or names an items file: ``index.docitems``, so that the
two forms of one record compare equal); for every field a hash
over all its terms and postings (filing, record, weight, value) and over its field lengths,
and a hash over its terms alone (a spelling field's word list is its terms: what its postings
hold is not read);
every row of every table of the record file (metadata, facts, entities, name tables); the
display texts. Whoosh document numbers are replaced by (filing, record type, ordinal), so two
indexes written in another order of records compare equal only if their content is.

    python benchmarks/dump_index.py DIR > dump.txt
    python benchmarks/dump_index.py --build CORPUS DIR > dump.txt     # index CORPUS first
    python benchmarks/dump_index.py --build CORPUS --apart DIR > dump.txt
    python benchmarks/dump_index.py --build CORPUS --apart --tail DIR > dump.txt

``--apart`` builds with every filing read through the long-filing path (facts and part of the
mention scan in a second process); ``--tail`` also has each filing's last passages written
into a segment of their own by a third process (``index.segments``), handed over at the
first passage whatever the facts: the dump differs only in its count of segments.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from whoosh import index as whoosh_index


def _digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def inline_data(directory: Path, data: str) -> str:
    """A doc record's JSON text as it is when it holds its facts and mentions itself."""
    parsed = json.loads(data)
    if "items" not in parsed:
        return data
    found: dict[str, list] = {"facts": [], "mentions": []}
    with gzip.open(directory / "items" / parsed["items"], "rt", encoding="utf-8") as lines:
        for line in lines:
            for key, items in json.loads(line).items():
                found[key] += items
    return json.dumps({"record": parsed["record"], **found, "lines": parsed["lines"]})


def whoosh_lines(directory: Path) -> Iterator[str]:
    """Stored fields of every record, then per field a hash of its postings and lengths."""
    ix = whoosh_index.open_dir(str(directory / "whoosh"))
    with ix.searcher() as searcher:
        reader = searcher.reader()
        keys: dict[int, tuple] = {}
        stored: list[tuple[tuple, dict]] = []
        for docnum, fields in reader.iter_docs():
            key = (fields.get("doc"), fields.get("rtype"), fields.get("ordinal", -1))
            keys[docnum] = key
            if fields.get("rtype") == "doc":
                fields = {**fields, "data": inline_data(directory, fields["data"])}
            stored.append((key, fields))
        stored.sort(key=lambda kv: repr(kv[0]))
        yield f"records {len(stored)} segments {len(reader.leaf_readers())}"
        for _key, fields in stored:
            yield "doc " + json.dumps(fields, sort_keys=True, default=repr)
        for fieldname in sorted(reader.indexed_field_names()):
            digest = hashlib.sha256()
            words = hashlib.sha256()
            terms = 0
            postings = 0
            for term in reader.lexicon(fieldname):
                terms += 1
                words.update(repr(term).encode())
                matcher = reader.postings(fieldname, term)
                rows = []
                while matcher.is_active():
                    rows.append((keys[matcher.id()], matcher.weight(), matcher.value()))
                    matcher.next()
                rows.sort(key=repr)
                postings += len(rows)
                digest.update(repr((term, rows)).encode())
            lengths = sorted(
                (repr(keys[n]), reader.doc_field_length(n, fieldname, 0)) for n in keys
            )
            digest.update(repr(lengths).encode())
            yield f"field {fieldname} terms {terms} postings {postings} hash {digest.hexdigest()}"
            yield f"lexicon {fieldname} terms {terms} hash {words.hexdigest()}"


def record_lines(directory: Path) -> Iterator[str]:
    """Every row of every table of the latest record file (meta rows whose value is binary
    are hashed)."""
    files = sorted(directory.glob("records-*.sqlite"), key=lambda p: int(p.stem.split("-")[1]))
    if not files:
        yield "no record file"
        return
    db = sqlite3.connect(f"file:{files[-1]}?mode=ro", uri=True)
    tables = [
        row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")
    ]
    for table in tables:
        rows = db.execute(f"SELECT * FROM {table}").fetchall()
        rows.sort(key=repr)
        yield f"table {table} rows {len(rows)}"
        for row in rows:
            shown = [
                f"<{len(v)} bytes {hashlib.sha256(v).hexdigest()[:16]}>"
                if isinstance(v, bytes)
                else v
                for v in row
            ]
            yield f"  {table} " + json.dumps(shown, default=repr)
    db.close()


def text_lines(directory: Path) -> Iterator[str]:
    for path in sorted((directory / "texts").glob("*")):
        data = gzip.decompress(path.read_bytes())
        yield f"text {path.name} {len(data)} {hashlib.sha256(data).hexdigest()}"


def dump(directory: Path) -> Iterator[str]:
    yield from whoosh_lines(directory)
    yield from record_lines(directory)
    yield from text_lines(directory)


def build(corpus: Path, directory: Path, *, apart: bool, tail: bool = False) -> None:
    from index import pipeline, segments, store
    from index.store import Store

    if apart:  # one by one (no pool), each filing counted long
        pipeline.FACTS_APART_MIN_CHARS = 0
        store.PARALLEL_MIN_FILES = sys.maxsize
    if tail:  # every long filing's passages written in two processes
        segments.TAIL_MIN_PASSAGES = 1
        segments.TAIL_AFTER_FACTS = False
    report = Store(directory).add([corpus])
    print(report.summary(), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--build", type=Path, metavar="CORPUS", help="index CORPUS first")
    parser.add_argument("--apart", action="store_true", help="every filing the long way")
    parser.add_argument("--tail", action="store_true", help="and its tail in a segment apart")
    args = parser.parse_args(argv)
    if args.build:
        build(args.build, args.index, apart=args.apart, tail=args.tail)
    for line in dump(args.index):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
