"""Entities: people, firms, funds, laws and defined terms found in real filing text, and
resolved into one canonical entry per real-world thing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from index.entities import (
    ORG_KEY_MIN_RATIO,
    extract_mentions,
    resolve,
    scan_items,
    scan_mentions,
)
from index.model import DocMeta, Entity, Mention, Passage
from index.names import normalise_person, org_key, slug


def passages(doc: str, *texts: str) -> list[Passage]:
    return [Passage(doc, i, (), i + 1, i + 1, 0, len(t), t) for i, t in enumerate(texts)]


def seed_passages(seed_path: Path) -> list[Passage]:
    """The seed filing's paragraphs and bullets, split by hand (blank lines, "o" bullets)."""
    text = seed_path.read_text(encoding="utf-8")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return passages(seed_path.name, *(re.sub(r"^o\s+", "", p) for p in paras))


@pytest.fixture(scope="module")
def seed_entities(seed_path: Path) -> list[Entity]:
    meta = DocMeta(
        seed_path.name,
        trust="Met Investors Series Trust",
        funds=("J.P. Morgan Small Cap Stock Portfolio",),
    )
    return resolve(extract_mentions(seed_passages(seed_path), meta))


def by_name(ents: list[Entity], name: str) -> Entity:
    found = [e for e in ents if e.name == name]
    assert found, f"{name!r} not among {sorted(e.name for e in ents)}"
    return found[0]


# ----------------------------------------------------------------------------- the seed


def test_seed_rich_mentions_merge_into_one_person_with_his_title(seed_entities) -> None:
    rich = by_name(seed_entities, "Steven J. Rich")
    assert rich.id == "person:steven-j-rich"
    assert {"Mr. Stephen Rich", "Stephen Rich", "Mr. Rich"} <= set(rich.aliases)
    assert ("title", "Vice President") in rich.attrs


def test_seed_pardo_mentions_merge_with_her_title(seed_entities) -> None:
    pardo = by_name(seed_entities, "Marian U. Pardo")
    assert "Ms. Pardo" in pardo.aliases
    assert ("title", "Managing Director") in pardo.attrs


def test_seed_has_exactly_two_people(seed_entities) -> None:
    people = sorted(e.name for e in seed_entities if e.kind == "person")
    assert people == ["Marian U. Pardo", "Steven J. Rich"]


def test_seed_laws_firms_funds_and_reits(seed_entities) -> None:
    act = by_name(seed_entities, "Investment Company Act of 1940")
    assert act.kind == "law" and "1940 Act" in act.aliases
    assert by_name(seed_entities, "Internal Revenue Code of 1986").kind == "law"
    reits = by_name(seed_entities, "real estate investment trusts")
    assert reits.kind == "security"
    assert {"REITs", "REIT"} <= set(reits.aliases)
    assert by_name(seed_entities, "Citigroup Asset Management").kind == "org"
    assert by_name(seed_entities, "J.P. Morgan").kind == "org"
    fund = by_name(seed_entities, "J.P. Morgan Small Cap Stock Portfolio")
    assert fund.kind == "fund" and "J.P. MORGAN SMALL CAP STOCK PORTFOLIO" in fund.aliases
    assert ("brand", "J.P. Morgan") in fund.attrs
    assert by_name(seed_entities, "Met Investors Series Trust").kind == "trust"
    dates = {e.name for e in seed_entities if e.kind == "date"}
    assert {"November 15, 2001", "May 1, 2001", "September 2001"} <= dates


# ----------------------------------------------------------------------------- names


def test_org_fuzzy_threshold_pins_both_sides() -> None:
    typo = fuzz.ratio(
        org_key("Fidelity Management & Research Company"),
        org_key("Fidelity Managment & Research Company"),
    )
    assert typo >= ORG_KEY_MIN_RATIO
    branch = fuzz.ratio(
        org_key("Wells Capital Management"), org_key("Wells Capital Management Singapore")
    )
    assert branch < ORG_KEY_MIN_RATIO
    parent = fuzz.ratio(org_key("Janus Capital Group"), org_key("Janus Capital Management"))
    assert parent < ORG_KEY_MIN_RATIO


def test_org_typo_merges_but_branch_stays_apart() -> None:
    ms = [
        Mention("org", n, n, d, 0)
        for n, d in [
            ("Fidelity Management & Research Company", "a.txt"),
            ("Fidelity Managment & Research Company", "b.txt"),
            ("Wells Capital Management", "a.txt"),
            ("Wells Capital Management Singapore", "b.txt"),
        ]
    ]
    names = sorted(e.name for e in resolve(ms))
    assert len(names) == 3
    assert "Wells Capital Management Singapore" in names


# ----------------------------------------------------------------------------- real snippets

BMO = (
    "Portfolio Managers. Daniel L. Sido, Jason Hans and Ernesto Ramos, Ph.D. co-manage the Fund. "
    "Mr. Sido is the lead portfolio manager but all members of the team share investment decision "
    "making responsibilities with respect to the Fund. Mr. Sido joined the Adviser in 2011 as a "
    "Senior Vice President and a Portfolio Manager and has co-managed the Fund since February 2012."
    " Mr. Hans joined the Adviser in 2012 as a Vice President and a Portfolio Manager and has "
    "co-managed the Fund since February 2012. Dr. Ramos joined the Adviser in 2011 as a Senior "
    "Vice President and a Portfolio Manager and has co-managed the Fund since February 2012."
)


def test_people_listed_together_and_surname_mentions_resolve() -> None:
    ents = resolve(extract_mentions(passages("dev005.txt", BMO)))
    people = {e.name: e for e in ents if e.kind == "person"}
    assert set(people) == {"Daniel L. Sido", "Jason Hans", "Ernesto Ramos"}
    assert "Dr. Ramos" in people["Ernesto Ramos"].aliases
    assert "Ernesto Ramos, Ph.D." in people["Ernesto Ramos"].aliases
    assert "Mr. Hans" in people["Jason Hans"].aliases


def test_firms_named_after_people_are_not_people() -> None:
    text = (
        "Morgan Stanley Investment Management Inc. will replace Fidelity Management & Research "
        "Company as sub-adviser to the ING FMR Large Cap Growth Portfolio. Morgan Stanley has "
        "served as adviser since 2005. Goldman Sachs and J.P. Morgan were not selected. "
        "Dimensional Fund Advisors LP manages the J.P. Morgan Small Cap Stock Portfolio."
    )
    ms = extract_mentions(passages("x.txt", text))
    assert not [m for m in ms if m.kind == "person"]
    orgs = {m.name for m in ms if m.kind == "org"}
    assert {
        "Morgan Stanley Investment Management Inc.",
        "Fidelity Management & Research Company",
        "Dimensional Fund Advisors LP",
        "Morgan Stanley",
        "Goldman Sachs",
        "J.P. Morgan",
    } <= orgs
    funds = {m.name for m in ms if m.kind == "fund"}
    assert funds == {"ING FMR Large Cap Growth Portfolio", "J.P. Morgan Small Cap Stock Portfolio"}


def test_document_and_event_words_are_not_part_of_fund_names() -> None:
    text = (
        "American Century Investment Trust Prospectus Supplement High-Yield Fund | Supplement "
        "dated June 24, 2010\n\n"
        "Notice of Special Shareholder Meeting for Macquarie Global Allocation Fund. "
        "The J.P. Morgan Small Cap Stock Portfolio is not affected."
    )
    funds = {m.name for m in extract_mentions(passages("x.txt", text)) if m.kind == "fund"}
    assert "Macquarie Global Allocation Fund" in funds
    assert "J.P. Morgan Small Cap Stock Portfolio" in funds
    assert not [f for f in funds if re.search(r"Prospectus|Supplement|Meeting|Notice", f)]


def test_no_people_in_headings_classes_and_months() -> None:
    text = (
        "Class A Shares Small Cap Value Fund Real Estate Investment Trusts Fund Summary "
        "Position Held | Year Elected as Board Member | Principal Occupation(s) During Past 5 Years"
    )
    ms = extract_mentions(passages("x.txt", text, "Effective May 1, 2015 Supplement Dated June 25"))
    assert not [m for m in ms if m.kind == "person"]


def test_title_rows_and_credentials_make_people() -> None:
    rows = (
        "Peter Hubbard | Portfolio Manager | 2020",
        "Robert Failla, CFA Portfolio Manager (since 05/24) | Louis Florentin-Lee, CFA Portfolio "
        "Manager (since 05/24)",
        "Roger A. Aliaga-Diaz, Ph.D., Portfolio Manager at Vanguard.",
        "Kes Visuvalingam has replaced Susanta Mazumdar as the Funds portfolio manager.",
        "Effective immediately, Sean Wright will assume sole responsibility for managing the Fund.",
    )
    ents = resolve(extract_mentions(passages("rows.txt", *rows)))
    people = {e.name: e for e in ents if e.kind == "person"}
    assert set(people) == {
        "Peter Hubbard",
        "Robert Failla",
        "Louis Florentin-Lee",
        "Roger A. Aliaga-Diaz",
        "Kes Visuvalingam",
        "Susanta Mazumdar",
        "Sean Wright",
    }
    assert ("title", "Portfolio Manager") in people["Peter Hubbard"].attrs


def test_a_credential_with_a_trademark_sign_is_a_credential() -> None:
    rows = (
        "Dana Quill, CFA®, CEO | Harborgate | 2019",
        "Oren Mast, CFA®, President | Summit | 2016",
        "Lia Brandt, CFP™ | Portfolio Manager",
    )
    ents = resolve(extract_mentions(passages("rows.txt", *rows)))
    people = {e.name: e for e in ents if e.kind == "person"}
    assert set(people) == {"Dana Quill", "Oren Mast", "Lia Brandt"}
    assert ("title", "CEO") in people["Dana Quill"].attrs
    assert ("title", "President") in people["Oren Mast"].attrs


def test_defined_terms_alias_firms_and_record_roles() -> None:
    text = (
        "Effective May 1, 2015, Victory Capital Management Inc. (the “Advisor”) replaces Compass "
        "Efficient Model Portfolios, LLC as investment adviser. The Fund's subadviser is Silvant "
        "Capital Management LLC (“Silvant”). Silvant has managed the Fund since July 2022. "
        'Allianz Global Investors U.S. LLC (AGI U.S.) succeeded RCM Capital Management LLC ("RCM").'
    )
    ents = resolve(extract_mentions(passages("x.txt", text)))
    victory = by_name(ents, "Victory Capital Management Inc.")
    assert ("role", "Advisor") in victory.attrs
    assert "Advisor" not in victory.aliases
    assert "Silvant" in by_name(ents, "Silvant Capital Management LLC").aliases
    assert "AGI U.S." in by_name(ents, "Allianz Global Investors U.S. LLC").aliases
    assert "RCM" in by_name(ents, "RCM Capital Management LLC").aliases
    assert by_name(ents, "Compass Efficient Model Portfolios, LLC").kind == "org"


def test_abbreviation_definitions_become_security_types_and_terms() -> None:
    text = (
        "The Fund may invest in American Depositary Receipts (“ADRs”) and in exchange-traded "
        "funds (ETFs). A contingent deferred sales charge (CDSC) of up to 0.50% applies, under "
        "the Securities Exchange Act of 1934, as amended (the “Exchange Act”). ADRs are risky."
    )
    ents = resolve(extract_mentions(passages("x.txt", text)))
    assert {"ADRs", "ADR"} <= set(by_name(ents, "American Depositary Receipts").aliases)
    assert "ETFs" in by_name(ents, "exchange-traded funds").aliases
    assert by_name(ents, "contingent deferred sales charge").kind == "term"
    assert "Exchange Act" in by_name(ents, "Securities Exchange Act of 1934").aliases


# ----------------------------------------------------------------------------- resolution


def person(name: str, doc: str, passage: int = 0, surface: str | None = None) -> Mention:
    return Mention("person", surface or name, normalise_person(name), doc, passage)


def test_across_filings_only_the_same_full_name_merges() -> None:
    ents = resolve(
        [
            person("Joshua C. Barrickman", "a.txt"),
            person("Joshua C. Barrickman", "b.txt"),
            person("Joshua Barrickman", "c.txt"),
            person("Stephen Rich", "d.txt"),
            person("Steven J. Rich", "e.txt"),
        ]
    )
    people = {e.name: e for e in ents}
    assert people["Joshua C. Barrickman"].docs == ("a.txt", "b.txt", "c.txt")
    assert people["Stephen Rich"].docs == ("d.txt",)  # a first-name variant is not enough
    assert people["Steven J. Rich"].docs == ("e.txt",)


def test_name_without_initial_stays_apart_when_two_initialled_people_share_it() -> None:
    ents = resolve(
        [
            person("John A. Smith", "a.txt"),
            person("John B. Smith", "b.txt"),
            person("John Smith", "c.txt"),
        ]
    )
    assert sorted(e.name for e in ents) == ["John A. Smith", "John B. Smith", "John Smith"]


def test_ambiguous_surname_in_one_filing_is_not_merged() -> None:
    ents = resolve(
        [
            person("Adrian H. Chan", "a.txt"),
            person("Albert Chan", "a.txt"),
            person("Chan", "a.txt", surface="Mr. Chan"),
            person("Chan", "b.txt", surface="Mr. Chan"),
        ]
    )
    names = sorted(e.name for e in ents)
    assert names == ["Adrian H. Chan", "Albert Chan", "Chan", "Chan"]
    assert len({e.id for e in ents}) == 4
    assert all("Mr. Chan" not in e.aliases for e in ents if e.name != "Chan")


def test_resolution_scales_by_blocking() -> None:
    """20,000 mentions over 2,000 filings resolve (blocked by surname and key, not all pairs)."""
    ms = []
    for d in range(2000):
        doc = f"f{d}.txt"
        ms.append(person(f"Pat Q{d % 700}. Lee{d % 300}", doc))
        ms.append(person(f"Lee{d % 300}", doc, surface=f"Mr. Lee{d % 300}"))
        ms.append(Mention("org", f"Firm {d % 500} Capital Management LLC", "", doc, 0))
        ms += [Mention("fund", f"Fund Family {d % 900} Growth Fund", "", doc, 1)] * 7
    ms = [m if m.name else Mention(m.kind, m.surface, m.surface, m.doc, m.passage) for m in ms]
    ents = resolve(ms)
    assert len([e for e in ents if e.kind == "org"]) == 500
    assert len([e for e in ents if e.kind == "fund"]) == 900


# ----------------------------------------------------------------------------- robustness


def test_hostile_text_does_not_crash() -> None:
    junk = (
        "\x00\x1b[31m[bold]Mr.[/] \ufffd\ufffd (“” (“ ( ) Inc., LLC ,, Fund Fund Fund "
        + "A. " * 500
        + "Mr. " * 200
        + "".join(chr(c) for c in range(0x20, 0x300))
    )
    ms = extract_mentions(passages("junk.bin", junk, "", "(((((", "“" * 1000))
    resolve(ms)
    assert extract_mentions([]) == []


# ----------------------------------------------------------------------------- the corpus


def test_corpus_people_and_firms(shared_dir: Path) -> None:
    sections = pytest.importorskip("index.sections")
    loaders = pytest.importorskip("index.loaders")
    corpus = shared_dir / "corpus"
    mentions: list[Mention] = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".txt", ".html") or path.name == "SOURCES.tsv":
            continue
        _, ps = sections.split(loaders.load(path))
        mentions += extract_mentions(ps)
    ents = resolve(mentions)
    names = {e.kind: set() for e in ents}
    for e in ents:
        names[e.kind].add(e.name)
    assert {
        "Steven J. Rich",
        "Marian U. Pardo",
        "Daniel S. Janis, III",
        "Aurélie Denis",
        "Roger A. Aliaga-Diaz",
        "James L.L. Tullis",
        "Thomas D. Carney",
        "Chandra Seethamraju",
        "Barbara A. Nugent",
        "Joshua C. Barrickman",
    } <= names["person"]
    assert not {"Morgan Stanley", "Goldman Sachs", "J.P. Morgan", "Small Cap"} & names["person"]
    assert {
        "Victory Capital Management Inc.",
        "Invesco Advisers, Inc.",
        "Wellington Management Company LLP",
        "Dimensional Fund Advisors LP",
        "Silvant Capital Management LLC",
    } <= names["org"]
    barrickman = next(e for e in ents if e.name == "Joshua C. Barrickman")
    assert len(barrickman.docs) >= 3  # the same manager across several Vanguard filings
    assert len({e.id for e in ents}) == len(ents)
    assert slug("Aurélie Denis") == "aurelie-denis"


def test_seed_through_the_real_loader_and_splitter(seed_path: Path) -> None:
    """The same people come out when the project's own loader and splitter make the passages."""
    from index import loaders, sections

    _, ps = sections.split(loaders.load(seed_path))
    ents = resolve(extract_mentions(ps, DocMeta(seed_path.name)))
    people = {e.name: e for e in ents if e.kind == "person"}
    assert set(people) == {"Steven J. Rich", "Marian U. Pardo"}
    assert "Mr. Stephen Rich" in people["Steven J. Rich"].aliases
    assert "Ms. Pardo" in people["Marian U. Pardo"].aliases


def test_the_metadata_names_are_mentioned_at_the_first_passage_naming_them() -> None:
    ps = passages(
        "d.txt",
        "Supplement dated May 1, 2020.",
        "Shares of the harbor value fund are offered.",
        "The Harbor Growth Fund and the Harbor Value Fund.",
    )
    meta = DocMeta(
        "d.txt", trust="Harbor Funds Trust", funds=("Harbor Value Fund", "Harbor Growth Fund")
    )
    scan = scan_mentions(scan_items(ps), meta)
    assert [(m.kind, m.name, m.passage) for m in scan._meta_mentions("d.txt")] == [
        ("trust", "Harbor Funds Trust", 0),  # named nowhere: the first passage
        ("fund", "Harbor Value Fund", 1),  # in any case
        ("fund", "Harbor Growth Fund", 2),
    ]


def test_org_keys_are_made_once_per_distinct_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolution keys each distinct name once (and each entity once more for its brand), not
    once per mention: names.py's caches are bounded, and a long filing with more distinct
    names than they hold recomputed every key at every mention."""
    from collections import Counter

    from index import entities

    firms = ["Alder Capital Management LLC", "Alder Capital Managment LLC", "Quintel Advisors"]
    ms = [
        Mention("org", f"the {firms[n % 3]}", firms[n % 3], f"{n % 4}.txt", n) for n in range(120)
    ]
    expected = resolve(ms)
    calls: Counter[str] = Counter()

    def counted(name: str) -> str:
        calls[name] += 1
        return org_key(name)

    monkeypatch.setattr(entities, "org_key", counted)
    assert resolve(ms) == expected
    assert len(expected) == 2  # the typo merges
    assert max(calls.values()) <= 2, calls
