"""A fund or trust whose name is a family's word and generic words ("Northwind Series") is
named whole, not by the family's word alone: a question about "the Northwind Advantage Class"
asked of the whole corpus is not confined to that trust's filing."""

from __future__ import annotations

from collections.abc import Callable

from assistant.engine import Assistant, _telling_words

SERIES = """NORTHWIND SERIES
Northwind 100 Index Fund
Northwind Series 100 Index Fund
Supplement dated March 1, 2011 to the Prospectus

The Northwind 100 Index Fund will change its benchmark index effective April 1, 2011.
"""
MINIMUMS = """NORTHWIND SPARTAN INDEX FUNDS
Supplement dated August 1, 2009 to the Prospectus

Effective September 14, 2009, the following information replaces the similar information found \
in the "Buying Shares" section.

Minimums - Northwind Advantage Class
Initial Purchase | $100,000
Balance | $100,000
"""


def test_the_telling_words_of_a_name() -> None:
    assert _telling_words("Northwind Series") == 1
    assert _telling_words("Northwind Managed Payout Funds") == 3
    assert _telling_words("Kestrelmoor Small Cap Value Fund") == 4
    assert _telling_words("Growth Fund") == 1


def test_a_family_word_does_not_confine_the_question_to_one_trust(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    assistant = assistant_over({"series.txt": SERIES, "minimums.txt": MINIMUMS})
    a = assistant.ask(
        "What initial purchase minimum does Northwind set for the Northwind Advantage Class "
        "effective September 14, 2009?"
    )
    assert a.answered and "$100,000" in a.answer, a.answer
    assert a.citations and a.citations[0].doc == "minimums.txt"
