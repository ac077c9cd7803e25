"""A prospectus of several funds gives each fund a part with the same sections ("INVESTMENT
OBJECTIVE", "FEES AND EXPENSES", "PERFORMANCE", ...), headed "FUND SUMMARY -- X FUND" at the
same level as those sections: a question about one fund reads its part only, however the part
is headed. Read right too: a capitals heading over another ("FUND SUMMARY -- X" over
"INVESTMENT OBJECTIVE") and a heading over a wrapped line of capitalised words ("The Northbeam
Short Duration Fund (the "Fund") ..."); a performance table whose period header ran into its
caption ("AVERAGE ANNUAL TOTAL RETURNS ... 1 Year 5 Years 10 Years Class I Shares") is read by
period and class; and a return asked for a period ("the 10-year return") is no period."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from index.loaders import load_bytes
from index.sections import split


def _part(
    name: str, objective: str, rows: list[tuple[str, str]], periods: str, risks: list[str]
) -> str:
    """One fund's summary part, fixed-width, as a text prospectus prints it."""
    body = "\n".join(f"    Return Before Taxes{' ' * 22}{values}" for values, _ in rows[:1])
    classed = "\n".join(
        f"  {label}\n    Return Before Taxes{' ' * 22}{values}" for values, label in rows[1:]
    )
    return (
        f"FUND SUMMARY -- {name.upper()}\n\n"
        "INVESTMENT OBJECTIVE\n\n"
        f'The {name} (the "Fund") seeks {objective}, consistent with the preservation\n'
        "of capital and the other limits the Fund's policies describe for investors.\n\n"
        "PRINCIPAL RISKS\n\n"
        + "".join(
            f"{risk}. The value of the Fund's holdings may fall because of {risk.lower()}.\n\n"
            for risk in risks
        )
        + "PERFORMANCE\n\n"
        "The bar chart and table below show how the Fund's returns have varied over\n"
        "time, and how its average annual returns compare with those of an index.\n\n"
        "  AVERAGE ANNUAL TOTAL RETURNS (for the periods ended December 31, 2024)\n\n"
        f"                                            {periods}\n"
        f"  {rows[0][1]}\n{body}\n{classed}\n\n"
    )


FILING = (
    "                        NORTHBEAM INCOME TRUST\n\n"
    "                  Northbeam Strategic Income Fund\n"
    "                  Northbeam Short Duration Fund\n\n"
    "                Prospectus dated March 1, 2025\n\n"
    + _part(
        "Northbeam Strategic Income Fund",
        "a high level of current income",
        [
            ("5.36%     1.87%     2.41%", "Class I Shares"),
            ("0.63%     0.74%     1.66%", "Class A Shares"),
        ],
        "1 Year   5 Years   Since Inception",
        ["Credit Risk", "Interest Rate Risk", "Emerging Markets Risk"],
    )
    + "                                                                          9\n\n"
    + _part(
        "Northbeam Short Duration Fund",
        "current income",
        [
            ("5.01%     1.90%     1.88%", "Class I Shares"),
            ("2.40%     1.21%     1.42%", "Class A Shares"),
        ],
        "1 Year   5 Years   10 Years",
        ["Interest Rate Risk", "Liquidity Risk", "Market Risk"],
    )
    + "MANAGEMENT OF THE FUNDS\n\n"
    "Northbeam Capital LLC serves as investment adviser to each Fund and is responsible for\n"
    "the management of each Fund's portfolio under the oversight of the Board.\n"
)  # fmt: skip


def test_the_parts_headings_are_read() -> None:
    _, passages = split(load_bytes("p.txt", FILING.encode()))
    objective = [p for p in passages if p.text.startswith("The Northbeam Short Duration Fund")]
    assert objective and objective[0].section == ("INVESTMENT OBJECTIVE",)
    # (a heading, not the text of the passage under it)
    assert not any("FUND SUMMARY -- NORTHBEAM SHORT" in p.text for p in passages)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Class A 1 year return before taxes for the Short Duration Fund?", ["2.40%"]),
        ("What was the Short Duration Fund's Class I 10-year return before taxes?", ["1.88%"]),
        (
            "What's the 5-year return before taxes of the Strategic Income Fund's Class I?",
            ["1.87%"],
        ),
        (
            "What are the principal risks of the Short Duration Fund?",
            ["Interest Rate Risk", "Liquidity Risk", "Market Risk"],
        ),
    ],
)
def test_each_fund_s_part_answers_for_it(
    assistant_over: Callable[[dict[str, str]], Any], question: str, expected: list[str]
) -> None:
    answer = assistant_over({"p.txt": FILING}).ask(question, doc="p.txt")
    assert answer.answered and list(answer.items) == expected, answer.answer


def test_a_period_the_fund_has_no_column_for_is_not_stated(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    answer = assistant_over({"p.txt": FILING}).ask(
        "What's the 10-year average annual return of the Strategic Income Fund's Class I shares?",
        doc="p.txt",
    )
    assert not answer.answered, answer.answer
