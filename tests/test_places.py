"""Where something is: an address or a place the filing says a firm is at or in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant
from assistant.understand import understand


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Harborgate Global Advisors Limited (Global Advisors), Lyford Cay, Nassau, Bahamas, "
            "is the Fund's investment manager.",
            "Lyford Cay, Nassau, Bahamas",
        ),
        (
            "Ridgeback Price Associates, Inc., located at 100 E. Pratt Street, Baltimore, Maryland "
            "21202, serves as the adviser.",
            "100 E. Pratt Street, Baltimore, Maryland 21202",
        ),
        ("The Adviser is based in New York.", "New York"),
        (
            "The Adviser's principal offices are located at One Harbor Plaza, Boston.",
            "One Harbor Plaza, Boston",
        ),
    ],
)
def test_places(text: str, place: str) -> None:
    assert spans.places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The Fund invests in companies located in emerging markets.",
        "The Adviser, Northgate LLC, is the adviser to the Fund.",
    ],
)
def test_no_place(text: str) -> None:
    assert spans.places(text) == []


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Where is the adviser located?", "place"),
        ("Where is the investment manager based?", "place"),
        ("Where did the portfolio manager work before?", "sentence"),
    ],
)
def test_where_asks_for_a_place(question: str, answer_type: str) -> None:
    u = understand(question)
    assert u.answer_type == answer_type
    assert "located" not in u.terms and "based" not in u.terms


ADDRESSES = """Northgate Global Growth Fund
Supplement dated March 1, 2024 to the Prospectus dated January 1, 2024

The following information supplements the section of the Prospectus entitled "Management
of the Fund" and should be read together with it.

Harborgate Global Advisors Limited (Global Advisors), Lyford Cay, Nassau, Bahamas, is
the Fund's investment manager.

Ridgeback Capital LLC, located at 555 Harbor Street, Boston, Massachusetts 02110, serves as
the sub-adviser to the Fund.
"""


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Where is the investment manager based?", "Lyford Cay, Nassau, Bahamas"),
        ("Where is the sub-adviser located?", "555 Harbor Street, Boston, Massachusetts 02110"),
    ],
)
def test_the_place_of_the_firm_in_the_role_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, place: str
) -> None:
    answer = assistant_over({"a.txt": ADDRESSES}).ask(question)
    assert answer.answered and list(answer.items) == [place], answer.answer


def test_no_place_for_a_role_the_filing_gives_none(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"a.txt": ADDRESSES}).ask("Where is the custodian located?")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "Who is the investment manager, and where is it based?",
            ["Harborgate Global Advisors Limited", "Lyford Cay, Nassau, Bahamas"],
        ),
        (
            "Which firm is the sub-adviser, and where is it located?",
            ["Ridgeback Capital LLC", "555 Harbor Street, Boston, Massachusetts 02110"],
        ),
    ],
)
def test_a_firm_and_where_it_is(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, items: list[str]
) -> None:
    answer = assistant_over({"a.txt": ADDRESSES}).ask(question)
    assert answer.answered and list(answer.items) == items, answer.answer
