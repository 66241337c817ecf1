"""The summarizer's parts: features that survive the training text's form, selection,
and the named scorer configurations."""

import re
from dataclasses import replace

import numpy as np
import pytest

from chorus import SummaryOptions, brief
from chorus.ingest import make_article
from chorus.model import Document, Span
from chorus.represent import embed
from chorus.sentences import split
from chorus.summarize.features import FEATURES, cluster_view, digits_and_quotes, feature_matrix
from chorus.summarize.lexical import cluster_terms
from chorus.summarize.scorers import TRAINED_WORDS, beyond_training
from chorus.summarize.select import select

STORY = [
    "Rescuers pulled 12 miners from the flooded Copper Ridge mine on Tuesday. "
    "The men had been trapped for three days, officials said. "
    "Mining company shares fell 4% in New York.",
    "All 12 miners trapped in the Copper Ridge mine were rescued Tuesday. "
    "Families cheered as the men emerged. "
    "The cause of the flood is under investigation.",
    "A bakery in Ohio won a national prize for its rye bread. The owners said they were thrilled.",
]


def _sentences(text: str) -> list:
    return split(Document(make_article(text, "a", origin="a"), kept=(Span(0, len(text)),)))


def _view(texts: list[str]):
    groups = []
    for number, text in enumerate(texts):
        article = make_article(text, f"Article {number}", origin=f"a{number}")
        groups.append(split(Document(article, kept=(Span(0, len(text)),))))
    flat = [s.text for g in groups for s in g]
    return cluster_view(groups, embed(flat))


def _training_form(text: str) -> str:
    """Multi-News+ style: lowercased but for each sentence's first letter, punctuation
    spaced out."""
    lowered = re.sub(r"(^|\. )([a-z])", lambda m: m[1] + m[2].upper(), text.lower())
    for mark in (",", "%"):
        lowered = lowered.replace(mark, f" {mark}")
    return lowered


def test_word_evidence_is_the_same_in_raw_and_training_form():
    raw = _view(STORY)
    trained = _view([_training_form(t) for t in STORY])
    columns = [FEATURES.index(n) for n in ("lex_support", "pair_support", "lex_coverage")]
    options = SummaryOptions()
    raw_features = feature_matrix(raw, options)[:, columns]
    np.testing.assert_allclose(
        raw_features, feature_matrix(trained, options)[:, columns], atol=1e-6
    )
    # The two miner articles share their words; the bakery article shares none.
    support = raw_features[:, 0]
    assert support[0] > 0.3 and support[3] > 0.3
    assert support[6] == 0.0


def test_article_coverage_marks_the_off_topic_article():
    view = _view(STORY)
    coverage = feature_matrix(view, SummaryOptions())[:, FEATURES.index("lex_coverage")]
    on_topic, off_topic = coverage[view.article_of == 0], coverage[view.article_of == 2]
    assert on_topic.min() > 0.3
    assert off_topic.max() == 0.0


def test_position_counts_prose_sentences_past_headlines_and_bylines():
    text = (
        "Miners Rescued After Three Days\n\n"
        "By Jane Doe\n\n"
        "Rescuers pulled twelve miners from the flooded mine on Tuesday morning.\n\n"
        "The men had been trapped underground for three days, officials said."
    )
    view = _view([text])
    features = feature_matrix(view, SummaryOptions())
    position = features[:, FEATURES.index("log_position")]
    first = features[:, FEATURES.index("first")]
    assert [s.text[:8] for s in view.sentences] == ["Miners R", "By Jane ", "Rescuers", "The men "]
    assert list(np.expm1(position).round()) == [0, 0, 0, 1]
    assert list(first) == [1, 1, 1, 0]


def test_beyond_training_starts_after_twice_an_articles_share_of_the_training_text():
    # Two articles: each one's share of the training text is TRAINED_WORDS / 2 words, so
    # a sentence is beyond it once TRAINED_WORDS words of its article come before it.
    sentence = "The rescue went on through the night as families waited nearby."
    per_sentence = len(sentence.split())
    long = " ".join([sentence] * (TRAINED_WORDS // per_sentence + 2))
    view = _view([long, sentence])
    beyond = beyond_training(view)
    first_beyond = -(-TRAINED_WORDS // per_sentence)
    article = view.article_of == 0
    assert not beyond[~article].any()
    assert list(np.flatnonzero(beyond[article])) == list(range(first_beyond, article.sum()))


def test_digits_and_quotes_are_what_the_regexes_find(validation_clusters):
    """Digits of any script (a regex `\\d`: "٣", "３", not "²"), and straight or curly quotes."""
    odd = ["", "a1", "", "٣ x", "“hi”", '"', "lone \ud800", "x²", "３", "Ⅻ", "’", "plain"]
    real = [s.text for text in validation_clusters[0]["documents"] for s in _sentences(text)]
    for texts in (odd, real, [], [""], ["٣"]):
        digits, quotes = digits_and_quotes(texts)
        assert digits.tolist() == [re.search(r"\d", t) is not None for t in texts]
        assert quotes.tolist() == [re.search('["“”]', t) is not None for t in texts]


def test_cluster_terms_are_sets_of_content_words():
    terms, pairs = cluster_terms(
        ["The miners, the MINERS and the mine.", "Mine!"], np.array([0, 1])
    )
    assert len(terms.of(0)) == 2  # "miners", "mine": stopwords dropped, case folded
    assert list(terms.articles[terms.of(1)]) == [2.0]  # "mine" is in both articles
    assert len(pairs.of(0)) == 2  # (miners, miners), (miners, mine)


def test_select_keeps_the_budget_and_skips_repeats():
    texts = [
        "Rescuers pulled twelve miners from the flooded mine on Tuesday.",
        "Rescuers pulled twelve miners from the flooded mine on Tuesday.",
        "Twelve miners pulled from the flooded mine on Tuesday by rescuers.",
        "The cause of the flood at the mine is still under investigation.",
        "Families waited at the gate through three cold nights.",
    ]
    view = _view([" ".join(texts)])
    scores = np.array([5.0, 4.0, 3.0, 2.0, 1.0])
    options = SummaryOptions(words=200)
    chosen = select(scores, view.vectors, view.words, options, terms=view.terms)
    # The copy is a cosine repeat; the reordering repeats every content word.
    assert chosen == [0, 3, 4]
    # With vectors that never repeat, the content-word rule alone still drops the
    # reordering (every content word already in), and keeps what adds new words.
    apart = np.eye(len(texts), dtype=np.float32)
    assert select(scores, apart, view.words, options, terms=view.terms) == [0, 3, 4]
    assert select(scores, apart, view.words, options) == [0, 1, 2, 3, 4]
    tight = select(scores, view.vectors, view.words, SummaryOptions(words=12), terms=view.terms)
    assert sum(view.words[tight]) <= 12


def test_coverage_prefers_words_other_outlets_share_over_a_higher_score():
    view = _view(
        [
            "Rescuers pulled twelve miners from the flooded Copper Ridge mine on Tuesday. "
            "The rescue of the miners from the mine took the rescuers many hours.",
            "Heavy rain flooded the mine after three days of storms, officials said.",
            "Officials blamed heavy rain and three days of storms for the flood.",
        ]
    )
    scores = np.array([3.0, 2.9, 2.8, 0.0])
    options = SummaryOptions(words=26)  # room for two of the twelve- or thirteen-word rows
    by_score = select(scores, view.vectors, view.words, replace(options, coverage=0.0), view.terms)
    assert by_score == [0, 1]
    # Row 1 adds only words no other outlet uses; row 2 adds the rain and the storms,
    # which the third article reports too.
    assert sorted(select(scores, view.vectors, view.words, options, view.terms)) == [0, 2]


@pytest.mark.parametrize("scorer", ["learned", "heuristic"])
def test_both_scorers_brief_real_clusters_within_budget(scorer, validation_clusters):
    options = SummaryOptions(scorer=scorer)
    for cluster in validation_clusters[:10]:
        briefing = brief(cluster["documents"], words=250, options=options, analyze=False)
        assert 0 < briefing.word_count() <= 250


def test_learned_and_heuristic_are_different_configurations(validation_clusters):
    differ = 0
    for cluster in validation_clusters[:10]:
        learned = brief(cluster["documents"], options=SummaryOptions(), analyze=False)
        heuristic = brief(
            cluster["documents"], options=SummaryOptions(scorer="heuristic"), analyze=False
        )
        differ += learned.summary_text() != heuristic.summary_text()
    assert differ >= 5
