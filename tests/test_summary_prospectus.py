"""Questions a fund analyst asks of a summary prospectus (497K), on small HTML filings of our
own: what the objective does not say is not answered with the objective."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.compose import Weights
from assistant.engine import Assistant

BOND_FUND = (
    "<html><body><p>Harborgate Core Plus Bond Fund</p>"
    "<p>Summary Prospectus dated June 30, 2025</p>"
    "<h2>Investment Objective</h2>"
    "<p>The Fund seeks high total investment return through a combination of current income "
    "and capital appreciation.</p>"
    "<h2>Average Annual Total Returns</h2><table>"
    "<tr><td>(for the periods ended December 31, 2024)</td><td>Past 1 Year</td>"
    "<td>Past 5 Years</td></tr>"
    "<tr><td>Class Y - Return Before Taxes</td><td>0.75%</td><td>0.34%</td></tr>"
    "<tr><td>Summit U.S. Aggregate Bond Index</td><td>1.25%</td><td>-0.33%</td></tr>"
    "</table></body></html>"
)


@pytest.mark.parametrize(
    "question", ["Which index does the fund track?", "Which index is the fund compared with?"]
)
def test_an_objective_that_names_no_index_does_not_answer_for_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    fund = assistant_over({"f.html": BOND_FUND})
    a = fund.ask(question, doc="f.html")
    assert "total investment return" not in a.answer, a.answer
    assert not a.answered or "Summit U.S. Aggregate Bond Index" in a.answer, a.answer


LIMITS = """HARBORGATE MUNICIPAL FUND
Summary Prospectus dated June 27, 2025
The Fund invests at least 80% of its net assets (plus any borrowings for investment purposes)
in municipal securities.

Borrowing and Leverage Risk. The Fund can borrow up to one-third of the value of its total
assets (including the amount borrowed) from banks.
"""


@pytest.mark.parametrize(
    "question",
    ["How much can the fund borrow?", "Up to how much of its assets may the fund borrow?"],
)
def test_a_share_in_words_is_an_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    fund = assistant_over({"m.txt": LIMITS})
    a = fund.ask(question, doc="m.txt")
    assert a.answered and "one-third" in a.answer, a.answer


CLOSED_FUND = """HARBORGATE INVESTMENT TRUST
Harborgate Enterprise Fund
Supplement dated March 31, 2020
Investors who meet certain criteria may be able to invest in the Fund, as existing shareholders
invested in the Fund are permitted to continue to purchase shares through their existing Fund
accounts and to reinvest any dividends or capital gains distributions in such accounts, absent
highly unusual circumstances, while shares held in a closed Fund account may be reallocated to a
different form of ownership under certain circumstances, including mandatory retirement
distributions, legal proceedings and estate settlements, and registered investment advisers may
continue to invest in the Fund through an existing omnibus account at a financial institution
on behalf of clients who are current Fund shareholders, and sponsors of employer-sponsored
retirement plans that offer the Fund as an option on the date of this supplement may add the
Fund to other plans they sponsor, at the discretion of the Fund's officers and its transfer
agent, whose decision is final.
"""


def test_a_run_on_sentence_is_shown_where_most_question_words_are(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"c.txt": CLOSED_FUND})
    a = fund.ask("May registered investment advisers continue to invest in the fund?", doc="c.txt")
    assert a.answered and "registered investment advisers may continue" in a.answer, a.answer


def test_the_piece_to_cut_around_is_where_most_question_words_are() -> None:
    # "continue" weighs most, and comes first alone; the stretch that holds it with the other
    # words of the question is later
    weights = Weights(
        ["registered", "advisers", "continue"],
        {"regist": 3.0, "advis": 3.0, "continu": 5.0},
        set(),
    )
    text = (
        "Existing shareholders may continue to purchase shares. "
        + "Other words of no interest stand here. " * 8
        + "Registered investment advisers may continue to invest for clients."
    )
    piece = weights.focus_piece(text)
    assert piece is not None and piece.startswith("Registered investment advisers")
    assert weights.focus_piece("Nothing of the question here.") is None


TEAM_TABLE = (
    "<html><body><p>Harborgate Short Duration Income Fund</p>"
    "<p>Summary Prospectus dated August 28, 2025</p>"
    "<h2>Management</h2>"
    "<p>Investment Adviser: Harborgate Investment Management LLC</p>"
    "<table><tr><td>Portfolio Managers</td><td>Title</td><td>Service Date</td></tr>"
    "<tr><td>Oren Valdisson</td><td>Managing Director</td><td>Since 2012</td></tr>"
    "<tr><td>Pilar Quenneville</td><td>Director</td><td>Since 2024</td></tr>"
    "<tr><td>Tamsin Oyelaran</td><td>Director</td><td>Since 2024</td></tr>"
    "</table></body></html>"
)
TEAM_PROSE = """HARBORGATE MULTISECTOR BOND FUND
Summary Prospectus dated August 6, 2025

Portfolio Managers

Dorian K. Halvorsen, CFA and Wenna T. Abernethy are jointly and primarily responsible for the
day-to-day management of the Fund. Mr. Halvorsen and Ms. Abernethy have been portfolio managers
of the Fund since its inception.
"""
ONE_MANAGER = """HARBORGATE CORE BOND FUND
Summary Prospectus dated May 1, 2025

Portfolio Manager

Ingrid Castellano has been the portfolio manager of the Fund since 2012.
"""
NO_MANAGERS = """HARBORGATE VARIABLE INCOME PORTFOLIO
Summary Prospectus dated July 18, 2025

Fees and Expenses

Until September 5, 2027, the Adviser has contractually agreed to waive a portion of its
management fee for a period of two years.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Since when has the portfolio manager managed the fund?",
        "How long have the portfolio managers managed the fund?",
        "When did the portfolio managers start managing the fund?",
    ],
)
def test_since_when_the_managers_manage_the_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    filings = assistant_over(
        {"t.html": TEAM_TABLE, "p.txt": TEAM_PROSE, "o.txt": ONE_MANAGER, "n.txt": NO_MANAGERS}
    )
    # every manager with their date, not one manager's date for a team
    team = filings.ask(question, doc="t.html")
    assert team.answered, team.answer
    assert "Oren Valdisson since 2012" in team.answer, team.answer
    assert "Pilar Quenneville and Tamsin Oyelaran since 2024" in team.answer, team.answer
    assert set(team.items) == {"2012", "2024"}
    # no date but what the filing says fills the place of one
    prose = filings.ask(question, doc="p.txt")
    assert prose.answered and "since its inception" in prose.answer, prose.answer
    one = filings.ask(question, doc="o.txt")
    assert one.answered and one.items == ("2012",) and "Ingrid Castellano" in one.answer
    # a filing that names no manager does not answer with its management fee waiver's term
    none = filings.ask(question, doc="n.txt")
    assert not none.answered, none.answer


def test_managers_named_without_dates_do_not_answer_since_when(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    filings = assistant_over(
        {
            "u.txt": "HARBORGATE GLOBAL FUND\nSummary Prospectus dated May 1, 2025\n\n"
            "Portfolio Managers\n\nCaspian R. Mollenhauer and Ysolde Brannigan are the "
            "portfolio managers of the Fund. The Fund's management fee is 0.50%.\n"
        }
    )
    a = filings.ask("Since when have the portfolio managers managed the fund?", doc="u.txt")
    assert not a.answered, a.answer
    assert "not since when" in a.answer and a.related, a.answer
