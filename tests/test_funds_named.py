"""A question whose wh-phrase asks for funds ("which underlying funds will X invest in?") is
not answered by a sentence that names no fund but the one the question names; one that names
them answers it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

FILING = """FIELDSTONE INVESTORS TRUST
Fieldstone Resolute Fund I
SUPPLEMENT DATED JANUARY 24, 2013 TO THE PROSPECTUS FOR FIELDSTONE RESOLUTE FUND I DATED AUGUST \
31, 2012.
IMPORTANT NOTICE REGARDING CHANGES IN INVESTMENT STRATEGY
EFFECTIVE MARCH 31, 2013
At a meeting of the Board of Trustees (the "Board") of Fieldstone Investors Trust (the "Trust") \
held on December 11, 2012, the Board approved changes to the principal investment strategies of \
the Fieldstone Resolute Fund I (the "Fund") in connection with an exemptive order (the \
"Exemptive Order") granted by the Securities and Exchange Commission to the Trust, on behalf of \
the Fund, and Ashgrove Associates, Inc. (the "Adviser") on December 5, 2012. The Exemptive Order \
allows the Adviser to allocate and reallocate the assets of the Fund between and among any \
sub-advisers so selected. The Adviser also will be responsible for determining the allocation \
of the Fund's assets among the various underlying funds and sub-advisers.
"""
NAMED = FILING.replace(
    "among the various underlying funds and sub-advisers.",
    "among the various underlying funds and sub-advisers. After March 31, 2013 the Fund will "
    "invest in the Ashgrove Bond Fund and the Ashgrove Value Fund.",
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (FILING, "Which underlying funds will Fieldstone Resolute Fund I invest in after March 31, "
         "2013?", None),
        (FILING, "what underlying funds does the fund use from March 31, 2013?", None),
        (NAMED, "Which underlying funds will Fieldstone Resolute Fund I invest in after March 31, "
         "2013?", "Ashgrove Bond Fund"),
    ],
)  # fmt: skip
def test_funds_asked_are_funds_named(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
