"""The best and worst quarters a summary prospectus prints beside its bar chart: values signed
"+" or with an en dash are values ("+3.76%", "–22.15%"), "the bar chart" only says where to look,
and the class they are of is the one the caption nearest above names ("Total Returns of Investor
Class"), though the paragraph above it compares two classes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from index.amounts import cell_value

PERFORMANCE = """NORTHWIND SMALL CAP OPPORTUNITIES FUND
Summary Prospectus dated May 1, 2025

Fund performance
The bar chart and table that follow can help you evaluate the potential risks of investing in \
the Fund. The bar chart shows how returns for the Fund's Investor Class shares have varied over \
the past ten calendar years. The table compares the performance of the Investor Class and \
Institutional Class shares with a broad measure of market performance.
Total Returns of Investor Class (before taxes) as of 12/31 each year (%)
Best Quarter: | Q4 2020 | +23.00%
Worst Quarter: | Q1 2020 | –19.40%
"""


@pytest.mark.parametrize(
    ("cell", "value"),
    [("+3.76%", "+3.76%"), ("–22.15%", "–22.15%"), ("−1.20%", "−1.20%"), ("-5.69%", "-5.69%")],
)
def test_a_signed_cell_is_a_value(cell: str, value: str) -> None:
    assert cell_value(cell) == value


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"perf.txt": PERFORMANCE})


@pytest.mark.parametrize(
    "question",
    [
        "What were the fund's best and worst quarters in the bar chart?",
        "Best and worst quarter returns in the bar chart?",
        "What were the best and worst quarter returns?",
    ],
)
def test_the_best_and_worst_quarters(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="perf.txt")
    assert a.answered, a.answer
    assert "+23.00%" in a.answer and "–19.40%" in a.answer, a.answer


def test_the_quarters_are_of_the_class_the_caption_names(assistant: Assistant) -> None:
    a = assistant.ask(
        "What was the best calendar quarter return for the Investor Class shares?", doc="perf.txt"
    )
    assert a.answered and "+23.00%" in a.answer, a.answer
    a = assistant.ask(
        "What was the best calendar quarter return for the Institutional Class shares?",
        doc="perf.txt",
    )
    assert not a.answered, a.answer


CAPTIONED = """NORTHWIND LARGE CAP VALUE PORTFOLIO
Summary Prospectus dated May 1, 2025

Performance Information
The bar chart shows the performance of the Portfolio's Class ADV shares. The Portfolio's past \
performance is no guarantee of future results.
Calendar Year Total Returns Class ADV (as of December 31 of each year)
Best quarter: | 4th Quarter 2020 | 19.20%
Worst quarter: | 1st Quarter 2020 | -27.01%
"""

UNSTATED = """NORTHWIND GROWTH PORTFOLIO
Summary Prospectus dated May 1, 2025

Performance Information
The bar chart shows the performance of the Portfolio's Class ADV shares. Updated performance \
is available online.
Calendar Year Total Returns Class ADV (as of December 31 of each year)
"""


@pytest.fixture(scope="module")
def captioned(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"cap.txt": CAPTIONED, "none.txt": UNSTATED})


@pytest.mark.parametrize(
    "question",
    [
        "What were the best and worst quarters for Class ADV in the calendar-year bar chart?",
        "What was the best quarter for Class ADV in the calendar-year bar chart?",
    ],
)
def test_a_word_of_the_tables_caption_is_said_of_its_rows(
    captioned: Assistant, question: str
) -> None:
    a = captioned.ask(question, doc="cap.txt")
    assert a.answered, a.answer
    assert "4th Quarter 2020" in a.answer and "19.20%" in a.answer, a.answer


@pytest.mark.parametrize(
    "question",
    [
        "What were the best and worst quarters for Class ADV in the calendar-year bar chart?",
        "Which quarter was the worst for Class ADV?",
    ],
)
def test_a_quarter_asked_is_no_other_date(captioned: Assistant, question: str) -> None:
    a = captioned.ask(question, doc="none.txt")
    assert not a.answered, a.answer
