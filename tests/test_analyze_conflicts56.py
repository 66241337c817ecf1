"""The empty Conflicts section's reason (conflicts56): it said "No conflicting numbers, dates
or denials found." after kinds `title` and `body` were added, so it no longer said what was
looked for. It now names a word for each kind. Raw validation 102 (0-based; four pieces on
Obama's remarks after Zimmerman's acquittal) shows it: only the New York Times writes
whether "stand your ground" was used ("was not invoked by Mr. Zimmerman's lawyers"), and
Salon's "Stand Your Ground" laws and Holder's "We must stand our ground" claim nothing of
it, so the section is rightly empty."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest

from chorus.analyze.conflicts import NO_CONFLICT
from chorus.analyze.model import ConflictKind
from chorus.model import Briefing
from chorus.render.html import to_html
from chorus.render.json import to_json
from chorus.render.markdown import to_markdown
from tests.briefings import raw_briefing

SAID = "No conflicting figures, dates, titles, organisations, charges, comments or denials found."

KIND_WORDS = {
    "number": "figures",
    "date": "dates",
    "title": "titles",
    "body": "organisations",
    "charge": "charges",
    "comment": "comments",
    "denial": "denials",
}
"""The word the reason gives each kind: a kind added without one fails here."""


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return raw_briefing(102)


def test_the_reason_names_a_word_for_every_kind():
    assert set(get_args(ConflictKind)) == set(KIND_WORDS)
    words = NO_CONFLICT.removeprefix("no conflicting ").removesuffix(" found")
    assert words.replace(" or ", ", ").split(", ") == list(KIND_WORDS.values())


def test_raw_102_shows_no_conflict_over_stand_your_ground(briefing):
    assert briefing.analysis.conflicts == ()
    texts = [document.article.text for document in briefing.documents]
    told = [i for i, text in enumerate(texts) if "stand your ground" in text.lower()]
    # Salon names the laws as a topic; only the Times says whether the defence was used
    assert told == [1, 2]
    assert [i for i, text in enumerate(texts) if "invoke" in text] == [2]
    assert "was not invoked by Mr. Zimmerman’s lawyers" in texts[2]
    assert "Mr. Zimmerman did not invoke that defense" in texts[2]


def test_markdown_html_and_json_say_the_same_reason(briefing):
    markdown = to_markdown(briefing).split("## Conflicts", 1)[1]
    assert markdown.lstrip().startswith(f"_{SAID}_")
    assert f'<p class="empty">{SAID}</p>' in to_html(briefing)
    assert json.loads(to_json(briefing))["analysis"]["reasons"]["conflicts"] == NO_CONFLICT


def test_the_json_schema_quotes_the_reason():
    schema = (Path(__file__).parents[1] / "docs" / "json-schema.md").read_text(encoding="utf-8")
    assert f'"{NO_CONFLICT}"' in schema
