"""The timeline's sixty-fifth pass (reader71; raw validation by 0-based line, documents
0-based): an article's only full date in a line cleaning removes. 163 [1], CNN's story of the
Musashi's find, names no weekday and tells of Paul Allen's tweets, both stamped "March 2,
2015": it is now dated by them (nothing of it can fall a week off). 27 [1]'s AP caption of
Monday's vigil stays unread: its story is of Tuesday ("Police said Tuesday"), which that
date would send a week back. 163 [1]'s two CNN captions, "This image, released by …" and
"This shot, released by …", are now removed. Expectations from reading the articles."""

from __future__ import annotations

from pathlib import Path

from chorus.clean import clean
from chorus.model import Article
from tests.briefings import raw_briefing
from tests.raw_pages import date_read, raw_document, read_as_file

_IMAGE = "This image, released by Paul Allen's company, Vulcan, appears to show"
_SHOT = "This shot, released by Allen's company, Vulcan, shows the Japanese royal family's"


def test_a_story_naming_no_weekday_is_dated_by_the_posts_it_tells_of():
    # 163 [1]: "The philanthropist posted images on Twitter …", "In one tweet, he said …",
    # and two of Allen's tweets, "— Paul Allen (@PaulGAllen) March 2, 2015"; the story's
    # years (1940, 1943, 1944, 1975, 2004) are all before.
    cnn = raw_document(163, 1)
    assert cnn.count("(@PaulGAllen) March 2, 2015") == 2
    assert date_read(cnn) == ("2015-03-02", "posts")
    # 88 [1]: Speier "used April Fools' Day this afternoon" for her tweet of April 1, 2017.
    mediaite = raw_document(88, 1)
    assert "April Fools’ Day this afternoon" in mediaite
    assert date_read(mediaite) == ("2017-04-01", "posts")


def test_a_story_naming_no_weekday_but_a_later_year_or_no_post_is_notdate_read():
    cnn = raw_document(163, 1)
    # A year after the posts' may be the story's own: it was written later.
    assert date_read(cnn.replace("the 2004 Ansari", "the 2016 Ansari")) is None
    # A story that never tells of posting (Twitter, a tweet, Instagram) only shows the post.
    untold = cnn.replace("Twitter", "the web").replace("tweet", "post")
    assert date_read(untold) is None
    # Two days among the posts: the page is of the latest or after (timeline68; None before).
    stamp = "(@PaulGAllen) March 2, 2015"
    assert date_read(cnn.replace(stamp, stamp.replace("2,", "3,"), 1)) == ("2015-03-03", "posts")
    # 145 [0]: NPR's report under Pew's tweet of May 24, 2016 never tells of the tweet.
    assert "(@pewresearch) May 24, 2016" in raw_document(145, 0)
    assert date_read(raw_document(145, 0)) is None
    # 36 [0]: Colbert's tweet of December 7, 2012 under a story naming the 2014 election.
    colbert = raw_document(36, 0)
    assert "(@StephenAtHome) December 7, 2012" in colbert
    assert "an election is held in 2014" in colbert
    assert date_read(colbert) is None


def test_a_photo_of_the_day_before_its_story_does_not_date_it():
    # 27 [1]: AP's story of Tuesday 6 June 2017 under Monday's vigil photo; dated 5 June, its
    # "Police said Tuesday" would fall on 30 May. Since timeline83 (stop 55) that "Police said
    # Tuesday" dates it to its story's day, never the photo's.
    ap = raw_document(27, 1)
    assert "in London, Monday, June 5, 2017. Police arrested" in ap
    assert "Police said Tuesday he lived in east London" in ap
    assert date_read(ap) == ("2017-06-06", "story's day after its captions")


def test_cnn_s_captions_setting_their_source_apart_are_removed():
    text = raw_document(163, 1)
    document = clean(Article(id="163-1", text=text, outlet=""))
    removed = {line for _, line in document.removed_text()}
    captions = [line for line in text.splitlines() if line.startswith((_IMAGE, _SHOT))]
    assert len(captions) == 2
    assert all(caption in removed for caption in captions)
    kept = "".join(text[span.start : span.end] for span in document.kept)
    assert "Todaka said Allen's team had been in contact with the museum" in kept
    assert "\"It's a wonderful discovery, if it's true" in kept


def test_todaka_s_words_after_the_caption_are_his():
    # With the caption between them gone, "he said" after Todaka's paragraph is Todaka.
    quotes = raw_briefing(163).analysis.quotes
    wonderful = [q for q in quotes if q.text.text.startswith("It's a wonderful discovery")]
    assert [q.speaker for q in wonderful] == ["Kazushige Todaka"]


def test_cnn_s_page_is_dated_by_its_posts_when_read_as_a_record(tmp_path: Path):
    ingested = read_as_file(163, tmp_path)
    assert [str(a.published) for a in ingested.articles] == ["None", "2015-03-02"]
    assert any("date 2015-03-02 read from its posts" in note for note in ingested.notes)
