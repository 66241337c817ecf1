"""The summary a reader sees, thirty-seventh pass, on raw Multi-News validation clusters
(0-based lines of the file): a thing's "it" with nothing before it naming the thing ("It
will fly at an altitude of at least 15,000 feet.", raw 173, after a quotation of Hill's;
179's opening "Controlled by a computer ..., it is the culmination ..."), and a reaction's
verdict heading the briefing over the news another outlet's lead tells (185)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.api import as_articles
from chorus.ingest.own_titles import with_titles
from chorus.render.headline_choice import headline
from chorus.render.headline_kinds import reply_after
from chorus.summarize.replies import answers_the_news
from chorus.summarize.steps_apart import speaks_of_a_thing, thing_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_things_it_after_someones_words_is_left_out(clusters):
    """Raw 173's "It" is the Two Eagles balloon, named in the sentence before; after Hill's
    words it reads as the launch or the museum."""
    texts = sentences(clusters[173])
    fly = texts.index(sentence(clusters[173], "It will fly at an altitude"))
    assert "balloon" in texts[fly - 1]
    hill = texts.index(sentence(clusters[173], "“That’s going to keep us on the edge"))
    assert thing_apart(texts, [hill, fly]) == [fly]
    assert thing_apart(texts, [fly - 1, fly]) == []
    assert "It will fly at an altitude of at least 15,000 feet." not in summary(clusters[173])


def test_an_opening_participle_and_a_raised_it_speak_of_a_thing(clusters):
    """Raw 179: the heart is "it" after a participle phrase, and "It is expected to cost"
    is the Carmat device, named right before (an "It is ... to" read as impersonal
    elsewhere); neither opens nor follows a report of words writing no "it" of its own."""
    heart, cost = (
        sentence(clusters[179], "Controlled by a computer"),
        sentence(clusters[179], "It is expected to cost"),
    )
    assert speaks_of_a_thing(heart) and speaks_of_a_thing(cost)
    assert "Carmat device" in before_and(clusters[179], "It is expected to cost")[0]
    shown = summary(clusters[179])
    assert cost not in shown
    # since summary53 Reuters' lead opens and the heart line is shown below "But Carmat says
    # it could easily manufacture a smaller version ...", whose own "it" is the device's
    assert heart not in shown[:1]
    before = shown[shown.index(heart) - 1] if heart in shown else ""
    assert not before or before.startswith("But Carmat says it could")
    assert any("Carpentier" in line for line in shown)


def test_an_impersonal_it_an_its_and_a_line_writing_it_are_left_alone(clusters):
    """An "It seems"/"It's" opening stands for nothing named before (raw 139's "It’s a cold
    snap life for penguins ..."); a line before that writes "it" itself (85's "... when it
    appeared the measure was going down.") names what the "It" after it goes on about."""
    assert not speaks_of_a_thing(sentence(clusters[139], "It’s a cold snap life"))
    assert not speaks_of_a_thing("It seems that the vote was lost.")
    texts = sentences(clusters[85])
    malkan = texts.index(sentence(clusters[85], "Outspent many times over"))
    label = texts.index(sentence(clusters[85], "It would have required"))
    assert speaks_of_a_thing(texts[label])
    assert thing_apart(texts, [malkan, label]) == []


def test_a_verdict_on_the_news_gives_way_to_the_lead_that_tells_it(clusters):
    """Raw 185: the NYT fragment opens on Sculthorpe's "called the work an “insult.”"; the
    ABC page, read as `chorus brief` reads it (its first line its title), tells the work:
    "An artist has been buried alive beneath a busy Hobart road ...". Its lead heads, so
    its title does."""
    articles = with_titles(as_articles(clusters[185]["documents"]))
    briefing = brief(articles, words=250)
    texts = [s.text for s in briefing.summary]
    verdict = texts.index(sentence(clusters[185], "Heather Sculthorpe"))
    lead = texts.index(sentence(clusters[185], "An artist has been buried alive"))
    assert reply_after([verdict + 1, lead + 1], briefing.summary) == [lead + 1, verdict + 1]
    chosen = headline(briefing)
    assert chosen.source == "the title of [2]"
    assert chosen.text.startswith("Dark Mofo artist Mike Parr begins 72-hour stint")
    # a thing's name in quotation marks is no verdict (raw 61, 129)
    named = [
        sentence(clusters[61], "It’s been called the “razor blade"),
        sentence(clusters[129], "In the first six months Shinozuka attached his device"),
    ]
    assert answers_the_news(texts[verdict])
    assert not any(map(answers_the_news, named))
