"""What kind of page a source is when its text says so: a press release, a live blog, an
opinion piece. A reader weighing sources needs to know which is a newsroom's report and
which is a party's own word, a writer's view or a page updated through the day (reader87:
raw validation 107 [4]'s run of "7.57 pm." updates, 142 [1]'s release; reader89: 207 [1]'s
"commentary" label). The sources list shows the kind after the source's name, and the JSON
gives it as the source's `kind`; a page no sign marks has none: never a guess.

Each sign below was counted over raw validation's 690 pages and DUC 2003's 298 and every
page it reads was read whole (docs/journal/sources.md, "Sources, twenty-seventh pass").
"""

from __future__ import annotations

import re

from chorus.ingest.own_pages import PAGE_KINDS, PRESS_RELEASE

LIVE_BLOG = "live blog"
OPINION = "opinion"
RESEARCH_PAPER = "research paper"
"""A study's own text (`summarize.papers.a_study_anywhere` reads it; the render names it)."""

_RELEASE_END = re.compile(r"^[ \t]*#[ \t]*#[ \t]*#[ \t]*$", re.MULTILINE)
"""The mark a press release closes its text on, "###" on a line alone (raw 33 [3], 123 [0],
186 [0], each a university's or a journal's release of a study); no news page writes it."""
_ABOUT_ISSUER = re.compile(
    r"^About (?!(?:[Tt]he|[Oo]ur|[Tt]his) (?:[Aa]uthors?|[Ww]riters?)\b|[Uu]s$|[Mm]e$|[Tt]his\b)"
    r"[A-Z][\w&.,’'-]*(?: [\w&.,’'-]+){0,6}$",
    re.MULTILINE,
)
"""A release's closing section on its issuer, a line alone: "About Lieff Cabraser and
Counsel" (raw 142 [1]), "About The Knot" (18 [2]); not a column's "About the Author" box
nor a site's "About Us" link."""
_TIME_LINE = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2} ?[ap]\.? ?m\.?(?=[ \t]|$)", re.MULTILINE)
"""An update's time opening its line: "2:44 p.m." alone (AP's "The Latest", raw 35 [1], 88
[0]) or before the update's text ("7.57 pm. This was also a speech aimed …", 107 [4])."""
_LIVE_UPDATES = 2
"""Time lines a live blog writes at the least: one alone may be a page's time stamp."""
_NOT_ITS_VIEWS = re.compile(
    r"\bThe (?:views|opinions) expressed "
    r"(?:by this author |here |in this (?:article|column|piece) )?"
    r"are (?:solely )?(?:their|his|her|the author's|the writer's|the author’s|the writer’s) own\b"
    r"|\b(?:I wrote this article myself, and it expresses my"
    r"|The author wrote this article themselves, and it expresses their) own opinions\."
)
"""An opinion page's disclaimer: "The views expressed by this author are their own and are
not the views of The Hill." (raw 58 [1], a member of Congress's op-ed), or Seeking Alpha's
template, whose next line `own_mentions.PAID_ONLY_BY` reads for the site: "The author wrote
this article themselves, and it expresses their own opinions." (raw 61 [0], a first-person
post on Keurig's brewers: reader105), also in the first person, as `summarize.newsroom`'s
`_DISCLOSURE` reads the template. Over raw, DUC and the seeds no other page says a writer's
views or opinions are their own (raw 68 [1]'s "… an opening for teachers to teach their own
opinions …" is a source's fear; docs/journal/sources.md, thirty-second pass)."""
_COMMENTARY_LABEL = re.compile(
    r"^(?:commentary|Commentary|COMMENTARY)(?:$| (?=[A-Z]))", re.MULTILINE
)
"""A site's label for a column, a line alone or set before the deck it heads: CNET's
"commentary Once Sprint Nextel gets the iPhone, you can bid farewell …" (raw 207 [1]).
Read in the page's opening lines only, where a label stands."""
_OPENING = 600


def page_kind(text: str, outlet: str | None = None) -> str | None:
    """The kind of page `text` is, by its outlet when that hosts pages of one kind (a
    release wire's, GoFundMe: `own_pages.PAGE_KINDS`; `outlet` None when none is known),
    else by a sign of its text; None when nothing says."""
    if outlet is not None and outlet in PAGE_KINDS:
        return PAGE_KINDS[outlet]
    # Literals first: a page is read once, at the render, but each sign is rare.
    if "###" in text and _RELEASE_END.search(text):
        return PRESS_RELEASE
    if "\nAbout " in text and _ABOUT_ISSUER.search(text):
        return PRESS_RELEASE
    if len(_TIME_LINE.findall(text)) >= _LIVE_UPDATES:
        return LIVE_BLOG
    if "express" in text and _NOT_ITS_VIEWS.search(text):
        return OPINION
    opening = text[:_OPENING]
    if "ommentary" in opening.casefold() and _COMMENTARY_LABEL.search(opening):
        return OPINION
    return None
