"""Quote attribution, eighteenth pass, on text the rules were not written for: statements
printed after their colon ("released the following statement:", "issued this statement
...: “...”"), a quotation that goes on past the page's headings, "Adds Weir:", "offered
Mickey Hart", "records show", "a man who identified himself as Angelo L.", "they" after a
group, a name in apposition after a preposition's object, a description whose closing comma
is missing, "his attorney insisted", "; according to New Orleans police,", a surname two
people share; and the gold written before chorus ran on the new sample (`quote_gold.json`'s
`design18` and `blind18`)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import quoted, speakers_of
from tests.test_analyze_quote_sources import _gold_totals


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(
        *("multi_news-val-3544", "multi_news-val-907", "multi_news-val-2031"),
        *("multi_news-val-346", "multi_news-val-4100", "multi_news-val-576"),
    )


def test_analyze_quote_gold_of_the_eighteenth_pass():
    # design (5500, 346, 2031): 19 of 20 right and 23 of 99 found on main, 27 of 28 and 42
    # of 99 after (the one wrong, "When McCarthy and Kagin told the couple that ...", is a
    # claim the gold left out); blind (2771, 696, 447), scored once with the rules frozen
    # at b23ffdb: 26 of 29 and 30 of 36 on main, 27 of 30 and 31 of 36 on the branch
    # (journal/quotes.md, "Who said what, eighteenth pass"). Cleaning's sixth pass removes 447's
    # photo caption "Pope Francis says Abraham Lincoln, ... embody the spirit of America.
    # (AP)", whose words the gold gives Francis: 30 of 36 found.
    right, predicted, found, pairs = _gold_totals("design18")
    assert right / predicted >= 0.95
    assert found / pairs >= 0.42
    right, predicted, found, pairs = _gold_totals("blind18")
    assert right / predicted >= 0.88
    assert found / pairs >= 0.83


def test_analyze_a_statement_printed_after_its_colon(raw):
    wayne = raw["multi_news-val-3544"]
    # The New Baltimore Police Department ... released the following statement: ¶ "The
    # New Baltimore Police Department was saddened ... ¶ "Officer Rose is a true hero ..."
    for words in ("was saddened to hear of Officer Collin Rose", "Officer Rose is a true hero"):
        assert speakers_of(wayne, words) == ["New Baltimore Police Department"]
    # Wayne State University offered this message to students Wednesday morning: ¶ "..."
    assert speakers_of(wayne, "is a member of our canine unit") == ["Wayne State University"]
    # Mint spokesman Adam Stump issued this statement when contacted today by ABC News:
    # "We do not have any information ... Access to the records is under NARA's ..."
    coins = raw["multi_news-val-2031"]
    assert speakers_of(coins, "We do not have any information") == ["Adam Stump"]
    assert speakers_of(coins, "Access to the records is under NARA") == ["Adam Stump"]


def test_analyze_a_quotation_goes_on_past_the_page_s_headings(raw):
    # “... we owe those he left behind our deepest sympathies and our strong support. ¶ ►
    # Related: ... (three lines) ¶ “Please keep all our police officers in your thoughts
    # as well. ...”
    wayne = raw["multi_news-val-3544"]
    assert speakers_of(wayne, "Please keep all our police officers") == ["M. Roy Wilson"]
    assert not speakers_of(wayne, "Related:")


def test_analyze_verbs_before_their_speaker(raw):
    dead = raw["multi_news-val-907"]
    # Adds Weir: "Trey is schooled in what we call 'the fluid tonic': ..."
    assert speakers_of(dead, "Trey is schooled in what we call") == ["Bob Weir"]
    # "I have a feeling this will come out just right," offered Mickey Hart.
    assert speakers_of(dead, "I have a feeling this will come out") == ["Mickey Hart"]
    # "... the Dead grossed more than $200 million" is no quotation "offered" says: the
    # sentence that "offered the band $3 million" names no speaker after a quotation
    assert not speakers_of(dead, "offered the band $3 million")


def test_analyze_records_and_people_who_gave_a_name(raw):
    wayne = raw["multi_news-val-3544"]
    # In 2011, he was charged with two counts of felony assault ..., records show.
    assert speakers_of(wayne, "two counts of felony assault") == ["records"]
    # "He'd just eat his food and took off," said a man who identified himself as Angelo L.
    assert speakers_of(wayne, "He'd just eat his food") == ["Angelo L."]
    # A man who identified himself as Thad L. said the suspect had been homeless ...
    assert speakers_of(wayne, "the suspect had been homeless") == ["Thad L."]
    # DeAngelo Lamar Davis, 31, will remain in jail without bond, the judge said.
    assert speakers_of(wayne, "will remain in jail without bond") == ["judge"]
    # There also was an incident in 2014, Holt said, although he didn't have details
    assert [q.text.text for q in wayne if "incident in 2014" in q.text.text] == [
        "There also was an incident in 2014"
    ]


def test_analyze_they_after_a_couple_and_a_name_after_an_object(raw):
    # "I never would have thought ...," the couple said. ¶ "I saw an old can ...," they said.
    coins = raw["multi_news-val-2031"]
    assert speakers_of(coins, "I saw an old can sticking out") == ["couple"]
    # One of the founders of The Robin Collective, Brandy Wright, said: “not only do ...
    kfc = raw["multi_news-val-346"]
    assert speakers_of(kfc, "not only do the edible cups taste amazing") == ["Brandy Wright"]
    # ... then her next paragraph, a quotation with no attribution of its own
    assert speakers_of(kfc, "These scents were used in our recipes") == ["Brandy Wright"]


def test_analyze_the_seventeenth_pass_s_design_leftovers(raw):
    conyers = raw["multi_news-val-4100"]
    # Ezequiel Mendez, a neighbor said, "It would be the same thing if I was missing. ..."
    assert speakers_of(conyers, "It would be the same thing if I was missing") == [
        "Ezequiel Mendez"
    ]
    # A spokesperson for Conyers told KPRC 2 News, "Rep. Conyers has been in touch ...":
    # not "Monica Conyers", whose surname Carl and John Conyers share in that article
    assert speakers_of(conyers, "has been in touch with his family") == ["Conyers"]
    hayes = raw["multi_news-val-576"]
    # "... charged Cardell Hayes ..., his attorney insisted there was more to the story.": the
    # article names him later, "Hayes's attorney, John Fuller" (the seventy-third pass)
    assert speakers_of(hayes, "there was more to the story") == ["John Fuller"]
    # ...; according to New Orleans police, Smith was shot two blocks away ...
    assert speakers_of(hayes, "Smith was shot two blocks away") == ["New Orleans police"]
