"""Who decides for a fund ("who approved the reorganization?", "who signed off on the
change?", "who decides whether ...?") is answered by the body or firm the sentence names: the
board of trustees, the board of directors, the adviser that recommended it; a person is no
answer a filing gives to it, and a sentence naming no such party answers nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.understand import understand

APPROVED_BY = """NORTHWIND MANAGED PAYOUT FUND
Supplement dated June 1, 2019 to the Prospectus

On June 25, 2019, the Fund will reallocate a portion of its assets to Northwind Commodity \
Strategy Fund. This change was previously approved by the Fund's board of trustees.
"""
BOARD_ACTS = """NORTHWIND FUNDS TRUST
Northwind Clean Energy Fund
Supplement dated August 1, 2025 to the Prospectus

The Board of Trustees of the Trust, at the recommendation of Harbor Crest Asset Management, \
Inc. (the "Adviser"), the investment adviser of the Fund, has approved a plan of liquidation \
of the Fund.
"""
NO_PARTY = """NORTHWIND MANAGED PAYOUT FUND
Supplement dated June 1, 2019 to the Prospectus

On June 25, 2019, the Fund will reallocate a portion of its assets to Northwind Commodity \
Strategy Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who approved the reallocation into the Commodity Strategy Fund?",
        "Who signed off on the fund's reallocation?",
        "Who has approved the plan of liquidation?",
        "Who decides whether the fund raises its repurchase offer?",
        "Who recommended the liquidation?",
    ],
)
def test_who_decides_asks_for_a_party(question: str) -> None:
    assert understand(question).answer_type == "party"


@pytest.mark.parametrize(
    "question",
    ["Who manages the fund?", "Who is the fund's custodian?", "Who replaced Jane Roe?"],
)
def test_other_who_questions_do_not(question: str) -> None:
    assert understand(question).answer_type != "party"


@pytest.mark.parametrize(
    ("filing", "question", "party"),
    [
        (APPROVED_BY, "Who approved the reallocation into the Commodity Strategy Fund?",
         "board of trustees"),
        (APPROVED_BY, "Who signed off on the fund's reallocation into the Commodity Strategy "
         "Fund?", "board of trustees"),
        (BOARD_ACTS, "Who has approved the plan of liquidation of the fund?", "Board of Trustees"),
        (BOARD_ACTS, "Who recommended the liquidation of the fund?",
         "Harbor Crest Asset Management, Inc."),
    ],
)  # fmt: skip
def test_the_party_named_is_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, question: str, party: str
) -> None:
    a = assistant_over({"f.txt": filing}).ask(question, doc="f.txt")
    assert a.answered and party in a.items, (a.answer, a.items)


def test_no_party_named_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"f.txt": NO_PARTY}).ask(
        "Who approved the reallocation into the Commodity Strategy Fund?", doc="f.txt"
    )
    assert not a.answered, a.answer


def test_the_bodies_a_text_names() -> None:
    said = "approved by the Board of Directors of the Fund; the Board and the Trustees met"
    assert spans.of_type("party", said) == ["Board of Directors", "Board", "Trustees"]
