"""The per-generation record file: filing records, facts, resolved entities and the name
tables of ``index.name_tables``, in SQLite.

One file per Whoosh generation (``records-<gen>.sqlite``), written whole into a temporary file
and renamed into place, then only read (opened ``immutable``: no locks, no journal). A reader
keeps in memory only what it asks for; the operating system pages the rest. Facts are stored
in index order (filings in folder-walk order, each filing's facts as extracted) with indexes on
the columns the engine looks them up by: filing, kind and the canonical name of the person a
fact is about.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from index import name_tables
from index.model import DocMeta, Entity, Fact

if TYPE_CHECKING:
    import numpy as np

    from index.store import DocRecord

# Bumped whenever the tables change: a file of another version is rebuilt from the doc records.
RECORDS_VERSION = 4

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE docs (pos INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, trust TEXT,
                   passages INTEGER NOT NULL, text_key TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE funds (doc INTEGER NOT NULL, n INTEGER NOT NULL, fund TEXT NOT NULL);
CREATE TABLE facts (pos INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL,
                    person TEXT NOT NULL, value TEXT NOT NULL, items TEXT NOT NULL, fund TEXT,
                    doc TEXT NOT NULL, passage INTEGER NOT NULL, attrs TEXT NOT NULL);
CREATE TABLE passage_lines (doc INTEGER PRIMARY KEY, bounds BLOB NOT NULL);
"""
# Built after the rows are in (faster than keeping them up to date row by row).
_INDEXES = """
CREATE INDEX funds_doc ON funds (doc, n);
CREATE INDEX facts_doc ON facts (doc, pos);
CREATE INDEX facts_kind ON facts (kind, pos);
CREATE INDEX facts_person ON facts (person, pos);
"""
_FACT_COLUMNS = "pos, kind, subject, value, items, fund, doc, passage, attrs"
# Values bound in one statement (SQLite's limit is 999 in older builds).
SQL_VARIABLES = 500


class RecordsError(Exception):
    """A record file that cannot be read (missing, damaged, or of another version)."""


def _pairs(value: object) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in value)


def _fact(row: Sequence) -> Fact:
    _pos, kind, subject, value, items, fund, doc, passage, attrs = row
    attrs = _pairs(json.loads(attrs))
    return Fact(kind, subject, value, tuple(json.loads(items)), fund, doc, passage, attrs)


def pack_lines(flat: Sequence[int]) -> bytes:
    """A filing's passage lines (first and last line of each passage by ordinal, flat, as
    ``store.passage_lines`` gives them) as the record file keeps them: 32-bit little-endian."""
    return struct.pack(f"<{len(flat)}i", *flat)


def _doc_record(data: str) -> DocRecord:
    from index.store import DocRecord

    fields = json.loads(data)
    meta = DocMeta(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields["meta"].items()})
    return DocRecord(**{**fields, "meta": meta})


def write(
    path: Path,
    *,
    generation: int,
    docs: Sequence[DocRecord],
    facts: Sequence[Fact],
    entities: Sequence[Entity],
    owners: np.ndarray | None,
    tag: str,
    lines: Mapping[str, bytes] | None = None,
) -> None:
    """Write a record file atomically: into a temporary file beside ``path``, synced, renamed.

    ``docs`` in name order (their positions are what ``owners`` refers to), ``facts`` and
    ``entities`` in index order; ``tag`` names the parser version the records come from;
    ``lines``: each filing's passage lines by name (``pack_lines``), where known.
    """
    with replaced(path, suffix=".sqlite") as tmp:
        db = sqlite3.connect(tmp)
        try:
            db.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA + name_tables.TABLES
            )
            _fill(db, generation, docs, facts, entities, owners, tag, lines or {})
            db.executescript(_INDEXES + name_tables.INDEXES)
            db.commit()
        finally:
            db.close()


@contextlib.contextmanager
def replaced(path: Path, suffix: str = "") -> Iterator[str]:
    """A temporary file beside ``path`` to write; once the block ends, it is synced and renamed
    over ``path`` (readers see the old file or the new one, never half of one); on an error it
    is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=suffix)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _fill(
    db: sqlite3.Connection,
    generation: int,
    docs: Sequence[DocRecord],
    facts: Sequence[Fact],
    entities: Sequence[Entity],
    owners: np.ndarray | None,
    tag: str,
    lines: Mapping[str, bytes],
) -> None:
    meta = {
        "version": RECORDS_VERSION,
        "tag": tag,
        "generation": generation,
        "passages": sum(d.passages for d in docs),
        "owners": None if owners is None else owners.astype("<i4").tobytes(),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)",
        (
            (pos, d.name, d.meta.trust, d.passages, d.text_key, json.dumps(asdict(d)))
            for pos, d in enumerate(docs)
        ),
    )
    db.executemany(
        "INSERT INTO passage_lines VALUES (?, ?)",
        ((pos, lines[d.name]) for pos, d in enumerate(docs) if d.name in lines),
    )
    db.executemany(
        "INSERT INTO funds VALUES (?, ?, ?)",
        ((pos, n, fund) for pos, d in enumerate(docs) for n, fund in enumerate(d.meta.funds)),
    )
    canonical = name_tables.person_names(entities)
    db.executemany(
        "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                pos,
                f.kind,
                f.subject,
                canonical.get(f.subject, f.subject),
                f.value,
                json.dumps(f.items),
                f.fund,
                f.doc,
                f.passage,
                json.dumps(f.attrs),
            )
            for pos, f in enumerate(facts)
        ),
    )
    listing = [(d.name, d.meta.trust, d.meta.funds) for d in docs]
    tickers = [f for f in facts if f.kind == "ticker"]
    name_tables.write_tables(db, entities, name_tables.fund_table(listing, entities, tickers))


def copy(source: Path, path: Path, *, generation: int, owners: np.ndarray | None) -> None:
    """Write the records of ``source`` again for another generation of the same content (after
    segments were merged: same records, new docnums)."""
    with replaced(path, suffix=".sqlite") as tmp:
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.executemany(
                "UPDATE meta SET value = ? WHERE key = ?",
                [
                    (generation, "generation"),
                    (None if owners is None else owners.astype("<i4").tobytes(), "owners"),
                ],
            )
            db.commit()
        finally:
            db.close()


class Records:
    """Read-only queries over one record file; nothing is loaded until asked for."""

    def __init__(self, path: Path, *, generation: int, tag: str) -> None:
        """Raises RecordsError when the file is missing, damaged, of another version, or
        written for another generation or parser."""
        self.path = path
        if not path.is_file():
            raise RecordsError(f"no record file {path.name}")
        try:
            self._db = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as err:
            raise RecordsError(f"damaged record file {path.name}: {err}") from None
        if (meta.get("version"), meta.get("tag"), meta.get("generation")) != (
            RECORDS_VERSION,
            tag,
            generation,
        ):
            self._db.close()
            raise RecordsError(f"record file {path.name} is of another version")
        self.passage_count: int = meta["passages"]
        self._owners: bytes | None = meta["owners"]
        self._names: name_tables.NameIndex | None = None

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, *args: object) -> list:
        return self._db.execute(sql, args).fetchall()

    # ------------------------------------------------------------------ filings
    def doc_names(self) -> list[str]:
        """Every filing's name, in name order (the order ``owners`` positions refer to)."""
        return [name for (name,) in self._rows("SELECT name FROM docs ORDER BY pos")]

    def doc(self, name: str) -> DocRecord | None:
        rows = self._rows("SELECT data FROM docs WHERE name = ?", name)
        return _doc_record(rows[0][0]) if rows else None

    def docs(self) -> Iterator[DocRecord]:
        for (data,) in self._db.execute("SELECT data FROM docs ORDER BY pos"):
            yield _doc_record(data)

    def passage_lines(self, name: str) -> np.ndarray | None:
        """The first and last line of each passage of a filing, one row per ordinal (-1, -1
        where no passage has it); None when the filing's were not kept."""
        rows = self._rows(
            "SELECT bounds FROM passage_lines JOIN docs ON docs.pos = passage_lines.doc"
            " WHERE docs.name = ?",
            name,
        )
        if not rows:
            return None
        import numpy as np

        return np.frombuffer(rows[0][0], dtype="<i4").reshape(-1, 2)

    def text_keys(self) -> set[str]:
        return {key for (key,) in self._rows("SELECT text_key FROM docs")}

    def fund_listing(self) -> list[tuple[str, str | None, tuple[str, ...]]]:
        """(filing, trust, funds) of every filing, in name order: what fund scoping needs,
        without reading whole records."""
        out: list[tuple[str, str | None, tuple[str, ...]]] = []
        funds: dict[int, list[str]] = {}
        for doc, fund in self._db.execute("SELECT doc, fund FROM funds ORDER BY doc, n"):
            funds.setdefault(doc, []).append(fund)
        for pos, name, trust in self._db.execute("SELECT pos, name, trust FROM docs ORDER BY pos"):
            out.append((name, trust, tuple(funds.get(pos, ()))))
        return out

    def owners(self) -> np.ndarray | None:
        """For every Whoosh docnum of this generation, the position of its filing in
        ``doc_names()`` (-1 for none), as computed when the file was written."""
        if self._owners is None:
            return None
        import numpy as np

        return np.frombuffer(self._owners, dtype="<i4").astype(np.int32)

    # ------------------------------------------------------------------ facts
    def fact_count(self) -> int:
        return self._rows("SELECT count(*) FROM facts")[0][0]

    def facts_for_doc(self, doc: str) -> list[Fact]:
        rows = self._rows(f"SELECT {_FACT_COLUMNS} FROM facts WHERE doc = ? ORDER BY pos", doc)
        return [_fact(r) for r in rows]

    def facts_of_kind(self, *kinds: str) -> list[Fact]:
        """Facts of these kinds (every fact when none is named), in index order."""
        if not kinds:
            rows = self._rows(f"SELECT {_FACT_COLUMNS} FROM facts ORDER BY pos")
        else:
            marks = ",".join("?" * len(kinds))
            rows = self._rows(
                f"SELECT {_FACT_COLUMNS} FROM facts WHERE kind IN ({marks}) ORDER BY pos", *kinds
            )
        return [_fact(r) for r in rows]

    def subjects_of_kind(self, kind: str) -> list[str]:
        """The subjects facts of one kind have, each once, in no set order."""
        return [r[0] for r in self._rows("SELECT DISTINCT subject FROM facts WHERE kind = ?", kind)]

    def facts_of_kind_about(self, kind: str, subjects: Iterable[str]) -> list[Fact]:
        """The facts of one kind whose subject is one of ``subjects``, in index order (read
        without decoding the kind's other facts)."""
        wanted = sorted(set(subjects))
        rows = []
        for start in range(0, len(wanted), SQL_VARIABLES):
            part = wanted[start : start + SQL_VARIABLES]
            marks = ",".join("?" * len(part))
            rows += self._rows(
                f"SELECT {_FACT_COLUMNS} FROM facts WHERE kind = ? AND subject IN ({marks})",
                kind,
                *part,
            )
        return [_fact(r) for r in sorted(rows, key=lambda r: r[0])]

    def facts_about(self, person: str) -> list[tuple[int, Fact]]:
        """(position in index order, fact) of the facts about one person, by canonical name
        (or about anything else whose subject is exactly ``person``)."""
        rows = self._rows(
            f"SELECT {_FACT_COLUMNS} FROM facts WHERE person = ? ORDER BY pos", person
        )
        return [(r[0], _fact(r)) for r in rows]

    # ------------------------------------------------------------------ names
    @property
    def name_index(self) -> name_tables.NameIndex:
        """Entities, linking tables and fund names of this file."""
        if self._names is None:
            self._names = name_tables.NameIndex(self._db)
        return self._names
