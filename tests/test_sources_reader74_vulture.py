"""Sources, stop 45 (pages14): the seventy-fourth reader found raw 201 [1] (0-based), Vulture's
guide to the hidden messages of Taylor Swift's "Red", shown "outlet unknown" though its story
speaks as the site: "Vulture now presents our best guesses …" and "As Vulture’s Kyle Buchanan
points out, …". Each alone is weak (sources13, stop 44): a name before "our" speaks for a
company or a family in a quotation or a letter, and "<Name>'s <First> <Last>" credits other
outlets' writers. Together, outside a quotation, they name the page's own site."""

from __future__ import annotations

import pytest

from chorus.ingest.own_lines import own_outlet

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown

_RULE = "story speaking as itself"
_OUR = "Vulture now presents our best guesses"
_CREDIT = "As Vulture’s Kyle Buchanan points out"


def test_the_guide_speaking_as_vulture_names_vulture():
    page = raw_document(201, 1)
    assert _OUR in page and _CREDIT in page
    assert outlet_read(page) == ("Vulture", _RULE)


@pytest.mark.parametrize(
    ("words", "instead"),
    [
        # The credit alone: how pages name other outlets' writers.
        (_OUR, "We now present our best guesses"),
        # "our" alone: a name speaking for itself, with no writer credited by it.
        (_CREDIT, "As one critic points out"),
    ],
)
def test_either_alone_names_no_outlet(words: str, instead: str):
    page = raw_document(201, 1)
    assert outlet_read(page.replace(words, instead)) is None


def test_a_quoted_name_speaking_as_our_names_no_outlet():
    # A company speaking in its spokesman's quotation, credited as a page credits a writer.
    page = (
        "Crayola's Mark Smith introduced the new set on Monday.\n\n"
        "“Crayola now offers our brightest colors ever,” he said at the launch in Easton."
    )
    assert own_outlet(page) is None


def test_over_raw_and_duc_the_rule_reads_only_the_guide():
    read = [
        (page.corpus, page.cluster, page.document, found.value)
        for page in pages_everywhere()
        if (found := own_outlet(page.article.text)) is not None and found.rule == _RULE
    ]
    assert read == [("raw", 201, 1, "Vulture")]


def test_the_sources_list_shows_vulture_and_says_where_it_was_read(tmp_path):
    markdown, notes = sources_markdown(201, tmp_path)
    assert "1. **Us Weekly**" in markdown and "2. **Vulture**" in markdown
    assert "outlet unknown" not in markdown
    assert (
        "outlet 'Vulture' read from its story speaking as itself, '…whenever Swift drops a new "
        "album, Vulture now presents our'"
    ) in [note.split(": ", 1)[1] for note in notes]
