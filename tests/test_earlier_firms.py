"""A firm asked as it was before a date ("who was the administrator before July 1, 2001?"):
not the one an arrangement starting on that date names (an agreement "dated", a change
"effective" then), but the one the filing says served before it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

DATED = """HARBORGATE INVESTMENT TRUST
Supplement dated February 28, 2002 to the Statement of Additional Information

Under an administration agreement dated July 1, 2001, Northgate Services LLC (the \
"Administrator") calculates the net asset value of the Funds and assists the Board in the \
operation of the Trust. Prior to July 1, 2001, Eastbank Trust Company served as the \
Administrator to the Trust.
"""


@pytest.mark.parametrize("text", [DATED])
@pytest.mark.parametrize(
    ("question", "firm", "not_firm"),
    [
        ("Who was the administrator of the Trust before July 1, 2001?", "Eastbank", "Northgate"),
        ("Who is the administrator of the Trust?", "Northgate", None),
    ],
)
def test_the_firm_of_the_time_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
    text: str,
    question: str,
    firm: str,
    not_firm: str | None,
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    first = answer.answer.split(". ")[0]
    assert firm in first, answer.answer
    if not_firm:
        assert not_firm not in first, answer.answer


ONLY_TODAY = """HARBORGATE MID-CAP GROWTH FUND
Supplement dated June 18, 2025 to the Summary Prospectus dated January 28, 2025

Investment Adviser: Harborgate Investment Advisers, Inc. The fund's subadviser is Northgate
Capital Management LLC ("Northgate") (since July 2022).
"""
HANDED_OVER = (
    ONLY_TODAY
    + """
Effective July 1, 2022, Northgate Capital Management LLC replaced Eastbank Asset Management,
Inc. as subadviser to the fund.
"""
)
BOUGHT = """HARBORGATE GROWTH AND INCOME PORTFOLIO
Supplement dated June 1, 2010 to the Prospectus dated April 30, 2010

After Northgate Group acquired the retail asset management business of Eastbank, the
Portfolio's adviser entered into a new sub-advisory agreement with Northgate Advisers, Inc.,
which serves as sub-adviser to the Portfolio effective June 1, 2010.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which firm subadvised the Harborgate Mid-Cap Growth Fund before Northgate took over?",
        "Which firm was the fund's subadviser before Northgate was hired?",
        "which company sub-advised the fund before Northgate became subadviser?",
    ],
)
def test_the_firm_that_took_over_is_not_the_one_before_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    refused = assistant_over({"s.txt": ONLY_TODAY}).ask(question)
    assert not refused.answered, refused.answer
    answer = assistant_over({"s.txt": HANDED_OVER}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == ["Eastbank Asset Management, Inc."], answer.answer


def test_a_firm_that_bought_a_business_may_be_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": BOUGHT}).ask(
        "After Northgate Group bought Eastbank's business, which firm became sub-adviser?"
    )
    assert answer.answered, answer.answer
    assert "Northgate Advisers, Inc." in answer.answer, answer.answer
