"""What a row leans on: the sentence before it in its article, or the two before it, shown
as its lead-in (row_lead_ins.py gives one to the rows of Agreed, Only in one and Who said
what; the summary does not read it). What a row takes up from the sentence before (a count,
a ranking, what it told, a speaker's surname) is `lead_in_pointers.py`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.analyze.lead_in_pointers import points_to_before
from chorus.analyze.statements import can_support, ends_at_initial, rest_of_sentence
from chorus.analyze.unnamed_people import unnamed_inside
from chorus.dangling import goes_on, names_again, opens_with_pronoun
from chorus.model import Sentence
from chorus.shown_alone import leans_back, unnamed_person, writes_names_in_capitals

_LINKED_PRONOUN = re.compile(
    r"(?:But|And|Yet|So|However,|Still,|If|When|While|Although|Though|Because|Unless)\s+"
    r"(?:it|they|its|their)\b"
)
"""A link word and a pronoun for a thing or a group ("But it has left companies like ...",
"However, they may face concerns ...", "If they follow the path ..."): what "it" or "they"
is, is told before. "he" and "she" after one: shown_alone.unnamed_person, where names are
capitalised."""
_PHRASE_PRONOUN = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+(?:it|they|its|their)\b")
"""`_LINKED_PRONOUN`'s "it" or "they" after a short opening phrase ("Throughout history,
they've had ...", raw 33; "Last year, it paid ...", raw 227)."""
_PHRASE_REACH = 40
"""Characters from a text's start within which `_PHRASE_PRONOUN`'s comma falls."""
_PERSON_REACH = 60
"""Characters from a text's start within which an opening phrase's comma falls before "he"
or "she" (`person_after_phrase`): "As reported in PLoS ONE in February," is 37."""
_CLAUSE_OPENERS = ("Though ", "Although ", "While ", "When ", "Because ", "If ", "As ", "Once ")
"""Words opening a clause with a subject of its own before the main one
(`person_after_phrase`)."""
_THEN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s+then\s+[a-z]")
"""A subject going on "then" ("Walker then tried to gather support from urban Democrats
...", raw 238): what came first is told before."""
_QUOTED_THEN_PRONOUN = re.compile(
    r"[\s(\[]*[“\"][^”\"]{1,600}[”\"],?\s+(?:he|she|they)\s+"
    r"(?:said|says|added|told|wrote|writes|asked)\b"
)
"""A quotation its speaker follows as a pronoun ("“The political wind has changed
direction,” he said, adding that North Korean officials ...", "“We’re not done yet,” he said
Sunday night."): whose words they are is told before, whatever names come after."""

_QUOTED_PERSON = re.compile(r"[\s(\[]*[“\"]\s*(?:He|She|They)\b")
"""A quotation opening with "He", "She" or "They" ('"He passed out photographs [of the
statues] in the hallway," complained Stewart', raw 236): whom the speaker means is named
before (Mark Cymrot), not by the credit that follows."""
_PERSON_BEFORE_NAMES = re.compile(
    r"[\s(\[]*(?:(The|An?|In|At|On|Of|For|To|By|With|There|It|This|That|What|How|Where)"
    r"|When|While|After|Before|Since|Until|Although|Though|Because|As|If|Once|Now)\b"
    r"[^A-Z“”\"]{0,150}? (?:he|she) [^,]*(?:,[\"”]?\s+(?P<named>[A-Z]))?"
)
"""A "he" or "she" outside a quotation before the sentence names anyone ("The issue is likely
to be discussed when he meets Abe on Friday", raw 168): whom it stands for is named before.
After an opening clause ("Although he encouraged her to step down privately, Flaherty said
...") the name after its comma is most often the pronoun's (`named`)."""
_ON_WHAT_CAME_BEFORE = re.compile(
    r"[\s(\[“\"]*(?:But\s|Others\b(?!\s+(?:who|than)\b)|(?:Some|Many|Most|Several)\s*,"
    r"|(?:Despite|Because of|Given|Beyond|Besides|In spite of|On top of)\s+(?:all\s+)?"
    r"(?:this|that|these|those)\s*,)"
)
"""An opening that stands on what the sentence before told: a share of things named there
("Some, particularly the buildings ...", "Others include Kiruna's city hall ...", raw 158)
or all of it ("Despite all this, those close to him believe ...", raw 73)."""

_QUOTED_UNCREDITED = re.compile(
    r"[\s(\[]*[“\"][^”\"]{3,600}[”\"]"
    r"(?![^A-Z]*?\b(?:said|says|told|tells|wrote|writes|added|asked|according)\b)[^A-Z]*$"
)
"""A quotation opening a sentence whose words after it name no one and tell no one speaking
("“No one wants to talk honestly” about the widespread nature of the threat.", raw 86):
whose words they are, is told before."""
_STANDS_FOR_BEFORE = re.compile(
    r"[\s(\[]*(?:That|This)\s+(?:(?:still|also|only|just|now)\s+)?"
    r"(?:is|was|isn't|wasn't|didn't|did|does|doesn't|has|had|"
    r"hasn't|won't|will|would|could|can|came|comes|means|meant|made|makes)\b"
    r"|[\s(\[]*Such\s+(?:[a-z]+\s+){1,2}(?:is|was|are|were|has|have|had|will|would|could|can)\b"
)
"""A demonstrative standing alone as the subject ("That didn't come easily last year when
the Heat ... lost to the Dallas Mavericks", raw 226; "That still means that some exercise is
better than no exercise, ...", raw 74), or "Such" and its noun ("Such
knowledge was critical to ensuring students understand that greenhouse gases cause climate
change ...", raw 68): what it does is told of what the sentence before names. Not in a
quotation, where it is the speaker's ("“This is just another attempt by Republicans ...,”
said the lawyer")."""

_NEAR = 30
"""Characters from a text's start within which `dangling.goes_on` finds its forms."""


def goes_on_from(text: str) -> bool:
    """Whether a text goes on from the sentence before it: an opening connective or "And"
    (dangling.goes_on, after which the summary shows it only with that sentence), a share of
    what it named or all it told (`_ON_WHAT_CAME_BEFORE`)."""
    # goes_on's forms hold "And" or a connective's comma near the opening (its longest, "On
    # the other hand,", ends at 18): a substring test before its array, which cost 2 µs a
    # call, 6× the pattern itself
    near = text[:_NEAR]
    return (
        ("," in near or "And" in near) and bool(goes_on((text,))[0])
    ) or _ON_WHAT_CAME_BEFORE.match(text) is not None


def sentence_before(sentences: Sequence[Sentence], row: int) -> Sentence | None:
    """The sentence right before `row`'s in its article, None for an article's first."""
    if row == 0:
        return None
    before, sentence = sentences[row - 1], sentences[row]
    same = before.article is sentence.article and before.index == sentence.index - 1
    return before if same else None


_BRACKETED = re.compile(r"\s*\([^()]+\)\W*")
"""A sentence that is an aside in brackets alone: "(Burke Ramsey, now 29, appeared ...)"."""


def lead_in(
    sentences: Sequence[Sentence],
    row: int,
    points_back: Sequence[bool] | np.ndarray,
    text: str | None = None,
) -> tuple[Sentence, ...]:
    """What `row` points back at, in article order: the sentence before it when it opens
    with a pronoun ("It ties for ...": what "It" stands for is most often named there), a
    definite description that sentence names ("The dogs were brought ..."), or otherwise
    leans on it (shown_alone.leans_back: "made similar comments", "..., the diplomat said.";
    "that number" (`_THAT_QUANTITY`); "those working women", "this analysis"
    (`_TAKEN_UP`); a rank in nothing named (`_RANKED`); a quotation
    crediting no one (`_QUOTED_UNCREDITED`); a speaker credited by the surname the sentence
    before gives in full: "..., Davis said." after "Stephon Davis told reporters ...";
    shown_alone.unnamed_person: "“...,” she said."; a link word and "it"/"they": "But it has
    left ..."; a quotation its speaker follows as a pronoun; `goes_on_from`: "However, ...",
    "Others include ..."; someone told of by an age alone or by "she" after a count:
    unnamed_people.unnamed_inside); and the one before that too when the first stands for
    someone it does not name ("He has vast experience ..." after "Robert Klonoff is ...") and
    that one does name them, or when the first points back or goes on itself (`points_back`:
    each sentence's, dangling.refers_back). `text` is what the row shows of its sentence (a
    reported row's words, row_lead_ins.py), the sentence's own by default."""
    sentence = sentences[row]
    text = sentence.text if text is None else text
    before, at = sentence_before(sentences, row), row - 1
    # an aside wholly in brackets stands beside the line of the text ("(Burke Ramsey, now 29,
    # appeared on Dr. Phil ...)" before "... the fruits of this reinvestigation ...", raw 69):
    # the item leans on the sentence before it
    if (
        before is not None
        and sentence.article.text.startswith("(", before.start)
        and _BRACKETED.fullmatch(before.text)
    ):
        before, at = sentence_before(sentences, at), at - 1
    if before is None:
        return ()
    article = sentence.article.text
    # the sentence before sliced once: most items read it three times, leaning on nothing
    prior = before.text
    if not leans_on_before(text, prior, article):
        return ()
    further = sentence_before(sentences, at)
    # a lead-in that leans back or goes on itself ("That is, of course, a dig at Facebook
    # ...", raw 88) leaves the reader where the item did: what it points at comes with it,
    # unless that is a heading or a time stamp ("'Wonderful discovery'", "7.49 pm.": raw 163, 107)
    if further is not None and (
        ((points_back[at] or goes_on_from(prior)) and can_support(further.text))
        or (_unnamed(prior, article) and not _unnamed(further.text, article))
    ):
        return (further, before)
    return (before,)


def leans_on_before(text: str, prior: str, article: str) -> bool:
    """Whether a text leans on the sentence before it (`prior`, of `article`) by one of
    `lead_in`'s tests."""
    return (
        opens_with_pronoun(text)
        or names_again(text, prior)
        or leans_back(text, prior)
        # `_unnamed` but its pronoun opening, read right above
        or (unnamed_person(text) and writes_names_in_capitals(article))
        or refers_before(text)
        or person_after_phrase(text)
        or goes_on_from(text)
        or points_to_before(text, prior)
        or _QUOTED_UNCREDITED.match(text) is not None
        or unnamed_inside(text)
    )


def links_a_pronoun(text: str) -> bool:
    """Whether a text opens with a link word or a short phrase and "it" or "they"
    (`_LINKED_PRONOUN`): what it stands for is told before."""
    if _LINKED_PRONOUN.match(text) is not None:
        return True
    # the phrase's comma is the text's first and a pronoun follows it: a find and a prefix
    # test spare most texts the pattern
    comma = text.find(",", 0, _PHRASE_REACH)
    return (
        comma > 0
        and text.startswith((" it", " the"), comma + 1)
        and _PHRASE_PRONOUN.match(text) is not None
    )


def person_after_phrase(text: str) -> bool:
    """Whether a text opens with a phrase, its first comma, and "he" or "she" as its subject
    ("As reported in PLoS ONE in February, he found that mandrills ...", raw 41; "Last
    December, he told a Page Six reporter ...", raw 172): the phrase names a journal or a
    time, not whom the pronoun stands for, which is told before. Not a pronoun saying its
    clause ("As Brill was about to drive past Scott, he said, the director ...", raw 30) nor
    one after a phrase on someone's own ("Though his wife initially resisted ..., she was
    ...", raw 159): whom it stands for is named there; "Asked on Sunday to comment on his
    discovery, he quoted ..." (raw 179) needs the sentence before. Read for lead-ins only
    (timeline_lead_ins reads `refers_before`)."""
    comma = text.find(",", 0, _PERSON_REACH)
    if comma < 0 or not text.startswith((" he ", " she "), comma + 1):
        return False
    phrase, rest = text[:comma], text[comma + 1 :].split(None, 2)
    if rest[1:2] in (["said,"], ["says,"]):
        return False
    # a clause of its own whose subject is someone's ("Though his wife ...")
    return not (phrase.startswith(_CLAUSE_OPENERS) and (" his " in phrase or " her " in phrase))


def refers_before(text: str) -> bool:
    """Whether a text opens with a link word and "it" or "they", or with a quotation whose
    speaker follows as a pronoun or whose first word is "he", "she" or "they", or speaks of
    "he" or "she" before naming anyone: who or what it speaks of is told before."""
    return bool(
        links_a_pronoun(text)
        or (text.find(" then ", 0, _NEAR) >= 0 and _THEN.match(text) is not None)
        or _QUOTED_THEN_PRONOUN.match(text)
        or _QUOTED_PERSON.match(text)
        or _person_before_names(text)
    )


def stands_for_before(text: str) -> bool:
    """Whether a sentence's subject is a bare "That" or "This", or "Such" and a noun
    (`_STANDS_FOR_BEFORE`)."""
    return text.lstrip(" ([")[:4] in ("That", "This", "Such") and bool(
        _STANDS_FOR_BEFORE.match(text)
    )


def _person_before_names(text: str) -> bool:
    """Whether a text speaks of "he" or "she" before it names anyone (`_PERSON_BEFORE_NAMES`),
    not in an opening clause whose subject after it is a name."""
    found = _PERSON_BEFORE_NAMES.match(text)
    return found is not None and (found.group(1) is not None or found.group("named") is None)


def _unnamed(text: str, article: str) -> bool:
    """Whether a sentence stands for someone it does not name: it opens with a pronoun, or,
    in an article that writes names in capitals, speaks of "he" or "she" before naming
    anyone, or tells of someone by an age alone (`unnamed_inside`)."""
    return (
        opens_with_pronoun(text)
        or (unnamed_person(text) and writes_names_in_capitals(article))
        or unnamed_inside(text)
    )


def following(sentences: Sequence[Sentence], row: int, text: str) -> str:
    """The text of the sentence after `row`'s in its article when `text` (its own) ends
    with a lower-case letter alone, which the next sentence tells an initial from a name's
    end by ("jay z."); "" otherwise, or for an article's last."""
    if not ends_at_initial(text) or row + 1 >= len(sentences):
        return ""
    sentence, after = sentences[row], sentences[row + 1]
    same = after.article is sentence.article and after.index == sentence.index + 1
    return after.text if same else ""


def rest_of_before(sentences: Sequence[Sentence], row: int, text: str) -> bool:
    """Whether `row`'s sentence is the rest of the one before it (statements.rest_of_sentence),
    whose text is read only for a sentence opening with "And" or "But"."""
    if not text.startswith(("And ", "But ")):
        return False
    before = sentence_before(sentences, row)
    return before is not None and rest_of_sentence(text, before.text)
