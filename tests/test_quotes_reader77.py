"""Who said what, seventy-seventh pass (reader67's and reader68's findings on raw validation
0-based 153, multi_news-val-3651; 128, 230; 116, 599; 65, 101; 21, 410): the writer's "but
that changed" after police words, an attribution set between commas inside reported words,
a party word before a name, "that" as the subject of a verb written short ("isn't"),
"leaders" as a group that speaks, a relative clause after a subject's name, a statement
whose sender the sentence before names, and "said X from Y"."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_DELPHI, _EMBASSY, _LERNER, _NORTHWESTERN, _PRODIGY = (
    *("multi_news-val-3651", "multi_news-val-230"),
    *("multi_news-val-599", "multi_news-val-101", "multi_news-val-410"),
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_DELPHI, _EMBASSY, _LERNER, _NORTHWESTERN, _PRODIGY))


def test_police_words_end_before_the_writers_but_that_changed(briefed):
    # [1]: "Police initially said there was no foul play suspected, but that changed a day
    # later.": a day later is the writer's telling of what followed
    (row,) = quotes_in(briefed[_DELPHI], "there was no foul play suspected")
    assert row.speaker.casefold() == "police"
    assert row.words == "there was no foul play suspected"


def test_an_attribution_between_commas_is_left_out_of_the_words(briefed):
    # [1]: "The sham embassy, authorities said, did not allow walk-in appointments but
    # instead recruited customers from remote parts of West Africa ..."
    (row,) = quotes_in(briefed[_EMBASSY], "did not allow walk-in appointments")
    assert row.speaker == "authorities"
    assert row.words.startswith("The sham embassy did not allow walk-in appointments")
    assert "said" not in row.words
    assert row.text.text == "The sham embassy"
    assert row.resumed is not None
    assert row.resumed.text.startswith("did not allow walk-in appointments")


def test_a_party_word_before_a_name_is_no_part_of_it(briefed):
    # [1]: '"It now seems clear that ...," said Rep. Sander Levin of Michigan, the
    # committee's ranking Democrat.'; [2]: "“This executive session isn’t about ...,” top
    # panel Democrat Sander Levin (D-Mich.) said": one man, Sander Levin
    quotes = briefed[_LERNER]
    assert set(speakers_of(quotes, "It now seems clear that Republican members")) == {
        "Sander Levin"
    }
    assert speakers_of(quotes, "This executive session isn’t about any of us") == ["Sander Levin"]
    assert not any(q.speaker.startswith("Democrat ") for q in quotes)


def test_that_before_a_short_verb_is_its_subject_so_no_row(briefed):
    # [2]: "Critics say that isn't nearly enough, considering players help bring in
    # millions of dollars ...": "that" is the $2,000 stipend of the sentence before; the
    # words alone ("isn't nearly enough") say nothing of it
    assert quotes_in(briefed[_NORTHWESTERN], "Critics say that isn't nearly enough") == []


def test_party_leaders_speak_as_a_group(briefed):
    # [1]: "Democratic leaders said the vote was a political stunt designed to fire up the
    # Republican base in an election year."
    (row,) = quotes_in(briefed[_LERNER], "was a political stunt")
    assert row.speaker == "Democratic leaders"
    assert row.words.startswith("the vote was a political stunt")


def test_he_after_a_name_and_its_relative_clause_is_that_person(briefed):
    # [5]: "Prodigy's old label boss, Steve Rifkind, who co-founded Loud Records, also
    # remembered the rapper with a pair of posts on Instagram. "When I say Loud was a
    # family, Loud was a family," he said."
    quotes = briefed[_PRODIGY]
    assert speakers_of(quotes, "When I say Loud was a family") == ["Steve Rifkind"]


def test_the_statement_is_the_publicists_the_sentence_before_names(briefed):
    # [5]: "Mobb Deep's publicist confirmed the rapper's death in a statement to Rolling
    # Stone." then '"It is with extreme sadness and disbelief that we confirm the death
    # ...," the statement read.'
    quotes = briefed[_PRODIGY]
    assert set(speakers_of(quotes, "It is with extreme sadness and disbelief")) == {
        "Mobb Deep's publicist"
    }
    assert not any(q.speaker == "statement" for q in quotes)


def test_where_a_speaker_after_the_words_is_from_is_no_part_of_the_credit(briefed):
    # [0]: "The search parties for German and Williams ended when the bodies were found, said
    # Amanda Leader from Brookston, who volunteered to look for the missing girls."
    (row,) = quotes_in(briefed[_DELPHI], "said Amanda Leader from Brookston")
    assert row.speaker == "Amanda Leader"
    assert (
        row.words == "The search parties for German and Williams ended when the bodies were found"
    )
