"""The exported transcript: clean Markdown compared with an expected file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from assistant.answer import Answer, Citation
from assistant.render import md_plain
from assistant.tui.export import transcript_markdown

EXPECTED = Path(__file__).parent / "fixtures" / "export" / "transcript.md"
SEED = "000_c14adad2a05aec02.txt"


def cite(n: int, section: str, lines: tuple[int, int], text: str) -> Citation:
    return Citation(n, SEED, None, section, lines[0], lines[1], 0, len(text), text)


ANSWERS = [
    Answer(
        "Who manages the J.P. Morgan Small Cap Stock Portfolio?",
        True,
        "Marian U. Pardo and Steven J. Rich co-manage the J.P. Morgan Small Cap Stock Portfolio "
        "(since September 2001) [1].",
        items=("Marian U. Pardo", "Steven J. Rich"),
        intent="managers",
        citations=(
            cite(
                1,
                "I. Portfolio Managers",
                (12, 15),
                "Since September 2001, Mr. Stephen Rich has co-managed the J.P. Morgan Small Cap "
                "Stock Portfolio with Marian U. Pardo.",
            ),
        ),
    ),
    Answer(
        "What is the expense ratio?",
        True,
        "Total annual operating expenses are 1.20% of net assets [1][2].",
        citations=(
            cite(1, "Fees", (30, 30), "Total annual operating expenses: 1.20% *after waivers*"),
            cite(2, "Fees > Notes", (31, 32), "[bold]x[/] <b>html</b> `code` file_name _emph_"),
        ),
    ),
    Answer(
        "What is the 12b-1 fee?",
        False,
        "The indexed filings do not say.",
        related=(cite(1, "", (40, 40), "# Not a heading, and 2. not a list"),),
    ),
    Answer("?", False, "", error="empty question: type a question about the indexed filings"),
]


def test_transcript_markdown_is_the_expected_file() -> None:
    when = datetime(2026, 12, 3, 14, 5)
    got = transcript_markdown(ANSWERS, Path("/data/fundqa/index"), "all filings", when)
    assert got == EXPECTED.read_text(encoding="utf-8")


def test_plain_text_is_escaped_only_where_it_would_be_markup() -> None:
    assert md_plain("(since September 2001) 1.20% of assets [1].") == (
        "(since September 2001) 1.20% of assets [1]."
    )
    assert md_plain("[link](http://x) *b* <i> `c` a_b _e_") == (
        "\\[link\\](http://x) \\*b\\* \\<i> \\`c\\` a_b \\_e\\_"
    )
    assert md_plain("# title") == "\\# title"
    assert md_plain("12. item") == "12\\. item"
    assert md_plain("\x1b[2Jclear\x07") == " \\[2Jclear "  # escape sequences stripped first
