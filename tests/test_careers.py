"""The career reader: posts read from biographies in list and prose layouts, and the post a
question asks for (current, founded, before joining an employer), through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant import careers
from assistant.cli import cli
from assistant.compose import DETAIL_CUES
from assistant.engine import Assistant


@pytest.mark.parametrize(
    ("line", "role", "org", "start", "end", "current"),
    [
        (
            "Vice president and senior portfolio manager, Eastbank Asset Management (U.S.), "
            "LLC (since 2009)",
            "Vice president and senior portfolio manager",
            "Eastbank Asset Management (U.S.), LLC",
            2009,
            None,
            True,
        ),
        (
            "Cofounder and director of research, Larchwood Capital (2005-2009)",
            "Cofounder and director of research",
            "Larchwood Capital",
            2005,
            2009,
            False,
        ),
        (
            "Portfolio manager, Ridgeback Advisors, LLC (2004)",
            "Portfolio manager",
            "Ridgeback Advisors, LLC",
            2004,
            2004,
            False,
        ),
        # a title in several comma-separated parts
        (
            "Vice President, Senior Portfolio Manager, Northgate Partners (2011–present)",
            "Vice President, Senior Portfolio Manager",
            "Northgate Partners",
            2011,
            None,
            True,
        ),
    ],
)
def test_a_list_entry_is_read_as_title_employer_and_years(
    line: str, role: str, org: str, start: int, end: int | None, current: bool
) -> None:
    post = careers.read_entry(line)
    assert post is not None
    assert (post.role, post.org, post.start, post.end, post.current) == (
        role,
        org,
        start,
        end,
        current,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Joined fund team in 2009",  # no title and employer
        "Began business career in 1989",
        "Eastbank Trust Company, Boston, Massachusetts (2004)",  # no title word
        "Primarily responsible for portfolio management, asset allocation and research",
    ],
)
def test_lines_that_are_no_post(line: str) -> None:
    assert careers.read_entry(line) is None


@pytest.mark.parametrize(
    ("sentence", "role", "org", "start", "end"),
    [
        (
            "From 2005 to 2009, he was managing director for Larchwood Capital Management.",
            "managing director",
            "Larchwood Capital Management",
            2005,
            2009,
        ),
        (
            "She was a senior analyst at Ridgeback Partners from 2001 to 2006.",
            "senior analyst",
            "Ridgeback Partners",
            2001,
            2006,
        ),
        (
            "Prior to joining the Adviser in March 2014, Ms. Okafor was a portfolio manager "
            "with Eastbank Investments.",
            "portfolio manager",
            "Eastbank Investments",
            None,
            2014,
        ),
    ],
)
def test_a_prose_sentence_is_read_as_a_post(
    sentence: str, role: str, org: str, start: int | None, end: int | None
) -> None:
    (post,) = careers.read_sentence(sentence)
    assert (post.role, post.org, post.start, post.end) == (role, org, start, end)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("What is Dana Holt's current title and employer?", "current"),
        ("Who does Ms. Holt work for now?", "current"),
        ("Which firm did Dana Holt co-found?", "founded"),
        ("Where did Ms. Holt work before joining the Adviser?", "before"),
        ("What was Dana Holt's previous employer?", "before"),
        ("When did Dana Holt join the Adviser?", None),  # a date, not a post
        ("Where did Ms. Holt work before joining the Adviser, and for how long?", None),
        ("What is Dana Holt's title?", None),
    ],
)
def test_which_post_a_question_asks_for(question: str, want: str | None) -> None:
    assert careers.asked(question) == want


LIST_BIO = """NORTHGATE STRATEGIC INCOME FUND
Supplement dated October 9, 2009 to the current Prospectus

The information about the portfolio managers is supplemented to reflect the addition of
Dana R. Holt to the fund's investment management team.

Dana R. Holt
· Joined fund team in 2009
· Vice president and senior portfolio manager, Eastbank Asset Management, LLC (since 2009)
· Cofounder and director of research, Larchwood Capital (2005-2009)
· Portfolio manager, Ridgeback Advisors, LLC (1995-2004)
· Began business career in 1990
"""

PROSE_BIO = """NORTHGATE ASSET ALLOCATION PORTFOLIOS
Supplement dated January 13, 2014 to the Prospectus dated December 1, 2013

The Fund Management Team
Ms. Holt, Senior Vice President and Senior Portfolio Manager, has been a member of the team
that manages the funds since 2009 when she joined Northgate Investments. From 2005 to 2009,
she was managing director for Larchwood Capital Management. From 1998 to 2005, she was an
analyst at Ridgeback Partners. She has a bachelor's degree in finance.
"""


def _ask(tmp_path: Path, filing: str, question: str) -> dict:
    (tmp_path / "filings").mkdir()
    (tmp_path / "filings" / "bio.txt").write_text(filing, encoding="utf-8")
    runner = CliRunner()
    ix = str(tmp_path / "ix")
    assert (
        runner.invoke(cli, ["index", "add", str(tmp_path / "filings"), "--index", ix]).exit_code
        == 0
    )
    result = runner.invoke(cli, ["ask", question, "--format", "json", "--index", ix])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("filing", "question", "items", "line"),
    [
        (
            LIST_BIO,
            "What is Dana R. Holt's current title and employer?",
            ["Vice president and senior portfolio manager", "Eastbank Asset Management, LLC"],
            9,
        ),
        (
            LIST_BIO,
            "Which firm did Dana R. Holt cofound, and what was her role there?",
            ["Cofounder and director of research", "Larchwood Capital"],
            10,
        ),
        (
            LIST_BIO,
            "Where did Dana R. Holt work before joining Larchwood Capital?",
            ["Portfolio manager", "Ridgeback Advisors, LLC"],
            11,
        ),
        (
            PROSE_BIO,
            "Where did Ms. Holt work before joining Northgate Investments?",
            ["managing director", "Larchwood Capital Management"],
            5,
        ),
    ],
)
def test_the_post_asked_for_is_answered_and_cited(
    tmp_path: Path, filing: str, question: str, items: list[str], line: int
) -> None:
    a = _ask(tmp_path, filing, question)
    assert a["answered"] is True, a["answer"]
    assert a["items"] == items
    cited = a["citations"][0]
    assert cited["doc"] == "bio.txt" and cited["line_start"] <= line <= cited["line_end"]


def test_no_founded_post_is_no_answer(tmp_path: Path) -> None:
    a = _ask(tmp_path, PROSE_BIO, "Which firm did Ms. Holt cofound?")
    assert "Larchwood" not in a["answer"] or a["answered"] is False
    assert a["answered"] is False, a["answer"]


def test_before_joining_an_employer_the_biography_never_names_is_no_answer(
    tmp_path: Path,
) -> None:
    a = _ask(tmp_path, PROSE_BIO, "Where did Ms. Holt work before joining Eastbank Trust?")
    assert a["answered"] is False, a["answer"]


def test_the_answer_says_when_the_person_joined_the_employer_asked(tmp_path: Path) -> None:
    a = _ask(tmp_path, PROSE_BIO, "Where did Ms. Holt work before joining Northgate Investments?")
    assert "before joining Northgate Investments in 2009" in a["answer"]


CURRENT_ONLY = """Harborgate High-Yield Fund
Supplement dated June 1, 2010

Dana K. Holt, CFA, Vice President and Senior Portfolio Manager, has served on teams managing
fixed-income investments since joining the advisor in 2010.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Before joining the advisor, where was Dana K. Holt employed?",
        "Prior to joining Harborgate, which firm did Dana K. Holt work for?",
    ],
)
def test_a_clause_of_joining_asks_no_second_detail(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the filing names no earlier employer: not the year she joined
    answer = assistant_over({"current.txt": CURRENT_ONLY}).ask(question)
    assert "2010" not in answer.items, answer.answer


HEADED_BIOS = """Harborgate International Allocation Fund
Supplement dated May 15, 2013 to the current Prospectus

The portfolio manager information is amended to include the following:

Dana K. Holt, CFA
| Managing Director of Asset Allocation
| Joined fund team in 2013
| Began business career in 1999

Ravi Mendes, CFA
| Managing Director and Head of Quantitative Research
| Joined fund team in 2013
"""


@pytest.mark.parametrize(
    "question",
    [
        "In what year did Ravi Mendes begin his business career?",
        "When did Ravi Mendes, CFA start his business career?",
    ],
)
def test_a_line_under_another_manager_s_name_is_not_his(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"bios.txt": HEADED_BIOS}).ask(question)
    assert "1999" not in answer.items, answer.answer
    answer = assistant_over({"bios.txt": HEADED_BIOS}).ask(
        "When did Dana K. Holt begin her business career?"
    )
    assert answer.answered and "1999" in answer.items, answer.answer


ALIASED = """Harborgate International Allocation Fund
Supplement dated May 15, 2013 to the current Prospectus

Ravi W. Mendes is a portfolio manager of the fund.

Ravi Mendes, CFA
| Managing Director and Head of Quantitative Research
| Joined fund team in 2013
"""


def test_a_credential_is_no_word_a_person_goes_by(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"aliased.txt": ALIASED})
    assert a.person_aliases["Ravi W. Mendes"] == ("Ravi Mendes", "Ravi Mendes, CFA")
    assert a._person_words("Ravi W. Mendes") == ("mendes",)  # not "cfa"


REPLACED_NOW = """Harborgate Global Infrastructure Fund
On November 11, 2013, the Board of Directors of the Harborgate Global Infrastructure Fund (the
Fund) approved a proposed merger into the Harborgate Real Assets Fund.
Effective immediately, the Fund will no longer charge a 2.00% redemption fee.
In addition, effective immediately, Kes R. Varma has replaced Dana K. Holt as the Funds portfolio
manager. On page 5, the portfolio manager table under Management is revised as follows:
"""

JOINED = """Harborgate Global Infrastructure Fund
Supplement dated March 3, 2014

Kes R. Varma has replaced Dana K. Holt as the Fund's portfolio manager. Mr. Varma joined
Harborgate in 2006.
"""


@pytest.mark.parametrize(
    "question",
    ["How long has Kes R. Varma been with Harborgate?", "When did Kes R. Varma join the firm?"],
)
def test_how_long_with_the_firm_needs_a_word_of_joining(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"now.txt": REPLACED_NOW}).ask(question)
    assert not answer.answered, answer.answer
    answer = assistant_over({"joined.txt": JOINED}).ask(question)
    assert answer.answered and "2006" in answer.items, answer.answer


@pytest.mark.parametrize(
    ("sentence", "joins"),
    [
        ("Mr. Varma joined Harborgate in 2006.", True),
        ("Ms. Holt has been with the firm since 1995.", True),
        ("He has 12 years of investment experience.", True),
        (
            "Effective immediately, Kes R. Varma has replaced Dana K. Holt as portfolio manager.",
            False,
        ),
    ],
)
def test_a_sentence_of_joining(sentence: str, joins: bool) -> None:
    assert bool(DETAIL_CUES["joined"].search(sentence)) is joins
