"""A change asked of one fund the question names ("what new name does X take?") is not
answered by a table of the filing's changes none of whose rows names that fund; a row that
names it answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

RENAMES = """NORTHWIND INVESTORS TRUST
Northwind Capital Growth Portfolio
Northwind Large Cap Growth Portfolio
Northwind Mid Cap Growth Portfolio
Supplement dated January 23, 2008 to the Prospectus

Effective January 31, 2008, names of the Portfolios will be changed as follows:

Portfolio | New Portfolio
Northwind Large Cap Growth Portfolio | Harbor Large Cap Growth Portfolio
Northwind Mid Cap Growth Portfolio | Harbor Mid Cap Growth Portfolio
"""


def test_a_fund_no_row_names_is_not_answered_by_the_table(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"r.txt": RENAMES}).ask(
        "What new name does Northwind Capital Growth Portfolio take effective January 31, 2008?"
    )
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("fund", "new"),
    [
        ("Northwind Large Cap Growth Portfolio", "Harbor Large Cap Growth Portfolio"),
        ("Northwind Mid Cap Growth Portfolio", "Harbor Mid Cap Growth Portfolio"),
    ],
)
def test_a_fund_a_row_names_is(
    assistant_over: Callable[[dict[str, str]], Assistant], fund: str, new: str
) -> None:
    a = assistant_over({"r.txt": RENAMES}).ask(
        f"What new name does {fund} take effective January 31, 2008?"
    )
    assert a.answered and new in f"{a.answer} {' '.join(a.items)}", a.answer
