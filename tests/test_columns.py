"""Biographies set side by side in two columns are read down, so that what is said of one
manager (lead manager, the year joined) is not read as said of the other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

BIOS = """Harborgate Worldwide 2004 Fund
Supplement to Currently Effective Prospectus

The following people handle the day-to-day management of the fund:

<TABLE>
<S>                                          <C>
  Dana K. Holt                               Ravi Mendes
  Director of Harborgate Asset Management    Associate Director of Harborgate Asset
  and Lead Manager of the fund.              Management and Co-Manager of the fund.
   o Joined Harborgate Asset Management in    o Joined Harborgate Asset Management
     1994 and the fund in 2002.                 in 1995 and the fund in 2002.
</TABLE>
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who is the lead manager of the fund?", "Dana K. Holt"),
        ("Which manager leads the fund?", "Dana K. Holt"),
        ("In what year did Ravi Mendes join Harborgate Asset Management?", "1995"),
        ("When did Dana K. Holt join Harborgate Asset Management?", "1994"),
    ],
)
def test_each_biography_speaks_of_its_own_manager(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    answer = assistant_over({"bios.txt": BIOS}).ask(question)
    assert answer.answered, answer.answer
    assert said in answer.items, (answer.items, answer.answer)
    if "lead" in question:  # the lead manager alone
        assert answer.items == (said,), answer.items


NO_LEAD = """Harborgate Growth Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

Dana K. Holt and Ravi Mendes are the portfolio managers of the Fund.
"""


def test_no_manager_is_said_to_lead(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"team.txt": NO_LEAD}).ask("Who is the lead manager of the fund?")
    assert "Dana K. Holt" not in answer.items, answer.answer
