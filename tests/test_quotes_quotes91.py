"""Who said what, ninety-first pass (reader80's finding on raw validation 0-based 59,
multi_news-val-3761): a release named alone is its issuer's, where the article named whose
release it read."""

from __future__ import annotations

from chorus.analyze.quote_documents import issued_paper
from tests.gold import briefed_quotes, quotes_in

_TEACHER = "multi_news-val-3761"


def test_a_release_named_alone_is_the_issuer_the_article_named_before():
    # [2]: "..., according to a release from the Denver district attorney’s office." and,
    # three paragraphs later, "She has two children as a result of the relationship,
    # according to a release."
    found = briefed_quotes((_TEACHER,))[_TEACHER]
    (row,) = quotes_in(found, "two children as a result")
    assert (row.speaker, row.role) == ("Denver District Attorney’s Office", "release")
    assert not any(q.speaker == "a release" for q in found)


def test_only_a_bare_statement_or_release_is_a_paper_to_credit():
    assert issued_paper("a release") == "release"
    assert issued_paper("the news release") == "news release"
    assert issued_paper("a statement") == "statement"
    # a filing speaks for itself; a named release already names its issuer
    assert issued_paper("the affidavit") is None
    assert issued_paper("a release from the sheriff") is None
