"""How people phrase questions: contractions, abbreviations, misspelt short words, commands
and phrases set before the wh-word are read into one form, and the answer still shows the
question as it was typed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import compose
from assistant.engine import Assistant
from assistant.phrasing import rephrase
from assistant.understand import understand


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Name the fund's PMs.", "Who are the fund's portfolio managers?"),
        # a contraction typed without its apostrophe
        ("Whats the record date for the vote?", "What is the record date for the vote?"),
        ("whos the custodian?", "who is the custodian?"),
        ("Tell me which funds this supplement covers.", "Which funds this supplement covers?"),
        ("List the risks the section adds", "What are the risks the section adds?"),
        ("Give me the fund's objective", "What is the fund's objective?"),
        ("Who's the PM?", "Who is the portfolio manager?"),
        ("When's the merger expected?", "When is the merger expected?"),
        (
            "who runs teh fund, and wich of them leads?",
            "who runs the fund, and which of them leads?",
        ),
        ("Which investors can't buy shares?", "Which investors can not buy shares?"),
        (
            "As of September 30, 2013, who are the new managers?",
            "Who are the new managers as of September 30, 2013?",
        ),
        (
            "In May 2015, which firm became the adviser?",
            "Which firm became the adviser in May 2015?",
        ),
        # a wh-phrase that closes a statement is what is asked
        (
            "The fund stopped taking new investors as of what date?",
            "As of what date the fund close new investors?",
        ),
        (
            "The Portfolio is being reorganized into which portfolio, and when?",
            "Into which portfolio the Portfolio is being reorganized, and when?",
        ),
        (
            "Equity REITs vs. mortgage REITs - what affects each?",
            "What affects each (Equity REITs vs. mortgage REITs)?",
        ),
        ("The fund changed what?", "What the fund changed?"),
        (
            "Following the May 25, 2019 supplement, who runs the fund?",
            "Who runs the fund following the May 25, 2019 supplement?",
        ),
        (
            "What's the typical number of securities the fund holds?",
            "How many securities the fund holds?",
        ),
        # a follow-up stays one
        ("And for Class C, what is the 12b-1 fee?", "And what is the 12b-1 fee for Class C?"),
        # a clause of its own stays where it is; a noun is no command
        (
            "Before joining the firm, where did she work?",
            "Before joining the firm, where did she work?",
        ),
        ("List of funds covered?", "List of funds covered?"),
        # "up to what ..." opens a clause of its own, after a phrase that places it
        (
            "Under the Automatic Withdrawal Plan, up to what annual % can be withdrawn?",
            "Under the Automatic Withdrawal Plan, up to what annual % can be withdrawn?",
        ),
        (
            "The fund may invest up to what percentage in foreign stocks?",
            "Up to what percentage in foreign stocks the fund may invest?",
        ),
        ("State Street is the custodian?", "State Street is the custodian?"),
        ("What is the fund's name?", "What is the fund's name?"),
        # ways of asking "when" that add no word of their own
        (
            "Starting when will Class R shares be available?",
            "When will Class R shares be available?",
        ),
        ("As of when is the fund closed?", "When is the fund closed?"),
        # a passive said with "get"
        ("Which portfolio manager got removed?", "Which portfolio manager was removed?"),
        ("Who gets added to the board?", "Who is added to the board?"),
        ("So my position does not get closed?", "So my position does not get closed?"),
        # a party asked by its name is asked as the party
        (
            "Give the full legal name of the Harborgate Real Estate Portfolio's sub-adviser.",
            "Give the Harborgate Real Estate Portfolio's sub-adviser.",
        ),
        ("What is the name of the fund's custodian?", "What is the fund's custodian?"),
        ("What is the exact name of its transfer agent?", "What is its transfer agent?"),
        # not a fund's own name, nor a name that changes
        ("What is the name of the fund?", "What is the name of the fund?"),
        ("What is the new name of the fund?", "What is the new name of the fund?"),
    ],
)
def test_rephrase(typed: str, read: str) -> None:
    assert rephrase(typed) == read


MANAGERS = """Larchwood Growth Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

Effective June 1, 2025, Jane Q. Harlowe and Tomas R. Villiers are the portfolio managers of the
Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Name the fund's PMs.",
        "Tell me who the portfolio managers are.",
        "Who're the co-PMs?",
        "As of June 1, 2025, who are the fund's portfolio managers?",
    ],
)
def test_every_phrasing_reaches_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"m.txt": MANAGERS}).ask(question)
    assert answer.answered, answer.answer
    assert {"Jane Q. Harlowe", "Tomas R. Villiers"} <= set(answer.items)
    assert answer.question == question  # shown as typed


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Name the co-managers of the fund.", "Who are the co-managers of the fund?"),
        (
            "List the New Trustees the supplement names",
            "Who are the New Trustees the supplement names?",
        ),
        ("Name the subadvisers the fund uses.", "What are the subadvisers the fund uses?"),
    ],
)
def test_a_command_for_people_asks_who(typed: str, read: str) -> None:
    assert rephrase(typed) == read


CHANGE = """Larchwood Growth Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

On May 20, 2025, the Board of Trustees approved a reduction of the Fund's management fee to
0.40%. The new fee becomes effective on July 1, 2025.
"""


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("When does the new management fee kick in?", "July 1, 2025"),
        ("When did the Board sign off on the lower management fee?", "May 20, 2025"),
    ],
)
def test_phrasal_verbs_are_read_as_the_filing_says_it(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    answer = assistant_over({"change.txt": CHANGE}).ask(question)
    assert answer.answered, answer.answer
    assert date in answer.items, answer.answer


FUND = """Larchwood Trust
Larchwood Growth Fund
Larchwood Income Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

Investment Objective. The Fund's investment objective is to provide a high level of current
income consistent with preservation of capital.

Sub-Advisers. Northgate Capital LLC and Ridgeback Partners LLC serve as sub-advisers to the
Fund.

Portfolio Manager. Mr. Harlowe has been a portfolio manager with the Adviser since 1991 and has
been the Fund's portfolio manager since 1998. Jane Q. Harlowe is a Senior Vice President.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Tell me which funds this supplement covers.", "Larchwood Income Fund"),
        ("What's the fund trying to achieve?", "high level of current income"),
        ("Tell me which subadvisors handle the fund.", "Ridgeback Partners LLC"),
        ("In what year did Jane Q. Harlowe become PM of the fund?", "1998"),
    ],
)
def test_other_wordings_of_common_questions(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    answer = assistant_over({"fund.txt": FUND}).ask(question)
    assert answer.answered, answer.answer
    assert said in answer.answer or said in answer.items, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "The fee waiver agreement runs until when?",
        "Until what date is the expense limitation in effect?",
        "Through what date does the fee waiver last?",
    ],
)
def test_until_when_asks_a_date(question: str) -> None:
    u = understand(rephrase(question))
    assert (u.intent, u.answer_type) == ("dates", "date")


LIMITS = """Larchwood Growth Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

Exchanges made online are limited to $250,000 per day per account.

The Adviser has agreed to cap total annual fund operating expenses at 0.95% through June 30,
2026.

At the special meeting of shareholders held on May 6, 2025, shareholders approved the
reorganization of the Fund. The reorganization transaction is expected to close on or about
June 27, 2025.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What's the daily max for exchanging shares online?", "$250,000"),
        ("What's the ceiling on total operating expenses?", "0.95%"),
        ("What became of the shareholder meeting?", "approved the reorganization"),
        ("When is the reorganization deal expected to be completed?", "June 27, 2025"),
    ],
)
def test_words_said_otherwise(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    answer = assistant_over({"limits.txt": LIMITS}).ask(question)
    assert answer.answered, answer.answer
    assert said in answer.answer, answer.answer


def test_the_frame_of_a_question_is_no_search_word() -> None:
    assert "starting" not in understand("Starting when will Class R shares be available?").terms
    assert "some" not in understand("Is the exposure capped at some level?").terms


def test_exposure_is_said_as_investment() -> None:
    assert "invest" in compose.SYNONYMS["exposur"]


@pytest.mark.parametrize(
    "question",
    [
        "What job did Jane Q. Harlowe have previously?",
        "What role did Jane Q. Harlowe hold before?",
        "Where did Jane Q. Harlowe work before?",
    ],
)
def test_a_previous_post_in_either_order(question: str) -> None:
    assert understand(question, has_person=True).detail == "previous"


REOPEN = """Larchwood Enterprise Fund
Supplement dated March 2, 2020 to the Prospectus dated October 28, 2019

Effective on or about April 13, 2020, the Fund will reopen to new investors. The Fund had
previously been closed to new investors.
"""

CLOSE = """Larchwood Growth Fund
Supplement dated January 3, 2012 to the Prospectus dated February 1, 2011

Effective as of the close of business on January 31, 2012, the Fund is closed to new investors.
"""


@pytest.mark.parametrize(
    ("text", "question", "date"),
    [
        (REOPEN, "On which date does the fund open up again?", "April 13, 2020"),
        (REOPEN, "When does the fund open again to new investors?", "April 13, 2020"),
        (REOPEN, "When will the fund open back up?", "April 13, 2020"),
        (CLOSE, "As of what date did the fund stop taking new investors?", "January 31, 2012"),
        (CLOSE, "When does the fund stop accepting new investors?", "January 31, 2012"),
    ],
)
def test_opening_again_and_stopping_are_read_as_reopen_and_close(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, date: str
) -> None:
    answer = assistant_over({"f.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == (date,), answer.items


@pytest.mark.parametrize(
    ("question", "phrased"),
    [
        ("How long is the expense cap in place?", "Until when is the expense cap in place?"),
        ("For how long is the cap in effect?", "Until when is the cap in effect?"),
        ("how long will the waiver last?", "until when will the waiver last?"),
        ("How long do the caps run?", "Until when do the caps run?"),
        # a holding period, a tenure: how long still
        ("How long must shares be held?", "How long must shares be held?"),
        ("How long has she managed the fund?", "How long has she managed the fund?"),
    ],
)  # fmt: skip
def test_how_long_an_arrangement_runs_is_until_when(question: str, phrased: str) -> None:
    assert rephrase(question) == phrased


NAMED_PARTY = """HARBORGATE INVESTORS TRUST
Harborgate Real Estate Portfolio
Supplement dated February 28, 2011 to the Prospectus dated April 30, 2010

Directed Capital LLC, the adviser to the Portfolio, and Harborgate Real Estate Securities, LLC \
("Harborgate RES"), the sub-adviser to the Portfolio, have agreed to the changes below.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Give the full legal name of the Harborgate Real Estate Portfolio's sub-adviser.",
        "What is the name of the portfolio's sub-adviser?",
    ],
)
def test_a_partys_name_is_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"s.txt": NAMED_PARTY}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert "Harborgate Real Estate Securities, LLC" in answer.answer
