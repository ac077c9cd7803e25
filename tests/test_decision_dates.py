"""A date asked of a body's decision ("when did the X board approve Y?") is one a sentence
gives a decision of that kind of body, of that one when the question says whose, on the matter
asked: not the day another trust's board approved a reorganization, the SEC adopted a rule, or
the board approved changes to strategies when an advisory agreement is asked; nor a date the
sentence ties to no decision ("if approved, the reorganization will occur on ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import decisions

REORGANIZATION = """HARBORGATE SERIES TRUST
Harborgate Value Fund
Supplement dated March 10, 2021 to the Prospectus

On March 3, 2021, the Board of Trustees of the Harborgate Series Trust approved proposals to \
reorganize the Harborgate Value Fund into the Northwind Value Fund, a series of the Northwind \
Funds Trust. If approved by shareholders, the reorganization is expected to occur on or about \
June 18, 2021.
"""
LIQUIDITY = """CEDARHAVEN FUNDS
Cedarhaven Income Fund
Supplement dated December 1, 2018 to the Prospectus

Effective June 1, 2019, the Securities and Exchange Commission has adopted Rule 22e-4, which \
requires each open-end fund to establish a liquidity risk management program.

The Board of Directors of the Fund approved the Fund's liquidity risk management program on \
November 14, 2018.
"""
RULE_ONLY = LIQUIDITY.split("\n\nThe Board of Directors")[0] + "\n"
SUBADVISER = """BLUEBROOK VARIABLE TRUST
Bluebrook International Portfolio
Supplement dated October 5, 2010 to the Prospectus

On September 30, 2010, the Portfolio's Board of Trustees approved a change with respect to the \
Portfolio's sub-adviser from Harborgate Capital Management, LLC to Northwind Associates, Inc., \
effective on or about January 21, 2011.
"""
CONTINGENT = """CEDARHAVEN INVESTORS TRUST
Cedarhaven Total Return Bond Portfolio
Supplement dated November 1, 2013 to the Prospectus

In addition, on October 22, 2013, contingent upon shareholder approval of the proposed \
Reorganization, a majority of the Board approved a change with respect to the Portfolio's \
sub-adviser from Harborgate Investment Management Company LLC to Northwind Investment \
Management Co.
"""
STRATEGIES = """BRIGHTPORT TRUST
Brightport Resolute Fund
Supplement dated December 20, 2012 to the Prospectus

At a meeting of the Board of Trustees (the "Board") of Brightport Trust held on December 11, \
2012, the Board approved changes to the principal investment strategies of the Fund.
"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # another trust's board, shareholders who have not voted yet
        (REORGANIZATION, "When did the Northwind Funds board approve the reorganization?", None),
        (REORGANIZATION, "When did shareholders approve the reorganization?", None),
        (REORGANIZATION, "When did the Harborgate board approve the reorganization?",
         "March 3, 2021"),
        (REORGANIZATION, "When did the Board approve the reorganization?", "March 3, 2021"),
        # the regulator's rule is no board's decision
        (LIQUIDITY, "When did the fund's board approve the liquidity risk management program?",
         "November 14, 2018"),
        (RULE_ONLY, "When did the fund's board approve the liquidity risk management program?",
         None),
        (RULE_ONLY, "On what date did the Cedarhaven board approve its liquidity program?", None),
        # the matter decided
        (STRATEGIES, "When did the board approve the new investment advisory agreement?", None),
        (STRATEGIES, "When did the Board approve the changes to the fund's strategies?",
         "December 11, 2012"),
        (STRATEGIES, "When were the strategy changes approved by the Board?", "December 11, 2012"),
        # a deed asked by a gerund is said in other words: only the maker is checked
        (SUBADVISER, "When did the board approve replacing Harborgate with Northwind?",
         "September 30, 2010"),
        (SUBADVISER, "When did shareholders approve replacing Harborgate with Northwind?", None),
        # a defined term beside a vote awaited names no board
        (CONTINGENT, "when did the Cedarhaven Investors Trust board approve replacing Harborgate "
         "as sub-adviser?", "October 22, 2013"),
    ],
)  # fmt: skip
def test_a_decision_is_dated_by_its_maker_and_matter(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)


@pytest.mark.parametrize(
    ("question", "kind", "owner", "head"),
    [
        ("When did the Janus board approve the funds' liquidity risk management program?",
         "board", {"janus"}, "program"),
        ("On what date will shareholders vote on the reorganization?", "shareholders", set(),
         "reorganization"),
        ("When was the sub-advisory agreement with Wellington approved by the Trustees?",
         "board", set(), "agreement"),
        ("When did the Board approve it?", "board", set(), None),
        # what a vote approves is what is decided
        ("On what date did shareholders vote to approve the Eastbank sub-advisory contract?",
         "shareholders", set(), "contract"),
    ],
)  # fmt: skip
def test_the_decision_a_question_asks_about(
    question: str, kind: str, owner: set[str], head: str | None
) -> None:
    asked = decisions.asked(question)
    assert asked is not None
    assert (asked.kind, set(asked.owner), asked.head) == (kind, owner, head)


def test_a_question_asking_no_decision_is_not_read_as_one() -> None:
    assert decisions.asked("When is the reorganization expected to occur?") is None
    assert decisions.asked("Who approved the reorganization?") is None


def test_a_sentence_awaiting_a_decision_dates_none() -> None:
    asked = decisions.asked("When did the board approve the reorganization?")
    assert asked is not None
    awaiting = "If approved, the reorganization is proposed to occur on or about April 28, 2014."
    assert decisions.said_by(asked, awaiting) is False
    met = "At its meeting on May 5, 2014, the reorganization was discussed."
    assert decisions.said_by(asked, met) is None


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("When did the board approve the new management contracts described in the SAI?",
         "contracts"),
        ("When did the board approve replacing Harborgate as sub-adviser?", "replacing"),
        ("When did the board approve the existing agreement?", "agreement"),
        ("When did the board approve the newly proposed sub-advisory agreement?", "agreement"),
        ("When did the board approve the reorganization proposed by the adviser?",
         "reorganization"),
    ],
)  # fmt: skip
def test_the_matter_decided_is_read_by_its_head_noun(question: str, head: str) -> None:
    asked = decisions.asked(question)
    assert asked is not None and asked.head == head


def test_a_participle_in_a_question_asking_another_event_asks_no_decision() -> None:
    q = "If shareholders approve, when would the reorganizations approved on May 5, 2013 occur?"
    assert decisions.asked(q) is None
    # (the condition written last, as the question is read once its parts are put in order)
    q = "When would the reorganizations approved on May 5, 2013 occur if shareholders approve?"
    assert decisions.asked(q) is None
    assert (
        decisions.asked("When would the reorganization occur, once shareholders approve?") is None
    )


@pytest.mark.parametrize(
    "question",
    [
        "When did the board approve the liquidity risk management program?",
        "When does the new risk factor take effect?",
        "on what date was the risk disclosure added?",
    ],
)
def test_a_when_question_naming_a_risk_asks_a_date(question: str) -> None:
    from assistant.understand import understand

    u = understand(question)
    assert (u.intent, u.answer_type) == ("dates", "date")


LIQUIDATION = """NORTHWIND FUNDS TRUST
Northwind Mid Cap Growth Fund
Supplement dated June 2, 2025 to the Prospectus dated March 1, 2025

The Board of Trustees has approved the liquidation of the Northwind Mid Cap Growth Fund, which \
is expected to occur on or about August 29, 2025.
"""
DATED = LIQUIDATION.replace(
    "has approved the liquidation", "approved on May 20, 2025 the liquidation"
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the date of the matter decided is not the decision's
        (LIQUIDATION, "When did the Board approve the liquidation?", None),
        (LIQUIDATION, "When was the liquidation of the fund approved by the trustees?", None),
        (LIQUIDATION, "When will the Mid Cap Growth Fund be liquidated?", "August 29, 2025"),
        (DATED, "When did the Board approve the liquidation?", "May 20, 2025"),
    ],
)  # fmt: skip
def test_a_decisions_date_is_not_its_matters(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)
