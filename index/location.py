"""Where the index lives, and the one way in to it: the chosen directory, else $FUNDQA_INDEX,
else the platform's user data dir, built from the bundled sample the first time it is used."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.store import Store

ENV_VAR = "FUNDQA_INDEX"
SAMPLE_DIR = Path(__file__).resolve().parent / "sample"


@dataclass(frozen=True)
class IndexLocation:
    """An index directory and whether it is the default one (the only one built on first use)."""

    path: Path
    is_default: bool = False


def default_dir() -> Path:
    """The platform's user data dir for fundqa (e.g. ``~/.local/share/fundqa/index``)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("fundqa", appauthor=False)) / "index"


def locate(chosen: str | Path | None = None) -> IndexLocation:
    """The index to use: ``chosen`` (an ``--index``), else ``$FUNDQA_INDEX``, else the default."""
    if chosen:
        return IndexLocation(Path(chosen).expanduser())
    env = os.environ.get(ENV_VAR)
    if env:
        return IndexLocation(Path(env).expanduser())
    return IndexLocation(default_dir(), is_default=True)


def open_store(location: IndexLocation, *, on_build: Callable[[Path], None] | None = None) -> Store:
    """The index at ``location``; the default one is built from the bundled sample on first use
    (``on_build`` is told where, before the build starts)."""
    store = Store(location.path)
    if location.is_default and not store.exists():
        if on_build is not None:
            on_build(store.path)
        store.add([SAMPLE_DIR])
    return store
