"""Where something is: an address or a place the filing says a firm is at or in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import compose, spans
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
            "The transfer agent's address for regular mail is P.O. Box 219238, Kansas City, "
            "MO 64121.",
            "P.O. Box 219238, Kansas City, MO 64121",
        ),
        (
            "The Adviser's principal offices are located at One Harbor Plaza, Boston.",
            "One Harbor Plaza, Boston",
        ),
        # a unit's number after its word
        (
            "Eastbridge Global Investors U.S. LLC, a registered investment adviser located at 555 "
            "Harbor Street, Suite 1700, San Francisco, California 94105, is the sub-adviser.",
            "555 Harbor Street, Suite 1700, San Francisco, California 94105",
        ),
        (
            "The distributor is located at 10 Quay Road, Floor 12, Boston, MA 02110.",
            "10 Quay Road, Floor 12, Boston, MA 02110",
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
        ("What is the address of the investment adviser?", "place"),
        ("What is the sub-adviser's location?", "place"),
    ],
)
def test_where_asks_for_a_place(question: str, answer_type: str) -> None:
    u = understand(question)
    assert u.answer_type == answer_type
    assert not {"located", "based", "address", "location"} & set(u.terms)


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


AFFILIATE = """Northgate Worldwide 2004 Fund
Supplement dated March 31, 2003 to the Prospectus dated March 1, 2003

The subadvisor Harborgate Asset Management Services Ltd. ("HAMS"), One Appold Street, London,
England, an affiliate of the advisor, is the subadvisor for Northgate Worldwide 2004 Fund.
"""


@pytest.mark.parametrize(
    "question", ["Where is the adviser located?", "What is the address of the investment adviser?"]
)
def test_an_affiliate_of_the_adviser_is_not_the_adviser(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the London address is the subadvisor's, "an affiliate of the advisor"
    answer = assistant_over({"affiliate.txt": AFFILIATE}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "place"),
    [
        (
            "What is the address of the sub-adviser?",
            "555 Harbor Street, Boston, Massachusetts 02110",
        ),
        ("What is the investment manager's location?", "Lyford Cay, Nassau, Bahamas"),
    ],
)
def test_an_address_asked_by_a_noun(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, place: str
) -> None:
    answer = assistant_over({"a.txt": ADDRESSES}).ask(question)
    assert answer.answered and list(answer.items) == [place], answer.answer


def test_a_role_named_by_an_affiliate_is_not_the_firm_s() -> None:
    text = (
        'The subadvisor Harborgate Asset Management Services Ltd. ("HAMS"), One Appold Street, '
        "London, England, an affiliate of the advisor, is the subadvisor for the Fund."
    )
    roles = ["adviser", "advisor", "advisory"]
    assert not compose._beside_role(text, "One Appold Street, London, England", roles)
