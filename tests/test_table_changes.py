"""Changes a table sets out by its column headers (acquired / acquiring funds, current / new
names, former / new sub-advisers), read as change records and asked through the engine in
several wordings; a column of one state answers only a question naming that state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import clauses, spans
from assistant.engine import Assistant
from index.model import Passage


def rows(*texts: str) -> list[Passage]:
    return [
        Passage("t.txt", i, (), i + 1, i + 1, 0, len(t), t, kind="row") for i, t in enumerate(texts)
    ]


def changes(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(c.predicate, c.old, c.new, c.kind) for c in clauses.table_changes(rows(*texts))]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # a header row, then a row per merger
            (
                "Acquired Fund | Acquiring Fund",
                "Harborgate Bond Fund | Northgate Income Fund",
                "Harborgate Equity Fund | Northgate Growth Fund",
            ),
            [
                ("merge", "Harborgate Bond Fund", "Northgate Income Fund", "fund"),
                ("merge", "Harborgate Equity Fund", "Northgate Growth Fund", "fund"),
            ],
        ),
        (  # one-cell header rows; cells with more than the name
            (
                "Target Portfolio",
                "Surviving Portfolio",
                "Summit Growth Portfolio II (formerly, Summit Forty Portfolio), a series of ST "
                "| Summit Growth Portfolio, a series of ST",
            ),
            [("merge", "Summit Growth Portfolio II", "Summit Growth Portfolio", "fund")],
        ),
        (  # a plain column beside one marked "new"
            ("Fund | New Name", "Larchwood Yield Plus Fund | Larchwood Short Duration Fund"),
            [("rename", "Larchwood Yield Plus Fund", "Larchwood Short Duration Fund", "fund")],
        ),
        (
            (
                "Current Fund Name | New Fund Name",
                "Larchwood Growth Opportunities Fund | Larchwood Mid Cap Growth Fund",
            ),
            [
                (
                    "rename",
                    "Larchwood Growth Opportunities Fund",
                    "Larchwood Mid Cap Growth Fund",
                    "fund",
                )
            ],
        ),
        (  # a key column, then the two sides
            (
                "Fund | Former Sub-Adviser | New Sub-Adviser",
                "Summit Small Cap Fund | Eastbank Capital Partners, LLC | Ridgeline Advisors, Inc.",
            ),
            [
                (
                    "replace",
                    "Eastbank Capital Partners, LLC",
                    "Ridgeline Advisors, Inc.",
                    "org",
                )
            ],
        ),
    ],
)
def test_a_table_of_changes(texts: tuple[str, ...], expected: list[tuple[str, ...]]) -> None:
    assert changes(*texts) == expected


@pytest.mark.parametrize(
    "texts",
    [
        # revised language is no change of names
        (
            "Current Language | Revised Language",
            "The Fund may invest up to 15% of its assets in illiquid securities at any time. "
            "| The Fund may invest up to 10% of its assets in illiquid securities at any time.",
        ),
        # amounts, not names
        ("Current | New", "0.75% | 0.65%"),
        # headers marking no side
        ("Fund | Sub-Adviser", "Summit Small Cap Fund | Eastbank Capital Partners, LLC"),
        # a name and a person: not one kind
        ("Acquired Fund | Acquiring Fund", "Harborgate Bond Fund | Ann Lee"),
    ],
)
def test_no_change_without_two_sides(texts: tuple[str, ...]) -> None:
    assert changes(*texts) == []


def test_a_legal_form_after_a_comma_ends_a_firm_name() -> None:
    assert spans.orgs("Which sub-adviser did Harbor Point Investors, L.P. replace?") == [
        "Harbor Point Investors, L.P."
    ]
    assert spans.orgs("In 2005, Inc. magazine named it") == []


MERGERS = """HARBORGATE SERIES TRUST
SUPPLEMENT DATED MARCH 3, 2021
TO THE PROSPECTUS DATED MAY 1, 2020
On March 2, 2021, the Board of Trustees approved the reorganization of certain series of the \
Trust into other series, subject to shareholder approval. The reorganizations are expected to \
occur on or about June 25, 2021. The proposed reorganizations are as follows:
|
Target Fund
|
Surviving Fund
|
Harborgate Value Fund II (formerly, Harborgate Focus Fund), a series of HST
|Harborgate Value Fund, a series of HST
|
Harborgate Income Builder Fund, a series of HST
|Northgate Balanced Fund (to be renamed Northgate Balanced Income Fund), a series of NST
|
Harborgate Cautious Growth Fund, a series of HST
|Northgate Conservative Fund, a series of NST
|
Harborgate Steady Income Fund, a series of HST
|Northgate Conservative Fund, a series of NST
"""

RENAMES = """LARCHWOOD FUNDS
Supplement dated July 1, 2019 to the Prospectus dated February 28, 2019

Effective August 30, 2019, the names of the funds listed below will change as follows:

Current Fund Name | New Fund Name |
Larchwood Growth Opportunities Fund | Larchwood Mid Cap Growth Fund |
Larchwood Yield Plus Fund | Larchwood Short Duration Income Fund |

Shareholders need take no action.
"""

SUB_ADVISERS = """SUMMIT MULTI-MANAGER TRUST
Supplement dated September 9, 2018 to the Prospectus dated April 30, 2018

At a meeting held on September 5, 2018, the Board approved new sub-advisory agreements. \
Effective October 1, 2018, the sub-advisers of the funds below change as follows:

Fund | Former Sub-Adviser | New Sub-Adviser |
Summit Small Cap Fund | Eastbank Capital Partners, LLC | Ridgeline Asset Management, Inc. |
Summit Global Bond Fund | Westfield Fixed Income Advisors LLC | Harbor Point Investors, L.P. |
"""


FILINGS = {"mergers": MERGERS, "renames": RENAMES, "sub_advisers": SUB_ADVISERS}


@pytest.mark.parametrize(
    ("filing", "question", "expected"),
    [
        (
            "mergers",
            "Into which fund will Harborgate Value Fund II be merged?",
            ["Harborgate Value Fund"],
        ),
        (
            "mergers",
            "Which fund will acquire Harborgate Income Builder Fund?",
            ["Northgate Balanced Fund"],
        ),
        (
            "mergers",
            "Which funds will be reorganized into Northgate Conservative Fund?",
            ["Harborgate Cautious Growth Fund", "Harborgate Steady Income Fund"],
        ),
        (
            "renames",
            "What will Larchwood Yield Plus Fund be renamed?",
            ["Larchwood Short Duration Income Fund"],
        ),
        (
            "renames",
            "What was Larchwood Mid Cap Growth Fund called before?",
            ["Larchwood Growth Opportunities Fund"],
        ),
        (
            "sub_advisers",
            "Which sub-adviser did Harbor Point Investors, L.P. replace?",
            ["Westfield Fixed Income Advisors LLC"],
        ),
        (
            "sub_advisers",
            "Which firm will replace Eastbank Capital Partners, LLC?",
            ["Ridgeline Asset Management, Inc."],
        ),
        (
            "sub_advisers",
            "Who is the new sub-adviser of Summit Small Cap Fund?",
            ["Ridgeline Asset Management, Inc."],
        ),
        (
            "sub_advisers",
            "Who was the former sub-adviser of Summit Global Bond Fund?",
            ["Westfield Fixed Income Advisors LLC"],
        ),
    ],
)
def test_changes_asked_of_a_table(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    question: str,
    expected: list[str],
) -> None:
    answer = assistant_over({"s.txt": FILINGS[filing]}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == expected, answer.answer
    # the rows cited hold what is answered
    assert all(any(e in c.text for c in answer.citations) for e in expected), answer.citations


def test_a_column_of_one_state_needs_the_question_to_name_it(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    """ "Who is the sub-adviser?" over "Former Sub-Adviser | New Sub-Adviser" is not answered
    by whichever column comes first."""
    answer = assistant_over({"s.txt": SUB_ADVISERS}).ask(
        "Who is the sub-adviser of Summit Global Bond Fund?"
    )
    assert "Westfield" not in answer.answer.split("\n")[0], answer.answer


MERGERS_INTO_SUMMIT = """HARBORGATE SERIES TRUST
Supplement dated March 3, 2021 to the Prospectus dated May 1, 2020

The Board approved the reorganizations below, expected to occur on or about June 25, 2021.

Acquired Fund | Acquiring Fund |
Harborgate Bond Fund | Summit Income Portfolio |
Harborgate Equity Fund | Summit Growth Portfolio |
"""

SUMMIT_PORTFOLIOS = """SUMMIT TRUST
Supplement dated April 1, 2021 to the Prospectuses of the Summit Portfolios dated May 1, 2020

The minimum initial investment in each of the Summit Portfolios is now $1,000.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Summit portfolio will acquire Harborgate Bond Fund?", "Summit Income Portfolio"),
        (
            "Which Summit portfolio is set to acquire Harborgate Equity Fund?",
            "Summit Growth Portfolio",
        ),
    ],
)
def test_words_of_the_wh_phrase_describe_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, expected: str
) -> None:
    """ "Which Summit portfolio ...?" asks for a Summit portfolio: the "Summit Portfolios" of
    another filing are not the fund asked about (the filings covering both are none)."""
    assistant = assistant_over({"m.txt": MERGERS_INTO_SUMMIT, "s.txt": SUMMIT_PORTFOLIOS})
    answer = assistant.ask(question)
    assert answer.answered, answer.answer
    assert answer.items == (expected,), answer.answer
