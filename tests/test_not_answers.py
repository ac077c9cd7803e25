"""Answers that are not answers, whichever reader found them: a table's header row, "effective
immediately" for a calendar date asked, an account of what happened for a why-question."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

HOLDINGS = """Calder Street Funds
Supplement dated April 2, 2016 to the Statement of Additional Information dated May 1, 2015

In the subsection entitled "Portfolio Holdings Disclosure Policy," the table found under the \
heading "Ongoing Arrangements" is replaced with the following:

Recipient | Frequency | Delay Before Dissemination
Northbank Custody | Daily | None
Quillon Analytics | Monthly | 30 days
"""

HEADER_ASKED = [
    "What is the delay before dissemination for Harrow Data Services?",
    "How often does Harrow Data Services receive the holdings?",
    "delay before dissemination for Harrow Data Services?",
]


@pytest.mark.parametrize("question", HEADER_ASKED)
def test_a_header_row_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"h.txt": HOLDINGS}).ask(question)
    assert "Recipient | Frequency" not in a.answer or not a.answered, a.answer


ADDED = """Fairhaven Absolute Return Fund
Supplement dated March 14, 2014 to the Prospectus dated October 1, 2013

Effective immediately, Dana Whitcombe is added as a Portfolio Manager of the Fund. A \
biographical description for Ms. Whitcombe is included below.
"""
ADDED_DATED = ADDED.replace("Effective immediately", "Effective April 1, 2014")


@pytest.mark.parametrize(
    "question",
    [
        "On what date was Dana Whitcombe added as a portfolio manager?",
        "What date was Whitcombe added as PM?",
        "which day was Dana Whitcombe added as portfolio manager",
    ],
)
def test_a_calendar_date_asked_is_not_effective_immediately(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    assert not assistant_over({"a.txt": ADDED}).ask(question).answered
    dated = assistant_over({"a.txt": ADDED_DATED}).ask(question)
    assert dated.answered and "April 1, 2014" in dated.answer, dated.answer


def test_when_is_answered_by_effective_immediately(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    question = "When was Dana Whitcombe added as a portfolio manager?"
    a = assistant_over({"a.txt": ADDED}).ask(question)
    assert a.answered and "immediately" in a.answer, a.answer


MERGER = """Brookfield Lane Infrastructure Fund
Supplement dated November 12, 2013 to the Prospectus dated May 1, 2013

On November 11, 2013, the Board of Directors of the Brookfield Lane Infrastructure Fund (the \
Fund) approved a proposed merger under which the assets of the Fund would be transferred to the \
Brookfield Lane Real Assets Fund in exchange for shares of that fund. The merger is expected to \
take place on or about April 25, 2014.
"""
MERGER_WHY = MERGER.replace(
    "in exchange for shares of that fund.",
    "in exchange for shares of that fund, because the Fund has not attracted sufficient assets "
    "to operate efficiently.",
)

WHY = [
    "Why did the board propose merging the fund into the Real Assets Fund?",
    "What reason did the board give for the merger?",
    "why is the fund being merged",
]


@pytest.mark.parametrize("question", WHY)
def test_a_why_question_needs_a_reason(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"m.txt": MERGER}).ask(question)
    assert not a.answered, a.answer
    given = assistant_over({"m.txt": MERGER_WHY}).ask(question)
    assert given.answered and "sufficient assets" in given.answer, given.answer


COUNTED = """Fairhaven Absolute Return Fund
Supplement dated March 14, 2014 to the Prospectus dated October 1, 2013

The following changes shall take effect 30 days from the date of this Supplement.

The Fund's minimum initial investment is reduced to $500.
"""


@pytest.mark.parametrize(
    "question",
    ["When do the changes in this supplement take effect?", "when will the changes be effective"],
)
def test_a_time_counted_from_the_filing_answers_when(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"c.txt": COUNTED}).ask(question)
    assert a.answered and "30 days from the date of this Supplement" in a.answer, a.answer


def test_a_time_counted_from_the_filing_is_no_calendar_date(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": COUNTED}).ask("On what date do the changes take effect?")
    assert not a.answered or "March 14, 2014" in a.answer, a.answer


FEES = """Lanterne International Explorer Fund
Supplement dated June 9, 2010 to the Prospectus dated February 25, 2010

Fees and Expenses

The addition of Corbel Asset Management is expected to increase the Fund's estimated total \
annual investment advisory fees (as a percentage of the Fund's average net assets) to 0.24%, \
an increase of 0.01%. Note that this figure does not include any potential performance fee \
adjustment for either advisor and could change.

Class R shares are not available for purchase until September 30, 2025.

Effective August 1, 2025, Tamsin Asset Management Ltd. will no longer serve as sub-adviser \
of the Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What performance fee adjustment applies to Corbel Asset Management's fee?",
        "how big is the performance fee adjustment for the advisors",
    ],
)
def test_a_word_said_only_in_a_negation_is_not_answered(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": FEES}).ask(question)
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What are the estimated advisory fees after the addition?", "0.24%"),
        ("Starting when will Class R shares be available for purchase?", "September 30, 2025"),
        ("Which sub-adviser is leaving the fund, and as of when?", "August 1, 2025"),
    ],
)
def test_a_negation_that_is_the_answer_still_answers(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, said: str
) -> None:
    a = assistant_over({"f.txt": FEES}).ask(question)
    assert a.answered and said in a.answer, a.answer


ALLOCATED = FEES.replace(
    "Class R shares are not available",
    "Corbel Asset Management will be allocated approximately 30% of the Fund's assets.\n\n"
    "Class R shares are not available",
)


@pytest.mark.parametrize(
    "question",
    [
        "What share of the fund's assets is Corbel Asset Management allocated?",
        "What percentage of assets is allocated to Corbel Asset Management?",
    ],
)
def test_what_is_done_with_an_amount_must_be_said(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"f.txt": FEES}).ask(question)
    assert not a.answered or "0.24%" not in a.answer, a.answer
    said = assistant_over({"f.txt": ALLOCATED}).ask(question)
    assert said.answered and "30%" in said.answer, said.answer


COVER = """GLENBROOK FUNDS

GBF SAI-7 10/06 SUPPLEMENT DATED OCTOBER 20, 2006 TO THE STATEMENTS OF ADDITIONAL INFORMATION OF
Glenbrook Allocator Fund, dated May 31, 2006
Glenbrook Balanced Fund, dated May 31, 2006
Glenbrook Income Trust, dated December 29, 2005

The Board of Trustees of each Fund approved a revised code of ethics for the Funds' adviser.
"""

COVER_HTML = """<html><body>
<p>MARLOWE STREET TRUST</p>
<p>SUPPLEMENT DATED JUNE 6, 2012 TO THE CURRENTLY EFFECTIVE PROSPECTUS OF EACH OF THE LISTED \
FUNDS</p>
<p>Marlowe Street Income Fund</p>
<p>Marlowe Street Tax-Free Fund</p>
<p>The section entitled "Dealer Compensation" is revised to add a paragraph on fees paid to \
dealers for shareholder services.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("filing", "name", "question"),
    [
        (COVER, "c.txt", "What's being changed in the Statements of Additional Information?"),
        (COVER, "c.txt", "What date is the SAI of the Glenbrook Municipal Fund?"),
        (COVER_HTML, "c.htm", "What's the date of the Marlowe Street Income Fund's prospectus?"),
    ],
)
def test_a_cover_pages_title_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, name: str, question: str
) -> None:
    a = assistant_over({name: filing}).ask(question)
    assert "SUPPLEMENT DATED" not in a.answer, a.answer


RESIGNED = """Larchmont Street Trust
Supplement dated July 1, 2017 to the Statement of Additional Information dated May 1, 2017

Effective June 16, 2017, the Retired Trustee resigned as trustee of the Trust. The Board has \
not named a successor.
"""
RESIGNED_NAMED = RESIGNED.replace("the Retired Trustee", "Harriet P. Oakes")


@pytest.mark.parametrize(
    "question",
    [
        "Who was the trust's previous (retired) trustee?",
        "Which trustee resigned in June 2017?",
        "who resigned as trustee?",
    ],
)
def test_a_role_written_as_a_name_is_no_person(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    """A capitalised defined term of roles ("the Retired Trustee", "an Independent Trustee")
    names nobody: a who-question gets no answer from it, and the person's name when given."""
    a = assistant_over({"r.txt": RESIGNED}).ask(question)
    assert not a.answered, a.answer
    named = assistant_over({"r.txt": RESIGNED_NAMED}).ask(question)
    assert named.answered and "Harriet P. Oakes" in named.answer, named.answer


TEAM_TEXT = """NORTHWIND HIGH-YIELD FUND
Supplement dated June 24, 2010 to the Prospectus dated August 1, 2009

Lena Marsh, Chief Investment Officer, has shared primary responsibility for the management of the \
fund since 2008, and has served on teams managing fixed-income investments since 1991.

Designated portfolio managers serve on the firm's Macro Strategy Team, which is responsible for \
strategic investment parameters.
"""


def test_a_person_asked_of_by_team_is_answered_by_a_team_or_not_at_all(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": TEAM_TEXT}).ask(
        "Which strategy team does Lena Marsh represent on the High-Yield Fund?", doc="t.txt"
    )
    assert not a.answered or "Strategy Team" in a.answer, a.answer


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Which strategy team do the fund's portfolio managers serve on?", True),
        ("Which committee does Lena Marsh chair?", False),
    ],
)
def test_a_team_asked_is_a_text_that_names_one(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, answered: bool
) -> None:
    a = assistant_over({"t.txt": TEAM_TEXT}).ask(question, doc="t.txt")
    assert a.answered is answered, a.answer
    if answered:
        assert "Macro Strategy Team" in a.answer, a.answer


def test_the_named_head_check_of_an_answer() -> None:
    from assistant.answer import Answer
    from assistant.engine import _named_head_check

    def said(text: str) -> Answer:
        return Answer(question="q", answered=True, answer=text)

    q = "Which strategy team does Lena Marsh represent?"
    bio = said("Ms. Marsh, Chief Investment Officer, joined the adviser in 1991. [1]")
    check = _named_head_check(q, bio)
    assert check is not None and not check.ok and check.value == "strategy team"
    assert _named_head_check(q, said("She serves on the Macro Strategy Team. [1]")) is None
    # no named head asked: no check
    assert _named_head_check("Which index does the fund track?", bio) is None


def test_a_table_row_of_another_person_is_no_answer_about_the_person_asked() -> None:
    from assistant.answer import Answer
    from assistant.engine import _item_person_check
    from assistant.understand import understand

    q = "What is Christian Lane's beneficial ownership in the Northwind Growth Balanced Fund?"
    row = "Kandarp Acharya, | Registered Investment Companies | Number of Accounts | 0"
    other = Answer(question=q, answered=True, answer="(listed below) [1]", items=(row,))
    u = understand(q, has_person=True)
    check = _item_person_check(u, ["Christian Lane"], other)
    assert check is not None and not check.ok
    own = Answer(
        question=q,
        answered=True,
        answer="(listed below) [1]",
        items=("Christian Lane, | Registered Investment Companies | Number of Accounts | 2",),
    )
    assert _item_person_check(u, ["Christian Lane"], own) is None
    # who replaced someone: another person is the answer
    who = understand("Who replaced Christian Lane?", has_person=True)
    assert _item_person_check(who, ["Christian Lane"], other) is None
