"""A "!" inside a name ("E! News", "Tora! Tora! Tora!") does not end a sentence; a real
exclamation before a new sentence still does (raw Multi-News validation)."""

from itertools import pairwise

import pytest

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def raw_articles() -> dict[str, list[str]]:
    return {c["id"]: c["documents"] for c in read_clusters(RAW_VALIDATION, 250)}


def _sentences(raw_articles, cluster: str, article: int) -> list[str]:
    text = raw_articles[cluster][article]
    return [s.text for s in split(clean(make_article(text, "test", origin="test")))]


@pytest.mark.parametrize(
    ("cluster", "article", "words"),
    [
        # blingfire cut after "E!", leaving "News in a statement." alone (reader11, cluster 111)
        ("sample-validation-111", 2, 'with cancer," he told E! News in a statement.'),
        ("multi_news-val-1334", 1, "any time of the day -- thank you, E! Network!)"),
        ("multi_news-val-2642", 2, "Phoenix (2004) and Tora! Tora! Tora! (1970)."),
        # a lower-case word goes on after the name's "!", as blingfire already read it
        ("multi_news-val-2623", 0, "After the success of Mamma Mia! in 2008, she played"),
    ],
)
def test_sentences_a_name_with_a_bang_goes_on(raw_articles, cluster, article, words):
    assert any(words in s for s in _sentences(raw_articles, cluster, article))


@pytest.mark.parametrize(
    ("cluster", "article", "ends", "next_starts"),
    [
        ("multi_news-val-1334", 1, "E! Network!)", "So we're not too proud"),
        ("multi_news-val-4792", 1, "southernmost state of Johor!", "So the Malay Peninsula"),
        ("multi_news-val-4411", 5, "Good for you, Marisa!", "You, too, are a winner!"),
        ("multi_news-val-5067", 1, "take walks, Let’s Move!", "Basically anything is better"),
        ("multi_news-val-3487", 1, "Happy Taylor Swift Release Day!", "Have you already"),
    ],
)
def test_sentences_an_exclamation_before_a_new_sentence_ends_it(
    raw_articles, cluster, article, ends, next_starts
):
    sentences = _sentences(raw_articles, cluster, article)
    assert any(a.endswith(ends) and b.startswith(next_starts) for a, b in pairwise(sentences))


def test_sentences_an_exclamation_keeps_its_speaker(raw_articles):
    # "Okay!" is a quotation with its speaker and verb; the name rule leaves it as it was.
    sentences = _sentences(raw_articles, "multi_news-val-3718", 1)
    assert any(s.startswith('"Okay!" Weiner said loudly, though not') for s in sentences)


def test_a_title_after_an_opening_bracket_ends_no_sentence(raw_articles):
    # Raw 229 (reader19): "(Mr." was a sentence of its own, and "Kantner and Ms. Anderson
    # died in 2016, ...)" a second that reached the summary without its opening.
    sentences = _sentences(raw_articles, "multi_news-val-1643", 0)
    assert (
        "(Mr. Kantner and Ms. Anderson died in 2016, Mr. Dryden in 2005 and Mr. Spence in 1999.)"
        in sentences
    )
    assert "(Mr." not in sentences
