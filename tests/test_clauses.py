"""The change-clause reader on sentences of several wordings: active, passive and future forms
of replace, rename and reorganize, table cells, "(formerly ...)" and "the Fund"."""

from __future__ import annotations

import pytest

from assistant import clauses
from index.model import Passage


def read(text: str) -> list[tuple[str, str, str, str]]:
    p = Passage(
        "f.txt", 0, (), 1, 1, 0, len(text), text, kind="row" if " | " in text else "paragraph"
    )
    return [(c.predicate, c.old, c.new, c.kind) for c in clauses.read([p])]


def test_references_replaced_with_a_new_name() -> None:
    text = (
        "All references to “Harbor International Portfolio” are hereby deleted and replaced "
        "with “Summit World Stock Portfolio.”"
    )
    assert ("rename", "Harbor International Portfolio", "Summit World Stock Portfolio", "fund") in (
        read(text)
    )
    assert all(old == "Harbor International Portfolio" for _, old, _, _ in read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Effective May 1, 2020, Ann Lee replaced Carl Berg as portfolio manager of the fund.",
            ("replace", "Carl Berg", "Ann Lee", "person"),
        ),
        (
            "Carl Berg was replaced by Ann Lee as portfolio manager.",
            ("replace", "Carl Berg", "Ann Lee", "person"),
        ),
        (
            "Ann Lee will succeed Carl Berg as chairman of the board on June 1, 2021.",
            ("replace", "Carl Berg", "Ann Lee", "person"),
        ),
        (
            "The Harborgate Value Fund will be renamed Harborgate Equity Income Fund.",
            ("rename", "Harborgate Value Fund", "Harborgate Equity Income Fund", "fund"),
        ),
        (
            "Summit Growth Portfolio II (formerly, Harbor Forty Portfolio) will be closed.",
            ("rename", "Harbor Forty Portfolio", "Summit Growth Portfolio II", "fund"),
        ),
        (
            "The Board approved a plan to reorganize the Harborgate Bond Fund into the Summit "
            "Income Fund.",
            ("merge", "Harborgate Bond Fund", "Summit Income Fund", "fund"),
        ),
        (
            "Effective July 1, 2015, Institutional Class will be renamed Class I.",
            ("rename", "Institutional Class", "Class I", "class"),
        ),
        (
            "Harbor Growth Portfolio, a series of HT | Summit Moderate to Aggressive Allocation "
            "Portfolio (to be renamed Summit Allocation 80 Portfolio)",
            (
                "rename",
                "Summit Moderate to Aggressive Allocation Portfolio",
                "Summit Allocation 80 Portfolio",
                "fund",
            ),
        ),
        (
            "Effective April 22, 2016, the fund is changing its name to Summit Income Portfolio.",
            ("rename", clauses.THIS_FUND, "Summit Income Portfolio", "fund"),
        ),
        (
            "The Board approved a change with respect to the Portfolio's sub-adviser from Harbor "
            "Capital Management LLC to Summit Investment Management Co. effective July 1, 2011.",
            (
                "replace",
                "Harbor Capital Management LLC",
                "Summit Investment Management Co.",
                "org",
            ),
        ),
        (
            "Day-to-day management will transition from Carl Berg to Ann Lee on June 1.",
            ("replace", "Carl Berg", "Ann Lee", "person"),
        ),
        # a trigger word naming a defined term ("Acquired") is no verb: read forwards only
        (
            'The Harbor Bond Fund (the "Acquired Fund") would transfer all of its assets to the '
            'Summit Income Fund (the "Acquiring Fund").',
            ("merge", "Harbor Bond Fund", "Summit Income Fund", "fund"),
        ),
    ],
)
def test_one_change_per_wording(text: str, expected: tuple[str, str, str, str]) -> None:
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The fund may replace its benchmark at any time.",  # no names on both sides
        "Ann Lee replaced the fund's benchmark with the Summit Index Fund.",  # two kinds
        # "from ... to" with no change said before it is a span, not a change
        "Carl Berg managed the fund from Harbor Capital LLC to Summit Partners LLC offices.",
    ],
)
def test_no_change_without_two_names_of_one_kind(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("question", "predicate"),
    [
        ("Who replaced Carl Berg?", "replace"),
        ("Whom did Ann Lee succeed?", "replace"),
        ("What is the Harborgate Value Fund's new name?", "rename"),
        ("What was Summit Growth Portfolio II formerly called?", "rename"),
        ("Into which fund will Harborgate Bond Fund be reorganized?", "merge"),
        ("Who manages the fund?", None),
        # a word naming the filing by what it is about asks no change
        ("Who is the adviser per the Jan 27, 2017 Henderson-merger supplement?", None),
        ("Which funds does the reorganization supplement cover?", None),
        ("Who replaced Carl Berg, according to the March supplement?", "replace"),
    ],
)
def test_what_a_question_asks(question: str, predicate: str | None) -> None:
    assert clauses.asked(question) == predicate


def test_the_other_side_of_a_named_one() -> None:
    p = Passage("f.txt", 0, (), 1, 1, 0, 1, "x")
    changes = [
        clauses.Change("replace", "Carl Berg", "Ann Lee", "person", "", p),
        clauses.Change("rename", clauses.THIS_FUND, "Summit Income Fund", "fund", "", p),
    ]
    assert [n for _, n in clauses.other_side(changes, "replace", ["Berg"])] == ["Ann Lee"]
    assert [n for _, n in clauses.other_side(changes, "replace", ["Ann Lee"])] == ["Carl Berg"]
    assert clauses.other_side(changes, "replace", ["Dana Wu"]) == []
    renamed = clauses.other_side(
        changes, "rename", ["Harbor Income Fund"], lambda c: "Harbor Income Fund"
    )
    assert [n for _, n in renamed] == ["Summit Income Fund"]


def test_firms_that_merged() -> None:
    text = "Harbor Capital Management LLC has merged with its affiliate, Summit Investors LLC."
    assert read(text) == [("merge", "Harbor Capital Management LLC", "Summit Investors LLC", "org")]


def engagements(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    p = Passage("f.txt", 0, (), 1, 1, 0, len(text), text)
    return [(e.event, e.parties, e.role) for e in clauses.engagements([p])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Board approved the termination of Eastbridge Investors Ltd. as sub-adviser to "
            "the Fund and the appointment of Calder Rock Asset Management LLC as the Fund's new "
            "sub-adviser, effective November 15, 2019.",
            [
                ("hire", ("Calder Rock Asset Management LLC",), "sub-adviser"),
                ("terminate", ("Eastbridge Investors Ltd.",), "sub-adviser"),
            ],
        ),
        (
            "Effective May 20, 2019, Harbor Capital Management Co., LLC, Summit Capital "
            "Management, LLC and Northgate Capital Management LLC are no longer investment "
            "sub-advisers of the Fund.",
            [
                (
                    "terminate",
                    (
                        "Harbor Capital Management Co., LLC",
                        "Summit Capital Management, LLC",
                        "Northgate Capital Management LLC",
                    ),
                    "sub-adviser",
                )
            ],
        ),
        (
            "Summit Trust Company has been appointed as custodian of the Fund.",
            [("hire", ("Summit Trust Company",), "custodian")],
        ),
        (
            "Harbor Bank will no longer serve as the Fund's transfer agent after June 30.",
            [("terminate", ("Harbor Bank",), "transfer agent")],
        ),
    ],
)
def test_hiring_and_termination(text: str, expected: list) -> None:
    assert engagements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On May 2, 2016, the Board voted unanimously to appoint Ann Q. Lee to serve as Chairman "
        "of the Board, effective June 1, 2016.",
        "The Trustees elected Ann Q. Lee as Chair of the Board, effective June 1, 2016.",
        "Ann Q. Lee has been appointed Chairperson of the Board of Trustees.",
    ],
)
def test_a_chair_appointed_in_several_wordings(text: str) -> None:
    assert engagements(text) == [("hire", ("Ann Q. Lee",), "chair")]


def test_a_chair_resigning_is_let_go() -> None:
    text = "On May 2, 2016, Carl Berg resigned as Chairman of the Board, effective June 1, 2016."
    assert engagements(text) == [("terminate", ("Carl Berg",), "chair")]


def test_no_engagement_without_a_role() -> None:
    assert engagements("The Board approved the appointment of Harbor Capital LLC.") == []


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Which sub-advisers were dropped from the fund?", ("terminate", "sub-adviser")),
        ("Who is the new sub-adviser?", ("hire", "sub-adviser")),
        ("Which firm was appointed custodian?", ("hire", "custodian")),
        ("Who was the former transfer agent?", ("terminate", "transfer agent")),
        ("Who becomes chairman of the board of trustees?", ("hire", "chair")),
        ("Who resigned as chair of the audit committee?", ("terminate", "chair")),
        ("Who was elected chair of the trustees?", ("hire", "chair")),  # the first role named
        ("Who is the custodian?", None),  # no event: the custodian as it stands
        ("Which funds were dropped?", None),  # no role
    ],
)
def test_what_engagement_a_question_asks(question: str, asked: tuple | None) -> None:
    assert clauses.asked_engagement(question) == asked


def test_definitions() -> None:
    text = (
        "Harbor Capital Advisors, Inc. (the “Adviser”) and the Harborgate Bond Fund (the "
        '"Acquired Fund") agreed with Summit Income Fund (the "Acquiring Fund") and Ann Q. Lee '
        '("Ms. Lee"). The Harborgate Trust (the "Trust") and the Fund (the "Fund") are parties.'
    )
    p = Passage("f.txt", 0, (), 1, 1, 0, len(text), text)
    found = {(d.term, d.name, d.kind) for d in clauses.definitions([p])}
    assert found == {
        ("Adviser", "Harbor Capital Advisors, Inc.", "org"),
        ("Acquired Fund", "Harborgate Bond Fund", "fund"),
        ("Acquiring Fund", "Summit Income Fund", "fund"),
        ("Ms. Lee", "Ann Q. Lee", "person"),
    }
    defs = clauses.definitions([p])
    assert [d.name for d in clauses.defined_in("Which fund is the Acquiring Fund?", defs)] == [
        "Summit Income Fund"
    ]
    assert [d.name for d in clauses.defined_in("Which firm is the adviser?", defs)] == [
        "Harbor Capital Advisors, Inc."
    ]
    # the term as the question's subject is not what it asks for
    assert clauses.defined_in("Which sub-advisers has the adviser hired?", defs) == []


@pytest.mark.parametrize(
    ("text", "thing", "old", "new"),
    [
        (
            "Effective October 2, 2017, the Fund's investment objective will change from "
            '"long-term capital appreciation" to "current income and long-term capital '
            'appreciation."',
            "investment objective",
            "long-term capital appreciation",
            "current income and long-term capital appreciation",
        ),
        (
            "The Fund's benchmark index changed from the Summit World Index to the Summit World "
            "High Dividend Index.",
            "benchmark index",
            "the Summit World Index",
            "the Summit World High Dividend Index",
        ),
    ],
)
def test_value_changes(text: str, thing: str, old: str, new: str) -> None:
    p = Passage("f.txt", 0, (), 1, 1, 0, len(text), text)
    assert [(c.thing, c.old, c.new) for c in clauses.value_changes([p])] == [(thing, old, new)]


def test_the_funds_name_is_the_fund() -> None:
    assert read(
        "Effective October 2, 2017, the Fund's name will change to Summit Income Fund."
    ) == [("rename", clauses.THIS_FUND, "Summit Income Fund", "fund")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Larchwood replaces Ridgeback Asset Management Corp. as sub-adviser to the Fund.",
        "Ridgeback Asset Management Corp. will be replaced by Larchwood as sub-adviser.",
        "Larchwood will succeed Ridgeback Asset Management Corp. as the Fund's sub-adviser.",
    ],
)
def test_a_short_name_the_filing_defines_is_the_party_it_names(sentence: str) -> None:
    defining = (
        "The Board approved a sub-advisory agreement with Larchwood Capital Partners, L.P. "
        '("Larchwood") with respect to the Fund.'
    )
    passages = [
        Passage("f.txt", n, (), n + 1, n + 1, 0, len(t), t)
        for n, t in enumerate((defining, sentence))
    ]
    aliases = {"f.txt": {d.term: d for d in clauses.definitions(passages)}}
    found = [(c.old, c.new, c.kind) for c in clauses.read(passages[1:], aliases)]
    assert found == [
        ("Ridgeback Asset Management Corp.", "Larchwood Capital Partners, L.P.", "org")
    ]
    # without the filing's definitions the short name names nothing
    assert clauses.read(passages[1:]) == []


def test_a_value_change_of_a_possessed_thing_with_a_reason_after_it() -> None:
    text = (
        "Effective April 1, 2017, the Birchley Bond Fund's benchmark index will change from the "
        "Summit 1-3 Year Credit Index to the Summit 1-5 Year Credit Index, which the Adviser "
        "believes better reflects the Fund's strategy."
    )
    (found,) = clauses.value_changes([Passage("f.txt", 0, (), 1, 1, 0, len(text), text)])
    assert (found.thing, found.old, found.new) == (
        "benchmark index",
        "the Summit 1-3 Year Credit Index",
        "the Summit 1-5 Year Credit Index",
    )


@pytest.mark.parametrize(
    ("text", "terms", "names", "kind"),
    [
        (
            "The tables below present information regarding Ms. Ellison, Mr. Garfield, Ms. "
            'Lizarraga, and Mr. Lorentz (each, a "New Trustee," and together, the "New '
            'Trustees"), including their principal occupations.',
            {"New Trustee", "New Trustees"},
            ("Ms. Ellison", "Mr. Garfield", "Ms. Lizarraga", "Mr. Lorentz"),
            "person",
        ),
        (
            "Alpha Growth Fund, Beta Value Fund and Gamma Income Fund (each, an \u201cAcquired "
            "Fund\u201d and collectively, the \u201cAcquired Funds\u201d) will be reorganized.",
            {"Acquired Fund", "Acquired Funds"},
            ("Alpha Growth Fund", "Beta Value Fund", "Gamma Income Fund"),
            "fund",
        ),
        (
            "The Board approved agreements with Larchwood Capital Partners, L.P. and Ridgeback "
            'Asset Management Corp. (together, the "Sub-Advisers").',
            {"Sub-Advisers"},
            ("Larchwood Capital Partners, L.P.", "Ridgeback Asset Management Corp."),
            "org",
        ),
    ],
)
def test_a_list_defined_together_gives_each_term_every_name(
    text: str, terms: set[str], names: tuple[str, ...], kind: str
) -> None:
    p = Passage("f.txt", 0, (), 1, 1, 0, len(text), text)
    found = clauses.definitions([p])
    assert {d.term for d in found} == terms
    assert {(d.names, d.kind) for d in found} == {(names, kind)}


def test_a_name_not_listed_with_the_defined_ones_is_not_defined() -> None:
    # "Beta Value Fund" stands before the list but is no entry of it
    text = (
        "Beta Value Fund will not change. Alpha Growth Fund and Gamma Income Fund (each, an "
        '"Acquired Fund") will be reorganized.'
    )
    p = Passage("f.txt", 0, (), 1, 1, 0, len(text), text)
    assert {d.names for d in clauses.definitions([p])} == {
        ("Alpha Growth Fund", "Gamma Income Fund")
    }
