"""The entities section's hundred-and-seventh pass (journal/entities.md, "Entities,
hundred-and-seventh pass"): an outlet's plural before its reporter is two names (raw 172's
"ABC News’ Linsey Davis"); a given name and its short form before one surname are one person
(raw 164's "Randall Hackett" and "Randy Hackett"); a given name read as a place before a
surname read alone is that person's (raw 137's "Natalia Veselnitskaya"); a town's service read
without its town is named by the town a run writes it with (raw 164's "Ipswich Police
Department"); a speaker's surname with an accented second letter is a name (raw 151's "Ian
Haney López"); a known outlet's possessive before a full name is no part of it (raw 151's
"CNN's Bill Weir"). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_given_names import people_by_first_names
from chorus.analyze.entity_mention_windows import windows_alone
from chorus.analyze.entity_misread_firsts import first_names_read_otherwise
from chorus.analyze.entity_possessives import owned_part, two_names_joined_by_a_possessive
from chorus.analyze.entity_speakers import as_listed, joined_text
from chorus.analyze.entity_surnames import surnames_written_whole
from chorus.analyze.entity_town_services import services_of_a_town
from chorus.model import Sentence
from tests.entity_gold import as_articles, clean, listed_on_clusters, spelled, split

COSBY = "multi_news-val-2572"
"""Raw 172 (Bill Cosby's interview: [2] and [4] "ABC News’ Linsey Davis", [4] "he told
Davis", "More of the interview with Linsey Davis will air on Nightline")."""
IPSWICH = "multi_news-val-4313"
"""Raw 164 (a swimmer rescued off Crane Beach: [0] "The rescued man, Randall Hackett",
"according to the Ipswich Police Department.", [3] "Randall Hackett, 58", [5] "Randy
Hackett of Argilla Road", "Police Department and Fire Department resources", "Mr.
Hackett")."""
COLBERT = "multi_news-val-33"
"""Raw 137 (Colbert's "Russia Week": [2] "Russian lawyer Natalia Veselnitskaya and lobbyist
Rinat Akhmetshin")."""
BUNDY = "multi_news-val-4378"
"""Raw 151 (Cliven Bundy's remarks: [1] "an exclusive interview with CNN's Bill Weir", "Weir
at one point challenged", [3] "said Ian Haney López, a law professor")."""


def _sentences(*texts: str) -> list[Sentence]:
    """One article of `texts`, split as the analysis splits it."""
    return [s for article in as_articles([" ".join(texts)]) for s in split(clean(article))]


def test_entities_an_outlets_reporter_is_a_person_of_her_own():
    cosby = listed_on_clusters({COSBY}, speakers=True)[COSBY]
    assert "ABC News’ Linsey Davis" not in cosby
    davis = cosby["Linsey Davis"]
    assert davis.label == "person"
    assert spelled(davis) == {"Linsey Davis", "Davis"}
    assert davis.outlets == 4
    assert cosby["ABC"].label == "organisation"


def test_entities_an_outlets_possessive_edges():
    sentences = _sentences("She spoke to ABC News’ Linsey Davis.", "Linsey Davis asked.")
    names = ["ABC News’ Linsey Davis", "Veterans’ Affairs", "New York Times' Manohla Dargis"]
    joined = two_names_joined_by_a_possessive(names, sentences)
    assert joined == ["ABC News’ Linsey Davis", "New York Times' Manohla Dargis"]
    assert owned_part("ABC News’ Linsey Davis") == "Linsey Davis"
    assert owned_part("Ghouta's Douma") == "Douma"
    # her name is read where no possessive comes before it
    assert windows_alone(sentences, ["Linsey Davis"])[0][1].startswith("Linsey Davis asked")


def test_entities_a_given_name_and_its_short_form_are_one_person():
    ipswich = listed_on_clusters({IPSWICH}, speakers=True)[IPSWICH]
    assert "Hackett" not in ipswich
    hackett = ipswich["Randall Hackett"]
    assert hackett.label == "person"
    assert hackett.outlets == 3
    assert len(hackett.mentions) >= 20
    police = ipswich["Ipswich Police Department"]
    assert police.label == "organisation"
    assert spelled(police) == {"Ipswich Police Department", "Police Department"}
    assert "Police Department" not in ipswich


def test_entities_a_short_form_edges():
    labels = {"Hackett": "person"}
    text = "swimmer Randall Hackett swam. said Randy Hackett of Argilla Road."
    assert surnames_written_whole(labels, text) == {"Hackett": "Randall Hackett"}
    # two given names no short form joins are two people: neither
    other = "swimmer Randall Hackett swam. said Edward Hackett of Argilla Road."
    assert surnames_written_whole(labels, other) == {}


def test_entities_a_given_name_read_as_a_place_is_the_persons():
    colbert = listed_on_clusters({COLBERT}, speakers=True)[COLBERT]
    assert "Veselnitskaya" not in colbert
    assert colbert["Natalia Veselnitskaya"].label == "person"


def test_entities_a_given_name_read_as_a_place_edges():
    labels = {"Natalia": "place", "Veselnitskaya": "person"}
    text = "Russian lawyer Natalia Veselnitskaya met them."
    assert first_names_read_otherwise(labels, text) == {
        "Veselnitskaya": ("Natalia", "Natalia Veselnitskaya")
    }
    # a place written elsewhere alone is the place
    assert first_names_read_otherwise(labels, f"{text} She flew to Natalia.") == {}
    # a word read as a person is no other rule's
    assert first_names_read_otherwise({**labels, "Natalia": "person"}, text) == {}


def test_entities_a_towns_service_edges():
    labels = {"Police Department": "organisation", "Ipswich": "place"}
    runs = ["Ipswich Police Department.", "Police Department", "State Police Department"]
    assert services_of_a_town(labels, runs) == ["Ipswich Police Department"]
    assert services_of_a_town({"Ipswich": "place"}, runs) == []
    # a body read whole is read already
    read = {**labels, "Ipswich Police Department": "organisation"}
    assert services_of_a_town(read, runs) == []


def test_entities_a_speaker_with_an_accent_and_a_reporter_after_an_outlet():
    bundy = listed_on_clusters({BUNDY}, speakers=True)[BUNDY]
    assert bundy["Ian Haney López"].label == "person"
    weir = bundy["Bill Weir"]
    assert weir.label == "person"
    assert spelled(weir) == {"Bill Weir", "Weir"}


def test_entities_an_accent_and_an_outlets_possessive_edges():
    text = joined_text(_sentences("said Ian Haney López, a professor."))
    assert as_listed("Ian Haney López", text, {}) == "Ian Haney López"
    assert people_by_first_names(["CNN's Bill Weir"], ()) == ["Bill Weir"]
    # an owner the lists do not know may be a name's own word
    assert people_by_first_names(["Smith's Bill Weir"], ()) == []
