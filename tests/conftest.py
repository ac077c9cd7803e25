"""Shared test fixtures: the bundled seed filing and the optional ../shared corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "index" / "sample" / "000_c14adad2a05aec02.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the repo, or skip when this clone has none."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared corpus is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def assistant_over(tmp_path_factory: pytest.TempPathFactory) -> Callable[[dict[str, str]], Any]:
    """Makes an Assistant over an index of the given filings ({file name: text}), built in a
    temporary folder."""
    from assistant.engine import Assistant
    from index.store import Store

    def make(filings: dict[str, str]) -> Any:
        root = tmp_path_factory.mktemp("filings")
        (root / "f").mkdir()
        for name, text in filings.items():
            (root / "f" / name).write_text(text, encoding="utf-8")
        store = Store(root / "ix")
        store.add([root / "f"])
        return Assistant(snapshot=store.snapshot())

    return make


@pytest.fixture(scope="session")
def expect_answer(
    assistant_over: Callable[[dict[str, str]], Any],
) -> Callable[[str, str, str | None], Any]:
    """Asks a question of one filing (its text) and checks the outcome: ``expected`` None
    means an abstention, else a string the answer's text must hold. Returns the answer."""

    def check(text: str, question: str, expected: str | None) -> Any:
        answer = assistant_over({"s.txt": text}).ask(question, doc="s.txt")
        if expected is None:
            assert not answer.answered, answer.answer
        else:
            assert answer.answered and expected in answer.answer, answer.answer
        return answer

    return check


@pytest.fixture(scope="session")
def expect_items(
    assistant_over: Callable[[dict[str, str]], Any],
) -> Callable[[dict[str, str], str, str, list[str] | None], Any]:
    """Asks a question of one filing (``doc``) of an index of ``filings`` and checks the
    outcome: ``expected`` None means an abstention, else the answer's items exactly. Returns
    the answer."""

    def check(filings: dict[str, str], doc: str, question: str, expected: list[str] | None) -> Any:
        answer = assistant_over(filings).ask(question, doc=doc)
        if expected is None:
            assert not answer.answered, answer.answer
        else:
            assert answer.answered and list(answer.items) == expected, answer.answer
        return answer

    return check


@pytest.fixture(scope="session")
def answer_citing() -> Callable[[str], Any]:
    """Makes an answer whose text is a sentence, cited to that sentence of "s.txt": what a
    check of the evidence reads."""
    from assistant.answer import Answer, Citation

    def make(text: str) -> Any:
        cite = Citation(n=1, doc="s.txt", accession=None, section="", line_start=5, line_end=5,
                        char_start=0, char_end=len(text), text=text)  # fmt: skip
        return Answer(question="q", answered=True, answer=f"{text} [1]", citations=(cite,))

    return make
