"""Summary speed, forty-sixth pass (speed46, stop 56): `language.words.word_places` (moved
from `summarize.surnames`) finds what a whole-word pattern finds, now also for the nouns of
`things_unmet` and `presumed` (no pattern compiled per noun); the headline reads each page
its summary quotes once for a transcript's labels, not once per sentence."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

import chorus.render.headline_choice as headline_choice
from chorus.language.words import word_places
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters

_NOUN = re.compile(r"[a-z][a-z-]{2,}[a-z]")
"""The nouns the two rules look for: lower-case words, some hyphenated ("pre-wedding")."""


def _pattern_places(text: str, word: str) -> list[int]:
    return [found.start() for found in re.finditer(rf"\b{re.escape(word)}\b", text)]


def test_word_places_finds_the_whole_word_pattern_s_places_on_raw_lines():
    """Each line of the first 40 raw validation clusters' articles against the words of the
    line below it (as `things_unmet` reads a row's nouns in the row before): the same
    places, in order, as the pattern compiled for each word."""
    read = found = 0
    for cluster in read_clusters(RAW_VALIDATION, 40):
        for document in cluster["documents"]:
            lines = [line for line in document.split("\n") if line.strip()]
            for line, below in pairwise(lines):
                for word in set(_NOUN.findall(below)):
                    places = word_places(line, word)
                    assert places == _pattern_places(line, word), (word, line)
                    read += 1
                    found += bool(places)
    # 35,449 words read, 2,642 found whole in the line above
    assert read > 30_000 and found > 2_000


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("gun", "gun"),  # the whole text
        ("his gun. The gunman's shotgun", "gun"),  # inside words: not whole
        ("gun_2 and 2gun and gun2, gun-toting", "gun"),  # `\w` holds "_" and digits
        ("un éclair, a clair day", "clair"),  # "é" is a word character
        ("the pre-wedding wedding", "wedding"),  # a hyphen is no word character
        ("a.b .b", ".b"),  # a word opening on no word character (a surname's use)
    ],
)
def test_word_places_edges(text, word):
    assert word_places(text, word) == _pattern_places(text, word)


def test_word_places_finds_a_word_opening_again_inside_itself():
    """The one difference from `re.finditer`, which skips past each match: a word opening
    again after a hyphen inside itself is found twice (no noun of raw or DUC does)."""
    assert word_places("aks-aks-aks", "aks-aks") == [0, 4]
    assert _pattern_places("aks-aks-aks", "aks-aks") == [0]


def test_the_headline_reads_each_quoted_page_once_for_a_transcript(monkeypatch):
    """Raw 144, whose [2] is ABC's transcript: each article its summary quotes is read once
    (its sentences reached the test 1,057 times over the raw validation briefings, for 374
    pages), and no line of the transcript heads the briefing."""
    briefing = raw_briefing(144, analyze=False)
    read = []
    real = headline_choice.transcript_page

    def counted(article):
        read.append(article.id)
        return real(article)

    monkeypatch.setattr(headline_choice, "transcript_page", counted)
    number = headline_choice._summary_number(briefing, None)
    quoted = {sentence.shown.article.id for sentence in briefing.summary}
    assert sorted(read) == sorted(quoted)
    transcript = briefing.documents[2].article
    assert real(transcript)
    assert briefing.summary[number - 1].shown.article is not transcript
