"""People, organisations and places, with how many outlets mention each.

spaCy's recognizer costs ~0.1 ms a word, more than the rest of a briefing, so it does not
read whole sentences: it reads each of the capitalised names the most articles share once,
and a name one article writes ten times or more, in a few words either side
(entity_windows.py: its token encoder looks four tokens each way). What it finds there is
then counted in every sentence by exact match, so an entity
mentioned by four outlets is counted in all four, recognised once. A few forms decide a
label or a span on their own (entity_forms.py), and names joined by "and", a slash or a
possessive ("Ghouta's Douma") are no one name. Every mention, not only the window read, can
settle a label: the words around it are read as it is matched (entity_matching.py, with its
cues in entity_cues.py). A one-word person only ever written after an
article or a possessive ("the Hummer") is a thing, not listed; so are words written in both
numbers ("Klansman", "Klansmen") and organisations written mostly in lower case ("Monkeys"
of a headline), events, awards, laws ("Misuse of Drugs Act"), products of a version ("Keurig
2.0") and animals ("Rocky the bobcat"). A title opening a name ("Nazi Adolf Eichmann") is
dropped where the text writes the name without it; a first name always written before
another person's name ("Sarah" + "Jessica Parker"), or written alone and read as a place
("Collin" of "Collin Rose"), is joined to it; and a one-word organisation written with "'s"
every time keeps it ("McDonald’s"). A name only ever written as a piece of a longer
title-case name the recognizer did not read whole ("Chemical Weapons" of "the Convention on
the Prohibition of Chemical Weapons") is not listed (entity_pieces.py), nor are a page's
headings' words ("Hidden Message: SAG", "How to Register", "Following Locations") or a word
in capitals the text also writes in lower case ("REAL LOVE"); a first name alone, or written
short, read as an organisation is joined to the full name it opens ("Conor" of "Conor
Kennedy", "Thom" of "Thomas Kinkade"); a name addressed is a person's ("“Stephanie, I
speak"), and a state's postal code after a town is a place. A one-word group or town written
as a speaker and after a first name ("Newport said", "Frank Newport") is a person's surname;
a read of a name before a thing's noun after a year ("his 2010 Denzel Washington hit") or of
a facility ending in "'s" casts no vote; a name of two words or more before "film" or
"movie" ("Star Trek film"), an award before "winner" ("Oscar winner") and a show's name of
several words before its host ("Weekend Update host") are not listed; a work read after
"daily" or "tabloid" is the paper ("the daily Corriere della Sera", entity_votes.py). A
function word ending a span is cut ("Matt Damon as"), things and designations in capitals
("CPU", "C-124"), a span cut inside a post's title ("Hobart Lord" of "Hobart Lord Mayor",
"Delaware County District" of "... District Attorney") or before a side's ("Unfazed Hill
Republicans") and makes in the plural ("Kias and Hyundais", entity_plurals.py) are not
listed, a newsletter's heading in capitals before a dash is cut off a name ("OBAMA -
American Bankers Association", entity_headings.py), a peer's title is a
person's ("Duke of Närke"), names spelled with other hyphens, capitals or full stops ("Kim
Jong Un", "Kim Jong-un"; "G.O.P.", "GOP"; "al-Qaeda", "Al-Qaeda", entity_folds.py) are
one, and a surname written at the head of another name ("Xiong" of "Xiong Guoming" beside
Zhang Xiong) is no mention of its person. A country, state or region the recognizer read
as a person or a group is a place, as is a person before a US state ("Upper Darby, PA"),
and a parliament a body ("Seanad"); "Mercy Fitzgerald" of "... Hospital" is it, and a body
a speaker misnamed only in quotation marks ("National Endowment of the Arts") is the one
the writer names. A family by its name ("the Kellers"), a route ("Kuala
Lumpur-Beijing") and a span cut before a one-word name ("Air Chief Marshal Angus" of
"... Houston") are not listed, and a county cut inside its district attorney keeps those
mentions. Court cases ("Brulotte v. Thys"), a land's first peoples ("Aboriginal
Tasmanians") and a person's name before a festival's word ("Dark Mofo winter festival") are
not listed either; a country before a channel's number is no mention ("France 2
television"), and "Marvel" is "Marvel Entertainment" as "Amnesty" is "Amnesty International".
A person named in words the text writes in lower case ("Indigenous Knowledge") or a place
after an organisation's "'s" ("Google's Knowledge Graph") is not listed, and a place only
opening an office's name is the office ("the Norfolk District Attorney’s Office";
entity_inside.py, entity_owned.py). A dateline names its place and, in brackets, its
source (entity_datelines.py); an agency with a comma in its name is one name however cut or spelled
("Bureau of Alcohol, Tobacco", "ATF"), and "&" spells "and" ("Law & Justice party"). A lone
first name before "and" and another's full name ("Phillip and Sandra Dunn") takes that
surname, and a name a possessive joined to another ("Ghouta's Douma") is read again where it
is written alone (entity_votes.py). A name written with and without accents ("Pathé",
"Pathe") is one, as is a group's part with its last word in lower case ("BBC films"), and a
title before a surname alone ("Lady Thatcher") gives way to the full name the text writes
(entity_recognize.py); a group's initials always before a place are a campus ("UC Santa
Cruz"). A name's shape settles a few labels (entity_shapes.py: "Ghana SWAT", "UNC Chapel
Hill", "El Molto" whose "Molto told"), a place only written as "a shuttered Blockbuster." is
a chain's, and a ship by its prefix ("USS Franklin"), a known group's product ("Google
Gnome") and a letter's sign-off ("With Gratitude,") are not listed. A one-word group always
written after a place's name is named for it ("Texas EquuSearch"), and a name always
written before "by" and one name is a shop's named for its owner ("Sweet Cakes by
Melissa", "Furs by Graf"), an organisation, the owner's name inside it none of theirs; a
listed first name written alone or before one listed person's surname is its own full name
("Shimron Smith" beside his brother Shawn J. Smith, entity_families.py). A span closing on an
adjective ("Genesee County Environmental"), a headline's word after a full name ("Colin
Kroll Dead") and initials closing a phrase after "an" ("an LOC,") are not listed, and a
surname read alone takes the one full name the text writes it in (entity_surnames.py); a
read person's surname after another first name is another person ("Linda Lyons" beside Mike
Lyons), whose own the surname alone is after their full name opening a sentence; a first
name and a surname read apart, the text writing them together, are one person, and the
surname's other full names kin ("Meredith", "Kercher", "Stephanie Kercher";
entity_families.py). A name after
"and" and a read organisation is one too ("Etihad Airways, and Emirates",
entity_in_lists.py), as is a person's full name after a group of its first word ("Jefferson
Airplane and Jefferson Starship"); a one-word name always before a minister's title ("US
Defense Secretary") is a portfolio, not listed (entity_named_things.py). "America" closing a
bank's or a group's name ("Bank of America", "Democracy for America") is no mention of the
land (entity_known.py), and the owner of an army read as an organisation is a person
("Alexander’s besieging army", entity_votes.py). A person the text names by another's real
or birth name ("Lima (real name Harold Lima)") is one row with them (entity_real_names.py).
A stock index written short ("the Dow", entity_after_cues.py) or a coffee ("Blue Mountain
coffee"), a phrase in title case the text writes three times as often in lower case
("Record Stock Market") and initials in brackets after the report they spell ("Report on
Carcinogens (RoC)") are not listed; "a fellow Queensbridge resident" is a place, and a
surname no window read after an elected office ("President Obama", entity_surnames.py) a
person. Initials defined after a body's name ("U.N. Population Fund (UNFPA)") are that body
(entity_initials.py), a read place written after "University of" or "Hospital of" is the
institution's ("University of Missouri", entity_known.py), a people written only in the
plural beside its singular is no body ("no Klingons" beside "the Klingon language",
entity_plurals.py), and a name written with two letters swapped ("Tolkein", "Tolkien") is
one person (entity_misspellings.py). A part of a land named with two compass points
("North-Central New Jersey") is a place, a title-case headline holding a verb ("Jimmy
Interviews Khaleesi from ...") no person, and a name no window labelled written right after a
body's kind ("wedding website The Knot") that body (entity_lists.py, entity_headings.py,
entity_appositions.py), as one after "the city of" is a place ("the city of Plantation");
two read names written only overlapping are one ("Journal of the American College of
Cardiology", entity_overlaps.py), a given name in brackets before a surname makes the full
name ("[Janet] Napolitano", entity_bracketed.py), and a full name closing a pair after a
read person, or read as a body opening one before a read person, is a person ("Tina Fey and
Eva Longoria.", "Ally Brooke and Dinah Jane", entity_in_lists.py). A word always written
after a legal suffix's stop ("The Onion, Inc. Exemplary reportage") opens a sentence and is
no name (entity_firms.py). A region a
compass adjective names and a university's school or medical centre are listed under their
whole's shorter name, both counted ("Western North Carolina", "Duke University Medical
Center", entity_parts.py). A county read by its first half is the county ("Ross-shire",
entity_epithets.py), a team's nickname alone is its mention ("former Saints player",
entity_teams.py), and a make after "a" before its model is the car's ("a Chevy Impala",
entity_works.py). Past MAX_ENTITIES, of names as widely used
the one its article writes earliest is kept (`entity_ranks.ranked`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze import entity_stand_ins as stand_ins
from chorus.analyze.entity_endings import places_read_otherwise
from chorus.analyze.entity_families import kin_by_first_names, with_kin
from chorus.analyze.entity_firms import after_a_suffix
from chorus.analyze.entity_first_joins import first_names_joined
from chorus.analyze.entity_first_names import joined_mentions
from chorus.analyze.entity_folds import one_per_spelling
from chorus.analyze.entity_forms import (
    RUNS_ON,
    places_beside_titles,
    standing_for_themselves,
)
from chorus.analyze.entity_furniture import furniture
from chorus.analyze.entity_generations import generations_written_apart
from chorus.analyze.entity_headings import headings_and_shouts, phrases_capitalised
from chorus.analyze.entity_in_lists import (
    people_after_a_namesake_group,
)
from chorus.analyze.entity_initials import initials_of_documents
from chorus.analyze.entity_inside import (
    campuses,
    common_words_inside_names,
    people_after_an_article,
    people_of_common_words,
    short_forms,
    towns_before_a_state,
    with_offices,
)
from chorus.analyze.entity_kinds import (
    common_nouns,
    is_a_people,
    is_event,
    lone_people_of,
)
from chorus.analyze.entity_known import institutions_of_read_places, known_entities
from chorus.analyze.entity_lists import papers_named_short
from chorus.analyze.entity_matching import SENTENCE_BREAK, matched
from chorus.analyze.entity_mention_shapes import (
    bodies_of_a_pair,
    cut_spans,
    groups_of_a_place,
    mentions_inside,
    mentions_outside,
    nobles,
    numbered_units,
    papers_after_a_people,
    places_outside_bodies,
    shops,
    shops_of_their_owners,
)
from chorus.analyze.entity_mentions import (
    outlets,
)
from chorus.analyze.entity_named_things import beings_and_things
from chorus.analyze.entity_names import is_an_era_scrap
from chorus.analyze.entity_owned import people_named_for_a_group, places_of_an_organisation
from chorus.analyze.entity_parts import parts_joined
from chorus.analyze.entity_pieces import (
    cut_at_a_hyphen,
    cut_before_a_post,
    cut_before_a_surname,
    heads_of_posts,
    heads_shared,
    pieces_of_longer_names,
    places_closing_a_longer_name,
)
from chorus.analyze.entity_plurals import makes_in_the_plural, peoples_in_the_plural
from chorus.analyze.entity_possessives import named_with_a_possessive
from chorus.analyze.entity_ranks import ranked
from chorus.analyze.entity_real_names import one_person_two_names, short_given_names
from chorus.analyze.entity_recognize import recognize
from chorus.analyze.entity_recognized import Recognized
from chorus.analyze.entity_said_names import misnamed_in_quotes, speakers_named_in_full
from chorus.analyze.entity_shared_surnames import surnames_of_the_one
from chorus.analyze.entity_surname_mentions import full_names_read_as_groups, surnames_placed
from chorus.analyze.model import Entity, EntityLabel
from chorus.model import Sentence

# the recognizer's reading moved to entity_recognize.py and entity_recognized.py, the text's
# break to entity_matching.py; callers take them from here with the listing they feed
__all__ = ["MAX_ENTITIES", "SENTENCE_BREAK", "Recognized", "entities", "recognize"]

MAX_ENTITIES = 40


def entities(
    sentences: Sequence[Sentence], recognized: Recognized, cap: int = MAX_ENTITIES
) -> tuple[Entity, ...]:
    """Each recognised entity with its mentions in every sentence, most widely reported first,
    the first `cap` of them (ordered, past MAX_ENTITIES, as the cap orders them)."""
    forms = recognized.aliases()
    labels = recognized.every_label()
    if not forms and not recognized.known:
        return ()
    read = matched(sentences, forms, labels, recognized.spellings)
    joined, cued, people = read.joined, read.cued, read.people
    mentions, works = read.mentions, read.works
    lone_people = lone_people_of(labels)
    kinds = beings_and_things(lone_people, mentions, labels, joined)
    standing = standing_for_themselves(read.stands)
    works -= places_beside_titles(works, mentions, labels)
    listed = {
        name: found
        for name, found in mentions.items()
        if name not in works
        and name in standing
        and name not in kinds
        and not is_event(name)
        and not is_a_people(name)
        and not is_an_era_scrap(name)
    }
    common = common_nouns(listed, read.lowered)

    def label(name: str) -> EntityLabel:
        return cued.get(name) or labels[name]

    # a shop named for its owner is whole before the pieces are cut: "Furs" of "Furs by Graf"
    owned = shops_of_their_owners(listed)
    for name in {
        *pieces_of_longer_names(listed, label, forms),
        *common_words_inside_names(listed, joined),
        *people_after_an_article(listed, label),
        *people_of_common_words(listed, label, joined),
        *places_of_an_organisation(listed, label),
        *people_named_for_a_group(listed, label, cued),
        *furniture(listed, labels, label),
        *cut_spans(listed, labels),
        *stand_ins.stand_ins(listed, label),
        *makes_in_the_plural(listed, label),
        *peoples_in_the_plural(listed, label, joined),
        *cut_at_a_hyphen(listed),
        *heads_shared(listed, forms),
        *places_closing_a_longer_name(listed, label),
        *after_a_suffix(listed),
    } - owned.keys():
        del listed[name]
    # mentions inside a longer name are none of the name's: a unit's, a body's
    for name, kept in {**numbered_units(listed), **places_outside_bodies(listed, labels)}.items():
        if kept:
            listed[name] = kept
        else:
            del listed[name]
    posts = cut_before_a_post(listed, label)
    heads = heads_of_posts(listed, posts)
    for name in {
        *headings_and_shouts(listed, label, joined),
        *phrases_capitalised(listed, joined),
        *initials_of_documents(listed, joined),
        *posts,
        *cut_before_a_surname(listed),
    }:
        del listed[name]
    for head, found in heads.items():
        if head in listed:
            listed[head] = joined_mentions(listed[head], found)
    listed, named_for_places = institutions_of_read_places(listed, label)
    cued |= dict.fromkeys(named_for_places, "organisation")
    listed, offices = with_offices(stand_ins.without_titles(listed, label), label)
    listed, institutions = campuses(listed, label)
    listed, pairs = bodies_of_a_pair(listed, label)
    listed, papers = papers_after_a_people(listed, label)
    bodies = offices | institutions | pairs | papers
    cued |= dict.fromkeys(bodies | shops(listed, labels), "organisation")
    cued |= dict.fromkeys(nobles(listed), "person")
    joins = short_forms(listed, label) | misnamed_in_quotes(listed, label)
    for short, longer in (joins | stand_ins.spelled_twice(listed, label)).items():
        listed[longer] = joined_mentions(listed.pop(short), listed[longer])
    # names no cue settled, each looked at once: a set's intersection costs no Python loop
    spoken = read.unsettled & listed.keys() - lone_people
    cued |= dict.fromkeys(speakers_named_in_full(spoken, listed), "person")
    cued |= towns_before_a_state(people & listed.keys(), listed)
    cued |= places_read_otherwise(listed, label)
    for name, surname in full_names_read_as_groups(listed, label, joined).items():
        listed[name] = joined_mentions(listed.pop(surname), listed[name])
        cued[name] = "person"
    groups = [name for name in listed if label(name) == "organisation"]
    cued |= people_after_a_namesake_group(people & listed.keys(), groups, joined)
    for group, place in groups_of_a_place(listed, labels, label).items():
        whole, gap = f"{place} {group}", len(place) + 1
        listed[whole] = [replace(m, start=m.start - gap) for m in listed.pop(group)]
        cued[whole] = "organisation"
        if not (rest := mentions_outside(listed[place], listed[whole])):
            del listed[place]
        else:
            listed[place] = rest
    for shop, whole in owned.items():
        if shop not in listed:
            continue
        gap = len(whole) - len(shop)
        listed[whole] = [replace(m, end=m.end + gap) for m in listed.pop(shop)]
        cued[whole] = "organisation"
        # the owner's name inside the shop's is none of theirs: "Melissa" of "Sweet Cakes by
        # Melissa", "Graf" of "Furs by Graf" (raw 195, listed as Kimberley Graf)
        owner = whole.rpartition(" ")[2]
        for name in [n for n in listed if n != whole and (n == owner or n.endswith(f" {owner}"))]:
            if not (rest := mentions_inside(listed[name], listed[whole])):
                del listed[name]
            else:
                listed[name] = rest

    kin = kin_by_first_names(listed, label)
    listed = with_kin(listed, kin)
    cued |= dict.fromkeys(kin, "person")
    running = read.stands[RUNS_ON]
    listed, made = first_names_joined(listed, label, cued, lone_people, read.full_names, running)
    cued |= made
    for name, son in generations_written_apart(listed, label).items():
        listed[son] = joined_mentions(listed.pop(name), listed.get(son, []))
        cued[son] = "person"
    listed = surnames_placed(listed, recognized.kin, forms, label)
    listed = surnames_of_the_one(listed, forms, label)
    # the one-word organisations `read.lowered` counts: a name of four letters or fewer is left
    for name, grown in named_with_a_possessive(listed, read.lowered).items():
        spelled = grown[0].article.text[grown[0].start : grown[0].end]  # "McDonald’s"
        cued[spelled] = label(name)
        listed[spelled] = grown
        del listed[name]
    for other, shown in one_person_two_names(listed, forms, label, read.joined).items():
        listed[shown] = joined_mentions(listed.pop(other), listed[shown])
    for short, full in short_given_names(listed, labels, label).items():
        listed[full] = joined_mentions(listed.pop(short), listed[full])
    found = [
        Entity(
            name=name,
            label=label(name),
            outlets=outlets(found),
            mentions=tuple(found),
        )
        for name, found in listed.items()
        if name not in common
    ]
    found = one_per_spelling(
        [*found, *known_entities(sentences, read.texts, recognized.known, listed)], sentences
    )
    found = parts_joined(stand_ins.networks_named_short(papers_named_short(found)))
    found.sort(key=lambda e: (-e.outlets, -len(e.mentions), e.name))
    if len(found) > MAX_ENTITIES:
        # a known name the recognizer did not read gives way to one it did, if as widely used
        found.sort(key=lambda e: (-e.outlets, -len(e.mentions), e.name in recognized.known))
    if len(found) > cap:
        kept = {e.name for e in ranked(found, recognized.known)[:cap]}
        found = [e for e in found if e.name in kept]
    return tuple(found)
