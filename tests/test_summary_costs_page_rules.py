"""Tests that the summary's page rules, read faster, answer as the readings they replaced, on
real articles (summary speed, twenty-second pass)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.own_titles import title_line
from chorus.model import Sentence
from chorus.sentences import split
from chorus.summarize.credit_lines import _FIRST_PERSON
from chorus.summarize.newsroom import _STEP, may_be_step, newsroom_step
from chorus.summarize.page_lines import (
    _CLOSED,
    _DASH,
    _OPENING_QUOTES,
    _PHOTO_CREDIT,
    _VISIBLE,
    _line_of,
    heading,
    own_title,
    video_blurb,
)
from tests.conftest import RAW_VALIDATION, read_clusters


def _split(documents: list[str], title_at: int | None = None) -> Iterator[Sentence]:
    """The documents' sentences as the summary reads them; with `title_at`, each article
    titled by its sentence of that index, its spaces doubled (as metadata may space it)."""
    for article in as_articles(documents):
        sentences = split(clean(article))
        if title_at is not None and len(sentences) > title_at:
            title = sentences[title_at].text.replace(" ", "  ")
            sentences = split(clean(replace(article, title=title)))
        yield from sentences


@pytest.fixture(scope="module")
def sentences() -> list[Sentence]:
    return [
        s for cluster in read_clusters(RAW_VALIDATION, 60) for s in _split(cluster["documents"])
    ]


_ROUGH_END = re.compile(r"(?<=[.!?”\"])\s+")
_ROUGH_PIECE = re.compile(r"[^.\n]+\.?")


def _pages(limit: int) -> list[str]:
    """The raw clusters' documents, uncleaned."""
    return [
        page for cluster in read_clusters(RAW_VALIDATION, limit) for page in cluster["documents"]
    ]


def test_we_is_found_where_the_words_pattern_finds_it(sentences) -> None:
    words = re.compile(r"\b(?:we|We|our|Our|us)\b")
    edges = ["we", "We", "our", "Our", "us", "Us", "WE", "use", "bus", "_us", "us_", "ours"]
    edges += ["wé", "éwe", "1we", "we1", "we’re", "(Our", "Ourselves", "twe", "o", "u"]
    texts = [s.text for s in sentences] + edges
    # each text also with its "the"s written as the edge words, glued to the words around
    texts += [s.text.replace("the", edge) for s in sentences[::5] for edge in edges[:12]]
    found = 0
    for text in texts:
        assert (_FIRST_PERSON.search(text) is None) == (words.search(text) is None), text
        found += _FIRST_PERSON.search(text) is not None
    assert 1000 < found < len(texts) - 1000


def test_a_newsroom_step_holds_a_word_searched_before_its_pattern(sentences) -> None:
    # one sentence for each of the pattern's forms, and a fact beside a step
    forms = [
        "CNN did not immediately return a call for comment.",
        "The mayor has not responded to e-mails seeking comment.",
        "The company hasn’t replied to requests from The Times.",
        "The Associated Press left a message seeking information from Houston police.",
        "Pally's family could not be reached for comment Friday evening.",
        "A spokeswoman was not immediately available for comment.",
        "Recode reached out to HQ and Kroll with our reporting.",
        "Efforts to contact the owner have been unsuccessful.",
        "Attempts to reach members of Anderson's family have been unsuccessful.",
    ]
    assert all(newsroom_step(text) for text in forms)
    assert not newsroom_step("While the parents could not be reached for comment, a spokesman said")
    texts = [text for page in _pages(250) for text in _ROUGH_END.split(page)]
    steps = [text for text in texts if _STEP.search(text) is not None]
    assert len(steps) > 25
    assert all(may_be_step(text) for text in steps + forms)
    assert not may_be_step("The attempt to contact the summit was a success.")


def _heading_as_cut(sentence: Sentence) -> bool:
    """`heading` as it read before: the sentence's line cut out first."""
    before, after = _line_of(sentence)
    text = sentence.text.rstrip()
    if before.strip() or after.strip() or not text.lstrip(_OPENING_QUOTES)[:1].isupper():
        return False
    if _CLOSED.search(text) is not None:
        return False
    return text[:1] in _OPENING_QUOTES or text.endswith(")") or _DASH in text


def test_page_lines_read_in_place_answer_as_the_lines_cut(sentences) -> None:
    headings = blurbs = 0
    for sentence in sentences:
        assert heading(sentence) == _heading_as_cut(sentence), sentence.text
        assert video_blurb(sentence) == (_PHOTO_CREDIT in _line_of(sentence)[1]), sentence.text
        headings += heading(sentence)
        blurbs += video_blurb(sentence)
    # raw 21's remix list and 46's review headline
    assert headings >= 3
    # cleaning drops a blurb (raw 29's over WSJ's video): the pages' own lines, cut roughly
    for page in as_articles(_pages(60)):
        for piece in _ROUGH_PIECE.finditer(page.text):
            sentence = Sentence(page, 0, piece.start(), piece.end())
            assert video_blurb(sentence) == (_PHOTO_CREDIT in _line_of(sentence)[1]), piece
            blurbs += video_blurb(sentence)
    assert blurbs >= 3


def _title_as_joined(sentence: Sentence) -> bool:
    """`own_title` as it read before: texts joined by single spaces, the text before cut."""
    article = sentence.article
    shown = " ".join(sentence.text.split())
    if article.title is not None and shown == " ".join(article.title.split()):
        return True
    if article.text[: sentence.start].strip():
        return False
    line = title_line(article.text)
    return line is not None and shown == " ".join(line.split())


def test_a_title_is_read_as_the_joined_words_read_it(sentences) -> None:
    titled = [
        s for cluster in read_clusters(RAW_VALIDATION, 30) for s in _split(cluster["documents"], 2)
    ]
    found = 0
    for sentence in sentences + titled:
        assert own_title(sentence) == _title_as_joined(sentence), sentence.text
        found += own_title(sentence)
    # every titled article's third sentence, and first lines read as headlines
    assert found > 60
    # nothing visible before a sentence, as `strip` reads it: Unicode's spaces, a bullet
    for opening in ("", " \u00a0\u2003\u3000\n\t\x1c", "• ", "“", "\u200b"):
        for sentence in sentences[::10]:
            text = opening + sentence.article.text
            at = len(opening) + sentence.start
            assert (_VISIBLE.search(text, 0, at) is None) == (not text[:at].strip()), text[:at]
