"""A service mark glued to a word of a fund's name ("Northwind QRSSM Mid Cap Growth Portfolio")
is no part of the name a question writes ("Northwind QRS Mid Cap Growth Portfolio"): the
question finds that fund, not another whose name lacks the word. A share class named with a
number ("Service 2 Class") is a class of the question like any other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import verify
from assistant.engine import Assistant
from assistant.understand import understand

CLOSURES = """Northwind Investors Trust
Northwind QRSSM Large Cap Growth Portfolio, and
Northwind QRSSM Mid Cap Growth Portfolio
Supplement dated January 23, 2008 to the Prospectuses dated April 30, 2007
Class Closure
1. On December 5, 2007, the Board of Trustees of Northwind Investors Trust approved a proposal \
to close to new investments and dissolve the Service 2 Class of Northwind QRSSM Large Cap Growth \
Portfolio effective December 27, 2007.
2. On December 5, 2007, the Board of Trustees of Northwind Investors Trust approved a proposal \
to close to new investments and dissolve the Adviser Class of Northwind QRSSM Mid Cap Growth \
Portfolio effective December 28, 2007.
"""

OTHER = """Northwind Variable Portfolios
Northwind Mid Cap Growth Portfolio
Supplement dated March 3, 2008 to the Prospectus dated April 30, 2007
Effective March 31, 2008, the Northwind Mid Cap Growth Portfolio will be closed to new investors.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"closures.txt": CLOSURES, "other.txt": OTHER})


def test_a_name_with_its_mark_is_stated_without_it() -> None:
    q = "Which class of Northwind QRS Mid Cap Growth Portfolio is being dissolved?"
    assert verify.stated("Northwind QRSSM Mid Cap Growth Portfolio", q)
    assert not verify.stated("Northwind QRSSM Large Cap Growth Portfolio", q)
    assert verify.unmarked("Northwind QRSSM Mid Cap®") == "Northwind QRS Mid Cap"


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("When will the Service 2 Class of the portfolio be dissolved?", ("Service 2 Class",)),
        ("What is the Service 1 Class minimum?", ("Service 1 Class",)),
        ("What is the Investor Class minimum?", ("Investor Class",)),
    ],
)
def test_a_class_named_with_a_number(text: str, classes: tuple[str, ...]) -> None:
    assert understand(text).share_classes == classes
    assert verify.class_in(classes[0], verify.words(f"shares of the {classes[0]} of the fund"))


def test_another_class_is_not_the_one_asked() -> None:
    assert not verify.class_in("Service 2 Class", verify.words("dissolve the Adviser Class of X"))


def test_the_fund_of_the_marked_name_is_the_one_asked(assistant: Assistant) -> None:
    a = assistant.ask(
        "When will the Adviser Class of Northwind QRS Mid Cap Growth Portfolio be dissolved?",
        doc="closures.txt",
    )
    assert a.answered and "December 28, 2007" in a.answer, a.answer
    checks = [(c.kind, c.value, c.ok) for c in a.checks]
    assert ("fund", "Northwind QRSSM Mid Cap Growth Portfolio", True) in checks, checks


def test_a_class_the_filing_dissolves_for_another_fund_only(assistant: Assistant) -> None:
    a = assistant.ask(
        "When will the Service 2 Class of Northwind QRS Mid Cap Growth Portfolio be dissolved?",
        doc="closures.txt",
    )
    assert not a.answered and "December 27, 2007" not in a.answer, a.answer
