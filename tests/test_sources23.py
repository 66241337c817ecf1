"""Sources, stop 51 (sources23): a page's outlet named by its own text (raw validation,
0-based; the readers count from 1). 136 [1], the Orlando Sentinel's, closes on "Reporter
Stephen Hudak contributed to this report. echerney@orlandosentinel.com or 352-742-5930": a
writer's address beside their telephone number, after a sentence on its line. 136 [0], WKMG's,
names itself by its channel ("Poole told Local 6 in November.", "a recent Local 6
investigation"), twice or more. 194 [0]'s "told Discovery News", 236 [1]'s "appeared in the
Daily News on Thursday" and 94 [0]'s "Mary Lynn Smith • 612-673-4788" stay unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from chorus.ingest.own_lines import own_outlet
from chorus.ingest.own_signoffs import paired_address

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_ADDRESS, _CHANNEL = "writer's address", "station's name for itself"
"""The rules this pass reads 136 [1] and 136 [0] by."""
_PAIR = "echerney@orlandosentinel.com or 352-742-5930"
_TOLD = "Poole told Local 6 in November."


def test_an_address_beside_a_telephone_number_names_the_page():
    page = raw_document(136, 1)
    assert f"Reporter Stephen Hudak contributed to this report. {_PAIR}" in page
    assert outlet_read(page) == ("orlandosentinel.com", _ADDRESS)
    # The number first, as the Post-Crescent writes it, reads the same.
    swapped = page.replace(_PAIR, "352-742-5930, or echerney@orlandosentinel.com")
    assert outlet_read(swapped) == ("orlandosentinel.com", _ADDRESS)
    # Without the number the address is no contact pair; a mail service names no paper.
    assert outlet_read(page.replace(" or 352-742-5930", "")) is None
    assert outlet_read(page.replace("orlandosentinel.com", "gmail.com")) is None
    # Only on the page's last three lines: a pair after a sentence higher up is no sign-off.
    credit = f"Reporter Stephen Hudak contributed to this report. {_PAIR}"
    moved = page.replace(credit, "More.\n\nMore.\n\nMore.")
    moved = moved.replace("This week, Poole", f"{credit}\n\nThis week, Poole")
    assert credit in moved
    assert outlet_read(moved) is None


def test_the_post_crescent_s_contact_line_names_its_page():
    page = raw_document(156, 1)
    assert "— Duke Behnke: 920-993-7176, or dbehnke@postcrescent.com;" in page
    assert outlet_read(page) == ("postcrescent.com", _ADDRESS)


def test_a_station_s_channel_told_or_at_work_twice_names_the_page():
    page = raw_document(136, 0)
    assert _TOLD in page and "a recent Local 6 investigation" in page
    assert outlet_read(page) == ("Local 6", _CHANNEL)
    # 196 [0] told Channel 2 News five times; 4 [1] "Channel 11 News reported", "told Channel 11".
    assert outlet_read(raw_document(196, 0)) == ("Channel 2", _CHANNEL)
    assert outlet_read(raw_document(4, 1)) == ("Channel 11", _CHANNEL)


def test_a_channel_named_once_or_as_a_thing_names_no_page():
    page = raw_document(136, 0)
    once = page.replace("[VIDEO: Local 6's original report ]", "").replace(
        "a recent Local 6 investigation", "a recent investigation"
    )
    assert _TOLD in once
    assert outlet_read(once) is None
    # 4 [2], a blog retelling WPXI's story, writes "told Channel 11" once.
    assert "Neighbors told Channel 11 Wednesday" in raw_document(4, 2)
    assert outlet_read(raw_document(4, 2)) is None
    # A channel's documentary twice is no station speaking.
    thing = once.replace(_TOLD, "A Channel 4 documentary and a Channel 4 film.")
    assert outlet_read(thing) is None
    # Two channels named are two outlets: none is read.
    two = page.replace(_TOLD, "Poole told Channel 9 in November.")
    assert own_outlet(two) is None


_LEFT = (
    # "told <Name> News" names the outlet a person spoke to: on 204 [1], an AP page, Fox News.
    (194, 0, "Stanford University, told Discovery News."),
    # One page of raw and DUC writes "appeared in the <paper> on <day>"; DUC 21's "told The
    # News" is the Buffalo News on another's page.
    (236, 1, "appeared in the Daily News on Thursday"),
    # A telephone number alone names no paper.
    (94, 0, "Mary Lynn Smith • 612-673-4788"),
)


@pytest.mark.parametrize(("cluster", "index", "words"), _LEFT)
def test_the_others_stay_unknown(cluster: int, index: int, words: str):
    page = raw_document(cluster, index)
    assert words in page and outlet_read(page) is None


def test_over_raw_and_duc_the_new_readings_stand_on_their_pages():
    by_rule: dict[str, dict[tuple[int, int], str]] = {_CHANNEL: {}, _ADDRESS: {}}
    for page in pages_everywhere():
        found = own_outlet(page.article.text)
        if found is not None and found.rule in by_rule:
            by_rule[found.rule][page.cluster, page.document] = found.value
    assert by_rule[_CHANNEL] == {(4, 1): "Channel 11", (136, 0): "Local 6", (196, 0): "Channel 2"}
    assert by_rule[_ADDRESS][136, 1] == "orlandosentinel.com"
    assert by_rule[_ADDRESS][156, 1] == "postcrescent.com"
    # Every contact pair on a page's last three lines is its own paper's, nbcuni.com (an
    # owner's mail domain, 95 [1]) aside.
    paired = {
        (page.corpus, page.cluster, page.document): found["name"]
        for page in pages_everywhere()
        for line in page.article.text.splitlines()[-6:]
        if (found := paired_address(" ".join(line.split())))
    }
    assert paired == {
        ("raw", 50, 0): "freepress.com",
        ("raw", 60, 1): "sunsentinel.com",
        ("raw", 109, 0): "sduniontribune.com",
        ("raw", 136, 1): "orlandosentinel.com",
        ("raw", 156, 1): "postcrescent.com",
        ("raw", 187, 1): "philly.com",
    }


def test_the_sources_lines_name_them(tmp_path: Path):
    markdown, notes = sources_markdown(136, tmp_path)
    assert "1. **Local 6**" in markdown
    assert "2. **orlandosentinel.com**" in markdown
    assert any("outlet 'Local 6' read from its station's name for itself" in n for n in notes)
    assert any("outlet 'orlandosentinel.com' read from its writer's address" in n for n in notes)
