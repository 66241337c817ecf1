"""Summary sentences a reader does not need, after a thirteenth reader's findings, on raw
Multi-News validation clusters (0-based lines of the file): a newsroom's own step, a "he" or
"she" after an opening phrase that names no one, a leading dash, and the headline a wire
story's lead gives."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.dangling_inside import unnamed_subject
from chorus.render.headline_choice import headline
from chorus.summarize.newsroom import newsroom_step
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (54, "The Associated Press left a message seeking information from Houston police."),
        (12, "CNN did not immediately return a call for comment."),
        (8, "Pally's family could not be reached for comment Friday evening."),
        (127, "Bahraini judicial officials were not immediately available for comment."),
        (130, "Farrow did not respond to a request for comment."),
    ],
)
def test_a_newsroom_step_is_marked(clusters, line, opening):
    assert newsroom_step(next(t for t in _sentences(clusters[line]) if t.startswith(opening)))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # News beside the step: a spokesman's words, what is unclear, the council's silence.
        (191, "While the parents could not be reached for comment, a spokesman"),
        (136, "Poole could not be reached for comment following his lottery win, so"),
        (124, "Lehmkuhl could not be reached for comment Monday, and there was"),
        # Phones that could not be reached are the story, not a reporter's call.
        (176, "Communications into the capital appeared to have been cut"),
    ],
)
def test_a_sentence_with_news_beside_the_step_is_not_marked(clusters, line, opening):
    assert not newsroom_step(next(t for t in _sentences(clusters[line]) if t.startswith(opening)))


def test_over_a_cluster_only_the_steps_are_marked(clusters):
    marked = [t for t in _sentences(clusters[208]) if newsroom_step(t)]
    assert marked == [
        "Bobby Goodlatte did not immediately respond to a request for comment.",
        "Cline’s office did not respond to a request for comment.",
        "Goodlatte's office did not respond to a request for comment.",
    ]


@pytest.mark.parametrize("line", [12, 54])
def test_the_summary_shows_no_newsroom_step(clusters, line):
    texts = _summary(clusters[line])
    # Raw 12's summary holds four sentences since its zero-width spaces went: its lead's
    # words whole, the overlap cut passes it over (decisions, "invisible characters").
    assert len(texts) >= 4
    assert not any(newsroom_step(t) for t in texts)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # Linda Lyons, named only in the sentence before.
        (187, "After the explosion, she put her son and a neighbor's daughter"),
        (228, "During that meeting, he reportedly warned the victim"),
        (166, "In two months, he apparently never left the airport."),
    ],
)
def test_a_he_or_she_after_an_opening_phrase_waits_for_the_sentence_before(clusters, line, opening):
    sentences = _sentences(clusters[line])
    at = next(n for n, t in enumerate(sentences) if t.startswith(opening))
    assert unnamed_subject(sentences[at])
    texts = _summary(clusters[line])
    assert sentences[at] not in texts or sentences[at - 1] in texts


@pytest.mark.parametrize(
    "text",
    [
        # Named in the opening phrase, or in a quotation: not an unnamed subject.
        "When Lyons got out, she called her son.",
        "“I had messaged him, he poked me, we started talking a lot,” she said.",
        "She said she found a backpack full of clothes.",
    ],
)
def test_a_named_or_quoted_opening_is_no_unnamed_subject(text):
    assert not unnamed_subject(text)


def test_a_leading_dash_is_left_out_of_the_shown_span(clusters):
    # Raw cluster 67: "— A judge’s act of compassion ..." opened the sentence its
    # dateline's removal left.
    summary = brief(clusters[67]["documents"], words=250, analyze=False).summary
    shown = next(s.shown for s in summary if "act of compassion" in s.text)
    assert shown.text.startswith("A judge’s act of compassion has a former Fort Bragg soldier")
    assert shown.article.text[shown.start : shown.end] == shown.text
    assert shown.article.text[: shown.start].rstrip().endswith("—")


def test_a_wire_lead_heads_over_a_later_sentence_the_news_overtook(clusters):
    # Raw cluster 54: Conyers "was last seen Tuesday" headed a briefing whose news is
    # that he was found safe.
    briefing = brief(clusters[54]["documents"], words=250)
    chosen = headline(briefing)
    assert chosen.text.startswith("Houston police say longtime U.S. Rep. John Conyers' youngest")
    # sentence 7 since summary20: the unnamed girlfriend's "When she went into her
    # boyfriend's room ..." and "She said ..." (a "she" the sentence before speaks of) left;
    # sentence 1 since summary81 (stop 46) opens the summary on the headline's lead
    # (shown past "HOUSTON (AP) — " since clean58, and headed whole)
    assert briefing.summary[0].text.startswith("Houston police say")
    assert chosen.source == "summary sentence 1"


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # The first choice is its article's first sentence already.
        (239, "A Kansas mom thought she was going to jail"),
        # The wire leads open with a clause their news comes after: cut, they show only it.
        # (104's "North Korea again tested ballistic missiles this week" left its summary in
        # the fifteenth pass, when the interviewer's question beside it was left out.)
        (47, "Fresh attempts to evacuate two wounded Western journalists"),
    ],
)
def test_a_wire_lead_does_not_displace_a_lead_or_show_only_its_opening_clause(
    clusters, line, opening
):
    briefing = brief(clusters[line]["documents"], words=250, analyze=False)
    assert headline(briefing).text.startswith(opening)
