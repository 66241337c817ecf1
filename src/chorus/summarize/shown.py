"""How a chosen sentence is shown: its span past the furniture that opens it.

The span moves, the text is never rewritten: `article.text[start:end]` is still what the
summary shows (see docs/journal/summary.md, "Summary sentences a reader does not need" and
"Summary a reader sees, fifth pass").
"""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.language.datelines import PLACE_WORD, WIRE_TAG
from chorus.model import Sentence
from chorus.summarize.credit_lines import credits_quotation

# Wider than `WIRE_DASH` and `WIRE_TAG`: the dash may touch the place ("MIAMI—") or be one
# hyphen between spaces, and any outlet may credit the lead ("(WANE)", "(HealthDay News)"),
# since all of it is left out of what the reader is shown; newswire's underscore between
# spaces too ("TAIPEI, Taiwan (AP) _ ", DUC 2003).
_DASH = r"(?: ?[—–] ?| -{1,2} | ?--| _ )"
_AGENCY = r"\([A-Z][A-Za-z.& ]{1,20}\)"
_DATE = r", (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
"""A date a dateline gives after its place ("FLORENCE, Italy, Feb. 25 (UPI) -- ", raw 133;
"NEW YORK, May 18 (UPI) -- ", 63; "MONDAY, July 2 (HealthDay News) -- ", 113)."""
_DATELINE = (
    rf"(?:{PLACE_WORD}(?: {PLACE_WORD}){{0,2}}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?"
    rf"(?:{_DATE})?(?: ?{_AGENCY}(?:{_DASH}| ?)|{_DASH})|{_AGENCY}(?:{_DASH}| ?))"
)
_TITLE_CASE_DATELINE = (
    rf"[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?:, [A-Z][a-z.]+)? {WIRE_TAG} (?=[A-Z])"
)
"""CNN's dateline, its place in title case and no dash after the tag ("Washington (CNN)
Vermont Sen. Bernie Sanders lauded ...", raw validation cluster 108): read only with an
agency's tag and a capital after it, since a capitalised word opens any sentence."""
_TITLE_CASE_DASHED = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z.]+)? [—–] (?=[A-Z][a-z]*[ ,])"
"""A paper's own dateline, its place in title case and a spaced dash, then a lead opening on
a capitalised word ("Flint — Sixteen months after it was identified ...", raw validation
cluster 241): not a name set off by dashes ("Nik Richie — owner of ...", 210; "Vasiliades —
who boasts ...", 228) nor a song's heading ("Mobb Deep – “Shook Ones” ...", 21)."""
_PLACE = rf"{PLACE_WORD}(?: {PLACE_WORD}){{0,2}}"
_PLACES_SLASHED = rf"{_PLACE}(?:/{_PLACE})+ "
"""Reuters' dateline for a story filed from two places, with no agency or dash
("SINGAPORE/BEIJING Flamboyant former basketball star Dennis Rodman ...", raw validation
cluster 87): the slash between places in capitals marks it."""
DATELINE = re.compile(
    rf"\A(?:{_DATELINE}(?=[A-Z0-9\"“‘'])|{_TITLE_CASE_DATELINE}|{_TITLE_CASE_DASHED}"
    rf"|{_PLACES_SLASHED}(?=[A-Z][a-z]))"
)
"""A wire story's dateline, which opens its lead: "WASHINGTON (AP) — ", "TAUNTON, Mass.
(AP) — ", "WARSAW — ", "PERTH (Reuters) - ", "(CNN) -- ", "MIAMI—", "(CNN) ", "FORT WAYNE,
Ind. (WANE) ", "Washington (CNN) ". A place of up to three words in capitals (with its
state), an agency in brackets, or both, then a dash (after an agency, maybe none); the lead
after it opens with a capital, a figure or a quotation mark; or a place in title case and
an agency's own tag with no dash (`_TITLE_CASE_DATELINE`), or a spaced dash
(`_TITLE_CASE_DASHED`); or places in capitals joined by a slash (`_PLACES_SLASHED`). A
longer run of capitals is a heading ("OBAMA ON BANK OF AMERICA - From the ABC interview:
..."), which names the story. The summary shows its lead past any of them (`_shown_from`)."""
_ENDS_IN_DATELINE = re.compile(rf"{_DATELINE}\Z")
_LONGEST_DATELINE = 80
"""Characters read before a shown span for the dateline it left out."""

_LEADING_DASH = re.compile(r"[—–-]+\s+(?=[A-Z0-9“\"‘'])")
"""A dash left opening a sentence whose dateline cleaning took away ("— A judge’s act of
compassion has ...", raw validation cluster 67): no part of what the sentence says."""
_LEADING_BULLET = re.compile(r"(?:\*+|[•►▸▪●■◦‣∙]|\d{1,2}\)) ?(?=[A-Z0-9“\"‘'])")
"""A list's bullet or item number opening an item ("* Obama won women in 2012 by 11 points
...", raw 177; "• In the Bay Area, they allegedly glued ...", 195; "2) Qua economics, the
proposal looks ...", 107, the writer's second point): only the span moves, since the features
reading the glyph reshuffled raw 144's summary (docs/journal/stops.md, "Sentences: a list
item opening after its bullet, measured and reverted (stop 29, lead)")."""


def _shown_from(text: str) -> int:
    """Where a text's shown part starts: past a list's bullet; or past a dateline in any of
    its forms ("LARGO, Fla. — ", "MIAMI—", "(CNN) -- ", "NEW DELHI (Reuters) - ", "HOUSTON
    (AP) — ", "FLORENCE, Italy, Feb. 25 (UPI) -- "), then past a leading dash. A dateline is
    the wire's filing mark, no part of what happened: shown, it opened the summary's first
    line before the news (raw validation 167, 192). Multi-News's references credit the agency
    ("the AP reports"), so the agency's word cost raw R-1 0.02; DUC 2003 gained 0.29
    (docs/journal/cleaning.md, "Cleaning, forty-first pass")."""
    bullet = _LEADING_BULLET.match(text)
    if bullet is not None:
        return bullet.end()
    return past_dateline(text)


def past_dateline(text: str) -> int:
    """Where a text starts past the dateline that opens it (`DATELINE`), then past a
    leading dash; 0 when neither opens it."""
    start = 0
    dateline = DATELINE.match(text)
    if dateline is not None:
        start = dateline.end()
    dash = _LEADING_DASH.match(text, start)
    return start if dash is None else dash.end()


_LOOK_BACK = 8
"""Characters read before a sentence for the quotation a credit line follows (its closing
mark, then a line break or two)."""


def _unpaired_bracket(text: str) -> tuple[int, int]:
    """Characters to leave off a text's start and end: a bracket opening an aside that the
    sentence after it closes ("(Young Americans are still less likely ...", raw 145), or one
    closing an aside that the sentence before opened ("... live at home, Pew says.)")."""
    if "(" not in text and ")" not in text:
        return 0, 0
    opened = text.count("(") - text.count(")")
    if opened > 0 and text.startswith("("):
        return 1, 0
    if opened < 0 and text.endswith(")"):
        return 0, 1
    return 0, 0


def shown(sentence: Sentence) -> Sentence:
    """The sentence as the summary shows it, its span started past its opening furniture
    and past a bracket its aside does not close (or open). A quotation's credit line keeps
    its dash ("— Jon Cryer, on his upset victory"): without it the line reads as a
    sentence of its own."""
    cut, trim = _unpaired_bracket(sentence.text)
    if cut or trim:
        sentence = replace(sentence, start=sentence.start + cut, end=sentence.end - trim)
    start = _shown_from(sentence.text)
    if start == 0:
        return sentence
    before = sentence.article.text[max(0, sentence.start - _LOOK_BACK) : sentence.start]
    if credits_quotation(sentence.text, before):
        return sentence
    return replace(sentence, start=sentence.start + start)


def without_dateline(sentence: Sentence) -> Sentence:
    """The sentence past its dateline and a leading dash, as the analysis sections show one
    (Agreed, Only in one, Conflicts, the timeline): "ROME — In his narrowest escape yet,
    ..." (raw 78) reads "In his narrowest escape yet, ...", "- Law enforcement officials
    announced ..." (141) "Law enforcement ...", as the summary shows them (`_shown_from`;
    docs/journal/cleaning.md, "Cleaning, forty-sixth pass")."""
    start = past_dateline(sentence.text)
    return sentence if start == 0 else replace(sentence, start=sentence.start + start)


def after_dateline(sentence: Sentence) -> bool:
    """Whether a shown sentence's span starts right after a dateline it leaves out ("LARGO —
    " before "The mother of a 2-year-old ..."): a wire story's lead."""
    before = sentence.article.text[max(0, sentence.start - _LONGEST_DATELINE) : sentence.start]
    return _ENDS_IN_DATELINE.search(before) is not None
