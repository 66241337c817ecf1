"""The outlet a page's sign-off lines name, for `ingest.own_lines`, which reads them after
its other rules: the page's own share link, a writer's address on a contact line (or
spelled out, "… at theatlantic dot com", or beside their telephone number), the
site's address closing the page, AP's credit to its writers under its rule line, a
contributor's line crediting the paper's own staff (by its short name, or by its name's
possessive on a page quoting what it was told by that name), a writer's credit line ("… writes for
WXIA-TV in Atlanta"), a station's video blurb naming its reporter, a network's paragraph
closing on its correspondent, a site's syndication notice, a picture it made or its staff
took, its own request for comment, and Reuters' credit to its reporters and editors. Each
reads one line; an address only names the site
a reader visits."""

from __future__ import annotations

import re
from itertools import pairwise

from chorus.ingest.own_names import spells

OUTLET_NAME = r"(?P<name>(?:[Tt]he )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
WRITER_ADDRESS = re.compile(
    r"(?:[^\"“”@]{0,100}?\b(?i:e-?mail|contact|write to)\b[^\"“”@]{0,80}?[: ]\s*)?\(?"
    r"[\w.+-]+@(?:[a-z0-9-]+\.)*?(?P<name>[a-z0-9-]+\.(?:com|org|co\.uk))\b.{0,100}",
    re.IGNORECASE,
)
"""A writer's or the site's own address on a contact line: "kbouffard@detroitnews.com",
"Email: Daniel.Miller@THR.com", "Write to Kevin Clark at kevin.clark@wsj.com", "... contact
her at yvonne.wingett@arizonarepublic.com.", "Contact us at editors@time.com."; of the 250
raw clusters' 26 such lines, 23 name the writer's paper or the site, and three an owner's
mail domain (tribune.com, nbcuni.com, phillynews.com, which name no outlet as of stop 34).
A mail service names no paper (`_MAIL_SERVICE`), nor does an address for licensing or
business inquiries, nor one on ".net": a provider's mailbox ("…@earthlink.net") or a firm's
mail ("bfaler@bloomberg.net", raw 160, where a reader looks for Bloomberg), never the
address of a site a reader visits."""
_MAIL_SERVICE = re.compile(
    r"@(?:[\w-]+\.)*(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|aol|icloud|me|mac|"
    r"protonmail|comcast|att|verizon|nbcuni|phillynews|tribune)\.|licens|inquir|permission",
    re.IGNORECASE,
)
"""Addresses that name no outlet: a mail service's, an owner's mail domain no reader visits
("vince.lattanzio@nbcuni.com" on NBC10's page, "asteele@phillynews.com" on the Inquirer's
and Daily News' philly.com, raw 95; "wlee@tribune.com", "jskass@tribune.com" on the Chicago
Tribune's, raw 53 and 102, its owner's company's address, which its other papers' staff
shared), or a desk's for licensing or business inquiries."""
SHARE_LINK = re.compile(
    r"Read or Share this story: https?://(?:www\.|on\.)?(?P<name>[a-z0-9-]+\.(?:com|org|net))/\S*"
    r"|(?:Message: \* )?A friend wanted you to see this item from "
    r"(?P<site>[A-Za-z0-9-]+\.(?:com|org|net)): https?://\S+"
)
"""A USA Today network page's own link closing it, "Read or Share this story:
https://www.azcentral.com/story/…" (raw 248 [1], 77 [4]) or its site's short one,
"http://on.freep.com/2fSJBNk" (50 [0]; on.jconline.com, on.news10.net): the address the
reader visits, read before its writer's mailbox ("…@arizonarepublic.com"). A shortener's
own name ("usat.ly", "detne.ws", "indy.st", "post.cr") would need a table of owners. Or the
page's form for mailing it to a friend, left in its text: "Message: * A friend wanted you to
see this item from WRAL.com: http://wr.al/13gnP" (raw 67 [1]; Multi-News+ train and
validation's 11 more all name wral.com): only a site's address, as "this item from High
School OT:" (a section, Multi-News+ train) names no outlet."""
SITE_LINE = re.compile(r"(?:www\.)?(?P<name>[a-z0-9-]+\.(?:com|org|co\.uk|com\.au))")
"""A site's address alone closing the page, its own sign-off: "smh.com.au" (raw 209 [3], the
Sydney Morning Herald's; the only such line of raw validation and DUC)."""
_CONTRIBUTING_PAPER = re.compile(
    r"(?!(?:The )?(?:Associated Press|AP|Reuters|AFP|Staff)\b)"
    r"(?P<name>[A-Z][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,3}) (?:staff )?"
    r"(?:reporter|writer)s? [A-Z].{2,150}? contributed to this (?:story|report)\."
)
"""The page's own paper named on the line crediting its staff's help by its short name:
"Courant reporter Kathleen Megan contributed to this story." (raw 8 [1], the Hartford
Courant's), "Spectrum Bay News 9 reporter Dave Jordan contributed to this report." (141
[0]); an agency's writers ("Associated Press writer Eric Tucker contributed ...") help the
paper and name none, and "Staff writer ..." names none."""
_WRITER = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
WRITES_FOR = re.compile(
    rf"(?:{_WRITER} )?{_WRITER} (?:writes for|(?:covers|writes about) [^.!?]{{1,80}}? for) "
    rf"{OUTLET_NAME}(?<!\.)(?: in [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}})?\.?"
)
"""A writer's credit line naming the outlet whose story it is, as a USA Today network page
closes a station's story: "Jeremy Campbell writes for WXIA-TV in Atlanta" (raw 25 [1], the
only "writes for" line of raw and DUC), or their beat, as Slate's bio sets the name twice:
"Mark Joseph Stern Mark Joseph Stern covers courts and the law for Slate." (188 [1], the
only such line of raw and DUC). A bio going on past the outlet, a guest's "… and is the
author of …", or Salon's "… covers politics, media, and technology for Salon. You can
email him …" (92 [0], its contact line), is not read as a credit line (`BIO_BEAT` reads
Salon's by its address)."""
BIO_BEAT = re.compile(
    rf"\b{_WRITER} (?:covers|writes about) [^.!?]{{1,80}}? for {OUTLET_NAME}(?<!\.)\.(?= |$)"
)
"""A writer's beat in a bio going on past it, "Matthew Sheffield covers politics, media, and
technology for Salon. You can email him via m.sheffield@salon.com …" (raw 92 [0], Salon's
author box): read only where the same line gives an address whose stem the outlet's name
spells (`bio_beat`), two signs of one outlet. A bio's "covers … for" alone may name a
writer's other paper (Slate's author boxes naming the Post, sources17's census)."""
_ADDRESS_STEM = re.compile(r"[\w.+-]+@(?:[a-z0-9-]+\.)*?(?P<stem>[a-z0-9-]+)\.(?:com|org|co\.uk)\b")


def writes_for(line: str) -> re.Match[str] | None:
    """The outlet a writer's credit line names (`WRITES_FOR`), else a bio's beat naming the
    outlet whose address the line gives (`BIO_BEAT`)."""
    return WRITES_FOR.fullmatch(line) or _bio_beat(line)


def _bio_beat(line: str) -> re.Match[str] | None:
    # most lines hold no address: a C-level `in` passes them before any pattern runs
    if "@" not in line or " for " not in line:
        return None
    found = BIO_BEAT.search(line)
    if found is None:
        return None
    name = found["name"]
    leading = name[:4].lower() == "the "
    words = name[4:] if leading else name
    stems = {address["stem"].lower() for address in _ADDRESS_STEM.finditer(line)}
    return found if any(spells(stem, words, leading=leading) for stem in stems) else None


_REPORTER = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}"
STATION_VIDEO_LINE = re.compile(
    rf"(?:\b(?P<name>[A-Z][A-Za-z]*\d*)['’]s {_REPORTER} has "
    r"(?:more|the (?:latest|details)\b[^.]{0,80})"
    rf"|\b{_REPORTER} reports (?:from [A-Z][\w.'’ -]{{1,40}} )?for the "
    r"(?P<newscast>[A-Z][A-Za-z]*\d*) News(?: at (?:\d{1,2}(?: [ap]\.m\.)?|noon))?"
    r"(?: on)?(?: [A-Z][a-z]+,?)? [A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d)\. "
    r"\(Published (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,"
    r" [A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d\)$"
)
"""A station's video blurb closing on its reporter and the stamp of its publication: "...
NBC10's George Spencer has more. (Published Thursday, July 24, 2014)" (raw 95 [1], NBC10's
page; NBC's own stations write their blurbs so), "… NBC10's Lu Ann Cahn has the details.
(Published Tuesday, April 23, 2013)" (119 [1]), or naming the station's own newscast, "John
Cádiz Klemack reports for the NBC4 News at 5 p.m. on June 23, 2015. (Published Tuesday, June
23, 2015)" (161 [1], the only such line of raw and DUC; Multi-News+'s 64 "reports … for the
… News" captions all name NBC4's). Only with the stamp: a sentence saying someone "has more"
names no page."""
STATION_REPORTER = re.compile(
    r"\b(?P<name>(?:NBC|CBS|ABC|FOX|Fox|News|NewsCenter|Newscenter|NewsChannel|"
    r"[KW][A-Z]{2,3}) ?\d{1,2})['’]s "
    rf"{_REPORTER} (?:reports|reported|tweeted)\b"
)
"""A station naming its own reporter by its brand and channel number: "FOX 13's Haley Hinds
reports Jordan Belliveau's family became emotional …" (raw 141 [1]), "Newscenter 5's John
Atwater tweeted a video of the rescued swimmer …" (164 [2], WCVB's page, named as it names
itself), the only such lines of raw and DUC. In Multi-News+ (lower-cased, read to judge) 129
documents hold one ("as CBS2's Jessica Schneider reported", "News4's Darcy Spencer reports.",
"NBC 7's Wendy Fry reports."); of some 60 read by their openings each is a station's page
but one unclear (Fox 5's "free range kids") and two that name no station, "BBC Radio 4's PM
programme reports" and "AKB48's manager" (a band), which the brand list leaves out. So only
a station's brand with its number: "WSJ's Brody Mullins and Susan Pulliam in A1 piece" (144
[1], POLITICO's) or "Channel 4's" (Britain's network) is how a page cites another."""

NETWORK_REPORT = re.compile(
    rf", reports {OUTLET_NAME} correspondent [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}}\.$"
)
"""A network's script closing a paragraph on its own correspondent: "… followed by a
Mercedes SUV, reports CBS News correspondent Manuel Bojorquez." (raw 32 [3], CBS's page;
the only such line of raw and DUC; Multi-News+ train's 18 lower-cased ", reports …
correspondent" all name "cbs news"). "CBS News reported" or "told
CBS News" names whom a page quotes, not the page."""

AGENCY_CONTRIBUTORS = re.compile(
    r".{0,120}?\b(?:Associated Press|AP)(?: [A-Z]?[a-z]+)? (?:[Ww]riter|[Rr]eporter)s? [A-Z]"
    r".{1,400}? contributed to this (?:report|story)\b.*"
)
"""AP's own closing credit to its writers, set under the wire's rule line "___": "Associated
Press reporter Paul J. Weber and Chris Sherman contributed to this story from McAllen,
Texas." (raw 230 [0], a host's copy of AP's story: its dateline gone, every caption
"(Associated Press)"). Of raw's 14 such lines under a rule, each closes an AP story: nine
open on AP's dateline, the other five (115 [0], 149 [0], 208 [4], 230 [0], 234 [1]) are
AP's text with its captions. The same credit without the rule is also how a paper thanks
the agency ("Associated Press writer Eric Tucker contributed …"): no source then."""
_WIRE_RULE = re.compile(r"_{3,}")
EDITING_CREDIT = re.compile(
    r"\((?:Additional )?(?:[Rr]eporting|[Ww]riting|Compiled) by [^()]{1,400}?[;,] "
    r"(?:and )?[Ee]diting by [^()]{1,200}\)"
)
"""Reuters' credit closing its story, its reporters' and then its editors' names in one
bracket: "(Reporting by David Lawder; Editing by Tom Heneghan)" (raw 72 [1]), "(Additional
reporting by Chine Labbe, Brian Love and Jean-Baptiste Vey; Writing by Ingrid Melander;
Editing by Crispian Balmer)" (110 [2]). Raw's eight such lines and Multi-News+ train's 80
(lower-cased) each close a Reuters story, half of them with no other mention of Reuters (the
dateline's "(Reuters) -" lost, "WASHINGTON The Senate …"); a paper's own credit names a
contributor, "With reporting by Ray Waddell" (44 [0]), never an editor."""


def under_wire_rule(lines: list[str]) -> list[str]:
    """The lines set right under a wire's rule line ("___")."""
    return [line for rule, line in pairwise(lines) if _WIRE_RULE.fullmatch(rule)]


SYNDICATION_LINE = re.compile(
    rf"If you would like to reuse any content from {OUTLET_NAME}, .{{0,80}}?"
    r"contact the syndication department\b.*"
)
"""A site's notice for reusing its own stories, "If you would like to reuse any content from
New Scientist, either in print or online, please contact the syndication department first
for permission." (raw 6 [1], the only such line of raw and DUC)."""
IN_HOUSE_ILLUSTRATION = re.compile(r"\bPhoto illustration by (?P<name>(?:The )?[A-Z][\w'’-]+)[.;]")
"""A picture the site made itself, "Photo illustration by Slate. Photo by Ethan Miller/Getty
Images." (raw 34 [3]), "(Photo illustration by Newsweek; Source: …)" (212 [0], Newsweek's
"Proof of Heaven"): one word only, as "Photo illustration by Jane Doe." names an artist."""
STAFF_PHOTO_CREDIT = re.compile(
    r"Image .{1,300}? Credit [A-Z][^/]{1,60}/(?P<name>The New York Times)"
    r"|\((?P<paper>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) Staff Photo ?/ ?"
    r"[A-Z][^()/]{1,60}\)"
)
"""The Times' own caption layout crediting its staff photographer, "Image The White House's
spokeswoman, … Credit Doug Mills/The New York Times" (raw 34 [2], the only such credit of
raw and DUC), or a paper's credit line naming its own staff, "(Washington Post Staff
Photo/Andrea Bruce)" (raw 97 [0], the only one); a caption crediting any other name
("Credit Evan Vucci/Associated Press", "(LUKE RAFFERTY / Staff Photographer)") names
whose picture it is, or no one, not whose page."""
COMMENT_REQUEST = re.compile(
    rf"\bdid not (?:immediately )?respond to {OUTLET_NAME}['’]s? requests? (?:\w+ )?for "
    r"(?:comment|information)\b"
)
"""A site reporting its own request went unanswered, "Harder did not respond to The Daily
Beast's request for comment." (raw 130 [1]), "… did not immediately respond to ABC News'
requests for comment today." (122 [0]); "told The Daily Beast" is how sites cite one
another too, so it names no source."""


def contributing_paper(line: str, text: str) -> re.Match[str] | None:
    """The paper a contributor's line credits, unless the page tells the name's last word
    elsewhere: then it may be a beat the story is about ("ESPN Saints reporter Mike Triplett
    contributed ...", raw 32 [2], on the Saints), not the paper's name, unless the page
    credits the contributor's own picture to the name less that word (`_own_picture`)."""
    found = _CONTRIBUTING_PAPER.fullmatch(line)
    if found is None:
        return None
    outlet, last = found["name"].rpartition(" ")[::2]
    if len(re.findall(rf"\b{re.escape(last)}\b", text)) > 1:
        return _own_picture(line, outlet, text) if outlet else None
    return found


_STAFF_CREDIT = re.compile(
    r"(?!(?:The )?(?:Associated Press|AP|Reuters|AFP)\b)"
    r"(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s? [A-Z][\w.'’-]+ [A-Z]"
    r".{0,300}? contributed to this (?:report|story)\."
)
"""A contributor's line crediting an outlet's own staff by its name, "ABC News' Gerard McNiff
and the Associated Press contributed to this report." (raw 147 [1]), "CNN's Joe Sterling and
Jason Hanna contributed to this report." (151 [0]); an agency's staff so credited thank it."""


def own_staff_credit(line: str, text: str) -> re.Match[str] | None:
    """The outlet whose staff `_STAFF_CREDIT` credits, when the page also quotes what it was
    told by that name ("… told ABC News."): raw's five such lines and Multi-News+ train's 16
    each stand on the outlet's own page, but a page may thank a sister network's reporter
    ("ABC's pages thank ESPN's people"), and "told ABC News" is how sites cite one another;
    the two together name the outlet that did the reporting."""
    found = _STAFF_CREDIT.fullmatch(line) if " contributed to this " in line else None
    if found is None or not re.search(rf"\btold {re.escape(found['name'])}\b", text):
        return None
    return found


_CONTRIBUTOR = re.compile(
    r"\b(?:reporter|writer) (?P<writer>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})"
)


def _own_picture(line: str, outlet: str, text: str) -> re.Match[str] | None:
    """The outlet of "ESPN Saints reporter Mike Triplett contributed to this report." when
    a caption closes on his credit "Mike Triplett/ESPN" (raw 32 [2], ESPN's page, the only
    such pair of raw and DUC): his line alone may be another page's thanks, his picture
    alone shown anywhere."""
    writer = _CONTRIBUTOR.search(line)
    credit = writer and rf"\b{re.escape(writer['writer'])}/{re.escape(outlet)}\s*$"
    if not credit or not re.search(credit, text, re.MULTILINE):
        return None
    return re.match(rf"(?P<name>{re.escape(outlet)}) ", line)


def writer_address(line: str) -> re.Match[str] | None:
    return None if _MAIL_SERVICE.search(line) else WRITER_ADDRESS.fullmatch(line)


PAIRED_ADDRESS = re.compile(r"[\w.+-]+@(?:[a-z0-9-]+\.)*?(?P<name>[a-z0-9-]+\.(?:com|org))\b")
"""A writer's address set beside their telephone number, the contact pair a paper's story
closes on wherever it stands on its line: "Reporter Stephen Hudak contributed to this report.
echerney@orlandosentinel.com or 352-742-5930" (raw 136 [1], the Orlando Sentinel's), "— Duke
Behnke: 920-993-7176, or dbehnke@postcrescent.com; …" (156 [1], the Post-Crescent's). Over
raw's 690 pages and DUC's 298 the pair stands on the last three lines of 6 pages, each the
paper's own (60 [1] sunsentinel, 109 [0] sduniontribune, 50 [0] freepress, 187 [1] philly.com
read already); an owner's mail domain ("vince.lattanzio@nbcuni.com", raw 95 [1],
`_MAIL_SERVICE`) names none."""
_PHONE = r"\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}"
_PHONE_BEFORE = re.compile(rf"{_PHONE}(?:,? or|;) $")
_PHONE_AFTER = re.compile(rf"(?: or| ?▪|;) {_PHONE}")


def paired_address(line: str) -> re.Match[str] | None:
    """The address on `line` a telephone number stands beside (`PAIRED_ADDRESS`), unless
    it is a mail service's."""
    # a C-level `in` passes the lines holding no address before any pattern runs
    if "@" not in line or _MAIL_SERVICE.search(line):
        return None
    for found in PAIRED_ADDRESS.finditer(line):
        before = line[max(0, found.start() - 24) : found.start()]
        if _PHONE_BEFORE.search(before) or _PHONE_AFTER.match(line, found.end()):
            return found
    return None


SPELLED_ADDRESS = re.compile(
    r".{0,120}?\bsend an e-?mail to the author at [\w.]+ at "
    r"(?P<name>[a-z0-9-]+ dot (?:com|org))\b.{0,160}"
)
"""The Atlantic's comment line giving its writer's address spelled out against harvesters,
"Want to add to this story? Let us know in comments or send an email to the author at
ereeve at theatlantic dot com. …" (raw 36 [1], 71 [0], the only such lines of raw and
DUC; Multi-News+ train's name theatlantic and nationaljournal, and once gmail)."""


def spelled_address(line: str) -> re.Match[str] | None:
    """`SPELLED_ADDRESS`'s site, unless it is a mail service's."""
    found = SPELLED_ADDRESS.fullmatch(line) if " dot " in line else None
    if found is None or _MAIL_SERVICE.search("@" + found["name"].replace(" dot ", ".")):
        return None
    return found
