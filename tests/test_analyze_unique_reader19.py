"""Agreed statements and "Only in one outlet" items that lean on the sentence before them
(the nineteenth pass; fixtures/unique_reader19.json): a fourteenth reader's raw 158 "Some,
particularly the buildings ..." and "Others include ...", 73's "Despite all this, ...",
241's agreed "But the possibility of a link ..."; and, as a blind half, every agreed
statement and unique item of six raw clusters judged from the articles. An item that leans
is right when it carries its lead-in, one that does not when it carries none; a statement
that leans is wrong where it is shown."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.lead_ins import goes_on_from
from chorus.analyze.model import Fact
from tests.gold import as_written, inputs

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "unique_reader19.json").read_text(encoding="utf-8")
)["items"]


@pytest.fixture(scope="module")
def shown() -> dict[str, tuple[tuple[Fact, ...], tuple[Fact, ...]]]:
    found = {}
    for name, documents in inputs({item["cluster"] for item in GOLD}).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[name] = (analysis.agreed, analysis.unique)
    return found


def _verdict(item: dict, agreed: tuple[Fact, ...], unique: tuple[Fact, ...]) -> str:
    """'right', 'wrong' or 'absent' (not shown as an item or a statement)."""
    facts = agreed if item["section"] == "agreed" else unique
    fact = next((f for f in facts if as_written(f.statement).startswith(item["opening"])), None)
    if fact is None:
        return "absent"
    if item["section"] == "agreed":
        return "wrong" if item["leans"] else "right"
    return "right" if bool(fact.context) == item["leans"] else "wrong"


def tally(half: str, shown: dict) -> Counter:
    return Counter(
        (item["section"], _verdict(item, *shown[item["cluster"]]))
        for item in GOLD
        if item["half"] == half
    )


def test_design_items_that_lean_carry_their_lead_in_and_statements_stand_alone(shown):
    # main (dc6d6fb): unique 3 right / 6 wrong, agreed 2 wrong (both now supports); context44:
    # raw 2's "But now the results of the archaeological dig ..." and 48's "After all, ..."
    # lean by their link word alone and read whole: no lead-in, as stop 53's readers asked
    assert tally("design", shown) == Counter(
        {("unique", "right"): 7, ("unique", "wrong"): 2, ("agreed", "absent"): 2}
    )


def test_blind_half_floor(shown):
    # main: unique 22 right / 6 wrong, agreed statements 28 right / 8 wrong; now 25 / 3 and
    # 28 / 5 (212's three that go on are gone or supports); the thirtieth agreement pass: 27,
    # 212's "Our current understanding of the mind “now lies broken at our feet”" quotes the
    # doctor's own essay (document 0), one report (copies.relayed)
    # cleaning's twenty-sixth pass ("AT&T;" read as "AT&T" in 207 [1]): 23, 207's Hovenkamp
    # item gives its place to "Sprint, fighting to turn itself around ...", and "But it has
    # disappointed investors ..." is shown right under that item, its lead-in, so without it
    # the fiftieth agreement pass: 26, 212's "For seven days I lay in a deep coma ..." (judged
    # here for its lead-in only) is gone: its one support, Cohen's "coma does not equate to
    # “... higher-order brain functions totally offline”", quotes it to deny it
    found = tally("blind", shown)
    assert found[("unique", "right")] >= 23
    assert found[("agreed", "right")] >= 26
    assert found[("agreed", "wrong")] <= 5


def test_the_readers_items_carry_what_they_stand_on(shown):
    _, kiruna = shown["multi_news-val-2201"]
    some = next(f for f in kiruna if f.statement.text.startswith("Some, particularly"))
    assert some.context[-1].text.startswith("In the short term, White has been tasked")
    # "Others include ..." after "One of those buildings ...", whose own "Some, ..." is the
    # item shown above it: not repeated
    others = next(f for f in kiruna if f.statement.text.startswith("Others include"))
    assert [s.text[:30] for s in others.context] == ["One of those buildings is the "]
    flint, _ = shown["multi_news-val-5077"]
    assert not any(goes_on_from(f.statement.text) for f in flint)
    assert any(s.text.startswith("But the possibility of a link") for f in flint for s in f.support)


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        ("Some, particularly the buildings that have been in the city for decades, will", True),
        ("Others include Kiruna's city hall and a local store, called Centrum.", True),
        ("Despite all this, those close to him believe that Yusupov will stay.", True),
        ("But the possibility of a link was raised in internal government emails.", True),
        ("Some Republican members of Congress have pressured Chaffetz to step down.", False),
        ("Others who were there said the crowd was calm.", False),
        ("Despite the rain, thousands turned out.", False),
        ("Meanwhile, the search goes on.", False),
    ],
)
def test_what_goes_on_from_the_sentence_before(text: str, goes_on: bool):
    assert goes_on_from(text) is goes_on
