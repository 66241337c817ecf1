"""Credits `ingest.own_lines` reads where a wire sent a press release or a deck is glued to
the story: Business Wire's dateline ("SAN FRANCISCO--(BUSINESS WIRE)--"), PR Newswire's
closing "SOURCE <issuer>" line on a release that links to its photos, and an agency's credit
opening the story after a deck sentence on the same line ("… researcher contends.
(HealthDay)—A little jogging …")."""

from __future__ import annotations

import re

from chorus.ingest.own_pages import RELEASE_WIRE
from chorus.ingest.own_stamps import AGENCIES
from chorus.language.datelines import ANY_DASH, PLACE_CHARACTER

RELEASE_DATELINE = re.compile(
    rf"[A-Z]{PLACE_CHARACTER}+(?:, [A-Z][A-Za-z.]+)?--\((?P<name>BUSINESS WIRE)\)--(?=[A-Z])"
)
"""A press release as Business Wire sends it, "SAN FRANCISCO--(BUSINESS WIRE)--The following
statement is being issued by …" (raw 142 [1], a law firm's release; the only such line of
raw and DUC): the wire is the page's outlet, and the sources list says it is a press
release (`own_pages.PAGE_KINDS`)."""
WIRE_NAMES = {"BUSINESS WIRE": RELEASE_WIRE}

GLUED_CREDIT = re.compile(
    rf"(?<=[a-z]{{3}}[.!?] )\((?:(?P<agency>{'|'.join(AGENCIES)})"
    r"|(?P<name>[A-Z][a-z]+[A-Z][A-Za-z]*(?: News)?|[A-Z]{3,5}))\)"
    rf"\s*{ANY_DASH}\s*(?=[A-Z0-9\"“‘'])"
)
"""A credit opening the story after a deck sentence glued before it on the page's first line:
"Just an hour or two a week confers life-extension benefits, researcher contends.
(HealthDay)—A little jogging is good for your health, …" (raw 74 [0], HealthDay's story on
Medical Xpress; the only such line of raw and DUC). Only after three small letters closing
a sentence (not "Recreational Equipment Inc. (REI) —"), and only a brand's name: an
agency's, one capitalised inside ("HealthDay") or a call sign's capitals, never a place
("… as they see fit. (Johannesburg) – The …", Multi-News+ validation 4860 [0])."""
RELEASE_SOURCE = re.compile(r"SOURCE (?P<issuer>[A-Z][\w&.,'’ -]{1,60})")
_NEWSWIRE_LINK = "prnewswire.com/"


def wire_dateline(line: str) -> re.Match[str] | None:
    """Business Wire's dateline opening `line`, else a credit glued after its deck
    (`GLUED_CREDIT`, looked for only where a bracket opens after a sentence's stop)."""
    found = RELEASE_DATELINE.match(line)
    glued = ". (" in line or "? (" in line or "! (" in line
    return found or (GLUED_CREDIT.search(line) if glued else None)


def release_lines(text: str, lines: list[str]) -> list[str]:
    """The lines PR Newswire's closing "SOURCE <issuer>" (`RELEASE_SOURCE`) is looked for on:
    all of a page linking to the wire's photos ("Photo - http://photos.prnewswire.com/prnh/…"),
    else none. Raw 18 [2], The Knot's wedding survey, closes on "SOURCE XO Group Inc." under
    its contacts' "…@xogrp.com": the wire sent it, as Business Wire sent raw 142 [1], and the
    sources list says it is a press release. The only such line of raw and DUC; a "SOURCE:"
    under a figure or a caption's "Source: Reuters" is no release's."""
    return lines if _NEWSWIRE_LINK in text else []
