"""Name tables the engine looks things up by: entity aliases for linking question words, and fund
names with the filings covering each.

Both are worked out once, when a record file is written (aliases normalised, surnames parsed,
word postings counted, the filings of every fund name collected), and stored in it as tables;
a ``NameIndex`` reads them on demand, so opening an index does not rebuild them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import utils

from index.model import Entity, Fact
from index.names import (
    FUND_SUFFIXES,
    LEGAL_FORMS,
    PersonName,
    fold,
    parse_person,
    slug,
    surname_key,
)

if TYPE_CHECKING:
    pass

# Words in so many names that they never identify one alone ("the fund", "portfolio").
GENERIC = (
    FUND_SUFFIXES
    | LEGAL_FORMS
    | frozenset(["the", "a", "an", "of", "and", "for", "class", "shares", "share", "inc", "index"])
)
# Trailing words of a trust's name that are not its family brand.
_TRUST_GENERIC = frozenset(
    {
        "investment", "investments", "trust", "trusts", "series", "fund", "funds",
        "portfolios", "company", "inc", "inc.", "variable", "insurance", "income",
        "equity", "municipal", "institutional",
    }
)  # fmt: skip
# Look-ups a NameIndex keeps (posting lists of alias words, people by surname, aliases).
CACHE_ENTRIES = 20_000

_WORD_RE = re.compile(r"[^\W_]+")
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s?\b")

TABLES = """
CREATE TABLE entities (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
                       name TEXT NOT NULL, resolved INTEGER NOT NULL, ndocs INTEGER NOT NULL,
                       data TEXT NOT NULL);
CREATE TABLE link_people (key TEXT NOT NULL, entity INTEGER NOT NULL, first TEXT NOT NULL,
                          initials TEXT NOT NULL, last TEXT NOT NULL, suffix TEXT NOT NULL);
CREATE TABLE link_first (name TEXT PRIMARY KEY);
CREATE TABLE link_aliases (id INTEGER PRIMARY KEY, form TEXT NOT NULL, entity INTEGER NOT NULL);
CREATE TABLE link_postings (word TEXT NOT NULL, alias INTEGER NOT NULL);
CREATE TABLE link_words (n INTEGER PRIMARY KEY, word TEXT NOT NULL, df INTEGER NOT NULL);
CREATE TABLE link_dates (name TEXT PRIMARY KEY, entity INTEGER NOT NULL);
CREATE TABLE fund_docs (name TEXT NOT NULL, n INTEGER NOT NULL, doc TEXT);
CREATE TABLE fund_names (pos INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE alias_base (name TEXT PRIMARY KEY, base TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX entities_kind ON entities (kind, pos);
CREATE INDEX link_people_key ON link_people (key);
CREATE INDEX link_postings_word ON link_postings (word, alias);
CREATE INDEX fund_docs_name ON fund_docs (name, n);
"""
_ENTITY_COLUMNS = "id, kind, name, data"  # data: JSON [aliases, docs, attrs]


# ----------------------------------------------------------------------------- normalising


def name_words(text: str) -> tuple[list[str], list[bool]]:
    """Folded lower-case words (utils.default_process) and whether each was capitalised; runs
    of capitalised single letters are joined ("J. P. Morgan" -> "jp morgan")."""
    toks: list[str] = []
    caps: list[bool] = []
    initials = False  # the last token is a run of initials ("J.P.")
    text = fold(_POSSESSIVE_RE.sub("", text))
    for m in _WORD_RE.finditer(text):
        word = m.group()
        tok = utils.default_process(word)
        if not tok:
            continue
        initial = len(tok) == 1 and text[m.end() : m.end() + 1] == "."
        if initial and initials and len(toks[-1]) < 4:
            toks[-1] += tok
            continue
        toks.append(tok)
        caps.append(word[:1].isupper())
        initials = initial
    return toks, caps


def name_tokens(text: str) -> list[str]:
    return name_words(text)[0]


@lru_cache(maxsize=1 << 17)
def norm_name(text: str) -> str:
    """The words of a name, folded and space-joined."""
    return " ".join(name_tokens(text))


def family_brand(trust: str | None) -> str | None:
    """The fund family a trust's name starts with: "American Century Investment Trust" ->
    "American Century"; None when nothing distinctive is left."""
    if not trust:
        return None
    words = trust.replace(",", " ").split()
    while words and words[-1].lower() in _TRUST_GENERIC:
        words.pop()
    return " ".join(words) if words and len(" ".join(words)) >= 3 else None


def person_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Every name a person goes by -> the canonical name (the first entity claiming it)."""
    names: dict[str, str] = {}
    for e in entities:
        if e.kind == "person":
            for alias in (e.name, *e.aliases):
                names.setdefault(alias, e.name)
    return names


# ----------------------------------------------------------------------------- funds


@dataclass(frozen=True)
class FundTable:
    """Every name a fund goes by -> the filings covering it, and which names are linkable."""

    docs: dict[str, list[str]]
    names: list[str]  # sorted; the fund names question words are linked to
    alias_base: dict[str, str]  # "American Century High-Yield Fund" -> "High-Yield Fund"


def fund_table(
    docs: Iterable[tuple[str, str | None, Sequence[str]]],
    entities: Iterable[Entity],
    tickers: Iterable[Fact],
) -> FundTable:
    """The fund names of an index: ``docs`` as (filing, trust, funds) in name order, the
    resolved entities, and the ticker facts (a fund named only on a filing's cover)."""
    fund_docs: dict[str, list[str]] = {}
    alias_base: dict[str, str] = {}
    for name, trust, funds in docs:
        brand = family_brand(trust)
        for fund in funds:
            fund_docs.setdefault(fund, []).append(name)
            if brand and brand.lower().split()[0] not in fund.lower():
                # "High-Yield Fund" of American Century Investment Trust is what readers
                # call "American Century High-Yield Fund"
                fund_docs.setdefault(f"{brand} {fund}", []).append(name)
                alias_base[f"{brand} {fund}"] = fund
        if trust:
            fund_docs.setdefault(trust, []).append(name)
    for entity in entities:
        if entity.kind in ("fund", "trust"):
            listed = fund_docs.setdefault(entity.name, [])
            known = set(listed)
            listed.extend(d for d in dict.fromkeys(entity.docs) if d not in known)
    names = sorted(fund_docs)
    for fact in {f.value: f for f in tickers}.values():
        listed = fund_docs.setdefault(fact.subject, [])
        if fact.doc not in listed[-1:]:
            listed.append(fact.doc)
    return FundTable(fund_docs, names, alias_base)


# ----------------------------------------------------------------------------- writing


def write_tables(
    db: sqlite3.Connection,
    entities: Sequence[Entity],
    funds: FundTable,
) -> None:
    """Fill the tables of TABLES (created by the caller): the entities, then the fund names
    no entity has as pseudo-entities of kind "fund", and the linking tables over both."""
    known = {slug(e.name) for e in entities if e.kind in ("fund", "trust")}
    extra: list[Entity] = []
    for name in funds.names:
        if slug(name) not in known:
            known.add(slug(name))
            extra.append(Entity(f"fund:{slug(name)}", "fund", name, (), ()))
    every = [*entities, *extra]
    db.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                pos,
                e.id,
                e.kind,
                e.name,
                int(pos < len(entities)),
                len(e.docs),
                json.dumps([e.aliases, e.docs, e.attrs]),
            )
            for pos, e in enumerate(every)
        ),
    )
    people: list[tuple] = []
    first_names: set[str] = set()
    aliases: list[tuple[int, str, int]] = []
    postings: dict[str, list[int]] = {}
    words: dict[str, None] = {}
    dates: dict[str, int] = {}
    for i, e in enumerate(every):
        if e.kind == "person":
            seen: set[tuple[str, str, tuple[str, ...]]] = set()
            for alias in (e.name, *e.aliases):
                p = parse_person(alias)
                key = surname_key(alias)
                sig = (key, p.first, p.initials)
                if not key or sig in seen:
                    continue
                seen.add(sig)
                people.append((key, i, p.first, " ".join(p.initials), p.last, p.suffix))
                if p.first and len(p.first) > 1:
                    first_names.add(p.first)
        elif e.kind == "date":
            dates[e.name] = i
        else:
            forms = {norm_name(a) for a in (e.name, *e.aliases)}
            for form in sorted(f for f in forms if f):
                toks = form.split()
                aid = len(aliases)
                aliases.append((aid, form, i))
                words.update(dict.fromkeys(toks))
                keys = set(toks)
                if len(toks) > 1 and len(toks[0]) <= 3:
                    keys.add(toks[0] + toks[1])  # "jp morgan" is also found as "jpmorgan"
                for t in sorted(keys):  # in one order every build (the linker reads it so)
                    if t not in GENERIC or len(toks) == 1:
                        postings.setdefault(t, []).append(aid)
    db.executemany("INSERT INTO link_people VALUES (?, ?, ?, ?, ?, ?)", people)
    db.executemany("INSERT INTO link_first VALUES (?)", ((n,) for n in sorted(first_names)))
    db.executemany("INSERT INTO link_aliases VALUES (?, ?, ?)", aliases)
    db.executemany(
        "INSERT INTO link_postings VALUES (?, ?)",
        ((word, aid) for word, ids in postings.items() for aid in ids),
    )
    vocabulary = [(w, len(ids)) for w, ids in postings.items()]
    vocabulary += [(w, 0) for w in words if w not in postings]
    db.executemany(
        "INSERT INTO link_words VALUES (?, ?, ?)",
        ((n, w, df) for n, (w, df) in enumerate(vocabulary)),
    )
    db.executemany("INSERT INTO link_dates VALUES (?, ?)", dates.items())
    db.executemany(
        "INSERT INTO fund_docs VALUES (?, ?, ?)",
        (
            (name, n, doc)
            for name, listed in funds.docs.items()
            for n, doc in enumerate(listed or [None])
        ),
    )
    db.executemany("INSERT INTO fund_names VALUES (?, ?)", enumerate(funds.names))
    db.executemany("INSERT INTO alias_base VALUES (?, ?)", funds.alias_base.items())


def _entity(row: Sequence) -> Entity:
    ent_id, kind, name, data = row
    aliases, docs, attrs = json.loads(data)
    return Entity(
        ent_id,
        kind,
        name,
        tuple(aliases),
        tuple(docs),
        tuple(tuple(a) for a in attrs),
    )


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class PersonAlias:
    """One spelling of a person's name, parsed: what a surname look-up returns."""

    entity: int
    name: PersonName


@dataclass(frozen=True)
class Alias:
    """One normalised alias of a named entity (not a person or date)."""

    form: str
    tokens: tuple[str, ...]
    entity: int


class _Cache(OrderedDict):
    def put(self, key: object, value: object) -> object:
        self[key] = value
        if len(self) > CACHE_ENTRIES:
            self.popitem(last=False)
        return value


class NameIndex:
    """Read-only look-ups over the name tables of one SQLite database."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._people = _Cache()
        self._postings = _Cache()
        self._aliases = _Cache()
        self._entities = _Cache()
        self._fund_docs = _Cache()

    @classmethod
    def build(
        cls,
        entities: Sequence[Entity],
        fund_names: Sequence[str] = (),
    ) -> NameIndex:
        """A name index of some entities (and fund names), held in memory."""
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.executescript(TABLES)
        write_tables(db, entities, FundTable({n: [] for n in fund_names}, list(fund_names), {}))
        db.executescript(INDEXES)
        return cls(db)

    def _rows(self, sql: str, *args: object) -> list:
        return self._db.execute(sql, args).fetchall()

    # ------------------------------------------------------------------ vocabularies
    def surnames(self) -> list[str]:
        """Every surname key, in the order first written."""
        rows = self._rows("SELECT key FROM link_people GROUP BY key ORDER BY min(rowid)")
        return [key for (key,) in rows]

    def first_names(self) -> set[str]:
        return {name for (name,) in self._rows("SELECT name FROM link_first")}

    def words(self) -> list[tuple[str, int]]:
        """Every alias word with the number of aliases it finds (0 for a generic word of a
        longer alias, which finds none), the finding ones first, in the order written."""
        return self._rows("SELECT word, df FROM link_words ORDER BY n")

    def single_word_aliases(self) -> set[str]:
        return {
            f for (f,) in self._rows("SELECT form FROM link_aliases WHERE instr(form, ' ') = 0")
        }

    def alias_count(self) -> int:
        return self._rows("SELECT count(*) FROM link_aliases")[0][0]

    # ------------------------------------------------------------------ look-ups
    def people(self, surname: str) -> list[PersonAlias]:
        found = self._people.get(surname)
        if found is None:
            rows = self._rows(
                "SELECT entity, first, initials, last, suffix FROM link_people "
                "WHERE key = ? ORDER BY rowid",
                surname,
            )
            found = self._people.put(
                surname,
                [
                    PersonAlias(ent, PersonName(first, tuple(initials.split()), last, suffix))
                    for ent, first, initials, last, suffix in rows
                ],
            )
        return found

    def postings(self, word: str) -> list[int]:
        """The aliases (by id, ascending) a word finds."""
        found = self._postings.get(word)
        if found is None:
            rows = self._rows("SELECT alias FROM link_postings WHERE word = ? ORDER BY alias", word)
            found = self._postings.put(word, [a for (a,) in rows])
        return found

    def aliases(self, ids: Iterable[int]) -> dict[int, Alias]:
        out: dict[int, Alias] = {}
        missing = []
        for aid in ids:
            found = self._aliases.get(aid)
            if found is None:
                missing.append(aid)
            else:
                out[aid] = found
        for start in range(0, len(missing), 500):
            part = missing[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self._rows(
                f"SELECT id, form, entity FROM link_aliases WHERE id IN ({marks})", *part
            )
            for aid, form, ent in rows:
                out[aid] = self._aliases.put(aid, Alias(form, tuple(form.split()), ent))
        return out

    def date_entity(self, name: str) -> int | None:
        rows = self._rows("SELECT entity FROM link_dates WHERE name = ?", name)
        return rows[0][0] if rows else None

    def entity(self, pos: int) -> Entity:
        found = self._entities.get(pos)
        if found is None:
            rows = self._rows(f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE pos = ?", pos)
            found = self._entities.put(pos, _entity(rows[0]))
        return found

    def completion_names(self) -> Iterator[tuple[int, str, int]]:
        """(entity, name, number of filings) of every entity but dates, in order."""
        yield from self._db.execute(
            "SELECT pos, name, ndocs FROM entities WHERE kind != 'date' ORDER BY pos"
        )

    # ------------------------------------------------------------------ entities and funds
    def entity_count(self) -> int:
        return self._rows("SELECT count(*) FROM entities WHERE resolved")[0][0]

    def entity_kinds(self) -> dict[str, int]:
        return dict(self._rows("SELECT kind, count(*) FROM entities WHERE resolved GROUP BY kind"))

    def entities(self, kind: str | None = None) -> list[Entity]:
        """Resolved entities in index order (by kind and name), of one kind if given."""
        if kind is None:
            rows = self._rows(f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE resolved ORDER BY pos")
        else:
            rows = self._rows(
                f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE resolved AND kind = ? ORDER BY pos",
                kind,
            )
        return [_entity(r) for r in rows]

    def entity_names(self, kinds: Iterable[str]) -> list[str]:
        """The names of the resolved entities of some kinds, in index order: read without
        building their entities (at 10,000 filings, 54,000 of them in 60 ms, not 700)."""
        wanted = sorted(set(kinds))
        marks = ",".join("?" * len(wanted))
        rows = self._rows(
            f"SELECT name FROM entities WHERE resolved AND kind IN ({marks}) ORDER BY pos",
            *wanted,
        )
        return [r[0] for r in rows]

    def fund_docs(self, name: str) -> list[str] | None:
        """The filings covering a fund name (None: no fund goes by it)."""
        found = self._fund_docs.get(name, False)
        if found is False:
            rows = self._rows("SELECT doc FROM fund_docs WHERE name = ? ORDER BY n", name)
            found = self._fund_docs.put(name, [d for (d,) in rows if d] if rows else None)
        return found

    def fund_names(self) -> list[str]:
        return [n for (n,) in self._rows("SELECT name FROM fund_names ORDER BY pos")]

    def alias_base(self) -> dict[str, str]:
        return dict(self._rows("SELECT name, base FROM alias_base"))


class FundDocs(Mapping[str, list[str]]):
    """Fund name -> the filings covering it, read from a NameIndex when asked for."""

    def __init__(self, names: NameIndex) -> None:
        self._names = names

    def __getitem__(self, name: str) -> list[str]:
        found = self._names.fund_docs(name)
        if found is None:
            raise KeyError(name)
        return found

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._names.fund_docs(name) is not None

    def __iter__(self) -> Iterator[str]:
        rows = self._names._rows("SELECT DISTINCT name FROM fund_docs ORDER BY name")
        return (n for (n,) in rows)

    def __len__(self) -> int:
        return self._names._rows("SELECT count(DISTINCT name) FROM fund_docs")[0][0]
