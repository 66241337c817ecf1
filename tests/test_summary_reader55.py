"""The summary a reader sees, fortieth pass, on raw Multi-News validation clusters (0-based
lines of the file): a line announcing what the next one tells ("The argument Obama made
Saturday went further.", raw 221; "..., but it had one great strength, I was told.", 224;
"... for two reasons.", 215) is shown with that line, or not at all; a line led into that
leads on in turn is taken with the whole run (221's "It's one thing to say ..." / "... went
further." / "As Obama framed it, ...")."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.dangling import introduces
from chorus.settings import SummaryOptions
from chorus.summarize.contrasts import sets_up_contrast
from chorus.summarize.select import select
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _run(cluster: dict, opening: str, length: int) -> list[str]:
    """`length` sentences of the cluster from the one opening with `opening`."""
    texts = sentences(cluster)
    at = texts.index(sentence(cluster, opening))
    return texts[at : at + length]


def test_a_line_announcing_what_follows_introduces_it(clusters):
    announcing = [
        sentence(clusters[221], "The argument Obama made Saturday went further."),
        sentence(clusters[224], "In the case of the Tu-154, it was dated"),
        sentence(clusters[215], "Jill Russell said she originally sent"),
        sentence(clusters[154], "We assessed the degree of consistency"),
    ]
    # each tells what it announces itself, or announces nothing
    telling = [
        sentence(clusters[172], "You say one thing, you say the other."),
        sentence(clusters[224], "This speed played a role in keeping the plane"),
        sentence(clusters[221], "As Obama framed it, only Democrats care"),
    ]
    assert introduces(announcing).tolist() == [True] * len(announcing)
    assert introduces(telling).tolist() == [False] * len(telling)


def test_the_great_strength_is_shown_with_what_it_was(clusters):
    """Raw 224's column ends its summary thread on the Tu-154's "one great strength, I was
    told." at main; the strength, its speed, is the column's answer."""
    strength = sentence(clusters[224], "In the case of the Tu-154, it was dated")
    faster = sentence(clusters[224], "A three-engined jet, it was significantly faster")
    shown = summary(clusters[224])
    assert strength in shown
    assert shown[shown.index(strength) + 1] == faster


def test_a_run_of_lines_leading_on_is_shown_whole(clusters):
    """Raw 221: "It's one thing to say ..." sets up "... went further.", which announces
    "As Obama framed it, only Democrats care about those less fortunate." Shown, the three
    come together."""
    run = _run(clusters[221], "It's one thing to say Republicans", 3)
    assert run[1] == "The argument Obama made Saturday went further."
    shown = summary(clusters[221])
    assert run[0] in shown
    at = shown.index(run[0])
    assert shown[at : at + 3] == run


def test_select_takes_a_chain_of_leads_whole_or_not_at_all(clusters):
    texts = _run(clusters[221], "It's one thing to say Republicans", 3)
    leads = introduces(texts) | sets_up_contrast(texts)
    assert leads.tolist() == [True, True, False]
    words = np.array([len(t.split()) for t in texts])
    apart = np.eye(3, dtype=np.float32)
    scores = np.array([1.0, 0.0, -1.0])
    room = SummaryOptions(words=200, min_words=1)
    assert select(scores, apart, words, room, leads=leads) == [0, 1, 2]
    # room for the first two only: the announcement would be shown telling nothing; it is
    # shown with what it tells, the shorter pair
    tight = SummaryOptions(words=int(words[0] + words[1]), min_words=1)
    assert words[1] + words[2] <= words[0] + words[1] < words.sum()
    assert select(scores, apart, words, tight) == [0, 1]
    assert select(scores, apart, words, tight, leads=leads) == [1, 2]
    # the last row shut: the rows leading into it are never taken
    shut = np.array([False, False, True])
    assert select(scores, apart, words, room, leads=leads, shut=shut) == []
