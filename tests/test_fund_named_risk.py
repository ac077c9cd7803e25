"""A risk a question names after the fund's name ("Northwind Select REITs risk") is the risk
its own words name ("REITs"), not one named with the fund's words as well."""

from __future__ import annotations

from collections.abc import Callable

from assistant.engine import Assistant

FUND = """Northwind Select Fund
Summary Prospectus dated June 30, 2025

Principal Risks
REITs Risk: Investments in the real estate industry, including REITs, are sensitive to factors \
such as changes in real estate values, property taxes and tax laws, interest rates, cash flow of \
underlying real estate assets, occupancy rates, and government regulations.
Market Risk: The market value of a security may move up and down.
"""


def test_the_risk_named_after_the_funds_name(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"f.txt": FUND}).ask(
        "Northwind Select REITs risk: what factors are real estate investments sensitive to?",
        doc="f.txt",
    )
    assert a.answered, a.answer
    assert "occupancy rates" in a.answer and "interest rates" in a.answer, a.answer
