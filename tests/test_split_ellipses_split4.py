"""A word's " ..." goes on with a source's tag or a speaker's quotation (split4, stop 57;
reader109 item 6 on raw Multi-News validation 111, 0-based): "… with stage 4 cancer ... TMZ
has learned." and "… Alaina Bendi, told Billboard in 2017 ... "We were …"" are one sentence
each; POLITICO's roundup items (144 [1]) and 191 [2]'s second part of a statement stay cut."""

import pytest

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split
from tests.raw_pages import cleaned, exact_sentences, raw_clusters


def _raw_sentences(line: int, index: int) -> list[str]:
    return exact_sentences(cleaned(raw_clusters()[line]["id"], index))


@pytest.mark.parametrize(
    ("line", "index", "whole"),
    [
        (111, 1, "with stage 4 cancer ... TMZ has learned."),
        (111, 1, 'Alaina Bendi, told Billboard in 2017 ... "We were really hoping'),
        (73, 1, "has died of an apparent drug overdose ... TMZ has learned."),
    ],
)
def test_a_word_s_ellipsis_before_a_tag_or_a_speaker_s_quotation_goes_on(
    line: int, index: int, whole: str
):
    assert any(whole in s for s in _raw_sentences(line, index))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "It began. The singer has died of cancer ... TMZ has learned. More.",
            ["It began.", "The singer has died of cancer ... TMZ has learned.", "More."],
        ),
        (
            'It began. A spokesman told reporters on Monday ... "We are done here." Then.',
            ["It began.", 'A spokesman told reporters on Monday ... "We are done here."', "Then."],
        ),
    ],
)
def test_small_cases(text: str, sentences: list[str]):
    assert [s.text for s in split(clean(make_article(text, "test", origin="test")))] == sentences
