"""Summary lines leaning on their article's line before: an opening adverb of degree weighing a
point against one told before ("But more importantly, ...", raw 167), a quotation's own
opening "It" for a thing the line before names ("“It was put together by the governor ...,”
..., said ...", raw 238) wait for or come with that line (summary100, raw Multi-News
validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.dangling import goes_on
from chorus.summarize.stands_on import quoted_thing
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _shown_only_right_below_its_line_before(cluster: dict, opening: str) -> bool:
    texts = summary_texts.sentences(cluster)
    row = summary_texts.row_of(texts, opening)
    shown = summary_texts.summary(cluster)
    assert len(shown) >= 6
    if texts[row] not in shown:
        return True
    at = shown.index(texts[row])
    return at > 0 and shown[at - 1] == texts[row - 1]


def test_an_opening_adverb_of_degree_goes_on_from_the_line_before(clusters):
    weighed = [
        summary_texts.sentence(clusters[167], "But more importantly,"),
        summary_texts.sentence(clusters[123], "Even more simply,"),
        summary_texts.sentence(clusters[154], "More specifically,"),
    ]
    assert goes_on(weighed).all()
    # a superlative of time puts its event last of a series and reads alone
    assert not goes_on([summary_texts.sentence(clusters[169], "Most recently,")])[0]
    assert _shown_only_right_below_its_line_before(clusters[167], "But more importantly,")


def test_a_quotations_thing_it_credited_after_stands_on_its_line_before(clusters):
    jorgensen = summary_texts.sentence(clusters[238], "“It was put together by the governor")
    assert quoted_thing(jorgensen)
    assert quoted_thing(summary_texts.sentence(clusters[142], '"It works pretty well'))
    # an "It" standing for no thing: a raised clause, an extraposed subject, a copula
    for line, opening in (
        (116, '"It now seems clear that'),
        (218, '"It would be very rare'),
        (151, "“It really don’t matter to me"),
        (218, '"It was the site of the highest signal'),
    ):
        assert not quoted_thing(summary_texts.sentence(clusters[line], opening)), opening


def test_the_jorgensen_quotation_is_not_shown_below_another_line(clusters):
    cluster = clusters[238]
    assert _shown_only_right_below_its_line_before(cluster, "“It was put together by the governor")
    # the quotation going on from it is not shown with it alone either
    assert _shown_only_right_below_its_line_before(cluster, "“I suspect that’s why")
