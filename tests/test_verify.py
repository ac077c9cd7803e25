"""The verifier: each constraint a question states, checked on fixture evidence of several
wordings; and the confidence model's fit."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from assistant import calibrate, spans, verify
from assistant.answer import Citation
from assistant.engine import Assistant
from index.store import Store


def evidence(
    text: str,
    context: str = "",
    names: tuple[str, ...] = ("Harbor Growth Fund",),
    dates: tuple[str, ...] = ("March 3, 2014",),
    funds: tuple[str, ...] = (),
) -> verify.Evidence:
    cite = Citation(1, "f.txt", None, "", 1, 2, 0, len(text), text)
    return verify.Evidence(cite, context, names, dates, funds)


def ok(question: str, text: str, context: str = "", **kw: object) -> list[tuple[str, bool]]:
    wanted = verify.constraints(question, **kw)  # type: ignore[arg-type]
    return [(c.kind, c.ok) for c in verify.verify(wanted, [evidence(text, context)])]


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (
            "Who was the manager before 2010?",
            "Since 2010, Ann Lee has managed the fund.",
            [("date", True), ("relation", False), ("time_side", False)],
        ),
        (
            "Who managed the fund prior to May 2012?",
            "Ann Lee replaced Bo Chan in May 2012.",
            [("date", True), ("relation", True), ("time_side", True)],
        ),
        (
            "Who was the former manager?",
            "Ann Lee, who previously managed the fund, retired.",
            [("relation", True)],
        ),
        ("Who is the custodian?", "The adviser is Harbor Advisers LLC.", [("role", False)]),
        (
            "Who serves as the fund's transfer agent?",
            "Acme Services is the transfer agent.",
            [("role", True)],
        ),
        (
            "What did the fund change in 2016?",
            "The change takes effect in March 2014.",
            [("date", False)],
        ),
        ("What changed on March 3, 2014?", "The fee was lowered.", [("date", True)]),
    ],
)
def test_constraints_checked_on_the_evidence(
    question: str, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert ok(question, text) == expected


@pytest.mark.parametrize(
    ("share_class", "text", "context", "holds"),
    [
        ("Class A", "The minimum is $1,000 for Class A shares.", "", True),
        ("Class A", "Maximum sales charge | 5.75% | None", "Fees | Class A | Class C", True),
        ("Class A", "The minimum is $2,500 for Class C shares.", "", False),
        ("Investor Class", "Investor Shares require $3,000.", "", True),
        ("Investor Class", "Admiral Shares require $3,000.", "", False),
        ("ETF Shares", "Purchase Fee | 0.75%", "Fees of Admiral Shares", False),
        ("ETF Shares", "Purchase Fee | 0.75%", "Fees | Investor Shares | ETF Shares", True),
        ("Class I", "Classes A and C pay 0.25%.", "", False),
        ("Class I", "Classes A, C and I pay 0.25%.", "", True),
        # only class marks stand between "Class" and the mark, not any words up to an "a"
        ("Class A", "Class Y shares are subject to a minimum of $100,000.", "", False),
        # a passage naming its own class is not about the class a heading above names
        ("Class A", "Class Y shares require $100,000.", "Class A and C Shares", False),
        ("Class A", "For IRAs | $1,000", "Class A and C Shares", True),
        ("Class Y", "Class: A (HBAAX), C (HBACX), Y (HBAYX)", "", True),
        ("Class I", "Harborgate Fund Class/Ticker: I/HBIIX", "", True),
    ],
)
def test_share_class_in_text_or_table_header(
    share_class: str, text: str, context: str, holds: bool
) -> None:
    checks = ok("What is the minimum?", text, context, share_classes=[share_class])
    assert checks == [("share_class", holds)]


def test_people_funds_and_the_target_of_a_replacement() -> None:
    assert ok("When did Ann Lee join?", "Ms. Lee joined in 2001.", persons=["Ann Lee"]) == [
        ("person", True)
    ]
    assert ok("When did Ann Lee join?", "Mr. Chan joined in 2001.", persons=["Ann Lee"]) == [
        ("person", False)
    ]
    # a fund the question does not itself name (a loose link) is no constraint
    assert ok("What is the fund's objective?", "x", funds=["Janus Investment Fund"]) == []
    wanted = verify.constraints(
        "Whom did Ann Lee replace?", persons=["Ann Lee"], target_person=True
    )
    ev = [evidence("Ann Lee replaced Bo Chan.")]
    checked = verify.verify(wanted, ev, items=["Bo Chan"])
    assert [(c.kind, c.ok) for c in checked] == [
        ("person", True),
        ("relation", True),
        ("target", True),
        ("replacement", True),
    ]
    assert not all(c.ok for c in verify.verify(wanted, ev, items=["Ann Lee"]))
    # a sentence naming her that says no replacement
    listed = verify.verify(wanted, [evidence("Ann Lee and Bo Chan manage the Fund.")], ["Bo Chan"])
    assert not all(c.ok for c in listed)


def test_fund_named_by_the_filing_or_the_passage() -> None:
    wanted = verify.constraints("Who manages the Harbor Growth Fund?", funds=["Harbor Growth Fund"])
    assert verify.verify(wanted, [evidence("Ann Lee manages it.")])[0].ok
    other = evidence("Ann Lee manages it.", names=("Summit Value Fund",))
    assert not verify.verify(wanted, [other])[0].ok
    assert verify.verify(wanted, [evidence("The Harbor Growth Funds are ...", names=())])[0].ok


def test_years_inside_fund_names_are_no_dates() -> None:
    wanted = verify.constraints(
        "Who manages the Target 2040 Fund?", fund_spans=["Target 2040 Fund"]
    )
    assert wanted == []


def test_fit_separates_and_picks_a_threshold_for_the_wrong_rate() -> None:
    rng = random.Random(3)
    rows, right, groups = [], [], []
    for i in range(300):
        good = rng.random() < 0.85
        cov = rng.uniform(0.6, 1.0) if good else rng.uniform(0.0, 0.7)
        rows.append({"coverage": cov, "prior": rng.uniform(0.5, 1.0)})
        right.append(good)
        groups.append(f"family{i % 17}")
    model, figures = calibrate.fit(rows, right, groups, questions=400)
    assert model.probability({"coverage": 0.95, "prior": 0.8}) > model.probability(
        {"coverage": 0.1, "prior": 0.8}
    )
    assert figures["held_out_kept_wrong"] <= 0.03 * 400
    assert 0.0 < model.threshold < 1.0


def test_the_shipped_model_matches_the_features() -> None:
    model = calibrate.Model.load()
    assert model is not None and len(model.weights) == len(calibrate.FEATURES)


@pytest.fixture(scope="module")
def assistant(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("verify") / "ix")
    store.add([seed_path])
    return Assistant(snapshot=store.snapshot())


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who was the portfolio manager before September 2001?", "relation"),
        ("Who managed the J.P. Morgan Small Cap Stock Portfolio in 1995?", "date"),
    ],
)
def test_an_unmet_constraint_abstains_and_says_which(
    assistant: Assistant, question: str, kind: str
) -> None:
    a = assistant.ask(question)
    assert not a.answered and a.related
    assert any(c.kind == kind and not c.ok for c in a.checks)


def test_a_share_class_does_not_narrow_a_fund_level_question(assistant: Assistant) -> None:
    a = assistant.ask("Who manages the portfolio's Class B shares?")
    assert a.answered and "Pardo" in a.answer
    assert all(c.kind != "share_class" for c in a.checks)


def test_a_met_constraint_is_listed_with_its_citation(assistant: Assistant) -> None:
    a = assistant.ask("Who manages the J.P. Morgan Small Cap Stock Portfolio?")
    assert a.answered and 0.0 < a.confidence < 1.0
    assert [(c.kind, c.ok, c.citation) for c in a.checks] == [
        ("fund", True, 1),
        ("answer_type", True, 1),
    ]


TYPED = """\
HARBORGATE FUNDS

Supplement dated March 3, 2014

The Management Biography for Carl B. Ashton is deleted.

The board approved a change to the fund's sub-adviser.

Effective April 1, 2014, the fund's name changes to Northgate Value Fund.
"""


@pytest.fixture(scope="module")
def typed(assistant_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return assistant_over({"typed.txt": TYPED})


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Whose management biography is deleted?", True),
        ("What sub-advisory fee rate will the fund pay under the new agreement?", False),
        ("When does the name change take effect?", True),
    ],
)
def test_the_answer_holds_what_the_question_asks_for(
    typed: Assistant, question: str, answered: bool
) -> None:
    a = typed.ask(question)
    assert a.answered is answered, a.answer
    if answered:
        assert any(c.kind == "answer_type" and c.ok for c in a.checks)
    else:
        assert not a.items


def test_a_year_in_a_fund_name_found_by_the_date_finder_is_no_date() -> None:
    q = "Who left the Target 2040 Fund?"
    assert verify.constraints(q, dates=["2040"], fund_spans=["Target 2040 Fund"]) == []


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("What is the fund's current expense ratio?", "before"),
        ("What was the management fee before the change?", "before"),
        ("What is the new management fee?", "after"),
        ("What will the expense ratio be after the reallocation?", "after"),
        ("How did the fee change from the old rate to the new one?", None),
        ("What is the minimum initial investment?", None),
    ],
)
def test_amount_side_of_a_question(question: str, side: str | None) -> None:
    assert verify.amount_side(question) == side


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("The expense ratio will increase to 0.42%.", "0.42%", "after"),
        ("The fee was reduced from 0.75% to 0.65% of net assets.", "0.75%", "before"),
        ("The fee was reduced from 0.75% to 0.65% of net assets.", "0.65%", "after"),
        ("The cap is lowered to approximately 10% of assets.", "10%", "after"),
        # no change verb: "to" is no side of anything
        ("The fund may invest up to 10% of its assets in REITs.", "10%", None),
        ("The fee is 0.50% of net assets.", "0.50%", None),
        # no change verb, but the words beside the amount say its side
        ("The Fund may now invest up to 15% in loans, compared to 5% previously.", "5%", "before"),
        ("The Fund may now invest up to 15% in loans, compared to 5% previously.", "15%", "after"),
    ],
)
def test_amount_role_in_a_change(sentence: str, amount: str, role: str | None) -> None:
    assert verify.amount_role(sentence, amount) == role


RATIO = """HARBORGATE MANAGED INCOME FUND
Supplement dated May 1, 2015 to the Prospectus dated February 26, 2015

Important Changes to the Fund
With the addition of a new underlying fund, it is expected that the expense ratio of the Fund
will increase to 0.42%. The Fund's management fee will be reduced from 0.30% to 0.25%.
"""


def test_the_amount_a_change_goes_to_is_no_current_amount(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"ratio.txt": RATIO})
    assert not fund.ask("What is the fund's current expense ratio?").answered
    new = fund.ask("What will the expense ratio be after the change?")
    assert new.answered and "0.42%" in new.answer, new.answer
    old = fund.ask("What was the management fee before the change?")
    assert old.answered and "0.30%" in old.items, old.answer


DEPARTURES = """HARBORGATE EQUITY FUND
Supplement dated July 1, 2019 to the Prospectus dated March 1, 2019

Effective June 30, 2019, Carl Berg no longer serves as a portfolio manager of the Fund.
Ann Lee will continue to serve as portfolio manager of the Fund.
"""


def test_who_left_keeps_the_date_and_role_asked(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"departures.txt": DEPARTURES})
    left = fund.ask("Who no longer serves as portfolio manager of the fund?")
    assert left.answered and "Carl Berg" in left.items, left.answer
    # another date, another role: not this departure
    assert not fund.ask("Who left the fund in March 2021?").answered
    assert not fund.ask("Which trustee retired from the board?").answered


PM_2008 = """HARBORGATE BOND FUND
Supplement dated March 1, 2012 to the Prospectus dated January 1, 2012

Portfolio Managers
Ann Q. Lee, Chief Investment Officer, has shared primary responsibility for the management of
the fund since 2008, and has served on teams managing fixed-income investments since 1991.
"""
COMMITTEE = """HARBORGATE TARGET DATE FUNDS
Supplement dated January 15, 2014 to the Prospectus dated December 1, 2013

Ann Q. Lee, Co-Chief Investment Officer, has been chairman of the firm's Asset Allocation
Committee since December 2013.
"""


def test_a_reader_candidate_the_evidence_refutes_gives_way_to_the_next(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    firm = assistant_over({"pm.txt": PM_2008, "committee.txt": COMMITTEE})
    a = firm.ask("Since when has Ann Q. Lee chaired the Asset Allocation Committee?")
    assert a.answered, a.answer
    assert "December 2013" in a.answer and a.citations[0].doc == "committee.txt"
    b = firm.ask("Since when has Ann Q. Lee managed the fund?")
    assert b.answered and "2008" in b.answer, b.answer


FEES = """HARBORGATE INCOME FUND
Supplement dated June 1, 2020 to the Prospectus dated March 1, 2020

Management Fee
The fund pays the adviser a management fee of 0.50% of average daily net assets.
The fee rate in 2018 was 0.45%.
"""


def test_the_next_sentence_answers_when_the_best_one_is_not_borne_out(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"fees.txt": FEES})
    a = fund.ask("What management fee did the fund pay the adviser in 2018?")
    assert a.answered, a.answer
    assert "0.45%" in a.items and "0.50%" not in a.items, a.answer


SUBADVISER = """HARBORGATE GROWTH FUND
Supplement dated May 1, 2020 to the Prospectus dated March 1, 2020

Effective May 1, 2020, Summit Partners LLC replaces Harbor Capital LLC as sub-adviser to the Fund.
"""


def test_the_former_side_of_a_change_is_asked_for(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"sub.txt": SUBADVISER})
    now = fund.ask("Who is the fund's sub-adviser?", doc="sub.txt")
    assert now.answered and now.items == ("Summit Partners LLC",), now.answer
    before = fund.ask("Who was the fund's former sub-adviser?", doc="sub.txt")
    assert before.answered and before.items == ("Harbor Capital LLC",), before.answer
    # the firm the question names is no answer to it
    named = fund.ask("Which firm did Summit Partners LLC replace as sub-adviser?", doc="sub.txt")
    assert "Summit Partners LLC" not in named.items


def test_asks_earlier() -> None:
    assert verify.asks_earlier("Who was the former sub-adviser?")
    assert verify.asks_earlier("Who managed the fund previously?")
    assert not verify.asks_earlier("Who replaced the sub-adviser?")
    assert not verify.asks_earlier("Who is the sub-adviser?")


NORTHGATE = """NORTHGATE FUNDS TRUST
Northgate Small Cap Value Fund
Northgate International Equity Fund

Supplement dated September 12, 2019 to the Prospectus dated March 1, 2019

Sub-Adviser Change for the Northgate International Equity Fund

At a meeting held on August 20, 2019, the Board of Trustees approved the termination of Eastbridge
Global Investors Ltd. as sub-adviser to the Northgate International Equity Fund and the
appointment of Calder Rock Asset Management LLC as the Fund's new sub-adviser, effective
November 15, 2019.

Fund Name Change

Effective December 31, 2019, the Northgate Small Cap Value Fund will be renamed the Northgate
Small Cap Opportunities Fund.
"""


@pytest.mark.parametrize(
    ("question", "item"),
    [
        (
            "Who is the new sub-adviser of the International Equity Fund?",
            "Calder Rock Asset Management LLC",
        ),
        ("Which sub-adviser was terminated?", "Eastbridge Global Investors Ltd."),
        ("When does the name change take effect?", "December 31, 2019"),
    ],
)
def test_a_supplement_of_two_changes(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, item: str
) -> None:
    a = assistant_over({"northgate.txt": NORTHGATE}).ask(question, doc="northgate.txt")
    assert a.answered, a.answer
    assert a.items[0] == item, (a.answer, a.items)


MANAGERS = """NORTHGATE FUNDS TRUST
Northgate Small Cap Value Fund
Northgate International Equity Fund

Supplement dated September 12, 2019 to the Prospectus dated March 1, 2019

Effective October 1, 2019, Jonathan P. Weller will no longer serve as a portfolio manager of the
Northgate Small Cap Value Fund. Effective the same date, Maria Okafor will join Daniel Brenner as
co-portfolio manager of the Fund.
"""


def test_people_of_another_fund_of_the_filing_are_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"managers.txt": MANAGERS})
    other = fund.ask("Who manages the Northgate International Equity Fund?")
    assert not other.answered, other.answer
    own = fund.ask("Who will co-manage the Northgate Small Cap Value Fund?")
    assert own.answered and "Maria Okafor" in own.items, own.answer


FEE_OF_ONE_FIRM = """NORTHGATE INTERNATIONAL EQUITY FUND
Supplement dated September 12, 2019 to the Prospectus dated March 1, 2019

Sub-Adviser Change
The Board of Trustees approved the termination of Eastbridge Global Investors Ltd. as sub-adviser
to the Fund and the appointment of Calder Rock Asset Management LLC as the Fund's new
sub-adviser, effective November 15, 2019. The Adviser will pay Calder Rock a sub-advisory fee at
an annual rate of 0.35% of the Fund's average daily net assets.
"""


def test_a_firm_the_question_asks_about_must_be_in_the_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"fee.txt": FEE_OF_ONE_FIRM})
    other = fund.ask("What is the sub-advisory fee for Eastbridge Global Investors?", doc="fee.txt")
    assert not other.answered, other.answer
    assert any(c.kind == "org" and not c.ok for c in other.checks)
    own = fund.ask("What is the sub-advisory fee for Calder Rock?", doc="fee.txt")
    assert own.answered and "0.35%" in own.items, own.answer


def test_a_firm_naming_the_filing_only_locates_it() -> None:
    from assistant.engine import _names_the_filing

    assert _names_the_filing(
        "Which series are listed in the June 2012 Harbor Templeton supplement?", "Harbor Templeton"
    )
    assert not _names_the_filing("What is the fee for Harbor Templeton?", "Harbor Templeton")


def test_how_many_asks_for_a_number() -> None:
    from assistant.understand import understand

    assert understand("How many shareholders approved the reorganization?").answer_type == "amount"


CUSTODIAN = """RIDGEHAVEN FUNDS
Ridgehaven Core Bond Fund

Supplement dated March 3, 2021 to the Summary Prospectus dated August 1, 2020

Effective May 1, 2021, the Fund's custodian will change from Harbor Trust Company to Summit
Bank, N.A.
"""


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("Who is the new custodian of the fund?", "Summit Bank, N.A."),
        ("What is the new custodian?", "Summit Bank, N.A."),
        ("Who was the custodian before May 1, 2021?", "Harbor Trust Company"),
    ],
)
def test_a_change_of_service_provider(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, item: str
) -> None:
    a = assistant_over({"custodian.txt": CUSTODIAN}).ask(question, doc="custodian.txt")
    assert a.answered and a.items == (item,), (a.answer, a.items)


def test_who_asks_for_a_firm_by_its_role() -> None:
    from assistant.understand import understand

    for q in ("Who is the new custodian of the fund?", "Who is the transfer agent?"):
        assert understand(q).answer_type == "org", q
    assert understand("Who is the portfolio manager?").answer_type == "person"


LEAD_IN = (
    'The information in the Prospectus under "Fund Summary - Harborgate {} - Management of '
    'the Fund - Portfolio Manager" is replaced with the following:'
)
LEAD_INS = "\n".join(
    [
        "HARBORGATE FUNDS",
        "Supplement dated February 16, 2012 to Prospectus dated December 29, 2011",
        "Changes in Portfolio Managers",
        LEAD_IN.format("Large-Cap Value Fund"),
        "Portfolio Managers. Dana Holt, Lee Marsh and Ann Q. Lee co-manage the Fund. Ms. Holt "
        "is the lead portfolio manager.",
        LEAD_IN.format("Short-Term Income Fund"),
        "Portfolio M",
    ]
)


def test_people_under_another_funds_lead_in_are_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"leads.txt": LEAD_INS})
    other = fund.ask(
        "Who are the portfolio managers of the Harborgate Short-Term Income Fund?", doc="leads.txt"
    )
    assert not other.answered, other.answer
    own = fund.ask(
        "Who are the portfolio managers of the Harborgate Large-Cap Value Fund?", doc="leads.txt"
    )
    assert own.answered and "Dana Holt" in own.items, own.answer


@pytest.mark.parametrize(
    ("question", "sentence", "ok"),
    [
        (
            "Why is the fund liquidating?",
            "The Board approved a plan of liquidation of the Fund.",
            False,
        ),
        (
            "Why is the fund liquidating?",
            "The Adviser determined that the Fund could not attract sufficient assets.",
            True,
        ),
        ("Why will the fee change?", "The fee is reduced in light of economies of scale.", True),
        ("When is the fund liquidating?", "The Board approved a plan of liquidation.", True),
        (
            "What reason did the Adviser give for recommending the liquidation?",
            "The Board approved a plan of liquidation of the Fund.",
            False,
        ),
        (
            "What was the rationale for the liquidation?",
            "The Adviser determined that the Fund could not attract sufficient assets.",
            True,
        ),
        # a clause of cause after "as" or "since" and its subject
        (
            "Why are small-cap securities subject to liquidity risk?",
            "Such securities are subject to liquidity risk as they are often traded "
            "over-the-counter.",
            True,
        ),
        (
            "Why may the fund's shares be hard to sell?",
            "Shares may be hard to sell since they trade in small volumes.",
            True,
        ),
        (
            "Why is the fund closing?",
            "The fund has been open since it was launched in 2001.",
            False,
        ),
    ],
)
def test_a_why_question_wants_a_reason(question: str, sentence: str, ok: bool) -> None:
    assert verify.gives_reason(question, sentence) is ok


TEAM_CHANGE = """RIDGELINE FUNDS
Ridgeline Emerging Growth Fund
Supplement dated August 14, 2003 to the Prospectus dated February 1, 2003

Effective September 1, 2003, Theodore R. Vance and Priya Natarajan of Larchwood will be
jointly responsible for the day-to-day management of the Ridgeline Emerging Growth Fund.

Walter J. Brennan, who had managed the Fund since its inception in 1996, will no longer serve
as portfolio manager of the Fund after August 31, 2003.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who managed the Ridgeline Emerging Growth Fund before September 2003?",
        "Who was the portfolio manager of the fund prior to September 1, 2003?",
    ],
)
def test_before_a_date_a_manager_whose_tenure_starts_then_is_no_answer(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"team.txt": TEAM_CHANGE}).ask(question)
    assert "Vance" not in a.answer and "Natarajan" not in a.answer, a.answer
    assert a.answered and "Walter J. Brennan" in a.answer, a.answer
    # without the bound, the new team manages the fund
    now = assistant_over({"team.txt": TEAM_CHANGE}).ask("Who will manage the fund?")
    assert now.items == ("Theodore R. Vance", "Priya Natarajan"), now.answer


@pytest.mark.parametrize(
    ("question", "text", "holds"),
    [
        # the amount a question states as a condition must be in the evidence, however spelt
        ("What CDSC applies to purchases of $1,000,000 or more?", "$1 million or more", True),
        ("What CDSC applies to purchases of $1,000,000 or more?", "| None | 1.00% | None", False),
        ("How long does the 0.65% expense cap last?", "Net expenses | 0.65", True),
        ("How long does the 0.65% expense cap last?", "capped at 0.66% until 2026", False),
        ("What fee applies above $500 million?", "Over $500 million | 0.65%", True),
    ],
)
def test_an_amount_the_question_states_is_a_condition(
    question: str, text: str, holds: bool
) -> None:
    wanted = verify.constraints(question, amounts=spans.amounts(question))
    checks = verify.verify(wanted, [evidence(text)])
    assert [(c.kind, c.ok) for c in checks] == [("amount", holds)]


def test_a_table_cell_that_misses_the_stated_amount_gives_way(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    html = (
        "<html><body><p>Harborgate Core Bond Fund</p><p>Summary Prospectus dated May 1, 2025</p>"
        "<h2>Shareholder Fees</h2><table>"
        "<tr><td>(fees paid directly from your investment)</td>"
        "<td>Class A</td><td>Class C</td></tr>"
        "<tr><td>Maximum deferred sales charge (load)</td><td>None*</td><td>1.00%</td></tr>"
        "</table><p>* A 1.00% contingent deferred sales charge may apply to certain purchases of "
        "Class A shares of $1,000,000 or more that are redeemed within eighteen months of the "
        "date of purchase.</p></body></html>"
    )
    fund = assistant_over({"f.html": html})
    a = fund.ask("What is the Class A CDSC on purchases of $1,000,000 or more?", doc="f.html")
    assert a.answered and "1.00%" in a.answer and "eighteen months" in a.answer, a.answer
    b = fund.ask("What is the maximum deferred sales charge for Class C?", doc="f.html")
    assert b.answered and "1.00%" in b.answer, b.answer


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Who are the subadvisers to certain of the Funds?", "subadviser"),
        ("Which firms are the custodians of the fund's assets?", "custodian"),
        # a law named after a role asks no role
        ("Which Advisers Act rule defines a qualified client?", None),
    ],
)
def test_a_role_asked_in_the_plural_is_a_constraint(question: str, role: str | None) -> None:
    roles = [c.value for c in verify.constraints(question) if c.kind == "role"]
    assert roles == ([role] if role else [])


@pytest.mark.parametrize(
    ("noun", "text", "states"),
    [
        ("days", "You will be given 30 days' notice to reestablish the minimum balance.", True),
        ("days", "You will be given 30 days notice.", True),
        ("funds", "The Trust offers 12 portfolios.", False),
    ],
)
def test_a_count_beside_its_noun_in_any_form(noun: str, text: str, states: bool) -> None:
    assert verify.states_count(noun, text) is states


def test_a_passage_under_another_person_s_name_is_not_about_the_one_asked() -> None:
    wanted = verify.constraints("When did Ravi Mendes begin his career?", persons=["Ravi Mendes"])
    plain = evidence("Began business career in 1999", context="Ravi Mendes joined in 2013.")

    def headed(section: str) -> verify.Evidence:
        return replace(plain, citation=replace(plain.citation, section=section))

    assert not verify.verify(wanted, [headed("Dana K. Holt, CFA")])[0].ok
    assert verify.verify(wanted, [headed("Ravi Mendes, CFA")])[0].ok
