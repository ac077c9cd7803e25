"""The entries down a table column whose header names a term the filing defines ("certain
series of the Trust (together, the “Acquired Portfolios”)" over "Acquired Portfolio |
Acquiring Portfolio"): asked for all of them, the column is read, whether its header is one row
or written one cell a row; asked for one row's, or for a column of another name, it is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.engine import Assistant

INTRO = """LARCHWOOD SERIES TRUST
SUPPLEMENT DATED NOVEMBER 21, 2013 TO THE PROSPECTUS DATED APRIL 29, 2013

On November 20, 2013, the Board of Trustees approved proposals to reorganize certain series of \
the Trust (together, the “Acquired Portfolios”) into other series of the Trust (together, the \
“Acquiring Portfolios”).

"""
ROWS = [
    ("Larchwood Balanced Strategy Portfolio", "Larchwood Allocation 60 Portfolio"),
    ("Larchwood Defensive Strategy Portfolio", "Larchwood Allocation 40 Portfolio"),
    ("Larchwood Moderate Strategy Portfolio", "Larchwood Allocation 40 Portfolio"),
]
ONE_ROW_HEADER = (
    "<html><body>"
    + "".join(f"<p>{line}</p>" for line in INTRO.strip().split("\n\n"))
    + "<table><tr><td>Acquired Portfolio</td><td>Acquiring Portfolio</td></tr>"
    + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    + "</table><p>The reorganizations are expected to close on or about April 28, 2014.</p>"
    + "</body></html>"
)
STACKED_HEADER = (
    INTRO
    + "|\nAcquired Portfolio\n|\nAcquiring Portfolio\n"
    + "".join(f"|\n{a}\n|{b}\n" for a, b in ROWS)
)
LAYOUTS = {"r.htm": ONE_ROW_HEADER, "r.txt": STACKED_HEADER}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "question",
    [
        "List all the Acquired Portfolios in the proposed reorganizations.",
        "Which portfolios are the Acquired Portfolios?",
        "what are the acquired portfolios",
    ],
)
def test_the_column_of_a_defined_term(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str, question: str
) -> None:
    a = assistant_over({layout: LAYOUTS[layout]}).ask(question)
    said = " ".join([a.answer, *a.items])
    assert a.answered, a.answer
    for acquired, acquiring in ROWS:
        assert acquired in said, said
        assert acquiring not in said, said


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_other_column_each_entry_once(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str
) -> None:
    a = assistant_over({layout: LAYOUTS[layout]}).ask("Which are the acquiring portfolios?")
    assert a.answered and list(a.items).count("Larchwood Allocation 40 Portfolio") == 1, a.items


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_rows_entries_are_not_the_column(
    assistant_over: Callable[[dict[str, str]], Assistant], layout: str
) -> None:
    a = assistant_over({layout: LAYOUTS[layout]}).ask(
        "The Larchwood Allocation 40 Portfolio is absorbing which two acquired portfolios?"
    )
    assert "Larchwood Balanced Strategy Portfolio" not in " ".join([a.answer, *a.items])
