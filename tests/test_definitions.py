"""What a term means, as the filing defines it: the sentence that holds the term beside a word of
defining ("The term “investable assets” ... refers to", "the Fund considers a “small company”
to be", "(referred to as a “Limited Trading Period”)"), not a sentence that merely uses it; a
question for a name ("which rule defines ...?") is no question of meaning."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant
from assistant.understand import term_asked, understand

TEXT = """CEDARLINE HIGH INCOME FUND
Supplement dated March 1, 2020 to the Prospectus dated May 1, 2019

Principal Investment Strategies. Under normal market conditions, the Fund will invest at least
80% of its investable assets in high yield instruments that are below investment grade. The
term "investable assets" in this prospectus refers to the Fund's net assets plus any borrowings
for investment purposes. The Fund's investable assets will be less than its total assets when it
borrows for other purposes.
"""

HTML = """<html><body>
<p>MAPLEWOOD SMALL CAP FUND</p>
<p>Supplement dated May 1, 2025 to the Prospectus dated May 1, 2025</p>
<p>The Fund invests at least 80% of its assets in stocks of small companies. Although there is \
not a universal definition, the Fund considers a &#8220;small market capitalization \
company&#8221; to be a company with a market capitalization below $12 billion.</p>
<p>The fund may accept orders on days that the Exchange is closed, or beyond an Exchange early \
closing time (referred to as a &#8220;Limited Trading Period&#8221;) if the Federal Reserve is \
open.</p>
<p>Small market capitalization companies may be more volatile than larger ones.</p>
</body></html>
"""


COPULA = """NORTHWIND JAPAN EQUITY FUND
Supplement dated September 11, 2002 to the Prospectus dated March 1, 2002

The redemption fee is not assessed on shares purchased by accounts opened pursuant to black box
wrap fee programs that have been preapproved by the Fund's Distributor. Black box wrap fee
programs are discretionary accounts where the investment decisions are made at the firm level.
"""


@pytest.mark.parametrize(
    ("filing", "name", "question", "said"),
    [
        (TEXT, "t.txt", 'What does the prospectus mean by "investable assets"?', "net assets plus"),
        # a term that opens a sentence as its subject, "X are ...", is defined by it
        (
            COPULA,
            "c.txt",
            "How does the supplement define black box wrap fee programs?",
            "made at the firm level",
        ),
        (TEXT, "t.txt", "What is meant by investable assets?", "net assets plus"),
        (TEXT, "t.txt", "investable assets definition?", "net assets plus"),
        (
            HTML,
            "m.htm",
            "How does the fund define a small market capitalization company?",
            "below $12 billion",
        ),
        (
            HTML,
            "m.htm",
            "What does the supplement mean by a Limited Trading Period?",
            "early closing time",
        ),
        (
            HTML,
            "m.htm",
            "What's a Limited Trading Period, as the supplement defines it?",
            "Exchange is closed",
        ),
    ],
)
def test_the_sentence_that_defines_the_term(
    assistant_over: Callable[[dict[str, str]], Assistant],
    filing: str,
    name: str,
    question: str,
    said: str,
) -> None:
    a = assistant_over({name: filing}).ask(question)
    assert a.answered, a.answer
    assert said in a.answer, a.answer


@pytest.mark.parametrize(
    ("filing", "name", "question"),
    [
        (TEXT, "t.txt", "What does the prospectus mean by high yield instruments?"),
        (HTML, "m.htm", "How does the fund define a large company?"),
        (COPULA, "c.txt", "What does the supplement mean by a discretionary account?"),
    ],
)
def test_a_term_the_filing_only_uses_is_not_defined(
    assistant_over: Callable[[dict[str, str]], Assistant], filing: str, name: str, question: str
) -> None:
    a = assistant_over({name: filing}).ask(question)
    assert not a.answered, a.answer


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ('what does the prospectus mean by "investable assets"', "investable assets"),
        ("How does the fund define a small company?", "small company"),
        ("What does NRSRO mean?", "NRSRO"),
        ("What's the prospectus definition of 'below investment grade'?", "below investment grade"),
        (
            "What's a Limited Trading Period, as the supplement defines it?",
            "Limited Trading Period",
        ),
        # a name asked, or no meaning
        ("Which Advisers Act rule defines a qualified client?", None),
        ("In the 2016 supplement, which rule defines a qualified client?", None),
        ("Who manages the fund's assets?", None),
    ],
)
def test_the_term_a_question_asks(question: str, term: str | None) -> None:
    assert term_asked(question) == term
    if term is not None:
        assert understand(question).answer_type == "sentence"
