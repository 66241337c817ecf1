"""The entities section's fifteenth pass (journal/entities.md, "Entities, fifteenth pass"): labels a
reader would dispute. A surname the recognizer read alone as a group or a town that speaks
and follows a first name; a name read before a thing's noun (after a year, a facility's
possessive); films, awards and a warlord; and the listing on eleven clusters judged from
their articles before chorus ran on them."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from chorus.analyze.entities import entities, recognize
from chorus.analyze.model import Entity
from chorus.analyze.nlp import entity_spans
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.entity_gold import NEW_TEXT15, Judged, judge, new_text15_gold, spelled

SPEAKERS = ("multi_news-val-5100", "multi_news-val-1557", "multi_news-val-1717")
""""Gallup Editor in Chief Frank Newport" and "“...,” Newport said", "Sen. Marco Rubio" and
"Rubio said" (organisations); "Air Chief Marshal Angus Houston" and "Houston said" (a
place); "Miley Cyrus and Ed Sheeran" and "“Thank you to all the fans,” Sheeran said" (a
place)."""
GROUP_SPEAKS = "multi_news-val-101"
""""Northwestern said in a statement": a university, never after a first name."""
MODIFIERS = ("multi_news-val-3563", "multi_news-val-2642", "multi_news-val-296")
""""his 2010 Denzel Washington hit Unstoppable" (an organisation); "his own 1976 King Kong
star" and "an earlier King Kong movie" (a place), beside "a Vietnam film"; "Bradley
Cooper’s crotch" (a facility, so a place)."""
FILM = "multi_news-val-333"
""""the first true independent Star Trek film" (an organisation)."""
FILM_STUDIES = "multi_news-val-3098"
""""Emory University film studies professor Matthew Bernstein"."""
DUC = DATA / "duc2003-task2.jsonl.gz"


def _listed(sentences: Sequence) -> tuple[Entity, ...]:
    return entities(sentences, recognize(sentences, entity_spans))


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    """The entities listed for the clusters these tests read, by cluster id."""
    wanted = {
        *SPEAKERS,
        GROUP_SPEAKS,
        *MODIFIERS,
        FILM,
        FILM_STUDIES,
        *NEW_TEXT15["design"],
        *NEW_TEXT15["blind"],
    }
    found = {}
    for path, count in ((RAW_VALIDATION, 250), (DUC, 30)):
        for cluster in read_clusters(path, count):
            if cluster["id"] in wanted:
                articles = as_articles(cluster["documents"])
                sentences = [s for a in articles for s in split(clean(a))]
                found[cluster["id"]] = {e.name: e for e in _listed(sentences)}
    return found


def test_entities_a_surname_that_speaks_after_a_first_name_is_a_persons(listed):
    gallup, search, awards = (listed[c] for c in SPEAKERS)
    # since the entities' thirty-third pass "Newport" is read as Gallup's Frank Newport
    assert (gallup["Frank Newport"].label, gallup["Rubio"].label) == ("person", "person")
    assert "Newport" in {m.article.text[m.start : m.end] for m in gallup["Frank Newport"].mentions}
    assert search["Houston"].label == "person"
    assert awards["Sheeran"].label == "person"
    # since the forty-fourth pass "Northwestern" is Northwestern University's
    assert listed[GROUP_SPEAKS]["Northwestern University"].label == "organisation"
    assert "Northwestern" in spelled(listed[GROUP_SPEAKS]["Northwestern University"])


def test_entities_a_name_read_before_a_things_noun_casts_no_vote(listed):
    """Each was written once or twice and read only there: not listed rather than listed
    with the wrong label."""
    tony_scott, kong, prankster = (listed[c] for c in MODIFIERS)
    assert "Denzel Washington" not in tony_scott
    assert "King Kong" not in kong
    assert "Bradley Cooper" not in prankster
    assert "Linkin Park" not in listed[SPEAKERS[2]]  # "Linkin Park's Chester Bennington"


def test_entities_a_films_name_is_no_group_nor_place(listed):
    assert "Star Trek" not in listed[FILM]
    assert listed[MODIFIERS[1]]["Vietnam"].label == "place"  # "a Vietnam film"
    assert listed[FILM_STUDIES]["Emory University"].label == "organisation"


def test_entities_an_award_before_its_winner_and_a_warlord(listed):
    """ "Rock singer and Oscar winner Jared Leto" (Oscar a person); "Chechen Islamist
    warlord Doku Umarov, who ..." (an organisation)."""
    assert "Oscar" not in listed[SPEAKERS[2]]
    assert listed["multi_news-val-1942"]["Doku Umarov"].label == "person"


@pytest.mark.parametrize("half", ["design", "blind"])
def test_entities_new_text15(listed, half):
    """Main's listing (534090b) on eleven clusters judged from their articles before chorus
    ran on them: design 122 of 139 right, 9 wrong labels, 8 broken; blind 49 of 55, 4
    wrong, 2 broken. After the fifteenth pass: design 124 of 137, 5 wrong, 8 broken; blind
    unchanged (frozen at 55a2c49: no rule of the pass changed a blind cluster's listing)."""
    clusters = NEW_TEXT15[half]
    total = sum((judge(tuple(listed[c].values()), new_text15_gold(c)) for c in clusters), Judged())
    assert not total.unjudged, total.unjudged
    assert total.right >= 0.88 * total.judged, total
    assert total.wrong_label <= (0.04 if half == "design" else 0.08) * total.judged, total
