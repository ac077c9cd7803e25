"""A question asked of the whole corpus that names a fund family ("Northwind Advisor Class C
shares") is not answered from another family's filing that says the like; one of the family
words it gives is enough ("the Northwind Templeton supplement" of a filing that writes only
"Northwind"); a question asked of one filing is not checked so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Answer, Citation
from assistant.engine import Assistant

OTHER_FAMILY = """HARBORGATE ADVANTAGE FUNDS
Harborgate Advantage Growth Fund
Supplement dated January 3, 2012 to the Prospectus

Harborgate Asset Management LLC is the adviser to the Fund.

Effective at the close of business on January 31, 2012, the Class A, Class C and Investor \
Class of the Harborgate Advantage Growth Fund are closed to new investors.
"""
OWN_FAMILY = """NORTHWIND ADVISOR FUNDS
Northwind Advisor Growth Fund
Supplement dated August 2, 2010 to the Prospectus

Northwind Management LLC is the adviser to the Fund.

Effective after the close of business on September 1, 2010, Class B shares will be closed to \
new accounts.
"""


def _from(doc: str) -> Answer:
    cite = Citation(n=1, doc=doc, accession=None, section="", line_start=6, line_end=6,
                    char_start=0, char_end=10, text="closed to new investors")  # fmt: skip
    return Answer(question="q", answered=True, answer="January 31, 2012 [1]", citations=(cite,))


@pytest.mark.parametrize(
    ("question", "doc", "fails"),
    [
        ("As of what date will Northwind Advisor Class C shares be closed?", "h.txt", True),
        ("As of what date will Northwind Advisor Class B shares be closed?", "n.txt", False),
        ("When does the Northwind Templeton family close Class B shares?", "n.txt", False),
        # no family named: nothing to check
        ("When will Class C shares be closed to new investors?", "h.txt", False),
    ],
)
def test_the_family_named_is_written_by_the_answers_filing(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, doc: str, fails: bool
) -> None:
    assistant = assistant_over({"h.txt": OTHER_FAMILY, "n.txt": OWN_FAMILY})
    check = assistant._family_check(question, _from(doc))
    assert (check is not None and not check.ok) is fails, check


def test_family_words_are_the_first_words_of_the_names_indexed(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    words = assistant_over({"h.txt": OTHER_FAMILY, "n.txt": OWN_FAMILY}).family_words()
    assert {"harborgate", "northwind"} <= words
    assert not words & {"fund", "funds", "class", "advantage", "growth", "management"}
