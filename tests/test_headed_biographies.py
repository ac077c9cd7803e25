"""Biographies set under a heading of the fund's managers ("Portfolio Managers", "Portfolio
Manager(s)", "The Fund Management Team"), each opening with the person's name and title, name
the fund's managers even when no sentence says "manages"; biographies under another heading
(the trustees) do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_time_sides import BIOGRAPHY

from assistant.engine import Assistant

TEXT = BIOGRAPHY  # (a supplement replacing its Portfolio Managers section)

HTML = """<html><body>
<p>QUILLON FUNDS TRUST</p>
<p>Quillon Cedar Income Fund</p>
<p>Supplement dated June 2, 2021 to the Prospectus dated May 1, 2021</p>
<p><b>Portfolio Manager(s)</b></p>
<p>Daniel Ferris, Managing Director, has been with the adviser since 2004.</p>
<p>Laura Kessler, Director, has been with the adviser since 2012.</p>
</body></html>
"""

TRUSTEES = """<html><body>
<p>QUILLON FUNDS TRUST</p>
<p>Quillon Cedar Income Fund</p>
<p>Supplement dated June 2, 2021 to the Statement of Additional Information</p>
<p><b>Independent Trustees</b></p>
<p>Daniel Ferris, Trustee, has been a partner of a law firm since 2004.</p>
<p>Laura Kessler, Trustee, has been a professor of finance since 2012.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("filing", "name", "question", "people"),
    [
        (TEXT, "t.txt", "Who manages the fund?", {"Mary Okonkwo", "James Venner"}),
        (TEXT, "t.txt", "Who are the portfolio managers?", {"Mary Okonkwo", "James Venner"}),
        (HTML, "h.htm", "Who are the fund's PMs?", {"Daniel Ferris", "Laura Kessler"}),
    ],
)
def test_biographies_under_a_managers_heading_name_the_managers(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    name: str,
    question: str,
    people: set[str],
) -> None:
    a = assistant_over({name: filing}).ask(question)
    assert a.answered, a.answer
    assert set(a.items) == people, a.answer


def test_biographies_under_another_heading_name_no_managers(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.htm": TRUSTEES}).ask("Who manages the fund?")
    assert not a.answered or "Ferris" not in a.answer, a.answer


CAREERS = """NORTHWIND STRATEGIC EQUITY ALLOCATION FUND
Supplement dated November 13, 2023 to the Prospectus

Portfolio Managers

Nora DeWitt, CFA
|·
|Managing Director and Senior Portfolio Manager
|·
|Joined fund team in 2017
Ewan McAllister
|·
|Managing Director and Head of Quantitative Research
|·
|Joined fund team in 2013
|·
|Began business career in 1997
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("When did Nora DeWitt begin her business career?", None),  # her row does not say
        ("When did Ewan McAllister begin his business career?", "1997"),
    ],
)
def test_a_row_under_another_managers_name_is_not_of_the_one_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str | None
) -> None:
    # (names with a capital inside, "McAllister", "DeWitt", head their rows too)
    a = assistant_over({"c.txt": CAREERS}).ask(question, doc="c.txt")
    assert (a.answered and said in a.answer) if said else not a.answered, a.answer
