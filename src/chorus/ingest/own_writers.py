"""The outlet a page's lines about its writer name, for `ingest.own_lines`, which reads
them among its rules: an agency writer's byline ("Josh Funk Associated Press Writer"), a
press office's ("By Jennifer Froetschel, DS Public Affairs") or a desk's ("By Dominic
Casciani, BBC Home Affairs correspondent"), a staff writer's tagline ("Kale Williams is a
San Francisco Chronicle staff writer.") and a reporter's contact line ("Call IndyStar
reporter Holly Hays at …").
"""

from __future__ import annotations

import re

from chorus.ingest.own_signoffs import OUTLET_NAME

AGENCY_WRITER = re.compile(
    r"(?:By )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2},? (?P<name>Associated Press) Writer\b.{0,200}"
)
"""An agency writer's byline, "Josh Funk Associated Press Writer" (raw 147, glued before its
contributor's line): the agency wrote the story. A contributor's line ("Associated Press
writer Eric Tucker contributed to this report.", "ABC News' Gerard McNiff and the Associated
Press contributed to this report.") names a helper, not who wrote the page: no source,
unless AP set it under its rule line (`own_signoffs.AGENCY_CONTRIBUTORS`)."""
OFFICE_BYLINE = re.compile(
    r"By [A-Z][^,|/]{1,60}, (?P<name>(?:[A-Z0-9][\w.'’&-]* ){1,4}Public Affairs)"
    r"(?: ?/ .{0,60})?"
)
"""A government office writing its own news, "By Jennifer Froetschel, DS Public Affairs",
"By Staff Sgt. Benjamin W. Stratton, 7th Air Force Public Affairs / Published March 24,
2017"; a firm for hire is no outlet (`own_lines._NOT_OUTLET`)."""
DESK_BYLINE = re.compile(
    r"By [A-Z][^,|/]{1,60}, (?P<name>[A-Z]{2,6})(?: [A-Z][a-z]+){0,3} "
    r"(?:correspondent|reporter|editor|writer)"
)
"""A writer's byline naming the outlet's desk, "By Dominic Casciani, BBC Home Affairs
correspondent"; only an outlet written as capitals, so "By Jane Doe, Senior Legal
Correspondent" names no one."""
STAFF_TAGLINE = re.compile(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} is an? "
    r"(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}) staff (?:writer|reporter)\..{0,100}"
)
"""A writer's closing tagline naming the paper they write for, "Kale Williams is a San
Francisco Chronicle staff writer. E-mail: kwilliams@sfchronicle.com Twitter: @sfkale";
not "Staff writer Paul Walsh contributed to this report.", which names no paper."""
REPORTER_S_LINE = re.compile(
    rf"(?:Call|Reach|Contact) {OUTLET_NAME} (?:staff )?(?:reporter|writer|columnist) "
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} (?:at|on) .{0,160}"
)
"""A reporter's contact line naming their paper, "Call IndyStar reporter Holly Hays at (317)
444-6156. Follow her on Twitter: @hollyvhays." (raw 52); read after the writer's address,
so "Call J&C reporter Joseph Paul at …, email him at jpaul@jconline.com" keeps the
paper's address (raw 153)."""
