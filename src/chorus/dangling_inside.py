"""Sentences that point back at the sentence before them past their opening words, for the
summary alone (dangling.py reads their openings): a "he" or "she" as the subject after a
short opening phrase that names no one or after a body's credit ("After the explosion, she
put her son ...", "The police said he ..."), a demonstrative after such a phrase ("During
the past month, that number ..."), an opening phrase whose object stands for what was told
before ("In each one, ...") or "those"/"these" early on ("... at those ages ..."), or a
demonstrative, the subject or its determiner, after an opening word with no comma ("At least
that was ...", "But this is ...", "While this group ..."); and sentences that go on from it
with a connective set off by commas after their opening words ("In Malaysia, for example,
...", `goes_on_inside`).
"""

from __future__ import annotations

import re

from chorus.dangling import CONNECTIVES, OPENING, PERIODS

_BODIES = (
    "police|authorities|officials?|prosecutors?|investigators?|detectives?|deputies|officers?|"
    "medical examiner|coroner|spokes(?:man|woman|person)"
)
"""Who reports on someone else: the "he" or "she" of their words is another person."""
_UNNAMED_SUBJECT = re.compile(
    r"[\s(\[]*(?:[A-Z][^,A-Z“”\"]{1,40},"
    rf"|(?:The\s+)?(?i:{_BODIES})\s+(?:said|says|told\s+\w+)(?:\s+that)?)\s+(?:he|she)\b"
)
"""A "he" or "she" as the subject after a short opening phrase that names no one, outside
a quotation ("After the explosion, she put her son ...", "In a call to action, he said"), or
after the credit of a body that reports on someone ("The police said he had no criminal
record ...", raw 240, of the brother named in the sentence before; shown after the lead's
"A 4-year-old boy ...", the "he" read as the boy)."""


def unnamed_subject(text: str) -> bool:
    """Whether a text's subject is a "he" or "she" after a short opening phrase that names
    no one ("After the explosion, she put her son and a neighbor's daughter in her car",
    raw validation cluster 187) or after a body's credit ("The police said he ...", 240):
    read alone, the sentence never says who. Read for the
    summary, where such a sentence waits for the one before it; `shown_alone.unnamed_person`
    reads more forms for the headline and the lone items."""
    return _UNNAMED_SUBJECT.match(text) is not None


_OPENING_PHRASE = re.compile(r"[\s(\[]*[A-Z][^,A-Z“”\"]{1,40},\s+(?=[a-z])")
"""A short opening phrase naming no one, its comma and the lower-case word after it
("During the past month, that ...")."""
_DEMONSTRATIVES = ("this", "that", "these", "those")
_PRONOUN_PHRASE = re.compile(
    r"[\s(\[“\"]*(?:In|On|At|Of|For|From|Among|After|Before|Despite|Besides|Beyond|Within|"
    r"Without|By|Through|During|Under|Between|Against|To|With|Since|Until|Prior to)\s+"
    r"(?:each one|either one|each|both|either|it|them"
    rf"|(?:that|those|(?:this|these)(?!\s+(?:{PERIODS})\b))(?:\s+[a-z][\w-]*){{0,2}})"
    r"(?:\s*,|(?<=\bit)\s+(?=[A-Z]))"
)
"""An opening phrase whose object stands for what was told before ("In each one, babies
aged 6 months ...", "After that, he suggested ...", "Prior to that, Kroll served as ...",
raw 73, "In it, officials did not say ...", "At that meeting, the victim's husband said
...", "In this dispute, however, ..."); not a time of the reader's ("In this week, ...").
"In it" (or "it" after any of those words) points back with no comma too, before the
capitalised word opening its clause ("In it Mr Zuckerberg quotes Abraham Lincoln ...", raw
validation 26 [2] by index, of the letter the sentence before names; the only such opening
of raw and DUC): shown below another line, "it" read as that line's interview."""
_DEMONSTRATIVE_OBJECT = re.compile(
    r"(?:\S+\s+){1,7}?(?:at|in|of|for|on|from|with|by|to|about|among|during)\s+(?:those|these)\s+"
    r"(?!(?:who|which|that|days|years|times|cases|things|and|of|in|with)\b)[a-z]*[a-rt-z]s\b"
)
"""Among the first eight words, "those" or "these" with a plural after a preposition
("Because most babies at those ages are not yet talking", "Thirty-nine of those shops
are in ..."); not people or times named by what follows ("those who", "these days"), an
idiom ("one of those things") nor an adjective ("those less fortunate")."""


_BEFORE_SUBJECT = (
    "But|Yet|Or|Perhaps|Maybe|Presumably|Probably|Surely|Certainly|Clearly|Obviously|"
    "Apparently|Evidently|Yeah|Well|Either way|At least|If|While|Although|Though|Even if|"
    "(?:All|Part|Some|Much|Most|None|Each|Any|Both) of"
)
"""Openings with no comma after which a demonstrative opens what follows ("At least that
was", "But this is", "If this means", "Part of this is"): a connective, a word weighing
what is told, a conjunction, or a share."""
_AFTER_OPENING_WORD = re.compile(
    rf"[\s(\[“\"]*(?:{_BEFORE_SUBJECT})\s+(?:(?:maybe|perhaps|only|even|all|then|now)\s+)?"
    r"(?=th(?:at|is|ese|ose)\b)"
)
"""Such an opening, up to a "that", "this", "these" or "those" read then as it would open a
sentence (`dangling.OPENING`): the subject ("At least that was the consensus ...", raw 85,
after "What a difference $46 million in TV ad spending can make."; "But this is just the
start.", 169; "Presumably that was a reference to ...", DUC d31050t), or its determiner
("While this group backed Obama by 44 points, ...", raw 177, after "... those professing to
have no religion."; "Much of that success came from ...", DUC; "If these allegations are
true, ..."). Over raw and DUC, 45 sentences hold the determiner's shape past the subject's;
42 point at what the sentence before tells, three name a thing of their own ("But this
Congress is ...", DUC, twice; "But this latest Times/CBS News poll ...") (docs/journal/
summary.md, "Summary a reader sees, eighty-fifth pass" and "ninety-fourth pass")."""


def points_back_inside(text: str) -> bool:
    """Whether a text points back past its opening words, where `dangling.refers_back` does not
    read: after a short opening phrase ("During the past month, that number has increased
    ...", raw validation cluster 64), in an opening phrase ("In each one, babies ...", 93),
    with "those"/"these" early on ("... at those ages ..."), or with a demonstrative, the
    subject or its determiner, after an opening word ("At least that was ...", raw 85;
    "While this group backed ...", 177). Read for the summary
    only, where such a sentence waits for the one before it."""
    phrase = _OPENING_PHRASE.match(text)
    if phrase is not None:
        # A demonstrative opening the clause after the phrase, read as it would open a
        # sentence ("That number ..."; not "This week"); "such as" and "both" there are
        # most often an aside ("Other agencies, such as the CDC, ...").
        rest = text[phrase.end() :]
        if rest.startswith(_DEMONSTRATIVES) and OPENING.match(rest[0].upper() + rest[1:]):
            return True
    # the words' own searches first: the pattern costs ~5× more over every sentence
    early = "se " in text and ("those " in text or "these " in text)
    # literals first: a demonstrative among the first words, then the patterns
    opening = text[:40]
    subject = (
        " th" in opening
        and (" that" in opening or " this" in opening or " these" in opening or " those" in opening)
        and _demonstrative_after_opening_word(text)
    )
    return bool(
        _PRONOUN_PHRASE.match(text) or (early and _DEMONSTRATIVE_OBJECT.match(text)) or subject
    )


def _demonstrative_after_opening_word(text: str) -> bool:
    """Whether a demonstrative after an opening word with no comma (`_AFTER_OPENING_WORD`)
    reads as one opening a sentence would: "But this stage ...", not "If this week ..." nor
    "But that the ..."."""
    opening = _AFTER_OPENING_WORD.match(text)
    if opening is None:
        return False
    rest = text[opening.end() :]
    return OPENING.match(rest[0].upper() + rest[1:]) is not None


_CONNECTIVES_INSIDE = tuple(
    f"{word.lower()}," for word in CONNECTIVES.split("|") if word not in ("Yet", "Still")
)
"""The opening connectives (`dangling.CONNECTIVES`) as they stand inside a sentence, with the
comma closing them; not "yet" nor "still", which there tell a time ("No specifics, yet, on
how many calories ...", raw 83)."""
_OPENING_WORDS = re.compile(r"[\s(\[“\"]*[A-Z][^,;:“”\"]*")
"""A sentence's first words up to their first comma: no clause closed before it."""


def goes_on_inside(text: str) -> bool:
    """Whether a text goes on from the one before it with a connective set off by commas
    after its opening words ("In Malaysia, for example, there is competition for prey ...",
    raw validation cluster 186; "The Palestinians, in turn, accuse Israel ...", DUC;
    "Pageant officials, however, say ..."), as `dangling.goes_on` reads one opening it: an
    example of, a contrast with or a consequence of what the sentence before told. Read for
    the summary only, where such a sentence waits for the one before it."""
    # literals first: a comma among the first words, a connective right after it
    comma = text.find(", ", 1, 48)
    return (
        comma > 0
        and text.startswith(_CONNECTIVES_INSIDE, comma + 2)
        and _OPENING_WORDS.fullmatch(text, 0, comma) is not None
    )
