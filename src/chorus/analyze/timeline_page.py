"""The page's own dates, which date no event of the story: a line that is only a date (a
post's date, a chronology heading), a "Published"/"Updated ... on" stamp, a short line of a
date and a clock time ("（People's Daily Online） 09:25, November 27, 2012"), a post's
signature ("- Notch (@notch) March 25, 2014"), a photo caption ("in this June 27, 2011 file
photo", "sean leary seen in 2010 after climbing el capitan", a date just before Multi-News+'s
lower-case credit "( ap photo/charlie riedel )"), a live page's heading ("The Latest on the
stabbings at a Ku Klux Klan gathering in Southern California Saturday (all times local):"),
a caption's dateline closing it ("... security plan in Paris, April 22, 2015.", "... Hotel
Dieu Hospital in Paris April 22, 2015.", a picture's told in the present: "E85 ethanol fuel
is pumped into a vehicle ... Iowa, on Dec. 6, 2007.") and a full date opening a line as a
page's stamp or a gallery's caption does ("Nov 11, 2013 6: 13 pm by dennis bragg", "Nov. 15,
2012 -- the cdc says", "June 27, 2015 demonstrators protest at the south carolina
statehouse").
"""

from __future__ import annotations

import re

from chorus.analyze.timeline_ahead import AHEAD, PAST
from chorus.analyze.timeline_lower import LOWER_CASE_DAY

_STAMP = re.compile(
    r"\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified|PUBLISHED|UPDATED?)"
    r"(?: at \d[\d:.]*(?: \d\d)? ?(?:[AaPp]\.?[Mm]\.?)?)?(?: on)?[:,]? *$"
)
"""The text before a date that stamps the page ("Last updated at 6:04 PM on", "/ Published",
Multi-News+'s "posted at 4: 17 pm on", "page modified", an update's "UPDATE, Saturday
morning")."""
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}:\d\d(?: ?[AaPp]\.?[Mm]\.?)?,? $")
_CLOCK_AFTER = re.compile(r"^,? \d{1,2}:\d\d\b")
"""A clock time just before or after a date: a page's stamp when the line holds little else
("Sunday, July 31, 2011 21:39 EDT"); a story says "at 10 p.m. on Nov. 5" in a sentence."""
_SIGNATURE = re.compile(r"\(@\w+\) $")
_LIVE_HEADING = "(all times local)"
"""What closes the heading of an AP live page ("The Latest on ..."): its date is the page's
day, and its line is no event's."""
"""A post's signature before its date ("- Notch (@notch) March 25, 2014"), left when the
cleaning step, which drops "— Name (@handle) date", meets a hyphen instead of its dash."""
_PAPER_HISTORY = re.compile(r"\b(?:[Rr]eceived|[Rr]evised|[Aa]ccepted|[Ss]ubmitted):? $")
"""A journal paper's history before its dates, no event ("republic of korea received 12
october 2015; revised 24 december 2015; accepted 29 december 2015"); a story's says "on"."""
_STAMP_REACH = 24
"""How far before a date a stamp's clock time or a signature's handle ends ("7:44 P.M., ",
"(@GeorgeTakei) ")."""
_CAPTION = re.compile(
    r"\b[Ii]n this\b[^.]{0,60}?\b(?:photo|photograph|image|picture)\b|\bfile (?:photo|image)\b"
    r"|\bAP Photo\b|\b(?:[Pp]hoto|[Ii]mage|[Pp]icture),? (?:taken|released|provided)\b"
    r"|\b(?:captured|took|snapped|shot) this (?:photo|photograph|image|picture)\b"
)
"""A photo caption, whose dates are the picture's ("... in this June 27, 2011 file photo",
"... stf/afp/getty images picture taken in 1970 in santiago"), also told in the past
("astrophotographer anthony lopez captured this photo of the full moon taken in juarez ... on
may 26, 2013")."""
_CREDIT = re.compile(r"ap photo|\( ?[a-z][a-z .'-]{0,40}[a-z]{3}/[a-z][a-z .'-]{1,40}\)")
"""A photo's credit as Multi-News+ lowers it, closing the caption before it ("... at the 2012
summer olympics, sunday, aug. 12, 2012, in london. ( ap photo/charlie riedel )"), also a
photographer's and an agency's name in brackets ("... during a july 2015 visit to the el
reno federal correctional institution outside oklahoma city. ( kevin lamarque/reuters )"; a
station's "( wkzo am/fm )" is none):
its dates are the picture's. Multi-News+ glues the story's text after it into the same
sentence, so only a date before the credit is the caption's, and only where no sentence
ends between them but the caption's own."""
_CREDIT_REACH = 120
"""How far after a caption's date its credit may stand."""
_CREDIT_MARKS = ("ap photo", "/")
_STOP = re.compile(r"[.!?][\"”’']? (?=[A-Z])")
_CLOSING = len(". &#124; ( ")
"""A sentence's end, which a capital follows in Multi-News+ too (not "sunday, aug. 12, 2012"),
and how far before its credit a caption's own may stand ("... in 1951. &#124; ap photo")."""


def _before_a_credit(after: str) -> bool:
    """Whether a photo's credit (`_CREDIT`) closes the caption a date stands in."""
    near = after[:_CREDIT_REACH]
    if not any(m in near for m in _CREDIT_MARKS) or (credit := _CREDIT.search(near)) is None:
        return False
    between = near[: credit.start()]
    return all(s.end() >= len(between) - _CLOSING for s in _STOP.finditer(between))


_VIDEO = "Share copy link"
"""What opens a video's caption as pages embed it ("Share copy link in an august 2017
interview with the collegian, ... professor lars maischak talks about ..."): its dates are
the video's, and the caption, repeated after its credit, runs to the sentence's end."""
_SEEN = re.compile(
    r"(?<!\blast )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
    r"\b(?:seen|pictured|shown|photographed)(?: here)?(?: as seen)? (?:in|on) $"
)
"""A caption's "seen"/"pictured" before its date, the picture's ("climber dean potter and
climbing partner sean leary seen in 2010 after climbing el capitan", "babylon ( shown here as
seen in 1932 )"); "was last seen in 2010" tells an event."""
_SEEN_ENDS = tuple(
    f"{w} {p} " for w in ("seen", "pictured", "shown", "photographed", "here") for p in ("in", "on")
)
"""How the words before such a date end: the regex runs only there."""
_STAMP_WORDS = ("pdated", "ublished", "osted", "odified", "PDATE", "UBLISHED")
_PICTURE_WORDS = ("hoto", "mage", "icture")
_TOLD_AFTER_A_STAMP = frozenset(("weekday", "month day", "day month"))
"""The forms a sentence's lower-case "published" or "posted" tells an event with; a page's
stamp begins with a capital."""

DATELINES = ("month day year", "day month year", LOWER_CASE_DAY)
"""The forms a caption's dateline takes."""
_OPENING_FORMS = (*DATELINES, "iso date")
"""The forms a stamp opening its line takes: a dateline's, or a machine's ("2015-12-10 vatican
radio ( vatican radio ) the vatican's commission ...")."""
_CAPTION_WORDS = 8
"""A caption describes its picture first; a short line closing on a date is a list's item
("Right Now" (featuring David Guetta), Aug. 17, 2013: the day a song reached No. 1)."""
_PLACE_BEFORE = re.compile(r"\bin (?:(?!on |at )[A-Za-z][\w.'’-]*,? ){1,3}$")
"""A place just before a dateline, where a caption may leave out the comma ("Hotel Dieu
Hospital in Paris April 22, 2015.", "Sandy Hook ... shooting in Newtown, Connecticut
December 14, 2014.", a lower-case place in Multi-News+ "... security around schools in
anthem, arizona, u.s. January 9, 2013."); a story says "on" before its dates ("in Atlanta on
Dec. 15, 1939")."""


_OPENING_STAMP = re.compile(
    r"^(?:,? (?:at )?\d{1,2} ?: ?\d\d\b|\s*(?:/|--|[—–]|\||&#124;)|\.? \( ?[a-z][\w .&'-]{0,30}\)"
    r"| (?!(?:is|was|will|would|has|had|marks|marked|saw)\b)[A-Za-z])"
)
"""What follows a full date opening its line when the date is the page's: a clock time, also
tokenised as Multi-News+ writes it ("Nov 11, 2013 6: 13 pm by dennis bragg", "February 7,
2014 at 6: 06 am"), a dateline's slash, double hyphen, dash or bar ("October 5,
2015/novato, california", "Nov. 15, 2012 -- the cdc says", "September 7, 2010 — you can't
walk far", a listing's "June 28, 2018 – 105 ° f"), an outlet's name in brackets, a byline
with no cue word ("Aug. 28, 2015. ( cbs chicago ) it's another sign"), or a word with no
comma between, as a gallery's caption runs on ("June 27, 2015 demonstrators protest at
..."). A verb after it makes the date the sentence's subject ("January 8th, 2014 is a day
i'll never forget"), and a comma a chronology's item ("Oct. 23, 1998, Amherst, N.Y. _ Dr.
Barnett A. Slepian, 52, is shot")."""
_LINE_OPENING = re.compile(r"^\s*(?:[IO]n|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)(?= |$)")
"""Words that leave a line no more than its date ("In 1947.", "On Saturday.", "Sunday, November
6"): it names no event, as a line that is only a date does not."""
_LONGEST_OPENING = len(" Wednesday, ")
_OPENING = " \"“‘'("
"""What may stand before a date that opens its line."""
_SENTENCE_ENDS = tuple(f"{stop}{quote} " for stop in ".!?" for quote in ("", '"', "”", "’", "'"))
"""A sentence's end just before a date: Multi-News+ glues a caption to the sentence before it
("... as the shutdown goes into a seventh day. Oct. 7, 2013 ominous clouds fill the sky")."""


def _opens_a_line(before: str) -> bool:
    """Whether a date opens its sentence, or a sentence glued to the one before it."""
    return not before.strip(_OPENING) or before.endswith(_SENTENCE_ENDS)


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo caption (its dates are the picture's)."""
    return any(w in text for w in _PICTURE_WORDS) and _CAPTION.search(text) is not None


def _dateline(before: str, after: str, form: str) -> bool:
    """Whether a full date closes a long sentence after a comma or a place, as a caption's
    dateline does."""
    if form not in DATELINES or after.strip(" .") or len(before.split()) < _CAPTION_WORDS:
        return False
    if before.endswith(", "):
        return True
    return before.endswith(" ") and _PLACE_BEFORE.search(before) is not None


# Not `WIRE_DASH`: no underscore, which only newswire's datelines use (DUC), and they carry
# no date before the agency.
_AGENCY_DATELINE = re.compile(r"\s*\([A-Z][A-Za-z]{1,8}(?: News)?\)\s*(?:--|—|–)")
"""An agency's credit and dash after a dateline's date: "NEW YORK, May 18 (UPI) --",
"MONDAY, July 2 (HealthDay News) --"."""
_DATELINE_PLACE = 40
"""How long a dateline's place may be, with its comma ("FLORENCE, Italy, ")."""


def _agency_s(before: str, after: str) -> bool:
    """Whether a date opens an agency's story after its place, as its dateline."""
    short = len(before) <= _DATELINE_PLACE and before.endswith(", ")
    return short and _AGENCY_DATELINE.match(after) is not None


def _stamped(before: str, after: str) -> bool:
    """Whether a date on a short line stands beside a clock time or a post's signature."""
    near = before[-_STAMP_REACH:]
    clock_before = ":" in near and _CLOCK_BEFORE.search(near) is not None
    clock_after = ":" in after[:4] and _CLOCK_AFTER.match(after) is not None
    signature = "(@" in near and _SIGNATURE.search(near) is not None
    if not (clock_before or clock_after or signature):
        return False
    return len(before.split()) + len(after.split()) < _CAPTION_WORDS


def _caption_in_the_present(before: str) -> bool:
    """Whether the words before a lower-case date with its day, since the last sentence's end
    or bracket Multi-News+ glued before them, hold no verb in the past: a caption tells its
    picture in the present ("iraqi government forces patrol in southern falluja, iraq, on june
    10, 2016.", "donald trump with ivanka trump on july 30, 2015 in ayr, scotland."); a story
    tells its events in the past ("died on feb. 12, 2014", "flight 370 vanished on march 8,
    2014")."""
    own = _GLUED.split(before)[-1]
    return PAST.search(own) is None


_LISTED = re.compile(r"\( ?(?!died\b)[a-z]+ed $")
"""A bracket holding a participle and a date alone, a listing's note ("glenn simpson (
interviewed august 22, 2017 )", "response ( received january 18, 2018 )"): when a record was
made, no event of the story; "( died ... )" is a death."""


def _listed(before: str, after: str) -> bool:
    """Whether a date closes a bracket that a participle opens (`_LISTED`)."""
    return after.lstrip(" ").startswith(")") and _LISTED.search(before[-24:]) is not None


_CLOCK_AT = re.compile(r",? at \d{1,2} ?: ?\d\d ?[ap]\.?m\b")
"""A clock time after a lower-case date, as Multi-News+ tokenises a page's stamp ("questions
answered jan. 27, 2014 at 4: 27 am et")."""
_GLUED = re.compile(r"[.!?)][\"”’']? ")
"""Where a sentence Multi-News+ glued before a date's own ends: a stop or a credit's bracket."""


_PRESENT_PASSIVE = re.compile(r"\b(?:is|are) (?:being )?[a-z]+(?:ed|en|wn)\b")
"""A verb in the present passive, as a caption tells its picture ("E85 ethanol fuel is
pumped into a vehicle")."""


def _caption_told_now(before: str, after: str, form: str) -> bool:
    """Whether a full date closes a long sentence after ", on", its clause told in the present
    passive with no verb in the past and no cue ahead: an AP caption's, whose picture may be
    years older than the story ("E85 ethanol fuel is pumped into a vehicle at a gas station in
    the town of Nevada, Iowa, on Dec. 6, 2007." in an April 2014 piece); a story tells its
    events in the past ("was convicted ... and sentenced to death on December 15, 1961")."""
    if not before.endswith(", on ") or form not in DATELINES or after.strip(" ."):
        return False
    if len(before.split()) < _CAPTION_WORDS or (told := _PRESENT_PASSIVE.search(before)) is None:
        return False
    past = PAST.search(before[: told.start()]) or PAST.search(before, told.end())
    return past is None and AHEAD.search(before) is None


def of_a_picture(before: str, after: str, form: str) -> bool:
    """Whether a date, between the text `before` and `after` it, is a photo's before its
    credit, a caption's told in the present or a video's in its caption: the picture's,
    which may be old, not the writing's."""
    return _before_a_credit(after) or _VIDEO in before or _caption_told_now(before, after, form)


def is_page_date(before: str, after: str, form: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence, is the
    page's own: the whole line, a stamp of a time or a post's signature, a caption's
    dateline, a stamp or a caption opening the line, a listing's note in brackets, a paper's
    history, a caption's date before its credit or after "seen", a video's caption, a live
    page's heading, or a "Published" stamp."""
    if _LIVE_HEADING in after.lower():
        return True
    opening = before if len(before) > _LONGEST_OPENING else _LINE_OPENING.sub("", before)
    if not (opening + after).strip(" \t,.:;-–—|/()"):
        return True
    if _stamped(before, after) or _dateline(before, after, form) or _agency_s(before, after):
        return True
    if form in _OPENING_FORMS and _opens_a_line(before) and _OPENING_STAMP.match(after):
        return True
    if form == LOWER_CASE_DAY and (_CLOCK_AT.match(after) or _caption_in_the_present(before)):
        return True
    if _listed(before, after) or (before.endswith("ed ") and _PAPER_HISTORY.search(before)):
        return True
    if of_a_picture(before, after, form):
        return True
    if before.endswith(_SEEN_ENDS) and _SEEN.search(before):
        return True
    if not any(w in before for w in _STAMP_WORDS) or (stamp := _STAMP.search(before)) is None:
        return False
    # A page stamps itself with a capital ("Updated Wednesday", "Last updated"); in a
    # sentence, "their new study, published Wednesday in the journal" tells an event, as
    # "The work, published today in the journal PeerJ" does ("things that have been posted
    # today", quoted, is the speaker's day), and "The results, published July 27 in the
    # American Journal of Human Genetics" (raw 89: a month and day, its year still to read).
    capital = before[stamp.start()].isupper() or before.endswith("Last ", 0, stamp.start())
    told = form in _TOLD_AFTER_A_STAMP or (
        form == "yesterday or today" and before.startswith("published", stamp.start())
    )
    return not told or capital
