"""Names known without reading them: countries, US states, continents, large cities, news
agencies and a few bodies every story names the same way.

The recognizer reads only the MAX_NAMES names the most articles use (entity_windows.py), so
a country named by one article ("North Korea" beside "South Korea", "Florida" in a recount
story) was never listed. A capitalised run the text writes that is one of these names is
listed with its label without a window (but where it ends a longer name the runs cut:
"Virgin Australia", entity_known.cut_from_a_longer_name), and the window it would have
taken is left to another name (a journal's one-word name is not listed so: "Science in
Action" is an award).
Left out are names as often a person's ("Jordan", "Chad", "Georgia", "Austin", "Orlando",
"Phoenix", "Sydney", "Brooklyn"), a government's or a building's ("Washington", "Pentagon",
"White House") or a thing's ("Amazon", "Bloomberg"); a name that may be a person's in the
cluster is left to the recognizer (`known_names`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from operator import attrgetter

from chorus.analyze.entity_endings import PAPERS, US_STATES, WEB_SERVICES
from chorus.analyze.model import Entity, EntityLabel, Excerpt
from chorus.language.news_outlets import NEWS_OUTLETS

_COUNTRIES = (
    *("Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia"),
    *("Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados"),
    *("Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana"),
    *("Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon"),
    *("Canada", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia"),
    *("Cuba", "Cyprus", "Czech Republic", "Denmark", "Djibouti", "Dominican Republic"),
    *("East Timor", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia"),
    *("Fiji", "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece"),
    *("Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India"),
    *("Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica"),
    *("Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia"),
    *("Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg"),
    *("Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania"),
    *("Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco"),
    *("Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand", "Nicaragua"),
    *("Niger", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Palestine", "Panama"),
    *("Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar"),
    *("Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone"),
    *("Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea"),
    *("South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Swaziland", "Sweden"),
    *("Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tibet", "Togo"),
    *("Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates"),
    *("Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe"),
    *("Britain", "Great Britain", "United Kingdom", "U.K.", "England", "Scotland", "Wales"),
    *("Northern Ireland", "United States", "U.S.", "America", "Puerto Rico", "Greenland"),
    *("Falkland Islands", "Falklands"),
)
_PROVINCES = (
    *("Tasmania", "Queensland", "New South Wales", "Western Australia", "South Australia"),
    *("Northern Territory", "Ontario", "Quebec", "British Columbia", "Manitoba"),
    *("Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland"),
)
"""Australia's states and Canada's provinces, but those named as women are ("Victoria",
"Alberta")."""
_REGIONS = (
    *("Africa", "Asia", "Europe", "Antarctica", "North America", "South America"),
    *("Latin America", "Central America", "Middle East", "Caribbean", "Gaza Strip"),
    *("West Bank", "Southeast Asia", "East Africa", "West Africa", "Scandinavia", "Balkans"),
)
CITIES = (
    *("London", "Paris", "Berlin", "Rome", "Madrid", "Lisbon", "Dublin", "Brussels"),
    *("Amsterdam", "Vienna", "Prague", "Warsaw", "Budapest", "Athens", "Stockholm", "Oslo"),
    *("Copenhagen", "Helsinki", "Moscow", "Kiev", "Kyiv", "Istanbul", "Ankara", "Geneva"),
    *("Zurich", "Munich", "Milan", "Barcelona", "Edinburgh", "Manchester", "Cairo"),
    *("Jerusalem", "Tel Aviv", "Beirut", "Damascus", "Baghdad", "Tehran", "Riyadh", "Dubai"),
    *("Kabul", "Islamabad", "Karachi", "New Delhi", "Mumbai", "Beijing", "Shanghai"),
    *("Hong Kong", "Tokyo", "Seoul", "Pyongyang", "Bangkok", "Jakarta", "Manila", "Hanoi"),
    *("Kuala Lumpur", "Nairobi", "Johannesburg", "Cape Town", "Lagos", "Havana", "Caracas"),
    *("Mexico City", "Buenos Aires", "Rio de Janeiro", "Sao Paulo", "Toronto", "Montreal"),
    *("Vancouver", "Los Angeles", "San Francisco", "Chicago", "Boston", "Philadelphia"),
    *("Houston", "Atlanta", "Seattle", "Denver", "Detroit", "Las Vegas", "San Diego"),
    *("Baltimore", "Minneapolis", "Pittsburgh", "New Orleans", "Miami", "Manhattan"),
    *("Melbourne", "Brisbane", "Canberra", "Ottawa", "New York City"),
)
_ORGANISATIONS = (
    *(outlet.removeprefix("The ") for outlet in NEWS_OUTLETS),
    *("AP", "Agence France-Presse"),
    # a magazine shaped as a first name and a surname: a blurb's credit, "—Marie Claire"
    # (raw 198), was listed as a person by its first name (entity_given_names)
    "Marie Claire",
    # the Army's hospital named for a man: "her internal medicine internship at Walter Reed"
    # (raw 3) was listed as a person
    "Walter Reed",
    *("Interfax", "Yonhap", "Kyodo", "Google", "Microsoft", "Apple", "Wikipedia", "Netflix"),
    *("United Nations", "UN", "U.N.", "NATO", "European Union", "World Bank", "IMF", "FBI"),
    *("CIA", "NASA", "Congress", "Senate", "Supreme Court"),
    *("World Health Organization", "Red Cross", "Taliban", "Hamas", "Hezbollah", "Daesh"),
    *("ISIS", "ISIL", "Isis", "Isil", "Islamic State", "Al Qaeda", "Boko Haram"),
)
_LEGISLATURES = frozenset(
    (
        *("Oireachtas", "Dáil", "Dail", "Seanad", "Knesset", "Bundestag", "Bundesrat", "Duma"),
        *("Sejm", "Riksdag", "Storting", "Folketing", "Majlis", "Lok Sabha", "Rajya Sabha"),
    )
)
"""Parliaments and their houses by their own names, which the recognizer reads as people
and places ("the Seanad tomorrow", a person, "the Oireachtas", a place, in 764): bodies,
whatever a window said. No one is named so."""
_PARTS = frozenset(
    (
        *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"),
        *("Central", "Upper", "Lower", "New", "Great", "Greater", "Downtown", "Metro", "The"),
    )
)
"""Words that open a part of a known place ("South Florida"), not a person's name."""
_INSIDE = re.compile(
    r"(?:University|College|Institute|Society|Academy|Museum|School|Library|Hospital|Center"
    r"|Centre|District|Bank|Gulf|Bay|Sea|Republic|Kingdom|Province|Department|Ministry"
    r"|Council|Court|Church|Diocese|Archdiocese|Port|City|State|States|Commonwealth|Duke"
    r"|Duchess|Prince|Princess|King|Queen|Earl|Bishop|Archbishop|Embassy|Consulate|Parliament"
    r"|Assembly|Board|Office|Association|Federation|Union|Times) of (?:the )?$"
)
"""What opens a mention inside another name: "University of Iowa", "Royal Society of London",
"District of Columbia" (the candidate runs stop at "of"); not a person's "of" ("Leonid
Tiukhtyaev of Russia") nor a post's ("COO of Facebook")."""
_CITY_NAMES = frozenset(CITIES)
"""Places that are as often a surname ("Ricardo Lagos", "Jack London", "Whitney Houston");
a country's or a state's name ending another run is the place's ("McDonald's Austria")."""
SPELLINGS: dict[str, str] = {
    **dict.fromkeys(("US", "U.S.", "USA", "U.S.A.", "America"), "United States"),
    **dict.fromkeys(("UK", "U.K.", "Britain", "Great Britain"), "United Kingdom"),
    **dict.fromkeys(("UN", "U.N."), "United Nations"),
    **dict.fromkeys(("EU", "E.U."), "European Union"),
    "Falklands": "Falkland Islands",
    **dict.fromkeys(
        ("Cote d'Ivoire", "Côte d'Ivoire", "Cote d’Ivoire", "Côte d’Ivoire"), "Ivory Coast"
    ),
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    **dict.fromkeys(("ISIS", "ISIL", "Isis", "Isil", "Daesh"), "Islamic State"),
}
"""Other spellings of one country or body, each naming the one it spells: the seeds write
"US", "U.S." and "United States", which were three entities, each with its own outlets;
the FT writes "Isis" (British papers write "Isis" and "Isil"), the other two "Daesh"; one
outlet's "the AP reporter" is another's "the Associated Press". "America" alone is the
United States on the 280 raw and DUC clusters (raw 215's "the most prescribed drugs in
America" beside its "U.S. doctors" were two rows); a region's ("Central America") and a
name's ("Bank of America") are other names."""
SPELLED = frozenset((*SPELLINGS, *SPELLINGS.values()))
"""Every spelling `SPELLINGS` maps, and every name it maps to."""
DOTTED_SPELLINGS = frozenset(s for s in SPELLINGS if s.endswith("."))
""""U.S.", "U.K.": matched as words though they end in no word's character."""
_ATF = "Bureau of Alcohol, Tobacco, Firearms and Explosives"
_COMMA_NAMES: dict[str, str] = {
    spelled: _ATF
    for words in ("Alcohol, Tobacco, Firearms and Explosives", "Alcohol, Tobacco and Firearms")
    for serial in (words, words.replace(" and ", ", and "))
    for spelled in (serial, f"Bureau of {serial}")
}
"""Agencies whose names hold a comma, each spelling mapped to the name shown: the
recognizer cut "the Bureau of Alcohol, Tobacco, and Firearms" at its comma ("Bureau of
Alcohol, Tobacco"), and the agency was listed three times with "Alcohol, Tobacco and
Firearms" and "ATF" (raw val-2680)."""
_COMMA_SHORT = {_ATF: "ATF"}


def names_with_commas(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """The spellings of an agency of _COMMA_NAMES, its initials and the pieces of it
    `labels` holds among them, each mapped to its name, where `labels` holds one of them
    or a piece of one cut at a comma."""
    if not any("," in name for name in labels):
        return {}  # most clusters
    pieces = {
        name: _COMMA_NAMES[full]
        for name in labels
        if ", " in name
        for full in _COMMA_NAMES
        if full.startswith(name) or full.endswith(name)
    }
    found = set(pieces.values())
    spelled = {s: n for s, n in _COMMA_NAMES.items() if n in found}
    return pieces | spelled | {short: n for n, short in _COMMA_SHORT.items() if n in found}


_LOWER_ENDINGS = (" Party",)
"""A group's last word some outlets write in lower case: "the Law & Justice party"."""


def spelled_with_ampersands(names: Iterable[str]) -> dict[str, str]:
    """Names of several words joined by "and", each written with "&" instead, mapped to
    the name, as is either written with a closing party's word in lower case: "Law &
    Justice party" is the "Law and Justice Party" (two entities when both were read, and
    only one outlet's mentions when one was)."""
    spelled = {}
    for name in names:
        if " and " in name:
            ampersand = name.replace(" and ", " & ")
            spelled[ampersand] = name
            if name.endswith(_LOWER_ENDINGS):
                cut = name.rfind(" ") + 1
                spelled[name[:cut] + name[cut:].lower()] = name
                spelled[ampersand[: ampersand.rfind(" ") + 1] + name[cut:].lower()] = name
    return spelled


_NAME = attrgetter("name")
_LANDS = frozenset((*_COUNTRIES, *US_STATES, *_PROVINCES, *_REGIONS))
LANDS_SPELLED = _LANDS.union(s for s, name in SPELLINGS.items() if name in _LANDS)
"""Lands and their other spellings, places whatever a window or a cue says: "U.S." of "U.S.
retailer Michael Kors" was an organisation by the cue " retailer"."""
KNOWN: dict[str, EntityLabel] = dict.fromkeys((*_LANDS, *CITIES), "place") | dict.fromkeys(
    (*_ORGANISATIONS, *WEB_SERVICES), "organisation"
)


PEOPLES = frozenset(
    stem + ending
    for country in _COUNTRIES
    if " " not in country
    for stem in {country, country[:-1] if country[-1] in "aeoy" else country}
    for ending in ("i", "ese", "ian", "an", "n", "ish")
) - _LANDS.union(CITIES)
"""A country's people or language as its name's adjective ("Nepali", "Nepalese", "Iraqi",
"Brazilian"), formed from the country, not listed by hand: no person, group or place.
The recognizer read "12 Nepali" (climbers) as a place, in two outlets."""


_COMPASS_PARTS = frozenset(
    (
        *("North-Central", "South-Central", "East-Central", "West-Central", "North-East"),
        *("North-West", "South-East", "South-West", "Northeast", "Northwest", "Southeast"),
        "Southwest",
    )
)
"""Compass words of two points that open a part of a land's name ("North-Central New
Jersey", raw 18, an organisation by the recognizer). Not "Northern", "Central", "Western"
... alone: "Central Michigan", "Western Kentucky" are as often universities written short."""


def _a_land_or_its_part(name: str) -> bool:
    """Whether a name is a land's, or a part of one named by _COMPASS_PARTS and the land."""
    part, space, land = name.partition(" ")
    return name in LANDS_SPELLED or (
        bool(space) and part in _COMPASS_PARTS and land in LANDS_SPELLED
    )


def lands_read_otherwise(labels: Mapping[str, EntityLabel]) -> set[str]:
    """Countries, states and regions the recognizer read as a person or an organisation,
    and parts of them named with two compass points ("North-Central New Jersey"), but a
    word of a person's full name it read ("Israel" of "Israel Keyes"): places, whatever one
    window said ("most of Tasmania", an organisation; "Malaysia", a person). Not a city, as
    often a surname ("Jack London")."""
    wrong = {
        name for name, label in labels.items() if label != "place" and _a_land_or_its_part(name)
    }
    if not wrong:
        return wrong
    theirs = {w for name, label in labels.items() if label == "person" for w in name.split()}
    return wrong - theirs


_DISTRICT = ("D.C.", "DC")
_KINDS_OF_LAND = frozenset(("Oasis", "Desert", "Peninsula", "Archipelago"))
"""A land's kind word after its own name, which the text drops once it has named it:
"the Dakhleh Oasis" and "ancient Dakhleh" (raw 216, listed apart). Not "Strip" (duc 9's
"Gaza" is also "the Mediterranean city of Gaza"), "Valley", "Islands", "River", "Falls" nor
"County", which name the land beside a town or a state of the same name ("Idaho Falls",
"Missouri River", "Elkhart County", all listed beside it on the 280 raw and DUC clusters)."""


def places_before_a_land(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """Places named by another listed place and a country or state after it, no comma
    between them, mapped to the first: a caption's "Yokosuka Japan" is Yokosuka (listed
    apart in one outlet), as is "Washington D.C." Washington (raw 124); and by a listed
    place and its land's kind word (`_KINDS_OF_LAND`), "Dakhleh Oasis" Dakhleh."""
    found = {}
    for name, label in labels.items():
        place, space, land = name.rpartition(" ")
        if (
            space
            and label == "place"
            and (land in _LANDS or land in _DISTRICT or land in _KINDS_OF_LAND)
            and labels.get(place) == "place"
        ):
            found[name] = place
    return found


def legislatures_read_otherwise(labels: Mapping[str, EntityLabel]) -> set[str]:
    """The _LEGISLATURES the recognizer read as a person or a place."""
    return {name for name in _LEGISLATURES.intersection(labels) if labels[name] != "organisation"}


_POSSESSIVES = ("'s", "’s")


def known_names(
    found: Collection[str], names: Collection[str], labels: Mapping[str, EntityLabel]
) -> dict[str, EntityLabel]:
    """The KNOWN names `found` among `names` (every capitalised run's), with their labels,
    but a word of a person `labels` holds ("Paris" of "Paris Hilton"), and but a city that
    ends another of `names`, not a known one, after a word other than a part's or a
    possessive ("Lagos" of "Ricardo Lagos"; not "Los Angeles" of "South Los Angeles", nor
    "Manhattan" of "Kroll's Manhattan apartment"): those may be a person's. A "person"
    opening on a known organisation is its product, listed as no one (`things_by_shape`):
    its words stay the organisation's (raw 88's "Google Gnome" had Google, in three
    outlets, not listed at all)."""
    if not found:
        return {}
    theirs = {
        word
        for name, label in labels.items()
        if label == "person" and KNOWN.get(name.partition(" ")[0]) != "organisation"
        for word in name.split()
    }
    # the names one a line, each searched for " X\n" as a whole: one `find` a place, not a
    # look at every name
    lines = "\n" + "\n".join(names) + "\n"
    for name in found:
        at = lines.find(f" {name}\n") if name in _CITY_NAMES else -1
        while at >= 0:
            opens = lines.rfind("\n", 0, at) + 1
            word_before = lines[max(lines.rfind(" ", opens, at) + 1, opens) : at]
            if (
                lines[opens : at + len(name) + 1] not in KNOWN
                and word_before not in _PARTS
                and not word_before.endswith(_POSSESSIVES)  # "Kroll's Manhattan apartment"
            ):
                theirs.add(name)
                break
            at = lines.find(f" {name}\n", at + 1)
    return {name: KNOWN[name] for name in found if name not in theirs}


def inside_another_name(mentions: Sequence[Excerpt]) -> bool:
    """Whether every mention of a name is inside another name: not listed, as a name the
    recognizer read there would not be."""
    return all(_INSIDE.search(m.article.text, max(m.start - 40, 0), m.start) for m in mentions)


def joined_entity(short: Entity, whole: Entity) -> Entity:
    """`whole` with the mentions of its short form `short` not written inside its own."""
    alone = [
        m
        for m in short.mentions
        if not any(w.article is m.article and w.start <= m.start < w.end for w in whole.mentions)
    ]
    mentions = tuple(sorted((*whole.mentions, *alone), key=lambda m: (m.article.id, m.start)))
    outlets = len({mention.article.outlet for mention in mentions})
    return Entity(whole.name, whole.label, outlets, mentions)


def papers_named_short(found: Sequence[Entity]) -> list[Entity]:
    """`found` with a paper written by its last word alone ("told The Times", "according to
    the Herald") joined to the one organisation of several words listed that ends in it
    ("Los Angeles Times", "Miami Herald"), less the mentions of the word inside that name:
    "Times", read in both, was listed in two outlets beside the paper in one. Not other
    words: "the House" is no "White House"."""
    # most clusters list no paper's last word alone: one test in C tells
    if PAPERS.isdisjoint(map(_NAME, found)):
        return list(found)
    short = {e.name: e for e in found if e.name in PAPERS and e.label == "organisation"}
    ends: dict[str, list[Entity]] = defaultdict(list)
    for entity in found:
        before, _, last = entity.name.rpartition(" ")
        if before and last in short and entity.label == "organisation":
            ends[last].append(entity)
    joined = {last: papers[0] for last, papers in ends.items() if len(papers) == 1}
    grown = {paper.name: joined_entity(short[last], paper) for last, paper in joined.items()}
    return [grown.get(e.name, e) for e in found if e.name not in joined]
