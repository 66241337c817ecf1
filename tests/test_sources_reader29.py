"""Sources, stop 35 (sixth pass): a twenty-ninth reader found raw 165 [1], Capitol Fax's page
("To subscribe to Capitol Fax, click here. …", signed "- posted by Rich Miller"), and raw 14
[1], Fox News Latino's ("Follow us on twitter.com/foxnewslatino"), shown as "outlet unknown".
The reader numbers sources from 1; documents below are 0-based, as `split_multinews` gives
them. Every outlet read is judged in tests/fixtures/own_outlets.json; these tests show each
rule on its pages and the lines left unread."""

from __future__ import annotations

import json

from chorus.ingest import read_inputs
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters
from tests.raw_pages import raw_document as _document


def _line(cluster: int, index: int, opening: str) -> str:
    return next(line for line in _document(cluster, index).splitlines() if line.startswith(opening))


def test_a_site_speaking_as_us_is_named_by_its_own_account():
    text = _document(14, 1)
    assert "Like us at facebook.com/foxnewslatino" in text
    assert "Fox" not in text.replace("foxnewslatino", "")
    assert _read(text) == ("foxnewslatino", "follow line")
    # CollegeHumor's video page, its account in capitals and a link's form.
    assert "FOLLOW us on: http://www.twitter.com/collegehumor" in _document(88, 6)
    assert _read(_document(88, 6)) == ("collegehumor", "follow line")


def test_an_account_not_the_pages_own_is_not_read():
    # A writer's account, a show's page naming three (84 [1]: Jimmy, The Tonight Show, NBC).
    assert _read(_line(65, 2, "Follow Michael Tarm")) is None
    assert "Follow NBC: http://Twitter.com/NBC" in _document(84, 1)
    assert _read(_document(84, 1)) is None
    # The page's line quoted within a sentence is its author's, not the page's.
    follow = _line(14, 1, "Follow us on")
    assert _read(f"The station wrote: {follow} for updates.") is None
    # Two accounts told as "us" name no one.
    assert _read(f"{follow}\n{_line(88, 6, 'LIKE us on')}") is None


def test_a_subscription_pitch_names_the_site_its_sign_off_does_not():
    text = _document(165, 1)
    pitch, rest = text.split("\n", 1)
    assert pitch.startswith("To subscribe to Capitol Fax, click here.")
    assert _read(text) == ("Capitol Fax", "subscription pitch")
    # "- posted by Rich Miller" names its writer: the page without its pitch names no one.
    assert rest.rstrip().endswith("Sorry, comments for this post are now closed.")
    assert "- posted by Rich Miller" in rest
    assert _read(rest) is None
    assert _document(210, 1).rstrip().endswith("New to NSFWCORP? Subscribe for just $3 a month")
    assert _read(_document(210, 1)) == ("NSFWCORP", "subscription pitch")


def test_a_link_to_click_or_a_channel_to_subscribe_to_names_no_site():
    assert "To learn more about Kolb, click here." in _document(55, 2)
    assert _read(_document(55, 2)) is None
    assert "Subscribe NOW to The Tonight Show Starring Jimmy Fallon:" in _document(84, 1)
    assert 'Subscribe To "The Late Show" Channel HERE' in _document(137, 2)
    assert _read(_document(137, 2)) is None


def test_the_sources_list_names_both_pages(tmp_path):
    for cluster, outlet in ((14, "foxnewslatino"), (165, "Capitol Fax")):
        path = tmp_path / f"raw{cluster}.jsonl"
        path.write_text(json.dumps(raw_clusters()[cluster]) + "\n", encoding="utf-8")
        read = read_inputs([str(path)])
        assert read.articles[1].outlet == outlet
        assert f"outlet {outlet!r} read from its" in read.notes[0]
