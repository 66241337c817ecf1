"""A surname opening a line as its subject ("Gardner was one of the delegates ...", raw 106)
is shown with its article's line naming the person in full, or not at all; a "not ...
either" ("So it's not surprising either that ...", 131) waits for its line before
(summary113, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.hangs_on import hangs_on_before
from chorus.summarize.surname_introductions import _subject
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_an_opening_surname_subject_is_read(clusters):
    assert _subject(summary_texts.sentence(clusters[106], "Gardner was one of")) == ("Gardner",)
    assert _subject(summary_texts.sentence(clusters[24], "Burlingame suspects")) == ("Burlingame",)
    # a speaker is `introductions`' reading, a possessive speaks of someone else, and an
    # opening word before a comma is no subject; a titled one was measured and left (241's
    # "Mr. Monahan, now 58, ...": left out, its article's anecdotal lead took the opening)
    assert _subject(summary_texts.sentence(clusters[241], "Mr. Monahan, now 58")) == ()
    assert _subject(summary_texts.sentence(clusters[241], "Henry said the state")) == ()
    assert _subject("Peinovich's wife appears to have been aware of the entire situation.") == ()
    assert _subject("Still, the county lacked the expertise.") == ()


def test_the_subject_s_introduction_is_its_article_s_naming_line(clusters):
    gardner = summary_texts.subject_introduced(clusters[106], "Gardner was one of")
    assert gardner is not None and "church member Jane Gardner said." in gardner
    burlingame = summary_texts.subject_introduced(clusters[24], "Burlingame suspects")
    assert burlingame is not None and burlingame.startswith("Debra Burlingame, whose brother")


def _named_before_shown(cluster: dict, bare: str, full: str) -> bool:
    """Whether the summary shows the line opening with `bare` only below one writing `full`."""
    shown = summary_texts.summary(cluster)
    at = next((n for n, text in enumerate(shown) if text.startswith(bare)), None)
    named = [n for n, text in enumerate(shown) if full in text]
    return at is None or bool(named and named[0] < at)


def test_a_bare_subject_is_never_shown_before_its_person_is_named(clusters):
    # each summary at main showed the bare line with no line naming the person
    assert _named_before_shown(clusters[106], "Gardner was one of the delegates", "Jane Gardner")
    assert _named_before_shown(clusters[106], "McMurray was the first president", "Grant McMurray")
    assert _named_before_shown(clusters[24], "Burlingame suspects", "Debra Burlingame")


def test_not_either_waits_for_its_line_before(clusters):
    either = summary_texts.sentence(clusters[131], "So it's not surprising either that")
    assert hangs_on_before(either)
    assert hangs_on_before("Nevada isn't exactly inventing the wheel here, either.")
    # a choice, "either of", and two negations giving the other side in the sentence
    assert not hangs_on_before("The candidates are in either a dead heat, or Fong is ahead.")
    assert not hangs_on_before("He has not sought to extradite either of these men.")
    assert not hangs_on_before(
        "So we're not too proud to admit that we watched, and don't pretend you aren't either."
    )
    assert summary_texts.shown_only_after_the_sentence_before(
        clusters[131], "So it's not surprising either that"
    )
