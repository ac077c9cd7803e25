"""A question that describes what a part of a filing says and asks for the part ("which risk
deals with X?", "under which heading is Y discussed?") is answered with the name the part goes
by: the lead-in of the paragraph whose sentence says it (or of the paragraph that one goes on
from), or its heading; a description no part bears out is not answered."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.part_names import Asked, asked

PERIODS = """HARBORLIGHT CORE INCOME FUND
Summary Prospectus dated May 1, 2025

Principal Risks

Ratings Reliance Risk. A rating by a credit rating agency represents its opinion as to the \
credit quality of a security but is not an absolute standard of quality. Ratings present an \
inherent conflict of interest because the agencies are paid by the issuers whose securities \
they rate.

Model Risk. The adviser's use of its proprietary scoring models in selecting securities \
involves the risk that the models may not have the predictive qualities the adviser expects.

Asset Allocation Risk. The adviser's weighting of stocks, bonds and cash may favor an asset \
class that performs poorly relative to the others.

Liquidity Risk. Some holdings may be hard to sell at the price the Fund values them at.
"""
# The same risks with colons after sentence-case names, the model risk in a second paragraph.
COLONS = (
    PERIODS.replace("Ratings Reliance Risk.", "Ratings reliance risk:")
    .replace("Model Risk.", "Model risk:")
    .replace("Asset Allocation Risk.", "Asset allocation risk:")
    .replace("Liquidity Risk.", "Liquidity risk:")
    .replace(
        "securities involves the risk",
        "securities is central to its process.\n\nThis use involves the risk",
    )
)
HEADINGS = """ASHGROVE FUNDS
Supplement dated March 3, 2024 to the Statement of Additional Information

PORTFOLIO HOLDINGS DISCLOSURE

The Funds disclose their complete portfolio holdings to rating agencies with a delay of \
thirty days after each month end.

PROXY VOTING

The Board has delegated the voting of proxies for portfolio securities to the adviser, which \
votes them under written guidelines.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Which risk deals with the conflict of interest in credit ratings?",
         Asked("risk", "the conflict of interest in credit ratings")),
        ("Per the prospectus, what principal risk covers the adviser's scoring models?",
         Asked("risk", "the adviser's scoring models")),
        ("Under which heading is the delay for holdings disclosure discussed?",
         Asked("heading", "the delay for holdings disclosure")),
        ("Which principal risk of the Harborlight Core Income Fund relates to credit ratings?",
         Asked("risk", "credit ratings")),
        ("Which risks relate to leverage?", None),  # several: a list question
        ("Which fund deals with municipal bonds?", None),
        ("Which risk covers X, and which risks does it name?", None),  # one word left
    ],
)  # fmt: skip
def test_what_is_asked_of_a_named_part(question: str, found: Asked | None) -> None:
    assert asked(question) == found


@pytest.mark.parametrize("text", [PERIODS, COLONS], ids=["periods", "colons"])
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Which risk deals with the conflict of interest in credit ratings paid by issuers?",
         "ratings reliance risk"),
        ("Per the Principal Risks section, which risk addresses the adviser's use of its "
         "proprietary scoring models?", "model risk"),
        ("Which listed principal risk concerns the weighting of stocks, bonds and cash "
         "favoring a poorly performing asset class?", "asset allocation risk"),
    ],
)  # fmt: skip
def test_the_name_of_the_risk_that_says_it(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, name: str
) -> None:
    a = assistant_over({"r.txt": text}).ask(question, doc="r.txt")
    assert a.answered and [i.lower() for i in a.items] == [name], (a.answer, a.items)
    assert a.answer.lower().startswith(name) and a.citations, a.answer


def test_the_heading_a_paragraph_stands_under(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"h.txt": HEADINGS}).ask(
        "Under which heading is the thirty-day delay for disclosing holdings to rating agencies "
        "discussed?",
        doc="h.txt",
    )
    assert a.answered and a.items == ("PORTFOLIO HOLDINGS DISCLOSURE",), (a.answer, a.items)


@pytest.mark.parametrize(
    "question",
    [
        "Which risk deals with cybersecurity breaches at service providers?",
        "Which risk covers short selling of borrowed securities?",
    ],
)
def test_a_description_no_part_says_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"r.txt": PERIODS}).ask(question, doc="r.txt")
    assert not a.answered and not a.items, a.answer
