"""Which date a "when does it take effect?" question asks for: the start of what changes, not
the end of an agreement already in force ("will remain in effect until ..."), nor a date
beside a bond's "effective duration"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

IN_FORCE = """Larchwood Core Bond Fund
Summary Prospectus dated March 1, 2025

Fees and Expenses

The Adviser has agreed to waive fees so that total annual fund operating expenses do not exceed
0.55%. This agreement will remain in effect until February 28, 2026, and thereafter shall renew
automatically for one-year terms.

Principal Investment Strategies

While the effective duration of the Bloomberg U.S. Aggregate Bond Index fluctuates, as of
December 31, 2024, the effective duration was approximately 6.1 years.
"""

CHANGE = """Larchwood Core Bond Fund
Supplement dated June 3, 2025 to the Summary Prospectus dated March 1, 2025

The Board of Trustees approved a reduction of the Fund's management fee to 0.40%, effective
July 1, 2025. The new fee will remain in effect through June 30, 2027.
"""


@pytest.mark.parametrize(
    "question",
    ["When does this change take effect?", "When does the fee waiver take effect?"],
)
def test_an_end_date_or_a_bond_measure_is_no_start(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"in_force.txt": IN_FORCE}).ask(question)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("When does the new management fee take effect?", "July 1, 2025"),
        ("When does the fee reduction become effective?", "July 1, 2025"),
        ("Until when does the new fee remain in effect?", "June 30, 2027"),
    ],
)
def test_the_date_of_the_side_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    answer = assistant_over({"change.txt": CHANGE}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == (date,), answer.items


UNDATED = """Larchwood Global Infrastructure Fund
On November 11, 2013, the Board of Directors of the Fund approved a proposed merger of the Fund
into Larchwood Real Assets Fund. If the proposal is approved by shareholders, the merger is
expected to take place on or around May 23, 2014.
"""

DATED_IN_TEXT = """Larchwood Global Infrastructure Fund
Larchwood Real Assets Fund

The Board of Directors approved a proposed merger of the Fund into Larchwood Real Assets Fund.
The merger is expected to take place on or around May 23, 2014.

This Supplement is dated February 3, 2014.
"""

AMENDS_DATED = """Larchwood Managed Payout Funds Supplement to the Prospectus Dated April 28, 2010

The Funds will change their target index effective June 1, 2010.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is the date of this supplement?",
        "When was this supplement dated?",
        "What date is on this supplement?",
        "Which date is this supplement from?",
    ],
)
def test_a_filing_s_own_date_is_only_the_date_it_gives_itself(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # no date of its own: not the merger's date, not the prospectus it amends
    answer = assistant_over({"undated.txt": UNDATED}).ask(question)
    assert not answer.answered, answer.answer
    answer = assistant_over({"amends.txt": AMENDS_DATED}).ask(question)
    assert "April 28, 2010" not in answer.items, answer.answer
    answer = assistant_over({"dated.txt": DATED_IN_TEXT}).ask(question)
    assert answer.answered, answer.answer
    assert "February 3, 2014" in answer.items


DECIDED_THEN_EFFECTIVE = """Larchwood Growth Fund
Supplement dated June 3, 2025 to the Prospectus dated March 1, 2025

On May 20, 2025, the Board of Trustees approved a reduction of the Fund's management fee to
0.40%. The new fee becomes effective on July 1, 2025.
"""


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("When does the new management fee take effect?", "July 1, 2025"),
        ("When does the reduced management fee become effective?", "July 1, 2025"),
        ("When did the Board approve the new management fee?", "May 20, 2025"),
    ],
)
def test_the_day_decided_is_not_the_day_it_takes_effect(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, date: str
) -> None:
    # "The new fee" takes up the fee the sentence before names
    answer = assistant_over({"decided.txt": DECIDED_THEN_EFFECTIVE}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == (date,), answer.items


NOT_UNTIL = """Larchwood Small Cap Fund
Supplement dated August 28, 2025 to the Prospectus dated April 30, 2025

Class R shares of the Fund are not available for purchase until September 30, 2025. The
expense limitation agreement will remain in effect until April 30, 2027.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When will Class R shares be available for purchase?",
        "Starting when can investors buy Class R shares?",
        "As of when are Class R shares available for purchase?",
        "When do Class R shares become available?",
        "When can investors start buying Class R shares?",
    ],
)
def test_a_negated_until_dates_a_start(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"not_until.txt": NOT_UNTIL}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == ("September 30, 2025",), answer.items


MEETING_THEN_EFFECTIVE = """Larchwood Growth Advantage Fund
Supplement dated January 30, 2025 to the Prospectus dated November 1, 2024

A special meeting of the shareholders was held on December 18, 2024, where shareholders
approved a proposal to change the Fund from a diversified company to a non-diversified company.
As a result, effective February 5, 2025, the Fund will begin operating as a non-diversified
investment company.
"""

MEETING_ONLY = """Larchwood Growth Advantage Fund
Supplement dated January 30, 2025 to the Prospectus dated November 1, 2024

A special meeting of the shareholders was held on December 18, 2024, where shareholders
approved a proposal to change the Fund from a diversified company to a non-diversified company.
"""


@pytest.mark.parametrize(
    "question",
    [
        "When will the fund be non-diversified?",
        "When does the fund become non-diversified?",
        "As of what date does the fund operate as a non-diversified fund?",
    ],
)
def test_a_meeting_s_date_is_not_when_the_change_starts(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"both.txt": MEETING_THEN_EFFECTIVE}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == ("February 5, 2025",), answer.items
    # a filing that only dates the meeting does not say when the change starts
    answer = assistant_over({"meeting.txt": MEETING_ONLY}).ask(question)
    assert "December 18, 2024" not in answer.items, answer.answer


@pytest.mark.parametrize(
    "question",
    ["When was the special meeting of shareholders held?", "When did shareholders approve it?"],
)
def test_the_meeting_s_date_when_the_meeting_is_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"meeting.txt": MEETING_ONLY}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == ("December 18, 2024",), answer.items


ADJOURNED = """Larchwood Mid Cap Growth Fund
Supplement dated April 30, 2024

At the adjourned Special Shareholder Meeting held on April 30, 2024, shareholders approved the
reorganization. The Special Shareholder Meeting for the Fund has been further adjourned to May
6, 2024.
"""


@pytest.mark.parametrize(
    "question",
    [
        "The fund's shareholder meeting was adjourned again - to what date?",
        "To which date has the special shareholder meeting been adjourned?",
    ],
)
def test_to_what_date_asks_the_date_after_to(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"adjourned.txt": ADJOURNED}).ask(question)
    assert answer.answered, answer.answer
    assert answer.items[:1] == ("May 6, 2024",), answer.items


NAMED_SUPPLEMENT = """<html><body>
<p>QUILLON INVESTMENT TRUST</p>
<p>Quillon Enterprise Fund</p>
<p>Supplement dated March 31, 2020 to the Prospectus dated October 28, 2019</p>
<p>Effective on or about April 13, 2020, Quillon Enterprise Fund will reopen to new \
employer-sponsored retirement plan investors.</p>
</body></html>
"""


@pytest.mark.parametrize(
    "question",
    [
        "Date of the Quillon Enterprise Fund supplement announcing the reopening to retirement "
        "plans?",
        "What is the date of the Quillon Investment Trust Enterprise Fund supplement?",
        "What date is printed on the Quillon supplements announcing the reopening?",
    ],
)
def test_a_supplement_named_by_its_fund_is_asked_its_own_date(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    a = assistant_over({"q.htm": NAMED_SUPPLEMENT}).ask(question)
    assert a.answered, a.answer
    assert "March 31, 2020" in a.answer and "April 13" not in a.answer, a.answer
