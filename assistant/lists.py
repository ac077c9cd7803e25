"""The list reader: the lists a filing states, each with the text that introduces it.

Four layouts are read from a filing's passages:
- lead-in paragraphs: a run of paragraphs or bullets that each open with a short name and a
  full stop or colon ("Credit Risk. The issuer ...", "Market Risk: ..."), as summary
  prospectuses list principal risks (an entry may run on over a paragraph or two of its own);
- bullets: a run of short bullet items after an introducing passage ("... include:");
- name runs: a passage made only of fund names one after another (the funds a supplement
  covers, printed as a block), split into the names;
- inline enumerations in a sentence: "... if: (a) the Federal Reserve is open; (b) ...; and
  (c) ..." (letters, roman or arabic numerals in parentheses), split into the entries.
A question is matched to the list whose introduction, heading and items hold most of its
words; the items are the answer.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from index.model import Passage
from index.sentences import ABBREVIATIONS
from index.sentences import split as split_sentences
from index.stemming import stem as porter_stem

# A lead-in: up to this many words, capitalised, closed by ". " or ": " or " - ".
LEAD_MAX_WORDS = 8
# A word may hold full stops ("(Non-U.S.)"); a full stop closes the lead-in unless it ends
# an abbreviation ("U.S. Government Securities Risk. ..." leads with the whole name).
_LEAD_CHAR = r"(?:[\w&/’'(),-]|\.(?=[\w)])|(?<=\.[A-Z])\.)"
LEAD_RE = re.compile(
    rf"^[\s•·o*■-]{{0,3}}(?P<lead>[A-Z0-9]{_LEAD_CHAR}*(?:\s+{_LEAD_CHAR}+){{0,7}}?)"
    r"(?:(?<!\.[A-Z])(?<!\b[A-Z])\.\s|:\s|\s(?:[–—-]|--)\s)"
)
# The last word of a lead-in written in sentence case ("Interest rate risk. ...").
_VOCABULARY = json.loads((Path(__file__).parent / "data" / "lists.json").read_text("utf-8"))
ENTRY_HEADS = frozenset(_VOCABULARY["entry_heads"])
# Words of a question asking for a list that only say a list is asked ("which risk factors
# apply?"), not what it is about.
QUESTION_FILLER = frozenset(_VOCABULARY["question_filler"])
# What a question may call a named part of a filing ("which risk deals with ...?"; part_names).
PART_NOUNS = frozenset(_VOCABULARY["part_nouns"])
# A page number or footnote mark set before an entry's name ("3 Exchange-Traded Funds Risk").
LEAD_NUMBER_RE = re.compile(r"^\d{1,3}\s+(?=[A-Z][a-z])")
# Words that may stand in lowercase inside a lead-in ("Risk of Loss", "Fees and Expenses").
LEAD_SMALL_WORDS = frozenset(
    {"of", "and", "or", "the", "in", "on", "to", "for", "a", "an", "&", "through", "with", "via",
     "by", "from", "into", "under", "at", "as"}
)  # fmt: skip
# Paragraphs without a lead-in that may continue the entry before them ("Investing in Stocks
# Risk. ..." then a second paragraph about it) before the next lead-in.
MAX_GAP = 2
# A paragraph this short between two entries is a page number or a mark, not text.
PAGE_MARK_CHARS = 8
# A row whose first cell is only a bullet or a dash: "§ | Market Risk. ..." (layout tables).
ROW_BULLET_RE = re.compile(r"^\s*[•·§■▪●◦o*–—-]?\s*\|\s*")
# A bullet item longer than this is a paragraph, not a list entry.
ITEM_MAX_CHARS = 200
# A name in a run of names: capitalised words ending in a fund-like word.
NAME_IN_RUN_RE = re.compile(
    r"[A-Z][\w.&’'®-]*(?:\s+(?:[A-Z0-9][\w.&’'®-]*|of|and|&|to|the))*?\s+"
    r"(?:Fund|Portfolio|Account|Trust|ETF|Series)\b"
)
# Of a name-run passage, at least this share of its characters must be names.
NAME_RUN_SHARE = 0.8
WORD_RE = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class List:
    """One list of a filing: its items, where each is written, and what introduces it."""

    layout: str  # "lead-ins" | "bullets" | "names" | "inline" | "inline-run"
    items: tuple[str, ...]
    passages: tuple[Passage, ...]  # the passage of each item (names: one passage for all)
    intro: str  # the introducing passage and heading
    heading: str = ""  # the heading it stands under and its titling lead-in, if any

    def entries(self) -> list[tuple[str, Passage]]:
        """Each item with its passage (a block of names shares one passage)."""
        if len(self.passages) == len(self.items):
            return list(zip(self.items, self.passages, strict=True))
        return [(item, self.passages[0]) for item in self.items] if self.passages else []


# A risk named and defined inside a sentence (", which is the chance"): a passage that may hold
# an inline list of them.
WHICH_INLINE_RE = re.compile(r"\brisks?,\s+which\s+(?:is|are|means|refers|includes?)\b", re.I)
# An entry of such a list: its name (in lower case inside a sentence) and ", which is".
NAMED_ENTRY_RE = re.compile(
    rf"^(?P<lead>[\w/’'()-]+(?:\s+[\w/’'()-]+){{0,{LEAD_MAX_WORDS - 2}}}?\s+risks?)\s*,\s+"
    r"which\s+(?:is|are|means|refers|includes?)\b"
)
# A risk named and then defined in one sentence: "Stock market risk, which is the chance that
# stock prices overall will decline." (summary prospectuses of some families).
WHICH_LEAD_RE = re.compile(
    rf"^[\s•·o*■-]{{0,3}}(?P<lead>[A-Z][\w/’'()-]*(?:\s+[\w/’'()-]+){{0,{LEAD_MAX_WORDS - 2}}}?"
    r"\s+risks?)\s*,\s+which\s+(?:is|are|means|refers|includes?)\b"
)


def lead_in(text: str) -> str | None:
    """The short name a paragraph opens with ("Credit Risk" of "Credit Risk. The ...", "Stock
    market risk" of "Stock market risk, which is the chance ..."), if any."""
    m = LEAD_RE.match(text)
    if not m:
        which = WHICH_LEAD_RE.match(text)
        return LEAD_NUMBER_RE.sub("", which.group("lead").strip()) if which else None
    lead = LEAD_NUMBER_RE.sub("", m.group("lead").strip())
    words = lead.split()
    if m.group(0).rstrip().endswith(".") and words and words[-1].lower() in ABBREVIATIONS:
        return None  # "Mr. Smith ...", "Co. ..."
    if len(words) > LEAD_MAX_WORDS:
        return None
    if not all(
        w.lstrip("(")[:1].isupper() or w[:1].isdigit() or w.lower() in LEAD_SMALL_WORDS
        for w in words
    ) and not (lead[:1].isupper() and words[-1].lower() in ENTRY_HEADS):
        return None
    return lead


def entry_text(p: Passage) -> str:
    """A passage's text as a list entry: a layout table's row without its bullet cell."""
    return ROW_BULLET_RE.sub("", p.text, count=1) if p.kind == "row" else p.text


def lists(passages: Sequence[Passage]) -> list[List]:
    """Every list of a filing's passages (in order)."""
    out: list[List] = []
    run: list[tuple[Passage, str]] = []  # lead-in paragraphs
    bullets: list[Passage] = []

    def flush_run() -> None:
        first: dict[str, tuple[Passage, str]] = {}
        for q, ld in run:
            first.setdefault(ld.casefold(), (q, ld))
        entries = list(first.values())
        # a lead-in that names the entries after it ("Principal Risks." before "Credit Risk.")
        # starts a list of its own: what came before it ("Investment Objective.") is another
        leads = [ld for _, ld in entries]
        cuts = [
            0,
            *(
                i
                for i in range(1, len(entries) - 2)
                if _titles(leads[i], leads[i + 1 :]) and not _titles(leads[i], leads[:i], 1)
            ),
            len(entries),
        ]
        for a, b in itertools.pairwise(cuts):
            part = entries[a:b]
            if len(part) >= 2:  # two different entries at least: a list, not a repeated heading
                items = tuple(ld for _, ld in part)
                out.append(List("lead-ins", items, tuple(q for q, _ in part), ""))
        run.clear()

    def flush_bullets() -> None:
        if len(bullets) >= 2:
            out.append(List("bullets", tuple(b.text for b in bullets), tuple(bullets), ""))
        bullets.clear()

    gap = 0  # paragraphs since the run's last lead-in
    for p in passages:
        lead = lead_in(entry_text(p)) if p.kind in ("paragraph", "bullet", "row") else None
        if run and p.section != run[-1][0].section:
            flush_run()
        elif run and lead is None:
            # an entry may run on over a paragraph or two and hold bullets of its own; a page
            # number between two entries is no paragraph
            if p.kind == "paragraph" and len(p.text) > PAGE_MARK_CHARS:
                gap += 1
            # under a heading that names the entries ("Principal Risks" over "Credit risk")
            # an entry may run on as long as it needs
            if gap > MAX_GAP and not _titles(p.section_label, [ld for _, ld in run], 1):
                flush_run()
        short_bullet = p.kind == "bullet" and len(p.text) <= ITEM_MAX_CHARS
        if not short_bullet or (bullets and p.ordinal != bullets[-1].ordinal + 1):
            flush_bullets()
        if lead is not None:
            run.append((p, lead))
            gap = 0
        if short_bullet:
            bullets.append(p)
        names = name_run(p.text)
        if names:
            out.append(List("names", tuple(names), (p,), ""))
        if p.kind in ("paragraph", "bullet") and WHICH_INLINE_RE.search(p.text):
            for _, sentence in split_sentences(p.text):
                named = named_enumeration(sentence)
                if named is not None:  # "... the following bond risks: interest rate risk,
                    # which is the chance ...; income risk, which is ...; and call risk, ..."
                    out.append(List("inline", tuple(named[1]), (p,), named[0]))
    flush_run()
    flush_bullets()
    out.extend(_heading_lists(passages))
    # bullets that each open with a lead-in are that lead-in list: its names are the items
    named = {id(p) for lst in out if lst.layout == "lead-ins" for p in lst.passages}
    out = [
        lst
        for lst in out
        if not (lst.layout == "bullets" and all(id(p) in named for p in lst.passages))
    ]
    out = _with_intros(out, passages)
    return [*_inline_runs(out, passages), *out]


def _inline_runs(found: Sequence[List], passages: Sequence[Passage]) -> list[List]:
    """Risks named inside sentences of passages one after another under one heading ("... the
    following bond risks: ...", "... the following stock risks: ...", then "Manager risk,
    which is ...") as one list of them all, introduced by the heading alone: the filing's risks
    asked without a topic; each part stays a list of its own for a question of its topic."""
    inline = [lst for lst in found if lst.layout == "inline" and lst.passages]
    if len(inline) < 2:
        return []
    by_ordinal = {p.ordinal: p for p in passages}
    out: list[List] = []
    run: list[List] = [inline[0]]

    def flush() -> None:
        if len(run) < 2:
            return
        items = [i for lst in run for i in lst.items]
        where = [lst.passages[0] for lst in run for _ in lst.items]
        last = run[-1].passages[0]
        nxt = by_ordinal.get(last.ordinal + 1)
        # a risk led in on its own just after ("Manager risk, which is the chance ...")
        while nxt is not None and nxt.section == last.section:
            lead = lead_in(nxt.text)
            if lead is None or not WHICH_LEAD_RE.match(nxt.text):
                break
            items.append(lead)
            where.append(nxt)
            last, nxt = nxt, by_ordinal.get(nxt.ordinal + 1)
        first = run[0]
        label = first.passages[0].section_label
        out.append(List("inline-run", tuple(items), tuple(where), label, first.heading))

    for lst in inline[1:]:
        before = run[-1].passages[0]
        here = lst.passages[0]
        if here.section == before.section and here.ordinal == before.ordinal + 1:
            run.append(lst)
        else:
            flush()
            run = [lst]
    flush()
    return out


def _heading_lists(passages: Sequence[Passage]) -> list[List]:
    """Entries set as headings of their own under one parent heading ("Principal Risks" /
    "Market Risk", "Credit Risk", ... each over its paragraph): the sub-headings are the
    items, the first passage under each its place."""
    out: list[List] = []
    parent: tuple[str, ...] | None = None
    entries: dict[str, Passage] = {}

    def flush() -> None:
        if len(entries) >= 2 and all(len(e.split()) <= LEAD_MAX_WORDS for e in entries):
            out.append(List("headings", tuple(entries), tuple(entries.values()), ""))
        entries.clear()

    for p in passages:
        if len(p.section) < 2:  # top-level sections are the filing's parts, not a list
            flush()
            parent = None
            continue
        if p.section[:-1] != parent:
            flush()
            parent = p.section[:-1]
        entries.setdefault(p.section[-1], p)
    flush()
    return out


def _with_intros(found: list[List], passages: Sequence[Passage]) -> list[List]:
    """Each list with the passage just before it and its heading as its introduction."""
    by_ordinal = {p.ordinal: p for p in passages}
    out = []
    for lst in found:
        items, passages, title = lst.items, lst.passages, ""
        if lst.layout == "lead-ins" and len(items) > 2 and _titles(items[0], items[1:]):
            title, items, passages = items[0], items[1:], passages[1:]
        first = passages[0]
        before = by_ordinal.get(first.ordinal - 1)
        if lst.layout == "inline":  # introduced in its own sentence, before the colon
            parts = (first.section_label, lst.intro, "")
        else:
            parts = (first.section_label, title, before.text if before and not title else "")
        heading = " ".join(x for x in (first.section_label, title) if x)
        out.append(List(lst.layout, items, passages, " ".join(x for x in parts if x), heading))
    return out


def _titles(first: str, rest: Sequence[str], least: int = 2) -> bool:
    """Whether a run's first lead-in (or a heading) names the list rather than an entry: it
    holds the plural of a word that at least ``least`` entries, and half of them, hold
    ("Principal Risks of Investing" over "Credit Risk", "Market Risk"; not "Emerging Markets"
    over "Market", "Market Capitalization" and ten others, nor a lead-in that ends in an
    entry's own head word, "Emerging Markets Risk" over "Market Risk")."""
    words = WORD_RE.findall(first.lower())
    if words and words[-1] in ENTRY_HEADS and not words[-1].endswith("s"):
        return False  # "Emerging Markets Risk" ends as an entry does: it is one
    plurals = {w[:-1] for w in words if w.endswith("s")}
    need = max(least, (len(rest) + 1) // 2)
    return any(sum(p in _words(item) for item in rest) >= need for p in plurals)


# An enumeration mark inside a sentence: "(a)", "(ii)", "(3)", preceded by a space or a colon.
MARK_RE = re.compile(r"(?:^|(?<=[\s:;,]))\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
# The joints between two entries, dropped from each entry's end.
ENTRY_END_RE = re.compile(r"[\s;,]*(?:\b(?:and|or)\s*)?[\s;,]*$")


# "...: price; the size of the transaction; ...; and anonymity": entries after a colon,
# at least this many, parted by semicolons.
MIN_SEMICOLON_ENTRIES = 3


def enumeration(sentence: str, cut: bool = False) -> tuple[str, list[str]] | None:
    """A sentence's inline enumeration as (its introduction, its entries): entries marked
    (a), (b), ... / (i), (ii), ... / (1), (2), ... in order, or parted by semicolons after a
    colon. None when it has fewer entries or an entry is a paragraph of its own (``cut``: such
    an entry is cut to an item's length at a word instead)."""
    marks = list(MARK_RE.finditer(sentence))
    if len(marks) < 2:
        return _semicolon_list(sentence)
    labels = [m.group(0).strip()[1:-1] for m in marks]
    if not _in_order(labels):
        return None
    entries = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(sentence)
        entry = ENTRY_END_RE.sub("", sentence[m.end() : end]).strip()
        if cut and len(entry) > ITEM_MAX_CHARS:
            entry = entry[:ITEM_MAX_CHARS].rsplit(" ", 1)[0]
        if not entry or len(entry) > ITEM_MAX_CHARS:
            return None
        entries.append(entry.rstrip("."))
    return sentence[: marks[0].start()].strip(), entries


def named_enumeration(sentence: str) -> tuple[str, list[str]] | None:
    """A sentence's entries after a colon, parted by semicolons, that each name a risk and say
    what it is ("interest rate risk, which is the chance ...; and call risk, which is ..."): its
    introduction and the names; None for any other sentence."""
    colon = sentence.find(": ")
    if colon < 0:
        return None
    parts = [re.sub(r"^(?:and|or)\s+", "", p.strip()) for p in sentence[colon + 1 :].split(";")]
    named = [NAMED_ENTRY_RE.match(p) for p in parts]
    if len(parts) < 2 or not all(named):
        return None
    return sentence[: colon + 1].strip(), [m.group("lead").strip() for m in named if m]


def _semicolon_list(sentence: str) -> tuple[str, list[str]] | None:
    colon = sentence.find(": ")
    if colon < 0:
        return None
    parts = [ENTRY_END_RE.sub("", p).strip() for p in sentence[colon + 1 :].split(";")]
    parts = [re.sub(r"^(?:and|or)\s+", "", p).rstrip(".") for p in parts]
    named = named_enumeration(sentence)
    if named is not None:  # the names, however long what is said of each
        return named
    if len(parts) < MIN_SEMICOLON_ENTRIES or not all(0 < len(p) <= ITEM_MAX_CHARS for p in parts):
        return None
    return sentence[: colon + 1].strip(), parts


ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _in_order(labels: Sequence[str]) -> bool:
    """Whether enumeration labels count up from the first: a b c, i ii iii, 1 2 3."""
    if all(label.isdigit() for label in labels):
        return [int(x) for x in labels] == list(range(int(labels[0]), int(labels[0]) + len(labels)))
    if all(label in ROMAN for label in labels) and labels[0] == "i":
        return list(labels) == list(ROMAN[: len(labels)])
    if all(len(label) == 1 and label.isalpha() for label in labels):
        return [ord(x) for x in labels] == list(range(ord(labels[0]), ord(labels[0]) + len(labels)))
    return False


def name_run(text: str) -> list[str]:
    """The names of a passage made of fund names one after another (none when it is prose)."""
    names = [m.group().strip() for m in NAME_IN_RUN_RE.finditer(text)]
    if len(names) < 2:
        return []
    covered = sum(len(n) for n in names)
    return names if covered >= NAME_RUN_SHARE * len(text.strip()) else []


def join_continued(found: Sequence[List]) -> list[List]:
    """Lists with each one continued past a heading that titles no list of its kind joined to
    it: "Principal Risks: A Risk, B Risk, C Risk" then, under "Estimated Fund Returns" (a table
    inside an entry), "D Risk, E Risk" is one list of risks. Two lead-in lists of one filing
    join when most entries of each end in the same word ("Risk") and the second's heading does
    not say it; lists are taken in filing order."""
    out: list[List] = []
    for lst in found:
        last = out[-1] if out else None
        head = _common_last_word(lst.items)
        if (
            last is not None
            and last.layout == lst.layout == "lead-ins"
            and last.passages
            and lst.passages
            and last.passages[-1].doc == lst.passages[0].doc
            and last.passages[-1].ordinal < lst.passages[0].ordinal
            and head is not None
            and head == _common_last_word(last.items)
            and not {head, f"{head}s"} & _words(lst.heading)
            and {head, f"{head}s"} & _words(last.heading)
        ):
            out[-1] = List(
                last.layout,
                (*last.items, *lst.items),
                (*last.passages, *lst.passages),
                last.intro,
                last.heading,
            )
            continue
        out.append(lst)
    return out


def _common_last_word(items: Sequence[str]) -> str | None:
    """The last word most of a list's entries end in ("risk"), if at least half do."""
    ends = [w[-1] for w in (WORD_RE.findall(i.lower()) for i in items) if w]
    if not ends:
        return None
    word = max(set(ends), key=ends.count)
    return word if 2 * ends.count(word) >= len(items) else None


def _words(text: str) -> set[str]:
    return set(WORD_RE.findall(text.lower()))


def best(
    candidates: Sequence[List], question_words: Sequence[str], min_share: float
) -> List | None:
    """The list whose introduction, heading and items hold the largest share of the question's
    words, compared by stem ("investing" finds "Investment Risks"; at least ``min_share`` of
    them); of lists holding as many, the one whose heading holds most, then whose introduction
    does; then the earlier."""
    asked = {porter_stem(w.lower()) for w in question_words}
    if not asked:
        return None
    top: tuple[float, float, float, List | None] = (min_share, -1.0, -1.0, None)
    for lst in candidates:
        have = stems(lst.intro + " " + " ".join(lst.items))
        share = len(asked & have) / len(asked)
        titled = len(asked & stems(lst.heading)) / len(asked)
        # (then the one whose own introduction says more of them: "the following stock risks"
        # over a run of lists that only names a "stock market risk")
        introduced = len(asked & stems(lst.intro)) / len(asked)
        if share > top[0] or (
            share >= top[0] and (top[3] is None or (titled, introduced) > (top[1], top[2]))
        ):
            top = (share, titled, introduced, lst)
    return top[3]


def stems(text: str) -> set[str]:
    """The Porter stems of a text's words."""
    return {porter_stem(w) for w in WORD_RE.findall(text.lower())}


# "rating organizations, such as A, B and C": examples of a kind of thing, named after it.
EXAMPLES_RE = re.compile(r",?\s+\(?(?:such\s+as|including|like|e\.g\.,?|for\s+example,?)\s+", re.I)
# A clause, not an example: "such as the custodian, are paid by the Fund".
CLAUSE_START_RE = re.compile(
    r"^(?:are|is|was|were|will|would|may|might|can|could|has|have|had|do|does|did|shall|"
    r"should|must|which|that|who)\b",
    re.I,
)
# Words before the marker that may name the kind ("rating organizations, such as").
KIND_REACH_WORDS = 5
# An example is a short name or phrase.
EXAMPLE_MAX_WORDS = 8
EXAMPLE_STOP_RE = re.compile(r"[;:.)(]\s|[;:)(]|\.$")
LAST_EXAMPLE_RE = re.compile(r"\s+(?:and|or)\s+")
# A list's own "and" still to come after an example ("..., and government regulations").
INNER_AND_RE = re.compile(r"\s+and\s+")


def examples(sentence: str, kind_words: Sequence[str]) -> tuple[str, list[str]]:
    """The examples a sentence names of a kind of thing ("... rating organizations, such as
    Moody's, S&P, Fitch, Morningstar and Lipper, ..." -> the five names), when a word of the
    kind (``kind_words``, singular or plural) stands just before "such as" / "including"; with
    the words that say so, from the kind to the last example. ("", []) when it names none."""
    kinds = {w.lower().rstrip("s") for w in kind_words}
    for m in EXAMPLES_RE.finditer(sentence):
        lead = list(WORD_RE.finditer(sentence[: m.start()].lower()))[-KIND_REACH_WORDS:]
        at = next((w.start() for w in lead if w.group().rstrip("s") in kinds), None)
        if at is None:
            continue
        rest = sentence[m.end() :]
        stop = EXAMPLE_STOP_RE.search(rest)
        rest = rest[: stop.start()] if stop else rest
        found: list[str] = []
        end = m.end()
        parts = rest.split(",")
        for k, part in enumerate(parts):
            last = LAST_EXAMPLE_RE.split(" " + part.strip(), maxsplit=1)  # (", and Lipper")
            if (
                len(last) > 1
                and last[0].strip()
                and any(INNER_AND_RE.search(later) for later in parts[k + 1 :])
            ):  # "property taxes and tax laws, interest rates, ... and rents": an "and" inside
                # an example, the list's own "and" still to come
                last = [part.strip()]
            items = [x.strip() for x in last if x.strip()]
            if not items or any(
                len(x.split()) > EXAMPLE_MAX_WORDS or CLAUSE_START_RE.match(x) for x in items
            ):
                break
            found.extend(items)
            end = sentence.find(items[-1], end) + len(items[-1])
            if len(last) > 1:  # "... and Lipper": the last example
                break
        if len(found) >= 2:
            return sentence[at:end], found
    return "", []


# -- parts of a list -------------------------------------------------------------------------

# An entry that introduces entries of its own: "ETF Structure Risks. The Fund is exposed to
# the following risks:", "Derivatives Risk. ... include:".
INTRODUCES_RE = re.compile(r":\s*$")
# Words of a question that say how its topic relates to the entries, not what the topic is:
# "debt-related", "derivatives-type", "the muni-specific ones", "risks relating to leverage".
TOPIC_FILLER = frozenset(_VOCABULARY["topic_filler"])
# A topic word and the words an entry's name may use for it instead ("debt": "credit",
# "interest rate", "below investment grade"): keyed and compared by Porter stem.
TOPIC_WORDS: dict[str, tuple[frozenset[str], ...]] = {}
for _key, _phrases in _VOCABULARY["topic_words"].items():
    _forms = tuple({frozenset(stems(p)) for p in _phrases} - {frozenset()})
    for _k in _key.split("/"):
        TOPIC_WORDS[porter_stem(_k)] = TOPIC_WORDS.get(porter_stem(_k), ()) + _forms


def sub_entries(lst: List, index: int, introduced: bool = False) -> list[tuple[str, Passage]]:
    """The entries the list's ``index``-th entry introduces: when it ends with a colon (or
    ``introduced``: a paragraph of its own under it does, "... are subject to the following
    risks:"), the entries after it set in another kind of passage (bullets under a paragraph),
    up to the next entry of its own kind; [] when it introduces none, or only one."""
    entries = lst.entries()
    if len(lst.passages) != len(lst.items) or not 0 <= index < len(entries):
        return []
    _, parent = entries[index]
    if not introduced and not INTRODUCES_RE.search(parent.text):
        return []
    out: list[tuple[str, Passage]] = []
    for item, p in entries[index + 1 :]:
        if p.kind == parent.kind:
            break
        out.append((item, p))
    return out if len(out) >= 2 else []


def topic_groups(words: Sequence[str], whole: bool = False) -> list[set[frozenset[str]]]:
    """The topics a list question narrows its list by, one group of name forms (each a set of
    stems) per topic word: "debt" -> {debt}, {credit}, {interest, rate}, ... ``whole``: a
    compound names one risk by all its words ("the small-cap company risk" is not the mid-cap
    one), not a kind of risks by its last."""
    groups: list[set[frozenset[str]]] = []
    for w in words:
        low = w.lower()
        kept = _kept_parts(low)
        if whole and _compound(low, kept):
            groups.append({frozenset(porter_stem(p) for p in kept)})
        else:
            groups += _groups_of(_topic_parts(low))
    return groups


def _groups_of(parts: Sequence[str]) -> list[set[frozenset[str]]]:
    groups: list[set[frozenset[str]]] = []
    for low in parts:
        if low in TOPIC_FILLER or low in QUESTION_FILLER or low.isdigit():
            continue
        key = porter_stem(low)
        forms = {frozenset({key}), *TOPIC_WORDS.get(key, ())}
        groups.append(forms)
    return groups


def _topic_parts(word: str) -> list[str]:
    """The words of one question word that each name a topic: a compound of words ("market-
    capitalization") names one, its last word ("Mid-Capitalization Company" is one of its
    risks); "debt-related", "China-specific" name theirs before a filler."""
    kept = _kept_parts(word)
    return kept[-1:] if _compound(word, kept) else WORD_RE.findall(word)


def _kept_parts(word: str) -> list[str]:
    """The words of a question word that are no filler."""
    return [p for p in WORD_RE.findall(word) if p not in TOPIC_FILLER and p not in QUESTION_FILLER]


def _compound(word: str, kept: Sequence[str]) -> bool:
    """Whether a question word is a compound of topic words ("market-capitalization")."""
    return "-" in word and len(kept) > 1 and all(len(p) >= 3 and p.isalpha() for p in kept)


def on_topic(
    entries: Sequence[tuple[str, Passage]], groups: Sequence[set[frozenset[str]]]
) -> list[tuple[str, Passage]] | None:
    """The entries whose names speak of any of the topics (a form's stems all in the name),
    in list order; None when some topic has no entry, so that a part of the question is not
    passed over."""
    named = [(item, p, stems(item)) for item, p in entries]
    hit: set[int] = set()
    for forms in groups:
        found = {i for i, (_, _, have) in enumerate(named) if any(_speaks(f, have) for f in forms)}
        if not found:
            return None
        hit |= found
    return [(item, p) for i, (item, p, _) in enumerate(named) if i in hit]


# A topic word this long may begin a longer word of the name ("India": "Indian", "China":
# "Chinese"); a shorter one ("tax") only a whole word.
PREFIX_MIN_CHARS = 4


def _speaks(form: frozenset[str], name: set[str]) -> bool:
    """Whether a name holds a form: each of its stems, or for a one-word form, a word of the
    name it begins ("India" of "Indian Financials Sector Risk")."""
    if form <= name:
        return True
    if len(form) != 1:
        return False
    (word,) = form
    return len(word) >= PREFIX_MIN_CHARS and any(n.startswith(word) for n in name)


def names_introducer(entries: Sequence[tuple[str, Passage]], question: str) -> bool:
    """Whether the question names one of the entries whole, and that entry introduces entries
    of its own ("Under ETF Structure Risk, which risks ...?"): its parts are asked."""
    asked = _words(question)
    return any(
        INTRODUCES_RE.search(p.text) and _words(item) - QUESTION_FILLER <= asked
        for item, p in entries
    )
