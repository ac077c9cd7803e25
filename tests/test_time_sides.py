"""A date a question places its answer before or after ("who managed the fund before March 31,
2003?") must not be answered by evidence that states that same date as the start of what it
tells ("Effective March 31, 2003, the following people manage the fund"): those are the
managers from that date on. The same evidence answers the question asked of that side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.answer import Citation
from assistant.engine import Assistant

TEXT_FILING = """BRIARWOOD INVESTMENTS

Supplement to the currently effective prospectus for the following fund:

Briarwood Harbor Growth Fund

Effective March 31, 2003, the following replaces "The portfolio managers" sub-section of the
"Who Manages the Funds" section:

The following people handle the day-to-day management of the fund:

Robert Halvorsen, Managing Director of the adviser and Co-Manager of the fund.
Joined the adviser in 1994 and the fund in 2002. Previously managed European equities.

Susan Brightwater, Director of the adviser and Co-Manager of the fund. Joined
the adviser in 1993 and the fund in 2002.
"""

HTML_FILING = """<html><body>
<p>QUILLON FUNDS TRUST</p>
<p>Quillon Cedar Income Fund</p>
<p>Supplement dated June 2, 2021 to the Prospectus dated May 1, 2021</p>
<p>Beginning July 1, 2021, Mary Okonkwo and James Venner are the portfolio managers of the \
Quillon Cedar Income Fund.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who managed the fund before March 31, 2003?",
        "Who was the portfolio manager prior to March 31, 2003?",
        "who ran the fund until March 31 2003",
    ],
)
def test_managers_from_a_date_do_not_answer_before_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": TEXT_FILING}).ask(question)
    assert not a.answered, a.answer
    assert "Halvorsen" not in a.answer, a.answer
    assert "before March 31" in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who manages the fund from March 31, 2003?",
        "Who handles day-to-day management of the fund effective March 31, 2003?",
    ],
)
def test_the_same_evidence_answers_its_own_side(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": TEXT_FILING}).ask(question)
    assert a.answered, a.answer
    assert "Halvorsen" in a.answer and "Brightwater" in a.answer, a.answer
    side = next(c for c in a.checks if c.kind == "time_side")
    assert side.ok and side.value == "after March 31, 2003"


def test_a_start_worded_otherwise_in_a_web_filing(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"q.htm": HTML_FILING}).ask(
        "Who were the portfolio managers of Quillon Cedar Income Fund before July 1, 2021?"
    )
    assert not a.answered, a.answer
    assert "Okonkwo" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("Who managed the fund before March 31, 2003?", "before"),
        ("Who has managed it since March 31, 2003?", "after"),
        ("Who was named in March 2003?", None),
        ("What changed as of 2003?", "after"),
    ],
)
def test_the_side_a_question_asks(question: str, side: str | None) -> None:
    q = verify.words(question)
    date = (
        "March 31, 2003" if "31" in question else ("March 2003" if "March" in question else "2003")
    )
    assert verify.time_side(q, date) == side


def test_evidence_saying_both_sides_is_not_contrary() -> None:
    value = "before March 31, 2003"
    both = verify.words(
        "Effective March 31, 2003, Susan Brightwater replaces Robert Halvorsen, who managed the "
        "fund before March 31, 2003."
    )
    assert verify._date_side(value, both) == "own"
    start = verify.words("Effective March 31, 2003, Susan Brightwater manages the fund.")
    assert verify._date_side(value, start) == "other"
    assert verify._date_side(value, verify.words("Susan Brightwater manages the fund.")) is None


def _evidence(text: str, context: str = "") -> verify.Evidence:
    cite = Citation(1, "r.htm", None, "", 1, 2, 0, len(text), text)
    return verify.Evidence(cite, context, ("Quillon Cedar Income Fund",), ("June 2, 2021",), ())


@pytest.mark.parametrize(
    ("text", "context", "ok"),
    [
        # a change tells both sides: its date is no contrary evidence
        (
            "Effective July 1, 2021, Mary Okonkwo replaces Daniel Ferris as portfolio manager.",
            "",
            True,
        ),
        (
            "Effective July 1, 2021, the custodian will change from Acme Trust to Birch Bank.",
            "",
            True,
        ),
        ("Effective July 1, 2021, Mary Okonkwo is the portfolio manager of the fund.", "", False),
        # an instruction above that dates the text it brings in
        (
            "Mary Okonkwo, Vice President, has managed the fund since 2021.",
            "Effective July 1, 2021, the following replaces the Portfolio Manager section:",
            False,
        ),
        # a sentence above about other people dates only them
        (
            "Daniel Ferris will no longer serve as portfolio manager after June 30, 2021.",
            "Effective July 1, 2021, Mary Okonkwo will manage the fund.",
            True,
        ),
    ],
)
def test_which_evidence_is_dated_on_the_other_side(text: str, context: str, ok: bool) -> None:
    wanted = [
        c
        for c in verify.constraints(
            "Who was the portfolio manager before July 1, 2021?", dates=["July 1, 2021"]
        )
        if c.kind == "time_side"
    ]
    assert [c.value for c in wanted] == ["before July 1, 2021"]
    (check,) = verify.verify(wanted, [_evidence(text, context)])
    assert check.ok is ok


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Prior to joining the adviser, Mary Okonkwo was an analyst at a bank.", False),
        ("Ms. Okonkwo previously worked as a credit analyst.", False),
        ("Daniel Ferris, formerly a trader, manages the fund.", False),
        ("Mary Okonkwo replaces Daniel Ferris as portfolio manager.", True),
        ("The fund was previously managed by Daniel Ferris.", True),
        ("Daniel Ferris will no longer serve as portfolio manager.", True),
        # an instruction to the reader replaces a part of the prospectus, not a person
        ("The following replaces the Portfolio Managers section of the prospectus:", False),
    ],
)
def test_a_career_is_no_change_of_the_fund(text: str, said: bool) -> None:
    assert verify.says_change(verify.words(text)) is said


BIOGRAPHY = """Cedarline Funds
Supplement dated May 25, 2019
Cedarline High Income Fund
The following replaces the Portfolio Managers section of the prospectus.
Portfolio Managers
Mary Okonkwo, Senior Vice President, has served on teams managing fixed-income investments \
since joining the adviser in 2018. Prior to joining the adviser, Ms. Okonkwo worked at a bank.
James Venner, Vice President, has served on teams managing fixed-income investments since \
joining the adviser in 2008.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who were the fund's portfolio managers before the May 25, 2019 supplement?",
        "Who was the previous portfolio manager of the Cedarline High Income Fund?",
    ],
)
def test_a_biography_does_not_say_who_managed_before(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.txt": BIOGRAPHY}).ask(question)
    assert not a.answered, a.answer
    assert "Okonkwo" not in a.answer, a.answer


@pytest.mark.parametrize(
    ("value", "text", "side"),
    [
        # a month and year asked, the filing's date with its day
        ("before September 2009", "Effective September 14, 2009, the following replaces",
         "other"),
        ("after September 2009", "Effective September 14, 2009, the following replaces", "own"),
        ("before September 2009", "Until September 30, 2009, the minimum was $2,500", "own"),
        ("before March 31, 2003", "Effective March 31, 2003, the following replaces", "other"),
        # another day of the month is another date
        ("before March 31, 2003", "Effective March 1, 2003, the following replaces", None),
    ],
)  # fmt: skip
def test_the_side_a_text_dates(value: str, text: str, side: str | None) -> None:
    assert verify._date_side(value, verify.words(text)) == side
