"""A person is named as the filing cited writes them: one filing's "Nathan W. Thooft" is the
same person as another's "Nathan Thooft", and each answer shows the spelling of its own filing
(never a title such as "Mr." or a designation after a comma)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FULL = """Harbor Lane Growth Fund
Supplement dated March 1, 2012 to the Prospectus dated May 1, 2011

Portfolio Managers

Nathan W. Thooft, CFA, Senior Managing Director, has managed the Fund since 2010. Pilar \
Quintero has managed the Fund since 2011.
"""
SHORT = """Harbor Lane International Allocation Fund
Supplement dated June 3, 2013 to the Prospectus dated March 1, 2013

Steve Orlich is no longer a portfolio manager of the fund. In addition, Marcelle Daher, CFA \
and Nathan Thooft, CFA have joined the investment management team of the fund.

Mr. Thooft and Ms. Daher are responsible for the day-to-day management of the fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who joined the Harbor Lane International Allocation Fund's investment management team?",
        "Who manages the Harbor Lane International Allocation Fund?",
    ],
)
def test_the_spelling_of_the_filing_cited(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"full.txt": FULL, "short.txt": SHORT}).ask(question)
    assert a.answered and "Nathan Thooft" in a.answer, a.answer
    assert "W. Thooft" not in a.answer and "CFA" not in a.answer and "Mr." not in a.answer


def test_the_other_filing_keeps_its_own_spelling(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"full.txt": FULL, "short.txt": SHORT}).ask(
        "Who manages the Harbor Lane Growth Fund?"
    )
    assert a.answered and "Nathan W. Thooft" in a.answer, a.answer
