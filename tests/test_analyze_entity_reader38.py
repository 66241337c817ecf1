"""The entities section's thirty-eighth pass (journal/entities.md, "Entities, thirty-eighth pass"):
what three readers left (fixtures/entity_reader38.json), scored with a blind sample of two
more clusters, and the general causes set right, each on real clusters: a first name
written once before its surname and then alone, a name written before ", Jr.", a word
written twice as one, a place's possessive inside a brand's name, and a month closing a
capitalised run."""

from __future__ import annotations

import pytest

from tests.entity_gold import (
    assert_half_scores,
    findings_met,
    fixture,
    listed_on_clusters,
    spelled,
)

READER38 = fixture("entity_reader38.json")
READER38_IDS = {index: cluster for cluster, index in READER38["index"].items()}
KLEIN, DAVIS, HUMPHRIES, GOOGLE, TRUMP_JR = (
    "multi_news-val-2654",
    "multi_news-val-4960",
    "multi_news-val-1334",
    "multi_news-val-4586",
    "multi_news-val-33",
)
LEFT = {
    "multi_news-val-1942 Allahuakbar",
    "multi_news-val-4873 Breaking Bad",
    "multi_news-val-4873 Band of Brothers",
    "multi_news-val-1942 Sochi outlets",
    "multi_news-val-1942 Sochi found",
    "multi_news-val-2313 Anette de la Renta",
    "multi_news-val-2313 Vanity Fair found",
    "multi_news-val-2313 Vogue found",
    "multi_news-val-5041 Hogan Gidley found",
}
"""Findings no general rule was found for (decisions.md says why)."""


@pytest.fixture(scope="module")
def listed():
    others = {KLEIN, DAVIS, HUMPHRIES, GOOGLE, TRUMP_JR}
    return listed_on_clusters(others | set(READER38["index"]) | set(READER38["blind"]))


def test_entities_what_three_readers_left_scores(listed):
    """Nineteen findings: two met on main (285fca2; raw 96's Martin Luther King Jr., found
    and in two outlets, since the thirty-sixth pass), nine on this pass's branch; the ten
    left are LEFT (nine since the seventieth pass: Janet Yellen, by her first name's shape)."""
    met = findings_met(READER38, listed)
    assert len(met) == 19
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 70, 76), main (285fca2) and the branch alike (no rule of
    this pass fires there): 42 of 44 listed names right, 2 of a wrong label (the film's
    characters Mia and David, people), none broken; 53 of the 97 names a reader expects
    found (Kofi Annan, SANA, Diablo Cody, New Line Cinema among those missed)."""
    assert_half_scores(listed, READER38, "blind", (0.95, 0.05, 0.54))


def test_entities_a_first_name_written_before_its_surname_then_alone_takes_it(listed):
    """ "reality star Kendra Wilkinson-Baskett" and then "Kendra" three times; "Kris" beside
    Kris Humphries. A read person's surname is no first name ("Davis" of Wendy Davis, once
    before "Run"), nor is a first name written before another read person's surname
    ("Aaron and Melissa Klein": "Klein" alone stays Aaron Klein's; since the seventy-first
    pass "Melissa Klein" is hers, listed with her "Melissa"; since the seventy-seventh, the
    third outlet's one "help the Klein family" is the family's, no mention of his)."""
    kendra = listed[READER38_IDS[203]]["Kendra Wilkinson-Baskett"]
    assert kendra.label == "person" and len(kendra.mentions) == 4
    assert "Kendra" not in listed[READER38_IDS[203]]
    assert "Kris" in spelled(listed[HUMPHRIES]["Kris Humphries"])
    assert "Davis Run" not in listed[DAVIS]
    assert len(listed[DAVIS]["Wendy Davis"].mentions) >= 30
    aaron = listed[KLEIN]["Aaron Klein"]
    assert aaron.outlets == 2 and "Klein" in spelled(aaron)
    assert not any(m.article.text.endswith("Melissa ", 0, m.start) for m in aaron.mentions)


def test_entities_a_name_written_before_its_generation_is_that_persons(listed):
    """ "Keith Fitzgerald Knowles, Jr." (raw 60) and "DeOrr Jr." beside "DeOrr Kunz Jr." and
    his father "DeOrr Kunz Sr." (raw 62); raw 137's "President Donald Trump" and "Trump
    Jr.'s private meeting" stay two (Donald Trump, since the fifty-first pass, and Donald
    Trump Jr.)."""
    knowles = listed[READER38_IDS[60]]
    assert "Keith Fitzgerald Knowles" not in knowles
    assert knowles["Keith Fitzgerald Knowles Jr."].outlets == 2
    kunz = listed[READER38_IDS[62]]
    assert "DeOrr" not in kunz and "DeOrr" in spelled(kunz["DeOrr Kunz Jr."])
    assert "DeOrr" not in spelled(kunz["DeOrr Kunz Sr."])
    assert {"Donald Trump", "Donald Trump Jr."} <= listed[TRUMP_JR].keys()


def test_entities_a_word_written_twice_as_one_is_no_name(listed):
    """ "Donald Trump Donald John TrumpTrump Jr. getting 0k to speak at UNT": a menu's links
    run together."""
    assert "John TrumpTrump Jr." not in listed[READER38_IDS[214]]


def test_entities_a_places_possessive_inside_a_brand_is_no_mention_of_it(listed):
    """ "the launch of Seattle’s Best Coffee" beside "KFC's Seattle Best Coffee": no Seattle;
    a group's possessive stays its mention ("Google's Knowledge Graph" beside "Google
    Knowledge Graph")."""
    coffee = listed[READER38_IDS[83]]
    assert "Seattle" not in coffee and "Seattle Best Coffee" in coffee
    google = listed[GOOGLE]["Google"].mentions
    assert "Google’s Knowledge" in {m.article.text[m.start : m.end + 12] for m in google}


def test_entities_a_month_closing_a_run_is_no_word_of_the_name(listed):
    """ "three gigs at Chicago's Soldier Field July 3rd to 5th" and "at Soldier Field in
    Chicago": Soldier Field in both outlets, and so is Chicago."""
    dead = listed[READER38_IDS[44]]
    assert dead["Soldier Field"].label == "place" and dead["Soldier Field"].outlets == 2
    assert dead["Chicago"].outlets == 2
