"""A ticker a filing's cover prints beside its fund's name, with no label ("Northwind Core Bond
ETF SUMMARY PROSPECTUS ... NWCB"), names the fund in a question asked of that filing, as its
name would; a word in capitals the filing goes on to use ("IBM") is no ticker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

ETF = """Northwind Core Bond ETF SUMMARY PROSPECTUS « AUGUST 6, 2025 NWCB

Before you invest, you may want to review the Northwind Core Bond ETF (the "Fund") prospectus, \
which contains more information about the Fund and its risks.

Investment Objective. The primary investment objective of the Northwind Core Bond ETF (the \
"Fund") is to provide a high level of current income. A secondary investment objective is \
capital appreciation.

Portfolio Manager. Dana Holt, a former director of IBM, has managed the Fund since 2020.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"etf.txt": ETF})


@pytest.mark.parametrize(
    "question",
    ["What is NWCB's investment objective?", "What are NWCB's primary and secondary objectives?"],
)
def test_the_covers_ticker_names_the_fund(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question, doc="etf.txt")
    assert a.answered, a.answer
    assert "high level of current income" in a.answer


def test_a_word_the_filing_goes_on_to_use_is_no_ticker(assistant: Assistant) -> None:
    assert assistant._cover_words("etf.txt") == frozenset({"NWCB"})
