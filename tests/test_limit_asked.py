"""An amount asked as the level something is held to ("where is Class C's expense ratio
capped?", "what are total expenses limited to?") is a limit the evidence states, not the total a
fee table charges; a filing that states no limit does not answer it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

TABLE = """HARLOW FUNDS TRUST
Harlow Select Fund
Supplement dated June 30, 2025 to the Summary Prospectus

Annual Fund Operating Expenses

(expenses that you pay each year as a percentage of the value of your investment) | Class A | \
Class C | Class Y
Management fees | 0.75% | 0.75% | 0.75%
Distribution and/or service (12b-1) fees | 0.25% | 1.00% | 0.00%
Other expenses | 0.09% | 0.09% | 0.09%
Total annual fund operating expenses | 1.09% | 1.84% | 0.84%
"""
CAPPED = (
    TABLE
    + """
Harlow Advisors, LLC has given a binding contractual undertaking to the Fund to limit the \
amount of the Fund's total annual fund operating expenses to 1.10%, 1.85% and 0.85% of the \
Fund's average daily net assets for Class A, Class C and Class Y shares, respectively, through \
June 30, 2026.
"""
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (TABLE, "At what level are Class C total annual fund operating expenses capped?", None),
        (TABLE, "Where does the adviser cap Class C total operating expenses?", None),
        (TABLE, "what are class C total operating expenses limited to", None),
        (CAPPED, "At what level are Class C total annual fund operating expenses capped?",
         "1.85%"),
        (CAPPED, "Where does Harlow cap Class C total operating expenses?", "1.85%"),
        # (a firm named by a role word asks no role: "Harlow Advisors" is a name)
        (CAPPED, "Where does Harlow Advisors cap Class C total operating expenses?", "1.85%"),
        # the total charged is still answered when asked
        (TABLE, "What are Class C total annual fund operating expenses?", "1.84%"),
        # a fund's size in lower case asks no limit
        (TABLE, "what are class C total operating expenses of the harlow mid cap fund", "1.84%"),
    ],
)  # fmt: skip
def test_a_limit_asked_is_a_limit_stated(
    expect_answer: Callable[[str, str, str | None], object],
    text: str,
    question: str,
    expected: str | None,
) -> None:
    expect_answer(text, question, expected)


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Where does Harlow Advisors cap Class C expenses?", None),
        ("What fee does Northwind Asset Managers charge?", None),
        ("Who is the Investment Adviser?", "adviser"),
        ("Which firm is the Fund's Sub-Adviser?", "sub-adviser"),
        ("Who are the Advisor Class shares sold to?", None),
    ],
)
def test_a_role_word_ending_a_firm_name_asks_no_role(question: str, role: str | None) -> None:
    from assistant import verify

    asked = [c.value for c in verify.constraints(question) if c.kind == "role"]
    assert (role in asked) if role else not asked, asked
