"""Sources, stop 35: a twenty-seventh and a twenty-eighth reader found raw pages whose own
lines name them shown as "outlet unknown" (raw 122 [2]'s New York Times sign-up box, 122
[3]'s GoFundMe page) and one named by its writer's mailbox rather than its own address
(raw 248 [2], "…@arizonarepublic.com" on azcentral.com). The readers number sources from
1; documents below are 0-based, as `split_multinews` gives them. Every outlet read is
judged in tests/fixtures/own_outlets.json; these tests show each rule on its pages and the
lines left unread."""

from __future__ import annotations

import json
from functools import cache

from chorus.ingest import read_inputs
from chorus.ingest.own_lines import own_outlet
from chorus.render.sources import source_kind
from tests.conftest import RAW_VALIDATION, read_clusters


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _document(cluster: int, index: int) -> str:
    return _raw()[cluster]["documents"][index]


def _read(cluster: int, index: int) -> tuple[str, str] | None:
    found = own_outlet(_document(cluster, index))
    return None if found is None else (found.value, found.rule)


def test_the_times_sign_up_box_names_its_pages():
    text = _document(122, 1)
    assert "View all New York Times newsletters." in text
    for cluster, index in ((68, 0), (107, 1), (122, 1), (155, 1)):
        assert _read(cluster, index) == ("The New York Times", "sign-up consent")


def test_a_fundraiser_speaking_of_itself_is_named_by_the_site_hosting_it():
    assert "This GoFundMe page is organized by" in _document(122, 2)
    assert _read(122, 2) == ("GoFundMe", "fundraiser's own words")
    assert "starting this Go Fund Me" in _document(100, 1)
    assert _read(100, 1) == ("GoFundMe", "fundraiser's own words")


def test_a_report_on_a_fundraiser_is_not_one():
    # ABC's report quotes the page and names it; a local paper says one "has been set up".
    assert "according to the GoFundMe page posted Tuesday" in _document(122, 0)
    assert _read(122, 0) == ("ABC News", "request for comment")
    assert "A GoFundMe page has been set up" in _document(156, 1)
    # (the Post-Crescent's by its writer's address beside his number, sources23)
    assert _read(156, 1) == ("postcrescent.com", "writer's address")
    # The page's own words quoted by a report name no page of the report's.
    sentence = "This GoFundMe page is organized by two of Thomas and Dina’s close family members."
    assert sentence in _document(122, 2)
    assert own_outlet(f'The family wrote: "{sentence}"') is None
    assert own_outlet(f"The family wrote: {sentence}") is not None


def test_the_sources_list_says_a_fundraising_page_is_one(tmp_path):
    path = tmp_path / "raw122.jsonl"
    path.write_text(json.dumps(_raw()[122]) + "\n", encoding="utf-8")
    articles = read_inputs([str(path)]).articles
    outlets = [article.outlet for article in articles]
    assert outlets == ["ABC News", "The New York Times", "GoFundMe"]
    assert source_kind(articles[2]) == "fundraising page"
    assert source_kind(articles[1]) is None


def test_a_share_link_names_the_site_over_its_writers_mailbox():
    text = _document(248, 1)
    assert "contact her at yvonne.wingett@arizonarepublic.com." in text
    assert _read(248, 1) == ("azcentral.com", "share link")
    assert _read(77, 4) == ("rgj.com", "share link")
    # shown by the name its text writes for freep.com, "the Free Press" (sources19)
    assert _read(50, 0) == ("The Free Press", "share link")
    # A network paper's shortener ("detne.ws") names no site; USA Today's "usat.ly" names
    # its own (sources16), read after every other rule.
    assert "Read or Share this story: http://usat.ly/1Hqr8S0" in _document(246, 1)
    assert _read(246, 1) == ("USA Today", "short share link")
    assert "Read or Share this story: http://detne.ws/1XLGHam" in _document(241, 1)
    assert _read(241, 1) == ("The Detroit News", "writer's address")


def test_a_newsletter_pitch_opening_sign_up_now_names_the_site():
    assert "Sign up now for the Us Weekly newsletter" in _document(111, 0)
    assert _read(111, 0) == ("Us Weekly", "newsletter line")
    assert _read(201, 0) == ("Us Weekly", "newsletter line")


def test_pages_whose_text_never_names_their_outlet_stay_unknown():
    """171 [1] names only its owner ("Third Door Media's terms"), 171 [0] only what someone
    "told ABC News" (sites cite one another so), 207 [1] neither CNET nor its owner."""
    assert "you agree to Third Door Media's terms" in _document(171, 1)
    assert "told ABC News" in _document(171, 0)
    assert _read(171, 0) is None
    assert _read(171, 1) is None
    assert _read(207, 1) is None
