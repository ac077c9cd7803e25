"""Of sentences that hold the same share of a question's words, the one that says them side by
side as the question does is chosen ("may the Portfolios invest cash collateral" is said by "The
Portfolios may invest cash collateral in ...", not by "... interest received on investment of
cash collateral" nor "secured by collateral in cash")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.compose import Weights
from assistant.engine import Assistant

TERMS = ["invest", "cash", "collateral", "securities", "loans"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # as written: invest-cash and cash-collateral (two of four pairs, equal weights)
        ("The Portfolios may invest cash collateral in money market funds.", 0.5),
        # other forms of the words count half: investment-cash
        ("The interest received on investment of cash collateral is retained.", 0.375),
        # reversed or apart: nothing
        ("Loans are secured by collateral in cash.", 0.0),
        ("Collateral may be cash; the fund may invest it.", 0.0),
        # words that say nothing between them do not part them: securities (of) loans
        ("Cash collateral of securities loans may be invested.", 0.75),
    ],
)
def test_the_share_of_the_question_s_neighbouring_words_said_side_by_side(
    text: str, share: float
) -> None:
    weights = Weights(TERMS, {}, set())
    assert weights.phrase_share(text) == pytest.approx(share)


def test_a_question_of_one_focus_word_has_no_phrase() -> None:
    assert Weights(["collateral"], {}, set()).phrase_share("cash collateral") == 0.0


LOANS = """NORTHWIND SERIES TRUST
Supplement dated March 1, 2014 to the Statement of Additional Information

Securities Loans
The Portfolios retain a portion of the interest received on investment of cash collateral, but \
bear the risk of loss on any collateral so invested. Lending involves risks of delay in recovery \
of the loaned securities. The lending agent is paid a share of the lending income. The Board \
reviews the program each year. The Portfolios may invest cash collateral in high quality \
instruments with short maturities, money market fund securities, repurchase agreements with \
respect to government securities and other short-term obligations rated in the two highest \
rating categories by a nationally recognized rating organization.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"loans.txt": LOANS})


@pytest.mark.parametrize(
    "question",
    [
        "Where may the Portfolios invest cash collateral from securities loans?",
        "In what may the Portfolios invest cash collateral?",
    ],
)
def test_the_sentence_that_says_the_question_s_words_as_it_does_answers(
    assistant: Assistant, question: str
) -> None:
    a = assistant.ask(question, doc="loans.txt")
    assert a.answered, a.answer
    assert a.answer.startswith("The Portfolios may invest cash collateral in high quality")
