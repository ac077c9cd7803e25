"""The table reader on fee tables of several layouts: share-class columns, split percent cells,
footnote marks, captions in the header row, one-class tables."""

from __future__ import annotations

import pytest

from assistant import tables
from index.model import Passage


def rows(*texts: str, start: int = 0) -> list[Passage]:
    return [
        Passage("f.txt", start + i, ("Fees",), i + 1, i + 1, 0, len(t), t, kind="row")
        for i, t in enumerate(texts)
    ]


SPLIT_PERCENT = rows(
    "Shareholder Fees (fees paid directly from your investment) | Class: | A | C | R | Y",
    "Management Fees2 | 0.85 | % | 0.85 | % | 0.85 | % | 0.85 | %",
    "Other Expenses3 | 1.04 | 1.04 | 1.04 | 1.04",
    "Total Annual Fund Operating Expenses | 2.16 | 2.91 | 2.41 | 1.91",
    "Fee Waiver and/or Expense Reimbursement4 | (0.66 | )% | 0.66 | 0.66 | 0.66",
    "Total Annual Fund Operating Expenses After Fee Waiver | 1.50 | 2.25 | 1.75 | 1.25",
)
ONE_CELL_HEADER = rows(
    "Class: A C",
    "Maximum Sales Charge (Load) Imposed on Purchases | 5.75% | None",
    "Maximum Deferred Sales Charge (Load) | None | 1.00%",
)
ONE_CLASS = rows(
    "ADV",
    "Management Fees | 0.70 | %",
    "Total Annual Portfolio Operating Expenses1 | 1.73 | %",
    "Total Annual Portfolio Operating Expenses After Waivers | 1.56 | % | 1",
)


@pytest.mark.parametrize(
    ("table", "question", "classes", "said", "values"),
    [
        (SPLIT_PERCENT, "What is the management fee?", (), "0.85% for each of", ["0.85%"]),
        (
            SPLIT_PERCENT,
            "What are Class Y's total annual fund operating expenses?",
            ("Class Y",),
            "Total Annual Fund Operating Expenses: 1.91% (Class Y)",
            ["1.91%"],
        ),
        (
            SPLIT_PERCENT,
            "Class C total operating expenses after the fee waiver?",
            ("Class C",),
            "After Fee Waiver: 2.25% (Class C)",
            ["2.25%"],
        ),
        (
            SPLIT_PERCENT,
            "How large is the fee waiver for Class A?",
            ("Class A",),
            "(0.66)%",
            ["(0.66)%"],
        ),
        (
            ONE_CELL_HEADER,
            "What is the maximum front-end sales charge on purchases of Class A?",
            ("Class A",),
            "5.75% (Class A)",
            ["5.75%"],
        ),
        (
            ONE_CELL_HEADER,
            "What deferred sales charge applies to Class C shares?",
            ("Class C",),
            "1.00% (Class C)",
            ["1.00%"],
        ),
        (
            ONE_CLASS,
            "What are the total operating expenses after waivers?",
            (),
            "After Waivers: 1.56% (Class ADV)",
            ["1.56%"],
        ),
        (ONE_CLASS, "What is the management fee?", (), "Management Fees: 0.70%", ["0.70%"]),
    ],
)
def test_a_cell_by_row_label_and_class(
    table: list[Passage], question: str, classes: tuple[str, ...], said: str, values: list[str]
) -> None:
    cells = tables.read(table, question, classes)
    assert [c.value for c in cells][:1] == values[:1]
    assert said in tables.say(cells)
    assert all(c.header is not None and c.header.ordinal == 0 for c in cells)


def test_a_table_in_percent_gives_each_value_its_sign() -> None:
    # the sign is printed on the first row only; a table with no sign anywhere stays bare
    table = rows(
        "Annual Fund Operating Expenses | Class A | Class C",
        "Management Fees | 0.60 % | 0.60 %",
        "Total Annual Fund Operating Expenses | 1.02 | 1.76",
        "Fee Waiver | (0.24) | (0.24)",
    )
    cells = tables.read(table, "What are the total annual fund operating expenses?")
    assert [c.value for c in cells] == ["1.02%", "1.76%"]
    cells = tables.read(table, "What is the fee waiver for Class C?", ["Class C"])
    assert [c.value for c in cells] == ["(0.24)%"]
    bare = rows("Year | Class A", "Net Asset Value, End of Year | 10.52", "Total Return | 4.10")
    assert [c.value for c in tables.read(bare, "What was the net asset value?")] == ["10.52"]


def test_a_unit_column_or_a_spaced_sign_is_a_percent() -> None:
    """ "Management Fees | % | 0.85": the sign in a cell of its own before the value; "0.11 %":
    the sign set apart. Either way the value is read as "0.85%"."""
    unit = rows("Class | I", "Management Fees | % | 0.85", "Other Expenses | % | 0.20")
    assert [c.value for c in tables.read(unit, "What is the management fee?")] == ["0.85%"]
    assert [c.value for c in tables.read(unit, "What are the other expenses?")] == ["0.20%"]
    spaced = rows(
        "Class: | R", "Management Fees | 0.11 %", "Total Annual Fund Operating Expenses | 0.62 %"
    )
    assert [c.value for c in tables.read(spaced, "What is the management fee?")] == ["0.11%"]


def test_a_total_is_of_what_its_header_names() -> None:
    """A "Total" row answers for what its header's caption cell names (the trust's operating
    expenses), not a "Total" of a holdings breakdown further on; an "Other ..." row is not the
    total."""
    fees = rows(
        "Estimated Annual Trust Ordinary Operating Expenses | As a % of Trust Average Net Assets",
        "Trustee's Fee | 0.0463 | %",
        "Marketing | 0.0162 | %",
        "Other Operating Expenses | 0.0019 | %",
        "Total | 0.0945 | %",
    )
    breakdown = rows(
        "Industry | % of Net Assets", "Software | 11.2 | %", "Total | 100.0 | %", start=40
    )
    for table in (fees + breakdown, breakdown + fees):
        cells = tables.read(table, "What are the total annual fund operating expenses?")
        assert [c.value for c in cells] == ["0.0945%"]
    assert tables.read(breakdown, "What are the total annual operating expenses?") == []
    cells = tables.read(fees, "What are the other operating expenses?")
    assert [c.value for c in cells] == ["0.0019%"]


def test_a_row_named_by_its_share_class_needs_the_measure_named() -> None:
    """ "Class I Shares | $95 | $296" under a costs example answers a question about costs, not
    one about the minimum investment; a header of periods alone has no caption cell."""
    example = [
        Passage(
            "f.txt", 0, ("Example",), 1, 1, 0, 60, "Based on these assumptions your costs would be:"
        ),
        *rows(
            "1 Year | 3 Years | 5 Years | 10 Years",
            "Class I Shares | $95 | $296 | $514 | $1,142",
            start=1,
        ),
    ]
    costs = tables.read(
        example, "What would my costs be for Class I shares after 3 years?", ["Class I"]
    )
    assert [c.value for c in costs] == ["$296"]
    asked = "What is the minimum initial investment for Class I shares?"
    assert tables.read(example, asked, ["Class I"]) == []


@pytest.mark.parametrize(
    ("question", "classes"),
    [
        ("What is the redemption fee?", ()),  # no such row
        ("What is the management fee for Class B?", ("Class B",)),  # no such column
        ("Who manages the fund?", ()),
    ],
)
def test_no_cell_when_the_table_does_not_hold_it(question: str, classes: tuple[str, ...]) -> None:
    assert tables.read(SPLIT_PERCENT, question, classes) == []


def test_values_without_a_fitting_header_are_not_guessed() -> None:
    table = rows("Fees | Amount", "Management Fees | 0.85 | 0.95")
    assert tables.read(table, "What is the management fee?") == []


def test_tables_are_runs_of_consecutive_rows() -> None:
    first = rows("Class: A", "Management Fees | 0.5%")
    stray = rows("Other Expenses | 0.1%", start=5)
    assert [len(t) for t in tables.tables([*first, *stray])] == [2]


@pytest.mark.parametrize(
    ("table", "question", "key", "value"),
    [
        # header row, then rows
        (
            rows(
                "Acquired Fund | Acquiring Fund",
                "Harborgate Value Fund | Northgate Equity Fund",
                "Harborgate Bond Fund | Northgate Income Fund",
            ),
            "Which acquiring fund will take over the Harborgate Bond Fund?",
            "Harborgate Bond Fund",
            "Northgate Income Fund",
        ),
        # one flattened row holds the header and the values
        (
            rows("Portfolio | Surviving Portfolio | Harborgate Bond Portfolio | Summit Portfolio"),
            "Which surviving portfolio would absorb Harborgate Bond Portfolio?",
            "Harborgate Bond Portfolio",
            "Summit Portfolio",
        ),
        # one-cell rows open the table as its header
        (
            rows(
                "Acquired Portfolio",
                "Acquiring Portfolio",
                "Harborgate Growth Portfolio, a series of HT | Summit Growth Portfolio",
            ),
            "Which acquiring portfolio gets Harborgate Growth Portfolio?",
            "Harborgate Growth Portfolio",
            "Summit Growth Portfolio",
        ),
    ],
)
def test_lookup_by_a_named_fund(table: list[Passage], question: str, key: str, value: str) -> None:
    found = tables.lookup(table, question, [key])
    assert found is not None and found.value == value


def test_lookup_gives_every_row_of_the_named_fund() -> None:
    table = rows(
        "Acquired Portfolio",
        "Acquiring Portfolio",
        "Harborgate Income Portfolio, a series of HT | Summit Balanced Portfolio",
        "Harborgate Growth Portfolio, a series of HT | Summit Growth Portfolio",
        "Harborgate Value Portfolio, a series of HT | Summit Balanced Portfolio",
    )
    found = tables.lookup(
        table, "Which acquired portfolios go into Summit Balanced Portfolio?", ["Summit Balanced"]
    )
    assert found is not None and found.column == "Acquired Portfolio"
    assert found.values == (
        "Harborgate Income Portfolio, a series of HT",
        "Harborgate Value Portfolio, a series of HT",
    )
    assert [r.ordinal for r in found.rows] == [2, 4]


def test_lookup_needs_the_column_named() -> None:
    table = rows("Acquired Fund | Acquiring Fund", "Harborgate Bond Fund | Northgate Income Fund")
    assert (
        tables.lookup(
            table, "What was Harborgate Bond Fund formerly called?", ["Harborgate Bond Fund"]
        )
        is None
    )
    assert tables.lookup(table, "Which acquiring fund takes Summit Fund?", ["Summit Fund"]) is None


def test_a_header_of_class_names_above_a_caption_line() -> None:
    passages = [
        *rows("Class A | Investor Class | Class C"),
        Passage("f.txt", 1, ("Fees",), 2, 2, 0, 9, "Shareholder Fees", kind="paragraph"),
        *rows(
            "Maximum Sales Charge (Load) Imposed on Purchases | 3.00 | % | 2.50 | % | None",
            "Maximum Deferred Sales Charge (Load) | None | None | 1.00%",
            start=2,
        ),
    ]
    cells = tables.read(
        passages, "What is the front-end sales charge on Investor Class?", ["Investor Class"]
    )
    assert [(c.value, c.column) for c in cells] == [("2.50%", "Investor Class")]


def test_a_one_class_table_leaves_the_class_to_the_verifier() -> None:
    table = rows("Management Fees | 0.04 %", "Total Annual Fund Operating Expenses | 0.05 %")
    cells = tables.read(
        table, "What is the expense ratio of the Admiral Shares?", ["Admiral Shares"]
    )
    assert [c.value for c in cells] == ["0.05%"]


def stream(*cells: str) -> Passage:
    text = " | ".join(cells)
    return Passage("f.txt", 3, (), 4, 40, 0, len(text), text, kind="row")


RETURNS = stream(
    "During the periods shown in the chart:",
    "Returns",
    "Quarter ended",
    "Highest Quarter Return",
    "24.06%",
    "June 30, 2009",
    "Lowest Quarter Return",
    "-30.15%",
    "December 31, 2008",
)


def test_a_table_written_as_one_stream_of_cells_is_cut_into_rows() -> None:
    assert [r.text for r in tables.stream_rows(RETURNS)] == [
        "During the periods shown in the chart: | Returns | Quarter ended",
        "Highest Quarter Return | 24.06% | June 30, 2009",
        "Lowest Quarter Return | -30.15% | December 31, 2008",
    ]
    # a row of a plain table is no stream
    assert tables.stream_rows(rows("Initial Purchase | $2,500")[0]) == []


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "What was the fund's worst quarterly return?",
            "Lowest Quarter Return: -30.15% (Returns); December 31, 2008 (Quarter ended)",
        ),
        (
            "What was the highest quarterly return?",
            "Highest Quarter Return: 24.06% (Returns); June 30, 2009 (Quarter ended)",
        ),
    ],
)
def test_a_stream_row_by_its_label(question: str, said: str) -> None:
    cells = tables.read([RETURNS], question)
    assert tables.say(cells) == said
    assert cells[0].row is RETURNS  # cited as the passage the index holds


SUMMARY_FEES = rows(
    "Shareholder Fees (fees paid directly from your investment) | Class A | Class C | Class I",
    "Maximum Sales Charge (Load) Imposed on Purchases (as a percentage of offering price) | "
    "5.75% | None | None",
    "Maximum Deferred Sales Charge (Load) | None | 1.00% | None",
    "Annual Fund Operating Expenses | Class A | Class C | Class I",
    "Management Fees | 0.65% | 0.65% | 0.65%",
    "Total Annual Fund Operating Expenses | 1.10% | 1.85% | 0.80%",
)


def test_a_header_of_class_names_after_a_caption_cell() -> None:
    assert tables.header_columns(SUMMARY_FEES[0]) == ["Class A", "Class C", "Class I"]


@pytest.mark.parametrize(
    ("question", "classes", "said"),
    [
        # the deferred charge narrows its row: no answer to the plain sales charge
        (
            "What is the maximum sales charge for Class A shares?",
            ["Class A"],
            "Maximum Sales Charge (Load) Imposed on Purchases (as a percentage of offering "
            "price): 5.75% (Class A)",
        ),
        (
            "What is the CDSC on Class C shares?",
            ["Class C"],
            "Maximum Deferred Sales Charge (Load): 1.00% (Class C)",
        ),
        (
            "What are the total annual operating expenses for Class I?",
            ["Class I"],
            "Total Annual Fund Operating Expenses: 0.80% (Class I)",
        ),
    ],
)
def test_summary_prospectus_fee_rows(question: str, classes: list[str], said: str) -> None:
    assert tables.say(tables.read(SUMMARY_FEES, question, classes)) == said


SUMMIT_HTML = """<html><body>
<p>Summit Dividend Growth Fund</p>
<p>Summary Prospectus dated May 1, 2024</p>
<h2>Fees and Expenses of the Fund</h2>
<table>
<tr><td>Annual Fund Operating Expenses</td><td>Class A</td><td>Class C</td><td>Class I</td></tr>
<tr><td>Management Fees</td><td>0.65%</td><td>0.65%</td><td>0.65%</td></tr>
<tr><td>Distribution and Service (12b-1) Fees</td><td>0.25%</td><td>1.00%</td><td>None</td></tr>
</table>
<h2>Management</h2>
<p><b>Investment Adviser.</b> Summit Asset Management, LLC is the Fund's investment adviser.</p>
<p><b>Portfolio Managers.</b> Laura Chen has managed the Fund since 2015.</p>
</body></html>
"""


def test_a_conversation_about_one_fund(assistant_over) -> None:  # type: ignore[no-untyped-def]
    from assistant.understand import Conversation

    fund = assistant_over(
        {
            "summit.html": SUMMIT_HTML,
            "other.txt": "NORTHGATE FUND\nNorthgate Capital LLC advises the Northgate Fund.\n",
        }
    )
    talk = Conversation()
    first = fund.ask("Who manages the Summit Dividend Growth Fund?", context=talk)
    assert first.items == ("Laura Chen",), first.answer
    # "And ..." goes on from the question before it, however long
    fee = fund.ask("And for Class C, what is the 12b-1 fee?", context=talk)
    assert fee.items == ("1.00%",), fee.answer
    # a short who-question with no fund of its own keeps the fund of the conversation
    adviser = fund.ask("Who is the adviser?", context=talk)
    assert adviser.items == ("Summit Asset Management, LLC",), adviser.answer


def test_row_names_are_read_past_punctuation() -> None:
    # the question's name for the row ends in a question mark
    cells = tables.read(SUMMARY_FEES, "For Class C shares, what is the CDSC?", ["Class C"])
    assert tables.say(cells) == "Maximum Deferred Sales Charge (Load): 1.00% (Class C)"


NORTHGATE_FEES = """<html><body>
<p>Northgate Technology Fund</p>
<p>Summary Prospectus dated June 30, 2025</p>
<h2>Fees and Expenses of the Fund</h2>
<p>Annual Fund Operating Expenses (expenses that you pay each year as a percentage of the value
of your investment)</p>
<table>
<tr><td>Class:</td><td>A</td><td>C</td><td>Y</td></tr>
<tr><td>Management Fees</td><td>0.60 %</td><td>0.60 %</td><td>0.60 %</td></tr>
<tr><td>Other Expenses</td><td>0.17</td><td>0.17</td><td>0.17</td></tr>
<tr><td>Total Annual Fund Operating Expenses</td><td>1.02</td><td>1.76</td><td>0.77</td></tr>
</table>
<h2>Portfolio Turnover</h2>
<p>The Fund pays transaction costs when it buys and sells securities.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "fund operating expenses": the head of the phrase is "expenses", not "fund"
        (
            "What are the total annual fund operating expenses for Class C shares?",
            "1.76% (Class C)",
        ),
        ("What are the Class Y total annual fund operating expenses?", "0.77% (Class Y)"),
        ("What are the total annual fund operating expenses?", "1.02% (Class A)"),
    ],
)
def test_total_annual_fund_operating_expenses_by_class(
    assistant_over,
    question: str,
    said: str,  # type: ignore[no-untyped-def]
) -> None:
    a = assistant_over({"northgate.html": NORTHGATE_FEES}).ask(question)
    assert a.answered, a.answer
    assert said in a.answer


BREAKPOINTS_IN_TEXT = """KEYSTONE RIDGE FUNDS
Keystone Ridge Emerging Growth Fund

                Supplement dated August 14, 2003 to the Prospectus

The Adviser has agreed to reduce its advisory fee for the Keystone Ridge Emerging Growth
Fund. Effective September 1, 2003, the Fund will pay the Adviser a fee at the following
annual rates of average daily net assets:

      First $250 million ...................... 0.85%
      Next $250 million ....................... 0.80%
      Over $500 million ....................... 0.75%

Previously, the Fund paid a fee at the annual rate of 0.90% of average daily net assets.
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the new advisory fee on the first $250 million?", "0.85%"),
        ("What fee applies to assets over $500 million?", "0.75%"),
        ("What is the fee rate on the next $250 million?", "0.80%"),
        ("What was the previous advisory fee?", "0.90%"),
        ("What was the prior fee rate?", "0.90%"),
    ],
)
def test_breakpoints_of_an_old_text_table(
    assistant_over,
    question: str,
    value: str,  # type: ignore[no-untyped-def]
) -> None:
    a = assistant_over({"ridge.txt": BREAKPOINTS_IN_TEXT}).ask(question)
    assert a.answered, a.answer
    assert value in a.answer


@pytest.mark.parametrize(
    ("table", "head", "question", "value"),
    [
        # the one row a supplement adds to a table
        (
            rows(
                "Recipient | Frequency | Delay Before Dissemination", "BNY Mellon | Monthly | None"
            ),
            "recipient",
            "Which recipient was added to the ongoing arrangements?",
            "BNY Mellon",
        ),
        (
            rows(
                "Recipient | Frequency | Delay Before Dissemination", "BNY Mellon | Monthly | None"
            ),
            "frequency",
            "How often does it get the data?",
            "Monthly",
        ),
        # of several rows, the one the question names by another of its cells
        (
            rows(
                "Service Provider | Role | Location",
                "Eastbank Trust Company | Custodian | Boston, Massachusetts",
                "Northfield Services LLC | Transfer Agent | Kansas City, Missouri",
            ),
            "location",
            "What is the location of the transfer agent?",
            "Kansas City, Missouri",
        ),
    ],
)
def test_a_cell_by_the_column_a_question_names(
    table: list[Passage], head: str, question: str, value: str
) -> None:
    cell = tables.column_cell(table, head, question)
    assert cell is not None and cell.value == value


@pytest.mark.parametrize(
    ("question", "others"),
    [
        (
            "Which recipient was added, with what frequency and delay?",
            (("Frequency", "Monthly"), ("Delay Before Dissemination", "None")),
        ),
        ("Which recipient was added, and how often?", ()),  # no column named "often"
        ("Which recipient was added and at what frequency?", (("Frequency", "Monthly"),)),
        ("Which recipient was added?", ()),
    ],
)
def test_the_rows_other_cells_a_question_names_too(
    question: str, others: tuple[tuple[str, str], ...]
) -> None:
    table = rows(
        "Recipient | Frequency | Delay Before Dissemination", "BNY Mellon | Monthly | None"
    )
    cell = tables.column_cell(table, "recipient", question)
    assert cell is not None and cell.value == "BNY Mellon"
    assert cell.others == others


def test_no_cell_when_the_rows_cannot_be_told_apart() -> None:
    table = rows(
        "Recipient | Frequency",
        "BNY Mellon | Monthly",
        "Glass Lewis | Quarterly",
    )
    assert tables.column_cell(table, "recipient", "Which recipient gets the data?") is None
    # no column is headed by the word asked
    assert tables.column_cell(table, "delay", "What is the delay?") is None


HOLDINGS_TABLE = """NORTHGATE SERIES TRUST
Supplement dated May 1, 2015 to the Statement of Additional Information

The table under the heading "Ongoing Arrangements" is amended to include the following:

Recipient | Frequency | Delay Before Dissemination
Eastbank Data Services | Monthly | 10 days
"""


def test_a_two_part_question_over_the_columns_of_an_added_row(
    assistant_over,  # type: ignore[no-untyped-def]
) -> None:
    a = assistant_over({"holdings.txt": HOLDINGS_TABLE}).ask(
        "Which recipient was added to the ongoing arrangements, and how often does it get the data?"
    )
    assert a.answered, a.answer
    assert "Eastbank Data Services" in a.answer and "Monthly" in a.answer


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How often does Eastbank Data Services get portfolio holdings?", True),
        ("How often does Ridgeline Analytics LLC get portfolio holdings?", False),
        ("With what delay does Carl Berg receive the holdings?", False),
    ],
)
def test_the_one_row_answers_only_for_the_party_it_names(
    assistant_over,  # type: ignore[no-untyped-def]
    question: str,
    answered: bool,
) -> None:
    """A table's only row is not read for another recipient the question names."""
    a = assistant_over({"holdings.txt": HOLDINGS_TABLE}).ask(question)
    assert a.answered == answered, a.answer
    if not answered:
        assert "Monthly" not in a.answer and "10 days" not in a.answer


FIXED_WIDTH = """HARROWGATE INVESTMENT FUNDS
Harrowgate Dividend Income Fund
Supplement dated June 1, 2004 to the Prospectus dated February 1, 2004

ANNUAL FUND OPERATING EXPENSES

                                        Class A    Class B    Class C
Management Fees                           0.75%      0.75%      0.75%
Distribution (12b-1) Fees                 0.25%      1.00%      1.00%
Total Annual Fund Operating Expenses      1.30%      2.05%      2.05%

SHAREHOLDER FEES

                                        Class A    Class B    Class C
Maximum Sales Charge (Load) Imposed
  on Purchases                            5.75%       None       None
Maximum Deferred Sales Charge (Load)      None(1)    5.00%      1.00%
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the 12b-1 fee for Class B shares?", "1.00% (Class B)"),
        ("What are the total annual fund operating expenses for Class C?", "2.05% (Class C)"),
        ("What is the maximum sales charge on purchases of Class A shares?", "5.75% (Class A)"),
        ("What is the deferred sales charge for Class B?", "5.00% (Class B)"),
    ],
)
def test_a_fixed_width_fee_table(
    assistant_over,
    question: str,
    said: str,  # type: ignore[no-untyped-def]
) -> None:
    a = assistant_over({"fixed.txt": FIXED_WIDTH}).ask(question)
    assert a.answered, a.answer
    assert said in a.answer


PERFORMANCE = rows(
    "(for the periods ended December 31, 2024) | Past 1 Year | Past 5 Years | Past 10 Years",
    "Class Y - Return Before Taxes | 10.09% | 13.17% | 11.91%",
    "Return After Taxes on Distributions | 10.09% | 10.72% | 9.91%",
    "Class A - Return Before Taxes | 3.54% | 11.57% | 10.97%",
    "Class C - Return Before Taxes | 8.01% | 12.05% | 10.97%",
)


@pytest.mark.parametrize(
    ("question", "classes", "values"),
    [
        # the class is the row's, the period the column's
        ("What was the 5-year return of Class A shares before taxes?", ["Class A"], ["11.57%"]),
        ("What was the past 1 year return for Class C before taxes?", ["Class C"], ["8.01%"]),
        # no period asked: every period of the row
        (
            "What were the average annual returns of Class C shares before taxes?",
            ["Class C"],
            ["8.01%", "12.05%", "10.97%"],
        ),
        # a period the table does not have: no value
        ("What was the 3-year return of Class A shares before taxes?", ["Class A"], []),
    ],
)
def test_a_performance_table_by_class_row_and_period_column(
    question: str, classes: list[str], values: list[str]
) -> None:
    assert [c.value for c in tables.read(PERFORMANCE, question, classes)] == values


def test_a_row_label_that_opens_with_class_heads_no_columns() -> None:
    assert tables.header_columns(PERFORMANCE[3]) is None
    assert tables.header_columns(rows("Class: A C R6")[0]) == ["Class A", "Class C", "Class R6"]


def test_a_lone_currency_cell_belongs_to_the_number_after_it() -> None:
    row = rows("Class C | $ | 187 | $ | 579 | $ | 1,962")[0]
    assert tables.cells_of(row) == ["Class C", "$187", "$579", "$1,962"]


SPANNED_MINIMUMS = rows(
    "Institutional Shares | Investor Shares",
    "Minimum Initial Investment | Minimum Additional Investment | Minimum Initial Investment"
    " | Minimum Additional Investment",
    "Standard Accounts | $10,000 | $100 | $2,500 | $100",
    "Retirement Accounts | $5,000 | $100 | $1,000 | $50",
)
ACCOUNT_MINIMUMS = rows(
    "Type of Account | Initial Investment Per Fund | Additional Investments Per Fund",
    "Asset or fee-based accounts managed by your financial adviser | None | None",
    "IRAs and Coverdell ESAs purchasing through a systematic purchase plan | $25 | $25",
    "All other accounts | $1,000 | $50",
)


@pytest.mark.parametrize(
    ("table", "question", "classes", "expected"),
    [
        (
            SPANNED_MINIMUMS,
            "What is the minimum initial investment?",
            (),
            [
                ("Standard Accounts", "Institutional Shares", "$10,000"),
                ("Standard Accounts", "Investor Shares", "$2,500"),
                ("Retirement Accounts", "Institutional Shares", "$5,000"),
                ("Retirement Accounts", "Investor Shares", "$1,000"),
            ],
        ),
        # the class asked keeps the columns under it; a row the question names narrows it
        (
            SPANNED_MINIMUMS,
            "What is the minimum initial investment for retirement accounts?",
            ("Investor Shares",),
            [("Retirement Accounts", "Investor Shares", "$1,000")],
        ),
        (
            SPANNED_MINIMUMS,
            "What is the minimum additional investment?",
            (),
            [
                ("Standard Accounts", "Institutional Shares", "$100"),
                ("Standard Accounts", "Investor Shares", "$100"),
                ("Retirement Accounts", "Institutional Shares", "$100"),
                ("Retirement Accounts", "Investor Shares", "$50"),
            ],
        ),
        (
            ACCOUNT_MINIMUMS,
            "What is the minimum initial investment for IRAs?",
            (),
            [("IRAs and Coverdell ESAs purchasing through a systematic purchase plan", "", "$25")],
        ),
        (
            ACCOUNT_MINIMUMS,
            "What initial investment is required?",
            (),
            [
                ("Asset or fee-based accounts managed by your financial adviser", "", "None"),
                (
                    "IRAs and Coverdell ESAs purchasing through a systematic purchase plan",
                    "",
                    "$25",
                ),
                ("All other accounts", "", "$1,000"),
            ],
        ),
    ],
)
def test_values_read_down_the_column_the_question_names(
    table: list[Passage],
    question: str,
    classes: tuple[str, ...],
    expected: list[tuple[str, str, str]],
) -> None:
    found = tables.column_values(table, question, classes)
    assert [(v.row_label, v.group, v.value) for v in found] == expected


@pytest.mark.parametrize(
    "table",
    [
        # a share class heads a column of the class, not of what is asked
        rows("Shareholder Fees | Class A | Investor", "Maximum Sales Charge | 5.50% | None"),
        rows("Investor Shares | Institutional Shares", "$2,500 | $10,000"),
        # one word of the question is not a column it names
        rows("Account | Investment", "Standard | $1,000"),
    ],
)
def test_no_column_the_question_names_reads_nothing(table: list[Passage]) -> None:
    assert tables.column_values(table, "What is the minimum initial investment?", ()) == []


def test_a_column_read_is_said_row_by_row() -> None:
    found = tables.column_values(SPANNED_MINIMUMS, "What is the minimum initial investment?", ())
    assert tables.say_column(found) == (
        "Minimum Initial Investment: Standard Accounts: $10,000 (Institutional Shares), $2,500"
        " (Investor Shares); Retirement Accounts: $5,000 (Institutional Shares), $1,000"
        " (Investor Shares)"
    )


def test_a_caption_names_what_a_table_of_classes_holds() -> None:
    """ "Minimum Initial Investment $ by share class" over "Class | A | I" and rows by account:
    the caption says what is asked, the header the classes."""
    caption = Passage(
        "f.txt", 0, ("Fees",), 1, 1, 0, 40, "Minimum Initial Investment $ by share class"
    )
    table = [
        caption,
        *rows(
            "Class | A | I",
            "Non-retirement accounts | $ | 1,000 | $ | 250,000",
            "Retirement accounts | $ | 250 | $ | 250,000",
            start=1,
        ),
    ]
    found = tables.column_values(
        table, "What is the minimum initial investment for Class I?", ("Class I",)
    )
    assert [(v.row_label, v.group, v.value) for v in found] == [
        ("Non-retirement accounts", "Class I", "$250,000"),
        ("Retirement accounts", "Class I", "$250,000"),
    ]
    assert tables.say_column(found).startswith("Minimum Initial Investment $ by share class:")
    # another caption names another measure: nothing is read
    other = [
        Passage("f.txt", 0, ("Fees",), 1, 1, 0, 30, "Sales charges by share class"),
        *table[1:],
    ]
    assert tables.column_values(other, "What is the minimum initial investment?", ()) == []


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("What is the minimum initial investment?", ["$10,000", "$100,000"]),
        ("What is the minimum initial investment for the Premier Class?", ["$100,000"]),
        ("What is the minimum balance for the Investor Class?", ["$10,000"]),
    ],
)
def test_one_row_under_several_captions(question: str, values: list[str]) -> None:
    """A one-cell row names the rows below it ("Minimums - Investor Class"); the same row
    under each caption is read under each, and the caption the question names is kept."""
    table = rows(
        "Minimums - Investor Class",
        "Initial Purchase | $10,000",
        "Balance | $10,000",
        "Minimums - Premier Class",
        "Initial Purchase | $100,000",
        "Balance | $100,000",
    )
    cells = tables.read(table, question)
    assert [c.value for c in cells] == values
    assert all(c.column.startswith("Minimums - ") for c in cells)


def test_a_fee_row_under_each_funds_caption() -> None:
    table = rows(
        "Northgate Income Fund",
        "Management Fees | 0.50%",
        "Northgate Growth Fund",
        "Management Fees | 0.75%",
    )
    cells = tables.read(table, "What is the management fee of the Northgate Growth Fund?")
    assert [(c.column, c.value) for c in cells] == [("Northgate Growth Fund", "0.75%")]


PERFORMANCE_BY_CLASS = rows(
    "Inception | 1 Year | 5 Years | 10 Years",
    "Class I | 12/17/2012 | 6.82 | % | 4.42 | % | 4.73 | %",
    "Class I | 4.13 | % | 2.26 | % | 2.59 | %",
    "Class A | 3/28/2002 | 3.37 | % | 3.53 | % | 4.15 | %",
)


@pytest.mark.parametrize(
    ("question", "classes", "values"),
    [
        ("What is the fund's inception date?", (), ["12/17/2012", "3/28/2002"]),
        ("What is the inception date of Class A shares?", ("Class A",), ["3/28/2002"]),
        # a date the header does not name
        ("To what date was the shareholder meeting adjourned?", (), []),
    ],
)
def test_dates_read_down_a_one_word_column(
    question: str, classes: tuple[str, ...], values: list[str]
) -> None:
    found = tables.column_values(PERFORMANCE_BY_CLASS, question, classes, dates=True)
    assert [v.value for v in found] == values


def test_a_date_column_is_named_by_its_own_words_not_by_date() -> None:
    table = rows(
        "Acquired Fund | Acquiring Fund | Reorganization Date",
        "Northgate Income Fund | Northgate Bond Fund | June 7, 2024",
    )
    assert tables.column_values(table, "When was the meeting adjourned to?", dates=True) == []
    found = tables.column_values(table, "What is the reorganization date?", dates=True)
    assert [v.value for v in found] == ["June 7, 2024"]


def test_a_header_row_holds_no_cell_of_a_column() -> None:
    """ "Which share classes does the fund offer?" over "Class A | Investor Class | Class C"
    under a "Class" header: a second header, not a row whose cell answers."""
    table = rows("Class | Minimum | Ticker", "Class A | Investor Class | Class C")
    assert (
        tables.column_cell(table, "share classes", "Which share classes does the fund offer?")
        is None
    )
    found = tables.column_cell(
        rows("Recipient | Frequency | Delay", "BNY Mellon | Monthly | None"),
        "recipient",
        "Which recipient was added?",
    )
    assert found is not None and found.value == "BNY Mellon"


def _table(section: str, above: str, *texts: str) -> list[Passage]:
    """A paragraph, then the rows of a table, all under one heading."""
    lead = Passage("f.txt", 0, (section,), 1, 1, 0, len(above), above)
    return [lead, *rows(*texts, start=1)]


RETURNS_BY_CLASS = _table(
    "Average Annual Total Returns",
    "The table shows how the Fund's average annual returns compare with a broad measure of "
    "market performance. After-tax returns are calculated using the highest federal rates.",
    "(for the periods ended December 31, 2024) | Past 1 Year | Past 5 Years | Past 10 Years",
    "Class Y - Return Before Taxes | 10.09% | 13.17% | 11.91%",
    "Class A - Return Before Taxes | 3.54% | 11.57% | 10.97%",
    "Sample 500 Index | 25.02% | 14.53% | 13.10%",
)
# periods in words, the sign in a cell of its own, the caption opening a long paragraph
RETURNS_IN_WORDS = _table(
    "Trust Performance",
    "Average Annual Total Returns (for periods ending December 31, 2024) The after-tax returns "
    "presented in the table are calculated using the highest historical individual federal "
    "marginal income tax rates and do not reflect the impact of state and local taxes.",
    "Past One Year | Past Five Years | Past Ten Years",
    "Return Before Taxes | 24.87 | % | 14.38 | % | 12.96 | %",
    "Return After Taxes on Distributions | 24.49 | % | 13.97 | % | 12.49 | %",
)
# the costs example: its periods are no returns, whatever the paragraph above says of returns
COSTS_EXAMPLE = _table(
    "Example",
    "The Example assumes that you invest $10,000 in the Fund for the time periods indicated "
    "and then redeem all of your shares at the end of those periods. The Example also assumes "
    "that your investment has a 5% return each year.",
    "1 Year | 3 Years | 5 Years | 10 Years",
    "Class A | $680 | $949 | $1,141 | $1,827",
    "Class C | $287 | $583 | $995 | $1,962",
)


@pytest.mark.parametrize(
    ("table", "question", "said"),
    [
        (
            RETURNS_BY_CLASS,
            "What was the fund's one-year return?",
            "Past 1 Year: Class Y - Return Before Taxes: 10.09%; Class A - Return Before Taxes: "
            "3.54%",
        ),
        (
            RETURNS_BY_CLASS,
            "How much did the fund return last year?",
            "Past 1 Year: Class Y - Return Before Taxes: 10.09%; Class A - Return Before Taxes: "
            "3.54%",
        ),
        (
            RETURNS_BY_CLASS,
            "What is the fund's five-year average annual total return?",
            "Past 5 Years: Class Y - Return Before Taxes: 13.17%; Class A - Return Before Taxes: "
            "11.57%",
        ),
        (
            RETURNS_IN_WORDS,
            "What was the fund's five-year return?",
            "Past Five Years: Return Before Taxes: 14.38%; Return After Taxes on Distributions: "
            "13.97%",
        ),
        (
            RETURNS_IN_WORDS,
            "What was the one-year return?",
            "Past One Year: Return Before Taxes: 24.87%; Return After Taxes on Distributions: "
            "24.49%",
        ),
        (
            COSTS_EXAMPLE,
            "What would you pay over 3 years?",
            "3 Years: Class A: $949; Class C: $583",
        ),
    ],
)
def test_a_period_column_read_down(table: list[Passage], question: str, said: str) -> None:
    # the period the question names, in digits or words ("the past year" is "1 Year"), not
    # another period ("Past 5 Years" holds "past" and "year" too); the index's row is left out
    assert tables.say_column(tables.column_values(table, question, ())) == said


@pytest.mark.parametrize(
    "question", ["What was the fund's one-year return?", "How much did the fund return last year?"]
)
def test_the_costs_example_holds_no_return(question: str) -> None:
    assert tables.column_values(COSTS_EXAMPLE, question, ()) == []


def test_several_columns_read_are_each_named() -> None:
    found = tables.column_values(
        RETURNS_BY_CLASS, "What were the Class A returns before taxes over 1 and 5 years?", ()
    )
    said = tables.say_column(found)
    assert said.startswith("Past 1 Year: ") and "Past 5 Years: " in said, said


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("operating", "operations", True),
        ("fees", "fee", True),
        ("quarterly", "quarter", True),
        ("purchases", "purchasing", True),
        ("investor", "investment", False),  # they share "invest" only
        ("management", "manager", False),
    ],
)
def test_one_word_in_two_forms(a: str, b: str, same: bool) -> None:
    assert tables._same(a, b) is same


def test_no_column_named_by_a_word_that_only_begins_alike() -> None:
    # "investment strategy" names no "Investor" column of a class and ticker table
    table = rows("Class | Institutional | Investor | Select", "Ticker | IXDXX | VXDXX | SXDXX")
    question = "What is the fund's principal investment strategy?"
    assert tables.column_cell(table, "the fund's principal investment strategy", question) is None


def test_the_classes_a_caption_paragraph_ends_with_head_the_table_below_it() -> None:
    def para(ordinal: int, text: str) -> Passage:
        return Passage("f.txt", ordinal, ("Fees",), ordinal + 1, ordinal + 1, 0, len(text), text)

    table = [
        *rows(
            "I. | The table titled “Annual Fund Operating Expenses” is replaced with the following:"
        ),
        para(
            1,
            "(expenses that you pay each year as a percentage of the value of your investment) "
            "Class V",
        ),
        *rows(
            "Management Fees | 0.05 | %",
            "Distribution and/or Service Fees (12b-1 Fees) | 0.30 | %",
            "Total Annual Operating Expenses | 1.35 | %",
            start=2,
        ),
    ]
    cells = tables.read(table, "What is the Class V management fee?", ["Class V"])
    assert [(c.value, c.column) for c in cells] == [("0.05%", "Class V")]
    # another class: the table states none for it
    assert tables.read(table, "What is the Class A management fee?", ["Class A"]) == []


def test_an_instruction_in_a_row_is_no_header() -> None:
    row = rows("II. | The table in the section titled “Example” is deleted and replaced:")[0]
    assert tables.header_columns(row) is None


@pytest.mark.parametrize(
    "question",
    [
        "Total annual operating expenses (Institutional Class)?",
        "Total annual operating expenses for the Institutional Class?",
        "Total annual operating expenses, “Institutional Class”?",
    ],
)
def test_a_class_in_brackets_is_no_measure(question: str) -> None:
    """A class written in brackets or quotes names a class, not what the question measures: the
    fee row answers, not the costs example's row of that class."""
    fees = rows(
        "Investor Class | Institutional Class",
        "Management Fees | 0.74% | 0.74%",
        "Other Expenses | 0.19% | 0.23%",
        "Total Annual Fund Operating Expenses | 1.18% | 0.97%",
    )
    example = [
        Passage(
            "f.txt", 4, ("Example",), 5, 5, 0, 60,
            "The example assumes that the Fund's operating expenses remain the same. Based on "
            "these assumptions your costs would be:",
        ),
        *rows("1 year | 3 years | 5 years | 10 years", "Investor Class | $120 | $ | 375",
              "Institutional Class | $99 | $ | 309", start=5),
    ]  # fmt: skip
    cells = tables.read(fees + example, question, ["Institutional Class"])
    assert [c.value for c in cells] == ["0.97%"], cells


FEES_AND_EXAMPLE_HTML = """<html><body>
<p><b>Fees and expenses</b></p>
<p>This table describes the fees and expenses that you may pay if you buy and hold shares of the
Northwind Income Fund.</p>
<p><b>Annual Fund Operating Expenses</b></p>
<table>
<tr><td></td><td>Investor Class</td><td>Institutional Class</td></tr>
<tr><td>Management Fees</td><td>0.74%</td><td>0.74%</td></tr>
<tr><td>Other Expenses</td><td>0.19%</td><td>0.23%</td></tr>
<tr><td>Total Annual Fund Operating Expenses</td><td>1.18%</td><td>0.97%</td></tr>
</table>
<p><b>Example</b></p>
<p>The example assumes that your investment has a 5% return each year and that the Fund's
operating expenses remain the same. Based on these assumptions your costs would be:</p>
<table>
<tr><td></td><td>1 year</td><td>3 years</td><td>5 years</td><td>10 years</td></tr>
<tr><td>Investor Class</td><td>$120</td><td>$375</td><td>$649</td><td>$1,432</td></tr>
<tr><td>Institutional Class</td><td>$99</td><td>$309</td><td>$536</td><td>$1,190</td></tr>
</table>
</body></html>
"""


def test_a_class_in_brackets_asks_the_fee_row_of_a_filing(assistant_over) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"f.html": FEES_AND_EXAMPLE_HTML}).ask(
        "Total annual operating expenses (Institutional Class)?", doc="f.html"
    )
    assert a.answered and "0.97%" in a.answer and "$99" not in a.answer, a.answer
