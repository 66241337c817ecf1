"""Quote attribution, seventy-fourth pass: a paper or speaker reporting another's promise
("the WSJ reports the NJ governor promised ... that ...": raw validation 0-based 144) says
no words of its own after that "that"; a named person who "continued" or "went on" before a
quotation speaks it (111, 151, 227)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, only_quote, quotes_in, speakers_of

_CLUSTERS = {
    "multi_news-val-555": 144,
    "multi_news-val-1242": 246,
    "multi_news-val-1760": 99,
    "sample-validation-111": 111,
    "multi_news-val-4378": 151,
    "multi_news-val-4890": 227,
}


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes(_CLUSTERS)


def test_a_paper_reporting_a_governors_promise_is_not_its_speaker(briefed):
    # [2]: "Chris Christie watch will continue, though the WSJ reports the NJ governor
    # promised big California donors last week that he had no plans to run." The promise
    # is Christie's, which the WSJ reported; "promised" is no speech verb, so no one's row
    found = briefed["multi_news-val-555"]
    assert not quotes_in(found, "he had no plans to run")


def test_words_someone_told_the_speaker_stay_in_the_speakers_claim(briefed):
    # "Prosecutors said Johnson told dispatchers that he’d come under fire from an unknown
    # white man ...": the prosecutors did not say he came under fire (he made it up); what
    # they said is that he told dispatchers so
    quote = only_quote(briefed["multi_news-val-1242"], "Johnson told dispatchers")
    assert quote.speaker == "prosecutors"
    assert quote.text.text.startswith("Johnson told dispatchers that he’d come under fire")
    # "Mendelson said Lanier told him that the escort started outside the city."
    quote = only_quote(briefed["multi_news-val-1760"], "Lanier told him")
    assert quote.speaker == "Phil Mendelson"
    assert quote.text.text == "Lanier told him that the escort started outside the city"


def test_a_verb_set_off_by_commas_keeps_its_speakers_testimony(briefed):
    # "During Bill Clinton’s Presidency, Patterson recalled, Mercer insisted at a staff
    # luncheon that Clinton had participated in a secret drug-running scheme with the
    # C.I.A.": "Patterson recalled" is an aside, the claim Mercer's
    quote = only_quote(briefed["multi_news-val-4890"], "Mercer insisted at a staff luncheon")
    assert quote.speaker == "Robert Mercer"
    assert quote.text.text.startswith("Clinton had participated in a secret drug-running")


def test_a_named_person_who_continued_speaks_the_quotation(briefed):
    # "Fischetti continued, "Devin, as the world knows him, was an extraordinary talent,
    # ...""; the article opens "Musician Brad Fischetti, the last surviving member of LFO"
    found = briefed["sample-validation-111"]
    assert speakers_of(found, "Devin, as the world knows him") == ["Brad Fischetti"]
    # "On Schiff’s show, Bundy continued: “I’m wondering are they better off being slaves
    # ...”" (an opening phrase before the name)
    found = briefed["multi_news-val-4378"]
    assert speakers_of(found, "I’m wondering are they better off") == ["Cliven Bundy"]
    # "Shlaes went on, “The Mercers have strong values, ...”" after "wrote Amity Shlaes"
    found = briefed["multi_news-val-4890"]
    assert speakers_of(found, "The Mercers have strong values") == ["Amity Shlaes"]


def test_he_continued_is_left_to_no_one(briefed):
    # "He continued, “Suddenly, a random billionaire can change the whole race ...”":
    # whom "he" stands for is read only after a speech verb
    assert not quotes_in(briefed["multi_news-val-4890"], "Suddenly, a random billionaire")
