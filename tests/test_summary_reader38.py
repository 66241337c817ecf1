"""The summary a reader sees, thirty-eighth pass, on raw Multi-News validation clusters
(0-based lines of the file): a quotation credited to "he" shown after a line of its article
that writes only a nationality (raw 155's Pettitt, "“I was taking comfort ...,” he said.",
after "... American servicemen fathered children with Vietnamese women ..."), and "the man"
shown where no line before it speaks of anyone (164's "... bring the man up into the
copter.")."""

from __future__ import annotations

import pytest

from chorus.summarize.people_unmet import person_unmet, speaker_unshown
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_nationality_far_above_names_no_he(clusters):
    """Raw 155's "he" is Pettitt, named three sentences above the quotation; the estimate of
    the servicemen, sixteen sentences above, writes "American" and "Vietnamese" but no one
    a "he" can be."""
    texts = sentences(clusters[155])
    estimate = texts.index(sentence(clusters[155], "By some estimates, tens of thousands"))
    comfort = texts.index(sentence(clusters[155], "“I was taking comfort"))
    pettitt = texts.index(sentence(clusters[155], "Mr. Pettitt, 63, enlisted"))
    assert estimate < pettitt < comfort
    assert speaker_unshown(texts, [estimate, comfort], [0]) == [(comfort, pettitt)]
    assert speaker_unshown(texts, [pettitt, comfort], [0]) == []
    assert texts[comfort] not in summary(clusters[155])


def test_a_line_opening_on_a_name_far_above_still_names_the_he(clusters):
    """Raw 181's "He just tells the story, and we get it." is Eastwood's: a line shown
    before it opening on "Eastwood" says who, though the article names others in between
    (Lyndsey Marshal, Bryce Dallas Howard)."""
    texts = sentences(clusters[181])
    eastwood = texts.index(sentence(clusters[181], "Eastwood takes us into the story"))
    tells = texts.index(sentence(clusters[181], "He just tells the story"))
    assert tells - eastwood > 1
    assert speaker_unshown(texts, [eastwood, tells], [0]) == []


def test_the_man_no_line_before_tells_of_is_left_out(clusters):
    """Raw 164: after d1's search line ("The Coast Guard dispatched a helicopter, plane and
    boat, ...") "the man" the diver brought up is no one shown; after the line telling that
    Hackett was spotted treading water it is Hackett."""
    texts = sentences(clusters[164])
    search = texts.index(sentence(clusters[164], "The Coast Guard dispatched a helicopter"))
    diver = texts.index(sentence(clusters[164], "The Coast Guard deployed a diver"))
    assert person_unmet(texts, [search, diver]) == [diver]
    assert person_unmet(texts, [diver - 1, diver]) == []
    missing = texts.index(sentence(clusters[164], "A man who went missing"))
    assert person_unmet(texts, [missing, search, diver]) == []
    assert texts[diver] not in summary(clusters[164])


def test_a_man_said_which_or_whose_something_is_left_alone(clusters):
    """ "the man in his 50s with rectal cancer" (raw 216) says which man; "the boy’s
    children" (59) tells of Hernandez, not of the boy."""
    texts = sentences(clusters[216])
    case = texts.index(sentence(clusters[216], "In one case (the man in his 50s"))
    assert person_unmet(texts, [case]) == []
    texts = sentences(clusters[59])
    children = texts.index(sentence(clusters[59], "Over the course of the relationship"))
    assert person_unmet(texts, [children]) == []
