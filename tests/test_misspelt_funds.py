"""A fund name the question misspells by one letter is the fund the filing names, not an
unknown one; a name pieced together from words the filing uses for other funds is still
unknown."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

SELECT = """NORTHWIND FUNDS
Summary Prospectus dated April 1, 2025

Vaughan Larchmont Select Fund

Portfolio Managers

Chris Wall, Chief Investment Officer, has served as co-manager of the Fund since 2012. Scott \
Webb, Senior Portfolio Manager, has served as co-manager of the Fund since 2012.

Northwind Growth Strategy Portfolio and Northwind Moderate to Aggressive Allocation Portfolio \
are other series of the trust.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who co-manages the Vaughn Larchmont Select Fund?",
        "Who co-manages the Vaughan Larchmnt Select Fund?",
        "Who co-manages the Vaughan Larchmont Select Fund?",
    ],
)
def test_a_fund_misspelt_by_one_letter_is_the_fund_written(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"s.txt": SELECT}).ask(question, doc="s.txt")
    assert a.answered and "Chris Wall" in a.answer and "Scott Webb" in a.answer, a.answer


def test_a_name_pieced_from_other_funds_words_is_unknown(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": SELECT}).ask(
        "Who manages the Northwind Aggressive Strategy Portfolio?", doc="s.txt"
    )
    assert not a.answered and "Northwind Aggressive Strategy Portfolio" in a.answer, a.answer


HYPHENATED = """NORTHWIND CENTURY FUNDS
Supplement dated May 1, 2019 to the Prospectus

Northwind Century High-Yield Fund

Kevin Oakes, CFA, Vice President and Senior Portfolio Manager, has served on teams managing \
fixed-income investments for the fund since joining the advisor in 2010.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When did Kevin Oakes join the advisor of Northwind Century High-Yeild Fund?",
        "When did Kevin Oakes join the advisor of the Northwind Century Hgh-Yield Fund?",
    ],
)
def test_a_misspelt_half_of_a_hyphenated_word(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"h.txt": HYPHENATED}).ask(question)
    assert a.answered and "2010" in a.answer, a.answer
