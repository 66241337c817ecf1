"""The timeline's fifty-fourth pass (reader47, reader48; raw validation by 0-based line): an
undated article's plans are marked by a clause that tells when the plan's deed ends and by a
state of the present that runs "until" a year (raw 158); "Thanksgiving 2011" names its year
(raw 155); an undated article that tells a day the cluster's dated articles place is of the
story's time, and its other months and days up to the cluster's latest publication date take
that year, said in their bracket (raw 161). Raw 149's file-photo caption still dates no
article. Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.ingest.article_dates import own_date, with_dates
from chorus.render.analysis_json import to_dict
from chorus.render.timeline_notes import LENT, timeline_note
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({149, 155, 158, 161})


def test_an_undated_article_s_plans_are_marked(clusters):
    # Raw 158 [2] (no publication date): the move "concluding sometime between 2019 and 2021"
    # is what the architects plan, and LKAB "is footing the entire bill until the year 2033";
    # both lie ahead, as "sometime around 2100" does. The town's past stays unmarked.
    entries = timeline(_sentences(clusters[158], None), frozenset()).entries
    marks = {(e.when, e.sentence.text[:30]): e.planned for e in entries}
    assert marks[("2019", "The architecture firm behind t")] is True
    assert marks[("2033", "But LKAB, the state-owned comp")] is True
    assert marks[("2100", "But the master plan, which inc")] is True
    assert marks[("2003", "Officials from LKAB first noti")] is False
    assert marks[("2010", "In 2010, LKAB had already spen")] is False


def test_another_participle_carries_no_plan():
    # Multi-News+ validation 604: "is aiming for a comeback, beginning with reissues of his
    # 1982 solo debut": the album came out in 1982; only a clause telling when a deed ends
    # ("concluding", "ending") takes the cue of the clause before it.
    (_, cluster), *_ = _lines(FILES["mn+val"], {604})
    entries = timeline(_sentences(cluster, None), frozenset()).entries
    debut = [e for e in entries if "beginning with reissues" in e.sentence.text]
    assert [(e.when, e.planned) for e in debut] == [("1982", False)]


def test_thanksgiving_names_its_year(clusters):
    # Raw 155 [1] (NYT): "Ms. Nguyen and her three children spent Thanksgiving 2011 with him
    # in Mississippi": the reunion's year, beside "In 2011, Mr. Copeland ... began reading".
    rows = [
        (e.when, e.sentence.text) for e in timeline(_own_dated(clusters[155]), frozenset()).entries
    ]
    assert (
        "2011",
        "Ms. Nguyen and her three children spent Thanksgiving 2011 with him in Mississippi.",
    ) in rows


def _lent(cluster: dict) -> list[tuple[str, int, str]]:
    """The rows whose year the cluster lent: date, article (0-based) and sentence."""
    sentences = _own_dated(cluster)
    ids = list(dict.fromkeys(s.article.id for s in sentences))
    entries = timeline(sentences, frozenset()).entries
    return [(e.when, ids.index(e.sentence.article.id), e.sentence.text) for e in entries if e.lent]


def test_an_undated_article_of_the_story_s_days_takes_their_year(clusters):
    # Raw 161: only [1] is dated (its video's stamp, Tuesday, June 23, 2015); it places the
    # shooting "May 29" and Smith's arrest "On June 17". [0] and [3] tell the shooting's May
    # 29 too, and [2] Johnson's arrest "June 17": the same days, of 2015. [2] is then of the
    # story's weeks: Jarrett "charged June 2", Smith "arrested June 18", the murder charges
    # "on June 19" and Smith's plea "on June 22" are of 2015 (the Tuesday news conference of
    # every article). Its court dates after June 23 ("scheduled for July 2", "continued to
    # July 6") may be plans [2] does not mark: left. [0]'s "at a car wash in the 3000 block of
    # West Florence Avenue on May 29" is, since the sixtieth pass, a copy of [1]'s "shot ...
    # May 29 outside Simms Car Wash in the 3300 block of West Florence Avenue" (one word apart).
    lent = _lent(clusters[161])
    assert sorted((when, article) for when, article, _ in lent) == [
        ("2015-05-29", 3),
        ("2015-06-02", 2),
        ("2015-06-17", 2),
        ("2015-06-18", 2),
        ("2015-06-19", 2),
        ("2015-06-22", 2),
    ]
    assert ("2015-06-02", 2, "She was charged June 2, he said.") in lent
    entries = timeline(_own_dated(clusters[161]), frozenset()).entries
    assert not any(e.date.month == 7 for e in entries)
    (shooting,) = [e for e in entries if "Simms Car Wash" in e.sentence.text]
    copies = [c.text[:26] for c in shooting.copies]
    assert copies == ["Tavin Price was at a car w", "Tavin Terrell Price was fa"]  # [0], [2]


def test_a_lent_year_is_said(clusters):
    # The reader weighs a year the row's own article does not give: the Markdown's bracket
    # and the JSON say it; a row its own article dates says nothing of it.
    articles = with_dates(as_articles(clusters[161]["documents"]), None, [])
    analysis = brief(articles).analysis
    june_2 = next(e for e in analysis.timeline if e.when == "2015-06-02")
    assert timeline_note(june_2) == f" ({LENT})"
    june_5 = next(e for e in analysis.timeline if e.when == "2015-06-05")  # [1]'s memorial
    assert timeline_note(june_5) == ""
    rows = to_dict(analysis)["timeline"]
    assert {r["date"]: r["year_lent"] for r in rows}["2015-06-02"] is True
    assert {r["date"]: r["year_lent"] for r in rows}["2015-06-05"] is False


def test_a_file_photo_s_caption_dates_no_article(clusters):
    # Raw 149 [0] (AP): "FILE - In this Thursday, Jan. 17, 2013, file photo, ... A Spanish
    # newspaper published a document Monday, Oct. 28, 2013, that it said shows..." The news
    # line's Monday fits the story's five Mondays, but the story also names "a House
    # Intelligence Committee hearing Tuesday", the day after, which the caption check reads
    # as a story written later; and a file photo's caption is the one kind no raw page gives
    # a second dated line to learn from. Left undated, its Mondays noted unresolved.
    assert own_date(clusters[149]["documents"][0]) is None
    reason = timeline(_own_dated(clusters[149]), frozenset()).reason
    assert "('Monday' 5 times, 'Tuesday') could not be resolved" in reason
