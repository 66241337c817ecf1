"""Names written only in a page's furniture, none of the story's: a letter's sign-off ("With
Gratitude, Jenni Lowe-Anker", moved from entity_mention_shapes.py), a photo's credit ("|
John Shinkle/POLITICO", "AP Photo/Reed Saxon") and a correction note, whose names are
those an earlier version misspelled or misstated ("This story has been corrected to show
Gomes lived in Raynham, not Rayham."), and a postal address's town ("Want to send me
something? ... P.O. BOX 60177 / Philadelphia, PA / 19102"), and a related-links teaser,
headlines run together on a line of their own ("reset Will Clinton playbook work? Weiner:
Timeline of scandal", raw 210), and a byline, the writer's name after a line's "By" ("By Staff
Sgt. Benjamin W. Stratton, 7th Air Force Public Affairs", raw 104), or a line of the
writers who helped ("With Edgar Sandoval, John Annese, ...", raw 17) or the writer's name
alone closing the article (raw 71's "Alexander Abad-Santos"), and a place only named in a
dateline of the bureaus that filed ("SINGAPORE/BEIJING", raw 87)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chorus.analyze.model import EntityLabel, Excerpt

_SIGN_OFF = "With "
_SENTENCE_ENDS = (". ", "! ")

_CORRECTION = re.compile(
    r"(?:correction: *)?(?:this (?:story|article|post|report) (?:has been|was) "
    r"(?:corrected|updated)|an? (?:earlier|previous) version of this "
    r"(?:story|article|post|report))",
    re.IGNORECASE,
)
"""A correction note's opening, at its paragraph's start. On the raw and DUC texts, seven
notes (raw 64, 66, 73, 130, 161, 196, 244), and no other paragraph so opened."""


_POSTAL_CODE = re.compile(r", (?:[A-Z]{2}|[A-Z][a-z]{2,4}\.)\s+\d{5}\b")
"""A town's state and ZIP code after it, an address's ("P.O. Box 6666, Bozeman, MT 59771",
"Philadelphia, PA / 19102" on lines of their own, "Redding Ridge, Conn. 06876"): on the 280
raw and DUC texts 3 writings, every one a mailing address, the story's place none of them."""


_BYLINE = re.compile(r"[ \t]*By (?:[A-Z][\w.'’-]* |and )*")
"""A line's "By" and the capitalised words or "and" between it and a name: a rank ("Staff
Sgt."), a first writer ("By Carmen D. Siering and Katherine Spillar", raw 247). On the 280
raw and DUC texts, of the lines the cleaning keeps opening on "By ", only those two name a
person so; the others open a sentence ("By February, according to the sources, Farrow")."""
_BY = "By "

_FULL_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+"
_CONTRIBUTORS = re.compile(
    rf"[ \t]*With {_FULL_NAME}(?:(?:,| and|, and) {_FULL_NAME})*[ \t]*$", re.MULTILINE
)
"""A line of the writers who helped the story's own: "With" and full names, a comma or "and"
between them, nothing else ("With Edgar Sandoval, John Annese, Rocco Parascandola, Ryan
Sit, Todd Maisel", the Daily News's close, raw 17 [3]). On the 280 raw and DUC texts and
the seeds, of the kept lines opening on "With ", the one so written; the others open a
sentence ("With Trump in the Oval Office, Mercer ...") or a letter's sign-off ("With
Kind Regards, Jenni", read by `_signs_off`)."""
_WITH = "With "
_BLANK = re.compile(r"\s*\Z")
"""Nothing but white space to the text's end."""


_BUREAUS = re.compile(
    r"[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+)*(?:/[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+)*)+ (?=[A-Z][a-z])"
)
"""A wire's dateline of several places a slash joins, opening a line before the sentence's
first word: "SINGAPORE/BEIJING Flamboyant former basketball star Dennis Rodman arrived in
North Korea" (raw 87, Reuters) names the bureaus that filed the story, not where it
happens; a place written only there is none of the story's (Beijing, where Rodman flew
from, the text writes again). On the 280 raw and DUC texts the one line so opened; a single
place's dateline ("LOS ANGELES (AP) —") is the story's, read by entity_datelines.py."""

_TEASER_QUESTION = re.compile(r"\? [A-Z]")
"""A question mark closing one headline and a capital opening the next, mid-line."""
_LINE_CLOSINGS = tuple(".!?\"”’')):;,")
"""A line closing on one of these is a sentence or a quotation's end, not a teasers' list."""


def furniture(
    listed: Mapping[str, Sequence[Excerpt]],
    labels: Mapping[str, EntityLabel],
    label: Callable[[str], EntityLabel],
) -> set[str]:
    """Listed names every mention of which is page furniture: a correction note (raw 66's
    "Rayham", raw 161's "Kanasho Jones" of "An earlier version of this post incorrectly gave
    suspect Kanasho Johns' name as Kanasho Jones."), or, for a person, a photo's credit (raw
    146's "John Shinkle"; a place so written is a dateline's, "SINGAPORE/BEIJING") or the
    writer's sign-off (raw 143's "— David R. Baker") or a byline (`_BYLINE`) or a line
    of the contributors (`_CONTRIBUTORS`) or the article's closing line (`_closing`), and the
    one-word names the recognizer read written as a letter's sign-off, and places every
    mention of which is a postal address's town (`_POSTAL_CODE`) or a bureau's in a
    dateline of several (`_BUREAUS`), and names every mention of
    which is in a related-links teaser (`_in_a_teaser`): no entity of the story,
    not listed."""
    return {
        *(name for name, found in listed.items() if all(map(_corrects, found))),
        *(
            name
            for name, found in listed.items()
            if label(name) == "person" and all(map(_staff, found))
        ),
        *(
            name
            for name, found in listed.items()
            if label(name) == "place"
            and all(a_postal_address(m) or _in_bureaus_dateline(m) for m in found)
        ),
        *(name for name, found in listed.items() if all(map(_in_a_teaser, found))),
        *(
            name
            for name in labels
            if " " not in name and name in listed and all(map(_signs_off, listed[name]))
        ),
    }


def _staff(mention: Excerpt) -> bool:
    """Whether a person's mention names the page's staff, not one of the story: a photo's
    credit, a writer's sign-off, a byline, a line of contributors, the closing line."""
    return (
        _credited(mention)
        or _signed(mention)
        or _in_a_byline(mention)
        or _contributing(mention)
        or _closing(mention)
    )


def _credited(mention: Excerpt) -> bool:
    """Whether a mention is a photo's credit, a name a slash joins to the agency after it
    ("John Shinkle/POLITICO", "Todd Maisel/New York Daily News") or to "Photo" before it
    ("AP Photo/Reed Saxon")."""
    text, start, end = mention.article.text, mention.start, mention.end
    if text.startswith("/", end):
        return text[end + 1 : end + 2].isupper()
    return text.endswith("Photo/", 0, start)


_DASHES = frozenset(("—", "–", "--", "-"))
_DASH_ENDS = ("—", "–", "-")


def _signed(mention: Excerpt) -> bool:
    """Whether a mention is a writer's sign-off, a line of its own after a dash ("— David R.
    Baker", raw 143; "-- George Rede", raw 242, his e-mail address on the next line): on the
    280 raw and DUC texts those two lines are the only ones of a dash and a full name, and
    neither writer is named elsewhere in the text."""
    text, start, end = mention.article.text, mention.start, mention.end
    if not text[max(start - 4, 0) : start].rstrip().endswith(_DASH_ENDS):
        return False  # most mentions: no dash right before, no line searched
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        text[line_start:start].strip() in _DASHES
        and not text[end : line_end if line_end >= 0 else len(text)].strip()
    )


def _in_a_byline(mention: Excerpt) -> bool:
    """Whether a mention is a writer's in a byline: its line opens on "By " and only
    capitalised words or "and" come between (`_BYLINE`)."""
    text, start = mention.article.text, mention.start
    line_start = text.rfind("\n", 0, start) + 1
    if _BY not in text[line_start : line_start + 8]:
        return False  # most mentions: a cheap look at the line's opening first
    by = _BYLINE.match(text, line_start, start)
    return by is not None and by.end() == start


def _contributing(mention: Excerpt) -> bool:
    """Whether a mention is in a line of the writers who helped (`_CONTRIBUTORS`)."""
    text, start = mention.article.text, mention.start
    line_start = text.rfind("\n", 0, start) + 1
    if _WITH not in text[line_start : line_start + 8]:
        return False  # most mentions: a cheap look at the line's opening first
    return _CONTRIBUTORS.match(text, line_start) is not None


def _closing(mention: Excerpt) -> bool:
    """Whether a mention is a line of its own closing the article: the writer's name at the
    foot of the page (raw 71's "Alexander Abad-Santos" and raw 36's "Elspeth Reeve", both
    after "send an email to the author"). On the 280 raw and DUC texts and the seeds, the
    two last lines that are a person's name alone."""
    text, start = mention.article.text, mention.start
    return (
        text[max(start - 1, 0) : start] in ("\n", "")
        and _BLANK.match(text, mention.end) is not None
    )


def _in_bureaus_dateline(mention: Excerpt) -> bool:
    """Whether a mention is one of the places a slash joins in a dateline opening its line
    (`_BUREAUS`)."""
    text, start, end = mention.article.text, mention.start, mention.end
    if not (text.startswith("/", end) or text.endswith("/", 0, start)):
        return False  # most mentions: no slash beside them, no line read
    dateline = _BUREAUS.match(text, text.rfind("\n", 0, start) + 1)
    return dateline is not None and end < dateline.end()


def a_postal_address(mention: Excerpt) -> bool:
    """Whether a mention is a town before its state and ZIP code (`_POSTAL_CODE`): read in
    the article, as the code may stand in a paragraph of its own."""
    text, end = mention.article.text, mention.end
    return text.startswith(", ", end) and _POSTAL_CODE.match(text, end) is not None


def _corrects(mention: Excerpt) -> bool:
    """Whether a mention is in a paragraph a correction note opens (`_CORRECTION`)."""
    text = mention.article.text
    return _CORRECTION.match(text, text.rfind("\n", 0, mention.start) + 1) is not None


def _signs_off(mention: Excerpt) -> bool:
    """Whether a mention follows "With" opening a line or a sentence and comes before a
    comma ("With Gratitude, Jenni Lowe-Anker")."""
    text, start = mention.article.text, mention.start
    opens = start - len(_SIGN_OFF)
    return (
        text.startswith(_SIGN_OFF, opens)
        and (text[opens - 1 : opens] in ("\n", "") or text.endswith(_SENTENCE_ENDS, 0, opens))
        and text.startswith(",", mention.end)
    )


def _in_a_teaser(mention: Excerpt) -> bool:
    """Whether a mention is in a line of headlines run together: a question mark closes one
    and a capital opens the next mid-line (`_TEASER_QUESTION`), no full stop, and the line
    closes on no sentence's mark. On the 280 raw and DUC texts 8 lines are so shaped, every
    one a teaser or a tweet's embed ("What are the true risks of taking cannabis? Read
    more", raw 98)."""
    text, start = mention.article.text, mention.start
    line_end = text.find("\n", mention.end)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    line = line.strip()
    return (
        "? " in line
        and _TEASER_QUESTION.search(line) is not None
        and ". " not in line
        and not line.endswith(_LINE_CLOSINGS)
    )
