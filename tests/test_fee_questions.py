"""Fee questions of any form read the fee table: a yes/no question ("Is there a redemption
fee?") is answered by the row's cells, "None" included; a row name said in the plural ("12b-1
fees") names its row."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FEES = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2021

Shareholder Fees (fees paid directly from your investment)

Class: | A | C | Y
Maximum Sales Charge (Load) Imposed on Purchases | 5.75% | None | None
Redemption Fee | None | None | None

Annual Fund Operating Expenses

Class: | A | C | Y
Management Fees | 0.65% | 0.65% | 0.65%
Distribution and/or Service (12b-1) Fees | 0.25% | 1.00% | None
Total Annual Fund Operating Expenses | 1.10% | 1.85% | 0.85%
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is there a redemption fee?", "None"),
        ("Does the fund charge a sales load?", "5.75%"),
        ("Are there any 12b-1 fees for Class C shares?", "1.00%"),
    ],
)
def test_a_yes_no_fee_question_reads_the_table(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask(question)
    assert answer.answered, answer.answer
    assert said in answer.items, answer.answer
    assert answer.citations and "|" in answer.citations[0].text


def test_a_row_name_in_the_plural(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask("What are the 12b-1 fees for Class C?")
    assert answer.answered, answer.answer
    assert answer.items == ("1.00%",)


WAIVED = """Larchwood Treasury Money Market Fund
Summary Prospectus dated January 31, 2025

Annual Fund Operating Expenses

| Institutional Class | Investor Class
Management Fees | 0.20% | 0.20%
Other Expenses | 40.43% | 40.43%
Total Annual Fund Operating Expenses | 40.79% | 41.04%
Fee Waivers and/or Expense Reimbursements1 | -40.53% | -40.53%
Total Annual Fund Operating Expenses2 | 0.26% | 0.51%
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the net expense ratio after fee waivers for Institutional Class?", "0.26%"),
        ("What are the Investor Class expenses after waivers and reimbursements?", "0.51%"),
        ("What is the gross expense ratio for Institutional Class?", "40.79%"),
        ("What is the Investor Class expense ratio before waivers?", "41.04%"),
    ],
)
def test_a_total_below_the_waiver_row_is_the_total_after_waivers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, value: str
) -> None:
    # the table repeats the total's label for the total after the waivers
    answer = assistant_over({"waived.txt": WAIVED}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (value,), answer.answer


@pytest.mark.parametrize(
    ("question", "picked", "value"),
    [
        ("Which share class has the lowest expenses?", ("Class Y",), "0.85%"),
        ("Which class has the highest 12b-1 fees?", ("Class C",), "1.00%"),
        # "None" is no fee at all: the lowest
        ("Which share class has the lowest 12b-1 fee?", ("Class Y",), "None"),
    ],
)
def test_which_class_has_the_lowest_is_compared_over_the_row(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    picked: tuple[str, ...],
    value: str,
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (*picked, value), answer.answer
    assert "Class A" in answer.answer  # the others' values are said beside


def test_the_same_value_for_every_class_is_no_lowest(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask("Which class has the lowest management fee?")
    assert not answer.answered, answer.answer


EXAMPLE_TABLE = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2021

Example

| 1 Year | 3 Years | 5 Years | 10 Years
Class A Shares | $451 | $718 | $1,004 | $1,818
"""


def test_periods_are_no_classes_to_compare(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"example.txt": EXAMPLE_TABLE}).ask(
        "Which share class has the lowest expenses?"
    )
    assert not answer.answered, answer.answer
