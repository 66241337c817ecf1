"""The summary a reader sees (summary132, stop 56), on raw Multi-News validation clusters
(0-based lines of the file): a transcript's answer of one or two words under its speaker's
label ("PRESIDENT OBAMA: Yeah.", 144 [2], ABC's transcript) says nothing without the question
it answers, and a page's numbered section heading with no stop ("5. Rahm Emanuel allegedly
floated Cheryl Jackson's name for the Senate seat", 165 [0]) is the page's line: neither is
ever a summary line."""

from __future__ import annotations

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.not_story import page_not_story
from chorus.summarize.page_lines import numbered_heading
from chorus.summarize.pleasantries import bare_reply
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences, summary


@pytest.fixture(scope="module")
def cluster() -> dict:
    """Raw validation's cluster 144 (Obama's ABC interview)."""
    return read_clusters(RAW_VALIDATION, 145)[144]


def test_the_interview_s_bare_replies_are_its_five_short_turns(cluster):
    """Over ABC's transcript, the five turns of a word or two, and nothing else."""
    found = [t for t in sentences({"documents": cluster["documents"][2:3]}) if bare_reply(t)]
    assert found == [
        "PRESIDENT OBAMA: Absolutely.",
        "PRESIDENT OBAMA: At minimum.",
        "GEORGE STEPHANOPOULOS: 19 years.",
        "PRESIDENT OBAMA: Yeah.",
        "PRESIDENT OBAMA: Of course.",
    ]


def test_144_s_summary_closes_on_the_president_s_2012_line_not_yeah(cluster):
    """ "Yeah." and the host's "Four years is a long time in kids' years." it answered give
    way to the president's own line on the election."""
    texts = summary(cluster)
    assert "PRESIDENT OBAMA: Yeah." not in texts
    assert not any(t.startswith("GEORGE STEPHANOPOULOS: Four years") for t in texts)
    assert texts[-1] == "There is-- going to be a contest of values and-- and vision in 2012."


@pytest.mark.parametrize("text", ["OBAMA: Yes.", "LEE: Of course!", "HOST: No."])
def test_a_word_or_two_under_a_label_is_a_bare_reply(text):
    assert bare_reply(text)
    assert page_not_story(text)


@pytest.mark.parametrize(
    "text",
    [
        # a labelled answer that tells something (raw 91)
        "LEE: I have no idea, but I'll be trying.",
        "GEORGE STEPHANOPOULOS: Four years is a long time in kids' years.",
        # a question is the interview's
        "HOST: Why not?",
        # no label: a quoted word is left to its rules
        "Yeah.",
        "“Absolutely.”",
        # a label in capitals before a headline's phrase, no stop
        "UPDATE: Suspect arrested",
    ],
)
def test_a_line_that_tells_asks_or_has_no_label_is_no_bare_reply(text):
    assert not bare_reply(text)


def _numbered(documents: list[str]) -> list[str]:
    """The texts of the sentences `numbered_heading` reads, over the articles given."""
    return [s.text for a in as_articles(documents) for s in split(clean(a)) if numbered_heading(s)]


def test_165_s_numbered_section_headings_are_page_lines():
    """Raw 165 [0] numbers the motion's revelations ("5. Rahm Emanuel allegedly floated ...");
    cleaning takes the number off, and each heading is read as the page's line."""
    cluster = read_clusters(RAW_VALIDATION, 166)[165]
    found = _numbered(cluster["documents"][:1])
    assert "Rahm Emanuel allegedly floated Cheryl Jackson's name for the Senate seat" in found
    assert "Obama may have lied about conversations with convicted fraudster Tony Rezko" in found
    assert not any(t.startswith("Blagojevich's lawyers allege") for t in found)


def test_165_s_summary_shows_no_heading_and_tells_of_the_redactions():
    """Both headings with no stop give way to Capitol Fax's line on the redaction error."""
    texts = summary(read_clusters(RAW_VALIDATION, 166)[165])
    assert "Rahm Emanuel allegedly floated Cheryl Jackson's name for the Senate seat" not in texts
    assert "Blagojevich hurls allegations at Obama in bid to force testimony" not in texts
    assert any(t.startswith("Several parts are redacted, but you can easily copy") for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The list follows.\n\n5. Rahm Emanuel floated a name\n\nHe did so twice.", True),
        ("The list follows.\n\n12. Obama kept a list of candidates\n\nIt had four names.", True),
        # a numbered item closing on a stop is a sentence
        ("The list follows.\n\n5. Rahm Emanuel floated a name.\n\nHe did so twice.", False),
        # a heading with no number before it is `heading`'s to read
        ("The list follows.\n\nRahm Emanuel floated a name\n\nHe did so twice.", False),
        # more on the line before it than the number
        ("The list follows.\n\nUpdate 5. Rahm Emanuel floated a name\n\nHe did so twice.", False),
    ],
)
def test_a_numbered_line_with_no_stop_is_a_heading(text, expected):
    assert bool(_numbered([text])) is expected
