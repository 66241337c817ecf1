"""The outlet a page's story names as itself in words no other outlet writes of it, for
`ingest.own_lines`, which reads them after its other rules: a link set into the story to
another of its own ("(Also on POLITICO: …)"), a magazine's pitch for its own issue ("pick
up a copy of this week's issue of PEOPLE") and an editor's update note correcting its own
first story ("UPDATE, 10:11 p.m. — Variety's first story said …"), and a writer's disclosure
naming the site as the one that pays them ("… not receiving compensation for it (other
than from Seeking Alpha)."). A name the story was told or shown something by ("told CNN",
"obtained by POLITICO", "In a statement to CBS12") is how sites cite one another (an AP
story's "a copy of the order obtained by NBC News", raw 34 [0]), so it names no source
here."""

from __future__ import annotations

import re

from chorus.ingest.own_signoffs import OUTLET_NAME
from chorus.language.datelines import ANY_DASH

OWN_STORY_LINK = re.compile(r"\(Also on (?P<name>POLITICO): [^()]{1,150}\)")
"""POLITICO's link to another of its stories set in a line of its own, "(Also on POLITICO:
Dems paint GOP as shutdown party)" (raw 151 [3], 198 [3], 210 [0], each POLITICO's page,
the only such lines of raw and DUC). Multi-News+ validation's 24 such lines (lower-cased)
all name politico, on 23 pages, 19 with POLITICO's "Text size" or "Story continued below"
layout and none naming another outlet's. Its name alone: any capitals would read "(Also on
Twitter: …)" or "(Also on Sunday: …)" as an outlet, and no other name was seen so."""
ISSUE_PITCH = re.compile(
    rf"\b[Pp]ick up (?:a copy of )?this week['’]s issue of {OUTLET_NAME}(?: magazine)?"
    r"(?=[,.!]|$)"
)
"""A magazine's pitch for its own issue closing its story, "For more on Sen. Gillibrand, …
pick up a copy of this week's issue of PEOPLE, on newsstands Friday" (raw 198 [4], the only
such words of raw and DUC; Multi-News+ validation's three, lower-cased, all name people).
A study "published in this week's issue of the Proceedings of the National Academy of
Sciences" (raw 93 [0], HealthDay's page) names the journal, not the page."""
UPDATE_NOTE = re.compile(
    rf"UPDATE(?:,? [^—–]{{1,30}}?)? ?(?:{ANY_DASH}|:) {OUTLET_NAME}['’]s "
    r"(?:first|original|earlier) (?:story|article|post) (?:said|stated|reported)\b.*"
)
"""An editor's note correcting the page's own first story, "UPDATE, 10:11 p.m. — Variety's
first story said that "Furious 7" is the first Universal film to go past $1 billion. …"
(raw 231 [1], the only such line of raw and DUC; Multi-News+ validation holds none). Only
as an update note's first words and of a story: a sentence on "CNN's first report" (a
page criticising the network's, Multi-News+ validation 1129 [1]) names another outlet."""
PAID_ONLY_BY = re.compile(
    r"(?:I am|The author is) not receiving compensation for it "
    rf"\(other than from {OUTLET_NAME}\)\."
)
"""A writer's disclosure naming the one site that pays them for the article, "The author
wrote this article themselves, and it expresses their own opinions. The author is not
receiving compensation for it (other than from Seeking Alpha)." (raw 61 [0], the only such
line of raw and DUC; Multi-News+ holds none): Seeking Alpha's template, which a writer
signs for the site that publishes them."""
