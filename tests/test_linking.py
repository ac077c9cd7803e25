"""Linking question words to entities: typos, partial names and variants find the right
entity; near misses ("Rice" for Rich, "Jane Smith" for John Smith) find nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from assistant.linking import (
    COMPLETE_MIN_JW,
    LINK_MIN_SCORE,
    LINKED_KEPT,
    TOKEN_MIN_JW,
    WINDOW_MIN_SCORE,
    Linker,
)
from assistant.understand import understand
from index.entities import extract_mentions, resolve
from index.model import DocMeta, Entity, Passage


@pytest.fixture(scope="module")
def seed_linker(seed_path: Path) -> Linker:
    text = seed_path.read_text(encoding="utf-8")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    ps = [
        Passage(seed_path.name, i, (), i + 1, i + 1, 0, 0, re.sub(r"^o\s+", "", p))
        for i, p in enumerate(paras)
    ]
    meta = DocMeta(seed_path.name, trust="Met Investors Series Trust")
    return Linker(resolve(extract_mentions(ps, meta)), ["J.P. Morgan Small Cap Stock Portfolio"])


def names(linker: Linker, text: str, kinds: set[str] | None = None) -> list[str]:
    return [e.name for e, _ in linker.link(text, kinds)]


def top(linker: Linker, text: str, kinds: set[str] | None = None) -> tuple[str, float]:
    found = linker.link(text, kinds)
    assert found, f"nothing linked for {text!r}"
    return found[0][0].name, found[0][1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where was Stephen Rich working before he rejoined the adviser?", "Steven J. Rich"),
        ("Since when has Steven Rich been with J.P. Morgan?", "Steven J. Rich"),
        ("Who is marion pardo?", "Marian U. Pardo"),
        ("How long has Ms. Pardo been at J.P. Morgan?", "Marian U. Pardo"),
        ("What is Marian Pardo's title at the adviser?", "Marian U. Pardo"),
    ],
)
def test_people_found_through_variants_and_typos(
    seed_linker: Linker, question: str, expected: str
) -> None:
    name, score = top(seed_linker, question, {"person"})
    assert name == expected
    assert score >= 80  # the engine's bar for using a person link


def test_near_miss_names_find_nobody(seed_linker: Linker) -> None:
    assert names(seed_linker, "Rice", {"person"}) == []
    assert names(seed_linker, "What did Mr. Rice say?", {"person"}) == []
    assert names(seed_linker, "Who is Steven Rice?", {"person"}) == []
    assert names(seed_linker, "Is Jane Pardo a manager?", {"person"}) == []


def test_fund_found_from_a_partial_name(seed_linker: Linker) -> None:
    assert top(seed_linker, "Who manages the small cap portfolio?")[0] == (
        "J.P. Morgan Small Cap Stock Portfolio"
    )
    name, score = top(seed_linker, "the J.P. Morgan Small Cap Stock Portfolio", {"fund"})
    assert name == "J.P. Morgan Small Cap Stock Portfolio" and score == 100


def test_laws_and_security_types_by_alias(seed_linker: Linker) -> None:
    assert top(seed_linker, "What does the 1940 Act require?")[0] == (
        "Investment Company Act of 1940"
    )
    assert top(seed_linker, "Is there a cap on how much the portfolio can put into REITs?")[0] == (
        "real estate investment trusts"
    )
    assert "real estate investment trusts" in names(seed_linker, "Which REIT risks apply?")


def test_generic_words_alone_link_nothing(seed_linker: Linker) -> None:
    for q in ("What is the expense ratio of the portfolio?", "Who is the fund's custodian?",
              "What is the investment objective of the trust?"):  # fmt: skip
        assert names(seed_linker, q) == [], q


def test_brand_spellings_meet(seed_linker: Linker) -> None:
    assert top(seed_linker, "JPMorgan")[0] == "J.P. Morgan"
    assert top(seed_linker, "J. P. Morgan")[0] == "J.P. Morgan"


def test_kinds_filter_and_limit(seed_linker: Linker) -> None:
    q = "Did Marian Pardo manage the J.P. Morgan Small Cap Stock Portfolio under the 1940 Act?"
    assert names(seed_linker, q, {"fund"}) == ["J.P. Morgan Small Cap Stock Portfolio"]
    assert len(seed_linker.link(q, limit=2)) == 2
    assert {"Marian U. Pardo", "Investment Company Act of 1940"} <= set(names(seed_linker, q))


def test_completion(seed_linker: Linker) -> None:
    assert seed_linker.complete("marian p") == ["Marian U. Pardo"]
    assert seed_linker.complete("marion par") == ["Marian U. Pardo"]
    assert seed_linker.complete("Stev")[0] == "Steven J. Rich"
    assert "J.P. Morgan Small Cap Stock Portfolio" in seed_linker.complete("j.p. morgan sm")
    assert seed_linker.complete("zzz") == []
    assert seed_linker.complete("") == []


def test_hostile_questions_do_not_crash(seed_linker: Linker) -> None:
    for q in ("AND OR (", "title:*", "x" * 10_000, "🙂 Pardo 🙂", "\x1b[31mRich\x1b[0m",
              "[bold]Pardo[/]", "", "   ", "Ms.", "'s", "J."):  # fmt: skip
        seed_linker.link(q)
        seed_linker.complete(q)


def test_a_text_linked_again_for_other_kinds_links_as_on_a_fresh_linker(seed_path: Path) -> None:
    """The links kept per text (the engine asks one question's funds, then its firms) are
    those a linker that never saw the text finds, for each set of kinds, also after more
    texts than are kept."""
    text = seed_path.read_text(encoding="utf-8")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    ps = [Passage(seed_path.name, i, (), i + 1, i + 1, 0, 0, p) for i, p in enumerate(paras)]
    meta = DocMeta(seed_path.name, trust="Met Investors Series Trust")
    ents = resolve(extract_mentions(ps, meta))
    funds = ["J.P. Morgan Small Cap Stock Portfolio"]
    questions = [
        "Did Marian Pardo manage the J.P. Morgan Small Cap Stock Portfolio under the 1940 Act?",
        "Is JPMorgan the adviser of the small cap portfolio since May 1, 2009?",
        *(f"Who is Steven Rich, manager number {i}?" for i in range(LINKED_KEPT + 1)),
    ]
    kinds_asked = [{"fund", "trust"}, {"org"}, {"person"}, None, {"date"}, {"org", "fund"}]
    kept = Linker(ents, funds)
    for _ in range(2):
        for q in questions:
            for kinds in kinds_asked:
                assert kept.link(q, kinds) == Linker(ents, funds).link(q, kinds), (q, kinds)
    q = questions[0]
    assert names(kept, q, {"person"}) == ["Marian U. Pardo"]
    assert names(kept, q, {"fund"}) == ["J.P. Morgan Small Cap Stock Portfolio"]


# ----------------------------------------------------------------------------- thresholds


def test_token_threshold_pins_both_sides() -> None:
    assert JaroWinkler.normalized_similarity("portfolo", "portfolio") >= TOKEN_MIN_JW
    assert JaroWinkler.normalized_similarity("morgn", "morgan") >= TOKEN_MIN_JW
    assert JaroWinkler.normalized_similarity("small", "smart") < TOKEN_MIN_JW
    assert JaroWinkler.normalized_similarity("value", "venue") < TOKEN_MIN_JW


def test_window_threshold_pins_both_sides() -> None:
    fund = "jp morgan small cap stock portfolio"
    assert fuzz.token_set_ratio("cap stock", fund) >= WINDOW_MIN_SCORE
    assert fuzz.token_set_ratio("cap growth", fund) < WINDOW_MIN_SCORE


def test_completion_threshold_pins_both_sides() -> None:
    assert JaroWinkler.normalized_similarity("pardp", "pardo") >= COMPLETE_MIN_JW
    assert JaroWinkler.normalized_similarity("parker"[:5], "pardo") < COMPLETE_MIN_JW


def test_cut_names_and_shared_surnames() -> None:
    """ "Jane Smith" must not reach John Smith nor the A. O. Smith company; a surname shared
    by two people links both, below the bar for a sure link."""
    ents = [
        Entity("person:john-smith", "person", "John Smith", ("Mr. Smith",), ("a.txt",)),
        Entity("person:ann-lee", "person", "Ann Lee", (), ("a.txt",)),
        Entity("person:bob-lee", "person", "Bob Lee", (), ("b.txt",)),
        Entity("org:a-o-smith-corp", "org", "A.O. Smith Corp.", (), ("c.txt",)),
    ]
    linker = Linker(ents)
    assert names(linker, "Who is Jane Smith?") == []
    assert names(linker, "Who is John Smith?") == ["John Smith"]
    shared = linker.link("What does Mr. Lee manage?")
    assert {e.name for e, _ in shared} == {"Ann Lee", "Bob Lee"}
    assert all(LINK_MIN_SCORE <= s < 80 for _, s in shared) or not shared


def test_window_with_words_outside_the_name_loses_to_the_exact_name() -> None:
    """ "co-managed Vanguard Dividend Appreciation Index Fund" holds every word of "Managed
    Fund" too; the fund whose name the question spells out wins."""
    ents = [
        Entity("fund:managed", "fund", "Managed Fund", (), ("a.txt",)),
        Entity("fund:vdadx", "fund", "Vanguard Dividend Appreciation Index Fund", (), ("b.txt",)),
    ]
    linker = Linker(ents)
    q = (
        "Since when have Kenny Narzikul and Jena Stenger co-managed "
        "Vanguard Dividend Appreciation Index Fund?"
    )
    found = linker.link(q, kinds={"fund"})
    assert found[0][0].name == "Vanguard Dividend Appreciation Index Fund"
    assert all(e.name != "Managed Fund" or s < 80 for e, s in found)
    assert top(linker, "What does the Managed Fund invest in?")[0] == "Managed Fund"


def test_large_alias_table() -> None:
    """A Linker over ~30,000 aliases still finds the one fund and the one person asked about."""
    ents = []
    for i in range(6000):
        family = ["Vanguard", "Fidelity", "Invesco", "Voya", "Putnam"][i % 5]
        ents.append(
            Entity(f"fund:{i}", "fund", f"{family} Strategy {i} Growth Fund", (), (f"{i}.txt",))
        )
        ents.append(Entity(f"person:{i}", "person", f"Pat Q. Manager{i}", (), (f"{i}.txt",)))
    ents.append(Entity("fund:x", "fund", "Wildermuth Endowment Fund", (), ("w.txt",)))
    linker = Linker(ents)
    assert top(linker, "What is the objective of the Wildermuth Endowment Fund?")[0] == (
        "Wildermuth Endowment Fund"
    )
    assert top(linker, "Who is Pat Manager4711?", {"person"})[0] == "Pat Q. Manager4711"
    assert (
        top(linker, "invesco strategy 4712 growth fund")[0] == "Invesco Strategy 4712 Growth Fund"
    )


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Who manages the Harborgate Advisors Growth Fund?", "managers"),
        ("Who advises the Harborgate Growth Fund?", "adviser"),
        ("What sub-advisory fee rate will the adviser pay?", "amounts"),
        ("When does the change to the fund's investment objective take effect?", "dates"),
        ("What is the fund's investment objective?", "objective"),
        ("Which firm is the new sub-adviser?", "adviser"),
        ("What are the risks of the Northgate Risk Managed Portfolio?", "risks"),
    ],
)
def test_words_of_a_fund_name_do_not_set_the_intent(question: str, intent: str) -> None:
    assert understand(question).intent == intent


def test_generic_words_of_a_question_link_no_fund(
    assistant_over: Callable[[dict[str, str]], Any],
) -> None:
    # "the fund's investment manager" shares only generic words with the trust "Harborgate
    # Investment Fund": it names no fund
    fund = assistant_over(
        {
            "a.txt": "Harborgate Investment Fund\nHarborgate Enterprise Fund\n"
            "Supplement dated March 31, 2020\nto Currently Effective Prospectuses\n"
            "Effective on or about April 13, 2020, Harborgate Enterprise Fund (the “Fund”) will "
            "reopen to new investors.\n",
        }
    )
    assert fund._link_funds("Who is the fund's investment manager?") == []
    assert fund._link_funds("who is the fund's investment manager?") == []
    assert fund._link_funds("When will Harborgate Enterprise Fund reopen?") == [
        "Harborgate Enterprise Fund"
    ]
    # a question typed in lower case names funds by their brand
    assert fund._link_funds("when will harborgate enterprise fund reopen?") == [
        "Harborgate Enterprise Fund"
    ]
    # and no fund by everyday words ("enterprise" is one)
    assert fund._link_funds("when does the enterprise meeting take place?") == []


@pytest.mark.parametrize(
    ("name", "question", "linked"),
    [
        ("Steven J. Rich", "When did Steven Rich join the firm?", True),
        ("Steven J. Rich", "When did Stephen Ritch join J.P. Morgan?", True),  # a typo
        ("Steven J. Rich", "when did steven rich join the firm?", True),  # typed in lower case
        # words in lower case that only resemble a name
        (
            "Reinstatement Privilege",
            "How did the reinvestment privilege change for Northgate?",
            False,
        ),
    ],
)
def test_a_person_is_linked_by_a_name_written_as_one(
    name: str, question: str, linked: bool
) -> None:
    from assistant.engine import _named_in_capitals

    assert _named_in_capitals(name, question) is linked


def _fund_linker(*funds: str) -> Linker:
    ents = [
        Entity(id=f"fund:{i}", kind="fund", name=name, aliases=(), docs=("f.txt",))
        for i, name in enumerate(funds)
    ]
    return Linker(ents, list(funds))


SIBLINGS = (
    "Service 2 Class of Northgate FMRSM Large Cap Growth Portfolio",
    "Northgate FMRSM Mid Cap Growth Portfolio",
    "Vaughan Nelson Select Fund",
)


@pytest.mark.parametrize(
    ("question", "found", "not_found"),
    [
        # a word said differently ("Mid" for "Large") names another fund
        ("When will the Service 2 Class of Northgate FMR Mid Cap Growth Portfolio be dissolved?",
         None, SIBLINGS[0]),
        # a mark left out ("FMR" of "FMRSM") and a typo ("Vaughn") are the same name
        ("When will the Service 2 Class of Northgate FMR Large Cap Growth Portfolio be dissolved?",
         SIBLINGS[0], None),
        ("Who co-manages the Vaughn Nelson Select Fund?", SIBLINGS[2], None),
    ],
)  # fmt: skip
def test_a_word_said_differently_is_another_fund(
    question: str, found: str | None, not_found: str | None
) -> None:
    from assistant.engine import FUND_SCOPE_SCORE

    scores = {e.name: s for e, s in _fund_linker(*SIBLINGS).link(question, {"fund"})}
    if found:
        assert scores.get(found, 0) >= FUND_SCOPE_SCORE, scores
    if not_found:
        assert scores.get(not_found, 0) < FUND_SCOPE_SCORE, scores


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In what year did Daniel S. Janis, III begin his career?", "Daniel S. Janis, III"),
        ("What is Marta T. Ruiz's title?", "Marta T. Ruiz"),
        ("When did Daniel S. Janis join the fund team?", "Daniel S. Janis, III"),
    ],
)  # fmt: skip
def test_a_middle_initial_that_is_also_a_short_word(question: str, expected: str) -> None:
    """A capital letter before a surname is an initial, though the same letter in lower case
    is a possessive's ("'s") or a contraction's ("'t"): the name with it is found, not only
    its surname, which another person shares."""
    text = (
        "Daniel S. Janis, III has managed the fund since 1999. Marta T. Ruiz, Vice President, "
        "joined the fund team in 2005. Ellen Janis, Managing Director, joined the adviser in 2010. "
        "Pablo Ruiz, Senior Analyst, joined the adviser in 2012."
    )
    ps = [Passage("f.txt", 0, (), 1, 1, 0, 0, text)]
    linker = Linker(resolve(extract_mentions(ps, DocMeta("f.txt"))), [])
    name, score = top(linker, question, {"person"})
    assert name == expected
    assert score >= 80


LINK_IN_CHILD = """
import json, sys
import assistant.linking as L
from index.model import Entity
L.CANDIDATE_LIMIT = 3  # ties among common words then decide which aliases are scored
families = ["Harborgate", "Northgate", "Bluebrook", "Cedarhaven", "Coppergate", "Brightport"]
ents = [
    Entity(f"fund:{i}", "fund", f"{f} Short Term {kind} Fund", (), (f"{i}.txt",))
    for i, (f, kind) in enumerate((f, k) for f in families for k in ("Investment", "Income"))
]
linker = L.Linker(ents, [e.name for e in ents])
q = "Is the short term investment income strategy changing along with the name?"
print(json.dumps([[e.name, s] for e, s in linker.link(q, kinds={"fund"})]))
"""


def test_a_question_links_alike_in_every_process() -> None:
    """Which aliases a question's common words bring to be scored does not hang on the order
    a set of words iterates in, which changes with the interpreter's string hashing: the
    same question on the same index links the same funds in every process."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    runs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        out = subprocess.run(
            [sys.executable, "-c", LINK_IN_CHILD],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.add(out.stdout)
    assert len(runs) == 1, runs


def test_a_given_name_asked_of_a_person_known_by_surname_alone() -> None:
    """ "Jim Platz" reaches a person the filings call only "Mr. Platz" (no name of theirs
    states a given name), below a full match; not John Smith, whose given name is known."""
    ents = [
        Entity("person:platz", "person", "Mr. Platz", (), ("a.txt",)),
        Entity("person:john-smith", "person", "John Smith", ("Mr. Smith",), ("a.txt",)),
    ]
    linker = Linker(ents)
    found = linker.link("Since when has Jim Platz been on the team?", {"person"})
    assert [e.name for e, _ in found] == ["Mr. Platz"] and found[0][1] < 100
    assert names(linker, "Who is Jane Smith?", {"person"}) == []
