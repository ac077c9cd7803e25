"""A question for whose consent something needs ("whose agreement is needed to end the expense
limitation?") asks for the deciding party, as "who approved ...?" does: the board the sentence
names, not the amount of the limitation; a filing that names firms but no consent ("X has
agreed to sell Y to Z") does not answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Answer
from assistant.engine import Assistant, _consent_check
from assistant.understand import understand

WITH_BOARD = """NORTHWIND FUNDS
Northwind Core Bond Fund
Supplement dated May 1, 2025 to the Prospectus

The Adviser has agreed to limit the Fund's total annual operating expenses to 0.80% of its \
average daily net assets through May 1, 2026 (the "Expense Limitation"). The Expense Limitation \
can be terminated before May 1, 2026 only with the agreement of the Fund's Board.
"""
NO_PARTY = WITH_BOARD.replace(
    " The Expense Limitation can be terminated before May 1, 2026 only with the agreement of the "
    "Fund's Board.",
    "\n\nNorthwind Group, the parent of the Adviser, has conditionally agreed to sell the Adviser "
    'to Cedarhaven Holdings, Inc. (the "Transaction"), which may end the Expense Limitation.',
)


@pytest.mark.parametrize(
    "question",
    [
        "Before May 1, 2026, whose agreement is needed to end the expense limitation?",
        "whose agreement is required to terminate the Expense Limitation early",
    ],
)
def test_whose_consent_is_the_deciding_party(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    assert understand(question).answer_type == "party"
    answer = assistant_over({"s.txt": WITH_BOARD}).ask(question, doc="s.txt")
    assert answer.answered and "Board" in answer.answer, answer.answer
    answer = assistant_over({"n.txt": NO_PARTY}).ask(question, doc="n.txt")
    assert not answer.answered, answer.answer


def test_a_sentence_naming_firms_but_no_consent_fails_the_check(
    answer_citing: Callable[[str], Answer],
) -> None:
    q = "Whose approval or consent is the deal contingent on?"
    sold = "Northwind Group has conditionally agreed to sell Harborgate to Cedarhaven Inc."
    check = _consent_check(q, answer_citing(sold))
    assert check is not None and not check.ok
    needed = "The Transaction is subject to the consent of a substantial percentage of clients."
    assert _consent_check(q, answer_citing(needed)) is None
    assert _consent_check("Who is buying Harborgate?", answer_citing(sold)) is None
