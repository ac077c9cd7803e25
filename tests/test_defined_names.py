"""A name a filing defines short ("Northwind Commodity Strategy Fund (the “Commodity Strategy
Fund”)") is answered in full when the answer's sentence uses the short one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

COMMODITY = """NORTHWIND MANAGED PAYOUT FUND
Supplement dated June 1, 2019 to the Prospectus dated April 29, 2019

Effective June 25, 2019, the Fund will invest a portion of its assets in Northwind Commodity \
Strategy Fund (the “Commodity Strategy Fund”), an underlying fund.

Principal Investment Strategies
Effective June 25, 2019, the Fund gains exposure to the commodities markets by investing in the \
Commodity Strategy Fund. The Fund may also invest directly in commodity-linked investments.
"""

PLAIN_QUOTES = COMMODITY.replace("“Commodity Strategy Fund”", '"Commodity Strategy Fund"')


@pytest.mark.parametrize("text", [COMMODITY, PLAIN_QUOTES], ids=["curly", "straight"])
@pytest.mark.parametrize(
    "question",
    [
        "From June 25, 2019, through which fund does the Managed Payout Fund gain commodities "
        "exposure?",
        "Which fund gives the Managed Payout Fund its commodities exposure?",
    ],
)
def test_a_short_name_is_answered_by_the_name_it_stands_for(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    a = assistant_over({"c.txt": text}).ask(question, doc="c.txt")
    assert a.answered, a.answer
    assert "Northwind Commodity Strategy Fund" in a.items, a.items


def test_a_name_defined_by_no_longer_name_is_kept(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = COMMODITY.replace(
        "Northwind Commodity Strategy Fund (the “Commodity Strategy Fund”)",
        "the Commodity Strategy Fund",
    )
    a = assistant_over({"c.txt": text}).ask(
        "Which fund gives the Managed Payout Fund its commodities exposure?", doc="c.txt"
    )
    assert a.answered, a.answer
    assert list(a.items) == ["Commodity Strategy Fund"]
