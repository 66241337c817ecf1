"""An "Only in one outlet" item that opens with a pronoun, rendered with the sentence before
it: Markdown, JSON and HTML of a raw validation cluster and of the seeds."""

from __future__ import annotations

import html

import pytest

from chorus import brief
from chorus.analyze.model import Fact
from chorus.model import Briefing
from chorus.render import to_dict, to_html, to_markdown
from tests.gold import inputs

CLIMB = "multi_news-val-2771"
"""Its item "It ties for the longest climb to No. 1 this century" follows the sentence
naming the song, "Right Now"."""


@pytest.fixture(scope="module")
def briefings() -> dict[str, Briefing]:
    return {
        name: brief(documents, words=100) for name, documents in inputs({CLIMB, "seeds"}).items()
    }


def _climb(briefing: Briefing) -> Fact:
    assert briefing.analysis is not None
    return next(f for f in briefing.analysis.unique if f.statement.text.startswith("It ties"))


def test_markdown_leads_in_with_the_sentence_before(briefings):
    fact = _climb(briefings[CLIMB])
    line = next(x for x in to_markdown(briefings[CLIMB]).splitlines() if "It ties" in x)
    assert line.startswith('- (after: “"Right Now," which features David Guetta, hits the top')
    assert line.startswith(f"- (after: “{fact.context.text}”) {fact.statement.text} [")
    seeds = to_markdown(briefings["seeds"])
    assert "## Only in one outlet" in seeds and "(after:" not in seeds


def test_json_context_is_a_span_of_the_sentence_before(briefings):
    briefing = briefings[CLIMB]
    texts = {d.article.id: d.article.text for d in briefing.documents}
    unique = to_dict(briefing)["analysis"]["unique"]
    with_context = [item for item in unique if item["context"] is not None]
    assert [item["statement"]["text"][:7] for item in with_context] == ["It ties"]
    for item in with_context:
        context, statement = item["context"], item["statement"]
        assert texts[context["article_id"]][context["start"] : context["end"]] == context["text"]
        assert context["article_id"] == statement["article_id"]
        assert context["sentence_index"] == statement["sentence_index"] - 1
    seeds = to_dict(briefings["seeds"])["analysis"]["unique"]
    assert seeds and all(item["context"] is None for item in seeds)


def test_html_shows_the_sentence_before_and_highlights_both(briefings):
    fact = _climb(briefings[CLIMB])
    page = to_html(briefings[CLIMB])
    article = fact.statement.article.id
    keys = f"{article}:{fact.context.index} {article}:{fact.statement.index}"
    lead = f'<span class="context">after: “{html.escape(fact.context.text)}”</span> It ties'
    assert f'data-sources="{keys}">{lead}' in page
    assert '<span class="context">' not in to_html(briefings["seeds"])
