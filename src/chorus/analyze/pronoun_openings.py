"""How a sentence opens, as whom "he" or "she" stands for reads it (`pronouns.Focus`): on a
pronoun subject, on a head that names again whom the article follows ("the designer"), on
"For <person>," whose view it gives, after a wire's dateline, or as a pull quote's credit."""

from __future__ import annotations

import re

from chorus.analyze.pronoun_checks import CAPITAL
from chorus.analyze.subject_names import LEAD
from chorus.language.datelines import WIRE_DASH, WIRE_TAG
from chorus.language.quote_alternation import by_first_letter
from chorus.language.speakers import HONORIFIC, REFERRING_HEADS

PRONOUN_SUBJECT = re.compile(
    rf"{LEAD}(?:(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+,\s+|[a-z][^,“”\"]{{1,80}},\s+)?"
    r"(?P<pronoun>he|she|He|She)\b"
)
"""A pronoun subject, maybe after a name in apposition to the opening phrase: "In the
conversation with his fiancee, Rhonda Rouer, he also complained ..." is about whom "he"
stood for (multi_news-val-1212), not Rouer; or after a second phrase opening in lower case:
"But for nearly 45 years, two failed marriages and some Agent Orange-related health problems
later, he can’t stop thinking ..." (2447)."""
NAMED_AGAIN = re.compile(
    rf"(?:[^,“”\"]{{1,60}},\s+){{0,2}}[Tt]he\s+(?P<head>{by_first_letter(REFERRING_HEADS)})"
    r"\s+[a-z]"
)
"""A subject that names again whom the article follows, after up to two opening phrases:
"Born in the Dominican Republic, and trained in Spain and Paris, the designer studied under
Balenciaga ..." is still about Oscar de la Renta (multi_news-val-2313), whatever others it
names."""
CALLED_BY_HEAD = {
    **dict.fromkeys(("actor", "congressman", "businessman"), "he"),
    **dict.fromkeys(("actress", "congresswoman", "businesswoman"), "she"),
}
"""What a head calls whom it names again: after "The actress then asked Beatty, “...?”",
'"Everybody," he said' is not the actress's (multi_news-val-4411)."""
KIN_CALLED = {
    **dict.fromkeys(("wife", "mother", "sister", "daughter", "widow", "girlfriend"), "she"),
    **dict.fromkeys(("husband", "father", "brother", "son", "boyfriend"), "he"),
}
OWNED_KIN = re.compile(rf"\s+(?P<kin>{'|'.join(KIN_CALLED)})\b(?![’'-])")
"""A subject named by whose kin it is, right after the owner's "’s", and what the kin noun
calls it: "At some point, Smith's wife had gotten out of the car ... when she was struck
twice in the leg." ¶ "“I need an ambulance. My leg has been shot!” she cried." is hers
(raw validation 0-based 32 [3]), not the "Chevy Impala" a police account named before."""


SEEN_BY = re.compile(
    rf"(?:For|To)\s+(?P<title>{HONORIFIC})?(?:[A-Z][\w’'-]+\s+)?(?P<surname>[A-Z][\w’'-]+),\s"
)
"""An opening "For <person>," whose view the sentence gives: "For Mr. Balin, Jefferson
Airplane was focused on live performance ... “...,” he told Relix" is Balin's
(multi_news-val-1643), not the band's; only a person: after a title, named before, or a
surname the article writes after a first name."""
SEEN_BY_OPENINGS = ("For ", "To ")
WIRE_OPENING = re.compile(rf"(?:[A-Z][\w.'’-]+\s+){{0,3}}{WIRE_TAG}\s+(?:{WIRE_DASH}\s+)?")
"""A wire's dateline opening a sentence: "Washington (CNN) ", "LONDON (AP) — "."""
CREDIT_LINE = re.compile(r"[—–]\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+(?:,\s|$)")
"""A dash and a name alone or before a description: the credit of a pull quote the page
set inside the story ("I am ready. ... — Jennifer Rivers, mother of Tavin Price": raw
multi_news-val-5484) or a byline, which the story tells of no one after."""
PICTURE_OPENINGS = ("This ", "These ")
PICTURE_CAPTION = re.compile(
    r"(?:This|These)\s+(?:[\w-]+\s+){0,2}?(?:image|images|photo|photos|photograph|picture"
    r"|pictures|shot|screenshot|still)\b[^.“”\"]{0,120}?\bshows?\b"
)
"""A picture's caption the page left in its story: "This shot, released by Allen's company,
Vulcan, shows the Japanese royal family's chrysanthemum emblem on the bow." between Kazushige
Todaka's words and "“It's a wonderful discovery, ...,” he said." (raw multi_news-val-4688's
CNN page): the story still follows whom it followed before, not whom the caption names."""


def goes_on_about(text: str) -> bool:
    """Whether a sentence can only go on about whom the sentences before it followed: it
    opens on "he" or "she" (after an opening phrase), or names no one."""
    return CAPITAL.search(text, 1) is None or PRONOUN_SUBJECT.match(text) is not None
