"""A fund whose name ends in a one-letter Roman numeral ("Resolute Fund I", "Growth Trust V
Portfolio") is read whole: on a cover, in a sentence and in a question, and a question about
it finds the filing that names it (and not one of "Fund II")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from index.metadata import _FUND_NAME_RE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the principal investment strategies of the Northwind Resolute Fund I (the “Fund”)",
         "Northwind Resolute Fund I"),
        ("the shares of the Northwind Resolute Fund I.", "Northwind Resolute Fund I"),
        ("Northwind Resolute Fund II, a series of the Trust", "Northwind Resolute Fund II"),
        # a word of a sentence after it: the pronoun, not a numeral
        ("the Northwind Growth Fund I manage has grown", "Northwind Growth Fund"),
        ("the Northwind Growth Fund Investor Class", "Northwind Growth Fund"),
    ],
)  # fmt: skip
def test_a_numeral_ends_the_name(text: str, name: str) -> None:
    assert spans.funds(text)[:1] == [name]
    assert name in [m.group() for m in _FUND_NAME_RE.finditer(text)]


def test_a_numeral_ends_a_cover_name_in_capitals() -> None:
    text = "NORTHWIND RESOLUTE FUND I\nSupplement dated January 24, 2013"
    assert [m.group() for m in _FUND_NAME_RE.finditer(text)][:1] == ["NORTHWIND RESOLUTE FUND I"]


FILING = """NORTHWIND INVESTORS TRUST

Northwind Resolute Fund I

Supplement dated January 24, 2013 to the Prospectus dated August 31, 2012

At a meeting of the Board of Trustees of Northwind Investors Trust held on December 11, 2012,
the Board approved changes to the principal investment strategies of the Northwind Resolute
Fund I (the “Fund”). Harbor Crest Associates, Inc. (the “Adviser”) is the adviser to the Fund.
"""


def test_a_numbered_fund_is_the_one_covered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": FILING}).ask("Which fund is this supplement about?", doc="s.txt")
    assert a.answered and "Northwind Resolute Fund I" in a.items, (a.answer, a.items)


def test_a_numbered_fund_asked_is_found_and_another_number_is_not(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    assistant = assistant_over({"s.txt": FILING})
    a = assistant.ask("Who is the adviser to Northwind Resolute Fund I?")
    assert a.answered and "Harbor Crest Associates" in a.answer, a.answer
    b = assistant.ask("Who is the adviser to Northwind Resolute Fund II?")
    assert not b.answered and "Northwind Resolute Fund II" in b.answer, b.answer
