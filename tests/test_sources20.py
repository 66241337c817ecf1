"""Sources, stop 50 (sources20): an outlet's name from what its page writes (raw validation,
0-based; the readers count from 1). 226 [0]'s "wsj.com" (its writer's "kevin.clark@wsj.com",
no "Journal" in its text) is shown by the listed news outlet's name that spells the address,
The Wall Street Journal, unless the page calls itself by the address ("told msnbc.com");
NPR's picture button ("Enlarge this image toggle caption …") names 85 [1], The Salt's page,
NPR; Vanity Fair's closing pitch for its game names 174 [1]."""

from __future__ import annotations

from pathlib import Path

import pytest

from chorus.ingest.own_lines import own_outlet
from chorus.ingest.own_names import name_for
from chorus.language.news_outlets import NEWS_OUTLETS

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_LOS_ANGELES_TIMES = ((30, 0), (70, 2), (157, 1), (218, 0))
_USA_TODAY = ((19, 1), (43, 1), (83, 1), (246, 1))
_LISTED = {
    (226, 0): ("The Wall Street Journal", "wsj.com"),
    **{page: ("Los Angeles Times", "latimes.com") for page in _LOS_ANGELES_TIMES},
    **{page: ("USA Today", "usatoday.com") for page in _USA_TODAY},
}
"""Every raw and DUC page read by an address no text of it names, whose address a listed
news outlet's name spells; each read and judged the outlet's own page."""
_NPR = ((21, 3), (85, 1), (104, 1), (145, 0), (215, 1))
"""Raw's pages holding NPR's "toggle caption", each NPR's; DUC has none."""
_VANITY_FAIR = ((174, 1), (231, 2))


def test_an_address_no_text_names_is_shown_by_the_listed_outlets_name():
    page = raw_document(226, 0)
    assert "kevin.clark@wsj.com" in page and "Journal" not in page
    found = own_outlet(page)
    assert (found.value, found.address, found.naming) == ("The Wall Street Journal", "wsj.com", "")
    # the page's own name for it still comes first (207 [0], sources19)
    told = name_for("wsj.com", "He told The Wall Street Journal.")
    assert told is not None and told.line == "He told The Wall Street Journal."


def test_a_page_calling_itself_by_its_address_keeps_it():
    page = raw_document(176, 1)
    assert "told msnbc.com" in page
    assert outlet_read(page) == ("msnbc.com", "quoting of what it was told")
    # without the address written as a word, the list's name would show
    assert name_for("msnbc.com", "Write to her at jane@msnbc.com.").name == "MSNBC"


def test_an_address_no_listed_name_spells_stays():
    # time.com is no "Times", nydailynews.com and oregonian.com no listed outlet's
    assert outlet_read(raw_document(74, 1)) == ("time.com", "writer's address")
    assert outlet_read(raw_document(94, 1))[0] == "nydailynews.com"
    assert outlet_read(raw_document(215, 0))[0] == "oregonian.com"
    # initials a person's two letters give, no listed outlet: "ap.org" is no "AP" by them
    assert name_for("ft.com", "Fiona Tan said so.") is None


def test_the_list_is_the_analysis_list_with_its_the():
    from chorus.analyze.entity_lists import KNOWN

    # the analysis knows each outlet as a story writes it after its own "the"
    assert all(KNOWN[outlet.removeprefix("The ")] == "organisation" for outlet in NEWS_OUTLETS)
    assert "The Wall Street Journal" in NEWS_OUTLETS and "Wall Street Journal" in KNOWN


@pytest.mark.parametrize("page", _NPR)
def test_npr_s_picture_button_names_npr_and_without_it_nothing_does(page: tuple[int, int]):
    text = raw_document(*page)
    assert "toggle caption" in text
    assert outlet_read(text) == ("NPR", "caption toggle")
    assert own_outlet(text.replace("toggle caption", "caption")) is None


def test_the_salt_is_npr_s_and_its_blog_name_is_not_read():
    text = raw_document(85, 1)
    assert "told The Salt" in text and "NPR" not in text
    assert outlet_read(text) == ("NPR", "caption toggle")


@pytest.mark.parametrize("page", _VANITY_FAIR)
def test_a_magazine_s_closing_pitch_for_its_game_names_it(page: tuple[int, int]):
    text = raw_document(*page)
    assert "with Vanity Fair ’s Game of Unknowns." in text
    assert outlet_read(text) == ("Vanity Fair", "closing pitch for its game")
    # the pitch reads only among the closing lines
    moved = "Test your knowledge of the Seven Kingdoms with Vanity Fair ’s Game of Unknowns."
    body = text.replace(moved, "")
    assert own_outlet(body) is None
    assert own_outlet(f"{moved}\n\n{body}\n\nMore.\n\nMore.\n\nMore.\n\nMore.") is None


def test_over_raw_and_duc_exactly_the_judged_pages_are_read():
    read = {
        (page.corpus, page.cluster, page.document): found
        for page in pages_everywhere()
        if (found := own_outlet(page.article.text)) is not None
    }
    listed = {
        key[1:]: (found.value, found.address)
        for key, found in read.items()
        if found.address and not found.naming
    }
    assert listed == _LISTED
    assert {key for key, found in read.items() if found.rule == "caption toggle"} == {
        ("raw", *page) for page in _NPR
    }
    assert {key for key, found in read.items() if found.rule == "closing pitch for its game"} == {
        ("raw", *page) for page in _VANITY_FAIR
    }


@pytest.mark.parametrize(
    ("cluster", "shown", "hidden", "said"),
    [
        (226, "1. **The Wall Street Journal**", "wsj.com", "a listed news outlet's address"),
        (85, "2. **NPR**", "outlet unknown, “California", "its caption toggle, 'Enlarge this"),
    ],
)
def test_the_sources_line_shows_the_name_and_the_note_says_where_it_comes_from(
    cluster: int, shown: str, hidden: str, said: str, tmp_path: Path
):
    markdown, notes = sources_markdown(cluster, tmp_path)
    assert shown in markdown and hidden not in markdown
    assert any(said in note for note in notes)
