"""The timeline's seventy-fourth pass (reader86, raw validation by 0-based line): a chart's
run of list lines, a title and a date each, is no event (raw 82 [1]'s recap of Rihanna's 20
No. 1s made 20 of its 27 rows); a contrast of two subjects' dates is one row, under the
story's subject's ("While Rihanna nabbed her first No. 1 ... in 2005, Madonna charted her
first dance hit in 1983" stood under both); a title's "?" before its bracket ends no
sentence ('"Who's That Chick?" (David Guetta featuring Rihanna), Feb. 2, 2011' was cut in
two). Expectations from reading the articles."""

from __future__ import annotations

from chorus.analyze.model import TimelineEntry
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split
from tests.briefings import briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _rows(corpus: str, line: int, opening: str) -> list[TimelineEntry]:
    """The timeline rows of a cluster whose sentence opens with `opening`."""
    return [
        e for e in briefing(corpus, line).analysis.timeline if e.sentence.text.startswith(opening)
    ]


def _sentences(line: int, document: int) -> list[str]:
    text = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"][document]
    return [s.text for s in split(clean(make_article(text, "test", origin="test")))]


def test_a_chart_s_list_lines_are_no_rows_but_the_story_s_own():
    # Raw 82 [1]: '"Pon De Replay," Oct. 8, 2005' ... '"Right Now" (featuring David Guetta),
    # Aug. 17, 2013': 20 lines under "Title, Chart Date Reached No. 1". "Right Now", the No.
    # 1 the story is of, named seven times outside the list, keeps its line.
    rows = briefing("raw", 82).analysis.timeline
    lines = [e for e in rows if not e.sentence.text.endswith(".")]
    assert [(e.sentence.text[:11], e.when) for e in lines] == [('"Right Now"', "2013-08-17")]
    # The story's sentences keep their rows: Oct. 8, 2005 once now, not twice.
    assert [e.when for e in rows if e.when == "2005-10-08"] == ["2005-10-08"]
    assert _rows("raw", 82, "Rihanna's 20 No. 1s were collected")
    reason = briefing("raw", 82).analysis.reasons["timeline"]
    assert "19 date(s) of a list's lines ('Oct. 8, 2005', 'May 13, 2006'" in reason


_ONE_SENTENCE_S_ROWS = (
    # Raw 82 [0]: Madonna's 1983 hit is the comparison; Rihanna's 2005 No. 1 the story's.
    ("While Rihanna nabbed her first No. 1", 82, ["2005"]),
    # Raw 208 [0]: "Trump carried ... in 2016, and Mitt Romney did the same in ... 2012".
    ("Trump carried the central Virginia district", 208, ["2016"]),
    # Raw 72 [2]: Schumer ran the committee in 2006 "and again in 2008": two events, one
    # subject, two rows, as before.
    ("Mr. Schumer, a master tactician", 72, ["2006", "2008"]),
    # Raw 229 [1]: "Although Balin had his greatest impact ..." keeps its two years.
    ("Although Balin had his greatest impact", 229, ["1975", "1978"]),
)


def test_a_contrast_of_two_subjects_is_one_row_under_the_story_s():
    for opening, line, dates in _ONE_SENTENCE_S_ROWS:
        assert sorted(e.when for e in _rows("raw", line, opening)) == dates, opening


def test_a_title_s_question_mark_before_its_bracket_ends_no_sentence():
    line = '"Who\'s That Chick?" (David Guetta featuring Rihanna), Feb. 2, 2011'
    assert line in _sentences(82, 1)
    # Raw 108 [0]: a film's title and its credit in brackets, one sentence.
    assert any(
        s.endswith('Who Cares About the Saints?" (The Rev. James Martin and Loyola Productions)')
        for s in _sentences(108, 0)
    )
