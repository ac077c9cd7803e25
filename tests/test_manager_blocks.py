"""Manager tables set out a block per firm ("Sub-Adviser" / the firm / "Portfolio Managers" /
a row of people): each person is the firm's whose block they stand in. A label repeated down
the table is no page furniture though it follows a page break; a firm labelled inside a
passage stands for the entries after it; a short line naming a firm by its legal form under a
role heading is the firm of the rows below."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from index.entities import extract_mentions
from index.facts import extract_facts
from index.loaders import load_bytes
from index.metadata import extract
from index.sections import split

FILLER = "\n".join(
    f"The Fund may invest in instruments of type {i} as the statement of additional "
    "information describes."
    for i in range(8)
)


def _page(n: int) -> str:
    """A page break as summary prospectuses print it: running head, page number, fund name."""
    return f"\n\nSummary Prospectus\n\n{n} of 5\n\nCastlegate Global Equity Fund\n\n"


# text layout: blocks of a label, a firm and its managers; one block after a page break
PAGED = (
    "CASTLEGATE FUNDS TRUST\nCastlegate Global Equity Fund\n"
    "Supplement dated May 1, 2025 to the Summary Prospectus dated March 1, 2025\n\n"
    "Principal Investment Strategies\n\n"
    + FILLER
    + _page(1)
    + FILLER
    + _page(2)
    + "Portfolio Management\n\nInvestment Adviser\n\nCastlegate Advisors, LLC\n\n"
    "Portfolio Managers\n\nAnna Brisk, CFA Portfolio Manager (since 05/23)\n\n"
    "Sub-Adviser\n\nNorthbeam Asset Management LLC\n\nPortfolio Managers\n\n"
    "Owen Teller, CFA Portfolio Manager (since 02/25)\n\n"
    "Sub-Adviser\n\nRidgeway Capital LLC\n\nPortfolio Managers\n\n"
    "Mina Osei Portfolio Manager (since 05/24)"
    + _page(3)
    + "Sub-Adviser\n\nHalvard Investment Partners LLP\n\nPortfolio Managers\n\n"
    "Leo Farrant, CFA Portfolio Manager (since 01/17)\n\n"
    "Purchase and Sale of Fund Shares\n\n" + FILLER + _page(4) + FILLER + "\n"
)

# one passage holding two firms' blocks
INLINE = (
    "NORTHBEAM FUNDS TRUST\nNorthbeam International Equity Fund\n"
    "Supplement dated May 1, 2025 to the Summary Prospectus dated March 1, 2025\n\n"
    "Portfolio Management\n\n"
    "Sub-Adviser Northbeam Investment Management Co. LLC Portfolio Managers Owen Teller, CFA "
    "Portfolio Manager (since 02/25) Sub-Sub-Adviser Northbeam Investment Management (UK) "
    "Limited Portfolio Manager Sara Lind, CFA Portfolio Manager (since 08/25) "
    "Sub-Adviser Halvard Investment Partners LLP Portfolio Manager Leo Farrant, CFA Portfolio "
    "Manager (since 01/17)\n\n"
    "Purchase and Sale of Fund Shares\n\nYou may purchase or sell shares of the Fund on any "
    "business day.\n"
)


def _block(label: str, firm: str, people: list[str]) -> str:
    cells = "".join(f"<td>{p}</td>" for p in people)
    return (
        f"<p><b>{label}</b></p><p>{firm}</p><p><b>Portfolio Managers</b></p>"
        f"<table><tr>{cells}</tr></table>\n"
    )


OPENING = (
    "<html><body><p>HALVARD FUNDS TRUST</p><p>Halvard Global Equity Fund</p>"
    "<p>Supplement dated May 1, 2025 to the Summary Prospectus dated March 1, 2025</p>"
    "<h2>Portfolio Management</h2>"
)
CLOSING = (
    "<h2>Purchase and Sale of Fund Shares</h2><p>You may purchase or sell shares of the "
    "Fund on any business day.</p></body></html>"
)
NORTHBEAM = _block(
    "Sub-Adviser",
    "Northbeam Asset Management LLC",
    [
        "Owen Teller, CFA Portfolio Manager (since 02/25)",
        "Lou Baird Portfolio Manager (since 02/25)",
    ],
)


def _adviser(firm: str) -> str:
    """The adviser's block, its two managers."""
    return _block(
        "Investment Adviser",
        firm,
        [
            "Anna Brisk, CFA Portfolio Manager (since 05/23)",
            "Carl Hume Portfolio Manager (since 05/23)",
        ],
    )


def _sub_adviser(firm: str) -> str:
    """A second sub-adviser's block, its two managers."""
    return _block(
        "Sub-Adviser",
        firm,
        [
            "Ruth Shand, CFA Portfolio Manager (since 05/24)",
            "Kai Wong Portfolio Manager (since 08/25)",
        ],
    )


# HTML layout: the role a heading, the firm a line of its own, the people a table row
TABLED = (
    OPENING
    + _adviser("Halvard Investments, LLC")
    + NORTHBEAM
    + _sub_adviser("Ridgeway Capital Co. LLC")
    + CLOSING
)


def _firms(name: str, text: str) -> dict[str, str | None]:
    """Each manager of a filing -> the firm their 'manages' fact records."""
    doc = load_bytes(name, text.encode())
    _, passages = split(doc)
    found = extract_facts(passages, extract(doc, passages))
    return {f.subject: f.attr("firm") for f in found if f.kind == "manages"}


def test_a_label_after_a_page_break_is_no_page_furniture() -> None:
    doc = load_bytes("s.txt", PAGED.encode())
    _, passages = split(doc)
    assert any(p.text.startswith("Sub-Adviser Halvard Investment Partners LLP") for p in passages)
    assert not any(" of 5" in p.text for p in passages)  # the running head is furniture
    assert _firms("s.txt", PAGED)["Leo Farrant"] == "Halvard Investment Partners LLP"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which sub-advisers manage the Castlegate Global Equity Fund?",
            [
                "Northbeam Asset Management LLC",
                "Ridgeway Capital LLC",
                "Halvard Investment Partners LLP",
            ],
        ),
        ("Who manages the fund for Halvard Investment Partners?", ["Leo Farrant"]),
    ],
)
def test_the_block_after_a_page_break_answers(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: list[str]
) -> None:
    answer = assistant_over({"s.txt": PAGED}).ask(question, doc="s.txt")
    assert answer.answered and set(expected) <= set(answer.items), answer.answer


def test_a_firm_labelled_inside_a_passage_is_the_firm_of_the_entries_after_it() -> None:
    firms = _firms("s.txt", INLINE)
    assert firms["Owen Teller"] == "Northbeam Investment Management Co. LLC"
    assert firms["Leo Farrant"] == "Halvard Investment Partners LLP"


def test_the_manager_of_a_firm_labelled_inside_a_passage(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    answer = assistant_over({"s.txt": INLINE}).ask(
        "Who manages the fund for Halvard Investment Partners?", doc="s.txt"
    )
    assert answer.answered and list(answer.items) == ["Leo Farrant"], answer.answer


def test_a_firm_line_under_a_role_heading_is_the_firm_of_the_rows_below() -> None:
    firms = _firms("s.html", TABLED)
    assert firms["Anna Brisk"] == "Halvard Investments, LLC"
    assert firms["Owen Teller"] == firms["Lou Baird"] == "Northbeam Asset Management LLC"
    assert firms["Ruth Shand"] == firms["Kai Wong"] == "Ridgeway Capital Co. LLC"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Northbeam PMs manage the fund?", {"Owen Teller", "Lou Baird"}),
        ("Who manages the fund for Ridgeway Capital?", {"Ruth Shand", "Kai Wong"}),
    ],
)
def test_a_firm_s_managers_are_those_of_its_block(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: set[str]
) -> None:
    answer = assistant_over({"s.html": TABLED}).ask(question, doc="s.html")
    assert answer.answered and set(answer.items) == expected, answer.answer


# a family's adviser and its affiliates, whose names share their first words
KIN = (
    OPENING
    + _adviser("Ridgeway Investments, LLC")
    + NORTHBEAM
    + _sub_adviser("Ridgeway Investment Management Co. LLC")
    + _block(
        "Sub-Sub-Adviser",
        "Ridgeway Investment Management (UK) Limited",
        ["Sara V. de Lind, CFA Portfolio Manager (since 08/25)"],
    )
    + CLOSING
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Ridgeway Investments PMs manage the fund?", {"Anna Brisk", "Carl Hume"}),
        (
            "Who manages the fund for Ridgeway Investment Management Co.?",
            {"Ruth Shand", "Kai Wong"},
        ),
        (
            "Who are Ridgeway Investment Management's portfolio managers?",
            {"Ruth Shand", "Kai Wong"},
        ),
        # (a person's name with a surname particle)
        (
            "Who manages the fund for Ridgeway Investment Management (UK) Limited?",
            {"Sara V. de Lind"},
        ),
    ],
)
def test_a_firm_is_not_another_whose_name_holds_its_words(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: set[str]
) -> None:
    """ "Ridgeway Investments, LLC" and "Ridgeway Investment Management Co. LLC" are two firms,
    each written in full with its legal form: the managers of the one are not the other's."""
    answer = assistant_over({"s.html": KIN}).ask(question, doc="s.html")
    assert answer.answered and set(answer.items) == expected, answer.answer


def test_a_firm_s_name_is_read_past_its_label_and_with_its_place() -> None:
    """The firm under a role heading is named without the heading's words ("Portfolio
    Management Investment Adviser Ridgeway Investments, LLC"), and a place in brackets before
    its legal form is part of its name."""
    doc = load_bytes("s.html", KIN.encode())
    _, passages = split(doc)
    meta = extract(doc, passages)
    orgs = {m.name for m in extract_mentions(passages, meta) if m.kind == "org"}
    assert "Ridgeway Investments, LLC" in orgs
    assert "Ridgeway Investment Management (UK) Limited" in orgs
    assert not any(o.startswith("Portfolio Management") for o in orgs)


def test_another_firm_s_row_is_not_the_firm_asked_by_the_words_above_it(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    """The row of the affiliate's managers stands under a caption that holds every word of
    the adviser's name ("Ridgeway Investment Management Co. LLC" over "Ridgeway Investments"):
    the filing records those managers with the affiliate, so they are not the adviser's."""
    answer = assistant_over({"s.html": KIN}).ask(
        "Which PMs at the investment adviser level (Ridgeway Investments) manage the fund?",
        doc="s.html",
    )
    assert not answer.answered or set(answer.items) <= {"Anna Brisk", "Carl Hume"}, answer.answer
