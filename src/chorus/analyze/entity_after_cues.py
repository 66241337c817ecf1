"""Words right after a mention that settle a name's label whatever the recognizer read in its
window: a word for a place ("JFK airport", "Tripoli residence"), a band's member ("Phish
guitarist"), an apposition only a person takes ("Amber Pasztor, the woman who"); or that make
it a thing's, not listed: a car's body or a disease ("a Mercedes SUV"), a work's ("Star Trek
film"), a show's before its host. Split from entity_cues.py, whose words come before a
mention."""

from __future__ import annotations

import re

from chorus.analyze.entity_no_mentions import FESTIVAL_AFTER
from chorus.analyze.model import EntityLabel

_PLACE_AFTER = (
    *(" airport", " Airport", " International Airport", " area", " province", " suburb"),
    *(" neighborhood", " neighbourhood", " plantation", " district court", " St.", " Street"),
    *(" Avenue", " Ave.", " Boulevard", " Blvd", " Road", " in southern ", " in northern "),
    *(" in eastern ", " in western ", " in central ", " street", " road"),
    *(", suburbs ", ", a suburb ", ", towns ", ", a town ", ", a village ", ", villages "),
    *(" parish", " state government", " State Government", " residence", " mansion"),
    *(" range ", " range,", " range."),
)
"""Words right after a name that make it a place's: "at JFK airport", "O'Hare International
Airport", "the Idlib area", "Homs province", "Detroit's Woodbridge neighborhood", "the Tara
plantation", "the Copenhagen district court", "64 Perry St.", "Daly Street", "from
Trelleborg in southern Sweden", "under Hobart street", "a busy Hobart road" (the recognizer
read these as people or organisations); an apposition naming a place's kind ("Spring Valley
and La Mesa, suburbs east of the city": La Mesa an organisation, in two outlets).
"the Jukkasjärvi parish" (a person; on the 280 raw and DUC clusters the one name
before "parish"); "the Terengganu state government" (raw 186, a Malaysian state read as an
organisation); a home's town or its own name ("Rivlin's official Jerusalem residence",
"her Malibu mansion", "their 27-floor Antilia residence", raw 192, read as an organisation;
not "home", after a family's name as often: "the Banks home"). "district" alone is also a
legislature's ("the House district"), and "region" begins "regional" ("the NLRB regional
director"). A range's or a test range's name, "the Sierra Nevada range", "the Nellis Air
Force range operations area" (raw 138, an organisation), but not the verb, "salaries range
from" (_RANGING)."""
_RANGING = (" range from", " range between", " range in ", " range to ")
_GROUP_AFTER = (
    *(" guitarist", " frontman", " drummer", " bassist", " keyboardist"),
    *(" fraternity", " sorority", ".com", " retailer", " website", " app ", " app,", " app."),
    *("'s editors", "’s editors", "'s reporters", "’s reporters", "'s CEO", "’s CEO"),
    *(" coach ", " coach,", " coaches", " head coach"),
    *(" account ", " account,", " account.", " accounts", " email account", " e-mail account"),
)
"""A band's members, named after it: "Phish guitarist Trey Anastasio", "The Phish frontman",
"Jefferson Airplane bassist Jack Casady" (read as a person and a place); and a fraternity's
kind ("a house affiliated with Kappa Sigma fraternity", read as a person); a
publication's staff ("Inside Higher Ed's editors will discuss", read as a person: one
person has an editor, not editors); a site's address ("will appear on Billboard.com",
read as a person); a shop's kind ("the Brookstone retailer", read as a person; on the 280
raw and DUC clusters the one name before "retailer"); a company's head ("With that,
Keurig’s CEO did", read as a person; the one name before "'s CEO" there that was not an
organisation already); a site's name ("Go to the Coursera website", read as a person); an
app's maker ("co-founded the HQ Trivia app", "the Android app", places: the two names before
"app" on the 280 raw and DUC clusters); a team's coach ("Miami Heat coach Erik Spoelstra",
read as a person; the names before "coach" on the 280 are five teams or schools); a
mail service or bank holding an account ("a Hotmail account", raw 58, read as a place; on
the 280 the one name whose label it changes).
"""
_THING_AFTER = (
    *(" SUV", " sedan", " pickup", " minivan", " coupe"),
    *("'s disease", "’s disease", "'s syndrome", "’s syndrome", " syndrome"),
    *(" scan ", " scan,", " scan.", " scans", " effect ", " effect,", " effect.", " effect:"),
    *(" winner", "-winning", "-nominated"),
    *(" gene ", " gene,", " gene.", " genes", " bacteria", " bacterium"),
    *("'s Jr.", "’s Jr.", "'s Sr.", "’s Sr."),
    *(" Jones Industrial Average", " Jones industrial average", " Industrial Average"),
    *(" industrial average", " 500 index", " 500 Index", " coffee"),
)
"""Words right after a name that make it a thing's, not listed: a car's make ("a Mercedes
SUV", read as an organisation where the text means the car), a disease's namesake ("Lou
Gehrig's disease", "Williams syndrome": a person, 30 mentions in raw val-4326, the only
name before "syndrome" on the 280 raw and DUC clusters), a scanner's ("CT scans", read as
Connecticut), an effect's namesake ("The Streisand effect", an organisation; not "Russia
effectively"), an award's before its winner ("Oscar winner Jared Leto", a person; "Supreme
Court nominee" is no award's), a business named for someone in the possessive ("Carl's
Jr. and Hardee's restaurants", "Carl" a person: a generational suffix follows a name, never
its "'s"; the one such mention on the 280 clusters), a gene's ("the GDF5 gene", a place), a
germ's ("tested for the Legionella bacteria", a person; the one name before "bacteria"),
a stock index's ("the Dow Jones Industrial Average", raw 19's "Dow", an organisation in
three outlets, is the index: "the Dow closed at 18,589.69"; "the S&P 500 index"). Not
"Composite": raw 144's "the main Korea Composite Stock Price Index" names the country),
a coffee's ("Jamaican Blue Mountain coffee", raw 61, a place; on the 280 raw and DUC
clusters the one capitalised name before "coffee")."""
_WORK_AFTER = (
    *(" movie", " film", " sitcom", " sequel", " remake", " franchise", " trilogy"),
    *(", and other ", " and other "),
)
_WORK = re.compile(
    r" (?:movies?|films?|sitcoms?|sequels?|remakes?|franchise|trilogy)\b(?! [a-z])"
    r"|,? and other (?:[\w-]+ )?(?:shows|series|films|movies|sitcoms|dramas|comedies)\b"
)
"""Words right after a name that make it a work's, not listed ("an earlier King Kong movie",
"the first true independent Star Trek film": a place and an organisation by the
recognizer), where the name is of more than one word and no person's: "a Vietnam film"
and "Eastwood's film" keep their names. On the 280 raw and DUC clusters those two were the
only such names; not before a noun the word qualifies ("Emory University film studies").
So is the last of a list of works closed by "and other shows" ("winners from Homeland,
Modern Family, and other acclaimed shows", an organisation): the one such name there.
"""
_SHOW_AFTER = (" host ", " co-host ")
_BROADCASTERS = frozenset(
    ("News", "Network", "Networks", "Channel", "TV", "Television", "Radio", "Broadcasting")
)
"""A show's or a segment's name before its host: "Weekend Update host Colin Jost" (read as an
organisation); a broadcaster's has a word of them ("Fox Business Network host"), or is one
word ("CNN host"). On the 280 raw and DUC clusters, the one name of several words so written
and no broadcaster's."""
_PERSON_AFTER = (
    *(", the woman who ", ", the man who "),
    *(", the director of ", ", the executive director of "),
)
"""An apposition only a person takes: "Amber Pasztor, the woman who killed her two children"
(read as an organisation), "Ib Chorkendorff, the director of the Catalysis for Sustainable
Energy research center" (raw 56, an organisation). With "a woman" it was also "In Utah, a
woman died ...", and ", who" follows places and groups as often ("Scotland, who",
"PricewaterhouseCoopers, who")."""


def by_first_characters(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`words` grouped by their first three characters: the characters after a mention look
    up the few that may follow it (", t" rules out more mentions than ", " would), where
    `startswith` tried with all of them cost ~0.5 µs a mention."""
    grouped: dict[str, tuple[str, ...]] = {}
    for word in words:
        grouped[word[:3]] = (*grouped.get(word[:3], ()), word)
    return grouped


_PEOPLE_AFTER = (" community", " communities")
"""Words after a one-word person that make it a people's word, not listed: "the “Negro
community.”" (read as a person in three outlets); a town or a group before them stays ("the
Flint community")."""
AFTER_CUES = by_first_characters(
    (
        *(*_PLACE_AFTER, *_GROUP_AFTER, *_THING_AFTER, *_WORK_AFTER, *_SHOW_AFTER),
        *(*_PERSON_AFTER, *_PEOPLE_AFTER, *FESTIVAL_AFTER),
    )
)
"""Words right after a name that settle its label or make it a thing's (`label_after`), by
their first three characters."""


def label_after(text: str, end: int) -> EntityLabel | None:
    """For a mention ending at `end` in `text` right before one of AFTER_CUES: place,
    before a word for a place ("at JFK airport", "O'Hare International Airport", "the
    Idlib area": the recognizer read "JFK" as the president, "O'Hare" and "Idlib" as
    organisations); organisation, before a band's member ("Phish guitarist"); None before
    a word that makes it a thing's (_THING_AFTER: "a Mercedes SUV")."""
    if text.startswith(_PLACE_AFTER, end) and not text.startswith(_RANGING, end):
        return "place"
    if text.startswith(_PERSON_AFTER, end):
        return "person"
    return "organisation" if text.startswith(_GROUP_AFTER, end) else None


def names_a_thing(text: str, end: int, several_words: bool, one_person: bool) -> bool:
    """Whether a mention ending at `end` in `text`, right before one of AFTER_CUES for which
    `label_after` gives no label, is a thing's: before a car's body or a disease
    (_THING_AFTER), or, a name of `several_words` and no person's, before a word for a
    film (_WORK_AFTER) standing whole, or, read as `one_person` of one word, before a
    word for a people's community (_PEOPLE_AFTER), or, of `several_words`, before its host
    and of no broadcaster (_SHOW_AFTER); never before the verb "range" (_RANGING)."""
    if text.startswith(_RANGING, end):
        return False
    if text.startswith(_PEOPLE_AFTER, end):
        return one_person
    if text.startswith(_SHOW_AFTER, end):
        return several_words and text[text.rfind(" ", 0, end) + 1 : end] not in _BROADCASTERS
    if not text.startswith(_WORK_AFTER, end):
        return True
    return several_words and _WORK.match(text, end) is not None
