"""Whether a filing covers a fund the question names or describes: "yes" with the fund as the
filing names it, cited; a fund it does not cover gets no answer (no "no" the filing does not
say), and a fund whose name differs only in a number is another fund."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import covered
from assistant.engine import Assistant

COVER = """NORTHWIND TRUST IV
Northwind SmartRetirement® Blend 2040 Fund
Northwind SmartRetirement® Blend 2045 Fund
Northwind Floating Rate High Income Fund

Supplement dated August 25, 2025 to the Prospectus dated November 1, 2024

Effective immediately, Dana Holt will no longer serve as a portfolio manager to the Funds. \
All references to Ms. Holt are hereby deleted.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"c.txt": COVER})


@pytest.mark.parametrize(
    ("question", "fund"),
    [
        ("Is the Northwind SmartRetirement Blend 2045 Fund among the listed funds?",
         "Northwind SmartRetirement® Blend 2045 Fund"),
        ("Does the Holt supplement apply to Northwind SmartRetirement Blend 2040 Fund?",
         "Northwind SmartRetirement® Blend 2040 Fund"),
        ("Does the supplement cover a Northwind floating-rate fund?",
         "Northwind Floating Rate High Income Fund"),
        # a notice; a name without its family's word, of one fund only
        ("Does the Holt departure notice also cover the SmartRetirement Blend 2045 Fund?",
         "Northwind SmartRetirement® Blend 2045 Fund"),
    ],
)  # fmt: skip
def test_a_fund_the_filing_covers(assistant: Assistant, question: str, fund: str) -> None:
    a = assistant.ask(question, doc="c.txt")
    assert a.answered, a.answer
    assert a.answer.startswith("Yes") and list(a.items) == [fund], a.answer
    assert a.citations


@pytest.mark.parametrize(
    "question",
    [
        "Is the Northwind SmartRetirement Blend 2050 Fund among the listed funds?",
        "Does the supplement cover a Northwind gold fund?",
        "Does the notice cover the SmartRetirement Blend 2050 Fund?",
        "Does the notice cover the SmartRetirement Blend Fund?",  # two funds hold these words
    ],
)
def test_a_fund_it_does_not_cover_gets_no_answer(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="c.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("Is the X Fund among the listed funds?", "the X Fund"),
        ("Does this supplement apply to X Portfolio?", "X Portfolio"),
        ("Does the supplement cover an MFS floating-rate fund?", "an MFS floating-rate fund"),
        ("Does the supplement apply to Class C shares?", None),
        ("Is the fee waiver among the changes?", None),
    ],
)
def test_the_fund_asked(question: str, phrase: str | None) -> None:
    assert covered.asked(question) == phrase
