"""A sentence's text, sliced once when it is made (speed, stop 37), is its article's text
between its offsets wherever the sentence comes from: the splitter, or a copy with another
end (analyze/quote_rows.py joins a quotation run over two sentences so)."""

from __future__ import annotations

import pickle
from dataclasses import replace

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split


def test_every_sentence_is_its_article_s_slice(validation_clusters):
    sentences = [
        s
        for cluster in validation_clusters[:20]
        for article in as_articles(cluster["documents"])
        for s in split(clean(article))
    ]
    assert len(sentences) > 500
    assert all(s.text == s.article.text[s.start : s.end] for s in sentences)
    assert all(s.text.strip() and s.text == s.text.strip() for s in sentences)


def test_a_copy_with_another_end_reads_its_own_span(validation_clusters):
    """Raw 0's first two sentences joined as quote_rows joins them: the copy's text runs
    over both, and a pickled sentence (a batch worker's) keeps its text."""
    article = as_articles(validation_clusters[0]["documents"])[0]
    first, second = split(clean(article))[:2]
    joined = replace(first, end=second.end)
    assert joined.text == article.text[first.start : second.end]
    assert joined.text.startswith(first.text) and joined.text.endswith(second.text)
    assert first.text in joined.text and len(joined.text) > len(first.text)
    assert pickle.loads(pickle.dumps(first)).text == first.text
