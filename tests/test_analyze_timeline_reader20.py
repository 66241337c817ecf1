"""The timeline's twentieth pass, from a reader of whole briefings: a year used as an
adjective that dates a crime a sentence about its verdict names (raw 121's "Jurors found Dunn
guilty ... in the 2012 incident", listed under 2012 as if the verdict came then), and the
seeds' sentences shown twice or telling one event twice (docs/decisions.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from chorus.analyze.timeline import timeline
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.model import Sentence
from chorus.render.timeline_notes import timeline_note
from chorus.sentences import split
from tests.test_analyze_timeline_new_text import FILES, _lines, _raw, _sentences, read_not_shown
from tests.test_analyze_timeline_new_text import shown_on as _shown_on

_READ = {"raw": {1212}, "duc": {10}, "mn+val": {2901, 3351, 3759, 4750, 5140}}


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], list[Sentence]]:
    """The clusters the tests read, by source and line or id number, as sentences."""
    found = {("raw", n): c for n, c in _raw(_READ["raw"])}
    for source in ("duc", "mn+val"):
        found |= {(source, n): c for n, c in _lines(FILES[source], _READ[source])}
    return {key: _sentences(cluster) for key, cluster in found.items()}


@pytest.mark.parametrize(
    ("source", "number", "words", "year"),
    [
        ("raw", 1212, "Jurors found Dunn guilty on four of five charges", "2012"),
        # (3717's "The third-degree murder charge is for the 2009 death" shows the death since
        # the forty-sixth pass: the charge is named only to say what it is for.)
        # DUC's Lockerbie cluster: two articles hold the sentence, a vote on the flight ban
        ("duc", 10, "two suspects wanted in the 1988 bombing", "1988"),
        ("mn+val", 3759, "Tamayo, 46, was convicted in the 1994 murder", "1994"),
        ("mn+val", 4750, "sentenced 152 people to death tuesday for a 2009 mutiny", "2009"),
        ("mn+val", 3351, "is already facing charges in the 2013 murder", "2013"),
    ],
)
def test_a_crime_s_year_in_a_sentence_of_a_later_step_of_the_law_is_read_not_shown(
    clusters, source, number, words, year
):
    read_not_shown(clusters[source, number], words, year)


@pytest.mark.parametrize(
    ("source", "number", "words", "when"),
    [
        # the incident's own day, told by another sentence of the same article
        ("raw", 1212, "Dunn killed 17-year-old Jordan Davis", "2012-11-23"),
        # a year in a sentence telling the event itself, or a trial's own year
        ("mn+val", 3351, "A third man was also wounded in the 2012 incident", "2012"),
        ("mn+val", 5140, "died at the world trade center in the 2001 terrorist attacks", "2001"),
        ("mn+val", 2901, "He was acquitted in a 2001 trial", "2001"),
    ],
)
def test_a_year_in_a_sentence_of_the_event_itself_is_shown(clusters, source, number, words, when):
    _shown_on(clusters[source, number], words, when)


@pytest.fixture(scope="module")
def dated_seeds(seed_texts) -> list[Sentence]:
    """The seeds' sentences as `--date 2018-04-13` dates them."""
    published = dt.date(2018, 4, 13)
    articles = [make_article(t, n, origin=n, published=published) for n, t in seed_texts.items()]
    return [s for a in articles for s in split(clean(a))]


def _shown(sentences: list[Sentence], words: str) -> list[tuple[str, str]]:
    entries = timeline(sentences, frozenset()).entries
    return [(e.when, timeline_note(e)) for e in entries if words in e.sentence.text]


def test_a_sentence_of_two_days_is_shown_under_each_with_its_own_words(dated_seeds):
    # Trump's warning on Wednesday and his refusal on Thursday: each line says which word
    # its date is read from, and Thursday's lists the refusal among Macron's and Mattis'.
    assert _shown(dated_seeds, "Mr Trump on Wednesday warned Russia") == [
        ("2018-04-11", " (Wednesday)"),
        ("2018-04-12", " (Thursday)"),
    ]


def test_a_second_sentence_about_one_day_s_event_is_kept(dated_seeds):
    # "Tuesday's veto is Russia's twelfth ...": the veto's day, right, and what the line adds
    # (the twelfth) no other line of that day says.
    assert _shown(dated_seeds, "Russia on Tuesday vetoed") == [("2018-04-10", " (Tuesday)")]
    assert _shown(dated_seeds, "Tuesday's veto is Russia's twelfth") == [
        ("2018-04-10", " (Tuesday)")
    ]
