"""An answer joined from sentences of several passages stays an answer, not a passage: cut to
the length limit around the values it gives, its citation marks kept."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.answer import Answer, Citation
from assistant.engine import Assistant, _fitted
from assistant.evaluate import MAX_ANSWER_CHARS

LONG_A = (
    "On November 11, 2013, the Board of Directors of the Northwind Global Infrastructure Fund "
    "(the Fund) approved a proposed merger under which the assets of the Fund would be "
    "transferred to the Northwind Real Assets Fund in exchange for shares of that fund, on "
    "terms the Board found fair to the shareholders of both funds after long review. [1]"
)
LONG_B = (
    "If the proposal is approved by a majority of the Fund's shareholders, the merger is "
    "expected to take place on or around May 23, 2014, at which point Fund shareholders will "
    "receive shares of the Northwind Real Assets Fund representing the same total value as "
    "their shares of the Fund on that date, without any sales charge being paid. [2]"
)


def _answer(text: str, items: tuple[str, ...]) -> Answer:
    cite = Citation(n=1, doc="m.txt", accession=None, section="", line_start=1, line_end=1,
                    char_start=0, char_end=10, text="x")  # fmt: skip
    return Answer(question="q", answered=True, answer=text, items=items, citations=(cite,))


def test_joined_sentences_are_cut_around_their_values() -> None:
    fitted = _fitted(_answer(f"{LONG_A} {LONG_B}", ("Northwind Real Assets Fund", "May 23, 2014")))
    plain = re.sub(r"\[\d+\]", "", fitted.answer)
    assert len(plain) <= MAX_ANSWER_CHARS, len(plain)
    assert "Northwind Real Assets Fund" in plain and "May 23, 2014" in plain
    assert "[1]" in fitted.answer and "[2]" in fitted.answer


def test_a_short_answer_is_left_as_it_is() -> None:
    short = _answer("The merger is expected on May 23, 2014. [1]", ("May 23, 2014",))
    assert _fitted(short) == short


MERGER = f"""NORTHWIND GLOBAL INFRASTRUCTURE FUND
Supplement dated November 15, 2013 to the Prospectus dated May 1, 2013

{LONG_A[:-4]}

Shareholders will be asked to vote at a special meeting.

{LONG_B[:-4]}
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which fund would absorb the Northwind Global Infrastructure Fund, and when is the "
        "merger expected?",
        "Into which fund is the Global Infrastructure Fund merging, and when?",
    ],
)
def test_a_two_part_answer_from_two_passages_stays_within_the_limit(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MERGER}).ask(question, doc="m.txt")
    assert a.answered, a.answer
    plain = re.sub(r"\[\d+\]", "", a.answer)
    assert len(plain) <= MAX_ANSWER_CHARS, a.answer
    assert "Northwind Real Assets Fund" in plain and "May 23, 2014" in plain, a.answer


def test_a_long_list_says_its_first_entries_and_the_rest_below() -> None:
    names = tuple(f"Northwind Example Risk Number {i}" for i in range(1, 20))
    said = "ETF Structure Risk: " + ", ".join(names) + " [1][2]"
    fitted = _fitted(_answer(said, names))
    plain = re.sub(r"\[\d+\]", "", fitted.answer)
    assert len(plain) <= MAX_ANSWER_CHARS
    assert plain.rstrip().endswith("and more (listed below)"), fitted.answer
    assert "…" not in fitted.answer and fitted.answer.endswith("[1][2]")
    assert fitted.items == names


def test_values_close_together_are_shown_once() -> None:
    from assistant.compose import trim

    text = (
        "The Adviser has given a binding contractual undertaking to limit the amount of total "
        "annual fund operating expenses to 1.10%, 1.85%, 0.80%, 1.10% and 0.85% of the Fund's "
        "average daily net assets for Class A, C, N, T and Y shares, respectively, exclusive of "
        "brokerage expenses, interest expense, taxes, acquired fund fees and expenses, "
        "organizational and extraordinary expenses. This undertaking is in effect through March "
        "31, 2027 and may be terminated before then only with the consent of the Fund's Board of "
        "Trustees, which it has not sought and does not expect to seek."
    )
    cut = trim(text, ["1.10%", "1.85%", "0.80%", "0.85%", "March 31, 2027"])
    assert len(cut) <= MAX_ANSWER_CHARS, cut
    assert cut.count("1.85%") == 1 and "March 31, 2027" in cut, cut
