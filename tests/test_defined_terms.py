"""Parties a question calls by the filing's defined term, singly or as a list, and "which
funds" questions that only a sentence naming funds answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

TRUSTEES = """Statement of Additional Information Supplement
Northgate Bond Trust | Northgate Equity Trust
Supplement dated September 20, 2022, to each current Statement of Additional Information

At meetings of shareholders held September 9, 2022, shareholders of each Trust elected the
following individuals to serve as Trustees of the Trust:
Andrew G. Arnott
Noni L. Ellison
Dean C. Garfield
Patricia Lizarraga

The tables below present certain information regarding Ms. Ellison, Mr. Garfield and Ms.
Lizarraga (each, a "New Trustee," and together, the "New Trustees"), including their
principal occupations.
"""

REORGANIZATION = """Northgate Funds
Supplement dated March 2, 2020 to the Prospectus dated January 28, 2020

The Board approved the reorganization of Alpha Growth Fund and Beta Value Fund (each, an
"Acquired Fund" and together, the "Acquired Funds") into Gamma Core Fund (the "Acquiring
Fund"). The reorganization is expected to close on or about June 19, 2020.
"""

NO_FUND_NAMED = """Northgate Allocation Fund
Supplement dated March 2, 2020 to the Prospectus dated January 28, 2020

The value of a derivative depends on the value of an underlying security, index or rate.
The limitation does not extend to interest, taxes and acquired fund fees and expenses.
"""


@pytest.mark.parametrize(
    "question", ["Who are the New Trustees?", "Who are the new trustees described here?"]
)
def test_a_list_defined_by_title_and_surname_answers_in_full_names(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"trustees.txt": TRUSTEES}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == ["Noni L. Ellison", "Dean C. Garfield", "Patricia Lizarraga"]
    # cited where the filing defines the term and where it names them in full
    texts = " ".join(c.text for c in answer.citations)
    assert "New Trustees" in texts and "Noni L. Ellison" in texts


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Which funds are the Acquired Funds?", ["Alpha Growth Fund", "Beta Value Fund"]),
        ("Which fund is the Acquiring Fund?", ["Gamma Core Fund"]),
    ],
)
def test_a_defined_list_of_funds(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, names: list[str]
) -> None:
    answer = assistant_over({"reorg.txt": REORGANIZATION}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == names


@pytest.mark.parametrize(
    "question", ["Which funds are the Underlying Funds?", "Which funds are the Acquired Funds?"]
)
def test_which_funds_is_not_answered_by_a_sentence_naming_none(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"alloc.txt": NO_FUND_NAMED}).ask(question)
    assert not answer.answered, answer.answer


CLOSED_FUNDS = """Northgate Investment Fund
Northgate Enterprise Fund
Northgate Triton Fund
Northgate Venture Fund
(each, a "Fund" and collectively, the "Funds")
Supplement dated June 24, 2019
to Currently Effective Prospectuses

Sales of the Funds to new investors have generally been discontinued, with certain exceptions
that are detailed in the Closed Fund Policies section of the Funds' prospectuses.
"""

LIQUIDATED = """Larchwood Investment Trust
Larchwood Income Fund
Larchwood Growth Fund
Supplement dated March 2, 2020 to the Prospectus dated May 1, 2019

The Board of Trustees has approved a plan under which each Fund will be liquidated on or
about June 19, 2020.
"""


@pytest.mark.parametrize(
    ("filings", "question", "names"),
    [
        (
            {"closed.txt": CLOSED_FUNDS},
            "What funds are closed to new investors?",
            ["Northgate Enterprise Fund", "Northgate Triton Fund", "Northgate Venture Fund"],
        ),
        (
            {"liq.txt": LIQUIDATED},
            "Which funds will be liquidated?",
            ["Larchwood Income Fund", "Larchwood Growth Fund"],
        ),
    ],
)
def test_the_funds_a_filing_covers_answer_for_its_defined_term(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filings: dict[str, str],
    question: str,
    names: list[str],
) -> None:
    answer = assistant_over(filings).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == names


OTHER_TRUSTEES = (
    TRUSTEES.replace("Northgate", "Larchwood")
    .replace("September 20, 2022", "March 3, 2021")
    .replace("Noni L. Ellison", "Rhea B. Ellison")
)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "Who are the New Trustees described in the September 2022 Northgate SAI supplement?",
            "Noni L. Ellison",
        ),
        (
            "Who are the New Trustees described in the March 2021 Larchwood supplement?",
            "Rhea B. Ellison",
        ),
    ],
)
def test_a_filing_described_by_date_and_brand_is_the_one_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, first: str
) -> None:
    fund = assistant_over({"n.txt": TRUSTEES, "l.txt": OTHER_TRUSTEES})
    answer = fund.ask(question)
    assert answer.answered, answer.answer
    assert answer.items[0] == first
