"""How a question's words meet a filing's: a role set aside in parentheses is not asked ("the
investment adviser (not the sub-adviser)"), a hyphenated word is said only by all its parts
("OTC-traded" is not said by "traded"), a British spelling meets the American one ("organise" is
said "organized"), and a firm's name cut off at "Co" (an excerpt's end) is still a name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import spans
from assistant.compose import Weights, stems_of
from assistant.engine import Assistant
from assistant.phrasing import rephrase
from assistant.wordforms import american


@pytest.mark.parametrize(
    ("question", "phrased"),
    [
        (
            "Who is the investment adviser (not the sub-adviser) of the Growth Portfolio?",
            "Who is the investment adviser of the Growth Portfolio?",
        ),
        ("Who is the sub-adviser (rather than the adviser)?", "Who is the sub-adviser?"),
        # a case set aside stays: the answer must not be of that case
        (
            "Minimum initial investment for an IRA (not on a systematic purchase plan)?",
            "Minimum initial investment for an IRA (not on a systematic purchase plan)?",
        ),
    ],
)
def test_a_role_set_aside_in_parentheses_is_not_asked(question: str, phrased: str) -> None:
    assert rephrase(question) == phrased


@pytest.mark.parametrize(
    ("word", "spelt"),
    [
        ("organise", "organize"),
        ("organisation", "organization"),
        ("analysed", "analyzed"),
        ("favour", "favor"),
        ("centre", "center"),
        ("programme", "program"),
        ("hour", "hour"),
        ("four", "four"),
        ("rise", "rise"),
    ],
)
def test_british_spellings(word: str, spelt: str) -> None:
    assert american(word) == spelt


def test_a_british_spelling_meets_the_american_one() -> None:
    weights = Weights(["organise"], {}, set())
    assert weights.coverage(stems_of("teams organized by broad investment categories")) == 1.0


def test_a_hyphenated_word_is_said_by_all_its_parts() -> None:
    # shared by the parts' rarity in English: "OTC" (no English word) over "traded"
    weights = Weights(["OTC-traded"], {}, set())
    whole = weights.coverage(stems_of("Securities traded over-the-counter are valued at ..."))
    part = weights.coverage(stems_of("Securities traded on an exchange are valued at ..."))
    assert whole == pytest.approx(1.0)
    assert 0.0 < part < 0.5


def test_a_hyphenated_word_is_mostly_its_rarer_parts() -> None:
    # "ETF-structure-specific": "ETF Structure Risk" says most of it, "specific" least
    weights = Weights(["ETF-structure-specific"], {}, set())
    said = weights.coverage(stems_of("ETF Structure Risk. The Fund is an ETF."))
    assert 0.7 < said < 1.0
    assert weights.coverage(stems_of("Specific risks apply.")) < 0.3


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("a change of sub-adviser from Northwind Capital LLC to Eastbank Investment Co",
         "Eastbank Investment Co"),
        ("to Eastbank Investment Co LLC as sub-adviser", "Eastbank Investment Co LLC"),
        ("to Eastbank Investment Co. as sub-adviser", "Eastbank Investment Co."),
    ],
)  # fmt: skip
def test_a_firm_named_with_co_without_its_stop(text: str, org: str) -> None:
    assert org in spans.orgs(text)


CHANGE = """NORTHWIND INVESTORS TRUST
Supplement dated October 25, 2013 to the Prospectus

On October 22, 2013, the Board approved a change with respect to the Northwind Total Return \
Bond Portfolio's sub-adviser from Pacific Example Management Company LLC ("PEMCO") to Eastbank \
Investment Management Co"""


def test_the_firm_a_cut_off_filing_names_last_is_answered_whole(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"c.txt": CHANGE}).ask(
        "Who would replace PEMCO as sub-adviser of the Northwind Total Return Bond Portfolio?",
        doc="c.txt",
    )
    assert a.answered, a.answer
    assert "Eastbank Investment Management Co" in a.items


@pytest.mark.parametrize("text", ["the subadvisers to the Funds", "the sub-advisers to the Funds"])
def test_a_hyphenated_word_written_whole_says_every_part(text: str) -> None:
    weights = Weights(["sub-advisers"], {}, set())
    assert weights.coverage(stems_of(text)) == pytest.approx(1.0)
