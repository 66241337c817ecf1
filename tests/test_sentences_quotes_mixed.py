"""Quotations opened with one kind of mark and closed with another (“...," and "...'' in raw
Multi-News pages) end where they close, so the sentence after them is cut free; a stop's
closing marks and bracket before a space and a capital end a sentence ("‘clowns.’ ”)
Caddell shared"); quotations of one kind read as before (raw Multi-News validation, DUC)."""

from itertools import pairwise

import pytest

from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentence_quotes import quote_open
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


@pytest.mark.parametrize(
    ("cluster", "article", "ends", "next_starts"),
    [
        # “...," and its speaker, then the speaker's next quotation (raw 95)
        ("multi_news-val-4840", 1, 'this particular incident," Whelan said.', '"We do know the'),
        (
            "multi_news-val-5041",
            2,
            "Sarah Huckabee Sanders said in a statement.",
            '"The President’s',
        ),
        ("multi_news-val-5397", 1, 'in Egypt and Tunisia," Yousef said.', '"There has been a huge'),
        # "...'' and its speaker (raw 3)
        ("multi_news-val-3044", 0, "mom Mona Lisa Harding told Matt Lauer.", '"It just kind of'),
        (
            "multi_news-val-3044",
            0,
            "internal medicine internship at Walter Reed.",
            "\"I think you've heard",
        ),
        # a quoted name closed by the other kind, then a new sentence
        ("multi_news-val-2115", 0, 'who called himself “Ghoul."', "His information was leaked"),
        (
            "multi_news-val-230",
            2,
            'the broader “Operation Spartan Vanguard" initiative.',
            '"Operation',
        ),
        # '' written for an opening mark before a word: ''Walk the Line,"
        ("multi_news-val-1297", 1, "Draper James last week.", "The company sells"),
        # a stop's closing marks and bracket before a space: blingfire does not cut there
        ("multi_news-val-4890", 1, "successful ‘clowns.’ ”)", "Caddell shared the research"),
        ("multi_news-val-4890", 1, "‘spontaneous origin of life.’ ”)", "Robinson has said that"),
    ],
)
def test_sentences_end_where_a_mixed_quotation_closes(
    documents_by_cluster, cluster, article, ends, next_starts
):
    sentences = _sentences(documents_by_cluster[cluster][article])
    assert any(a.endswith(ends) and b.startswith(next_starts) for a, b in pairwise(sentences))


def test_sentences_a_mixed_quotation_closed_by_a_question_keeps_its_speaker(
    documents_by_cluster,
):
    # “...?" and its speaker are one sentence; the speaker's next quotation another (raw 232)
    sentences = _sentences(documents_by_cluster["multi_news-val-5100"][4])
    at = next(i for i, s in enumerate(sentences) if s.startswith("“Should Ronald Reagan"))
    assert sentences[at].endswith('444 days?" Gingrich said on CNN\'s "State of the Union."')
    assert sentences[at + 1].startswith("\"The fact is, we're in the middle of a mess")


def test_sentences_the_speakers_next_quotation_is_found(documents_by_cluster):
    articles = as_articles(documents_by_cluster["multi_news-val-5100"])
    found = quotes([split(clean(article)) for article in articles])
    assert any(
        matches(q, "Gingrich", "we're in the middle of a mess in the Middle East") for q in found
    )


def test_sentences_a_quotation_that_goes_on_stays_one(documents_by_cluster):
    # the speaker's next quotation, straight marks alone, is one sentence however many it
    # holds, as a quotation of one kind always was (raw 3)
    sentences = _sentences(documents_by_cluster["multi_news-val-3044"][0])
    assert any(
        s.startswith('"It just kind of happened. We started homeschooling')
        and s.endswith('because they outdid me very young."')
        for s in sentences
    )


@pytest.mark.parametrize(
    ("piece", "is_open"),
    [
        # one kind: counted, as before
        ("“We’re not exactly sure what had occurred,” Whelan said.", False),
        ('"We do know the psychiatric connection.', True),
        ("``We're very sad. We tried ...,'' Peter Foster told The Associated Press.", False),
        ("``We're very sad.", True),
        # two kinds: read in order
        ('“We’re not exactly sure what had occurred," Whelan said.', False),
        ('“We’re not exactly sure," Whelan said. "We do know', True),
        ("\"We didn't have this great plan,'' mom Mona Lisa Harding told Matt Lauer.", False),
        ('The star of "Wild," \'\'Walk the Line," and "Legally Blonde" fame started', False),
        ('"We need to get to the truth as soon as possible.”', False),
    ],
)
def test_quote_open_reads_each_kind_of_mark(piece, is_open):
    assert quote_open(piece) is is_open


def test_sentences_duc_quotations_read_as_before(documents_by_cluster):
    # newswire's ``...'' across two sentences stays one sentence (DUC d31041t)
    sentences = [s for doc in documents_by_cluster["d31041t"] for s in _sentences(doc)]
    assert any(
        s.startswith("``We're very sad. We tried") and "Peter Foster" in s for s in sentences
    )
