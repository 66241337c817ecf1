"""The cleaning rules for lines that list rather than tell: a film review's listing, a page's
highlights, links to documents, a picture the page embedded, a breadcrumb, a headline in
another script, a box of facts at a glance, a promotion of another story. (reason, pattern) data
as in `chorus.clean_rules`, each pattern written against raw Multi-News validation text;
`chorus.clean` tries them after that module's. And the lists a removed line opens, whose
lines below it go too: related links, highlights, a fact box, a video player's playlist.
"""

from __future__ import annotations

import re

from chorus.clean_gates import ending, holding
from chorus.clean_rules import HEADLINE, LINK_LIST_HEADING
from chorus.model import Removal

_RATING = r"(?:G|PG|PG-13|R|NC-17)"

# A page's highlights heading: alone, opening CNN's first highlight, or closing USA Today's
# caption line ("... (Photo: Brennan Linsley AP) Story Highlights <the first one>", raw
# val-168). The highlight lines after it go too (`chorus.clean`).
HIGHLIGHTS_HEADING = r"\bStory [Hh]ighlights\b"
# NBC stations' box over the story, its heading glued to its first bullet, each bullet a line
# with no stop closing it, each told again below: "What to Know A 20-year-old man allegedly
# tossed his 4-year-old brother to his death from the boy's Brooklyn home, police said" (raw
# validation 240 [1], the only one of raw, DUC and the seeds; Multi-News+ holds six, inside
# one-line pages, where no line tells the box's end). Read as highlights.
_WHAT_TO_KNOW = "What to Know "
_FACT_BOX_REASON = "fact box"
_PROMPT_REASON, _WHY_LABEL = "sharing prompt", r"Why Is This Important\?"
# The site's answer under its label, one line, is its quip, no fact of the story: "Because it
# may be time we all moved to Sweden." (raw 0 [0]; chosen for the summary once the label went).
_WHY_ANSWER = "Because "
_PICKS_REASON = "editor's picks"
# The box's close, its count of related stories: the lines to it are the box's.
_PICKS_CLOSE = re.compile(r"(?<=[.!?\"”] )\d{1,2} Related$")
_MOST_PICKS_LINES = 3

OTHER_SCRIPT = "other script"
"""The reason of a line in Chinese script (clean.in_other_script reads it)."""

LISTING_RULES: tuple[tuple[str, str], ...] = (
    # A film review's listing and advisory lines: "Drama. Starring ... (PG-13. 129 minutes. In
    # English and in French with English subtitles. At Bay Area theaters.)", "-- Advisory: This
    # film contains sexual situations." (raw val-4531), "MPAA rating: R for ...", "Running
    # time: 1 hour, 30 minutes", the Washington Post's "Contains ... brief crude language ...".
    # A rating then a running time, in one line: a story names one of them at most.
    (
        "film listing",
        holding(
            rf"(?:\({_RATING}\.|\bRated {_RATING}\b|\bMPAA [Rr]ating: {_RATING}\b).{{0,200}}?"
            r"(?:\b\d{2,3} (?:minutes|MIN)\.|\bRunning time:)",
            "minutes.",
            "MIN.",
            "Running time:",
        ),
    ),
    ("film listing", r"^(?:MPAA [Rr]ating|Running time):|^(?:-+ ?)?Advisory: This film\b"),
    (
        "film listing",
        r"^Contains [a-z][^.]{0,150}\b(?:language|violence|nudity|sexual\w*|drug\w*|gore)\b",
    ),
    # Variety's credits and the Los Angeles Times' listing (raw val-1616): "A Sony Pictures
    # Entertainment release of a TriStar Pictures presentation ...", "Directed by Fede Alvarez.
    # Screenplay, ...", "With: Jane Levy, Shiloh Fernandez, ...", "Playing: In general release".
    (
        "film listing",
        r"^(?:An? [A-Z][^.]{0,80} release of an? [A-Z]|Directed by [^.]{1,60}\. Screenplay\b"
        r"|(?:With|Playing): [A-Z])",
    ),
    # CNN's "Story highlights <the first one>": a highlight has no stop.
    ("highlights", rf"^{HIGHLIGHTS_HEADING}(?=.{{0,250}}$)(?:.*(?<![.!?:;,]))?$"),
    ("highlights", rf"^{_WHAT_TO_KNOW}(?=[A-Z0-9\"“])(?=.{{0,250}}$).*(?<![.!?:;,])$"),
    # A link to a document, named by its file: "Read Gov. Bentley's letter.pdf" (raw val-5192),
    # "Rocky Mountain Spotted Fever Fact Sheet (91k.pdf)", "... Data (1000kb.pdf)(CDC)".
    (
        "link",
        ending(
            r"^.{1,150}?(?:\.pdf|\((?:[\d.]+ ?[kKmM][bB]?\.? ?)?(?:pdf|PDF)\))\)?"
            r"(?: ?\([A-Z]{2,6}\))?$",
            *("pdf", "PDF)", ")"),
        ),
    ),
    # A link to a document by its name, no stop or "here." closing it: "Read the temporary
    # restraining order against Stormy Daniels", "Read Hockley's letter to herself here.";
    # or to the outlet's older story, offered in its iPad edition: "On the iPad Read Newsweek’s
    # 2007 story on how science is bringing more heart-attack victims back to life" (raw
    # validation 212 [0]; of the lines of raw and DUC opening "Read" and a possessive or "the",
    # the only one kept before).
    (
        "link",
        r"^(?:On the iPad )?Read (?:the |[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}['’]s )(?:full |entire )?"
        r"(?:[\w-]+ ){0,3}(?:letter|report|document|complaint|lawsuit|indictment|statement"
        r"|ruling|memo|filing|transcript|order|opinion|affidavit|story)s?\b[^.!?]{0,80}"
        r"(?: here\.)?$",
    ),
    # A pointer to a picture the page embedded, with its caption: "Here’s a photo of the
    # Warren’s with Jordan. This was his first birthday." (raw val-2067).
    (
        "picture pointer",
        r"^(?:Here(?:’|')s|Here (?:is|are)) (?:an? |the |some )?(?:\w+ )?(?:photos?|pictures?"
        r"|images?) of\b[^.!?]{0,80}[.!:]?(?: [^.!?]{1,80}[.!])?$",
    ),
    # A pointer to pictures or a video below or above, alone in brackets on its line: "(Below,
    # see the penguins roaming outside during the summer months at the zoo.)" (raw validation
    # 139 by index; Multi-News+ train's one-line pages hold "( see video above )", "( watch my
    # interview below. )").
    (
        "picture pointer",
        r"^\((?:(?:Below|Above),? (?:see|watch|view|check out|take a look)\b"
        r"|(?:See|Watch|View|Check out)\b[^()]{0,120}\b(?:below|above)\b)[^()]{0,150}\)$",
    ),
    # BBC's box of facts, its heading glued to its first item: "MH370 - Facts at a glance 8
    # March - Malaysia Airlines Kuala Lumpur-Beijing flight carrying 239 people disappears"
    # (raw validation 209 and 218 by index). Its items below it go too (`in_the_list`).
    (
        _FACT_BOX_REASON,
        holding(r"^[^.!?]{0,40}\bFacts at a glance\b[^.!?]*$", "Facts at a glance"),
    ),
    # An infographic's box, its heading in capitals glued to its first item, no stop or comma
    # in the line: "FMRI SCANNING Functional Magnetic Resonance Imaging measures the real-time
    # activity of the brain by tracking the flow of oxygen-rich blood" (BBC, raw validation
    # 125 [0]). Its items below it go too (`in_the_list`). Not a paywall's "FOR THE NEXT
    # HOUR Read Now, Pay Later - no upfront" (92 [0]), whose lines are no box's.
    (_FACT_BOX_REASON, r"^[A-Z]{3,}(?: [A-Z]{3,})+ [A-Z][a-z]+ [^.!?,]{20,}$"),
    # A broadcaster's or a magazine's pitch for its own programme or quiz: "The Mind Reader
    # ... will be broadcast on Tuesday, 13 November, at 22:35 on BBC One. ... Alternatively,
    # catch up later on the BBC iPlayer using the link above." (raw 125 [0]), "Test your
    # knowledge of the Seven Kingdoms with Vanity Fair ’s Game of Unknowns." (174 [1], 231 [2]).
    (
        "promotion",
        holding(
            r"^.{0,400}\b[Cc]atch up (?:later )?on the BBC iPlayer\b[^.!?]{0,40}\.$", "BBC iPlayer"
        ),
    ),
    ("promotion", r"^Test your knowledge of [^.!?]{1,80} with [A-Z][^.!?]{1,80}[.!]?$"),
    # A magazine's sidebar on its own covers, under its label: "Reliving History: The search
    # for the meaning of the afterlife is as old as humanity itself. Over the years Newsweek
    # has run numerous covers about religion, God, and that search. ..." (raw validation 212
    # [0], the only line of raw and DUC holding "has run ... covers").
    (
        "promotion",
        holding(
            r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}: .{0,300}"
            r"\bhas run (?:numerous|many|several) covers\b",
            "covers",
        ),
    ),
    # A promotion of another story: its pull quote, the speaker and role set off by a spaced
    # comma, then the title it links to, with no stop: "Some of the people we may need to put
    # on suicide watch to try to protect them Paul Yin , Psychologist Plane relatives:
    # 'Embracing the finality'" (BBC, raw validation 209). A story's sentence ends in a stop.
    # Gated on the closing mark of the title's quotation (BBC's headlines quote in single
    # marks): a search for " , " through every line cost 3% of cleaning raw validation.
    (
        "promotion",
        ending(r"^[A-Z][^.!?]{20,300}? [A-Z][a-z]+ [A-Z][\w'’-]+ , [A-Z][^.!?]{0,150}$", "'", "’"),
    ),
    # A site's prompts for its readers to share the story, under its "Own The Conversation"
    # (a subheading), each a label before the site's own question, quip or fact: "Ask The Big
    # Question: Is the USA really only the 21st best country in the world? ...", "Disrupt
    # Your Feed: ...", "Drop This Fact: The World Happiness report for 2016 found ..." (raw
    # validation 0 [0]; shown as a summary sentence and a lone item), and the label "Why Is
    # This Important?" alone on its line above the site's one-line answer.
    (
        _PROMPT_REASON,
        rf"^(?:(?:Ask The Big Question|Disrupt Your Feed|Drop This Fact): |{_WHY_LABEL}$)",
    ),
    # A show's channel blurb on its clip's page, no word of the clip: "The Tonight Show
    # Starring Jimmy Fallon features hilarious highlights from the show including: ... You'll
    # also find behind the scenes videos and other great web exclusives." (raw validation 84
    # [1], two of its summary's sentences). Gated on its literal: a capital then up to 80
    # characters, searched on every line, cost 7% of cleaning raw validation.
    (
        "video description",
        holding(
            r"^[A-Z][^.!?]{0,80} features hilarious highlights from the show\b",
            "highlights from the show",
        ),
    ),
    # ESPN's box of other stories, each a headline glued before its teaser, one a line, the
    # box's heading opening the first and its count of related stories closing the last:
    # "Editor's Picks Pierre Thomas, who had just been out with Will Smith, still in disbelief
    # Pierre Thomas, who was with ...", ..., "... spreading the message for years. 2 Related"
    # (raw validation 32 [2], the only such heading of raw and DUC). The box's other lines go
    # too (`in_the_list`).
    (_PICKS_REASON, r"^Editor's Picks (?=[A-Z])"),
    # A breadcrumb of the site's sections: "English >> World" (People's Daily, raw val-3680).
    ("navigation", r"^[A-Z][\w ]{0,25}(?: ?(?:>>|»|›) ?[A-Z][\w ]{0,25})+$"),
    # A line in Chinese script with no Latin letter, in an English page: People's Daily's
    # headline in Chinese, "中文：金正恩被美网站评为最性感男人 ..." (val-3680).
    (OTHER_SCRIPT, r"^[^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*$"),
)


_LIST_HEADING, _HEADLINE = re.compile(LINK_LIST_HEADING), re.compile(HEADLINE)
_LINK_REASON, _HIGHLIGHTS_REASON = "related link", "highlights"
_HIGHLIGHTS_HEADING = re.compile(HIGHLIGHTS_HEADING)


def list_after(stripped: str, removals: list[Removal], was: str | None) -> str | None:
    """Which list the lines after the stripped line `stripped` (its `removals`, at least one)
    may be in: related links after their heading, highlights after theirs, a fact box's
    items after its heading, a sharing label's answer after it, while each line goes."""
    if was:
        return was
    if removals[0].reason == _LINK_REASON and _LIST_HEADING.match(stripped):
        return _LINK_REASON
    if removals[0].reason in (_FACT_BOX_REASON, _PICKS_REASON):
        return removals[0].reason
    if removals[0].reason == _PROMPT_REASON and re.fullmatch(_WHY_LABEL, stripped):
        return _PROMPT_REASON
    # `in` first: a one-line page's removals would search the whole page.
    heading = "ighlights" in stripped and _HIGHLIGHTS_HEADING.search(stripped)
    box = removals[0].reason == _HIGHLIGHTS_REASON and stripped.startswith(_WHAT_TO_KNOW)
    return _HIGHLIGHTS_REASON if heading or box else None


# A fact box's item is a line with no sentence's stop, however long: "24 March - Based on new
# calculations, Malaysian PM says "beyond reasonable doubt" that plane crashed in southern
# Indian Ocean with no survivors What we know The search for flight MH370" (its last, BBC's
# link glued on). The story's next line ends in one.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")


def in_the_list(stripped: str, in_a_list: str, start: int, text: str) -> bool:
    """Whether the stripped line `stripped`, starting at `start` of the page `text`, is one of
    the list `in_a_list` the lines above it opened."""
    if in_a_list == _FACT_BOX_REASON:
        return not stripped.endswith(_SENTENCE_ENDS)
    if in_a_list == _PROMPT_REASON:
        return stripped.startswith(_WHY_ANSWER)
    if in_a_list == _PICKS_REASON:
        return _closes_the_picks(text, start)
    return _HEADLINE.match(stripped) is not None or (
        in_a_list == _LINK_REASON
        and (_DATED_TEASER.match(stripped) is not None or start >= _short_lines_to_the_end(text))
    )


def _closes_the_picks(text: str, start: int) -> bool:
    """Whether the box's close ends the line at `start` of the page `text` or one of the few
    after it: a story line after the box has none below it."""
    lines = text[start:].split("\n", _MOST_PICKS_LINES)[:_MOST_PICKS_LINES]
    return any(_PICKS_CLOSE.search(line.strip()) for line in lines)


# Under its headline, a related story's teaser opens on the day it ran in brackets, in
# figures: "(01/14/2013) Today most people are more likely to associate Yemen with warfare
# ..." (mongabay's "Related articles", raw validation 186 [1]: seven, each under its headline,
# to the page's end; read as story, one backed a false agreement). No line of raw or DUC
# outside that list opens on a bracketed date in figures.
_DATED_TEASER = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\) ")

# A related link may end in a full stop ("John B. Judis on the real lesson of the health care
# victory.", raw val-4896): after a list's heading, short lines that close the page are links
# too, where a sentence would end the list elsewhere.
_LONGEST_LINK_WORDS = 20


def _short_lines_to_the_end(text: str) -> int:
    """Where the page's closing run of short lines starts (`len(text)` when it has none)."""
    end = len(text)
    for line in reversed(text.split("\n")):
        # Split no further than a link's length: a one-line page is one long line.
        if len(line.split(maxsplit=_LONGEST_LINK_WORDS)) > _LONGEST_LINK_WORDS:
            break
        end -= len(line) + 1
    return max(end, 0)


# USA Today's video player lists its playlist in one line, "... (Jan. 18) AP 1 of 68 Skip in Skip
# x Embed x Share CLOSE BABY, IT'S COLD OUTSIDE Thawing ice spells trouble after U.S. deep freeze
# | ...", then each title again on a line of its own (raw validation 139 by index: 67 lines,
# "Hundreds enjoy Coney Island Polar Bear plunge", "Raw: Extreme cold temperatures in much of
# U.S."). A line the player's names is its title; the story's next line is not ("Loved ones").
_PLAYLIST_COUNT = re.compile(r"\b1 of \d+ Skip in Skip x Embed x Share\b")
_VIDEO_REASON, PLAYLIST_REASON = "video description", "video playlist"


def playlist_after(stripped: str, removals: list[Removal], was: str) -> str:
    """The video player's line whose playlist the lines after the stripped line `stripped`
    (its `removals`, at least one) may be titles of ("" when none)."""
    # A title another rule removed too ("Watch: Bubble crystallizes in frigid weather").
    if removals[0].reason == PLAYLIST_REASON or (was and stripped in was):
        return was
    playing = removals[0].reason == _VIDEO_REASON and _PLAYLIST_COUNT.search(stripped)
    return stripped if playing else ""
