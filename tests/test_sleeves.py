"""A multi-manager fund gives each part of its portfolio (a "sleeve", a strategy) to a firm in a
table ("Strategy | Sub-Adviser"), and lists each firm's managers under the firm's name in its
manager table (the firm a line of its own over its rows, its name ending "L.P." too). "Who runs
the managed futures sleeve?" is answered by that firm's managers, not the whole table; a firm
named by its first word ("the Quenby sleeve") is that firm, and one whose managers the filing
does not name gets no answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from index.facts import extract_facts
from index.loaders import load_bytes
from index.metadata import extract
from index.sections import split


def _rows(*cells: tuple[str, ...]) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)


def _firm(name: str) -> str:
    return f'<tr><td colspan="3">{name}</td></tr>'


FILING = (
    "<html><body><p>Northbeam Multi-Strategy Alternatives Fund</p>"
    "<p>Summary Prospectus | April 30, 2025</p>"
    "<h2>Principal Investment Strategies</h2>"
    "<p>The Fund allocates its assets among several alternative strategies, each managed by "
    "one or more sub-advisers selected and overseen by the Adviser. The current strategies, "
    "Sub-Advisers and expected allocation ranges are:</p><table>"
    + _rows(
        ("Strategy", "Sub-Adviser", "Expected Allocation Range"),
        ("Long/Short Equity", "Calder Ridge Capital LP", "15% - 40%"),
        ("Credit and Event Driven", "Halvard Credit Management, L.P.", "10% - 30%"),
        ("Managed Futures", "Lantern Quantitative Strategies LLC", "5% - 25%"),
        ("Merger Arbitrage", "Castlegate Capital Advisors LLC", "5% - 20%"),
    )
    + "</table><p>Castlegate Capital Advisors LLC has served as a Sub-Adviser to the Fund since "
    "February 3, 2025, when it replaced Quenby Arbitrage Partners LLC as the Sub-Adviser "
    "responsible for the Merger Arbitrage strategy.</p>"
    "<h2>Management</h2><p>Investment Adviser. Northbeam Advisors, LLC</p>"
    "<p>Portfolio Managers.</p><table>"
    + _rows(("Name", "Title", "Managed the Fund Since"))
    + _firm("Northbeam Advisors, LLC")
    + _rows(("Jonas Keller", "Chief Investment Officer", "2016"))
    + _firm("Calder Ridge Capital LP")
    + _rows(("Anselm Grey", "Managing Partner", "2016"))
    + _firm("Halvard Credit Management, L.P.")
    + _rows(("Rupert Lind", "Managing Partner", "2016"), ("Dana Trow", "Partner", "2023"))
    + _firm("Lantern Quantitative Strategies LLC")
    + _rows(("Emeric Stone", "Head of Systematic Research", "2018"))
    + _firm("Castlegate Capital Advisors LLC")
    + _rows(("Colette Hart", "Managing Director", "2025"))
    + "</table><h2>Purchase and Sale of Fund Shares</h2><p>You may buy or sell shares of "
    "the Fund on any business day.</p></body></html>"
)


EVERY_MANAGER = ["Jonas Keller", "Anselm Grey", "Rupert Lind", "Dana Trow", "Emeric Stone",
                 "Colette Hart"]  # fmt: skip


def test_each_manager_is_of_the_firm_heading_their_rows() -> None:
    doc = load_bytes("f.html", FILING.encode())
    _, passages = split(doc)
    firms = {
        f.subject: f.attr("firm")
        for f in extract_facts(passages, extract(doc, passages))
        if f.kind == "manages"
    }
    assert firms == {
        "Jonas Keller": "Northbeam Advisors, LLC",
        "Anselm Grey": "Calder Ridge Capital LP",
        "Rupert Lind": "Halvard Credit Management, L.P.",
        "Dana Trow": "Halvard Credit Management, L.P.",
        "Emeric Stone": "Lantern Quantitative Strategies LLC",
        "Colette Hart": "Castlegate Capital Advisors LLC",
    }


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who runs the managed futures sleeve?", ["Emeric Stone"]),
        ("Who manages the credit and event driven strategy?", ["Rupert Lind", "Dana Trow"]),
        ("Who are the Halvard portfolio managers?", ["Rupert Lind", "Dana Trow"]),
        ("Who are the portfolio managers?", EVERY_MANAGER),
    ],
)
def test_the_part_asked_is_its_firm_s(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: list[str]
) -> None:
    answer = assistant_over({"f.html": FILING}).ask(question, doc="f.html")
    assert answer.answered and list(answer.items) == expected, answer.answer


def test_a_firm_whose_managers_are_not_named_gets_none(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    answer = assistant_over({"f.html": FILING}).ask(
        "Who managed the merger arbitrage sleeve at Quenby before the change?", doc="f.html"
    )
    assert not answer.answered, answer.answer
