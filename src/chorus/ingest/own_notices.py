"""The lines a page writes of itself that name its outlet, for `ingest.own_lines`, which
reads them in its order: a copyright notice, a print page, the site that first published the
story, the heading of its own links (a paper's blog standing for the paper), an opinion
page's disclaimer, a tips address, a site quoting what it was told by its own address, its
scoop, Wikipedia's heading, and an agency's or a station's dateline opening the story or an
agency's sign-off closing it."""

from __future__ import annotations

import re

from chorus.ingest.own_credits import wire_dateline
from chorus.ingest.own_signoffs import OUTLET_NAME
from chorus.ingest.own_stamps import AGENCIES, KIND_WORDS
from chorus.language.datelines import ANY_DASH, PLACE_CHARACTER

_YEAR = r"(?:19|20)\d\d"
_NAME = r"[A-Z0-9][\w&;.'’ -]{0,50}?(?: \([^()]{1,40}\))?"
_RESERVED = r"(?:[.,]?\s*-?\s*All [Rr]ights [Rr]eserved\b.*)?"
COPYRIGHT = re.compile(
    rf"(?:Copyright\s*(?:©|\([Cc]\))?|©)\s*"
    rf"(?:{_YEAR}\s+(?:by\s+)?(?P<after>{_NAME})|(?P<before>{_NAME})\s+{_YEAR})"
    rf"\.?{_RESERVED}"
)
"""A copyright notice naming its holder before or after its year: "Copyright © 2017 NPR.
All rights reserved. Visit our website ...", "Copyright 2016 by WDIV ClickOnDetroit - All
rights reserved.", "Copyright The Financial Times Limited 2019."; not a picture's "Image
copyright AFP" nor "Copyright Marvel Comics", which names no year (a picture's credit)."""
PRINT_PAGE = re.compile(
    r"(?:An edited version of t|T)his (?:article|story) (?:first )?appeared "
    r"(?:on page .{1,20}? of|in the .{1,40}? issue of) (?:the )?"
    r"(?P<name>[A-Z][\w'’&. -]{1,50}?)(?: magazine)?\.?"
)
"""A paper's or magazine's own print edition: "This article appeared on page E - 1 of the
San Francisco Chronicle", "This story first appeared in the Aug. 23-Sept. 5 issue of The
Hollywood Reporter magazine."""
FIRST_PUBLISHED = re.compile(
    r"(?:[^.!?]{0,80}[.!?] ){0,2}(?:Originally published|Original article) on "
    r"(?P<name>[A-Z][A-Za-z&'’. -]{1,40}?)\."
)
"""The site that wrote the story, whichever site shows it: "Originally published on Live
Science." (raw 216's text quotes what "Molto told Live Science"), "Original article on Live
Science." (33), closing its follow line too ("Follow LiveScience @livescience, Facebook &
Google+. Original article on LiveScience.", 2); a day published on ("December 17, 2012")
holds digits, and "This article was originally published with the title …" names no site."""
LINK_LIST = re.compile(
    r"(?:Read m|M)ore from (?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
    r"(?: on [a-z][\w ,'’-]{0,40})?:"
)
"""The heading of a page's links to its own stories, "More from TIME on population:",
"Read more from The Hill:", or to its blog's, "More from Morning Mix:" (`BLOG_PAPERS`):
"More from the interview:" names no one, and "Read more from Anne Applebaum's archive, …"
is a sentence."""
_WASHINGTON_POST_BLOGS = "Morning Mix|The Fix|Wonkblog|PostPolitics|Post Politics|The Switch|\
Answer Sheet|Speaking of Science|The Monkey Cage|Monkey Cage|WorldViews|Post Nation|Capital \
Weather Gang|The Plum Line|Right Turn"
_NEW_YORK_TIMES_BLOGS = "DealBook|The Upshot|City Room|ArtsBeat|The Caucus|Dot Earth"
BLOG_PAPERS = dict.fromkeys(
    _WASHINGTON_POST_BLOGS.split("|"), "The Washington Post"
) | dict.fromkeys(_NEW_YORK_TIMES_BLOGS.split("|"), "The New York Times")
"""A paper's blog a heading of its links names, and the paper that publishes it: raw 128
[1], the Post's Morning Mix, never names the Post, and a reader took the blog's name for its
outlet as wrong (reader68). The Post's and the Times' long-running blogs are listed; a blog's name
alone is no publisher: one not listed here is read as the heading writes it, as TIME's and
The Hill's are."""
NOT_ITS_VIEWS = re.compile(
    r"The views expressed (?:by this author |here |in this (?:article|column|piece) )?are "
    r"(?:their|his|her|the author's|the writer's) own and (?:are not|do not (?:necessarily )?"
    rf"reflect) the views of {OUTLET_NAME}\."
)
"""An opinion page's disclaimer naming the site it stands on, "The views expressed by this
author are their own and are not the views of The Hill."."""
TIPS_ADDRESS = re.compile(
    r".{0,80}?\b[\w.-]*(?i:tips?|desk)[\w.-]*@(?P<name>[a-z0-9-]+\.(?:com|org|net|co\.uk))\b.{0,80}"
)
"""A newsroom asking for tips at its own address, "Have a tip we should know?
tips@mediaite.com", "Contact the Breaking News Desk at 215-854-2443;
BreakingNewsDesk@philly.com."; a writer's own address names a person, not a desk."""
TOLD_SITE = re.compile(r"\btold (?P<name>[A-Za-z0-9-]+\.(?i:com|org|net|co\.uk))\b")
"""A site quoting what it was told, by its own address: "Kagin told ABCNews.com.", "told
msnbc.com that"; a site cites another by its name ("told ABC News", "told the Times"),
so a bare name told is no source's own."""
HAS_LEARNED = re.compile(
    r"(?:^|[,.…] )(?P<name>(?:[Tt]he )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}) has learned\."
)
"""A site's own scoop closing a sentence, "... has died of an apparent drug overdose ... TMZ
has learned.", ", Recode has learned.", ", the Guardian has learned."; only at a sentence's
end after a comma or a stop, where the site speaks of itself."""
ENCYCLOPEDIA = re.compile(r"From (?P<name>Wikipedia), the free encyclopedia")
"""A Wikipedia page copied with its own heading line."""
_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'’-]*(?:,? [A-Z][A-Za-z.'’-]*){0,4}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? )?"
    rf"\((?:(?P<agency>{'|'.join(AGENCIES)})\)\s*{ANY_DASH}?"
    rf"|(?P<name>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}})\)\s*{ANY_DASH})"
    r"\s*(?=[A-Z0-9\"“‘'])"
)
"""A dateline opening the story's first line, naming the agency that wrote it, "TAUNTON,
Mass. (AP) — A couple ...", "Washington (CNN) Sarah Sanders ...", or a station or service
that wrote its own, "PITTSBURGH (KDKA) — ...", "(HealthDay News) -- Babies ..." (a name
other than an agency's needs its dash), the place dated as UPI dates it, "NEW YORK, May 18
(UPI) -- Art supply company ..." (raw 63 [1], 133 [1]); "(AP)" closing a caption is no
dateline."""
AGENCY_SIGN_OFF = re.compile(rf"{ANY_DASH} ?(?P<agency>Reuters|AP|AFP)")
"""An agency's name alone after a dash closing the page, its sign-off: "— Reuters" (raw
validation 56 [1]; the only such line of raw and DUC), read last."""
_STATION_DATELINE = re.compile(
    rf"[A-Z]{PLACE_CHARACTER}+(?:, [A-Z][a-z]+\.?)? \((?P<name>[KW][A-Z]{{2,3}})\) (?=[A-Z])"
)
"""A broadcaster's dateline without its dash, "FORT WAYNE, Ind. (WANE) The Fort Wayne mother
…": a place in capitals and a station's call sign (K or W and two or three more capitals,
as American stations are named) stand for the dash a name needs in `_DATELINE`."""


def dateline(line: str) -> re.Match[str] | None:
    found = _DATELINE.match(line) or _STATION_DATELINE.match(line) or wire_dateline(line)
    if found is None or (found["name"] or "").lower() in KIND_WORDS:
        return None
    return found
