"""A fund a filing names only as the other side of a reorganization (the fund another merges
into, is acquired by, or exchanges its shares for) is not a fund the filing covers: what the
filing says of "the Fund" (its fee table, its managers, its minimum) is not said of that one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from index.loaders import load_bytes
from index.metadata import extract
from index.sections import split

COVER = (
    "CASTLEGATE INVESTMENT TRUST\n"
    "Castlegate Small Cap Value Fund\n"
    "Supplement dated June 2, 2025 to the Prospectus dated February 1, 2025\n\n"
)
BODY = (
    "\nAnnual Fund Operating Expenses\n\n"
    "                                          Class A    Class I\n"
    "Management Fees                            0.85%      0.85%\n"
    "Distribution and/or Service (12b-1) Fees   0.25%      None\n"
    "Other Expenses                             0.30%      0.30%\n"
    "Total Annual Fund Operating Expenses       1.40%      1.15%\n\n"
    "Portfolio Managers\n"
    "Helen Marsh has managed the Fund since 2016.\n\n"
    "The Fund's minimum initial investment is $2,500.\n"
)
# the same change in the wordings filings use
CLAUSES = {
    "reorganized": (
        "At a meeting held on May 20, 2025, the Board of Trustees approved an Agreement and "
        "Plan of Reorganization under which the Castlegate Small Cap Value Fund will be "
        "reorganized into the Castlegate Small Cap Core Fund. The reorganization is expected "
        "to close on or about September 12, 2025.\n"
    ),
    "merge": (
        "The Board of Trustees has approved a proposal that the Fund merge with and into "
        "Castlegate Small Cap Core Fund, subject to shareholder approval, on or about "
        "September 12, 2025.\n"
    ),
    "assets": (
        "Under the Plan, the Fund will transfer all of its assets to the Castlegate Small Cap "
        "Core Fund in exchange for shares of the Castlegate Small Cap Core Fund, which will "
        "be distributed to the Fund's shareholders on September 12, 2025.\n"
    ),
    "acquired": (
        "The Board has approved a plan under which the Fund's assets and liabilities will be "
        "acquired by Castlegate Small Cap Core Fund on September 12, 2025.\n"
    ),
}


def _meta(text: str) -> Any:
    doc = load_bytes("s.txt", text.encode())
    _, passages = split(doc)
    return extract(doc, passages)


@pytest.mark.parametrize("layout", sorted(CLAUSES))
def test_the_other_side_of_a_reorganization_is_no_fund_covered(layout: str) -> None:
    meta = _meta(COVER + CLAUSES[layout] + BODY)
    assert meta.funds == ("Castlegate Small Cap Value Fund",)
    assert meta.counterparties == ("Castlegate Small Cap Core Fund",)


@pytest.mark.parametrize("layout", sorted(CLAUSES))
@pytest.mark.parametrize(
    "question",
    [
        "What is the management fee of the Castlegate Small Cap Core Fund?",
        "Who manages the Castlegate Small Cap Core Fund?",
        "What is the minimum initial investment for the Castlegate Small Cap Core Fund?",
        # (named without the family's word)
        "What is the minimum initial investment for the Small Cap Core Fund?",
        "Who manages the Small Cap Core Fund?",
    ],
)
def test_what_the_filing_says_of_its_fund_is_not_said_of_the_other(
    expect_answer: Callable[[str, str, str | None], Any], layout: str, question: str
) -> None:
    expect_answer(COVER + CLAUSES[layout] + BODY, question, None)


@pytest.mark.parametrize("layout", sorted(CLAUSES))
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the management fee of the Castlegate Small Cap Value Fund?", "0.85%"),
        ("Who manages the Castlegate Small Cap Value Fund?", "Helen Marsh"),
        ("What is the minimum initial investment for the Small Cap Value Fund?", "$2,500"),
    ],
)
def test_the_filing_s_own_fund_is_still_answered(
    expect_answer: Callable[[str, str, str | None], Any],
    layout: str,
    question: str,
    expected: str,
) -> None:
    expect_answer(COVER + CLAUSES[layout] + BODY, question, expected)


def test_the_other_side_is_still_an_answer_of_the_change(
    expect_answer: Callable[[str, str, str | None], Any],
) -> None:
    expect_answer(
        COVER + CLAUSES["reorganized"] + BODY,
        "Into which fund will the Castlegate Small Cap Value Fund be reorganized?",
        "Castlegate Small Cap Core Fund",
    )


def test_a_fund_the_cover_titles_is_covered_though_another_merges_into_it(
    expect_answer: Callable[[str, str, str | None], Any],
) -> None:
    """The acquiring fund's own supplement names it on its cover: its fee table is its own."""
    text = (
        "CASTLEGATE INVESTMENT TRUST\n"
        "Castlegate Small Cap Core Fund\n"
        "Supplement dated June 2, 2025 to the Prospectus dated February 1, 2025\n\n"
        "The Board of Trustees approved the reorganization of the Castlegate Small Cap Value "
        "Fund into the Castlegate Small Cap Core Fund, expected on September 12, 2025.\n" + BODY
    )
    meta = _meta(text)
    assert "Castlegate Small Cap Core Fund" in meta.funds
    assert meta.counterparties == ()
    expect_answer(
        text, "What is the management fee of the Castlegate Small Cap Core Fund?", "0.85%"
    )
