"""A wh-phrase whose head is an address ("what business address does the SAI list for X?",
"which mailing address ...?") asks for a place, as "what is the address of X?" does: the
answer is an address the evidence gives for whom the question names, and a filing that gives
that person or firm no address does not answer it (a sentence of their biography is not one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

FILING = """GREYSTONE VARIABLE TRUST
Statement of Additional Information Supplement dated June 2, 2011

TRUSTEES

ADA K. MORROW (61), Trustee since 2004. She was a member of the Executive Committee of Harlow \
Industries from 1996 to July 2002 and is a Director of Pellam Corp.

The sub-adviser, Brightwater Capital Partners Ltd., 14 Fenwick Lane, Leeds, England, an \
affiliate of the adviser, manages the Fund's foreign holdings.

HOW TO SELL SHARES

You may redeem your shares through your financial intermediary, by telephone or by mail by \
writing to: Greystone Funds, P.O. Box 48213, Omaha, NE 68103-4821. Please write to the Fund \
if you have questions.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What business address does the SAI list for Ada Morrow?", None),
        ("Which mailing address is given for Ada K. Morrow?", None),
        ("What is the address of Ada Morrow?", None),
        ("What business address does the SAI give for Brightwater Capital Partners?",
         "14 Fenwick Lane"),
        ("Which office address is listed for the sub-adviser?", "14 Fenwick Lane"),
        ("What is the address of Brightwater Capital Partners?", "14 Fenwick Lane"),
        ("what address does the filing list for Brightwater", "14 Fenwick Lane"),
        # where mail is sent is an address too, its postal code whole
        ("What mailing address should I use to redeem shares by mail?", "NE 68103-4821"),
        ("What is the mailing address for redemptions?", "P.O. Box 48213"),
    ],
)  # fmt: skip
def test_an_address_asked_by_its_wh_phrase_is_a_place(
    expect_answer: Callable[[str, str, str | None], object],
    question: str,
    expected: str | None,
) -> None:
    expect_answer(FILING, question, expected)
