"""The adviser is not a sub-adviser: "adviser" inside "sub-adviser" names no adviser, nor does
a firm's standing as "a registered investment adviser"; sub-advisers answer only questions
about sub-advisers or about every firm that advises the fund."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.engine import Assistant

SUB_ADVISER_CHANGE = """Northgate Variable Portfolios
Northgate Growth Portfolio
Supplement dated July 1, 2011 to the Prospectus dated May 1, 2011

On June 24, 2011, the Portfolio's Board of Trustees approved a change with respect to the
Portfolio's sub-adviser from Ridgeback Capital Management LLC to Larchwood Investment
Management Co., effective on or about August 1, 2011.
"""

REGISTERED = """Northgate Income Fund
Supplement dated March 1, 2016 to the Prospectus dated January 28, 2016

Larchwood Global Investors U.S. LLC, a registered investment adviser located at 555 Harbor
Street, Boston, Massachusetts, serves as the sub-adviser to the Fund.
"""


@pytest.mark.parametrize("question", ["Who is the adviser?", "Who is the investment adviser?"])
@pytest.mark.parametrize("text", [SUB_ADVISER_CHANGE, REGISTERED])
def test_a_sub_adviser_is_no_adviser(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, text: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("text", "question", "firm"),
    [
        (SUB_ADVISER_CHANGE, "Who is the new sub-adviser?", "Larchwood Investment Management Co."),
        (REGISTERED, "Who is the sub-adviser?", "Larchwood Global Investors U.S. LLC"),
        (REGISTERED, "Which firms advise the fund?", "Larchwood Global Investors U.S. LLC"),
    ],
)
def test_the_sub_adviser_answers_for_itself(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, firm: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered and firm in answer.items, answer.answer


EMPLOYER = """Northgate Emerging Markets Fund
Supplement dated September 4, 2012 to the Prospectus dated March 1, 2012

Following the registration of Larchwood Capital Management Singapore as a U.S. registered
investment adviser, Dana R. Whitcombe, who served as a co-portfolio manager of the Fund as an
employee of Larchwood Capital Management Incorporated, continues to serve as a co-portfolio
manager of the Fund, but as an employee of Larchwood Capital Management Singapore.
"""


def test_a_portfolio_manager_s_employer_is_no_adviser(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    # "co-portfolio manager ... an employee of X": X employs a manager; no "investment manager"
    answer = assistant_over({"employer.txt": EMPLOYER}).ask("Who is the fund's investment adviser?")
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "an employee of Larchwood Capital Management Incorporated, continues",
            "Larchwood Capital Management Incorporated",
        ),
        (
            "Ridgeback Fixed Income Advisors LLC is the adviser",
            "Ridgeback Fixed Income Advisors LLC",
        ),
        ("Northgate Group Inc", "Northgate Group Inc"),
    ],
)
def test_a_legal_form_is_a_whole_word(text: str, found: str) -> None:
    # "Inc" is not the start of "Incorporated" or of "Income"
    assert spans.orgs(text) == [found]


EXITING = """Northgate Growth Fund
Supplement dated July 1, 2025 to the Prospectus dated March 1, 2025

Effective August 1, 2025, Ridgeback Asset Management Ltd. will no longer serve as sub-advisor of
the Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which sub-advisor is exiting the fund?",
        "Which sub-adviser ceased to serve the fund?",
        "Which sub-advisor is leaving the fund?",
        "Which sub-advisers did the fund part ways with?",
        "Which sub-adviser does the fund part ways with in August 2025?",
    ],
)
def test_a_sub_adviser_leaving_in_other_words(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"exiting.txt": EXITING}).ask(question)
    assert answer.answered, answer.answer
    assert "Ridgeback Asset Management Ltd." in answer.items


PARENT_AND_SUBADVISERS = """Harborgate Investment Fund
Supplement dated January 27, 2017

On October 3, 2016, Harborgate Capital Group Inc., the direct parent of Harborgate Capital
Management LLC, the investment adviser to the Funds, and Eastbridge Group plc announced a
merger.

The merger may be deemed an assignment of the current sub-advisory agreements between Harborgate
Capital Management LLC and each of Northgate Investment Management LLC and Ridgeback Partners
Pte. Limited, the subadvisers to certain of the Funds.
"""

PARENT_ONLY = """Harborgate Investment Fund
Supplement dated January 27, 2017

On October 3, 2016, Harborgate Capital Group Inc., the direct parent of Harborgate Capital
Management LLC, the investment adviser to the Funds, and Eastbridge Group plc announced a
merger.
"""


@pytest.mark.parametrize(
    "question",
    ["Who are the subadvisers to certain of the Funds?", "Which firms are the sub-advisers?"],
)
def test_a_role_asked_in_the_plural(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"sub.txt": PARENT_AND_SUBADVISERS}).ask(question)
    assert answer.answered, answer.answer
    assert "Northgate Investment Management LLC" in answer.items, answer.items
    assert "Eastbridge Group plc" not in answer.items, answer.items
    answer = assistant_over({"parent.txt": PARENT_ONLY}).ask(question)
    assert not answer.answered, answer.answer


DEFINED_ADVISER = """Harborgate Resolute Fund I
Supplement dated January 24, 2013

The Board approved changes to the principal investment strategies of the Harborgate Resolute
Fund I (the “Fund”) in connection with an exemptive order granted by the SEC to the Trust, on
behalf of the Fund, and Northgate Associates, Inc. (the “Adviser”) on December 5, 2012. The
Exemptive Order allows the Adviser to allocate the assets of the Fund among sub-advisers under a
“manager of managers” structure.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which firm is the advisor to the fund?",
        "Which firm is the Advisor?",
        "Who is the fund's investment advisor?",
        "Which firm is the adviser to the fund?",
        "Which firm is the advisor that received the manager-of-managers exemptive order?",
    ],
)
def test_advisor_and_adviser_are_one_word(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"defined.txt": DEFINED_ADVISER}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == ("Northgate Associates, Inc.",), answer.items
