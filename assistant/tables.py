"""The table reader: a value by row label and column header (share class) in a filing's tables.

Fee, expense, sales-charge, minimum-investment and performance tables reach the index as row
passages whose cells are joined by " | ". A table is a run of consecutive row passages; its
header is a row of column names ("Class: | A | C | R | Y", "Class A C R Y", "1 Year | 3 Years").
A table that reached the index as one stream of cells (an HTML table written one cell a line,
no row breaks) is cut into rows first: a row is a label cell and the values after it.
A question is matched to the row whose label it covers best (every telling word of the label in
the question) and to the column its share class names; the cell there is the answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from assistant import spans
from assistant.lists import lead_in
from assistant.understand import STOP, target_nouns
from index.amounts import band, cell_value, join_percent_cells
from index.amounts import find as find_amounts
from index.dates import DATE_RE
from index.model import Passage

TERMS = Path(__file__).with_name("data") / "table_terms.json"
CELL_SPLIT = " | "
# How many rows' cells (and header readings) are kept read.
CELLS_CACHED = 16384
# (not a class's own mark: "Class R6", "Class S2")
LABEL_FOOTNOTE_RE = re.compile(r"(?<=[A-Za-z)])(?<!\bClass [A-Z])(?<!\bClass [A-Z]{2})\d{1,2}$")
CLASS_CELL_RE = re.compile(r"^(?:class(?:es)?:?\s*)?([A-Z][A-Z0-9-]{0,5})$")
CLASS_NAME_RE = re.compile(
    r"^(?:Class\s+[A-Z][A-Z0-9-]{0,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Class|Shares))$"
)
HEADER_CLASS_RE = re.compile(r"^class(?:es)?:?\s*(.*)$", re.I)
# A performance table's row for a market index, and a question that asks about one.
INDEX_ROW_RE = re.compile(r"\bIndex(?![a-z])|\breflects\s+no\s+deduction", re.I)
INDEX_ASKED_RE = re.compile(r"\bindex\b|\bindices\b|\bindexes\b|\bbenchmarks?\b", re.I)
# A capitalised word after the first (in brackets or quotes too): part of a name
# ("Institutional Plus Shares", "(Institutional Class)").
LOWER_WORDS_RE = re.compile(r"(?<=\S)\s+[(\[“\"']?[A-Z][\w.&'’-]*")
# A row label that is only a share class ("Class I Shares", "Investor Class"): it says which
# class the row is of, not what the row measures.
CLASS_LABEL_RE = re.compile(
    r"(?:Class\s+[A-Z][A-Z0-9-]{0,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Class)(?:\s+Shares?)?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Shares?",
)
# A column of a performance table: a period ("1 Year", "5 Years", "Since Inception").
PERIOD_COLUMN_RE = re.compile(
    r"(?:\d+|\b(?:one|three|five|ten|fifteen))\s*(?:-\s*)?(?:years?|months?|yrs?)\b"
    r"|\binception\b|\blife\b",
    re.I,
)
PERIOD_CELL_MAX_CHARS = 20  # "Since Inception", "10 Years": a period's own cell
PERIOD_FILLER = frozenset({"past", "last", "trailing", "ended", "ending"})
# A share class's mark in a header such as "Class: A C R6".
CLASS_MARK_RE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,4}")
WORD_RE = re.compile(r"[a-z0-9]+")
# Words of a row label that say nothing about which row it is.
LABEL_FILLER = frozenset(
    {
        "the", "of", "a", "an", "and", "or", "for", "to", "as", "in", "on", "by", "from",
        "your", "any", "is", "are", "per", "be", "which", "whichever", "less", "paid",
        "directly", "investment", "percentage",
    }
)  # fmt: skip
# A header row may stand this many passages above its table's first row (a caption between).
HEADER_REACH = 2
# A label word and a question word are one word when they share this many first letters.
SHARED_PREFIX = 7
# Of a row label's telling words, at least this share must be in the question ("the fee
# waiver" names "Fee Waiver and/or Expense Reimbursement"), and of the question's words that
# tell the table's rows apart, at least this share must be in the label.
MIN_LABEL_COVERAGE = 0.5
MIN_ASKED_COVERAGE = 0.5


@dataclass(frozen=True)
class Cell:
    """One value of a table, with where it was read."""

    label: str  # the row label, footnote marks dropped
    column: str  # the column header ("Class Y", "1 Year"); "" for a one-value row
    value: str  # "1.91%", "$1,000", "None"
    row: Passage
    header: Passage | None
    score: float  # how well the row label matches the question (0-1)


def tables(passages: Sequence[Passage]) -> list[list[Passage]]:
    """Runs of consecutive row passages (one table each; a single stray row is none)."""
    out: list[list[Passage]] = []
    run: list[Passage] = []
    for p in passages:
        if p.kind == "row" and run and p.ordinal == run[-1].ordinal + 1:
            run.append(p)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [p] if p.kind == "row" else []
    if len(run) >= 2:
        out.append(run)
    return out


# A row passage with at least this many cells and labels among its values is a cell stream.
STREAM_MIN_CELLS = 6


def is_value(cell: str) -> bool:
    """A value cell: a number, an amount, "None", or a date ("June 30, 2009")."""
    if cell_value(cell) is not None:
        return True
    m = DATE_RE.fullmatch(cell.strip())
    return m is not None


def stream_rows(passage: Passage) -> list[Passage]:
    """The rows of a table written as one stream of cells, each a passage with the stream's
    place in the filing and that row's cells as its text ([] when it is no stream).

    A row is a label and the values after it ("Lowest Quarter Return | -30.15% | December 31,
    2008"); labels one after another are a header ("Returns | Quarter ended"), whose last label
    begins the first row after it when values follow."""
    if passage.kind != "row":
        return []
    cells = cells_of(passage)
    if len(cells) < STREAM_MIN_CELLS:
        return []
    groups: list[list[str]] = []
    for cell in cells:
        value = is_value(cell)
        if groups and (value or not any(is_value(c) for c in groups[-1])):
            if value and len(groups[-1]) >= 2 and not any(is_value(c) for c in groups[-1]):
                groups.append([groups[-1].pop()])  # a header, then a row label
            groups[-1].append(cell)
        else:
            groups.append([cell])
    labelled = sum(1 for g in groups if len(g) >= 2 and any(is_value(c) for c in g[1:]))
    if labelled < 2:
        return []
    return [replace(passage, text=CELL_SPLIT.join(g)) for g in groups]


def cells_of(row: Passage) -> list[str]:
    """A row's cells, a lone "%" joined to the number before it."""
    return list(_cells(row.text))


@lru_cache(maxsize=CELLS_CACHED)
def _cells(text: str) -> tuple[str, ...]:
    """``cells_of`` of a row's text, read once (a table is read for each question asking it,
    and twice for one naming a market index)."""
    return tuple(join_percent_cells(text.split(CELL_SPLIT)))


def header_columns(row: Passage) -> list[str] | None:
    """A header row's column names ("Class A", ..., "1 Year"), or None if it holds values."""
    found = _header_columns(row.text)
    return None if found is None else list(found)


@lru_cache(maxsize=CELLS_CACHED)
def _header_columns(text: str) -> tuple[str, ...] | None:
    found = _read_header(list(_cells(text)))
    return None if found is None else tuple(found)


def _read_header(cells: list[str]) -> list[str] | None:
    """``header_columns`` of a row's cells."""
    if len(cells) > 1 and all(CLASS_NAME_RE.match(c) for c in cells):  # no caption cell
        return cells
    if len(cells) > 1 and all(  # "1 Year | 3 Years | 5 Years": no caption cell either
        (PERIOD_COLUMN_RE.search(c) and len(c) <= PERIOD_CELL_MAX_CHARS)
        or (i and INCEPTION_COLUMN_RE.search(c))  # (and "Since Inception 11/2/2015(1)")
        for i, c in enumerate(cells)
    ):
        return cells
    for i, cell in enumerate(cells):  # "Class: | A | C", "Fees | Class: | A | C", "Class: A C"
        if i and all(CLASS_NAME_RE.match(c) for c in cells[i:]):  # "Fees | Class A | Class C"
            return cells[i:]
        m = HEADER_CLASS_RE.match(cell)
        if m and m.group(1).strip():
            marks = m.group(1).split()
            if not all(CLASS_MARK_RE.fullmatch(c) for c in marks):
                continue  # "Class A Return Before Taxes" labels a row, it heads no columns
            return [f"Class {c}" for c in marks]
        if m and len(cells) > i + 1:
            return [f"Class {c}" for c in cells[i + 1 :]]
    if len(cells) == 1 and CLASS_CELL_RE.match(cells[0]):  # a one-class table: "ADV"
        return [f"Class {CLASS_CELL_RE.match(cells[0]).group(1)}"]  # type: ignore[union-attr]
    rest = cells[1:]
    if not rest or any(cell_value(c) for c in rest):
        return None
    if any(len(c) > HEADER_CELL_MAX_CHARS or c.rstrip().endswith(":") for c in rest):
        return None  # "I. | The table ... is replaced with the following:": an instruction
    if all(CLASS_CELL_RE.match(c) for c in rest):
        return [f"Class {CLASS_CELL_RE.match(c).group(1)}" for c in rest]  # type: ignore[union-attr]
    return rest


def header_only(text: str) -> bool:
    """Whether a row's cells are column names only: periods and share classes ("1 Year |
    5 Years | Since Inception 11/2/2015(1)", "Class A | Class C")."""
    cells = [c.strip() for c in text.split(CELL_SPLIT) if c.strip()]
    return len(cells) > 1 and all(
        CLASS_NAME_RE.match(c) or (PERIOD_COLUMN_RE.search(c) and not AMOUNT_CELL_RE.search(c))
        for c in cells
    )


# A cell holding a sum or a share: "$1,000", "4.25%".
AMOUNT_CELL_RE = re.compile(r"[$%]")


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def _same(a: str, b: str) -> bool:
    """One word in two forms: "fee" / "fees", "quarter" / "quarterly", "operating" /
    "operations"."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 3:
        return True
    return len(short) >= SHARED_PREFIX and short[:SHARED_PREFIX] == long[:SHARED_PREFIX]


# How well a row of a range of money fits a sum that is only its bound (the row that holds the
# sum fits best)
RANGE_BOUND_SCORE = 0.9


# A label's parenthesised explanation ("(Load)", "(as a percentage of offering price)"):
# not the words that name the row.
LABEL_ASIDE_RE = re.compile(r"\([^()]*\)")


def label_score(label: str, question_words: Sequence[str]) -> float:
    """The share of a row label's telling words the question holds (prefix-tolerant); 0 when
    it holds just one word of a longer label ("redemption fee" is not "Management Fees"), or a
    word that narrows the row which the question lacks ("Maximum Deferred Sales Charge" does
    not answer "the maximum sales charge")."""
    named = LABEL_ASIDE_RE.sub(" ", label)
    own = [w for w in _words(named) if w not in LABEL_FILLER and not w.isdigit()]
    if any(w in qualifiers() and not any(_same(w, q) for q in question_words) for w in own):
        return 0.0
    if not own:
        return 0.0
    found = sum(any(_same(w, q) for q in question_words) for w in own)
    return found / len(own) if found >= min(2, len(own)) else 0.0


def read(
    passages: Sequence[Passage],
    question: str,
    share_classes: Sequence[str] = (),
) -> list[Cell]:
    """The cells a question asks for: the row whose label the question names best, in the
    columns of the share classes asked, or every value column when none is.

    A row qualifies when the question holds most of its label's telling words; among those, the
    row holding more of the question's words that tell the table's rows apart wins ("after
    waivers" picks the net expense row over the gross one). A market index's row answers when
    the question names the index ("the 1-year return of the Bloomberg US Aggregate"), or says
    "index" or "benchmark"; named beside the fund ("VALIX 1-yr return vs the S&P 500"), the
    index's row is read with the fund's."""
    cells = _read(passages, question, share_classes, indexes=False)
    if INDEX_ASKED_RE.search(question) is not None:
        return cells
    named = _read(passages, question, share_classes, indexes=True)
    if not named:
        return cells
    return [*cells, *named] if cells and FUND_ASKED_RE.search(question) else named


# A column of returns since a class's inception ("Since Inception 11/2/2015(1)").
INCEPTION_COLUMN_RE = re.compile(r"\b(?:since|from)\s+inception\b|\binception\s+date\b", re.I)
# A question that asks of a fund, beside an index it names: its name, ticker or "fund".
FUND_ASKED_RE = re.compile(
    r"\b(?:funds?|fund's|fund’s|portfolios?|portfolio's|portfolio’s)\b|\b[A-Z]{4}X\b", re.I
)
# Words of an index's name that name no index in particular.
INDEX_NAME_FILLER = frozenset(
    {"the", "index", "indices", "bond", "us", "u", "s", "of", "and", "total", "return", "net",
     "gross", "tr", "usd", "reflects"}
)  # fmt: skip


def names_index(label: str, question: str) -> bool:
    """Whether a question names the market index a row label names: every telling word of the
    index's name ("S&P 500® Index (reflects no deduction ...)": s&p, 500) is a word of the
    question ("the S&P 500"); a blend of two indexes is named only with both."""
    name = label.split("(")[0].replace("®", " ").replace("™", " ")
    own = [w for w in INDEX_WORD_RE.findall(name.lower()) if w not in INDEX_NAME_FILLER]
    if not own:
        return False
    said = set(INDEX_WORD_RE.findall(question.lower().replace("®", " ")))
    return all(w in said for w in own)


# A word of an index's name ("s&p", "500", "60/40", "msci", "eafe").
INDEX_WORD_RE = re.compile(r"[a-z0-9][a-z0-9&/]*")


# Words of a fund's name that name no fund in particular.
FUND_NAME_FILLER = frozenset(
    {"fund", "funds", "portfolio", "portfolios", "etf", "the", "of", "and"}
)


def _names_funds(table: Sequence[Passage], funds: Sequence[set[str]]) -> bool:
    """Whether a cell of a table (a row's label, a column's header) names one of the funds."""
    return bool(funds) and any(
        f <= cell for r in table for c in cells_of(r) if (cell := set(_words(c))) for f in funds
    )


def _read(
    passages: Sequence[Passage],
    question: str,
    share_classes: Sequence[str],
    indexes: bool,
) -> list[Cell]:
    """``read``'s cells of the rows of funds (``indexes`` False: an index's row only when the
    question says "index" or "benchmark"), or of the market indexes the question names."""
    every_word = _words(_with_row_terms(question))
    # (the "Fund" of a fund's name does not tell the rows of its table apart: "Invesco
    # Municipal Income Fund" does not ask "Total Annual Fund Operating Expenses" before
    # "Interest Expense"; unless the table's rows or columns are funds)
    funds = [set(_words(f)) - FUND_NAME_FILLER for f in spans.funds(question)]
    funds = [f for f in funds if f]
    outside = set(_words(spans.FUND_RE.sub(" ", question)))
    unnamed = [w for w in every_word if w in outside or w not in FUND_NAME_FILLER]
    gross_asked = GROSS_ASKED_RE.search(question) is not None
    measure = _measure_words(question)
    index_asked = INDEX_ASKED_RE.search(question) is not None
    # "the sales charge on a $120,000 purchase": the row of the range of money that holds it
    # (the least sum asked: "$100,000 but less than $250,000" asks from its lower end)
    sums = [a.value for a in find_amounts(question) if a.unit == "$" and a.value is not None]
    asked_sum = min(sums) if sums else None
    best: list[Cell] = []
    best_key: tuple[float, float, float] = (0.0, 0.0, 0.0)
    captions: set[str] = set()  # the captions the best row was read under
    header: Passage | None = None
    columns: list[str] = []
    last = -1
    streams = {id(p): rows for p in passages if (rows := stream_rows(p))}
    origin = {id(r): p for p in passages for r in streams.get(id(p), ())}
    found = tables([p for p in passages if id(p) not in streams])
    by_place = {(p.doc, p.ordinal): p for p in passages}
    for table in [*_headed(found, passages), *streams.values()]:
        qwords = every_word
        heads = {w[:4] for w in qwords if len(w) >= 3}
        asking = qwords if _names_funds(table, funds) else unnamed  # the words rows compete on
        percent: bool | None = None  # whether the table states percentages, read once if asked
        labels = _after_waivers(
            {
                id(r): LABEL_FOOTNOTE_RE.sub("", cells_of(r)[0]).strip().rstrip(":").strip()
                for r in table
                if cells_of(r)
            },
            table,
        )
        # (the words of rows that label values; a caption row's name no row)
        # (nor a header row's: "Investor Class | Institutional Class" names columns)
        # (an index's row tells no fund's rows apart, nor a fund's an index's, unless the
        # question says "index": then they compete)
        vocab = {
            w
            for r in table
            if len(cells_of(r)) > 1
            and header_columns(r) is None
            and (index_asked or bool(INDEX_ROW_RE.search(labels.get(id(r), ""))) == indexes)
            for w in _words(labels.get(id(r), ""))
        } - LABEL_FILLER
        # (each word once: a row name the question uses repeats some of its words)
        telling = list(dict.fromkeys(q for q in asking if any(_same(q, w) for w in vocab)))
        if table[0].ordinal - last > HEADER_REACH:  # a header serves its own table only...
            header, columns = None, []
        last = table[-1].ordinal  # ...and one just after a caption line
        caption = ""  # a one-cell row that names the rows below it ("Minimums - Class A")
        for row in table:
            found = header_columns(row)
            if found is not None:
                header, columns, caption = row, found, ""
                continue
            row_texts = cells_of(row)
            if len(row_texts) == 1 and not is_value(row_texts[0]):
                caption = row_texts[0]
                continue
            label = labels.get(id(row), "")
            # a row of values only, one a column ("$66 | $260" under "One Year | Three
            # Years"): the table's one row, named by the paragraph above it ("Example. ...")
            unlabelled = bool(columns) and is_value(row_texts[0]) and len(row_texts) == len(columns)
            if unlabelled:
                above = _above(by_place, table[0])
                label = (lead_in(above.text) or "") if above is not None else ""
            ranged = band(label) if asked_sum is not None else None
            held = ranged is not None and ranged.holds(asked_sum)
            if ranged is not None and not held and asked_sum not in (ranged.low, ranged.high):
                continue  # another range's row (one whose bound is the sum asked may do:
                # "assets over $500 million" of "Over $500 million")
            if ranged is None and not heads & {w[:4] for w in _words(label)}:  # cheap
                continue
            if gross_asked and (
                NET_LABEL_RE.search(label)
                or (WAIVER_ROW_RE.search(label) and not TOTAL_ROW_RE.match(label))
            ):
                continue  # "before waivers": not the total after them, nor the waiver itself
            if indexes:
                if not INDEX_ROW_RE.search(label) or not names_index(label, question):
                    continue  # (the rows of the indexes the question names only)
            elif not index_asked and INDEX_ROW_RE.search(label):
                continue  # "Russell 3000® Index | 23.81": the index's return, not the fund's
            score = (1.0 if held else RANGE_BOUND_SCORE) if ranged else label_score(label, qwords)
            # a row of the class asked (named by its ticker: "VAGIX"), labelled by it alone
            of_class = bool(
                share_classes
                and CLASS_LABEL_RE.fullmatch(label)
                and _class_match(label, share_classes)
            )
            if of_class:
                score = max(score, 1.0)
            if score < MIN_LABEL_COVERAGE:
                continue
            around = [
                header,
                row,
                _above(by_place, table[0]),
                replace(row, text=caption) if caption else None,
            ]
            if CLASS_LABEL_RE.fullmatch(label) and not _measure_named(question, label, around):
                continue
            if _measure_share(measure, around) < MIN_MEASURE_COVERAGE:
                continue  # "Total | 100.0 | %" of an industry breakdown: no fund's expenses
            own = _words(label)
            if header is not None and own and set(own) <= TOTAL_WORDS:
                # "Total" under "Annual Trust Operating Expenses | As a % of Net Assets": the
                # total of what the header's caption cell names
                own += _words(cells_of(header)[0])
            asked = sum(any(_same(q, w) for w in own) for q in telling) / (len(telling) or 1)
            if ranged is not None or unlabelled or of_class:
                asked = 1.0  # the range is what the question names of the row; a table of
                # one unlabelled row has no rows to tell apart
            if asked < MIN_ASKED_COVERAGE:
                continue
            # a row its label names by what the question measures ("Total Annual Fund
            # Operating Expenses") before one its label names by a share class only ("Investor
            # Class | $120 | $375" of the costs example)
            key = (float(any(_same(m, w) for m in measure for w in own)), asked, score)
            # the same row under another caption ("Initial Purchase" of each class's minimums)
            again = (
                bool(key == best_key and caption and best and best[0].label == label)
                and caption not in captions
            )
            if key < best_key or (key == best_key and not again):
                continue
            values = [
                SPACED_PERCENT_RE.sub("%", cell_value(c) or c.strip())
                for c in _currency_joined(cells_of(row)[0 if unlabelled else 1 :])
                if is_value(c)
            ]  # numbers (footnote marks dropped; "0.11 %" as "0.11%") and dates
            row_columns = columns
            if header is not None and len(values) == len(columns) + 1:
                whole = cells_of(header)
                dated = sum(DATE_RE.fullmatch(v) is not None for v in values)
                if len(whole) == len(values) and whole[1:] == columns and 0 < dated < len(values):
                    # "Returns | Quarter ended" over "Lowest Quarter Return | -30.15% |
                    # December 31, 2008": a header with no caption cell, each cell a column (a
                    # date and an amount are no two readings of one column)
                    row_columns = whole
            if (
                1 < len(values) == len(row_columns) - 1
                and INCEPTION_COLUMN_RE.search(row_columns[-1])
                and not any(INCEPTION_COLUMN_RE.search(c) for c in row_columns[:-1])
            ):
                # "1 year | 5 years | 10 years | Since Inception 11/2/2015" over a class's
                # "Return before taxes | 21.50% | 10.48% | 10.58%": a class has no value for
                # one column, the last period or the inception one (an older class's or a
                # younger one's): its last value may be of either, the others are of the first
                values, row_columns = values[:-1], row_columns[: len(values) - 1]
            values = _aligned(values, len(row_columns))
            if values is None:
                continue
            if percent is None:
                percent = _in_percent(table)
            if percent:  # "Total ... | 1.02 | 1.76": the % only on the first row
                values = [_with_percent(v) for v in values]
            named = row_columns if len(row_columns) == len(values) else [""] * len(values)
            cited = origin.get(id(row), row)  # a stream's row is cited as the whole stream
            head = origin.get(id(header), header) if header is not None else None
            row_cells = [
                Cell(label, col or caption, val, cited, None if head is cited else head, score)
                for col, val in zip(named, values, strict=True)
            ]
            by_class = any(CLASS_NAME_RE.match(c) for c in row_columns)
            if share_classes and columns and by_class:  # else the verifier checks the class
                row_cells = [c for c in row_cells if _class_match(c.column, share_classes)]
                if not row_cells:
                    continue
            elif (
                share_classes
                and row_columns
                and ranged is None
                and not indexes  # (an index has no share class)
                and not _class_match(label, share_classes)
                # (nor the heading the row stands under: "Investor Class" over "Return before
                # taxes | 21.23%")
                and not (row.section and _class_match(row.section[-1], share_classes))
                # (nor the caption cell of the header above it: "Investor Class | 1 year",
                # unless the row stands under a class of its own)
                and not (
                    header is not None
                    and not (row.section and CLASS_LABEL_RE.fullmatch(row.section[-1]))
                    and _class_match(cells_of(header)[0], share_classes)
                )
            ):
                continue  # "Class A Return Before Taxes | 18.42% | 11.05%": the class is the row's
            if ranged is not None and len(row_cells) > 1:
                # "the dealer commission on a $300,000 purchase": the columns the question names
                fit = {id(c): _column_score(c.column, qwords) for c in row_cells}
                most = max(fit.values())
                if most > 0:
                    row_cells = [c for c in row_cells if fit[id(c)] == most]
            if len(row_cells) > 1 and all(PERIOD_COLUMN_RE.search(c.column) for c in row_cells):
                # "1 Year | 5 Years | 10 Years": the period the question names; none of them
                # when it names another ("the 3-year return" of a 1-5-10 table)
                asked_columns = [c for c in row_cells if _names_whole(c.column, qwords)]
                if asked_columns:  # (the cost over 1 year and over 3 years: both)
                    row_cells = asked_columns
                elif PERIOD_COLUMN_RE.search(question):
                    continue
            if again:
                best = [*best, *row_cells]
                captions.add(caption)
            else:
                best, best_key, captions = row_cells, key, {caption}
    return _captions_asked(best, question, captions - {""})


# A fee table's waiver row ("Fee Waivers and/or Expense Reimbursements"), and a total row
# that says nothing of waivers.
WAIVER_ROW_RE = re.compile(r"\bwaiv|\breimburs", re.I)
TOTAL_ROW_RE = re.compile(r"^\s*(?:net\s+)?total\b", re.I)
AFTER_WAIVERS = " (after fee waivers and expense reimbursements)"
# A question asking the total before waivers, and a row label of the total after them.
GROSS_ASKED_RE = re.compile(
    r"\bbefore\s+(?:the\s+|any\s+)?(?:fee\s+)?(?:waivers?|reimbursements?)|\bgross\b", re.I
)
NET_LABEL_RE = re.compile(r"\b(?:after|net\s+of|less)\b[^|]*\b(?:waiv|reimburs)|^\s*net\b", re.I)


def _after_waivers(labels: dict[int, str], table: Sequence[Passage]) -> dict[int, str]:
    """Labels with a total row below a waiver row named for what it is: the total after the
    waivers, though the table repeats the total's own label for it ("Total Annual Fund
    Operating Expenses | 40.79%", "Fee Waivers and/or Expense Reimbursements | -40.53%",
    "Total Annual Fund Operating Expenses | 0.26%")."""
    waived = False
    out = dict(labels)
    for row in table:
        label = labels.get(id(row))
        if label is None:
            continue
        if WAIVER_ROW_RE.search(label) and not TOTAL_ROW_RE.match(label):
            waived = True
        elif waived and TOTAL_ROW_RE.match(label) and not WAIVER_ROW_RE.search(label):
            out[id(row)] = label + AFTER_WAIVERS
    return out


def _captions_asked(cells: list[Cell], question: str, captions: set[str]) -> list[Cell]:
    """Of one row read under several captions, those the question names by the words that
    tell the captions apart ("for the Fidelity Advantage Class" of "Minimums - Investor Class"
    and "Minimums - Fidelity Advantage Class"); all of them when it names none."""
    names = [n for n in dict.fromkeys(c.column for c in cells) if n in captions]
    if len(names) < 2:
        return cells
    words = {n: set(_words(n)) - LABEL_FILLER for n in names}
    shared = set.intersection(*words.values())
    asked = set(_words(LOWER_WORDS_RE.sub(lambda m: m.group(0).lower(), question)))
    picked = {n for n in names if (words[n] - shared) & asked}
    return [c for c in cells if c.column in picked or c.column not in captions] if picked else cells


def _measure_words(question: str) -> list[str]:
    """The words of a question that say what it measures: its lower-case words (capitalised
    ones name a fund or a class) that are not filler, with a row name it uses ("expense ratio")
    read as the words row labels use for it."""
    low = " " + " ".join(
        re.sub(r"[^\w\s-]", " ", LOWER_WORDS_RE.sub(" ", question).lower()).split()
    )
    low += " "
    for name, words in row_terms().items():
        low = low.replace(f" {name} ", f" {words} ")
    return [
        w
        for w in dict.fromkeys(_words(low))
        if w not in STOP
        and w not in LABEL_FILLER
        and w not in CLASS_WORDS
        and len(w) > 2
        and not w.isdigit()
    ]


def _measure_share(measure: Sequence[str], around: Sequence[Passage | None]) -> float:
    """The share of the question's measure words the row, its header row, the caption above
    the table and the section heading hold between them; 0 when they hold none of its nouns
    of quantity ("return" of "the 1-year average annual total return": a row of annual
    expenses holds "year", "average", "annual" and "total", but no return)."""
    if not measure:
        return 1.0
    where = {w for p in around if p is not None for w in _words(f"{p.text} {p.section_label}")}
    # (a row's word for what a question names in one other word: "Worst" for "lowest")
    where |= {one for w in where if " " not in (one := row_terms().get(w, " "))}
    heads = {w[:SHARED_PREFIX] for w in where}
    held = [q for q in measure if q[:SHARED_PREFIX] in heads or any(_same(q, w) for w in where)]
    nouns = {q for q in measure if target_nouns().get(q) == "amount" and q not in BOUND_WORDS}
    if nouns and not nouns & set(held):
        return 0.0
    return len(held) / len(measure)


def _measure_named(question: str, label: str, around: Sequence[Passage | None]) -> bool:
    """Whether the table names what the question measures, when the row's label is only a
    share class: a word of the question besides the class's own, in the header row, the
    caption above the table or the section heading ("Class I Shares | $95 | $296" under "your
    costs would be:" does not answer "the minimum initial investment for Class I shares").
    Capitalised words name a fund or a class, not a measure: they are not looked for."""
    own = set(_words(label)) | LABEL_FILLER | STOP
    asked = [w for w in _words(LOWER_WORDS_RE.sub(" ", question)) if w not in own and len(w) > 2]
    where = {w for p in around if p is not None for w in _words(f"{p.text} {p.section_label}")}
    return any(_same(q, w) for q in asked for w in where)


@cache
def qualifiers() -> frozenset[str]:
    """Words that narrow what a row measures (data file)."""
    return frozenset(json.loads(TERMS.read_text(encoding="utf-8"))["_qualifiers"])


@cache
def row_terms() -> dict[str, str]:
    """A question's names for fee-table rows -> the words row labels use (data file)."""
    data = json.loads(TERMS.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _with_row_terms(question: str) -> str:
    """The question with the row-label words of each row name it uses added."""
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", question.lower()).split()) + " "
    low += " ".join(low.replace("-", " ").split()) + " "  # ("1-yr": "yr" too)
    # (a row name said in the plural: "12b-1 fees", "sales charges")
    extra = [
        words
        for name, words in row_terms().items()
        if f" {name} " in low or f" {name}s " in low or f" {name}es " in low
    ]
    return " ".join([question, *extra])


def _headed(found: list[list[Passage]], passages: Sequence[Passage]) -> list[list[Passage]]:
    """The tables, with a lone header row just above a table ("Class A | Class C", then a
    caption line, then the rows) joined to it; or, when there is none, the share classes a
    caption paragraph just above ends with ("(expenses that you pay each year ...) Class V")
    as its header."""
    lone = {p.ordinal: p for p in passages if p.kind == "row" and header_columns(p) is not None}
    by_ordinal = {p.ordinal: p for p in passages}
    out = []
    for table in found:
        if header_columns(table[0]) is not None:
            out.append(table)
            continue
        above = [
            lone[o] for o in range(table[0].ordinal - HEADER_REACH, table[0].ordinal) if o in lone
        ]
        caption = by_ordinal.get(table[0].ordinal - 1)
        if caption is not None and caption.kind == "row":
            caption = None
        periods = _caption_periods(caption.text, table) if caption is not None else []
        if above:
            out.append([above[-1], *table])
        elif caption is not None and periods:
            # "AVERAGE ANNUAL TOTAL RETURNS ... 1 Year 5 Years 10 Years Class I Shares" over
            # the rows: the periods are the columns (a fixed-width header run into its caption)
            named = CAPTION_CLASS_RE.search(caption.text)  # the class of the rows first below
            first = " ".join(named.group(0).split()) if named else ""
            out.append(
                [replace(caption, text=CELL_SPLIT.join([first, *periods]), kind="row"), *table]
            )
        elif caption is not None and (m := CLASSES_AT_END_RE.search(caption.text)):
            names = [" ".join(c.split()) for c in CLASS_IN_CAPTION_RE.findall(m.group(0))]
            out.append([replace(caption, text=CELL_SPLIT.join(names), kind="row"), *table])
        else:
            out.append(table)
    return out


# The periods a performance table's caption ends with, a class's label after them perhaps
# ("... 1 Year 5 Years 10 Years Class I Shares"), read over three or fewer lines ("Since /
# Inception / 1 Year 5 Years (3/31/2017)").
CAPTION_PERIOD_RE = re.compile(
    r"\b(?:\d{1,2}\s*(?:-\s*)?(?:Years?|Yrs?\.?|Months?)|Since\s+Inception|Life\s+of\s+(?:the\s+)?Fund)\b",
    re.I,
)
CAPTION_PERIODS_RE = re.compile(
    r"(?:(?:Since|Life\s+of(?:\s+the)?\s+Fund|Inception|\(\d{1,2}/\d{1,2}/\d{2,4}\)|"
    r"\d{1,2}\s*(?:-\s*)?(?:Years?|Yrs?\.?|Months?))\s*)+"
    r"(?:(?:Class\s+[A-Z][A-Z0-9-]{0,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Class)(?:\s+Shares?)?)?$",
    re.I,
)


CAPTION_CLASS_RE = re.compile(
    r"(?:Class\s+[A-Z][A-Z0-9-]{0,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Class)(?:\s+Shares?)?$"
)


def _caption_periods(caption: str, table: Sequence[Passage]) -> list[str]:
    """The periods a caption ends with, one per value column of the rows below (a period
    since inception or over the fund's life last, where tables print it), or []."""
    end = CAPTION_PERIODS_RE.search(caption.strip())
    if end is None:
        return []
    periods = [" ".join(p.split()) for p in CAPTION_PERIOD_RE.findall(end.group(0))]
    if "inception" in end.group(0).lower() and not any("ince" in p.lower() for p in periods):
        periods.append("Since Inception")  # ("Since" and "Inception" on lines of their own)
    columns = {len(cells_of(r)) - 1 for r in table}
    if len(periods) < 2 or columns != {len(periods)}:
        return []
    return sorted(periods, key=lambda p: bool(re.search(r"ince|life", p, re.I)))


# Column names longer than this are sentences, not a header's.
HEADER_CELL_MAX_CHARS = 60
# Share classes a caption paragraph ends with: the columns of the table below it.
CLASS_IN_CAPTION_RE = re.compile(
    r"\bClass\s+[A-Z][A-Z0-9-]{0,5}\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Class|Shares)\b"
)
CLASSES_AT_END_RE = re.compile(rf"(?:(?:{CLASS_IN_CAPTION_RE.pattern})[\s,;|]*(?:and\s+)?)+$")


SPACED_PERCENT_RE = re.compile(r"\s+%$")
# Of the words that say what a question measures, at least this share must be in the row, its
# header, its caption or its heading.
MIN_MEASURE_COVERAGE = 0.5
CLASS_WORDS = frozenset({"class", "classes", "share", "shares"})
TOTAL_WORDS = frozenset({"total", "totals"})
# Amount words that bound or size a measure rather than name it ("the minimum initial
# investment" is an initial investment): a table may leave them unsaid.
BOUND_WORDS = frozenset(
    {"minimum", "maximum", "amount", "amounts", "value", "level", "limit", "cap", "threshold"}
)
# A bare decimal a percentage table leaves without its sign: "1.02", "(0.24)".
BARE_DECIMAL_RE = re.compile(r"\(?\d{1,3}\.\d{1,4}\)?")


def _in_percent(table: Sequence[Passage]) -> bool:
    """Whether a table states its values in percent: a row with a % sign in a value cell (fee
    tables print the sign on their first row only) or in a cell of its own before the values
    ("Management Fees | % | 0.85")."""
    return any(
        any(c.strip() == "%" or (c.rstrip().endswith("%") and is_value(c)) for c in cells_of(r)[1:])
        for r in table
    )


def _with_percent(value: str) -> str:
    return f"{value}%" if BARE_DECIMAL_RE.fullmatch(value) else value


def _aligned(values: list[str], columns: int) -> list[str] | None:
    """The row's values, one per column; extra trailing footnote marks ("1") dropped. None
    when they cannot be told apart (several values, no header that fits)."""
    if columns and len(values) > columns and all(v.isdigit() for v in values[columns:]):
        values = values[:columns]
    if not values:
        return None
    if len(values) == columns or len(values) == 1:
        return values
    dated = sum(DATE_RE.fullmatch(v) is not None for v in values)
    if not columns and len(values) == 2 and dated == 1:
        return values  # "Worst Quarter | March 31, 2020 | -19.70%": a date and an amount
    return None


def _names_whole(column: str, question_words: Sequence[str]) -> bool:
    """Whether the question holds every word of a column's name, numbers too ("5 Years" in
    "the 5-year return", not "1 Year")."""
    own = [w for w in _words(column) if w not in LABEL_FILLER and w not in PERIOD_FILLER]
    # (a number in words is its figure: "One Year" of "the 1-year cost", both ways)
    said = [NUMBER_WORDS.get(q, q) for q in question_words]
    return bool(own) and all(any(_same(NUMBER_WORDS.get(w, w), q) for q in said) for w in own)


def _class_match(column: str, share_classes: Sequence[str]) -> bool:
    col = _words(column)
    for asked in share_classes:
        words = _words(asked)
        mark = words[-1] if words and words[0] in ("class", "classes") else words[0]
        if mark in col:
            return True
    return False


def say(cells: Sequence[Cell]) -> str:
    """The cells as a short answer: one value, one value for every class, or value (class)."""
    label = cells[0].label
    values = {c.value for c in cells}
    if len(cells) == 1:
        column = f" ({cells[0].column})" if cells[0].column else ""
        return f"{label}: {cells[0].value}{column}"
    if len(values) == 1:
        return f"{label}: {cells[0].value} for each of {', '.join(c.column for c in cells)}"
    return f"{label}: " + "; ".join(
        f"{c.value} ({c.column})" if c.column else c.value for c in cells
    )


@dataclass(frozen=True)
class Lookup:
    """Cells found by another cell of their rows: the answers, their column and the rows
    (every row of the table whose key cell names the fund asked about, in table order)."""

    values: tuple[str, ...]
    column: str
    key: str
    rows: tuple[Passage, ...]
    header: tuple[Passage, ...]

    @property
    def value(self) -> str:
        return self.values[0]


def lookup(passages: Sequence[Passage], question: str, keys: Sequence[str]) -> Lookup | None:
    """The cells of the rows holding one of ``keys`` (a fund the question names) in the column
    whose header the question names ("Which surviving portfolio would absorb X?" over a table
    "Portfolio | Surviving Portfolio"; "Which acquired portfolios go into Y?" gives every row
    whose acquiring cell is Y). Headers may be a row of names, the first half of a row holding
    both, or one-cell rows opening the table ("Acquired Portfolio" / "Acquiring Portfolio")."""
    qwords = _words(question)
    best: tuple[float, Lookup | None] = (0.0, None)
    for table in row_runs(passages):
        headers, body = split_header(table)
        if not headers:
            continue
        for _row, cells in body:
            if len(cells) != len(headers[0]):
                continue
            hit = next(
                (i for i, c in enumerate(cells) for k in keys if k.lower() in c.lower()), None
            )
            if hit is None:
                continue
            for i, column in enumerate(headers[0]):
                if i == hit or _other_state(column, qwords):
                    continue
                score = label_score(column, qwords)
                if score > best[0]:
                    key = next(k for k in keys if k.lower() in cells[hit].lower())
                    found = [
                        (other[i], r)
                        for r, other in body
                        if len(other) == len(cells) and key.lower() in other[hit].lower()
                    ]
                    values = tuple(v for v, _ in found)
                    rows = tuple(r for _, r in found)
                    best = (score, Lookup(values, column, cells[hit], rows, headers[1]))
    return best[1]


@cache
def _state_words() -> frozenset[str]:
    """Words by which a column header says which state it holds ("Former Sub-Adviser", "New
    Sub-Adviser"), from the old / new header data."""
    data = json.loads((Path(__file__).parent / "data" / "old_new.json").read_text("utf-8"))
    return frozenset(w for side in ("old", "new") for w in data[side])


def _other_state(column: str, question_words: Sequence[str]) -> bool:
    """Whether a column holds a state the question does not ask: "Former Sub-Adviser" for "who
    is the sub-adviser?" (the question must say "former" or "new" to pick one)."""
    marks = set(_words(column)) & _state_words()
    return bool(marks) and not marks & set(question_words)


def row_runs(passages: Sequence[Passage]) -> list[list[Passage]]:
    """Runs of consecutive row passages, a single row included (it may hold its own header)."""
    out: list[list[Passage]] = []
    for p in passages:
        if p.kind != "row":
            continue
        if out and p.ordinal == out[-1][-1].ordinal + 1:
            out[-1].append(p)
        else:
            out.append([p])
    return out


@dataclass(frozen=True)
class ColumnEntries:
    """The entries down one column of a table of names, with where they were read."""

    header: str  # the column's name as the table writes it ("Acquired Portfolio")
    entries: tuple[tuple[str, Passage], ...]  # each entry and its row
    heading: tuple[Passage, ...]  # the header's row or rows


# Words by which a question asks for every entry of a column.
ALL_WORDS = frozenset({"all", "list", "every", "each"})


def _plain_words(text: str) -> list[str]:
    """A text's words, lower case, a plural's "s" dropped ("Portfolios" -> "portfolio"; not
    stemmed: "Acquired" and "Acquiring" name two columns)."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _words(text)]


def column_entries(passages: Sequence[Passage], question: str) -> ColumnEntries | None:
    """The entries of the table column whose header the question names whole ("List all the
    Acquired Portfolios" over "Acquired Portfolio | Acquiring Portfolio" and its rows), in a
    table whose header is one row of names or written one cell a row above rows of as many
    cells; None when no header, or more than one, is named."""
    asked = set(_plain_words(question))
    said = set(_words(question))
    found: list[ColumnEntries] = []
    for table in row_runs(passages):
        rows = [(r, cells_of(r)) for r in table]
        i = 0
        while i < len(rows):  # each row is read a bounded number of times: linear
            head_row, names = rows[i]
            if any(is_value(c) for c in names):
                i += 1
                continue
            if len(names) >= 2:
                heading, width, start = (head_row,), len(names), i + 1
            else:  # "Acquired Portfolio", then "Acquiring Portfolio": one cell a row
                run = i
                while run < len(rows) and len(rows[run][1]) == 1 and not is_value(rows[run][1][0]):
                    run += 1
                width = len(rows[run][1]) if run < len(rows) else 0
                if width < 2 or run - i < width:
                    i = max(run, i + 1)
                    continue
                start = run
                names = [rows[k][1][0] for k in range(run - width, run)]
                heading = tuple(rows[k][0] for k in range(run - width, run))
            end = start
            while end < len(rows) and len(rows[end][1]) == width:
                end += 1
            if end == start:
                i += 1
                continue
            named = [
                j
                for j, n in enumerate(names)
                if (own := [w for w in _plain_words(n) if w not in LABEL_FILLER])
                and set(own) <= asked
                # asked in the plural ("the Acquired Portfolios"), or all of them: not "the
                # acquiring portfolio of X", one row's
                and (own[-1] + "s" in said or own[-1] + "es" in said or said & ALL_WORDS)
            ]
            if len(named) == 1:
                j = named[0]
                body = tuple((cells[j], row) for row, cells in rows[start:end])
                found.append(ColumnEntries(names[j], body, heading))
            i = end
    return found[0] if len(found) == 1 else None


def split_header(
    table: Sequence[Passage],
) -> tuple[tuple[list[str], tuple[Passage, ...]] | tuple[()], list[tuple[Passage, list[str]]]]:
    """(header names and the passages they came from, [(row, cells)]) of a table."""
    rows = [(r, cells_of(r)) for r in table]
    singles = []
    while rows and len(rows[0][1]) == 1 and not cell_value(rows[0][1][0]):
        singles.append(rows.pop(0))
    if len(singles) >= 2:  # one header cell per row above the table
        return ([c[0] for _, c in singles], tuple(r for r, _ in singles)), rows
    rows = singles + rows
    if not rows:
        return (), []
    first, cells = rows[0]
    half = len(cells) // 2
    if len(rows) == 1 and len(cells) % 2 == 0 and half >= 2:  # "A | B | a | b": one row holds both
        return (cells[:half], (first,)), [(first, cells[half:])]
    if len(cells) >= 2 and not any(cell_value(c) for c in cells) and len(rows) > 1:
        return (cells, (first,)), rows[1:]
    return (), []


@dataclass(frozen=True)
class ColumnCell:
    """A cell read by its column: the value, its column's header, its row and the header row."""

    value: str
    column: str
    row: Passage
    header: tuple[Passage, ...]
    # the row's other cells whose columns the question names too ("..., with what frequency
    # and delay?"): (header, value)
    others: tuple[tuple[str, str], ...] = ()


def column_cell(passages: Sequence[Passage], head: str, question: str) -> ColumnCell | None:
    """The cell of the column a question's head noun names ("Which recipient was added?" over
    "Recipient | Frequency | Delay" / "BNY Mellon | Monthly | None"): the only body row's, or
    the one row whose other cells the question names. None when no header names the head, or
    the rows cannot be told apart."""
    qwords = _words(question)
    # a possessor is not the head: "the fund's investment objective" names no "Fund" column
    head_words = _words(re.split(r"['’]s\b", head)[-1])
    if not head_words:
        return None
    found: list[ColumnCell] = []
    for table in row_runs(passages):
        headers, body = split_header(table)
        if not headers:
            continue
        names, header_rows = headers
        at = next(
            (i for i, name in enumerate(names) if _words(name) and _names_column(name, head_words)),
            None,
        )
        if at is None:
            continue
        # (not a header of its own: "Class A | Investor Class | Class C")
        rows = [
            (r, cells) for r, cells in body if len(cells) == len(names) and not header_only(r.text)
        ]
        if len(rows) > 1:  # the rows the question names by another of their cells
            rows = [
                (r, cells)
                for r, cells in rows
                if any(label_score(c, qwords) > 0 for k, c in enumerate(cells) if k != at and c)
            ]
        if len(rows) == 1:
            row, cells = rows[0]
            others = tuple(
                (names[k], cells[k].strip())
                for k in range(len(names))
                if k != at
                and cells[k].strip()
                # (by a telling word: "before" of "Delay Before Dissemination" is not one)
                and any(
                    _same(w, x)
                    for w in _words(names[k])
                    if w not in LABEL_FILLER and w not in STOP
                    for x in qwords
                )
            )
            found.append(ColumnCell(cells[at].strip(), names[at], row, header_rows, others))
    return found[0] if len(found) == 1 else None


def _names_column(name: str, head_words: list[str]) -> bool:
    """Whether a header is named by the head noun: all its telling words are the head's."""
    own = [w for w in _words(name) if w not in LABEL_FILLER]
    return bool(own) and all(any(_same(w, h) for h in head_words) for w in own)


# A body row of a column-read table holds at most this many rows in an answer.
COLUMN_ROWS_MAX = 8
# "None" stands for no minimum in a minimums table; it is a value there.
NO_VALUE_RE = re.compile(r"^(?:none|n/?a|—|-|–)$", re.I)


@dataclass(frozen=True)
class ColumnValue:
    """A value read down a column the question names: its row's label, the spanning header
    above its column (a share class), the value, and where it was read."""

    row_label: str
    group: str
    value: str
    row: Passage
    header: tuple[Passage, ...]
    column: str


# Words of a column header that do not say what the column holds ("Initial Investment Per
# Fund").
COLUMN_FILLER = frozenset(
    {"the", "of", "a", "an", "and", "or", "for", "to", "per", "fund", "funds", "each"}
)


def _column_score(name: str, question_words: Sequence[str]) -> float:
    """How fully the question names a column header of two or more telling words (a share
    class heads a column of a class, not of what is asked)."""
    named = LABEL_ASIDE_RE.sub(" ", name).strip()
    if CLASS_NAME_RE.match(named) or HEADER_CLASS_RE.match(named):
        return 0.0
    if PERIOD_COLUMN_RE.search(named) and len(named) <= PERIOD_CELL_MAX_CHARS:
        # a period ("Past 1 Year"): its number and unit, both ("the past year" is "1 year",
        # not "Past 5 Years")
        own = [_number(w) for w in _words(named) if w not in PERIOD_FILLER]
        asked = [_number(q) for q in question_words]
        return 1.0 if all(any(_same(w, q) for q in asked) for w in own) else 0.0
    own = [w for w in _words(named) if w not in COLUMN_FILLER and not w.isdigit()]
    if len(own) < 2:
        return 0.0
    found = sum(any(_same(w, q) for q in question_words) for w in own)
    return found / len(own) if found >= 2 else 0.0


# Numbers a period may be written in ("Past One Year", "Five Year").
NUMBER_WORDS = {"one": "1", "three": "3", "five": "5", "ten": "10", "fifteen": "15", "twenty": "20",
                # (and a period's unit abbreviated: "1 Yr", "5 Yrs")
                "yr": "year", "yrs": "years", "mo": "month", "mos": "months"}  # fmt: skip


# A period a performance table's header names ("5 Years", "Ten Year", "Since Inception",
# "Life of Fund").
HEADER_PERIOD_RE = re.compile(
    rf"\b(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})[\s-]*years?\b|\bsince\s+inception\b|"
    r"\blife\s+of\b",
    re.I,
)


def _number(word: str) -> str:
    return NUMBER_WORDS.get(word, word)


def _date_column_score(name: str, question_words: Sequence[str]) -> float:
    """1 when the question names every telling word of a column of dates' header, "date"
    aside ("Inception", "Inception Date"; not "Reorganization Date" for any date), else 0."""
    named = LABEL_ASIDE_RE.sub(" ", name).strip()
    own = [
        w
        for w in _words(named)
        if w not in COLUMN_FILLER and w not in DATE_WORDS and not w.isdigit()
    ]
    return float(bool(own) and all(any(_same(w, q) for q in question_words) for w in own))


DATE_WORDS = frozenset({"date", "dates", "day", "as", "on"})


def _value_cell(cell: str) -> bool:
    return is_value(cell) or NO_VALUE_RE.match(cell.strip()) is not None


def column_values(
    passages: Sequence[Passage],
    question: str,
    share_classes: Sequence[str] = (),
    dates: bool = False,
) -> list[ColumnValue]:
    """The values of the table column a question names, row by row: "what is the minimum
    initial investment?" over "Type of Account | Initial Investment Per Fund | Additional
    Investments Per Fund" and its rows by account type, under a spanning header of share
    classes ("Institutional Shares | Investor Shares" over "Minimum Initial Investment |
    Minimum Additional Investment | ..."), or over a table whose caption names it ("Minimum
    Initial Investment $ by share class" over "Class | I" and rows by account type). Rows the
    question names by their label narrow the answer; a share class asked keeps the columns
    under it. Empty when no header or caption names what is asked. ``dates``: a date is
    asked, so a one-word header ("Inception") may name the column, and only dates are read."""
    qwords = _words(_with_row_terms(question))
    measure = _measure_words(question)
    index_asked = INDEX_ASKED_RE.search(question) is not None
    by_ordinal = {(p.doc, p.ordinal): p for p in passages}
    best: tuple[float, list[ColumnValue]] = (0.0, [])
    for table in row_runs(passages):
        rows = [(r, _currency_joined(cells_of(r))) for r in table]
        for h, (head_row, names) in enumerate(rows):
            if len(names) < 2 or any(_value_cell(c) for c in names):
                continue
            scores = [
                _column_score(n, qwords) if not dates else _date_column_score(n, qwords)
                for n in names
            ]
            top = max(scores)
            groups: list[str] = [""] * len(names)
            header = [head_row]
            titles = list(names)  # what each column holds, as the answer names it
            if top >= MIN_LABEL_COVERAGE:
                asked = [j for j, sc in enumerate(scores) if sc == top]
                # a spanning header just above: k groups over n columns
                if h > 0:
                    above_row, above = rows[h - 1]
                    if (
                        not any(_value_cell(c) for c in above)
                        and 1 < len(above) < len(names)
                        and len(names) % len(above) == 0
                    ):
                        width = len(names) // len(above)
                        groups = [above[j // width] for j in range(len(names))]
                        header = [above_row, head_row]
            elif h == 0:
                # the caption above the table names what is asked; the header names the
                # columns' classes ("Class | I"), every other column holds values
                caption = _above(by_ordinal, head_row)
                if caption is None or caption.kind == "row" or len(caption.text) > CAPTION_MAX:
                    continue
                top = _column_score(caption.text, qwords)
                if top < MIN_LABEL_COVERAGE:
                    continue
                asked = list(range(1, len(names)))
                titled = CLASS_COLUMN_RE.fullmatch(names[0].strip()) is not None
                groups = ["", *(f"Class {n}" if titled else n for n in names[1:])]
                header = [caption, head_row]
                titles = [caption.text.strip()] * len(names)
            else:
                continue
            if top <= best[0]:
                continue
            caption_above = _above(by_ordinal, table[0])
            if caption_above is not None and len(caption_above.text) > CAPTION_MAX:
                # a paragraph: only its opening may caption the table ("Average Annual Total
                # Returns (for periods ending ...) The after-tax returns ..."); "The Example
                # assumes ... a 5% return each year" above "1 Year | 3 Years" does not
                caption_above = replace(caption_above, text=caption_above.text[:CAPTION_MAX])
            if not _measure_share(measure, [*header, caption_above]):
                # "1 Year | 3 Years" of the costs example holds no return (the rows the
                # question names are the body's, so only a noun of quantity is looked for)
                continue
            found = _read_down(rows[h + 1 :], titles, asked, groups, tuple(header))
            if _in_percent(table):  # "24.04 %" on the first row, "23.73" below it
                found = [
                    replace(v, value=_with_percent(SPACED_PERCENT_RE.sub("%", v.value)))
                    for v in found
                ]
            if not index_asked:  # the index's row is not the fund's
                found = [v for v in found if not INDEX_ROW_RE.search(v.row_label)]
            if share_classes and any(groups):
                found = [v for v in found if _class_match(v.group, share_classes)]
            if dates:
                found = [v for v in found if DATE_RE.fullmatch(v.value)]
            if share_classes and not any(groups):  # rows by class: "Class A | 12/17/2012"
                found = [v for v in found if _class_match(v.row_label, share_classes)] or found
            found = _rows_named(found, qwords, share_classes, [titles[j] for j in asked])
            if found:
                best = (top, found[: COLUMN_ROWS_MAX * max(1, len(asked))])
            break  # one header per table
    return best[1]


# A table's caption is a short line just above it.
CAPTION_MAX = 120


def _read_down(
    body: Sequence[tuple[Passage, list[str]]],
    names: Sequence[str],
    asked: Sequence[int],
    groups: Sequence[str],
    header: tuple[Passage, ...],
) -> list[ColumnValue]:
    """The asked columns' values of a table's body rows, each with its row label."""
    found: list[ColumnValue] = []
    for row, split_cells in body:
        if not any(_value_cell(c) for c in split_cells):
            break  # the table's body ends (another header or a note)
        cells = _units_joined(split_cells)
        if len(cells) == len(names) + 1:
            shift = 1
        elif len(cells) == len(names) and not HEADER_PERIOD_RE.match(names[0].strip()):
            # (a header of periods only has no label column: a row of a label and one value
            # fewer than its periods leaves open which period is missing)
            shift = 0
        else:
            continue
        for j in asked:
            if j + shift == 0:
                continue  # the label column itself
            found.append(
                ColumnValue(
                    cells[0].strip(), groups[j], cells[j + shift].strip(), row, header, names[j]
                )
            )
    return found


UNIT_CELL_RE = re.compile(r"\)?\s*%|\)")


def _above(by_place: dict[tuple[str, int], Passage], passage: Passage) -> Passage | None:
    """The passage just above one, past a page number printed between them ("1" between
    "The example ... your costs would be:" and the table under it)."""
    ordinal = passage.ordinal - 1
    while ordinal >= 0:
        above = by_place.get((passage.doc, ordinal))
        if above is None or not PAGE_NUMBER_RE.fullmatch(above.text.strip()):
            return above
        ordinal -= 1
    return None


# A page number printed as a passage of its own ("1", "- 7 -", "Page 3", "ii").
PAGE_NUMBER_RE = re.compile(r"(?:page\s+)?[-–]?\s*(?:\d{1,3}|[ivx]{1,5})\s*[-–]?", re.I)


def _currency_joined(cells: list[str]) -> list[str]:
    """A row's cells with a currency sign set in a cell of its own joined to the value after
    it ("Class V | $ | 102 | $ | 357": "$102", "$357")."""
    out: list[str] = []
    for c in cells:
        if out and out[-1].strip() == "$" and cell_value(c) is not None:
            out[-1] = "$" + c.strip()
        else:
            out.append(c)
    # a sign printed in the first value's cell only ("S2 | $ | 111 | 385 | 680 | 1,518"): every
    # plain number after it is in dollars too
    values = [i for i, c in enumerate(out) if is_value(c)]
    if (
        len(values) > 1
        and out[values[0]].strip().startswith("$")
        and all(PLAIN_NUMBER_RE.fullmatch(out[i].strip()) for i in values[1:])
    ):
        for i in values[1:]:
            out[i] = "$" + out[i].strip()
    return out


# The first header cell of a table whose rows are share classes ("Class | 1 Yr | 3 Yrs").
CLASS_COLUMN_RE = re.compile(r"(?:share\s+)?class(?:es)?", re.I)
# A number with no unit ("1,518", "385").
PLAIN_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")


def _units_joined(cells: list[str]) -> list[str]:
    """A row's cells with a unit or a closing bracket set in a cell of its own joined to the
    value before it ("24.87 | % | 14.38 | %", "(15.53 | )%")."""
    out: list[str] = []
    for c in cells:
        if out and UNIT_CELL_RE.fullmatch(c.strip()):
            out[-1] = out[-1].rstrip() + c.strip()
        else:
            out.append(c)
    return out


def _rows_named(
    found: list[ColumnValue],
    qwords: Sequence[str],
    share_classes: Sequence[str],
    columns: Sequence[str],
) -> list[ColumnValue]:
    """The values of the rows that hold most of the question's words other than the column's
    and the share class's ("Investor Shares" does not name a row "... if the new investor is
    purchasing ..."); all of them when the question names no row."""
    class_words = {w for c in share_classes for w in _words(c)}
    column_words = {w for c in columns for w in _words(c)}
    row_words = [
        w
        for w in qwords
        if len(w) >= 3
        and w not in class_words
        and w not in LABEL_FILLER
        and w not in COLUMN_FILLER  # "the fund's returns" names no "Sale of Fund Shares" row
        and not any(_same(w, c) for c in column_words)
    ]
    said = {
        id(v): sum(any(_same(w, x) for x in _words(v.row_label)) for w in row_words) for v in found
    }
    most = max(said.values(), default=0)
    return [v for v in found if said[id(v)] == most] if most else found


def say_column(values: Sequence[ColumnValue]) -> str:
    """ "Minimum Initial Investment: Standard Accounts: $10,000 (Institutional Shares), $2,500
    (Investor Shares); Retirement Accounts: ..." """
    by_column: dict[str, dict[str, list[str]]] = {}
    for v in values:
        shown = f"{v.value} ({v.group})" if v.group else v.value
        by_column.setdefault(v.column, {}).setdefault(v.row_label, []).append(shown)
    # each column by its own name ("1 Year: ...; 5 Years: ...")
    return " ".join(
        f"{column}: " + "; ".join(f"{label}: {', '.join(vals)}" for label, vals in rows.items())
        for column, rows in by_column.items()
    )
