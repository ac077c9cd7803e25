"""Load filings from disk into Documents: plain text, EDGAR SGML submissions and HTML/iXBRL.

Every loader yields safe display text (see textsafe) and what the file says about itself
(accession number, CIK, company, filing date, form type). For plain text the display lines
are the file's own lines, so a citation's line number opens the file at the right place.
Bad content raises LoadError, and nothing else, with a one-line reason.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import lxml.etree
from charset_normalizer import from_bytes
from lxml.etree import _Element as Element

from index.model import Document
from index.textsafe import UNSAFE_RANGES, safe_line, safe_text

# Suffixes of files that a folder expands to; a file named explicitly is loaded whatever it is.
FILING_SUFFIXES = frozenset({".txt", ".htm", ".html", ".xhtml", ".sgml", ".sgm", ".nc"})
_HTML_SUFFIXES = frozenset({".htm", ".html", ".xhtml"})

# Larger files are refused unread: a guard against absurd input, not a limit on real filings
# (a 20 MB filing is normal input and 64 MB must index; no real 497 comes near 256 MB).
MAX_FILE_BYTES = 256_000_000

BINARY_SNIFF_BYTES = 8192  # how much of a file the binary test looks at
# Share of control bytes (C0 other than tab, newline, CR, FF, VT; and DEL) in the sniffed
# bytes above which a file is binary. Text with a few stray escape sequences stays far below;
# executables, images and compressed data are far above.
BINARY_CONTROL_SHARE = 0.10
# Magic numbers of binary formats that can start with printable bytes, and their names.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF file"),
    (b"PK\x03\x04", "ZIP archive or Office file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office file"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
)

# Single-byte code pages old EDGAR filings use. charset-normalizer is restricted to these:
# unrestricted, it guesses cp1250, cp775 or cp932 for short English text (measured).
WESTERN_CODEPAGES = ("cp1252", "latin_1")
# Invalid UTF-8 is still read as UTF-8 (with replacement characters) when it holds at least
# this many valid multi-byte characters per invalid sequence: a UTF-8 file with one stray
# cp1252 byte stays UTF-8, while a cp1252 file (no valid multi-byte sequences) does not.
UTF8_GOOD_PER_BAD = 1.0

# A table row whose only non-empty cell holds blocks with more text than this is a layout box
# (a page or a footnote list drawn in a table) and its blocks become lines; with less it is a
# table entry that stays one line ("Joel Rubenstein" over "Portfolio Manager (since 11/24)").
LAYOUT_CELL_CHARS = 250

FORMAT_SNIFF_CHARS = 8192  # how far into a file format markers are looked for
HEADER_SCAN_CHARS = 20_000  # how far into a text filing EDGAR header fields are looked for

_SGML_START = re.compile(
    r"^<(?:SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|SUBMISSION|DOCUMENT)>", re.M
)
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|body|head)\b", re.I)
_LEADING_TAG = re.compile(r"\A\s*<[!?a-zA-Z]")

# EDGAR header fields, in the tabbed header, the flattened one-line header and the .nc form.
_HEADER_KEYS = (
    r"CENTRAL INDEX KEY|IRS NUMBER|STANDARD INDUSTRIAL CLASSIFICATION|STATE OF INCORPORATION"
    r"|FISCAL YEAR END|ORGANIZATION NAME|FILING VALUES|BUSINESS ADDRESS|MAIL ADDRESS"
    r"|FORMER COMPANY|FORM TYPE|SEC ACT|SEC FILE NUMBER|FILM NUMBER"
)
_ACCESSION_FIELD = re.compile(
    r"(?:ACCESSION\s+NUMBER:|<ACCESSION-NUMBER>)\s*(\d{10}-?\d{2}-?\d{6})"
)
_SUBMISSION_TYPE = re.compile(r"CONFORMED\s+SUBMISSION\s+TYPE:\s*([0-9A-Z][0-9A-Z/-]*)")
_FORM_TYPE = re.compile(r"(?:\bFORM\s+TYPE:|^<TYPE>)[ \t]*([0-9A-Z][0-9A-Z/-]*)", re.M)
_CIK_FIELD = re.compile(r"(?:CENTRAL\s+INDEX\s+KEY:|<CIK>)\s*(\d{1,10})\b")
_COMPANY_FIELD = re.compile(
    r"(?:COMPANY\s+CONFORMED\s+NAME:|<CONFORMED-NAME>)[ \t]*"
    rf"([^\n<]{{1,200}}?)(?=\s+(?:{_HEADER_KEYS})\s*:|[ \t]*<|[ \t]*$)",
    re.M,
)
_FILED_DATE = re.compile(r"(?:FILED\s+AS\s+OF\s+DATE:|<FILING-DATE>)\s*(\d{8})\b")
# "497 1 d286105d497.htm 497": the type/sequence/file line EDGAR puts before a rendered filing.
_LEADING_FORM_LINE = re.compile(
    r"\A\s*([0-9A-Z][0-9A-Z/-]*)[ \t]+\d{1,3}[ \t]+\S+\.(?:html?|xhtml|txt|xml)\b", re.I
)
_ACCESSION_IN_NAME = re.compile(r"(?<!\d)(\d{10})-?(\d{2})-?(\d{6})(?!\d)")
_FORM_IN_NAME = re.compile(r"^[A-Za-z0-9.]+_([0-9A-Z][0-9A-Z-]*)_\d{8}_\d{10}-?\d{2}-?\d{6}$")

# SGML envelope parts (EDGAR's own tag grammar, not HTML).
_DOCUMENT_OPEN = re.compile(r"^<DOCUMENT>", re.M)
_DOC_TYPE = re.compile(r"^<TYPE>[ \t]*([^\n<]*)", re.M)
_DOC_FILENAME = re.compile(r"^<FILENAME>[ \t]*([^\n<]*)", re.M)
_TEXT_OPEN = re.compile(r"<TEXT>[ \t]*\n?")
_NON_TEXT_BODY = re.compile(r"\A\s*(?:<(?:PDF|XML|XBRL|JSON|ZIP)>|begin [0-7]{3,4} \S)", re.I)
_NON_TEXT_TYPES = re.compile(r"^(?:GRAPHIC|ZIP|PDF|EXCEL|XML|JSON|EX-101)", re.I)
_NON_TEXT_FILES = frozenset(
    {".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip", ".xls", ".xlsx", ".xml", ".xsd", ".json"}
)

# HTML structure.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "  # noqa: SIM905
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li "
    "main menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_DROP_TAGS = frozenset(
    "script style head title noscript template iframe object embed svg math ix_header".split()  # noqa: SIM905
)
_TABLE_TAGS = frozenset({"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"})
_CELL_TAGS = frozenset({"td", "th"})
_BREAK_TAGS = _BLOCK_TAGS | {"br"}  # elements that separate words inside a table cell
_HINT_TAGS = {"h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h5", "h6": "h6", "li": "li"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_FONT_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.I)
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_HTML_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")  # soft hyphen, zero-width: render as nothing
# A character that shows: not white space, not invisible, not one safe_text blanks out.
_VISIBLE = re.compile(
    r"[^\s\u00ad\u200b\ufeff"
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in UNSAFE_RANGES)
    + "]"
)
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TAG_UNSAFE = re.compile(r"[^\w.-]", re.ASCII)
_DEI_FIELDS = {
    "dei:documenttype": "form_type",
    "dei:entitycentralindexkey": "cik",
    "dei:entityregistrantname": "company",
}


class LoadError(Exception):
    """A file that cannot be loaded, with a one-line human reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(str(path), reason)
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{Path(self.path).name or self.path}: {self.reason}"


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[LoadError]]:
    """Expand files and folders (recursively, sorted, hidden entries skipped) to filing files.

    Files named explicitly are kept whatever their suffix; missing paths become LoadErrors.
    """
    files: list[Path] = []
    errors: list[LoadError] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: Iterable[Path] = _walk(path, errors)
        elif path.exists():
            found = (path,)
        else:
            errors.append(LoadError(path, "no such file or folder"))
            continue
        for file in found:
            key = os.path.abspath(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, errors


def _walk(folder: Path, errors: list[LoadError]) -> Iterator[Path]:
    def report(err: OSError) -> None:
        errors.append(LoadError(err.filename or folder, f"cannot read folder: {err.strerror}"))

    for root, dirs, names in os.walk(folder, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in FILING_SUFFIXES:
                yield Path(root, name)


def load(path: str | Path) -> Document:
    """Read one filing from disk; raises LoadError (only) when it cannot be loaded."""
    path = Path(path)
    try:
        if path.is_dir():
            raise LoadError(path, "is a folder, not a file")
        if not path.exists():
            raise LoadError(path, "no such file or folder")
        if not path.is_file():
            raise LoadError(path, "not a regular file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(path, _too_large(size))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise LoadError(path, f"cannot read: {err.strerror or err}") from None
    return _load(path.name, str(path), data)


def load_bytes(name: str, data: bytes) -> Document:
    """Load a filing from bytes, as if read from a file called ``name``."""
    return _load(Path(name).name, name, data)


def _too_large(size: int) -> str:
    return f"file too large: {size / 1e6:.1f} MB (limit {MAX_FILE_BYTES / 1e6:g} MB)"


def _load(name: str, path: str, data: bytes) -> Document:
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(path, _too_large(len(data)))
    if not data:
        raise LoadError(path, "empty file")
    if not data.strip():
        raise LoadError(path, "empty file (white space only)")
    suffix = Path(name).suffix.lower()
    try:
        text, encoding = _decode(path, data)
        head = text[:FORMAT_SNIFF_CHARS]
        if _SGML_START.search(head):
            doc = _load_sgml(name, path, text)
        elif _is_html(head, suffix):
            doc = _load_html(name, path, text)
        else:
            doc = _load_text(name, path, text)
    except LoadError:
        raise
    except Exception as err:  # a parser failure on hostile input must not escape as a crash
        detail = str(err).splitlines()[0] if str(err) else ""
        raise LoadError(path, f"cannot parse: {type(err).__name__} {detail}".strip()) from None
    if not doc.text.strip():
        raise LoadError(path, "no text found in HTML" if doc.fmt == "html" else "no text found")
    return replace(doc, encoding=encoding)


# Encoding and binary detection ------------------------------------------------------------


def _decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode bytes to text: BOMs, strict UTF-8, mostly-UTF-8, then a Western code page."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        _refuse_binary(path, text[:BINARY_SNIFF_BYTES].encode("utf-8", errors="replace"))
        return text, "utf-16"
    data = data.removeprefix(codecs.BOM_UTF8)
    _refuse_binary(path, data[:BINARY_SNIFF_BYTES])
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = len(lenient) - len(lenient.encode("ascii", errors="ignore")) - bad
    if good >= bad * UTF8_GOOD_PER_BAD:
        return lenient, "utf-8"
    best = from_bytes(data, cp_isolation=list(WESTERN_CODEPAGES)).best()
    encoding = best.encoding if best is not None else WESTERN_CODEPAGES[0]
    return data.decode(encoding, errors="replace"), encoding


_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def _refuse_binary(path: str, sample: bytes) -> None:
    for signature, kind in BINARY_SIGNATURES:
        if sample.startswith(signature):
            raise LoadError(path, f"{kind} (not a text or HTML filing)")
    if b"\x00" in sample:
        raise LoadError(path, "binary file (not a text or HTML filing)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > BINARY_CONTROL_SHARE:
        raise LoadError(path, "binary file (not a text or HTML filing)")


def _is_html(head: str, suffix: str) -> bool:
    return bool(_HTML_MARK.search(head)) or (
        suffix in _HTML_SUFFIXES and bool(_LEADING_TAG.match(head))
    )


# Plain text ---------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """The display form of plain text: exactly the file's lines, made safe to print."""
    return safe_text(text.replace("\r\n", "\n").replace("\r", " "))


def _load_text(name: str, path: str, text: str) -> Document:
    display = _plain(text)
    head = display[:HEADER_SCAN_CHARS]
    fields = _header_fields(head)
    leading = _LEADING_FORM_LINE.match(head)
    return Document(
        name=name,
        path=path,
        text=display,
        fmt="text",
        **_merge(name, fields, {"form_type": leading.group(1).upper() if leading else None}),
    )


def _header_fields(head: str) -> dict[str, str | None]:
    """EDGAR header fields found in ``head``, whatever its layout."""
    accession = _ACCESSION_FIELD.search(head)
    form = _SUBMISSION_TYPE.search(head) or _FORM_TYPE.search(head)
    cik = _CIK_FIELD.search(head)
    company = _COMPANY_FIELD.search(head)
    filed = _FILED_DATE.search(head)
    return {
        "accession": _dashed(accession.group(1)) if accession else None,
        "form_type": form.group(1).upper() if form else None,
        "cik": cik.group(1).zfill(10) if cik else None,
        "company": (" ".join(company.group(1).split()) or None) if company else None,
        "filing_date": _iso_date(filed.group(1)) if filed else None,
    }


def _merge(name: str, *sources: dict[str, str | None]) -> dict[str, str | None]:
    """First value found for each field, then what the file name says as a last resort."""
    merged: dict[str, str | None] = dict.fromkeys(
        ("accession", "cik", "company", "filing_date", "form_type")
    )
    for source in sources:
        for key, value in source.items():
            if merged[key] is None and value:
                merged[key] = value
    stem = Path(name).stem
    if merged["accession"] is None and (found := _ACCESSION_IN_NAME.search(stem)):
        merged["accession"] = "-".join(found.groups())
    if merged["form_type"] is None and (found := _FORM_IN_NAME.match(stem)):
        merged["form_type"] = found.group(1).upper()
    return merged


def _dashed(accession: str) -> str:
    digits = accession.replace("-", "")
    return f"{digits[:10]}-{digits[10:12]}-{digits[12:]}"


def _iso_date(yyyymmdd: str) -> str | None:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])).isoformat()
    except ValueError:
        return None


# EDGAR SGML submissions ---------------------------------------------------------------------


def _load_sgml(name: str, path: str, text: str) -> Document:
    starts = [m.start() for m in _DOCUMENT_OPEN.finditer(text)]
    header = text[: starts[0]] if starts else text
    parts = [_Part(text[a:b]) for a, b in pairwise([*starts, len(text)])]
    kept = [p for p in parts if p.type.startswith("497")] or parts
    kept = [p for p in kept if not p.binary]
    if starts and not kept:
        raise LoadError(path, "no text or HTML document in the submission")
    html_parts = [p for p in kept if p.is_html]
    fields = _header_fields(header)
    doc_form = {"form_type": kept[0].type.upper() or None} if kept else {}
    if not html_parts:
        display = _plain(_blank_binary_bodies(text, parts, starts))
        return Document(
            name=name, path=path, text=display, fmt="sgml", **_merge(name, fields, doc_form)
        )
    lines: list[tuple[str, str | None]] = [(line, None) for line in _plain(header).split("\n")]
    dei: dict[str, str | None] = {}
    for part in kept:
        lines.append(("", None))
        if part.is_html:
            body_lines, body_dei = _html_lines(part.body)
            lines.extend(body_lines)
            dei = dei or body_dei
        else:
            lines.extend((line, None) for line in _plain(part.body).split("\n"))
    display, hints = _assemble(lines)
    return Document(
        name=name,
        path=path,
        text=display,
        fmt="sgml",
        line_hints=hints,
        **_merge(name, fields, doc_form, dei),
    )


class _Part:
    """One <DOCUMENT> of a submission: its type, body and what kind of body it is."""

    __slots__ = ("binary", "body", "body_end", "body_start", "is_html", "type")

    def __init__(self, chunk: str) -> None:
        opened = _TEXT_OPEN.search(chunk)
        meta = chunk[: opened.start()] if opened else chunk[:FORMAT_SNIFF_CHARS]
        doc_type = _DOC_TYPE.search(meta)
        filename = _DOC_FILENAME.search(meta)
        self.type = doc_type.group(1).strip() if doc_type else ""
        self.body_start = opened.end() if opened else len(chunk)
        closed = chunk.rfind("</TEXT>")
        self.body_end = closed if closed >= self.body_start else len(chunk)
        self.body = chunk[self.body_start : self.body_end]
        suffix = Path(filename.group(1).strip()).suffix.lower() if filename else ""
        self.binary = bool(
            _NON_TEXT_TYPES.match(self.type)
            or suffix in _NON_TEXT_FILES
            or _NON_TEXT_BODY.match(self.body)
        )
        self.is_html = not self.binary and _is_html(self.body[:FORMAT_SNIFF_CHARS], suffix)


def _blank_binary_bodies(text: str, parts: list[_Part], starts: list[int]) -> str:
    """Empty the lines of uuencoded/binary bodies so they neither show nor get indexed.

    Newlines stay, so every other line keeps its number in the file.
    """
    pieces: list[str] = []
    done = 0
    for part, start in zip(parts, starts, strict=True):
        if part.binary:
            a, b = start + part.body_start, start + part.body_end
            pieces += [text[done:a], "\n" * text.count("\n", a, b)]
            done = b
    pieces.append(text[done:])
    return "".join(pieces)


# HTML ---------------------------------------------------------------------------------------


def _load_html(name: str, path: str, text: str) -> Document:
    lines, dei = _html_lines(text)
    display, hints = _assemble(lines)
    return Document(
        name=name, path=path, text=display, fmt="html", line_hints=hints, **_merge(name, dei)
    )


def _html_lines(html: str) -> tuple[list[tuple[str, str | None]], dict[str, str | None]]:
    """Display lines (text, hint) of an HTML document, and its iXBRL dei header fields."""
    parser = lxml.etree.HTMLParser(
        target=_TreeTarget(), encoding="utf-8", remove_comments=True, remove_pis=True
    )
    try:
        root = lxml.etree.fromstring(_xml_safe(html).encode("utf-8"), parser=parser)
    except lxml.etree.LxmlError:  # "Document is empty" and the like
        return [], {}
    dei = _dei_fields(root) if "dei:" in html or "DEI:" in html else {}
    extractor = _Extractor(root)
    extractor.walk(root)
    return extractor.lines, dei


def _xml_safe(text: str) -> str:
    return _XML_UNSAFE.sub(" ", text)


@functools.lru_cache(maxsize=1024)
def _tag_name(tag: str) -> str:
    """An HTML tag name as a valid lxml tag: lower case, "ix:header" becomes "ix_header"."""
    tag = _TAG_UNSAFE.sub("_", tag.lower())
    return tag if tag[:1].isalpha() or tag[:1] == "_" else f"_{tag}"


class _TreeTarget:
    """Builds the tree from the HTML parser's events, keeping only what the extractor reads.

    libxml2's own tree builder silently drops everything nested deeper than 256 (2048 with
    huge_tree) elements, a depth old filings reach by never closing their <font> tags; and
    lxml's TreeBuilder refuses prefixed tags, odd attribute names and control characters.
    Each element keeps just two marks, decided here once: "hidden" (dropped or display:none)
    and "weight" ("bold" or "normal" when it sets one), plus a dei field name.
    """

    def __init__(self) -> None:
        self._builder = lxml.etree.TreeBuilder()

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = _tag_name(tag)
        kept: dict[str, str] = {}
        if name in _DROP_TAGS:
            kept["hidden"] = ""
        if name in ("b", "strong"):
            kept["weight"] = "bold"
        if attrib:  # an element without attributes gets a slow empty mapping: skip it
            style = attrib.get("style")
            if "hidden" in attrib or (style and _HIDDEN_STYLE.search(style)):
                kept["hidden"] = ""
            if style and "weight" in style and (weights := _FONT_WEIGHT.findall(style)):
                kept["weight"] = "bold" if weights[-1].lower() in _BOLD_WEIGHTS else "normal"
            field = attrib.get("name")
            if field and field[:4].lower() == "dei:":
                kept["name"] = _xml_safe(field)
        self._builder.start(name, kept)

    def end(self, tag: str) -> None:
        self._builder.end(_tag_name(tag))

    def data(self, data: str) -> None:
        self._builder.data(_xml_safe(data))

    def close(self) -> Element:
        return self._builder.close()


def _dei_fields(root: Element) -> dict[str, str | None]:
    fields: dict[str, str | None] = {}
    for element in root.iter():
        field = _DEI_FIELDS.get(element.get("name", "").lower())
        if field and field not in fields:
            value = " ".join("".join(element.itertext()).split())
            fields[field] = value.zfill(10) if field == "cik" and value.isdigit() else value
    return fields


def _hidden(element: Element) -> bool:
    return element.get("hidden") is not None


def _bold(element: Element, inherited: bool) -> bool:
    weight = element.get("weight")
    return inherited if weight is None else weight == "bold"


def _collapse(text: str) -> str:
    """HTML white-space rules on one line of text, made safe to print."""
    return " ".join(_HTML_INVISIBLE.sub("", safe_line(text)).split())


def _has_text(text: str | None) -> bool:
    return bool(text) and _VISIBLE.search(text) is not None


class _Frame(NamedTuple):
    """An open element during the walk."""

    kind: str  # "block", "inline", "done" (already emitted or skipped: not descended into)
    bold: bool
    lines: int = -1  # line count when a block opened: unchanged at its end means a spacer
    hint: str | None = None
    only: Element | None = None  # of a layout row: its one cell worth walking


class _Extractor:
    """Walks a parsed HTML tree and emits one display line per block, one per table row.

    The walk is iterative: unclosed tags nest old filings deeper than Python's recursion limit.
    """

    def __init__(self, root: Element) -> None:
        self.lines: list[tuple[str, str | None]] = []
        self._cells_with_text = _cells_with_text(root)
        self._fragments: list[str] = []
        self._all_bold = True
        self._hint: str | None = None  # hint for the next line emitted (heading, list item)

    def walk(self, root: Element) -> None:
        """Emit the lines of the whole document."""
        walker = lxml.etree.iterwalk(root, events=("start", "end"))
        frames: list[_Frame] = []  # the open elements
        for event, element in walker:
            if event == "start":
                parent = frames[-1] if frames else _Frame("root", bold=False)
                if parent.only is not None and element is not parent.only:
                    frame = _Frame("done", parent.bold)  # an empty cell of a layout row
                else:
                    frame = self._open(element, parent.bold)
                frames.append(frame)
                if frame.kind == "done":
                    walker.skip_subtree()
                continue
            frame = frames.pop()
            if frame.kind == "block":
                self._close_block(frame.lines, frame.hint)
            if frames:
                self._text(element.tail, frames[-1].bold)
        self._flush()

    def _open(self, element: Element, inherited: bool) -> _Frame:
        tag = element.tag
        if _hidden(element):
            return _Frame("done", inherited)
        bold = _bold(element, inherited)
        if tag == "tr":
            only = self._row(element)
            if only is None:
                return _Frame("done", bold)
            return _Frame("block", bold, -1, only=only)
        if tag == "pre":
            self._pre(element)
            return _Frame("done", bold)
        if tag == "br":
            self._break()
            return _Frame("done", bold)
        if tag not in _BLOCK_TAGS:
            self._text(element.text, bold)
            return _Frame("inline", bold)
        self._flush()
        self._text(element.text, bold)
        hint = _HINT_TAGS.get(tag)
        if hint:
            self._hint = hint
        # an empty table part is no spacer: only other empty blocks leave a blank line
        return _Frame("block", bold, -1 if tag in _TABLE_TAGS else len(self.lines), hint)

    def _close_block(self, lines: int, hint: str | None) -> None:
        self._flush()
        if hint and self._hint == hint:
            self._hint = None
        if len(self.lines) == lines:
            self.lines.append(("", None))

    def _text(self, text: str | None, bold: bool) -> None:
        if text:
            self._fragments.append(text)
            if not bold and not text.isspace():
                self._all_bold = False

    def _flush(self) -> None:
        line = _collapse("".join(self._fragments))
        if line:
            hint = self._hint or ("bold" if self._all_bold else None)
            self.lines.append((line, hint))
            self._hint = None
        self._fragments = []
        self._all_bold = True

    def _break(self) -> None:
        if self._fragments and not "".join(self._fragments).isspace():
            self._flush()
        else:
            self.lines.append(("", None))

    def _row(self, row: Element) -> Element | None:
        """Emit a table row as one line, its non-empty cells in order joined by ' | '.

        A row whose only non-empty cell holds blocks with much text (LAYOUT_CELL_CHARS) is a
        layout box: nothing is emitted and that cell is returned, to be walked.
        """
        self._flush()
        filled: list[Element | str] = []  # non-empty cells, and text strayed between cells
        for cell in row:
            if cell.tag in _CELL_TAGS:
                if cell in self._cells_with_text:
                    filled.append(cell)
            elif not _hidden(cell) and _collapse(_inline_text(cell)):
                filled.append(cell)
            if cell.tail and (text := _collapse(cell.tail)):
                filled.append(text)
        only = filled[0] if len(filled) == 1 else None
        if isinstance(only, Element) and _has_blocks(only) and _text_exceeds(only):
            return only
        texts = [
            part if isinstance(part, str) else _collapse(_inline_text(part)) for part in filled
        ]
        if texts:
            self.lines.append((" | ".join(texts), "row"))
        return None

    def _pre(self, element: Element) -> None:
        """Preformatted text keeps its own line breaks and spacing."""
        self._flush()
        for line in _inline_text(element).split("\n"):
            self.lines.append((safe_line(line).rstrip(), None))


def _inline_text(top: Element) -> str:
    """All visible text under ``top``, with a space where blocks and line breaks were."""
    if not len(top):
        return top.text or ""
    out: list[str] = []
    walker = lxml.etree.iterwalk(top, events=("start", "end"))
    for event, element in walker:
        visible = not _hidden(element)
        separate = visible and element is not top and element.tag in _BREAK_TAGS
        if event == "start":
            if not visible:
                walker.skip_subtree()
                continue
            if separate:
                out.append(" ")
            if element.text:
                out.append(element.text)
        else:
            if separate:
                out.append(" ")
            if element is not top and element.tail:
                out.append(element.tail)
    return "".join(out)


def _cells_with_text(root: Element) -> set[Element]:
    """The table cells holding visible text, found in one pass (rows nest in rows)."""
    found: set[Element] = set()
    flags: list[bool] = []  # per open element: visible text seen inside it
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            hidden = _hidden(element)
            if hidden:
                walker.skip_subtree()
            flags.append(not hidden and _has_text(element.text))
            continue
        texty = flags.pop()
        if texty and element.tag in _CELL_TAGS:
            found.add(element)
        if flags and (texty or _has_text(element.tail)):
            flags[-1] = True
    return found


def _has_blocks(element: Element) -> bool:
    return any(child.tag in _BREAK_TAGS for child in element.iterdescendants())


def _text_exceeds(element: Element, limit: int = LAYOUT_CELL_CHARS) -> bool:
    """Whether the visible text under ``element`` is longer than ``limit``; stops early."""
    size = 0
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, child in walker:
        if event == "start":
            if _hidden(child):
                walker.skip_subtree()
            elif child.text:
                size += len(child.text.strip())
        elif child is not element and child.tail:
            size += len(child.tail.strip())
        if size > limit:
            return True
    return False


def _assemble(lines: list[tuple[str, str | None]]) -> tuple[str, tuple[tuple[int, str], ...]]:
    """Join display lines, at most one blank line in a row, none at either end; number hints."""
    out: list[str] = []
    hints: list[tuple[int, str]] = []
    for text, hint in lines:
        if not text.strip():
            if out and out[-1]:
                out.append("")
            continue
        out.append(text)
        if hint:
            hints.append((len(out), hint))
    while out and not out[-1]:
        out.pop()
    return safe_text("\n".join(out)), tuple(hints)
