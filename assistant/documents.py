"""The documents a supplement amends, read from its cover: "Supplement dated February 28, 2014
to Currently Effective Prospectuses", "SUPPLEMENT TO THE STATEMENT OF ADDITIONAL INFORMATION
("SAI") OF WELLS FARGO ADVANTAGE LARGE CAP STOCK FUNDS", "Supplement dated January 23, 2008 to
the Adviser Class Prospectus, Institutional Class, Service Class and Service 2 Class
Prospectuses each dated April 30, 2007", or a cover that opens with the document's own title
("STATEMENT OF ADDITIONAL INFORMATION ("SAI") OF X FUNDS").

``supplemented`` gives the documents as the cover writes them (with whose they are and their
dates, when it says); ``asked`` tells a question asking which documents a filing amends.
"""

from __future__ import annotations

import itertools
import re

from index.dates import MONTH

# How much of a filing's opening text is its cover.
COVER_CHARS = 1500
# How far after "to" the documents' last noun may stand.
DOCUMENTS_REACH = 220

# A date as a cover writes it ("April 30, 2007", "MAY 1, 2015", "5-15-13").
_DATE = (
    rf"(?:{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|{MONTH}\s+\d{{4}}|\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}})"
)
_DOCUMENT = (
    r"(?:statements?\s+of\s+additional\s+information|(?:summary\s+|statutory\s+)?"
    r"prospectus(?:es)?|SAIs?)\b"
)
DOCUMENT_RE = re.compile(_DOCUMENT, re.I)
# "Supplement dated May 1, 2015, to the ..."; "SUPPLEMENT TO THE ..."
SUPPLEMENT_TO_RE = re.compile(
    rf"\bsupplement(?:\s+dated\s+(?:{_DATE}|\S+))?,?\s+to\s+(?:the\s+|each\s+|its\s+)?",
    re.I,
)
# The documents a sentence says are amended: "the summary prospectus, prospectus and SAI of
# the Fund are amended as follows".
AMENDED_LIST_RE = re.compile(
    rf"\bthe\s+(?P<documents>{_DOCUMENT}(?:\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?{_DOCUMENT})*"
    r"(?:\s+(?:of|for)\s+the\s+(?:Funds?|Portfolios?|Trust))?)"
    r"\s+(?:is|are)\s+(?:hereby\s+)?(?:amended|supplemented|revised)\b",
    re.I,
)
# A cover that opens with the document's title: "STATEMENT OF ADDITIONAL INFORMATION (“SAI”)
# OF ..."
TITLE_FIRST_RE = re.compile(rf"^\s*(?:the\s+)?{_DOCUMENT}", re.I)
# What may follow the last document noun and still name the documents: an abbreviation in
# brackets, whose they are ("of X Funds", "for the following funds"), their dates ("dated
# April 30, 2007, as amended July 21, 2015").
_ABBREVIATION = r"(?:\s*\([^()]{1,30}\))?"
_DATED = (
    rf"(?:,?\s+(?:each\s+)?dated\s+(?:{_DATE})"
    rf"(?:,?\s+(?:and\s+)?as\s+(?:amended|supplemented|revised|updated)"
    rf"(?:\s+(?:{_DATE})(?:,?\s+(?:and\s+)?(?:{_DATE}))*)?)?)?"
)
# whose: a run of capitalised words (or words in capitals) after "of"/"for"
_NAME_WORD = r"(?:[A-Z][\w&.’'®-]*|of|and|the|&)"
OWNER_RE = re.compile(
    rf"\s+(?:OF|of|FOR|for)\s+(?:THE\s+|the\s+)?(?P<owner>[A-Z][\w&.’'®-]*(?:\s+{_NAME_WORD}){{0,12}})"
)
# Words a run of names stops before: what starts the cover's next sentence, the documents'
# date.
OWNER_STOP_RE = re.compile(
    r"\s+(?:The|This|Effective|For|On|As|In|Each|All|Important|Changes?|Please|Supplement|"
    r"DATED|Dated)\b.*$|\s+(?:of|and|the|&|OF|AND|THE)$"
)
BRACKET_OPENERS = frozenset({"(", "(“", '("', "“", '"'})
# Where the cover's next sentence starts: the documents are named before it.
NEXT_SENTENCE_RE = re.compile(r"\.\s|:")
# What stands between two documents of a list ("Prospectus, Institutional Class (“Class I”)
# Prospectus", "Prospectus and"): names, brackets, commas and these words in lower case.
LIST_GAP_WORDS = frozenset({"and", "or", "the", "its", "each"})
LIST_GAP_CHARS = 120


def _list_gap(gap: str) -> bool:
    """Whether the text between two document nouns keeps them in one list."""
    if len(gap) > LIST_GAP_CHARS or "." in gap:
        return False
    return all(w in LIST_GAP_WORDS for w in re.findall(r"\b[a-z][\w’'-]*", gap))


ASKED_RE = re.compile(
    # "which prospectuses does the supplement amend?", "which fund family's SAI does it
    # amend?": the documents head the wh-phrase (not "which part of the SAI ...", "what's
    # being changed in the SAI", "what prospectus change ...") and the question ends with the
    # verb (not "which series does this SAI supplement cover?")
    rf"\b(?:which|what)\b(?:\s+of\b(?=\s+the\s+\w+['’]s?\s+documents\b))?"  # which of X's documents
    rf"(?:\s+(?!(?:is|are|was|were|being|be|does|do|did|has|have|will|of|in|"
    rf"parts?|sections?|paragraphs?|pages?|headings?)\b)[\w'’-]+){{0,6}}?\s+"
    rf"(?:{_DOCUMENT}|documents?)(?!\s+(?:supplements?|changes?|sections?|sub-?sections?|parts?|"
    r"headings?|paragraphs?|pages?|captions?)\b)"
    r".*(?<!\bthis\s)(?<!\bthe\s)(?<!\bthat\s)\b(?:amend\w*|supplement\w*|modif\w*|updat\w*|"
    r"chang\w*|revis\w*)\s*\??\s*$",
    re.I,
)


# Kinds of document a question may ask for, the longest first ("summary prospectus" is no
# "prospectus" asked).
KIND_RES = (
    ("summary prospectus", re.compile(r"\bsummary\s+prospectus(?:es)?\b", re.I)),
    ("statement of additional information", re.compile(
        r"\bstatements?\s+of\s+additional\s+information\b|\bSAIs?\b", re.I)),
    ("prospectus", re.compile(r"(?<!summary )\bprospectus(?:es)?\b", re.I)),
)  # fmt: skip


def of_kind_asked(question: str, groups: list[str]) -> list[str]:
    """Of the groups of documents a cover names, those of the one kind of document the
    question asks for ("which summary prospectuses ...?"); all when it asks no one kind or no
    group is of it."""
    asked_kinds = [k for k, r in KIND_RES if r.search(question)]
    if len(asked_kinds) != 1:
        return groups
    pattern = dict(KIND_RES)[asked_kinds[0]]
    return [g for g in groups if pattern.search(g)] or groups


def asked(question: str) -> bool:
    """Whether a question asks which documents a filing amends."""
    return ASKED_RE.search(question) is not None


def supplemented(cover: str) -> list[str]:
    """The documents a supplement's cover says it amends, as written, a group a line ("the
    Portfolio's Class ADV Prospectus, ... each dated April 30, 2013", then "the Portfolio's
    Class ADV Summary Prospectus, ..."); none when the cover names none."""
    text = " ".join(cover[:COVER_CHARS].split())
    m = SUPPLEMENT_TO_RE.search(text)
    start = m.end() if m else (0 if TITLE_FIRST_RE.match(text) else -1)
    if start < 0:
        # no cover line: a sentence that says the documents are amended ("Therefore the
        # summary prospectus, prospectus and SAI of the Fund are amended as follows:")
        said = AMENDED_LIST_RE.search(text)
        return [said.group("documents")] if said else []
    groups: list[str] = []
    while len(groups) < MAX_GROUPS:
        end = _group_end(text, start)
        if end is None:
            break
        groups.append(text[start:end].strip(" ,;"))
        # "... each dated April 30, 2013; and to the Portfolio's Class ADV Summary Prospectus,
        # ...": another group of documents
        more = NEXT_GROUP_RE.match(text, end)
        if more is None:
            break
        start = more.end()
    return [g for g in groups if g]


# The most groups of documents one cover is read for.
MAX_GROUPS = 4
# What leads a cover's next group of documents ("; and to the").
NEXT_GROUP_RE = re.compile(r"\s*[;,]?\s*and\s+to\s+(?:the\s+)?", re.I)


def _group_end(text: str, start: int) -> int | None:
    """Where one group of documents a cover names from ``start`` ends (its owner and date
    taken in); None when it names none there."""
    stop = NEXT_SENTENCE_RE.search(text, start, start + DOCUMENTS_REACH)
    nouns = list(
        DOCUMENT_RE.finditer(text, start, stop.start() if stop else start + DOCUMENTS_REACH)
    )
    if not nouns:
        return None
    # (not the abbreviation in brackets after a document: "(“SAI”)")
    nouns = [
        n for n in nouns if text[max(0, n.start() - 2) : n.start()].strip() not in BRACKET_OPENERS
    ]
    if not nouns:
        return None
    end = nouns[0].end()
    for noun in nouns[1:]:  # a list of documents: "the Adviser Class Prospectus, ... and
        # Service 2 Class Prospectuses"
        if not _list_gap(text[end : noun.start()]):
            break
        end = noun.end()
    tail = re.match(_ABBREVIATION, text[end:])
    end += tail.end() if tail else 0
    owner = OWNER_RE.match(text, end)
    if owner is not None:
        words = owner.group("owner").split(" ")
        if words[0].isupper():  # a name in capitals ends where words in capitals do
            words = list(itertools.takewhile(lambda w: w.isupper() or w == "&", words))
        name = OWNER_STOP_RE.sub("", " ".join(words))
        end = owner.start("owner") + len(name)
    dated = re.match(_DATED, text[end:], re.I)
    end += dated.end() if dated else 0
    return end
