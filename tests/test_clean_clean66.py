"""Cleaning, fiftieth pass: a sentence a page broke over lines (raw validation by 0-based
index). The Guardian's page of raw 68 [1] sets each printed line as a paragraph, "… graduate
from" / "" / "high school and in some cases go through college without learning the" / "" /
"basics.\"": a line ending on a small letter or a comma, then a line opening on a small
letter, runs one sentence on, and is joined where the run ends on a stop. A line opening on
a small letter and closing on no stop left apart is never a summary line."""

from __future__ import annotations

import pytest

from chorus.ingest.repairs import SENTENCE_BREAK, as_read, changes_said
from chorus.ingest.sentence_breaks import sentence_break_edits
from chorus.ingest.text_edits import text_given
from chorus.summarize.hangs_on import broken_off
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.raw_pages import cleaned, exact_sentences, raw_clusters, raw_document

_GUARDIAN = "multi_news-val-1745"


def test_the_guardians_broken_sentences_read_whole():
    page = raw_document(68, 1)
    text, changes = as_read(page)
    assert [change.reason for change in changes] == [SENTENCE_BREAK] * 8
    assert text_given(text, changes) == page
    assert changes_said(text, changes) == (
        "8 line breaks inside a sentence read as a space (e.g. 'students' / 'in' read as "
        "'students in')"
    )
    sentences = exact_sentences(cleaned(_GUARDIAN, 1))
    for whole in (
        "The new science teaching standards will introduce climate change as a core aspect of"
        " science education for middle and high school students in up to 40 states – in many"
        " for the first time.",
        '"We are still in a situation where across the country basically in every state'
        " students can still graduate from high school and in some cases go through college"
        ' without learning the basics."',
        '"The NGSS aim to prepare students to be better decision makers about scientific and'
        ' technical issues and to apply science to their daily lives," he said in a statement.',
    ):
        assert any(sentence.endswith(whole) for sentence in sentences), whole
    # A run ending on no stop stays apart: the page lost the stop after "classrooms".
    assert "The guidelines were unveiled at a time when climate change has become" in sentences
    assert (
        "a flashpoint for conservative groups, similar to the teaching of evolution in classrooms"
        in sentences
    )


def test_raw_68s_summary_holds_no_piece_of_a_sentence():
    summary = [sentence.text for sentence in raw_briefing(68).summary]
    assert not any(text[:1].islower() for text in summary)
    assert (
        "The new science teaching standards will introduce climate change as a core aspect of"
        " science education for middle and high school students in up to 40 states – in many"
        " for the first time."
    ) in summary


def test_sentence_breaks_over_raw_and_duc_are_these_fourteen():
    # Every one read as one sentence: 68 [1]'s eight, 132 [2]'s map note ("… the Line of
    # Control" / "in Jammu and Kashmir …"), 134 [0]'s list item going on ("…; and" /
    # "improving …"), 165 [0]'s two quoted filing lines, 249 [3]'s "broke up" / "in 1991.", and
    # a wire's wrapped line in DUC 16 [2].
    found = [
        (corpus, line, index)
        for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30)))
        for line, cluster in enumerate(clusters)
        for index, page in enumerate(cluster["documents"])
        for change in as_read(page)[1]
        if change.reason == SENTENCE_BREAK
    ]
    assert found == [
        *[("raw", 68, 1)] * 8,
        ("raw", 132, 2),
        ("raw", 134, 0),
        *[("raw", 165, 0)] * 2,
        ("raw", 249, 3),
        ("duc", 16, 2),
    ]


@pytest.mark.parametrize(
    ("line", "index", "before", "after"),
    [
        # a list's items, no stop closing them
        (47, 0, "a freeze on the European-held assets of the Syrian central bank", "travel bans"),
        # a page's furniture
        (89, 1, "Most Popular Stories this week", "advertisement"),
        (92, 0, "Fearless journalism", "in your inbox every day"),
        (40, 1, "Play Replay with sound Play with", "sound 00:00 00:00"),
        # a list of names, one a line
        (154, 1, "Tobacco smoking", "ortho-Toluidine"),
        # a blog post's paragraph ending on its sign-off ("- posted by Rich Miller"): one
        # sentence runs over the break, but the run is not read past its line's end
        (165, 1, "the United States Attorneys that he", "spoke to labor union official"),
        # a writer's address under the story
        (218, 0, "to settle Afghanistan presidential election", "julie.makinen@latimes.com"),
    ],
)
def test_lines_no_sentence_runs_over_stay_apart(line, index, before, after):
    page = raw_document(line, index)
    at = page.index(before) + len(before)
    assert page[at] == "\n" and page[at:].lstrip().startswith(after)
    assert not [c for c in as_read(page)[1] if c.reason == SENTENCE_BREAK and c.start <= at]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("He said the plan was\n\nnot ready.", "He said the plan was not ready."),
        (
            "Smith, the chair,\n  \nwho spoke first, agreed.",
            "Smith, the chair, who spoke first, agreed.",
        ),
        # a run over three lines, ending on a stop
        ("one of the\n\nbest of\n\nall.\n\nThen more", "one of the best of all.\n\nThen more"),
        # a single line break, as a wire wraps its lines
        (
            "meanwhile, planned to ask\na court to stop it.",
            "meanwhile, planned to ask a court to stop it.",
        ),
    ],
)
def test_a_sentence_run_over_lines_is_joined(text, read):
    assert as_read(text)[0] == read


@pytest.mark.parametrize(
    "text",
    [
        # the next line opens on a capital: a heading's or a new sentence's
        "Weapons call\n\nThe European Union imposed sanctions.",
        # the line before closes on a stop, or on a figure
        "He left.\n\nthen came back.",
        "June 20, 2017\n\nnew york and the world just changed.",
        # the run ends on no stop, or on one inside its last line only
        "labor union president told the FBI that he\n\nspoke to him. - posted by Rich Miller",
        "Most Popular Stories this week\n\nadvertisement",
        "The guidelines were unveiled as it has become\n\na flashpoint for conservative groups",
        # a dot inside an address is no stop
        "Contact the writer\n\nkate.mather@latimes.com",
    ],
)
def test_no_sentence_break_where_none_is(text):
    assert sentence_break_edits(text) == []


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("a flashpoint for conservative groups, similar to the teaching of evolution", True),
        ("high school and in some cases go through college without learning the", True),
        ("better addressing a wide range of bioterrorism threats;", True),
        ("in up to 40 states – in many for the first time.", False),
        ('lives," he said in a statement.', False),
        ("“in my defense my style of writing is not laziness …”", False),
        ("The guidelines were unveiled at a time when climate change has become", False),
        ("iPhone sales rose.", False),
    ],
)
def test_a_piece_of_a_sentence_is_broken_off(text, broken):
    assert broken_off(text) is broken
