"""Loading filings: plain text, EDGAR SGML submissions, HTML/iXBRL and hostile input."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from index import loaders
from index.loaders import (
    BINARY_CONTROL_SHARE,
    BINARY_SNIFF_BYTES,
    LoadError,
    discover,
    load,
    load_bytes,
)
from index.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "loaders"


def hints(doc: Document) -> dict[int, str]:
    return dict(doc.line_hints)


def line_of(doc: Document, needle: str) -> int:
    """1-based line of the first display line containing ``needle``."""
    return next(i for i, line in enumerate(doc.lines, 1) if needle in line)


# Plain text ---------------------------------------------------------------------------------


def test_seed_display_lines_are_the_file_lines(seed_path: Path) -> None:
    doc = load(seed_path)
    assert doc.fmt == "text"
    assert doc.encoding == "utf-8"
    assert doc.name == "000_c14adad2a05aec02.txt"
    assert doc.lines == seed_path.read_text(encoding="utf-8").split("\n")
    assert doc.lines[0] == "- 2 -"
    assert doc.lines[9] == "I.       Portfolio Managers"
    assert doc.lines[11].startswith("     Since September 2001, Mr. Stephen Rich has co-managed")
    assert "and  large- cap equity" in doc.lines[23]  # hyphen breaks stay in the display text
    assert doc.line_hints == ()


def test_cp1252_quotes_and_dashes_decode_to_real_characters() -> None:
    data = b"The \x93Fund\x94 may invest \x96 without limit \x97 in REITs.\n"
    doc = load_bytes("old.txt", data)
    assert doc.encoding == "cp1252"
    assert doc.text == "The “Fund” may invest – without limit — in REITs.\n"


def test_latin1_bytes_undefined_in_cp1252_do_not_crash() -> None:
    doc = load_bytes("old.txt", b"Soci\xe9t\xe9 G\xe9n\xe9rale \x81 Fund\n")
    assert doc.text.startswith("Société Générale")
    assert "\x81" not in doc.text


def test_invalid_utf8_never_crashes_and_keeps_lines() -> None:
    data = b"Fund \xff\xfe\xc3( name\nsecond line \xed\xa0\x80\n"
    doc = load_bytes("bad.txt", data)
    assert doc.lines[0].startswith("Fund ")
    assert doc.lines[1].startswith("second line")
    assert len(doc.lines) == 3


def test_mostly_utf8_file_with_a_stray_byte_stays_utf8() -> None:
    # UTF8_GOOD_PER_BAD: two curly quotes outweigh one stray cp1252 byte ...
    doc = load_bytes("mixed.txt", "“Fund” caf".encode() + b"\xe9\n")
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("“Fund” caf")
    # ... while a cp1252 file with one accidental UTF-8 sequence is cp1252.
    doc = load_bytes("mixed.txt", b"\x93Fund\x94 \x96 caf" + "é".encode())
    assert doc.encoding == "cp1252"
    assert doc.text.startswith("“Fund” –")


def test_utf8_bom_is_stripped_and_utf16_is_read() -> None:
    assert load_bytes("bom.txt", codecs.BOM_UTF8 + b"BMO FUNDS\n").text == "BMO FUNDS\n"
    doc = load_bytes("wide.txt", "BMO FUNDS\nSupplement\n".encode("utf-16"))
    assert doc.encoding == "utf-16"
    assert doc.lines[:2] == ["BMO FUNDS", "Supplement"]


def test_crlf_and_lone_cr_keep_the_file_line_count() -> None:
    data = b"BMO FUNDS\r\nSupplement dated February 16, 2012\r\nold\rmac\r\n"
    doc = load_bytes("crlf.txt", data)
    assert doc.lines == ["BMO FUNDS", "Supplement dated February 16, 2012", "old mac", ""]


def test_control_characters_are_replaced_without_shifting_lines() -> None:
    data = b"AFBA 5STAR FUND\x1b[2J, INC.\n\x1b]52;c;cHdu\x07Balanced\x00Fund\nlast\xc2\x9b\n"
    with pytest.raises(LoadError, match="binary"):  # NUL bytes mean binary ...
        load_bytes("ctl.txt", data)
    doc = load_bytes("ctl.txt", data.replace(b"\x00", b"\x01"))  # ... other controls are text
    assert doc.lines == ["AFBA 5STAR FUND [2J, INC.", " ]52;c;cHdu Balanced Fund", "last ", ""]
    assert "\x1b" not in doc.text and "\x07" not in doc.text


def test_text_header_fields_and_leading_type_line() -> None:
    doc = load_bytes("dev037.txt", b"497 1 d286105d497.htm 497 497\n\nJanus Investment Fund\n")
    assert doc.form_type == "497"
    assert doc.lines[2] == "Janus Investment Fund"


def test_flattened_one_line_sgml_header(shared_dir: Path) -> None:
    doc = load(shared_dir / "corpus" / "dev" / "dev081.txt")
    assert doc.fmt == "text"
    assert doc.accession == "0000728889-15-001613"
    assert doc.form_type == "497"
    assert doc.cik == "0000701265"
    assert doc.company == "OPPENHEIMER INTEGRITY FUNDS"
    assert doc.filing_date == "2015-11-20"


def test_accession_and_form_from_the_file_name() -> None:
    doc = load_bytes("VADAX_497K_20250828_000119312525190887.htm", b"<p>Virtus Fund</p>")
    assert doc.accession == "0001193125-25-190887"
    assert doc.form_type == "497K"
    assert load_bytes("0000728889-15-001613.txt", b"text").accession == "0000728889-15-001613"
    assert load_bytes("dev081.txt", b"text").accession is None


# EDGAR SGML submissions ---------------------------------------------------------------------


def test_sgml_text_submission_keeps_the_file_lines() -> None:
    path = FIXTURES / "invesco_497_submission.txt"
    doc = load(path)
    assert doc.fmt == "sgml"
    assert doc.accession == "0000789940-99-000009"
    assert doc.form_type == "497"
    assert doc.cik == "0000789940"
    assert doc.company == "INVESCO VALUE TRUST"
    assert doc.filing_date == "1999-06-09"
    file_lines = path.read_text(encoding="utf-8").split("\n")
    assert len(doc.lines) == len(file_lines)
    n = line_of(doc, "Supplement to Prospectus Dated January 1, 1999")
    assert doc.lines[n - 1] == file_lines[n - 1]
    assert doc.lines[:25] == file_lines[:25]
    # the uuencoded graphic is blanked line for line; the lines after it stay in place
    assert not any(line.startswith(("begin 644", "M1TE")) for line in doc.lines)
    assert doc.lines[-3:] == file_lines[-3:]


def test_sgml_html_submission_is_header_plus_extracted_html() -> None:
    doc = load(FIXTURES / "invesco_497_html_submission.txt")
    assert doc.fmt == "sgml"
    assert doc.accession == "0000789940-99-000009"
    assert doc.company == "INVESCO VALUE TRUST"
    assert doc.lines[2] == "ACCESSION NUMBER:\t\t0000789940-99-000009"
    assert "<p" not in doc.text and "<TEXT>" not in doc.text
    fund = line_of(doc, "INVESCO Intermediate Government Bond Fund")
    assert hints(doc)[fund] == "bold"
    assert doc.lines[fund - 1] == "INVESCO Intermediate Government Bond Fund"
    row = line_of(doc, "Certain Fund expenses")
    assert doc.lines[row - 1].startswith("(2) | Certain Fund expenses are being absorbed")
    assert "“Annual Fund Expenses”" in doc.text
    assert "Consent of independent auditors" not in doc.text  # the EX-99 is not the 497


def test_nc_style_tagged_header() -> None:
    data = (
        b"<SUBMISSION>\n<ACCESSION-NUMBER>0000950123-09-003871\n<TYPE>497\n"
        b"<FILING-DATE>20090205\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>PIMCO FUNDS\n"
        b"<CIK>0000810893\n</COMPANY-DATA>\n</FILER>\n<DOCUMENT>\n<TYPE>497\n<TEXT>\n"
        b"PIMCO Funds\nSupplement Dated February 5, 2009 to the\n</TEXT>\n</DOCUMENT>\n"
    )
    doc = load_bytes("filing.nc", data)
    assert (doc.accession, doc.form_type, doc.filing_date) == (
        "0000950123-09-003871",
        "497",
        "2009-02-05",
    )
    assert (doc.company, doc.cik) == ("PIMCO FUNDS", "0000810893")
    assert doc.lines[13] == "PIMCO Funds"


def test_truncated_submission_with_header_only() -> None:
    text = (FIXTURES / "invesco_497_submission.txt").read_text(encoding="utf-8")
    doc = load_bytes("truncated.txt", text[: text.index("<DOCUMENT>")].encode())
    assert doc.fmt == "sgml"
    assert doc.accession == "0000789940-99-000009"
    assert doc.lines[-2] == "</SEC-HEADER>"


def test_submission_with_only_a_graphic_is_refused() -> None:
    data = b"<DOCUMENT>\n<TYPE>GRAPHIC\n<FILENAME>logo.gif\n<TEXT>\nbegin 644 logo.gif\nM1TE\n"
    with pytest.raises(LoadError, match="no text or HTML document"):
        load_bytes("logo.txt", data)


def test_qqq_envelope(shared_dir: Path) -> None:
    doc = load(shared_dir / "corpus" / "html" / "QQQ_497_20250717_000206159025000114.html")
    assert doc.fmt == "sgml"
    assert doc.accession == "0002061590-25-000114"
    assert doc.form_type == "497"
    assert doc.lines[0] == "INVESCO QQQ TRUSTSM, SERIES 1"
    assert "unitary fee of 18 basis points" in doc.text
    assert "<div" not in doc.text and "Broadridge" not in doc.text  # markup and comments gone


# HTML ---------------------------------------------------------------------------------------

# A manager table row as VADAX's 497K writes it: each cell wraps its text in nested divs.
MANAGER_ROW = """<table><tr>
<td> <div style="line-height:9pt;"> <div style="white-space:nowrap;"><font
style="font-size:8pt;">Peter Hubbard</font></div> </div> </td>
<td> <div style="line-height:9pt;"> <div style="text-align:Center;"><font
style="font-size:8pt;">Portfolio Manager</font></div> </div> </td>
<td> <div style="line-height:9pt;"> <div style="text-align:Center;"><font
style="font-size:8pt;">2020</font></div> </div> </td> </tr></table>"""


def test_table_row_with_nested_blocks_is_one_line() -> None:
    doc = load_bytes("row.htm", MANAGER_ROW.encode())
    assert doc.fmt == "html"
    assert doc.lines == ["Peter Hubbard | Portfolio Manager | 2020"]
    assert doc.line_hints == ((1, "row"),)


def test_manager_table_row_from_a_real_497k(shared_dir: Path) -> None:
    doc = load(shared_dir / "corpus" / "html" / "VADAX_497K_20250828_000119312525190887.html")
    n = line_of(doc, "Peter Hubbard")
    assert doc.lines[n - 1] == "Peter Hubbard | Portfolio Manager | 2020"
    assert hints(doc)[n] == "row"
    assert doc.lines[n - 2] == "Portfolio Managers | Title | Length of Service on the Fund"


def test_inline_elements_are_neither_glued_nor_split() -> None:
    doc = load_bytes(
        "inline.htm",
        b"<p><span>Port</span><span>folio</span> <b>Manager</b>\nof the<i>\nFund</i></p>",
    )
    assert doc.lines == ["Portfolio Manager of the Fund"]


def test_font_runs_of_a_real_497k_read_as_words(shared_dir: Path) -> None:
    real = load(shared_dir / "corpus" / "html" / "VAADX_497K_20250826_000093041325002732.html")
    # the source: <font>Heather Bergman, Ph.D.,</font><font> </font><font>Senior\nPortfolio
    assert "Heather Bergman, Ph.D., Senior Portfolio Manager and Managing Director" in real.text


# VHYIX's footnotes and VMCRX's manager entry are each drawn as one table cell with blocks.
FOOTNOTE_2 = (
    '2 Until September 5, 2027, Venerable Investment Advisers, LLC (the "Adviser"), the '
    "distributor, and certain financial intermediaries have contractually agreed to waive all "
    "or a portion of fees (including management fee, administrative services fee, and/or "
    "distribution and/or service fee (12b-1 Fee), as applicable)"
)


def test_lone_cell_with_much_text_is_a_layout_box() -> None:
    box = (
        "<table><tr><td><p>&#160;</p></td><td><p>1 Based on estimated amounts for the current "
        f"fiscal year.</p><p>{FOOTNOTE_2}</p></td><td><p>&#160;</p></td></tr></table>"
    )
    assert len("1 Based on estimated amounts for the current fiscal year." + FOOTNOTE_2) > (
        loaders.LAYOUT_CELL_CHARS
    )
    assert load_bytes("box.htm", box.encode()).lines == [
        "1 Based on estimated amounts for the current fiscal year.",
        FOOTNOTE_2,
    ]


def test_lone_cell_with_little_text_and_multi_cell_rows_stay_one_line() -> None:
    entry = b"<table><tr><td><p>Joel Rubenstein</p><p>Portfolio Manager (since 11/24)</p></td>"
    doc = load_bytes("entry.htm", entry)
    assert doc.lines == ["Joel Rubenstein Portfolio Manager (since 11/24)"]
    assert doc.line_hints == ((1, "row"),)
    two = f"<table><tr><td><p>1</p></td><td><p>{FOOTNOTE_2}</p><p>{FOOTNOTE_2}</p></td></tr>"
    assert load_bytes("two.htm", two.encode()).lines == [f"1 | {FOOTNOTE_2} {FOOTNOTE_2}"]


IXBRL = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:dei="http://xbrl.sec.gov/dei/2024">
<head><title>497K</title><style>p { margin: 0 }</style>
<script>document.write("\\x1b[2J")</script></head>
<body>
<div style="display: none"><ix:header><ix:hidden>
<ix:nonNumeric name="dei:DocumentType" contextRef="c0">497K</ix:nonNumeric>
<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c0">0000891079</ix:nonNumeric>
</ix:hidden></ix:header></div>
<ix:header><ix:references>hidden reference text</ix:references></ix:header>
<p style="font-weight:700"><ix:nonNumeric name="dei:EntityRegistrantName"
 contextRef="c0">Virtus Asset Trust</ix:nonNumeric></p>
<!-- a comment that must not show -->
<h2>Investment Objective</h2>
<p>The fund seeks &#8220;total return&#8221;&nbsp;through growth of capital.</p>
<p><b>Fees</b> and Expenses</p>
<p><span style="font-weight:bold">Principal</span><b> Risks</b></p>
<p style="font-weight:bold"><span style="font-weight:normal">Not bold</span></p>
<ul><li><p>Market Volatility Risk</p></li><li>Issuer Risk</li></ul>
<p>&nbsp;</p><p>&#160;</p><div><br></div>
<pre>Class A   5.50%
Class C   None</pre>
<p style="DISPLAY:NONE">hidden paragraph</p>
</body></html>"""


def test_ixbrl_document() -> None:
    doc = load_bytes("virtus.htm", IXBRL.encode())
    assert doc.form_type == "497K"
    assert doc.cik == "0000891079"
    assert doc.company == "Virtus Asset Trust"
    assert doc.lines == [
        "Virtus Asset Trust",
        "Investment Objective",
        "The fund seeks “total return” through growth of capital.",
        "Fees and Expenses",
        "Principal Risks",
        "Not bold",
        "Market Volatility Risk",
        "Issuer Risk",
        "",
        "Class A   5.50%",
        "Class C   None",
    ]
    assert doc.line_hints == ((1, "bold"), (2, "h2"), (5, "bold"), (7, "li"), (8, "li"))
    for hidden in ("hidden reference text", "hidden paragraph", "comment", "document.write"):
        assert hidden not in doc.text


def test_unclosed_font_tags_lose_nothing() -> None:
    # libxml2's tree builder drops everything nested deeper than 256 (or 2048) elements
    data = b"".join(b"<p><font size=2>Paragraph %d of the supplement" % i for i in range(3000))
    doc = load_bytes("old.htm", data)
    assert len(doc.lines) == 3000
    assert doc.lines[-1] == "Paragraph 2999 of the supplement"


def test_odd_tags_attributes_and_invisible_characters() -> None:
    data = (
        b'<p><font face=""Arial"" 1a=2>Port&shy;folio</font><o:p></o:p> '
        b'<span title="&#27;[2J" style="color:red;&#1;">Manager</span>&#8203;s</p>'
    )
    assert load_bytes("word.htm", data).lines == ["Portfolio Managers"]


def test_broken_and_unclosed_html_still_loads() -> None:
    data = b"<html><body><p>Unclosed <b>bold <table><tr><td>Ash Shah<td>2022</table></div></i>"
    doc = load_bytes("broken.html", data)
    assert "Unclosed bold" in doc.text
    assert "Ash Shah | 2022" in doc.lines


def test_html_with_markup_and_escapes_in_text_is_safe() -> None:
    doc = load_bytes("x.htm", b"<p>[bold]Rich[/] &#27;[2J\x1b[0m&#x202e;</p>")
    assert doc.lines == ["[bold]Rich[/] [2J [0m"]


# Hostile input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \r\n\t\n  ", "empty file (white space only)"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF image (not a text or HTML filing)"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF file (not a text or HTML filing)"),
        (b"Fund\x00\x00\x00\x01\x02name", "binary file (not a text or HTML filing)"),
        (b"<html><head><script>x()</script></head><body> </body></html>", "no text found in HTML"),
        (b"<p style='display:none'>hidden</p>", "no text found in HTML"),
        (b"\x1b\x07" + b" " * 40 + b"\n", "no text found"),
    ],
)
def test_hostile_input_gives_a_clear_reason(data: bytes, reason: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_bytes("bad.htm" if b"<" in data else "bad.txt", data)
    assert caught.value.reason == reason
    assert str(caught.value).startswith("bad.")


def test_binary_control_share_threshold_pins_both_sides() -> None:
    def sample(share: float) -> bytes:
        controls = int(BINARY_SNIFF_BYTES * share)
        return b"\x1b" * controls + b"x" * (BINARY_SNIFF_BYTES - controls)

    assert load_bytes("escapes.txt", sample(BINARY_CONTROL_SHARE - 0.02)).text.endswith("x")
    with pytest.raises(LoadError, match="binary file"):
        load_bytes("escapes.txt", sample(BINARY_CONTROL_SHARE + 0.02))


def test_too_large_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(300_400_000)

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_read)
    with pytest.raises(LoadError) as caught:
        load(big)
    assert str(caught.value) == "huge.txt: file too large: 300.4 MB (limit 256 MB)"
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1000)
    with pytest.raises(LoadError, match="file too large"):
        load_bytes("huge.txt", b"x" * 1001)


def test_missing_file_and_folder_are_load_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or folder"):
        load(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="is a folder"):
        load(tmp_path)


def test_parser_failure_is_wrapped_in_load_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(html: str) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(loaders, "_html_lines", explode)
    with pytest.raises(LoadError) as caught:
        load_bytes("deep.htm", b"<p>text</p>")
    assert caught.value.reason == "cannot parse: RecursionError maximum recursion depth exceeded"


def test_random_junk_only_ever_raises_load_error() -> None:
    rng = random.Random(497)
    pieces = [
        b"<p>",
        b"</td>",
        b"<tr>",
        b"<DOCUMENT>",
        b"<TEXT>",
        b"\x1b[",
        b"\xe2\x80",
        b"\x93",
        b"&#",
        b"<!--",
        b"]]>",
        b"<ix:header>",
        b"Fund ",
        b"\n",
        b"\r",
        b"<",
    ]
    for _ in range(300):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        try:
            doc = load_bytes(rng.choice(["junk.txt", "junk.htm"]), data)
        except LoadError as err:
            assert err.reason and "\n" not in err.reason
        else:
            assert "\x1b" not in doc.text


# discover and the shared corpus -------------------------------------------------------------


def test_discover_expands_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in [
        "b/2.htm",
        "b/1.TXT",
        "a.html",
        "notes.md",
        ".hidden.txt",
        ".git/x.txt",
        "c/deep/3.nc",
        "c/deep/data.csv",
    ]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    explicit = tmp_path / "notes.md"
    files, errors = discover([tmp_path, explicit, tmp_path / "b" / "2.htm", tmp_path / "gone"])
    rel = [p.relative_to(tmp_path).as_posix() for p in files]
    assert rel == ["a.html", "b/1.TXT", "b/2.htm", "c/deep/3.nc", "notes.md"]
    assert [str(e) for e in errors] == ["gone: no such file or folder"]
    assert errors[0].reason == "no such file or folder"


def test_every_corpus_file_loads(shared_dir: Path) -> None:
    files, errors = discover([shared_dir / "corpus"])
    assert errors == []
    assert len(files) > 100
    for path in files:
        doc = load(path)
        assert doc.text.strip(), path
        if doc.fmt == "text":
            raw = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
            assert doc.lines == raw.split("\n"), path
        if path.suffix == ".html":  # EDGAR envelopes named TICKER_FORM_DATE_ACCESSION.html
            assert doc.form_type and doc.form_type.startswith("497")
            assert doc.accession and doc.accession.replace("-", "") in path.name
