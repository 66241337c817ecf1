"""A TV station's closed captions of its video, pasted as a paragraph of its page: furniture.

A captioner types what the newscast says in capitals, without names or paragraphs, words
misheard: "MIKE DEFOREST IS BREAKING THIS ORIGINAL LOCAL REPORT HE IS LIVE IN MOUNT DORA FOR
THE TICKET WAS SOLD …", "FOR 12 YEARS TIMOTHY'S MUCH SHOT HAS APPEARED ON FLORIDA'S SEX
OFFENDER REGISTRY …" (raw validation 136 [0], WKMG's video block above its story, which the
page's own prose tells again below it). News prose never runs two long sentences in
capitals: a heading, a shouted line or a list item in capitals is one sentence of its line
(raw 18 [2]'s survey headings, 223 [1]'s numbered facts).

A transcript's speaker label opening a line right below a line that names that speaker and
closes on a colon says again who speaks: "That's according to Romney's digital integration
director Caitlin Checkett, who said:" / "CHECKETT: "So whether it was a tweet, ..."" (raw 22
[1]). Kept, the summary showed the label as the quotation's first word. The label goes, the
quotation stays; a label naming no one the line above names ("THE PRESIDENT: ..." below "...
as released by the White House:", raw 102) says who speaks, and stays.

A radio transcript's heading naming its host ("MICHEL MARTIN, HOST:", NPR's, raw 91 [1]) and
the host's label on each later turn ("MARTIN: Now she's made her Juneteenth walk ...") go: the
host's turns are the broadcast's narration, and the summary showed two of them opening on the
label in capitals. A guest's label ("OPAL LEE: ...", "LEE: ...") says whose words follow: it
stays, as the White House's does.
"""

from __future__ import annotations

import re

TRANSCRIPT_REASON = "closed captions"
_LEAST_WORDS = 12
"""Words of each sentence of the run: a captioner's sentence runs on ("… HE IS LIVE IN MOUNT
DORA FOR THE TICKET WAS SOLD IT IS A SUPER MILLIONS TICKET …"); a heading is shorter."""
_LEAST_RUN = 2
"""Sentences in capitals one after another: one is a heading or a shout, two a transcript."""
_MOST_LOWER_CASE = 0.1
"""The share of the line's letters in lower case: the captions' speaker labels ("Reporter:")
alone; a story paragraph quoting a notice in capitals is mostly lower case, and stays."""
_SHORTEST = 100
"""Characters of two sentences of twelve words, at the least."""
_WINDOW = 40
"""Characters at the middle of the line read first: a story line holds lower case there, and
goes no further (a search for a run without lower case cost 5 µs a line, this 0.3)."""
_SENTENCE_END = re.compile(r"(?<=[.?!]) +")
SPEAKER_LABEL_REASON = "speaker label"
SPEAKER_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]* ){0,3}[A-Z][A-Z.'’-]+): (?=\S)")
"""A speaker's label opening a line, up to four words in capitals and a colon: "CHECKETT: "."""


def _in_capitals(sentence: str) -> bool:
    # Cased letters, none of them lower case: a row of figures has none.
    capitals = sentence.upper() == sentence != sentence.lower()
    return capitals and len(sentence.split()) >= _LEAST_WORDS


def closed_captions(line: str) -> bool:
    """Whether the stripped `line` is a video's closed captions: it runs two sentences of
    twelve words or more in capitals one after another, and its letters are capitals but
    for a speaker's label."""
    middle = len(line) // 2
    window = line[middle - _WINDOW // 2 : middle + _WINDOW // 2]
    if len(line) < _SHORTEST or window.upper() != window:
        return False
    run = 0
    for sentence in _SENTENCE_END.split(line):
        run = run + 1 if _in_capitals(sentence) else 0
        if run == _LEAST_RUN:
            break
    else:
        return False
    letters = sum(character.isalpha() for character in line)
    lower = sum(character.islower() for character in line)
    return lower <= _MOST_LOWER_CASE * letters


def echoed_label(line: str, previous: str) -> int:
    """The characters of the speaker's label opening the stripped `line` ("CHECKETT: ") when
    the stripped line above, `previous`, closes on a colon after naming that speaker ("...
    Caitlin Checkett, who said:"), or 0: the label only says again who speaks."""
    if not previous.endswith(":") or not line[:1].isupper():
        return 0
    found = SPEAKER_LABEL.match(line)
    if found is None:
        return 0
    named = re.search(rf"\b{re.escape(found.group(1))}\b", previous, re.IGNORECASE)
    return found.end() if named else 0


HOST_HEADING = re.compile(r"^((?:[A-Z][A-Z.'’-]* ){0,3}[A-Z][A-Z.'’-]+), HOST:$")
"""A transcript's heading naming its host, a line of its own above the host's first words:
"MICHEL MARTIN, HOST:" (NPR's, raw validation 91 [1], the only one of raw and DUC)."""


def host_named(line: str) -> str:
    """The host's name the stripped `line` heads the host's words with ("MICHEL MARTIN"), or
    "": the heading is furniture, as is the host's label on each later turn."""
    # Read only on a line closing so: a literal before the pattern.
    found = HOST_HEADING.match(line) if line.endswith(", HOST:") else None
    return "" if found is None else found.group(1)


def host_label(line: str, host: str) -> int:
    """The characters of the speaker's label opening the stripped `line` ("MARTIN: ") when it
    names the page's `host` (whole, or the surname), or 0. A host's turns are the broadcast's
    narration ("MARTIN: Now she's made her Juneteenth walk throughout the country ..."), what
    a report writes without a label; shown, the label opened a summary's sentence in capitals.
    A guest's label ("OPAL LEE: I kept telling ...") says whose words follow, and stays."""
    found = SPEAKER_LABEL.match(line)
    if found is None or found.group(1) not in (host, host.rsplit(" ", 1)[-1]):
        return 0
    return found.end()
