"""A question for a trust ("X, the surviving portfolio, is a series of which trust?") is
answered by a registrant's name, not by the fund a reorganization table pairs X with; the trust
a filing's cover names above its fund still answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

FILING = """NORTHWIND INVESTORS TRUST
Northwind Total Return Bond Portfolio
("Portfolio")
Supplement dated November 4, 2013

1. On October 22, 2013, a majority of the Board of Trustees of Northwind Investors Trust \
approved a proposal to reorganize the Portfolio with and into the following "Surviving \
Portfolio" (the "Reorganization"):

Portfolio | Surviving Portfolio
Northwind Total Return Bond Portfolio | Northwind Intermediate Bond Portfolio
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Northwind Intermediate Bond Portfolio, the surviving portfolio, is a series of which "
         "trust?", None),
        ("Which trust is the Northwind Intermediate Bond Portfolio a series of?", None),
        ("Which trust is Northwind Total Return Bond Portfolio a series of?",
         "NORTHWIND INVESTORS TRUST"),
        # the surviving portfolio itself is still answered when asked
        ("Which portfolio survives the reorganization?", "Northwind Intermediate Bond Portfolio"),
    ],
)  # fmt: skip
def test_a_trust_asked_is_a_registrant(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str | None
) -> None:
    expect_answer(FILING, question, expected)


CIRCLE = """THE HARLOW CIRCLE FUND II
Harlow Global Environmental Change Fund
Supplement dated August 1, 2025 to the Prospectus

The Board of Trustees of The Harlow Circle Fund II (the "Trust") approved the liquidation of \
the Fund, which will occur on or about September 30, 2025.
"""


def test_a_registrant_named_as_a_fund_is_read_off_the_cover(
    expect_answer: Callable[[str, str, str | None], object],
) -> None:
    expect_answer(
        CIRCLE,
        "Which trust is the Harlow Global Environmental Change Fund a series of?",
        "Harlow Circle Fund II",
    )
