"""The recognizer's reading of a cluster as names and labels (`recognize`): its votes on
the shared names' windows, settled by the names' forms and the lists of known names, and
the other spellings and surnames every name is matched by (`Recognized.aliases`, in
entity_recognized.py)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from operator import attrgetter

from chorus.analyze.entity_after_the import named_after_the
from chorus.analyze.entity_aged import one_word_people_before_an_age, people_after_an_age
from chorus.analyze.entity_appositions import bodies_by_apposition, labelled_by_the_word_before
from chorus.analyze.entity_bracketed import given_names_bracketed
from chorus.analyze.entity_campuses import (
    campus_towns,
    campuses_after_a_comma,
    universities_after_a_role,
)
from chorus.analyze.entity_datelines import credits_only_bracketed, datelines
from chorus.analyze.entity_endings import (
    by_ending,
    mountains_written_short,
    towns_of_institutions,
    universities_written_short,
    written_short,
)
from chorus.analyze.entity_epithets import counties_written_whole
from chorus.analyze.entity_families import families_written_whole
from chorus.analyze.entity_first_names import first_names_written_short
from chorus.analyze.entity_folds import (
    articled_spelt_otherwise,
    articles_lowered,
    folded_spellings,
    initials_folded,
    last_word_lowered,
    written_alike,
)
from chorus.analyze.entity_forms import people_after_an_office_general
from chorus.analyze.entity_given_names import (
    given_names_by_courtesy,
    lawmakers_listed,
    people_by_first_names,
)
from chorus.analyze.entity_headings import headings_cut_off
from chorus.analyze.entity_in_lists import people_closing_a_pair, people_opening_a_pair
from chorus.analyze.entity_initials import (
    bodies_after_initials,
    bodies_of_a_country,
    dotted_spellings,
    initials_defined,
    initials_spelled_out,
    spelled_short,
    tickers_of_companies,
)
from chorus.analyze.entity_inside import short_forms_of_institutions
from chorus.analyze.entity_lists import (
    PEOPLES,
    known_names,
    lands_read_otherwise,
    legislatures_read_otherwise,
    names_with_commas,
    places_before_a_land,
)
from chorus.analyze.entity_mention_windows import windows_alone
from chorus.analyze.entity_misread_firsts import first_names_read_otherwise
from chorus.analyze.entity_misspellings import (
    names_misspelled,
    runs_misspelled,
    runs_transposed,
    spellings_corrected,
)
from chorus.analyze.entity_names import bodies_cut_at_and, ends_in_a_title
from chorus.analyze.entity_overlaps import names_overlapping
from chorus.analyze.entity_plurals import last_word_in_the_plural, listed_before_their_kind
from chorus.analyze.entity_possessives import owned_part, two_names_joined_by_a_possessive
from chorus.analyze.entity_posts import people_after_a_post
from chorus.analyze.entity_pronoun_surnames import (
    full_names_a_pronoun_follows,
    surnames_a_pronoun_follows,
)
from chorus.analyze.entity_quoted_nicknames import nicknames_between
from chorus.analyze.entity_real_names import other_names_of_people
from chorus.analyze.entity_recognized import Recognized
from chorus.analyze.entity_shapes import (
    bodies_without_their_and,
    bodies_written_short,
    by_shape,
    parties_written_whole,
    places_after_their_owner,
    places_without_their_article,
    streets_written_short,
    words_written_twice,
)
from chorus.analyze.entity_spellings import (
    accented_spellings,
    bodies_without_their_openers,
    bodies_written_with_of,
    companies_written_short,
    firms_cut_at_their_head,
    first_names_of_one_person,
    initials_of_people,
    middle_names_written,
    other_capitals,
    saints_written_short,
    transliterated_people,
)
from chorus.analyze.entity_surnames import (
    first_names_before_one_surname,
    kin_in_passing,
    kin_written_whole,
    surnames_after_an_office,
    surnames_after_an_office_alone,
    surnames_written_whole,
)
from chorus.analyze.entity_teams import teams_by_nickname
from chorus.analyze.entity_titled import drop_titles
from chorus.analyze.entity_told import told_and_subject
from chorus.analyze.entity_town_services import services_of_a_town
from chorus.analyze.entity_votes import Recognizer, majority, vote
from chorus.analyze.entity_windows import MAX_NAMES, named_windows, possessive_window
from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

_TEXT = attrgetter("text")


def recognize(
    sentences: Sequence[Sentence], recognizer: Recognizer, names: int = MAX_NAMES
) -> Recognized:
    """Names and labels from the recognizer, run once, batched, on the names' windows, and
    the places of the sentences' datelines."""
    reading = named_windows(sentences, names)
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    vote(reading.windows, recognizer, votes)
    if reading.apart:
        apart: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
        vote(reading.apart, recognizer, apart)
        votes |= {name: apart[name] for name, _ in reading.apart if apart[name]}
    if reading.windows and (top := reading.windows[0][0]) not in votes and " " not in top:
        # the name the most articles write most, read as no name in its window ("Fitbit", a
        # nationality), is a company where its possessive says so
        owner: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
        vote(possessive_window(sentences, top), recognizer, owner)
        if set(owner[top]) == {"organisation"} and top not in PEOPLES:
            votes[top] = owner[top]
    joined = two_names_joined_by_a_possessive(votes, sentences)
    for name in joined:
        del votes[name]
    # the name after the possessive had its window spent on the two ("Ghouta's Douma"):
    # read where it is written alone, if it is (a few clusters in a hundred)
    if again := [p for n in joined if (p := owned_part(n)) in reading.names and p not in votes]:
        more: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
        vote(windows_alone(sentences, again), recognizer, more)
        votes |= {part: more[part] for part in again if part in more}
    labels = {
        name: by_ending(name, majority(v)) for name, v in votes.items() if not ends_in_a_title(name)
    }
    # the sentences joined once for every rule that searches them: a join a rule cost
    # ~0.015 ms a cluster, seven rules of it on every cluster
    text = "\n".join(map(_TEXT, sentences))
    for glued in told_and_subject(list(labels), text):
        del labels[glued]
    for glued, name in headings_cut_off(labels).items():
        labels.setdefault(name, labels.pop(glued))
    for cut, name in bodies_cut_at_and(labels, text).items():
        labels.setdefault(name, labels.pop(cut))
    unread = {name for name, _ in reading.windows} - votes.keys() - PEOPLES
    labels |= dict.fromkeys(bodies_by_apposition(unread, text), "organisation")
    labels |= labelled_by_the_word_before(unread - labels.keys(), text, votes)
    for name in PEOPLES.intersection(labels):
        del labels[name]
    labels |= dict.fromkeys(towns_of_institutions(labels), "place")
    labels |= dict.fromkeys(universities_written_short(labels), "organisation")
    labels |= short_forms_of_institutions(labels)
    labels |= dict.fromkeys(lands_read_otherwise(labels), "place")
    labels |= dict.fromkeys(legislatures_read_otherwise(labels), "organisation")
    labels |= by_shape(labels, reading.names, text)
    for name in (*words_written_twice(labels), *places_after_their_owner(labels)):
        del labels[name]
    drop_titles(labels, sentences)
    for titled, person in people_after_an_office_general(labels).items():
        del labels[titled]
        labels[person] = "person"
    labels |= dict.fromkeys(surnames_after_an_office(labels, reading.names), "person")
    labels |= dict.fromkeys(
        surnames_after_an_office_alone(labels, reading.names, {n for n, _ in reading.windows}),
        "person",
    )
    labels |= dict.fromkeys(people_after_a_post(labels, reading.names), "person")
    labels |= dict.fromkeys(people_after_an_age(labels, reading.names, text), "person")
    labels |= dict.fromkeys(one_word_people_before_an_age(labels, text), "person")
    labels |= dict.fromkeys(other_names_of_people(labels, reading.names, text), "person")
    for half, county in counties_written_whole(labels, text).items():
        del labels[half]
        labels[county] = "place"
    labels |= dict.fromkeys(people_closing_a_pair(labels, text), "person")
    labels |= dict.fromkeys(people_opening_a_pair(labels, text), "person")
    # a family's surname first: its person's first name, read apart, is no first name to
    # `surnames_written_whole`
    families = families_written_whole(labels, text)
    for surname, family in families.items():
        del labels[surname], labels[family.first]  # the surname alone is the person's
        labels[family.person] = "person"
        labels |= dict.fromkeys(family.kin, "person")
    labels |= dict.fromkeys(surnames_a_pronoun_follows(labels, sentences, text), "person")
    labels |= dict.fromkeys(full_names_a_pronoun_follows(labels, sentences), "person")
    for surname, (first, whole) in first_names_read_otherwise(labels, text).items():
        del labels[surname], labels[first]  # its mentions are the full name's, as below
        labels[whole] = "person"
    for surname, whole in surnames_written_whole(labels, text).items():
        del labels[surname]  # its mentions are the full name's (`Recognized.aliases`)
        labels[whole] = "person"
    for whole, surname in given_names_bracketed(labels, text).items():
        labels.pop(surname, None)  # its mentions are the full name's, as above
        labels[whole] = "person"
    for first, (whole, alone) in first_names_before_one_surname(labels, text).items():
        if not alone:  # written alone, it is joined to the full name as its first name
            del labels[first]
        labels[whole] = "person"
    kin = kin_written_whole(labels, sentences, text, recognizer)
    labels |= dict.fromkeys(kin, "person")
    kin |= {name for family in families.values() for name in family.kin}
    # every spelling of an agency with a comma, its pieces cut at one too, as one name
    commas = names_with_commas(labels)
    for spelled in commas:
        labels.pop(spelled, None)
    labels |= dict.fromkeys(commas.values(), "organisation")
    found = campuses_after_a_comma(labels, text)
    for town in campus_towns(found, labels):
        del labels[town]
    labels |= dict.fromkeys(found, "organisation")
    places, credits = datelines(sentences)
    bracketed = credits_only_bracketed(credits, text)
    for credit in bracketed:
        labels.pop(credit, None)
    labels |= dict.fromkeys((credits - bracketed) & labels.keys(), "organisation")
    for spelled, place in places.items():
        labels.pop(spelled, None)
        labels[place] = "place"
    parties = parties_written_whole(labels, reading.names)
    labels |= dict.fromkeys(parties.values(), "organisation")
    firms = firms_cut_at_their_head(labels, sentences)
    labels |= dict.fromkeys(firms.values(), "organisation")
    labels |= dict.fromkeys(initials_spelled_out(labels, reading.names), "organisation")
    # initials defined after their body's name are it, the name listed though no window read
    # it: "National Archives and Records Administration (NARA)"
    defined = initials_defined(labels, text) | bodies_after_initials(labels, text)
    labels |= dict.fromkeys(defined.values(), "organisation")
    labels |= named_after_the(labels, text)
    transposed = runs_transposed(labels, reading.names, text)
    labels |= dict.fromkeys(transposed.values(), "person")
    overlapping = names_overlapping(labels, text)
    labels |= {whole: labels[piece] for piece, whole in overlapping.items()}
    # "Vegas" of the known "Las Vegas", which no window read: the place listed by its name
    articled = places_without_their_article(labels, reading.spots.keys())
    labels |= dict.fromkeys(articled.values(), "place")
    labels |= dict.fromkeys(services_of_a_town(labels, reading.names), "organisation")
    short = (
        {family.first: family.person for family in families.values()}
        | parties
        | firms
        | written_short(labels)
        | mountains_written_short(labels)
        | written_alike(labels, votes)
        | first_names_written_short(labels)
        | bodies_of_a_country(labels, reading.names)
        | streets_written_short(labels)
        | articled
        | bodies_written_short(labels)
        | bodies_without_their_and(labels, text)
        | universities_after_a_role(labels, text)
        | names_misspelled(labels, sentences)
        | runs_misspelled(labels, reading.names)
        | transposed
        | overlapping
        | spellings_corrected(labels, text)
        | middle_names_written(labels)
        | companies_written_short(labels, reading.names)
        | first_names_of_one_person(labels, text)
        | initials_of_people(labels)
        | transliterated_people(labels)
        | listed_before_their_kind(labels, text)
        | tickers_of_companies(labels, text)
        | defined
    )
    taken = short.keys() | credits
    written = spelled_short(labels, reading.names) | places_before_a_land(labels)
    short |= {s: n for s, n in written.items() if s not in taken}
    # one rule's short form may be another's long one, or two rules map two forms to each
    # other ("Kim Jong-Un", "Kim Jong-un", with "Kim Jong Un" to one): each maps to the
    # name kept
    short = {s: n for s, n in short.items() if short.get(n) != s or s > n}
    short = {s: short.get(n, n) for s, n in short.items()}
    for name in short:
        labels.pop(name, None)  # a mountain's short name may be only a candidate run
    # a dateline's "FT LAUDERDALE" is "Fort Lauderdale" too
    spellings = {s: short.get(p, p) for s, p in places.items() if s != p} | short
    spellings |= {spelled: name for spelled, name in commas.items() if spelled != name}
    lowered = last_word_lowered(labels, text)
    folded = folded_spellings(labels, reading.names, reading.spots.keys())
    folded |= articles_lowered(labels, text)
    spellings |= {
        spelled: name
        for spelled, name in (
            accented_spellings(labels, reading.names)
            | other_capitals(labels, reading.names)
            | bodies_without_their_openers(labels, reading.names, text)
            | bodies_written_with_of(labels, text)
            | saints_written_short(labels, reading.names)
            | teams_by_nickname(labels, reading.names, text)
            | last_word_in_the_plural(labels, reading.names)
            | nicknames_between(labels, text)
            | articled_spelt_otherwise(labels, text)
            | dotted_spellings(labels, text)
            | lowered
            | folded
        ).items()
        if spelled not in labels and spelled not in spellings
    }
    spellings |= initials_folded(spellings, labels, reading.names)
    # a short form of a read name is its mention, wherever written ("NASA" opening sentences)
    # a wire named only in datelines' brackets is the outlet's source, however well known
    unread = reading.spots.keys() - labels.keys() - short.keys() - folded.keys() - bracketed
    known = known_names(unread, reading.names, labels)
    spots = {
        name: (label, _not_opening(reading.spots[name], sentences, lowered))
        for name, label in known.items()
    }
    passing = kin_in_passing(kin & labels.keys(), sentences)
    spoken = {name: label for name, label in labels.items() if name not in passing}
    runs = (*reading.names, *lawmakers_listed(text))
    named = labels.keys() | spellings.keys() | known.keys()
    given = people_by_first_names(runs, named, given_names_by_courtesy(runs, text))
    return Recognized(spoken, spellings, spots, frozenset(kin), frozenset(passing), tuple(given))


def _not_opening(
    spots: list[tuple[int, int, int]], sentences: Sequence[Sentence], forms: Collection[str]
) -> list[tuple[int, int, int]]:
    """A known name's spots (`Reading.spots`) but those opening one of `forms`, another
    name's mentions ("BBC" of "BBC films")."""
    if not forms:
        return spots
    opening = tuple(forms)
    return [spot for spot in spots if not sentences[spot[0]].text.startswith(opening, spot[1])]
