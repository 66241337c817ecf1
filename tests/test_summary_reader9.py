"""The summary a reader sees, after a twentieth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): a bare quotation after its credit to "a
friend", a "Guess who ...?" teaser, an "At the meeting, ..." set at a meeting told before,
and a "Here's a sampling of ..." pointing to a list the summary does not show."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.page_lines import points_ahead
from chorus.summarize.refers_before import refers_to_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import leans as _leans
from tests.summary_texts import row_of
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening", "marked"),
    [
        # after '"Kendra is no dumb blonde ...," a friend of Kendra tells me.'
        (203, '"She has made millions selling reality shows', True),
        # after '"... next season," a show insider tells me.'
        (203, '"Not only would she guarantee great ratings', True),
        # after '"I can’t believe it," said a devastated Salah Ali, 70, ...'
        (17, "“She’s new. She was a month old.", True),
        # after '"It's still in a very strong place," Gidley said.': a credit to a name,
        # measured over the bar (docs/decisions.md, ninth pass)
        (19, "\"It's still exorbitantly higher than it was", False),
        # a quotation and its credit: not bare
        (86, '"It\'s just stunningly, breathtakingly naive," the former House speaker', True),
    ],
)
def test_a_bare_quotation_after_its_credit_to_someone_unnamed(clusters, line, opening, marked):
    assert _leans(clusters[line], opening) == marked


@pytest.mark.parametrize(
    ("line", "opening", "marked"),
    [
        (203, "Guess who was waiting to greet her new daughter", True),
        (145, "Guess who has to pay the difference?", True),
        (160, "At the meeting, Boehner said he wouldn’t negotiate", True),
        (52, "In the interview, she revealed how she pushed open", True),
        (172, "During the interview, Davis asked Cosby", True),
        # a meeting the sentence itself tells of
        (160, "The three top leaders in Congress met privately", False),
    ],
)
def test_a_teaser_or_a_meeting_told_before_waits_for_the_sentence_before(
    clusters, line, opening, marked
):
    assert refers_to_before(_sentence(clusters[line], opening)) == marked


@pytest.mark.parametrize(
    ("line", "opening", "marked"),
    [
        (19, "Here's a sampling of times Trump took credit", True),
        (96, "Here's a sampling of some of those projects.", True),
        (80, "Here are some.", True),
        (90, "Here is a sample of what you will learn", True),
        # with a colon: what it shows follows it in the sentence, or `introduces` reads it
        (9, "Here is the alleged chain of events: First, Trump asked", False),
        # closing on its colon with no line below, or above a list's item heading ("What's
        # THAAD?"), it points to a list (the thirtieth pass)
        (104, "Here's what you need to know:", True),
    ],
)
def test_a_here_is_pointing_to_a_list(clusters, line, opening, marked):
    assert bool(points_ahead([_sentence(clusters[line], opening)])[0]) == marked


def test_the_summary_shows_no_sampling_of_a_list_it_does_not_show(clusters):
    shown = _summary(clusters[19])
    assert len(shown) >= 6
    assert not any(t.startswith("Here's a sampling") for t in shown)


def test_the_briefing_shows_a_friends_quotation_only_with_its_credit(clusters):
    """Raw 203 with the analysis (the reader's briefing): the Kendra Wilkinson quotation
    and the "Guess who ...?" about Bethenny Frankel's baby come only after the sentences
    naming whom they are about, not after Betty White's lines."""
    texts = _sentences(clusters[203])
    shown = [s.text for s in brief(clusters[203]["documents"], words=250).summary]
    assert len(shown) >= 6
    for opening in ('"She has made millions', "Guess who was waiting"):
        at = row_of(texts, opening)
        assert texts[at] not in shown or shown[shown.index(texts[at]) - 1] == texts[at - 1]
