"""The entities section's hundred-and-third pass (journal/entities.md, "Entities,
hundred-and-third pass"): a person named only in a line of the writers who helped (raw 17's
"With Edgar Sandoval, John Annese, Rocco Parascandola, Ryan Sit, Todd Maisel") or only in
the writer's name alone closing the article (raw 71's "Alexander Abad-Santos") is the
page's staff, not listed; a place written without its opening article is the place (raw
21's "in Vegas" of Las Vegas). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_furniture import furniture
from chorus.analyze.entity_shapes import places_without_their_article
from chorus.analyze.model import Excerpt
from chorus.model import Article
from tests.entity_gold import excerpts_of, listed_on_clusters, spelled

ELEVATOR = "multi_news-val-1397"
"""Raw 17 (a baby killed in a Coney Island elevator shaft: the Daily News's [3] closes on
"With Edgar Sandoval, John Annese, Rocco Parascandola, Ryan Sit, Todd Maisel", its
reporters, and captions it credits "(Todd Maisel/New York Daily News)")."""
ONION = "multi_news-val-3680"
"""Raw 71 (a Chinese paper fooled by The Onion: the Atlantic Wire's [1] ends "send an email
to the author at aabadsantos at theatlantic dot com. ..." and a last line "Alexander
Abad-Santos")."""
COLBERT = "multi_news-val-4236"
"""Raw 36 (Colbert for DeMint's seat: the Atlantic Wire's [2] quotes other outlets' writers,
"notes Andy Kroll at Mother Jones", and closes on "Elspeth Reeve", its own, read by no
window)."""
PRODIGY = "multi_news-val-410"
"""Raw 21 (Prodigy's death: "hospitalized in Las Vegas" in [1] and others, "hospitalized a
few days ago in Vegas" in three)."""


def test_entities_a_line_of_contributors_names_no_one_of_the_story():
    elevator = listed_on_clusters({ELEVATOR}, speakers=True)[ELEVATOR]
    assert not {"John Annese", "Ryan Sit", "Todd Maisel"} & elevator.keys()
    # the story's people, one outlet each, stay
    for name in ("Jordan Isenstadt", "Elaina Feliciano", "Lida Martori", "Andrew Rudansky"):
        assert elevator[name].label == "person"


def test_entities_the_writers_name_closing_the_article_is_no_one_of_the_story():
    onion = listed_on_clusters({ONION}, speakers=True)[ONION]
    assert "Alexander Abad-Santos" not in onion
    assert onion["Onion"].label == "organisation"
    # other outlets' writers the story quotes are its sources: listed
    colbert = listed_on_clusters({COLBERT}, speakers=True)[COLBERT]
    assert {"Andy Kroll", "David Graham", "Madeleine Morgenstern"} <= colbert.keys()
    assert "Elspeth Reeve" not in colbert


def _mentions(text: str, *names: str) -> dict[str, list[Excerpt]]:
    article = Article("a", text, "a")
    return {name: found for name in names if (found := excerpts_of(article, name))}


def test_entities_staff_lines_edges():
    people = ("Edgar Sandoval", "John Annese", "Ann Lee", "Mary Cole", "Jane Roe", "Tom Hart")
    text = (
        "With Ann Lee in the lead, the team won.\n\n"
        "Mary Cole\n\n"
        "Mary Cole said the lift was out.\n\n"
        "The lift was old.\n\n"
        "With Edgar Sandoval, John Annese and Jane Roe\n\n"
        "Tom Hart"
    )
    listed = _mentions(text, *people)
    staff = furniture(listed, dict.fromkeys(people, "person"), lambda name: "person")
    # a sentence opening on "With" is no contributors' line; a name on a line of its own
    # mid-article (a heading) is the story's; the one alone closing the article its writer's
    assert staff == {"Edgar Sandoval", "John Annese", "Jane Roe", "Tom Hart"}
    # a name alone closing the article but written in the story too is the story's
    told = "Tom Hart said so.\n\n" + text
    assert "Tom Hart" not in furniture(_mentions(told, *people), {}, lambda name: "person")
    # white space after the last line closes nothing more
    spaced = _mentions(text + "\n\n", *people)
    assert "Tom Hart" in furniture(spaced, {}, lambda name: "person")
    # a body closing the article (a letter's foundation) is no person's line
    listed = _mentions("The fund paid.\n\nAlex Lowe Foundation", "Alex Lowe Foundation")
    assert furniture(listed, {}, lambda name: "organisation") == set()


def test_entities_a_place_written_without_its_article_is_the_place():
    prodigy = listed_on_clusters({PRODIGY}, speakers=True)[PRODIGY]
    assert "Vegas" not in prodigy
    city = prodigy["Las Vegas"]
    assert city.label == "place"
    assert {"Las Vegas", "Vegas"} == spelled(city)
    # 4 mentions in 3 outlets on main, the three "in Vegas" now its own
    assert (len(city.mentions), city.outlets) == (7, 4)


def test_entities_a_place_without_its_article_edges():
    labels = {"Vegas": "place", "Las Vegas": "place"}
    assert places_without_their_article(labels, ()) == {"Vegas": "Las Vegas"}
    # the longer name known and written, no window read
    assert places_without_their_article({"Vegas": "place"}, {"Las Vegas"}) == {"Vegas": "Las Vegas"}
    # known but not written; a compass word is no article; a person's name is no place's
    assert places_without_their_article({"Vegas": "place"}, {"Paris"}) == {}
    assert places_without_their_article({"Florida": "place", "South Florida": "place"}, ()) == {}
    assert places_without_their_article({"Vegas": "person", "Las Vegas": "place"}, ()) == {}
