"""Cleaning, stop 53 (clean64): a ninety-fifth reader found page furniture kept as story text in
raw validation (0-based): The Hill's hover card over "Donald Trump" (its full name and three
headlines, closed by "MORE") in 214's headline and first summary sentence, "[Video Link]"
opening a summary sentence of 213, and POLITICO's "reset" button glued before its related
links in 210 ("reset Will Clinton playbook work? ..."). A hover card and a media tag are taken
out as the text is read (a change, so spans stay exact and map back to the page); the
"reset" line goes whole."""

from __future__ import annotations

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.repairs import LINK_LABEL, as_read, changes_said
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.raw_pages import exact_sentences, raw_clusters, raw_document, removals
from tests.test_clean_reader64 import _given

_TRUMP_LEAD = (
    "Donald Trump panned Democratic National Committee chairwoman Debbie Wasserman Schultz as"
    " a “terrible person” and a “highly neurotic woman” during an interview Monday morning."
)


def _document(line: int, index: int):
    (article,) = as_articles([raw_document(line, index)])
    return clean(article)


def test_the_hills_hover_card_goes_and_its_sentence_stays_whole():
    page = raw_document(214, 0)
    text, changes = as_read(page)
    (card,) = changes
    assert card.reason == LINK_LABEL
    assert card.given.startswith(" Donald John TrumpTrump Jr. getting 0k to speak at UNT")
    assert card.given.endswith("offered a winning tax plan MORE")
    assert _given(text, changes) == page
    # the sentence is one slice of the text as read, not two pieces either side of a removal
    assert exact_sentences(_document(214, 0))[0] == _TRUMP_LEAD
    assert changes_said(text, changes) == (
        "1 link label taken out (a name's hover card, a media tag in brackets) "
        "('Donald John TrumpTrump Jr. … a winning tax plan MORE')"
    )


def test_raw_214_is_headed_by_its_news():
    briefing = raw_briefing(214)
    assert briefing.summary[0].text == _TRUMP_LEAD
    assert not any(" MORE" in sentence.text for sentence in briefing.summary)


@pytest.mark.parametrize(
    ("line", "index", "given", "read"),
    [
        # a post's line opened by its video's link: the tag and the space after it
        (
            213,
            1,
            "[Video Link] ",
            '\n\nThe Wilco track "Dawned On Me" re-imagined as a classic, early-era Popeye',
        ),
        # a document's link beside the words that name it: the tag and the space before it
        (40, 0, " [PDF]", "In Paramount’s original complaint against the filmmakers, the studio"),
    ],
)
def test_a_media_tag_goes_and_the_sentence_around_it_stays(line, index, given, read):
    page = raw_document(line, index)
    text, changes = as_read(page)
    assert changes[0].given == given
    assert {change.reason for change in changes} == {LINK_LABEL}
    assert read in text
    assert _given(text, changes) == page


def test_no_summary_sentence_opens_on_a_media_tag():
    assert not any(s.text.startswith("[") for s in raw_briefing(213).summary)


def test_link_labels_over_raw_and_duc_are_these_thirteen():
    # Every one read: 214's card, 213's "[Video Link]", 40's four "[PDF]", 205's "[GALLERY]"
    # (on a related-links line cleaning removes). An editor's word in brackets stays: 210's
    # "[in 2011]", 37's "[expletive]", 110's "[and]"; and DUC's wire note "&UR; MORE".
    # Since summary127, a document link's label in round brackets too: 40's "(full filing:
    # pdf)", 45's "(download a PDF here)", 159's four file sizes ("(91k.pdf)").
    found = [
        (corpus, line, index, change.given.strip()[:12])
        for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30)))
        for line, cluster in enumerate(clusters)
        for index, page in enumerate(cluster["documents"])
        for change in as_read(page)[1]
        if change.reason == LINK_LABEL
    ]
    assert found == [
        *[("raw", 40, 0, "[PDF]")] * 4,
        ("raw", 40, 2, "(full filing"),
        ("raw", 45, 1, "(download a "),
        ("raw", 159, 2, "(91k.pdf)"),
        ("raw", 159, 2, "(172k.pdf)"),
        ("raw", 159, 2, "(263k.pdf)"),
        ("raw", 159, 2, "(1000kb.pdf)"),
        ("raw", 205, 6, "[GALLERY]"),
        ("raw", 213, 1, "[Video Link]"),
        ("raw", 214, 0, "Donald John "),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # An editor's word set small inside a quotation is the quotation's.
        "“The plane was vertical, but the [video] recordings aren't very high-quality,” he said.",
        # "MORE" in capitals closing no card: a wire's note, a shouted phrase.
        "Council members also agreed to consider additional sanctions. &UR; MORE",
        "It is the only franchise of its kind to reach a total of MORE THAN $3.39 billion.",
        # A name told twice without a card's glued headline and "MORE".
        "Donald Trump Donald Trump said MORE is needed.",
    ],
)
def test_no_link_label_where_none_is(text):
    assert as_read(text) == (text, ())


@pytest.mark.parametrize(
    ("line", "index", "links"),
    [
        (210, 0, "reset Will Clinton playbook work? Weiner: Timeline of scandal"),
        (116, 1, "reset Cummings speaks out against Lerner contempt vote"),
    ],
)
def test_politicos_reset_button_glued_before_its_links_goes(line, index, links):
    assert ("related link", links) in removals(_document(line, index))
    assert not any(s.startswith("reset") for s in exact_sentences(_document(line, index)))


@pytest.mark.parametrize(("line", "index"), [(24, 0), (151, 3), (160, 1), (198, 3)])
def test_politicos_reset_button_alone_is_still_a_button(line, index):
    assert ("share buttons", "reset") in removals(_document(line, index))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # The Hill's cards as Multi-News+ keeps them (there lower-cased), set in a page's case:
        # two cards in one sentence, each read back from its own "MORE"; a nickname in brackets.
        (
            "Donald Trump Donald John TrumpDems make history MORE and Hillary Clinton Hillary "
            "Diane Rodham ClintonMemo Comey used released: report MORE met on Friday.",
            "Donald Trump and Hillary Clinton met on Friday.",
        ),
        (
            "Sen. Bernie Sanders Bernard (Bernie) SandersSanders: Trump should be impeached MORE"
            " (I-Vt.) said Monday.",
            "Sen. Bernie Sanders (I-Vt.) said Monday.",
        ),
    ],
)
def test_each_card_goes_alone(text, read):
    assert as_read(text)[0] == read
