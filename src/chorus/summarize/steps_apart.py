"""A step told after the one before it ("Then ..."), a quotation's "These", an opening "Its",
a contrast ("But ...", "..., however, ...") or a thing's "it" shown apart from the sentence
before it.

"Then the researchers tested the babies to see if they remembered how to remove the
mittens ..." (raw validation 93) goes on from what its article told right before; shown
after a line of another article, or of its own further up, it reads as the next step of
something else. Waiting for the sentence before (`dangling.goes_on`) took 93's lead out
when chosen again (R-1 −5.50, docs/journal/summary.md, "Summary a reader sees, thirtieth
pass"); taken with it, 93 shows "A total of 216 babies were tested." before it.

A thing's "it" as the subject ("It will fly at an altitude of at least 15,000 feet.", raw
173; "Controlled by a computer ..., it is the culmination of a 30-year quest ...", 179)
stands for a thing its article named right before. Every such opening waiting for that
sentence was over the summary guard (stop 30); shown first, or after a line reporting what
someone said (173's "..., Hill said after watching the launch ...", 179's "..., Carmat
said." before "It is expected to cost ..."), nothing before it is that thing, or the "it"
reads as the speaker (thirty-seventh pass). Shown below another line, an opening "It" reads
as that line's thing ("It makes the kid notice the praise ...", raw 90, below the praise
steps and not its "The silliness is a feature, not a bug."): taken with its line before when
that line is short, as a contrast is, and left as it is otherwise (summary88). An "it"
standing for no thing ("It had been raining ...", `_DUMMY_IT`) is not read.

A contrast set against what its article told right before ("But, as in many cases, the
coroner said a final cause of death would not be determined ...", raw 30, below "An autopsy
was performed Monday."; "In humans, it has been associated with ...", 31, below the mice of
"Previous research has shown ...") reads, shown after another line, as set against that
one. An opening "But" waiting for its sentence before was over the DUC floor (stop 30, stop
36): such a row is taken with its line before when that line is short, and left as it is
otherwise (summary82).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.dangling import opens_with_pronoun
from chorus.language.quotations import QUOTED

_THEN = re.compile(r"[\s\"“(]*Then\b(?![-‑]|,? again)")
"""An opening "Then" ("Then, as the Hummer appears to pull over, ..."), not "Then again"
(a contrast) nor "Then-President ..." (a title)."""
_THEN_AFTER_SUBJECT = re.compile(
    r"(?:(?:The|These|Those|Its|Their|His|Her)\s+(?:[a-z][\w’'-]*\s+){1,3}?"
    r"|(?:They|We|He|She)\s+|[A-Z][a-z]+s\s+(?=were\b))"
    r"(?:(?:was|were|had|would|will)\s+)?(?<!since\s)then\s+(?!is\b|was\b)[a-z]"
)
"""A "then" right after a short subject that names no one, or its helping verb ("Participants
were then shown their first ad twice, ...", raw 154's method; "They then looked at ...", 31;
"The bill will then go to the Seanad tomorrow.", 202): the next step of what its article told
before, as an opening "Then" is. A named subject ("Hackett was then flown back to shore, ...",
164) says who and what happened: read as it is, it kept 164's rescue, which the summary chosen
again without it lost to an opening "Auerbach ..." no line names."""
_QUOTED_THESE = re.compile(r"\s*[“\"]\s*(?:These|Those)\b(?!\s+(?:days|who|whom|whose)\b)")
"""A quotation opening on "These" or "Those" (`dangling.refers_back` reads them unquoted):
what they stand for its article told right before ("“These are the earliest recorded uses
of a chemically enhanced incendiary ...,” Mayor said.", raw 194, after the sieges of 429 and
424 BC). A quoted "This is ..." most often speaks of the news itself ("“This is a huge
deal,” said ...", 68): not read. Shown first, it tells of nothing rather than of the wrong
thing: leaving 44's opening "These will be the last shows ..." out cost R-2 −6.2 there."""
_ITS_OPENING = re.compile(r"Its\s+[a-z]")
"""An opening "Its" and a noun ("Its neighbors have closed their airspace to Qatari
planes.", raw 217): whose is told in its article's sentence before ("Government-owned Qatar
Airways has been embroiled ... a diplomatic crisis with its neighbors ..."); shown after
Parker's letter, it reads as American's."""
_RAISED_IT = re.compile(
    r"[\s(\[]*It\s+(?:is|was|will\s+be)\s+(?:expected|likely|set|due|scheduled|slated)\s+to\b"
)
"""A thing's "it" before a verb that raises it ("It is expected to cost 140,000 to 180,000
euros in Europe.", raw 179): `dangling.opens_with_pronoun` reads "It is ... to" as
impersonal ("It is hard to say")."""
_DUMMY_IT = re.compile(
    r"[\s(\[]*It\s+(?:(?:just|really|still|almost|also|now|could|might|may|would|will|must"
    r"|has|had|have|been)\s+){0,3}(?:"
    r"(?:feels?|felt|seems?|seemed|looks?|looked|sounds?|sounded)\s+(?:like|as\s+if|as\s+though)\b"
    r"|be\s+the\s+case\b|(?:rain|snow|pour|hail)(?:s|ed|ing)?\b)"
)
"""An "it" standing for no thing that `dangling.opens_with_pronoun` reads as one: an
impression ("It just feels like they're just more actors ...", raw 92; "It looked like he
was horsing around, ...", 205), "It could be the case that ..." (105), the weather ("It had
been raining in the capital for two days.", 176): four of the 399 "It" subjects of raw and
DUC. Only helping verbs and adverbs before the verb: "It makes you feel like ..." (169's
headset) is a thing's."""
_PARTICIPLE_IT = re.compile(r"[\s(\[]*[A-Z][a-z]+(?:ing|ed)\s+[^,“”\"]{1,140},\s+it\s+[a-z]")
"""An opening participle phrase whose subject is the "it" after it ("Controlled by a
computer and made partly from ... tissues, it is ...", raw 179)."""
_REPORTS = re.compile(
    r"(?:[”\"],?\s+[^“”\"]*|,\s+(?:[\w’'.-]+\s+){0,5}?)"
    r"\b(?:said|says|told|added|wrote|explained|reported)\b[^,“”\"]*\Z"
)
"""A line closing on whose words it gives: a quotation's credit ('“That’s going to keep us
...,” Hill said after watching the launch ...') or a report's ("..., Carmat said.")."""
_ITS = re.compile(r"\b(?:it|its)\b")
_CONTRAST = re.compile(
    r"(?:But|Yet)\b(?!-)"
    r"|[A-Z][^,“”\"]{0,60}?[a-z], however,"
)
"""A contrast with what its article told right before, outside a quotation: an opening "But"
or "Yet" ("But, as in many cases, the coroner said a final cause of death would not be
determined until toxicology ...", raw 30, after "An autopsy was performed Monday."), or a
subject set against the line before by ", however," ("The Spirit, however, was able to
sidestep any controversy ...", 37). Shown after another line it contrasts with that one."""
_THING_AFTER_PHRASE = re.compile(
    r"(?:In|On|At|For|From|With|Without|Unlike|Like|Among|Under|After|Before|During|Despite)"
    r"\s[^,A-Z“”\"]{1,40}, (?=it [a-z])"
)
"""A short opening phrase naming no one, then "it" as the subject ("In humans, it has been
associated with a shortness and joint problems, ...", raw 31, whose "it" is the GDF5 gene of
the line before and "In humans" set against its mice)."""


def speaks_of_a_thing(text: str) -> bool:
    """Whether a text's subject is a thing's "it" (`dangling.opens_with_pronoun`,
    `_RAISED_IT`, `_PARTICIPLE_IT`): not an impersonal one ("It seems that ..."), nor an
    "It's", which opens a scene or a remark more than it names a thing ("It’s a cold snap
    life for penguins ...", raw 139; "It’s true: ...", 145)."""
    opening = text.lstrip(" \t\n([")
    if opening.startswith("It"):
        if opening.startswith(("It’s", "It's")):
            return False
        if _DUMMY_IT.match(text):
            return False
        return opens_with_pronoun(text) or _RAISED_IT.match(text) is not None
    return ", it " in text and _PARTICIPLE_IT.match(text) is not None


def _reports_words(text: str) -> bool:
    """Whether a text closes on whose words it gives (`_REPORTS`) and writes no "it" of its
    own outside quotations: one that does ("..., organizer Stacy Malkan told The Salt when it
    appeared the measure was going down.", raw 85) names the thing an "It" after it goes on
    about."""
    return _REPORTS.search(text) is not None and _ITS.search(QUOTED.sub(" ", text)) is None


def rows_apart(shown: Sequence[int]) -> list[tuple[int, int]]:
    """The places and rows of `shown` (a summary in its shown order) whose line shown right
    before is not the row before them."""
    return [(n, row) for n, row in enumerate(shown) if n == 0 or shown[n - 1] != row - 1]


def _contrasts(text: str) -> bool:
    """Whether a text opens on a contrast with the line before (`_CONTRAST`), or speaks of
    that line's thing as "it" after a short opening phrase (`_THING_AFTER_PHRASE`)."""
    if text.startswith(("But", "Yet")) or ", however," in text:
        return _CONTRAST.match(text) is not None
    if ", it " not in text:
        return False
    phrase = _THING_AFTER_PHRASE.match(text)
    return phrase is not None and speaks_of_a_thing("I" + text[phrase.end() + 1 :])


_PRONOUN_CONTRAST = re.compile(r"(?:But|Yet)\s+(?:he|she|they)\b")
"""A contrast whose subject is a pronoun ("But she believes for safety, women need to get
their implants replaced ...", raw 55, the doctor of its line before "The doctor is not
anti-implants, she has them herself."; "But she and her fellow northern whites had already
made a big impression ...", 109, the rhino)."""


def contrasts_someone(text: str) -> bool:
    """Whether a text opens on a contrast with a "he", "she" or "they" for its subject
    (`_PRONOUN_CONTRAST`): both what it is set against and whom it speaks of are its line
    before's, so shown apart from that line it stands on nothing."""
    return text.startswith(("But", "Yet")) and _PRONOUN_CONTRAST.match(text) is not None


def quoted_contrast(text: str) -> bool:
    """Whether a text opens a quotation on a contrast (`_CONTRAST` inside the mark: "“What’s
    interesting, however, is that ...”", raw 98; "“But he still has a lot of work to do.”",
    238): set against its speaker's words before it, in the line that credits them."""
    opening = text.lstrip(" \t\n([")
    if not opening.startswith(("“", '"')):
        return False
    words = opening[1:].lstrip()
    if words.startswith(("But", "Yet")) or ", however," in words:
        return _CONTRAST.match(words) is not None
    return False


def step_apart(texts: Sequence[str], shown: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order) opening on "Then" or telling a
    step with "then" after its subject (`_THEN_AFTER_SUBJECT`), on a
    quotation's "These" or "Those" (`_QUOTED_THESE`) below another line, or on "Its" and a
    noun, whose line shown right before is not the row before them: the step, what "These"
    are, or whose "its", reads as what that line told."""
    return [
        row
        for n, row in rows_apart(shown)
        if _THEN.match(texts[row])
        or (" then " in texts[row] and _THEN_AFTER_SUBJECT.match(texts[row]) is not None)
        or (n and _QUOTED_THESE.match(texts[row]))
        or (texts[row].startswith("Its") and _ITS_OPENING.match(texts[row]))
    ]


SHORT_BEFORE = 20
"""The most words of a line taken with the contrast after it: with up to 25, raw R-1 fell
0.027 and DUC's "But the emotional highlight was ..." took its 21-word line before into 100
words (summary82)."""
THING_BEFORE = 25
"""The most words of a line taken with an opening thing's "It" after it: raw 235's "It was
distributed by the Korean Central News Agency ..." stands for the statement its 22-word line
before quotes. Past 20 words only raw 235's and 211's such rows are shown apart at main, no
DUC one; past 25 the lines are of 39 words and more (raw 85's "It would have required ...",
which taken with its line lost R-1 5.23 in the thirty-seventh pass) (summary88)."""


def _before_at_most(text: str) -> int:
    """The most words of its article's line before a row (`text`) shown apart from it is
    taken with: `SHORT_BEFORE` for a contrast (`_contrasts`), `THING_BEFORE` for an opening
    thing's "It" (`speaks_of_a_thing`: "It makes the kid notice the praise ...", raw 90, below
    the praise steps and not "The silliness is a feature, not a bug."), none otherwise."""
    if _contrasts(text):
        return SHORT_BEFORE
    return THING_BEFORE if text.startswith("It") and speaks_of_a_thing(text) else 0


def contrast_apart(texts: Sequence[str], shown: Sequence[int], words: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order) opening on a contrast ("But",
    "Yet", a subject and ", however,"), on a thing's "it" after a short opening phrase
    (`_contrasts`) or on a thing's "It" (`speaks_of_a_thing`), whose line shown right before
    is not the row before them, when that row is short (`_before_at_most`; `words`, per
    row): shown apart, the contrast reads as set against the line shown before it, and the
    "It" as what that line tells."""
    return [
        row for _, row in rows_apart(shown) if row and words[row - 1] <= _before_at_most(texts[row])
    ]


def thing_apart(texts: Sequence[str], shown: Sequence[int]) -> list[int]:
    """The rows of `shown` speaking of a thing's "it" (`speaks_of_a_thing`) apart from the
    row before them, shown first or after a line that reports someone's words. Left out:
    taken with the sentence before, raw 173's balloon line took the room of its lead."""
    return [
        row
        for n, row in rows_apart(shown)
        if speaks_of_a_thing(texts[row]) and (n == 0 or _reports_words(texts[shown[n - 1]]))
    ]


def _leans_on_its_own(text: str) -> bool:
    """Whether a line reads only below its own line before by the tests a row shown apart
    meets: a contrast opening (`_contrasts`), a thing's "it" (`speaks_of_a_thing`), a step's
    "Then" or an opening "Its" and a noun (`step_apart`)."""
    if text.startswith(("Then", "Its")):
        return _THEN.match(text) is not None or _ITS_OPENING.match(text) is not None
    return _contrasts(text) or speaks_of_a_thing(text)


def pull_refused(
    texts: Sequence[str], shown: Sequence[int], rows: Sequence[int], pulls: np.ndarray
) -> set[int]:
    """The rows of `rows` (each in `shown`, a summary in its shown order, apart from its
    line before) whose line before, pulled in above them, would not stand there: it leans
    on its own line before (`_leans_on_its_own`, or `pulls`: it is taken with it) and that
    line is not the one shown above the row. A pulled line's own pull is never followed
    (`select` takes a row with one line before): DUC d31011t's "It had sustained winds of
    120 kph ..., and was headed toward southern China.", pulled before "It was second
    devastating storm ...", read below "Among the worst-hit areas was the impoverished
    Bicol region ..." as the region, its own 25-word line before never shown (mend84). A
    line waiting for its line before (`ties.row_ties`' `follows`) is never pulled."""
    above = dict(zip(shown[1:], shown[:-1], strict=True))
    return {
        row
        for row in rows
        if row
        and above.get(row) != row - 2
        and (bool(pulls[row - 1]) or _leans_on_its_own(texts[row - 1]))
    }
