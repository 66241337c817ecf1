"""The summary a reader sees, after a sixteenth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): a sentence pointing back past its opening
words, an article's first sentence that leans back, and datelines at the start of summary
sentences."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.dangling import refers_back
from chorus.dangling_inside import points_back_inside
from chorus.render.headline_choice import headline
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # after a short opening phrase
        (64, "During the past month, that number has increased by three births"),
        (73, "The alleged behavior was not sexual, these sources said"),
        (77, "Allowing for rounding, that only accounts for about 15 percent"),
        # in the opening phrase
        (93, "In each one, babies aged 6 months or 12 months"),
        (136, "Before that, he was arrested in 1991"),
        # "those"/"these" early on
        (93, "Because most babies at those ages are not yet talking"),
        (77, "Thirty-nine of those shops are in the Las Vegas area."),
    ],
)
def test_a_sentence_pointing_back_past_its_opening_is_marked(clusters, line, opening):
    text = _sentence(clusters[line], opening)
    assert points_back_inside(text)
    assert not refers_back([text])[0]


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # people named by what follows, an aside, an idiom, an adjective, a time
        (74, "In fact, those with the lowest risk of dying"),
        (154, "Other federal agencies, such as the CDC’s National Institute"),
        (169, "It's one of those things you have to try"),
        (221, "As Obama framed it, only Democrats care about those less fortunate."),
        (102, "It seems, these days, that Holder is the real renegade."),
        (64, "At Sibley, for example, an average of 9.2 births occur daily."),
    ],
)
def test_a_sentence_that_names_what_it_speaks_of_is_not_marked(clusters, line, opening):
    assert not points_back_inside(_sentence(clusters[line], opening))


def test_these_days_is_a_time_not_a_pointer_back(clusters):
    # Raw cluster 107: "These days, the best — or at any rate the alleged wise men ..."
    assert not refers_back([_sentence(clusters[107], "These days, the best")])[0]


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # "that number" is Sibley's 9.2 births a day
        (64, "During the past month, that number has increased"),
        # "each one" is one of the "two experiments"
        (93, "In each one, babies aged 6 months"),
        (73, "The alleged behavior was not sexual, these sources said"),
    ],
)
def test_the_summary_shows_such_a_sentence_only_after_its_sentence_before(clusters, line, opening):
    assert shown_only_after_the_sentence_before(clusters[line], opening)


def test_an_articles_first_sentence_that_points_back_is_never_shown(clusters):
    # Raw cluster 93: the second page opens mid-story, "Because most babies at those ages
    # are not yet talking, ..."; nothing before it can be shown.
    opening = "Because most babies at those ages"
    assert opening in clusters[93]["documents"][1][:40]
    assert not any(t.startswith(opening) for t in _summary(clusters[93]))


@pytest.mark.parametrize(
    ("line", "dateline", "opening"),
    [
        # 141's "LARGO, Fla. — The mother of the 2-year-old Largo boy ..." left its summary
        # when cleaning took out the highlights under it (stop 31); a place and state:
        (13, "ALLENTOWN, Pa. - ", "The Lehigh County Humane Society has come to the r"),
        (141, "LARGO — ", "The mother of a 2-year-old whose body was found"),
        (226, "MIAMI—", "When speaking about his oft-criticized and overanalyzed star"),
        (234, "(CNN) -- ", "The winter storm system that walloped the Midwest"),
    ],
)
def test_a_lead_is_shown_past_a_dateline_of_a_place_or_an_agency(clusters, line, dateline, opening):
    summary = brief(clusters[line]["documents"], words=250, analyze=False).summary
    shown = next(s.shown for s in summary if s.text.startswith(opening))
    assert shown.article.text[shown.start : shown.end] == shown.text
    assert shown.article.text[: shown.start].endswith(dateline)
    assert not any(s.text.startswith(dateline.rstrip()) for s in summary)


def test_a_dateline_naming_a_place_and_an_agency_goes_too(clusters):
    # Raw cluster 54: it stayed, as references credit the agency ("the AP reports"), until
    # clean58 (stop 50) showed every dateline's lead past it (raw R-1 -0.02, DUC +0.29).
    texts = _summary(clusters[54])
    assert any(t.startswith("Houston police say") for t in texts)
    assert not any("HOUSTON (AP)" in t for t in texts)


def test_a_lead_shown_past_its_dateline_still_heads_as_a_wire_lead(clusters):
    # Raw cluster 103: "WASHINGTON — Rep. Ted Poe called today ..." heads over the
    # summary's first sentence, a later one of its article; shown past its dateline, the
    # headline reads the dateline before the span.
    briefing = brief(clusters[103]["documents"], words=250, analyze=False)
    # sentence 2 since summary22: summary20's "Words that should be required reading ..."
    # (no verb of its own), come in before it, left again; sentence 1 since summary81 (stop
    # 46) opens the summary on the headline's lead, the later one second
    lead = briefing.summary[0].shown
    assert lead.text.startswith("Rep. Ted Poe called today for the removal of a California judge")
    assert lead.article.text[: lead.start].endswith("WASHINGTON — ")
    assert any(s.shown.index > 0 for s in briefing.summary if s.shown.article != lead.article)
    chosen = headline(briefing)
    assert chosen.text.startswith("Rep. Ted Poe called today")
    assert chosen.source == "summary sentence 1, shortened"
