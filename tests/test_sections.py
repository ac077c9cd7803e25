"""Sections and passages: headings, heading paths, line ranges, offsets and clean text."""

from __future__ import annotations

import itertools
import json
import random
import re
import unicodedata
from pathlib import Path

import pytest

from index import sections
from index.model import Document, Passage
from index.sections import clean_text, split

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sections"
# Share of eval evidence spans that must lie inside one passage of their document
# (measured: every one of them).
EVIDENCE_FLOOR = 0.98
# A line that is only a page number.
PAGE_LINE_RE = re.compile(r"\n[ \t]*\d{1,3}[ \t]*\n")


def text_doc(text: str, name: str = "doc.txt") -> Document:
    return Document(name=name, path=name, text=text.replace("\r\n", "\n"), fmt="text")


def fixture_doc(name: str) -> Document:
    return text_doc((FIXTURES / name).read_text(encoding="utf-8"), name)


def html_doc(rows: list[tuple[str, str | None]]) -> Document:
    """A document shaped like the HTML loader's output: one line per block, with hints."""
    text = "\n".join(line for line, _ in rows)
    hints = tuple((i + 1, hint) for i, (_, hint) in enumerate(rows) if hint)
    return Document(name="x.html", path="x.html", text=text, fmt="html", line_hints=hints)


def check_invariants(doc: Document, passages: list[Passage]) -> None:
    """Offsets, lines and clean text agree with the document for every passage."""
    n_lines = doc.text.count("\n") + 1
    for i, p in enumerate(passages):
        assert p.ordinal == i
        assert p.doc == doc.name
        assert 0 <= p.char_start < p.char_end <= len(doc.text)
        assert 1 <= p.line_start <= p.line_end <= n_lines
        assert p.line_start == doc.text.count("\n", 0, p.char_start) + 1
        assert p.line_end == doc.text.count("\n", 0, p.char_end - 1) + 1
        assert not doc.text[p.char_start].isspace()
        assert not doc.text[p.char_end - 1].isspace()
        clean = clean_text(doc.text[p.char_start : p.char_end])
        # a fixed-width table's row shows its cells parted by " | " (its spaces, read); a
        # column of prose set beside another is read down: its words, in order, of the lines
        # (a page number inside a sentence is left out of its text)
        unpaged = clean_text(PAGE_LINE_RE.sub("\n", doc.text[p.char_start : p.char_end]))
        assert (
            clean == p.text
            or unpaged == p.text
            or (p.kind == "row" and clean == " ".join(p.text.split(" | ")))
            or _in_order(p.text.split(), doc.text[p.char_start : p.char_end].split())
        )
        assert p.text and p.text == p.text.strip()
        assert len(p.text) <= sections.MAX_PASSAGE_CHARS + 40
        assert p.kind in ("paragraph", "bullet", "row", "heading")
    for a, b in itertools.pairwise(passages):
        # (columns side by side share their lines)
        assert a.char_end <= b.char_start or a.line_start <= b.line_start <= a.line_end


def _in_order(words: list[str], within: list[str]) -> bool:
    """Whether the words stand in that order among others (a column read down its lines)."""
    it = iter(within)
    return all(any(w.rstrip(",") in x for x in it) for w in words)


def find(passages: list[Passage], needle: str) -> Passage:
    hits = [p for p in passages if needle in p.text]
    assert hits, f"no passage contains {needle!r}"
    return hits[0]


# -- the seed ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> tuple[Document, list, list[Passage]]:
    doc = text_doc(seed_path.read_text(encoding="utf-8"), seed_path.name)
    secs, passages = split(doc)
    return doc, secs, passages


def test_seed_headings_and_paths(seed) -> None:
    _, secs, _ = seed
    assert [(s.heading, s.line, s.level) for s in secs] == [
        ("I. Portfolio Managers", 10, 1),
        ("J.P. Morgan Small Cap Stock Portfolio", 17, 2),
        ("II. Additional Investment Strategies", 38, 1),
        ("Real Estate Investment Trusts", 40, 2),
    ]
    assert secs[-1].path == (
        "II. Additional Investment Strategies",
        "Real Estate Investment Trusts",
    )


def test_seed_passages_cover_the_real_lines(seed) -> None:
    doc, _, passages = seed
    lines = doc.text.split("\n")
    spans = [(p.kind, p.line_start, p.line_end) for p in passages]
    assert spans == [
        ("paragraph", 2, 6),  # the centred title block
        ("paragraph", 12, 15),
        ("bullet", 19, 25),  # Marian U. Pardo
        ("bullet", 27, 34),  # Steven J. Rich
        ("paragraph", 42, 43),
        ("paragraph", 45, 67),  # REITs, with the closing date line
    ]
    assert lines[19 - 1].startswith("o    Marian U. Pardo")
    assert lines[34 - 1].strip() == "Balanced and Structured Equity Groups."
    assert lines[67 - 1] == "November 15, 2001"
    check_invariants(doc, passages)


def test_seed_passage_texts_and_sections(seed) -> None:
    _, _, passages = seed
    title, intro, pardo, rich, _, reits = passages
    assert title.section == ()
    assert title.text == (
        "J.P. MORGAN SMALL CAP STOCK PORTFOLIO of MET INVESTORS SERIES TRUST "
        "Supplement to the Prospectuses dated May 1, 2001"
    )
    assert intro.section == ("I. Portfolio Managers",)
    assert intro.text.startswith("Since September 2001, Mr. Stephen Rich has co-managed the J.P.")
    assert pardo.section == ("I. Portfolio Managers", "J.P. Morgan Small Cap Stock Portfolio")
    assert pardo.text.startswith("Marian U. Pardo, Managing Director of the Adviser. Ms. Pardo")
    assert "She has been with J.P. Morgan since 1968" in pardo.text
    assert "large-cap equity portfolios" in pardo.text
    assert rich.text.startswith("Steven J. Rich, Vice President of the Adviser.")
    assert reits.section == (
        "II. Additional Investment Strategies",
        "Real Estate Investment Trusts",
    )
    assert reits.text.endswith(
        "REITs could end up holding the underlying real estate. November 15, 2001"
    )
    assert reits.section_label == (
        "II. Additional Investment Strategies > Real Estate Investment Trusts"
    )


def test_closing_date_line_joins_the_last_paragraph() -> None:
    """CLOSING_DATE_EXTRA_CHARS: a lone date line ends the last passage; a sentence does not."""
    body = "REITs could end up holding the underlying real estate.\n\n\n\n"
    joined = split(text_doc(body + "November 15, 2001"))[1]
    assert [p.text for p in joined] == [
        "REITs could end up holding the underlying real estate. November 15, 2001"
    ]
    assert (joined[0].line_start, joined[0].line_end) == (1, 5)
    late = "Please keep this notice, November 15, 2001"
    assert len(late) - len("November 15, 2001") > sections.CLOSING_DATE_EXTRA_CHARS
    assert len(split(text_doc(body + late))[1]) == 2


def test_seed_page_marker_is_not_a_passage(seed) -> None:
    doc, _, passages = seed
    assert doc.text.split("\n")[0] == "- 2 -"
    assert all(p.line_start > 1 for p in passages)


# -- clean_text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "equity  and  convertible  funds and  large- cap equity",
            "equity and convertible funds and large-cap equity",
        ),
        ("the invest-\nment adviser", "the investment adviser"),
        ("commodity-\nlinked structured notes", "commodity-linked structured notes"),
        (
            "short- and long-term risk- or return-related",
            "short- and long-term risk- or return-related",
        ),
        ("co-managed a non-diversified fund", "co-managed a non-diversified fund"),
        ("o    Marian U. Pardo, Managing\n     Director", "Marian U. Pardo, Managing Director"),
        ("• Bonds and Cash.", "Bonds and Cash."),
        ("■The fund maintains", "The fund maintains"),
        ("¡ Supplement", "Supplement"),
        ("<R>The following information replaces</R>", "The following information replaces"),
        ("end of page\n<PAGE>\nnext", "end of page next"),
        ("Supplement\u00a0dated\u2003May 1,\u200b 2015", "Supplement dated May 1, 2015"),
        (
            "|Prior to June 25, 2019, the Fund\n|by investing in a wholly owned",
            "Prior to June 25, 2019, the Fund by investing in a wholly owned",
        ),
        ("Management Fees\n|0.70\n|%", "Management Fees | 0.70 | %"),
        ("|\nPortfolio\n|\n|\nNew Portfolio", "Portfolio | New Portfolio"),
        (
            "Marcelle Daher\n|·\n|Joined fund team in 2013",
            "Marcelle Daher | Joined fund team in 2013",
        ),
        ("", ""),
        ("  \n \t ", ""),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


# -- layouts of real filings -------------------------------------------------------------------


def test_flattened_pipe_table_rows_keep_cells_together() -> None:
    doc = fixture_doc("pipe_table.txt")
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert [s.heading for s in secs] == ["Annual Portfolio Operating Expenses"]
    rows = [p.text for p in passages if p.kind == "row"]
    assert "Management Fees | 0.70 | %" in rows
    after = find(passages, "Waivers and Reimbursements | 1.56")
    assert after.kind == "row"
    assert after.text.startswith(
        "Total Annual Portfolio Operating Expenses After Waivers and Reimbursements | 1.56 | %"
    )
    item = find(passages, "The section entitled")
    assert item.kind == "bullet" and item.text.startswith("1. The section entitled")


def test_table_of_lone_pipes_is_one_row_until_the_next_paragraph() -> None:
    doc = fixture_doc("lone_pipe_table.txt")
    _, passages = split(doc)
    check_invariants(doc, passages)
    row = find(passages, "ING FMRSM Mid Cap Growth Portfolio")
    assert row.kind == "row" and (row.line_start, row.line_end) == (3, 17)
    assert "ING FMRSM Mid Cap Growth Portfolio | ING Mid Cap Growth Portfolio" in row.text
    assert passages[-1].text.startswith("6. Footnote (2)")


def test_cell_then_paragraph_ends_the_table() -> None:
    """TABLE_CELL_MAX_CHARS: "$100,000" is a cell, the long "Effective ..." line is not."""
    doc = fixture_doc("cell_then_paragraph.txt")
    passages = split(doc)[1]
    row = find(passages, "Minimums - Fidelity Advantage Class")
    assert row.kind == "row" and row.text.endswith("Balance | $100,000")
    para = find(passages, "replaces the similar information")
    assert para.kind == "paragraph" and para.line_start == para.line_end == 22
    assert len("$100,000") <= sections.TABLE_CELL_MAX_CHARS < len(doc.text.split("\n")[21])


def test_multi_line_cells_between_lone_pipes() -> None:
    """TABLE_CELL_MAX_LINES: a cell runs on for a few short lines after its "|", no further."""
    text = (
        "As of the Effective Date, the following amends the portfolio manager information:\n"
        "|\nMichael J. Comer, CFA\nManaging Director and Portfolio Manager\n"
        "Managed fund since 2023\n"
        "|\nDavid J. Rule, CFA, FRM\nManaging Director and Portfolio Manager\n"
        "Managed fund since 2023\n"
        "As of the Effective Date, the information in the Prospectus is revised.\n"
    )
    passages = split(text_doc(text))[1]
    assert [p.kind for p in passages] == ["paragraph", "row", "paragraph"]
    assert passages[1].text == (
        "Michael J. Comer, CFA Managing Director and Portfolio Manager Managed fund since 2023"
        " | David J. Rule, CFA, FRM Managing Director and Portfolio Manager Managed fund since"
        " 2023"
    )
    assert sections.TABLE_CELL_MAX_LINES == 3
    four = text.replace("since 2023\nAs of", "since 2023\nand one more line\nAs of")
    assert split(text_doc(four))[1][-1].text.startswith("and one more line As of")


def test_a_header_cell_of_several_lines_after_a_pipe_cell_stays_in_its_row() -> None:
    """ "|Fund's" / "Portfolio" / "Manager" / "Since": the short lines run on to the next
    table line, so the header row holds the whole cell (not a paragraph between rows)."""
    text = (
        "Effective May 20, 2025, the following replaces the chart of portfolio managers:\n"
        "|\nPortfolio Manager\n|Sub-\nAdviser or\nAdviser\n|Fund's\nPortfolio\nManager\n"
        "Since\n|\nDana Holt, CFA, CEO\n|Larchwood\n|2019\n|\n"
        "Marcus Lee, President\n|Larchwood\n|2019\n"
        "The Fund's other portfolio managers remain unchanged by this supplement.\n"
    )
    doc = text_doc(text)
    passages = split(doc)[1]
    check_invariants(doc, passages)
    rows = [p for p in passages if p.kind == "row"]
    assert (
        rows[0].text
        == "Portfolio Manager | Sub- Adviser or Adviser | Fund's Portfolio Manager Since"
    )
    assert [p.kind for p in passages].count("paragraph") == 2  # the lines before and after
    assert any(p.text.startswith("Dana Holt, CFA, CEO | Larchwood | 2019") for p in rows)
    # a long line after a cell is prose, not more of the cell
    long = text.replace(
        "Since\n|\nDana",
        "Since the fund began, which is a long line of prose written here in full\n|\nDana",
    )
    first = next(p for p in split(text_doc(long))[1] if p.kind == "row")
    assert "which is a long line" not in first.text


def test_bullet_cells_under_names() -> None:
    doc = fixture_doc("bullet_cells.txt")
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert [s.heading for s in secs] == ["Marcelle Daher, CFA", "Scott McIntosh"]
    item = find(passages, "Joined fund team in 2013 ")
    assert item.text.startswith("Marcelle Daher, CFA Managing Director, John Hancock Asset")
    bullet = find(passages, "Vice President and Director of Investments")
    assert bullet.section == ("Marcelle Daher, CFA",)
    assert bullet.text == (
        "Vice President and Director of Investments, Investment Management Services, "
        "John Hancock Financial (2008-2011)"
    )
    assert find(passages, "Managing Director and Head of Quantitative").section == (
        "Scott McIntosh",
    )


def test_wrapped_text_without_blank_lines() -> None:
    """WRAP_FULL_RATIO: a full wrapped line ending a sentence continues, a short one ends."""
    doc = fixture_doc("wrapped_no_blanks.txt")
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert passages[0].text == (
        "Janus Investment Fund Perkins Mid Cap Value Fund Perkins Small Cap Value Fund "
        "Supplement dated February 28, 2014 to Currently Effective Prospectuses"
    )
    assert passages[1].text.endswith(
        "found in the Shareholder’s Guide (or Shareholder’s "
        "Manual if you hold Class D Shares) of the Prospectuses."
    )
    assert [s.heading for s in secs] == ["CLOSED FUND POLICIES – PERKINS MID CAP VALUE FUND"]
    body = passages[2]
    assert body.line_start == 16 and body.line_end == 24
    lines = doc.text.split("\n")
    full = lines[18]  # "of the Fund. Sales have generally been discontinued for new"
    assert full.endswith("for new") and "Fund. Sales" in body.text
    assert lines[12].endswith("Prospectuses.")  # short: the paragraph ends there


def test_one_block_per_line_with_caps_and_title_headings() -> None:
    """WRAP_MAX_WIDTH / WRAP_SHARE: long lines are whole paragraphs, so "." ends each one."""
    doc = fixture_doc("one_block_per_line.txt")
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert [s.path for s in secs] == [
        ("MANAGEMENT OF THE TRUST",),
        ("MANAGEMENT OF THE TRUST", "Board Leadership Structure"),
    ]
    assert passages[0].line_start == 1 and passages[0].line_end == 7  # the cover, above "___"
    assert "Statement of Additional Information dated November 1, 2014" in passages[0].text
    bodies = [p for p in passages if p.section]
    assert [(p.line_start, p.line_end) for p in bodies] == [(12, 12)]
    assert len(doc.text.split("\n")[8]) > sections.WRAP_MAX_WIDTH


def test_left_border_is_not_a_table() -> None:
    """BORDER_*: every line starts with "|" around prose: the border goes, the text stays."""
    doc = fixture_doc("border.txt")
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert [s.heading for s in secs] == [
        "Important Changes to the Fund",
        "Vanguard Commodity Strategy Fund",
    ]
    assert all(p.kind == "paragraph" and "|" not in p.text for p in passages)
    para = find(passages, "wholly owned subsidiary. Effective June 25, 2019, the Fund")
    assert (para.line_start, para.line_end) == (13, 17)
    assert doc.text[para.char_start] == "|"  # the border is inside the span, not the text


def test_cells_separated_by_blank_lines_stay_together() -> None:
    doc = fixture_doc("blank_cells.txt")
    _, passages = split(doc)
    check_invariants(doc, passages)
    assert [p.text for p in passages[:2]] == [
        "1. The following change was effective March 1, 2014:",
        "a. The following replaces the table under “Class A Front-End Sales Charge.” under "
        "“Sales Charges”:",
    ]
    table = find(passages, "Less than $50,000 5.75% 6.10% 5.00%")
    assert table.text.startswith("Amount of Purchase Sales Charge*")


def test_html_blocks_bold_labels_rows_and_page_furniture() -> None:
    rows = [
        ("Performance Information", "bold"),
        ("The following information is intended to help you understand the risks.", None),
        ("Summary Prospectus", "bold"),
        ("1 of 9", None),
        ("Voya Multi-Manager International Equity Fund", None),
        ("", None),
        ("1", None),
        (
            "Effective commencing with shareholder reports filed after July 24, 2024, the "
            "Investment Adviser changed the primary benchmark.",
            None,
        ),
        ("Portfolio Management", "bold"),
        ("", None),
        ("Investment Adviser", "row"),  # one-cell rows of a layout table
        ("Voya Investments, LLC", "row"),
        ("", None),
        ("Portfolio Managers", "row"),
        (
            "Lanyon Blair, CFA, CAIA Portfolio Manager (since 05/23) | Barbara Reinhard, CFA "
            "Portfolio Manager (since 05/23)",
            "row",
        ),
        ("", None),
        ("Sub-Adviser", "row"),
        ("Acadian Asset Management LLC", "row"),
        ("", None),
        ("Portfolio Managers", "row"),
        ("Brendan O. Bradley, Ph.D. Portfolio Manager (since 02/25) | Fanesca Young", "row"),
        ("Summary Prospectus", "bold"),
        ("2 of 9", None),
        ("Voya Multi-Manager International Equity Fund", None),
        ("", None),
        ("Tax Information", "bold"),
        ("The distributions you receive from the Fund are generally taxable.", None),
        ("Summary Prospectus", "bold"),
        ("3 of 9", None),
        ("Voya Multi-Manager International Equity Fund", None),
    ]
    doc = html_doc(rows)
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert [s.path for s in secs] == [
        ("Performance Information",),
        ("Portfolio Management",),
        ("Tax Information",),
    ]
    texts = [p.text for p in passages]
    assert "Summary Prospectus" not in " ".join(texts)  # running header next to "2 of 9"
    assert texts[1].startswith("1 Effective commencing")  # footnote marker leads its note
    assert "Investment Adviser Voya Investments, LLC Portfolio Managers" in texts
    assert "Sub-Adviser Acadian Asset Management LLC Portfolio Managers" in texts
    row = find(passages, "Lanyon Blair")
    assert row.kind == "row" and row.section == ("Portfolio Management",)


OLD_TEXT_TABLE = """KEYSTONE RIDGE FUNDS

                Supplement dated August 14, 2003 to the Prospectus

The Keystone Ridge Balanced Fund continues to be managed by Helen
M. Okafor, Senior Vice President of the Adviser, who has managed it since
1999. Effective September 1, 2003, the Fund will pay the Adviser a fee at
the following annual rates of average daily net assets:

      First $250 million ...................... 0.85%
      Next $250 million ....................... 0.80%
      Over $500 million ....................... 0.75%

A.  Redemption Fees. Shares held for less than 60 days are subject to a fee.
B.  Exchanges. Exchanges between the funds are free of charge.
"""


def test_an_old_text_table_with_dot_leaders_and_a_wrapped_initial() -> None:
    doc = text_doc(OLD_TEXT_TABLE)
    _, passages = split(doc)
    check_invariants(doc, passages)
    texts = [(p.kind, p.text) for p in passages]
    # a line that starts with a name's initial goes on with the sentence it wraps
    assert any(
        k == "paragraph" and "managed by Helen M. Okafor, Senior Vice President" in t
        for k, t in texts
    ), texts
    # a dot leader parts a row's label from its value
    rows = [t for k, t in texts if k == "row"]
    assert rows == [
        "First $250 million | 0.85%",
        "Next $250 million | 0.80%",
        "Over $500 million | 0.75%",
    ]
    # an enumerator after a finished sentence still starts an item
    assert [t[:18] for k, t in texts if k == "bullet"] == [
        "A. Redemption Fees",
        "B. Exchanges. Exch",
    ]


FIXED_WIDTH_FEES = """HARROWGATE INVESTMENT FUNDS
Supplement dated June 1, 2004 to the Prospectus

ANNUAL FUND OPERATING EXPENSES
(expenses that are deducted from Fund assets)

                                        Class A    Class B    Class C
Management Fees                           0.75%      0.75%      0.75%
Distribution (12b-1) Fees                 0.25%      1.00%      1.00%
Total Annual Fund Operating Expenses      1.30%      2.05%      2.05%

SHAREHOLDER FEES

                                        Class A    Class B    Class C
Maximum Sales Charge (Load) Imposed
  on Purchases                            5.75%       None       None
Maximum Deferred Sales Charge (Load)      None(1)    5.00%      1.00%

The Fund's adviser, Harrowgate Capital LLC, manages the Fund's assets.  It has done so
since 1998.
"""


def test_a_fixed_width_table_is_read_as_rows() -> None:
    doc = text_doc(FIXED_WIDTH_FEES)
    _, passages = split(doc)
    check_invariants(doc, passages)
    rows = [(p.text, p.line_start, p.line_end) for p in passages if p.kind == "row"]
    assert rows == [
        ("Class A | Class B | Class C", 7, 7),
        ("Management Fees | 0.75% | 0.75% | 0.75%", 8, 8),
        ("Distribution (12b-1) Fees | 0.25% | 1.00% | 1.00%", 9, 9),
        ("Total Annual Fund Operating Expenses | 1.30% | 2.05% | 2.05%", 10, 10),
        ("Class A | Class B | Class C", 14, 14),
        # a label wrapped above its row is part of it
        ("Maximum Sales Charge (Load) Imposed on Purchases | 5.75% | None | None", 15, 16),
        ("Maximum Deferred Sales Charge (Load) | None(1) | 5.00% | 1.00%", 17, 17),
    ]
    # prose with two spaces after a full stop is no row
    assert any(p.kind == "paragraph" and "since 1998" in p.text for p in passages)


def test_a_label_and_its_value_are_no_heading_and_a_lead_in_block_starts_a_paragraph() -> None:
    doc = html_doc(
        [
            ("Crestline Mid Cap Growth Fund", None),
            ("Summary Prospectus dated May 1, 2024", None),
            ("Investment Objective", "h2"),
            ("The Fund seeks long-term growth of capital.", None),
            ("Management", "h2"),
            ("Investment Adviser. Crestline Asset Management, LLC", None),
            ("Portfolio Managers. Priya Raman, CFA, has managed the Fund since 2016.", None),
            ("U.S. Equity Portfolio", "bold"),
            ("The portfolio invests in stocks of U.S. companies of all sizes.", None),
        ]
    )
    _, passages = split(doc)
    texts = [(p.section, p.text) for p in passages]
    assert (("Management",), "Investment Adviser. Crestline Asset Management, LLC") in texts
    assert any(t.startswith("Portfolio Managers. Priya Raman") for _, t in texts)
    # an abbreviation's stop is no label: that line is still a heading
    assert any(section[-1:] == ("U.S. Equity Portfolio",) for section, _ in texts)


WORD_TABLE = """HARBORGATE FUNDS
Supplement dated May 1, 2004

The following table replaces the table under "Portfolio Managers":

Name                   Title                          Managed Fund Since
Dana K. Holt           Senior Portfolio Manager       2004
Lee R. Marsh           Portfolio Manager              1999

Mr. Holt joined the Adviser in 1995.  He has been a portfolio manager since 2000.  Before
that he was an analyst at Kestrel Bank.  He holds an M.B.A. and is a CFA charterholder.

Dana K. Holt                               Lee R. Marsh
Senior Portfolio Manager of the            Portfolio Manager of the Adviser
Adviser since 2004, previously an          since 1999, previously a trader
analyst at Kestrel Bank.                   at Northfield Securities.
"""


def test_a_fixed_width_table_of_words_and_columns_of_prose() -> None:
    doc = text_doc(WORD_TABLE)
    _, passages = split(doc)
    check_invariants(doc, passages)
    rows = [p.text for p in passages if p.kind == "row"]
    assert rows == [
        "Name | Title | Managed Fund Since",
        "Dana K. Holt | Senior Portfolio Manager | 2004",
        "Lee R. Marsh | Portfolio Manager | 1999",
    ]
    # prose with two spaces after full stops, and two biographies side by side whose cells go
    # on in lower case, are no rows
    assert any("Before that he was an analyst" in p.text for p in passages)
    assert not any("previously an | since 1999" in p.text for p in passages)
    # the biographies are read down, each its own passage
    marsh = find(passages, "Lee R. Marsh, Portfolio Manager of the Adviser")
    assert marsh.text.endswith("since 1999, previously a trader at Northfield Securities.")


def test_a_bullet_ends_where_text_further_left_follows_a_blank_line() -> None:
    doc = text_doc(
        "NORTHWIND INVESTMENT TRUST\nSupplement dated April 3, 2012\n\n"
        "This supplement applies to the following funds:\n\n"
        "   - Northwind Large Cap Growth Fund\n"
        "   - Northwind Short-Term Bond Fund\n\n"
        "Effective May 1, 2012, the redemption fee will be eliminated for the Northwind Large\n"
        "Cap Growth Fund.\n"
    )
    _, passages = split(doc)
    check_invariants(doc, passages)
    assert [(p.kind, p.text[:30]) for p in passages][-3:] == [
        ("bullet", "Northwind Large Cap Growth Fun"),
        ("bullet", "Northwind Short-Term Bond Fund"),
        ("paragraph", "Effective May 1, 2012, the red"),
    ]


def test_furniture_needs_repeats() -> None:
    """FURNITURE_MIN_REPEATS: a line beside a page number is dropped only when it recurs."""

    def doc_with(repeats: int) -> list[str]:
        rows: list[tuple[str, str | None]] = []
        for page in range(1, repeats + 1):
            rows += [
                (f"Paragraph {page} says something about the fund and ends here.", None),
                ("Acme Growth Fund", None),
                (f"{page} of 9", None),
            ]
        return [p.text for p in split(html_doc(rows))[1]]

    assert not any("Acme Growth Fund" in t for t in doc_with(sections.FURNITURE_MIN_REPEATS))
    assert any("Acme Growth Fund" in t for t in doc_with(sections.FURNITURE_MIN_REPEATS - 1))


# -- thresholds --------------------------------------------------------------------------------


def heading_of(text: str) -> list[str]:
    doc = text_doc(text)
    return [s.heading for s in split(doc)[0]]


BODY = "The Fund may invest in real estate investment trusts and other issuers as described.\n"


def test_title_case_share_separates_headings_from_prose() -> None:
    assert heading_of("Intro ends here.\n\nChanges in Portfolio Managers\n" + BODY) == [
        "Changes in Portfolio Managers"
    ]
    rich = "Since September 2001, Mr. Stephen Rich has co-managed the J.P. Morgan Small"
    assert heading_of("Intro ends here.\n\n" + rich + "\n" + BODY) == []


def test_line_continued_in_lower_case_is_not_a_heading() -> None:
    text = (
        "Intro ends here.\nThe Fund employs a “passively\n"
        "managed”—or index—investment approach. We generally aim to hold the same mix.\n"
    )
    assert heading_of(text) == []


def test_title_length_limits() -> None:
    short = "Real Estate Investment Trusts"
    long = " ".join(["Real Estate Investment Trusts"] * 4)
    assert len(short) <= sections.TITLE_MAX_CHARS < len(long)
    assert heading_of("Intro.\n\n" + short + "\n" + BODY) == [short]
    assert heading_of("Intro.\n\n" + long + "\n" + BODY) == []
    many = "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef"  # short, but too many words
    assert len(many.split()) > sections.TITLE_MAX_WORDS
    assert heading_of("Intro.\n\n" + many + "\n" + BODY) == []


def test_short_sentence_case_heading() -> None:
    assert heading_of("Intro.\n\nPortfolio management\n" + BODY) == ["Portfolio management"]
    six = "The following people handle the fund"
    assert len(six.split()) > sections.SHORT_HEADING_WORDS
    assert heading_of("Intro.\n\n" + six + "\n" + BODY) == []


def test_caps_share_and_caps_runs() -> None:
    assert heading_of("Intro.\n\nINVESTMENTS, RISKS AND\nPERFORMANCE\n" + BODY) == [
        "INVESTMENTS, RISKS AND PERFORMANCE"
    ]
    mixed = "MFS(R) Bond Fund Of Mixed Case Words"
    assert heading_of("Intro.\n\nMET INVESTORS SERIES TRUST\n" + BODY) == [
        "MET INVESTORS SERIES TRUST"
    ]
    assert "MFS" not in " ".join(heading_of("Intro.\n\n" + mixed.lower() + "\n" + BODY))
    run = [f"MFS(R) FUND NUMBER {n}" for n in ("ONE", "TWO", "THREE", "FOUR")]
    assert heading_of("Intro.\n\n" + "\n".join(run[: sections.CAPS_RUN_MAX]) + "\n" + BODY)
    assert (
        heading_of("Intro.\n\n" + "\n".join(run[: sections.CAPS_RUN_MAX + 1]) + "\n" + BODY) == []
    )


def test_prose_min_chars_label_over_value_is_not_a_heading() -> None:
    text = (
        "4) The following is added to the section in the Fund's SAI:\n"
        "Portfolio Manager\n"
        "Dollar Range of Fund Shares Beneficially Owned\n"
        "Albert Chan*\nNone\n"
        "*Information is provided as of August 31, 2025\n"
    )
    doc = text_doc(text)
    secs, passages = split(doc)
    assert secs == []
    assert "Dollar Range of Fund Shares Beneficially Owned Albert Chan* None" in passages[1].text
    value = "Dollar Range of Fund Shares Beneficially Owned"
    assert len(value) >= sections.PROSE_MIN_CHARS  # long enough, but Title Case: not prose


def test_cover_is_capped() -> None:
    names = [f"Acme Fund Number {i}" for i in range(sections.COVER_MAX_LINES + 10)]
    doc = text_doc("\n".join(names) + "\nThe Fund pays transaction costs, such as commissions.\n")
    passages = split(doc)[1]
    assert passages[0].line_start == 1
    assert passages[0].line_end <= sections.COVER_MAX_LINES


def test_cover_date_lines_versus_dated_sentences() -> None:
    """COVER_DATE_EXTRA_CHARS: "March 25, 2002 Prospectus" is cover; a dated sentence is not."""
    text = (
        "Vanguard Managed Payout Fund\n"
        "March 25, 2002 Prospectus\n"
        "On June 25, 2019, Vanguard Managed Payout Fund (the “Fund”) will reallocate a\n"
        "portion of its assets to Vanguard Commodity Strategy Fund.\n"
    )
    passages = split(text_doc(text))[1]
    assert [(p.line_start, p.line_end) for p in passages] == [(1, 2), (3, 4)]
    sentence = text.split("\n")[2]
    assert len(sentence) - len("June 25, 2019") > sections.COVER_DATE_EXTRA_CHARS


def test_long_block_is_cut_at_sentence_ends() -> None:
    sentence = "The Fund may invest up to 10% of its assets in foreign securities. "
    block = (sentence * 120).strip()  # one 8,000-character HTML block on one line
    doc = html_doc([("Principal Investment Strategies", "bold"), (block, None)])
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert [s.heading for s in secs] == ["Principal Investment Strategies"]
    assert len(passages) > 1
    assert all(p.line_start == p.line_end == 2 for p in passages)
    assert all(p.text.endswith("securities.") for p in passages)
    assert all(len(p.text) <= sections.MAX_PASSAGE_CHARS for p in passages)
    assert " ".join(p.text for p in passages) == block
    whole = (sentence * 25).strip()  # under the limit: one passage
    assert len(whole) <= sections.MAX_PASSAGE_CHARS
    assert len(split(html_doc([(whole, None)]))[1]) == 1


# -- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "one line",
        "x" * 250_000,
        ("word " * 60_000).strip(),
        "ALL CAPS LINE\n" * 3000,
        "|\n" * 500 + "|x\n" * 500,
        "[bold]markup[/] and [@click=quit]x[/]\n<R></R><PAGE>\n- 3 -\n12\n",
        "•\n¡\no\n-\n*\n1.\n(a)\nI.\n",
        "Supplement dated February 30, 2014 to the Prospectus dated 13/45/2020\n",
    ],
)
def test_never_crashes_on_odd_text(text: str) -> None:
    doc = text_doc(text)
    secs, passages = split(doc)
    check_invariants(doc, passages)
    assert all(s.heading for s in secs)


def test_never_crashes_on_binary_junk() -> None:
    rng = random.Random(7)
    for _ in range(20):
        junk = bytes(rng.randrange(256) for _ in range(3000)).decode("latin-1")
        junk = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "?", junk)
        doc = text_doc(junk)
        check_invariants(doc, split(doc)[1])


# -- the shared corpus -------------------------------------------------------------------------


def _norm(s: str) -> str:
    """The eval's normalisation: NFKC, casefold, straight quotes, '-' dashes, '|' as space."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(
        str.maketrans(
            {
                "‘": "'",
                "’": "'",
                "“": '"',
                "”": '"',
                "–": "-",
                "—": "-",
                "‒": "-",
                "―": "-",
                "−": "-",
                "|": " ",
                "\u200b": "",
            }
        )
    )
    return " ".join(s.split())


def _corpus_files(shared: Path) -> list[Path]:
    corpus = shared / "corpus"
    return sorted(
        p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm")
    )


def test_every_corpus_file_splits_cleanly(shared_dir: Path) -> None:
    loaders = pytest.importorskip("index.loaders")
    for path in _corpus_files(shared_dir):
        doc = loaders.load(path)
        passages = split(doc)[1]
        check_invariants(doc, passages)
        assert passages, path.name


def test_eval_evidence_lies_inside_one_passage(shared_dir: Path) -> None:
    loaders = pytest.importorskip("index.loaders")
    paths = {p.name: p for p in _corpus_files(shared_dir)}
    cache: dict[str, list[str]] = {}
    total, misses = 0, []
    for line in (shared_dir / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if not q.get("evidence"):
            continue
        if q["doc"] not in cache:
            cache[q["doc"]] = [_norm(p.text) for p in split(loaders.load(paths[q["doc"]]))[1]]
        total += 1
        if not any(_norm(q["evidence"]) in t for t in cache[q["doc"]]):
            misses.append(q["id"])
    assert total > 100
    assert (total - len(misses)) / total >= EVIDENCE_FLOOR, misses


@pytest.mark.parametrize("text", ["", "a", "a\n", "\n\n", "one\ntwo\n\nthree", "x\r\ny\n"])
def test_raw_lines_are_the_lines_split_gives_with_their_offsets(text: str) -> None:
    lines = text.split("\n")
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    assert list(sections._raw_lines(text)) == list(zip(offsets, lines, strict=True))


def test_a_filing_with_many_blank_lines_keeps_its_passages_lines_and_offsets() -> None:
    text = "\n\n\nI. Portfolio Managers\n\n\n\nDana Holt manages the Fund.\n\n\n\nIt is new.\n\n"
    doc = text_doc(text)
    _, passages = split(doc)
    assert [(p.text, p.line_start, p.line_end) for p in passages] == [
        ("Dana Holt manages the Fund.", 8, 8),
        ("It is new.", 12, 12),
    ]
    for p in passages:
        assert clean_text(text[p.char_start : p.char_end]) == p.text


# -- columns of prose side by side ----------------------------------------------------------

SGML_BIOS = """The following people handle the day-to-day management of the fund:

<TABLE>
<S>                                          <C>
  Dana K. Holt                               Ravi Mendes
  Director of Harborgate Asset Management    Associate Director of Harborgate Asset
  and Lead Manager of the fund.              Management and Co-Manager of the fund.
   o Joined Harborgate Asset Management in    o Joined Harborgate Asset Management
     1994 and the fund in 2002.                 in 1995 and the fund in 2002.
   o MA, Freiburg University.                 o MA, Cambridge University.
</TABLE>

Shareholders should retain this supplement.
"""

PLAIN_BIOS = """The following people handle the day-to-day management of the fund:

Dana K. Holt                                Ravi Mendes
Managing Director of Harborgate Asset       Director of Harborgate Asset
Management and Co-Manager of the fund.      Management and Co-Manager of the
 o Joined Harborgate Asset Management in    fund.
   1994 and the fund in 2002.                o Joined Harborgate Asset Management
 o MA, Freiburg University.                    in 1994 and the fund in 1999.

Shareholders should retain this supplement.
"""

SGML_FEES = """<TABLE>
<CAPTION>
<S>                                           <C>          <C>          <C>
Shareholder Fees
(fees paid directly from your investment)     Class A      Class B      Class C
Maximum Sales Charge (Load)                   5.75%        None         None
Maximum Deferred Sales Charge                 None         5.00%        1.00%
</TABLE>
"""


@pytest.mark.parametrize("text", [SGML_BIOS, PLAIN_BIOS], ids=["sgml", "plain"])
def test_columns_of_prose_are_read_down(text: str) -> None:
    doc = text_doc(text)
    _, passages = split(doc)
    check_invariants(doc, passages)
    holt, mendes = find(passages, "Dana K. Holt"), find(passages, "Ravi Mendes")
    assert holt is not mendes
    assert "Joined Harborgate Asset Management in 1994 and the fund in 2002" in holt.text
    assert "Mendes" not in holt.text and "Holt" not in mendes.text
    assert "Co-Manager of the fund" in mendes.text
    assert holt.line_start == mendes.line_start  # cited at the lines they share
    assert holt.ordinal < mendes.ordinal  # the left column first


def test_a_fee_table_with_column_marks_stays_rows() -> None:
    doc = text_doc(SGML_FEES)
    _, passages = split(doc)
    row = find(passages, "Maximum Deferred Sales Charge")
    assert "5.00%" in row.text and "Maximum Sales Charge (Load)" not in row.text


def test_column_marks_without_a_table_end_hold_no_copy_of_the_rest() -> None:
    """SGML column marks with no "</TABLE>" after them make the rest of the filing one table
    body: its cells are read as needed, not held beside the line table (they were about as
    large as it: a long filing's split peaked at 12x its text)."""
    import tracemalloc

    body = "".join(
        f"The adviser {i} manages assets   and the board {i} oversees them.\n\n"
        for i in range(4000)
    )

    def peak(text: str) -> tuple[int, list[Passage]]:
        tracemalloc.start()
        try:
            out = split(text_doc(text))[1]
            return tracemalloc.get_traced_memory()[1], out
        finally:
            tracemalloc.stop()

    plain_peak, plain = peak("Heading\n\nx\n" + body)
    marked_peak, marked = peak("Heading\n\n<S>      <C>\n" + body)
    assert [p.text for p in marked[1:]] == [p.text for p in plain[1:]]
    assert marked_peak < 1.2 * plain_peak


# -- page numbers inside a sentence -------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    ["8\n\n", "\n12\n\n", "8\n", "\n\n104\n\n"],
    ids=["after-the-line", "between-blanks", "no-blank-after", "two-blanks-before"],
)
def test_a_page_number_inside_a_sentence_is_left_out(page: str) -> None:
    text = (
        "Purchase and sale of Fund shares\n\n"
        "The minimum initial investment in the Fund is $1,000 to purchase Investor Class shares\n"
        + page
        + "and $100,000 to purchase Institutional Class shares. Additional investments can be "
        "made in any amount.\n\nThe Fund's shares are redeemable on any business day.\n"
    )
    passages = split(Document(name="p.html", path="p.html", text=text, fmt="html"))[1]
    joined = next(p for p in passages if "$1,000" in p.text)
    assert "Investor Class shares and $100,000 to purchase Institutional" in joined.text
    assert not re.search(r"\bshares (?:8|12|104) and\b", joined.text)
    assert any(p.text.startswith("The Fund's shares are redeemable") for p in passages)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The Fund may invest in securities of any maturity.", "and the rest goes on"),
        ("The Fund may invest in securities of any maturity and quality", "The next page"),
        ("Short line", "and the rest goes on"),
    ],
    ids=["sentence-ended", "capital-after", "short-line-before"],
)
def test_a_page_number_between_paragraphs_still_parts_them(before: str, after: str) -> None:
    text = f"{before}\n7\n\n{after} of the text here.\n"
    passages = split(Document(name="p.html", path="p.html", text=text, fmt="html"))[1]
    assert not any(before in p.text and after in p.text for p in passages), passages


def _spaced_and_stripped_as_by_regexes(texts: list[str]) -> None:
    """``single_spaced`` and ``edges_stripped`` give what ``_WS_RE.sub(" ", s)`` and
    ``_EDGES_RE.sub("", s)`` give for each of ``texts``."""
    for text in texts:
        assert sections.single_spaced(text) == sections._WS_RE.sub(" ", text), repr(text)
        spaced = sections._WS_RE.sub(" ", text)
        for s in (text, spaced):
            assert sections.edges_stripped(s) == sections._EDGES_RE.sub("", s), repr(s)


def test_spacing_and_edges_are_made_as_their_regexes_make_them() -> None:
    """The same spacing and edges as the regexes make, for invented texts: every kind of
    space, bars, bullets, a text all of them, empty."""
    spaces = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0", "\u2009"]
    spaces += ["\u3000", "\u2028"]
    texts = ["", "|", "a", " a", "a ", " | a | ", "•", "• a", "•a", "o a", "o", "oa", "* a", "-a"]
    texts += ["- a", "|•| a |", "a\n", "a |\n", "a\n\n", "a b\n c", "■\u00a0x", "\uf0b7  x | "]
    texts += [f"{s}a{s}{s}b{s}" for s in spaces] + [s * 3 for s in spaces]
    texts += [f"|{s}• x{s}|{s}" for s in spaces] + [f"{s}o{s}x" for s in spaces]
    _spaced_and_stripped_as_by_regexes(texts)


def test_real_spacing_and_edges_are_made_as_their_regexes_make_them(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for every text the splitter cleans in 100 real filings."""
    from index import loaders

    inputs: list[str] = []
    clean = sections.clean_text

    def recording(s: str) -> str:
        inputs.append(s)
        return clean(s)

    monkeypatch.setattr(sections, "clean_text", recording)
    for path in sorted((shared_dir / "corpus").rglob("*"))[:100]:
        if path.is_file():
            try:
                sections.split(loaders.load(path))
            except loaders.LoadError:
                continue
    assert len(inputs) > 100
    _spaced_and_stripped_as_by_regexes(inputs)


def _letters_counted_as_by_regexes(texts: list[str]) -> None:
    """``_letter_counts`` gives the numbers of matches of _LETTER_RE and _LOWER_RE."""
    for text in texts:
        expected = (len(sections._LETTER_RE.findall(text)), len(sections._LOWER_RE.findall(text)))
        assert sections._letter_counts(text) == expected, repr(text)


def test_letters_are_counted_as_their_regexes_count_them() -> None:
    """The letters counted as the regexes count them: for every ASCII character, and for texts
    with other letters, digits and marks."""
    texts = [chr(n) for n in range(128)] + ["", "ABC def", "A_1 b2", "ÉCOLE été ß", "Ωmega ﬁ"]
    texts += ["SUMMARY PROSPECTUS", "Part II — Fund’s Risks", "ＡＢＣ", "x" * 500]
    _letters_counted_as_by_regexes(texts)


def test_real_lines_letters_are_counted_as_their_regexes_count_them(shared_dir: Path) -> None:
    """The same for the lines of 40 real text filings."""
    lines: list[str] = []
    for path in sorted((shared_dir / "corpus").rglob("*.txt"))[:40]:
        lines += path.read_text(encoding="utf-8").splitlines()
    _letters_counted_as_by_regexes(lines)


def _cell_starts_as_searched(lines: list[str]) -> None:
    """``_cell_starts`` gives the starts its regex alone gives for each of ``lines``."""

    def searched(raw: str) -> list[int]:
        starts = [len(raw) - len(raw.lstrip())]
        found = sections._SPACE_RUN_RE.finditer(raw, starts[0])
        return starts + [m.end() for m in found if m.end() < len(raw)]

    for raw in lines:
        assert sections._cell_starts(raw) == searched(raw), repr(raw)


def test_cell_starts_are_found_as_by_their_regex_alone() -> None:
    """A line without a tab and without two spaces after its indent is not searched for
    cells: the same starts as its regex gives, for invented lines."""
    lines = ["", " ", "  ", "a", "  a b", "a  b", "a \tb", "a\t\tb", "\ta b", "a b  ", "a\t"]
    lines += ["Name          Title     Since", "  Dana Holt  Manager  2004", "\u00a0\u00a0a  b"]
    _cell_starts_as_searched(lines)


def test_real_lines_cell_starts_are_found_as_by_their_regex_alone(shared_dir: Path) -> None:
    """The same for the lines of 40 real text filings."""
    lines: list[str] = []
    for path in sorted((shared_dir / "corpus").rglob("*.txt"))[:40]:
        lines += path.read_text(encoding="utf-8").splitlines()
    _cell_starts_as_searched(lines)
