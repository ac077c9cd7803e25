"""Names: a person's name split into its parts, and the keys that make spellings of one
person, firm, fund or term meet (index/names.py and its vocabulary, index/data/names.json)."""

from __future__ import annotations

import json
import re

import pytest
from rapidfuzz.distance import JaroWinkler

from index import names
from index.names import (
    FIRST_NAME_MIN_JW,
    SURNAME_MIN_JW,
    PersonName,
    compact_key,
    is_credential,
    names_match,
    normalise_person,
    org_key,
    org_words,
    parse_person,
    person_key,
    slug,
    surname_key,
    surname_word,
    term_key,
    word_key,
)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Mr. John Q. Public, CFA", "John Q. Public"),
        ("Ms. Public", "Public"),
        ("Prof. Ada Lindqvist", "Ada Lindqvist"),
        ("Rosa Okafor, Ph.D.", "Rosa Okafor"),
        ("Rosa Okafor, PhD", "Rosa Okafor"),
        ("Rosa Okafor, Ph.D., CFA, CAIA", "Rosa Okafor"),
        ("Dr. Rosa Okafor, CFA®", "Rosa Okafor"),
        ("Harold T. Wexley, III", "Harold T. Wexley, III"),
        ("Harold T. Wexley, Jr.", "Harold T. Wexley, Jr."),
        ("Harold T. Wexley Jr", "Harold T. Wexley, Jr."),
        ("PUBLIC, JOHN Q.", "JOHN Q. PUBLIC"),
        ("Public, John Q., CFA", "John Q. Public"),
        ("Wexley, Harold, Jr.", "Harold Wexley, Jr."),
        ("van der Berg, Jan", "Jan van der Berg"),
        ("Jack Ma", "Jack Ma"),  # a surname that is no credential
        ("Lena Ko, M.A.", "Lena Ko"),
        ("Zoë Ångström", "Zoë Ångström"),
    ],
)
def test_normalise_person(surface: str, name: str) -> None:
    assert normalise_person(surface) == name


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Mr. John Q. Public, CFA", PersonName("john", ("q",), "public", "")),
        ("PUBLIC, JOHN Q.", PersonName("john", ("q",), "public", "")),
        ("J. Quincy Public", PersonName("quincy", ("j",), "public", "")),  # goes by Quincy
        ("Harold T. Wexley, III", PersonName("harold", ("t",), "wexley", "iii")),
        ("Jan van der Berg", PersonName("jan", (), "van der berg", "")),
        ("Van Holt", PersonName("van", (), "holt", "")),  # a capitalised "Van" is a first name
        ("van Holt", PersonName("", (), "van holt", "")),  # a lower-case particle: surname only
        ("Ms. Public", PersonName("", (), "public", "")),
        ("Zoë Ångström", PersonName("zoe", (), "angstrom", "")),
        ("Anna-Maria Lopes-Ruiz", PersonName("anna-maria", (), "lopes-ruiz", "")),
    ],
)
def test_parse_person(name: str, parts: PersonName) -> None:
    assert parse_person(name) == parts
    assert parts.full is bool(parts.first)


def test_person_keys_meet_across_spellings_and_orders() -> None:
    assert person_key("Mr. John Q. Public, CFA") == "john q public"
    assert person_key("PUBLIC, JOHN Q.") == person_key("John Q. Public")
    assert person_key("Ada L.T. Lindqvist") == person_key("Ada L. T. Lindqvist")
    assert person_key("Zoë Ångström") == person_key("Zoe Angstrom")
    assert person_key("Harold Wexley, Jr.") != person_key("Harold Wexley, III")


def test_surname_keys() -> None:
    assert surname_key("Jan van der Berg") == surname_key("van der Berg") == "vanderberg"
    assert surname_key("Anna Lopes-Ruiz") == "lopesruiz"
    # the word a bare reference ("Mr. Berg") uses
    assert surname_word("Jan van der Berg, Jr.") == surname_word("Mr. Berg") == "berg"
    assert surname_word("RUIZ, ANNA") == "ruiz"


def test_credentials_are_written_forms_not_words_or_state_codes() -> None:
    for token in ("CFA", "CFA.", "CFA®", "Ph.D.", "PhD", "PH.D.", "ChFC", "M.A."):
        assert is_credential(token), token
    for token in ("Ma", "MA", "CA", "Ms.", "Cfa.x", "Fund"):
        assert not is_credential(token), token


def test_first_name_threshold_pins_both_sides() -> None:
    assert JaroWinkler.normalized_similarity("stephen", "steven") >= FIRST_NAME_MIN_JW
    assert JaroWinkler.normalized_similarity("marion", "marian") >= FIRST_NAME_MIN_JW
    assert JaroWinkler.normalized_similarity("john", "jane") < FIRST_NAME_MIN_JW
    assert JaroWinkler.normalized_similarity("albert", "adrian") < FIRST_NAME_MIN_JW


def test_surname_threshold_pins_both_sides() -> None:
    assert JaroWinkler.normalized_similarity("pardo", "pardoo") >= SURNAME_MIN_JW
    assert JaroWinkler.normalized_similarity("rich", "rice") < SURNAME_MIN_JW
    assert JaroWinkler.normalized_similarity("stein", "stern") < SURNAME_MIN_JW
    assert JaroWinkler.normalized_similarity("robinson", "robertson") < SURNAME_MIN_JW


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Stephen Public", "Steven Q. Public", True),
        ("Mr. Public", "John Q. Public", True),
        ("PUBLIC, JOHN", "John Q. Public", True),
        ("Marion Okafor", "Marian U. Okafor", True),
        ("Rich", "Rice", False),
        ("John Public", "Jane Public", False),
        ("John A. Public", "John B. Public", False),
        ("Harold T. Wexley, Jr.", "Harold T. Wexley, III", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


def test_org_keys_make_spellings_of_one_firm_meet() -> None:
    assert org_key("J.P. Morgan") == org_key("JPMorgan") == org_key("J. P. Morgan") == "jpmorgan"
    assert org_key("J.P. Morgan Investment Management Inc.") == "jpmorganinvestmentmanagement"
    assert (
        org_key("Acme Advisers, Inc.") == org_key("Acme Advisors") == org_key("ACME ADVISERS LLC")
    )
    assert org_key("The Oakridge Group, Inc.") == org_key("Oakridge Group")
    assert org_key("Smith & Co. Holdings") == org_key("Smith and Co Holdings")
    assert org_key("Alpenblick Capital S.à.r.l.") == org_key("Alpenblick Capital")
    assert org_key("Oakridge Capital Group Inc.") != org_key("Oakridge Capital Management LLC")
    # a legal form alone is still a name
    assert org_key("Limited") == "limited"
    assert org_words("The Acme Fund Trust, LLC") == ("acme", "fund", "trust")


def test_term_keys_are_singular_and_spaced() -> None:
    assert term_key("Real Estate Investment Trusts") == "real estate investment trust"
    assert term_key("mortgage-backed securities") == term_key("Mortgage-Backed Security")
    assert term_key("Glass") == "glass"


def test_compact_word_and_slug_keys() -> None:
    assert compact_key("J.P. Morgan") == compact_key("jp morgan") == "jpmorgan"
    assert len(compact_key("J.P. Morgan")) == sum(c.isalnum() for c in "J.P. Morgan")
    assert word_key("funds") == word_key("fund") == "fund"
    assert word_key("j.p.") == "jp"
    assert word_key("bus") == "bus"  # short words keep their s
    assert slug("Zoë Ångström, CFA") == "zoe-angstrom-cfa"
    assert slug("???") == "x"


def test_vocabulary_file_is_well_formed() -> None:
    data = json.loads(names.VOCABULARY.read_text(encoding="utf-8"))
    lists = {k: v for k, v in data.items() if not k.startswith("_")}
    assert set(lists) >= {"honorifics", "credentials", "legal_forms", "surname_particles"}
    for key, forms in lists.items():
        assert forms and len(forms) == len(set(forms)), key
        assert all(isinstance(f, str) and f.strip() == f and f for f in forms), key
    assert set(data["plural_honorifics"]) <= set(data["honorifics"])
    assert all(p == p.lower() for p in data["surname_particles"])


def test_vocabulary_patterns_match_as_extraction_uses_them() -> None:
    honorific = re.compile(rf"\b{names.HONORIFIC_PATTERN}\.?\s+[A-Z]\w+")
    assert honorific.search("said Mrs. Okafor").group() == "Mrs. Okafor"
    assert honorific.search("Messrs. Public and Berg").group() == "Messrs. Public"
    suffix = re.compile(rf"Wexley,?\s+{names.GENERATIONAL_PATTERN}(?!\w)")
    assert suffix.search("Harold Wexley III").group().endswith("III")  # not "II"
    assert not suffix.search("Harold Wexley IIIrd")
    cred = re.compile(rf"Okafor,\s*{names.CREDENTIAL_PATTERN}(?!\w)")
    assert cred.search("Rosa Okafor, Ph.D.").group().endswith("Ph.D.")
    assert not cred.search("Rosa Okafor, CA")


def test_names_are_cached_per_distinct_name() -> None:
    parse_person.cache_clear()
    for _ in range(100):
        person_key("John Q. Public")
    info = parse_person.cache_info()
    assert info.misses == 1 and info.hits == 99


def test_person_like_firms_are_no_people_in_answer_spans() -> None:
    """A firm shaped like a person's name (vocabulary in data/names.json) is never a person."""
    from assistant.spans import people
    from index.names import PERSON_LIKE_FIRM_RE, PERSON_LIKE_FIRMS

    firm = PERSON_LIKE_FIRMS[0]
    assert PERSON_LIKE_FIRM_RE.search(f"joined {firm} in 1990")
    text = f"Dana Holt joined {firm} Chase in 1990; {firm} Investment Management and Lee Marsh."
    assert people(text) == ["Dana Holt", "Lee Marsh"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("G. David Ostrander, Co-Chief Investment Officer", ["G. David Ostrander"]),
        ("J. Michael Lee and Dana K. Holt manage the fund.", ["J. Michael Lee", "Dana K. Holt"]),
        ("B. Portfolio Managers", []),  # an enumerated heading is no name
        ("replacing Mary Ng as manager", ["Mary Ng"]),  # a two-letter surname
        ("The US Fund and AB Funds", []),  # capitals are no surname
    ],
)
def test_a_name_may_open_with_an_initial(text: str, found: list[str]) -> None:
    from assistant.spans import people

    assert people(text) == found
