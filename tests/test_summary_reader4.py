"""The summary a reader sees, fourth pass, after a fifteenth reader's findings on raw
Multi-News validation clusters (0-based lines of the file): an opening "He"/"She" right
after a sentence that names someone, an "It's a ..." that calls what the sentence before
tells, and a live blog's older updates."""

from __future__ import annotations

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.leaning import leans_on_before, names_someone, older_updates
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _article_sentences(cluster: dict) -> list[list[str]]:
    return [[s.text for s in split(clean(a))] for a in as_articles(cluster["documents"])]


def _sentences(cluster: dict) -> list[str]:
    return [t for article in _article_sentences(cluster) for t in article]


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # "..., Castaneda said." before it; Castaneda is introduced nowhere the summary shows.
        (35, "He said the counter-protesters were telling the Klansmen"),
        # Daron Wyatt's, Sawalem's and the Vatican spokesman's words, named just before.
        (176, "He said a number of people in the area were thought"),
        (237, "He said Francis wanted to pray together with Benedict"),
        # Conway's "favorite tactics": the argument is the one the sentence before answers.
        (126, "It’s a strawman argument, one of Conway’s favorite tactics."),
    ],
)
def test_an_opening_that_leans_on_the_sentence_before_waits_for_it(clusters, line, opening):
    sentences = _sentences(clusters[line])
    at = next(n for n, t in enumerate(sentences) if t.startswith(opening))
    assert leans_on_before(sentences)[at]
    texts = _summary(clusters[line])
    assert sentences[at] not in texts or sentences[at - 1] in texts


def test_a_pronoun_after_a_sentence_naming_no_one_goes_on_from_further_back(clusters):
    # Raw cluster 78: "He insisted ..." follows "He has always maintained his innocence
    # ...", which names no one: Berlusconi, named throughout, is who it stands for.
    sentences = _sentences(clusters[78])
    at = sentences.index("He insisted that there is no alternative to his government.")
    assert sentences[at - 1].startswith("He has always maintained his innocence")
    assert not leans_on_before(sentences)[at]


@pytest.mark.parametrize(
    "text",
    [
        "The counter-protesters and the Klansmen briefly had words before the fight began, "
        "Castaneda said.",
        "Alicia Hernandez, 33, met the boy at Garfield Park in 2011 or 2012.",
        "One of the counter-protesters was stabbed with the decorative end of a flagpole, "
        "said Anaheim police Sgt. Daron Wyatt.",
        "So far, Mr. Berlusconi has proven to be a tough outlier.",
    ],
)
def test_a_person_named_as_news_writes_one_is_someone(text):
    assert names_someone(text)


@pytest.mark.parametrize(
    "text",
    [
        # A name only inside a quotation is the speaker's subject; a weekday, no one.
        '"With Mr. Berlusconi still at the helm, there is nothing that Italy can do."',
        "He has always maintained his innocence and blamed overzealous prosecutors.",
        "On Friday the vote appeared to do little to reassure markets.",
    ],
)
def test_a_sentence_naming_no_one_outside_its_quotations_names_no_one(text):
    assert not names_someone(text)


def test_an_impersonal_it_does_not_wait():
    texts = ["The bill failed in April.", "It's a good idea to read the bill before voting."]
    assert not leans_on_before(texts).any()


def test_a_live_blogs_older_updates_are_never_shown(clusters):
    # Raw cluster 35: AP's "The Latest" holds a 2:44 p.m. update ("13 people are in
    # custody") above a 1:26 p.m. one ("One person is in custody ...") it overtook.
    articles = _article_sentences(clusters[35])
    blog = next(a for a in articles if "2:44 p.m." in a)
    older = older_updates(blog, [0])
    assert blog[blog.index("1:26 p.m.") + 1 :]
    assert older.tolist() == [n >= blog.index("1:26 p.m.") for n in range(len(blog))]
    texts = _summary(clusters[35])
    assert any(t.startswith("Authorities say 13 people are in custody") for t in texts)
    assert not set(texts) & set(blog[blog.index("1:26 p.m.") :])


def test_one_time_mark_is_no_live_blog(clusters):
    # Raw cluster 88's blog has two marks; any article with one mark has no older update.
    articles = _article_sentences(clusters[88])
    blog = next(a for a in articles if "3:30 p.m." in a)
    assert older_updates(blog, [0]).any()
    assert not older_updates(blog[: blog.index("2:30 p.m.")], [0]).any()
