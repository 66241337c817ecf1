"""The entities section's forty-eighth pass (journal/entities.md, "Entities, forty-eighth
pass (stop 35)"): two readers' items (fixtures/entity_reader48.json), scored with a blind
sample of one more cluster, as `analyze` lists them, and the general causes set right, each
on real clusters: a surname alone inside a place's or a firm's name, or in an article that
writes only a kin's full name; a town before a state written whole; an album, a rifle and a
clause's subject; a body cut before its last word; a search engine's thing named with it;
a speaker's full name written after a capitalised word and a comma."""

from __future__ import annotations

import pytest

from tests.entity_gold import (
    assert_half_scores,
    findings_met,
    fixture,
    listed_on_clusters,
    spelled,
)

READER48 = fixture("entity_reader48.json")
READER48_IDS = {index: cluster for cluster, index in READER48["index"].items()}
LEFT = {
    "multi_news-val-4586 Simpson",
    "multi_news-val-177 Daenerys Targaryen",
    "multi_news-val-15 Android",
    "multi_news-val-4986 ABC New York City",
    "multi_news-val-3520 America Great",
    "multi_news-val-3501 Hats Off",
}
"""Findings no general rule was found for (the journal's entry says why); entities50 met
"American Sunday Times" (a nationality before a paper of two words), since clean25
removed 207's video caption the recognizer reads "T-Mobile USA" (an organisation), and
entities54 met "Highway" (a word of the quoted “Keys to the Highway”), and entities67 raw 191's
"America" (closing "Moms Demand Action for Gun Sense in America"), and entities81 raw 84's
"Jimmy Interviews Khaleesi" (a headline's verb on a title-case line), and entities82 raw 20's
"Roy" ("Hats Off to (Roy) Harper": a given name in brackets before its surname)."""
CLINTONS = "multi_news-val-4035"
"""Raw 9: one article writes "Hillary Clinton's email server.", then "Clinton's campaign"."""
STOFFELS = "multi_news-val-1033"
"""Raw 156: "the Stoffel family", "The three Stoffel children" beside Johnathon Stoffel."""
ROTH = "d30051t"
"""DUC 14: "The executive director of Human Rights Watch, Kenneth Roth, said"."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({*READER48["index"], CLINTONS, STOFFELS, ROTH}, speakers=True)


def test_entities_two_readers_items_score(listed):
    """Twenty-eight findings: one met before this pass (main 4592db4f: "Nicole Hockley",
    counted by the helper's reading of Dylan Hockley's "Hockley" as her surname), twelve on
    its branch."""
    met = findings_met(READER48, listed)
    assert len(met) == 28
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_a_surname_inside_a_place_or_a_firm_is_no_ones(listed):
    """47: "the International Criminal Court (ICC) in The Hague" is no mention of William
    Hague, written once in one outlet; 191: the firm "Koskoff, Koskoff and Bieder" is no
    mention of Josh Koskoff, and "Bieder", only its last partner, is not listed."""
    hague = listed[READER48_IDS[47]]["William Hague"]
    assert (hague.outlets, spelled(hague)) == (1, {"William Hague"})
    cluster = listed[READER48_IDS[191]]
    assert (cluster["Josh Koskoff"].outlets, len(cluster["Josh Koskoff"].mentions)) == (1, 1)
    assert "Bieder" not in cluster
    assert cluster["Michael Koskoff"].label == "person"


def test_entities_a_surname_alone_is_the_kin_its_article_writes_in_full(listed):
    """191: "Today Parents, Nicole Hockley writes a letter", then "Hockley writes" three
    times: hers, not her son Dylan's (listed once, in one outlet). Raw 9: the article that
    writes only Hillary Clinton in full gives her "Clinton's campaign". Raw 156: a surname
    read as a one-word person ("the Stoffel family") stays its own."""
    cluster = listed[READER48_IDS[191]]
    assert len(cluster["Nicole Hockley"].mentions) == 4
    assert cluster["Dylan Hockley"].outlets == 1
    assert len(listed[CLINTONS]["Hillary Clinton"].mentions) == 2
    assert listed[CLINTONS]["Bill Clinton"].outlets == 1
    assert listed[STOFFELS]["Stoffel"].outlets == 2


def test_entities_a_town_before_a_state_written_whole_is_a_place(listed):
    """191: "the 2012 school shooting in Sandy Hook, Connecticut," (a person by the
    recognizer, in four outlets)."""
    sandy_hook = listed[READER48_IDS[191]]["Sandy Hook"]
    assert (sandy_hook.label, sandy_hook.outlets) == ("place", 4)


def test_entities_works_models_and_clauses_are_not_listed(listed):
    """20 "to appear on Led Zeppelin III" (the band listed apart), 191 "a Bushmaster AR-15"
    (the maker listed apart), 207 "Once Sprint Nextel gets the iPhone"."""
    assert "Led Zeppelin III" not in listed[READER48_IDS[20]]
    assert listed[READER48_IDS[20]]["Led Zeppelin"].label == "organisation"
    assert "Bushmaster AR-15" not in listed[READER48_IDS[191]]
    assert "Bushmaster" in listed[READER48_IDS[191]]
    assert "Once Sprint Nextel" not in listed[READER48_IDS[207]]


def test_entities_cut_names_and_owned_things_are_not_listed(listed):
    """47 "The Local Co-ordination Committees (LCC)", read without its last word; 171 "the
    Google Knowledge Graph" beside "the Knowledge Graph" (read as a place); Google stays."""
    assert "Local Co-ordination" not in listed[READER48_IDS[47]]
    cluster = listed[READER48_IDS[171]]
    assert "Google Knowledge Graph" not in cluster
    assert cluster["Google"].label == "organisation"


def test_entities_a_full_name_after_a_capitalised_word_and_a_comma_is_read(listed):
    """171 "the head of Google Search, Amit Singhal, let me play" and then "Singhal said"
    throughout; DUC 14 "Human Rights Watch, Kenneth Roth, said"."""
    singhal = listed[READER48_IDS[171]]["Amit Singhal"]
    assert (singhal.label, len(singhal.mentions) >= 10) == ("person", True)
    assert listed[ROTH]["Kenneth Roth"].label == "person"


def test_entities_the_blind_sample_scores(listed):
    """215, every listed name judged; its expected people, bodies and places written from
    the articles before its listing was read. No rule of the pass fires there."""
    assert_half_scores(listed, READER48, "blind", (0.8, 0.2, 0.45))
