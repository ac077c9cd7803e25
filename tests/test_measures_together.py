"""Several measures asked together ("Class R 12b-1 fee and total annual operating expenses?"):
each read from its own row of the fee table, in each part's share class; every one must be
found, or the question is not answered by half of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant, _measure_parts

FEES = """HARBORGATE GROWTH AND INCOME FUND
Supplement dated January 1, 2017 to the Summary Prospectus dated May 1, 2016

Shareholder Fees (fees paid directly from your investment) | Class A | Class C | Class Y |
Maximum sales charge (load) imposed on purchases (as a % of offering price) | 5.50% | None | None |
Maximum deferred sales charge (load) | None | 1.00% | None |

Annual Fund Operating Expenses | Class A | Class C | Class Y |
Management Fees | 0.70% | 0.70% | 0.70% |
Distribution and/or Service (12b-1) Fees | 0.25% | 1.00% | None |
Acquired Fund Fees and Expenses | 0.04% | 0.04% | 0.04% |
Total Annual Fund Operating Expenses | 1.19% | 1.94% | 0.94% |
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Class C 12b-1 fee and total annual operating expenses?", ["1.00%", "1.94%"]),
        (
            "What are the Class A management fee, acquired fund fees and total annual fund "
            "operating expenses?",
            ["0.70%", "0.04%", "1.19%"],
        ),
        (
            "Class A max sales charge and Class Y total annual operating expenses?",
            ["5.50%", "0.94%"],
        ),
        # a date with a comma is no list of measures
        ("What is the Class A management fee in the table effective January 1, 2017?", ["0.70%"]),
        # one row named with "and"
        ("What are the acquired fund fees and expenses for Class Y?", ["0.04%"]),
    ],
)
def test_each_measure_from_its_row(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: list[str]
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask(question)
    assert answer.answered, answer.answer
    assert all(v in answer.answer for v in expected), answer.answer


def test_a_measure_the_table_lacks_is_no_half_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask("Class A management fee and redemption fee?")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Class A and Class C 12b-1 fee?", []),  # one measure of two classes
        ("ING Growth and Income Portfolio management fee?", []),  # a fund's name
        (
            "Main ETF: management fee, AFFE and net expense ratio?",
            ["Main ETF: management fee?", "AFFE?", "net expense ratio?"],
        ),
        (
            "Class I total expenses before and after the waiver?",
            [
                "Class I total expenses before the waiver?",
                "Class I total expenses after the waiver?",
            ],
        ),
        (
            "Returns with and without sales charges?",
            ["Returns with sales charges?", "Returns without sales charges?"],
        ),
        # one row's name with "and" in it is one measure
        ("What are the acquired fund fees and expenses?", []),
        (
            "Main ETF: size of the fee waiver, and acquired fund fees and expenses?",
            ["Main ETF: size of the fee waiver?", "acquired fund fees and expenses?"],
        ),
    ],
)
def test_measure_parts(question: str, parts: list[str]) -> None:
    assert _measure_parts(question) == parts


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Max front-end load on Class A?", ["5.50%"]),
        (
            "Harborgate Growth and Income Fund: max front-end load on Class A and Class C?",
            ["5.50%"],
        ),
    ],
)
def test_a_load_asked_tersely_is_an_amount(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: list[str]
) -> None:
    answer = assistant_over({"fees.txt": FEES}).ask(question)
    assert answer.answered, answer.answer
    assert all(v in answer.answer for v in expected), answer.answer


WAIVED = """HARBORGATE BALANCED PORTFOLIO
Summary Prospectus dated May 1, 2025

Annual Portfolio Operating Expenses | Class I | Class S | Class S2 | Class R6 |
Management Fees | 0.60% | 0.60% | 0.60% | 0.60% |
Distribution and/or Shareholder Services (12b-1) Fees | None | 0.25% | 0.40% | None |
Total Annual Portfolio Operating Expenses | 0.87% | 1.12% | 1.27% | 0.76% |
Waivers and Reimbursements | (0.18)% | (0.18)% | (0.18)% | (0.07)% |
Total Annual Portfolio Operating Expenses After Waivers and Reimbursements |\
0.69% | 0.94% | 1.09% | 0.69% |
"""


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        # two modifiers of one noun, the class written mark first, "ER" for expense ratio
        ("S2 class — gross and net ER?", ["1.27%", "1.09%"], ["0.87%", "0.94%"]),
        ("What are the gross and net expense ratio of the S2 Class?", ["1.27%", "1.09%"], []),
        ("R6 class: gross and net expense ratio?", ["0.76%", "0.69%"], ["1.27%"]),
        # the two set against each other
        ("Class S2 gross vs. net expense ratio?", ["1.27%", "1.09%"], ["0.87%", "0.94%"]),
        ("R6 class gross versus net ER?", ["0.76%", "0.69%"], ["1.27%"]),
        # two sides of one qualifier ("before and after the waivers")
        (
            "Class S2: total annual operating expenses before and after the waivers?",
            ["1.27%", "1.09%"],
            ["0.87%"],
        ),
        ("class I expense ratio before & after waivers", ["0.87%", "0.69%"], ["1.27%"]),
        # a class written with a lower-case "class"
        ("class S total annual operating expenses?", ["1.12%"], ["0.87%", "1.27%"]),
        # "12b-1" for the 12b-1 fee, beside another measure
        ("Class S 12b-1 and total annual portfolio operating expenses?", ["0.25%", "1.12%"], []),
    ],
)
def test_measures_asked_tersely(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    expected: list[str],
    not_expected: list[str],
) -> None:
    answer = assistant_over({"waived.txt": WAIVED}).ask(question)
    assert answer.answered, answer.answer
    assert all(v in answer.answer for v in expected), answer.answer
    assert not any(v in answer.answer for v in not_expected), answer.answer


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "S2 class gross and net expense ratio?",
            ["S2 class gross expense ratio?", "net expense ratio?"],
        ),
        (
            "Initial and subsequent minimum investment for Class A?",
            [
                "Initial minimum investment for Class A?",
                "subsequent minimum investment for Class A?",
            ],
        ),
    ],
)
def test_a_shared_noun_goes_with_each_modifier(question: str, parts: list[str]) -> None:
    assert _measure_parts(question) == parts
