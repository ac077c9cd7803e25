"""A person the question names by a given name the filing never states ("Jim Platz" where it
says "Mr. Platz") is still the person asked: an answer giving other people's dates is no
answer about them."""

from __future__ import annotations

from collections.abc import Callable

from assistant.engine import Assistant

TEAM = """NORTHWIND FUNDS
Northwind High-Yield Fund
Supplement dated March 1, 2012 to the Prospectus

The following entries are added to the Fund Management Team: Jane Q. Doe has shared primary \
responsibility for the management of the fund since 2008. Peter R. Lane has been a member of \
the team since 2010.

Mr. Platz, Vice President and Senior Portfolio Manager, joined the adviser as an analyst.
"""


def test_an_answer_about_other_people_is_no_answer_about_the_one_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"s.txt": TEAM})
    answer = a.ask("Since when has Jim Platz been on the team managing the fund?", doc="s.txt")
    assert not answer.answered, answer.answer
    answer = a.ask("Since when has Peter Lane been on the team managing the fund?", doc="s.txt")
    assert answer.answered and "2010" in answer.answer, answer.answer
