"""The EDGAR submission header a filing may open with ("ACCESSION NUMBER: ... FILED AS OF DATE:
19991101 ... FILER: COMPANY DATA: COMPANY CONFORMED NAME: X CENTRAL INDEX KEY: 0000754510 IRS
NUMBER: ... FISCAL YEAR END: 0731 ... BUSINESS ADDRESS: STREET 1: 82 DEVONSHIRE ST ... FORMER
COMPANY: FORMER CONFORMED NAME: Y DATE OF NAME CHANGE: 19910329"), read into its fields: the
filing's own, and each filer's (with its addresses and former names).

``parse`` reads a header from a passage's text (None when it holds none); ``field_asked`` tells
which field a question asks for (data/sec_header.json), and ``filer_named`` which filer it
names, by its name now or a former one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "sec_header.json"

# The keys a header writes, longest first where one holds another ("STATE OF INCORPORATION"
# before "STATE").
KEYS = (
    "ACCESSION NUMBER", "CONFORMED SUBMISSION TYPE", "PUBLIC DOCUMENT COUNT", "FILED AS OF DATE",
    "DATE AS OF CHANGE", "EFFECTIVENESS DATE", "FILER", "COMPANY DATA", "COMPANY CONFORMED NAME",
    "CENTRAL INDEX KEY", "STANDARD INDUSTRIAL CLASSIFICATION", "IRS NUMBER",
    "STATE OF INCORPORATION", "FISCAL YEAR END", "FILING VALUES", "FORM TYPE", "SEC ACT",
    "SEC FILE NUMBER", "FILM NUMBER", "BUSINESS ADDRESS", "MAIL ADDRESS", "STREET 1", "STREET 2",
    "CITY", "STATE", "ZIP", "BUSINESS PHONE", "FORMER COMPANY", "FORMER CONFORMED NAME",
    "DATE OF NAME CHANGE",
)  # fmt: skip
KEY_RE = re.compile(
    r"(?<![A-Z])(" + "|".join(re.escape(k) for k in sorted(KEYS, key=len, reverse=True)) + r"):"
)
# The form of a value a key may be followed by the filing's own text after (its last key's).
VALUE_FORMS = {
    "ZIP": r"\d{5}(?:-\d{4})?",
    "DATE OF NAME CHANGE": r"\d{8}",
    "FILED AS OF DATE": r"\d{8}",
    "DATE AS OF CHANGE": r"\d{8}",
    "EFFECTIVENESS DATE": r"\d{8}",
    "CENTRAL INDEX KEY": r"\d{10}",
    "IRS NUMBER": r"\d{9}",
    "FISCAL YEAR END": r"\d{4}",
    "BUSINESS PHONE": r"[\d()./ -]{7,20}\d",
    "FILM NUMBER": r"\d+",
    "STATE": r"[A-Z]{2}",
    "STATE OF INCORPORATION": r"[A-Z]{2}",
}
# A value longer than this is the filing's text run on after the header.
VALUE_MAX_CHARS = 120
# The keys of an address block, of a former name, and the blocks a filer's keys open.
ADDRESS_KEYS = frozenset({"STREET 1", "STREET 2", "CITY", "STATE", "ZIP"})
BLOCKS = frozenset({"BUSINESS ADDRESS", "MAIL ADDRESS", "FORMER COMPANY"})


@dataclass
class Filer:
    """One filer of the header: its fields ("CENTRAL INDEX KEY" -> "0000754510"), its two
    addresses by their keys, and its former names with the dates they changed."""

    fields: dict[str, str] = field(default_factory=dict)
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    former: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.fields.get("COMPANY CONFORMED NAME", "")


@dataclass
class Header:
    """A filing's header: its own fields ("FILED AS OF DATE" -> "19991101") and its filers."""

    fields: dict[str, str]
    filers: list[Filer]


def parse(text: str) -> Header | None:
    """The header a passage's text holds, or None when it names no filer."""
    if "CONFORMED NAME:" not in text:
        return None
    keys = list(KEY_RE.finditer(text))
    own: dict[str, str] = {}
    filers: list[Filer] = []
    block = ""
    for i, m in enumerate(keys):
        key = m.group(1)
        end = keys[i + 1].start() if i + 1 < len(keys) else len(text)
        value = " ".join(text[m.end() : end].split())
        form = VALUE_FORMS.get(key)
        if form is not None:
            found = re.match(form, value)
            value = found.group(0).strip() if found else ""
        elif len(value) > VALUE_MAX_CHARS:
            value = ""
        if key == "FILER":
            filers.append(Filer())
            block = ""
            continue
        if not filers:
            own.setdefault(key, value)
            continue
        filer = filers[-1]
        if key in BLOCKS:
            block = key
            if key == "FORMER COMPANY":
                filer.former.append(("", ""))
            continue
        if block in ("BUSINESS ADDRESS", "MAIL ADDRESS") and (key in ADDRESS_KEYS):
            filer.addresses.setdefault(block, {})[key] = value
            continue
        if block == "FORMER COMPANY" and key in ("FORMER CONFORMED NAME", "DATE OF NAME CHANGE"):
            name, date = filer.former[-1]
            filer.former[-1] = (value, date) if key == "FORMER CONFORMED NAME" else (name, value)
            continue
        if key == "BUSINESS PHONE":
            filer.fields[key] = value
            continue
        block = ""
        filer.fields.setdefault(key, value)
    if not filers:
        return None
    return Header(own, filers)


@cache
def _data() -> dict[str, list[str]]:
    return {k: v for k, v in json.loads(DATA.read_text(encoding="utf-8")).items() if k[0] != "_"}


def field_asked(question: str) -> str | None:
    """The header field a question asks for ("What is the central index key of X?": "CENTRAL
    INDEX KEY"), by the words data/sec_header.json gives each; None when it asks for none."""
    asked = fields_asked(question)
    return asked[0] if asked else None


def fields_asked(question: str) -> list[str]:
    """Every header field a question asks for, in the order of data/sec_header.json ("the
    SEC file number and film number": "FILM NUMBER")."""
    low = " " + " ".join(re.findall(r"[a-z0-9-]+", question.lower())) + " "
    said = {
        key: [w for w in words if f" {w} " in low] for key, words in _data().items()
    }  # fmt: skip
    said = {key: found for key, found in said.items() if found}
    # a field's words inside another's asked ("address" of "mailing address") ask that other
    return [
        key
        for key, found in said.items()
        if not any(
            other != key and all(any(f" {w} " in f" {o} " and w != o for o in more) for w in found)
            for other, more in said.items()
        )
    ]


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in NAME_FILLER}


NAME_FILLER = frozenset({"the", "of", "and", "inc", "fund", "funds", "trust", "co", "corp"})


def filer_named(header: Header, question: str) -> tuple[Filer, str | None] | None:
    """The filer a question names, by every telling word of its name now or of a former one
    (the former name, when that is the name named); None when it names none or several."""
    said = _words(question)
    found: list[tuple[Filer, str | None]] = []
    for filer in header.filers:
        own = _words(filer.name)
        if own and own <= said:
            found.append((filer, None))
            continue
        for former, _ in filer.former:
            words = _words(former)
            if words and words <= said:
                found.append((filer, former))
                break
    if len(found) == 1:
        return found[0]
    # (a name that holds another's: "X Funds" and "X Funds II": the longest named)
    if found:
        longest = max(found, key=lambda f: len(_words(f[1] or f[0].name)))
        if all(_words(f[1] or f[0].name) <= _words(longest[1] or longest[0].name) for f in found):
            return longest
    return None
