"""Facts read from real filing text: managers, careers, advisers, limits, risks, dates, changes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from index import facts
from index.facts import extract_facts
from index.model import DocMeta, Fact, Passage

Item = str | tuple[str, str] | tuple[str, str, tuple[str, ...]]


def _passages(doc: str, *items: Item) -> list[Passage]:
    """Passages as a sections splitter makes them: text, kind ("paragraph", "row"...), headings."""
    out = []
    for n, item in enumerate(items):
        if isinstance(item, str):
            text, kind, section = item, "paragraph", ()
        elif len(item) == 2:
            text, kind, section = item[0], item[1], ()
        else:
            text, kind, section = item
        out.append(Passage(doc, n, section, n + 1, n + 1, 0, len(text), text, kind))
    return out


def _find(found: list[Fact], kind: str, subject: str | None = None, **attrs: str) -> list[Fact]:
    hits = [f for f in found if f.kind == kind and (subject is None or f.subject == subject)]
    return [f for f in hits if all(f.attr(k) == v for k, v in attrs.items())]


def _one(found: list[Fact], kind: str, subject: str | None = None, **attrs: str) -> Fact:
    hits = _find(found, kind, subject, **attrs)
    assert len(hits) == 1, (kind, subject, [(f.kind, f.subject, f.value, f.attrs) for f in found])
    return hits[0]


# ---------------------------------------------------------------------------------------------
# The seed filing (Met Investors Series Trust, J.P. Morgan Small Cap Stock Portfolio)

SEED_FUND = "J.P. Morgan Small Cap Stock Portfolio"
SEED = _passages(
    "000_c14adad2a05aec02.txt",
    "J.P. MORGAN SMALL CAP STOCK PORTFOLIO of MET INVESTORS SERIES TRUST Supplement to the "
    "Prospectuses dated May 1, 2001",
    (
        "Since September 2001, Mr. Stephen Rich has co-managed the J.P. Morgan Small Cap Stock "
        "Portfolio with Marian U. Pardo. The discussion of the portfolio management of the J.P. "
        "Morgan Small Cap Stock Portfolio in the section of each of the Prospectuses entitled "
        '"The Advisers" is revised as follows:',
        "paragraph",
        ("I. Portfolio Managers",),
    ),
    (
        "Marian U. Pardo, Managing Director of the Adviser. Ms. Pardo is a portfolio manager in "
        "the Adviser's U.S. Small Cap Equity Group and Head of the Adviser's small company "
        "investment team. She has been with J.P. Morgan since 1968, having joined the investment "
        "management business in 1980 as a research analyst. Ms. Pardo has held a number of "
        "positions at J.P. Morgan including managing equity and convertible funds and large-cap "
        "equity portfolios for individual clients and institutional investors.",
        "bullet",
        ("I. Portfolio Managers", SEED_FUND),
    ),
    (
        "Steven J. Rich, Vice President of the Adviser. Mr. Rich is a portfolio manager for the "
        "Adviser's U.S. Small Cap Equity Group. He has been with J.P. Morgan as a portfolio "
        "manager since September 2001 and previously from 1991 to 1999. Prior to rejoining the "
        "Adviser in September 2001, he was a co-manager for mid and small capitalization "
        "strategies at Citigroup Asset Management. During his previous tenure at J.P. Morgan, he "
        "worked as a portfolio manager in the Small Capitalization Group as well as in the "
        "Balanced and Structured Equity Groups.",
        "bullet",
        ("I. Portfolio Managers", SEED_FUND),
    ),
    (
        'The "Additional Investment Strategies" section of the Prospectuses is supplemented and '
        "amended as follows:",
        "paragraph",
        ("II. Additional Investment Strategies", "Real Estate Investment Trusts"),
    ),
    (
        "The J.P. Morgan Small Cap Stock Portfolio may invest without limit in real estate "
        'investment trusts ("REITs"). REITS are entities which invest in commercial and other '
        "real estate properties. Risks associated with investments in securities of companies in "
        "the real estate industry include: decline in the value of real estate; risks related to "
        "general and local economic conditions; overbuilding and increased competition; increases "
        "in property taxes and operating expenses; changes in zoning laws; casualty or "
        "condemnation losses; variations in rental income; changes in neighborhood values; the "
        "appeal of properties to tenants; and increases in interest rates. In addition, equity "
        "REITs may be affected by changes in the values of the underlying property owned by the "
        "trusts, while mortgage real estate investment trusts may be affected by the quality of "
        "credit extended. November 15, 2001",
        "paragraph",
        ("II. Additional Investment Strategies", "Real Estate Investment Trusts"),
    ),
)
SEED_META = DocMeta(
    doc="000_c14adad2a05aec02.txt",
    trust="Met Investors Series Trust",
    funds=(SEED_FUND,),
    supplement_date="November 15, 2001",
    prospectus_dates=("May 1, 2001",),
)


@pytest.fixture(scope="module")
def seed_facts() -> list[Fact]:
    return extract_facts(SEED, SEED_META)


def test_seed_managers_with_start_and_citation(seed_facts: list[Fact]) -> None:
    rich = _one(seed_facts, "manages", "Steven J. Rich")  # one name per person in a filing
    assert not _find(seed_facts, "manages", "Stephen Rich")
    pardo = _one(seed_facts, "manages", "Marian U. Pardo")
    for fact in (rich, pardo):
        assert fact.fund == SEED_FUND
        assert fact.attr("since") == "September 2001"
        assert fact.attr("role") == "co-manager"
        assert fact.passage == 1  # the "Since September 2001, Mr. Stephen Rich ..." paragraph
        assert fact.doc == "000_c14adad2a05aec02.txt"


def test_seed_titles_joined_and_previous_employer(seed_facts: list[Fact]) -> None:
    pardo = _one(seed_facts, "title", "Marian U. Pardo")
    assert (pardo.value, pardo.passage) == ("Managing Director", 2)
    assert _one(seed_facts, "title", "Steven J. Rich").value == "Vice President"

    joined = _one(seed_facts, "joined", "Marian U. Pardo")
    assert (joined.value, joined.attr("org")) == ("1968", "J.P. Morgan")
    joined = _one(seed_facts, "joined", "Steven J. Rich")
    assert (joined.value, joined.attr("org"), joined.attr("previous_tenure")) == (
        "September 2001",
        "J.P. Morgan",
        "1991 to 1999",
    )
    prev = _one(seed_facts, "previous_employer", "Steven J. Rich")
    assert prev.value == "Citigroup Asset Management"
    assert "co-manager for mid and small capitalization strategies" in (prev.attr("role") or "")


def test_seed_complete_risk_list(seed_facts: list[Fact]) -> None:
    risks = _one(seed_facts, "risks")
    assert risks.subject == "real estate industry"
    assert len(risks.items) == 10
    assert risks.items[0] == "decline in the value of real estate"
    assert risks.items[-1] == "increases in interest rates"
    assert "the appeal of properties to tenants" in risks.items
    assert all(not item.endswith(".") and not item.startswith("and ") for item in risks.items)
    assert risks.passage == 5


def test_seed_through_the_real_pipeline(seed_path: Path) -> None:
    """The bundled seed, loaded and split by the real modules, gives the same key facts."""
    loaders = pytest.importorskip("index.loaders")
    sections = pytest.importorskip("index.sections")
    metadata = pytest.importorskip("index.metadata")
    document = loaders.load(seed_path)
    _, passages = sections.split(document)
    found = extract_facts(passages, metadata.extract(document, passages))
    managers = {f.subject for f in _find(found, "manages")}
    assert managers == {"Steven J. Rich", "Marian U. Pardo"}
    assert _one(found, "title", "Marian U. Pardo").value == "Managing Director"
    assert len(_one(found, "risks").items) == 10


# ---------------------------------------------------------------------------------------------
# Managers from prose and tables (real snippets)


def test_co_managers_lead_and_carried_fund() -> None:
    """dev005 (BMO): the fund is named in the introducer line, the managers in the next passage."""
    found = extract_facts(
        _passages(
            "dev005.txt",
            "The information in the Prospectus under “Fund Summary — BMO Large-Cap Value Fund — "
            "Management of the Fund — Portfolio Manager” is replaced with the following:",
            "Portfolio Managers. Daniel L. Sido, Jason Hans and Ernesto Ramos, Ph.D. co-manage the "
            "Fund. Mr. Sido is the lead portfolio manager but all members of the team share "
            "investment decision making responsibilities with respect to the Fund. Mr. Sido joined "
            "the Adviser in 2011 as a Senior Vice President and a Portfolio Manager and has "
            "co-managed the Fund since February 2012. Mr. Hans joined the Adviser in 2012 as a "
            "Vice "
            "President and a Portfolio Manager and has co-managed the Fund since February 2012.",
        )
    )
    managers = {f.subject: f for f in _find(found, "manages")}
    assert set(managers) == {"Daniel L. Sido", "Jason Hans", "Ernesto Ramos"}
    assert {f.fund for f in managers.values()} == {"BMO Large-Cap Value Fund"}
    assert managers["Daniel L. Sido"].attr("role") == "lead"
    assert managers["Daniel L. Sido"].attr("since") == "February 2012"
    joined = _one(found, "joined", "Daniel L. Sido")
    assert (joined.value, joined.attr("org")) == ("2011", "the Adviser")


def test_pronoun_and_inception() -> None:
    """VADGX (Vanguard): "He has managed the Fund since its inception in 2013"."""
    found = extract_facts(
        _passages(
            "VADGX.html",
            (
                "The Vanguard Group, Inc. (Vanguard) Portfolio Manager Joshua C. Barrickman, CFA, "
                "Principal of Vanguard and co-head of Vanguard’s Fixed Income Indexing Americas. "
                "He "
                "has managed the Fund since its inception in 2013.",
                "paragraph",
                ("Vanguard Emerging Markets Government Bond Index Fund", "Investment Advisor"),
            ),
        )
    )
    fact = _one(found, "manages", "Joshua C. Barrickman")
    assert fact.attr("since") == "2013"
    assert fact.fund == "Vanguard Emerging Markets Government Bond Index Fund"
    title = _one(found, "title", "Joshua C. Barrickman")
    assert title.value == "Principal"
    assert _one(found, "adviser").value == "The Vanguard Group, Inc."


def test_bond_portion() -> None:
    found = extract_facts(
        _passages(
            "VWIAX.html",
            "Loren L. Moran, CFA, Senior Managing Director and Fixed Income Portfolio Manager of "
            "Wellington Management. She has managed the bond portion of the Fund since 2017.",
            "Christine D. Franquin, Principal of Vanguard. She has managed the Fund since 2013 "
            "(co-managed since 2016).",
        )
    )
    moran = _one(found, "manages", "Loren L. Moran")
    assert (moran.attr("since"), moran.attr("role")) == ("2017", "bond portion")
    assert _one(found, "title", "Loren L. Moran").value == (
        "Senior Managing Director and Fixed Income Portfolio Manager"
    )
    franquin = _one(found, "manages", "Christine D. Franquin")
    assert franquin.attr("since") == "2013"


def test_manager_table_rows() -> None:
    """VADAX (Invesco): a three-column table; VCRAX: the sub-adviser in the first cell."""
    found = extract_facts(
        _passages(
            "VADAX.html",
            "Investment Adviser: Invesco Advisers, Inc. (Invesco or the Adviser)",
            ("Portfolio Managers | Title | Length of Service on the Fund", "row"),
            ("Peter Hubbard | Portfolio Manager | 2020", "row"),
            ("Pratik Doshi, CFA | Portfolio Manager | 2020", "row"),
            "New York Life Investment Management LLC serves as the Manager. MacKay Shields LLC "
            "serves as the Subadvisor.",
            ("Subadvisor | Portfolio Manager | Service Date", "row"),
            ("MacKay Shields LLC | Andrew Susser, Executive Managing Director | Since 2012", "row"),
            ("Dohyun Cha, Managing Director | Since 2024", "row"),
        )
    )
    assert _one(found, "manages", "Peter Hubbard").attr("since") == "2020"
    assert _one(found, "manages", "Pratik Doshi").attr("since") == "2020"
    assert _one(found, "title", "Peter Hubbard").value == "Portfolio Manager"
    susser = _one(found, "manages", "Andrew Susser")
    assert (susser.attr("since"), susser.attr("firm")) == ("2012", "MacKay Shields LLC")
    assert _one(found, "manages", "Dohyun Cha").attr("firm") == "MacKay Shields LLC"
    assert _one(found, "title", "Andrew Susser").value == "Executive Managing Director"
    advisers = {f.value for f in _find(found, "adviser")}
    assert advisers == {"Invesco Advisers, Inc.", "New York Life Investment Management LLC"}
    assert _one(found, "subadviser").value == "MacKay Shields LLC"
    assert not _find(found, "manages", "Portfolio Managers")


def test_voya_rows_with_month_year_since_and_firm() -> None:
    found = extract_facts(
        _passages(
            "VGORX.html",
            "Investment Adviser Voya Investments, LLC Sub-Adviser Voya Investment Management Co. "
            "LLC Portfolio Managers",
            (
                "Russell Shtern, CFA Portfolio Manager (since 07/22) | Kai Yee Wong Portfolio "
                "Manager (since 08/25)",
                "row",
            ),
        )
    )
    wong = _one(found, "manages", "Kai Yee Wong")
    assert (wong.attr("since"), wong.attr("firm")) == (
        "08/25",
        "Voya Investment Management Co. LLC",
    )
    assert _one(found, "manages", "Russell Shtern").attr("since") == "07/22"
    assert _one(found, "adviser").value == "Voya Investments, LLC"
    assert _one(found, "subadviser").value == "Voya Investment Management Co. LLC"


def test_surnames_resolve_to_full_names() -> None:
    """VXDXX: "Mr. Riecke and Ms. Slade are jointly and primarily responsible ..."."""
    found = extract_facts(
        _passages(
            "VXDXX.html",
            "XD Fund Advisor LLC Portfolio Managers Scott Riecke, Chief Portfolio Manager at the "
            "Adviser, has served as portfolio manager of the Fund since its inception in February "
            "2024. Tiffany Slade, Fixed Income Trader at the Adviser, has served as portfolio "
            "manager of the Fund since January 2025. Mr. Riecke and Ms. Slade are jointly and "
            "primarily responsible for the day-to-day management of the Fund’s portfolio.",
        )
    )
    riecke = _one(found, "manages", "Scott Riecke")
    assert (riecke.attr("since"), riecke.attr("role")) == ("February 2024", "co-manager")
    assert _one(found, "manages", "Tiffany Slade").attr("since") == "January 2025"
    assert _one(found, "title", "Tiffany Slade").value == "Fixed Income Trader"


def test_list_with_titles_and_object_list() -> None:
    found = extract_facts(
        _passages(
            "VARAX.html",
            "Travis Trampe, Managing Director, Portfolio Manager of the Advisor, and Parker "
            "Binion, "
            "Chief of Compliance and Head of Investments of the Advisor, are jointly and primarily "
            "responsible for the day-to-day management of the Fund and have served in such "
            "capacity "
            "since the Fund’s inception in September 2025.",
            "Effective immediately, the PIMCO High Yield Fund’s portfolio is jointly and primarily "
            "managed by David Forgash, Sonali Pier and Jason Duko.",
        )
    )
    for name in ("Travis Trampe", "Parker Binion"):
        assert _one(found, "manages", name).attr("since") == "September 2025"
    assert {f.subject for f in _find(found, "manages")} >= {
        "David Forgash",
        "Sonali Pier",
        "Jason Duko",
    }
    assert _one(found, "title", "Parker Binion").value == (
        "Chief of Compliance and Head of Investments"
    )


def test_heading_names_and_listed_below() -> None:
    """Names that head the passages a "listed below" sentence announces are its managers."""
    found = extract_facts(
        _passages(
            "listed.txt",
            "The individuals listed below are jointly and primarily responsible for the "
            "day-to-day management of the fund described in this prospectus.",
            (
                "Mr. Holt, Senior Vice President and Co-Chief Investment Officer, Global Fixed "
                "Income, has served on teams managing fixed-income investments since joining the "
                "advisor in 2018.",
                "paragraph",
                ("Dana Holt (Global Macro Strategy Team Representative)",),
            ),
        )
    )
    assert _one(found, "manages", "Dana Holt").attr("role") == "co-manager"
    assert _one(found, "title", "Dana Holt").value.startswith("Senior Vice President")


def test_vertical_table_and_career_rows() -> None:
    """dev087 cells come one per row; dev083 rows sit under a heading that names the manager."""
    found = extract_facts(
        _passages(
            "dev087.txt",
            "As of the Effective Date, the following amends and supplements the funds’ portfolio "
            "manager information under the heading “Portfolio management”:",
            ("Michael J. Comer, CFA", "row"),
            ("Managing Director and Portfolio Manager", "row"),
            ("Managed fund since 2023 | James Robinson, CIM", "row"),
            ("Senior Managing Director and Senior Portfolio Manager", "row"),
            ("Managed fund since 2023 | David J. Rule, CFA, FRM", "row"),
            "Accordingly, in the “Fund summary” section, the information under the heading "
            "“Portfolio management” is amended to include the following:",
            (
                "Managing Director and Head of Quantitative Research, PSG",
                "row",
                ("Scott McIntosh",),
            ),
            ("Joined fund team in 2013", "row", ("Scott McIntosh",)),
            (
                "Assistant Vice President of Investment Management Services, Manulife Financial "
                "(2011-2012)",
                "row",
                ("Scott McIntosh",),
            ),
        )
    )
    assert _one(found, "manages", "Michael J. Comer").attr("since") == "2023"
    assert _one(found, "manages", "James Robinson").attr("since") == "2023"
    assert (
        _one(found, "title", "Michael J. Comer").value == "Managing Director and Portfolio Manager"
    )
    assert _one(found, "manages", "Scott McIntosh").attr("since") == "2013"
    prev = _one(found, "previous_employer", "Scott McIntosh")
    assert prev.value == "Manulife Financial"
    assert prev.attr("role") == "Assistant Vice President of Investment Management Services"


# ---------------------------------------------------------------------------------------------
# Departures and additions


def test_departures() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "Effective at the close of business on September 12, 2025 (the “Effective Date”), "
            "Anthony DeMeo will no longer serve as a portfolio manager of the Muzinich Dynamic "
            "Income Fund (the “Dynamic Income Fund” or the “Fund”).",
            "All references to Michael Difley should be deleted.",
            "Effective September 30, 2025, Chandra Seethamraju, PhD will step down as a member of "
            "the portfolio management team of each Fund.",
            "Ruben Calderon, co-lead portfolio manager of the fund, is on a leave of absence. "
            "During "
            "Mr. Calderon's leave, Geoff Stein, who has served as co-lead portfolio manager with "
            "Mr. Calderon since 2009, will continue with his responsibilities on the fund.",
            "Effective December 31, 2024, James M. McTaggart and James L.L. Tullis will each "
            "retire "
            "from his service as Trustee/Director of the Boards of Trustees/Directors of the "
            "Funds.",
            "Steve Orlich is no longer a portfolio manager on the investment management team of "
            "the "
            "fund.",
        )
    )
    demeo = _one(found, "departure", "Anthony DeMeo", role="portfolio manager")
    assert demeo.attr("effective") == "September 12, 2025"
    assert _one(found, "departure", "Michael Difley").attr("reason") == "references deleted"
    assert _one(found, "departure", "Chandra Seethamraju").attr("reason") == "step down"
    assert _one(found, "departure", "Ruben Calderon").attr("reason") == "leave of absence"
    stein = _one(found, "manages", "Geoff Stein")
    assert (stein.attr("since"), stein.attr("role")) == ("2009", "co-lead")
    tullis = _one(found, "departure", "James L.L. Tullis")
    assert (tullis.attr("reason"), tullis.attr("role")) == ("retirement", "trustee/director")
    assert _find(found, "departure", "James M. McTaggart")
    assert _find(found, "departure", "Steve Orlich")
    assert not _find(found, "manages", "Anthony DeMeo")


def test_additions() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "As of the Effective Date, Michael J. Comer, CFA, James Robertson, CIM, and David J. "
            "Rule, CFA, FRM will be added as portfolio managers of the funds.",
            "In addition, effective immediately, Kes Visuvalingam has replaced Susanta Mazumdar as "
            "the Funds portfolio manager.",
            "Christian Chan and Kandarp Acharya replace the portfolio managers listed for Wells "
            "Capital Management Incorporated for each Fund.",
            "Effective January 1, 2014, Barbara A. Nugent began her term as a trustee of MIST and "
            "the Metropolitan Series Fund.",
            "At a Board Meeting of the Board of the Trust held on December 4, 2014, the Board "
            "voted "
            "unanimously to appoint Nicholas A. Giordano to serve as Chairman of the Board of the "
            "Trust, effective January 1, 2015.",
        )
    )
    added = {f.subject for f in _find(found, "addition", role="portfolio manager")}
    assert added == {
        "Michael J. Comer",
        "James Robertson",
        "David J. Rule",
        "Kes Visuvalingam",
        "Christian Chan",
        "Kandarp Acharya",
    }
    assert not any("Effective" in f.subject for f in found)
    assert _one(found, "addition", "Barbara A. Nugent").value == "trustee"
    assert _one(found, "addition", "Nicholas A. Giordano").value.startswith("Chairman of the Board")


# ---------------------------------------------------------------------------------------------
# Careers


def test_joined_and_previous_employers() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "Adrian H. Chan, CFA Portfolio Manager of Advisers Mr. Chan has been a portfolio "
            "manager "
            "of the Fund since September 2025. He joined Franklin Templeton in 2024. Prior to "
            "joining Franklin Templeton, Mr. Chan was a portfolio manager for Putnam Investment "
            "Management, LLC (“Putnam Management”). He joined Putnam Management in 2003.",
            "Gavin Fleischman, Vice President and Portfolio Manager, has served on teams managing "
            "fixed-income investments for American Century since joining the advisor in 2008.",
            "Alex Aleman is the Vice President (since 2024) and Portfolio Manager (since 2024) of "
            "the Fund. Additionally, he is Vice President of the Adviser (since 2024). His "
            "previous "
            "employment includes JPMorgan Chase & Co., as a Private Client Banker (2022 to 2024), "
            "and Granby Capital Management, LLC, as Head Trader (2003 to 2021).",
            "Kandarp Acharya Mr. Acharya joined Wells Capital Management in 2013, where he "
            "currently "
            "serves as a Senior Portfolio Manager. Prior to joining Wells Capital Management, Mr. "
            "Acharya led the Advanced Analytics and Quantitative Research Group at Wells Fargo "
            "Wealth "
            "Management, where he also led the development of quantitative models.",
        )
    )
    assert _find(found, "joined", "Adrian H. Chan", org="Franklin Templeton")[0].value == "2024"
    prev = _one(found, "previous_employer", "Adrian H. Chan")
    assert prev.value == "Putnam Investment Management, LLC"
    assert _one(found, "manages", "Adrian H. Chan").attr("since") == "September 2025"
    assert _one(found, "joined", "Gavin Fleischman").value == "2008"
    assert _one(found, "joined", "Gavin Fleischman").attr("org") == "American Century"
    assert _one(found, "title", "Gavin Fleischman").value == "Vice President and Portfolio Manager"
    employers = {f.value: f for f in _find(found, "previous_employer", "Alex Aleman")}
    assert set(employers) == {"JPMorgan Chase & Co.", "Granby Capital Management, LLC"}
    assert employers["JPMorgan Chase & Co."].attr("role") == "Private Client Banker"
    acharya = _one(found, "previous_employer", "Kandarp Acharya")
    assert acharya.value == "Wells Fargo Wealth Management"
    assert "Advanced Analytics and Quantitative Research Group" in (acharya.attr("role") or "")
    assert _one(found, "joined", "Kandarp Acharya").value == "2013"


# ---------------------------------------------------------------------------------------------
# Advisers, sub-advisers, administrators


def test_adviser_changes() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            'Effective May 1, 2015, Victory Capital Management Inc. (the "Advisor") replaces '
            "Compass Efficient Model Portfolios, LLC as investment adviser to the Funds.",
            "Effective January 31, 2008, Morgan Stanley Investment Management Inc. will replace "
            "Fidelity Management & Research Company as sub-adviser for ING FMRSM Large Cap Growth "
            "Portfolio with no change to the Portfolio’s investment objective.",
            "RCM Capital Management LLC (“RCM”) has merged with its affiliate, Allianz Global "
            "Investors U.S. LLC (“AGI U.S.”). Accordingly, AGI U.S. has succeeded RCM as "
            "sub-adviser "
            "to the Fund under the investment sub-advisory agreement by operation of law.",
            "Effective June 1, 2010, pursuant to the Portfolio’s Manager-of-Managers Relief, "
            "Directed Services LLC, the Portfolio’s investment adviser, entered into a new "
            "sub-advisory agreement with Invesco Advisers, Inc., a direct subsidiary of Invesco.",
        )
    )
    victory = _one(found, "adviser")
    assert victory.value == "Victory Capital Management Inc."
    assert victory.attr("replaced") == "Compass Efficient Model Portfolios, LLC"
    assert victory.attr("since") == "May 1, 2015"
    subs = {f.value: f for f in _find(found, "subadviser")}
    morgan = subs["Morgan Stanley Investment Management Inc."]
    assert morgan.fund == "ING FMRSM Large Cap Growth Portfolio"
    assert morgan.attr("replaced") == "Fidelity Management & Research Company"
    agi = subs["Allianz Global Investors U.S. LLC"]
    assert agi.attr("replaced") == "RCM Capital Management LLC"
    assert subs["Invesco Advisers, Inc."].attr("change") == "new agreement"


def test_adviser_statements_lists_and_administrator() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "3 The fund’s subadviser is Silvant Capital Management LLC (“Silvant”) (since July "
            "2022).",
            "ALPS Advisors, Inc. (“ALPS Advisors,” or the “Adviser”) is the investment adviser to "
            "the Fund, and Kotak Mahindra Asset Management (Singapore) Pte. Ltd. is the investment "
            "sub-adviser to the Fund.",
            "Subadvisers. Bridge City Capital, LLC; ClariVest Asset Management, LLC; Diamond Hill "
            "Capital Management, Inc.; and Tieton Capital Management, LLC are the Subadvisers to "
            "the "
            "Fund.",
            "Under an administration agreement dated July 1, 2001, Investment Company Capital "
            "Corporation (`ICCC' or the `Administrator') calculates the net asset value of the "
            "Funds. Prior to July 1, 2001, Bankers Trust Company (now Deutsche Bank Trust Company "
            "Americas) served as the Administrator to the Trust.",
        )
    )
    subs = {f.value: f for f in _find(found, "subadviser")}
    assert subs["Silvant Capital Management LLC"].attr("since") == "July 2022"
    assert "Kotak Mahindra Asset Management (Singapore) Pte. Ltd." in subs
    assert {
        "Bridge City Capital, LLC",
        "ClariVest Asset Management, LLC",
        "Diamond Hill Capital Management, Inc.",
        "Tieton Capital Management, LLC",
    } <= set(subs)
    assert _one(found, "adviser").value == "ALPS Advisors, Inc."
    admin = _one(found, "administrator", change=None)
    assert admin.value == "Investment Company Capital Corporation"
    assert (admin.attr("since"), admin.attr("replaced")) == (
        "July 1, 2001",
        "Bankers Trust Company",
    )


# ---------------------------------------------------------------------------------------------
# Limits and risk lists


def test_risk_lists_and_what_is_not_a_list() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "Index-related risks. The Fund is subject to risks associated with index investing, "
            "which include passive management risk, tracking error risk, and index provider risk.",
            "The Fund may be subject to risks associated with the underlying assets, the use of "
            "derivatives, which include other, possibly greater, risks, including counterparty, "
            "leverage and liquidity risks.",
        )
    )
    risks = _one(found, "risks")
    assert risks.subject == "index investing"
    assert risks.items == ("passive management risk", "tracking error risk", "index provider risk")


def test_list_item_thresholds() -> None:
    base = "Risks associated with investments in bank loans include: "
    short = "; ".join(["credit risk", "liquidity risk"])
    assert facts._split_list(short) is None  # two items: below MIN_LIST_ITEMS
    three = "credit risk; liquidity risk; and prepayment risk"
    assert facts._split_list(three) == ["credit risk", "liquidity risk", "prepayment risk"]
    assert facts.MIN_LIST_ITEMS == 3
    long_item = " ".join(["word"] * (facts.MAX_ITEM_WORDS + 1))
    ok_item = " ".join(["word"] * facts.MAX_ITEM_WORDS)
    assert facts._split_list(f"a; b; {long_item}") is None
    assert facts._split_list(f"a; b; {ok_item}") is not None
    found = extract_facts(_passages("x.txt", base + three + "."))
    assert _one(found, "risks").items == ("credit risk", "liquidity risk", "prepayment risk")


# ---------------------------------------------------------------------------------------------
# Dates


def test_dates_of_every_role_read() -> None:
    """Dates of the roles the answering side reads (effective, merger); the dates of the filing
    itself come from its metadata, closing, meeting or liquidation dates from the text."""
    found = extract_facts(
        _passages(
            "mixed.txt",
            "BMO FUNDS Supplement dated February 16, 2012 to Prospectus dated December 29, 2011",
            "Supplement dated May 1, 2015, to the Statement of Additional Information dated "
            "November 1, 2014",
            "Effective July 1, 2015, Institutional Class will be renamed Class I.",
            "The Transaction is currently expected to close in the second quarter of 2017, subject "
            "to requisite shareholder and regulatory approvals.",
            "The Special Shareholder Meetings for Delaware Mid Cap Growth Equity Fund have been "
            "further adjourned to May 6, 2024.",
            "The Fund is expected to cease operations and liquidate on or about August 29, 2025 "
            "(the "
            "“Liquidation Date”).",
            "At a meeting held on June 17, 2025, the Board of Trustees of the Trust approved the "
            "reduction of the expense limit for Class V of the Fund.",
            "This Supplement supersedes and replaces the Supplement dated September 10, 2025 to "
            "the "
            "Summary Prospectus",
            "The redemption fee will become effective on February 1, 2005.",
        )
    )
    by_role: dict[str, set[str]] = {}
    for f in _find(found, "date"):
        by_role.setdefault(f.attr("role") or "", set()).add(f.value)
    assert by_role == {"effective": {"July 1, 2015"}}


# ---------------------------------------------------------------------------------------------
# Changes: names, mergers, objectives


def test_renames() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "Effective July 1, 2015, Institutional Class will be renamed Class I.",
            "Invesco Oppenheimer International Growth Fund (to be renamed Invesco International "
            "Growth Fund effective on or about August 22, 2025)",
            "MUZINICH DYNAMIC INCOME FUND(formerly Muzinich Credit Opportunities "
            "Fund)Institutional "
            "Shares (Ticker: MZCIX)",
            "Effective November 1, 2025, the Funds will be renamed as follows:",
            ("Current Name | New Name", "row"),
            ("Victory Munder Multi-Cap Fund | Victory Multi-Cap Fund", "row"),
        )
    )
    renames = {f.subject: f for f in _find(found, "rename")}
    assert renames["Institutional Class"].value == "Class I"
    oppenheimer = renames["Invesco Oppenheimer International Growth Fund"]
    assert oppenheimer.value == "Invesco International Growth Fund"
    assert renames["Muzinich Credit Opportunities Fund"].value == "MUZINICH DYNAMIC INCOME FUND"
    victory = renames["Victory Munder Multi-Cap Fund"]
    assert victory.value == "Victory Multi-Cap Fund"
    assert "Current Name" not in renames


def test_mergers_and_deals() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            "On November 11, 2013, the Board of Directors of the T. Rowe Price Global "
            "Infrastructure "
            "Fund (the Fund) approved a proposed merger under which the assets of the Fund would "
            "be "
            "transferred to the T. Rowe Price Real Assets Fund in exchange for shares of that "
            "fund.",
            ("Acquired Fund/Classes | Acquiring Fund/Classes", "row"),
            (
                "Macquarie Tax-Free Arizona Fund, a series of Voyageur Insured Funds | Macquarie "
                "Tax-Free USA Fund, a series of Delaware Group® Tax-Free Fund",
                "row",
            ),
            ("Class A | Class A", "row"),
            "As previously announced, on October 3, 2016, Janus Capital Group Inc. (“JCGI”), the "
            "direct parent of Janus Capital Management LLC, the investment adviser to the Funds "
            "(“Janus Capital”), and Henderson Group plc (“Henderson”) announced that they had "
            "entered into an Agreement and Plan of Merger (“Merger Agreement”) relating to the "
            "strategic combination of Henderson and JCGI.",
            "As announced on February 15, 2011, ING Groep, NV, the indirect parent of ING Clarion "
            "Real Estate Securities, LLC (“Clarion”), the sub-adviser to the Portfolio, has "
            "conditionally agreed to sell Clarion and other affiliated entities to CB Richard "
            "Ellis "
            "Group, Inc. (the “Transaction”).",
        )
    )
    mergers = {f.subject: f for f in _find(found, "merger")}
    assert (
        mergers["T. Rowe Price Global Infrastructure Fund"].value
        == "T. Rowe Price Real Assets Fund"
    )
    assert mergers["Macquarie Tax-Free Arizona Fund"].value == "Macquarie Tax-Free USA Fund"
    assert "Class A" not in mergers and "Acquired Fund/Classes" not in mergers


def test_objectives() -> None:
    found = extract_facts(
        _passages(
            "mixed.txt",
            (
                "The fund seeks after-inflation capital appreciation and current income.",
                "paragraph",
                ("Investment Objective",),
            ),
            "Investment Objective and Policies. The Fund’s investment objective is to seek total "
            "return through a combination of long-term capital appreciation and income generation.",
            "The Fund employs an indexing approach designed to track the performance of the S&P "
            "10+ "
            "Year National AMT-Free Municipal Bond Index (the Index).",
            "Whether the Fund’s investment objective is not clear, particularly because the Fund "
            "focuses on a single issuer.",
        )
    )
    values = [f.value for f in _find(found, "objective")]
    assert "seeks after-inflation capital appreciation and current income" in values
    assert any(v.startswith("to seek total return") for v in values)
    index = [f.attr("index") for f in _find(found, "objective") if f.attr("index")]
    assert index == ["S&P 10+ Year National AMT-Free Municipal Bond Index"]
    assert not any(v.startswith("not clear") for v in values)


def test_table_and_prose_variants() -> None:
    """dev023: an "Old | New" table flattened into one row; VOLMX objectives."""
    found = extract_facts(
        _passages(
            "mixed.txt",
            "5. Effective January 31, 2008, names of the Portfolios will be changed as follows:",
            (
                "Portfolio | New Portfolio | ING FMRSM Large Cap Growth Portfolio | ING Van Kampen "
                "Large Cap Growth Portfolio | ING FMRSM Mid Cap Growth Portfolio | ING Mid Cap "
                "Growth Portfolio",
                "row",
            ),
            (
                "Total Annual Portfolio Operating Expenses After Waivers and Reimbursements | "
                "1.56 | % | 1 | Total Annual Portfolio Operating Expenses may be higher than the "
                "Portfolio’s ratio of expenses",
                "row",
            ),
            "Shares that are held 30 days or less are subject to a redemption fee.",
            "The Fund invests approximately 60% to 65% of its assets in investment-grade fixed "
            "income securities. The remaining 35% to 40% of Fund assets are invested in common "
            "stocks of companies that have a history of above-average dividends.",
            (
                "Volumetric Fund’s (the “Fund”) investment objective is capital growth. Its "
                "secondary objective is downside protection.",
                "paragraph",
                ("INVESTMENT OBJECTIVES / GOALS",),
            ),
            "As of June 30, 2024, the index included 1,500 stocks.",
        )
    )
    renames = {f.subject: f for f in _find(found, "rename")}
    mid = renames["ING FMRSM Mid Cap Growth Portfolio"]
    assert mid.value == "ING Mid Cap Growth Portfolio"
    objective = _one(found, "objective")
    assert (objective.value, objective.attr("secondary")) == (
        "capital growth",
        "downside protection",
    )
    # "As of June 30, 2024" dates data, not a change
    assert {f.value for f in _find(found, "date")} == {"January 31, 2008"}


# ---------------------------------------------------------------------------------------------
# Thresholds and context


def test_carry_window_pins_both_sides() -> None:
    intro = (
        "The information under “Fund Summary — BMO Large-Cap Value Fund — Portfolio Manager” is "
        "replaced with the following:"
    )
    filler = "Please retain this supplement."
    manager = "Jason Hans, Vice President, has co-managed the Fund since February 2012."
    header = "BMO Large-Cap Growth Fund"  # a second fund: the filing is not about one fund
    near = [header, intro] + [filler] * (facts.CARRY_WINDOW - 1) + [manager]
    far = [header, intro] + [filler] * facts.CARRY_WINDOW + [manager]
    assert _one(extract_facts(_passages("x.txt", *near)), "manages").fund == (
        "BMO Large-Cap Value Fund"
    )
    assert _one(extract_facts(_passages("x.txt", *far)), "manages").fund is None


def test_dominant_fund_pins_both_sides() -> None:
    main, other = "Vanguard Market Neutral Fund", "Vanguard Balanced Index Fund"
    manager = (
        "Cesar Orosco, CFA, Head of Alpha Equity Investments at Vanguard. He has managed the Fund "
        "since 2021."
    )

    def fund_for(n_main: int, n_other: int) -> str | None:
        lines = [f"{main} is offered." for _ in range(n_main)]
        lines += [f"{other} is offered." for _ in range(n_other)]
        meta = DocMeta(doc="x.html", funds=(main, other))
        return _one(extract_facts(_passages("x.html", *lines, manager), meta), "manages").fund

    assert (facts.DOMINANT_SHARE, facts.DOMINANT_MIN_MENTIONS) == (0.75, 3)
    assert fund_for(3, 1) == main  # 75% of mentions
    assert fund_for(2, 1) is None  # 67%: the filing is about both
    assert fund_for(2, 0) is None  # too few mentions to call the filing a one-fund filing


def test_entry_and_label_lengths_pin_both_sides() -> None:
    entry = (
        "Albert Chan, CFA Portfolio Manager of Advisers and portfolio manager of the Fund since "
        "September 2025."
    )
    assert len(entry.split()) <= facts.ENTRY_MAX_WORDS
    found = extract_facts(_passages("x.txt", entry))
    assert _one(found, "manages", "Albert Chan").attr("since") == "September 2025"
    padded = entry.replace("Advisers and", "Advisers " + "and " * facts.ENTRY_MAX_WORDS)
    entries = [f for f in extract_facts(_passages("x.txt", padded)) if f.kind == "manages"]
    assert all(f.attr("since") is None or f.passage == 0 for f in entries)
    label = Passage("x", 0, (), 1, 1, 0, 0, "Sub-Adviser", "paragraph")
    long_label = Passage("x", 0, (), 1, 1, 0, 0, " ".join(["Word"] * (facts.LABEL_MAX_WORDS + 1)))
    assert facts._is_label(label) and not facts._is_label(long_label)


def test_listed_below_window_pins_both_sides() -> None:
    intro = (
        "The individuals listed below are jointly and primarily responsible for the day-to-day "
        "management of the fund."
    )
    bio = "Mr. Tan has served on teams managing fixed-income investments since 2018."

    def managers(n_before: int) -> set[str]:
        items: list[Item] = [intro]
        others = "Abbot Baker Carter Dalton Ellis Foster Graham Hayes Irwin Jensen Keller Lowell"
        items += [(bio, "paragraph", (f"Jon {name}",)) for name in others.split()[:n_before]]
        items.append(
            (bio, "paragraph", ("Charles Tan (Global Macro Strategy Team Representative)",))
        )
        return {f.subject for f in _find(extract_facts(_passages("x.txt", *items)), "manages")}

    assert "Charles Tan" in managers(0)
    assert "Charles Tan" in managers(facts.LISTED_BELOW_WINDOW - 1)
    assert "Charles Tan" not in managers(facts.LISTED_BELOW_WINDOW)


def test_passage_cut_pins_both_sides() -> None:
    sentence = "The Fund’s investment objective is to seek long-term capital growth."
    inside = " " * (facts.MAX_PASSAGE_CHARS - len(sentence) - 1) + sentence
    outside = " " * facts.MAX_PASSAGE_CHARS + sentence
    assert _find(extract_facts(_passages("x.txt", inside)), "objective")
    assert not _find(extract_facts(_passages("x.txt", outside)), "objective")


def test_people_are_not_firms_or_headings() -> None:
    found = extract_facts(
        _passages(
            "x.txt",
            "Loomis, Sayles & Company, L.P. (“Loomis Sayles” or the “Adviser”) serves as adviser.",
            "Management Investment Adviser Loomis Sayles Portfolio Managers Lead Portfolio "
            "Managers "
            "Peter W. Palfrey, CFA®, Portfolio Manager at the Adviser, has served as co-lead "
            "portfolio manager of the Fund since 1996.",
            "Joseph H. Chi, Senior Portfolio Manager and Vice President of Dimensional, is a "
            "manager "
            "of the fund.",
        )
    )
    people = {f.subject for f in found if f.kind in ("manages", "title")}
    assert people == {"Peter W. Palfrey", "Joseph H. Chi"}
    assert _one(found, "manages", "Peter W. Palfrey").attr("role") == "co-lead"
    assert not _find(found, "adviser", value="Joseph H. Chi")
    assert all(f.value != "Joseph H. Chi" for f in _find(found, "adviser"))


def test_hostile_text_does_not_crash() -> None:
    junk = [
        "\x1b[31m[bold]Mr. X[/] has managed\x00 the Fund since \u202e2020",
        "Risks include: ;;;;; and ; or ;",
        "Fund " * 5000,
        "A" * 30000,
        "Mr. Mr. Mr. Ms. Dr. , , , and and and has has",
        "John Smith, " * 3000 + "co-manage the Fund.",
        "(" * 500 + "formerly" + ")" * 500,
        "| " * 2000,
    ]
    found = extract_facts(
        _passages("junk.txt", *[(t, "row") if t.startswith("|") else t for t in junk])
    )
    assert all(isinstance(f, Fact) for f in found)
    assert extract_facts([]) == []


# ---------------------------------------------------------------------------------------------
# Every filing in ../shared/corpus


def test_corpus_smoke(shared_dir: Path) -> None:
    """Every corpus filing yields facts without error; the counts per kind are reported."""
    loaders = pytest.importorskip("index.loaders")
    sections = pytest.importorskip("index.sections")
    metadata = pytest.importorskip("index.metadata")
    kinds: Counter[str] = Counter()
    files = sorted(
        p for p in (shared_dir / "corpus").rglob("*") if p.suffix in (".txt", ".html", ".htm")
    )
    for path in files:
        document = loaders.load(path)
        _, passages = sections.split(document)
        found = extract_facts(passages, metadata.extract(document, passages))
        for fact in found:
            assert fact.doc == document.name
            assert 0 <= fact.passage < len(passages)
            assert fact.subject.strip()
        kinds.update(f.kind for f in found)
    print("facts per kind:", dict(sorted(kinds.items())))
    for kind in ("manages", "title", "joined", "previous_employer", "adviser", "subadviser"):
        assert kinds[kind] >= 10, kinds
    for kind in ("departure", "addition", "rename", "merger", "objective"):
        assert kinds[kind] >= 3, kinds
    assert kinds["risks"] >= 5 and kinds["date"] >= 50, kinds
    # every kind extracted is one the answering side reads (assistant/engine.py, suggest.py)
    read = {"manages", "title", "joined", "previous_employer", "adviser", "subadviser"}
    read |= {"administrator", "departure", "addition", "rename", "merger", "objective"}
    assert set(kinds) <= read | {"risks", "date", "ticker"}, kinds


def _mentions_by_scanning(keys: list[tuple[str, str]], text: str) -> list[str]:
    """The plain way: each fund key, longest first, searched for in turn."""
    low, found, taken = text.casefold(), [], []
    for key, display in keys:
        start = low.find(key)
        while start >= 0:
            end = start + len(key)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                found.append(display)
                break
            start = low.find(key, end)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The Global Harbor Value Fund and the Summit Income Fund.",
        "The Harbor Value Fund; the Global Harbor Value Fund; the harbor value fund.",
        "No fund here.",
        "Summit Income Fund, Summit Income Fund and Harbor Value Fund",
    ],
)
def test_fund_mentions_in_one_pass_match_scanning_every_name(text: str) -> None:
    from index import facts
    from index.model import DocMeta

    funds = ("Harbor Value Fund", "Global Harbor Value Fund", "Summit Income Fund")
    p = Passage("m.txt", 0, (), 1, 1, 0, 10, "x")
    ctx = facts._build_doc(lambda: [p], DocMeta("m.txt", funds=funds))
    assert len(ctx.fund_keys) == 3
    assert facts._mentions(ctx, text) == _mentions_by_scanning(ctx.fund_keys, text)


def _nearest_by_scanning(keys: list[tuple[str, str]], text: str) -> str | None:
    """The plain way: the last place of each fund key, the one ending last (first key on a tie)."""
    low, best = text.casefold(), None
    for key, display in keys:
        at = low.rfind(key)
        if at >= 0 and (best is None or at + len(key) > best[0]):
            best = (at + len(key), display)
    return best[1] if best else None


@pytest.mark.parametrize(
    "text",
    [
        "The Global Harbor Value Fund and the Summit Income Fund will",
        "The Summit Income Fund and the Global Harbor Value Fund will",
        "The Summit Income Fund and the Harbor Value Fund will",
        "the harbor value fund, then the Summit Income Fund, then the Harbor Value Fund",
        "No fund here.",
        "",
    ],
)
def test_nearest_fund_in_one_pass_matches_scanning_every_name(text: str) -> None:
    funds = ("Harbor Value Fund", "Global Harbor Value Fund", "Summit Income Fund")
    p = Passage("m.txt", 0, (), 1, 1, 0, 10, "x")
    ctx = facts._build_doc(lambda: [p], DocMeta("m.txt", funds=funds))
    assert facts._nearest_fund(ctx, text) == _nearest_by_scanning(ctx.fund_keys, text)


def test_nearest_fund_without_funds() -> None:
    p = Passage("m.txt", 0, (), 1, 1, 0, 10, "x")
    ctx = facts._build_doc(lambda: [p], DocMeta("m.txt"))
    assert facts._nearest_fund(ctx, "The Fund will") is None


def test_clean_name_is_read_once_per_span() -> None:
    """A span asked for again is not read again (and gives the same name)."""
    facts._clean_name.cache_clear()
    spans = ["Mr. Alder Quint", "Alder B. Quint", "The Alder Quint", "Alder"]
    first = [facts._clean_name(s) for s in spans * 3]
    assert first == [facts._clean_name(s) for s in spans] * 3
    assert facts._clean_name.cache_info().misses == len(spans)


def test_one_name_per_person_whatever_the_hash_seed() -> None:
    """Two names of one surname as long as each other ("Christian Fairow", "Christine Fairow")
    are ordered by their letters, not by a set's order: the facts do not change with the
    process's hash seed."""
    import subprocess
    import sys

    code = (
        "from index.facts import _one_name_per_person\n"
        "from index.model import Fact\n"
        "names = ['Christian Fairow', 'Christine Fairow', 'Chris Fairow', 'Dana Holt']\n"
        "found = [(0, Fact(kind='manages', subject=n, value='X Fund')) for n in names]\n"
        "print([f.subject for _, f in _one_name_per_person(found)])\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(8)
    }
    assert len(seen) == 1, seen
