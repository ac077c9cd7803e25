"""Words by which a question frames what it asks ("which funds get the new managers?", "what
risks does it flag?", "what does the role involve?", "on what condition?") are no words the
evidence must hold: filings say "are the Portfolio Managers for", "is subject to the following
risks", "is responsible for", "provided that"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import content_terms

MANAGERS = """NORTHWIND ALLOCATION FUNDS
Supplement dated September 30, 2013 to the Statement of Additional Information
Effective September 30, 2013, Dana Roe and Omar Castel are the Portfolio Managers for each of \
the Northwind Conservative Portfolio and the Northwind Growth Balanced Fund.
"""

EXPOSURE = """NORTHWIND MANAGED PAYOUT FUND
Supplement dated June 25, 2019 to the Prospectus dated April 30, 2019
Prior to June 25, 2019, the Fund gained exposure to the commodities markets by investing in a \
wholly owned subsidiary. Effective June 25, 2019, the Fund gains exposure to the commodities \
markets by investing in the Northwind Commodity Strategy Fund.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"managers.txt": MANAGERS, "exposure.txt": EXPOSURE})


@pytest.mark.parametrize(
    ("question", "framing"),
    [
        ("Which funds get the new portfolio managers?", "get"),
        ("What ETF risks does the fund flag?", "flag"),
        ("What does the portfolio manager's role involve?", "involve"),
        ("On what condition may employees still buy shares?", "condition"),
        ("In what situations is the fee waived?", "situations"),
    ],
)
def test_framing_words_are_no_terms(question: str, framing: str) -> None:
    terms = content_terms(question)
    assert framing not in terms and terms, terms


@pytest.mark.parametrize(
    ("question", "doc", "expected"),
    [
        (
            "Which funds get Dana Roe and Omar Castel as managers?",
            "managers.txt",
            "Northwind Growth Balanced Fund",
        ),
        (
            "How does the Managed Payout Fund get commodities exposure now?",
            "exposure.txt",
            "Commodity Strategy Fund",
        ),
    ],
)
def test_a_question_in_framing_words_is_answered(
    assistant: Assistant, question: str, doc: str, expected: str
) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered and expected in a.answer, a.answer


BIOGRAPHY = """NORTHWIND CAPITAL APPRECIATION FUND
Summary Prospectus dated May 1, 2025

Portfolio Managers
Dana Whitfield and Omar Castel are the Fund's portfolio managers. Ms. Whitfield has been a
portfolio manager of the Fund since 2014. Lena Ostrova, Chief Executive Officer of the Adviser,
also serves as a portfolio manager of the Fund, providing oversight and support to the Fund's
investment team. She has been a portfolio manager of the Fund since 2024.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What role does Lena Ostrova hold at the adviser?",
        "What is Lena Ostrova's position at the adviser?",
    ],
)
def test_the_word_that_names_a_title_is_held_by_a_title(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    """ "What role does X hold?": the sentence that gives X's title holds what "role" asks,
    though it never says "role"."""
    a = assistant_over({"bio.txt": BIOGRAPHY}).ask(question, doc="bio.txt")
    assert a.answered and "Chief Executive Officer" in a.answer, a.answer
