"""Sources, stop 41 (sources18): a sixtieth and a sixty-first reader found pages shown
"outlet unknown" whose story names its own outlet: raw 198's POLITICO and PEOPLE pages and
231's Variety page. Documents are 0-based (the readers count from 1). Every outlet read is
judged in tests/fixtures/own_outlets.json; these tests show each shape on its pages, and the
names a page cites another outlet by ("obtained by", "In a statement to") left unread."""

from __future__ import annotations

import pytest

from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_document as _document
from tests.raw_pages import sources_markdown

_LINK = "link to its own story"
_PITCH = "pitch for its own issue"
_UPDATE = "update note on its own story"
_LINK_WORDS = "\n(Also on POLITICO: "
"""Its links' words, each link kept a line of its own in brackets once they are cut."""


@pytest.mark.parametrize(
    ("place", "words", "outlet", "rule"),
    [
        ((198, 3), _LINK_WORDS, "POLITICO", _LINK),
        ((151, 3), _LINK_WORDS, "POLITICO", _LINK),
        ((210, 0), _LINK_WORDS, "POLITICO", _LINK),
        ((198, 4), "pick up a copy of this week's issue of PEOPLE", "PEOPLE", _PITCH),
        ((231, 1), "UPDATE, 10:11 p.m. — Variety’s first story said", "Variety", _UPDATE),
    ],
)
def test_a_story_naming_itself_as_no_other_outlet_would_names_the_page(place, words, outlet, rule):
    page = _document(*place)
    assert words in page
    assert _read(page) == (outlet, rule)
    # Without those words the page names no outlet: its other mentions are how a page
    # cites another too ("obtained by POLITICO", 198 [3]; "She spoke with POLITICO", 210
    # [0]); 198 [4]'s "Gillibrand tells PEOPLE" is its own wordmark (sources21).
    unread = _read(page.replace(words, "\n(" if words == _LINK_WORDS else ""))
    assert unread == (("PEOPLE", "quoting under its wordmark") if place == (198, 4) else None)


def test_a_sentence_starting_also_on_names_no_page():
    # raw 204 [0]: "Also on Sunday, Attorney General Pam Bondi told …" is no link.
    assert _read("Also on Sunday, Attorney General Pam Bondi told FDLE Commissioner.") is None
    # Only POLITICO's name, the one such links were seen with: a day or a network is none.
    assert _read("(Also on Sunday: a vigil at the school)") is None
    assert _read("(Also on Twitter: the senator's reply)") is None


def test_a_study_published_in_this_week_s_issue_names_the_journal_not_the_page():
    # raw 93 [0], HealthDay's page, keeps its dateline's outlet.
    page = _document(93, 0)
    line = "The new study is published in this week's issue of the Proceedings of the National"
    assert line in page
    assert _read(page) == ("HealthDay News", "dateline")
    assert _read(page.replace("(HealthDay News)", "")) is None


def test_another_outlet_s_first_report_or_a_relayed_report_names_no_page():
    # 231 [2] credits its figure "according to Variety"; a page criticising "CNN's first
    # report" (Multi-News+ validation 1129 [1]) writes of another outlet's story.
    assert "according to Variety" in _document(231, 2)
    # its own closing pitch names it Vanity Fair (sources20), never Variety
    assert _read(_document(231, 2)) == ("Vanity Fair", "closing pitch for its game")
    assert _read("Much was made, in CNN's first report, of how tragic this was.") is None
    assert _read("Variety’s first story said the film opened on Friday.") is None


@pytest.mark.parametrize(
    ("place", "words", "outlet"),
    [
        # An AP story citing NBC's document: the page stays AP's by its dateline.
        ((34, 0), "a copy of the order that was obtained by NBC News", "The Associated Press"),
        # The Palm Beach station's page quoting its own statement, and WKMG's reports.
        ((225, 2), "In a statement to CBS12, McDowell explained", None),
    ],
)
def test_a_name_a_page_was_given_something_by_names_no_source(place, words, outlet):
    page = _document(*place)
    assert words in page
    read = _read(page)
    assert (read and read[0]) == outlet


def test_the_sources_list_names_the_pages_and_quotes_the_line(tmp_path):
    markdown, notes = sources_markdown(198, tmp_path)
    assert "4. **POLITICO**, date unknown" in markdown
    assert "5. **PEOPLE**, “Sen. Kirsten Gillibrand: 'I Will Help Hillary Get Elected'”" in markdown
    assert any(
        "outlet 'PEOPLE' read from its pitch for its own issue" in note
        and "this week's issue of PEOPLE" in note
        for note in notes
    )
    markdown, notes = sources_markdown(231, tmp_path)
    assert "2. **Variety**, date unknown" in markdown
    assert any("UPDATE, 10:11 p.m. — Variety’s first story said" in note for note in notes)
