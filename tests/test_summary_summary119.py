"""The summary a reader sees, summary119, on raw Multi-News validation clusters (0-based lines
of the file; reader101's item 1): one moment of a clip described by two outlets. Raw 32's
[2] (ABC News) and [4] (CBS) describe the Hummer stopping as the Mercedes bumps it, each in
what the video "appears to" show, at a cosine of 0.558: under every cut, [4]'s telling was the
summary's last line, and the shooting was never told. Two outlets' hedged descriptions
sharing a word each writes there alone ("stop"), the later naming no one the first does not,
tell one moment (`restated._one_scene`)."""

from __future__ import annotations

import numpy as np

from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize.restated import CLOSE, SCENE, restated
from tests.briefings import DUC
from tests.conftest import read_clusters
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary

BUMPED = "In the video, provided to ABC News by a restaurant two blocks from the scene"
MORE_VIDEO = "More surveillance video shows the Hummer come to a quick stop"
PULLS_OVER = "Then, as the Hummer appears to pull over, the SUV speeds off."
TRIES_TO_PULL = "The two vehicles stop for a moment, and then the Hummer appears to try"
SHOT = "Hayes, 28, then drew a handgun and shot Smith several times"
POLICE_SAY = "Police say Cardell Hayes's Hummer rear-ended Smith's Mercedes"
STORM_NAMED = "The storm, which began Monday, got its name because it appears to come"
LEONIDS = "The Leonids, so named because they appear to come from the constellation Leo"


def _later(cluster: dict, openings: list[str], quoted: bool = False) -> list[str]:
    """Which of the cluster's sentences opening so, read in that order as a summary among
    all its articles' sentences, `restated` leaves out (their openings); with `quoted`, the
    last of them set in quotation marks."""
    per_article = [[s.text for s in split(clean(a))] for a in as_articles(cluster["documents"])]
    texts = [text for group in per_article for text in group]
    article_of = np.repeat(np.arange(len(per_article)), [len(group) for group in per_article])
    rows = [next(n for n, t in enumerate(texts) if t.startswith(o)) for o in openings]
    if quoted:
        texts[rows[-1]] = f"“{texts[rows[-1]]}”"
    left = restated(embed(texts), article_of, texts, rows, SummaryOptions().redundancy)
    return [openings[rows.index(row)] for row in left]


def test_the_bump_is_told_once_and_the_shooting_is_told():
    shown = summary(raw_clusters()[32])
    assert any(line.startswith(BUMPED) for line in shown)
    assert not any(line.startswith(MORE_VIDEO) for line in shown)
    # [1]'s "try to pull over" after [2]'s "appears to pull over" goes as well
    assert any(line.startswith(PULLS_OVER) for line in shown)
    assert not any(line.startswith(TRIES_TO_PULL) for line in shown)
    # what the room goes to: the shooting and the police's account, the reference's core
    assert any(line.startswith(SHOT) for line in shown)
    assert any(line.startswith(POLICE_SAY) for line in shown)


def test_the_later_description_of_one_moment_goes_unless_it_names_more():
    cluster = raw_clusters()[32]
    assert _later(cluster, [BUMPED, MORE_VIDEO]) == [MORE_VIDEO]
    # read the other way, ABC News's telling names ABC News and Smith: it stays
    assert _later(cluster, [MORE_VIDEO, BUMPED]) == []
    # under `CLOSE` (0.60), with no deed in "-ed" either row tells: read for the clip alone
    assert _later(cluster, [PULLS_OVER, TRIES_TO_PULL]) == [TRIES_TO_PULL]


def test_the_two_descriptions_meet_under_every_other_cut():
    """ABC News's and CBS's tellings of the bump meet under `CLOSE` (and the redundancy cut),
    from `SCENE`: only the clip's reading reads them."""
    cluster = raw_clusters()[32]
    vectors = embed([sentence(cluster, BUMPED), sentence(cluster, MORE_VIDEO)])
    assert SCENE <= float(vectors[0] @ vectors[1]) < CLOSE


def test_a_description_naming_something_the_first_does_not_stays():
    """DUC 3's two outlets tell why the Leonids are so named, each as they "appear to come"
    from Leo (0.559, three words each writes there alone): the later names the Leonids, which
    the first does not, and is not read as one moment."""
    cluster = read_clusters(DUC, 4)[3]
    assert _later(cluster, [STORM_NAMED, LEONIDS]) == []


def test_a_quotation_is_not_read():
    cluster = raw_clusters()[32]
    assert _later(cluster, [BUMPED, MORE_VIDEO], quoted=True) == []
