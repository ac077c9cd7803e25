"""A page's running foot on lines of its own ("3 Harbor Municipal Income Fund", then the web
address and the document's code), repeated page after page with no page marker beside it, is
page furniture: no part of the paragraph after it, so a risk that begins a page keeps its own
lead-in and its place in the list."""

from __future__ import annotations

from collections.abc import Callable

from assistant.engine import Assistant
from index import sections
from index.model import Document

RISKS = [
    ("Market Risk", "The market values of the Fund's investments will go up and down."),
    ("Municipal Securities Risk", "The Fund invests in municipal securities."),
    ("Inverse Floating Rate Interests Risk", "Inverse floaters are issued in TOB financings."),
    ("Borrowing and Leverage Risk", "The Fund can borrow up to one-third of its assets."),
    ("Derivatives Risk", "The value of a derivative depends on an underlying asset."),
    ("Liquidity Risk", "The Fund may hold illiquid investments."),
]


def filing() -> str:
    parts = [
        "Harbor Municipal Income Fund",
        "Summary Prospectus dated June 27, 2025",
        "Principal Risks of Investing in the Fund",
        "The principal risks of investing in the Fund are:",
    ]
    for page, (name, text) in enumerate(RISKS, start=1):
        parts.append(f"{name}. {text}")
        if page % 2 == 0:  # a page ends
            parts += [f"{page} Harbor Municipal Income Fund", "harborfunds.com/us HM-MINC-SUMPRO-1"]
    return "\n\n".join(parts) + "\n"


def test_the_running_foot_is_no_part_of_a_passage() -> None:
    doc = Document(name="m.txt", path="m.txt", text=filing(), fmt="text")
    texts = [p.text for p in sections.split(doc)[1]]
    assert not any("Harbor Municipal Income Fund harborfunds" in t for t in texts), texts
    assert not any("SUMPRO" in t for t in texts), texts
    assert any(t.startswith("Inverse Floating Rate Interests Risk.") for t in texts), texts


def test_a_risk_after_a_page_break_is_listed(
    assistant_over: Callable[[dict[str, str]], Assistant],
) -> None:
    a = assistant_over({"m.txt": filing()}).ask("What are the fund's principal risks?")
    said = " ".join([a.answer, *a.items])
    assert a.answered, a.answer
    for name, _ in RISKS:
        assert name in said, (name, a.items)


def test_a_heading_repeated_without_a_number_stays_a_heading() -> None:
    text = "\n\n".join(
        ["Harbor Funds", "Supplement dated June 27, 2025"]
        + [f"Principal Risks\n\nRisk {n} of fund {n}." for n in ("A", "B", "C")]
    )
    doc = Document(name="h.txt", path="h.txt", text=text + "\n", fmt="text")
    heads = {s for p in sections.split(doc)[1] for s in p.section}
    assert "Principal Risks" in heads, heads
