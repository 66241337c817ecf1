"""Who said what, eighty-fourth pass (reader74's findings on raw validation 0-based 67 and
132: multi_news-val-23 and 4039; 227, multi_news-val-4890, found on the way): a quotation
that closes after a quotation in single marks, the writer's words after it; one man as
"Joe Serna" and "Joseph Serna", "Steve" and "Stephen Bannon"; an agency quoted by its
name and by the abbreviation the cluster defines for it."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_JUDGE, _FUND, _MERCER = "multi_news-val-23", "multi_news-val-4039", "multi_news-val-4890"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_JUDGE, _FUND, _MERCER))


def test_a_quotation_closing_after_single_marks_leaves_the_writer_out(briefed):
    # [1]: '"..., but it's a relationship that is built," Olivera said. "That's why when
    # there is a violation, the team comes around and says 'hey you have to square yourself
    # away. ' "It's a court of honesty and accountability - and life-changing results."We
    # are more like a family, ...," Olivera said.' The mark after the single one closes
    # Olivera's words: "It's a court of honesty ..." is the reporter's
    (team,) = quotes_in(briefed[_JUDGE], "square yourself away")
    assert team.speaker == "Lou Olivera"
    assert team.text.text.startswith("That's why when there is a violation")
    assert "honesty" not in team.text.text
    assert team.kind == "quote"
    assert speakers_of(briefed[_JUDGE], "court of honesty") == []


def test_a_short_given_name_and_the_full_one_are_one_speaker(briefed):
    # [1] writes "former Green Beret Sgt Joe Serna", [2] "veteran Joseph Serna" and then
    # "..., said Serna.": one man, as the entities list him
    said = {q.speaker for q in briefed[_JUDGE] if "Serna" in q.speaker}
    assert said == {"Joe Serna"}
    assert speakers_of(briefed[_JUDGE], "I’ve lost a lot of friends") == ["Joe Serna"]
    # [2] of raw 227 writes "Stephen Bannon" once and "Steve Bannon" three times
    assert speakers_of(briefed[_MERCER], "middle-class Americans badly wanted change") == [
        "Stephen Bannon"
    ]


def test_an_abbreviation_defined_for_an_agency_is_that_agency(briefed):
    # [1]: "The U.N. Population Fund, known as UNFPA, said it regretted the U.S. move ...";
    # [2]: "... because the U.N. Population Fund (UNFPA) “supports, ...”" and "UNFPA said
    # its mission is ...": one agency, whose letters spell its older name
    said = {q.speaker for q in briefed[_FUND] if "UNFPA" in q.speaker or "Fund" in q.speaker}
    assert said == {"United Nations Population Fund"}
    assert speakers_of(briefed[_FUND], "its mission is") == ["United Nations Population Fund"]
    assert speakers_of(briefed[_FUND], "it regretted the U.S. move") == [
        "United Nations Population Fund"
    ]
