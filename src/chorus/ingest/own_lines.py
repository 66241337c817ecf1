"""An article's outlet read from its own lines, where no metadata gives it (its date:
article_dates.py; the patterns of its notices and datelines: own_notices.py).

A plain-text article often names its publisher in a line cleaning later removes: a
copyright notice ("Copyright The Financial Times Limited 2019. All rights reserved."), a
newspaper's print page ("This article appeared on page E - 1 of the San Francisco
Chronicle"), "Originally published on Live Science.", a press office's "By …, DS Public
Affairs", a site's pitch for itself ("Follow CBSMIAMI.COM", "Sign up for KPRC 2
newsletters", "To subscribe to Capitol Fax, click here.": own_pitches.py),
"tips@mediaite.com" or "More from TIME on population:", or an agency's dateline ("DENVER
(AP) —") opening the story, or a writer's tagline ("Kale Williams is a San Francisco
Chronicle staff writer.": own_writers.py, with the bylines and contact lines naming the
outlet). Each rule reads a whole line, never a sentence, but a few: a site quoting what it
was "told ABCNews.com" by its own address, its scoop, its own "Photo illustration by
Slate." and its unanswered request for comment. A line that names another outlet ("told the
Associated Press", a caption's "© Reuters") names no source, and an unknown outlet beats a
wrong one. A copyright's year alone dates nothing: a year is no day, and a site's notice
may carry the year it was shown, not the story's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from chorus.ingest.bylines import OPENING_LINES
from chorus.ingest.own_credits import RELEASE_SOURCE, WIRE_NAMES, release_lines
from chorus.ingest.own_furniture import FURNITURE_OUTLETS, furniture_rules
from chorus.ingest.own_mentions import listed_name, mention_rules
from chorus.ingest.own_names import name_for, with_its_the
from chorus.ingest.own_notices import (
    AGENCY_SIGN_OFF,
    BLOG_PAPERS,
    COPYRIGHT,
    ENCYCLOPEDIA,
    FIRST_PUBLISHED,
    HAS_LEARNED,
    LINK_LIST,
    NOT_ITS_VIEWS,
    PRINT_PAGE,
    TIPS_ADDRESS,
    TOLD_SITE,
    dateline,
)
from chorus.ingest.own_pages import FUNDRAISING_SITE, RELEASE_NEWSWIRE, fundraiser
from chorus.ingest.own_pitches import (
    CONSENT,
    DAILY_EDITION,
    FOLLOW_SITE,
    FOLLOW_US,
    INBOX_PITCH,
    INTEREST_PITCH,
    NEW_READER_PITCH,
    NEWSLETTER,
    OFFERS_CONSENT,
    SUBSCRIPTION_PITCH,
)
from chorus.ingest.own_signoffs import (
    AGENCY_CONTRIBUTORS,
    COMMENT_REQUEST,
    EDITING_CREDIT,
    IN_HOUSE_ILLUSTRATION,
    NETWORK_REPORT,
    PAIRED_ADDRESS,
    SHARE_LINK,
    SITE_LINE,
    SPELLED_ADDRESS,
    STAFF_PHOTO_CREDIT,
    STATION_REPORTER,
    STATION_VIDEO_LINE,
    SYNDICATION_LINE,
    WRITER_ADDRESS,
    contributing_paper,
    own_staff_credit,
    paired_address,
    spelled_address,
    under_wire_rule,
    writer_address,
    writes_for,
)
from chorus.ingest.own_stamps import AGENCIES, cut_caption, stamp_outlet, stamped_by
from chorus.ingest.own_writers import (
    AGENCY_WRITER,
    DESK_BYLINE,
    OFFICE_BYLINE,
    REPORTER_S_LINE,
    STAFF_TAGLINE,
)
from chorus.ingest.print_trailers import LAST_LINES, trailer_line
from chorus.ingest.quoting import quoted_outlet

_LEAD_IN = 40
"""Characters of a sentence quoted before the words a rule reads in it."""
_NOT_OUTLET = re.compile(r"\b(?:Publicity|Public Relations)\b")
"""A copyright holder that is a publicist, "Copyright © 2016 by Creative Imaginations
Publicity": the page's owner for hire, not the outlet a reader knows."""
_ADDRESSES = (
    FOLLOW_SITE,
    FOLLOW_US,
    TOLD_SITE,
    TIPS_ADDRESS,
    WRITER_ADDRESS,
    SPELLED_ADDRESS,
    PAIRED_ADDRESS,
    SITE_LINE,
    SHARE_LINK,
)
"""Rules reading an address or an account, whose name is written lower-case."""
_ENTITY_LEFT = re.compile(r"&(\w+);")
_OWNER_SUFFIX = re.compile(r"(?: \([^()]*\)|,? (?:Limited|Ltd\.?|Inc\.?|LLC|Corporation))+$")


@dataclass(frozen=True, slots=True)
class OwnLine:
    """What an article's own line says of it, and the line, as the reader is told."""

    value: str
    line: str
    rule: str
    address: str = ""
    """The address the line named, where `value` is the name the page writes for it."""
    naming: str = ""
    """The page's line writing that name."""


def own_outlet(text: str) -> OwnLine | None:
    """The outlet the article's own lines name: its copyright notice, else its print page,
    else the site it says first published it, else its writer's staff tagline, else its
    office's opening byline, else its site's "Follow" line (its address, or its account
    where it speaks as "us"), else its newsletter's or subscription's pitch, else its box
    asking to follow a topic, else an agency writer's byline, else its tips address, else
    the heading of its own links, else the agency of its opening dateline (or the wire of a
    press release's, "SAN FRANCISCO--(BUSINESS WIRE)--", or a credit glued after a deck
    sentence, "… contends. (HealthDay)—"), else the agency heading its date
    stamp ("Associated Press Tue Feb 19, 2013 7:44 PM"), else the address
    it says it was told something by, else the site its scoop names ("TMZ has learned."),
    else Wikipedia's heading, else its own share link, else PR Newswire by a release's
    "SOURCE <issuer>" line, else its writer's address on a
    contact line (or beside their telephone number on one of its last three),
    else the paper a reporter's contact line names, else the site's address
    closing the page, else AP's credit to its writers under the wire's rule line, else the
    paper whose staff a contributor's line credits, else the outlet a writer's credit line
    names ("… writes for WXIA-TV in Atlanta", or a bio at its address: "… for Salon. You can
    email him via m.sheffield@salon.com"), else the station whose video blurb names its
    reporter, else the network whose correspondent a paragraph closes on, else the agency
    signing off on its last line, else Reuters by its credit to its reporters and editors
    ("(Reporting by …; Editing by …)"), else its syndication notice, else a picture it made or its
    staff took, else its own unanswered request for comment, else the outlet whose staff a
    contributor's line credits by its name ("ABC News' Gerard McNiff …") on a page quoting
    what it was told by that name, else the station naming its own reporter by its brand
    ("FOX 13's Haley Hinds reports …"), else the site hosting a
    fundraiser that speaks of itself, else AP by its captions cut short over its bare credit
    ("… in suburban... (Associated Press)"), else the outlet its story names as itself:
    its link to another of its stories ("(Also on POLITICO: …)"), its pitch for its own
    issue ("pick up a copy of this week's issue of PEOPLE") or an update note correcting its
    first story ("UPDATE, 10:11 p.m. — Variety's first story said …"), else the site its
    writer's disclosure says pays them ("(other than from Seeking Alpha)"), else the name it
    speaks as "our" under and credits its staff by ("Vulture now presents our best guesses",
    "Vulture’s Kyle Buchanan"), else "told POLITICO" in POLITICO's layout, else its
    wordmark told something ("tells PEOPLE"), else a station's channel name told something
    or at its work, twice or more ("told Local 6", "a recent Local 6 investigation"), else
    a listed news outlet told something on two lines or more of a page naming no other
    ("Richelson told CNN he believes …"), else its furniture:
    the BBC's media player, USA Today's "usat.ly" share link, Bloomberg's "To contact the
    reporter on this story: …@bloomberg.net", a paper's credit to its own photographer
    ("(Katherine Frey/The Washington Post)"), NPR's "toggle caption", a closing pitch for its
    game ("… with Vanity Fair ’s Game of Unknowns."), CNN's video player ("JUST WATCHED …
    MUST WATCH"), The Hill's card on a person named ("… Donald John TrumpTrump Jr. … MORE"),
    a clip's caption crediting its own reporter ("WSJ's Sumathi Reddy discusses with …
    Photo: iStock", "Media caption The BBC's Alan Johnson: …");
    None when none does, or when one rule's lines
    name two outlets. An address read ("wsj.com") is shown by the name the page writes for
    it where that name spells it ("told The Wall Street Journal": own_names.py), else by a
    listed news outlet's name that does. A paper's print trailer ("A version of this article
    appeared …": print_trailers.py) is read after its print page."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    rules = (
        ("copyright line", COPYRIGHT.fullmatch, lines),
        ("print page line", PRINT_PAGE.fullmatch, lines),
        ("print trailer", trailer_line, lines[-LAST_LINES:]),
        ("first publisher's line", FIRST_PUBLISHED.fullmatch, lines),
        ("staff writer's tagline", STAFF_TAGLINE.fullmatch, lines),
        ("office's byline", OFFICE_BYLINE.fullmatch, lines[:OPENING_LINES]),
        ("follow line", FOLLOW_SITE.fullmatch, lines),
        ("follow line", FOLLOW_US.fullmatch, lines),
        ("newsletter line", NEWSLETTER.fullmatch, lines),
        ("newsletter line", INBOX_PITCH.fullmatch, lines),
        ("newsletter line", DAILY_EDITION.fullmatch, lines),
        ("subscription pitch", SUBSCRIPTION_PITCH.fullmatch, lines),
        ("subscription pitch", NEW_READER_PITCH.fullmatch, lines),
        ("topic box", INTEREST_PITCH.fullmatch, lines),
        ("sign-up consent", CONSENT.search, lines),
        ("sign-up consent", OFFERS_CONSENT.search, lines),
        ("opinion disclaimer", NOT_ITS_VIEWS.fullmatch, lines),
        ("writer's byline", DESK_BYLINE.fullmatch, lines[:OPENING_LINES]),
        ("agency writer's byline", AGENCY_WRITER.fullmatch, lines),
        ("tips address", TIPS_ADDRESS.fullmatch, lines),
        ("heading of its own links", LINK_LIST.fullmatch, lines),
        ("dateline", dateline, lines[:OPENING_LINES]),
        ("date stamp", stamped_by, lines[:OPENING_LINES]),
        ("quoting of what it was told", TOLD_SITE.search, lines),
        ("scoop line", HAS_LEARNED.search, lines),
        ("encyclopedia's heading", ENCYCLOPEDIA.fullmatch, lines),
        ("share link", SHARE_LINK.fullmatch, lines),
        ("release's source line", RELEASE_SOURCE.fullmatch, release_lines(text, lines)),
        ("writer's address", writer_address, lines),
        ("writer's address", spelled_address, lines),
        ("writer's address", paired_address, lines[-3:]),
        ("reporter's contact line", REPORTER_S_LINE.fullmatch, lines),
        ("site's closing line", SITE_LINE.fullmatch, lines[-1:]),
        ("agency's contributor line", AGENCY_CONTRIBUTORS.fullmatch, under_wire_rule(lines)),
        ("contributor's line", lambda line: contributing_paper(line, text), lines),
        ("writer's credit line", writes_for, lines),
        ("station's video line", STATION_VIDEO_LINE.search, lines),
        ("correspondent's sign-off", NETWORK_REPORT.search, lines),
        ("agency's sign-off", AGENCY_SIGN_OFF.fullmatch, lines[-1:]),
        ("wire's editing credit", EDITING_CREDIT.fullmatch, lines),
        ("syndication notice", SYNDICATION_LINE.fullmatch, lines),
        ("caption of its own picture", IN_HOUSE_ILLUSTRATION.search, lines),
        ("caption of its own picture", STAFF_PHOTO_CREDIT.fullmatch, lines),
        ("request for comment", COMMENT_REQUEST.search, lines),
        ("contributor's line", lambda line: own_staff_credit(line, text), lines),
        ("station's own reporter", STATION_REPORTER.search, lines),
        ("fundraiser's own words", fundraiser, lines),
        ("caption credit", cut_caption, lines),
        *mention_rules(text, lines),
        *furniture_rules(text, lines),
    )
    for rule, find, candidates in rules:
        found = _named(rule, find, candidates)
        if found is not None:
            return _as_named(found, text) if found.value else None
    return None


def _as_named(own: OwnLine, text: str) -> OwnLine:
    """An address read ("wsj.com") as the name the page writes for it ("The Wall Street
    Journal"), where one spells it; else as read."""
    named = name_for(own.value, text)
    if named is None:
        return own
    return OwnLine(named.name, own.line, own.rule, own.value, named.line)


def _named(
    rule: str, find: Callable[[str], re.Match[str] | None], lines: list[str]
) -> OwnLine | None:
    """The one outlet `find`'s lines name (an empty value when they name two), or None."""
    named = [
        OwnLine(_outlet(found, rule), _quoted(line, found), rule)
        for line in lines
        if (found := find(line)) and not _NOT_OUTLET.search(found.group())
    ]
    if len({own.value for own in named}) > 1:
        return OwnLine("", named[0].line, rule)
    return named[0] if named else None


def _quoted(line: str, found: re.Match[str]) -> str:
    """The line, or for words within a sentence the words up to them ("… Kagin told
    ABCNews.com"): the note shows a line's first 80 characters."""
    if found.start() <= _LEAD_IN:
        return line
    start = line.find(" ", found.start() - _LEAD_IN) + 1
    return f"…{line[start : found.end()]}"


_RULE_OUTLETS = {
    "agency writer's byline": AGENCIES["AP"],
    "agency's contributor line": AGENCIES["AP"],
    "caption credit": AGENCIES["AP"],
    "wire's editing credit": AGENCIES["Reuters"],
    "fundraiser's own words": FUNDRAISING_SITE,
    "release's source line": RELEASE_NEWSWIRE,
} | FURNITURE_OUTLETS
"""The outlet a rule's line names by its form, not by a name it writes."""


def _outlet(found: re.Match[str], rule: str) -> str:
    if rule in _RULE_OUTLETS:
        return _RULE_OUTLETS[rule]
    if rule == "date stamp":
        return stamp_outlet(found)
    if rule == "print trailer":
        return found["name"]
    if rule == "listed outlet told twice":
        return listed_name(found["name"])
    if rule in ("dateline", "agency's sign-off"):
        agency = found.groupdict().get("agency")
        return AGENCIES[agency] if agency else WIRE_NAMES.get(found["name"], found["name"])
    name = next(n for n in found.groupdict().values() if n)
    if name.startswith("the "):
        name = with_its_the("the", name[4:])
    if found.re in _ADDRESSES:
        return name.lower().replace(" dot ", ".")
    if rule == "heading of its own links":
        name = BLOG_PAPERS.get(name, name)
    # "E&E; Publishing" is "E&E Publishing" read as holding an entity "&E;";
    # "WGCL-TV (Meredith Corporation)" and "The Financial Times Limited" are the outlet
    # and its owner.
    return _OWNER_SUFFIX.sub("", _ENTITY_LEFT.sub(r"&\1", name)).strip()


def outlet_or(text: str, stand_in: str, origin: str, notes: list[str]) -> str:
    """The outlet the text names (noted with its line), else `stand_in`."""
    own = own_outlet(text)
    if own is None:
        return stand_in
    shown = quoted_outlet(own.line, own.address or own.value)
    if own.address:
        # the name shown is not on the line read: say where the page writes it, or that
        # the list of news outlets gives it
        named = (
            f"as its text names it, {quoted_outlet(own.naming, own.value)}"
            if own.naming
            else "a listed news outlet's address"
        )
        shown += f" ({own.address}), {named}"
    notes.append(f"{origin}: outlet {own.value!r} read from its {own.rule}, {shown}")
    return own.value
