"""Who said what, ninety-first pass (reader80's findings on raw validation 0-based 59 and
43, multi_news-val-3761 and 3299): a release named alone is its issuer's, where
the article named whose release it read; an office before a name kept beside a party."""

from __future__ import annotations

from chorus.analyze.quote_documents import issued_paper
from tests.gold import briefed_quotes, quotes_in

_TEACHER = "multi_news-val-3761"
_CORBETT = "multi_news-val-3299"


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


def test_an_office_before_the_name_is_kept_beside_a_party_apposition():
    # [2] (USA Today): "Pennsylvania Gov. Tom Corbett, a Republican, is up for re-election in
    # 2014." introduces the man later quoted as "..., Corbett said."
    found = briefed_quotes((_CORBETT,))[_CORBETT]
    rows = [q for q in found if q.speaker == "Tom Corbett"]
    assert rows
    assert {q.role for q in rows} == {"Pennsylvania Gov., a Republican"}
