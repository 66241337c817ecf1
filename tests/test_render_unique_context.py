"""An "Only in one outlet" item that points back, rendered with the sentences before it:
Markdown, JSON and HTML of raw validation clusters and of the seeds."""

from __future__ import annotations

import html

import pytest

from chorus import brief
from chorus.analyze.model import Fact
from chorus.model import Briefing
from chorus.render import to_dict, to_html, to_markdown
from chorus.render.analysis import lead_in_text
from tests.gold import inputs

CLIMB = "multi_news-val-2771"
"""Its item "It ties for the longest climb to No. 1 this century" follows the sentence
naming the song, "Right Now"."""
BALIN = "multi_news-val-1643"
"""Its item "His wife, Susan Joy Balin, ..." follows "He was 76; ...", which follows the
sentence naming Marty Balin: two sentences of lead-in."""
LEANING_SEEDS = {"While it appeared th", "Jim Mattis, US defen"}
"""The seeds' items that lean on the sentence before ("..., the diplomat said.", "made
similar comments"): the only ones with a lead-in."""


@pytest.fixture(scope="module")
def briefings() -> dict[str, Briefing]:
    return {
        name: brief(documents, words=100)
        for name, documents in inputs({CLIMB, BALIN, "seeds"}).items()
    }


def _item(briefing: Briefing, opening: str) -> Fact:
    assert briefing.analysis is not None
    return next(f for f in briefing.analysis.unique if f.statement.text.startswith(opening))


def test_markdown_leads_in_with_the_sentences_before(briefings):
    fact = _item(briefings[CLIMB], "It ties")
    line = next(x for x in to_markdown(briefings[CLIMB]).splitlines() if "It ties" in x)
    assert line.startswith("- (after: “‘Right Now,’ which features David Guetta, hits the top")
    assert line.startswith(f"- (after: “{lead_in_text(fact.context)}”) {fact.statement.text} [")
    wife = _item(briefings[BALIN], "His wife")
    line = next(x for x in to_markdown(briefings[BALIN]).splitlines() if "His wife" in x)
    first, second = wife.context
    # "His" leans on Marty Balin alone, whom the lead-in names in full (lead_in_names.py)
    assert line.startswith("- (his: Marty Balin) His wife, Susan Joy Balin")
    assert first.text.startswith("Marty Balin") and second.text.startswith("He was 76")
    # the seeds' items lean back only where they say "the diplomat said" or "similar comments"
    seeds = to_markdown(briefings["seeds"])
    # (the timeline's lines lean back too: "However, in June 2016, ..." after January's)
    unique = seeds.split("## Only in one outlet")[1].split("\n## ")[0]
    assert unique.count("(after:") == len(LEANING_SEEDS)


def test_json_context_is_the_spans_of_the_sentences_before(briefings):
    for name, opening in ((CLIMB, "It ties"), (BALIN, "His wife")):
        briefing = briefings[name]
        texts = {d.article.id: d.article.text for d in briefing.documents}
        unique = to_dict(briefing)["analysis"]["unique"]
        with_context = [item for item in unique if item["context"]]
        assert any(item["statement"]["text"].startswith(opening) for item in with_context)
        for item in with_context:
            statement = item["statement"]
            assert 1 <= len(item["context"]) <= 2
            for distance, span in enumerate(reversed(item["context"]), start=1):
                assert texts[span["article_id"]][span["start"] : span["end"]] == span["text"]
                assert span["article_id"] == statement["article_id"]
                assert span["sentence_index"] == statement["sentence_index"] - distance
    balin = to_dict(briefings[BALIN])["analysis"]["unique"]
    assert any(len(item["context"]) == 2 for item in balin)
    seeds = to_dict(briefings["seeds"])["analysis"]["unique"]
    leaning = [item for item in seeds if item["context"]]
    assert seeds and {item["statement"]["text"][:20] for item in leaning} == LEANING_SEEDS


def test_html_shows_the_sentences_before_and_highlights_them(briefings):
    fact = _item(briefings[CLIMB], "It ties")
    page = to_html(briefings[CLIMB])
    article = fact.statement.article.id
    keys = f"{article}:{fact.context[0].index} {article}:{fact.statement.index}"
    lead = (
        f'<span class="context">after: “{html.escape(lead_in_text(fact.context))}”</span> It ties'
    )
    assert f'data-sources="{keys}">{lead}' in page
    wife = _item(briefings[BALIN], "His wife")
    keys = " ".join(f"{s.article.id}:{s.index}" for s in (*wife.context, wife.statement))
    assert f'data-sources="{keys}"><span class="context">his: Marty Balin</span> His wife' in (
        to_html(briefings[BALIN])
    )
    # and the agreed row "Mr Trump spoke again to Mr Macron ..." after the call it repeats
    # (row_lead_ins.py, context42)
    assert to_html(briefings["seeds"]).count('<span class="context">') == len(LEANING_SEEDS) + 1
