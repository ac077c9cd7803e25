"""A fund named by its own word alone ("the Wildermuth board" of "Wildermuth Endowment Fund"),
capitalised as a name, says which fund: a word that locates, not one the answer must say; a
generic word of the name ("the Fund's board") does not name it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

INTERVAL = """LARCHWOOD ENDOWMENT FUND
Prospectus Supplement dated April 30, 2020

The Fund. The Larchwood Endowment Fund (the "Fund") is a continuously offered, non-diversified, \
closed-end management investment company. The Fund operates as an interval fund that will make \
quarterly repurchase offers of no less than 5% of the outstanding shares of the Fund at net \
asset value per share. While the Fund may increase the size of these offerings up to a maximum \
of 25% of the Fund's outstanding shares, in the sole discretion of the Fund's board of trustees \
(the "Board"), it is not expected that the Board will do so.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"i.txt": INTERVAL})


@pytest.mark.parametrize(
    ("question", "located"),
    [
        ("Does the Larchwood board expect to raise repurchase offers above 5%?", {"larchwood"}),
        (
            "Will the Larchwood Endowment Fund raise its repurchase offers?",
            {"larchwood", "endowment"},
        ),
        # a generic word of the name alone names no fund
        ("Does the Fund's board expect to raise repurchase offers?", set()),
        # nor does a word the question does not write as a name
        ("does the larchwood board expect to raise repurchase offers?", set()),
    ],
)
def test_a_fund_named_by_its_own_word_is_located_not_asked(
    assistant: Assistant, question: str, located: set[str]
) -> None:
    scope = assistant._scope("i.txt", None, [], question)
    words = assistant._context_words(scope, [], question)
    assert located <= words
    assert not ({"larchwood", "endowment"} - located) & words
