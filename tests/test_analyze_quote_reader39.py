"""Quote attribution, thirty-ninth pass: what a twenty-third reader found on raw validation
clusters (multi_news-val-4840, 5309, 3340, 3184, 132). "Anna Smith, an ultrasound
technician, was ..., she said" is hers, not the last man quoted's; "Allen Williams of Upper
Darby was ..." is followed to his "he said"; "The U.S. Navy said" keeps its "U.S."; an
agency's words that open "<role> said ... that" are that speaker's; "Mr Hishammuddin" is the
Hishammuddin Hussein quoted; a date and its comma open the words; a statement sent to
someone is announced; a role runs on to the sentence's end, or is the owner written before
the name. `fixtures/quote_reader39.json`
holds the reader's sentences (design) and every attribution of two clusters no quote test
names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, only_quote, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader39")
_HOSPITAL, _MH370, _UCONN, _MONKEYS, _BAHRAIN = (
    "multi_news-val-4840",
    "multi_news-val-5309",
    "multi_news-val-3340",
    "multi_news-val-3184",
    "multi_news-val-132",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader39_gold(briefed):
    # main (4f6c835): design 3 of 17 right, 14 made, 3 right; blind 56 of 69, 40 made, 33
    # right. This pass: design 13 of 17, 16 made, 13 right (wrong made: the writer's frame
    # before two quoted fragments, "London-based Amnesty" as "Amnesty"; missed: Ahmad
    # Seth's words after "the 26-year-old student told"); blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 13 and right_predicted >= 13 and predicted - right_predicted <= 3
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 56 and right_predicted >= 33 and predicted - right_predicted <= 7


def test_analyze_she_who_is_introduced_in_her_words_is_the_speaker(briefed):
    hospital = briefed[_HOSPITAL]
    # "“...,” Williams said (Alfred) ¶ Anna Smith, an ultrasound technician, was on the
    # first floor ..., she said. ¶ “There's a sign on the door ...,” she said."
    # (her first sentence, the writer's narration of her, is no row since quotes103; the
    # fixture keeps the thirty-ninth pass's judged speaker, so the gold counts it missed)
    assert not quotes_in(hospital, "Anna Smith, an ultrasound technician")
    assert only_quote(hospital, "There's a sign on the door").speaker == "Anna Smith"
    assert all("Williams" not in q.speaker for q in quotes_in(hospital, "crazy person"))
    # "Allen Williams of Upper Darby was handing over ... ¶ “They came in with guns
    # drawn,” he said.": Upper Darby is where he is from, no one else
    assert only_quote(hospital, "They came in with guns drawn").speaker == "Allen Williams"


def test_analyze_a_countrys_navy_and_an_agencys_envoy(briefed):
    search = briefed[_MH370]
    assert only_quote(search, "The U.S. Navy said it was sending").speaker == "U.S. Navy"
    envoy = only_quote(search, "China's special envoy to Malaysia said on Thursday")
    assert envoy.speaker == "China's special envoy to Malaysia"
    assert envoy.text.text.startswith("Beijing was doing its best")
    # the envoy's description is no fuller name of "Malaysia said on Monday that ..."
    assert only_quote(search, "fresh analysis of satellite signals").speaker == "Malaysia"
    for words in ("Mr Hishammuddin said authorities", "We cannot tell whether the potential"):
        assert only_quote(search, words).speaker == "Hishammuddin Hussein"


def test_analyze_words_open_on_a_date_and_its_comma(briefed):
    police = only_quote(briefed[_UCONN], "State Police say on January 31, they applied")
    assert police.text.text.startswith("on January 31, they applied")


def test_analyze_a_statement_sent_to_a_station_is_announced(briefed):
    # "UConn sent News 8 the following statement:" ¶ "Jeffny Pally was a talented, ... The
    # University appreciates ..." (no quotation marks)
    uconn = briefed[_UCONN]
    assert only_quote(uconn, "The University appreciates the thoroughness").speaker == "UConn"
    assert only_quote(uconn, "Federal student privacy law prevents").speaker == "UConn"


def test_analyze_roles_run_on_and_owners_named(briefed):
    laidre = only_quote(briefed[_MONKEYS], "notes Mark E. Laidre")
    assert laidre.role == "an evolutionary biologist now at the University of California, Berkeley"
    lynch = only_quote(briefed[_BAHRAIN], "said James Lynch, Deputy Director")
    assert lynch.role.endswith("North Africa Programme at Amnesty International")
    adams = only_quote(briefed[_MH370], "The BBC's Paul Adams, in Kuala Lumpur")
    assert (adams.speaker, adams.role) == ("Paul Adams", "BBC, in Kuala Lumpur")
    # where the organisation is based is no part of its name, and "Amnesty" is the "Amnesty
    # International" its article named first
    amnesty = only_quote(briefed[_BAHRAIN], "London-based Amnesty reported")
    assert amnesty.speaker == "Amnesty International"
