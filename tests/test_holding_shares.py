"""A share asked of a holding ("what share of the fund's assets is targeted to foreign
stocks?") is answered only by a text that speaks of that holding: "80% of its assets in
stocks" is no share of foreign stocks; a table row or sentence that names it (or names it in
the words filings use) is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

STOCKS_ONLY = """HARBORGATE GROWTH ALLOCATION FUND
Summary Prospectus dated February 28, 2025

Principal Investment Strategies
The Fund invests in other mutual funds. With a target allocation of approximately 80% of its \
assets in stocks and 20% of its assets in bonds, the Fund is subject to the risks of both.
"""
WITH_FOREIGN = (
    STOCKS_ONLY
    + """
Of its assets, the Fund targets approximately 32% to foreign stocks and 48% to U.S. stocks.
"""
)
WITH_INTERNATIONAL = (
    STOCKS_ONLY
    + """
The Fund's target allocation to international stocks is approximately 32% of its assets.
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "What share of the Harborgate Growth Allocation Fund's assets is targeted to foreign "
        "stocks?",
        "what percentage of the fund's assets goes to foreign stocks?",
        "What portion of fund assets is allocated to foreign stocks?",
    ],
)
def test_a_share_of_a_holding_the_filing_does_not_state(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": STOCKS_ONLY}).ask(question)
    assert not a.answered, a.answer
    if "targeted" in question:  # (asked in the filing's verb) the share it states
        b = assistant_over({"s.txt": WITH_FOREIGN}).ask(question)
        assert b.answered and "32%" in b.answer, b.answer


def test_a_holding_named_in_the_filing_s_own_word(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": WITH_INTERNATIONAL}).ask(
        "What share of the fund's assets is targeted to foreign stocks?"
    )
    assert a.answered and "32%" in a.answer, a.answer


def test_a_share_of_the_holding_the_text_names(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": STOCKS_ONLY}).ask(
        "What share of the fund's assets is targeted to stocks?"
    )
    assert a.answered and "80%" in a.answer, a.answer
