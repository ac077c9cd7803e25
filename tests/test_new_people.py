"""Who is new: a question about people that asks who is new or was added is answered only by
evidence of a change (a supplement, or a passage saying someone is added, named or joins); a
prospectus listing today's managers names nobody new. A date asked is checked as the date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

PROSPECTUS = """Larchwood Growth Fund
Summary Prospectus dated March 1, 2025

Management

Investment Adviser: Larchwood Advisers LLC

Portfolio Managers: Jane Q. Harlowe, Senior Vice President of the Adviser, has managed the
Fund since 2012. Tomas R. Villiers, Vice President of the Adviser, has managed the Fund since
December 2024.
"""

ADDED = """Larchwood Growth Fund
Supplement dated June 3, 2025 to the Summary Prospectus dated March 1, 2025

Effective June 1, 2025, Marisol K. Ostrander has been added as a portfolio manager of the Fund.
"""

UNDATED_SUPPLEMENT = """Tomas R. Villiers no longer serves as a co-manager of the fund. All
references to Mr. Villiers are no longer applicable.

The following information replaces the biographical information found in the "Fund
Management" section.

Jane Q. Harlowe is co-manager of the fund, which she has managed since February 2012.
"""


@pytest.mark.parametrize(
    "question",
    ["Who are the new portfolio managers?", "Who was added as a portfolio manager of the fund?"],
)
def test_a_prospectus_names_nobody_new(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"prospectus.txt": PROSPECTUS}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Who are the new portfolio managers?", "Who was added as a portfolio manager of the fund?"],
)
def test_a_supplement_adding_a_manager_names_who_is_new(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"added.txt": ADDED}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == ("Marisol K. Ostrander",)


def test_a_supplement_without_a_date_is_still_one(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"undated.txt": UNDATED_SUPPLEMENT}).ask(
        "Who is the new co-manager of the fund?"
    )
    assert answer.answered, answer.answer
    assert "Jane Q. Harlowe" in answer.items


def test_who_joined_at_a_date_is_read_from_since(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"prospectus.txt": PROSPECTUS}).ask(
        "Who joined the fund as a portfolio manager in December 2024?"
    )
    assert answer.answered, answer.answer
    assert "Tomas R. Villiers" in answer.items


CEASED = """Larchwood Growth Fund
Supplement dated November 13, 2023 to the Prospectus dated March 1, 2023

As of November 13, 2023, Dana R. Whitcombe will no longer serve as a portfolio manager for the
Fund. Jane Q. Harlowe and Tomas R. Villiers will continue to serve as portfolio managers.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who ceased to be a portfolio manager of the fund?",
        "Which portfolio manager resigned from the fund?",
        "Who is exiting as portfolio manager?",
    ],
)
def test_who_leaves_in_other_words(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"ceased.txt": CEASED}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == ("Dana R. Whitcombe",), answer.answer


STAYING = """Harborgate International Allocation Fund
Supplement dated May 15, 2013 to the current Prospectus

Ellis R. Quade is no longer a portfolio manager of the fund. In addition, Dana K. Holt and Ravi
Mendes have joined the investment management team of the fund. Bob T. Boyda and Steve P. Medina
will continue as portfolio managers of the fund.
"""

NO_STAYING = """Harborgate International Allocation Fund
Supplement dated May 15, 2013 to the current Prospectus

Ellis R. Quade is no longer a portfolio manager of the fund. In addition, Dana K. Holt and Ravi
Mendes have joined the investment management team of the fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which portfolio managers remain on the fund's team?",
        "Who continues to manage the fund?",
        "Which managers stay on the fund?",
    ],
)
def test_who_stays_is_who_a_sentence_says_stays(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"staying.txt": STAYING}).ask(question)
    assert answer.answered, answer.answer
    assert {"Bob T. Boyda", "Steve P. Medina"} <= set(answer.items), answer.items
    assert "Dana K. Holt" not in answer.items, answer.items
    # a filing that says nobody stays: not today's (new) managers
    answer = assistant_over({"none.txt": NO_STAYING}).ask(question)
    assert "Dana K. Holt" not in answer.items, answer.answer


REPLACE_UNNAMED = """LARCHWOOD FUNDS
Larchwood Balanced Fund
Supplement dated March 1, 2020 to the Prospectus dated October 1, 2019

Effective March 1, 2020, Ann Cho and Carl Berg replace the portfolio managers listed for \
Eastbank Capital LLC for the Fund. The following biographical descriptions replace the \
Portfolio Manager biographies:

Ann Cho, CFA, has been a portfolio manager with Eastbank Capital LLC since 2011.

Carl Berg has been a portfolio manager with Eastbank Capital LLC since 2014.
"""

REPLACE_NAMED = """LARCHWOOD FUNDS
Larchwood Balanced Fund
Supplement dated March 1, 2020 to the Prospectus dated October 1, 2019

Effective March 1, 2020, Ann Cho and Carl Berg will replace Dana Holt and Tom Marsh as \
portfolio managers of the Fund. Dana Holt and Tom Marsh will no longer serve as portfolio \
managers of the Fund.
"""


def test_whom_the_named_replace_are_those_leaving(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"b.txt": REPLACE_NAMED}).ask(
        "Which portfolio managers did Cho and Berg replace?"
    )
    assert answer.answered, answer.answer
    assert set(answer.items) == {"Dana Holt", "Tom Marsh"}, answer.answer


def test_the_named_are_no_answer_to_whom_they_replace(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    """The filing does not say whom they replace: not "Ann Cho and Carl Berg manage it"."""
    answer = assistant_over({"a.txt": REPLACE_UNNAMED}).ask(
        "Which portfolio managers did Cho and Berg replace?"
    )
    assert not answer.answered, answer.answer


BOARD_CHANGES = """HARBORGATE FUNDS
Supplement dated March 8, 2021, to the Statement of Additional Information dated May 1, 2020

1. On February 25, 2021, Carl D. Berg resigned as Chairman of the Board of Trustees of the
Trust (the "Board"), effective April 1, 2021.

2. On February 25, 2021, Ann Q. Lee resigned as Chair of the Audit Committee of the Trust,
effective April 1, 2021.

At a meeting held on February 25, 2021, the Board voted unanimously to appoint Ann Q. Lee to
serve as Chairman of the Board of the Trust, effective April 1, 2021.

At a meeting held on February 24, 2021, the Audit Committee voted unanimously to appoint
Tomas R. Villiers to serve as Chair of the Audit Committee, effective April 1, 2021.
"""


@pytest.mark.parametrize(
    ("question", "who", "not_who"),
    [
        ("Who becomes Chairman of the Board on April 1, 2021?", "Ann Q. Lee", "Carl D. Berg"),
        ("Who was appointed chair of the board?", "Ann Q. Lee", "Carl D. Berg"),
        ("who takes over as chair of the audit committee?", "Tomas R. Villiers", "Ann Q. Lee"),
        ("Who resigned as Chairman of the Board?", "Carl D. Berg", "Ann Q. Lee"),
    ],
)
def test_who_takes_a_chair_and_who_leaves_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, who: str, not_who: str
) -> None:
    answer = assistant_over({"s.txt": BOARD_CHANGES}).ask(question)
    assert answer.answered, answer.answer
    assert who in answer.answer and not_who not in answer.answer, answer.answer


TWO_FUNDS = """NORTHWIND FUNDS TRUST
Northwind Small Cap Value Fund
Northwind Mid Cap Growth Fund
Supplement dated June 2, 2025 to the Prospectus dated March 1, 2025

Northwind Small Cap Value Fund
Effective June 30, 2025, Maria L. Okafor will join Peter Chen as a portfolio manager of the \
Northwind Small Cap Value Fund.

Northwind Mid Cap Growth Fund
Effective immediately, David R. Stone no longer serves as a portfolio manager of the Northwind \
Mid Cap Growth Fund. Susan Park will continue to manage the Fund.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # one who stays, in a supplement, is not new, whoever joins another fund above
        ("Who is joining the Mid Cap Growth Fund as portfolio manager?", None),
        ("Who is the new portfolio manager of the Northwind Mid Cap Growth Fund?", None),
        ("Who is joining the Small Cap Value Fund as portfolio manager?", "Okafor"),
        ("Who will continue to manage the Mid Cap Growth Fund?", "Susan Park"),
    ],
)
def test_one_who_stays_is_not_new(
    expect_answer: Callable[[str, str, str | None], object], question: str, expected: str | None
) -> None:
    expect_answer(TWO_FUNDS, question, expected)
