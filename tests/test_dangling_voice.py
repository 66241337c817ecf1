"""Summary sentences that lean on what the summary does not show: a sentence ending in a
colon and what it introduces, counts that number what was named before ("All three
movies ..."), "With that", on raw validation clusters (0-based, in file order)."""

import numpy as np
import pytest

from chorus import SummaryOptions, brief
from chorus.clean import clean
from chorus.dangling import introduces, refers_back
from chorus.ingest import make_article
from chorus.sentences import split
from chorus.summarize.select import select
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 182)


def _sentences(text: str) -> list:
    return split(clean(make_article(text, "a", origin="a")))


def _after(clusters: list[dict], number: int, opening: str) -> list[str]:
    """The sentence of cluster `number` that opens with `opening` and the one after it."""
    for document in clusters[number]["documents"]:
        texts = [s.text for s in _sentences(document)]
        for at, text in enumerate(texts[:-1]):
            if text.startswith(opening):
                return texts[at : at + 2]
    raise AssertionError(f"no sentence of cluster {number} opens with {opening!r}")


INTRODUCTIONS = [
    (71, "The Onion has updated its story with this funny little tag:"),
    (88, "Here are some of the best pranks this year:"),
    (36, "And on his own (real) Twitter feed, Colbert just fed the speculation:"),
]
# A colon inside a sentence labels what follows it there: nothing is left for later.
COLONS_INSIDE = [(88, "Takei: Muslim registry"), (80, "@DurrtyNathaniel: My iPhone")]
COUNTS_BACK = [
    (181, "All three movies are responses to the interconnectedness"),
    (47, "Both journalists were hurt in the attack"),
    (61, "With that, Keurig’s CEO did what he had to do."),
]
LOOK_ALIKES = [
    (61, "All things considered, the quarter wasn't bad"),  # no count
    (47, "Three Syrians, including a pregnant Syrian woman"),  # a count that names them
]


def test_a_sentence_ending_in_a_colon_introduces_the_next(clusters):
    leading = [_after(clusters, n, o)[0] for n, o in INTRODUCTIONS + COLONS_INSIDE]
    assert introduces(leading).tolist() == [True] * 3 + [False] * 2


def test_counts_of_what_was_named_before_point_back(clusters):
    pointing = [_after(clusters, n, o)[0] for n, o in COUNTS_BACK]
    alike = [_after(clusters, n, o)[0] for n, o in LOOK_ALIKES]
    assert refers_back(pointing).tolist() == [True] * len(pointing)
    assert refers_back(alike).tolist() == [False] * len(alike)


def test_an_introduction_is_taken_with_the_row_after_it_or_not_at_all(clusters):
    texts = _after(clusters, 71, INTRODUCTIONS[0][1])
    words = np.array([len(t.split()) for t in texts])
    apart = np.eye(2, dtype=np.float32)
    scores = np.array([1.0, 0.0])
    leads = introduces(texts)
    room = SummaryOptions(words=200)
    assert select(scores, apart, words, room) == [0, 1]
    assert select(scores, apart, words, room, leads=leads) == [0, 1]
    # Room for the introduction alone: before, it was shown saying nothing.
    tight = SummaryOptions(words=int(words[0]), min_words=1)
    assert select(scores, apart, words, tight) == [0]
    assert select(scores, apart, words, tight, leads=leads) == []


def _introductions_alone(briefing) -> list[str]:
    keys = {s.shown.key for s in briefing.summary}
    return [
        s.shown.text
        for s in briefing.summary
        if introduces([s.shown.text])[0] and (s.shown.article.id, s.shown.index + 1) not in keys
    ]


def test_raw_summaries_show_no_introduction_without_what_it_introduces(clusters):
    # Main showed 36's "... Colbert just fed the speculation:", 88's "Here are some of the
    # best pranks this year:" and 134's "... with the intention of:" each on its own.
    numbers = (36, 88, 134)
    briefings = {n: brief(clusters[n]["documents"], words=250, analyze=False) for n in numbers}
    assert [_introductions_alone(b) for b in briefings.values()] == [[], [], []]
    # 134's heading and its lower-case items are no summary lines at all since summary89
    # (list_items.run_on_list: shown together they read as one bullet of several), while
    # the page's prose around them still is
    shown = [s.shown.text for s in briefings[134].summary]
    assert not any(text.endswith("with the intention of:") for text in shown), shown
    assert not any(text.startswith("better addressing") for text in shown), shown
    assert any("BioWatch" in text for text in shown), shown


def test_raw_summaries_show_no_count_pointing_back_alone(clusters):
    for number, (_, opening) in zip((181, 47, 61), COUNTS_BACK, strict=True):
        briefing = brief(clusters[number]["documents"], words=250, analyze=False)
        assert not any(s.shown.text.startswith(opening) for s in briefing.summary), number
