"""Summary citations that follow Agreed (cite21; raw validation clusters, 0-based, file
order, at 250 words with the analysis), each read against the articles. reader52 saw raw
176's "“I am in Tripoli and not in Venezuela. Do not believe the channels belonging to
stray dogs,” Gaddafi told Libyan state TV, ..." cited to Al Jazeera alone while Agreed
showed it as the AP's too ("“I am in Tripoli and not in Venezuela. Don't believe those
misleading dog stations,” he said, ..."): one remark, quoted by both. Agreed now marks the
AP's in part (it tells neither state TV nor Tuesday), and a summary sentence that is an agreed
statement cites no outlet its row marks so (stop 44: tests/test_interface44.py)."""

from __future__ import annotations

import pytest

from chorus.model import Briefing, SummarySentence
from chorus.summarize.retold_whole import same_remark, tells_whole
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION
from tests.gold import data_sentence


def _shown(briefing: Briefing, opening: str) -> SummarySentence:
    found = [s for s in briefing.summary if s.shown.text.startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def _cited(briefing: Briefing, sentence: SummarySentence) -> set[str]:
    """The ids of the articles a summary sentence cites."""
    return {s.article.id for s in (sentence.shown, *sentence.also)}


def _article_writing(briefing: Briefing, words: str) -> str:
    found = [d.article.id for d in briefing.documents if words in d.article.text]
    assert len(found) == 1, words
    return found[0]


@pytest.mark.parametrize(
    ("line", "opening", "other_words"),
    [
        # the other outlet quotes the whole line after naming its speaker
        (204, "“The governor is using his position", "accused Scott of"),
        # Paramount's filing, quoted whole by the other outlet after "arguing ... that"
        (40, "“This argument is absurd", "This week, Paramount fired back"),
    ],
)
def test_an_outlet_telling_the_shown_sentence_and_more_is_cited(line, opening, other_words):
    briefing = raw_briefing(line)
    sentence = _shown(briefing, opening)
    assert _article_writing(briefing, other_words) in _cited(briefing, sentence)


def test_one_quotation_credited_to_two_people_is_no_same_remark():
    # raw 228: one outlet credits the words to Christos Vasiliades, the other to Edgar
    # Rodriguez, charged with him
    vasiliades = data_sentence(RAW_VALIDATION, 228, "Christos Vasiliades allegedly told")
    rodriguez = data_sentence(RAW_VALIDATION, 228, "Rodriguez told the victim's husband")
    assert not same_remark(vasiliades, rodriguez)


def test_words_both_quote_as_a_term_are_no_same_remark():
    # raw 49: the anthem's words, quoted of the bill of the last Parliament and of this one
    last = data_sentence(RAW_VALIDATION, 49, "In the previous Parliament")
    now = data_sentence(RAW_VALIDATION, 49, "he intends to table a private member")
    assert not same_remark(last, now)


def test_a_sentence_giving_another_agency_is_not_told_whole():
    # raw 60: "turned himself in to Broward Sheriff's detectives" against "... to Fort
    # Lauderdale police ... after Broward Sheriff's detectives circulated ...": most of the
    # words, but not five in a row
    shown = data_sentence(RAW_VALIDATION, 60, "turned himself in to Broward")
    other = data_sentence(RAW_VALIDATION, 60, "turned himself in to Fort Lauderdale")
    assert not tells_whole(shown, other, 0.86)


def test_the_speakers_two_sentences_are_not_cited_for_each_other():
    # raw 228's summary sentence crediting Vasiliades cites no outlet crediting Rodriguez
    briefing = raw_briefing(228)
    sentence = _shown(briefing, '"You know how things are with Trump')
    assert "Christos Vasiliades allegedly told" in sentence.shown.text
    rodriguez = _article_writing(briefing, "Rodriguez told the victim's husband")
    assert rodriguez not in _cited(briefing, sentence)


def test_a_title_quoted_is_no_remark():
    # raw 3: a book's title quoted whole tells no one's words, even word for word (two
    # outlets may tell two things of one book)
    book = data_sentence(RAW_VALIDATION, 3, "have written about their family's success")
    assert "The Brainy Bunch: The Harding Family's Method" in book
    assert not same_remark(book, book)
