"""`fundqa ask` on the seed filing through the CLI: answers, citations, formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant import retrieve
from assistant.cli import cli
from assistant.understand import understand

SEED_NAME = "000_c14adad2a05aec02.txt"
CONTRACT_KEYS = [
    "id",
    "question",
    "answered",
    "answer",
    "items",
    "intent",
    "confidence",
    "citations",
    "related",
    "error",
    "checks",
]
CITATION_KEYS = [
    "n",
    "doc",
    "accession",
    "section",
    "line_start",
    "line_end",
    "char_start",
    "char_end",
    "text",
]


def index_of(factory: pytest.TempPathFactory, source: Path | dict[str, str]) -> Path:
    """An index built through the CLI from a file or folder, or from filings given as
    {file name: text}."""
    root = factory.mktemp("ask")
    if isinstance(source, dict):
        (root / "filings").mkdir()
        for name, text in source.items():
            (root / "filings" / name).write_text(text, encoding="utf-8")
        source = root / "filings"
    path = root / "ix"
    result = CliRunner().invoke(cli, ["index", "add", str(source), "--index", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    return index_of(tmp_path_factory, seed_path)


def ask_json(index: Path, question: str, *extra: str) -> dict:
    result = CliRunner().invoke(
        cli, ["ask", question, "--format", "json", "--index", str(index), *extra]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_answer(index: Path, question: str, answer: str | None, in_items: bool = False) -> None:
    """The question is answered with ``answer`` in its text (or its items), or, when
    ``answer`` is None, not answered at all."""
    a = ask_json(index, question)
    assert a["answered"] is (answer is not None), a["answer"]
    if answer:
        assert answer in (a["items"] if in_items else a["answer"]), a["answer"]


def test_who_manages_names_both_and_cites_section_one(index: Path) -> None:
    a = ask_json(index, "Who manages the J.P. Morgan Small Cap Stock Portfolio?")
    assert list(a) == CONTRACT_KEYS
    assert a["answered"] and a["intent"] == "managers" and a["error"] is None
    assert set(a["items"]) == {"Marian U. Pardo", "Steven J. Rich"}
    assert "Marian U. Pardo" in a["answer"] and "Steven J. Rich" in a["answer"]
    assert "[1]" in a["answer"]
    cite = a["citations"][0]
    assert list(cite) == CITATION_KEYS
    assert cite["doc"] == SEED_NAME and cite["section"] == "I. Portfolio Managers"
    text = (Path(__file__).resolve().parents[1] / "index/sample" / SEED_NAME).read_text()
    lines = text.split("\n")[cite["line_start"] - 1 : cite["line_end"]]
    assert any("Pardo" in line or "Rich" in line for line in lines)
    assert cite["char_start"] < cite["char_end"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is Marian Pardo's title at the adviser?", ["Managing Director"]),
        ("What position does Steven J. Rich hold at the adviser?", ["Vice President"]),
        ("How long has Ms. Pardo been at J.P. Morgan?", ["1968"]),
        ("Since when has Steven Rich been with J.P. Morgan?", ["September 2001"]),
        (
            "Where was Stephen Rich working before he rejoined the adviser?",
            ["Citigroup Asset Management"],
        ),
        ("What date is this supplement?", ["November 15, 2001"]),
        ("Which prospectuses does the supplement amend, what date are they?", ["May 1, 2001"]),
        ("Is there a cap on how much the portfolio can put into REITs?", ["without limit"]),
    ],
)
def test_seed_facts(index: Path, question: str, expected: list[str]) -> None:
    a = ask_json(index, question)
    assert a["answered"], a["answer"]
    blob = a["answer"] + " " + " ".join(a["items"])
    for want in expected:
        assert want in blob
    assert a["citations"] and a["citations"][0]["doc"] == SEED_NAME


def test_reit_risks_are_the_complete_list(index: Path) -> None:
    a = ask_json(
        index, "What real estate risks does the portfolio disclose for its REIT investments?"
    )
    assert a["answered"] and a["intent"] == "risks"
    assert len(a["items"]) == 10
    assert a["items"][0] == "decline in the value of real estate"
    assert a["items"][-1] == "increases in interest rates"
    assert a["citations"][0]["section"].endswith("Real Estate Investment Trusts")


def test_expense_ratio_abstains_with_related_passages(index: Path) -> None:
    a = ask_json(index, "What is the expense ratio of the J.P. Morgan Small Cap Stock Portfolio?")
    assert a["answered"] is False and a["items"] == [] and a["citations"] == []
    assert a["answer"].startswith("The indexed filings do not say")
    assert a["related"] and a["error"] is None


def test_text_format_prints_answer_and_sources(index: Path) -> None:
    result = CliRunner().invoke(cli, ["ask", "Who manages the portfolio?", "--index", str(index)])
    assert result.exit_code == 0
    assert "Marian U. Pardo" in result.stdout and "Sources:" in result.stdout
    assert f"[1] {SEED_NAME}, I. Portfolio Managers" in result.stdout


def test_markdown_format(index: Path) -> None:
    result = CliRunner().invoke(
        cli, ["ask", "Who manages the portfolio?", "--format", "markdown", "--index", str(index)]
    )
    assert result.stdout.startswith("### Who manages the portfolio?")
    assert "- Marian U. Pardo" in result.stdout and "\nSources:\n" in result.stdout
    assert "(since September 2001)" in result.stdout  # plain text is not escaped


BATCH = "\n".join(
    [
        json.dumps({"id": "a", "question": "Who manages the portfolio?", "doc": SEED_NAME}),
        '{"id": "broken", "question": ',
        "What date is this supplement?",
        "",
        json.dumps({"question": "What is the expense ratio?"}),
    ]
)


def test_batch_jsonl_keeps_order_and_reports_bad_line(index: Path) -> None:
    result = CliRunner().invoke(cli, ["ask", "-f", "-", "--index", str(index)], input=BATCH)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "q2", "q3", "q5"]
    assert rows[0]["answered"] and rows[1]["error"].startswith("line 2: bad JSON line")
    assert rows[2]["answered"] and "November 15, 2001" in rows[2]["answer"]
    assert rows[3]["answered"] is False and rows[3]["error"] is None
    assert "q2" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_batch_formats(index: Path, tmp_path: Path, fmt: str) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("Who manages the portfolio?\nWhat date is this supplement?\n")
    result = CliRunner().invoke(
        cli, ["ask", "-f", str(questions), "--format", fmt, "--index", str(index)]
    )
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert [d["id"] for d in data] == ["q1", "q2"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows[0]["id"] == "q1" and "Marian U. Pardo" in rows[0]["items"]
        assert rows[1]["answered"] == "true" and SEED_NAME in rows[1]["sources"]
    else:
        assert result.stdout.count("### ") == 2


def test_chat_batch_resolves_followups(index: Path) -> None:
    dialogue = "\n".join(
        [
            "Who manages the J.P. Morgan Small Cap Stock Portfolio?",
            "Who is Marian Pardo?",
            "And her title?",
            "When did she join J.P. Morgan?",
            "What about the other manager?",
            "Which risks apply to it?",
        ]
    )
    result = CliRunner().invoke(
        cli, ["ask", "-f", "-", "--chat", "--index", str(index)], input=dialogue
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and all(r["answered"] for r in rows)
    assert "Ms. Pardo is a portfolio manager" in rows[1]["answer"]
    assert rows[2]["items"] == ["Managing Director"]
    assert rows[3]["items"] == ["1968"]
    # "the other manager" is Rich, asked the previous question (when he joined)
    assert rows[4]["items"] == ["September 2001", "1991 to 1999"]
    assert len(rows[5]["items"]) == 10


def test_without_chat_followups_do_not_leak(index: Path) -> None:
    dialogue = "Who is Marian Pardo?\nWhat about the other manager?\n"
    result = CliRunner().invoke(cli, ["ask", "-f", "-", "--index", str(index)], input=dialogue)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "1968" not in rows[1]["answer"] and "Citigroup" not in rows[1]["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "Who manages the J.P. Morgan Small Cap Stok Portfolio?",
        "Who manages the J.P. Morgan Small Cap Stock Portfolo?",
        "Who manages the J.P. Morgan Smal Cap Stock Portfolio?",
        "Who manages the J.P. Morgan Small Cap Stock Portfolio nowadays?",
        # two letters swapped is one slip, in a verb as in a name
        "Who mangaes the J.P. Morgan Small Cap Stock Portfolio?",
        "Who manages the J.P. Morgan Small Cap Stock Protfolio?",
        # typed all in lower case, the dots of "J.P." left out
        "who mangaes the jp morgan small cap stok portfolio",
    ],
)
def test_typos_and_unknown_words_still_answer(index: Path, question: str) -> None:
    a = ask_json(index, question)
    assert a["answered"] is True and a["question"] == question
    assert "Pardo" in a["answer"] and "Rich" in a["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "Which custodian does this supplement cover?",
        "Who replaced Steven Rich?",
        "Who is the portfolio's auditor?",  # no form of "audit"
    ],
)
def test_real_words_missing_from_the_index_get_no_did_you_mean(index: Path, question: str) -> None:
    a = ask_json(index, question)
    assert a["answered"] is False
    assert "Did you mean" not in a["answer"] and "Read “" not in a["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "AND OR (",
        "title:* NOT OR foobar",
        'who "manages" the: (portfolio',
        "x" * 10_000,
        "Who manages 🚀 the portfolio? 💰",
        "\x1b]52;c;SGVsbG8=\x07\x1b[2J Who manages the portfolio?",
        "[bold]Who[/bold] manages [@click=app.quit]the[/] portfolio?",
        "?",
    ],
)
def test_hostile_questions_never_crash(index: Path, question: str) -> None:
    result = CliRunner().invoke(cli, ["ask", question, "--format", "json", "--index", str(index)])
    assert "Traceback" not in result.output
    if question == "?":  # nothing asked: a usage error, one line
        assert result.exit_code == 2 and "empty question" in result.stderr
        return
    assert result.exit_code == 0
    a = json.loads(result.stdout)
    assert "\x1b" not in a["question"] and a["error"] is None


def test_no_question_is_usage_error(index: Path) -> None:
    result = CliRunner().invoke(cli, ["ask", "--index", str(index)])
    assert result.exit_code == 2 and "give either a QUESTION" in result.stderr


def test_unknown_doc_is_usage_error(index: Path) -> None:
    result = CliRunner().invoke(
        cli, ["ask", "Who manages it?", "--doc", "nope.txt", "--index", str(index)]
    )
    assert result.exit_code == 2 and "not in the index: nope.txt" in result.stderr


CHANGE_FILING = """SUPPLEMENT DATED JUNE 1, 2019
TO THE PROSPECTUS OF THE EXAMPLE VENTURE FUND

Closed Fund Policies

Sales of the Fund to new investors have generally been discontinued, with certain
exceptions. The Closed Fund Policies for the Fund will be amended to expand the list of
investors eligible to invest in the Fund.

As a result of the above changes, effective on or about June 28, 2019, the prospectus
for the Fund is amended as follows:

1. Under "Closed Fund Policies", the following information replaces the corresponding
information in its entirety:

Financial intermediaries may open new accounts for their clients.
"""


@pytest.fixture(scope="module")
def change_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of(tmp_path_factory, {"venture.txt": CHANGE_FILING})


@pytest.mark.parametrize(
    "question",
    [
        "When do the expanded closed fund policies take effect?",
        "When will the amended Closed Fund Policies be effective?",
    ],
)
def test_date_sentence_that_points_back_at_the_change(change_index: Path, question: str) -> None:
    """The date is in "As a result of the above changes, effective ...": what changes is said
    in the sentence before it, and the answer is the date, not the list that follows."""
    a = ask_json(change_index, question)
    assert a["answered"], a["answer"]
    assert a["items"] == ["June 28, 2019"]
    assert "June 28, 2019" in a["answer"] and "(listed below)" not in a["answer"]
    assert [c["line_start"] for c in a["citations"]] == [10]


TWO_FUNDS_FILING = """ACME FUNDS
Acme Munder Mid-Cap Core Growth Fund
Acme Munder Multi-Cap Fund
Supplement dated August 29, 2025 to the Prospectus dated November 1, 2024

Effective immediately, Dana Whitfield will assume sole responsibility for managing the Acme
Munder Mid-Cap Core Growth Fund until November 1, 2025.

Effective immediately, Omar Castell will assume sole responsibility for managing the Acme
Munder Multi-Cap Fund until November 1, 2025.
"""


@pytest.mark.parametrize(
    ("question", "manager"),
    [
        (
            "Who has sole responsibility for the Mid-Cap Core Growth Fund until November 1, 2025?",
            "Dana Whitfield",
        ),
        ("Who manages the Acme Munder Multi-Cap Fund?", "Omar Castell"),
    ],
)
def test_similar_fund_names_keep_their_own_managers(
    tmp_path_factory: pytest.TempPathFactory, question: str, manager: str
) -> None:
    ix = index_of(tmp_path_factory, {"acme.txt": TWO_FUNDS_FILING})
    a = ask_json(ix, question, "--doc", "acme.txt")
    assert a["answered"], a["answer"]
    assert a["intent"] == "managers"
    assert a["items"] == [manager]


OBJECTIVE_FILING = """SUPPLEMENT DATED APRIL 25, 2025 TO THE PROSPECTUS OF THE BRAMBLE FUND

Investment Objective

The Bramble Fund's (the "Fund") investment objective is capital growth. Its secondary
objective is downside protection.
"""


def test_objective_answer_includes_the_secondary_objective(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = index_of(tmp_path_factory, {"bramble.txt": OBJECTIVE_FILING})
    a = ask_json(ix, "What are the Bramble Fund's primary and secondary objectives?")
    assert a["answered"] and a["intent"] == "objective", a["answer"]
    assert a["items"] == ["capital growth", "downside protection"]
    assert "secondary objective is downside protection" in a["answer"]


RENAMED_FILING = """ACME DYNAMIC INCOME FUND (formerly Acme Credit Opportunities Fund)
Institutional Shares (Ticker: ACMIX)
Supplement dated September 12, 2025 to the Summary Prospectus dated April 30, 2025

Effective at the close of business on September 12, 2025, Dana Whitfield will no longer
serve as a portfolio manager of the Fund.
"""


@pytest.mark.parametrize(
    "question", ["What was the fund's former name?", "What was the fund previously called?"]
)
def test_former_name_answers_with_the_old_name(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    ix = index_of(tmp_path_factory, {"acme.txt": RENAMED_FILING})
    a = ask_json(ix, question, "--doc", "acme.txt")
    assert a["answered"], a["answer"]
    assert a["items"] == ["Acme Credit Opportunities Fund"]
    assert a["answer"].startswith(
        "ACME DYNAMIC INCOME FUND was formerly named Acme Credit Opportunities Fund [1]"
    )
    assert a["citations"][0]["line_start"] == 1


FAMILY_FILINGS = {
    "acme.txt": """Acme Century Investment Trust
Prospectus Supplement
High-Yield Fund

Supplement dated June 24, 2010 to the Prospectus dated August 1, 2009

Portfolio Managers
Dana Whitfield, Vice President, has been a portfolio manager of the fund since 2008.
""",
    "bright.txt": """Brightwater Funds Trust
Prospectus Supplement
High-Yield Fund

Supplement dated May 2, 2011 to the Prospectus dated March 1, 2011

Portfolio Managers
Omar Castell, Senior Vice President, has been a portfolio manager of the fund since 2005.
""",
}


@pytest.mark.parametrize(
    ("question", "manager", "doc"),
    [
        ("Who manages the Acme Century High-Yield Fund?", "Dana Whitfield", "acme.txt"),
        ("Who manages the Brightwater High-Yield Fund?", "Omar Castell", "bright.txt"),
    ],
)
def test_fund_named_with_its_family_brand_finds_that_familys_filing(
    tmp_path_factory: pytest.TempPathFactory, question: str, manager: str, doc: str
) -> None:
    """Both trusts have a "High-Yield Fund"; readers call each by its family's name."""
    ix = index_of(tmp_path_factory, FAMILY_FILINGS)
    a = ask_json(ix, question)
    assert a["answered"], a["answer"]
    assert a["items"] == [manager]
    assert [c["doc"] for c in a["citations"]] == [doc]


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("When does the new fee take effect?", "effective"),
        ("When will the shareholder meeting take place?", "held"),
        ("Who took over the fund's day-to-day management?", "assume"),
        ("What risks does the revised section call out?", "describe"),
        ("By how much do the fees go up?", "increase"),
    ],
)
def test_phrasal_verbs_become_the_words_filings_use(question: str, term: str) -> None:
    from assistant.understand import understand

    terms = understand(question).terms
    assert term in terms
    assert not {"take", "took", "call", "out", "go", "up"} & set(terms)


@pytest.mark.parametrize(
    ("question", "intent", "answer_type"),
    [
        ("Which firms advise the Explorer Fund?", "adviser", "org"),
        ("Who advises the fund?", "adviser", "org"),
        ("Who has sole responsibility for the fund until May 1, 2026?", "managers", "person"),
        ("Who pays the highest fee?", "general", "person"),
        ("What was the fund's former name?", "change", "fund"),
    ],
)
def test_question_wording_sets_intent_and_answer_type(
    question: str, intent: str, answer_type: str
) -> None:
    from assistant.understand import understand

    u = understand(question)
    assert (u.intent, u.answer_type) == (intent, answer_type)


@pytest.fixture(scope="module")
def two_supplements(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fund's supplements of 2010 (its trust named, so "Acme Century High-Yield Fund") and
    2019 (no trust line; one manager named as such, one by title), an expense limit, a
    reorganisation and a change of benchmark."""
    return index_of(tmp_path_factory, Path(__file__).parent / "fixtures" / "ask")


@pytest.mark.parametrize(
    ("question", "managers", "doc"),
    [
        (
            "Who are the portfolio managers of Acme Century's High-Yield Fund after the "
            "May 25, 2019 supplement?",
            ["Chen Ruiz", "Hal Brook"],
            "acme2019.txt",
        ),
        (
            "Who managed Acme Century's High-Yield Fund in the June 24, 2010 supplement?",
            ["G. Dale Mercer"],
            "acme2010.txt",
        ),
    ],
)
def test_the_dated_supplement_answers_and_titles_name_managers(
    two_supplements: Path, question: str, managers: list[str], doc: str
) -> None:
    a = ask_json(two_supplements, question)
    assert a["answered"], a["answer"]
    assert a["items"] == managers
    assert {c["doc"] for c in a["citations"]} == {doc}


@pytest.mark.parametrize(
    ("question", "items", "lines"),
    [
        (
            "What is the new expense limit for Class V of Bramble World Allocation Fund, "
            "and until when?",
            ["1.00%", "September 5, 2027"],
            [7],
        ),
        (
            "Which fund absorbs Acme Tax-Free Arizona Fund, and on what date?",
            ["Acme Tax-Free USA Fund", "June 6, 2025"],
            [5, 7],
        ),
    ],
)
def test_a_second_question_for_a_date_is_answered_too(
    two_supplements: Path, question: str, items: list[str], lines: list[int]
) -> None:
    """ "..., and until when?": the answer carries the date as well, cited, even when the
    sentence has to be cut to the answer length (the date at its start, the limit at its end)."""
    a = ask_json(two_supplements, question)
    assert a["answered"], a["answer"]
    assert a["items"] == items
    assert all(item in a["answer"] for item in items)
    assert [c["line_start"] for c in a["citations"]] == lines


def test_long_run_on_answer_is_cut_around_the_question_word(two_supplements: Path) -> None:
    """Cover lines run into the answering sentence with no full stop between them: the answer
    keeps the part with "benchmark", not the first 380 characters of the block."""
    a = ask_json(
        two_supplements, "What benchmark does Bramble Core Plus Bond Fund use from January 2, 2020?"
    )
    assert a["answered"], a["answer"]
    assert "benchmark index is the Bloomberg Barclays U.S. Aggregate Bond Index." in a["answer"]
    assert a["citations"][0]["doc"] == "benchmark.txt"


def test_a_detail_asked_about_two_people_answers_for_each(two_supplements: Path) -> None:
    a = ask_json(two_supplements, "When did Chen Ruiz and Hal Brook join the advisor?")
    assert a["answered"] and a["intent"] == "manager_detail", a["answer"]
    assert a["items"] == ["2018", "2008"]
    assert "[1]" in a["answer"] and "[2]" in a["answer"]
    assert [c["line_start"] for c in a["citations"]] == [7, 8]


def test_rename_of_one_of_two_similar_funds(two_supplements: Path) -> None:
    """A rename table lists "Acme Munder Mid-Cap Core Growth Fund" and "Acme Munder Multi-Cap
    Fund": the question about one gets that one's new name only, said as a sentence."""
    a = ask_json(
        two_supplements, "What will Acme Munder Multi-Cap Fund be renamed in November 2025?"
    )
    assert a["answered"], a["answer"]
    assert a["items"] == ["Acme Multi-Cap Fund"]
    assert a["answer"] == "Acme Munder Multi-Cap Fund is renamed Acme Multi-Cap Fund [1]."
    assert a["citations"][0]["doc"] == "renames.html"


def test_trim_keeps_the_focus_spans_and_whole_words() -> None:
    from assistant.compose import MAX_ANSWER_CHARS, trim

    filler = " ".join(f"word{i}" for i in range(120))  # about 900 characters
    near_start = f"Alpha beta 5.00% {filler}"
    cut = trim(near_start, ["5.00%"])
    assert cut.startswith("Alpha beta 5.00%") and cut.endswith("…")
    far_apart = f"Until May 1, 2027, {filler} to 1.00% for Class V shares."
    both = trim(far_apart, ["1.00%", "May 1, 2027"])
    assert "May 1, 2027" in both and "1.00%" in both and " … " in both
    at_end = f"{filler} the index is the Aggregate Bond Index."
    end = trim(at_end, ["Aggregate"])
    assert end.endswith("Aggregate Bond Index.") and end.startswith("…word")
    for text in (cut, both, end):
        assert len(text) <= MAX_ANSWER_CHARS + 2


def test_filings_naming_different_teams_are_not_merged(two_supplements: Path) -> None:
    """The 2010 and 2019 supplements of one "High-Yield Fund" name different managers: the
    answer says which filing names whom instead of one merged team."""
    a = ask_json(two_supplements, "Who manages the High-Yield Fund?")
    assert a["answered"] and a["intent"] == "managers", a["answer"]
    assert a["answer"].startswith("The filings differ on who manages")
    assert "Chen Ruiz and Hal Brook (supplement dated May 25, 2019) [" in a["answer"]
    assert "G. Dale Mercer (supplement dated June 24, 2010) [" in a["answer"]
    assert {c["doc"] for c in a["citations"]} == {"acme2010.txt", "acme2019.txt"}
    assert set(a["items"]) == {"Chen Ruiz", "Hal Brook", "G. Dale Mercer"}


FILING_OF_TWO_FUNDS = """\
                        HARBORGATE EQUITY TRUST
                   Harborgate Growth Fund
                   Harborgate Value Fund

        Supplement dated March 3, 2014 to the Prospectus dated May 1, 2013

1. Portfolio Managers

     Effective March 3, 2014, Ann T. Lee manages the Harborgate Growth Fund.

2. Redemption Fees

     The Harborgate Value Fund no longer charges a redemption fee.

3. Service Providers

     The custodian of each fund is Northbank Trust Company.
"""


@pytest.fixture(scope="module")
def two_funds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of(tmp_path_factory, {"harborgate.txt": FILING_OF_TWO_FUNDS})


@pytest.mark.parametrize(
    "question",
    [
        "Which funds does this supplement cover?",
        "Which fund does this filing cover?",
        "What funds is this supplement for?",
        "and which funds does the supplement concern?",
        "Which series of Harborgate Equity Trust are listed in the March 2014 supplement?",
        "What portfolios are covered by this filing?",
    ],
)
def test_which_funds_a_filing_covers(two_funds: Path, question: str) -> None:
    a = ask_json(two_funds, question)
    assert a["answered"] is True
    assert a["items"] == ["Harborgate Growth Fund", "Harborgate Value Fund"]
    assert all(c["doc"] == "harborgate.txt" for c in a["citations"])


FUND_AS_HEADING = """SUPPLEMENT TO THE PROSPECTUSES
OF
HARBORGATE SPECIALTY FUNDS

For the Harborgate Technology Fund (the “Fund”)

Northfield Capital LLC has merged with its affiliate, Eastbrook Advisors LLC, which has
succeeded it as sub-adviser to the Fund. There are no changes in portfolio managers or fees.
"""


def test_a_fund_named_only_by_a_heading_is_the_one_covered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = index_of(tmp_path_factory, {"specialty.txt": FUND_AS_HEADING})
    a = ask_json(ix, "Which funds does this supplement cover?")
    assert a["answered"] is True, a["answer"]
    assert a["items"] == ["Harborgate Technology Fund"]
    # cited to the first passage under that heading
    assert a["citations"][0]["section"] == "For the Harborgate Technology Fund (the “Fund”)"


@pytest.mark.parametrize(
    "question",
    ["What changed in this supplement?", "What changes does this supplement make?"],
)
def test_what_a_supplement_changes_is_read_from_its_headings(
    two_funds: Path, question: str
) -> None:
    a = ask_json(two_funds, question)
    assert a["answered"] is True
    assert a["items"] == ["1. Portfolio Managers", "2. Redemption Fees", "3. Service Providers"]
    assert [c["line_start"] for c in a["citations"]] == [9, 13, 17]


@pytest.mark.parametrize("question", ["Why is the change being made?", "Who approved the change?"])
def test_why_or_who_of_a_change_is_not_what_it_changes(two_funds: Path, question: str) -> None:
    """The headings a supplement amends answer what it changes, not why or who decided."""
    a = ask_json(two_funds, question)
    assert "1. Portfolio Managers" not in a["items"], a["answer"]


def test_first_use_questions_on_the_sample(index: Path) -> None:
    """The welcome screen's example and its follow-ups, as a new user asks them."""
    risks = ask_json(index, "What risks apply to the J.P. Morgan Small Cap Stock Portfolio?")
    assert risks["answered"] is True and "increases in interest rates" in risks["items"]
    dialogue = (
        "What risks apply to the J.P. Morgan Small Cap Stock Portfolio?\nand who manages it?\n"
    )
    result = CliRunner().invoke(
        cli, ["ask", "-f", "-", "--chat", "--index", str(index)], input=dialogue
    )
    second = [json.loads(line) for line in result.stdout.splitlines()][1]
    assert second["items"] and {"Marian U. Pardo", "Steven J. Rich"} <= set(second["items"])
    hired = ask_json(index, "When was Stephen Rich hired?")
    assert hired["answered"] is True and "September 2001" in hired["answer"]
    before = ask_json(index, "Who was the portfolio manager before September 2001?")
    assert before["answered"] is False
    assert "Pardo" not in before["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "What is the date of this supplement?",
        "What is the date of this SAI supplement?",
        "When is the supplement dated?",
        # the supplement named with slashes and abbreviations, or its date asked first
        "What is the date of the MIST/MSF SAI supplement?",
        "Supplement date of the Met Investors SAI supplement that changed the managers?",
    ],
)
def test_the_filings_own_date(index: Path, question: str) -> None:
    a = ask_json(index, question, "--doc", "000_c14adad2a05aec02.txt")
    assert a["answered"] is True and a["items"] == ["November 15, 2001"]


def test_explain_shows_each_check_and_the_confidence(index: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "ask",
            "--explain",
            "Who was the portfolio manager before September 2001?",
            "--index",
            str(index),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Checks:" in result.stdout and "Confidence: 0.00" in result.stdout
    # the co-manager who started in September 2001 is no answer; the other one's passage
    # neither dates anything then nor says what came before
    assert "FAILED  date: September 2001 not shown by any citation" in result.stdout
    assert "FAILED  earlier state: before not shown by any citation" in result.stdout
    assert "Stephen Rich" not in result.stdout.split("Closest passages:")[0]
    plain = CliRunner().invoke(cli, ["ask", SEED_QUESTION_TEXT, "--index", str(index)])
    assert "Checks:" not in plain.stdout
    md = CliRunner().invoke(
        cli, ["ask", "--explain", "--format", "markdown", SEED_QUESTION_TEXT, "--index", str(index)]
    )
    assert (
        "\nChecks:\n" in md.stdout
        and "ok  fund: J.P. Morgan Small Cap Stock Portfolio" in md.stdout
    )


SEED_QUESTION_TEXT = "Who manages the J.P. Morgan Small Cap Stock Portfolio?"


ADMIRAL_FILING = """\
Harborgate Index Funds

Harborgate Mid-Cap Index Fund Admiral Shares

Summary Prospectus dated April 29, 2025

Fees and Expenses

Management Fees | 0.04%

Other Expenses | 0.01%

Total Annual Fund Operating Expenses | 0.05%

Portfolio Managers

Ann T. Lee, Principal, has managed the Fund since 2023.
"""


@pytest.fixture(scope="module")
def admiral(tmp_path_factory: pytest.TempPathFactory) -> Path:
    other = (
        "Harborgate Admiral Funds\n\nHarborgate Admiral Treasury Fund\n\nThe Fund seeks income.\n"
    )
    return index_of(tmp_path_factory, {"midcap.txt": ADMIRAL_FILING, "treasury.txt": other})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the expense ratio of Harborgate Mid-Cap Index Fund Admiral Shares?", "0.05%"),
        ("Who manages Harborgate Mid-Cap Index Fund Admiral Shares?", "Ann T. Lee"),
    ],
)
def test_a_share_class_named_after_a_fund_narrows_but_does_not_rename_it(
    admiral: Path, question: str, said: str
) -> None:
    a = ask_json(admiral, question)
    assert a["answered"] is True and said in a["answer"]
    assert all(c["doc"] == "midcap.txt" for c in a["citations"])


@pytest.mark.parametrize(
    "question",
    [
        "What is the expense ratio of the ETF Shares of Harborgate Mid-Cap Index Fund?",
        "Harborgate Mid-Cap Index Fund ETF Shares total annual operating expenses?",
    ],
)
def test_a_share_class_the_filing_does_not_offer_is_not_answered_by_another(
    admiral: Path, question: str
) -> None:
    a = ask_json(admiral, question)
    assert a["answered"] is False, a["answer"]


ADDED_ADVISER = """\
HARBORGATE INTERNATIONAL FUND

Supplement Dated June 25, 2010 to the Prospectus

The board of trustees for Harborgate International Fund has added Northgate Management \
Company, LLP (Northgate) to the Fund's investment advisory team. Northgate now manages a \
portion of the Fund's assets.
"""


def test_a_date_in_the_question_constrains_without_having_to_be_in_the_sentence(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    index = index_of(tmp_path_factory, {"added.txt": ADDED_ADVISER})
    a = ask_json(
        index, "Which investment advisor was added to Harborgate International Fund in June 2010?"
    )
    assert a["answered"] is True and "Northgate Management Company, LLP" in a["answer"]
    assert any(c["constraint"] == "date" and c["ok"] for c in a["checks"])
    b = ask_json(
        index, "Which investment advisor was added to Harborgate International Fund in May 2012?"
    )
    assert b["answered"] is False


def test_a_percentage_is_written_with_a_percent_sign(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = (
        "HARBORGATE INCOME PORTFOLIO\n\nSupplement dated May 1, 2016\n\nUnder normal market "
        "conditions, the Portfolio is expected to keep about 8% of its assets in underlying "
        "funds that invest in equity securities.\n"
    )
    index = index_of(tmp_path_factory, {"alloc.txt": text})
    a = ask_json(
        index, "About what percentage of its assets does the portfolio keep in equity funds?"
    )
    assert a["answered"] is True and "8%" in a["answer"]


ADDED_ENTRY = """HARBORGATE ASSET ALLOCATION PORTFOLIOS
Supplement dated January 13, 2014 to the Prospectus dated December 1, 2013

The following entry is added to the Portfolio Managers section on pages 5 and 11 of the
prospectus.

•  J. Michael Ostrander, Co-Chief Investment Officer and Senior Vice President, has been a
   member of the team that manages the funds since 2014.

The following replaces the Custodian section on page 56 of the prospectus.

Eastbank Trust Company serves as custodian of the funds.
"""

ADDED_HEADED = """NORTHGATE FUNDS
Supplement dated September 2, 2025

1. Effective September 30, 2025, the Prospectus of each Fund is amended as follows:

a. The following is added to the section titled "Fund Summary - Portfolio Managers":

Dana K. Whitfield, CFA
Portfolio Manager of the Adviser and portfolio manager of the Fund since September 2025.

Marcus Lee, CFA
Portfolio Manager of the Adviser and portfolio manager of the Fund since September 2025.

b. The following is added to the section titled "Service Providers":

Eastbank Trust Company
Custodian of the Fund since September 2025.
"""


@pytest.mark.parametrize(
    ("filing", "names"),
    [
        (ADDED_ENTRY, ["J. Michael Ostrander"]),
        (ADDED_HEADED, ["Dana K. Whitfield", "Marcus Lee"]),
    ],
)
def test_who_an_amending_instruction_adds(
    tmp_path_factory: pytest.TempPathFactory, filing: str, names: list[str]
) -> None:
    ix = index_of(tmp_path_factory, {"added.txt": filing})
    a = ask_json(ix, "Who was added to the portfolio managers section?")
    assert a["answered"] is True, a["answer"]
    assert a["items"] == names
    assert all(c["doc"] == "added.txt" for c in a["citations"])


def test_entries_added_to_another_section_name_no_manager(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    filing = ADDED_HEADED.replace("Fund Summary - Portfolio Managers", "Board of Trustees")
    filing = filing.replace(
        "Portfolio Manager of the Adviser and portfolio manager of the Fund",
        "Independent Trustee of the Trust",
    )
    ix = index_of(tmp_path_factory, {"added.txt": filing})
    a = ask_json(ix, "Who was added as a portfolio manager?")
    assert "Dana K. Whitfield" not in a["items"], a["answer"]


ADDED_TEAM_ENTRIES = """NORTHGATE BOND FUND
Supplement dated September 28, 2007 to the Prospectus dated August 1, 2007

THE FOLLOWING ENTRIES ARE ADDED TO THE FUND MANAGEMENT TEAM ON PAGE 14 OF THE
PROSPECTUS.

TOMAS REYKJAVIK (LEAD PORTFOLIO MANAGER)
Mr. Reykjavik, Vice President and Senior Portfolio Manager, has been a member of the
team that manages the fund since September 2007.

ANNA OSTROWSKA (PORTFOLIO MANAGER)
Ms. Ostrowska, Portfolio Manager, has been a member of the team that manages the fund
since September 2007.
"""


@pytest.mark.parametrize(
    ("filing", "question", "names"),
    [
        # the date asked dates the filing that makes the change
        (
            ADDED_ENTRY,
            "Who was added to the portfolio managers section in January 2014?",
            ["J. Michael Ostrander"],
        ),
        (ADDED_ENTRY, "Who was added to the portfolio managers section in March 2015?", []),
        # "management team" is where managers go; "lead" needs an entry that says lead
        (
            ADDED_TEAM_ENTRIES,
            "Who was added as a portfolio manager in September 2007?",
            ["TOMAS REYKJAVIK", "ANNA OSTROWSKA"],
        ),
        (ADDED_TEAM_ENTRIES, "Who was added as lead portfolio manager?", ["TOMAS REYKJAVIK"]),
    ],
)
def test_an_added_entry_meets_the_questions_date_and_role(
    tmp_path_factory: pytest.TempPathFactory, filing: str, question: str, names: list[str]
) -> None:
    ix = index_of(tmp_path_factory, {"added.txt": filing})
    a = ask_json(ix, question)
    assert a["answered"] is bool(names), a["answer"]
    if names:
        assert a["items"] == names


SUBADVISER_CHANGE = """RIDGELINE MUTUAL FUNDS
Ridgeline Emerging Growth Fund
Supplement dated August 14, 2003 to the Prospectus dated February 1, 2003

At a meeting held on July 22, 2003, the Board of Trustees approved a new sub-advisory
agreement between Ridgeline Advisors, Inc. (the "Adviser") and Larchwood Capital Partners,
L.P. ("Larchwood") with respect to the Ridgeline Emerging Growth Fund. Larchwood replaces
Ridgeback Asset Management Corp. as sub-adviser to the Fund effective September 1, 2003.
"""


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which firm did Larchwood replace?", "Ridgeback Asset Management Corp."),
        ("Which sub-adviser did Larchwood replace?", "Ridgeback Asset Management Corp."),
        # a firm's successor is a firm, though the question asks "who"
        ("Who replaced Ridgeback Asset Management Corp.?", "Larchwood Capital Partners, L.P."),
    ],
)
def test_a_replacement_named_by_the_filings_short_name(
    tmp_path_factory: pytest.TempPathFactory, question: str, answer: str
) -> None:
    ix = index_of(tmp_path_factory, {"subadviser.txt": SUBADVISER_CHANGE})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert a["items"] == [answer]


TWO_TEAMS = """RIDGELINE MUTUAL FUNDS
Ridgeline Balanced Income Fund
Ridgeline Emerging Growth Fund
Supplement dated August 14, 2003

Effective September 1, 2003, Theodore R. Vance and Priya Natarajan will be jointly
responsible for the day-to-day management of the Ridgeline Emerging Growth Fund.

The Ridgeline Balanced Income Fund continues to be managed by Helen M. Okafor, Senior Vice
President of the Adviser, who has managed it since 1999.
"""


def test_managers_of_a_filing_of_several_funds_are_said_per_fund(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = index_of(tmp_path_factory, {"teams.txt": TWO_TEAMS})
    a = ask_json(ix, "Who are the portfolio managers?")
    assert a["answered"] is True, a["answer"]
    assert (
        "Theodore R. Vance and Priya Natarajan manage Ridgeline Emerging Growth Fund" in a["answer"]
    )
    assert "Helen M. Okafor (since 1999) manages Ridgeline Balanced Income Fund" in a["answer"]
    # a fund asked for gets its own team only
    one = ask_json(ix, "Who manages the Ridgeline Balanced Income Fund?")
    assert one["items"] == ["Helen M. Okafor"], one["answer"]


PARTICIPLE_REPLACEMENT = """SUMMIT FUNDS
Summit Growth Fund
Supplement dated July 1, 2005

Robert T. Lane has been appointed lead portfolio manager of the Fund, replacing Mary Ng.
"""


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who did Robert T. Lane replace?", "Mary Ng"),  # a two-letter surname is a name
        ("Who replaced Mary Ng?", "Robert T. Lane"),
    ],
)
def test_a_replacement_told_by_a_participle(
    tmp_path_factory: pytest.TempPathFactory, question: str, answer: str
) -> None:
    ix = index_of(tmp_path_factory, {"lane.txt": PARTICIPLE_REPLACEMENT})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert a["items"] == [answer]


LABELLED_ADVISER = """<html><body>
<p>Crestline Mid Cap Growth Fund</p>
<p>Summary Prospectus dated May 1, 2024</p>
<h2>Investment Objective</h2>
<p>The Fund seeks long-term growth of capital.</p>
<h2>Management</h2>
<p><b>Investment Adviser.</b> Crestline Asset Management, LLC</p>
<p><b>Portfolio Managers.</b> Priya Raman, CFA, Senior Portfolio Manager, has managed the Fund
since 2016.</p>
</body></html>
"""


def test_an_adviser_named_by_a_label(tmp_path_factory: pytest.TempPathFactory) -> None:
    ix = index_of(tmp_path_factory, {"crestline.html": LABELLED_ADVISER})
    a = ask_json(ix, "Who is the investment adviser?")
    assert a["answered"] is True, a["answer"]
    assert a["items"] == ["Crestline Asset Management, LLC"]
    managers = ask_json(ix, "Who manages the fund?")
    assert managers["items"] == ["Priya Raman"]


TWO_FUND_PROSPECTUS = """<html><body>
<p>FALCONRIDGE FUNDS TRUST</p>
<p>Prospectus dated March 1, 2025</p>
<p>Kestrelmoor Core Bond Fund (FCBAX)</p>
<p>Kestrelmoor Small Cap Value Fund (FSVAX)</p>
<h1>Kestrelmoor Core Bond Fund</h1>
<h2>Investment Objective</h2>
<p>The Fund seeks to maximize total return, consistent with preservation of capital.</p>
<h2>Fees and Expenses of the Fund</h2>
<table>
<tr><td>Annual Fund Operating Expenses</td><td>Class A</td><td>Class I</td></tr>
<tr><td>Management Fees</td><td>0.35%</td><td>0.35%</td></tr>
<tr><td>Total Annual Fund Operating Expenses</td><td>0.80%</td><td>0.55%</td></tr>
</table>
<h2>Principal Risks</h2>
<p>Interest Rate Risk. Bond prices fall when interest rates rise.</p>
<p>Credit Risk. An issuer may fail to pay interest or principal.</p>
<h2>Management</h2>
<p>Investment Adviser. Kestrelmoor Capital Management, LLC</p>
<p>Portfolio Managers. Dana Holt has managed the Fund since 2018. Lee Marsh has managed the
Fund since 2022.</p>
<h1>Kestrelmoor Small Cap Value Fund</h1>
<h2>Investment Objective</h2>
<p>The Fund seeks long-term capital appreciation.</p>
<h2>Fees and Expenses of the Fund</h2>
<table>
<tr><td>Annual Fund Operating Expenses</td><td>Class A</td><td>Class I</td></tr>
<tr><td>Management Fees</td><td>0.85%</td><td>0.85%</td></tr>
<tr><td>Total Annual Fund Operating Expenses</td><td>1.40%</td><td>1.15%</td></tr>
</table>
<h2>Principal Risks</h2>
<p>Small Company Risk. Small companies can be more volatile.</p>
<p>Value Investing Risk. Value stocks may stay undervalued.</p>
<p>Market Risk. Prices of securities may fall.</p>
<h2>Management</h2>
<p>Investment Adviser. Kestrelmoor Capital Management, LLC</p>
<p>Sub-Adviser. Northfield Partners LLC</p>
<p>Portfolio Managers. Ann Cole has managed the Fund since 2015.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the management fee of the Small Cap Value Fund?", "0.85%"),
        ("What is the management fee of the Kestrelmoor Core Bond Fund?", "0.35%"),
        (
            "What are the total annual fund operating expenses of the Small Cap Value Fund for "
            "Class I shares?",
            "1.15% (Class I)",
        ),
        (
            "What are the principal risks of the Small Cap Value Fund?",
            "Small Company Risk, Value Investing Risk and Market Risk",
        ),
        ("What are the principal risks of the Kestrelmoor Core Bond Fund?", "Interest Rate Risk"),
    ],
)
def test_a_prospectus_of_two_funds_answers_each_from_its_own_section(
    tmp_path_factory: pytest.TempPathFactory, question: str, said: str
) -> None:
    ix = index_of(tmp_path_factory, {"two.html": TWO_FUND_PROSPECTUS})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert said in a["answer"], a["answer"]


def test_a_sentence_under_another_funds_heading_is_no_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    filing = TWO_FUND_PROSPECTUS.replace(
        "<p>Small Company Risk.",
        "<p>The Fund invests at least 80% of its net assets in small companies.</p>\n"
        "<p>Small Company Risk.",
    )
    ix = index_of(tmp_path_factory, {"two.html": filing})
    asked = "What percentage of its net assets does the {} invest in small companies?"
    other = ask_json(ix, asked.format("Kestrelmoor Core Bond Fund"))
    assert other["answered"] is False, other["answer"]
    own = ask_json(ix, asked.format("Kestrelmoor Small Cap Value Fund"))
    assert own["answered"] is True and "80%" in own["answer"], own["answer"]


ANNOUNCED_BELOW = """NORTHGATE FUNDS
Supplement dated September 2, 2025 to the Statement of Additional Information

Effective September 1, 2025, the Board elected two new trustees of the Trust.
{intro}

The new trustees will serve until their successors are elected and qualified.
"""


@pytest.mark.parametrize(
    "intro",
    [
        "The tables below present certain information regarding the new trustees, including "
        "their principal occupations during the past five years.",
        "The following table sets forth the principal occupations of each new trustee during "
        "the past five years and other directorships held.",
        "Information below shows the principal occupations of the new trustees over the past "
        "five years.",
    ],
)
def test_a_sentence_announcing_a_table_is_no_answer(
    tmp_path_factory: pytest.TempPathFactory, intro: str
) -> None:
    """It names what is asked, but what it says of it is in the table it announces (here
    missing): the engine abstains instead of quoting the announcement."""
    ix = index_of(tmp_path_factory, {"trustees.txt": ANNOUNCED_BELOW.format(intro=intro)})
    for question in (
        "What are the principal occupations of the trustees during the past five years?",
        "Which principal occupations have the trustees had?",
    ):
        a = ask_json(ix, question)
        assert a["answered"] is False, (question, a["answer"])


def test_an_announcement_ending_in_a_colon_answers_with_what_follows(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    intro = (
        "The principal occupations of the new trustees during the past five years are as "
        "follows:\n\n• Dana K. Whitfield: partner of a law firm that advises fund boards\n"
        "• Marcus Lee: chief financial officer of a trust company\n"
    )
    ix = index_of(tmp_path_factory, {"trustees.txt": ANNOUNCED_BELOW.format(intro=intro)})
    a = ask_json(ix, "What are the principal occupations of the new trustees?")
    assert a["answered"] is True, a["answer"]
    assert "(listed below)" in a["answer"]
    assert any("partner of a law firm" in c["text"] for c in a["citations"])


MANAGER_CHART = """NORTHGATE PATHWAY FUNDS
Supplement dated May 20, 2025 to the Prospectus dated January 1, 2025

Effective May 20, 2025, Larchwood Capital Boston, LLC and Ridgeback Partners, LLC will commence
as new investment sub-advisers to the Small-Mid Cap Equity Fund.
Effective May 20, 2025, the following replaces the chart of portfolio managers:
|
Portfolio Manager
|Sub-
Adviser or
Adviser
|Fund's
Portfolio
Manager
Since
|
Dana Holt, CFA, CEO
|Larchwood
|2025
|
Marcus Lee, Managing Director
|Ridgeback
|2016
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Which sub-adviser is Dana Holt with?", "Larchwood"),
        ("Which sub-adviser is Marcus Lee with?", "Ridgeback"),
    ],
)
def test_a_chart_cell_by_the_persons_row_and_the_asked_column(
    tmp_path_factory: pytest.TempPathFactory, question: str, value: str
) -> None:
    ix = index_of(tmp_path_factory, {"chart.txt": MANAGER_CHART})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert a["items"] == [value]
    assert "Sub- Adviser or Adviser" in " ".join(c["text"] for c in a["citations"])


RETIREMENT_POLICY = """NORTHGATE FUNDS
Supplement dated March 3, 2014 to the Statement of Additional Information

Effective December 31, 2013, Dana Holt retired from the Board of Trustees.
The Board has adopted a mandatory retirement policy. Independent trustees shall retire by
December 31 of the year in which they reach their 75th birthday.
"""


def test_a_deadline_that_recurs_each_year_answers_by_when(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Not the date one trustee retired: the day the policy sets, though it names no year."""
    ix = index_of(tmp_path_factory, {"policy.txt": RETIREMENT_POLICY})
    a = ask_json(
        ix, "By when must independent trustees retire under the mandatory retirement policy?"
    )
    assert a["answered"] is True, a["answer"]
    assert "75th birthday" in a["answer"] and "2013" not in a["answer"]


REPLACED_SECTION = """NORTHGATE VARIABLE TRUST
Supplement dated June 1, 2015 to the Statement of Additional Information

Effective June 1, 2015, the section entitled "Determination of Net Asset Value" is {verb}:

Debt securities are generally valued on the basis of evaluated or composite bid quotations
obtained from independent pricing services selected by the Adviser.

Equity securities are valued at the last reported sale price on the principal exchange on which
they trade.
"""


@pytest.mark.parametrize(
    "verb",
    [
        "deleted in its entirety and replaced with the following",
        "amended and restated as follows",
        "revised to read as follows",
    ],
)
def test_a_lead_in_says_what_the_passage_after_it_is(
    tmp_path_factory: pytest.TempPathFactory, verb: str
) -> None:
    """The new text answers "under the new net asset value section, how ...?" (its lead-in
    names the section), not the lead-in itself with "(listed below)"."""
    ix = index_of(tmp_path_factory, {"nav.txt": REPLACED_SECTION.format(verb=verb)})
    a = ask_json(ix, "Under the new net asset value determination, how are debt securities priced?")
    assert a["answered"] is True, a["answer"]
    assert a["answer"].startswith("Debt securities are generally valued"), a["answer"]
    assert a["citations"][0]["line_start"] == 6


MINIMUMS_HTML = """<html><body>
<p><b>NORTHGATE MICROCAP FUND</b></p>
<p>Summary Prospectus dated October 23, 2024</p>
<p><b>Purchase and Sale of Fund Shares</b></p>
<p>You may purchase or sell (redeem) shares of the Fund on any day that the New York Stock
Exchange is open for business.</p>
<table>
<tr><td></td><td colspan="2">Institutional Shares</td><td colspan="2">Investor Shares</td></tr>
<tr><td></td><td>Minimum Initial Investment</td><td>Minimum Additional Investment</td>
<td>Minimum Initial Investment</td><td>Minimum Additional Investment</td></tr>
<tr><td>Standard Accounts</td><td>$10,000</td><td>$100</td><td>$2,500</td><td>$100</td></tr>
<tr><td>Retirement Accounts</td><td>$5,000</td><td>$100</td><td>$1,000</td><td>$50</td></tr>
</table>
<p><b>Tax Information</b></p>
<p>The Fund's distributions are generally taxable as ordinary income or capital gains.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("What is the minimum initial investment?", ["$10,000", "$2,500", "$5,000", "$1,000"]),
        (
            "What is the minimum initial investment for Investor Shares in a retirement account?",
            ["$1,000"],
        ),
        ("What is the minimum additional investment for Institutional Shares?", ["$100"]),
    ],
)
def test_a_minimums_table_is_read_down_the_column_asked(
    tmp_path_factory: pytest.TempPathFactory, question: str, items: list[str]
) -> None:
    """The column header says what is asked; the share classes span it from above; the rows
    are account types."""
    ix = index_of(tmp_path_factory, {"summary.html": MINIMUMS_HTML})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert a["items"] == items
    assert any("Minimum Initial Investment" in c["text"] for c in a["citations"])


MANAGER_LEAVES = """NORTHGATE TRUST I
Northgate SmartRetirement Funds
Supplement dated August 25, 2025 to the Summary Prospectuses and Prospectuses

Effective immediately, Dana Holt will no longer serve as a portfolio manager to the Funds. All
references to Ms. Holt are hereby deleted from the Funds' Summary Prospectuses and
Prospectuses.
"""


def test_who_manages_is_not_answered_by_the_manager_who_leaves(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = index_of(tmp_path_factory, {"leaves.txt": MANAGER_LEAVES})
    a = ask_json(ix, "Who are the portfolio managers?")
    assert a["answered"] is False, a["answer"]
    assert "Holt" not in " ".join(a["items"])
    left = ask_json(ix, "Which portfolio manager is leaving the Funds?")
    assert left["answered"] is True and "Dana Holt" in left["answer"], left["answer"]


OWNERSHIP_TABLE = """NORTHGATE ADVANTAGE PORTFOLIOS
Supplement dated August 16, 2013 to the Statement of Additional Information

Effective September 30, 2013, Dana Holt and Marcus Lee are the Portfolio Managers for each of
the Portfolios.

Portfolio Manager | Fund | Beneficial Ownership
Eastbank Capital Management | |
Dana Holt | Northgate Conservative Allocation Portfolio | $0
Marcus Lee | Northgate Conservative Allocation Portfolio | $0
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who are the portfolio managers?",
        "Who manages the Northgate Conservative Allocation Portfolio?",
    ],
)
def test_a_header_cell_is_no_manager(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    """ "Beneficial Ownership" heads a column of the managers' table; the filing names it in no
    sentence, so it is no person, while the managers its sentences name are."""
    ix = index_of(tmp_path_factory, {"own.txt": OWNERSHIP_TABLE})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert a["items"] == ["Dana Holt", "Marcus Lee"]


BOARD_MEETING = """NORTHGATE FUNDS
Supplement dated August 20, 2012 to the Prospectus

At a meeting held on August 14, 2012, the Board of Trustees of the Funds approved a new
sub-advisory agreement with Larchwood Capital Partners, L.P.
Shareholders who held shares as of September 28, 2012 may exchange them without a fee.
{meeting}
"""


@pytest.mark.parametrize(
    ("meeting", "question", "answer"),
    [
        ("", "When will the shareholder meeting be held?", None),
        ("", "When is the special meeting of shareholders?", None),
        ("", "When did the board meeting take place?", "August 14, 2012"),
        (
            "A special meeting of shareholders will be held on November 13, 2012.",
            "When will the shareholder meeting be held?",
            "November 13, 2012",
        ),
    ],
)
def test_a_meeting_question_is_answered_by_that_bodys_meeting(
    tmp_path_factory: pytest.TempPathFactory, meeting: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"meet.txt": BOARD_MEETING.format(meeting=meeting)})
    assert_answer(ix, question, answer)


RECORD_DATE = """NORTHGATE FUNDS
Supplement dated January 10, 2014 to the Prospectus

All Fund shareholders at the close of business on January 30, 2014, the record date, will be
eligible to vote on a plan of reorganization in connection with the proposed merger.
"""


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When is the proposed merger?", None),
        ("When will the merger in connection with the reorganization happen?", None),
        ("What is the record date for the vote on the reorganization?", "January 30, 2014"),
    ],
)
def test_the_record_date_is_no_date_of_the_event_voted_on(
    tmp_path_factory: pytest.TempPathFactory, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"record.txt": RECORD_DATE})
    assert_answer(ix, question, answer)


def test_a_value_under_a_header_naming_the_fund_is_no_fund_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A column headed "Fund" whose one cell is "$0" does not say the fund's name."""
    one_row = (
        "NORTHGATE ADVANTAGE PORTFOLIOS\nSupplement dated August 16, 2013\n\n"
        "Dana Holt became the portfolio manager of the Fund on September 30, 2013.\n\n"
        "Portfolio Manager | Fund | Other Accounts\n"
        "Dana Holt | $0 | $0\n"
    )
    ix = index_of(tmp_path_factory, {"own.txt": one_row})
    a = ask_json(ix, "What is the fund's new name?")
    assert "$0" not in a["answer"], a["answer"]


NO_RENAME = """NORTHGATE MANAGED PAYOUT FUNDS
Supplement dated May 1, 2010 to the Prospectus

Each Managed Payout Fund may also invest in Northgate Realty Index Fund, in order to capture
the returns of stocks issued by equity real estate investment trusts (known as REITs).
{rename}
"""


@pytest.mark.parametrize(
    ("rename", "answer"),
    [
        ("", None),
        (
            "Effective June 1, 2010, the Northgate Managed Payout Growth Fund is renamed "
            "Northgate Managed Payout Income Fund.",
            "Northgate Managed Payout Income Fund",
        ),
        (
            "Effective June 1, 2010, the Northgate Managed Payout Growth Fund will be known as "
            "Northgate Managed Payout Income Fund.",
            "Northgate Managed Payout Income Fund",
        ),
    ],
)
def test_a_new_name_is_answered_only_by_a_sentence_about_a_name(
    tmp_path_factory: pytest.TempPathFactory, rename: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"names.txt": NO_RENAME.format(rename=rename)})
    assert_answer(ix, "What is the fund's new name?", answer)


REINVEST = """NORTHGATE FUNDS
Supplement dated September 1, 2010 to the Prospectus

Shareholders who redeem Class B shares and wish to reinvest all or a portion of the redemption
proceeds within 90 days of redemption can invest in Class A shares without incurring a
front-end sales charge.
{fee}
"""


@pytest.mark.parametrize(
    ("fee", "question", "answer"),
    [
        ("", "What is the redemption fee?", None),
        (
            "A redemption fee of 2.00% applies to shares held 30 days or less.",
            "What is the redemption fee?",
            "2.00%",
        ),
        # a length of time asked for is one, fee or not
        ("", "Within how many days can a shareholder reinvest without a sales charge?", "90 days"),
    ],
)
def test_a_fee_is_a_sum_or_a_share_not_a_length_of_time(
    tmp_path_factory: pytest.TempPathFactory, fee: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"fee.txt": REINVEST.format(fee=fee)})
    assert_answer(ix, question, answer, in_items=True)


CUSTODIAN = """NORTHGATE FUNDS
Supplement dated April 1, 2015 to the Prospectus

Current or former officers or regular employees of Northgate Management LLC or Eastbank Holdings
Limited or their subsidiaries, spouses of such employees, and employees acting as a custodian for
a minor child may buy Class I shares.
{custodian}
"""


@pytest.mark.parametrize(
    ("custodian", "answer"),
    [
        ("", None),
        (
            "Ridgeback Trust Company serves as custodian of the Funds' assets.",
            "Ridgeback Trust Company",
        ),
        ("The Funds' custodian is Ridgeback Trust Company.", "Ridgeback Trust Company"),
        # a firm its defined term gives another role is not the one asked for
        (
            'Until 2027, Ridgeback Advisers, LLC (the "Adviser"), the custodian, and certain '
            "intermediaries have agreed to waive fees.",
            None,
        ),
        # a firm named as the alternative to the role's holder, a name holding the role's word
        (
            "Securities are valued by pricing services selected by Ridgeback Advisers, LLC or "
            "the relevant custodian.",
            None,
        ),
        ("Shares of Northgate Custodian Funds and Ridgeback Growth Company are offered.", None),
    ],
)
def test_a_role_is_answered_by_the_firm_it_is_said_of(
    tmp_path_factory: pytest.TempPathFactory, custodian: str, answer: str | None
) -> None:
    """Not by a firm that stands far from the role's word in a sentence about something else."""
    ix = index_of(tmp_path_factory, {"cust.txt": CUSTODIAN.format(custodian=custodian)})
    assert_answer(ix, "Who is the custodian?", answer)


ADVISER = """NORTHGATE INDEX TRUST
Prospectus dated January 28, 2025

Ridgeback Advisors Trust Company (the "Trustee") adjusts the Portfolio from time to time to
conform to changes in the Index.
{adviser}
"""


@pytest.mark.parametrize(
    ("adviser", "question", "answer"),
    [
        # the role's word inside a firm's name, and a firm the filing says is no adviser
        ("", "Who is the investment adviser?", None),
        (
            "Eastbank Indices LLC is not an advisor to the Trust.",
            "Who is the investment adviser?",
            None,
        ),
        (
            "Effective May 1, 2025, Eastbank Capital LLC will no longer serve as adviser to the "
            "Trust.",
            "Who is the investment adviser?",
            None,
        ),
        (
            "Effective May 1, 2025, Eastbank Capital LLC will no longer serve as adviser to the "
            "Trust.",
            "Which adviser is leaving the Trust?",
            "Eastbank Capital LLC",
        ),
        (
            "Eastbank Capital LLC serves as the Trust's investment adviser.",
            "Who is the investment adviser?",
            "Eastbank Capital LLC",
        ),
        (
            "The Trust's manager is Eastbank Capital LLC.",
            "Who is the adviser?",
            "Eastbank Capital LLC",
        ),
    ],
)
def test_an_adviser_is_the_firm_the_role_is_said_of(
    tmp_path_factory: pytest.TempPathFactory, adviser: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"trust.txt": ADVISER.format(adviser=adviser)})
    assert_answer(ix, question, answer)


def test_a_possessor_in_the_question_names_no_column(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "the fund's investment objective": the fund is whose objective it is, so a column headed
    "Fund" does not answer it."""
    one_row = (
        "NORTHGATE ADVANTAGE PORTFOLIOS\nSupplement dated August 16, 2013\n\n"
        "Dana Holt became the portfolio manager of the Fund on September 30, 2013.\n\n"
        "Portfolio Manager | Fund | Other Accounts\n"
        "Dana Holt | Northgate Conservative Allocation Portfolio | None\n"
    )
    ix = index_of(tmp_path_factory, {"own.txt": one_row})
    a = ask_json(ix, "What is the fund's investment objective?")
    assert "Northgate Conservative Allocation Portfolio" not in a["items"], a["answer"]


SUMMARY_LEAD_INS = """NORTHGATE ENDOWMENT FUND
Supplement dated November 10, 2021 to the Prospectus

PROSPECTUS SUMMARY
This summary does not contain all of the information that you should consider before investing
in the Fund, including the risks of investing in the Fund.
The Fund. The Northgate Endowment Fund is a continuously offered, non-diversified, closed-end
management investment company.
Investment Objective and Policies. The Fund's investment objective is to seek total return
through a combination of long-term capital appreciation and income generation.
Investment Adviser. Northgate Capital Management, LLC serves as the investment adviser.
"""


def test_lead_ins_under_an_introduction_that_mentions_risk_are_no_risk_list(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = index_of(tmp_path_factory, {"summary.txt": SUMMARY_LEAD_INS})
    a = ask_json(ix, "What are the principal risks?")
    assert a["answered"] is False, a["answer"]
    assert "Investment Objective and Policies" not in a["items"]


DISCLAIMER = """NORTHGATE CORE BOND FUND
Supplement dated April 30, 2024 to the Summary Prospectus

Northgate Management Company is a subsidiary of Eastbank Group Limited. If this document relates
to an investment, (a) each investor is subject to investment risk including possible delays in
repayment and loss of income and principal invested and (b) no Eastbank company guarantees any
particular rate of return.
{risks}
"""


@pytest.mark.parametrize(
    ("risks", "answered"),
    [
        ("", False),
        (
            "\nPrincipal Risks\nThe Fund's principal risks are interest rate risk, credit risk and "
            "liquidity risk, any of which may cause the Fund to lose value.\n",
            True,
        ),
    ],
)
def test_the_principal_risks_are_not_any_sentence_about_risk(
    tmp_path_factory: pytest.TempPathFactory, risks: str, answered: bool
) -> None:
    ix = index_of(tmp_path_factory, {"risk.txt": DISCLAIMER.format(risks=risks)})
    a = ask_json(ix, "What are the principal risks?")
    assert a["answered"] is answered, a["answer"]
    if answered:
        assert "credit risk" in a["answer"].lower()


EXPENSE_LIMIT = """NORTHGATE BUYWRITE ETF
Summary Prospectus dated August 28, 2025

The Adviser has agreed to waive its fees so that total annual fund operating expenses (excluding
(i) any front-end or contingent deferred loads; (ii) brokerage fees and commissions; (iii) taxes;
and (iv) extraordinary expenses) will not exceed 0.95% of the Fund's average daily net assets.
{charge}
"""


@pytest.mark.parametrize(
    ("charge", "answer"),
    [
        ("", None),
        (
            "Class A shares are sold with a maximum sales charge of 5.75% of the offering price.",
            "5.75%",
        ),
    ],
)
def test_a_sales_charge_is_the_amount_beside_its_name(
    tmp_path_factory: pytest.TempPathFactory, charge: str, answer: str | None
) -> None:
    """Not an expense limit whose exclusions name loads and commissions a clause earlier."""
    ix = index_of(tmp_path_factory, {"limit.txt": EXPENSE_LIMIT.format(charge=charge)})
    assert_answer(ix, "What is the maximum sales charge on purchases?", answer, in_items=True)


INSTRUCTION_ONLY = """NORTHGATE GROWTH FUND
Supplement dated May 1, 2012 to the Prospectus

The following information replaces similar information for Ms. Holt in the "Fund Summary"
section under the heading "Portfolio Manager(s)" on page 6.

Dana Holt (lead portfolio manager) has managed the fund since December 2006.
"""


@pytest.mark.parametrize(
    "question",
    ["Who replaced the portfolio manager?", "Who succeeded the previous portfolio manager?"],
)
def test_an_amending_instruction_is_no_replacement(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    """ "The following information replaces similar information" instructs the reader; it says
    no one was replaced, so the manager it introduces is no successor."""
    ix = index_of(tmp_path_factory, {"inst.txt": INSTRUCTION_ONLY})
    a = ask_json(ix, question)
    assert a["answered"] is False, a["answer"]


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # the cover line dates the prospectuses it supplements, no change
        ("What's the effective date of the change?", False),
        ("What is the date of the change?", False),
        ("Which prospectuses does this supplement amend?", True),
    ],
)
def test_the_cover_line_answers_only_questions_about_the_filing(
    index: Path, question: str, answered: bool
) -> None:
    a = ask_json(index, question)
    assert a["answered"] is answered, a["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "Which funds are affected by this supplement?",
        "What funds are covered?",
        "List the funds in this supplement.",
        "What fund is this about?",
    ],
)
def test_the_funds_a_filing_covers_asked_in_other_words(index: Path, question: str) -> None:
    a = ask_json(index, question, "--doc", "000_c14adad2a05aec02.txt")
    assert a["answered"] is True, a["answer"]
    assert a["items"] == ["J.P. Morgan Small Cap Stock Portfolio"]


CLOSE_OF_BUSINESS = """NORTHGATE FUNDS
Supplement dated December 1, 2008 to the Prospectus

Effective after the close of business on December 19, 2008, the following information replaces
similar sales charge waiver information for Class A shares.

Class A shares may be bought without a sales charge by employees of the Adviser.
"""

CLOSED_FUND = """NORTHGATE FUNDS
Supplement dated June 26, 2015 to the Prospectus

Effective at the close of business on June 30, 2015, the following is added to the
Shareholder's Guide in the Prospectus.

CLOSED FUND POLICIES
The Fund has limited sales of its shares. Sales to new investors have generally been
discontinued.
"""


@pytest.mark.parametrize(
    ("filing", "question", "answer"),
    [
        # "the close of business" is a time of day, no closing of the fund
        (CLOSE_OF_BUSINESS, "When will the fund close?", None),
        # the sentence dates what it announces ("CLOSED FUND POLICIES")
        (CLOSED_FUND, "As of when is the fund closed to new investors?", "June 30, 2015"),
    ],
)
def test_the_close_of_business_is_no_closing(
    tmp_path_factory: pytest.TempPathFactory, filing: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"close.txt": filing})
    assert_answer(ix, question, answer)


OTHER_LIMITS = """NORTHGATE FUNDS
Supplement dated May 1, 2011 to the Prospectus

Investors may purchase fund shares online (maximum $150,000 per day).
The Fund will make quarterly repurchase offers of no less than 5% of its outstanding shares.
{cap}
"""


@pytest.mark.parametrize(
    ("cap", "answer"),
    [
        ("", None),
        (
            "The adviser is contractually obligated to limit expenses to 1.55% through May 1, "
            "2012.",
            "1.55%",
        ),
        ("Total annual operating expenses will not exceed 0.95% of average net assets.", "0.95%"),
    ],
)
def test_an_expense_cap_is_a_limit_on_expenses(
    tmp_path_factory: pytest.TempPathFactory, cap: str, answer: str | None
) -> None:
    """Not any maximum or limit the filing states."""
    ix = index_of(tmp_path_factory, {"cap.txt": OTHER_LIMITS.format(cap=cap)})
    assert_answer(ix, "What is the new expense cap?", answer, in_items=True)


OTHER_FEES = """NORTHGATE FUNDS
Supplement dated June 20, 2002 to the Prospectus

The Board of Trustees authorized the adoption of a 0.75% redemption fee for shares held less
than 90 days. The Administration Agreement provides for the Trust to pay the administrator a fee
equal on an annual basis to 0.10% of average net assets.
Name | Number of Accounts Managed | Total Assets Managed (x $1 million) | Advisory Fee Based on
Performance
{fee}
"""


@pytest.mark.parametrize(
    ("fee", "answer"),
    [
        ("", None),
        ("The Fund pays the Adviser a management fee at the annual rate of 0.60%.", "0.60%"),
    ],
)
def test_the_management_fee_is_the_advisers_fee(
    tmp_path_factory: pytest.TempPathFactory, fee: str, answer: str | None
) -> None:
    """Not a redemption fee, an administration fee, or the "(x $1 million)" of a header."""
    ix = index_of(tmp_path_factory, {"fees.txt": OTHER_FEES.format(fee=fee)})
    assert_answer(ix, "What is the management fee?", answer, in_items=True)


SEC_HEADER_ONE_LINE = (
    "-----BEGIN PRIVACY-ENHANCED MESSAGE----- Proc-Type: 2001,MIC-CLEAR ACCESSION NUMBER: "
    "0000701265-02-000010 CONFORMED SUBMISSION TYPE: 497 FILED AS OF DATE: 20020910 IRS NUMBER: "
    "042509354 STATE OF INCORPORATION: DE FISCAL YEAR END: 1231 FILING VALUES: FORM TYPE: 497 "
    "SEC ACT: 1933 Act SEC FILE NUMBER: 002-86323 FILM NUMBER: 02759374 BUSINESS PHONE: "
    "6179543000 FORMER COMPANY: FORMER CONFORMED NAME: EASTBANK SERIES TRUST DATE OF NAME CHANGE: "
    "19920703 497 1 NORTHGATE TRUST Northgate Bond Fund Supplement to Prospectus. The following "
    "changes to the prospectus are effective as described below. {body}\n"
)


@pytest.mark.parametrize(
    ("body", "question", "answer"),
    [
        ("", "When was the fund incorporated?", None),
        ("", "What year is the act?", None),
        # the envelope's "FORMER CONFORMED NAME ... DATE OF NAME CHANGE" is no name change
        ("", "What is the fund's new name?", None),
        (
            "Effective May 13, 2002, the Adviser has agreed to limit total fund operating "
            "expenses to 1.00% of average net assets.",
            "When is the change effective?",
            "May 13, 2002",
        ),
    ],
)
def test_the_edgar_header_is_no_answer(
    tmp_path_factory: pytest.TempPathFactory, body: str, question: str, answer: str | None
) -> None:
    """A filing flattened to one line opens with its EDGAR envelope; only what follows it
    answers."""
    ix = index_of(tmp_path_factory, {"flat.txt": SEC_HEADER_ONE_LINE.format(body=body)})
    assert_answer(ix, question, answer, in_items=True)


def test_a_code_in_the_question_must_be_in_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "the 12b-1 fee" is not the fee of a row whose footnote mark is "(1)"."""
    filing = (
        "NORTHGATE MULTISECTOR BOND ETF\nSummary Prospectus dated August 6, 2025\n\n"
        "Acquired Fund Fees and Expenses(1), (2) | 0.00%\n"
        "Management Fees | 0.50%\n"
    )
    ix = index_of(tmp_path_factory, {"etf.txt": filing})
    a = ask_json(ix, "What is the 12b-1 fee?")
    assert a["answered"] is False, a["answer"]


INCEPTION = """NORTHGATE SMALL COMPANY PORTFOLIO
Summary Prospectus dated August 29, 2025

Effective commencing with shareholder reports filed after July 24, 2024, the Adviser presents
the Fund's performance against a broad-based index.
{inception}
"""


@pytest.mark.parametrize(
    ("inception", "answer"),
    [
        ("", None),
        ("Class A shares commenced operations on August 3, 1999.", "August 3, 1999"),
        ("The Fund's inception date is November 2, 2015.", "November 2, 2015"),
    ],
)
def test_an_inception_date_is_one_the_filing_calls_so(
    tmp_path_factory: pytest.TempPathFactory, inception: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"inc.txt": INCEPTION.format(inception=inception)})
    assert_answer(ix, "When was the fund's inception?", answer, in_items=True)


UNNARROWED_MINIMUM = """NORTHGATE FUNDS
Summary Prospectus dated May 1, 2025

Purchase and Sale of Fund Shares

{minimum}

Example

This Example is intended to help you compare the cost of investing in the Fund with the cost of
investing in other mutual funds. Although your actual costs may be higher or lower, based on
these assumptions your costs would be:

| 1 Year | 3 Years | 5 Years | 10 Years
Class I Shares | $95 | $296 | $514 | $1,142
Institutional Plus Shares | $2 | $6 | $11 | $26
"""


@pytest.mark.parametrize(
    ("minimum", "initial", "subsequent"),
    [
        (
            "The minimum investment in Class I shares is $100,000. There is no subsequent "
            "investment minimum.",
            "$100,000",
            None,
        ),
        (
            "To open an account in Class I shares you need to make a minimum investment of "
            "$50,000. The minimum for additional investments is $500.",
            "$50,000",
            "$500",
        ),
        (
            "Class I shares require a minimum investment of $25,000, and subsequent investments "
            "of $1,000 or more.",
            None,  # a sentence that speaks of subsequent investments too must say "initial"
            "$1,000",
        ),
    ],
)
def test_an_initial_minimum_may_go_unsaid(
    tmp_path_factory: pytest.TempPathFactory,
    minimum: str,
    initial: str | None,
    subsequent: str | None,
) -> None:
    """ "The minimum investment is $100,000" is the minimum initial investment; a sentence that
    also speaks of subsequent or additional purchases must say which amount is which; the
    class row of the costs example is no minimum."""
    ix = index_of(tmp_path_factory, {"summary.txt": UNNARROWED_MINIMUM.format(minimum=minimum)})
    for question in (
        "What is the minimum initial investment?",
        "What is the minimum initial investment for Class I shares?",
    ):
        a = ask_json(ix, question)
        assert "$95" not in a["answer"], a["answer"]
        assert a["answered"] is (initial is not None), a["answer"]
        if initial:
            assert initial in a["answer"], a["answer"]
    a = ask_json(ix, "What is the minimum subsequent investment?")
    assert a["answered"] is (subsequent is not None), a["answer"]
    if subsequent:
        assert subsequent in a["answer"], a["answer"]
    a = ask_json(
        ix, "What's the minimum to open an Institutional Plus Shares account in Northgate Fund?"
    )
    assert "Year" not in a["answer"], a["answer"]
    # the costs example still answers what it states
    a = ask_json(ix, "What would my costs be for Class I shares after 3 years?")
    assert a["answered"] is True, a["answer"]
    assert "$296" in a["answer"], a["answer"]


MERGER = """NORTHGATE FUNDS
Supplement dated March 3, 2025 to the Prospectus

{said}
The Board may reorganize a fund at any time without a vote of shareholders.
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        (
            "The Board approved the reorganization of the Northgate Income Fund with and into the "
            "Northgate Bond Fund.",
            "Northgate Bond Fund",
        ),
        (
            "All of the assets of the Northgate Income Fund will be transferred to the Northgate "
            "Bond Fund in exchange for shares of that fund.",
            "Northgate Bond Fund",
        ),
        (
            "Following the reorganization you will hold shares of Northgate Bond Fund.",
            "Northgate Bond Fund",
        ),
        # the fund that closes is not where it goes
        (
            "Class A shares of the Northgate Income Fund are closed to new investors, except in "
            "connection with a reorganization.",
            None,
        ),
    ],
)
def test_the_fund_a_fund_goes_into_is_on_the_receiving_side(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"merger.txt": MERGER.format(said=said)})
    a = ask_json(ix, "Into which fund will the fund be reorganized?")
    assert a["answered"] is (answer is not None), a["answer"]
    if answer:
        assert answer in a["answer"], a["answer"]
    else:  # "reorganized" is read as "reorganize", the filing's form of it: no typo to report
        assert "Read “" not in a["answer"], a["answer"]


@pytest.mark.parametrize(
    ("word", "form", "same"),
    [
        ("reorganized", "reorganize", True),
        ("overseen", "oversee", True),
        ("known", "know", True),
        ("funds", "fund", True),
        ("median", "media", False),  # a different word, not a participle
        ("charges", "changes", False),
    ],
)
def test_a_form_of_a_word_is_no_typo(word: str, form: str, same: bool) -> None:
    assert retrieve.is_form_of(word, form) is same


LIQUIDATION = """NORTHGATE FUNDS
Supplement dated June 2, 2025 to the Prospectus

Effective December 1, 2018, the Securities and Exchange Commission adopted Rule 22e-4, which
requires funds to adopt a liquidity risk management program.
Such REITs are subject to defaults by borrowers, self-liquidation and the possibility of failing
to qualify for pass-through of income under the Internal Revenue Code of 1986 and the 1940 Act.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("", None),
        (
            "The Fund is expected to cease operations and liquidate on or about August 29, 2025.",
            "August 29, 2025",
        ),
        (
            "The Board approved a plan to wind up the Fund, which will be completed on or about "
            "September 30, 2025.",
            "September 30, 2025",
        ),
    ],
)
def test_a_liquidation_is_not_liquidity_nor_a_statutes_year(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    """ "liquidated" and "liquidity" share a stem; "the Code of 1986" and "the 1940 Act" name
    statutes, not dates."""
    ix = index_of(tmp_path_factory, {"liq.txt": LIQUIDATION.format(said=said)})
    assert_answer(ix, "When will the fund be liquidated?", answer, in_items=True)


PEOPLE_CHANGE = """NORTHGATE SERIES TRUST
Supplement dated January 2, 2014 to the Prospectus

{said}
"""


@pytest.mark.parametrize(
    ("said", "question", "answer"),
    [
        # a trustee is no portfolio manager
        (
            "Effective December 31, 2013, Harold T. Quince no longer serves as a trustee of the "
            "Trust due to his retirement from the board. Effective January 1, 2014, Doris M. "
            "Fenwick began her term as a trustee of the Trust.",
            "Who is the new portfolio manager?",
            None,
        ),
        (
            "Effective December 31, 2013, Harold T. Quince no longer serves as a trustee of the "
            "Trust due to his retirement from the board.",
            "Who is no longer a portfolio manager of the fund?",
            None,
        ),
        (
            "Effective January 1, 2014, Doris M. Fenwick joined the Fund as a portfolio manager.",
            "Who is the new portfolio manager?",
            "Doris M. Fenwick",
        ),
        (
            "Effective January 1, 2014, Harold T. Quince no longer serves as a portfolio manager "
            "of the Fund.",
            "Who is no longer a portfolio manager of the fund?",
            "Harold T. Quince",
        ),
        # a privilege that is no longer offered names nobody
        (
            "After the Effective Date, the Reinstatement Privilege will no longer be offered for "
            "Class B shares.",
            "Who is no longer a portfolio manager of the fund?",
            None,
        ),
        (
            "Effective January 1, 2014, Doris M. Fenwick began her term as a trustee of the Trust.",
            "Who are the portfolio managers?",
            None,
        ),
        # the role said after a list of names
        (
            "Doris M. Fenwick, CFA and Harold T. Quince, CFA are jointly and primarily "
            "responsible for the day-to-day management of the Fund.",
            "Who are the portfolio managers?",
            "Harold T. Quince",
        ),
    ],
)
def test_a_portfolio_manager_question_needs_the_role_said(
    tmp_path_factory: pytest.TempPathFactory, said: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"people.txt": PEOPLE_CHANGE.format(said=said)})
    assert_answer(ix, question, answer)


STREAMED_MANAGERS = """NORTHGATE ALLOCATION FUNDS
Supplement dated August 16, 2013 to the Statement of Additional Information

The Beneficial Ownership in the Funds table is amended to add the following information.
Messrs. Quince and Fenwick became the portfolio managers of the Funds on September 30, 2013.

{table}
"""


@pytest.mark.parametrize(
    "table",
    [
        # the header and the rows in one stream of cells
        "Portfolio Manager | Fund | Beneficial Ownership | Harold Quince | Northgate Income Fund "
        "| $0 | Doris Fenwick | Northgate Income Fund | $0",
        # a header row of its own
        "Portfolio Manager | Fund | Beneficial Ownership\n"
        "Harold Quince | Northgate Income Fund | $0\n"
        "Doris Fenwick | Northgate Income Fund | $0",
    ],
)
def test_a_header_cell_before_the_names_is_no_manager(
    tmp_path_factory: pytest.TempPathFactory, table: str
) -> None:
    """ "Beneficial Ownership" heads a column, though the prose names the table by it too."""
    ix = index_of(tmp_path_factory, {"own.txt": STREAMED_MANAGERS.format(table=table)})
    a = ask_json(ix, "Who are the portfolio managers?")
    assert a["answered"] is True, a["answer"]
    assert "Quince" in a["answer"] and "Fenwick" in a["answer"], a["answer"]
    assert "Beneficial" not in a["answer"], a["answer"]


SUCCESSION = """NORTHGATE GROWTH FUND
Supplement dated March 1, 2015 to the Prospectus

{said}
"""


@pytest.mark.parametrize(
    "said",
    [
        "Effective March 1, 2015, Harold Quince, who is retiring, no longer serves as portfolio "
        "manager of the Fund. Doris Fenwick has been named portfolio manager of the Fund.",
        "Harold Quince will retire and step down as portfolio manager of the Fund on March 1, "
        "2015. Doris Fenwick will become the Fund's portfolio manager on that date.",
    ],
)
@pytest.mark.parametrize(
    ("question", "answer", "not_in"),
    [
        ("Who replaced the departing portfolio manager?", "Doris Fenwick", "Quince"),
        ("Who will succeed the retiring portfolio manager?", "Doris Fenwick", "Quince"),
        ("Which portfolio manager is retiring?", "Harold Quince", "Fenwick"),
    ],
)
def test_who_replaced_the_departing_manager_is_the_successor(
    tmp_path_factory: pytest.TempPathFactory, said: str, question: str, answer: str, not_in: str
) -> None:
    """The leaving in "who replaced the departing manager?" describes whom the answer replaced."""
    ix = index_of(tmp_path_factory, {"succ.txt": SUCCESSION.format(said=said)})
    a = ask_json(ix, question)
    assert a["answered"] is True, a["answer"]
    assert answer in a["answer"] and not_in not in a["answer"], a["answer"]


FEE_TABLE_ONLY = """NORTHGATE-PRO-1-SUP-1
Statutory Prospectus Supplement dated December 13, 2016
Northgate All Cap Market Neutral Fund
Effective January 1, 2017, the following information replaces the fee table:
|
Shareholder Fees (fees paid directly from your investment)
|Class:
|A
|C
|
Maximum Deferred Sales Charge (Load) (as a percentage of purchase price or redemption proceeds)
|None
|1.00%
|
Acquired Fund Fees and Expenses
|0.02
|0.02
|
Total Annual Fund Operating Expenses
|2.16
|2.91
|
Fee Waiver and/or Expense Reimbursement
|0.66
|0.66
{extra}
"""


@pytest.mark.parametrize(
    ("extra", "question", "answer"),
    [
        # a fund named "All Cap" heads the section: no expense cap; a waiver is no cap either
        ("", "What is the expense limit?", None),
        ("", "What is the expense cap?", None),
        (
            "The Adviser has contractually agreed to limit Total Annual Fund Operating Expenses "
            "After Fee Waiver to 1.50% of average daily net assets through June 30, 2018.",
            "What is the expense limit?",
            "1.50%",
        ),
        # a deferred sales charge taken from redemption proceeds is no redemption fee
        ("", "What is the redemption fee?", None),
        (
            "Redemption Fee (as a percentage of amount redeemed within 30 days) | 2.00% | 2.00%",
            "What is the redemption fee?",
            "2.00%",
        ),
    ],
)
def test_a_fee_tables_rows_speak_of_their_own_topic(
    tmp_path_factory: pytest.TempPathFactory, extra: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"fees.txt": FEE_TABLE_ONLY.format(extra=extra)})
    assert_answer(ix, question, answer)


OBJECTIVE_SAID = """NORTHGATE MONEY MARKET FUND
Supplement dated May 1, 2015 to the Prospectus

Investment Objective, Principal Investment Strategies, and Principal Risks

{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # a sentence about the objective that does not state it
        ("The Fund's investment objective, strategies and risks will not change.", None),
        # an aim conceded in a risk, not the objective
        (
            "An investment in the Fund is not insured or guaranteed by the FDIC. Although the Fund "
            "seeks to preserve the value of your investment at $1.00 per share, it is possible to "
            "lose money by investing in the Fund.",
            None,
        ),
        (
            "The Fund seeks current income consistent with the preservation of capital and "
            "liquidity.",
            "current income consistent with the preservation of capital",
        ),
        (
            "The Fund's investment objective is to provide current income while maintaining "
            "liquidity.",
            "to provide current income",
        ),
        ("The Fund seeks to achieve long-term capital appreciation.", "long-term capital"),
        # how it is pursued is no objective
        ("The Fund seeks to achieve its objective by investing in Treasury bills.", None),
    ],
)
def test_an_objective_answer_states_the_objective(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"obj.txt": OBJECTIVE_SAID.format(said=said)})
    assert_answer(ix, "What is the fund's investment objective?", answer)


CLOSING = """NORTHGATE VENTURE FUND
Supplement dated April 1, 2017 to the Prospectus

On March 1, 2017, the adviser's parent agreed to merge with Eastbank Holdings plc. The
Transaction is currently expected to close in the second quarter of 2017, subject to
shareholder and regulatory approvals.
Effective on or about April 13, 2017, the Fund will reopen to new retirement plan investors.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # a deal that closes and a fund that reopens: no closing to investors
        ("", None),
        (
            "Effective after the close of business on September 1, 2017, the Fund will be "
            "closed to new investors and additional purchases.",
            "September 1, 2017",
        ),
        (
            "The Fund will close to new investors on October 31, 2017.",
            "October 31, 2017",
        ),
        (
            "Effective at the close of business on June 30, 2017, the following is added to the "
            "Shareholder's Guide:\n\nCLOSED FUND POLICIES\n\nThe Fund is closed to new investors.",
            "June 30, 2017",
        ),
    ],
)
def test_closing_to_investors_is_no_deal_closing(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"close.txt": CLOSING.format(said=said)})
    assert_answer(ix, "When does the fund close to new investors?", answer, in_items=True)


CURRENTLY_EFFECTIVE = """NORTHGATE INVESTMENTS Northgate Worldwide 2004 Fund Supplement to \
Currently Effective Prospectus The following supplements the information in the "Who Manages \
the Fund" section.

{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # the prospectus in force and a fund's name date no change
        ("Dana Holt is a portfolio manager of the fund.", None),
        (
            "Effective March 31, 2003, Dana Holt became a portfolio manager of the fund.",
            "March 31, 2003",
        ),
        ("The change takes effect on April 15, 2003.", "April 15, 2003"),
    ],
)
def test_a_currently_effective_prospectus_dates_no_change(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"eff.txt": CURRENTLY_EFFECTIVE.format(said=said)})
    a = ask_json(ix, "When does the change take effect?")
    assert a["answered"] is (answer is not None), a["answer"]
    if answer:
        assert answer in a["items"], a["answer"]
    assert "2004" not in a["items"], a["answer"]


ALIASED_FUNDS = """NORTHGATE FUNDS TRUST
Northgate Dynamic Income Fund
Northgate Credit Opportunities Fund
Supplement dated September 12, 2025 to the Prospectus dated April 30, 2025

Effective immediately, the Dynamic Income Fund will invest up to 20% of its assets in bank loans.
Northgate Multisector Bond ETF (the "Multisector Fund") may also invest in bank loans.
"""


def test_funds_of_two_trusts_that_share_a_name_are_both_listed(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "International Equity Fund" ends "BT Institutional Funds International Equity Fund",
    but after a trust's name: two funds."""
    text = (
        "NORTHGATE INVESTMENT FUNDS\nInternational Equity Fund - Class A and C shares\n"
        "NORTHGATE INSTITUTIONAL FUNDS\nNorthgate Institutional Funds International Equity Fund"
        " - Institutional Class\nSupplement dated May 1, 2001 to the Prospectuses\n\n"
        "The minimum initial investment in each Fund is lowered to $1,000.\n"
    )
    ix = index_of(tmp_path_factory, {"two.txt": text})
    a = ask_json(ix, "Which funds does this filing cover?")
    assert "International Equity Fund" in a["items"], a["answer"]


def test_the_funds_of_a_filing_are_not_listed_twice_by_their_short_names(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "the Dynamic Income Fund" ends a listed name; "Multisector Fund" is a short name the
    filing defines: neither is another fund."""
    ix = index_of(tmp_path_factory, {"funds.txt": ALIASED_FUNDS})
    a = ask_json(ix, "Which funds does this filing cover?")
    assert a["items"] == [
        "Northgate Dynamic Income Fund",
        "Northgate Credit Opportunities Fund",
        "Northgate Multisector Bond ETF",
    ], a["answer"]


MONEY_MARKET_RISKS = """NORTHGATE TREASURY MONEY MARKET FUND
Summary Prospectus dated January 31, 2025

PRINCIPAL RISKS

Interest Rate Risk. The prices of fixed income securities rise and fall inversely to changes in
interest rates.

Emerging Markets Risk. Securities of issuers in emerging markets may be more volatile.

Money Market Instruments Risk. The value of a money market instrument typically will decline
during periods of rising interest rates.

{market}. There is a risk that the value of the Fund's investments may decrease in response to
economic, political or financial events.

Redemption Risk. The Fund may need to sell securities at a loss to meet redemptions.
"""


@pytest.mark.parametrize("market", ["Market Risk", "Market/Issuer Risk"])
def test_one_risk_entry_is_read_by_the_words_that_begin_it(
    tmp_path_factory: pytest.TempPathFactory, market: str
) -> None:
    """ "market risk": the entry those words begin, though "Money Market" and "Emerging
    Markets" entries hold them too and the fund's own name says "Money Market"."""
    ix = index_of(tmp_path_factory, {"mm.txt": MONEY_MARKET_RISKS.format(market=market)})
    a = ask_json(ix, "What is market risk?")
    assert a["answered"] is True, a["answer"]
    assert a["answer"].startswith(market), a["answer"]
    a = ask_json(ix, "What are the principal risks?")
    assert len(a["items"]) == 5, a["answer"]


SECTION_TITLES = """NORTHGATE VARIABLE PORTFOLIOS
Supplement dated April 30, 2009 to the Prospectus

3. The sub-sections entitled "Sub-Adviser," "Investment Objectives," "Principal Investment
Strategies" and "Principal Risks" under the section entitled "Description of the Portfolios"
beginning on page 41 of the Prospectus are deleted and replaced with the following.
{said}
"""


@pytest.mark.parametrize(
    ("said", "question", "answer"),
    [
        # a section's quoted title says nothing of what it names
        ("", "What are the principal risks of the fund?", None),
        # asked about the sections themselves, their titles count
        ("", "What happens to the Principal Risks sub-section?", "Principal Risks"),
        (
            "The principal risks of the Portfolio are market risk and credit risk.",
            "What are the principal risks of the fund?",
            "market risk",
        ),
    ],
)
def test_a_quoted_section_title_is_where_text_stands_not_what_it_says(
    tmp_path_factory: pytest.TempPathFactory, said: str, question: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"titles.txt": SECTION_TITLES.format(said=said)})
    assert_answer(ix, question, answer)


PERFORMANCE = """NORTHGATE GROWTH FUND
Summary Prospectus dated May 1, 2025

Fees and Expenses
Annual Fund Operating Expenses | As a % of Average Net Assets
Management Fee | 0.85 | %
Total | 0.95 | %

Performance
Annual Total Return (years ended 12/31) Highest Quarterly Return: 20.44% for the quarter ended
June 30, 2020.

Average Annual Total Returns (for the periods ended December 31, 2024)
1 Year | 5 Years | 10 Years
{rows}
"""


@pytest.mark.parametrize(
    ("rows", "answer"),
    [
        # the index's row, the header, the best quarter and the expenses' total: no return
        ("Russell 3000® Index (reflects no deduction for fees) | 23.81% | 13.86% | 12.55%", None),
        (
            "Return Before Taxes | 21.40% | 12.10% | 10.90%\n"
            "Russell 3000® Index (reflects no deduction for fees) | 23.81% | 13.86% | 12.55%",
            "21.40%",
        ),
    ],
)
def test_a_funds_return_is_not_its_indexs_nor_its_best_quarter(
    tmp_path_factory: pytest.TempPathFactory, rows: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"perf.txt": PERFORMANCE.format(rows=rows)})
    a = ask_json(ix, "What was the 1-year average annual total return before taxes?")
    assert a["answered"] is (answer is not None), a["answer"]
    if answer:
        assert answer in a["answer"] and "23.81%" not in a["answer"], a["answer"]
    # asked for the index, its row answers
    a = ask_json(ix, "What was the 1-year return of the Russell 3000 Index?")
    assert a["answered"] is True and "23.81%" in a["answer"], a["answer"]
    a = ask_json(ix, "What was the highest quarterly return?")
    assert a["answered"] is True and "20.44%" in a["answer"], a["answer"]


STRATEGIES = """NORTHGATE GROWTH FUND
Summary Prospectus dated May 1, 2025

Principal Investment Strategies
The Fund invests, under normal circumstances, at least 80% of its net assets in common stocks of
large companies. The Portfolio may lend portfolio securities up to 33 1/3% of its total assets.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("", None),
        ("The Fund may invest up to 25% of its assets in securities of non-U.S. issuers.", "25%"),
        ("The Fund may invest up to 20% of its net assets in foreign securities.", "20%"),
        ("Up to 15% of the Fund's assets may be invested in international stocks.", "15%"),
    ],
)
def test_how_much_a_fund_invests_in_something_needs_that_thing_said(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"strat.txt": STRATEGIES.format(said=said)})
    assert_answer(ix, "How much of its assets may the fund invest in foreign securities?", answer)


DIVIDENDS = """NORTHGATE INCOME FUND
Summary Prospectus dated May 1, 2025

Tax Information
The Fund's dividends and capital gains distributions are taxable as ordinary income or capital
gains, unless you invest through a tax-advantaged arrangement.
The dividends the Fund pays are reinvested in additional shares of the Fund unless you choose to
receive them in cash.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("", None),
        ("The Fund declares and pays dividends from net investment income monthly.", "monthly"),
        ("The Fund pays dividends from its net investment income quarterly.", "quarterly"),
        ("The Fund pays dividends from its net investment income annually.", "annually"),
    ],
)
def test_how_often_is_answered_by_a_sentence_that_says_how_often(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"div.txt": DIVIDENDS.format(said=said)})
    assert_answer(ix, "How often does the fund pay dividends?", answer)


def test_an_agreement_that_may_be_terminated_is_no_liquidation(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "The Expense Limitation can be terminated before May 1, 2026": an agreement's end, not
    the fund's."""
    text = LIQUIDATION.format(
        said="The Expense Limitation can be terminated before May 1, 2026 only with the "
        "agreement of the Fund's Board. This undertaking may be terminated before January 31, "
        "2027 only with the consent of the Board."
    )
    ix = index_of(tmp_path_factory, {"liq.txt": text})
    assert_answer(ix, "When will the fund be liquidated?", None)


STRATEGY = """NORTHGATE SMALL CAP FUND
Summary Prospectus dated May 1, 2025

The Board approved a change in the sub-adviser, with changes to the Fund's principal investment
strategies and its name.
More information on the Fund's principal investment strategies is contained in the Statement of
Additional Information.

Principal Risks
Management Risk: A strategy used by the Fund's portfolio managers may fail to produce the
intended result.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # a change of strategies, a pointer to them and a risk of strategies: none states one
        ("", None),
        (
            "\nPrincipal Investment Strategies\nThe Fund invests at least 80% of its net assets "
            "in equity securities of small companies.",
            "small companies",
        ),
    ],
)
def test_a_strategy_answer_states_the_strategy(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"strat.txt": STRATEGY.format(said=said)})
    assert_answer(ix, "What is the fund's principal investment strategy?", answer)


FUND_SIZE = """NORTHGATE GROWTH FUND
Summary Prospectus dated May 1, 2025

Principal Investment Strategies
The Fund invests at least 80% of its net assets in common stocks, and may lend securities up to
33 1/3% of its total assets.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("", None),  # shares of its net assets are no size
        ("As of March 31, 2025, the Fund's total net assets were $412 million.", "$412 million"),
        (
            "Total net assets of the Fund amounted to $1.2 billion on March 31, 2025.",
            "$1.2 billion",
        ),
    ],
)
def test_a_funds_size_is_a_sum_it_holds(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"size.txt": FUND_SIZE.format(said=said)})
    assert_answer(ix, "What are the fund's total net assets?", answer)


FISCAL_YEAR = """NORTHGATE ALLOCATION FUNDS
Supplement dated August 16, 2013 to the Statement of Additional Information

The information presented in this table is as of each Fund's most recent fiscal year end.
{said}
"""


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("", None),  # a fiscal year end mentioned, not dated
        ("The Trust's fiscal year end is September 30.", "September 30"),
        (
            "During the fiscal year ended October 31, 2024, the Fund's portfolio turnover rate was "
            "75% of the average value of its portfolio.",
            "October 31",
        ),
    ],
)
def test_a_fiscal_year_end_is_dated(
    tmp_path_factory: pytest.TempPathFactory, said: str, answer: str | None
) -> None:
    ix = index_of(tmp_path_factory, {"fy.txt": FISCAL_YEAR.format(said=said)})
    assert_answer(ix, "What is the fund's fiscal year end?", answer)


SELECT_FUND = """Harborgate Select Fund
Summary Prospectus dated May 1, 2025

Purchase and Sale of Fund Shares
Class Y shares of the Fund are generally subject to a minimum initial investment of $100,000.
Class N shares of the Fund are subject to a $1,000,000 initial investment minimum.
"""


@pytest.mark.parametrize(
    ("question", "classes"),
    [
        ("Harborgate Select Class Y minimum initial investment?", ("Class Y",)),
        ("Harborgate Select Class N and Class Y minimums?", ("Class N", "Class Y")),
        ("What is the Select Class minimum?", ("Select Class",)),
    ],
)
def test_a_word_of_the_fund_s_name_before_a_class_mark_is_no_class(
    question: str, classes: tuple[str, ...]
) -> None:
    assert understand(question).share_classes == classes


def test_the_class_after_a_fund_name_ending_in_a_class_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    index = index_of(tmp_path_factory, {"select.txt": SELECT_FUND})
    a = ask_json(index, "Harborgate Select Class Y minimum initial investment?")
    assert a["answered"] is True and "$100,000" in a["answer"], a["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "Harborgate Select Class N and Class Y minimum initial investment?",
        "What is the minimum initial investment for Class Y and Class N?",
    ],
)
def test_two_classes_asked_together_each_get_their_amount(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    index = index_of(tmp_path_factory, {"select.txt": SELECT_FUND})
    a = ask_json(index, question)
    assert a["answered"] is True, a["answer"]
    assert "$100,000" in a["answer"] and "$1,000,000" in a["answer"], a["answer"]
