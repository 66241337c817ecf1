"""Quote attribution, fifteenth pass, on text the rules were not written for: a quotation
that goes on after who its speaker is, sources in the know, an adverb before the verb,
participles that say something ("..., arguing that ..."), one quotation its attribution
interrupts, two appositions after a name, a name before an object's object, words that
open sentences but never speak; and the gold written before chorus ran on the new sample
(`quote_gold.json`'s `design15` and `blind15`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Quote
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import read_clusters
from tests.gold import quoted, speakers_of
from tests.test_analyze_quote_sources import DUC, _gold_totals

GOLD = json.loads((Path(__file__).parent / "fixtures" / "quote_gold.json").read_text("utf-8"))


def _duc_quotes(*ids: str) -> dict[str, tuple[Quote, ...]]:
    clusters = [c for c in read_clusters(DUC, 30) if c["id"] in ids]
    assert len(clusters) == len(ids)
    return {
        c["id"]: quotes([split(clean(a)) for a in as_articles(c["documents"])]) for c in clusters
    }


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(
        *("multi_news-val-15", "multi_news-val-5196", "multi_news-val-1779"),
        *("multi_news-val-5592", "multi_news-val-3954", "multi_news-val-3299"),
    )


@pytest.fixture(scope="module")
def duc() -> dict[str, tuple[Quote, ...]]:
    return _duc_quotes("d30003t", "d30005t", "d30040t", "d31050t", "d31038t", "d31033t")


def test_analyze_quote_gold_of_the_fifteenth_pass():
    # design (4085, 2298, 15; d30003t, d30040t): 32 of 32 right and 33 of 55 found on
    # main, 43 of 43 and 43 of 55 after; blind (3412, 2611, 426; d30005t), scored once
    # with the rules frozen at b3c7305: 19 of 20 and 21 of 42, main and branch alike
    # (docs/journal/quotes.md, "Who said what, fifteenth pass"); 25 of 26 and 31 of 42 once the
    # sixteenth pass read it as design (a friend, an insider)
    right, predicted, found, pairs = _gold_totals("design15")
    assert right == predicted
    assert found / pairs >= 0.75
    right, predicted, found, pairs = _gold_totals("blind15")
    assert right / predicted >= 0.9
    assert found / pairs >= 0.45


def test_analyze_a_quotation_goes_on_after_who_its_speaker_is(duc):
    # ``...,'' said Ms. Clywd, who chairs an all-party committee of lawmakers on human
    # rights. ``And hundreds of former detainees have made statements ...'' (one sentence
    # to the splitter)
    assert speakers_of(duc["d30003t"], "And hundreds of former detainees") == ["Ann Clywd"]
    # not after a relative clause that speaks itself: "who replied"
    zaidan = speakers_of(duc["d30040t"], "There were many obstacles and difficulties")
    # his full name since entities36: the article opens a sentence on "Fayez Zaidan, the
    # airline chairman,"
    assert set(zaidan) == {"Fayez Zaidan"}


def test_analyze_sources_in_the_know_and_participles_after_them_speak(raw):
    sprint = raw["multi_news-val-15"]
    # ..., people familiar with the matter said, filling a huge hole in ...
    selling = speakers_of(sprint, "Sprint Nextel Corp. will begin selling")
    # (its own words, not the next sentence's "two people ...": quotes101)
    assert selling == ["people familiar with the matter"]
    # ..., according to a person briefed on Apple's product plans.
    assert speakers_of(sprint, "its successor wasn't ready") == [
        "a person briefed on Apple's product plans"
    ]
    # "one" is no title word (quote_reader32), so it counts as "two" does above
    assert speakers_of(sprint, "Sprint will also carry the iPhone 4") == [
        "one person familiar with the situation"
    ]


def test_analyze_an_adverb_between_the_speaker_and_the_verb(duc):
    # ``You are a beautiful sight,'' Palestinian leader Yasser Arafat later told the crew
    assert set(speakers_of(duc["d30040t"], "You are a beautiful sight")) == {"Yasser Arafat"}
    # LONDON (AP) _ British police said Saturday they have arrested ...
    assert speakers_of(duc["d30003t"], "they have arrested former Chilean dictator") == [
        "British police"
    ]


def test_analyze_participles_that_say_something(raw, duc):
    # The Chilean government has protested Pinochet's arrest, insisting that as a senator ...
    assert speakers_of(duc["d30003t"], "he was traveling on a diplomatic passport") == [
        "Chilean government"
    ]
    # In the filing, Corbett administration lawyers compared ..., noting that neither ...
    assert speakers_of(raw["multi_news-val-3299"], "neither may legally marry") == [
        "Corbett administration lawyers"
    ]


def test_analyze_an_interrupted_quotation_is_one_quote(raw):
    # “All in all,” he said, “it’s pretty good.”: one row of two spans, the attribution
    # between them no part of its words (quotes58)
    walker = [q for q in raw["multi_news-val-5196"] if "All in all" in q.text.text]
    assert len(walker) == 1
    assert walker[0].words == "All in all it’s pretty good"
    assert (walker[0].speaker, walker[0].kind) == ("Scott Walker", "quote")


def test_analyze_who_a_description_and_a_gerund_stand_for(raw):
    # In an interview with the BBC, the Facebook founder said that fake news ...
    assert speakers_of(raw["multi_news-val-5592"], "When I started Facebook") == ["Mark Zuckerberg"]
    # "Nominating Sandoval would carry clear political risks ..." names no one "Nominating"
    sandoval = raw["multi_news-val-1779"]
    assert "Brian Sandoval" in speakers_of(sandoval, "It would be a privilege")
    assert not any(q.speaker.startswith("Nominating") for q in sandoval)


def test_analyze_names_before_appositions_and_objects(raw, duc):
    # Beatrice Laroche, liaison at the United Nations for Human Rights in China, a New
    # York-based group, said the China Democracy Party was a growing presence ...
    assert speakers_of(duc["d31050t"], "the China Democracy Party was a growing presence") == [
        "Beatrice Laroche"
    ]
    # Judge Leonard Sand of U.S. District Court in Manhattan said he had received ...
    assert speakers_of(duc["d30005t"], "he had received an eight-page letter") == ["Leonard Sand"]
    # Prof Mercedes Pascual, from the University of Michigan in the US, who carried out the
    # research, said: "The impact ..."
    assert speakers_of(raw["multi_news-val-3954"], "The impact in terms of increasing") == [
        "Mercedes Pascual"
    ]


def test_analyze_words_that_open_sentences_never_speak(duc):
    # "When asked about that later, a prosecutor and a ranking gendarme both shrugged,
    # saying ...": "asked about that" is no "asked that", and "When" no speaker
    gendarme = duc["d31038t"]
    assert not any(q.speaker == "When" for q in gendarme)
    assert set(speakers_of(gendarme, "they were unaware that the older man")) == {"a prosecutor"}
    # "When asked about it, Barksdale replied, “...”": the speaker further on, named as his
    # own article writes him in full since the sixty-fifth quotes pass (quote_full_names.py)
    assert speakers_of(duc["d31033t"], "I have never heard this term") == ["James Barksdale"]
    # "what administration officials say is the clear evidence of ..." says nothing
    assert not any(q.speaker.startswith("what ") for q in duc["d30005t"])
