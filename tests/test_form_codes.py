"""The form code a supplement prints at its top or its foot ("460-P1 09/25", "SUP-HPB-PM-825",
"NWX-SK-007-0100"), read from the passage it opens or closes: the one at the end the question
names, the filing's only one, or, in a filing of several supplements, the one beside the
notice the question describes; no code printed, no answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import form_codes
from assistant.engine import Assistant

TOP = """460-P1 09/25
Effective September 1, 2025, Harbor Point Asset Management Ltd. will no longer serve as \
sub-advisor of the Fund.
Please retain this supplement for future reference.
"""

BOTTOM = """HARBOR POINT SMARTRETIREMENT BLEND FUNDS
Supplement dated August 25, 2025 to the Summary Prospectuses
Effective immediately, Dana Whitlock no longer serves as a portfolio manager of the Funds.
PLEASE RETAIN THIS SUPPLEMENT WITH YOUR SUMMARY PROSPECTUSES FOR FUTURE REFERENCE SUP-HPB-PM-825
"""

SEVERAL = """Effective July 1, 2015, Institutional Class will be renamed Class I.
The following information replaces the similar information found in paragraph 4 in the \
"Buying Shares" section on page 14.
NWACI-15-02 October 30, 2015 1.855551.112
Effective April 1, 2015, following an internal reorganization, the adviser merged with an \
affiliate.
The following information replaces the biography of the portfolio manager on page 22.
NWHKC-15-02 October 30, 2015 1.900368.111
"""

NONE = """HARBOR POINT INCOME FUND
Supplement dated May 1, 2024 to the Prospectus
The Fund's annual operating expenses under Form N-1A Item 3 are restated.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over(
        {"top.txt": TOP, "bottom.txt": BOTTOM, "several.txt": SEVERAL, "none.txt": NONE}
    )


@pytest.mark.parametrize(
    ("doc", "question", "code"),
    [
        ("top.txt", "What form code is printed at the top of the supplement?", "460-P1 09/25"),
        (
            "bottom.txt",
            "What's the form code printed at the bottom of the supplement?",
            "SUP-HPB-PM-825",
        ),
        ("bottom.txt", "form number on the Class A/B/C supplement?", "SUP-HPB-PM-825"),
        (
            "several.txt",
            "Which supplement code follows the notice that changes paragraph 4 on page 14?",
            "NWACI-15-02",
        ),
        (
            "several.txt",
            "What code is printed after the portfolio manager biography notice?",
            "NWHKC-15-02",
        ),
    ],
)
def test_the_form_code_asked(assistant: Assistant, doc: str, question: str, code: str) -> None:
    a = assistant.ask(question, doc=doc)
    assert a.answered, a.answer
    assert a.items == (code,)
    assert a.citations


def test_no_code_printed_abstains(assistant: Assistant) -> None:
    a = assistant.ask("What form code is printed at the bottom of the supplement?", doc="none.txt")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What form code is printed at the top?", True),
        ("form number on the supplement?", True),
        ("Which code is printed at the end?", True),
        ("What is the fund's ticker?", False),
        ("Under which section of the Internal Revenue Code is the fund taxed?", False),
    ],
)
def test_a_question_for_a_form_code(question: str, asks: bool) -> None:
    assert form_codes.asked(question) is asks
