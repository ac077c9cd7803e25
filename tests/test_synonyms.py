"""Question words filings say in other words (assistant/data/synonyms.json), by inflection."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from assistant import wordforms
from assistant.compose import SYNONYMS, Weights, stem, stems_of
from assistant.engine import Assistant
from assistant.wordforms import derived


@pytest.mark.parametrize(
    ("question_word", "filing_word"),
    [
        ("dropped", "removed"),  # an inflected question word finds its lemma's entry
        ("drops", "deleted"),
        ("bought", "purchases"),  # irregular forms too
        ("put", "allocated"),
        ("folded", "reorganization"),
        ("around", "approximately"),
        ("hired", "appointed"),
        ("worst", "lowest"),
        ("stops", "no longer"),
        ("previous", "previously"),  # Porter stems these apart
        ("still", "continue"),
        ("benchmark", "index"),
        ("inception", "commenced"),
        ("liquidated", "liquidation"),  # a verb meets its noun
        ("reorganization", "reorganized"),
        # a comparative meets its adjective ("smaller companies" of "small and mid-sized
        # companies"), both ways
        ("smaller", "small"),
        ("small", "smallest"),
        ("larger", "large"),
        ("bigger", "larger"),
        ("OTC", "over-the-counter"),  # an abbreviation filings spell out
    ],
)
def test_inflections_meet(question_word: str, filing_word: str) -> None:
    weights = Weights([question_word], {}, set())
    assert weights.coverage(stems_of(f"The fund {filing_word} it.")) == 1.0


def test_a_filing_word_stands_for_its_own_forms_only() -> None:
    # "no longer" answers "dropped"; "long" (a lemma of "longer") does not
    assert "long" not in SYNONYMS[stem("dropped")]
    assert "longer" in SYNONYMS[stem("dropped")]


def test_the_generated_forms_match_the_vocabulary() -> None:
    # after editing synonyms.json: python -m assistant.wordforms
    assert wordforms.generate() == json.loads(wordforms.FORMS.read_text(encoding="utf-8"))


def test_the_vocabulary_is_single_lower_case_words() -> None:
    data = json.loads(wordforms.SOURCE.read_text(encoding="utf-8"))["words"]
    for word, others in data.items():
        assert word == word.lower() and " " not in word, word
        assert others and all(o == o.lower() and " " not in o for o in others), word


ALLOCATION = """HARBORGATE MANAGED PAYOUT FUND
Supplement dated May 1, 2015 to the Prospectus dated February 26, 2015

The advisor expects to allocate approximately 10% of the Fund's assets to the Summit
Alternative Strategies Fund. If shareholder approval of the proposal is obtained, it is
expected that the Reorganization will take place on or about March 21, 2016. A shareholder
meeting is scheduled to be held on or about January 28, 2016.
"""


def test_paraphrased_questions_answer(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    fund = assistant_over({"payout.txt": ALLOCATION})
    a = fund.ask(
        "Roughly how much of the fund's assets does the advisor plan to put into the new fund?"
    )
    assert a.answered and "10%" in a.items, a.answer
    b = fund.ask("If shareholders approve it, around when would the fund be folded into the other?")
    assert b.answered and "March 21, 2016" in b.answer, b.answer


def test_hyphenated_words_meet_their_parts() -> None:
    stems = stems_of("the Registrant's Post-Effective Amendment")
    assert {"post-effect", "post", "effect"} <= stems
    weights = Weights(["post-effective", "amendment"], {}, set())
    assert weights.coverage(stems_of("Post-Effective Amendment No. 22 was filed.")) == 1.0


def test_stems_kept_per_text_are_the_texts_own() -> None:
    """The stems kept for a text are its own, a caller can join them but not change them, and
    texts past the number kept give their stems again."""
    own = {"fund", "merg", "into", "the", "acquir"}
    first = stems_of("Funds merged into the Acquiring Fund")
    assert first == own
    joined = first | {"changed"}
    with pytest.raises(AttributeError):
        first.add("changed")  # type: ignore[attr-defined]
    assert stems_of("Funds merged into the Acquiring Fund") == own and "changed" in joined
    texts = [f"Portfolio {i} shares redeemed" for i in range(wordforms.STEMS_KEPT + 10)]
    for text in (*texts, *texts[:20]):
        assert stems_of(text) == {"portfolio", text.split()[1], "share", "redeem"}, text


def test_a_real_word_is_read_as_a_form_only_by_its_inflection(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = "HARBORGATE TRUST\nThe Audit Committee met four times. The board oversees the funds.\n"
    fund = assistant_over({"audit.txt": text})
    assert "Read “auditor”" not in fund.ask("Who is the fund's auditor?").answer


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("intend", "intention"),
        ("decide", "decision"),
        ("redeem", "redemption"),
        ("permit", "permission"),
        ("describe", "description"),
    ],
)
def test_a_word_meets_its_latinate_derivation(word: str, other: str) -> None:
    weights = Weights([word], {}, set())
    assert weights.coverage(stems_of(f"The Fund states its {other} here.")) == 1.0


def test_short_stems_and_unrelated_words_take_no_derivation() -> None:
    assert derived(stem("base")) == set()  # "base" is no "bad"
    assert Weights(["invest"], {}, set()).coverage(stems_of("an investor")) < 1.0


def test_a_derivation_answers_a_question(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    text = (
        "HARBORGATE TRUST\nSupplement dated March 31, 2020\nThe Fund has limited sales of its "
        "shares. The Fund may resume sales of its shares at some future date, but it has no "
        "present intention to do so.\n"
    )
    a = assistant_over({"closed.txt": text}).ask("Does the fund intend to resume sales?")
    assert a.answered and "no present intention" in a.answer, a.answer


CLOSED = """Northgate Equity Fund
Supplement dated March 2, 2020 to the Prospectus dated May 1, 2019

Effective April 1, 2020, the Fund is closed to new investors. Existing shareholders may
continue to purchase additional shares of the Fund. Selling agents may not purchase shares on
behalf of clients who do not own shares of the Fund.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Can existing shareholders still buy additional shares?",
        "May existing shareholders keep buying additional shares?",
    ],
)
def test_an_answer_in_other_words_covers_the_question(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    # the confidence model reads how much of the question the evidence states: the filing's
    # "purchase" states the question's "buy"
    answer = assistant_over({"closed.txt": CLOSED}).ask(question)
    assert "continue to purchase additional shares" in answer.answer, answer.answer
    assert answer.features["coverage"] == 1.0, answer.features


EXPENSE_CAP = """HARBORGATE GOVERNMENT BOND FUND
Supplement dated May 13, 1999 to the Prospectus dated January 1, 1999

Certain Fund expenses are being absorbed by the Adviser to ensure that the Fund's annualized
total operating expenses do not exceed 0.95% of the Fund's average net assets.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What's the ceiling on total operating expenses for the fund?",
        "What is the cap on the fund's total operating expenses?",
    ],
)
def test_a_limit_said_as_what_expenses_do_not_exceed(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"cap.txt": EXPENSE_CAP}).ask(question)
    assert answer.answered and "0.95%" in answer.answer, answer.answer


REDEMPTION_FEE = """HARBORGATE FUNDS
Supplement dated May 1, 2005 to the Prospectus dated July 31, 2004

The Board of Directors has approved the imposition of a 2.00% redemption fee to be charged when
an investor redeems shares of a Fund that were acquired within the previous 60 days.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What redemption fee is the fund putting in place?",
        "What redemption charge does the fund put in place?",
    ],
)
def test_put_in_place_is_imposed(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str
) -> None:
    answer = assistant_over({"fee.txt": REDEMPTION_FEE}).ask(question)
    assert answer.answered and "2.00%" in answer.answer, answer.answer
