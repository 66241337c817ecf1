"""Off-topic flags read in the fourteenth pass (docs/journal/offtopic.md, "Off-topic
articles, fourteenth pass (stop 36)"): a short page giving the story's figures is kept;
a study's own paper beside reports of it is left flagged, as Multi-News+ labels it."""

from __future__ import annotations

import importlib
from functools import cache

import numpy as np

from chorus.analyze.relevance_text import figures, shares_figure
from chorus.analyze.similarity import similarity
from chorus.api import as_articles, brief
from chorus.clean import clean
from chorus.model import Document
from chorus.render import to_markdown
from chorus.represent import embed
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

relevance = importlib.import_module("chorus.analyze.relevance")
FEY = (5, 1)
"""Raw validation: Forbes' 37-word slide for Tina Fey ("$13 million", Bossypants) beside
the list's page, which gives her $13 million too."""
TWITTER_BIO = (1672, 0)
"""Multi-News+ validation: the Madden NFL Twitter bio beside two reports, "not relevant"
(the thirteenth pass's short page with a matched opening)."""
PAPER = (4513, 2)
"""Multi-News+ validation: the light-flash study's own paper beside reports of it, raw
validation 29 #2's text, "not relevant"."""


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, FEY[0] + 1)


@cache
def _plus() -> list[dict]:
    return read_clusters(DATA / "multinews-plus-validation.jsonl.gz", PAPER[0] + 1)


def _rows(texts: list[str]) -> np.ndarray:
    documents: list[Document] = [clean(a) for a in as_articles(texts)]
    sentences = [s for d in documents for s in split(d)]
    return relevance.features(documents, similarity(sentences, embed([s.text for s in sentences])))


def test_the_slide_gives_the_lists_figure():
    texts = _raw()[FEY[0]]["documents"]
    assert "13 million" in figures(texts[0]) & figures(texts[1])
    # the year of the list's period is not a figure two reports share by chance
    assert "2010" not in figures(texts[0])
    assert shares_figure(texts).tolist() == [True, True]


def test_the_fey_slide_is_on_the_story():
    line, article = FEY
    texts = _raw()[line]["documents"]
    rows = _rows(texts)
    p = relevance.probabilities(rows)
    # the model alone sets it apart; the figure keeps it
    assert relevance.model_flags(rows, p)[article]
    assert not relevance.model_flags(rows, p, shares_figure(texts))[article]
    found = brief(as_articles(texts), words=100)
    assert not any(r.off_topic for r in found.analysis.relevance)
    assert "Only one article is on the story" not in to_markdown(found)


def test_a_short_page_sharing_a_names_number_stays_flagged():
    line, article = TWITTER_BIO
    cluster = _plus()[line]
    assert not cluster["relevant"][article]
    texts = [clean(a).article.text for a in as_articles(cluster["documents"])]
    # "Madden NFL 19" and the AP's "19" are a name's number and a count, not an amount
    assert "madden nfl 19" in texts[article].lower() and not figures(texts[article])
    rows = _rows(cluster["documents"])
    assert relevance.model_flags(rows, relevance.probabilities(rows), shares_figure(texts))[article]


def test_a_studys_paper_is_labelled_apart_from_its_reports():
    # why no rule keeps raw 29 #2: Multi-News+ flags the same paper "not relevant"
    line, article = PAPER
    cluster = _plus()[line]
    assert cluster["documents"][article].startswith("This experiment demonstrates that")
    assert not cluster["relevant"][article]
    rows = _rows(cluster["documents"])
    assert relevance.model_flags(rows, relevance.probabilities(rows))[article]
