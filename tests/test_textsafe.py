"""safe_text / safe_line: escape sequences and spoofing characters gone, offsets unchanged."""

from __future__ import annotations

import pytest

from index.textsafe import safe_line, safe_text

FILING_LINE = "Since September 2001, Mr. Stephen Rich has co-managed the Portfolio"


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("\x1b]52;c;ZWNobyBwd25lZA==\x07" + FILING_LINE, " ]52;c;ZWNobyBwd25lZA== " + FILING_LINE),
        ("\x1b[2J\x1b[31m" + FILING_LINE, " [2J [31m" + FILING_LINE),
        ("Marian\x00U. Pardo", "Marian U. Pardo"),
        ("Pardo\x7f", "Pardo "),
        ("\x9b31m\x9d0;title\x9c Rich", " 31m 0;title  Rich"),  # C1 CSI, OSC, ST
        ("Rich\u202eeciR\u202c", "Rich eciR "),  # right-to-left override
        ("\u2066Rich\u2069 \u200fRice\u200e", " Rich   Rice "),  # isolates and marks
        ("line\u2028separator\u2029", "line separator "),
        ("tag\U000e0041\U000e0042", "tag  "),
        ("lone \ud800 surrogate", "lone   surrogate"),
        ("form\x0cfeed and\x0bvertical tab", "form feed and vertical tab"),
    ],
)
def test_safe_text_replaces_each_unsafe_character_by_one_space(hostile: str, expected: str) -> None:
    cleaned = safe_text(hostile)
    assert cleaned == expected
    assert len(cleaned) == len(hostile)


def test_safe_text_keeps_lines_tabs_and_ordinary_unicode() -> None:
    text = "I.\tPortfolio Managers\n\n“REITs” — Société Générale • 50%\r\nnext"
    cleaned = safe_text(text)
    assert cleaned.split("\n") == [
        "I.\tPortfolio Managers",
        "",
        "“REITs” — Société Générale • 50% ",
        "next",
    ]


def test_carriage_returns_do_not_move_lines() -> None:
    text = "one\r\ntwo\rthree\n"
    cleaned = safe_text(text)
    assert cleaned.count("\n") == text.count("\n")
    assert len(cleaned) == len(text)


def test_markup_is_left_as_literal_text() -> None:
    text = "[bold]Rich[/] [@click=app.quit]x[/] [/]"
    assert safe_text(text) == text
    assert safe_line(text) == text


def test_safe_line_flattens_newlines_and_tabs() -> None:
    assert (
        safe_line("Steven J. Rich,\tVice\nPresident\x1b[0m") == "Steven J. Rich, Vice President [0m"
    )


def test_safe_text_on_clean_text_is_identity() -> None:
    text = "J.P. Morgan Small Cap Stock Portfolio\n" * 1000
    assert safe_text(text) == text
