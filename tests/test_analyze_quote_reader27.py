"""Quote attribution, twenty-seventh pass: a thirteenth reader's findings on raw validation
clusters (multi_news-val-1090, 4100, 4623, 23, 5396). A surname two people share is the
one its article introduced just before it, or no one new ("Linda Lyons, 60, ... ¶ “...,”
Lyons said" is not her son Mike Lyons's); an outlet's "reports" is no part of a title;
"X of the Center for Y, who ..., said" speaks; a quotation's close then "and said ..."
ends the words; "the judge" is the one judge its article named; a title inside a name
("Green Beret Sgt Joe Serna") is cut. `fixtures/quote_reader27.json` holds the reader's
sentences (design) and every attribution of four clusters no quote test names (blind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of
from tests.test_analyze_quote_reader24 import reader_totals

_MORE = ("multi_news-val-1397", "multi_news-val-4960")
_ITEMS = json.loads(
    (Path(__file__).parent / "fixtures" / "quote_reader27.json").read_text("utf-8")
)["items"]


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({*(item["cluster"] for item in _ITEMS), *_MORE})


def test_analyze_reader27_gold(briefed):
    # main (2710d1f): design 4 of 21 right, 15 quotes made, 3 right; blind 25 of 26, 18
    # made, 17 right. This pass: design 12 of 21, 17 made, 11 right; blind as main. Since
    # quotes91 and quotes92 (stop 47) 3761's "according to a release" and "according to the
    # DA's office" name the office the article writes in full, which the blind gold's own
    # "release from the Denver district attorney's office" line accepts: added to both.
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 12 and right_predicted >= 11 and predicted - right_predicted <= 6
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 25 and right_predicted >= predicted - 1


def test_analyze_a_shared_surname_is_the_one_introduced_before_it(briefed):
    # "Linda Lyons, 60, who lives on a block adjacent ..., said ... ¶ “I flew into the
    # house,” Lyons said." ... "Her son, Mike Lyons, 27, ...": never the son's words. Since
    # the entities' thirty-second pass keeps Linda and Mike Lyons apart, the bare "Lyons"
    # is named in full.
    blast = briefed["multi_news-val-1090"]
    assert speakers_of(blast, "I flew into the house") == ["Linda Lyons"]
    assert speakers_of(blast, "scared to death") == ["Linda Lyons"]
    # "Salah Ali, 70, the infant’s grandfather, said ... ¶ “...,” Ali told reporters": not
    # the infant, Areej Ali (multi_news-val-1397); named in full as Linda Lyons is
    crash = briefed["multi_news-val-1397"]
    assert speakers_of(crash, "That was my grandchild") == ["Salah Ali"]
    # "... her second husband Jeff Davis, a lawyer and ... ¶ “...,” she said.": a name in
    # passing introduces no one; Wendy Davis's words stay hers (4960)
    davis = briefed["multi_news-val-4960"]
    assert speakers_of(davis, "this is soooo boring") == ["Wendy Davis"]


def test_analyze_an_outlet_reporting_is_no_part_of_a_title(briefed):
    # "KXAS-TV reports Houston police spokesman Kese Smith says Carl Conyers ... was found"
    found = [q for q in briefed["multi_news-val-4100"] if "was found early Friday" in q.text.text]
    assert [(q.speaker, q.role) for q in found] == [("Kese Smith", "Houston police spokesman")]


def test_analyze_a_member_of_a_center_for_something_speaks(briefed):
    # "Kassie Siegel of the Center for Biological Diversity, who has led legal efforts ...,
    # said that ..." and the "“...,” she said in a statement." after it
    bears = briefed["multi_news-val-4623"]
    assert speakers_of(bears, "sacrificed sound science") == ["Kassie Siegel"]
    assert speakers_of(bears, "a lump of coal") == ["Kassie Siegel"]


def test_analyze_a_quotation_s_close_and_said_ends_the_words(briefed):
    # 'Leonard Gilbert, ..., called the incident "devastating" and said he went to the site'
    gilbert = [q for q in briefed["multi_news-val-1090"] if "devastating" in q.sentence.text]
    assert [(q.speaker, q.text.text[:17]) for q in gilbert] == [
        ("Leonard Gilbert", "devastating"),
        ("Leonard Gilbert", "he went to the si"),
    ]


def test_analyze_the_judge_and_a_titled_name(briefed):
    # "District Court Judge Lou Olivera sentenced ..." ... "“...,” the judge said."
    court = briefed["multi_news-val-23"]
    assert speakers_of(court, "you are shut off") == ["Lou Olivera"]
    assert speakers_of(court, "palpable understanding") == ["Lou Olivera"]
    # "former Green Beret Sgt Joe Serna" is Joe Serna, whom "Serna said" names again
    assert speakers_of(court, "take care of the physical part") == ["Joe Serna"]
    assert not [q for q in court if "Sgt" in q.speaker or "Beret" in q.speaker]
