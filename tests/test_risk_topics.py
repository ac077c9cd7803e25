"""Parts of a list of risks: the entries a question narrows the list to by a topic ("the
debt-related principal risks", "which derivatives-type risks?"), read by the entries' names
and a topic's other words kept as data; and the entries one entry introduces ("ETF Structure
Risks. ... the following risks:" over bullets)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_lists import passages as listed

from assistant import lists
from assistant.engine import Assistant
from index.model import Passage


def passages(*items: tuple[str, str]) -> list[Passage]:
    return listed(*items, heading="Principal Risks")


MIXED = passages(
    ("paragraph", "Equity Securities Risk. Stock prices may fall."),
    ("paragraph", "Below Investment Grade Securities Risk. Junk bonds may default."),
    ("paragraph", "Credit/Counterparty Risk. A party may fail to pay."),
    ("paragraph", "Futures Contracts Risk. Futures may not track their assets."),
    ("paragraph", "Interest Rate Risk. Bond prices fall when rates rise."),
    ("paragraph", "Foreign Securities Risk. Foreign markets can be volatile."),
)


def names(entries: list[tuple[str, Passage]] | None) -> list[str] | None:
    return None if entries is None else [item for item, _ in entries]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["debt-related"], ["Below Investment Grade Securities Risk", "Credit/Counterparty Risk",
                            "Interest Rate Risk"]),
        (["debt", "securities"], ["Below Investment Grade Securities Risk",
                                  "Credit/Counterparty Risk", "Interest Rate Risk"]),
        (["derivatives-type"], ["Futures Contracts Risk"]),
        (["equity", "foreign"], ["Equity Securities Risk", "Foreign Securities Risk"]),
        (["commodity"], None),  # no entry speaks of it: no part of the list is the answer
        (["equity", "commodity"], None),  # one topic of two found: not half an answer
    ],
)  # fmt: skip
def test_entries_on_a_topic(words: list[str], expected: list[str] | None) -> None:
    (found,) = lists.lists(MIXED)
    assert names(lists.on_topic(found.entries(), lists.topic_groups(words))) == expected


def test_a_topic_by_the_kinds_of_bond_that_are_its_own() -> None:
    # municipal bonds by their kinds, in sentence case and as a bulleted layout
    (found,) = lists.lists(
        passages(
            ("bullet", "Revenue bonds risk. Payments depend on one project's revenues."),
            ("bullet", "Private activity bonds risk. A company, not a city, pays them."),
            ("bullet", "Equity securities risk. Stock prices may fall."),
            ("bullet", "Tobacco settlement bonds risk. Payments depend on tobacco sales."),
        )
    )
    assert names(lists.on_topic(found.entries(), lists.topic_groups(["muni-related"]))) == [
        "Revenue bonds risk",
        "Private activity bonds risk",
        "Tobacco settlement bonds risk",
    ]


def test_words_that_say_only_how_a_topic_relates_are_no_topic() -> None:
    assert lists.topic_groups(["related", "type", "specific", "ones", "principal", "risks"]) == []


def test_an_entry_introducing_bullets_has_them_as_its_entries() -> None:
    found = lists.join_continued(
        lists.lists(
            passages(
                ("paragraph", "Market Risk. Prices move."),
                ("paragraph", "ETF Structure Risks. As an ETF, it faces the following risks:"),
                ("bullet", "Authorized Participant Risk. Few firms may create shares."),
                ("bullet", "Premium/Discount Risk. Shares may trade away from their NAV."),
                ("paragraph", "Tax Risk. The Fund may fail to qualify."),
            )
        )
    )
    (lst,) = [x for x in found if x.layout == "lead-ins"]
    at = lst.items.index("ETF Structure Risks")
    assert names(lists.sub_entries(lst, at)) == [
        "Authorized Participant Risk",
        "Premium/Discount Risk",
    ]
    assert lists.sub_entries(lst, lst.items.index("Market Risk")) == []  # introduces none


SUMMARY = """Larkspur Strategic Income Fund
Summary Prospectus dated March 1, 2024

Principal Risks

Equity Securities Risk. The prices of stocks the Fund holds may fall.

High Yield Securities Risk. Bonds rated below investment grade may default.

Interest Rate Risk. The value of bonds falls when interest rates rise.

Derivatives Risk. Derivatives may lose more than the amount invested.

Options Risk. Writing options may limit the Fund's gains.

Municipal Securities Risk. Municipal issuers may be unable to pay.

Taxability Risk. Income from a municipal bond may be found taxable.

ETF Structure Risks. The Fund is an ETF and is exposed to the following risks:

\u2022 Authorized Participant Concentration Risk. Only a few firms may act as such.

\u2022 Market Maker Risk. Market makers may step away in times of stress.

Non-Diversification Risk. The Fund may hold few issuers.

Management

Investment Adviser. Larkspur Advisors LLC is the Fund's investment adviser.
"""

# The same list in sentence case, as bullets.
BULLETED = """Pinecrest Balanced Fund
Supplement dated June 2, 2023 to the Prospectus dated May 1, 2023

Principal risks of investing in the Fund

\u2022 Stock market risk. Stock prices may decline over short or long periods.

\u2022 Credit risk. An issuer of a bond may be unable to make payments.

\u2022 Interest rate risk. Bond prices move opposite to interest rates.

\u2022 Futures risk. Futures contracts may be illiquid.

\u2022 Foreign investment risk. Foreign markets may be less liquid.
"""


@pytest.fixture(scope="module")
def assistant(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"summary.txt": SUMMARY, "bulleted.txt": BULLETED})


@pytest.mark.parametrize(
    ("question", "doc", "expected"),
    [
        ("What debt-related principal risks does the fund list?", "summary.txt",
         ["High Yield Securities Risk", "Interest Rate Risk", "Municipal Securities Risk"]),
        ("Which principal risks relate to derivatives?", "summary.txt",
         ["Derivatives Risk", "Options Risk"]),
        ("List the muni-specific and tax ones among the principal risks", "summary.txt",
         ["Municipal Securities Risk", "Taxability Risk"]),
        ("which bond-related risks does it list?", "bulleted.txt",
         ["Credit risk", "Interest rate risk"]),
        ("What derivatives-type risks are listed?", "bulleted.txt", ["Futures risk"]),
    ],
)  # fmt: skip
def test_risks_of_a_topic(assistant: Assistant, question: str, doc: str, expected: list) -> None:
    answer = assistant.ask(question, doc=doc)
    assert answer.answered, answer.answer
    assert list(answer.items) == expected


def test_a_topic_no_entry_speaks_of_is_not_answered_with_the_list(assistant: Assistant) -> None:
    answer = assistant.ask("Which commodity-related principal risks are listed?", doc="summary.txt")
    assert "Equity Securities Risk" not in answer.items
    assert not answer.answered


def test_the_risks_an_entry_introduces(assistant: Assistant) -> None:
    answer = assistant.ask("Which ETF structure risks are listed?", doc="summary.txt")
    assert answer.answered
    assert list(answer.items) == ["Authorized Participant Concentration Risk", "Market Maker Risk"]
    assert answer.citations


def test_the_whole_list_is_still_the_whole_list(assistant: Assistant) -> None:
    answer = assistant.ask("What are the principal risks?", doc="summary.txt")
    assert "Equity Securities Risk" in answer.items and "Taxability Risk" in answer.items


def test_a_question_naming_an_introducing_entry_asks_its_parts() -> None:
    entries = passages(
        ("paragraph", "ETF Structure Risk. The Fund is subject to special risks, including:"),
        ("paragraph", "Structured Notes Risk. Notes may lose value."),
    )
    pairs = [("ETF Structure Risk", entries[0]), ("Structured Notes Risk", entries[1])]
    assert lists.names_introducer(pairs, "Under ETF Structure Risk, which specific risks?")
    assert not lists.names_introducer(pairs, "Which note-related risks are listed?")
    assert not lists.names_introducer(pairs[1:], "Which Structured Notes Risk applies?")


def test_an_entry_named_with_small_words_is_on_its_topic() -> None:
    """ "Investing through Stock Connect:" is an entry of its own (a lead-in may hold "through"),
    and "China-related" reaches it by the topic's other words."""
    found = lists.lists(
        passages(
            ("paragraph", "China Investing Risks: The Chinese economy may slow."),
            ("paragraph", "Investing through Stock Connect: Shares may be bought in Hong Kong."),
            ("paragraph", "Initial Public Offerings: New issues may be volatile."),
            ("paragraph", "Market: Prices move."),
        )
    )
    assert found and list(found[0].items) == [
        "China Investing Risks",
        "Investing through Stock Connect",
        "Initial Public Offerings",
        "Market",
    ]
    picked = lists.on_topic(found[0].entries(), lists.topic_groups(["china-related"]))
    assert names(picked) == ["China Investing Risks", "Investing through Stock Connect"]


ESG = passages(
    ("paragraph", "Market Risk. Markets may fall."),
    ("paragraph", "Environmental, Social, and Governance (Equity). ESG screens may limit choices."),
    ("paragraph", "Environmental, Social, and Governance (Multi-Manager). Managers differ."),
    ("paragraph", "Climate Transition Risk. Rules on emissions may change."),
    ("paragraph", "Interest Rate Risk. Bond prices fall when rates rise."),
)


@pytest.mark.parametrize("words", [["ESG-related"], ["ESG"], ["sustainability"]])
def test_an_abbreviated_topic_names_the_entries_written_out(words: list[str]) -> None:
    # "ESG" is written out in the entries' names ("Environmental, Social, and Governance")
    (found,) = lists.lists(ESG)
    assert names(lists.on_topic(found.entries(), lists.topic_groups(words))) == [
        "Environmental, Social, and Governance (Equity)",
        "Environmental, Social, and Governance (Multi-Manager)",
        "Climate Transition Risk",
    ]
