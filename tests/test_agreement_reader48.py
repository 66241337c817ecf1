"""The forty-eighth agreement pass: one measure with its unit, told twice (reader 51; raw
validation clusters, 0-based, file order), each read against the articles. Raw 179's
feature says "The Carpentier heart weighs 900g, ..." and Reuters "The Carmat device ...
weighs about 900g (around 2 lb) ...": one weight of one heart, scoring 0.30, below the
agreement threshold, with two own words in common ("900g", "weighs"), where three or a sum
of money were wanted. Main said no fact was reported by two outlets. Raw 185's "Heather
Sculthorpe, chief executive of the Tasmanian Aboriginal Center, called the work an
“insult.”" was agreed by ABC's "... a mixed response from Tasmania's Aboriginal community,
with some calling it "insulting"": what one named person said is not what "some" said."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import links_below
from chorus.analyze.agreement_measures import measured_alike
from chorus.analyze.agreement_voices import some_against_named
from chorus.analyze.model import Analysis
from chorus.analyze.own_words import names_in_common
from tests.briefings import DUC
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (179, 185))


def test_one_weight_told_by_both_outlets_is_agreed(analyses):
    assert pair_shown(analyses[179], "The Carpentier heart weighs 900g", "weighs about 900g")


def test_a_named_persons_words_are_not_agreed_by_some(analyses):
    assert not pair_shown(analyses[185], "Heather Sculthorpe", "with some calling it")


def test_a_weight_and_a_word_link_below_the_threshold():
    feature = data_sentence(RAW_VALIDATION, 179, "The Carpentier heart weighs 900g")
    reuters = data_sentence(RAW_VALIDATION, 179, "weighs about 900g")
    # their own words in common: the weight glued to its unit, and the verb
    shared = {"900g", "weigh"}
    assert measured_alike(feature, reuters, shared)
    assert links_below(feature, reuters, shared, names_in_common(feature, reuters))
    # the weight is no own word: each article writes it again
    assert not measured_alike(feature, reuters, {"weigh"})


def test_one_wind_speed_alone_links_nothing():
    # DUC 24: Georges' winds, beside searchers still looking, and beside housing no match
    # for them: two facts of one storm sharing only the measure
    searchers = data_sentence(DUC, 24, "More than a week after Georges' 110 mph")
    housing = data_sentence(DUC, 24, "proved no match for 110 mph")
    shared = {"110", "177"}
    assert measured_alike(searchers, housing, shared)
    assert not links_below(searchers, housing, shared, names_in_common(searchers, housing))


def test_some_calling_it_does_not_tell_what_a_named_person_said():
    # raw 185: [1] names Heather Sculthorpe and her words; ABC never names her, and its
    # "some" are of a community whose response it calls mixed
    named = data_sentence(RAW_VALIDATION, 185, "Heather Sculthorpe, chief executive")
    some = data_sentence(RAW_VALIDATION, 185, "with some calling it")
    assert some_against_named(named, some)
    assert some_against_named(some, named)


def test_two_unnamed_groups_of_witnesses_may_agree():
    # DUC 2: "Onlookers said" and "Others said" name no one: the witnesses' accounts stay
    # agreed
    onlookers = data_sentence(DUC, 2, "Onlookers said they saw smoke")
    others = data_sentence(DUC, 2, "Others said they heard two explosions")
    assert not some_against_named(onlookers, others)
