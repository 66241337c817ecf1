"""The forty-eighth agreement pass (reader 51; raw validation clusters, 0-based, file order),
each read against the articles. Raw 185's "Heather Sculthorpe, chief executive of the
Tasmanian Aboriginal Center, called the work an “insult.”" was agreed by ABC's "... a mixed
response from Tasmania's Aboriginal community, with some calling it "insulting"": what one
named person said is not what "some" said. Raw 179's feature says "The Carpentier heart
weighs 900g, is roughly the same size as a real heart and imitates its functions exactly."
and Reuters "... weighs about 900g (around 2 lb)- nearly three times more than an average
healthy human heart": the pass linked them by the weight (0.30, below the threshold), and a
reader (reader52) judged the item overstated: only the weight is shared, so no link."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_voices import some_against_named
from chorus.analyze.model import Analysis
from tests.briefings import DUC
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (179, 185))


def test_one_weight_under_claims_the_other_outlet_does_not_tell_is_not_agreed(analyses):
    assert not pair_shown(analyses[179], "The Carpentier heart weighs 900g", "weighs about 900g")


def test_a_named_persons_words_are_not_agreed_by_some(analyses):
    assert not pair_shown(analyses[185], "Heather Sculthorpe", "with some calling it")


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
