"""Summary sentences that point back at a sentence the summary leaves out: the detector on
real sentences, selection's rule, and the briefings of the seeds and raw clusters."""

import numpy as np
import pytest

from chorus import SummaryOptions, brief
from chorus.clean import clean
from chorus.dangling import refers_back, says_what_exclaimed
from chorus.ingest import make_article
from chorus.sentences import split
from chorus.summarize.select import select

SIX_OF_THOSE = "Six of those resolutions would have condemned the regime"
SINCE_THEN = "Relations between Moscow and Washington have deteriorated markedly since then."

# (raw validation cluster, how the sentence opens)
POINTING_BACK = [
    (3, "That's life in the Harding family"),
    (33, "That area has produced a wealth of dinosaur fossils"),
    (9, "That, to me, is still the most remarkable feature"),
    (20, "That said, it’s not as if laying the songs bare"),
    (2, "Such Thing sites are scattered"),
    (26, "These stories show we must find a way to do more."),
    (8, "Those incidents, which are referenced in the attached"),
    (2, "(These radioactive isotopes decay at different rates"),
    (45, "The acceleration since then has been astounding."),
    (49, "Since then, there have been at least 10 attempts"),
]
LOOK_ALIKES = [
    (40, "This week, Paramount fired back"),  # a time, not something said before
    (47, "Those killed at a checkpoint"),  # people named by what follows
    (40, "Those who donated $ 75 or more"),
    (34, "That a lawsuit seeking to undo the terms"),  # "That" opening a clause
    (5, "None of the women on our list"),  # a share of a group it names
    (18, "Five of the six most expensive areas"),
    (13, "Officials said the former owner"),  # "former" as an adjective
    (7, "He climbed Mount Everest twice"),  # a pronoun: left alone (see the module)
    (29, "“This could be a new way of adjusting"),  # a quotation: left alone
]


def _sentences(text: str) -> list:
    return split(clean(make_article(text, "a", origin="a")))


def _sentence(clusters: list[dict], number: int, opening: str) -> str:
    for document in clusters[number]["documents"]:
        for sentence in _sentences(document):
            if sentence.text.startswith(opening):
                return sentence.text
    raise AssertionError(f"no sentence of cluster {number} opens with {opening!r}")


def _texts(cases: list[tuple[int, str]], clusters: list[dict]) -> list[str]:
    return [_sentence(clusters, number, opening) for number, opening in cases]


def test_detector_marks_sentences_that_point_back(validation_clusters, seed_texts):
    seeds = [s.text for text in seed_texts.values() for s in _sentences(text)]
    from_seeds = [t for t in seeds if t.startswith(SIX_OF_THOSE) or t == SINCE_THEN]
    assert len(from_seeds) == 2
    texts = from_seeds + _texts(POINTING_BACK, validation_clusters)
    assert refers_back(texts).tolist() == [True] * len(texts)


def test_detector_leaves_look_alikes(validation_clusters):
    texts = _texts(LOOK_ALIKES, validation_clusters)
    assert refers_back(texts).tolist() == [False] * len(texts)


def test_detector_places_phrases_found_anywhere_in_their_own_text(validation_clusters):
    # "since then" is found in the cluster's joined text; each hit marks its own sentence.
    sentences = [s.text for s in _sentences(validation_clusters[45]["documents"][0])]
    marked = refers_back(sentences)
    at = [i for i, t in enumerate(sentences) if "since then" in t.lower()]
    assert at and all(marked[at])
    assert not marked[[i - 1 for i in at]].any() and not marked[[i + 1 for i in at]].any()


def test_a_row_that_points_back_waits_for_the_row_before_it(seed_texts):
    sentences = _sentences(seed_texts["000_e70a219f8e194b37.txt"])
    six = next(i for i, s in enumerate(sentences) if s.text.startswith(SIX_OF_THOSE))
    texts = [sentences[six - 1].text, sentences[six].text]
    words = np.array([len(t.split()) for t in texts])
    apart = np.eye(2, dtype=np.float32)
    scores = np.array([0.0, 1.0])
    follows = refers_back(texts)
    assert follows.tolist() == [False, True]
    options = SummaryOptions(words=200)
    assert select(scores, apart, words, options) == [1, 0]
    assert select(scores, apart, words, options, follows=follows) == [0, 1]
    # Without room for the row before it, the follower is not taken alone.
    alone = SummaryOptions(words=int(words[1]))
    assert select(scores, apart, words, alone, follows=follows) == []


def _pointing_back_alone(briefing) -> list[str]:
    """Summary sentences that point back while the sentence before them is left out; a
    "That's" telling what a one- or two-word exclamation before it was at reads alone
    (summary122: raw 3's "Gasp!" / "That's life in the Harding family ...")."""
    keys = {s.shown.key for s in briefing.summary}
    shown = [s.shown for s in briefing.summary]
    marked = refers_back([s.text for s in shown])
    texts = {d.article.id: [t.text for t in split(d)] for d in briefing.documents}
    return [
        s.text
        for s, mark in zip(shown, marked, strict=True)
        if mark
        and s.index > 0
        and (s.article.id, s.index - 1) not in keys
        and not says_what_exclaimed(texts[s.article.id][s.index - 1 : s.index + 1])[1]
    ]


def test_seed_summary_keeps_no_sentence_without_what_it_points_back_to(seed_texts):
    # Before, the summary held both "Six of those resolutions ..." and "... since then."
    # without the sentences they point back to.
    assert _pointing_back_alone(brief(list(seed_texts.values()))) == []


@pytest.mark.parametrize("scorer", ["learned", "heuristic"])
def test_raw_cluster_summaries_keep_no_sentence_pointing_back_alone(scorer, validation_clusters):
    options = SummaryOptions(scorer=scorer)
    alone = []
    for cluster in validation_clusters:
        briefing = brief(cluster["documents"], words=250, options=options, analyze=False)
        alone += _pointing_back_alone(briefing)
    assert alone == []


def test_cross_source_sections_state_no_sentence_that_points_back(seed_texts, validation_clusters):
    # The seeds' "Only in one outlet" listed "Six of those resolutions would have
    # condemned the regime ..." on its own.
    briefings = [brief(list(seed_texts.values()), words=100)]
    briefings += [brief(c["documents"], words=100) for c in validation_clusters[:20]]
    stated = [
        fact.statement.text
        for briefing in briefings
        for fact in (*briefing.analysis.agreed, *briefing.analysis.unique)
    ]
    assert len(stated) > 40
    marked = refers_back(stated)
    assert not marked.any(), [t for t, m in zip(stated, marked, strict=True) if m]
