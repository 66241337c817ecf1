"""Sources, stop 49 (sources19): an outlet read as a web address is shown by the name the
page's own text writes for it, where that name's words spell the address's stem (raw
validation, 0-based; the readers count from 1): 207 [0]'s "wsj.com" (its writer's address)
is The Wall Street Journal it was "told", 115 [1]'s "chron.com" the Chronicle "he told",
139 [1]'s "usatoday.com" (its "usat.ly" share link) the "USA TODAY reports" of its text.
Where no name spells it (226 [0] writes no "Journal", 246 [1] no "USA TODAY"), the address
stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from chorus.ingest.own_lines import own_outlet

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_USA_TODAY = ((139, 1), (205, 3), (234, 2), (249, 0))
"""USA Today's pages read by their "usat.ly" share link whose text writes "USA TODAY"."""
_NAMED = {
    # the initials of its words
    ("raw", 207, 0): ("The Wall Street Journal", "wsj.com"),
    ("raw", 209, 1): ("BBC", "bbc.co.uk"),
    # its words run together
    ("raw", 60, 0): ("CBSMiami", "cbsmiami.com"),
    ("raw", 105, 1): ("ABC News", "abcnews.com"),
    ("raw", 144, 1): ("POLITICO", "politico.com"),
    ("raw", 241, 1): ("The Detroit News", "detroitnews.com"),
    **{("raw", *page): ("USA TODAY", "usatoday.com") for page in _USA_TODAY},
    # mixed
    ("raw", 50, 0): ("The Free Press", "freep.com"),
    # a leading part of its one word, after "the"
    ("raw", 115, 1): ("The Chronicle", "chron.com"),
}
"""Every page of raw and DUC read by an address whose text spells it, each read and judged
right (docs/journal/sources.md, sources19)."""


@pytest.mark.parametrize(
    ("cluster", "index", "words", "instead", "rule"),
    [
        # initials
        (207, 0, "told The Wall Street Journal", "told reporters", "writer's address"),
        # a leading part of its one word, written after "the"
        (115, 1, "told the Chronicle", "told reporters", "writer's address"),
        # words run together
        (139, 1, "USA TODAY", "the paper", "short share link"),
        # initials and a whole word mixed
        (50, 0, "by the Free Press", "by the paper", "share link"),
    ],
)
def test_the_name_its_text_writes_shows_the_address_and_without_it_the_address_stays(
    cluster: int, index: int, words: str, instead: str, rule: str
):
    page = raw_document(cluster, index)
    name, address = _NAMED[("raw", cluster, index)]
    assert words in page
    found = own_outlet(page)
    assert (found.value, found.address, found.rule) == (name, address, rule)
    without = own_outlet(page.replace(words, instead))
    # no line of the text names it: the address, or a listed outlet's name (sources20)
    assert (without.address or without.value, without.naming, without.rule) == (address, "", rule)


def test_pages_whose_text_spells_no_name_keep_their_address_or_a_listed_name():
    # The readers' 226 [1] and 246 [2]: their texts never name the paper; a listed news
    # outlet's name spells wsj.com, usatoday.com and latimes.com (sources20).
    assert outlet_read(raw_document(226, 0)) == ("The Wall Street Journal", "writer's address")
    assert outlet_read(raw_document(246, 1)) == ("USA Today", "short share link")
    # "told The Times" spells no latimes; "The New York Times" in a credit no time.com.
    assert "told The Times" in raw_document(30, 0)
    assert outlet_read(raw_document(30, 0)) == ("Los Angeles Times", "writer's address")
    assert "The New York Times" in raw_document(74, 1)
    assert outlet_read(raw_document(74, 1)) == ("time.com", "writer's address")
    # The address written in capitals is the address, no name the page gives it.
    assert "item from WRAL.com:" in raw_document(67, 1)
    assert outlet_read(raw_document(67, 1)) == ("wral.com", "share link")


def test_a_leading_part_reads_only_after_the_and_never_as_a_plural():
    page = raw_document(115, 1)
    assert outlet_read(page.replace("told the Chronicle", "told Chronicle"))[0] == "chron.com"
    time = raw_document(74, 1) + "\n\nShe told the Times."
    assert outlet_read(time)[0] == "time.com"
    assert outlet_read(time.replace("the Times", "the Timely"))[0] == "The Timely"


def test_over_raw_and_duc_exactly_the_judged_pages_are_named():
    read = [
        ((page.corpus, page.cluster, page.document), found)
        for page in pages_everywhere()
        if (found := own_outlet(page.article.text)) is not None
    ]
    by_address = {key: found for key, found in read if found.address or "." in found.value}
    # 47 since sources23 read two writers' addresses beside their numbers (136 [1], 156 [1])
    assert len(by_address) == 47
    assert {key[0] for key in by_address} == {"raw"}
    named = {key: (found.value, found.address) for key, found in read if found.naming}
    assert named == _NAMED


def test_the_sources_list_names_the_chronicle_and_the_note_says_where(tmp_path: Path):
    markdown, notes = sources_markdown(115, tmp_path)
    assert "2. **The Chronicle**" in markdown
    assert "chron.com" not in markdown
    (note,) = [note for note in notes if "outlet 'The Chronicle'" in note]
    assert "'lindsay.wise@chron.com' (chron.com), as its text names it" in note
    assert "he told the Chronicle" in note
