"""What a sentence's paragraph says for it: a topic the question names besides the one the
sentence says (the merger a shareholder meeting is about), a hyphenated modifier of what the
sentence names unqualified (the "manager of managers" exemptive order), and the act a date is
the day of ("granted by the SEC on ...", not the Board's approval)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

MERGER_MEETING = """LARCHWOOD INCOME FUND
Supplement dated January 10, 2019 to the Prospectus dated May 1, 2018

The Board of Directors approved a plan under which the Fund would merge into the Larchwood \
Total Return Fund. The merger is subject to the approval of the Fund's shareholders. Proxy \
materials will be mailed in February, and a special meeting of shareholders will be held on or \
about April 12, 2019.
"""

ANNUAL_MEETING = """SUMMIT GROWTH FUND
Supplement dated March 4, 2020 to the Prospectus dated May 1, 2019

The annual meeting of shareholders will be held on June 30, 2020.

Later this year the Board will consider whether the Fund should merge into another fund.
"""

ORDER = """LARCHWOOD INCOME FUND
Supplement dated January 10, 2019 to the Prospectus dated May 1, 2018

The Board of Directors approved a new sub-advisory agreement in reliance on an exemptive order \
granted by the SEC on June 2, 2015. Under the order, the Adviser may hire and replace \
sub-advisers under a "manager of managers" structure without shareholder approval.
"""

SALES_CHARGES = """LARCHWOOD INCOME FUND
Supplement dated January 10, 2019 to the Prospectus dated May 1, 2018

Class A shares are sold with a front-end sales charge. A contingent deferred sales charge of \
1.00% applies to Class A shares redeemed within 12 months of purchase.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (
            MERGER_MEETING,
            "When will the special meeting on the Larchwood Income Fund merger be held?",
            "April 12, 2019",
        ),
        (
            MERGER_MEETING,
            "When is the shareholder meeting about merging the fund?",
            "April 12, 2019",
        ),
        (ORDER, "When did the SEC grant the manager-of-managers exemptive order?", "June 2, 2015"),
        (ORDER, "When was the exemptive order granted?", "June 2, 2015"),
    ],
)
def test_the_paragraph_says_it_for_the_sentence(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, expected: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (expected,), answer.answer


@pytest.mark.parametrize(
    ("text", "question", "not_said"),
    [
        # no merger in the meeting's paragraph
        (
            ANNUAL_MEETING,
            "When will the shareholder meeting on the Summit Growth Fund merger be held?",
            "June 30, 2020",
        ),
        # the Board's approval is not dated: the date is the order's
        (ORDER, "When did the Board approve the new sub-advisory agreement?", "June 2, 2015"),
        # a deferred sales charge is no front-end one, though the paragraph names one
        (SALES_CHARGES, "What is the maximum front-end sales charge on Class A shares?", "1.00%"),
    ],
)
def test_the_paragraph_does_not_stand_in_for_another_kind(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, not_said: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert not answer.answered, answer.answer
    assert not_said not in answer.items


MEETING = """HARBORGATE EQUITY-INCOME FUND
Supplement dated September 20, 2002 to the Prospectus dated March 1, 2002

On or about November 13, 2002, a meeting of shareholders of Harborgate Equity-Income Fund will \
be held to vote on various proposals.
"""

EXAMPLES = """HARBORGATE FUNDS
Supplement dated July 19, 2024 to the Statement of Additional Information

Ownership restrictions and limitations can apply to certain industries (for example, banking, \
insurance, and utilities), and the Fund may then be unable to invest as it would otherwise.
"""

PROPOSALS = """HARBORGATE EQUITY-INCOME FUND
Supplement dated September 20, 2002 to the Prospectus dated March 1, 2002

At the meeting, shareholders will vote on the following proposals: to elect a Board of \
Trustees and to amend the Fund's fundamental investment limitation on lending.
"""


def test_various_proposals_name_none(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    answer = assistant_over({"m.txt": MEETING}).ask(
        "What proposals will the Harborgate Equity-Income Fund shareholders vote on?"
    )
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("text", "question", "said"),
    [
        (
            EXAMPLES,
            "Which industries are given as examples where ownership restrictions apply?",
            "banking",
        ),
        (PROPOSALS, "What proposals will shareholders vote on?", "elect a Board of Trustees"),
    ],
)
def test_a_vague_word_with_what_it_names_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str, said: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question)
    assert answer.answered, answer.answer
    assert said in answer.answer


DELEGATION = """HARBORGATE FUNDS
Supplement dated September 4, 2012 to the Prospectus dated March 1, 2012

At a meeting held on August 14-15, 2012, the Board of Trustees of the Funds approved Northgate
Capital's delegation of certain portfolio management duties to Northgate Capital Singapore.
"""


@pytest.mark.parametrize(
    "question",
    [
        "On what dates did the Board OK the delegation to the Singapore unit?",
        "When did the Board okay the delegation of duties to Northgate Capital Singapore?",
    ],
)
def test_an_ok_is_an_approval(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"d.txt": DELEGATION}).ask(question)
    assert answer.answered, answer.answer
    assert "August 14-15, 2012" in answer.answer
