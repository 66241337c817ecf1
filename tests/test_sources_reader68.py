"""Sources and cleaning, stop 43 (sources12): a sixty-eighth reader found raw 128 [1] (the
Washington Post's Morning Mix story on the fake embassy in Accra) shown with the outlet
"Morning Mix", read from its heading "More from Morning Mix:", the heading and its three link
headlines kept (one gave the entity "Alabama"), and 116 [0]'s Taylor quote shown with two
stray "?" ("She did not ?mislead Congress. … ?Those are the facts."); a sixty-seventh found
61 [0] "outlet unknown" though its disclosure says "(other than from Seeking Alpha)".
Documents are 0-based (the readers count from 1)."""

from __future__ import annotations

from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.repairs import STRAY_QUESTION_MARK, as_read, changes_said
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.raw_pages import (
    cleaned,
    outlet_read,
    raw_clusters,
    raw_document,
    removals,
    removals_everywhere,
    sources_markdown,
)

_HEADING = "More from Morning Mix:"
_LINKS = [
    "‘All we could do was stand there’: She watched Oakland’s inferno consume the one she "
    "loved the most",
    "Canadian policeman offers heartfelt apology for threatening to punish drunk drivers with "
    "Nickelback",
    "Harper Lee would surely disapprove of the plans afoot for her Alabama home town",
]


def _cluster_id(line: int) -> str:
    return raw_clusters()[line]["id"]


def test_the_post_s_blog_heading_names_the_post():
    page = raw_document(128, 1)
    assert f"\n{_HEADING}\n" in page and "Washington Post" not in page
    assert outlet_read(page) == ("The Washington Post", "heading of its own links")
    # Without its heading the page names no outlet: its "Reuters reported", "Modern Ghana
    # reported" cite others.
    assert outlet_read(page.replace(_HEADING, "")) is None


def test_a_site_s_own_heading_still_names_the_site():
    assert outlet_read(raw_document(45, 1)) == ("TIME", "heading of its own links")
    assert outlet_read(raw_document(238, 0)) == ("The Hill", "heading of its own links")


def test_the_blog_s_heading_and_its_link_headlines_are_removed():
    document = cleaned(_cluster_id(128), 1)
    assert removals(document)[-4:] == [("related link", line) for line in [_HEADING, *_LINKS]]
    text = document.article.text
    last = document.kept[-1]
    assert (
        text[last.start : last.end]
        .rstrip()
        .endswith(
            "two lamination machines and a laptop, Modern Ghana reported. Three men were arrested."
        )
    )


def test_time_s_heading_and_its_links_go_and_the_essay_stays():
    document = cleaned(_cluster_id(45), 1)
    assert removals(document)[-3:] == [
        ("related link", "More from TIME on population:"),
        ("related link", "What Condoms Have to Do With Climate Change"),
        ("related link", "Population: The Numbers Game"),
    ]
    text = document.article.text
    last = document.kept[-1]
    assert (
        text[last.start : last.end]
        .rstrip()
        .endswith("But it might be the only way to save our overpopulated planet.")
    )


def test_a_more_from_heading_is_removed_only_where_a_name_follows():
    """Over raw and DUC, a removed "More from …" line is one of the two headings, each
    followed by its links; "More from the interview:" (Multi-News+ validation, lower-cased
    there) names no site and opens no list."""
    headings = [r for r in removals_everywhere() if r.text.startswith("More from")]
    assert [(r.corpus, r.cluster, r.document, r.text) for r in headings] == [
        ("raw", 45, 1, "More from TIME on population:"),
        ("raw", 128, 1, _HEADING),
    ]
    page = raw_document(128, 1).replace(_HEADING, "More from the interview:")
    lines = [text for _, text in removals(clean(as_articles([page])[0]))]
    assert "More from the interview:" not in lines and _LINKS[2] not in lines


def test_the_sources_list_names_the_post(tmp_path):
    markdown, notes = sources_markdown(128, tmp_path)
    assert "The Washington Post" in markdown
    assert (
        "outlet 'The Washington Post' read from its heading of its own links, 'More from "
        "Morning Mix:'"
    ) in [note.split(": ", 1)[1] for note in notes]


def test_the_briefing_lists_no_alabama():
    briefing = raw_briefing(128)
    assert "Alabama" not in {entity.name for entity in briefing.analysis.entities}
    assert all(_LINKS[2] not in sentence.text for sentence in briefing.summary)


def test_seeking_alpha_s_disclosure_names_the_site():
    page = raw_document(61, 0)
    line = "The author is not receiving compensation for it (other than from Seeking Alpha)."
    assert line in page
    assert outlet_read(page) == ("Seeking Alpha", "writer's disclosure")
    assert outlet_read(page.replace(line, "")) is None
    # The words alone inside another sentence are no disclosure.
    assert outlet_read("He was paid by no one (other than from Seeking Alpha) for it.") is None


def test_116_s_stray_question_marks_go_as_changes_that_map_back():
    page = raw_document(116, 0)
    text, changes = as_read(page)
    assert [(change.given, change.reason) for change in changes] == [
        ("?", STRAY_QUESTION_MARK),
        ("?", STRAY_QUESTION_MARK),
    ]
    assert "She did not mislead Congress." in text
    assert 'to a tax exemption. Those are the facts."' in text
    for change in reversed(changes):
        text = text[: change.start] + change.given + text[change.end :]
    assert text == page
    assert changes_said(*as_read(page)) == (
        "2 question marks glued before a word taken out (e.g. '?mislead' read as 'mislead')"
    )


def test_a_question_mark_of_a_table_or_a_page_s_first_character_stays():
    # 33 [2]'s table marks a bone's doubtful place, "php ?IV-1", "Ungual ?III": no small letter.
    page = raw_document(33, 2)
    assert "php ?IV-1" in page and "Ungual ?III" in page
    assert as_read(page)[1] == ()
    # 167 [1] opens on a lost opening quotation mark, "?We need people …": no space before it,
    # and what stood there cannot be told.
    page = raw_document(167, 1)
    assert page.startswith("?We need people")
    assert all(change.reason != STRAY_QUESTION_MARK for change in as_read(page)[1])


def test_only_116_s_page_holds_stray_question_marks_in_raw_and_duc():
    pages = [
        (corpus, number, index)
        for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30)))
        for number, cluster in enumerate(clusters)
        for index, page in enumerate(cluster["documents"])
        if any(change.reason == STRAY_QUESTION_MARK for change in as_read(page)[1])
    ]
    assert pages == [("raw", 116, 0)]


def test_116_s_taylor_quote_is_shown_without_them():
    quotes = [
        quote
        for quote in raw_briefing(116).analysis.quotes
        if "She did not mislead Congress." in quote.text.text
    ]
    assert quotes and quotes[0].speaker == "William W. Taylor III"
    assert all("?" not in quote.text.text for quote in quotes)
