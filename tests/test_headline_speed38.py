"""Work `brief` did twice, done once (speed38, stop 47), on real raw validation clusters:
the headline's number kept on the briefing that read it, the sentence before a bare "The
..." read from `brief`'s own split, a cut-off ending and a "... remains unknown." line
searched only where they can be."""

from __future__ import annotations

from dataclasses import replace

import pytest

import chorus.cut_off
import chorus.render.headline_news
from chorus import brief
from chorus.api import as_articles
from chorus.clean import clean
from chorus.cut_off import ends_mid_sentence
from chorus.model import Briefing
from chorus.render.headline_choice import headline
from chorus.render.headline_news import background, names_unshown
from chorus.render.markdown import to_markdown
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

_CLUSTERS = 40


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, _CLUSTERS)


@pytest.fixture(scope="module")
def briefings(clusters) -> list[Briefing]:
    """The first raw validation clusters' briefings, with the analysis, as `brief` returns
    them (the headline's number kept when `brief` read it), and the number read then."""
    return [brief(cluster["documents"], words=250) for cluster in clusters]


def test_the_kept_number_is_the_one_read_afresh(briefings):
    kept = 0
    for briefing in briefings:
        kept += briefing._heading is not None
        # A copy keeps no number (`replace` leaves it behind): read afresh there.
        fresh = replace(briefing)
        assert fresh._heading is None
        assert headline(briefing) == headline(fresh)
        assert to_markdown(briefing) == to_markdown(fresh)
    # `brief` read the headline in some (a later sentence could move), not in all.
    assert 10 <= kept < len(briefings)


def test_a_briefing_made_from_another_reads_its_own_number(briefings):
    read = next(b for b in briefings if b._heading is not None and len(b.summary) > 2)
    assert replace(read, analysis=None)._heading is None
    # The summary's last sentence first: the number is that summary's, not the one kept.
    turned = replace(read, summary=(read.summary[-1], *read.summary[:-1]))
    assert headline(turned) == headline(replace(turned))


def test_brief_s_sentences_read_as_the_article_split(briefings):
    read = unshown = 0
    for briefing in briefings:
        sentences = {d.article.id: split(d) for d in briefing.documents}
        for sentence in briefing.summary:
            given = names_unshown(sentence, briefing.documents, sentences)
            assert given == names_unshown(sentence, briefing.documents)
            read += sentence.shown.index > 0
            unshown += given
    assert read >= 100
    assert unshown >= 1


_ENDINGS = (",", "a", "an", "the", "and", "or", "nor", "of", "whether", "its", "their", "our")
_ENDINGS += ("your", "my", "that’s", "that's", "it’s", "it's", "there’s", "there's")
_NO_ENDINGS = ("urban", "Cuba", "tremor", "often", "breathe", "lands", "Whether", "bathe")


def _documents(clusters, text_end: str = "") -> list:
    return [
        clean(article)
        for cluster in clusters
        for article in as_articles([text + text_end for text in cluster["documents"]])
    ]


def test_a_cut_off_ending_is_found_from_the_line_s_end(clusters, monkeypatch):
    documents = _documents(clusters)
    found = [ends_mid_sentence(d) for d in documents]
    # Searched from the line's start, as before.
    monkeypatch.setattr(chorus.cut_off, "_LONGEST_ENDING", 10**9)
    assert [ends_mid_sentence(d) for d in documents] == found
    monkeypatch.undo()
    # Every ending, glued after a real line's words, and words ending on its letters.
    (opening,) = _documents([{"documents": [clusters[1]["documents"][0]]}])
    text = " ".join(s.text for s in split(opening)[:3]).removesuffix(".")
    for ending in _ENDINGS:
        glued = "" if ending == "," else " "
        (document,) = _documents([{"documents": [text]}], f"{glued}{ending}")
        assert ends_mid_sentence(document).endswith(ending), ending
    for word in _NO_ENDINGS:
        (document,) = _documents([{"documents": [text]}], f" {word}")
        assert ends_mid_sentence(document) == "", word


def test_an_unknown_is_searched_only_where_a_sentence_can_end_so(clusters, monkeypatch):
    texts = [s.text for d in _documents(clusters) for s in split(d)]
    # Each ending `_UNKNOWN` reads, glued to every fiftieth sentence of the clusters.
    glued = [
        f"{text.rstrip('.')} {verb} {word}.{mark}{end}"
        for text in texts[::50]
        for verb in ("is", "remains still", "are largely", "remain not well")
        for word in ("unexplored", "unknown", "unclear", "understood")
        for mark in ("", '"', "”", "’", "'")
        for end in ("", "\n")
    ]
    assert all(background(text) for text in glued)
    read = [background(text) for text in texts]
    # Every text searched, as before (every text ends on ""): the same readings.
    monkeypatch.setattr(chorus.render.headline_news, "_UNKNOWN_ENDS", ("",))
    assert [background(text) for text in texts] == read
    assert sum(read) >= 5
