"""Amounts: money and percentages found in text with their spans, parsed to one value shape,
normalised for comparison, and read from table cells (index/amounts.py)."""

from __future__ import annotations

import pytest

from index.amounts import (
    Amount,
    band,
    cell_value,
    find,
    has_percentage,
    join_percent_cells,
    normalise,
    parse,
)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$1,000", 1000.0, "$"),
        ("$ 250", 250.0, "$"),
        ("$2.5 million", 2_500_000.0, "$"),
        ("$1 billion", 1e9, "$"),
        ("1.25%", 1.25, "%"),
        ("1.25 %", 1.25, "%"),
        (".75%", 0.75, "%"),
        ("8 percent", 8.0, "%"),
        ("8 per cent", 8.0, "%"),
        ("0.25 of 1%", 0.25, "%"),
        ("3/4 of 1%", 0.75, "%"),
        ("1 1/2%", 1.5, "%"),
        ("25 basis points", 0.25, "%"),
        ("(0.17)%", -0.17, "%"),
        ("-0.05%", -0.05, "%"),
        ("0.50", 0.5, ""),
        ("None", None, "nil"),
        ("N/A", None, "nil"),
        ("—", None, "nil"),
    ],
)
def test_parse(text: str, value: float | None, unit: str) -> None:
    amount = parse(text)
    assert amount is not None
    assert amount.unit == unit
    assert amount.value == pytest.approx(value) if value is not None else amount.value is None


def test_parse_refuses_words() -> None:
    assert parse("Class A") is None
    assert parse("") is None


def test_spellings_of_one_amount_compare_equal() -> None:
    assert normalise("1.25%") == normalise("1.25 percent") == normalise("1.250 %") == "1.25%"
    assert normalise("25 basis points") == normalise("0.25 of 1%") == normalise("0.25%")
    assert normalise("$2.5 million") == normalise("$2,500,000") == "$2,500,000"
    assert normalise("$1,000") == normalise("$1000.00") == "$1,000"
    assert normalise("1%") != normalise("$1")
    assert normalise("None") == "None"  # a nil cell keeps its word
    assert normalise("about half") == "about half"


def test_find_gives_spans_in_order_and_the_longest_spelling() -> None:
    text = (
        "The Adviser waives 0.25 of 1% of assets; the minimum is $2.5 million, the fee "
        "25 basis points, and the cap 1.25% (0.17)% after waivers. See page 12 and v1.5."
    )
    found = find(text)
    assert [a.text for a in found] == [
        "0.25 of 1%",
        "$2.5 million",
        "25 basis points",
        "1.25%",
        "(0.17)%",
    ]
    for a in found:
        assert text[a.start : a.end] == a.text
    assert found[2] == Amount("25 basis points", 0.25, "%", found[2].start, found[2].end)


def test_has_percentage() -> None:
    assert has_percentage("up to 8% of assets")
    assert has_percentage("eight percent? no: 8 percent")
    assert has_percentage("a fee of 25 basis points")
    assert not has_percentage("$1,000 minimum, 30 days")


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("0.85%", "0.85%"),
        ("0.85%2", "0.85%"),  # footnote mark dropped
        ("0.50 1", "0.50"),
        ("(0.17)%", "(0.17)%"),
        ("$1,000", "$1,000"),
        ("None", "None"),
        ("none", "none"),
        ("N/A", "N/A"),
        ("–", "–"),
        ("None(1)", "None"),  # a footnote mark in parentheses, a star or glued on
        ("1.00%(2)", "1.00%"),
        ("0.75%*", "0.75%"),
        ("None1", "None"),
        ("Fees(1)", None),
        ("Class A", None),
        ("Management Fees", None),
        ("1 Year", None),
    ],
)
def test_cell_value(cell: str, value: str | None) -> None:
    assert cell_value(cell) == value


def test_split_percent_cells_are_joined() -> None:
    cells = ["Other Expenses ", " 0.85 ", " % ", " (0.17 ", " )% ", " 1.00% ", " Class 1", " %"]
    assert join_percent_cells(cells) == [
        "Other Expenses",
        "0.85%",
        "(0.17)%",
        "1.00%",
        "Class 1",  # a label ending in a digit takes no "%"
        "%",
    ]


def test_a_footnote_mark_in_its_own_cell_after_a_nil_is_dropped() -> None:
    cells = ["Maximum Deferred Sales Charge", "None", "1", "1.00", "%", "None", "N/A", "2"]
    assert join_percent_cells(cells) == [
        "Maximum Deferred Sales Charge",
        "None",
        "1.00%",
        "None",
        "N/A",
    ]
    # a number after a value is a value
    assert join_percent_cells(["Years", "0.85%", "1", "2"]) == ["Years", "0.85%", "1", "2"]


@pytest.mark.parametrize(
    ("label", "inside", "outside"),
    [
        ("Less than $50,000", [0, 49_999], [50_000]),
        ("Under $25,000", [10_000], [25_000, 30_000]),
        ("$50,000 but less than $100,000", [50_000, 99_999], [49_999, 100_000]),
        ("At least $50,000 but less than $100,000", [75_000], [100_000]),
        ("$50,000 - $99,999", [50_000, 99_999], [100_000]),
        ("$100,000 to $249,999", [100_000, 249_999], [250_000]),
        ("$500,000 – $999,999", [500_000], [1_000_000]),
        ("$1,000,000 or more", [1_000_000, 5e9], [999_999]),
        ("$1 million and over", [1e6], [999_999]),
        ("Over $1 million", [1_000_001], [1e6]),
        ("$2,500,000,000 and above*", [2.5e9], [2.4e9]),
        ("Purchases of $1 million or more (1)", [1e6], [5e5]),
    ],
)
def test_a_row_label_names_a_range_of_money(
    label: str, inside: list[float], outside: list[float]
) -> None:
    found = band(label)
    assert found is not None, label
    assert all(found.holds(v) for v in inside) and not any(found.holds(v) for v in outside)


@pytest.mark.parametrize(
    "label",
    ["Maximum Sales Charge $100,000", "$1,000", "Initial Investment $1,000", "Class A", "4.25%"],
)
def test_a_label_holding_an_amount_is_no_range(label: str) -> None:
    assert band(label) is None
