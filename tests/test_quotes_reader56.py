"""Quote attribution, fifty-sixth pass (readers 43 and 44's missing speakers): a sentence
opening on a work's title before its subject ('"Star Trek" star George Takei ...', raw
multi_news-val-2484), the subject's own "he" before another name, a link between paragraphs
that names no one followed, a round-up's "Name <did something>: “...”" (3617), "the Paris
prosecutor Name said" and a quotation that is the subject of "were found" (167), a
statement's speaker described between commas, "as Name, ..., put it, "..."", a subject's
title of several commas and "exercises like Key Resolve" named after it (4945),
"insisting they’re ‘...’" with no "that" (4656). `fixtures/quote_reader56.json` holds the
readers' sentences (design) and sentences of the same shapes elsewhere (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in, speakers_in
from tests.test_analyze_quote_reader24 import reader_totals

_TAKEI, _JOBS, _PARIS = "multi_news-val-2484", "multi_news-val-3617", "multi_news-val-167"
_OSAN, _EYELINER, _DUNN = "multi_news-val-4945", "multi_news-val-4656", "multi_news-val-1212"
_OSCARS = "multi_news-val-4411"
_ITEMS = quote_items("quote_reader56")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_quotes_reader56_gold(briefed):
    # main (a87d1c35): design 1 of 17 right, no quote made; blind 4 of 12 right, none made.
    # This pass: design 15 right, 14 made, all right; blind 6, 2 made, both right
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 15 and right_predicted == predicted
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 6 and right_predicted == predicted


def test_the_actor_after_a_title_opening_the_subjects_sentence(briefed):
    # '"Star Trek" star George Takei had everyone fooled ... when he tweeted that he was
    # running ... against Devin Nunes in 2018. ¶ "Well, the cat's out of the bag ...," the
    # actor wrote, ...' and, after a link line "George Takei: Terrorist Trump must resign
    # now", '"No, I'm not running for Congress. ...," he wrote Saturday morning.'
    found = briefed[_TAKEI]
    assert speakers_in(found, "the actor wrote, along with a link") == {"George Takei"}
    assert speakers_in(found, "he wrote Saturday morning") == {"George Takei"}


def test_a_named_subjects_colon_before_a_quotation(briefed):
    found = briefed[_JOBS]
    # "Rick Perry was somehow not convinced: “President Obama’s call ...”"
    for sentence, speaker in (
        ("Rick Perry was somehow not convinced", "Rick Perry"),
        ("Jon Huntsman stuck to Twitter", "Jon Huntsman"),
        ("Herman Cain kept his statement", "Herman Cain"),
        ("Michele Bachmann went a little rogue", "Michele Bachmann"),
        ("John Boehner allowed that the plan", "John Boehner"),
    ):
        [quote] = quotes_in(found, sentence)
        assert (quote.speaker, quote.kind) == (speaker, "quote")
        assert ":" not in quote.text.text[:2]
    # 'Newt Gingrich was pedantic: "[He] had more of a procedural issue ...": words about him
    assert quotes_in(found, "Newt Gingrich was pedantic") == []


def test_a_colon_after_an_opening_phrase_and_a_pronoun(briefed):
    # 'In the conversation with his fiancee, Rhonda Rouer, he also complained ..., but added:
    # "..."' is Dunn's, not his fiancee's; nor are the "he said" quotes after it
    found = briefed[_DUNN]
    assert "Rhonda Rouer" not in speakers_in(
        found, "In the conversation with his fiancee", "three black guys", "Two were kids"
    )


def test_a_job_word_before_a_colons_subject(briefed):
    # "Producer Fred Berger takes over the mic and gives a speech anyway, finishing with: “We
    # lost.”" (the page writes "producers"): the name, which another article's Berger keeps
    found = briefed[_OSCARS]
    assert speakers_in(found, "Producer Fred Berger takes over") == {"Fred Berger"}
    assert not [q for q in found if q.speaker.startswith("Producer")]


def test_a_place_before_a_title_and_a_quotation_found_in_a_home(briefed):
    found = briefed[_PARIS]
    # "..., the Paris prosecutor Francois Molins said. A contact in Syria had advised Ghlam to
    # target churches, he added."
    [documents] = quotes_in(found, "the Paris prosecutor Francois Molins said")
    assert (documents.speaker, documents.role) == ("Francois Molins", "the Paris prosecutor")
    assert speakers_in(found, "A contact in Syria had advised Ghlam") == {"Francois Molins"}
    # '"Several war weapons, ...," were found in his car and home, the minister added.' after
    # "..., said Mr Cazeneuve."
    [weapons] = quotes_in(found, "the minister added")
    assert weapons.speaker == "Bernard Cazeneuve"
    assert weapons.text.text.endswith("were found in his car and home")


def test_a_described_statements_speaker_and_as_name_put_it(briefed):
    found = briefed[_OSAN]
    # 'Kim is "desperate" and is prepared ..., Thae Yong Ho, the highest-profile North Korean
    # defector in two decades, told NBC News.'
    [thae] = quotes_in(found, "Thae Yong Ho, the highest-profile")
    assert thae.speaker == "Thae Yong Ho" and thae.text.text.startswith("Kim is")
    # 'That's because, as Navy Adm. Scott Swift, commander of the U.S. Pacific Fleet, put it,
    # "I have never seen a greater concern ..."'
    [swift] = quotes_in(found, "as Navy Adm. Scott Swift")
    assert swift.speaker == "Scott Swift" and swift.text.text.startswith("I have never seen")


def test_he_after_a_title_of_several_commas_and_examples_of_things(briefed):
    # "Lt. Gen. Thomas Bergeson, the Air Component Command, South Korea/U.S. Combined Forces
    # Command and 7th Air Force commander, explained the significance of exercises like Key
    # Resolve and ... ¶ “Our mission is first and foremost to deter ...,” he said."
    found = briefed[_OSAN]
    assert speakers_in(found, "Our mission is first and foremost") == {"Thomas Bergeson"}


def test_insisting_a_quoted_clause_without_that(briefed):
    # "Teen beauty blogger Brook Eve has created a tutorial ..., insisting they’re ‘100 per
    # cent safe.’"
    [safe] = quotes_in(briefed[_EYELINER], "insisting they’re")
    assert safe.speaker == "Brook Eve" and safe.text.text.startswith("they’re ‘100 per cent")
