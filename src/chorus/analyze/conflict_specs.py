"""One named thing's weight or starting price given two values by two articles: "It weighs
17 pounds" (the sentence before: "The Horizon comes with ...") and "The gigantic slate is
only 1.06 inches thick, but it weighs 17 pounds" against "The 18.6-pound Horizon 27 is just
plain big"; "Its cheapest configuration starts at $1000" against "The Horizon ... will
start at $1,699" (raw 211: Gizmodo, the Verge and CNET on Lenovo's IdeaCentre Horizon).

A product's weight and its lowest price are one figure each, whatever else the articles
say, so no likeness of the sentences is asked (211's are 0.19-0.24 alike). The rule reads
only a figure tied to a name:
- a weight written before a name ("the 18.6-pound Horizon 27") or after a name or "it"
  that weighs it ("The Horizon weighs 17 pounds", "but it weighs 17 pounds"), in pounds,
  ounces, kilograms or grams (tons are left: a ship's tonnage, short against metric);
- a starting price ("starts at $1000", "will start at $1,699", "a starting price of $499")
  whose sentence opens on a name or on "It", "Its" or "This".
"It" stands for the name the article's sentences last opened on, passing back over those
opening on "it", "its" or "this" (and over the "it" sentence's own opening, "The gigantic
slate ... but it weighs"), at most `REACH` sentences; a sentence opening on anything else
(a person, "they", a description) leaves the figure unread. Two names are one thing when
one, less a closing figure ("Horizon 27"), ends the other ("IdeaCentre Horizon"): "Mac Pro"
is not "MacBook Pro", nor "Kindle" "Kindle Fire". A bounded figure ("about 80 pounds",
"more than 200 pounds") and a weight with ounces after its pounds ("8 pounds, 2 ounces")
are not read; values agree when either rounds to the other ("$1,000" and "$999"), across
units within a hundredth. As for every one-thing rule (conflict_sides.py), a thing an
article gives two values, or the story three, is left: two models of one name.

On the 250 raw and 30 DUC clusters the rule reads five figures, all raw 211's (a census of
the shapes, name or not: 12 weights in 7 clusters, 2 starting prices in one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from chorus.analyze.conflict_sides import told_two_ways, two_values
from chorus.analyze.joined import Joined
from chorus.analyze.measures import rounding_step
from chorus.analyze.model import Conflict
from chorus.analyze.subject_names import OPENING_WORDS
from chorus.model import Sentence

WORDS = ("weigh", "-pound", "-kilogram", "-gram", "-ounce", "start at", "starts at", "starting ")
"""The literals, in lower case, of every figure read: only the sentences holding one are
scanned (`_BEFORE_NAME` reads a weight in grams too, though no raw or DUC text writes one)."""
REACH = 6
"""Sentences "it" may pass back over to the name it stands for: raw 211's Gizmodo names
the Horizon four sentences before "Its cheapest configuration" ("It weighs ...",
"Internally, this is ...", "It goes from i3 to i7 ...")."""
KILOGRAMS = {"pound": 0.45359237, "ounce": 0.028349523, "kilogram": 1.0, "gram": 0.001}
_UNIT = r"(?P<unit>pound|lb|ounce|oz|kilogram|kg|kilo|gram)(?:e?s)?"
_UNIT_NAMES = {"lb": "pound", "oz": "ounce", "kg": "kilogram", "kilo": "kilogram"}
_FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NAME = r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|\d+\b))*"
_BEFORE_NAME = re.compile(
    rf"(?<![\w.,$/-]){_FIGURE}-(?P<unit>pound|ounce|kilogram|gram) (?P<name>{_NAME})"
)
"""A weight before the name of what weighs it: "18.6-pound Horizon 27"."""
_WEIGHS = re.compile(
    rf"\b(?P<who>[\w'’-]+) weigh(?:s|ed)(?: in at)? {_FIGURE}[- ]?{_UNIT}\b(?![-,] ?\d)"
)
"""A weight after what weighs it: "The Horizon weighs 17 pounds", "it weighs 17 pounds";
not one with ounces after it ("8 pounds, 2 ounces")."""
_STARTS = re.compile(
    r"\b(?:starts? (?:at|from)|starting (?:at|from|price of)) (?:just |only )?"
    r"\$(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?! ?(?:million|billion|[-–]))"
)
"""A lowest price: "starts at $1000", "will start at $1,699", "a starting price of $499";
not a sum ("starting at $5 million") or the low end of a range ("$49-$99")."""
_BOUNDED = re.compile(
    r"(?:about|around|nearly|almost|roughly|approximately|over|under|than|to|some)\s+$"
)
_NAMED = re.compile(rf"(?:(?:But|And|So|Yet|Still)\s+)?(?:The\s+)?({_NAME}) [a-z]")
"""A sentence opening on a name and a lower-case word after it: "The Horizon comes"."""
_OPENING = re.compile(
    r"(?:(?:But|And|So|Yet|Still)\s+)?(?:[A-Z][a-z]+ly,\s+)?(?:The\s+)?(?P<first>[\w'’-]+)"
)
"""A sentence's opening word, past a conjunction, an adverb and its comma ("Internally,
this is ...") and "The" ("The Horizon comes with ...")."""
_PRONOUNS = frozenset(("It", "it", "Its", "its", "This", "this"))
"""Openings that stand for the name before them: what "it" passes back over ("it's" too)."""
_PERSONAL = frozenset(("I", "He", "She", "We", "They", "You"))
"""Pronouns that open sentences as a name does and stand for no thing."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure in kilograms (a weight) or dollars (a price), the step it is rounded to in
    that unit, and the unit it was written in."""

    value: float
    step: float
    unit: str


def _opening_name(sentence: Sentence, text: str) -> str | None:
    """The name `text` (a sentence's, or its start) opens on ("The IdeaCentre Horizon is
    ..."), if it opens on one: capitalised words and figures, a lower-case word after them,
    not a possessive ("Lenovo's all-in-ones"), a pronoun or a word that opens sentences ("In
    July", "Here's"), and written with its capital inside a sentence of its article too (a
    name, not "Almost giddy with excitement, ...")."""
    match = _NAMED.match(text)
    if match is None:
        return None
    name = match.group(1)
    first = name.split()[0].removesuffix("'s").removesuffix("’s")
    if first in OPENING_WORDS or first in _PERSONAL or name.endswith(("'s", "’s")):
        return None
    inside = re.compile(rf"[a-z,] {re.escape(first)}\b")
    return name if inside.search(sentence.article.text) else None


def _stands_for(sentences: Sequence[Sentence], at: int) -> str | None:
    """The name "it" in sentence `at` of its article's `sentences` stands for: the one that
    sentence opens on, else the one the sentences before last opened on, passing back over
    those opening on a pronoun; None when a sentence opens on anything else."""
    named = _opening_name(sentences[at], sentences[at].text)
    if named:
        return named
    for back in range(at - 1, max(-1, at - 1 - REACH), -1):
        text = sentences[back].text
        if _opens_on_pronoun(text):
            continue
        return _opening_name(sentences[back], text)
    return None


def _opens_on_pronoun(text: str) -> bool:
    opening = _OPENING.match(text)
    return (
        opening is not None
        and opening.group("first").removesuffix("'s").removesuffix("’s") in _PRONOUNS
    )


def _thing(name: str) -> tuple[str, ...]:
    """A name's words, less a closing figure ("Horizon 27": the Horizon's size)."""
    words = name.split()
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    return tuple(words)


def _reading(figure: str, unit: str) -> Reading:
    """A figure in kilograms (or dollars), the step it is rounded to, and its unit."""
    scale = KILOGRAMS.get(unit, 1.0)
    return Reading(float(figure.replace(",", "")) * scale, rounding_step(figure) * scale, unit)


def _agree(a: Reading, b: Reading) -> bool:
    """Whether two figures can be one value: within half the coarser step, and a hundredth
    more across units (a conversion's rounding)."""
    slack = 0.0 if a.unit == b.unit else 0.01 * max(a.value, b.value)
    return abs(a.value - b.value) <= max(a.step, b.step) / 2 + slack


def _weights(sentences: Sequence[Sentence], at: int) -> Iterator[tuple[str, Reading, str]]:
    """The weights sentence `at` of its article's `sentences` ties to a name: the name, the
    figure and its words."""
    text = sentences[at].text
    for match in _BEFORE_NAME.finditer(text):
        if not _BOUNDED.search(text, max(0, match.start() - 15), match.start()):
            reading = _reading(match.group("figure"), match.group("unit"))
            yield match.group("name"), reading, match.group()
    for match in _WEIGHS.finditer(text):
        who = match.group("who")
        if who in ("it", "It"):
            name = _stands_for(sentences, at)
        else:
            opening = _opening_name(sentences[at], text[: match.end("who") + 2])
            name = opening if opening and opening.endswith(who) else None
        if name:
            unit = match.group("unit")
            reading = _reading(match.group("figure"), _UNIT_NAMES.get(unit, unit))
            yield name, reading, match.group()[len(who) + 1 :]


def _prices(sentences: Sequence[Sentence], at: int) -> Iterator[tuple[str, Reading, str]]:
    """The starting prices sentence `at` of its article's `sentences` gives what it opens
    on: the name, the figure and its words."""
    text = sentences[at].text
    prices = list(_STARTS.finditer(text))
    if not prices:
        return
    opens = _stands_for if _opens_on_pronoun(text) else _named_in
    name = opens(sentences, at)
    for match in prices if name else ():
        yield name, _reading(match.group("figure"), "$"), match.group()


def _named_in(sentences: Sequence[Sentence], at: int) -> str | None:
    return _opening_name(sentences[at], sentences[at].text)


def _one_thing(
    found: Sequence[tuple[tuple[str, ...], Reading, str, Sentence]],
) -> Iterator[tuple[tuple[str, ...], Reading, Sentence]]:
    """Each figure with the shortest name found that ends its own: "Horizon" for
    "IdeaCentre Horizon", so that both are one thing."""
    things = {thing for thing, _, _, _ in found}
    for thing, reading, _, sentence in found:
        ends = [t for t in things if thing[len(thing) - len(t) :] == t]
        yield min(ends, key=len), reading, sentence


def _conflicts(
    what: str, found: Sequence[tuple[tuple[str, ...], Reading, str, Sentence]]
) -> list[Conflict]:
    written = {reading: words for _, reading, words, _ in found}
    conflicts = []
    for thing, by_value in told_two_ways(_one_thing(found)).items():
        first, second = by_value
        if not _agree(first, second):
            name = " ".join(thing)
            conflicts.append(
                two_values("number", by_value, f"Different {what} of the {name}", written.get)
            )
    return conflicts


def spec_conflicts(story: Sequence[Sentence], joined: Joined) -> list[Conflict]:
    """A conflict for each named thing two articles give two weights or two starting prices
    (`joined`, the `story` sentences' texts lower-cased and joined)."""
    rows = sorted(joined.holding(WORDS))
    if not rows:
        return []  # nearly every cluster: no weight or starting price
    by_article: dict[str, list[Sentence]] = {}
    for sentence in story:
        by_article.setdefault(sentence.article.id, []).append(sentence)
    weights, prices = [], []
    for row in rows:
        sentence = story[row]
        own = by_article[sentence.article.id]
        at = own.index(sentence)
        weights += [(_thing(n), r, w, sentence) for n, r, w in _weights(own, at)]
        prices += [(_thing(n), r, w, sentence) for n, r, w in _prices(own, at)]
    return [*_conflicts("weights", weights), *_conflicts("starting prices", prices)]
