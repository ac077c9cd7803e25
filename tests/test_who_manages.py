""" "Who manages ...?" asks for people where the filing names portfolio managers, and for the
firm where it names none but says which firm manages the fund's investments."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FIRM_ONLY = """LARCHWOOD ENDOWMENT FUND
Supplement dated June 1, 2018 to the Prospectus dated January 28, 2018

The Larchwood Endowment Fund is a continuously offered, non-diversified, closed-end management \
investment company. The Fund's investments are managed by Harborgate Advisory, LLC (the \
"Adviser"), a registered investment adviser.
"""

PEOPLE_TOO = """LARCHWOOD ENDOWMENT FUND
Supplement dated June 1, 2018 to the Prospectus dated January 28, 2018

The Fund's investments are managed by Harborgate Advisory, LLC (the "Adviser"). Ann Lee and \
Carl Berg are the portfolio managers of the Fund and are jointly and primarily responsible for \
its day-to-day management.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who manages the investments of the Larchwood Endowment Fund?",
        "Who manages the Larchwood Endowment Fund's investments?",
    ],
)
def test_the_firm_when_no_one_is_named(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": FIRM_ONLY}).ask(question)
    assert answer.answered, answer.answer
    assert "Harborgate Advisory, LLC" in answer.answer
    assert answer.citations[0].line_start == 4


def test_people_where_the_filing_names_them(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"s.txt": PEOPLE_TOO}).ask("Who manages the Larchwood Endowment Fund?")
    assert answer.answered, answer.answer
    assert set(answer.items) == {"Ann Lee", "Carl Berg"}, answer.answer
