"""The summary a reader sees: one remark two outlets quote is shown once (raw Multi-News
validation, 0-based lines of the file; reader 63): raw 217 gave Parker's letter whole from
one outlet and a piece of it inside another outlet's sentence, sentences 4 and 8."""

from __future__ import annotations

import pytest

from chorus.summarize.quoted_twice import quotations, quoted_again
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_parkers_words_are_shown_once(clusters):
    shown = summary(clusters[217])
    assert sum("extremely public stance" in text for text in shown) == 1
    # the whole letter stays where the reader meets it first, and the line naming Parker
    # in full, left out beside the piece, is in
    whole = sentence(clusters[217], '"While anyone can purchase our shares')
    assert whole in shown
    naming = sentence(clusters[217], "American Airlines CEO Doug Parker sent a letter")
    assert naming in shown
    assert shown.index(naming) < shown.index(whole)


def test_a_piece_of_a_quotation_is_read_as_the_remark_quoted_whole(clusters):
    texts = sentences(clusters[217])
    whole = row_of(texts, '"While anyone can purchase our shares')
    piece = row_of(texts, "In a letter to employees, American’s chief executive")
    (piece_quoted,) = quotations(texts[piece])
    assert any(piece_quoted in quoted for quoted in quotations(texts[whole]))
    assert quoted_again(texts, [whole, piece]) == [piece]
    assert quoted_again(texts, [piece, whole]) == [whole]
    # the line saying Parker used the word "puzzling" quotes two words, no remark
    word = row_of(texts, "In the letter, Parker uses the word")
    assert quoted_again(texts, [whole, word]) == []


def test_obamas_one_remark_is_shown_once(clusters):
    shown = summary(clusters[102])
    assert sum("35 years ago" in text for text in shown) == 1


def test_a_title_two_lines_name_is_no_remark(clusters):
    texts = sentences(clusters[201])
    crooner = row_of(texts, '"They quietly parted ways a while ago,"')
    album = row_of(texts, "One of the main characters on Red")
    assert "Never Ever Getting Back Together" in texts[album]
    assert quoted_again(texts, [crooner, album]) == []
    texts = sentences(clusters[51])
    premiere = row_of(texts, "Security officials quickly pulled the man away")
    actress = row_of(texts, 'The "How to Train Your Dragon 2" actress')
    assert quoted_again(texts, [premiere, actress]) == []


def test_two_remarks_sharing_words_are_two(clusters):
    texts = sentences(clusters[216])
    burials = row_of(texts, '"The two female and the male burials from Dakhleh')
    cause = row_of(texts, '"HPV is a confirmed cause of cancer')
    assert "cancer of the uterine cervix and" in texts[burials]
    assert "cancer of the uterine cervix and" in texts[cause]
    assert quoted_again(texts, [cause, burials]) == []


def test_a_lyric_of_five_words_is_read_as_no_remark(clusters):
    texts = sentences(clusters[49])
    anthem = row_of(texts, "If passed, the third line of the anthem")
    bill = row_of(texts, "In the previous Parliament, Bélanger")
    assert quoted_again(texts, [anthem, bill]) == []
    assert texts[anthem] in summary(clusters[49]) and texts[bill] in summary(clusters[49])
