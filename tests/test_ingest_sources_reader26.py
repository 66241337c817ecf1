"""Sources, stop 34: a twenty-sixth reader found six raw articles shown with an unknown
outlet though their own lines name it. Five are read now, by the page's own furniture: a
daily mail's pitch, a syndication notice, a picture the site made or its staff took, and
its own unanswered request for comment. "Follow Ynetnews on Facebook and Twitter" stays
unread (a one-word "Follow" names people too), and "told The Daily Beast" (six times on
its page) names no source: sites cite one another so."""

from __future__ import annotations

import json
from functools import cache

from chorus.ingest import read_inputs
from chorus.ingest.own_lines import own_outlet
from tests.conftest import RAW_VALIDATION, read_clusters


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _document(cluster: int, index: int) -> str:
    return _raw()[cluster]["documents"][index]


def _read(cluster: int, index: int) -> tuple[str, str]:
    found = own_outlet(_document(cluster, index))
    return (found.value, found.rule)


def test_a_sites_daily_edition_pitch_names_it():
    text = _document(23, 1)
    assert "Get The Times of Israel's Daily Edition by email" in text
    assert _read(23, 1) == ("The Times of Israel", "newsletter line")
    assert _read(89, 0) == ("The Times of Israel", "newsletter line")


def test_a_syndication_notice_names_the_site_that_owns_the_story():
    assert "reuse any content from New Scientist" in _document(6, 1)
    assert _read(6, 1) == ("New Scientist", "syndication notice")


def test_a_picture_the_site_made_or_its_staff_took_names_it():
    assert _read(34, 3) == ("Slate", "caption of its own picture")
    assert _read(212, 0) == ("Newsweek", "caption of its own picture")
    assert "Credit Doug Mills/The New York Times" in _document(34, 2)
    assert _read(34, 2) == ("The New York Times", "caption of its own picture")


def test_an_unanswered_request_for_comment_names_the_site_that_asked():
    text = _document(130, 1)
    assert text.count("told The Daily Beast") == 6
    found = own_outlet(text)
    assert (found.value, found.rule) == ("The Daily Beast", "request for comment")
    assert "did not respond to The Daily Beast’s request for comment" in found.line
    assert _read(122, 0) == ("ABC News", "request for comment")


def test_a_one_word_follow_line_stays_unread():
    """ "Follow Caroline on Twitter" (raw 230 [2]) is a writer's: a one-word name followed
    cannot be told from a site's."""
    assert "Follow Ynetnews on Facebook and Twitter" in _document(23, 2)
    assert own_outlet(_document(23, 2)) is None
    assert "Follow Caroline on Twitter" in _document(230, 2)
    assert own_outlet(_document(230, 2)) is None


def test_the_cluster_as_a_user_gives_it_shows_the_outlets(tmp_path):
    path = tmp_path / "raw34.jsonl"
    path.write_text(json.dumps(_raw()[34]) + "\n", encoding="utf-8")
    outlets = [article.outlet for article in read_inputs([str(path)]).articles]
    assert "The New York Times" in outlets
    assert "Slate" in outlets
