"""A row leaning on its line before by a person's pronoun alone shows whom the pronoun
stands for, "(he: Michael Grimm)", in place of a lead-in that names that one person in full;
the name's span is kept in the JSON (context45; raw validation clusters, 0-based, file order;
stop 54's reader: "(after: …)" lead-ins of 40-60 words swell the rows)."""

from __future__ import annotations

import json

import pytest

from chorus import brief
from chorus.render import to_json, to_markdown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def briefed() -> dict[int, tuple[list[str], dict, dict[str, str]]]:
    raw = raw_clusters()
    found = {}
    for n in (86, 229, 230):
        briefing = brief(raw[n]["documents"])
        texts = {d.article.id: d.article.text for d in briefing.documents}
        data = json.loads(to_json(briefing))["analysis"]
        found[n] = (to_markdown(briefing).splitlines(), data, texts)
    return found


def _line(lines: list[str], words: str) -> str:
    return next(x for x in lines if x.startswith("- ") and words in x)


def test_a_pronoun_row_shows_the_one_name_its_lead_in_writes(briefed):
    lines = briefed[86][0]
    # main: after the 31-word line "Rep. Michael Grimm (R-N.Y.), also appearing on same
    # show, said progress has been made ..."
    assert _line(lines, "gonna take a long time").startswith("- (he: Michael Grimm) \"It's")
    assert _line(lines, "no quick remedy").startswith("- (she: Melodee Colbert-Kean) ")
    # a quotation crediting no one leans on more than a pronoun: its lead-in stays
    assert _line(lines, "No one wants to talk honestly").startswith("- (after: “")


def test_the_name_keeps_its_span_and_the_lead_in_its_sentences(briefed):
    lines, data, texts = briefed[229]
    assert _line(lines, "His wife, Susan Joy Balin").startswith("- (his: Marty Balin) His wife")
    row = next(u for u in data["unique"] if "His wife" in u["statement"]["text"])
    named = row["context_name"]
    assert named["pronoun"] == "his" and named["text"] == "Marty Balin"
    assert texts[named["article_id"]][named["start"] : named["end"]] == "Marty Balin"
    # the sentences leaned on are still the row's context, the name inside the first
    first = row["context"][0]
    assert first["article_id"] == named["article_id"]
    assert first["start"] <= named["start"] < named["end"] <= first["end"]


def test_two_people_of_one_surname_keep_the_lead_in(briefed):
    # "In the profile, Davis revealed that she ... her second husband Jeff Davis, ...": the
    # one full name is the husband's, not whom "she" stands for
    line = _line(briefed[230][0], "this is soooo boring")
    assert line.startswith("- (after: “In the profile, Davis revealed")
    assert all(r["context_name"] is None for r in briefed[230][1]["unique"])
