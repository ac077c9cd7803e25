"""Generate a scaled corpus of 497 filings by varying the real ones in ``../shared/corpus``.

Each source filing is parsed once into a template: literal text with slots for person names,
fund and company brand words, dates, years, amounts, percentages, accession numbers and CIKs.
Every generated filing fills the slots of one template with its own seeded variation (names
drawn from pools, years and months shifted, amounts scaled), so the format, the line layout
and the markup of the source stay exactly as they were while the content differs.

    python benchmarks/scaled.py bench-data/scaled-10000 --count 10000 --source ../shared/corpus
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "corpus"
DEFAULT_OUT = REPO / "bench-data"
SOURCE_SUFFIXES = (".txt", ".htm", ".html")
# The names of the files a run wrote (hidden, so indexing skips it); only these are ever deleted.
LISTING = ".generated"


def _words(text: str) -> list[str]:
    """A word list written as one string (long vocabularies read better that way)."""
    return text.split()


# EDGAR-style file names: TICKER_FORM_YYYYMMDD_ACCESSION.
EDGAR_NAME_RE = re.compile(
    r"^([A-Za-z0-9.]+)_([0-9A-Z][0-9A-Z-]*)_(\d{4})(\d{4})_(\d{10}-?\d{2}-?\d{6})$"
)

MONTHS = _words(
    "January February March April May June July August September October November December"
)
MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS)} | {"Sept": 8}
MONTH_INDEX = {m: i for i, m in enumerate(MONTHS)}

# Pool of first names; also how first names are recognised in "First [M.] Last".
FIRST_NAMES = _words(
    "Aaron Adam Adrian Alan Albert Alex Alexander Alice Alicia Amanda Amy Andrea Andrew Angela "
    "Anita Ann Anna Anne Anthony Barbara Benjamin Beth Brian Bruce Carl Carlos Carol Caroline "
    "Catherine Charles Cheryl Christine Christopher Claire Craig Cynthia Dan Daniel David "
    "Deborah Dennis Diana Diane Donald Donna Douglas Edward Elena Elizabeth Ellen Emily Eric "
    "Erik Ernesto Eugene Frank Gary George Gerald Gregory Hannah Heather Helen Henry Howard "
    "Irene Jack James Jane Janet Jason Jeffrey Jennifer Jeremy Jessica Joan Joel John Jonathan "
    "Joseph Joshua Joyce Judith Julia Julie Justin Karen Katherine Kathleen Keith Kenneth Kevin "
    "Kimberly Laura Lawrence Leslie Liane Linda Lisa Louis Marc Margaret Maria Marian Marie "
    "Mark Martin Mary Matthew Megan Melissa Michael Michelle Nancy Nathan Nicholas Nolan Pamela "
    "Patricia Patrick Paul Peter Philip Rachel Ralph Raymond Rebecca Richard Robert Roger "
    "Ronald Russell Ryan Samuel Sandra Sarah Scott Sean Shannon Sharon Stephanie Stephen Steven "
    "Susan Teresa Thomas Timothy Todd Victoria Vincent Walter Wayne William Yvonne Zachary"
)
FIRST_SET = frozenset(FIRST_NAMES)
# Surnames are built from these halves: 40 x 24 = 960 plausible, mostly unreal, names.
SURNAME_HEADS = _words(
    "Ash Bar Bel Bran Brad Car Cal Dal Dun Ell Fair Fen Gal Gar Hal Hart Hol Kel Ken Lang Lind "
    "Mar Mer Nor Pem Pres Ral Ros Sal Stan Tal Ter Thorn Val Wal Wes Whit Win Wy Yar"
)
SURNAME_TAILS = _words(
    "ton ford ley wood ridge man son well by more field ham ing worth er stone berg ner ick "
    "ard ow combe ette sen"
)
SURNAMES = [h + t for h in SURNAME_HEADS for t in SURNAME_TAILS]
# Fund-family brand words: 30 x 18 = 540 invented names ("Harborcrest", "Northgate").
BRAND_HEADS = _words(
    "North South East West Harbor Ridge Stone Oak Silver Granite Pine Lake River Summit Eagle "
    "Falcon Cedar Maple Iron Copper Blue Green Red Golden Bright Clear High Crown Shield Anchor"
)
BRAND_TAILS = _words(
    "gate crest field view point brook haven wood bridge stone ford well mark line way port "
    "vale rock"
)
BRANDS = [h + t for h in BRAND_HEADS for t in BRAND_TAILS]
ACRONYM_LETTERS = "ABCDEFGHJKLMNPRSTVW"

# Words of fund, trust and company names that describe rather than identify: they stay.
GENERIC = frozenset(
    _words(
        """
    fund funds portfolio portfolios trust trusts series etf etfs company companies inc inc. llc
    l.l.c. l.p. lp ltd ltd. corp corp. corporation management advisors advisers adviser advisor
    investments investment investors investor partners group capital asset assets global world
    international emerging markets market small mid large cap small-cap mid-cap large-cap micro
    micro-cap stock stocks equity equities value growth income bond bonds index total fixed
    short short-term intermediate intermediate-term long long-term term tax tax-free
    tax-exempt exempt free municipal money government treasury core plus balanced allocation
    strategic dividend real estate opportunities opportunity select selected class shares
    institutional retirement target date high yield sector technology health care energy
    natural resources ultra duration inflation protected securities insurance variable american
    u.s. us usa europe european pacific asia japan china minnesota california new york national
    state aggressive conservative moderate enhanced active quality multi multi-cap flexible
    premier diversified focused concentrated discovery opportunistic strategies strategy
    sustainable esg innovation tactical dynamic absolute return returns total-return credit
    mortgage government-backed high-yield short-duration limited maturity quantitative
    systematic research enhanced-index appreciation preservation conservation leaders leadership
    the of and for to a an in on at by with from as or each such this that these those all any
    your our its their other certain both acquired acquiring new supplement supplements prospectus
    prospectuses statement statements additional information summary statutory dated effective
    board trustees directors shareholders notice important registrant s&p nasdaq msci russell
    ftse bloomberg dow jones crsp part item section appendix schedule exhibit note article
    annex page table footnote capitalization if is are not neither nor per upon needs joined
    lead managed manager managers added change changes risk risks rate net annual daily cash
    debt closed former following except excluding current cost amount year sale sell trading
    traded transaction turnover options policies performance expenses owners holder units unit
    service services organization temporary underlying qualifying licenses trademark marketing
    chief senior low greater model special liquid hedge factor focus code co developed
    developing foreign corporate federal financial public retail reserve deposit directed
    efficient act ii iii iv v vi vii viii ix x xi xii i 1 2 3 4 5
    """
    )
)
NAME_SUFFIXES = (
    "Fund|Funds|Portfolio|Portfolios|Trust|ETF|Company|Inc\\.|Inc|LLC|Management|Advisors|"
    "Advisers|Investments|Partners|Corporation|Group"
)
TITLE_WORD = r"[A-Z][\w.&'’-]*"
UPPER_WORD = r"[A-Z][A-Z0-9.&'’-]*"
TITLE_NAME_RE = re.compile(rf"(?:{TITLE_WORD}[ \t\r\n]+){{1,7}}(?:{NAME_SUFFIXES})\b")
UPPER_NAME_RE = re.compile(rf"(?:{UPPER_WORD}[ \t\r\n]+){{1,7}}(?:{NAME_SUFFIXES.upper()})\b")
SURNAME = r"(?:Ma?c[A-Z][a-z]+|O'[A-Z][a-z]+|[A-Z][a-z]{1,})(?:-[A-Z][a-z]+)?"
HONORIFIC_RE = re.compile(
    rf"\b(?:Mr|Ms|Mrs|Dr)\.?[ \t\r\n]+([A-Z][a-z]+)(?:[ \t\r\n]+[A-Z]\.)?"
    rf"(?:[ \t\r\n]+({SURNAME})\b)?"
)
# A lookahead, so that "Fund Jason Hans" still finds "Jason Hans" after rejecting "Fund Jason".
FULL_NAME_RE = re.compile(rf"\b(?=([A-Z][a-z]+)[ \t\r\n]+(?:([A-Z])\.[ \t\r\n]+)?({SURNAME})\b)")

_MONTH_FORMS = sorted(
    {f for m in MONTHS for f in (m, m.upper())}
    | {f for a in MONTH_ABBR for f in (a + ".", a.upper() + ".")},
    key=len,
    reverse=True,
)
_MONTH_ALT = "|".join(re.escape(f) for f in _MONTH_FORMS)
YEAR = r"(?:19[89]\d|20[0-4]\d)"
# Alternatives of the slot pattern, tried in this order at each position.
SLOT_PATTERNS = {
    "accession": r"(?<!\d)\d{10}-\d{2}-\d{6}(?!\d)",
    "cik": r"(?<=CENTRAL INDEX KEY:)[ \t]*\d{10}",
    "date": rf"\b(?:{_MONTH_ALT})[ \t]*\d{{1,2}},?[ \t\r\n]+{YEAR}\b",
    "monthyear": rf"\b(?:{_MONTH_ALT})[ \t,]+{YEAR}\b",
    "compact": rf"(?<![\d#])(?:{YEAR})(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])(?!\d)",
    "amount": r"\$[ \t]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$[ \t]?\d+(?:\.\d+)?",
    "percent": r"(?<![\d.])\d{1,3}(?:\.\d+)?(?=[ \t]?%|[ \t]+percent\b|[ \t]+basis[ \t]+points)",
    "year": rf"(?<![\d#&.,$]){YEAR}(?![\d%])",
    "word": (
        r"(?<![A-Za-z0-9&'’.-])"
        r"(?:(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9&]*(?:['’-][A-Z][A-Za-z0-9&]*)*)"
    ),
}
WORD_RE = re.compile(SLOT_PATTERNS["word"])
SLOT_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in SLOT_PATTERNS.items()))
YEAR_RE = re.compile(YEAR)
YEAR_KINDS = frozenset({"date", "monthyear", "year", "compact"})
MARKUP_RE = re.compile(
    r"<!--.*?-->|<(script|style|ix:header)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL
)
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Slot:
    """A varying span of a source filing: what kind it is and its original text."""

    kind: str
    text: str
    key: str = ""


@dataclass(frozen=True)
class Template:
    """One source filing split into literal text and slots."""

    source: Path
    encoding: str
    pieces: tuple[str | Slot, ...]
    word_keys: tuple[str, ...]  # name-like keys (person and brand words) in first-seen order
    word_kinds: dict[str, str]  # key -> "first", "last", "brand" or "acronym"
    years: tuple[int, int]  # smallest and largest year the slots mention


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _text_segments(text: str, is_markup: bool) -> list[tuple[bool, str]]:
    """Split into (is_text, chunk): markup, comments and scripts are never varied."""
    if not is_markup:
        return [(True, text)]
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in MARKUP_RE.finditer(text):
        if m.start() > pos:
            out.append((True, text[pos : m.start()]))
        out.append((False, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append((True, text[pos:]))
    return out


def _key(word: str) -> str | None:
    """The casefolded word token at the start of ``word`` ("Invesco’s" -> "invesco")."""
    m = WORD_RE.match(word)
    return m.group().casefold() if m else None


def _name_words(texts: list[str]) -> dict[str, str]:
    """Brand words of fund/company names and the parts of person names, keyed by casefold."""
    kinds: dict[str, str] = {}
    for text in texts:
        for regex in (TITLE_NAME_RE, UPPER_NAME_RE):
            for m in regex.finditer(text):
                for word in _brand_run(m.group().split()):
                    key = _key(word)
                    if key:
                        acronym = regex is TITLE_NAME_RE and word.isupper() and len(word) <= 5
                        kinds.setdefault(key, "acronym" if acronym else "brand")
    for text in texts:
        for m in HONORIFIC_RE.finditer(text):
            first, last = (m.group(1), m.group(2)) if m.group(2) else (None, m.group(1))
            _add_person(kinds, first, last)
        for m in FULL_NAME_RE.finditer(text):
            first, initial, last = m.groups()
            if first in FIRST_SET or (initial and not _generic(first)):
                _add_person(kinds, first, last)
    # A brand or first name that the filing also uses as a lowercase word is English, not a name.
    lower = {w for text in texts for w in WORD_RE.findall(text) if w.islower()}
    return {k: kind for k, kind in kinds.items() if kind == "last" or k not in lower}


def _brand_run(words: list[str]) -> list[str]:
    """The identifying words before a name's generic tail ("J.P. Morgan" of "... Portfolio")."""
    i = len(words) - 1
    while i >= 0 and _generic(words[i]):
        i -= 1
    run: list[str] = []
    while i >= 0 and not _generic(words[i]):
        run.append(words[i])
        i -= 1
    return [w for w in run if len(w.strip(".,'’")) >= 2]


def _generic(word: str) -> bool:
    key = _key(word.lstrip("(\"“'‘"))
    if key is None:
        return True
    return (
        key in GENERIC
        or key.rstrip(".") in GENERIC
        or key.title() in MONTH_INDEX
        or key.title().rstrip(".") in MONTH_ABBR
    )


def _add_person(kinds: dict[str, str], first: str | None, last: str | None) -> None:
    """Register a person's name words, unless either one is a generic word."""
    if (first and _generic(first)) or (last and _generic(last)):
        return
    for word, kind in ((first, "first"), (last, "last")):
        key = _key(word) if word else None
        if key:
            kinds.setdefault(key, kind)


def build_template(path: Path) -> Template:
    """Parse one source filing into literal text and slots."""
    text, encoding = _decode(path.read_bytes())
    is_markup = path.suffix.lower() in (".htm", ".html") or "<TEXT>" in text[:20000]
    segments = _text_segments(text, is_markup)
    kinds = _name_words([chunk for is_text, chunk in segments if is_text])
    pieces: list[str | Slot] = []
    keys: dict[str, None] = {}
    years: list[int] = []
    for is_text, chunk in segments:
        if not is_text:
            pieces.append(chunk)
            continue
        pos = 0
        for m in SLOT_RE.finditer(chunk):
            kind = m.lastgroup or ""
            value = m.group()
            key = ""
            if kind == "word":
                key = value.casefold()
                if key not in kinds or not value[:1].isupper():
                    continue
                keys.setdefault(key)
            elif kind in YEAR_KINDS:
                years.append(int(YEAR_RE.search(value).group()))
            if m.start() > pos:
                pieces.append(chunk[pos : m.start()])
            pieces.append(Slot(kind, value, key))
            pos = m.end()
        if pos < len(chunk):
            pieces.append(chunk[pos:])
    span = (min(years), max(years)) if years else (2000, 2000)
    merged = _merge_literals(pieces)
    return Template(path, encoding, merged, tuple(keys), {k: kinds[k] for k in keys}, span)


def _merge_literals(pieces: list[str | Slot]) -> tuple[str | Slot, ...]:
    out: list[str | Slot] = []
    buf: list[str] = []
    for p in pieces:
        if isinstance(p, str):
            buf.append(p)
        else:
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(p)
    if buf:
        out.append("".join(buf))
    return tuple(out)


class Variation:
    """One generated filing's choices: name replacements, date shift, amount scale."""

    def __init__(self, template: Template, rng: random.Random, number: int) -> None:
        self.rng = rng
        lo, hi = template.years
        # Shift years by up to 6 either way, keeping every year within 1980-2045.
        low, high = max(-6, 1980 - lo), min(6, 2045 - hi)
        self.dy = rng.randint(low, high) if low <= high else 0
        self.dm = rng.randint(0, 11)
        self.scale = rng.uniform(0.6, 1.5)
        self.words = self._names(template, rng)
        filer = rng.randrange(1_000_000, 1_999_999)
        self.accession = f"{filer:010d}-{(hi + self.dy) % 100:02d}-{number:06d}"
        self.cik = f"{filer:010d}"

    @staticmethod
    def _names(template: Template, rng: random.Random) -> dict[str, str]:
        by_kind: dict[str, list[str]] = {}
        for key in template.word_keys:
            by_kind.setdefault(template.word_kinds[key], []).append(key)
        out: dict[str, str] = {}
        pools = {"first": FIRST_NAMES, "last": SURNAMES, "brand": BRANDS}
        for kind, keys in by_kind.items():
            if kind == "acronym":
                for key in keys:
                    dotted = "." in key  # "J.P." stays initials with dots: "K.R."
                    letters = [rng.choice(ACRONYM_LETTERS) for c in key if c != "."]
                    out[key] = "".join(c + "." for c in letters) if dotted else "".join(letters)
                continue
            pool = pools[kind]
            picks = (
                rng.sample(pool, len(keys))
                if len(keys) <= len(pool)
                else rng.choices(pool, k=len(keys))
            )
            out.update(zip(keys, picks, strict=True))
        return out

    def render(self, slot: Slot) -> str:
        return _RENDER[slot.kind](self, slot)

    def _word(self, slot: Slot) -> str:
        new = self.words[slot.key]
        return new.upper() if slot.text.isupper() and len(slot.text) > 1 else new

    def _month(self, name: str) -> str:
        bare = name.rstrip(".")
        index = MONTH_INDEX.get(bare.title())
        abbr = index is None
        if abbr:
            index = MONTH_ABBR.get(bare.title(), 0)
        new = MONTHS[(index + self.dm) % 12]
        if abbr:
            new = new[:3] + "."
        return new.upper() if bare.isupper() else new

    def _year(self, text: str) -> str:
        return str(int(text) + self.dy)

    def _date(self, slot: Slot) -> str:
        m = re.match(r"(\S+)([ \t]*)(\d{1,2})(,?[ \t\r\n]+)(\d{4})", slot.text)
        if not m:
            return slot.text
        month, sp, day, sep, year = m.groups()
        day = day if int(day) <= 28 else "28"
        return f"{self._month(month)}{sp}{day}{sep}{self._year(year)}"

    def _monthyear(self, slot: Slot) -> str:
        m = re.match(r"(\S+?)([ \t,]+)(\d{4})", slot.text)
        if not m:
            return slot.text
        month, sep, year = m.groups()
        return f"{self._month(month)}{sep}{self._year(year)}"

    def _bare_year(self, slot: Slot) -> str:
        return self._year(slot.text)

    def _compact(self, slot: Slot) -> str:
        return self._year(slot.text[:4]) + slot.text[4:]

    def _number(self, slot: Slot) -> str:
        def scaled(m: re.Match[str]) -> str:
            raw = m.group()
            value = float(raw.replace(",", "")) * self.scale
            if slot.kind == "percent" and float(raw.replace(",", "")) <= 100:
                value = min(value, 100.0)
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            if round(value, decimals) == round(float(raw.replace(",", "")), decimals):
                # A small number ("$1 per share") can scale back to itself: step one unit, so
                # every amount of every variant differs from its source.
                step = 10.0**-decimals
                value += -step if slot.kind == "percent" and value + step > 100 else step
            out = f"{value:,.{decimals}f}" if "," in raw else f"{value:.{decimals}f}"
            return out

        return NUMBER_RE.sub(scaled, slot.text, count=1)

    def _accession(self, slot: Slot) -> str:
        return self.accession

    def _cik(self, slot: Slot) -> str:
        return slot.text[: len(slot.text) - 10] + self.cik


_RENDER: dict[str, Callable[[Variation, Slot], str]] = {
    "word": Variation._word,
    "date": Variation._date,
    "monthyear": Variation._monthyear,
    "year": Variation._bare_year,
    "compact": Variation._compact,
    "amount": Variation._number,
    "percent": Variation._number,
    "accession": Variation._accession,
    "cik": Variation._cik,
}


def render(template: Template, rng: random.Random, number: int) -> tuple[str, str]:
    """The file name and text of one generated filing."""
    variation = Variation(template, rng, number)
    text = "".join(p if isinstance(p, str) else variation.render(p) for p in template.pieces)
    return _file_name(template.source, variation, number), text


def _file_name(source: Path, variation: Variation, number: int) -> str:
    """EDGAR-style names (TICKER_FORM_DATE_ACCESSION) get the new date and accession."""
    m = EDGAR_NAME_RE.match(source.stem)
    if not m:
        return f"s{number:05d}_{source.stem}{source.suffix}"
    ticker, form, year, rest, accession = m.groups()
    new_accession = variation.accession
    if "-" not in accession:
        new_accession = new_accession.replace("-", "")
    return f"{ticker}_{form}_{int(year) + variation.dy}{rest}_{new_accession}{source.suffix}"


def source_files(source_dir: Path) -> list[Path]:
    """The filings of a corpus folder (recursive), without READMEs and tables."""
    return sorted(
        p
        for p in source_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES and not p.name.startswith("README")
    )


def generate(source_dir: Path, out_dir: Path, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` varied filings into ``out_dir``; the same seed gives the same files.

    Sources are used round-robin in a seeded order, so the generated corpus keeps the
    source corpus's mix of formats and sizes. Earlier generated files in ``out_dir`` are replaced.
    """
    sources = source_files(source_dir)
    if not sources:
        raise FileNotFoundError(f"no .txt/.htm/.html filings under {source_dir}")
    templates = [build_template(p) for p in sources]
    out_dir.mkdir(parents=True, exist_ok=True)
    listing = out_dir / LISTING
    if listing.exists():
        for name in listing.read_text(encoding="utf-8").split("\n"):
            if name and "/" not in name:
                (out_dir / name).unlink(missing_ok=True)
        listing.unlink()
    order_rng = random.Random(f"order:{seed}")
    order: list[int] = []
    written: list[Path] = []
    for number in range(count):
        if not order:
            order = list(range(len(templates)))
            order_rng.shuffle(order)
        template = templates[order.pop()]
        rng = random.Random(f"{seed}:{number}")
        name, text = render(template, rng, number)
        target = out_dir / name
        target.write_bytes(text.encode(template.encoding, errors="replace"))
        written.append(target)
    listing.write_text("\n".join(p.name for p in written) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "out", type=Path, nargs="?", help="output folder (default bench-data/scaled-COUNT)"
    )
    parser.add_argument("--count", type=int, default=10_000, help="filings to write")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="real filings to vary")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out = args.out or DEFAULT_OUT / f"scaled-{args.count}"
    started = time.perf_counter()
    files = generate(args.source, out, args.count, args.seed)
    size = sum(p.stat().st_size for p in files)
    seconds = time.perf_counter() - started
    print(f"{len(files)} filings, {size / 1e6:.1f} MB in {out} ({seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
