"""Quote attribution, twenty-sixth pass: a twelfth reader's findings on raw validation
clusters (multi_news-val-2526, 2484, 2464, 2572). A group after a quotation speaks ("“...,”
the authors wrote", "police said"); "they" is a pair already quoted that the sentence before
names; the words start past a connective ("However, “...”") and past "on Saturday," after
the verb; ", telling Kreiss the campaign had ..." is what the subject said; an outlet before
a name ("ABC News’ Linsey Davis") is no part of it; a subject and its modal after "according
to X," is no role; "..., police wrote in a Facebook post" speaks, and a page's label
("ORIGINAL STORY:") is no one's words. `fixtures/quote_reader26.json` holds the reader's
sentences (design) and every attribution of four clusters no quote test names, with two of
this pass's shapes (blind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = json.loads(
    (Path(__file__).parent / "fixtures" / "quote_reader26.json").read_text("utf-8")
)["items"]
_MORE = (
    *("multi_news-val-3651", "multi_news-val-1717", "multi_news-val-4890"),
    *("multi_news-val-4313", "multi_news-val-3613"),
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({*(item["cluster"] for item in _ITEMS), *_MORE})


def test_analyze_reader26_gold(briefed):
    # main (5535273): design 1 of 13 right, 5 quotes made, 1 right; blind 15 of 19, 12 made,
    # 12 right. This pass: design 11 of 13, 10 made, 10 right (Takei's "the actor wrote" and
    # "he wrote Saturday morning" missed); blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 11 and right_predicted >= 10 and predicted == right_predicted
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 15 and predicted == right_predicted


def test_analyze_a_group_after_a_quotation_speaks(briefed):
    paper = briefed["multi_news-val-2526"]
    # "“The two female and the male burials ...,” the authors wrote. “We know from ...”"
    assert speakers_of(paper, "could have, respectively, developed") == ["authors"]
    # (the other article's longer quotation goes on from "..., Molto and Sheldrick wrote.")
    assert speakers_of(paper, "peak in the young adult cohorts") == [
        "authors",
        "El Molto and Dr. Peter Sheldrick",
    ]
    # "“...,” police said." (multi_news-val-3651)
    assert speakers_of(briefed["multi_news-val-3651"], "we would like to talk to you") == ["police"]


def test_analyze_they_is_the_pair_the_sentence_before_names(briefed):
    # "Even accounting for these caveats, however, Molto and Sheldrick believe that ... ¶
    # “In our opinion, ...,” they wrote in their paper."
    paper = briefed["multi_news-val-2526"]
    assert speakers_of(paper, "In our opinion") == ["El Molto and Dr. Peter Sheldrick"]
    assert speakers_of(paper, "The carcinogenic load") == ["El Molto and Dr. Peter Sheldrick"]


def test_analyze_words_start_past_a_connective_and_a_day(briefed):
    # 'However, "we have no indication ...," Molto said, adding that ...'
    molto = [q for q in briefed["multi_news-val-2526"] if "no indication" in q.text.text]
    assert [q.text.text[:21] for q in molto] == ["we have no indication"]
    # 'Takei added on Saturday, "We're living in a world where ..."'
    takei = [q for q in briefed["multi_news-val-2484"] if "living in a world" in q.text.text]
    assert [(q.speaker, q.text.text[:12]) for q in takei] == [("George Takei", "We're living")]


def test_analyze_what_a_subject_tells_as_it_acts(briefed):
    # "Romney's digital director Zac Moffatt concurred, telling Kreiss the campaign had ..."
    moffatt = [q for q in briefed["multi_news-val-2464"] if "best tweets" in q.text.text]
    assert [(q.speaker, q.text.text[:16]) for q in moffatt] == [("Zac Moffatt", "the campaign had")]
    # "..., telling Boat International that they are “endowed with ...”"
    # (the "Mercer" of a profile of Robert Mercer that names Rebekah Mercer after him)
    assert speakers_of(briefed["multi_news-val-4890"], "endowed with both") == ["Robert Mercer"]
    # "..., telling the audience a story about her daughter, ...": a thing told, no words
    assert speakers_of(briefed["multi_news-val-1717"], "a story about her daughter") == []


def test_analyze_an_outlet_before_a_name_is_no_part_of_it(briefed):
    cosby = briefed["multi_news-val-2572"]
    assert speakers_of(cosby, "Are you prepared for backlash") == ["Linsey Davis"]
    assert not [q for q in cosby if "’" in q.speaker or "'" in q.speaker]


def test_analyze_a_subject_and_its_modal_is_no_role(briefed):
    # "Given that ..., according to the US National Cancer Council, this shorter lifespan
    # could impact lifetime cancer risk.": no quote with the clause as the council's role
    paper = briefed["multi_news-val-2526"]
    assert not [q for q in paper if q.role and "could impact" in q.role]


def test_analyze_a_speaker_after_its_statement_wrote_it(briefed):
    # 'The two were "familiar with the area, ...," police wrote in a Facebook post today.'
    assert speakers_of(briefed["multi_news-val-4313"], "familiar with the area") == ["police"]
    # "ORIGINAL STORY: Iditarod frontrunners ..., Iditarod race officials wrote in a press
    # release ...": the page's label is no one's words (taken out by cleaning since its
    # forty-ninth pass, docs/journal/cleaning.md)
    attacked = [
        q for q in briefed["multi_news-val-3613"] if "Iditarod frontrunners Jeff" in q.sentence.text
    ]
    assert [(q.speaker, q.text.text[:21]) for q in attacked] == [
        ("Iditarod race officials", "Iditarod frontrunners")
    ]
