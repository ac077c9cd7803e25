"""Text an announcement places in a titled section ('Under "Closed Fund Policies", the
following replaces ...:') is read as standing under that title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

CLOSED = """Northgate Growth Fund
Supplement dated June 24, 2019 to the Prospectus dated May 1, 2019

Under "Closed Fund Policies - Northgate Growth Fund" in the Shareholder's Guide, the following
information replaces the corresponding information:

The Fund has limited sales of its shares because the Trustees believe continued sales are not
in the best interests of the Fund.

Investors who meet the following criteria may be able to invest in the Fund: (i) existing
shareholders are permitted to continue to purchase shares through their existing accounts and
(ii) employees of the adviser may open new accounts.
"""

FEES = """Larchwood Income Fund
Supplement dated March 2, 2020 to the Prospectus dated January 28, 2020

The following replaces the information in the section entitled "Redemption Fees" on page 14:

Shares held for a short time may cost the Fund more to trade. A charge of 2.00% of the amount
sold applies to shares sold within 30 days of their purchase.
"""

# the same text, with a heading of its own between the announcement and the text
FEES_NEW_HEADING = FEES.replace("\nShares held", "\nTrading Costs\n\nShares held")


@pytest.mark.parametrize(
    "question",
    [
        "Can current shareholders keep buying into the closed fund?",
        "May existing shareholders of the closed fund still purchase shares?",
    ],
)
def test_text_placed_under_a_title_answers_for_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"closed.txt": CLOSED}).ask(question)
    assert answer.answered, answer.answer
    assert "continue to purchase shares" in answer.answer


def test_a_topic_is_said_by_the_title_text_is_placed_under(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # the sentence says "a charge of 2.00%"; the title it stands under says "redemption fee"
    answer = assistant_over({"fees.txt": FEES}).ask("What is the redemption fee?")
    assert answer.answered and "2.00%" in answer.items, answer.answer


def test_a_heading_of_its_own_ends_what_an_announcement_places(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"fees.txt": FEES_NEW_HEADING}).ask("What is the redemption fee?")
    assert not answer.answered, answer.answer
