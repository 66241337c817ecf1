"""Only in one outlet (stop 47): an outlet's promise of more ("Denver7 will update this story
as more information comes available.", raw 59) or its writer's disclosure is no lone item."""

from __future__ import annotations

import gzip
import json

from chorus import brief
from chorus.analyze.unique import outlets_own_note
from tests.gold import RAW_VALIDATION


def _raw(index: int) -> list[str]:
    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        for at, line in enumerate(lines):
            if at == index:
                return json.loads(line)["documents"]
    raise AssertionError(index)


def test_an_outlets_promise_is_no_item() -> None:
    analysis = brief(_raw(59), words=100).analysis
    assert analysis is not None
    texts = [f.statement.text for f in analysis.unique]
    assert texts
    assert not any("will update this story" in text for text in texts)


def test_a_promise_or_disclosure_and_what_is_neither() -> None:
    assert outlets_own_note(
        "The status of the children is unclear at the moment, though Denver7 will update"
        " this story as more information comes available."
    )
    assert outlets_own_note("Check back for details as they develop.")
    assert outlets_own_note("Disclosure: The author has no positions in any stocks mentioned.")
    assert not outlets_own_note("Police said the records were released on Friday.")
    assert not outlets_own_note("The company will update its software next month.")
