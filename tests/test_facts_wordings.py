"""General filing wordings that are rare in the development corpus, each read in several wordings.

Each pattern here fires in at most one development filing, so the corpus alone does not show it
is general: these fixtures (invented funds, firms and people) do.
"""

from __future__ import annotations

import pytest

from index.facts import extract_facts
from index.model import Fact, Passage


def _facts(*texts: str) -> list[Fact]:
    passages = [
        Passage("wordings.txt", n, (), n + 1, n + 1, 0, len(t), t, "paragraph")
        for n, t in enumerate(texts)
    ]
    return extract_facts(passages)


def _only(found: list[Fact], kind: str, subject: str | None = None) -> Fact:
    hits = [f for f in found if f.kind == kind and (subject is None or f.subject == subject)]
    assert len(hits) == 1, [(f.kind, f.subject, f.value, f.attrs) for f in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "org", "since"),
    [
        (
            "Dana Holt, Managing Director of the Adviser. Ms. Holt has been with Northgate "
            "Advisors since 2004, having joined the investment management business in 1990.",
            "Northgate Advisors",
            "2004",
        ),
        (
            "Lee Marsh, CFA, Portfolio Manager. Mr. Marsh has been with the Adviser as a portfolio "
            "manager since May 2012 and joined the financial services industry in 1998.",
            "the Adviser",
            "May 2012",
        ),
    ],
)
def test_been_with_firm_since(text: str, org: str, since: str) -> None:
    joined = _only(_facts(text), "joined")
    assert (joined.value, joined.attr("org")) == (since, org)


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (
            "Since March 2019, Mr. Lee Marsh has co-managed the Summit Income Fund with Dana Holt.",
            "March 2019",
        ),
        ("Since 2021, Lee Marsh has managed the Summit Income Fund.", "2021"),
    ],
)
def test_leading_since_dates_the_manager(text: str, since: str) -> None:
    assert _only(_facts(text), "manages", "Lee Marsh").attr("since") == since


@pytest.mark.parametrize(
    "text",
    [
        "Robin Vale, CFA, is the lead portfolio manager of the Summit Income Fund.",
        "Robin Vale is the lead portfolio manager but all members of the team share "
        "responsibility for the Summit Income Fund.",
    ],
)
def test_is_the_lead_portfolio_manager(text: str) -> None:
    assert _only(_facts(text), "manages", "Robin Vale").attr("role") == "lead"


def test_served_as_co_lead_with_a_colleague() -> None:
    found = _facts(
        "Lee Marsh, co-lead portfolio manager of the fund, will retire. Dana Holt, who has served "
        "as co-lead portfolio manager with Mr. Marsh since 2015, will continue with her "
        "responsibilities on the fund."
    )
    holt = _only(found, "manages", "Dana Holt")
    assert (holt.attr("role"), holt.attr("since")) == ("co-lead", "2015")


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        (
            "Dana Holt is a Vice President of the Adviser. Her previous employment includes "
            "Northgate Bank, N.A., as a Credit Analyst (2010 to 2014), and Summit Partners, LLC, "
            "as Head Trader (2014 to 2020).",
            {"Northgate Bank, N.A.", "Summit Partners, LLC"},
        ),
        (
            "Lee Marsh is a Portfolio Manager of the Adviser. His prior experience includes "
            "Harbor Point Capital, Inc., as an Analyst (2001 to 2008).",
            {"Harbor Point Capital, Inc."},
        ),
    ],
)
def test_previous_employment_list(text: str, employers: set[str]) -> None:
    found = [f for f in _facts(text) if f.kind == "previous_employer"]
    assert {f.value for f in found} == employers


@pytest.mark.parametrize(
    "text",
    [
        "Effective June 1, 2024, the Adviser entered into a new sub-advisory agreement with "
        "Northgate Capital, LLC.",
        "The Trust, on behalf of the Fund, has entered into a new sub-advisory agreement with "
        "Northgate Capital, LLC.",
    ],
)
def test_new_subadvisory_agreement(text: str) -> None:
    sub = _only(_facts(text), "subadviser")
    assert (sub.value, sub.attr("change")) == ("Northgate Capital, LLC", "new agreement")


def test_administration_agreement_and_former_administrator() -> None:
    found = _facts(
        "Under an administration agreement dated July 1, 2019, Summit Fund Services, Inc. "
        "calculates the net asset value of the Fund. Prior to July 1, 2019, Harbor Point Bank "
        "served as the Administrator to the Trust."
    )
    admins = {f.value: f for f in found if f.kind == "administrator"}
    current = admins["Summit Fund Services, Inc."]
    assert current.attr("since") == "July 1, 2019"
    assert current.attr("replaced") == "Harbor Point Bank"
    former = admins["Harbor Point Bank"]
    assert (former.attr("change"), former.attr("until")) == ("former", "July 1, 2019")


@pytest.mark.parametrize(
    "text",
    [
        "Northgate Capital, LLC; Summit Partners, LLC; and Harbor Point Advisors, Inc. are the "
        "Subadvisers to the Fund.",
        "The Fund's subadvisers are Northgate Capital, LLC, for the equity sleeve; Summit "
        "Partners, LLC, for the bond sleeve; and Harbor Point Advisors, Inc., for cash.",
    ],
)
def test_lists_of_subadvisers(text: str) -> None:
    subs = {f.value for f in _facts(text) if f.kind == "subadviser"}
    assert {"Northgate Capital, LLC", "Summit Partners, LLC"} <= subs
    assert any(s.startswith("Harbor Point Advisors") for s in subs)


def test_assets_transferred_is_a_merger() -> None:
    fact = _only(
        _facts(
            "The Board approved a plan under which the assets of the Summit Income Fund would be "
            "transferred to the Summit Core Bond Fund in exchange for shares of that fund."
        ),
        "merger",
    )
    assert (fact.subject, fact.value) == ("Summit Income Fund", "Summit Core Bond Fund")


@pytest.mark.parametrize(
    "text",
    [
        "The Summit Growth Fund's investment objective is long-term capital growth. Its secondary "
        "objective is current income.",
        "The Summit Growth Fund's investment objective is long-term capital growth. Its secondary "
        "investment objective is current income.",
    ],
)
def test_secondary_objective(text: str) -> None:
    objective = _only(_facts(text), "objective")
    assert objective.attr("secondary") == "current income"


@pytest.mark.parametrize(
    "text",
    [
        "Effective the same date, Maria Okafor, CFA, will join Daniel Brenner as co-portfolio "
        "manager of the Fund.",
        "Maria Okafor joined Daniel Brenner as co-manager of the Summit Growth Fund.",
        "Daniel Brenner is a Managing Director of the Adviser. Maria Okafor will join Mr. "
        "Brenner as a co-lead portfolio manager of the Fund.",
    ],
)
def test_the_colleague_joined_as_co_manager_manages_too(text: str) -> None:
    found = _facts(text)
    managers = {f.subject for f in found if f.kind == "manages"}
    assert {"Maria Okafor", "Daniel Brenner"} <= managers, managers


@pytest.mark.parametrize(
    ("text", "managers"),
    [
        # a passive with a middle initial: the initial's stop ends no list of names
        (
            "The Summit Balanced Fund continues to be managed by Helen M. Okafor, Senior Vice "
            "President of the Adviser, who has managed it since 1999.",
            ["Helen M. Okafor"],
        ),
        (
            "The Summit Balanced Fund is managed by Dana K. Holt and Lee R. Marsh.",
            ["Dana K. Holt", "Lee R. Marsh"],
        ),
        ("The Summit Balanced Fund has been managed by J. Lee Marsh since 2010.", ["J. Lee Marsh"]),
        # the firm the subjects are of, between the names and the verb
        (
            "Effective September 1, 2003, Theodore R. Vance and Priya Natarajan of Larchwood "
            "will be jointly responsible for the day-to-day management of the Summit Balanced "
            "Fund.",
            ["Theodore R. Vance", "Priya Natarajan"],
        ),
        (
            "Dana Holt of Northfield Capital Management is responsible for the day-to-day "
            "management of the Summit Balanced Fund.",
            ["Dana Holt"],
        ),
    ],
)
def test_managers_named_after_the_verb_or_with_their_firm(text: str, managers: list[str]) -> None:
    found = [f for f in _facts(text) if f.kind == "manages"]
    assert [f.subject for f in found] == managers, [(f.subject, f.value) for f in found]
    assert all(f.value == "Summit Balanced Fund" for f in found)


def test_prior_to_joining_a_defined_term() -> None:
    found = _facts(
        "Andrew P. Kessler has managed the Summit Global Fund since 1999. Mr. Kessler has been a "
        'Vice President of Summit Management Company (the "Manager") since 1996. Prior to '
        "joining the Manager, he was an international equity analyst at Harcourt Securities "
        "Inc. from 1991 to 1996."
    )
    fact = _only(found, "previous_employer", "Andrew P. Kessler")
    assert fact.value == "Harcourt Securities Inc."


@pytest.mark.parametrize(
    ("text", "kind", "firm"),
    [
        (
            "Harborgate Global Advisors Limited (Global Advisors), Lyford Cay, Nassau, Bahamas, "
            "is the Fund's investment manager.",
            "adviser",
            "Harborgate Global Advisors Limited",
        ),
        (
            'Larchwood Asset Management Investment Services Ltd. ("LAMIS"), One Appold Street, '
            "London, England, an affiliate of the advisor, is the subadvisor for the Fund.",
            "subadviser",
            "Larchwood Asset Management Investment Services Ltd.",
        ),
        (
            "Ridgeback Investors U.S. LLC, a registered investment adviser located at 555 Harbor "
            "Street, Boston, Massachusetts, serves as the sub-adviser to the Fund.",
            "subadviser",
            "Ridgeback Investors U.S. LLC",
        ),
    ],
)
def test_an_address_between_the_firm_and_its_role(text: str, kind: str, firm: str) -> None:
    # the firm, not the town or country of its address that stands just before the verb
    assert [f.value for f in _facts(text) if f.kind == kind] == [firm]


def test_a_lead_phrase_before_the_firm_is_no_address() -> None:
    found = _facts(
        "Under the new Sub-Advisory Agreement, Ridgeback Partners LLC serves as the sub-adviser "
        "to the Fund."
    )
    assert [f.value for f in found if f.kind == "subadviser"] == ["Ridgeback Partners LLC"]


@pytest.mark.parametrize(
    "text",
    [
        # name-first entries run together in one passage (an HTML table flattened)
        "Dana Holt, CFA, Portfolio Manager, Managed the Fund since 2025 Lee Marsh, M.Sc., CFA, "
        "Portfolio Manager, Managed the Fund since 2013 Ann Berg, CFA, Portfolio Manager, "
        "Managed the Fund since 2014.",
        "Dana Holt, Portfolio Manager, managed the Fund since 2025; Lee Marsh, Portfolio "
        "Manager, managed the Fund since 2013; Ann Berg, Portfolio Manager, managed the Fund "
        "since 2014.",
    ],
)
def test_run_on_entries_each_keep_their_start(text: str) -> None:
    found = _facts(text)
    starts = {f.subject: f.attr("since") for f in found if f.kind == "manages"}
    assert starts == {"Dana Holt": "2025", "Lee Marsh": "2013", "Ann Berg": "2014"}, found


def test_prose_with_two_starts_is_no_run_of_entries() -> None:
    text = (
        "The Fund has been managed since 2013 by a team of the Adviser's analysts, and its "
        "benchmark has been the Summit Index since 2014, as the Adviser managed the Fund since "
        "2013 under a strategy unchanged since then."
    )
    assert [f for f in _facts(text) if f.kind == "manages" and f.attr("since")] == []
