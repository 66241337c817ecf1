"""A count two outlets both give of one thing: one figure written in digits right before
the same noun ("has come to the rescue of 71 beagles" / "say 71 beagles have been
removed", raw 13) or right after the same verb ("made seven 3-pointers to score 23" / "He
scored 23 points", raw 226). The figure is the fact, yet it links no pair as an own word
does (agreement.py): an article that leads with it writes it again ("The sudden influx of
71 dogs ..."), and so does the noun, so the two leads share no word their articles write
once and score 0.418, below where a score alone links. A count both give as known ("the
country's 28 provinces", "the territory of 800,000 people", "the Justice Department and 20
states": DUC's wire stories of several days) or a span of time ("has spent 10 years in
prison", two men of DUC 29) ties nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from chorus.analyze.agreement_tallies import pairs_below
from chorus.analyze.measures import UNIT_STEMS
from chorus.analyze.own_words import FUNCTION_STEMS, names_in_common
from chorus.analyze.similarity import STEM_LENGTH, STOP_WORDS, Similarity
from chorus.facts import Placed, placed_figures
from chorus.language.counts import LINKS

_COUNTED = re.compile(r"(?:[ ]+(?:million|billion|trillion|thousand|hundred))?[ ]+([A-Za-z]+)")
"""The word a figure counts, right after it or after its scale ("$1 trillion spending bill")."""
_BOUND = re.compile(r"^(?:[A-Za-z]+[ ]+)+|\$[ ]?")
"""A figure's bound words ("more than", "at least") and a dollar sign before its digits."""
_DONE = re.compile(r"(?<![\w'’])([a-z]+)[ ]+$")
"""The word right before a figure, in lower case: the verb of what it counts ("score 23")."""
_DIGITS = re.compile(r"\d+")
_SUM_OF = re.compile(r"(?:[ ]+(?:trillion|thousand))?[ ]+(?:in|of)[ ]+([a-z]+)")
"""The thing a sum is of, after "in" or "of" (past a scale the figure leaves out: "$8
trillion in value"): "$2 billion in tax breaks" (raw 238)."""
_SUM_BY = re.compile(r"(?<![\w'’])([a-z]+)[ ]+(?:(?:in|at|on)[ ]+[A-Z][\w.]*[ ]+)?by[ ]+\$?[ ]?$")
"""The thing a sum changed, the object right before "by" (a place may come between): "cut
taxes in Wisconsin by $2 billion" (raw 238)."""
_SPANS = frozenset(
    word[:STEM_LENGTH]
    for word in ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "times")
)
"""Words of a span of time or a multiple: a figure before one says how long or how often,
and two people may each have "spent 10 years in prison" (DUC 29, Qin and Xu)."""
_GIVEN_BEFORE = frozenset(("the", "of"))
"""Words right before a count that give it as known, a background both may recall on the way
to two facts: "the country's 28 provinces" (DUC 23), "the territory of 800,000 people" (DUC
8); so does a possessive ("country's") and an "and" after a name, the count one party beside
a named one ("the Justice Department and 20 states", DUC 26). An "and" after a lower-case
word lists counts told ("one civil aircraft and 15 ships", raw 218)."""
_BESIDE_A_NAME = re.compile(r"[A-Z][\w.’'-]*[ ]+and[ ]+$")
"""A name and "and" right before a count: the count is one party of a list led by a name."""
NOT_TIES = (
    frozenset(
        word[:STEM_LENGTH]
        for word in (
            *STOP_WORDS,
            *LINKS,
            *("percent", "cent", "dollars", "dlrs", "first", "second", "third"),
        )
    )
    | _SPANS
    | FUNCTION_STEMS
    | UNIT_STEMS
)
"""Words beside a figure that tie it to no thing of the story: a link ("by $2 billion"), a
span of time ("over the next 10 years" / "within 10 years", raw 72: two plans; "150 million
years ago", raw 33, told of two finds), a multiple, a share or a unit of money ("dlrs 100
million", DUC 28: an offer and its withdrawal), an ordinal before the thing counted ("20
first-grade students" / "20 first graders" took raw 191's line on who bought the rifle as
told by the toll) and a unit of measure: a distance or a speed tells where or how, and
linked raw 196's "12 miles out of Nulato" lines over its right rows."""


def tied_figures(text: str) -> frozenset[tuple[str, str]]:
    """The counts a sentence writes in digits, each as its figure (its scale kept, its bound
    dropped: "2 billion", "8,000" of "more than 8,000") and the stem of the word right after
    it (what it counts; written "=" first when the count is given as known, `given_before`) or,
    written "<" first, right before it (what was done, unless the figure is a span of time:
    "spent 10 years"), and for a sum, written "$" first, what it is of or changed
    (`_summed`): no year, no figure after a word holding a capital (a name's number or a
    day's: "Game 5", "iOS 5", "Aug. 7"), no word of `NOT_TIES`."""
    if not _DIGITS.search(text):
        return frozenset()
    found = set()
    for placed in placed_figures(text):
        start = placed.figure.start
        # past its bound ("more than 8,000"): a figure of digits, not of number words
        numeral = _BOUND.sub("", text[start : placed.figure.end]).lower()
        if placed.year or not numeral[:1].isdigit():
            continue
        # a capitalised word before it: a name's number or a day's ("Game 5", "Aug. 7")
        before = _word_before(text, start)
        if any(character.isupper() for character in before):
            continue
        counted = _COUNTED.match(text, placed.figure.end)
        thing = counted[1].lower()[:STEM_LENGTH] if counted else ""
        if thing in _SPANS:
            continue
        if thing and thing not in NOT_TIES:
            given = given_before(before, placed.money) or bool(
                before == "and" and _BESIDE_A_NAME.search(text, max(0, start - 40), start)
            )
            found.add((numeral, "=" + thing if given else thing))
        if (done := _DONE.search(text, max(0, start - 30), start)) and (
            verb := done[1][:STEM_LENGTH]
        ) not in NOT_TIES:
            found.add((numeral, "<" + verb))
        if placed.money:
            found.update((numeral, "$" + thing) for thing in _summed(text, placed))
    return frozenset(found)


def _summed(text: str, placed: Placed) -> set[str]:
    """The stems, plural dropped ("taxes" / "tax"), of what a sum is of ("in tax breaks") or
    changed ("cut taxes by"), none of `NOT_TIES`."""
    start, end = placed.figure.start, placed.figure.end
    words = (
        found[1]
        for found in (_SUM_OF.match(text, end), _SUM_BY.search(text, max(0, start - 40), start))
        if found
    )
    return {_singular(word)[:STEM_LENGTH] for word in words} - NOT_TIES


def _singular(word: str) -> str:
    """A plural noun's singular, read from its ending: "taxes" / "tax", "sales" / "sale"."""
    if word.endswith(("xes", "zes", "ches", "shes", "sses")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def sum_pairs(similarity: Similarity, floor: float) -> list[tuple[int, int, float]]:
    """(i, j, score) with i < j of two articles' sentences scoring below `floor` that give one
    sum of one thing (`_summed`): "Walker said he cut taxes in Wisconsin by $2 billion, ..." /
    "... $2 billion in tax breaks since Walker took office ..." score 0.248 (raw 238)."""
    # its literal spares most sentences the figures' reading
    return pairs_below(
        similarity,
        floor,
        lambda text: [tie for tie in tied_figures(text) if tie[1][0] == "$"] if "$" in text else (),
    )


def given_before(before: str, money: bool) -> bool:
    """Whether a count is given as known by the word right `before` it: "the", "of" or a
    possessive ("the country's 28 provinces"). A sum is a price, not a count of its
    noun: "the $2 billion deal" (raw 169) tells the deal."""
    return not money and (before in _GIVEN_BEFORE or before.endswith(("'s", "’s")))


def _word_before(text: str, at: int) -> str:
    """The word (any run but spaces) right before `at`."""
    before = text[max(0, at - 30) : at].rstrip().rsplit(None, 1)
    return before[-1] if before else ""


def tied_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose sentences give one count of one thing
    (`tied_figures`), that thing no name both write, each with the figure and the thing's
    stem, as own words in common would be."""
    sentences = similarity.sentences
    found: dict[tuple[int, int], frozenset[str]] = {}
    # the digits first: most pairs share none, and reading the figures costs ~30 µs a sentence
    for i, j, common, names in counted_pairs(
        similarity,
        pairs,
        lambda row: frozenset(_DIGITS.findall(sentences[row].text)),
        tied_figures,
        counted_alike,
    ):
        stems = {
            part
            for figure, tie in common
            if (word := tie.lstrip("<$")) not in names
            for part in (*_DIGITS.findall(figure), word)
        }
        if stems:
            found[(i, j)] = frozenset(stems)
    return found


Ties = frozenset[tuple[str, str]]


def counted_pairs(
    similarity: Similarity,
    pairs: list[tuple[int, int, float]],
    held: Callable[[int], frozenset[str]],
    counts: Callable[[str], Ties],
    alike: Callable[[Ties, Ties], Ties],
) -> Iterator[tuple[int, int, Ties, frozenset[str]]]:
    """Of `pairs` (i, j, score), each whose sentences' `counts` (read once a sentence, and only
    of pairs whose rows share something `held`, a cheap first look) are `alike`, with those
    counts and the names both write."""
    sentences = similarity.sentences
    rows = {row for i, j, _ in pairs for row in (i, j)}
    first = {row: held(row) for row in rows}
    read: dict[int, Ties] = {}
    for i, j, _ in pairs:
        if first[i].isdisjoint(first[j]):
            continue
        for row in (i, j):
            if row not in read:
                read[row] = counts(sentences[row].text)
        if common := alike(read[i], read[j]):
            yield i, j, common, names_in_common(sentences[i].text, sentences[j].text)


def counted_alike(
    ours: frozenset[tuple[str, str]], theirs: frozenset[tuple[str, str]]
) -> frozenset[tuple[str, str]]:
    """The counts of one thing two sentences' `tied_figures` both hold, one at least telling
    it: a count both give as known ("the country's 28 provinces" / "12 of the country's 28
    provinces", DUC 23) is a background both recall on the way to two facts, while one the
    other tells ("the rescue of 71 beagles" / "say 71 beagles have been removed", raw 13) is
    the fact."""
    return _held(ours) & _held(theirs) & (ours | theirs)


def _held(ties: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """`ties` with a given count's mark dropped: what the sentence counts, told or given."""
    return frozenset((figure, tie.lstrip("=")) for figure, tie in ties)
