"""A performance table's best and worst quarters, whatever the filing calls them ("Best
Quarter", "Highest Quarter Return", "Lowest Quarterly Return") and whatever the question says:
the row is read across, its date with its return, in a table of rows or a stream of cells."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HEAD = """Harbourline Growth Fund
Supplement dated March 3, 2021 to the Prospectus dated May 1, 2020

The bar chart shows how the Fund's performance has varied from year to year.
"""

# one row a line, the filing's own words "Best" and "Worst"
ROWS = HEAD + (
    "Annual Total Returns\n"
    "Best Quarter | June 30, 2020 | 20.41%\n"
    "Worst Quarter | March 31, 2020 | -19.70%\n"
    "\nThe Fund's portfolio managers are unchanged.\n"
)
# an HTML table written one cell a line: label, return, date
STREAM = HEAD + (
    "|\nReturns\n|\nQuarter ended\n|\nHighest Quarter Return\n|\n20.41%\n|\nJune 30, 2020\n"
    "|\nLowest Quarter Return\n|\n-19.70%\n|\nMarch 31, 2020\n|\nYear-to-Date Return\n|\n"
    "4.12%\n|\nDecember 31, 2020\n"
    "\nThe Fund's portfolio managers are unchanged.\n"
)
# "Quarterly", the date first
QUARTERLY = HEAD + (
    "Calendar year total returns (%)\n"
    "Highest Quarterly Return | June 30, 2020 | 20.41%\n"
    "Lowest Quarterly Return | March 31, 2020 | -19.70%\n"
    "\nThe Fund's portfolio managers are unchanged.\n"
)

WORST = [
    "When was the worst quarter?",
    "What was the fund's lowest quarterly return and when?",
    "worst quarter and its return?",
    "When did the lowest quarter end?",
]
BEST = [
    "When was the best quarter?",
    "What was the highest quarterly return?",
    "when did the highest quarter return occur",
]


WORST_ROW = ("-19.70%", "March 31, 2020")
BEST_ROW = ("20.41%", "June 30, 2020")


@pytest.mark.parametrize("filing", [ROWS, STREAM, QUARTERLY], ids=["rows", "stream", "quarterly"])
@pytest.mark.parametrize(
    ("question", "own", "other"),
    [(q, WORST_ROW, BEST_ROW) for q in WORST] + [(q, BEST_ROW, WORST_ROW) for q in BEST],
)
def test_the_quarter_asked_is_its_own_row(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    question: str,
    own: tuple[str, str],
    other: tuple[str, str],
) -> None:
    a = assistant_over({"p.txt": filing}).ask(question)
    assert a.answered, a.answer
    assert any(v in a.answer for v in own), a.answer
    assert not any(v in a.answer for v in other), a.answer


@pytest.mark.parametrize("filing", [STREAM, QUARTERLY], ids=["stream", "quarterly"])
def test_a_when_question_gets_the_row_with_its_date(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str
) -> None:
    question = "When was the worst quarter, and what was the return?"
    a = assistant_over({"p.txt": filing}).ask(question)
    assert a.answered and "March 31, 2020" in a.answer and "-19.70%" in a.answer, a.answer
    assert a.citations and "March 31, 2020" in a.citations[0].text


def test_a_row_without_a_date_gives_no_when(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    filing = HEAD + "Best Quarter | 20.41%\nWorst Quarter | -19.70%\n"
    a = assistant_over({"p.txt": filing}).ask("When was the worst quarter?")
    assert not a.answered or "-19.70%" not in a.answer or "2020" not in a.answer, a.answer


@pytest.mark.parametrize("filing", [ROWS, STREAM, QUARTERLY], ids=["rows", "stream", "quarterly"])
@pytest.mark.parametrize(
    "question",
    [
        "What were the best and worst quarters?",
        "What were the highest and lowest quarterly returns?",
    ],
)
def test_both_extremes_asked_together(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str
) -> None:
    a = assistant_over({"p.txt": filing}).ask(question)
    assert a.answered, a.answer
    assert "20.41%" in a.answer and "-19.70%" in a.answer, a.answer


NAMED = HEAD.replace("Harbourline Growth Fund", "Harbourline Small Cap Opportunities Fund") + (
    "Annual Total Returns\n"
    "Best Quarter | June 30, 2020 | 20.41%\n"
    "Worst Quarter | March 31, 2020 | -19.70%\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Harbourline Small Cap Opportunities best quarter?",
        "Harbourline Small Cap Opportunities: best quarter?",
    ],
)
def test_a_fund_named_without_its_last_word_is_no_topic(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # ("Cap" of the fund's name is no expense cap asked for)
    a = assistant_over({"n.txt": NAMED}).ask(question)
    assert a.answered and "20.41%" in a.answer and "-19.70%" not in a.answer, a.answer


CAPTIONED = HEAD + (
    "Total returns (before taxes) as of 12/31 each year (%)\n"
    "Best Quarter: | Q2 2020 | +3.76%\n"
    "Worst Quarter: | Q1 2022 | -5.69%\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the fund's total return for calendar year 2022?",
        "What was Harbourline Growth Fund's total return for calender year 2022?",
    ],
)
def test_a_year_s_return_is_not_read_from_a_quarter_s_row(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": CAPTIONED}).ask(question)
    assert not a.answered, a.answer
    b = assistant_over({"p.txt": CAPTIONED}).ask("What was the worst quarter's return?")
    assert b.answered and "-5.69%" in b.answer, b.answer
