"""Summary sentences whose subject is "the" and a noun the line before them in their article
writes, or pointing at "these" things, shown where no line before them writes it.

"The deletion occurs in either the egg or the sperm used to form the child with Williams
syndrome." (raw validation 75 [4]) follows "Williams syndrome is caused by the spontaneous
deletion of 26-28 genes on chromosome #7.": shown below lines on the school shooting, no
deletion was told. So do "Most of the material was carried safely away by swollen rivers."
(DUC d31011t, after "... avalanches of volcanic material ...") and "The mating happened, but
there was never a pregnancy." (raw 109, after "... Nola would mate with Angalifu ..."): the
noun, or the verb it is made of, is the line before's.

The subject is read only where the words say it is one: "the", at most one word before its
noun, then a verb ("The exercises identified ...", "The union later decided ..."), at the
opening or after a conjunction or a part ("Most of the", "Although the"). A word after the
noun saying which ("The scientists who track ...", "The average cost of a wedding ...",
"The obstetrician, Dr. Barnett Slepian, ...") is no such subject, nor a superlative ("The
lowest temperature reported was ..."), nor a quotation's (its speaker's). Over raw and DUC,
278 sentences hold the shape with the line before writing the noun; of 30 read, 29 point
back to that line's thing (journal "Summary a reader sees, eighty-second pass").

So does "these" and a plural no line shown before writes ("The researchers found these
cancer cases while examining ...", raw 216, the summary's opening, its lead's "six cases of
cancer" not shown; `demonstratives_unmet`, hundred-and-fourth pass).

Such a line is taken with its line before, or left out when that cannot be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.quotations import QUOTED
from chorus.summarize.steps_apart import rows_apart

_HELPERS = "is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do"
"""Helping verbs: one right after the noun makes it a subject ("The coins may have been ...")."""
_ADVERBS = "also|later|then|still|now|already|never|only|soon|eventually|initially|reportedly"
"""An adverb between the subject and its verb ("The union later decided ...")."""
_NO_NOUN = "who|whom|whose|that|which|one|two|three|four|five|six|and|for|of|in|on|at|to|by|with"
"""Words read where the noun would be that are none: a relative, a count, a preposition ("The
selectivity for oxygenates ...", raw 56: "selectivity" is the noun, not "for")."""
_SAYING = "said|says|told|tells|wrote|writes|added"
"""Verbs of saying, read where the noun would be after a subject of one word ("The company said
its profits rose.": "said" is no noun, "its" no verb). Not `quote_verbs.SPEECH_VERBS`, which
holds nouns too ("reports", "notes")."""
_SUBJECT = re.compile(
    r"[\s(\[]*(?:(?:But|And|Although|Though|While|Yet|Still),?\s+|According\s+to\s+[^,]{2,60},\s+)?"
    r"(?:(?:Most|Some|Much|All|Many|None|One|Part|Each|Both)\s+of\s+)?[Tt]he\s+"
    r"(?:([a-z][a-z’'-]*)\s+)?"
    rf"(?!(?:{_HELPERS}|{_ADVERBS}|{_NO_NOUN}|{_SAYING})\b)([a-z][a-z’'-]{{2,}})\s+"
    rf"(?:(?:{_ADVERBS})\s+)?(?:{_HELPERS}|[a-z]+ed\b(?!\s+by\b)|[a-z]{{2,}}s\b)"
)
"""An opening "the" (after a conjunction, "Although the", a part, "Most of the", or a source,
"According to CTVNews, the zoo has ..."), at most one word, the noun, then its verb: a helping
verb, a past or a present in -s, after an adverb or not ("The deletion occurs ..."). A past
before "by" is the noun's participle ("The two suspects accused by the United States and
Britain, ...", DUC): it says which ones."""
_WHICH_ONE = frozenset(
    (
        *("new", "latest", "same", "other", "first", "last", "former", "recent", "next", "top"),
        *("only", "whole", "entire", "current", "final", "original", "main", "second", "third"),
    )
)
"""Words read as the noun when the noun itself was taken for the verb ("The final guidelines
cut ...": "final", then "guidelines"): they say which one, the noun is not theirs. Not
`dangling._ORDINALS`, which has "most" (read here as a part, "Most of the") and fewer words."""
_PERSONS = frozenset(("man", "woman", "men", "women", "boy", "girl", "boys", "girls", "people"))
"""People by what they are: met by any line naming them, in words of their own ("All of the
men are due in court ...", raw 8, below "six University of Connecticut students"); "the man"
is `people_unmet.person_unmet`'s."""
_SUPERLATIVE = re.compile(r"[a-z]{2}est\Z")
"""A superlative before the noun ("The lowest temperature reported ...", "the largest party"):
the one it picks needs no line before. "latest" says which one and is read (`_WHICH_ONE`)."""
_WORD = re.compile(r"[a-z][a-z’'-]+")
_ENDINGS = ("’s", "'s", "ings", "ing", "ions", "ion", "ies", "es", "ed", "s", "e")
"""Endings taken off before two words are compared: "mating" and "mate" are one ("mat"). Not
`dangling.stems`, whose five letters with no ending taken off make "commission" "committee"."""
_STEM = 6
"""Letters compared after the ending is taken off ("material"/"materials", not "commission"/
"committee")."""
_OPENS = 5
"""The fewest letters of a stem read as opening a longer one (`_writes`)."""


def _stem(word: str) -> str:
    """A lower-case word without its first ending of `_ENDINGS` (three letters left at
    least), cut to `_STEM` letters."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)][:_STEM]
    return word[:_STEM]


def _stems(text: str) -> set[str]:
    """The stems of a text's words."""
    return {_stem(word) for word in _WORD.findall(text.lower())}


def definites_unmet(texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order), apart from the row before them in
    their article, whose subject is "the" and a noun that row before writes and no line shown
    before them does (see the module docstring)."""
    first_rows = {int(start) for start in starts}
    marked = []
    for n, row in rows_apart(shown):
        text = texts[row]
        # literals first: a "the"/"The" among the first words, then the pattern
        if row in first_rows or ("he " not in text[:30] and not text.startswith("According to ")):
            continue
        found = _SUBJECT.match(text)
        if found is None:
            continue
        which, noun = found.groups()
        if not _a_thing(which, noun):
            continue
        stem = _stem(noun)
        # literal first: the stem's first letters in the line before, then its words
        before = texts[row - 1].lower()
        if (
            stem[:3] in before
            and stem in _stems(before)
            and not any(_writes(texts[other], stem) for other in shown[:n])
        ):
            marked.append(row)
    return marked


def _a_thing(which: str | None, noun: str) -> bool:
    """Whether the noun read names a thing a line before must bring in: not a word saying
    which one, not people (`_PERSONS`), not picked by a superlative."""
    if noun in _WHICH_ONE or noun in _PERSONS:
        return False
    return which is None or which in _WHICH_ONE or _SUPERLATIVE.search(which) is None


def _writes(text: str, stem: str) -> bool:
    """Whether a text writes a word of `stem`, or of `_OPENS` letters at least where one of
    the two stems opens the other: "the union" is met by "militant unionists" (DUC d31041t);
    "the men" is not by "mention"."""
    # literal first: every such word writes the stem's first three letters
    if stem[:3] not in text.lower():
        return False
    return any(
        word == stem
        or (
            min(len(word), len(stem)) >= _OPENS and (stem.startswith(word) or word.startswith(stem))
        )
        for word in _stems(text)
    )


_THESE = re.compile(
    r"\b(?<![’'])these\s+(?:[a-z-]+\s+)?"
    r"(?!(?:days|weeks|months|years|hours|times)\b)([a-z]+[^\Ws]s)\b"
    r"(?!\s+(?:who|whom|whose|that|which|with|of|in|for|they|we|you|I|he|she)\b)"
)
"""A plural pointed at with "these", one word at most before its noun ("The researchers found
these cancer cases while examining ...", raw 216, below "The finds include a toddler with
leukemia, ..." and the lead's "six cases of cancer"): what its line before told. Not one its
words say which ("these cases of fraud", "these naps they take"), nor a time ("these days",
raw 36). Not "those", which points further back, at what the reader is taken to know (DUC
d30005t's "... wanted by U.S. officials for those attacks.", read first in a round's order:
left out, it cost DUC R-1 0.06)."""


def demonstratives_unmet(
    texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]
) -> list[int]:
    """The rows of `shown` (a summary in its shown order), no article's first, apart from the
    row before them in their article, pointing with "these" outside quotation marks
    at a plural (`_THESE`) that no line shown before them writes, nor their own words before
    it: the things pointed at were told in lines the summary left out (raw 216's "these
    cancer cases", the summary's opening)."""
    first_rows = {int(start) for start in starts}
    marked = []
    for n, row in rows_apart(shown):
        text = texts[row]
        # literal first: the demonstrative's letters, then the pattern outside quotations
        if row in first_rows or "these " not in text:
            continue
        bare = QUOTED.sub(" ", text)
        found = _THESE.search(bare)
        if found is None:
            continue
        stem = _stem(found.group(1))
        if not _writes(bare[: found.start()], stem) and not any(
            _writes(texts[other], stem) for other in shown[:n]
        ):
            marked.append(row)
    return marked
