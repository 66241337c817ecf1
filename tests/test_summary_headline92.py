"""headline92: a dateline no wire form covered is left out of the line it opens, summary and
headline alike: a paper's own, its place in title case and a spaced dash ("Flint — ", raw
241), and Reuters' two places joined by a slash with no dash ("SINGAPORE/BEIJING ", 87). A
lead opening on a "When" clause recalling someone's words (213's "When Wilco's ace
guitarist Nels Cline told The Times recently ...") no longer heads over a title read from
another article's first line."""

from __future__ import annotations

from chorus import brief
from chorus.api import as_articles
from chorus.ingest.settle import Ingested, settle
from chorus.render.headline_choice import headline
from chorus.render.lead_over_title import recalls_words
from chorus.summarize.shown import DATELINE
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence


def _cluster(line: int) -> dict:
    return read_clusters(RAW_VALIDATION, line + 1)[line]


def test_a_title_case_place_and_a_spaced_dash_are_left_out():
    briefing = raw_briefing(241)
    lead = "Sixteen months after it was identified as a likely source of a deadly Legionnaires’"
    assert briefing.summary[0].text.startswith(lead)
    # the headline shows its main clause since headline93 (its opening phrase left out)
    assert headline(briefing).text.startswith("… Flint’s water supply")


def test_places_joined_by_a_slash_are_left_out():
    briefing = raw_briefing(87)
    lead = "Flamboyant former basketball star Dennis Rodman arrived in North Korea on Tuesday"
    assert briefing.summary[0].text.startswith(lead)
    assert headline(briefing).text.startswith(lead)


def test_names_set_off_by_dashes_and_a_song_heading_are_no_datelines():
    for line, opening in (
        (210, "Nik Richie — owner of the gossip website"),
        (228, "Vasiliades — who boasts"),
        (145, "Well — some millennials"),
    ):
        assert DATELINE.match(sentence(_cluster(line), opening)) is None, line
    assert DATELINE.match("Mobb Deep – “Shook Ones” (DJ Premier Remix)") is None


def test_a_lead_recalling_words_gives_way_to_a_first_line_title():
    articles = settle(Ingested(articles=as_articles(_cluster(213)["documents"]))).articles
    shown = headline(brief(articles, words=250))
    assert shown.text == "Popeye meets Wilco in hand-drawn cartoon music video"
    assert shown.from_title


def test_only_a_when_clause_reporting_words_is_read_as_recalled():
    assert recalls_words(sentence(_cluster(172), "When Davis asked Cosby"))
    assert not recalls_words(sentence(_cluster(31), "When the first humans left Africa"))
    assert not recalls_words(sentence(_cluster(22), "When Mitt Romney's digital team"))
