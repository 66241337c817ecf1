"""The timeline against hand-written gold (timeline_gold.py): the seeds and raw Multi-News
validation clusters as given (no publication dates), and three of them briefed with a
publication date set by hand, as a user would with --date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from chorus import brief
from chorus.analyze.model import Analysis, TimelineEntry
from chorus.analyze.timeline import timeline
from chorus.analyze.timeline_forms import find_dates
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Document, Span
from chorus.render.analysis import markdown_lines
from chorus.render.analysis_json import to_dict
from chorus.render.html import to_html
from chorus.render.timeline_notes import timeline_note
from chorus.sentences import split
from tests.conftest import DATA, read_clusters
from tests.gold import inputs, places
from tests.timeline_gold import GOLD, Judged, judge

DUC = DATA / "duc2003-task2.jsonl.gz"
TUNING = [c for c in GOLD if not c["blind"]]
WHOLE = [c for c in TUNING if not c.get("entries_only")]
"""Design clusters with every date expression judged."""
SURVEY = [c for c in TUNING if c.get("entries_only")]
"""Design clusters with only the entries a timeline showed judged (round 8)."""


@pytest.fixture(scope="module")
def given() -> dict:
    return inputs(c["id"] for c in TUNING)


@pytest.fixture(scope="module")
def undated(given) -> dict[str, Analysis]:
    """Each gold cluster's analysis, its articles as the data gives them."""
    result = {}
    for name, documents in given.items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        result[name] = analysis
    return result


@pytest.fixture(scope="module")
def dated(given) -> dict[str, Analysis]:
    """The analysis of each gold cluster with a hand-set publication date, given to all."""
    result = {}
    for case in (c for c in TUNING if "published" in c):
        day = dt.date.fromisoformat(case["published"])
        articles = [
            dataclasses.replace(a, published=day) for a in as_articles(list(given[case["id"]]))
        ]
        analysis = brief(articles, words=100).analysis
        assert analysis is not None
        result[case["id"]] = analysis
    return result


def _dated_entries(analysis: Analysis, words: str) -> list[TimelineEntry]:
    return [e for e in analysis.timeline if words in e.sentence.text]


def _judged(cases: list[dict], analysed: dict, given: dict) -> Judged:
    return sum(
        (judge(analysed[c["id"]].timeline, places(given[c["id"]]), c["dates"]) for c in cases),
        Judged(),
    )


def test_timeline_dates_events_right_and_never_wrong(undated, given):
    total = _judged(WHOLE, undated, given)
    # Every entry is judged: an entry no gold line names is a new date to label by hand.
    assert not total.unjudged, total.unjudged
    assert total.wrong == 0, total
    # Before the page's own dates were left out: 70 right of 88 shown (0.80) on the seeds
    # and the first 12 clusters; before ranges, figures' years, comparisons and
    # possibilities were, 99 of 112 with the second round's 4 design clusters (0.88); with
    # the third round's 3, before an off-topic article's dates were left out and years as
    # adjectives read, 111 of 119 (0.93), 111 of 123 events found (0.90); with the fourth
    # round's 3, before parts of the year, second years, captions' datelines with no comma
    # and counts since a date, 130 of 137 (0.95), 129 of 135 events found (0.96); with the
    # fifth round's 2, before ranges of years and counts of things since a date, 138 of
    # 142 (0.97), 137 of 142 events found (0.965). Reading "Month of YEAR" (tenth pass) adds
    # 2771's "charted from January through April of 2012" at both ends: an aside by the gold,
    # the paragraph likening a single's run to "Where Have You Been"'s two sentences before;
    # elsewhere the form finds events ("After launching in August of 2017", "In January of
    # 2011, Gosnell was charged"): 138 of 143 (0.965).
    assert total.right / total.shown >= 0.965, total
    # Missed: "a day after", "Margaret Mitchell's 1936 Pulitzer Prize-winning novel", "stolen
    # from the San Francisco Mint in 1899", "testimony from 2009", "a previously disclosed
    # 2009 terror plot". The thirty-eighth pass shows no row for val-132's ripping of a photo
    # "in court in 2014" / "in October 2014" and "in May 2012", each the offence of a verdict
    # its sentence tells (the trials rule; the twenty-third reader read the rows as the
    # verdicts' dates): the round-4 gold's events, 134 of 142 found (0.944). The forty-fifth
    # pass shows val-79's letter, printed alike by two articles, once: a 'copy', 133 of 141.
    # The forty-sixth pass sets aside val-907's "pianist Bruce Hornsby (who toured with the
    # Dead in 1992)", a background deed in a bracketed clause, under which the line reads as
    # the 2015 shows' line-up: 132 of 141 (0.936). The forty-ninth pass shows once a month
    # or day two outlets' lines tell sharing 7 words in a row; the gold counts each outlet's
    # line an event to find: val-1397's inspection and val-79's capture, 130 of 141 (0.922).
    # The fifty-first pass reads val-2031's "It could be the case that the Federal Government
    # might only be able to prove that the coins ... coming from the San Francisco Mint in
    # 1899 must be returned" as a possibility (its stop's reader: a hypothetical); the gold
    # counts its 1899 an event, shown still by "The details of the 1899 heist": 129 of 141.
    # The sixtieth pass shows once a year two outlets' lines tell sharing 7 words in a row:
    # val-79's flight in 1950 and return in 1960, val-132's protests of 2011: 127 of 141.
    # The sixty-seventh pass sets aside val-4412's (raw 24) "several relatives of people
    # killed when terrorists hijacked four U.S. airliners on Sept. 11, 2001, criticized the
    # move", a date in a "when" clause inside the subject of "criticized" (reader 75: under
    # it, this week's criticism read as the attacks'); the gold counts the hijacking an
    # event to find: 126 of 141 (0.894). The seventy-fourth pass judges Madonna's 1983 hit,
    # the comparison of val-2771's (raw 82) "While Rihanna nabbed ... in 2005", an aside, and
    # leaves out the chart's list lines ('"SOS," May 13, 2006' ...) but its story's own "Right
    # Now" (timeline_listings); the gold counts the 19 others events to find (the singer's
    # past No. 1s, the story's background; pinned left out in test_timeline74): 106 of 140.
    assert total.found / total.events >= 0.757, total


def test_a_survey_s_entries_are_mostly_events_and_never_wrong(undated, given):
    total = _judged(SURVEY, undated, given)
    assert not total.unjudged, total.unjudged
    assert total.wrong == 0, total
    # Before editions named by a year ("the 2016 guidelines"), possibility frames ("It's
    # entirely possible that ...") and likened events ("echoes steps taken by Georgia after
    # ... 2008") were left out: 61 right of 81 shown (0.75). Left: comparisons and
    # biographies with no cue word ("Air France Flight 447, which crashed ... in 2009"). Before
    # link lines were left out and a year after "since" read: 61 of 73 (0.836).
    assert total.right / total.shown >= 0.845, total


def test_timeline_places_relative_dates_on_the_right_side_of_publication(dated, given):
    total = sum(
        (
            judge(
                [e for e in dated[c["id"]].timeline if e.relative],
                places(given[c["id"]]),
                c["relative"],
            )
            for c in TUNING
            if "published" in c
        ),
        Judged(),
    )
    assert not total.unjudged, total.unjudged
    # Before: 4 wrong of 32 ("hanged ... on 31 May" twice in a January article, "is set to
    # return to court Wednesday" a day back, "among today's top touring acts").
    assert total.wrong == 0, total
    # The forty-ninth pass shows one event two outlets' lines tell (7 words in a row) once:
    # val-79's "Wednesday's commemoration", 27 of 35 (0.771; the gold counts each line).
    # The sixtieth pass, a year's too: val-1703's "Last year, my privacy was invaded", printed
    # by two outlets, once: 30 of 39 (0.769).
    assert total.found / total.events >= 0.76, total


def test_a_month_and_day_after_publication_needs_a_sentence_looking_ahead(dated):
    analysis = dated["multi_news-val-79"]
    assert not _dated_entries(analysis, "He was hanged overnight May 31")
    assert not _dated_entries(analysis, "hanged at about midnight on 31 May")
    assert "2 month-and-day date(s) after the publication date" in analysis.reasons["timeline"]
    assert [e.when for e in _dated_entries(analysis, "will be held on 4-5 May")] == ["2016-05-05"]


def test_a_weekday_ahead_is_the_next_one(dated):
    analysis = dated["multi_news-val-1703"]
    assert [e.when for e in _dated_entries(analysis, "set to return to court")] == ["2017-07-19"]
    handed = _dated_entries(analysis, "handed up Tuesday and unsealed Thursday")
    assert {e.expression.text: e.when for e in handed if e.relative} == {
        "Tuesday": "2017-07-11",
        "Thursday": "2017-07-13",
    }


def test_today_as_the_present_is_no_date(dated):
    analysis = dated["multi_news-val-907"]
    # "... Phish ranks among today's top touring acts, grossing more than $30 million in 2014":
    # "today's" is the present, and the year a gross's, a figure's (timeline_gold: 'period')
    acts = _dated_entries(analysis, "among today's top touring acts")
    assert [e.expression.text for e in acts] == []
    shown = {e.expression.text for e in _dated_entries(analysis, "Dead50.net today (Jan. 16)")}
    assert shown == {"today", "Jan. 16"}


def test_the_page_s_own_dates_are_no_events(undated):
    # multi_news-val-1902's charity page: "April 10th, 2016", "June 4th, 2015", ... alone
    # on their lines, each a post's date.
    timeline = undated["multi_news-val-1902"].timeline
    assert timeline
    assert not [e for e in timeline if e.sentence.text.strip() == e.expression.text]


def test_an_article_about_another_event_gives_no_dates_and_the_reason_counts_them(undated):
    # multi_news-val-1703's op-ed on the Virgin Islands' centennial, beside three reports on
    # a swimmer's arrest; relevance scores it 0.17 ("another event"). The seeds' background
    # article, off by the cast rule at 0.82, keeps its "January 2016".
    analysis = undated["multi_news-val-1703"]
    assert analysis.timeline
    assert not _dated_entries(analysis, "In 1848, 15 years before President Lincoln")
    assert not _dated_entries(analysis, "In 1917, Virgin Islanders came to Washington")
    reason = analysis.reasons["timeline"]
    assert (
        "6 date expression(s) ('July 4', 'July 3', '1848' ...) of articles that read as " in reason
    )
    assert [e.when for e in _dated_entries(undated["seeds"], "In January 2016, the OPCW")] == [
        "2016-01"
    ]


def _raw_timeline(cluster_id: str) -> list[TimelineEntry]:
    """The timeline of a raw validation or DUC cluster's sentences, no article left out."""
    return list(timeline(_sentences(cluster_id), frozenset()).entries)


def _dates_of(cluster_id: str, words: str) -> set[str]:
    """The dates the raw cluster's timeline gives the sentences holding `words`."""
    return {e.when for e in _raw_timeline(cluster_id) if words in e.sentence.text}


@pytest.mark.parametrize(
    ("cluster", "stamp"),
    [
        ("multi_news-val-1334", "Last updated at 6:04 PM on 20th October 2011"),
        ("multi_news-val-4361", "Published: January 2011"),
        ("multi_news-val-1839", "in this this June 27, 2011 file photo"),
        # Reuters' captions above the dateline, which cleaning removes since its twenty-first
        # pass: read on the page as written, for a page whose captions cleaning misses
        ("multi_news-val-167", "'Vigipirate' security plan in Paris, April 22, 2015."),
        # a caption's dateline after a place, with no comma
        ("multi_news-val-167", "entrance to the Hotel Dieu Hospital in Paris April 22, 2015."),
        # a post's signature after a hyphen (the cleaning step drops one after a dash)
        ("multi_news-val-3365", "- Notch (@notch) March 25, 2014"),
    ],
)
def test_stamps_and_captions_are_no_events(cluster, stamp):
    # The stamp's line is read (1334's timeline is empty undated since its 2007, a change's
    # start, went: timeline_reader35).
    sentences = _sentences(cluster)
    if not [s for s in sentences if stamp in s.text]:
        sentences = _sentences(cluster, cleaned=False)
    assert [s for s in sentences if stamp in s.text]
    entries = timeline(sentences, frozenset()).entries
    assert not [e for e in entries if stamp in e.sentence.text]


def test_cleaning_removes_reuters_captions_above_the_dateline():
    """Why the captions above are read on the page as written."""
    stamp = "entrance to the Hotel Dieu Hospital in Paris April 22, 2015."
    assert not [s for s in _sentences("multi_news-val-167") if stamp in s.text]


def test_a_short_line_of_a_date_and_a_clock_time_is_a_stamp():
    # The cluster's one date is its page's stamp: "（People's Daily Online） 09:25, November
    # 27, 2012".
    documents = inputs(["multi_news-val-3680"])["multi_news-val-3680"]
    sentences = [s for a in as_articles(list(documents)) for s in split(clean(a))]
    stamp = [s for s in sentences if "Daily Online） 09:25, November 27, 2012" in s.text]
    assert [m.form for s in stamp for m in find_dates(s)] == ["month day year"]
    assert not timeline(sentences, frozenset()).entries


def test_a_short_line_closing_on_a_date_is_kept():
    # Rihanna's No. 1 hits, one a line: '"Right Now" (featuring David Guetta), Aug. 17, 2013'
    entries = _raw_timeline("multi_news-val-2771")
    assert "2013-08-17" in {e.when for e in entries if "Right Now" in e.sentence.text}


@pytest.mark.parametrize("published", [dt.date(1, 1, 2), dt.date(9999, 12, 30)])
def test_a_publication_date_at_the_calendar_s_edge_leaves_dates_unplaced_not_a_crash(
    seed_texts, published
):
    # A record's own "date" can be anything its metadata says; dateparser overflows
    # resolving "on Tuesday" against year 1, and the next Friday after 9999-12-30 is no date.
    articles = [
        dataclasses.replace(article, published=published)
        for article in as_articles(seed_texts.values())
    ]
    analysis = brief(articles, words=100).analysis
    assert analysis is not None
    whens = {entry.when for entry in analysis.timeline}
    assert {"2013", "2016-01", "2016-06"} <= whens  # the absolute dates stand as they are
    assert not any(when.startswith("2018") for when in whens)


@pytest.mark.parametrize(
    ("cluster", "words"),
    [
        # a range bounding a count, both ends
        ("multi_news-val-1115", "earned $13 million between May 2010 and May 2011"),
        ("multi_news-val-2095", "up from 17% in 2009"),  # a figure's year
        ("multi_news-val-4411", "than the nude man who raced across the stage in 1974"),
        ("multi_news-val-381", "and the most since March 2012"),
        ("multi_news-val-79", "alleged Nazis who could be prosecuted in 2016"),
        # ("in 2011 or 2012" dates its event since timeline70: tests/test_timeline70.py)
        ("multi_news-val-381", "from 23 percent in spring 2010 to 43 percent now"),
        # a count since a date, a year as an adjective or not
        ("multi_news-val-132", "arrested and released several times since December 2011"),
        ("multi_news-val-132", "arrested and released several times since the 2011 protests"),
        ("multi_news-val-1397", "20 complaints about out-of-service elevators since January 2015"),
        # a range of years bounding a figure or an amount, or telling no deed
        ("multi_news-val-4962", "rose 24 percent from 2001 to 2011"),
        ("multi_news-val-4890", "received $3.8 million from 2011 through 2015"),
        ("multi_news-val-3954", "looking at malaria cases from 1990 to 2005"),
        ("multi_news-val-2031", "coins, dating from 1847 to 1894"),
    ],
)
def test_dates_that_name_no_event_are_left_out(cluster, words):
    sentences = _sentences(cluster)
    # The words stand in the cluster (3954's timeline is empty since its one entry, "207
    # million cases of malaria in 2012", is read as a figure's year).
    assert [s for s in sentences if words in s.text]
    entries = timeline(sentences, frozenset()).entries
    # "In 2014, 45% of couples went over budget, ... up from 17% in 2009.": 2014 stays.
    assert not [e for e in entries if words in e.sentence.text and e.expression.text in words]


def _sentences(cluster_id: str, cleaned: bool = True) -> list:
    """The sentences of a raw validation cluster, or of a DUC 2003 cluster ("d30050t": dated
    newswire, no publication dates given), every article kept; with `cleaned` false, every
    line of each page too."""
    if cluster_id.startswith("d3"):
        (documents,) = [c["documents"] for c in read_clusters(DUC, 30) if c["id"] == cluster_id]
    else:
        documents = inputs([cluster_id])[cluster_id]
    articles = as_articles(list(documents))
    if not cleaned:
        return [s for a in articles for s in split(Document(a, (Span(0, len(a.text)),)))]
    return [s for a in articles for s in split(clean(a))]


@pytest.mark.parametrize(
    ("cluster", "words", "date"),
    [
        # a year naming the edition of something that holds over the year
        ("multi_news-val-2168", "will use the 2016 guidelines to determine eligibility", "2016"),
        ("multi_news-val-2168", "The 2018 federal poverty guidelines have been released", "2018"),
        ("multi_news-val-4039", "lose $32.5 million in funding from the 2017 budget", "2017"),
        # a possibility that governs its sentence across commas
        ("multi_news-val-4896", "and Republicans will win the White House in 2012", "2012"),
        ("multi_news-val-4236", "implausible that Colbert could make a strong run", "2014"),
        # another event likened to the story's
        ("multi_news-val-5141", "bring back memories of the 2000 presidential recount", "2000"),
        ("multi_news-val-501", "echoes steps taken by Georgia", "2008"),
        (
            "multi_news-val-4505",
            "devastated by a similar EF-5 tornado on May 22, 2011",
            "May 22, 2011",
        ),
        # a comparison that frames its sentence from an earlier clause
        ("multi_news-val-168", "during a February 2011 snowstorm", "February 2011"),
        ("multi_news-val-381", "there were four occasions in 2005", "2005"),
        ("multi_news-val-325", "As was the case in 1996", "1996"),
        ("multi_news-val-2366", "Hurricane Sandy hit the region in October 2012", "October 2012"),
        # a count far before "since"
        ("multi_news-val-4960", "drifted even further away from them since the 2012", "2012"),
        # a cited document's date before its page (the blog's copy of the citation: the
        # filing's own go with cleaning's twenty-sixth pass; 3880's link "Read Newsweek’s 2007
        # story" goes with its thirty-third)
        ("multi_news-val-2145", "(Labor union official 302, February 3, 2009", "February 3, 2009"),
        # a period named by its year, a share's year opening its sentence
        ("multi_news-val-599", "spent $176 million during the 2012 election cycle", "2012"),
        ("multi_news-val-599", "in the 2010 and 2012 election cycles", "2010"),
        ("multi_news-val-1862", "In 2010, illegal immigrants represented roughly 6", "2010"),
        ("multi_news-val-2095", "In 2014, 45% of couples went over budget", "2014"),
        # another event likened with "like the one", "unlike", "worst previous", "Like X, who"
        ("d31031t", "another government shutdown like the one in 1995", "1995"),
        ("d30012t", "will be as good as the one in 1966", "1966"),
        ("d31027t", "unlike in the 1997 presidential polls", "1997"),
        ("d31022t", "The worst previous Swedish fire disaster", "1978"),
        ("d30050t", "Like Clinton, who campaigned in the New Hampshire", "1992"),
        ("d30050t", "Like Clinton, who campaigned in the New Hampshire", "1994"),
        ("d30050t", "By contrast, in a poll conducted in the third week", "October of 1992"),
        # a superlative since, however long its clause; a record's year
        ("d31050t", "the most well-known dissidents China has put on trial since", "1996"),
        ("multi_news-val-4713", "break the flight-duration record set in 1978", "1978"),
        ("d31028t", "The previous mark for September rainfall was 15.5", "1913"),
        # a count since the start of a year or since a year used as an adjective
        ("d30056t", "Since the beginning of 1998, 176 people have been", "1998"),
        ("d30050t", "have lost 11 seats since Clinton's 1992 victory", "1992"),
        # a count since a time named by what happened then
        ("multi_news-val-1862", "78 percent since their peak in 2000", "2000"),
        ("d31013t", "80 percent of the people hired since Vacco took over in", "1994"),
        # a count a year opening its sentence dates, as a share
        ("multi_news-val-5067", "In 2013, more than 540,000 people finished", "2013"),
        # labels: an electorate, a campaign manager, a tax return named by a year
        ("d30050t", "play to the 2000 electorate", "2000"),
        ("d30050t", "against her 1992 campaign manager", "1992"),
        # the second end of a "between" range whose first end has an apposition
        ("d30003t", "the date he seized power, and Dec. 31, 1983", "Dec. 31, 1983"),
    ],
)
def test_editions_possibilities_comparisons_and_links_are_read_not_shown(cluster, words, date):
    sentences = _sentences(cluster)
    holding = [s for s in sentences if words in s.text]
    read = [s.article.text[m.start : m.end] for s in holding for m in find_dates(s)]
    assert date in read
    shown = timeline(sentences, frozenset()).entries
    assert not [e for e in shown if words in e.sentence.text and e.expression.text == date]


@pytest.mark.parametrize(
    ("cluster", "words", "lines"),
    [
        (
            "multi_news-val-4945",
            "held across the Korean Peninsula March 8 to 23",
            {"2017-03-08 (March 8 to 23, 2017)"},
        ),
        (
            "multi_news-val-1049",
            "did a second stint from 2003 to 2006",
            {"1996", "2003 (from 2003 to 2006)"},
        ),
        (
            "multi_news-val-5306",
            "Gillibrand served from 2007-09 in the House",
            # and "appointed to the Senate in 2009"
            {"2007 (from 2007-09)", "2009"},
        ),
        (
            "multi_news-val-1400",
            "In November and December 2013, authorities allege",
            {"2013-11 (November and December 2013)"},
        ),
        (
            "multi_news-val-1703",
            "McCullum worked from April 2015 until June 2016",
            {"2015-04 (from April 2015 until June 2016)"},
        ),
        # an amount's end ("from 38 years in 1952 to 64 today") and two years name no range
        ("multi_news-val-4361", "went from 38 years in 1952 to 64 today", {"1952"}),
        ("multi_news-val-167", "made checks on him in 2014 and 2015", {"2014", "2015"}),
    ],
)
def test_a_range_is_one_row_naming_the_range(cluster, words, lines):
    # Listed under one of its ends without its words, a span reads as an event of that day
    # or year; under both, as two events (the sixty-first pass: one row, its first end's).
    entries = timeline(_sentences(cluster), frozenset()).entries
    assert {e.when + timeline_note(e) for e in entries if words in e.sentence.text} == lines


@pytest.mark.parametrize(
    ("cluster", "words", "when"),
    [
        # (its end is the row's `until` since the sixty-first pass)
        ("multi_news-val-1703", "McCullum worked from April 2015 until June 2016", "2015-04"),
        ("multi_news-val-2031", "may have been stolen from the U.S. Mint in 1900", "1900"),
        (
            "multi_news-val-3098",
            "couldn't attend the premiere in Atlanta on Dec. 15, 1939",
            "1939-12-15",
        ),
        ("multi_news-val-3365", "where it raised $2.4 million in 2012", "2012"),
        ("sample-validation-111", "died at age 36 in September 2010", "2010-09"),
        ("multi_news-val-3947", "has been under U.S. sanctions since July 2014", "2014-07"),
        # a start, with nothing counted since it: the day he became executive officer
        (
            "multi_news-val-324",
            "executive officer, or second in command, since November",
            "2015-11",
        ),
        # a clock time after a date in a story's sentence is no stamp
        (
            "multi_news-val-3651",
            "parked at High Bridge Trail Head on February 13, 2017",
            "2017-02-13",
        ),
        # a span after "In YEAR," is no count; a range's first end with an apposition stays
        ("multi_news-val-1703", "In 1848, 15 years before President Lincoln", "1848"),
        # (the forty-ninth pass shows the warrant's range once, from the line naming it)
        ("d30003t", "between Sept. 11 1973, the year he seized power", "1973-09-11"),
        # a time since what happened then, with nothing counted since it
        ("d31050t", "never allowed another political party to form since it took", "1949"),
        ("multi_news-val-1049", "no other legal troubles since being released from prison", "2006"),
        # "the only previous instance" likens nothing to the story's storm: it tells one
        ("d30012t", "the only previous instance of a satellite's being disabled", "1993"),
    ],
)
def test_events_next_to_those_words_stay(cluster, words, when):
    # "from ... until" dates what happened, a modal's past or negation is a fact, and an
    # amount or an age before "in" is no figure compared over years.
    assert when in _dates_of(cluster, words)


@pytest.mark.parametrize(
    ("cluster", "words", "when"),
    [
        ("sample-validation-111", "Fischetti said in the 2017 video", "2017"),
        # (1902's "Conrad Anker, who was part of the 1999 expedition", a thing's year in a
        # relative clause about someone, is read and not shown: test_analyze_timeline_reader23)
        ("multi_news-val-410", "their 1995 follow-up, The Infamous, that cemented", "1995"),
    ],
)
def test_a_year_used_as_an_adjective_is_a_date(cluster, words, when):
    assert when in _dates_of(cluster, words)


@pytest.mark.parametrize(
    ("cluster", "words", "whens"),
    [
        ("multi_news-val-1703", "before they departed in mid-2016", {"2016"}),
        ("sample-validation-111", "planned to do a tour in the spring of 2018", {"2018"}),
        ("multi_news-val-2723", "In the summer of 2014, his team deployed", {"2014"}),
        ("multi_news-val-5124", "Paul Walker’s death in late 2013", {"2013"}),
        ("multi_news-val-167", "made checks on him in 2014 and 2015", {"2014", "2015"}),
        ("multi_news-val-2986", "in the Summer of 2006 in Lake Tahoe", {"2006"}),
        # a month "of" its year
        ("multi_news-val-3717", "In January of 2011, Gosnell was charged", {"2011-01"}),
        ("multi_news-val-5244", "I met Nola and her group of rhinos in July of 1986", {"1986-07"}),
    ],
)
def test_a_part_of_the_year_and_a_second_year_are_dates(cluster, words, whens):
    assert _dates_of(cluster, words) == whens


@pytest.mark.parametrize(
    ("cluster", "words", "whens"),
    [
        # a state held since a year: the year it began
        ("multi_news-val-4113", "Bob Goodlatte has been in the House since 1993", {"1993"}),
        ("multi_news-val-1779", "who has served as governor since 2011", {"2011"}),
        ("multi_news-val-3836", "the program manager of BioWatch since 2009", {"2009"}),
        ("multi_news-val-5244", "where Nola had lived since 1989", {"1989"}),
        # the end of a year
        ("multi_news-val-4113", "He will retire from Congress at the end of 2018", {"2018"}),
    ],
)
def test_a_year_since_a_state_began_and_the_end_of_a_year_are_dates(cluster, words, whens):
    assert _dates_of(cluster, words) == whens


@pytest.mark.parametrize(
    ("cluster", "words", "year"),
    [
        # a trend or a change since a year starts no state anyone held
        ("multi_news-val-465", "inflation-adjusted wages have been falling since 1970", "1970"),
        ("multi_news-val-765", "“squandering the great gains” it has achieved since 1989", "1989"),
        ("multi_news-val-351", "Community of Christ since 1960 have narrowed", "1960"),
    ],
)
def test_a_year_since_a_trend_began_is_read_but_not_shown(cluster, words, year):
    holding = [s for s in _sentences(cluster) if words in s.text]
    assert year in [s.article.text[m.start : m.end] for s in holding for m in find_dates(s)]
    assert not _dates_of(cluster, words)


@pytest.mark.parametrize(
    ("cluster", "words", "spans"),
    [
        (
            "multi_news-val-351",
            "openly practiced plural marriage from 1852 to 1890",
            {("1852", "1890")},
        ),
        (
            "multi_news-val-1049",
            "did a second stint from 2003 to 2006",
            {("1996", None), ("2003", "2006")},
        ),
        # an end written with two digits takes its start's century; "appointed to the
        # Senate in 2009" is a date of its own
        (
            "multi_news-val-5306",
            "Gillibrand served from 2007-09 in the House",
            {("2007", "2009"), ("2009", None)},
        ),
        # "in" a span of years, as "from" one
        (
            "multi_news-val-4141",
            "just before and after he left the presidency in",
            {("2000", "2001")},
        ),
        # "in 1988-89" names a season: its second year is no date of its own
        ("multi_news-val-5555", "The Miami Heat entered the league in 1988-89.", {("1988", None)}),
    ],
)
def test_a_range_of_years_someone_acted_over_is_one_entry_until_its_end(cluster, words, spans):
    # One entry, at its first year, that runs until the last (`until`): one entry at its
    # start with no end would date the whole span to its first year, and one at each end
    # read as two events (raw 192's "in 2000-2001", reader60).
    rows = [e for e in _raw_timeline(cluster) if words in e.sentence.text]
    assert {(e.when, e.until and e.until.isoformat()[:4]) for e in rows} == spans


@pytest.mark.parametrize(
    ("cluster", "words", "first"),
    [
        # the year (and the month) a range names once is its first end's too
        ("multi_news-val-4945", "held across the Korean Peninsula March 8 to 23", "2017-03-08"),
        ("multi_news-val-381", "conducted by telephone Nov. 14-17, 2013", "2013-11-14"),
        ("multi_news-val-3658", "Fieldwork was undertaken in October–November 2015", "2015-10"),
        ("multi_news-val-1400", "In November and December 2013, authorities allege", "2013-11"),
    ],
)
def test_a_range_within_a_year_is_listed_once_under_its_first_end(cluster, words, first):
    # Its second line, the same sentence a month or a few days later, told nothing new (the
    # twenty-second pass); the note names the range.
    assert _dates_of(cluster, words) == {first}


@pytest.mark.parametrize(
    ("cluster", "words", "unread"),
    [
        # a decade, and a year naming a coin (a capital after it)
        ("multi_news-val-410", "the hardcore hip-hop sound of the 1990s", "1990"),
        ("multi_news-val-2031", "the paper that an 1866 Liberty $20 gold piece", "1866"),
        # a capitalised season after a determiner names an issue, not a time
        ("multi_news-val-3194", "as Ms. pointed out in our Spring 2009 article", "2009"),
        # a decade written with "'s": read as its first year it would be a wrong date
        ("d31001t", "from the late 1970's to early 1990's", "1970"),
        ("d31001t", "from the late 1970's to early 1990's", "1990"),
    ],
)
def test_a_decade_or_a_year_before_a_name_is_not_read(cluster, words, unread):
    entries = [e for e in _raw_timeline(cluster) if words in e.sentence.text]
    assert not [e for e in entries if unread in e.expression.text]


def _planned(cluster_id: str, words: str) -> set[bool]:
    """Whether the raw cluster's timeline marks planned the entries of sentences holding
    `words`."""
    return {e.planned for e in _raw_timeline(cluster_id) if words in e.sentence.text}


@pytest.mark.parametrize(
    ("cluster", "words", "planned"),
    [
        # an intention (April Fools' Day 2017's "ready for a comeback to participate in the
        # Tokyo Olympics in 2020", val-2484, was one too: the fifty-first pass reads it, a
        # "Retirement fake-out.", as a prank's claim and shows no row, below)
        ("multi_news-val-5592", "we hope to begin handling some of these cases", {True}),
        # "Published: January 2011" dates the writing: "late 2011" is ahead of it (a question
        # about 2050 is no event: timeline_imagined)
        ("multi_news-val-4361", "Sometime in late 2011, according to the UN", {True}),
        # a progressive before "in" a year
        ("multi_news-val-1779", "Reid is retiring in 2016, leaving", {True}),
        # a plan a prank claims is none (timeline_pranks): Google's Mars data center "in
        # 2018", "one of the biggest pranks", and Takei's run, "had everyone fooled" (its
        # Saturday, the tweet's day, is undated here: test_timeline_reader51 dates it)
        ("multi_news-val-2484", "ready for a comeback to participate in the Tokyo", set()),
        ("multi_news-val-2484", "it is launching a data center on Mars in 2018", set()),
        ("multi_news-val-2484", "tweeted that he was running for Congress", set()),
        # a future word followed by a past verb, or a past wish, tells the past (val-584's
        # "a planned tour for which Jackson was rehearsing when he died in 2009" was one: since
        # timeline56 its year, a clause's after the line's "on Monday", shows no row)
        ("multi_news-val-584", "a planned tour for which Jackson was rehearsing", set()),
        ("multi_news-val-4623", "at the time of the listing in 2008", {False}),
        ("multi_news-val-5306", "if she wanted to win a special election", {False}),
        # a progressive far from its date, or before a year that dates a noun, does not
        ("multi_news-val-132", "who is currently serving a life sentence for his role", {False}),
        ("multi_news-val-764", "who is denying criminal charges of having the substance", {False}),
        # (from the thirty-first pass to the fifty-first none at all: the murder's year in a
        # sentence of its convictions; since timeline52 the story's crime, shown, past)
        ("multi_news-val-1094", "are appealing their most recent convictions for Kercher", {False}),
    ],
)
def test_an_event_ahead_of_its_article_s_writing_is_marked_planned(cluster, words, planned):
    assert _planned(cluster, words) == planned


def test_a_publication_date_decides_what_is_planned(dated):
    analysis = dated["multi_news-val-1703"]  # published 2017-07-13, a Thursday
    assert {e.planned for e in _dated_entries(analysis, "set to return to court")} == {True}
    handed = _dated_entries(analysis, "handed up Tuesday and unsealed Thursday")
    assert handed and not any(e.planned for e in handed)


def test_the_markdown_and_the_page_say_planned_and_name_a_span_s_bound():
    documents = inputs(["multi_news-val-324", "multi_news-val-5592", "multi_news-val-4945"])
    briefings = {name: brief(docs, words=100) for name, docs in documents.items()}
    lines = {name: markdown_lines(briefing) for name, briefing in briefings.items()}
    page = to_html(briefings["multi_news-val-5592"])
    assert "2017 (planned): At our current pace of research" in page
    assert any(
        line.startswith("- November 2015 (since November 2015): ") and "executive officer" in line
        for line in lines["multi_news-val-324"]
    )
    assert any(
        line.startswith("- 2017 (planned): At our current pace of research")
        for line in lines["multi_news-val-5592"]
    )
    assert any(
        line.startswith("- 8 March 2017 (March 8 to 23, 2017): ") and "Key Resolve" in line
        for line in lines["multi_news-val-4945"]
    )


def test_the_json_timeline_says_planned(undated):
    entries = to_dict(undated["sample-validation-111"])["timeline"]
    tour = [e for e in entries if "LFO planned to do a tour" in e["sentence"]["text"]]
    assert [e["planned"] for e in tour] == [True]
    assert not any(e["planned"] for e in entries if e not in tour)
