"""Three sentences read as one (reader13): a stop glued to an opening bracket
('compassion."(Olivera) comes in'), a quotation closed after its inner one and glued to
the next word ('doing.' "Olivera, himself'), and a time's "a.m." before a sentence
("at 11:09 a.m. Rubble from ..."); a time's zone, day or month goes on (raw Multi-News
validation, DUC 2003, Multi-News+ validation)."""

from itertools import pairwise

import pytest

from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split
from tests.analysis_gold import matches
from tests.conftest import DATA, RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def documents_by_cluster() -> dict[str, list[str]]:
    clusters = read_clusters(RAW_VALIDATION, 250) + read_clusters(
        DATA / "duc2003-task2.jsonl.gz", 30
    )
    return {c["id"]: c["documents"] for c in clusters}


def _sentences(text: str) -> list[str]:
    return [s.text for s in split(clean(make_article(text, "test", origin="test")))]


def test_sentences_three_read_as_one_are_three(documents_by_cluster):
    # multi_news-val-23 (raw 67): the reader's summary sentence, cut at '."(' and '.' "'
    sentences = _sentences(documents_by_cluster["multi_news-val-23"][0])
    at = sentences.index(
        "The judge sentenced him to lock-up, then shocked Serna by his compassion."
    )
    quotation, after = sentences[at + 1 : at + 3]
    assert quotation.startswith('"(Olivera) comes in, they close the door and lock it," Serna')
    assert quotation.endswith("""he said, 'yeah that's what I am doing.' \"""")
    assert after.startswith("Olivera, himself a Gulf War veteran, said that with Serna's PTSD")


def test_sentences_the_quotation_cut_free_has_its_speaker(documents_by_cluster):
    articles = as_articles(documents_by_cluster["multi_news-val-23"])
    found = quotes([split(clean(article)) for article in articles])
    assert any(matches(q, "Serna", "comes in, they close the door and lock it") for q in found)


@pytest.mark.parametrize(
    ("cluster", "article", "ends", "next_starts"),
    [
        # a name for a reader's comment after a glued stop
        ("multi_news-val-5192", 1, "sue the Madison Police Department.", "(Aakash) - I'm a"),
        # a time's "a.m." or "p.m." before a word blingfire does not cut before
        ("multi_news-val-1090", 1, "neighborhood at 11:09 a.m.", "Rubble from the collapsed"),
        ("multi_news-val-1033", 1, "before opening fire about 7:30 p.m.", "Valencia del Toro did"),
        ("multi_news-val-3617", 4, "7.46 pm.", "Wow."),
    ],
)
def test_sentences_end_before_the_next_sentence(
    documents_by_cluster, cluster, article, ends, next_starts
):
    sentences = _sentences(documents_by_cluster[cluster][article])
    assert any(a.endswith(ends) and b.startswith(next_starts) for a, b in pairwise(sentences))


@pytest.mark.parametrize(
    ("cluster", "article", "words"),
    [
        # a time zone, a day or a month is the time's
        ("multi_news-val-4066", 0, "at 2 p.m. Eastern, Inside Higher Ed's editors will"),
        ("multi_news-val-576", 2, "accused of shooting and killing Smith around 11:30 p.m. ET."),
        ("multi_news-val-168", 2, "scheduled to depart after 8 p.m. CT on Thursday."),
        ("multi_news-val-3651", 0, "about 1 p.m. Monday, but when a family arrived later"),
        ("multi_news-val-5484", 2, "about 11 a.m. May 29, when they were headed to the beach"),
        ("d30012t", 3, "expected to begin at 2:43 p.m. Eastern standard time"),
    ],
)
def test_sentences_a_time_goes_on(documents_by_cluster, cluster, article, words):
    assert any(words in s for s in _sentences(documents_by_cluster[cluster][article]))


@pytest.fixture(scope="module")
def plus_sentences() -> dict[int, list[str]]:
    """Sentences of two Multi-News+ validation lines, which capitalise the word after "a.m."
    as if a sentence began there."""
    clusters = read_clusters(DATA / "multinews-plus-validation.jsonl.gz", 617)
    return {
        line: [s for document in clusters[line]["documents"] for s in _sentences(document)]
        for line in (391, 616)
    }


def test_sentences_a_time_that_names_a_thing_goes_on(plus_sentences):
    assert any("co-hosts the 9 a.m. Hour of today with" in s for s in plus_sentences[391])
    assert any("including a 10 a.m. Hour that has resurrected" in s for s in plus_sentences[391])


def test_sentences_a_time_inside_a_quotation_goes_on(plus_sentences):
    # as blingfire's cuts inside a quotation that goes on are undone
    assert any('"it was around 3 a.m. I was pretty inebriated, "' in s for s in plus_sentences[616])
