"""An article's date read from lines cleaning later removes, below its top: its own share
link ("Read or Share this story: https://www.rgj.com/story/news/2017/07/08/…"), else its
captions ("… collided with a merchant ship, Saturday, June 17, 2017. The Japan...
(Associated Press)"). A wrong date puts every "on Friday" of the article a week off, which
is worse than none, so a caption is read only when it credits its photo or video, is no
file photo, and its weekday is its date's; every such caption of the page must give one
date, whose weekday the story names (the photo is of the story's news) and none of the
three after it (a story naming those was written a day or more after its photo); a
page's own publication stamp ("(Published Tuesday, April 23, 2013)") also stands when the
story names no weekday but says "today", or when it closes the page's first line (a
station's lead video over its story, raw 16 [0]) with its weekday its date's and the story
names none of the three days after it: a page is published with its story or later, so
the stamp bounds the story's day from above. Reuters writes no weekday: its caption's date
closes the caption, right before its credit ("…, India, December 8, 2018. Reliance
Industries/Handout via REUTERS"), and the story's weekdays are then the only check; so does
a caption's date in brackets before its credit ("… injured in the shooting. (May 4, 2015)
Gannett Wisconsin Media", a Gannett page's video, raw 156 [1]).
Captions a story names days after are no page's date, but its lede (its first line that
is no caption, which tells its news) may name its day: one of those three, the latest
the story names, with no month and day after it written (AP's "… was recovering
Wednesday …" under Tuesday's photo of the vigil, raw 75 [0]); or, its lede naming none,
the one of those three the story tells bare, not as an event's possessive, when a source
spoke on it ("Police said Tuesday …" under Monday's photo of the vigil, the run-up to
"Thursday's general election" told too, raw 27 [1]).
A wire's dateline that writes no year ("MONDAY, July 2 (HealthDay News) -- …", raw 113
[1]) takes its page's copyright year ("Copyright © 2012 HealthDay.") when that year has
the month and day on the weekday written: a dateline is the story's own day, and a footer
naming a later year than the story's (a site's current one) is caught by the weekday six
times in seven. Last, the stamps of its embedded posts ("— Russell Simmons (@UncleRUSH)
June 20, 2017"): a page shows only posts written before it, so its latest post's date,
checked as a caption's is: the story's weekday; or, a story naming no weekday (none of its
days can fall a week off), one telling of posting them and naming no year after theirs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from chorus.language.counts import MONTHS, WEEKDAYS

_DAYS = tuple(day.title() for day in WEEKDAYS)
_SHARE_LINK = re.compile(
    r"Read or Share this story: https?://\S+?/(?P<year>(?:19|20)\d\d)/(?P<month>\d\d)/"
    r"(?P<day>\d\d)/\S*"
)
"""A USA Today network page's own address, whose path is its publication day."""
_WEEKDAY_DATE = (
    rf"(?P<weekday>{'|'.join(_DAYS)}),? (?P<month>{'|'.join(m[:3] for m in MONTHS)})"
    r"[a-z]*\.? (?P<day>\d{1,2}), (?P<year>(?:19|20)\d\d)"
)
_CAPTION_DATE = re.compile(rf"\b{_WEEKDAY_DATE}\b")
_STAMP = r"\(Published [^()]+\)$"
_STAMPED = re.compile(_STAMP)
_OWN_STAMP = re.compile(rf"\(Published {_WEEKDAY_DATE}\)$")
"""A station page's stamp, "(Published Friday, June 27, 2014)": a weekday, month, day and
year, nothing else (not "(Published 2 hours ago)")."""
_DATELINE = re.compile(
    rf"(?P<weekday>(?i:{'|'.join(_DAYS)})),? (?P<month>{'|'.join(m[:3] for m in MONTHS)})"
    r"[a-z]*\.? (?P<day>\d{1,2}) \([^()]+\) ?(?:--|—|–) "
)
"""A wire's dateline with no year opening the first line: "MONDAY, July 2 (HealthDay News)
-- ", its weekday in capitals or not."""
_COPYRIGHT = re.compile(r"(?:Copyright ?)?© ?(?P<year>(?:19|20)\d\d)\b")
"""A page's copyright line, "Copyright © 2012 HealthDay. All rights reserved."."""
_CREDIT = re.compile(rf"\((?:Associated Press|AP Photo\b[^()]*|Photo: [^()]+)\)$|{_STAMP}")
"""How a caption ends: AP's "(Associated Press)", "(AP Photo/Reed Saxon)", a Gannett
page's "(Photo: AP)", an NBC station's video "(Published Tuesday, April 23, 2013)"."""
_REUTERS_CAPTION = re.compile(
    rf"\b(?P<month>{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.? (?P<day>\d{{1,2}}), "
    r"(?P<year>(?:19|20)\d\d)\. [^.]*\bREUTERS(?:/[^.]+)?$"
)
"""A Reuters caption's date and credit: "… Nepal May 30, 2016. REUTERS/Navesh Chitrakar"."""
_BRACKETED_CAPTION = re.compile(
    rf"[.!?] \((?P<month>{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.? (?P<day>\d{{1,2}}), "
    r"(?P<year>(?:19|20)\d\d)\) [A-Z][\w&]*(?: [A-Z][\w&]*){0,3}$"
)
"""A caption closing on its date in brackets and its credit, no weekday written: a Gannett
page's video, "… Four people were killed and one person was injured in the shooting. (May 4,
2015) Gannett Wisconsin Media" (raw 156 [1]); read as Reuters' closing date is."""
_POST = re.compile(
    r"(?:[—–-] [^—–]{1,80}? \(@\w+\) |\bA post shared by .{1,80}? \(@[\w.]+\) on )"
    rf"(?P<month>{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.? (?P<day>\d{{1,2}}), "
    r"(?P<year>(?:19|20)\d\d)(?: at \d{1,2}:\d\d[ap]m [A-Z]{2,4})?$"
)
"""An embedded post's closing stamp, which cleaning removes with it: a tweet's "— Russell
Simmons (@UncleRUSH) June 20, 2017", an Instagram post's "A post shared by Nasir Jones
(@nas) on Jun 20, 2017 at 10:33am PDT" (raw 21 [1])."""
_FILE_PHOTO = re.compile(
    r"\bFILE\b|\b[Ff]ile (?:[Pp]hoto|image|picture)\b"
    rf"|\bIn this (?:(?:{'|'.join(_DAYS)}), )?(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.? "
    r"\d{1,2}, (?:19|20)\d\d,? (?:photo|image|picture)\b"
)
"""An old photo shown again, "FILE - In this Thursday, Jan. 17, 2013, file photo", or one of
a day before the story's, as AP dates it in front, "In this Saturday, July 1, 2017, photo,
people line up …" (raw 77 [2], whose story is of the Monday after), "In this May 3, 2015
photo" (156 [0]): the photo's day is not the page's."""
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.? (?P<day>\d{{1,2}})\b"
)
_STORY_DAY = re.compile(rf"\b({'|'.join(_DAYS)})\b")
_BARE_DAY = re.compile(
    rf"\b({'|'.join(_DAYS)})\b(?!(?: (?:night|morning|afternoon|evening))?['’]s\b)"
)
"""A weekday told bare, not as an event's possessive ("Thursday's general election",
"Saturday night's attack"): an event named by its day may lie on either side of the
writing, a deed told bare of a day after a photo's is the story's news."""
_SAID_ON = re.compile(rf"\b(?:said|told(?: [a-z]+)?)(?: on)? ({'|'.join(_DAYS)})\b")
"""A day a source spoke on, AP's "Police said Tuesday", "told reporters Monday": said
before the story was written, so no day ahead of it ("was anticipating normal operations
Friday morning" in a Thursday's story, raw 234 [1], is)."""
_TODAY = re.compile(r"\btoday\b")
"""A story under its own page's stamp ("(Published Tuesday, April 23, 2013)", an NBC
station's, raw 119 [1]) that names no weekday but says "today" was written the day it was
published: the stamp is no photo's day, which a story may tell days later."""
_POSTED = re.compile(r"\b(?:Twitter|[Tt]weet(?:s|ed)?|Instagram)\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAYS_AFTER = {1, 2, 3}
"""Days after a photo's that a story naming one was written after it: AP's story of a
Tuesday opens with Monday's photo of the vigil ("Police said Tuesday …")."""


def dated_elsewhere(text: str) -> tuple[dt.date, str, str] | None:
    """The article's date, the line giving it and its kind: its share link, else its
    captions, else its lede after its captions, else the day its story tells after them,
    else its first line's stamp, else its dateline with its copyright's year, else its
    embedded posts; None when none dates it."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    readers = (
        ("share link", _share_link),
        ("captions", _captions),
        ("lede after its captions", _lede_after_captions),
        ("story's day after its captions", _story_day_after_captions),
        ("stamp", _first_line_stamp),
        ("dateline and copyright", _dateline),
        ("posts", _posts),
    )
    for kind, read in readers:
        found = read(lines)
        if found is not None:
            return found[0], found[1], kind
    return None


def _share_link(lines: list[str]) -> tuple[dt.date, str] | None:
    for line in lines:
        if (found := _SHARE_LINK.fullmatch(line)) is not None:
            date = _date(found["year"], int(found["month"]), found["day"])
            return (date, line) if date else None
    return None


def _captions(lines: list[str]) -> tuple[dt.date, str] | None:
    """The one date the page's credited captions give, checked against the story's
    weekdays."""
    captions = _dated_captions(lines)
    stamped = all(_STAMPED.search(line) for _, line in captions)
    story = " ".join(line for line in lines if not _credited(line))
    return _story_day(captions, story, lambda _: stamped and bool(_TODAY.search(story)))


def _lede_after_captions(lines: list[str]) -> tuple[dt.date, str] | None:
    """The day the story's lede names (its first line that is no caption) when it is one of
    the three after the one date its credited captions give, and the latest of those three
    the story names, and the story writes no month and day after it: AP's story of Wednesday
    under Tuesday's photo of the vigil ("… was recovering Wednesday …", raw 75 [0]). A
    lede tells the story's news, of its day or the day before, never a day ahead of a
    photo's that the story then passes by; a later day named, or a later month and day
    ("indicted him Nov. 19" under a photo of Sept. 2, raw 246 [1], an old photo not marked
    as a file one), leaves the page undated."""
    found = _one_photo_and_story(lines)
    if found is None:
        return None
    photo, story = found
    lede = {_days_after(photo, day) for day in _STORY_DAY.findall(story[0])} & _DAYS_AFTER
    named = {_days_after(photo, day) for day in _STORY_DAY.findall(" ".join(story))}
    if len(lede) != 1 or max(named & _DAYS_AFTER) not in lede:
        return None
    date = photo + dt.timedelta(days=lede.pop())
    return (date, story[0]) if _none_later(" ".join(story), date) else None


def _story_day_after_captions(lines: list[str]) -> tuple[dt.date, str] | None:
    """The one day of the three after the one date its credited captions give that the
    story tells bare (`_BARE_DAY`), when a source is said to have spoken on it (`_SAID_ON`),
    its lede names no weekday, the story names the photo's weekday (the photo is of its
    news) and writes no month and day after that day: AP's story of Tuesday under Monday's
    photo of the vigil, its lede "British police have named the third London Bridge attacker
    …", then "Police said Tuesday …" and "the run-up to Thursday's general election" (raw 27
    [1]). Two such days told leave the page undated (a storm's "Wednesday" and "Thursday"
    under Tuesday's photo of the icicles, raw 139 [1]), as does a day no one said anything
    on (a Thursday's story of the storm hoping for flights "Friday morning", raw 234 [1]) or
    a photo whose weekday the story never names (an old one, or the news of another day)."""
    found = _one_photo_and_story(lines)
    if found is None or _STORY_DAY.search(found[1][0]):
        return None
    photo, story = found
    text = " ".join(story)
    told = {_days_after(photo, day) for day in _BARE_DAY.findall(text)} & _DAYS_AFTER
    named = {_days_after(photo, day) for day in _STORY_DAY.findall(text)}
    if len(told) != 1 or 0 not in named:
        return None
    date = photo + dt.timedelta(days=told.pop())
    said = [line for line in story if _DAYS[date.weekday()] in _SAID_ON.findall(line)]
    return (date, said[0]) if said and _none_later(text, date) else None


def _one_photo_and_story(lines: list[str]) -> tuple[dt.date, list[str]] | None:
    """The one date a page's credited captions give and its story's lines (those no
    caption), when its captions give one date and it has a story."""
    photos = {date for date, _ in _dated_captions(lines)}
    story = [line for line in lines if not _credited(line)]
    if len(photos) != 1 or not story:
        return None
    (photo,) = photos
    return None if photo is None else (photo, story)


def _none_later(story: str, date: dt.date) -> bool:
    """Whether the story writes no month and day after `date` (read in its year)."""
    later = [
        day
        for found in _MONTH_DAY.finditer(story)
        if (day := _date(str(date.year), _month(found["month"]), found["day"])) is not None
    ]
    return all(day <= date for day in later)


def _dated_captions(lines: list[str]) -> list[tuple[dt.date | None, str]]:
    """Each date of each credited caption that is no file photo's, with its line."""
    return [
        (date, line)
        for line in lines
        if _credited(line) and not _FILE_PHOTO.search(line)
        for date in _caption_dates(line)
    ]


def _days_after(date: dt.date, day: str) -> int:
    """How many days after `date` the next `day` (a weekday's name) falls, 0 to 6."""
    return (_DAYS.index(day) - date.weekday()) % 7


def _first_line_stamp(lines: list[str]) -> tuple[dt.date, str] | None:
    """The page's own stamp closing its first line ("Former runner-up ... was awarded the
    crown after ... (Published Friday, June 27, 2014)", raw 16 [0]), its weekday its date's,
    when the story below names none of the three days after it: the page went up with its
    story or after it (16 [0]'s lead video tells the crowning its story says "will be"
    Thursday), so the story's past days are read right against it, and a story naming a
    day after the stamp was written later."""
    if not lines or (found := _OWN_STAMP.search(lines[0])) is None:
        return None
    if (date := _caption_date(found)) is None:
        return None
    story = " ".join(line for line in lines if not _credited(line))
    after = {_days_after(date, day) for day in _STORY_DAY.findall(story)}
    return (date, lines[0]) if after.isdisjoint(_DAYS_AFTER) else None


def _dateline(lines: list[str]) -> tuple[dt.date, str] | None:
    """The day a yearless dateline opening the first line names (`_DATELINE`), in the one
    year the page's copyright lines give, when that year has it on the weekday written."""
    if not lines or (found := _DATELINE.match(lines[0])) is None:
        return None
    years = {c["year"] for line in lines if "©" in line and (c := _COPYRIGHT.match(line))}
    if len(years) != 1:
        return None
    date = _date(years.pop(), _month(found["month"]), found["day"])
    if date is None or _DAYS[date.weekday()] != found["weekday"].title():
        return None
    return date, lines[0]


def _posts(lines: list[str]) -> tuple[dt.date, str] | None:
    """The latest date the page's embedded posts are stamped with, checked as captions
    are: a post is written the day of the news it reacts to, or later, never before it,
    and a page only shows posts older than itself, so a page quoting a run of posts
    (Trump's tweets of 2011 to 2018 under raw 19 [1]'s story of the fall they end on) is
    of its latest one's day or after."""
    stamps = {line: found for line in lines if "(@" in line and (found := _POST.search(line))}
    posts = [(_post_date(found), line) for line, found in stamps.items()]
    if not posts or any(date is None for date, _ in posts):
        return None
    latest = max(date for date, _ in posts if date is not None)
    story = " ".join(line for line in lines if line not in stamps and not _credited(line))
    newest = [(date, line) for date, line in posts if date == latest]
    return _story_day(newest, story, lambda date: _tells_of_its_posts(story, date))


def _story_day(
    dated: list[tuple[dt.date | None, str]],
    story: str,
    without_weekdays: Callable[[dt.date], bool],
) -> tuple[dt.date, str] | None:
    """The one date of `dated`'s lines when the story names its weekday and none of the
    three after it, or names no weekday and `without_weekdays` holds for that date."""
    dates = {date for date, _ in dated}
    if len(dates) != 1 or None in dates:
        return None
    (date,) = dates
    after = {_days_after(date, day) for day in _STORY_DAY.findall(story)}
    if not after and without_weekdays(date):
        return date, dated[0][1]
    if 0 not in after or not after.isdisjoint(_DAYS_AFTER):
        return None
    return date, dated[0][1]


def _tells_of_its_posts(story: str, date: dt.date) -> bool:
    """Whether a story naming no weekday (no day of it can fall a week off) is of its
    posts' day: it tells of posting them ("He used his Twitter account to publicize the
    find", raw 163 [1]) and names no year after theirs. A post only shown beside a story
    (Pew's chart under NPR's report, raw 145 [0]) may be of any day, and a story naming a
    later year than its post's ("an election is held in 2014" under a tweet of 2012, raw
    36 [0]) may have been written in it."""
    return bool(_POSTED.search(story)) and all(
        int(year) <= date.year for year in _YEAR.findall(story)
    )


def _credited(line: str) -> bool:
    return bool(_CREDIT.search(line) or _closing_date(line))


def _closing_date(line: str) -> re.Match[str] | None:
    """A caption's date closing it right before its credit, Reuters' or in brackets."""
    if (found := _REUTERS_CAPTION.search(line)) is not None:
        return found
    return _BRACKETED_CAPTION.search(line) if ") " in line else None


def _caption_dates(line: str) -> list[dt.date | None]:
    """A credited caption's dates: its closing one (`_closing_date`), else every dated
    weekday's."""
    if (found := _closing_date(line)) is not None:
        return [_date(found["year"], _month(found["month"]), found["day"])]
    return [_caption_date(found) for found in _CAPTION_DATE.finditer(line)]


def _post_date(found: re.Match[str]) -> dt.date | None:
    return _date(found["year"], _month(found["month"]), found["day"])


def _month(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name) + 1


def _caption_date(found: re.Match[str]) -> dt.date | None:
    """The caption's date, None when its weekday is another day's (which of the two is
    wrong cannot be told)."""
    date = _date(found["year"], _month(found["month"]), found["day"])
    return date if date and _DAYS[date.weekday()] == found["weekday"] else None


def _date(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None
