"""Metadata per filing: trust, funds, form type and dates, and the shared date finder."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import metadata, sections
from index.dates import DATE_RE, find_dates, normalise_date
from index.metadata import extract
from index.model import DocMeta, Document
from index.pipeline import ingest_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sections"


def meta_of(text: str, name: str = "doc.txt", **fields: str) -> DocMeta:
    doc = Document(name=name, path=name, text=text, fmt="text", **fields)
    return extract(doc, sections.split(doc)[1])


def meta_of_fixture(name: str) -> DocMeta:
    return meta_of((FIXTURES / name).read_text(encoding="utf-8"), name)


def test_seed_metadata(seed_path: Path) -> None:
    meta = meta_of(seed_path.read_text(encoding="utf-8"), seed_path.name)
    assert meta.doc == seed_path.name
    assert meta.trust == "Met Investors Series Trust"
    assert meta.funds == ("J.P. Morgan Small Cap Stock Portfolio",)
    assert meta.supplement_date == "November 15, 2001"
    assert meta.prospectus_dates == ("May 1, 2001",)
    assert meta.effective_dates == ()
    assert meta.title == "Supplement to the Prospectuses dated May 1, 2001"
    assert meta.accession is None and meta.cik is None and meta.form_type is None


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Effective January 1, 2014, and Jan. 1, 2014", ["January 1, 2014", "January 1, 2014"]),
        ("SUPPLEMENT DATED JULY 17, 2025", ["July 17, 2025"]),
        (
            "through Sept. 30, 2025 and December 31st, 2020",
            ["September 30, 2025", "December 31, 2020"],
        ),
        (
            "on 1/1/2014 or 6-13-2014; dated 5-15-13",
            ["January 1, 2014", "June 13, 2014", "May 15, 2013"],
        ),
        ("since July 2022 and 31 December 2020", ["July 2022", "December 31, 2020"]),
        ("Supplement dated February 28,\n2014", ["February 28, 2014"]),
        ("12b-1 fees of 0.25%, 13/45/2020, 2/30/x, in 1968, may 10 days", []),
    ],
)
def test_find_dates(text: str, dates: list[str]) -> None:
    assert find_dates(text) == dates


def test_date_re_is_public_and_matches_spellings() -> None:
    m = DATE_RE.search("the Prospectus dated April 30, 2010 (each a Prospectus)")
    assert m is not None and m.group(0) == "April 30, 2010"
    assert normalise_date(m) == "April 30, 2010"


def test_wrapped_cover_metadata() -> None:
    meta = meta_of_fixture("wrapped_no_blanks.txt")
    assert meta.trust == "Janus Investment Fund"
    assert meta.funds == ("Perkins Mid Cap Value Fund", "Perkins Small Cap Value Fund")
    assert meta.supplement_date == "February 28, 2014"
    assert meta.title == "Supplement dated February 28, 2014 to Currently Effective Prospectuses"


def test_series_of_trust_and_sai_date() -> None:
    meta = meta_of_fixture("one_block_per_line.txt")
    assert meta.trust == "Compass EMP Funds Trust"
    assert meta.funds == (
        "Compass EMP Multi-Asset Balanced Fund",
        "Compass EMP Multi-Asset Growth Fund",
        "Compass EMP Alternative Strategies Fund",
    )
    assert meta.supplement_date == "May 1, 2015"
    assert meta.prospectus_dates == ("November 1, 2014",)
    assert meta.effective_dates == ("May 1, 2015",)


def test_all_caps_cover_is_title_cased() -> None:
    meta = meta_of_fixture("caps_cover.txt")
    assert meta.trust == "Met Investors Series Trust"
    assert meta.funds == ("Metropolitan Series Fund",)
    assert meta.supplement_date == "December 31, 2013"
    assert meta.prospectus_dates == ("April 29, 2013",)
    assert meta.effective_dates == ("December 31, 2013", "January 1, 2014")


def test_fixed_width_cover_lists_every_fund() -> None:
    meta = meta_of_fixture("fixed_width_cover.txt")
    assert meta.trust == "AFBA 5STAR Fund, Inc."
    assert meta.funds[1:] == (
        "AFBA 5Star Balanced Fund",
        "AFBA 5Star High Yield Fund",
        "AFBA 5Star Large Cap Fund",
        "AFBA 5Star Mid Cap Fund",
        "AFBA 5Star Science & Technology Fund",
        "AFBA 5Star Small Cap Fund",
        "AFBA 5Star USA Global Fund",
    )
    assert meta.supplement_date == "November 17, 2004"
    assert meta.prospectus_dates == ("July 31, 2004",)
    assert meta.effective_dates == ("February 1, 2005",)


def test_caps_words_keep_the_filings_own_spelling() -> None:
    text = (
        "ING INVESTORS TRUST\n"
        "ING Clarion Real Estate Portfolio\n"
        "Supplement dated April 11, 2011\n"
        "to the Portfolio's Prospectuses dated April 30, 2010\n"
        "The Board of ING Investors Trust approved the change described below.\n"
    )
    meta = meta_of(text)
    assert meta.trust == "ING Investors Trust"
    assert meta.funds == ("ING Clarion Real Estate Portfolio",)
    assert meta.prospectus_dates == ("April 30, 2010",)


@pytest.mark.parametrize(
    ("text", "funds"),
    [
        # the fund's name set as the first heading, under a cover that names none
        (
            "FORM-CODE-SUP-1\nStatutory Prospectus Supplement dated December 13, 2016\n\n"
            "The purpose of this mailing is to provide you with changes to the current "
            "Statutory Prospectus for Class A and C shares of the Fund listed below:\n\n"
            "HARBORGATE MARKET NEUTRAL FUND\n\n"
            "Effective January 1, 2017, the following information replaces the fee table.\n",
            ("Harborgate Market Neutral Fund",),
        ),
        # a heading "For the X Fund (the “Fund”)" under the registrant's name
        (
            "SUPPLEMENT TO THE PROSPECTUSES\nOF\nHARBORGATE SPECIALTY FUNDS\n\n"
            "For the Harborgate Technology Fund (the “Fund”)\n\n"
            "Northfield Capital LLC has merged with its affiliate, and the affiliate has "
            "succeeded it as sub-adviser to the Fund.\n",
            ("Harborgate Technology Fund",),
        ),
        # a cover naming only the registrant: the fund the opening text defines
        (
            "HARBORGATE INVESTMENT TRUST\nSupplement dated March 1, 2020\n\n"
            "Effective March 1, 2020, the Board of Trustees of the Harborgate Income Fund "
            "(the “Fund”) approved a lower management fee for the Fund.\n\n"
            "The fee table is replaced with the following.\n",
            ("Harborgate Income Fund",),
        ),
        # a heading that only starts with a fund word names no fund
        (
            "Effective March 1, 2020, the following changes apply.\n\n"
            "PORTFOLIO MANAGERS\n\nThe fund is managed by a team.\n",
            (),
        ),
    ],
)
def test_funds_named_after_a_cover_that_names_none(text: str, funds: tuple[str, ...]) -> None:
    assert meta_of(text).funds == funds


def test_a_cover_line_of_a_date_and_the_fund_it_supplements() -> None:
    text = (
        "HARBORGATE INVESTORS TRUST\nHarborgate Resolute Fund I\n"
        "SUPPLEMENT DATED JANUARY 24, 2013 TO THE PROSPECTUS FOR HARBORGATE RESOLUTE FUND I "
        "DATED AUGUST 31, 2012.\n\nThe Board approved changes to the Fund's strategies.\n"
    )
    assert meta_of(text).funds == ("Harborgate Resolute Fund I",)


def test_edgar_series_and_class_ids_are_no_words_of_a_name() -> None:
    text = (
        "HARBORGATE FUNDS SERIES TRUST\n"
        "S000012093 Harborgate New York Tax-Exempt Fund\n"
        "C000032969 Harborgate New York Tax-Exempt Fund Class A HNYAX C000032971 Harborgate New "
        "York Tax-Exempt Fund Class C HNYCX\n\n"
        "Supplement dated May 1, 2020 to the Statement of Additional Information for Harborgate "
        "Funds Series Trust\n\nThe Fund's custodian has changed.\n"
    )
    assert meta_of(text).funds == ("Harborgate New York Tax-Exempt Fund",)


def test_a_trust_company_is_no_fund() -> None:
    text = (
        "NORTHWIND INVESTMENT TRUST\nNorthwind Short-Term Bond Fund\n"
        "Supplement dated April 3, 2012\n\nEffective May 1, 2012, Harbor Point Bank, N.A. will "
        "replace Eastbank Trust Company as custodian of the Fund.\n"
    )
    assert meta_of(text).funds == ("Northwind Short-Term Bond Fund",)


def test_effective_date_phrasings() -> None:
    text = (
        "Supplement dated June 24, 2019\n"
        "As a result, effective on or about June 28, 2019, the prospectuses are amended.\n"
        "The redemption fee will become effective on February 1, 2005.\n"
        "As of November 13, 2023 (the “Effective Date”), Jane Doe will no longer serve.\n"
    )
    assert meta_of(text).effective_dates == (
        "June 28, 2019",
        "February 1, 2005",
        "November 13, 2023",
    )


def test_closing_date_needs_a_lone_date_line() -> None:
    """CLOSING_EXTRA_CHARS: a date with a form code closes; a sentence with a date does not."""
    body = "The Fund may invest in REITs and other real estate companies.\n\n"
    assert meta_of(body + "May 31, 2013 SFAM053/\n").supplement_date == "May 31, 2013"
    late = "The changes described above take effect on May 31, 2013 for all classes.\n"
    assert len(late) - len("May 31, 2013") > metadata.CLOSING_EXTRA_CHARS
    assert meta_of(body + late).supplement_date is None


def test_flattened_edgar_header_fields() -> None:
    text = (
        "0000728889-15-001613.txt : 20151120 ACCESSION NUMBER: 0000728889-15-001613 "
        "CONFORMED SUBMISSION TYPE: 497 PUBLIC DOCUMENT COUNT: 1 FILED AS OF DATE: 20151120 "
        "COMPANY CONFORMED NAME: OPPENHEIMER INTEGRITY FUNDS CENTRAL INDEX KEY: 0000701265\n"
    )
    meta = meta_of(text)
    assert meta.accession == "0000728889-15-001613"
    assert meta.cik == "0000701265"
    assert meta.filing_date == "2015-11-20"
    assert meta.form_type == "497"


def test_document_fields_win() -> None:
    meta = meta_of(
        "Supplement dated May 1, 2015\n",
        accession="0000000000-15-000001",
        cik="0000000042",
        filing_date="2015-05-01",
        form_type="497K",
        company="ACME FUNDS TRUST",
    )
    assert (meta.accession, meta.cik, meta.filing_date, meta.form_type) == (
        "0000000000-15-000001",
        "0000000042",
        "2015-05-01",
        "497K",
    )
    assert meta.trust == "Acme Funds Trust"


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "x" * 100_000, "FUND " * 5000, "Supplement dated 99/99/9999\n", "\x00\ufffd|||\n"],
)
def test_never_crashes(text: str) -> None:
    meta = meta_of(text)
    assert meta.doc == "doc.txt"


# -- the shared corpus ----------------------------------------------------------------------------


def _load(shared: Path, sub: str, name: str) -> DocMeta:
    loaders = pytest.importorskip("index.loaders")
    doc = loaders.load(shared / "corpus" / sub / name)
    return extract(doc, sections.split(doc)[1])


def test_qqq_sgml_envelope(shared_dir: Path) -> None:
    meta = _load(shared_dir, "html", "QQQ_497_20250717_000206159025000114.html")
    assert meta.accession == "0002061590-25-000114"
    assert meta.trust == "Invesco QQQ Trust, Series 1"
    assert meta.supplement_date == "July 17, 2025"
    assert meta.prospectus_dates == ("January 31, 2025",)
    assert meta.form_type == "497"


def test_complex_wide_supplement_lists_all_funds_and_dates(shared_dir: Path) -> None:
    meta = _load(shared_dir, "dev", "dev111.txt")
    assert len(meta.funds) == 13
    assert all(f.startswith("Eaton Vance ") and f.endswith(" Fund") for f in meta.funds)
    assert meta.prospectus_dates == ("July 1, 2013", "December 1, 2013", "January 1, 2014")
    assert meta.form_type == "497"


def test_many_sais_each_with_its_date(shared_dir: Path) -> None:
    meta = _load(shared_dir, "dev", "dev051.txt")
    assert meta.supplement_date == "October 20, 2006"
    assert "Morgan Stanley Japan Fund" in meta.funds
    assert len(meta.funds) >= 20
    assert "September 29, 2006" in meta.prospectus_dates


def test_summary_prospectus_is_not_a_supplement(shared_dir: Path) -> None:
    meta = _load(shared_dir, "html", "VGHRX_497K_20250829_000089543025000006.html")
    assert meta.funds == ("Voya Multi-Manager International Equity Fund",)
    assert meta.supplement_date is None
    assert meta.prospectus_dates == ("February 28, 2025",)
    assert meta.form_type == "497K"


def test_every_corpus_file_has_metadata(shared_dir: Path) -> None:
    loaders = pytest.importorskip("index.loaders")
    dated = 0
    files = sorted(p for p in (shared_dir / "corpus").rglob("*") if p.suffix in (".txt", ".html"))
    for path in files:
        doc = loaders.load(path)
        meta = extract(doc, sections.split(doc)[1])
        assert meta.doc == doc.name
        for date in (meta.supplement_date, *meta.prospectus_dates, *meta.effective_dates):
            if date is not None:
                assert find_dates(date) == [date]
        dated += bool(meta.supplement_date or meta.prospectus_dates)
    assert dated >= 0.6 * len(files)


@pytest.mark.parametrize(
    ("text", "funds"),
    [
        # a cover table: the fund's name and "Summary Prospectus" are cells of one row
        (
            "<table><tr><td>Northgate Short Duration Income Fund</td><td>Summary Prospectus "
            "May 1, 2025</td></tr></table><p>The Fund seeks income.</p>",
            ("Northgate Short Duration Income Fund",),
        ),
        # a cover line "X ETF Summary Prospectus"; "Exchange, Inc. The Fund" names no fund
        (
            "<p>Northgate Tax-Exempt Bond ETF Summary Prospectus March 28, 2025</p>"
            "<p>Shares are listed on the Exchange, Inc. The Fund's prospectus is incorporated.</p>",
            ("Northgate Tax-Exempt Bond ETF",),
        ),
        # a registrant that is one fund
        (
            "<p>Northgate Core Bond Fund, Inc.</p><p>Investor Class (Ticker Symbol: NGCBX)</p>"
            "<p>The Fund seeks income.</p>",
            ("Northgate Core Bond Fund",),
        ),
    ],
)
def test_funds_of_summary_prospectus_covers(
    text: str, funds: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / "summary.html"
    path.write_text(f"<html><body>{text}</body></html>", encoding="utf-8")
    assert ingest_file(path).meta.funds == funds


@pytest.mark.parametrize(
    ("text", "funds"),
    [
        (
            # the fund set as the first heading; a two-column biography below runs a year
            # that ends a sentence into the next column's "Portfolio manager"
            "NORTHGATE\n                                   INVESTMENTS\n\n"
            "Supplement to the currently effective prospectus for the following fund:\n\n"
            "Northgate Worldwide 2004 Fund\n\n"
            "-----------------------------------------------------------------\n\n"
            "Effective March 31, 2003, the following replaces the portfolio managers section:\n\n"
            "Ann Q. Lee                                  Bo Dane\n"
            "   Joined the adviser in 1994 and the fund in 2002.   o Portfolio manager with a\n"
            "   focus on European markets.                     primary focus on Asia.\n",
            ("Northgate Worldwide 2004 Fund",),
        ),
        (
            "Larchwood Funds\nLarchwood Target 2040 Portfolio\n"
            "Supplement dated May 1, 2020 to the Prospectus dated January 28, 2020\n\n"
            "Effective on or about June 1, 2014. The Portfolio will change its name.\n",
            ("Larchwood Target 2040 Portfolio",),
        ),
    ],
)
def test_a_number_that_ends_a_sentence_starts_no_fund_name(
    text: str, funds: tuple[str, ...]
) -> None:
    assert meta_of(text).funds == funds


@pytest.mark.parametrize(
    "text",
    [
        "How The Fund Invests\n\nThe Fund invests in bonds of issuers in the United States.\n",
        "Investing in The Fund\n\nShares may be bought through a broker.\n",
        "Services for Fund Investors\n\nShareholders may exchange shares by telephone.\n",
    ],
)
def test_a_heading_is_no_fund_name(text: str) -> None:
    # a heading opening the body reads like a name ("... Fund") but names no fund
    assert meta_of(text).funds == ()


def test_the_registrant_is_no_fund_of_its_filing() -> None:
    # the cover names "Larchwood Trust" for the registrant "Larchwood Trust I": no fund
    cover = "Larchwood Trust Larchwood Retirement Income Fund Larchwood Retirement 2030 Fund"
    funds = metadata._funds([cover], "", metadata._CaseMap(cover), "Larchwood Trust I")
    assert funds == ("Larchwood Retirement Income Fund", "Larchwood Retirement 2030 Fund")


@pytest.mark.parametrize(
    "risk",
    ["Non-Diversified Fund Risk.", "Underlying Fund Risks:", "MASTER/FEEDER FUND RISK"],
)
def test_a_risk_named_after_a_kind_of_fund_is_no_fund(risk: str) -> None:
    text = (
        "HARBORGATE EQUITY TRUST\nHarborgate Growth Advantage Fund\n"
        "Supplement dated January 30, 2025\n\n"
        f"{risk} If a Fund is non-diversified, it may invest more of its assets in one issuer.\n"
    )
    assert meta_of(text).funds == ("Harborgate Growth Advantage Fund",)


def test_a_trust_name_does_not_run_on_into_the_next_row() -> None:
    """ "..., a series of NIT" ending one table row is not "NIT Harborgate Equity Fund" with the
    next: the cover's registrant stays the trust."""
    text = (
        "HARBORGATE SERIES TRUST\n"
        "Supplement dated March 3, 2021 to the Prospectus dated May 1, 2020\n\n"
        "The Board approved the reorganizations below.\n\n"
        "Acquired Fund | Acquiring Fund |\n"
        "Harborgate Bond Fund, a series of HST | Northgate Income Fund, a series of NIT |\n"
        "Harborgate Equity Fund, a series of HST | Northgate Growth Fund, a series of NIT |\n"
    )
    assert meta_of(text).trust == "Harborgate Series Trust"


def test_a_cover_of_each_of_the_listed_funds_names_no_trust() -> None:
    """ "Of each of the listed funds" is no registrant; "X Series Funds" on a line of its own
    is one, listed in its place among the funds."""
    meta = meta_of(
        "SUPPLEMENT DATED JUNE 6, 2012\nTO THE CURRENTLY EFFECTIVE PROSPECTUS\n"
        "OF EACH OF THE LISTED FUNDS\n\nHarborgate Custodian Funds\nHarborgate Growth Fund\n"
        "Harborgate Mutual Series Funds\nMutual Beacon Fund\nMutual Quest Fund\n(each a “Fund”)\n\n"
        "The section on buying shares is revised.\n"
    )
    assert meta.trust != "Each of the Listed Funds"
    assert meta.funds == (
        "Harborgate Custodian Funds",
        "Harborgate Growth Fund",
        "Harborgate Mutual Series Funds",
        "Mutual Beacon Fund",
        "Mutual Quest Fund",
    )
