"""A telephone number asked ("what toll-free number can I call to get the prospectus?") is read
from the sentences that print one: the sentence that best covers the rest of the question,
with the sentence before it when it takes that one up ("You can also get this information at
no cost by calling ..."); none when another number fits as well or nothing printed is of the
kind asked (a fax number)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

FILING = """HARBORGATE FUNDS
Harborgate Small Cap Opportunities Fund
Supplement dated May 1, 2025 to the Summary Prospectus dated May 1, 2025

Before you invest, you may want to review the Fund's Prospectus and Statement of Additional \
Information, which contain more information about the Fund and its risks. You can find the \
Fund's Prospectus, Statement of Additional Information and other information about the Fund \
at www.harborgatefunds.com. You can also get this information at no cost by calling \
800-243-2729 or by sending an email request to info@harborgatefunds.com.

Shareholders with questions about their accounts may call Shareholder Services at \
(877) 555-0142, Monday through Friday.
"""

ONE_NUMBER = """HARBORGATE FUNDS
Harborgate Small Cap Opportunities Fund
Supplement dated May 1, 2025 to the Summary Prospectus dated May 1, 2025

For more information, call us toll-free at 1-800-304-9745.
"""


@pytest.mark.parametrize(
    ("question", "number"),
    [
        (
            "What toll-free number can I call to get the prospectus and SAI at no cost?",
            "800-243-2729",
        ),
        (
            "What phone number do I call to get the Statement of Additional Information?",
            "800-243-2729",
        ),
        (
            "Which number should shareholders call with questions about their accounts?",
            "(877) 555-0142",
        ),
        ("What is the telephone number of Shareholder Services?", "(877) 555-0142"),
    ],
)
def test_the_number_for_what_is_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], question: str, number: str
) -> None:
    answer = assistant_over({"s.txt": FILING}).ask(question, doc="s.txt")
    assert answer.answered, answer.answer
    assert answer.items == (number,), answer.answer


def test_the_only_number_printed(assistant_over: Callable[[dict[str, str]], Assistant]) -> None:
    answer = assistant_over({"s.txt": ONE_NUMBER}).ask("What's the phone number?", doc="s.txt")
    assert answer.answered, answer.answer
    assert answer.items == ("1-800-304-9745",)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (FILING, "What's the phone number?"),  # two numbers, nothing to choose by
        (FILING, "What is the fax number for redemption requests?"),
        (ONE_NUMBER, "What is the fax number?"),
    ],
)
def test_no_number_of_what_is_asked(
    assistant_over: Callable[[dict[str, str]], Assistant], text: str, question: str
) -> None:
    answer = assistant_over({"s.txt": text}).ask(question, doc="s.txt")
    assert not answer.answered, answer.answer
