"""Which funds a filing covers, when the question narrows them: by words of their names
("which Northgate funds"), by a count, by the trust whose series are asked ("the funds of
Harborgate Global Trust"), or describes the filing in words of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

TWO_FAMILIES = """HARBORGATE INVESTMENT TRUST
Northgate Mid Cap Value Fund
Northgate Small Cap Value Fund
Harborgate Balanced Fund

Supplement dated January 27, 2017 to the Prospectus dated October 28, 2016

Closed Fund Policies. Effective February 1, 2017, the Funds are closed to new investors.
"""

TRUSTS = """SUPPLEMENT DATED JUNE 6, 2012 TO THE CURRENTLY EFFECTIVE PROSPECTUS OF EACH OF THE
LISTED FUNDS

Harborgate California Tax-Free Trust
Harborgate California Insured Tax-Free Income Fund
Harborgate California Intermediate-Term Tax-Free Income Fund
Harborgate Global Trust
Harborgate Global Real Estate Fund
Harborgate International Growth Fund
Harborgate High Income Trust
Harborgate High Income Fund

The section "Buying Shares" is revised to add the following.
"""


@pytest.mark.parametrize(
    ("question", "funds"),
    [
        (
            "Which two Northgate funds are covered by this closed fund policy supplement?",
            ["Northgate Mid Cap Value Fund", "Northgate Small Cap Value Fund"],
        ),
        (
            "Which Northgate funds does this supplement cover?",
            ["Northgate Mid Cap Value Fund", "Northgate Small Cap Value Fund"],
        ),
        (
            "Which series of Harborgate Investment Trust does this supplement cover?",
            [
                "Northgate Mid Cap Value Fund",
                "Northgate Small Cap Value Fund",
                "Harborgate Balanced Fund",
            ],
        ),
        (
            "Which funds does this Harborgate Investment Trust supplement cover?",
            [
                "Northgate Mid Cap Value Fund",
                "Northgate Small Cap Value Fund",
                "Harborgate Balanced Fund",
            ],
        ),
    ],
)
def test_the_funds_a_question_narrows_to(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, funds: list[str]
) -> None:
    answer = assistant_over({"two.txt": TWO_FAMILIES}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == funds


def test_the_series_of_one_trust_in_a_cover_listing_several(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    ask = assistant_over({"trusts.txt": TRUSTS}).ask
    answer = ask("Which funds of Harborgate Global Trust are listed?")
    assert answer.answered, answer.answer
    assert list(answer.items) == [
        "Harborgate Global Real Estate Fund",
        "Harborgate International Growth Fund",
    ]
    # the trust named before the noun, in a question put as a statement
    answer = ask(
        "This supplement to the currently effective prospectuses lists which Harborgate Global "
        "Trust series?"
    )
    assert list(answer.items) == [
        "Harborgate Global Real Estate Fund",
        "Harborgate International Growth Fund",
    ], answer.answer
    # a trust the filing does not list: not every fund it lists
    answer = ask("Which funds of Harborgate Municipal Trust are listed?")
    assert "Harborgate High Income Fund" not in answer.items, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which funds are listed under Harborgate California Tax-Free Trust and Harborgate Global "
        "Trust?",
        "Which funds of Harborgate Global Trust and Harborgate California Tax-Free Trust are "
        "listed?",
    ],
)
def test_the_series_of_two_trusts_named_together(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"trusts.txt": TRUSTS}).ask(question)
    assert answer.answered, answer.answer
    assert set(answer.items) == {
        "Harborgate California Insured Tax-Free Income Fund",
        "Harborgate California Intermediate-Term Tax-Free Income Fund",
        "Harborgate Global Real Estate Fund",
        "Harborgate International Growth Fund",
    }, answer.answer


TRUST_AND_SERIES = """HARBORGATE TRUST I
Harborgate Blend Income Fund
Harborgate Blend 2025 Fund
HARBORGATE TRUST IV
Harborgate Blend 2065 Fund
(each a "Fund" and collectively, the "Funds")
Supplement dated June 13, 2025 to the Prospectuses dated November 1, 2024

The Funds' portfolio managers are changed as described below.
"""


def test_the_trust_beside_its_series_is_no_fund_covered(assistant_over) -> None:  # type: ignore[no-untyped-def]
    a = assistant_over({"s.txt": TRUST_AND_SERIES}).ask("Which funds does this supplement cover?")
    assert a.answered, a.answer
    assert "Harborgate Trust IV" not in a.items, a.items
    assert len(a.items) == 3, a.items


SERIES_FUNDS = """SUPPLEMENT DATED JUNE 6, 2012
TO THE CURRENTLY EFFECTIVE PROSPECTUS
OF EACH OF THE LISTED FUNDS

Harborgate Custodian Funds
Harborgate Growth Fund
Harborgate Income Fund
Harborgate Municipal Securities Trust
Harborgate Tennessee Municipal Bond Fund
Harborgate Mutual Series Funds
Mutual Beacon Fund
Mutual Quest Fund
Mutual Shares Fund
Harborgate New York Tax-Free Trust
Harborgate New York Tax-Free Income Fund
(each a "Fund")

The section "Buying Shares" is revised to add the following.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which Harborgate Mutual Series Funds are listed in this June 2012 supplement?",
        "Which funds of Harborgate Mutual Series Funds are listed?",
        "List the Harborgate Mutual Series Funds this supplement covers.",
    ],
)
def test_the_series_of_a_registrant_named_funds(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    """A registrant named "... Funds" on a line of its own heads the series after it."""
    a = assistant_over({"series.txt": SERIES_FUNDS}).ask(question)
    assert a.answered, a.answer
    assert list(a.items) == ["Mutual Beacon Fund", "Mutual Quest Fund", "Mutual Shares Fund"]


def test_registrants_named_funds_are_no_funds_covered(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"series.txt": SERIES_FUNDS}).ask("Which funds does this supplement cover?")
    assert a.answered, a.answer
    assert "Harborgate Mutual Series Funds" not in a.items
    assert "Mutual Quest Fund" in a.items and len(a.items) == 7, a.items


@pytest.mark.parametrize(
    "question",
    [
        "Which bond funds are among the Harborgate funds covered here?",
        "Which bond funds are among the funds covered?",
        "Which Bond funds does this supplement cover?",
    ],
)
def test_the_funds_covered_narrowed_by_a_word_of_their_names(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"series.txt": SERIES_FUNDS}).ask(question)
    assert a.answered, a.answer
    assert list(a.items) == ["Harborgate Tennessee Municipal Bond Fund"], a.items


@pytest.mark.parametrize(
    ("question", "kept", "left"),
    [
        (
            "List the funds with Value in their name that this supplement covers.",
            ["Northgate Mid Cap Value Fund", "Northgate Small Cap Value Fund"],
            ["Harborgate Balanced Fund"],
        ),
        (
            "Which funds covered have 'Balanced' in the name?",
            ["Harborgate Balanced Fund"],
            ["Northgate Mid Cap Value Fund", "Northgate Small Cap Value Fund"],
        ),
        (
            "which funds in this filing include Small Cap in their names",
            ["Northgate Small Cap Value Fund"],
            ["Northgate Mid Cap Value Fund", "Harborgate Balanced Fund"],
        ),
        # a terse topic naming the filing first
        (
            'Harborgate closed fund policy supplement: list the covered funds with "Value" in '
            "the name.",
            ["Northgate Mid Cap Value Fund", "Northgate Small Cap Value Fund"],
            ["Harborgate Balanced Fund"],
        ),
    ],
)
def test_funds_asked_by_a_word_of_their_names(
    assistant_over: Callable[[dict[str, str]], Assistant],
    question: str,
    kept: list[str],
    left: list[str],
) -> None:
    a = assistant_over({"t.txt": TWO_FAMILIES}).ask(question)
    said = " ".join([a.answer, *a.items])
    assert a.answered and all(f in said for f in kept), a.answer
    assert not any(f in said for f in left), a.answer


def test_no_fund_holds_the_word_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"t.txt": TWO_FAMILIES}).ask("Which funds have Growth in their name?")
    assert not a.answered or "Fund" not in " ".join([a.answer, *a.items]), a.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which funds are listed in the January 27, 2017 supplement?",
        "Which Northgate funds does the Jan 27, 2017 supplement cover?",
        # a count beside the filing's date and its registrant's name
        "Which three funds does the January 27, 2017 Harborgate Investment Trust supplement cover?",
    ],
)
def test_the_filing_named_by_its_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"t.txt": TWO_FAMILIES}).ask(question)
    said = " ".join([a.answer, *a.items])
    assert a.answered and "Northgate Small Cap Value Fund" in said, a.answer


# the funds a supplement is about, in a list in its body rather than on its cover
LISTED_IN_BODY = """<html><body>
<p>QUILLON INVESTMENT FUNDS</p>
<p>Supplement dated December 3, 2018 to the currently effective Statements of Additional \
Information</p>
<p>The following disclosure regarding liquidity risk management is added for each of the \
following funds:</p>
<ul>
<li>Quillon Balanced Fund</li>
<li>Quillon Growth and Income Fund</li>
<li>Quillon Global Equity Fund</li>
<li>Quillon Multi-Sector Income Fund</li>
<li>Quillon Short Duration Bond Fund</li>
</ul>
<p>Each Fund has adopted a liquidity risk management program under Rule 22e-4.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which funds have Income in their names?",
        'List the funds in the Dec 2018 Quillon Rule 22e-4 supplement that have "Income" in '
        "their names.",
    ],
)
def test_funds_of_a_list_asked_by_a_word_of_their_names(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"l.htm": LISTED_IN_BODY}).ask(question)
    assert a.answered, a.answer
    assert set(a.items) == {"Quillon Growth and Income Fund", "Quillon Multi-Sector Income Fund"}


def test_no_fund_of_a_list_holds_the_word_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"l.htm": LISTED_IN_BODY}).ask("Which funds have Municipal in their names?")
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "funds"),
    [
        # a trust's name of five or six words before the fund noun
        (
            "Which Harborgate California Tax-Free Trust funds does the supplement list?",
            [
                "Harborgate California Insured Tax-Free Income Fund",
                "Harborgate California Intermediate-Term Tax-Free Income Fund",
            ],
        ),
        # the series "listed under" one trust
        (
            "Which fund is listed under Harborgate Global Trust in the June 2012 supplement?",
            ["Harborgate Global Real Estate Fund", "Harborgate International Growth Fund"],
        ),
    ],
)
def test_the_series_of_a_trust_named_long_or_listed_under(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, funds: list[str]
) -> None:
    answer = assistant_over({"trusts.txt": TRUSTS}).ask(question)
    assert answer.answered, answer.answer
    assert list(answer.items) == funds


@pytest.mark.parametrize(
    "question",
    [
        "Which Harborgate Real Estate Securities Trust funds does the June 2012 supplement list?",
        "Which fund is listed under Harborgate New York Tax-Free Trust in the supplement?",
    ],
)
def test_a_trust_the_cover_does_not_list_gets_no_list_of_every_fund(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"trusts.txt": TRUSTS}).ask(question)
    assert "Harborgate High Income Fund" not in answer.items, answer.answer
    assert not answer.answered, answer.answer
