"""The entities section's seventy-second pass (journal/entities.md, "Entities, seventy-second
pass (stop 42)"): reader63's entity items. A surname two listed people share, written alone,
is the one person an article never calls by first name alone (raw 240's "Mr. Smith"); a
place named in passing gives way, in a full list, to a speaker quoted more often than it is
named (raw 227's Richard Painter); a magazine named like a person is an organisation (raw
198's "—Marie Claire"). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

ROOF, MERCER, MEMOIR, KELLERS, SENATE_RACES = (
    "multi_news-val-5473",
    "multi_news-val-4890",
    "multi_news-val-5306",
    "multi_news-val-4901",
    "d30050t",
)
"""Raw 240 (a boy thrown from a roof: [1] "the home of the boy, Shimron Smith. Around 3:30
a.m., Mr. Smith approached two uniformed officers", "their conversation with Mr. Smith, who
told them: “My brother may be hurt”", "Shimron’s apartment"; [3] "“... I threw him off,”
Smith allegedly told officers", "Smith was charged with second-degree murder", "Shimron was
the youngest"), 227 (Robert Mercer and the IRS: [1] quotes Richard Painter four times, "said
Painter"; [2] names New York three times in passing, "In New York, reporters discovered"),
198 (Gillibrand's memoir: [2]'s blurbs, "… her new memoir.”—Marie Claire"), 152 (Dan and Fran
Keller: "Taped interviews of a Keller accuser", the couple's) and DUC d30050t (the 1998
Senate races: Stuart Rothenberg quoted five times; California in lists of states, "from
California to Wisconsin")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({ROOF, MERCER, MEMOIR, KELLERS, SENATE_RACES}, speakers=True)


def test_entities_a_shared_surname_alone_is_the_one_not_called_by_first_name(listed):
    """Two articles call the boy "Shimron" and his brother "Mr. Smith" / "Smith": the four
    bare surnames are the brother's, none of the boy's."""
    found = listed[ROOF]
    brother, boy = found["Shawn J. Smith"], found["Shimron Smith"]
    bare = [m for m in brother.mentions if m.text == "Smith"]
    assert len(bare) == 4
    assert sum(m.article.text.endswith("Mr. ", 0, m.start) for m in bare) == 2
    assert {m.article.id for m in bare} == {
        m.article.id for m in boy.mentions if m.text == "Shimron"
    } - {m.article.id for m in brother.mentions if m.text == "Shawn"}
    assert "Smith" not in spelled(boy)


def test_entities_a_couples_surname_alone_is_neither_ones(listed):
    """ "Dan and Fran Keller" names the couple, not Dan by first name: "a Keller accuser" is
    neither's (a guard: main counts it for no one either)."""
    found = listed[KELLERS]
    for name in ("Fran Keller", "Dan Keller"):
        assert "Keller" not in spelled(found[name])


def test_entities_a_speaker_quoted_more_than_a_place_is_named_takes_its_room(listed):
    """The listing is full (40 rows): Painter, quoted in four rows, is listed and New York,
    three mentions in passing in one outlet, is not; the read names all stay."""
    found = listed[MERCER]
    assert len(found) == 40
    painter = found["Richard Painter"]
    assert painter.label == "person" and painter.outlets == 1
    assert "New York" not in found
    assert {"John Koskinen", "Patrick Caddell", "Internal Revenue Service"} <= found.keys()
    races = listed[SENATE_RACES]
    assert races["Stuart Rothenberg"].label == "person"
    assert "California" not in races


def test_entities_a_magazine_named_like_a_person_is_an_organisation(listed):
    assert listed[MEMOIR]["Marie Claire"].label == "organisation"
