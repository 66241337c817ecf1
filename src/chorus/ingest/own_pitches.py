"""The outlet a site's pitches for itself name, for `ingest.own_lines`: its asking to be
followed by its address or, speaking as "us", by its own account ("Follow us on
twitter.com/foxnewslatino"), its newsletter's or subscription's pitch ("To subscribe to
Capitol Fax, click here."), its box asking to follow a topic, and the consent under its
sign-up box. Each reads one line."""

from __future__ import annotations

import re

from chorus.ingest.own_signoffs import OUTLET_NAME

FOLLOW_SITE = re.compile(
    r"(?:Follow|.{0,40}?\bStay with) (?P<name>[A-Za-z0-9-]+\.(?i:com|org|net|co\.uk))\b.{0,60}"
)
"""A site asking to be followed by its address, "Follow CBSMIAMI.COM: Facebook | Twitter",
"This is a developing story. Stay with tampabay.com for updates."; "Follow Tia Ghose on
Twitter" names a writer, "Follow Ynetnews" cannot be told from one."""
FOLLOW_US = re.compile(
    r"(?i:follow|like) us (?i:on|at):? (?:https?://)?(?:www\.)?(?i:twitter|facebook)\.com/"
    r"(?P<name>[A-Za-z0-9_.]{2,50}?)/?"
)
"""The site's own account on a line of its own where it speaks as "us": "Follow us on
twitter.com/foxnewslatino" over "Like us at facebook.com/foxnewslatino" (raw 14 [1], Fox News
Latino's page, which names itself nowhere else), "FOLLOW us on:
http://www.twitter.com/collegehumor" (88 [6], CollegeHumor's video page under "See more
http://www.collegehumor.com"); the only such lines of raw and DUC. The handle is the name
the page gives itself, lower-cased as an address is: turning "foxnewslatino" into "Fox News
Latino" would need a table. Only "us": "Follow Michael Tarm at https://twitter.com/mtarm" is
a writer's, "Follow NBC: http://Twitter.com/NBC" (84 [1], beside "Follow Jimmy:") one of
three names, and a post quoted within a line ("… follow us at facebook.com/precinct4 to
receive …", Multi-News+ train) is its author's, not the page's."""
NEWSLETTER = re.compile(
    r"-*\s*Sign up (?:now )?for (?:the )?(?P<name>[A-Z][\w&.'’ -]{0,40}?) "
    r"(?:news ?letters?|e-?mail alerts)\b.{0,200}"
)
"""A site's pitch for its own newsletter, "Sign up for KPRC 2 newsletters to get breaking
news ...", "Sign up for the Curbed NY newsletter", "Sign up for Denver7 email alerts",
"Sign up now for the Us Weekly newsletter to get breaking celebrity news …" (raw 111 [0]);
"Sign up for our free newsletter" and "Sign up for BREAKING NEWS Emails" name no one, and
a bracketed "[Sign up for The Daily 202 ...]" is a newsletter's name, not the site's."""
INBOX_PITCH = re.compile(
    rf"Get (?:news|the latest|stories) from {OUTLET_NAME} in your inbox\b.{{0,60}}"
)
"""A site's pitch for its mail, "Get news from the BBC in your inbox, each weekday morning"."""
DAILY_EDITION = re.compile(
    r"Get (?P<name>(?:The )?[A-Z][\w&'’-]*(?: (?:of )?[A-Z][\w&'’-]*){0,3})['’]s Daily Edition "
    r"by email\b.{0,80}"
)
"""Its pitch for a daily mail by its name, "Get The Times of Israel's Daily Edition by email
and never miss our top stories Free Sign Up" (raw 23 [1], 89 [0]); "Follow Ynetnews on
Facebook and Twitter" (23 [2]) stays unread: "Follow Caroline on Twitter" (230 [2]) is a
writer's."""
SUBSCRIPTION_PITCH = re.compile(rf"To subscribe to {OUTLET_NAME}, (?:please )?click here\..*")
"""A site selling itself by its name on its first line, "To subscribe to Capitol Fax, click
here. Subscriptions are $350 per year. …" (raw 165 [1], Rich Miller's Capitol Fax blog,
whose sign-off "- posted by Rich Miller" names its writer only); "To learn more about Kolb,
click here." (55 [2]) sells nothing."""
NEW_READER_PITCH = re.compile(rf"New to {OUTLET_NAME}\? Subscribe\b.{{0,80}}")
"""Its closing pitch to a new reader, "New to NSFWCORP? Subscribe for just $3 a month" (raw
210 [1], under its blog's name "Scribbles from NSFWCORP Staff"); the only such lines of raw
and DUC, as is Capitol Fax's. A channel's "Subscribe NOW to The Tonight Show Starring Jimmy
Fallon: http://bit.ly/…" (84 [1]) names a show on a video site, not the page's outlet."""
INTEREST_PITCH = re.compile(
    r"Interested in [^?]{0,60}\? Add as an interest to stay up to date on the latest news, "
    rf"video, and analysis from {OUTLET_NAME}\. Add Interest"
)
"""ABC News' box under a story's lead, its topic's name lost ("Interested in ? Add as an
interest to stay up to date on the latest news, video, and analysis from ABC News. Add
Interest", raw 32 [1], 172 [1], the only such lines of raw and DUC; Multi-News+ train's 147,
lower-cased, all name "abc news")."""
CONSENT = re.compile(
    r"\bagree to receive (?:e-?mail )?(?:news ?letters?|e-?mails?)(?: or alerts)? "
    rf"from {OUTLET_NAME}\."
)
"""The consent under a site's sign-up box, "By signing up you agree to receive email
newsletters or alerts from POLITICO." (seven raw POLITICO pages, one line with the box)."""
OFFERS_CONSENT = re.compile(
    rf"\bagree to receive occasional updates and special offers for {OUTLET_NAME}['’]s "
    r"products and services\."
)
"""The Times' consent in its box, "You agree to receive occasional updates and special
offers for The New York Times's products and services." (raw 68 [0], 107 [1], 122 [1], 155
[1], each with "View all New York Times newsletters."; the only such lines of raw and DUC)."""
