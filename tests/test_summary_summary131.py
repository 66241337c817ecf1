"""Summary a reader sees, hundred-and-twentieth pass (summary131, stop 56; raw Multi-News
validation, 0-based lines of the file): readers' and users' posts a page sets out as
paragraphs in their own "I" (raw 80 [2]'s forum posts and tweets, reader107) are not shown:
no line can say whose "I" they are."""

from __future__ import annotations

import re

import pytest

from chorus.model import Article, Sentence
from chorus.summarize.posts_apart import in_post, posts_apart
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.raw_pages import raw_clusters
from tests.summary_texts import row_in_article, split_sentences

_POSTS = (
    "I opened Safari and lost 2%",
    "The battery dropped from 100% to 89%",
    "@DurrtyNathaniel: My iPhone hasn't completed",
    "Since update, have a problem with apps",
)


@pytest.fixture(scope="module")
def raw_80() -> list[Sentence]:
    return split_sentences(raw_clusters()[80])


def test_raw_80_shows_no_forum_post_in_its_own_i():
    shown = [s.text for s in raw_briefing(80).summary]
    assert shown[0].startswith("Apple rolled out iOS 5.0.1 yesterday")
    assert not any(text.startswith(_POSTS) for text in shown)
    # CNET's posts stay: in quotation marks, below the line saying they are users' comments
    assert any(text.startswith('"Upgraded to 5.0.1 this morning.') for text in shown)
    assert any(text.startswith("A variety of comments on the Apple Support") for text in shown)


def test_80s_gizmodo_posts_and_what_brings_them_in(raw_80):
    # below "... There are multiple reports in the Apple Support forums. Here are some."
    assert in_post(raw_80[row_in_article(raw_80, 1, "I opened Safari")])
    assert in_post(raw_80[row_in_article(raw_80, 1, "New update is not help at all.")])
    # below "The same reader later added in another tweet:", below "@unsulk: I stand ..."
    assert in_post(raw_80[row_in_article(raw_80, 1, _POSTS[1])])
    # a post opening on its handle, in any person
    assert in_post(raw_80[row_in_article(raw_80, 1, _POSTS[2])])
    assert in_post(raw_80[row_in_article(raw_80, 1, _POSTS[3])])
    # Gizmodo's own lines, and CNET's quoted comments, are no post
    for article, opening in (
        (1, "Users who were experiencing the inexplicable"),
        (1, "Gizmodo readers are reporting similar problems:"),
        (1, "Perhaps Apple's first usage"),
        (0, '"Upgraded to 5.0.1 this morning.'),
        (0, "In a statement provided to All Things Digital"),
    ):
        assert not in_post(raw_80[row_in_article(raw_80, article, opening)]), opening


def _page(text: str) -> list[Sentence]:
    article = Article(id="a", text=text, outlet="x")
    found, at = [], 0
    for index, piece in enumerate(re.findall(r"[^.:\n]+[.:]", text)):
        start = text.index(piece.strip(), at)
        at = start + len(piece.strip())
        found.append(Sentence(article, index, start, at))
    return found


def test_edges():
    users = _page("Users are angry:\n\nI lost it. It broke.\n\nMy phone died.\n\nApple said no.")
    assert posts_apart(users, [0, 1, 2, 3, 4]) == [1, 2, 3]
    here = _page("Readers wrote in. Here are some.\n\nI lost it.")
    assert posts_apart(here, [2]) == [2]
    assert posts_apart(_page("The news.\n\n@someone: It broke."), [1]) == [1]
    # a named speaker's lead-in is a block's (`own_voice`), not a post's
    assert posts_apart(_page("Rubin writes:\n\nI lost it."), [1]) == []
    # a lead-in in its writer's own "I", and posts in quotation marks
    assert posts_apart(_page("I asked users:\n\nI lost it."), [1]) == []
    assert posts_apart(_page('Users are angry:\n\n"I lost it."'), [1]) == []
    # a first-person paragraph below the page's own line
    assert posts_apart(_page("Users are angry.\n\nI lost it."), [1]) == []


def test_over_raw_and_duc_only_80s_gizmodo_page_sets_out_posts():
    found = set()
    for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30))):
        for line, cluster in enumerate(clusters):
            sentences = split_sentences(cluster)
            ids = list(dict.fromkeys(s.article.id for s in sentences))
            found.update(
                (corpus, line, ids.index(s.article.id), s.text[:25])
                for s in sentences
                if in_post(s)
            )
    assert {place[:3] for place in found} == {("raw", 80, 1)}
    assert {text for *_, text in found} >= {opening[:25] for opening in _POSTS}
