"""Sections and passages: the heading tree of a filing and the units a citation points to.

``split`` reads a loaded ``Document`` line by line. It finds headings (Roman numerals, numbered
and lettered items, ALL-CAPS lines, short title lines over a body, HTML headings and bold titles
from the loader's line hints), nests them into heading paths, and cuts the body into passages:
paragraphs (wrapped fixed-width text, one-block-per-line text and HTML blocks alike), bullet
items and table rows. Every passage keeps the original line range and character offsets, so
``doc.text[p.char_start:p.char_end]`` cleaned with ``clean_text`` is exactly ``p.text``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from index.dates import DATE_RE
from index.model import Document, Passage, Section
from index.sentences import ends as sentence_ends


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, for the word lists below."""
    return frozenset(text.split())


# Passages longer than this are cut at sentence ends (then line ends, then spaces) into
# balanced chunks: a typical prose paragraph stays whole, a multi-kilobyte HTML block does not.
MAX_PASSAGE_CHARS = 2000
# A title-like heading line is at most this long and has at most this many words; longer
# lines are body text ("Real Estate Investment Trusts" vs a sentence that lacks its period).
TITLE_MAX_CHARS = 90
TITLE_MAX_WORDS = 14
# Share of significant words (not "of", "and", "the", ...) that must be capitalised for a line
# to read as Title Case: "Changes in Portfolio Managers" (1.0) vs "Since September 2001,
# Mr. Dana Holt has co-managed the N.W. Harbor Small" (0.82).
TITLE_CASE_SHARE = 0.9
# Sentence-case lines of at most this many words may still be headings ("Portfolio management").
SHORT_HEADING_WORDS = 5
# Share of letters in upper case for an ALL-CAPS line ("MET INVESTORS SERIES TRUST" vs
# "MFS(R) Bond Fund").
CAPS_SHARE = 0.9
CAPS_SCAN_CHARS = 400  # the case of a long line shows in its first few hundred characters
# Consecutive ALL-CAPS lines up to this many can be one wrapped heading
# ("INVESTMENTS, RISKS AND / PERFORMANCE"); longer runs are lists of fund names.
CAPS_RUN_MAX = 3
# A line without a closing full stop is body text (prose) once it is this long and not
# Title Case; shorter ones may be labels, names or table cells.
PROSE_MIN_CHARS = 40
# In wrapped fixed-width text a line filled to this share of the wrap width continues the
# paragraph even when it ends with a full stop; a shorter one ends it.
WRAP_FULL_RATIO = 0.75
# A line that opens a paragraph under a filing's cover is at least this long.
PROSE_LINE_MIN_CHARS = 50
# A document is wrapped fixed-width text when this share of its long lines is at most
# WRAP_MAX_WIDTH characters wide (vs one paragraph per line, as text saved from HTML).
WRAP_SHARE = 0.9
WRAP_MAX_WIDTH = 100
WRAP_MIN_LINES = 5  # fewer lines of 20+ characters say nothing about a wrap width
# A line without "|" inside a flattened text table is a cell (not a new paragraph) when it
# is at most this long: "Waivers and Reimbursements" vs "Effective September 14, 2009, ...".
TABLE_CELL_MAX_CHARS = 60
# ... and a cell after a lone "|" runs on for at most this many such lines.
TABLE_CELL_MAX_LINES = 3
# A document whose non-blank lines start with "|" at least this often, with long cells and
# few lone "|" lines, has a left border, not a table: the border is ignored.
BORDER_SHARE = 0.8
BORDER_MIN_CELL_CHARS = 30
BORDER_MAX_LONE_SHARE = 0.2
# A page number inside a sentence stands after a line of at least this many characters, with at
# most this many blank lines on either side.
BRIDGE_MIN_CHARS = 40
BRIDGE_MAX_GAP = 2
# A short line next to a page number that recurs this often is a running header or footer
# ("Summary Prospectus" / "2 of 9" / the fund name): page furniture, not a heading or passage.
FURNITURE_MIN_REPEATS = 3
FURNITURE_REACH = 2
# Lines between two of a running foot's repeats, at the least (a page holds more).
FURNITURE_MIN_GAP_LINES = 6
# A last line holding a date and at most this many other characters ("November 15, 2001")
# joins the passage above it: it dates the supplement and is cited with its last words.
CLOSING_DATE_EXTRA_CHARS = 12
# The cover (trust, funds, "Supplement dated ... to the Prospectus dated ...") is at most
# this many non-blank lines; past that the top of the document is body text.
COVER_MAX_LINES = 40
# A cover line may be a date with a few words ("March 25, 2002 Prospectus"); a longer line
# with a date is a sentence ("On June 25, 2019, Summit Managed Payout Fund will ...").
COVER_DATE_EXTRA_CHARS = 30
# A cover line is mostly capitalised names ("to the Portfolio's Adviser Class (Class ADV),")
# with at most one lower-case word once it is long; "On June 25, 2019, Summit Managed
# Payout Fund (the Fund) will reallocate a" has two and is the body's first sentence.
COVER_CAPITAL_SHARE = 0.6
COVER_LOWER_WORDS_MAX = 1

_MINOR_WORDS = _words(
    "a an and as at by for from in into of on or per the to under upon via vs with"
)
_SUSPENDED = _words("and or nor to through than versus vs")
# Word endings that cannot stand alone: "invest-\nment" rejoins to "investment", while
# "commodity-\nlinked" and "large- cap" keep their hyphen.
_SUFFIX_FRAGMENT = re.compile(
    r"(?:ment|ments|tion|tions|sion|sions|ing|ings|ness|ity|ities|ance|ances|ence|ences|"
    r"ally|ible|able|ized|izing|ization|izations|ous|ive|ives|ure|ures|ual|ually|ly|ed|er|"
    r"ers|est|al|ic|ics|ts|es|s)"
)

_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}>")
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WS_RE = re.compile(r"\s+")
_BULLET_GLYPHS = "•■□▪●◦‣⁃∙·¡➢►▶✓✔°\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf06e\uf0a8"
_LINE_BULLET_RE = re.compile(rf"(?m)^[ \t]*(?:[o*\-](?=[ \t])|[{_BULLET_GLYPHS}])[ \t]*")
_BORDER_RE = re.compile(r"(?m)^([ \t]*)\|")
_PIPE_BULLET_RE = re.compile(rf"\|[ \t]*[{_BULLET_GLYPHS}][ \t]*(?=\||\n|$)")
_HYPHEN_NL_RE = re.compile(r"(?<=[A-Za-z])-[ \t]*\n[ \t|]*([a-z][a-z]*)")
_HYPHEN_SP_RE = re.compile(r"(?<=[a-z])- +([a-z][a-z]*)")
_PIPES_RE = re.compile(r"\s*(?:\|\s*)+")
_EDGES_RE = re.compile(rf"^[\s|]*(?:[{_BULLET_GLYPHS}](?:[\s|]+|(?=\w))|[o*\-]\s+)?[\s|]*|[\s|]+$")
# _EDGES_RE's first alternative: what it removes at the start of a text (see edges_stripped).
_EDGES_START_RE = re.compile(rf"[\s|]*(?:[{_BULLET_GLYPHS}](?:[\s|]+|(?=\w))|[o*\-]\s+)?[\s|]*")

_PAGE_RE = re.compile(
    r"-\s*\d{1,4}\s*-|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|<PAGE>"
    r"|[A-Z]{1,2}-\d{1,3}"
)
# A bare number or lower-case roman numeral is a page number only between blank lines.
_BARE_PAGE_RE = re.compile(r"\d{1,3}|[ivxlc]{1,6}")
_RULE_RE = re.compile(r"[-_=*~.·•]{4,}")
# A fixed-width table of words: at least this many aligned lines, cells within this many
# characters of the first row's columns.
ALIGNED_MIN_ROWS = 3
ALIGN_SLACK = 2
# A line this short above a fixed-width row whose label goes on in lower case begins it.
WRAPPED_LABEL_MAX_CHARS = 60
# Fixed-width tables: cells parted by runs of spaces, and what a value cell may hold.
_SPACE_RUN_RE = re.compile(r"[ \t]{2,}")
_SPACED_CELL_RE = re.compile(
    r"\(?[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?%?\)?(?:\s?\(\d\)|\*+|\d)?"
    r"|(?:None|N/A|n/a|NA|Nil|-+|—|–)(?:\s?\(\d\)|\*+)?"
    r"|(?:Class|CLASS)\s+[A-Z0-9][A-Za-z0-9-]{0,5}|[A-Z][A-Z0-9]{0,3}(?:\s+[Ss]hares)?"
    r"|(?:Investor|Institutional|Advisor|Adviser|Admiral|Retail|Service|Premier)(?:\s+(?:Class|Shares))?"
)
# A row of an old text table: a label, a dot leader, a value ("Next $250 million .... 0.80%").
_LEADER_RE = re.compile(r"[^\s.]\s*\.{4,}\s*[^\s.]")
_LEADER_DOTS_RE = re.compile(r"[ \t]*\.{4,}[ \t]*")
_BULLET_RE = re.compile(rf"(?:[o*\-][ \t]+|[{_BULLET_GLYPHS}][ \t]*)(?=\S)")
_ENUM_RE = re.compile(
    r"(?P<enum>(?P<roman>(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)\.)|(?P<upper>[A-Z]\.)"
    r"|(?P<num>\d{1,3}[.)])|(?P<lower>(?:[a-z]|[ivx]{2,5})[.)])"
    r"|(?P<paren>\((?:[A-Za-z]|\d{1,3}|[ivx]{2,5})\)))(?:[ \t]+|$)"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.\-]*|\d[\d,.%]*")
_TERMINAL_RE = re.compile(r"[.!?:;][\"'”’)\]]*$")
_COVER_WORDS_RE = re.compile(
    r"supplement|prospectus|statement of additional information|\bdated\b", re.IGNORECASE
)
_COVER_START_RE = re.compile(r"\(|supplement\b|to the\b|dated\b|each dated\b", re.IGNORECASE)
_EDGAR_HEADER_RE = re.compile(r"\s*497[A-Z]?\s+\d+\s+\S+\.(?:htm|html|txt)\b", re.IGNORECASE)

# A footnote marker alone on its line ("1", "*", "†") leads the paragraph after it.
_FOOTNOTE_RE = re.compile(r"\d{1,2}|[*†‡§]{1,3}")
_LETTER_RE = re.compile(r"[^\W\d_]")
_LOWER_RE = re.compile(r"[a-zß-öø-ÿ]")
# What _LETTER_RE and _LOWER_RE find among ASCII characters (see _letter_counts).
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_ASCII_LETTERS = _ASCII_LOWER + _ASCII_LOWER.upper()
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_DIGIT_RE = re.compile(r"\d")
# A block that opens with a short capitalised lead-in: "Portfolio Managers. Priya Raman ..."
_LEAD_IN_START_RE = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the|&)){0,5}[.:]\s+[A-Z]"
)
# A "Label: value" or "Label. Value" pair ("Investment Adviser. Crestline Asset Management,
# LLC"), not a heading; an initial or an abbreviation ("U.S. Equity", "Inc. ") is no label.
_LABEL_RE = re.compile(r"\w:\s+\S|[a-z]{3}\.\s+[A-Z]")

_TABLE_KINDS = ("pipe", "cell")
_H_STYLES = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_HINTS = (*_H_STYLES, "bold")


def clean_text(s: str) -> str:
    """A passage's clean text: tags and bullets gone, hyphen breaks rejoined, spacing normal."""
    if not s:
        return ""
    s = _ZERO_WIDTH_RE.sub("", s.replace("\r", ""))
    if "<" in s:
        s = _TAG_RE.sub(" ", s)
    piped = "|" in s
    if piped:
        lines = [line.strip() for line in s.split("\n") if line.strip()]
        if len(lines) > 1 and all(line.startswith("|") and line != "|" for line in lines):
            s = _BORDER_RE.sub(r"\1", s)
        s = _PIPE_BULLET_RE.sub("|", s)
    s = _LINE_BULLET_RE.sub("", s)
    if "-" in s:
        s = _HYPHEN_NL_RE.sub(_join_hyphen, s)
        s = single_spaced(s)
        s = _HYPHEN_SP_RE.sub(_join_hyphen, s)
    else:
        s = single_spaced(s)
    if piped:
        s = _PIPES_RE.sub(" | ", s)
    if "...." in s and _LEADER_RE.search(s):  # "First $250 million ......... 0.85%"
        s = _LEADER_DOTS_RE.sub(" | ", s)
    return edges_stripped(s)


def single_spaced(s: str) -> str:
    r"""``_WS_RE.sub(" ", s)``: each run of whitespace one space (``str.split`` splits on what
    the regex's ``\s`` matches), without a regex tried at every place (twice as fast)."""
    words = s.split()
    if not words:
        return " " if s else ""
    out = " ".join(words)
    if s[0].isspace():
        out = " " + out
    if s[-1].isspace():
        out += " "
    return out


def edges_stripped(s: str) -> str:
    r"""``_EDGES_RE.sub("", s)``: its first alternative matches at the start (only there, and
    always: all it matches is optional); its second, ``[\s|]+$``, then matches the run of
    spaces and bars that ends the text, if any is left (searched for at every place by the
    regex, here read backwards from the end)."""
    start = _EDGES_START_RE.match(s).end()  # type: ignore[union-attr]
    end = len(s)
    while end > start and (s[end - 1] == "|" or s[end - 1].isspace()):
        end -= 1
    return s[start:end]


def _join_hyphen(m: re.Match[str]) -> str:
    word = m.group(1)
    if word in _SUSPENDED:
        return "- " + word
    if _SUFFIX_FRAGMENT.fullmatch(word):
        return word
    return "-" + word


@dataclass(slots=True)
class _Line:
    """One display line as the splitter sees it."""

    start: int  # offset of the first content character in doc.text
    end: int  # offset just past the last content character
    text: str  # content with tags and a left border blanked, stripped
    indent: int
    kind: str  # "blank" | "page" | "rule" | "pipe" | "cell" | "row" | "junk" | "text"
    hint: str | None
    bullet: bool = False
    enum: str | None = None  # enumerator style: roman | upper | num | lower | paren | note
    enum_rest: str = ""
    lone_enum: bool = False
    in_table: bool = False
    heading: str | None = None  # heading style when the line is (part of) a heading
    spaced: bool = False  # a row of a fixed-width table: cells parted by runs of spaces
    bridge: bool = False  # a page number standing inside a sentence that goes on after it

    @property
    def width(self) -> int:
        """Where the line's text ends (a field of its own cost 8 bytes a line of a long
        filing's line table)."""
        return self.indent + len(self.text)


@dataclass(slots=True)
class _Unit:
    kind: str
    first: int  # 0-based line indexes
    last: int
    section: tuple[str, ...]
    pending_enum: bool = False
    column: tuple[int, int] | None = None  # the character columns of a column of prose
    skips: tuple[tuple[int, int], ...] = ()  # page numbers inside it (character spans), left out
    bridged: bool = False  # a page number just crossed: its sentence goes on


def split(doc: Document) -> tuple[list[Section], list[Passage]]:
    """Headings (with their paths) and passages of one document, in reading order."""
    return _Splitter(doc).run()


class _Splitter:
    """One pass over a document's lines; kept as an object only to share its line table."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # start offset of each line, as machine integers: a list held an int object per line
        # (about 40 bytes a line of a long filing's line table)
        self.offsets = array("q")
        hints = {}
        for line_no, kind in doc.line_hints:
            hints.setdefault(line_no - 1, kind)
        # the raw lines are read twice, one at a time, never held as a list (a string per line)
        border = _has_border(raw for _, raw in _raw_lines(self.text))
        self.lines = []
        for i, (offset, raw) in enumerate(_raw_lines(self.text)):
            self.offsets.append(offset)
            self.lines.append(_analyse(raw, offset, hints.get(i), border))
        if self.lines and _EDGAR_HEADER_RE.match(self.lines[0].text):
            self.lines[0].kind = "junk"
        _mark_pages(self.lines)
        _mark_bridges(self.lines)
        self.next_nb = _next_nonblank(self.lines)
        self.wrap = _wrap_width(self.lines)
        self.sections: list[Section] = []
        self.units: list[_Unit] = []
        self.stack: list[tuple[str, str]] = []  # (heading style, heading text)
        # the headings of the stack as one tuple, made when the stack changes and shared by the
        # sections and passages under it (one tuple per passage was a long filing's 3.5 MB/16 MB)
        self.path: tuple[str, ...] = ()
        self.ranks: list[str] = []

    def _next(self, i: int) -> int | None:
        """The next line after ``i`` that is not blank, page furniture, a rule or junk."""
        nxt = self.next_nb[i]
        return None if nxt < 0 else nxt

    # -- driver --------------------------------------------------------------------------

    def run(self) -> tuple[list[Section], list[Passage]]:
        _mark_tables(self.lines)
        self.columns: dict[int, tuple[int, list[tuple[int, int, tuple[int, int]]]]] = {}
        if self.doc.fmt != "html":
            _mark_aligned_rows(self.lines, self.text)
            self.columns = self._prose_columns()
        cover_end, cover_heading = self._cover()
        self._mark_headings(cover_end)
        if cover_heading is not None and self.lines[cover_heading].heading is None:
            ln = self.lines[cover_heading]
            ln.heading = (
                ln.hint if ln.hint in _HEADING_HINTS else "caps" if _is_caps(ln.text) else "title"
            )
        cover = [i for i in range(cover_end) if self.lines[i].kind == "text"]
        if cover:
            self.units.append(_Unit("paragraph", cover[0], cover[-1], ()))
        self._walk(cover_end)
        self._attach_closing_date()
        spans = [self._span(unit) for unit in self.units]
        # the line table (several times the text) goes before the passages are made
        self.lines, self.next_nb, self.units = [], array("q"), []
        return self.sections, self._passages(spans)

    # -- cover ---------------------------------------------------------------------------

    def _cover(self) -> tuple[int, int | None]:
        """End (exclusive) of the cover block at the top, and a heading that closes it."""
        seen = 0
        i = 0
        n = len(self.lines)
        while i < n:
            ln = self.lines[i]
            if ln.kind in ("blank", "junk") or (ln.kind == "page" and not seen):
                i += 1
                continue
            if ln.kind != "text" or ln.in_table or ln.bullet or ln.enum or ln.hint in ("li", "row"):
                return (i if seen else 0), None
            if (seen or ln.hint in _HEADING_HINTS) and self._closes_cover(i):
                return i, i
            if seen >= COVER_MAX_LINES:
                return i, None
            if seen and self._starts_prose(i):
                return i, None
            if not _cover_like(ln.text):
                if not (seen and ln.text[:1].islower()):
                    return (i if seen else 0), None
                if _TERMINAL_RE.search(ln.text):  # the sentence the cover ends with
                    return i + 1, None
            seen += 1
            i += 1
        return (i if seen else 0), None

    def _starts_prose(self, i: int) -> bool:
        """Line ``i`` opens a wrapped paragraph: flush left, running to the wrap width, the
        next line right under it, and no words of a cover ("On October 17, 2024, the Board of
        Trustees of Northbeam Capital Series" over "(the "Trust"), upon ...")."""
        ln = self.lines[i]
        return ln.indent == 0 and self._wraps_on(i) and not _COVER_WORDS_RE.search(ln.text)

    def _wraps_on(self, i: int) -> bool:
        """Line ``i`` of fixed-width text is wrapped prose: long, running to the wrap width,
        with the next line right under it, however many of its words are capitalised ("The
        Northbeam Short Duration Income Fund (the "Short Duration Fund" or, in")."""
        ln = self.lines[i]
        return (
            self.doc.fmt != "html"
            and ln.kind == "text"
            and "|" not in ln.text  # (cells, not prose)
            and len(ln.text) >= PROSE_LINE_MIN_CHARS
            and self._full(ln)
            and i + 1 < len(self.lines)
            and self.lines[i + 1].kind == "text"
            and not _is_caps(ln.text)
        )

    def _closes_cover(self, i: int) -> bool:
        """A keyword-free title line over prose ends the cover as the first heading."""
        ln = self.lines[i]
        if _COVER_WORDS_RE.search(ln.text) or _full_date(ln.text):
            return False
        if not _heading_text_ok(ln.text):
            return False
        if not (_titleish(ln.text) or _is_caps(ln.text) or ln.hint in _H_STYLES):
            return False
        nxt = self._next(i)
        if nxt is None or not self._is_prose(self.lines[nxt]):
            return False
        text = self.lines[nxt].text
        return not (_COVER_START_RE.match(text) or text[:1].islower())

    # -- headings ------------------------------------------------------------------------

    def _mark_headings(self, begin: int) -> None:
        lines = self.lines
        n = len(lines)
        i = begin
        prev_ended = True  # the previous line ended a paragraph (a blank line counts)
        text_ended = True  # ... not counting blank lines, which HTML emits between all blocks
        while i < n:
            ln = lines[i]
            if ln.kind == "blank":
                prev_ended = True
                i += 1
                continue
            if ln.kind != "text" or ln.in_table:
                prev_ended = text_ended = True
                i += 1
                continue
            # HTML blocks come with hints and blank lines between some of them at random
            blank_ends = ln.hint != "bold" and not self.doc.line_hints
            style = self._heading_style(i, prev_ended if blank_ends else text_ended)
            if style == "caps":
                j = self._caps_run_end(i)
                if j is not None:
                    for k in range(i, j + 1):
                        lines[k].heading = "caps"
                    prev_ended = text_ended = True
                    i = j + 1
                    continue
                style = None
            if style is not None:
                ln.heading = style
                prev_ended = text_ended = True
            else:
                prev_ended = text_ended = bool(_TERMINAL_RE.search(ln.text)) or ln.lone_enum
            i += 1

    def _heading_style(self, i: int, prev_ended: bool) -> str | None:
        ln = self.lines[i]
        text = ln.text
        if ln.hint in _H_STYLES:
            return ln.hint if len(text) <= 3 * TITLE_MAX_CHARS else None
        if ln.hint == "bold":
            return "bold" if prev_ended and self._bold_heading(i) else None
        if ln.hint in ("li", "row") or ln.bullet:
            return None
        if ln.enum and not ln.lone_enum:
            rest = ln.enum_rest
            if not (_heading_text_ok(rest) and (_titleish(rest) or _is_caps(rest))):
                return None
            nxt = self._next(i)
            if (
                nxt is not None
                and self.lines[nxt].enum == ln.enum
                and (
                    not self._is_prose(self.lines[nxt])
                    or not _heading_text_ok(self.lines[nxt].enum_rest)
                )
            ):
                return None  # one item of a list of short entries
            return ln.enum
        if not prev_ended or _full_date(text):
            return None
        if _is_caps(text):
            return "caps"
        if self._firm_over_rows(i):
            return "title"
        if not (_heading_text_ok(text) and _titleish(text)) or self._full(ln):
            return None
        nxt = self._next(i)
        if nxt is None or not self._is_body(nxt):
            return None
        if not self.lines[nxt].bullet and self.lines[nxt].text[:1].islower():
            return None  # a lower-case start continues this line's sentence
        return "title"

    def _firm_over_rows(self, i: int) -> bool:
        """Line ``i`` of an HTML filing is a firm's name ending in its legal form's stop
        ("Northbeam Credit Management, L.P.") over the rows of a table: it heads them, as a
        firm's name without the stop would."""
        text = self.lines[i].text
        if self.doc.fmt != "html" or not _LEGAL_END_RE.search(text):
            return False  # (a text filing's spaced "rows" may be prose in two columns)
        if not _heading_text_ok(text[:-1]):
            return False
        nxt = self._next(i)
        return nxt is not None and (
            self.lines[nxt].kind in ("pipe", "cell", "row")
            or self.lines[nxt].in_table
            or self.lines[nxt].hint == "row"
        )

    def _bold_heading(self, i: int) -> bool:
        """A bold title over body text, or over a label line (with its value under it)."""
        text = self.lines[i].text
        if not (_heading_text_ok(text) and (_titleish(text) or _is_caps(text))):
            return False
        nxt = self._next(i)
        if nxt is None:
            return False
        label = self.lines[nxt]
        return self._is_body(nxt) or label.hint == "bold" or _titleish(label.text)

    def _caps_run_end(self, i: int) -> int | None:
        """Last line of an ALL-CAPS heading starting at ``i``, or None when it is body text."""
        lines = self.lines
        j = i
        while (
            j + 1 < len(lines)
            and j - i < CAPS_RUN_MAX  # a longer run is a list: no need to find its end
            and lines[j + 1].kind == "text"
            and not lines[j + 1].in_table
            and _is_caps(lines[j + 1].text)
            and not _TERMINAL_RE.search(lines[j].text)
        ):
            j += 1
        if j - i + 1 > CAPS_RUN_MAX or re.search(r"[.,;:]$", lines[j].text):
            return None
        words = sum(len(_WORD_RE.findall(lines[k].text)) for k in range(i, j + 1))
        if words > 2 * TITLE_MAX_WORDS:
            return None
        nxt = self._next(j)
        if nxt is None or not (self._is_body(nxt) or self._titled_body(nxt)):
            return None
        return j

    def _titled_body(self, i: int) -> bool:
        """Line ``i`` is a title line with body text under it (a subheading), in capitals too
        ("FUND SUMMARY -- X FUND" over "INVESTMENT OBJECTIVE" over its text)."""
        ln = self.lines[i]
        if ln.kind != "text" or not (
            _heading_text_ok(ln.text) and (_titleish(ln.text) or _is_caps(ln.text))
        ):
            return False
        nxt = self._next(i)
        return nxt is not None and self._is_body(nxt)

    def _full(self, ln: _Line) -> bool:
        """A line of wrapped text that runs to the wrap width (so it is not a heading)."""
        return bool(self.wrap) and ln.width >= WRAP_FULL_RATIO * self.wrap

    def _is_prose(self, ln: _Line) -> bool:
        if ln.kind != "text" or _is_caps(ln.text):
            return False
        if _TERMINAL_RE.search(ln.text) and len(_WORD_RE.findall(ln.text)) >= 4:
            return True
        return len(ln.text) >= PROSE_MIN_CHARS and not _titleish(ln.text)

    def _is_body(self, i: int) -> bool:
        ln = self.lines[i]
        if ln.kind in ("pipe", "cell", "row") or ln.in_table or ln.bullet or ln.hint == "li":
            return True
        if ln.enum and not ln.lone_enum:
            return True
        return self._is_prose(ln) or self._wraps_on(i)

    # -- units ---------------------------------------------------------------------------

    def _walk(self, begin: int) -> None:
        lines = self.lines
        n = len(lines)
        unit: _Unit | None = None
        gap = 0
        i = begin
        while i < n:
            ln = lines[i]
            kind = ln.kind
            if i in self.columns:  # columns of prose side by side: each read down
                unit = self._close(unit)
                end, segments = self.columns[i]
                path = self.path
                for first, last, column in segments:
                    self.units.append(_Unit("paragraph", first, last, path, column=column))
                gap = 0
                i = end + 1
                continue
            if kind == "blank":
                gap += 1
                i += 1
                continue
            if ln.bridge and unit is not None and unit.kind in ("paragraph", "bullet"):
                # "... $1,000 to purchase Investor Class shares" / "8" / "and $100,000 ...":
                # the page number is left out and the sentence goes on
                unit.skips += ((ln.start, ln.end),)
                unit.bridged = True
                gap = 0
                i += 1
                continue
            if kind in ("page", "rule", "junk"):
                unit = self._close(unit)
                gap = 0
                i += 1
                continue
            if ln.heading is not None:
                unit = self._close(unit)
                i = self._heading(i)
                gap = 0
                continue
            if kind in _TABLE_KINDS or ln.in_table:
                unit = self._close(unit)
                i = self._table(i)
                gap = 0
                continue
            if kind == "row":
                if ln.spaced and unit is not None and self._label_above(unit, ln, gap):
                    # "Maximum Sales Charge (Load) Imposed" / "  on Purchases   5.75%   None"
                    self._emit("row", [unit.first, i])
                    unit = None
                else:
                    unit = self._close(unit)
                    self._emit("row", [i])
                gap = 0
                i += 1
                continue
            if (ln.bullet or ln.enum or ln.hint == "li") and not self._initial_runs_on(
                unit, ln, gap
            ):
                unit = self._close(unit)
                kind = "paragraph" if ln.enum == "note" else "bullet"
                unit = _Unit(kind, i, i, self.path)
                unit.pending_enum = ln.lone_enum
            elif unit is not None and self._continues(unit, ln, gap):
                unit.last = i
                unit.pending_enum = unit.bridged = False
            else:
                unit = self._close(unit)
                unit = _Unit("paragraph", i, i, self.path)
            gap = 0
            i += 1
        self._close(unit)

    def _label_above(self, unit: _Unit, ln: _Line, gap: int) -> bool:
        """Whether the one short line just above a fixed-width table row begins its wrapped
        label (the row's own label goes on in lower case)."""
        above = self.lines[unit.first]
        return (
            not gap
            and unit.kind == "paragraph"
            and unit.first == unit.last
            and len(above.text) <= WRAPPED_LABEL_MAX_CHARS
            and ln.text[:1].islower()
        )

    def _initial_runs_on(self, unit: _Unit | None, ln: _Line, gap: int) -> bool:
        """Whether an "A."-like line start is a wrapped name's initial ("... managed by Helen" /
        "M. Okafor, ..."), not an enumerator: it follows a full line of the same paragraph
        that ends mid-sentence, and a capitalised word comes after it."""
        if unit is None or gap or ln.enum != "upper" or ln.bullet or ln.hint == "li":
            return False
        prev = self.lines[unit.last]
        return (
            self._full(prev)
            and not _TERMINAL_RE.search(prev.text)
            and not prev.text.endswith(":")
            and ln.enum_rest[:1].isupper()
        )

    def _continues(self, unit: _Unit, ln: _Line, gap: int) -> bool:
        if unit.bridged:  # the rest of a sentence broken by a page number
            return gap <= BRIDGE_MAX_GAP and ln.text[:1].islower()
        if unit.pending_enum:
            return gap <= 2
        if gap >= 2 or ln.hint == "li":
            return False
        if self.doc.fmt == "html" and _LEAD_IN_START_RE.match(ln.text):
            return False  # a block that opens with "Portfolio Managers." starts a paragraph
        prev = self.lines[unit.last]
        ended = bool(_TERMINAL_RE.search(prev.text))
        if gap == 1:
            # after a blank line, a bullet goes on only in its own indentation: a line further
            # left is the text after the list
            outdented = unit.kind == "bullet" and ln.indent < self.lines[unit.first].indent
            return not ended and not outdented
        if ln.text[:1].islower():
            return True
        if not ended:
            return True
        if prev.text.endswith(":"):  # "... as follows:" introduces what comes next
            return False
        return self._full(prev) and (ln.indent <= prev.indent or unit.kind == "bullet")

    def _close(self, unit: _Unit | None) -> None:
        if unit is not None:
            self.units.append(unit)
        return None

    def _emit(self, kind: str, line_ids: list[int]) -> None:
        self.units.append(_Unit(kind, line_ids[0], line_ids[-1], self.path))

    def _heading(self, i: int) -> int:
        """Record the heading starting at line ``i``; returns the next line to read."""
        style = self.lines[i].heading or "title"
        j = i
        while (
            style == "caps"
            and j + 1 < len(self.lines)
            and self.lines[j + 1].heading == "caps"
            and self.lines[j + 1].kind == "text"
        ):
            j += 1
        text = clean_text(self.text[self.lines[i].start : self.lines[j].end])
        if not text:
            return j + 1
        rank = self._rank(style)
        while self.stack and self._rank(self.stack[-1][0]) >= rank:
            self.stack.pop()
        self.stack.append((style, text))
        path = self.path = tuple(h for _, h in self.stack)
        self.sections.append(Section(text, len(path), i + 1, path))
        return j + 1

    def _rank(self, style: str) -> int:
        """Rank of a heading style: order of first appearance, h1..h6 kept in their order."""
        if style not in self.ranks:
            pos = len(self.ranks)
            if style in _H_STYLES:
                pos = next(
                    (k for k, s in enumerate(self.ranks) if s in _H_STYLES and s > style), pos
                )
            self.ranks.insert(pos, style)
        return self.ranks.index(style)

    # -- tables ----------------------------------------------------------------------------

    def _table(self, i: int) -> int:
        """Emit the rows of the flattened text table starting at ``i``; returns the next line."""
        lines = self.lines
        j = i
        while j + 1 < len(lines) and (lines[j + 1].kind in _TABLE_KINDS or lines[j + 1].in_table):
            j += 1
        block = list(range(i, j + 1))
        has_cells = any(lines[k].kind == "cell" for k in block)
        if not has_cells:  # only lone "|" separators: the row structure is lost, keep it whole
            self._emit("row", block)
            return j + 1
        row = [block[0]]
        for k in block[1:]:
            ln = lines[k]
            new = (ln.kind == "pipe" and k + 1 <= j and lines[k + 1].kind == "text") or (
                ln.kind == "cell" and _PIPE_BULLET_ONLY_RE.fullmatch(ln.text) is not None
            )
            if new and any(lines[r].kind != "pipe" and not lines[r].lone_enum for r in row):
                self._emit("row", row)
                row = [k]
            else:
                row.append(k)
        self._emit("row", row)
        return j + 1

    # -- closing date ----------------------------------------------------------------------

    def _attach_closing_date(self) -> None:
        """A lone date line ending the document (the supplement date) joins the passage above."""
        units = self.units
        if len(units) < 2:
            return
        last = units[-1]
        if last.first != last.last:
            return
        text = clean_text(self.text[self.lines[last.first].start : self.lines[last.first].end])
        m = _full_date(text)
        if m is None or len(text) - len(m.group(0)) > CLOSING_DATE_EXTRA_CHARS:
            return
        prev = units[-2]
        prev.last = last.last
        units.pop()

    # -- passages --------------------------------------------------------------------------

    def _span(self, unit: _Unit) -> tuple[_Unit, int, int, bool]:
        """A unit with its first character, its end and whether it is a row of a fixed-width
        table."""
        last = self.lines[unit.last]
        return unit, self.lines[unit.first].start, last.end, unit.kind == "row" and last.spaced

    def _passages(self, spans: list[tuple[_Unit, int, int, bool]]) -> list[Passage]:
        out: list[Passage] = []
        for unit, start, end, spaced in spans:
            if unit.column is not None:
                out.extend(self._column_passage(unit, len(out)))
                continue
            for cs, ce in _chunks(self.text, start, end):
                if spaced:  # "Management Fees      0.75%     0.75%" -> label | cells
                    *label, row = self.text[cs:ce].strip().split("\n")
                    cells = _SPACE_RUN_RE.split(row.strip())
                    cells[0] = " ".join([*label, cells[0]])  # a label wrapped above its row
                    text = " | ".join(t for t in (clean_text(c) for c in cells) if t)
                elif unit.skips:
                    text = clean_text(self._without(cs, ce, unit.skips))
                else:
                    text = clean_text(self.text[cs:ce])
                if not any(ch.isalnum() for ch in text):
                    continue
                out.append(
                    Passage(
                        doc=self.doc.name,
                        ordinal=len(out),
                        section=unit.section,
                        line_start=bisect.bisect_right(self.offsets, cs),
                        line_end=bisect.bisect_right(self.offsets, max(cs, ce - 1)),
                        char_start=cs,
                        char_end=ce,
                        text=text,
                        kind=unit.kind,
                    )
                )
        return out

    def _without(self, start: int, end: int, skips: tuple[tuple[int, int], ...]) -> str:
        """The text from ``start`` to ``end`` without the spans ``skips`` (page numbers)."""
        pieces: list[str] = []
        at = start
        for first, last in skips:
            if first >= end or last <= at:
                continue
            pieces.append(self.text[at:first])
            at = last
        pieces.append(self.text[at:end])
        return " ".join(pieces)

    def _raw_line(self, k: int) -> str:
        """Line ``k`` as the filing writes it (tags and all), without its line break."""
        end = self.offsets[k + 1] - 1 if k + 1 < len(self.offsets) else len(self.text)
        return self.text[self.offsets[k] : end].rstrip("\r")

    def _column_passage(self, unit: _Unit, ordinal: int) -> list[Passage]:
        """The passage of one column of prose: its pieces of each line, read down."""
        assert unit.column is not None
        left, right = unit.column
        pieces = [self._raw_line(k)[left:right] for k in range(unit.first, unit.last + 1)]
        lines = [p.strip() for p in pieces]
        if len(lines) > 1 and _NAME_LINE_RE.fullmatch(lines[0]) and lines[1][:1].isupper():
            # "Dana K. Holt" over "Director of ...": the name and its title, as prose says it
            lines[0] += ","
        text = clean_text("\n".join(lines))
        if not any(ch.isalnum() for ch in text):
            return []
        # from the column's first character on its first line to its last on its last line
        head, tail = pieces[0], pieces[-1]
        start = self.offsets[unit.first] + left + len(head) - len(head.lstrip())
        end = self.offsets[unit.last] + left + len(tail.rstrip())
        return [
            Passage(
                doc=self.doc.name,
                ordinal=ordinal,
                section=unit.section,
                line_start=unit.first + 1,
                line_end=unit.last + 1,
                char_start=start,
                char_end=end,
                text=text,
                kind=unit.kind,
            )
        ]

    def _prose_columns(self) -> dict[int, tuple[int, list[tuple[int, int, tuple[int, int]]]]]:
        """SGML tables whose columns (marked by "<S>" and "<C>" on their first line) hold prose
        side by side (two managers' biographies): first line -> (last line, the segments
        of each column: first line, last line, character columns). A segment of a column
        runs until a line where that column is blank."""
        found: dict[int, tuple[int, list[tuple[int, int, tuple[int, int]]]]] = {}
        n = len(self.lines)
        k = 0
        while k < n:
            raw = self._raw_line(k) if self.lines[k].kind == "blank" else ""
            starts = [m.start() for m in _COLUMN_MARK_RE.finditer(raw)]
            if len(starts) < 2:
                k += 1
                continue
            end = k + 1
            while end < n and "</TABLE>" not in self._raw_line(end).upper():
                end += 1
            body = range(k + 1, min(end, n))
            bounds = [(a, b) for a, b in zip(starts, [*starts[1:], 10_000], strict=True)]
            bounds[0] = (0, bounds[0][1])
            # the marks stand where each column's words start: no word is cut by them
            uncut = all(
                len(raw) <= a or raw[a - 1] == " "
                for j in body
                for raw in (self._raw_line(j),)
                for a, _ in bounds[1:]
            )
            # the cells are read as they are needed, held only for a table read down: marks
            # with no "</TABLE>" after them make the rest of the filing one body
            rows = (cells for _, cells in self._cell_rows(body, bounds))
            if uncut and _reads_down(rows, len(bounds)):
                found[k] = (min(end, n - 1), _segments(dict(self._cell_rows(body, bounds)), bounds))
            k = end + 1
        self._gutter_columns(found)
        return found

    def _cell_rows(
        self, lines: range, bounds: list[tuple[int, int]]
    ) -> Iterator[tuple[int, list[str]]]:
        """Each line of a block with its cells (the characters of each column, stripped)."""
        for j in lines:
            raw = self._raw_line(j)
            yield j, [raw[a:b].strip() for a, b in bounds]

    def _gutter_columns(
        self, found: dict[int, tuple[int, list[tuple[int, int, tuple[int, int]]]]]
    ) -> None:
        """Blocks of plain text lines (no SGML marks) set in two columns of prose: the second
        column starts at one place on many lines, with blanks before it on every line."""
        lines = self.lines
        n = len(lines)
        k = 0
        taken = {j for start, (end, _) in found.items() for j in range(start, end + 1)}
        while k < n:
            if lines[k].kind not in ("text", "row") or k in taken:
                k += 1
                continue
            end = k
            while end + 1 < n and lines[end + 1].kind in ("text", "row") and end + 1 not in taken:
                end += 1
            block = range(k, end + 1)
            if len(block) >= GUTTER_MIN_LINES:
                column = self._gutter(block)
                if column is not None:
                    bounds = [(0, column), (column, 10_000)]
                    cells = dict(self._cell_rows(block, bounds))
                    if (
                        _reads_down(cells.values(), 2)
                        and sum(1 for c in cells.values() if c[0]) >= 2
                    ):
                        found[k] = (end, _segments(cells, bounds))
            k = end + 1

    def _gutter(self, block: range) -> int | None:
        """Where the second column of a block starts: the place most of its two-cell lines
        start a cell, with a blank before it on every line long enough to reach it."""
        raws = [self._raw_line(j).replace("\t", " ") for j in block]
        # (a bullet or a wrapped line of the second column starts a little right of it)
        seconds = [starts[1] for raw in raws if len(starts := _cell_starts(raw)) >= 2]
        if len(seconds) < GUTTER_MIN_LINES - 1:
            return None
        column = min(seconds)
        if column < GUTTER_MIN_COLUMN or max(seconds) - column > GUTTER_SLACK:
            return None
        if any(len(raw) > column and raw[column - 1] != " " for raw in raws):
            return None
        return column


# A block set in two columns without SGML marks: at least this many lines, its second column
# starting at least this far right.
GUTTER_MIN_LINES = 4
GUTTER_MIN_COLUMN = 20
GUTTER_SLACK = 4  # how far right of the column a line of it may start
# A column's first line that is a name alone ("Dana K. Holt", "Clare Brody, CFA").
_NAME_LINE_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}(?:,\s*[A-Z]{2,5})?")
# An SGML table's column marks on its first line ("<S>        <C>        <C>").
_COLUMN_MARK_RE = re.compile(r"<[SC]>", re.I)
# Of a table's cells after the first column, how many must go on in lower case from the line
# above, and how many may be values, for its columns to be prose read down.
PROSE_RUN_ON_CELLS = 2
PROSE_MAX_VALUE_SHARE = 0.2


def _segments(
    cells: dict[int, list[str]], bounds: list[tuple[int, int]]
) -> list[tuple[int, int, tuple[int, int]]]:
    """The entries of each column of a block (its lines -> their cells): runs of lines whose
    cell in that column is not blank, as (first line, last line, the column's characters), in
    reading order (top, then left to right)."""
    segments = []
    for c, column in enumerate(bounds):
        run: list[int] = []
        for j, row in cells.items():
            if row[c]:
                run.append(j)
            elif run:
                segments.append((run[0], run[-1], column))
                run = []
        if run:
            segments.append((run[0], run[-1], column))
    return sorted(segments, key=lambda s: (s[0], s[2]))


def _reads_down(rows: Iterable[list[str]], columns: int) -> bool:
    """Whether an SGML table's columns hold prose side by side, to be read down: cells after
    the first that go on in lower case from the line above, and few values (no fee table)."""
    run_on = values = filled = 0
    for cells in rows:
        for cell in cells[1:]:
            if not cell:
                continue
            filled += 1
            if cell[:1].islower():
                run_on += 1
            if _VALUE_CELL_RE.fullmatch(cell):
                values += 1
    return (
        columns >= 2 and run_on >= PROSE_RUN_ON_CELLS and values <= PROSE_MAX_VALUE_SHARE * filled
    )


_VALUE_CELL_RE = re.compile(r"[\s$%().,\d-]*\d[\s$%().,\d-]*|None|N/A|-+")


_PIPE_BULLET_ONLY_RE = re.compile(rf"\|[ \t]*[{_BULLET_GLYPHS}o][ \t]*")


# -- line analysis -------------------------------------------------------------------------


def _blank_tags(raw: str) -> str:
    if "<" not in raw:
        return raw
    return _TAG_RE.sub(lambda m: " " * len(m.group(0)), raw)


# One blank line per hint, shared by every blank line with that hint: nothing reads a blank
# line's offsets or changes it, and a long filing has hundreds of thousands of them.
_BLANKS: dict[str | None, _Line] = {}


def _blank(hint: str | None) -> _Line:
    ln = _BLANKS.get(hint)
    if ln is None:
        ln = _BLANKS[hint] = _Line(0, 0, "", 0, "blank", hint)
    return ln


def _analyse(raw: str, offset: int, hint: str | None, border: bool) -> _Line:
    view = _blank_tags(raw).replace("\t", " ")
    border_at = -1
    if border:
        k = len(view) - len(view.lstrip())
        if view[k : k + 1] == "|":
            border_at = k
            view = view[:k] + " " + view[k + 1 :]
    stripped = view.strip()
    if not stripped:
        return _blank(hint)
    indent = len(view) - len(view.lstrip())
    rstripped = len(view.rstrip())
    # a left border stays inside the line's span (clean_text drops it) but not in its text
    first = border_at if border_at >= 0 else indent
    ln = _Line(offset + first, offset + rstripped, stripped, indent, "text", hint)
    if hint == "row":
        if "|" in stripped:
            ln.kind = "row"
            return ln
        ln.hint = None  # a one-cell row of a layout table is a plain block
    if hint is None:
        if _PAGE_RE.fullmatch(stripped) or _BARE_PAGE_RE.fullmatch(stripped):
            ln.kind = "page"
            return ln
        if _RULE_RE.fullmatch(stripped.replace(" ", "")):
            ln.kind = "rule"
            return ln
    if stripped.strip("| ") == "":
        ln.kind = "pipe"
        return ln
    if stripped.startswith("|"):
        ln.kind = "cell"
        return ln
    if stripped.count("|") >= 2 and sum(1 for c in stripped.split("|") if c.strip()) >= 2:
        ln.kind = "row"
        return ln
    if "...." in stripped and _LEADER_RE.search(stripped):
        ln.kind = "row"
        return ln
    if hint is None and "  " in stripped and _spaced_row(stripped):
        ln.kind = "row"
        ln.spaced = True
        return ln
    if _BULLET_RE.match(stripped) and not _ENUM_RE.match(stripped):
        ln.bullet = True
        return ln
    if _FOOTNOTE_RE.fullmatch(stripped):
        ln.enum = "note"
        ln.lone_enum = True
        return ln
    m = _ENUM_RE.match(stripped)
    if m and not stripped[m.end() :].startswith(("%", "$")):
        ln.enum = next(k for k in ("roman", "upper", "num", "lower", "paren") if m.group(k))
        ln.enum_rest = stripped[m.end() :].strip()
        ln.lone_enum = not ln.enum_rest
    return ln


def _spaced_row(stripped: str) -> bool:
    """Whether a line is a row of a fixed-width table: cells parted by runs of two or more
    spaces, every cell after the first a short value ("0.75%", "None(1)", "$1,000", "5.00%")
    or a share-class name, and at least two such cells ("Class A    Class B    Class C" heads
    a table; "Management Fees    0.75%    0.75%" is a row of it)."""
    cells = _SPACE_RUN_RE.split(stripped)
    if len(cells) < 2:
        return False
    values = cells[1:] if not _SPACED_CELL_RE.fullmatch(cells[0]) else cells
    return len(values) >= 2 and all(_SPACED_CELL_RE.fullmatch(c) for c in values)


def _cell_starts(raw: str) -> list[int]:
    """Where each cell of a line starts, cells parted by runs of two or more spaces."""
    starts = [len(raw) - len(raw.lstrip())]
    if "\t" not in raw and raw.find("  ", starts[0]) < 0:  # (no run of _SPACE_RUN_RE)
        return starts
    starts += [m.end() for m in _SPACE_RUN_RE.finditer(raw, starts[0]) if m.end() < len(raw)]
    return starts


def _mark_aligned_rows(lines: list[_Line], text: str) -> None:
    """Rows of a fixed-width table of words ("Name          Title              Since" /
    "Dana K. Holt  Portfolio Manager  2004"): a run of at least ALIGNED_MIN_ROWS lines, each of
    two or more cells parted by runs of spaces, whose cells start in the same columns (within
    ALIGN_SLACK characters). Prose, even with two spaces after a full stop, does not align."""
    run: list[tuple[int, list[int]]] = []

    def flush() -> None:
        if len(run) >= ALIGNED_MIN_ROWS and not any(
            _runs_on(text, lines[k], starts) for k, starts in run[1:]
        ):
            for k, _ in run:
                lines[k].kind = "row"
                lines[k].spaced = True
        run.clear()

    for k, ln in enumerate(lines):
        if ln.kind != "text" or ln.in_table or ln.bullet or ln.enum or ln.hint:
            flush()
            continue
        raw = text[ln.start - ln.indent : ln.end] if ln.start >= ln.indent else ln.text
        starts = _cell_starts(raw)
        if len(starts) < 2:
            flush()
            continue
        if run and not _aligned_with(run[0][1], starts):
            flush()
        run.append((k, starts))
    flush()


def _runs_on(text: str, ln: _Line, starts: list[int]) -> bool:
    """Whether a cell of an aligned line goes on in lower case from the line above: columns of
    prose side by side (two managers' biographies), to be read down, not across."""
    raw = text[ln.start - ln.indent : ln.end]
    return any(raw[a : a + 1].islower() for a in starts)


def _aligned_with(first: list[int], starts: list[int]) -> bool:
    """Whether a line's cells start where the first row's do (the same count of cells)."""
    return len(first) == len(starts) and all(
        abs(a - b) <= ALIGN_SLACK for a, b in zip(first, starts, strict=True)
    )


def _mark_pages(lines: list[_Line]) -> None:
    """Settle bare page numbers and mark running headers and footers around page markers."""
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "page" and _BARE_PAGE_RE.fullmatch(ln.text):
            before = lines[i - 1].kind if i > 0 else "blank"
            after = lines[i + 1].kind if i + 1 < n else "blank"
            if before != "blank" or after != "blank":
                ln.kind = "text"
                if _FOOTNOTE_RE.fullmatch(ln.text):
                    ln.enum, ln.lone_enum = "note", True
    keys: dict[str, int] = {}
    for ln in lines:
        if ln.kind == "text" and len(ln.text) <= TITLE_MAX_CHARS:
            key = _DIGITS_RE.sub("#", ln.text)
            keys[key] = keys.get(key, 0) + 1
    # a running head or foot on a line of its own, with no page marker beside it: a repeated
    # short line holding a page number at an end ("3 Harbor Income Fund") or a web address
    # ("harbor.com/us HF-SUMPRO-1"), each time pages apart (a list of "Fund 1", "Fund 2", ...
    # runs line after line)
    marked: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if (
            ln.kind == "text"
            and len(ln.text) <= TITLE_MAX_CHARS
            and _FURNITURE_MARK_RE.search(ln.text)
            and not _TERMINAL_RE.search(ln.text)
        ):
            key = _DIGITS_RE.sub("#", ln.text)
            if keys.get(key, 0) >= FURNITURE_MIN_REPEATS:
                marked.setdefault(key, []).append(i)
    for at in marked.values():
        if min(b - a for a, b in itertools.pairwise(at)) >= FURNITURE_MIN_GAP_LINES:
            for i in at:
                lines[i].kind = "page"
    pages = [i for i, ln in enumerate(lines) if ln.kind == "page"]

    def beside(i: int, furniture: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
        """The short lines next to page marker ``i`` that ``furniture`` takes for its running
        head or foot (at most FURNITURE_REACH each way, up to the first that is not)."""
        for step in (-1, 1):
            k, seen = i + step, 0
            while 0 <= k < n and seen < FURNITURE_REACH:
                ln = lines[k]
                if ln.kind == "text":
                    key = _DIGITS_RE.sub("#", ln.text)
                    if not furniture(key):
                        break
                    yield k, key
                    seen += 1
                elif ln.kind != "blank":
                    break
                k += step

    # a line repeated in the filing is a running head or foot when it stands by more than one
    # page marker: "Sub-Adviser", a label repeated down a table, stands by one at most
    def recurring(key: str) -> bool:
        return keys.get(key, 0) >= FURNITURE_MIN_REPEATS

    markers_beside: dict[str, set[int]] = {}
    for i in pages:
        for _, key in beside(i, recurring):
            markers_beside.setdefault(key, set()).add(i)
    need = min(2, len(pages))
    running = {key for key, at in markers_beside.items() if len(at) >= need}
    for i in pages:
        for k, _ in list(beside(i, running.__contains__)):
            lines[k].kind = "page"


def _mark_bridges(lines: list[_Line]) -> None:
    """Mark bare page numbers that stand inside a sentence: a line that is only a number, after
    a line of text that ends unfinished and before one that goes on in lower case (HTML filings
    print a page's number where a sentence runs over to the next page)."""
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.kind not in ("text", "page") or not _BARE_PAGE_RE.fullmatch(ln.text):
            continue
        if not ln.text.isdigit():
            continue  # (roman numerals: "i" may be a word)
        j = i - 1
        while j >= 0 and i - j <= BRIDGE_MAX_GAP + 1 and lines[j].kind == "blank":
            j -= 1
        k = i + 1
        while k < n and k - i <= BRIDGE_MAX_GAP + 1 and lines[k].kind == "blank":
            k += 1
        if j < 0 or k >= n:
            continue
        before, after = lines[j], lines[k]
        if (
            before.kind == "text"
            and after.kind == "text"
            and len(before.text) >= BRIDGE_MIN_CHARS
            and not _TERMINAL_RE.search(before.text)
            and after.text[:1].islower()
            and not after.bullet
            and after.enum is None
        ):
            ln.kind = "page"
            ln.bridge = True


_DIGITS_RE = re.compile(r"\d+")
# What marks a repeated short line as a page's running head or foot: a page number at either
# end, or a web address.
_FURNITURE_MARK_RE = re.compile(
    r"^\d{1,3}\s+[A-Za-z]|[A-Za-z]\s+\d{1,3}$|\bwww\.|\.com\b|\.org\b", re.I
)


def _raw_lines(text: str) -> Iterator[tuple[int, str]]:
    """Start offset and text of each line of ``text`` (as ``text.split("\\n")`` gives them)."""
    pos = 0
    find = text.find
    while True:
        nl = find("\n", pos)
        if nl < 0:
            yield pos, text[pos:]
            return
        yield pos, text[pos:nl]
        pos = nl + 1


def _has_border(raw_lines: Iterable[str]) -> bool:
    """True when nearly every line starts with a "|" that frames prose rather than cells."""
    nonblank = piped = lone = cell_chars = 0
    for raw in raw_lines:
        s = raw.strip()
        if not s:
            continue
        nonblank += 1
        if s.startswith("|"):
            piped += 1
            if s.strip("| ") == "":
                lone += 1
            else:
                cell_chars += len(s)
    if nonblank < 2 or piped < BORDER_SHARE * nonblank or piped == lone:
        return False
    return lone <= BORDER_MAX_LONE_SHARE * piped and cell_chars / (piped - lone) >= (
        BORDER_MIN_CELL_CHARS
    )


def _next_nonblank(lines: list[_Line]) -> array[int]:
    """For each line, the index of the next line that is not blank, page furniture, a rule or
    junk (-1 when none follows), as machine integers."""
    out = array("q", bytes(8 * len(lines)))
    nxt = -1
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        if lines[i].kind not in ("blank", "page", "rule", "junk"):
            nxt = i
    return out


def _wrap_width(lines: list[_Line]) -> int:
    """The wrap width of fixed-width text, or 0 when lines are whole paragraphs."""
    widths = sorted(ln.width for ln in lines if ln.kind == "text" and len(ln.text) >= 20)
    if len(widths) < WRAP_MIN_LINES:
        return 0
    if sum(1 for w in widths if w <= WRAP_MAX_WIDTH) < WRAP_SHARE * len(widths):
        return 0
    return widths[int(0.9 * (len(widths) - 1))]


def _mark_tables(lines: list[_Line]) -> None:
    """Mark text lines that are cells of a flattened "|" table (not paragraphs)."""
    n = len(lines)
    since_pipe = n  # lines since the last lone "|"
    for k in range(1, n):
        ln = lines[k]
        since_pipe = 0 if lines[k - 1].kind == "pipe" else since_pipe + 1
        if ln.kind != "text":
            continue
        prev = lines[k - 1]
        if prev.kind == "pipe":
            ln.in_table = True
        elif (
            prev.in_table
            and since_pipe < TABLE_CELL_MAX_LINES
            and len(ln.text) <= TABLE_CELL_MAX_CHARS
            and not ln.text.endswith(":")
        ):
            ln.in_table = True  # a cell of a few lines: "Name" / "Title" / "Managed since"
        elif (prev.kind == "cell" or prev.in_table) and len(ln.text) <= TABLE_CELL_MAX_CHARS:
            if (
                k + 1 < n
                and _PIPE_BULLET_ONLY_RE.fullmatch(lines[k + 1].text)
                and _titleish(ln.text)
            ):
                continue  # a name over bulleted cells: a heading, not a cell
            # a cell's lines run on to the next cell ("|Fund's" / "Portfolio" / "Manager" /
            # "Since" / "|"): short lines, then a table line
            for ahead in range(k + 1, min(k + 2 + TABLE_CELL_MAX_LINES, n)):
                kind = lines[ahead].kind
                if kind in _TABLE_KINDS:
                    ln.in_table = True
                    break
                if kind != "text" or len(lines[ahead].text) > TABLE_CELL_MAX_CHARS:
                    break


# -- text tests ----------------------------------------------------------------------------


def _full_date(text: str) -> re.Match[str] | None:
    """The first date with a day in it ("November 15, 2001", "5/15/13"), if any."""
    if _DIGIT_RE.search(text) is None:  # every date has a digit: skip the big pattern
        return None
    for m in DATE_RE.finditer(text):
        if not m.group("m4"):
            return m
    return None


def _is_caps(text: str) -> bool:
    text = text[:CAPS_SCAN_CHARS]
    letters, lower = _letter_counts(text)
    if letters < 3:
        return False
    return letters - lower >= CAPS_SHARE * letters


def _letter_counts(text: str) -> tuple[int, int]:
    """How many characters of a text _LETTER_RE and _LOWER_RE find (each matches one
    character): its ASCII letters and lower-case letters counted by deleting them from its
    ASCII bytes (no list of one-character strings), and its other characters by the regexes."""
    data = text.encode("ascii", "ignore")
    size = len(data)
    letters = size - len(data.translate(None, _ASCII_LETTERS))
    lower = size - len(data.translate(None, _ASCII_LOWER))
    if size < len(text):
        rest = "".join(_NON_ASCII_RE.findall(text))
        letters += len(_LETTER_RE.findall(rest))
        lower += len(_LOWER_RE.findall(rest))
    return letters, lower


_LEGAL_END_RE = re.compile(r"\b(?:Inc|L\.P|L\.L\.C|Co|Corp|Ltd|N\.A|S\.A)\.$")


def _heading_text_ok(text: str) -> bool:
    """Short, no sentence end, no "Label: value" pair."""
    if not text or len(text) > TITLE_MAX_CHARS or text[-1] in ".,;“‘(-" or _LABEL_RE.search(text):
        return False
    words = _WORD_RE.findall(text)
    return 0 < len(words) <= TITLE_MAX_WORDS and words[-1].lower() not in _MINOR_WORDS


def _titleish(text: str) -> bool:
    """Title Case (or a very short capitalised phrase), no longer than a heading."""
    if len(text) > TITLE_MAX_CHARS:
        return False
    first = next((c for c in text if c.isalnum()), "")
    if not first or not (first.isupper() or first.isdigit()):
        return False
    words = _WORD_RE.findall(text)
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not any(w[0].isalpha() for w in significant):
        return False
    capital = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capital >= TITLE_CASE_SHARE * len(significant) or (
        len(words) <= SHORT_HEADING_WORDS and not _TERMINAL_RE.search(text)
    )


# A sentence ending inside a line, the next starting after it ("Sub-Adviser. Northbeam"; not
# "Inc. Funds" of a firm's name).
_RUN_IN_RE = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bLtd)[a-z]{3}\.\s+[A-Z][a-z]")


def _cover_like(text: str) -> bool:
    """A line of a filing's cover: names, "Supplement dated ...", no sentence ending in ".:"."""
    if re.search(r"[.:]$", text) and not re.search(r"\b(?:Inc|Co|Corp|Ltd|L\.P|N\.A)\.$", text):
        return False
    if _RUN_IN_RE.search(text):
        return False  # "Termination of Former Sub-Adviser. Northbeam Advisors, LLC (the": prose
    date = _full_date(text)
    if date and len(text) - len(date.group(0)) <= COVER_DATE_EXTRA_CHARS:
        return True
    if _is_caps(text) or _COVER_START_RE.match(text):
        return True
    words = _WORD_RE.findall(text)
    significant = [w for w in words if w.lower() not in _MINOR_WORDS and w.isalpha()]
    if not significant:
        return True
    lower = sum(1 for w in significant if w[0].islower())
    if _COVER_WORDS_RE.search(text) and lower <= COVER_LOWER_WORDS_MAX + 3:
        return True  # "Shares prospectus and the Class I Shares prospectus, each dated ..."
    if len(significant) - lower < COVER_CAPITAL_SHARE * len(significant):
        return False
    return len(text) <= PROSE_MIN_CHARS or lower <= COVER_LOWER_WORDS_MAX


# -- chunking ------------------------------------------------------------------------------


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into balanced pieces of at most MAX_PASSAGE_CHARS."""
    length = end - start
    if length <= MAX_PASSAGE_CHARS:
        return [(start, end)]
    pieces = -(-length // MAX_PASSAGE_CHARS)
    limit = min(MAX_PASSAGE_CHARS, int(length / pieces * 1.2) + 1)
    span = text[start:end]
    cuts = sorted(set(sentence_ends(span)))
    out: list[tuple[int, int]] = []
    pos = 0
    ci = 0
    while length - pos > limit:
        hard = pos + limit
        while ci < len(cuts) and cuts[ci] <= pos:
            ci += 1
        best = None
        k = ci
        while k < len(cuts) and cuts[k] <= hard:
            best = cuts[k]
            k += 1
        if best is None or best - pos < limit // 3:
            nl = span.rfind("\n", pos + limit // 3, hard)
            sp = span.rfind(" ", pos + limit // 3, hard)
            best = nl if nl > 0 else sp if sp > 0 else hard
        out.append((pos, best))
        pos = best
        while pos < length and span[pos].isspace():
            pos += 1
    out.append((pos, length))
    result = []
    for a, b in out:
        while b > a and span[b - 1].isspace():
            b -= 1
        if b > a:
            result.append((start + a, start + b))
    return result
