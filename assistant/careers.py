"""Career histories in portfolio managers' and trustees' biographies.

A biography states a person's posts in two layouts: as entries of a list under the person's
name ("Vice president and senior portfolio manager, Example Asset Management, LLC (since
2009)", "Cofounder and director of research, Example Capital (2005-2009)") and in prose ("From
2005 to 2009, he was managing director for Example Capital Management.", "Prior to joining the
Adviser in 2014, she was an analyst at Example Partners."). ``posts`` reads them as records
(title, employer, first and last year, whether the post runs to today); ``asked`` tells which
post a question wants (the current one, the one the person founded, the one before joining an
employer) and ``choose`` picks it, or nothing when the biography does not say.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from index.sentences import split as split_sentences

DATA = Path(__file__).parent / "data" / "careers.json"
YEAR = r"(?:19|20)\d{2}"
# The period that closes a list entry: "(since 2009)", "(2005-2009)", "(2004)", "(2019-present)".
PERIOD_RE = re.compile(
    rf"\(\s*(?P<period>since\s+{YEAR}|{YEAR}(?:\s*(?:-|–|—|to)\s*(?:{YEAR}|present|current"
    rf"|today))?)\s*\)\s*[.;]?\s*$",
    re.I,
)
YEAR_RE = re.compile(YEAR)
# Who a biography's sentence is about, once it has named the person.
_SUBJECT = r"(?:he|she|they|(?:mr|ms|mrs|dr)\.?\s+[A-Z][\w'’-]+)"
_WAS = r"(?:was|served\s+as|worked\s+as|acted\s+as|held\s+the\s+position\s+of)"
# "From 2005 to 2009, he was managing director-quantitative investments for Example Capital."
FROM_TO_RE = re.compile(
    rf"\bfrom\s+(?P<start>{YEAR})\s+(?:to|until|through)\s+(?P<end>{YEAR}|the\s+present)\s*,?\s+"
    rf"{_SUBJECT}\s+{_WAS}\s+(?:an?\s+|the\s+)?(?P<role>[^.;]+?)\s+(?:for|at|with|of)\s+"
    r"(?P<org>(?-i:[A-Z])[^;]+?)(?:\.\s*$|\.\s+[A-Z]|;|,\s+(?:where|and|a)\b|$)",
    re.I,
)
# "he was a portfolio manager at Example Partners from 2001 to 2006"
WAS_FROM_TO_RE = re.compile(
    rf"\b{_SUBJECT}\s+{_WAS}\s+(?:an?\s+|the\s+)?(?P<role>[^.;]+?)\s+(?:for|at|with)\s+"
    rf"(?P<org>(?-i:[A-Z])[^.;]+?)\s+from\s+(?P<start>{YEAR})\s+(?:to|until|through)\s+"
    rf"(?P<end>{YEAR}|the\s+present)\b",
    re.I,
)
# "Prior to joining the Adviser in 2014, she was an analyst at Example Partners."
PRIOR_RE = re.compile(
    r"\b(?:prior\s+to|before)\s+(?:re)?joining\s+(?P<joined>[^,]+?)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<end>"
    rf"{YEAR}))?\s*,\s*{_SUBJECT}\s+{_WAS}\s+(?:an?\s+|the\s+)?(?P<role>[^.;]+?)\s+"
    r"(?:for|at|with)\s+(?P<org>(?-i:[A-Z])[^.;]+?)(?:\s*[.;]|,\s+(?:where|and)\b|$)",
    re.I,
)
# "Joined Example Asset Management in 1995", "since 2009 when he joined Example Investments".
JOINED_RE = re.compile(
    rf"\b[Jj]oined\s+(?P<org>(?-i:[A-Z])[\w&.,'’ -]+?)\s+in\s+(?P<start>{YEAR})\b"
    rf"|\bsince\s+(?P<start2>{YEAR}),?\s+when\s+{_SUBJECT}\s+joined\s+"
    r"(?P<org2>[A-Z][\w&.'’ -]+?)(?=[.,;]|$)"
)

# What a question asks of a career.
FOUNDED_ASKED_RE = re.compile(r"\bco-?found(?:ed|er|ing)?\b|\bfound(?:ed|er|ing)\b", re.I)
CURRENT_ASKED_RE = re.compile(
    r"\b(?:current|currently|present|now|today)\b[^?]*\b(?:title|employer|role|position|job|"
    r"firm|company|work)\b|\bwho\s+(?:does|do)\s+\S+(?:\s+\S+){0,3}\s+work\s+for\b",
    re.I,
)
BEFORE_ASKED_RE = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:re)?join(?:ing|ed)?\b|\b(?:before|prior\s+to)\s+(?:he|she|they)"
    r"\s+(?:re)?joined\b|\bprevious(?:ly)?\s+(?:firm|employer|role|job|position|company)\b",
    re.I,
)
# The employer a "before joining X" question names.
JOINED_ASKED_RE = re.compile(
    r"\b(?:re)?join(?:ing|ed)\s+(?P<org>.+?)(?:\s*[,?]|\s+and\b|\s+in\s+what\b|$)", re.I
)
# A question that wants a date or a length: the career reader gives posts, not those.
WHEN_ASKED_RE = re.compile(r"\b(?:when|what\s+year|how\s+long|since\s+when|for\s+how)\b", re.I)


@cache
def vocabulary() -> dict[str, frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Post:
    """One post of a career: its title, employer and years, and the text it was read from."""

    role: str
    org: str
    start: int | None
    end: int | None  # the last year; None when it runs to today or is not said
    current: bool  # "since 2009", "2019-present"
    text: str

    def shown(self) -> str:
        """ "Cofounder and director of research, Example Capital (2005-2009)"."""
        if self.current and self.start:
            period = f" (since {self.start})"
        elif self.start and self.end and self.end != self.start:
            period = f" ({self.start}-{self.end})"
        elif self.start:
            period = f" ({self.start})"
        elif self.end:
            period = f" (until {self.end})"
        else:
            period = ""
        head = ", ".join(x for x in (self.role, self.org) if x)
        return f"{head}{period}"


def _has_role_word(text: str) -> bool:
    roles = vocabulary()["role_words"]
    return any(w in roles for w in re.findall(r"[a-z][a-z-]*", text.lower()))


def _opens_with_role(text: str) -> bool:
    first = re.match(r"[A-Za-z][A-Za-z-]*", text)
    return bool(first) and first.group(0).lower() in vocabulary()["role_words"]


def read_entry(line: str) -> Post | None:
    """A list entry "<title>, <employer> (<period>)": the title is what comes before the first
    comma-separated part that opens with a capital and with no title word."""
    m = PERIOD_RE.search(line)
    if m is None:
        return None
    body = line[: m.start()].strip(" ,;")
    parts = [p.strip() for p in body.split(",")]
    opens_employer = [p[:1].isupper() and not _opens_with_role(p) for p in parts]
    cut = next((i for i in range(1, len(parts)) if opens_employer[i]), None)
    if cut is None:
        return None
    role, org = ", ".join(parts[:cut]), ", ".join(parts[cut:])
    if not _has_role_word(role) or len(role) > 120 or len(org) > 120:
        return None
    years = [int(y) for y in YEAR_RE.findall(m.group("period"))]
    period = m.group("period").lower()
    current = period.startswith("since") or any(w in period for w in vocabulary()["current_words"])
    start = years[0] if years else None
    end = None if current else (years[-1] if years else None)
    return Post(role, org.rstrip(". "), start, end, current, line.strip())


def read_sentence(sentence: str) -> list[Post]:
    """The posts a biography's sentence states."""
    out: list[Post] = []
    for rx in (FROM_TO_RE, WAS_FROM_TO_RE):
        for m in rx.finditer(sentence):
            role = m.group("role").strip()
            if not _has_role_word(role):
                continue
            current = not m.group("end")[:1].isdigit()
            end = None if current else int(m.group("end"))
            org = m.group("org").strip(" ,")
            out.append(Post(role, org, int(m.group("start")), end, current, sentence))
    for m in PRIOR_RE.finditer(sentence):
        role = m.group("role").strip()
        if _has_role_word(role):
            end = int(m.group("end")) if m.group("end") else None
            out.append(Post(role, m.group("org").strip(" ,"), None, end, False, sentence))
    return out


def joins(text: str) -> list[tuple[str, int]]:
    """(employer, year) of each "joined <employer> in <year>" a text states."""
    out = []
    for m in JOINED_RE.finditer(text):
        org = (m.group("org") or m.group("org2") or "").strip(" ,")
        year = m.group("start") or m.group("start2")
        if org and year:
            out.append((org, int(year)))
    return out


def posts(texts: Sequence[str]) -> list[Post]:
    """The posts of a biography given as its passages' texts, in the order written."""
    out: list[Post] = []
    for text in texts:
        entry = read_entry(text)
        if entry is not None:
            out.append(entry)
            continue
        for _, sentence in split_sentences(text):
            out.extend(read_sentence(sentence))
    return out


def asked(question: str) -> str | None:
    """Which post a question wants: "founded", "current", "before", or None (not a question
    a career's posts answer, such as one for a date or a length of time)."""
    if WHEN_ASKED_RE.search(question):
        return None
    if FOUNDED_ASKED_RE.search(question):
        return "founded"
    if CURRENT_ASKED_RE.search(question):
        return "current"
    if BEFORE_ASKED_RE.search(question):
        return "before"
    return None


# A question for a place of work rather than a post ("where did X work ...?", "which firm").
WHERE_ASKED_RE = re.compile(
    r"\bwhere\b|\b(?:firm|company|employer|organi[sz]ation|institution)s?\b", re.I
)
CAPITAL_RE = re.compile(r"\b[A-Z][\w&'’.-]*")
# The words of a sentence's subject that are no employer ("Mr. Tan", "He", "His").
_NO_EMPLOYER = frozenset({"mr", "ms", "mrs", "dr", "he", "she", "they", "his", "her", "their"})


def earlier_asked(question: str) -> str | None:
    """The words by which a question asks for a post held before another ("before joining
    American Century", "prior to joining the firm", "previous employer"), or None."""
    if asked(question) != "before":
        return None
    m = BEFORE_ASKED_RE.search(question)
    assert m is not None
    joined = JOINED_ASKED_RE.search(question, m.start())
    end = joined.end("org") if joined is not None else m.end()
    return question[m.start() : end].strip(" ,?")


def employer_asked(question: str) -> bool:
    """Whether a question asks where a person worked (an employer), not what post."""
    return WHERE_ASKED_RE.search(question) is not None


def states_earlier_post(text: str, named: str, employer: bool = False) -> bool:
    """Whether a text states a post held before another: a sentence with a phrase that sets
    a time before ("Prior to joining the Adviser", "His previous employment includes") and,
    after it, a name that ``named`` (the question's people and firms) does not hold (the
    earlier employer; unless ``employer`` is asked, a title will do), or an entry or sentence
    the career reader reads as a post that ended. "Prior to joining American Century, Mr. Tan
    worked" (a filing cut off there) states none."""
    known = {w.lower().strip(".") for w in CAPITAL_RE.findall(named)} | _NO_EMPLOYER
    if employer:
        known |= vocabulary()["role_words"]
    phrases = vocabulary()["earlier"]
    for _, sentence in split_sentences(text):
        low = sentence.lower()
        for phrase in phrases:
            at = low.find(phrase)
            while at >= 0:
                rest = sentence[at + len(phrase) :]
                if any(w.lower().strip(".") not in known for w in CAPITAL_RE.findall(rest)):
                    return True
                at = low.find(phrase, at + 1)
    return any(not p.current and p.org for p in posts([text]))


def _same_employer(asked_org: str, org: str) -> bool:
    """Whether an employer a question names is the one a post names: most of the question's
    capitalised name words are in it ("American Century" ~ "American Century Investments")."""
    wanted = {w.lower() for w in re.findall(r"\b[A-Z][\w&'’-]*", asked_org)}
    if not wanted:
        return False
    have = {w.lower() for w in re.findall(r"[\w&'’-]+", org)}
    return 2 * len(wanted & have) >= len(wanted) + (len(wanted) > 1)


def choose(
    question: str, found: Sequence[Post], joined: Sequence[tuple[str, int]]
) -> tuple[Post, tuple[str, int] | None] | None:
    """The post the question asks for among a biography's posts (and its "joined X in Y"
    statements), with the employer and year the biography says the person joined when the
    question asks for the post before joining one (so that the answer shows what bears out the
    question's employer); None when the biography does not state it."""
    want = asked(question)
    if want is None or not found:
        return None
    if want == "founded":
        words = vocabulary()["founder_words"]
        post = next((p for p in found if words & set(re.findall(r"[a-z-]+", p.role.lower()))), None)
        return (post, None) if post else None
    if want == "current":
        post = next((p for p in found if p.current), None)
        return (post, None) if post else None
    m = JOINED_ASKED_RE.search(question)
    target = m.group("org") if m else ""
    target = re.sub(r"^(?:the\s+)", "", target.strip(), flags=re.I)
    # the year the person joined the employer asked about
    anchor = next(
        ((org, y) for org, y in joined if target and _same_employer(target, org)), None
    ) or next(
        ((p.org, p.start) for p in found if p.start and target and _same_employer(target, p.org)),
        None,
    )
    if anchor is None and re.search(r"\b[A-Z]", target):
        return None  # an employer named in the question that the biography never joins
    year = anchor[1] if anchor else None
    earlier = [
        p
        for p in found
        if not p.current
        and p.end is not None
        and not (target and _same_employer(target, p.org))
        and (year is None or p.end <= year)
    ]
    if earlier:
        return max(earlier, key=lambda p: p.end or 0), anchor
    # "Prior to joining X, he was ...": the post the sentence sets before the employer asked
    prior = [p for p in found if p.end is None and not p.current and p.start is None]
    return (prior[0], anchor) if prior else None
