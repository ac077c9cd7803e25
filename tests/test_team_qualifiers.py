"""Words that narrow a fund's team ("the agency MBS portfolio managers", "the Quillfeather
Capital PMs") keep the managers the filing describes with them: under a heading that says them,
or in the rows below a table's row-spanning cell that does. Plain words ("the current
portfolio managers") keep the whole team, and a typo that spells a real word the filings never
use ("mangers") is read as the filings' word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import team_qualifier

HEADED = """<html><body>
<p>BRISTLECONE CORE BOND FUND</p>
<p>Supplement dated June 30, 2025 to the Summary Prospectus dated February 1, 2025</p>
<p>The portfolio managers named below manage the Fund.</p>
<p><b>Portfolio Managers</b></p>
<p>Oriel T. Vantongeren, Co-Head of the Relative Return Team of the Adviser, has served as \
co-lead portfolio manager of the Fund since 1996. Pilar Estrebou, Director of the Adviser, has \
served as co-lead portfolio manager of the Fund since 1999.</p>
<p><b>Agency MBS Portfolio Managers</b></p>
<p>Ivo Andalusi, Agency MBS Strategist of the Adviser, has served as co-agency MBS portfolio \
manager of the Fund since 2020. Bartholomew W. Sandoval, Co-Portfolio Manager for the \
Dedicated Agency MBS Strategies at the Adviser, has served as co-agency MBS portfolio manager \
of the Fund since 2020.</p>
<p><b>Purchase and Sale of Fund Shares</b></p>
<p>The minimum initial investment is $2,500.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who are the agency MBS portfolio managers?",
        "List the agency MBS PMs of the fund.",
        "which agency MBS portfolio managers does the fund have",
        "Who are the agency MBS portfolio mangers on Bristlecone Core Bond Fund?",
    ],
)
def test_the_managers_under_a_heading_that_narrows_the_team(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"h.htm": HEADED}).ask(question)
    assert a.answered, a.answer
    assert "Ivo Andalusi" in a.answer and "Bartholomew W. Sandoval" in a.answer, a.answer
    assert "Vantongeren" not in a.answer and "Estrebou" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who are the portfolio managers of the fund?",
        "Who are the current portfolio managers?",
        "who are the fund's portfolio mangers?",
    ],
)
def test_plain_words_keep_the_whole_team(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"h.htm": HEADED}).ask(question)
    assert a.answered, a.answer
    for name in ("Vantongeren", "Estrebou", "Ivo Andalusi", "Sandoval"):
        assert name in a.answer, a.answer


SPANNED = """<html><body>
<p>NYLAND SHORT DURATION INCOME FUND</p>
<p>Supplement dated March 3, 2025 to the Prospectus dated February 28, 2025</p>
<p><b>Management</b></p>
<p>The individuals listed below are jointly and primarily responsible for day-to-day \
portfolio management of the Fund.</p>
<table>
<tr><td>Subadvisor</td><td>Portfolio Manager</td><td>Service Date</td></tr>
<tr><td rowspan="2">Quillfeather Capital LLC</td><td>Amadeus Tressler, Executive Managing \
Director</td><td>Since 2012</td></tr>
<tr><td>Dorotea Chanfrau, Managing Director</td><td>Since 2024</td></tr>
<tr><td rowspan="2">Larkspur Partners LLC</td><td>Wendell Ocampo-Ruiz, Director</td>\
<td>Since 2019</td></tr>
<tr><td>Nerissa Holloway, Managing Director</td><td>Since 2020</td></tr>
</table>
<p><b>How to Purchase and Sell Shares</b></p>
<p>You may purchase or sell shares of the Fund on any business day.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("question", "kept", "left"),
    [
        (
            "List the Quillfeather Capital PMs on the fund.",
            ("Amadeus Tressler", "Dorotea Chanfrau"),
            ("Ocampo-Ruiz", "Holloway"),
        ),
        (
            "Which Larkspur Partners portfolio managers manage the fund?",
            ("Wendell Ocampo-Ruiz", "Nerissa Holloway"),
            ("Tressler", "Chanfrau"),
        ),
    ],
)
def test_rows_below_a_spanning_cell_are_described_by_it(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    kept: tuple[str, ...],
    left: tuple[str, ...],
) -> None:
    a = assistant_over({"s.htm": SPANNED}).ask(question)
    assert a.answered, a.answer
    for name in kept:
        assert name in a.answer, a.answer
    for name in left:
        assert name not in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who are the agency MBS portfolio managers?", "agency MBS"),
        ("Which DF Dent PMs are on the Small-Mid Cap Equity Fund?", "DF Dent"),
        ("Who are the fund's current portfolio managers?", ""),
        ("Which person became a portfolio manager of the fund in December 2024?", ""),
        ("Who are the co-portfolio managers of the Fund?", ""),
        ("Which Harbor Income Fund portfolio managers left?", ""),
    ],
)
def test_the_words_that_narrow_a_team(question: str, words: str) -> None:
    assert team_qualifier(question) == words
