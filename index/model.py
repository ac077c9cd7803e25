"""The data that flows through ingest: documents, sections, passages, metadata, entities, facts.

All are frozen dataclasses so that every stage hands the next one values it cannot change.
Line numbers are 1-based lines of ``Document.text``; character offsets index that same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of structural hint a loader can attach to a display line (HTML headings, bold
# paragraph titles, table rows and list items). Plain-text loaders attach none.
HINT_KINDS = ("h1", "h2", "h3", "h4", "h5", "h6", "bold", "row", "li")


@dataclass(frozen=True, slots=True)
class Document:
    """One loaded filing: its safe display text and what the file itself says about it."""

    name: str  # file name: the key of the document in the index
    path: str
    text: str  # display text, control characters removed; its lines are the citation lines
    fmt: str  # "text" | "sgml" | "html"
    encoding: str = "utf-8"
    line_hints: tuple[tuple[int, str], ...] = ()  # (1-based line, one of HINT_KINDS)
    accession: str | None = None  # "0000728889-15-001613"
    cik: str | None = None
    company: str | None = None  # conformed company name from an EDGAR header
    filing_date: str | None = None  # ISO date from an EDGAR header
    form_type: str | None = None  # "497", "497K", ... when the file says so

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def line_offsets(self) -> list[int]:
        """Character offset of the start of each line (index 0 is line 1)."""
        offsets = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                offsets.append(i + 1)
        return offsets


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and where it sits in the heading tree."""

    heading: str
    level: int  # 1 = top
    line: int  # 1-based line of the heading
    path: tuple[str, ...]  # headings from the top down to and including this one


@dataclass(frozen=True, slots=True)
class Passage:
    """The unit a citation points to: a paragraph, bullet item or table row."""

    doc: str
    ordinal: int  # 0-based position of the passage in its document
    section: tuple[str, ...]  # heading path; empty before the first heading
    line_start: int
    line_end: int
    char_start: int
    char_end: int
    text: str  # clean text: spacing normalised, hyphen breaks rejoined
    kind: str = "paragraph"  # "paragraph" | "bullet" | "row" | "heading"

    @property
    def section_label(self) -> str:
        return " > ".join(self.section)

    def __reduce__(self) -> tuple[type[Passage], tuple[object, ...]]:
        """Pickled as a call of the constructor: a long filing's passages go through pickles
        several times (its split file), and a frozen slotted dataclass's own pickling calls
        ``dataclasses.fields`` per object (about half the time, both ways)."""
        return Passage, (
            self.doc,
            self.ordinal,
            self.section,
            self.line_start,
            self.line_end,
            self.char_start,
            self.char_end,
            self.text,
            self.kind,
        )


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What a filing is: who filed it, which funds it covers, and its dates."""

    doc: str
    trust: str | None = None
    funds: tuple[str, ...] = ()
    form_type: str | None = None
    supplement_date: str | None = None  # as written, e.g. "November 15, 2001"
    prospectus_dates: tuple[str, ...] = ()  # dates of the prospectus/SAI being supplemented
    # when those were revised or amended ("dated May 1, 2015, as amended July 21, 2015")
    revised_dates: tuple[str, ...] = ()
    effective_dates: tuple[str, ...] = ()
    accession: str | None = None
    cik: str | None = None
    filing_date: str | None = None
    title: str | None = None  # a one-line description, e.g. "Supplement to the Prospectuses ..."
    # funds the filing names only as the other side of a reorganization (the fund another
    # merges into, is acquired by, or exchanges its shares for), not funds it covers
    counterparties: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in a passage, before resolution."""

    kind: str  # "person" | "org" | "fund" | "trust" | "date" | "law" | "security" | "term"
    surface: str  # the text as written, e.g. "Mr. Dan Holt"
    name: str  # normalised name: honorifics stripped, spacing fixed, e.g. "Dan Holt"
    doc: str
    passage: int
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("title", "Vice President"),)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing with every name it goes by in the indexed filings."""

    id: str  # stable key, e.g. "person:steven-j-rich"
    kind: str
    name: str  # canonical (longest, most complete) name
    aliases: tuple[str, ...]  # every other surface form seen
    docs: tuple[str, ...]
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement extracted from one passage, ready to answer with.

    kind is one of: "manages", "title", "joined", "previous_employer", "adviser",
    "subadviser", "administrator", "risks", "date" (role "effective", "closing" or "merger"),
    "rename", "merger", "objective", "departure", "addition", "ticker".
    """

    kind: str
    subject: str  # who or what the fact is about (person, fund, org)
    value: str = ""  # the short answer part ("Vice President", "1968", "without limit")
    items: tuple[str, ...] = ()  # list answers (all risks, all managers)
    fund: str | None = None
    doc: str = ""
    passage: int = 0
    attrs: tuple[tuple[str, str], ...] = field(default=())  # ("since", "2001"), ("role", "lead")

    def attr(self, key: str) -> str | None:
        for k, v in self.attrs:
            if k == key:
                return v
        return None
