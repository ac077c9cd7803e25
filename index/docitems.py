"""A filing's facts and mentions as JSON: inside its doc record, or in a file of their own.

A doc record (``store._doc_data``) holds a short filing's facts and mentions in its JSON text.
A long filing's go, a chunk of them a line, into a gzip file under ``items/`` that the doc
record names (a varied 64 MB filing's are about 120 MB of JSON: joined into one string, then
pickled and compressed by Whoosh as one stored value, they took about 300 MB beside the rest
of the add, and as much again when the record file read them back). The file is written
before the doc record, and replaced whole (a name is written again only for the same filing,
content and parser), so a committed doc record always names a complete file.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from index.model import Fact, Mention
from index.records import replaced

# The folder of an index that holds the items files.
ITEMS_DIR = "items"
# Facts or mentions turned into one piece of JSON text at a time (a line of an items file).
JSON_CHUNK_ITEMS = 4096
# gzip level of an items file: Whoosh's own for stored values (zlib level 3).
GZIP_LEVEL = 3


class ItemsMissing(Exception):
    """An items file a doc record names is missing or cannot be read."""


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def shallow_dict(item: Fact | Mention) -> dict[str, object]:
    """A flat dataclass's fields by name, for JSON: what ``asdict`` gives, without its deep
    copy of every tuple (the mentions and facts of a varied 1 MB filing: 0.06 s, not 0.28 s)."""
    return {name: getattr(item, name) for name in _field_names(type(item))}


def json_chunks(items: Sequence[Fact | Mention]) -> Iterator[str]:
    """The JSON objects of ``items``, JSON_CHUNK_ITEMS to a string, separated by ", ": each
    chunk the JSON array of their dicts without its brackets (what joining each one's JSON
    with ", " gives, in one call of the encoder, not one a fact or mention: a varied 64 MB
    filing's 679,430, 2.1 -> 1.45 s)."""
    dumps = json.dumps
    for start in range(0, len(items), JSON_CHUNK_ITEMS):
        yield dumps([shallow_dict(x) for x in items[start : start + JSON_CHUNK_ITEMS]])[1:-1]


def _tuplify(value: object) -> object:
    if isinstance(value, list):
        return tuple(_tuplify(v) for v in value)
    return value


def _from_dict(cls: type, data: dict, shared: dict[str, str]) -> object:
    """A dataclass from its JSON dict; each string value is the one equal string kept in
    ``shared`` (json.loads makes a new one each time for every mention's kind, filing and
    name: 140 MB of the record file's build at 10,000 filings)."""
    return cls(
        **{
            k: shared.setdefault(v, v) if isinstance(v, str) else _tuplify(v)
            for k, v in data.items()
        }
    )


def items_hook(shared: dict[str, str]) -> Callable[[dict], object]:
    """A ``json.loads`` object hook that makes each fact and mention (a dict with exactly
    their fields) a ``Fact`` or ``Mention`` as soon as it is read: a long filing's dicts were
    all alive at once (a repeated 64 MB filing's 545,000 mentions: about 450 MB)."""
    classes = {frozenset(_field_names(cls)): cls for cls in (Fact, Mention)}

    def hook(data: dict) -> object:
        cls = classes.get(frozenset(data))
        return data if cls is None else _from_dict(cls, data, shared)

    return hook


def file_name(name: str, text_key: str, sha256: str) -> str:
    """The items file of a filing's doc record: one name per filing name, content (its
    display text's key names the content and the parser) and content hash (empty when its
    facts could not be read), so that a name is written again only with the same items."""
    digest = hashlib.sha256(f"{name}\n{text_key}\n{sha256}".encode()).hexdigest()
    return f"{digest[:40]}.jsonl.gz"


def write(path: Path, facts: Sequence[Fact], mentions: Sequence[Mention]) -> None:
    """Write a filing's facts and mentions, a chunk at a time (``{"facts": [...]}`` lines,
    then ``{"mentions": [...]}`` lines), into a temporary file renamed to ``path`` once
    synced."""
    with (
        replaced(path) as tmp,
        gzip.open(tmp, "wt", encoding="utf-8", compresslevel=GZIP_LEVEL) as out,
    ):
        for key, items in (("facts", facts), ("mentions", mentions)):
            for chunk in json_chunks(items):
                out.write(f'{{"{key}": [')
                out.write(chunk)
                out.write("]}\n")


def read(path: Path, hook: Callable[[dict], object]) -> tuple[list[Fact], list[Mention]]:
    """A filing's facts and mentions from its items file, a line at a time (``hook``: see
    ``items_hook``). Raises ItemsMissing."""
    found: dict[str, list] = {"facts": [], "mentions": []}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                for key, items in json.loads(line, object_hook=hook).items():
                    found[key] += items
    except (OSError, EOFError, ValueError) as err:
        raise ItemsMissing(f"cannot read {path.name}: {err}") from None
    return found["facts"], found["mentions"]
