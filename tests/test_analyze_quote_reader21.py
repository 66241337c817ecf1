"""Quote attribution, twenty-first pass: what a careful reader of whole briefings found
(`brief()` on raw validation clusters and on the seeds, as the reader ran it): "he" given
to a name in apposition, an office's words given to its owner, a people as a speaker, a
body stripped of its country, words run on into the writer's gloss or the object of
"warned", an adverb before a quotation, one father under two labels, a country's leader
unnamed, and three misses (words told to the writer, a page's post after its colon)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of

_CLUSTERS = (
    *("multi_news-val-1212", "multi_news-val-765", "multi_news-val-5012"),
    *("multi_news-val-4775", "multi_news-val-4531", "seeds"),
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes(_CLUSTERS)


def _said(found: tuple[Quote, ...], words: str) -> list[tuple[str, str]]:
    """Speaker and words of the quotes holding `words`."""
    return [(q.speaker, q.text.text) for q in found if words in q.text.text]


def test_analyze_he_after_a_name_in_apposition_is_whom_he_stood_for(briefed):
    # "In the conversation with his fiancee, Rhonda Rouer, he also complained ..." ¶ "A
    # short while later, he said, “I was in a room with three black guys.”": Dunn's words
    dunn = briefed["multi_news-val-1212"]
    assert speakers_of(dunn, "I was in a room with three black guys") == ["Michael Dunn"]
    assert "Rhonda Rouer" not in {q.speaker for q in dunn}


def test_analyze_an_office_speaks_as_itself(briefed):
    # "said a statement from Mr Macron's office": the statement speaks of "the president
    # of the republic" in the third person
    seeds = briefed["seeds"]
    assert speakers_of(seeds, "The president of the republic called for dialogue") == [
        "Macron’s office"
    ]
    # "..., according to the sheriff’s office.": no sheriff said it
    knowles = briefed["multi_news-val-5012"]
    assert speakers_of(knowles, "Knowles reportedly struck first") == ["sheriff’s office"]


def test_analyze_a_people_is_no_speaker_and_a_body_keeps_its_country(briefed):
    poland = briefed["multi_news-val-765"]
    # "Poles say they’re unfairly held complicit ...": no one's
    assert speakers_of(poland, "unfairly held complicit") == []
    # "Israel’s Foreign Ministry said that it hopes ..." in a story on Poland
    assert speakers_of(poland, "it hopes the tribunal’s pending review") == [
        "Israel’s Foreign Ministry"
    ]


def test_analyze_words_end_before_the_writer_s_gloss(briefed):
    # "... complicity in the Holocaust and other Nazi atrocities, a measure that has roiled
    # relations with Israel ...": the measure's description is the writer's
    poland = briefed["multi_news-val-765"]
    sign = _said(poland, "he would sign into law")
    assert [s for s, _ in sign] == ["Andrzej Duda"]
    assert sign[0][1].endswith("other Nazi atrocities")
    # "Dunn told fiancée Rhonda Roue that he felt "attacked" when he fired 10 shots at a
    # car of black teenagers, unarmed young people whom Dunn, a middle-aged white man, ...
    # his violent assault:": no one calls himself by name (Michael Dunn, whom "Phillip and
    # Sandra Dunn" are the parents of, introduced just before: twenty-seventh pass)
    dunn = briefed["multi_news-val-1212"]
    attacked = _said(dunn, '"attacked"')
    assert [s for s, _ in attacked] == ["Michael Dunn"]
    assert attacked[0][1].endswith("at a car of black teenagers")


def test_analyze_an_adverb_before_a_quotation_is_no_word_of_it(briefed):
    # "A short while later, Phillip Dunn said again, “It's gone viral.”"
    dunn = briefed["multi_news-val-1212"]
    assert _said(dunn, "gone viral") == [("Phillip Dunn", "It's gone viral")]


def test_analyze_a_warning_s_order_stays_the_speaker_s_and_leads_to_his_tweet(briefed):
    # "Mr Trump on Wednesday warned Russia, ..., to “get ready” for a missile attack, ...
    # “Never said when an attack on Syria would take place. ...” he said in a tweet.":
    # reading the warning as no one's words left "he" without a speaker and lost the tweet
    # (issue 5 asks for Trump with his words), so the order stays his reported speech
    assert speakers_of(briefed["seeds"], "get ready") == ["Donald Trump"]
    assert speakers_of(briefed["seeds"], "Never said when") == ["Donald Trump"]


def test_analyze_the_sons_father_and_the_leader_are_told_who_they_are(briefed):
    # "Dunn's father told him of the shooting, “...”" ... "“A bad way, bad way,” his father
    # responded." (after "Michael Dunn asked": the son's father). Since quotes96 (stop 49)
    # the first "Dunn's father" reads Phillip Dunn, so one father had two labels; since
    # quotes117 (stop 57, judged by the lead) this row reads him too: one father, one name.
    dunn = briefed["multi_news-val-1212"]
    assert speakers_of(dunn, "A bad way, bad way") == ["Phillip Dunn"]
    assert "his father" not in {q.speaker for q in dunn}
    # "French President Emmanuel Macron ..." ¶ "the French leader said there was “proof”"
    assert speakers_of(briefed["seeds"], '"proof" chemical weapons') == ["Emmanuel Macron"]


def test_analyze_words_told_to_the_writer_and_a_page_s_post_are_found(briefed):
    # "Eastwood told me Morgan doesn't believe in an afterlife."
    eastwood = briefed["multi_news-val-4531"]
    told = [("Clint Eastwood", "Morgan doesn't believe in an afterlife")]
    assert _said(eastwood, "afterlife") == told
    # "Rhonda Ungericht, among many others, vented on Keurig’s Facebook page:" ¶ "“My sister
    # bought a new Keurig ...”"
    keurig = briefed["multi_news-val-4775"]
    assert speakers_of(keurig, "My sister bought a new Keurig") == ["Rhonda Ungericht"]
    assert [q.role for q in keurig if "My sister" in q.text.text] == [None]
