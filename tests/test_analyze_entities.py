"""The entities section on real text: the hand-judged gold names, and the rules that fixed
the wrong labels and cut spans seen on raw validation clusters (docs/journal/entities.md, "Entities:
whole names, datelines, towns and their states")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from chorus import Article
from chorus.analyze import entity_mention_windows
from chorus.analyze.entities import SENTENCE_BREAK, Recognized, entities, recognize
from chorus.analyze.entity_cues import label_by_cue
from chorus.analyze.entity_forms import BEFORE_CHARS
from chorus.analyze.entity_windows import windows
from chorus.analyze.model import Entity
from chorus.analyze.nlp import entity_spans
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Document, Sentence, Span
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, SEEDS, read_clusters
from tests.entity_gold import BLIND, GOLD, NEW_TEXT, OUTLETS, Judged, judge, new_text_gold

NEWSLETTER = "multi_news-val-555"
"""Politico's newsletter: paragraphs open with all-caps headings and a hyphen."""
POSSESSIVES = ("multi_news-val-5590", "multi_news-val-2168", "multi_news-val-2404")
"""A sheriff's office and the Children’s Health Insurance Program (names with a possessive
of their own), "Lightspeed’s Jeremy Liew" (two names joined)."""
WORKS = ("multi_news-val-794", "multi_news-val-1643", "multi_news-val-3194")
"""A dinosaur in "the 1993 film "Jurassic Park"", a band and its album "Jefferson Airplane
Takes Off", "the film New Moon"."""
TICKERS = ("multi_news-val-4775", "multi_news-val-2095")
STATION = "multi_news-val-3515"
"""A television station's report: "ABC7 News" was a person."""
DIRECTOR = "multi_news-val-3563"
"""Tony Scott's death: "STORY: Tony Scott Spent Final Days Working With Tom Cruise on 'Top
Gun 2'", and "Scott met with Tom Cruise"; his wife is Donna Wilson Scott."""
"""Keurig Green Mountain "(NASDAQ:GMCR)", then GMCR in running text; XO Group "(NYSE: XOXO)"."""
NUMBERED = ("multi_news-val-889", "multi_news-val-5309")
""""a nod to San Francisco 49ers quarterback Colin Kaepernick" (the only "San Francisco");
a Boeing 777 and Boeing on its own."""
CUED = ("multi_news-val-101", "multi_news-val-297", "multi_news-val-168", "multi_news-val-1033")
""""former quarterback Kain Colter", read as an organisation; "Jack the Cat has been found
at JFK airport" and flights "called off at O'Hare International Airport"; the Stoffel
family, "the Stoffels"."""
KINDS = ("multi_news-val-333", "multi_news-val-4411")
"""The Klingon language ("no Klingons with whom to communicate", "[PDF]" after each court
filing); the Oscars."""
THINGS = ("multi_news-val-576", "multi_news-val-2094")
"""A football player shot by the driver of "the Hummer" (18 times after an article or
"Hayes's"), read as a person; "the Bush tax cuts", once the newsletter's roundup is gone."""
JOURNAL = "multi_news-val-3053"
"""Mice sperm from stem cells: "report their work online today in Cell"."""
TITLED = ("multi_news-val-79", "multi_news-val-1902", "multi_news-val-5202")
""""Nazi Adolf Eichmann" (organisation) beside "Adolf Eichmann"; "Mountaineer Ueli Steck said"
(organisation) and "Ueli Steck of Switzerland"; "Prof Adrian Owen" and "Adrian Owen"."""
COMMON = ("multi_news-val-3184", "multi_news-val-2145")
""""Monkeys learn to cover their eyes" (a headline) among "monkeys" ×4; "the Senate",
written "senate" twice."""
STREET = "multi_news-val-1090"
"""A row of houses collapsed on "the 400 block of Daly Street" ("428 Daly St.")."""
UNIVERSITY = "multi_news-val-4280"
""""Now we are there, along with Kent State and Virginia Tech"."""
FIRST_NAMES = ("multi_news-val-1094", "multi_news-val-5555")
""""Raffaele" written alone beside "Raffaele Sollecito" and "Sollecito" (an organisation by
the recognizer); "the Heat" of the "Miami Heat" (a person), beside "Miami"."""
KNOWN = ("multi_news-val-4945", "multi_news-val-4713", "multi_news-val-5484", "multi_news-val-15")
""""North Korea" beside "South Korea" (never read: the names sharing "Korea" were one),
"Davis-Monthan Air Force Base"; "Albuquerqueans Ben Abruzzo"; "LAPD Det. Chris Barling";
"a professor of law at the University of Iowa"."""
CUT_KNOWN = ("multi_news-val-2484", "multi_news-val-2851", "multi_news-val-4236")
"""A heading "Virgin Australia", "NHS England said", "He told New York magazine" (the list's
names cut out of them, listed as places), beside "While U.S. magazine Life & Style" in
1334 and "Two Minneapolis high school students" in 4656 (the places)."""
KEPT_KNOWN = ("multi_news-val-1334", "multi_news-val-4656")
NOT_LISTED = ("multi_news-val-2617", "multi_news-val-5396", "multi_news-val-5012")
""""physicians' Medicare fees" (an organisation); "Wall, from Trelleborg in southern Sweden"
(an organisation); "Fort Lauderdale police" and a dateline "FT LAUDERDALE" (two places)."""
GROUPS = "multi_news-val-167"
""""the satirical newspaper Charlie Hebdo" (a person by the recognizer)."""


def _sentences(articles: Sequence[Article]) -> list[Sentence]:
    return [s for a in articles for s in split(clean(a))]


Found = Mapping[str, tuple[Recognized, tuple[Entity, ...]]]
"""Each cluster's recognised names and listed entities, by cluster id."""


@pytest.fixture(scope="module")
def split_clusters() -> dict[str, list[Sentence]]:
    """The sentences of the seeds and of the raw clusters the tests read, by cluster id."""
    seeds = [
        Article(p.stem, p.read_text(encoding="utf-8"), p.stem, origin=p.name)
        for p in sorted(SEEDS.iterdir())
    ]
    found = {"seeds": _sentences(seeds)}
    wanted = {
        *GOLD,
        *BLIND,
        NEWSLETTER,
        *POSSESSIVES,
        *WORKS,
        *TICKERS,
        DIRECTOR,
        STATION,
        *NUMBERED,
        *CUED,
        *KINDS,
        *THINGS,
        JOURNAL,
        *TITLED,
        *COMMON,
        STREET,
        UNIVERSITY,
        *FIRST_NAMES,
        GROUPS,
        *KNOWN,
        *CUT_KNOWN,
        *KEPT_KNOWN,
        *NOT_LISTED,
    }
    for cluster in read_clusters(RAW_VALIDATION, 250):
        if cluster["id"] in wanted:
            found[cluster["id"]] = _sentences(as_articles(cluster["documents"]))
    return found


@pytest.fixture(scope="module")
def recognized(split_clusters) -> Found:
    found: dict[str, tuple[Recognized, tuple[Entity, ...]]] = {}
    for cluster_id, sentences in split_clusters.items():
        names = recognize(sentences, entity_spans)
        found[cluster_id] = (names, entities(sentences, names))
    return found


def _labels(recognized: Found, cluster_id: str) -> dict[str, str]:
    return {e.name: e.label for e in recognized[cluster_id][1]}


def test_entities_gold_share_right(recognized):
    """Before the first rules: 149 of 204 listed names right (0.73), 25 no name or a cut
    span; before the second (with three more clusters judged): 193 of 244, 20 broken;
    before the third (three more): 225 of 273, 17 broken; after it 228, 17 broken; before
    the fourth (two more): 252 of 300, 17 broken; after it 259 of 308, 16 broken; after the
    fifth 260 of 305, 15 broken; the sixth left them so; after the seventh 262 of 303, 12
    broken. The eighth added four clusters (40 of 60 right, 8 broken, before it): 302 of
    363, 20 broken, before it; after it 310 of 362, 19 broken. The ninth: 315 of 358, 15
    broken (28 wrong labels, 33 before). The tenth: 321 of 353, 15 broken (17 wrong
    labels)."""
    total = sum((judge(recognized[c][1], gold) for c, gold in GOLD.items()), Judged())
    assert total.judged >= 0.95 * (total.judged + len(total.unjudged)), total.unjudged
    assert total.right >= 0.86 * total.judged, total
    assert total.broken <= 0.06 * total.judged, total


def test_entities_blind_gold(recognized):
    """Twenty clusters judged before chorus ran on them and not looked at while writing the
    rules of the passes after them: 118 of 158 right, 18 broken (the first eight 72 of 103,
    16 broken, before and after the fifth pass; the four it added 45 of 55, 2 broken, before
    it and 46 after; before the fourth pass: 67 of 95, 14 broken, in the first eight; before
    the second: 23 of 36 right, 4 broken, in the first three; before the third: 57 of 77, 7
    broken, in the first six). Before the sixth pass, with four more clusters judged before
    chorus ran on them (35 of 44 right, 1 broken, before and after it): 152 of 201 right, 19
    broken; after it 154 of 200, 19 broken. The seventh pass added four more judged before
    chorus ran on them (45 of 58 right, 6 broken, before and after it): 199 of 258 right, 25
    broken, before it; after it 201 of 255, 23 broken. The eighth added four more judged
    before chorus ran on them (42 of 55 right, 5 broken, before and after it): 243 of 310
    right, 28 broken, before it; after it 247 of 304, 25 broken. The ninth added three more
    judged before chorus ran on them (20 of 30 right, 8 broken, before and after it): 267 of
    334 right, 33 broken, before it; after it 275 of 330, 33 broken (the older twenty: 255
    of 300, 20 wrong labels, 32 before). The tenth added three more judged before chorus ran
    on them (23 of 29 right, none broken, before it; 24 after): 298 of 359 right, 33 broken,
    before it; after it 303 of 358, 32 broken (the older 27: 279 of 329, 18 wrong labels,
    22 before). Before the twelfth: 394 of 464 right, 31 wrong, 39 broken; after it 395 of
    461, 28 wrong, 38 broken."""
    total = sum((judge(recognized[c][1], gold) for c, gold in BLIND.items()), Judged())
    assert not total.unjudged, total.unjudged
    assert total.right >= 0.8 * total.judged, total
    assert total.broken <= 0.1 * total.judged, total


def test_entities_a_possessive_joining_two_names_is_no_name(recognized):
    # "in eastern Ghouta's Douma district" was one organisation
    assert "Ghouta's Douma" not in recognized["seeds"][0].labels
    assert "Lightspeed’s Jeremy Liew" not in recognized["multi_news-val-2404"][0].labels


def test_entities_names_with_a_possessive_of_their_own_stay(recognized):
    office = _labels(recognized, "multi_news-val-5590")
    assert office["Lemhi County Sheriff's Office"] == "organisation"
    program = _labels(recognized, "multi_news-val-2168")
    assert program["Children’s Health Insurance Program"] == "organisation"


@pytest.fixture(scope="module")
def station_index() -> tuple[Recognized, tuple[Entity, ...]]:
    """Raw 16's names with its page [1], a station's index of other stories' teasers, read
    whole: cleaning removes that page since its twenty-fourth pass, and its headlines still
    test the recognizer."""
    (cluster,) = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] == "multi_news-val-2486"]
    articles = as_articles(cluster["documents"])
    whole = Document(articles[1], (Span(0, len(articles[1].text)),), ())
    sentences = [s for a in articles if a is not articles[1] for s in split(clean(a))]
    sentences += split(whole)
    names = recognize(sentences, entity_spans)
    return names, entities(sentences, names)


def test_entities_title_case_headlines_are_not_read(station_index):
    # "Pedestrian Struck, Killed In Pennsauken Township" and "Rocky The Bobcat Back On The
    # Loose In South Jersey": headlines of a station's page, read as names before.
    names, found = station_index
    assert not [n for n in names.labels if "Struck" in n or "Loose" in n or "SkyFOX" in n]
    assert {e.name: e.label for e in found}["Pennsauken Township"] == "place"


def test_entities_people_ending_in_an_organisation_word_are_organisations(recognized):
    # "The Miami Herald reports ..." was a person, and "the Herald" his surname (since the
    # twenty-third pass a mention of the paper, not listed apart)
    paper = _labels(recognized, "multi_news-val-1721")
    assert paper["Miami Herald"] == "organisation" and "Herald" not in paper
    assert _labels(recognized, STATION)["ABC7 News"] == "organisation"


def test_entities_names_ending_in_a_place_word_are_places(recognized, station_index):
    airport = {e.name: e.label for e in station_index[1]}
    assert airport["Newark Liberty International Airport"] == "place"
    assert _labels(recognized, "multi_news-val-4035")["Capitol Hill"] == "place"


def test_entities_datelines_are_places_in_title_case(recognized):
    kathmandu = _labels(recognized, "multi_news-val-1902")  # "KATHMANDU, Nepal (AP) —"
    assert kathmandu["Nepal"] == "place" and kathmandu["Kathmandu"] == "place"
    assert "KATHMANDU" not in kathmandu
    denver = _labels(recognized, "multi_news-val-1255")  # "DENVER (AP) —"
    assert denver["Denver"] == "place" and "DENVER" not in denver
    london = _labels(recognized, "multi_news-val-4826")  # "LONDON —"
    assert london["London"] == "place"
    # "KATHMANDU (Reuters) -" counts with the "Kathmandu" of the other articles.
    assert {e.name: e.outlets for e in recognized["multi_news-val-1902"][1]}["Kathmandu"] == 3


def test_entities_newsletter_headings_are_no_datelines(recognized):
    names, _ = recognized[NEWSLETTER]
    assert not {"Buffett Today", "Driving The Day", "Turn"} & names.labels.keys()


def test_entities_windows_end_on_whole_names(recognized):
    countries = _labels(recognized, "multi_news-val-4830")  # "Libya, Equatorial Guinea, ..."
    assert countries["Equatorial Guinea"] == "place" and "Equatorial" not in countries
    fashion = _labels(recognized, "multi_news-val-4826")
    assert fashion["Sarah Jessica Parker"] == "person" and "Sarah" not in fashion
    assert "Yves Saint Laurent" in fashion and "Saint Laurent" not in fashion


def test_entities_joined_names_and_photo_credits_are_no_name(recognized):
    assert "Tina Fey and Eva Longoria" not in _labels(recognized, "multi_news-val-1115")
    credits = [n for n in recognized["multi_news-val-1255"][0].labels if "/" in n]
    assert credits == []


def test_entities_towns_before_a_state_are_places(recognized):
    arrests = _labels(recognized, "multi_news-val-3340")  # "Dominic Godi, 21, Bolton, CT."
    assert arrests["Bolton"] == "place" and arrests["CT"] == "place"


def test_entities_a_tie_goes_to_the_names_own_window(recognized):
    # "car park in Dingwall uncovered" (its own window: place) against "of Dingwall in
    # Ross-shire." (read for Ross-shire: person).
    assert _labels(recognized, "multi_news-val-80")["Dingwall"] == "place"


def test_entities_titles_of_works_are_not_listed(recognized):
    # "Fey's first book, Bossypants," was a person; "the movie Jurassic Park" a place
    assert "Bossypants" not in _labels(recognized, "multi_news-val-1115")
    assert "Jurassic Park" not in _labels(recognized, "multi_news-val-794")
    assert "New Moon" not in _labels(recognized, "multi_news-val-3194")
    # the title recognised as a name is kept, only the listing drops it
    assert "New Moon" in recognized["multi_news-val-3194"][0].labels


def test_entities_a_name_that_only_begins_a_title_stays(recognized):
    # "its debut album, “Jefferson Airplane Takes Off,”": the band is named, not the album
    assert "Jefferson Airplane" in _labels(recognized, "multi_news-val-1643")


def test_entities_stock_symbols_are_read_where_the_text_names_them(recognized):
    keurig = _labels(recognized, "multi_news-val-4775")
    # read in "(NASDAQ:GMCR)" the recognizer found no GMCR and "Keurig Green Mountain",
    # person; read in "GMCR reported fiscal Q1 results" it is an organisation, and the
    # symbol after "Keurig Green Mountain (NASDAQ:" is the company's, one row (entities74)
    assert keurig["Keurig"] == "organisation" and "Keurig Green Mountain" not in keurig
    assert recognized["multi_news-val-4775"][0].spellings["GMCR"] == "Keurig"
    assert "GMCR" not in keurig
    # written only as "(NYSE: XOXO)": no name a reader looks for
    assert "XOXO" not in _labels(recognized, "multi_news-val-2095")


def test_entities_a_headline_is_no_full_form_of_a_name(recognized):
    # The headline's run ended in "Tom Cruise": he was read there or nowhere.
    names, found = recognized[DIRECTOR]
    assert not [n for n in names.labels if "Spent Final Days" in n]
    assert {e.name: e.label for e in found}["Tom Cruise"] == "person"


def test_entities_a_surname_two_people_share_is_listed_only_as_a_person(recognized):
    # "Scott met with Tom Cruise" gave "Scott" as an organisation
    names, found = recognized[DIRECTOR]
    assert names.labels["Scott"] == "organisation"
    people = {e.name for e in found if e.label == "person"}
    assert {"Tony Scott", "Donna Wilson Scott"} <= people
    assert "Scott" not in {e.name for e in found}


def test_entities_words_opening_a_clause_are_no_names_to_read(split_clusters, recognized):
    # "“This is bad news.”", "“When we’re losing ...", "\"I'm flabbergasted,\"" and "the
    # Sept. 11 terror attacks" took five of the sixteen windows of 9/11 families' story
    read = windows(split_clusters["multi_news-val-4412"])
    assert not [w for w in read if w.startswith(("“When", '"This', '"I'))]
    assert any("David Beamer" in w for w in read)
    assert _labels(recognized, "multi_news-val-4412")["David Beamer"] == "person"


def test_entities_a_name_always_written_before_a_number_is_not_listed(recognized):
    # "United Flight 93", recognised without its number, and a team read as its city
    flight = recognized["multi_news-val-4412"]
    assert "United Flight" in flight[0].labels
    assert "United Flight" not in _labels(recognized, "multi_news-val-4412")
    assert "San Francisco" not in _labels(recognized, NUMBERED[0])
    # "Boeing 777" and "Boeing" alone: the company stays
    assert _labels(recognized, NUMBERED[1])["Boeing"] == "organisation"


def test_entities_web_services_are_organisations(recognized):
    # "posting on Twitter a picture of Obama": the small model took Twitter for a person
    assert _labels(recognized, "multi_news-val-2464")["Twitter"] == "organisation"


def test_entities_a_word_only_people_are_called_by_makes_a_person(recognized):
    # "Kim Kardashian and Kris Humphries" (the window read) gave an organisation; "her
    # husband Kris Humphries" is a later mention
    assert _labels(recognized, "multi_news-val-1334")["Kris Humphries"] == "person"
    assert _labels(recognized, CUED[0])["Kain Colter"] == "person"


def test_entities_a_name_before_airport_is_a_place(recognized):
    # "JFK", read as the president, is the airport's (the twenty-sixth pass's initials)
    assert _labels(recognized, CUED[1])["John F. Kennedy Airport"] == "place"
    airports = _labels(recognized, CUED[2])
    assert airports["O'Hare"] == "place" and airports["Midway"] == "place"


def test_entities_titles_called_so_or_in_a_list_of_works_are_not_listed(recognized):
    # "an A&E miniseries called Coma" (a person), "whose films include Crimson Tide, Days of
    # Thunder and Man on Fire" (an organisation)
    names = _labels(recognized, DIRECTOR)
    assert "Coma" not in names and "Crimson Tide" not in names
    assert names["Tony Scott"] == "person"


def test_entities_kinds_of_being_written_in_the_plural_are_not_listed(recognized):
    klingon = _labels(recognized, KINDS[0])
    assert "Klingon" not in klingon and "Paramount" in klingon
    assert "Oscar" not in _labels(recognized, KINDS[1])
    # a surname of recognised people stays, written in the plural or not
    assert _labels(recognized, CUED[3])["Stoffel"] == "person"


def test_entities_asides_in_brackets_and_cut_teasers_are_not_listed(recognized):
    assert "PDF" not in _labels(recognized, KINDS[0])  # "the complaint [PDF]"
    # "must fly into one of five airports in JFK, Newar..." (a teaser cut short)
    assert "Newar" not in _labels(recognized, "multi_news-val-2486")


def test_entities_windows_from_a_few_characters_back_are_those_from_the_start(
    split_clusters, monkeypatch
):
    read = {c: windows(sentences) for c, sentences in split_clusters.items()}
    monkeypatch.setattr(entity_mention_windows, "LOOK_BACK", 10**9)  # every sentence from its start
    assert {c: windows(sentences) for c, sentences in split_clusters.items()} == read


def test_entities_a_one_word_person_only_ever_after_an_article_is_a_thing(recognized):
    names, found = recognized[THINGS[0]]
    assert names.labels["Hummer"] == "person"  # the car, as the recognizer read it
    assert "Hummer" not in {e.name for e in found}
    assert _labels(recognized, THINGS[0])["Cardell Hayes"] == "person"  # "Hayes's Hummer"
    # 112's "Obama hasn’t given up on phasing out the Bush tax cuts" (no article before it)
    # was The Fix's roundup, which cleaning removes since stop 44; the one left, "the Bush tax
    # cuts" [3], is only ever after an article: a thing (reader72 found "Bush (person)" false)
    assert "Bush" not in _labels(recognized, THINGS[1])


def test_entities_journals_are_organisations(recognized):
    assert _labels(recognized, JOURNAL)["Cell"] == "organisation"  # was a place


def test_entities_a_star_is_a_person_and_a_klan_an_organisation(recognized):
    # "adult-film star Stormy Daniels", read as an organisation in its window: a person, one
    # row with her real name's ("Stormy Daniels, whose real name is Stephanie Clifford")
    daniels = {e.name: e for e in recognized["multi_news-val-2986"][1]}["Stephanie Clifford"]
    assert daniels.label == "person"
    assert any(m.article.text[m.start : m.end] == "Stormy Daniels" for m in daniels.mentions)
    assert _labels(recognized, "multi_news-val-4684")["Ku Klux Klan"] == "organisation"


def test_entities_a_cue_word_opening_a_sentence_is_read(split_clusters):
    # the sentences joined as `entities` joins them: "Ms." opens one
    joined = SENTENCE_BREAK.join(s.text for s in split_clusters["multi_news-val-2986"])
    start = joined.index(SENTENCE_BREAK + "Ms. Clifford") + len(SENTENCE_BREAK + "Ms. ")
    head = joined[start - BEFORE_CHARS : start]
    assert label_by_cue(head) == "person"


def test_entities_a_title_opening_a_name_is_no_part_of_it(recognized):
    eichmann = _labels(recognized, TITLED[0])
    assert eichmann["Adolf Eichmann"] == "person" and "Nazi Adolf Eichmann" not in eichmann
    assert _labels(recognized, TITLED[1])["Ueli Steck"] == "person"
    owen = recognized[TITLED[2]][1]
    assert "Prof Adrian Owen" not in {e.name for e in owen}
    # "Prof Adrian Owen" mentions and those of his surname count for him
    assert {e.name: e.outlets for e in owen}["Adrian Owen"] == 2
    assert _labels(recognized, "multi_news-val-576")["Will Smith"] == "person"  # "former Saint"
    # a first name is no title: the name stays whole
    assert "Yves Saint Laurent" in _labels(recognized, "multi_news-val-4826")


def test_entities_a_word_written_in_both_numbers_is_no_person(recognized):
    # "a Klansman", "three Klansmen": members, read as people; the Klan stays
    klan = _labels(recognized, "multi_news-val-4684")
    assert not {"Klansman", "Klansmen"} & klan.keys()
    assert klan["Ku Klux Klan"] == "organisation"


def test_entities_common_nouns_written_mostly_in_lower_case_are_not_listed(recognized):
    mandrills = _labels(recognized, COMMON[0])
    assert "Monkeys" not in mandrills
    assert mandrills["Colchester Zoo"] == "place"  # a zoo is a place, as the gold has it
    # "the Brain and Mind Institute" and "the brain" ×18
    assert "Brain" not in _labels(recognized, TITLED[2])
    # written with its capital more than in lower case, a name stays; a journal always
    assert _labels(recognized, COMMON[1])["Senate"] == "organisation"
    assert _labels(recognized, JOURNAL)["Cell"] == "organisation"


def test_entities_outlet_counts_where_every_name_is_judged(recognized):
    """The clusters whose every name is judged with how many articles mention it (OUTLETS):
    in the seventh pass's four, on main at ce9f17a, 43 of 158 found with their label, 42
    of them with the right number of outlets ("Africa": 2 with "sub-Saharan Africa"). With
    the eighth pass's eight: 122 of 442 found, 116 of them counted right, on this pass's
    branch (main: 116 of 442, 110). With the ninth's three: 146 of 492 found, 139 counted
    right (main: 138, 131). With the tenth's three: 169 of 564 found, 160 counted right
    (main: 166, 157), two of them split across spellings ("Capitol Police" and "U.S.
    Capitol Police", "Fort Lauderdale" and "Ft Lauderdale" of a dateline)."""
    found = counted = 0
    for cluster, wanted in OUTLETS.items():
        listed = {e.name: e for e in recognized[cluster][1]}
        gold = {**GOLD, **BLIND}[cluster]
        right = [n for n in wanted if n in listed and listed[n].label == gold[n]]
        found += len(right)
        counted += sum(listed[n].outlets == wanted[n] for n in right)
    assert found >= 0.25 * sum(len(w) for w in OUTLETS.values()), found
    assert counted >= 0.94 * found, (counted, found)


def test_entities_words_for_a_place_around_a_name_make_it_a_place(recognized, station_index):
    syria = _labels(recognized, "multi_news-val-2534")
    # "the besieged suburb of Baba Amr" (a person, a full name, by the recognizer); "the
    # city of Homs", "Homs province", "the Idlib area" (organisations)
    assert syria["Baba Amr"] == syria["Homs"] == syria["Idlib"] == "place"
    # "airports in JFK, Newar..."
    assert {e.name: e.label for e in station_index[1]}["JFK"] == "place"
    assert _labels(recognized, "multi_news-val-3098")["Tara"] == "place"  # "the Tara plantation"
    assert _labels(recognized, "multi_news-val-5396")["Copenhagen"] == "place"  # "district court"
    detroit = _labels(recognized, "multi_news-val-3544")
    assert detroit["Woodbridge"] == "place"  # "Detroit's Woodbridge neighborhood"
    assert detroit["Lincoln"] == "place"  # "in the area of Lincoln and Brainard"


def test_entities_a_band_named_before_its_member_is_an_organisation(recognized):
    # "Phish guitarist Trey Anastasio", "The Phish frontman" (a person by the recognizer)
    assert _labels(recognized, "multi_news-val-907")["Phish"] == "organisation"
    # "Jefferson Airplane bassist Jack Casady" (a place)
    assert _labels(recognized, WORKS[1])["Jefferson Airplane"] == "organisation"


def test_entities_a_cars_make_and_a_diseases_namesake_are_not_listed(recognized):
    shooting = _labels(recognized, THINGS[0])
    assert "Mercedes" not in shooting  # "a Mercedes SUV", "Smith's Mercedes"
    assert shooting["Will Smith"] == "person"
    anthem = _labels(recognized, "multi_news-val-1513")
    assert "Lou Gehrig" not in anthem  # "Lou Gehrig's disease"
    assert anthem["Canada"] == "place"


def test_entities_titles_in_quotation_marks_or_before_a_year_are_not_listed(recognized):
    # "a mash-up of “Apocalypse Now,” “Hamburger Hill,” “Congo,” “Jurassic Park,” ...",
    # "a nod to Jurassic Park (1993)", "an Apocalypse Now vibe": a film, read as a place,
    # and two cut titles, read as organisations
    kong = _labels(recognized, "multi_news-val-2642")
    assert not {"Congo", "Jurassic Park", "Hill", "Apocalypse"} & kong.keys()
    assert kong["Vietnam"] == "place"
    # ""Fare Thee Well"" and "the shows -- named Fare Thee Well for a lyric": "Fare Thee", a
    # person, is cut from the shows' title; the band it names stays
    dead = _labels(recognized, "multi_news-val-907")
    assert "Fare Thee" not in dead and dead["Grateful Dead"] == "organisation"


def test_entities_a_town_read_as_the_zoo_named_for_it_is_a_place(recognized):
    # "The Colchester Zoo" and "the Colchester mandrills": the town alone was an organisation
    mandrills = _labels(recognized, COMMON[0])
    assert mandrills["Colchester"] == mandrills["Colchester Zoo"] == "place"


def test_entities_a_courtesy_title_before_a_surname_is_no_part_of_it(recognized):
    # "Ms Bouvier suffered a broken leg" (British style, no dot) beside "Edith Bouvier",
    # whose full name the surname read alone takes (entity_surnames.py)
    syria = _labels(recognized, "multi_news-val-2534")
    assert syria["Edith Bouvier"] == "person" and "Ms Bouvier" not in syria


def test_entities_events_and_awards_are_not_listed(recognized):
    # "Cannes Film Festival", "Screen Actors Guild Awards" and "European Championships":
    # organisations by the recognizer, none a person, an organisation or a place
    cannes = _labels(recognized, "multi_news-val-296")
    assert not {"Cannes Film Festival", "Screen Actors Guild Awards"} & cannes.keys()
    assert cannes["Cannes"] == "place"
    assert "European Championships" not in _labels(recognized, "multi_news-val-4810")


def test_entities_animals_are_not_listed(recognized):
    # "Rocky the bobcat" (a place), "a female named Milly" (one of the mandrills, a person),
    # "Jack the cat" (a person)
    assert "Rocky" not in _labels(recognized, "multi_news-val-2486")
    mandrills = _labels(recognized, COMMON[0])
    assert "Milly" not in mandrills and mandrills["Colchester"] == "place"
    cat = _labels(recognized, CUED[1])
    assert "Jack" not in cat and "Jack The Cat" not in cat
    assert cat["John F. Kennedy Airport"] == "place"


def test_entities_a_first_name_cut_from_a_full_name_is_joined_to_it(recognized):
    # "Sarah Jessica Parker’s character", read as "Sarah" and "Jessica Parker"
    found = {e.name: e for e in recognized["multi_news-val-1907"][1]}
    assert not {"Sarah", "Jessica Parker"} & found.keys()
    parker = found["Sarah Jessica Parker"]
    assert parker.label == "person"
    assert {m.text for m in parker.mentions} == {"Sarah Jessica Parker"}
    davis = _labels(recognized, "multi_news-val-3544")  # "DeAngelo Lamar Davis, 31,"
    assert davis["DeAngelo Lamar Davis"] == "person"
    assert not {"DeAngelo", "Lamar Davis"} & davis.keys()


def test_entities_a_name_before_a_street_is_a_place(recognized):
    # "64 Perry St.", "66 Perry": the street's, written short (twenty-ninth pass)
    perry = next(e for e in recognized["multi_news-val-1907"][1] if e.name == "Perry Street")
    assert perry.label == "place"
    assert "Perry" in {m.article.text[m.start : m.end] for m in perry.mentions}
    assert _labels(recognized, STREET)["Daly Street"] == "place"  # "the 400 block of Daly"


def test_entities_a_university_written_short_is_an_organisation(recognized):
    # "Wayne State officer" beside "Wayne State University" (a place), its mentions the
    # university's; "along with Kent State and Virginia Tech" (a person)
    wayne = recognized["multi_news-val-3544"]
    assert wayne[0].spellings["Wayne State"] == "Wayne State University"
    assert _labels(recognized, "multi_news-val-3544")["Wayne State University"] == "organisation"
    assert _labels(recognized, UNIVERSITY)["Kent State"] == "organisation"


def test_entities_a_trade_or_an_apposition_makes_a_person(recognized):
    # "Ukrainian journalist Vitalii Sediuk", "combat photographer Mason Weaver" and "Amber
    # Pasztor, the woman who killed ...", all organisations by the recognizer
    assert _labels(recognized, "multi_news-val-296")["Vitalii Sediuk"] == "person"
    assert _labels(recognized, "multi_news-val-2642")["Mason Weaver"] == "person"
    assert _labels(recognized, "multi_news-val-5388")["Amber Pasztor"] == "person"


def test_entities_markets_jails_and_towns_of_a_county_are_places(recognized):
    assert _labels(recognized, "multi_news-val-2851")["Borough Market"] == "place"
    assert _labels(recognized, "multi_news-val-4684")["Anaheim Detention Facility"] == "place"
    assert _labels(recognized, "multi_news-val-2080")["Disney World"] == "place"
    # "Elkhart County", and "Elkhart" alone (an organisation by the recognizer)
    assert _labels(recognized, "multi_news-val-5388")["Elkhart"] == "place"


def test_entities_the_other_street_of_a_crossing_is_a_place(recognized):
    # "near Martin Luther King Boulevard and Trumbull" (a person by the recognizer)
    assert _labels(recognized, "multi_news-val-3544")["Trumbull"] == "place"


def test_entities_a_first_name_written_alone_joins_the_full_name(recognized):
    # "Collin served Wayne State" (a place) beside "Officer Rose"; "Areej was pronounced
    # dead" (a place) beside "Areej Ali"; "Raffaele" (an organisation) in an article that
    # writes neither "Raffaele Sollecito" nor "Sollecito"
    detroit = {e.name: e for e in recognized["multi_news-val-3544"][1]}
    assert "Collin" not in detroit
    assert "Collin" in {m.text for m in detroit["Collin Rose"].mentions}
    assert "Areej" not in _labels(recognized, "multi_news-val-1397")
    perugia = {e.name: e for e in recognized[FIRST_NAMES[0]][1]}
    assert "Raffaele" not in perugia
    assert perugia["Raffaele Sollecito"].outlets == 3
    # "the Heat" is no surname: "Miami" stays the city
    assert _labels(recognized, FIRST_NAMES[1])["Miami"] == "place"


def test_entities_a_name_written_with_its_s_every_time_keeps_it(recognized):
    # "McDonald’s doesn’t often mess ...", ten mentions, every one with "’s" or "'s"
    mcdonalds = {e.name: e for e in recognized["multi_news-val-3211"][1]}
    assert "McDonald" not in mcdonalds
    assert mcdonalds["McDonald’s"].label == "organisation"
    assert mcdonalds["McDonald’s"].outlets == 3
    assert {m.text for m in mcdonalds["McDonald’s"].mentions} == {"McDonald’s", "McDonald's"}


def test_entities_a_word_only_a_group_is_called_by_makes_an_organisation(recognized):
    # "U.S. retailer Michael Kors", "the shoe company Jimmy Choo" (people by the
    # recognizer), "Legendary rock group Led Zeppelin", "the satirical newspaper Charlie
    # Hebdo" (people)
    fashion = _labels(recognized, "multi_news-val-4826")
    assert fashion["Michael Kors"] == fashion["Jimmy Choo"] == "organisation"
    assert _labels(recognized, "multi_news-val-3501")["Led Zeppelin"] == "organisation"
    assert _labels(recognized, GROUPS)["Charlie Hebdo"] == "organisation"
    # a word only people are called by does not make a company of a person's full name
    assert fashion["Sarah Jessica Parker"] == "person"


def test_entities_an_age_after_a_name_makes_a_person(recognized):
    # "said Rosannah, 24, of growing up Harding" (an organisation by the recognizer)
    assert _labels(recognized, "multi_news-val-3044")["Rosannah"] == "person"


def test_entities_a_show_a_character_is_from_is_not_listed(recognized):
    # "his would-be suicide bomber character from Homeland" (a place by the recognizer)
    assert "Homeland" not in _labels(recognized, "multi_news-val-4873")


def test_entities_a_palace_is_a_place(recognized):
    # "the Palais des Festivals" (an organisation by the recognizer)
    assert _labels(recognized, "multi_news-val-296")["Palais des Festivals"] == "place"


def test_entities_wars_party_conventions_and_award_categories_are_not_listed(recognized):
    assert "Republican National Convention" not in _labels(recognized, "multi_news-val-2464")
    assert "Best Comedy Actor" not in _labels(recognized, "multi_news-val-4873")
    assert "American Civil War" not in _labels(recognized, "multi_news-val-5592")


def test_entities_a_fraternity_a_partner_and_a_firth(recognized):
    # "a house affiliated with Kappa Sigma fraternity" (a person by the recognizer), "his
    # musical partner Havoc" (an organisation), "the Cromarty Firth" (an organisation)
    assert _labels(recognized, "multi_news-val-3340")["Kappa Sigma"] == "organisation"
    assert _labels(recognized, "multi_news-val-410")["Havoc"] == "person"
    assert _labels(recognized, "multi_news-val-80")["Cromarty Firth"] == "place"


def test_entities_cues_that_are_no_cues_on_duc():
    """ "the official newspaper China Sports Daily" (China runs on into the paper's name),
    "in East Timor, 1,200 miles (1,900 kilometers) east of" (a distance, not an age); "the
    newspaper Expressen" is the paper (a person by the recognizer)."""
    found = _duc_labels({"d30020t", "d30034t", "d31022t"})
    assert found["d30020t"]["China"] == "place"
    assert found["d30034t"]["East Timor"] == "place"
    assert found["d31022t"]["Expressen"] == "organisation"


def _duc_labels(wanted: set[str]) -> dict[str, dict[str, str]]:
    found = {}
    for cluster in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30):
        if cluster["id"] in wanted:
            sentences = _sentences(as_articles(cluster["documents"]))
            found[cluster["id"]] = {
                e.name: e.label for e in entities(sentences, recognize(sentences, entity_spans))
            }
    return found


def test_entities_newswire_datelines_are_places():
    """ "JERUSALEM (AP) _ A car bomb ..." (DUC's newswire): the all-caps city was an
    organisation, and "Rio de Janeiro" ("RIO DE JANEIRO, Brazil (AP) _") one too."""
    found = _duc_labels({"d30010t", "d30025t"})
    assert "JERUSALEM" not in found["d30010t"]
    assert found["d30010t"]["Jerusalem"] == "place"
    assert found["d30025t"]["Rio de Janeiro"] == "place"


def test_entities_known_places_are_listed_without_a_window(recognized):
    assert _labels(recognized, KNOWN[0])["North Korea"] == "place"
    assert _labels(recognized, KNOWN[0])["Davis-Monthan Air Force Base"] == "place"
    # only ever written inside another name: not listed, as the gold judges it
    assert "Iowa" not in _labels(recognized, KNOWN[3])
    # "Ricardo Lagos of the Socialist Party": a city's name after a first name is his
    assert "Lagos" not in _duc_labels({"d30003t"})["d30003t"]


def test_entities_a_people_or_a_cut_title_opening_a_name_is_no_part_of_it(recognized):
    labels = _labels(recognized, KNOWN[1])
    assert "Albuquerqueans Ben Abruzzo" not in labels
    assert labels["Ben Abruzzo"] == "person"
    assert not [name for name in _labels(recognized, KNOWN[2]) if name.endswith(" Det")]


def test_entities_a_known_name_cut_from_a_longer_one_is_not_listed(recognized):
    assert "Australia" not in _labels(recognized, CUT_KNOWN[0])
    assert "England" not in _labels(recognized, CUT_KNOWN[1])
    assert "New York" not in _labels(recognized, CUT_KNOWN[2])
    assert _labels(recognized, KEPT_KNOWN[0])["U.S."] == "place"
    assert _labels(recognized, KEPT_KNOWN[1])["Minneapolis"] == "place"


def test_entities_daesh_storms_programmes_and_a_town_in_southern_sweden(recognized):
    """ "fight against Daesh [Islamic State, banned in Russia]" in the seeds (a place; shown
    as the Islamic State since the thirteenth pass); "Hurricane Georges" (an organisation)
    and "Georges" alone (a person) in DUC."""
    assert _labels(recognized, "seeds")["Islamic State"] == "organisation"
    labels = _duc_labels({"d31028t"})["d31028t"]
    assert "Georges" not in labels and "Hurricane Georges" not in labels
    assert "Medicare" not in _labels(recognized, NOT_LISTED[0])
    assert _labels(recognized, NOT_LISTED[1])["Trelleborg"] == "place"


def test_entities_a_short_first_word_is_the_full_names(recognized):
    lauderdale = [e for e in recognized[NOT_LISTED[2]][1] if e.name.endswith("t Lauderdale")]
    outlets = OUTLETS[NOT_LISTED[2]]["Fort Lauderdale"]  # 2, judged from the articles
    assert [(e.name, e.outlets) for e in lauderdale] == [("Fort Lauderdale", outlets)]


@pytest.mark.parametrize("half", ["design", "blind"])
def test_entities_new_text(half):
    """Main's listing on 50 clusters no entities pass had read (30 raw with ids of 4500 or
    more, 20 DUC), judged before the eleventh pass: design 288 of 316 right, 14 wrong
    labels, 14 broken, none of the 96 names missed at the top of an article found; blind
    275 of 337, 44 wrong, 18 broken, none of 95. After it: design 491 of 517, 16 wrong, 10
    broken, 42 of 96 found; blind 512 of 572, 41 wrong, 19 broken, 45 of 95. After the
    twelfth: design as before; blind 512 of 570, 39 wrong, 19 broken, 45 of 95."""
    clusters = set(NEW_TEXT[half])
    found: dict[str, tuple[Entity, ...]] = {}
    for path, count in ((RAW_VALIDATION, 250), (DATA / "duc2003-task2.jsonl.gz", 30)):
        for cluster in read_clusters(path, count):
            if cluster["id"] in clusters:
                sentences = _sentences(as_articles(cluster["documents"]))
                found[cluster["id"]] = entities(sentences, recognize(sentences, entity_spans))
    total = sum((judge(found[c], new_text_gold(c)) for c in clusters), Judged())
    missed = [(c, n, label) for c in clusters for n, label in NEW_TEXT["missed"][c].items()]
    listed = {c: {e.name: e.label for e in found[c]} for c in clusters}
    recalled = sum(listed[c].get(n) == label for c, n, label in missed)
    assert not total.unjudged, total.unjudged
    assert total.right >= 0.88 * total.judged, total
    assert total.wrong_label <= 0.08 * total.judged, total
    assert recalled >= 0.4 * len(missed), (recalled, len(missed))


def test_entities_spellings_of_one_country_or_body_are_one_entity(recognized):
    """The seeds write the United States "U.S." (000, 001), "US" (001, 002) and "United
    States" (001, 002), the United Kingdom "UK" (001) and "United Kingdom" (002), and the
    Islamic State "Daesh" (000), "Isis" (001, the FT) and "Daesh [Islamic State, banned in
    Russia]" (002): one entity each, in 3, 2 and 3 outlets, the group under its own name,
    not its opponents' word (it was "Daesh", in 2, the FT's "Isis" unread)."""
    listed = {e.name: e.outlets for e in recognized["seeds"][1]}
    spellings = [
        ("US", "U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("Daesh", "Isis", "ISIS", "Islamic State"),
    ]
    assert [[n for n in names if n in listed] for names in spellings] == [
        ["US"],
        ["UK"],
        ["Islamic State"],
    ]
    assert (listed["US"], listed["UK"], listed["Islamic State"]) == (3, 2, 3)


def test_entities_a_surname_after_a_particle_is_the_full_names(recognized):
    """The FT writes "President Bashar al-Assad" and "Mr Assad": one person."""
    listed = {e.name for e in recognized["seeds"][1]}
    assert "Bashar al-Assad" in listed and "Assad" not in listed
