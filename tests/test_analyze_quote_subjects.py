"""Quote attribution, ninth pass: groups and papers as a sentence's subject, a statement's
speaker who said it "in a statement", "suggests" after a long apposition, a place after the
comma of a preposition's object, review round-ups credited by a paper's name alone, and a
sentence opening "According to X, ..."."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import quoted, speakers_of

RAW = {
    "multi_news-val-3822": "South Korean activists estimate that ...; The research team says ...",
    "multi_news-val-4008": "The report found women who are overweight or obese ...",
    "multi_news-val-5202": "Prof Bryan Young at University Hospital, London - ... - said",
    "multi_news-val-2623": "“A brilliant performance. ...” Mirror",
    "multi_news-val-765": "“Such events took place and we never denied this.” Ukrainian Objection",
    "multi_news-val-1942": "Nikolai Petrov, a leading expert ..., suggests that ...",
    "multi_news-val-3184": "All this evidence suggests that the eye-covering gesture ...",
    "multi_news-val-8": "Research suggests that the ratio of the lengths of the index finger ...",
    "multi_news-val-5555": "Mario Chalmers, the hero of Game 4, added 10 points ...",
    "multi_news-val-4486": "According to police, the texts expressed “deep love” ...",
    "multi_news-val-5077": "According to Henry, the county’s environmental health supervisor, ...",
    "multi_news-val-1242": "According to prosecutors, Johnson, a police dispatcher ...",
    "multi_news-val-2067": "According to police, Stinson told them ... She claimed that ...",
    "multi_news-val-1049": "The victim also spent ..., according to investigators. “He said",
}


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(*RAW)


def test_analyze_groups_and_papers_speak_as_subjects(raw):
    comfort_women = raw["multi_news-val-3822"]
    # South Korean activists estimate that there may have been as many as 200,000 ...
    assert speakers_of(comfort_women, "there may have been as many as 200,000") == [
        "South Korean activists"
    ]
    # The research team says the footage was filmed by joint US-Chinese troops ...
    assert speakers_of(comfort_women, "the footage was filmed by joint") == ["research team"]
    # The women were found by U.S.-China allied forces ..., the research team said in a
    # statement.
    assert speakers_of(comfort_women, "The women were found by") == ["research team"]
    # Some of the women were willing, ..., a UN report said.
    assert speakers_of(comfort_women, "Some of the women were willing") == ["a UN report"]
    # The report found women who are overweight or obese have a higher risk of ...
    assert speakers_of(raw["multi_news-val-4008"], "women who are overweight") == ["report"]


def test_analyze_a_place_after_an_objects_comma_is_no_speaker(raw):
    # Prof Bryan Young at University Hospital, London - Mr Routley's neurologist for a
    # decade - said the scan results overturned all the behavioural assessments ...
    routley = raw["multi_news-val-5202"]
    assert "London" not in {q.speaker for q in routley}
    assert speakers_of(routley, "the scan results overturned") == ["Bryan Young"]


def test_analyze_a_review_round_up_credits_each_quotation_to_its_paper(raw):
    thatcher = raw["multi_news-val-2623"]
    assert speakers_of(thatcher, "A brilliant performance") == ["Mirror"]
    assert speakers_of(thatcher, "Played Thatcher as a little too explosive") == ["Financial Times"]
    assert speakers_of(thatcher, "She certainly looks the part") == ["Observer"]
    # one quotation followed by a heading is no round-up
    assert "Ukrainian Objection" not in {q.speaker for q in raw["multi_news-val-765"]}


def test_analyze_suggests_after_a_long_apposition_and_say_after_a_statement(raw):
    sochi = raw["multi_news-val-1942"]
    # But Nikolai Petrov, a leading expert on Russia's regional politics and a professor
    # at Moscow's Higher School of Economics, suggests that other forces, ...
    assert speakers_of(sochi, "other forces, including members of pro-Moscow") == ["Nikolai Petrov"]
    # and the "he says" after it are his
    assert speakers_of(sochi, "Kadyrov may have pacified Chechnya") == ["Nikolai Petrov"]
    # But keeping the Olympics safe ... is his greatest challenge, say experts.: experts in
    # general, no one named nor a body (the thirty-fourth pass)
    assert speakers_of(sochi, "is his greatest challenge") == []
    # "suggests" of no one: "All this evidence suggests that ...", "Research suggests that"
    for cluster in ("multi_news-val-3184", "multi_news-val-8"):
        assert not {q.speaker for q in raw[cluster]} & {"All", "Research"}


def test_analyze_added_before_a_number_is_a_score(raw):
    # Mario Chalmers, the hero of Game 4, added 10 points and Shane Battier had 11.
    assert not speakers_of(raw["multi_news-val-5555"], "10 points and Shane Battier")


def test_analyze_a_sentence_opening_according_to_is_its_sources(raw):
    # According to police, the texts expressed “deep love” between Alcorn and the student.
    assert speakers_of(raw["multi_news-val-4486"], "the texts expressed") == ["police"]
    # According to Henry, the county’s environmental health supervisor, county personnel
    # didn’t have the expertise ...: who Henry is, then what he said; "Jim Henry", as
    # "Genesee County Environmental Health Supervisor Jim Henry" before it names him
    henry = [q for q in raw["multi_news-val-5077"] if "county personnel didn" in q.text.text]
    assert [(q.speaker, q.role) for q in henry] == [
        ("Jim Henry", "the county’s environmental health supervisor")
    ]
    assert henry[0].text.text.startswith("county personnel")
    # According to prosecutors, Johnson, a police dispatcher ..., fired ...: a name after
    # the comma is the statement's own subject, no role of the prosecutors'
    fired = [q for q in raw["multi_news-val-1242"] if "fired a personal firearm" in q.text.text]
    assert [(q.speaker, q.role) for q in fired] == [("prosecutors", None)]


def test_analyze_she_after_a_group_is_the_person_it_told_of(raw):
    stinson = raw["multi_news-val-2067"]
    # According to police, Stinson told them she and her son were walking ... She claimed
    # that the man, named Antwan, attacked her ... When she woke up in Largo Central Park,
    # Jordan was gone, she said.
    assert speakers_of(stinson, "named Antwan, attacked her") == ["Charisse Stinson"]
    assert speakers_of(stinson, "Jordan was gone") == ["Charisse Stinson"]
    # Police said Stinson told them she accepted a ride ... She said there was an
    # altercation ...: police are no "she"
    assert speakers_of(stinson, "there was an altercation") == ["Charisse Stinson"]
    # The victim also spent some weekends at Poole's home, according to investigators.
    # "He said Tim would sleep in the same bed as him ...": the victim, not Poole
    poole = raw["multi_news-val-1049"]
    assert not any(q.speaker.endswith("Poole") for q in poole if "same bed" in q.text.text)
