"""A risk list narrowed by a compound topic ("market-capitalization risks", "China-related
risks"): the compound names its last word's topic ("Mid-Capitalization Company" is one of the
market-capitalization risks), and a list of other risks that shares only the compound's first
word ("the risks of emerging markets") is not the answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """Harrowgate Large Cap Value Portfolio
Summary Prospectus dated May 1, 2025

Principal Risks

The principal risks of investing in the Portfolio are:

Company Risk. The value of a company's securities may fall.

Foreign Investments Risk. The risks of investing in emerging markets include currency \
fluctuations, political instability, less liquid markets and weaker accounting standards.

Market Risk. Markets may go down sharply.

Market Capitalization Risk. Investing in one capitalization category may lag others.

Mid-Capitalization Company Risk. Mid-capitalization companies may be more volatile.

Small-Capitalization Company Risk. Small companies may have limited resources.

Value Investing Risk. Value stocks may stay undervalued.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which market-capitalization risks does the portfolio list?",
        "what capitalization-related risks apply to the portfolio",
    ],
)
def test_a_compound_topic_narrows_the_list(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"p.txt": FILING}).ask(question)
    said = " ".join([a.answer, *a.items])
    assert a.answered, a.answer
    for name in ("Market Capitalization", "Mid-Capitalization Company", "Small-Capitalization"):
        assert name in said, said
    assert "currency" not in said and "Value Investing" not in said, said


MID_ONLY = """<html><body>
<p>BRIGHTWELL DEFENSE ETF</p>
<p>Summary Prospectus dated May 1, 2025</p>
<p><b>Principal Risks</b></p>
<p><b>Aerospace and Defense Companies Risk.</b> Defense companies depend on government \
spending.</p>
<p><b>Mid-Cap Company Risk.</b> Mid-cap companies may be more volatile than large ones.</p>
<p><b>Market Risk.</b> Markets may go down sharply.</p>
<p><b>Index Risk.</b> The index may not perform as hoped.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Describe the fund's small-cap company risk.",
        "What is the small-cap risk of the ETF?",
    ],
)
def test_one_risk_named_by_a_compound_the_list_lacks_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"b.htm": MID_ONLY}).ask(question)
    assert not a.answered, a.answer
    assert "Mid-Cap" not in a.answer and "Aerospace" not in a.answer, a.answer


def test_one_risk_named_by_its_whole_compound_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"b.htm": MID_ONLY}).ask("Describe the fund's mid-cap company risk.")
    assert a.answered, a.answer
    assert "more volatile" in a.answer and "government" not in a.answer, a.answer


def test_one_compound_risk_in_a_list_with_both_sizes(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"p.txt": FILING}).ask("What is the small-capitalization company risk?")
    assert a.answered, a.answer
    assert "limited resources" in a.answer and "more volatile" not in a.answer, a.answer
