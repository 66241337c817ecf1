"""The lead-in of a row of Agreed, Only in one and Who said what: one function for the three.

A row is read alone, away from its article: "It's not clear whether it was fully carried
out." (an agreed row, raw 14) never names the plan; "They were the hosts of the party ..."
(the arrest warrant's words, raw 8) never names the three men; "By that point she had no
pulse" (court records, raw 8) tells not which point. Such a row carries the sentence before
it in its article, shown "(after: “...”)" as a unique item's lead-in (lead_ins.lead_in, by
its tests), and by three more shapes read here: an impersonal "It" whose clause's subject
is a pronoun (`_UNCLEAR_PRONOUN`), a time or place told before ("By that point", "While
there", `_THEN_OR_THERE`), and "the pair" or "the couple" as the subject after an opening
phrase that names no one (`_PAIR_AFTER_PHRASE`: "Before the red carpet event the pair were
seen together ...", raw 28). A quotation's own words are the speaker's, read in the
speaker's setting, and keep no lead-in (a bare answer has its question: quote_answers.py);
a reported row's words are read only when they open their sentence ("he paid the company
$40,000" after "O'Mara said" stands for the row's speaker).

A lead-in that does not carry what the row leans on is none (lead_in_carries.py: a "he"
no line of it names, "The suspect" after a line that says only "the suspect" too); for a
"he" the line before it that names someone stands instead (`_naming_line`).

A lead-in the section shows already as a row is not repeated (raw 244: "“It could have been
worse, ...,” she said." after the tweet it follows, whose lead-in repeated that item), nor
one an agreed row shows as its support: the row leaning on it follows that row (raw 147's
"“That was an additional layer of protection we put in,” Hanson said.")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np

from chorus.analyze.lead_in_carries import (
    carries_lean,
    credits_a_name,
    names_whom,
)
from chorus.analyze.lead_in_links import leans_by_link_alone
from chorus.analyze.lead_ins import lead_in, sentence_before
from chorus.analyze.model import Fact, Quote
from chorus.analyze.row_referents import (
    carries_referent,
    names_noun,
    own_referent,
    points_at_said,
)
from chorus.analyze.similarity import Similarity
from chorus.dangling import refers_back
from chorus.language.quotations import QUOTED
from chorus.model import Sentence

_UNCLEAR_PRONOUN = re.compile(
    r"[\s(\[]*It(?:'s|’s|\s+(?:is|was|remains|remained))\s+(?:not\s+|still\s+|also\s+)?"
    r"(?:clear|unclear|known|unknown|certain|uncertain|likely|unlikely|possible|true)\s+"
    r"(?:whether|if|how|why|when|where|what|that)\s+(?:it|they|he|she|its|their)\b"
)
"""An impersonal "It" whose clause has a pronoun as its subject ("It's not clear whether it
was fully carried out."): dangling.opens_with_pronoun leaves the impersonal "It" alone, but
the "it" after it stands for what the sentence before names."""
_THEN_OR_THERE = re.compile(
    r"[\s(\[]*(?:(?:By|At|Until|After|Before|From)\s+(?:that|then)\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:of|in|on|for|when)\b)(?:\s+(?:point|time|stage|moment|hour))?"
    r"|(?:While|Once|From)\s+there,|There,\s)"
)
"""An opening time or place told before: "By that point", "At that time", "Until then",
"After that,", "While there,", "There, ...". Not one the words after it tell ("At that time of
year", "By that point in the season"), nor "While there is a difference ..." (raw 237)."""
_PAIR_AFTER_PHRASE = re.compile(
    r"(?:Before|After|During|At|On|In|Since|When|While|Following|Earlier|Later)\b"
    r"[^A-Z,.;:“”\"]{0,60}?\sthe\s+(?:pair|couple|duo|trio|two|three)\s+"
    r"(?:were|was|had|have|are|is|will|would|then|also|both)\b"
)
""""the pair" or "the couple" as the subject after an opening phrase naming no one (no
capital, no comma): who they are is told before (dangling reads "The pair" opening a
sentence)."""


_PERSON_OPENING = re.compile(r"[\s(\[]*(?:He|She|His|Her)\b")
"""A sentence opening on a person's pronoun: the sentence before it names whom."""
_PERSON_OR_GROUP = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir|[Tt]hem)\b")
"""A pronoun for a person or a group: a row speaking so may lean on whom the first sentence
of a lead-in names."""


def leans_here(text: str) -> bool:
    """Whether a row's text leans on the sentence before by a shape lead_ins.lead_in does not
    read (a demonstrative opening, dangling.refers_back, is read by the caller)."""
    # the openings' first letters spare most texts the patterns
    return (
        (text.startswith("It") and _UNCLEAR_PRONOUN.match(text) is not None)
        or (text[:1] in "BAUFWOT" and _THEN_OR_THERE.match(text) is not None)
        or (" the " in text[:80] and _PAIR_AFTER_PHRASE.match(text) is not None)
    )


def row_lead_in(
    sentences: Sequence[Sentence],
    row: int,
    points_back: Sequence[bool] | np.ndarray,
    text: str | None = None,
    shown: Collection[tuple[str, int]] = (),
) -> tuple[Sentence, ...]:
    """What row `row` of `sentences` (its sentence's words, or `text` when the row shows less)
    leans on, in article order (`points_back`: each sentence's dangling.refers_back), the
    sentences the section `shown` as rows (by key) left out: the one right before, or the one
    two before when it is the nearer that is shown; none that does not carry what the row
    leans on (lead_in_carries.carries_lean)."""
    before = sentence_before(sentences, row)
    # the sentence right before shown as a row: the reader has just met it (an aside in
    # brackets too, which lead_in passes over: raw 57)
    if before is None or before.key in shown:
        return ()
    found = lead_in(sentences, row, points_back, text)
    own = sentences[row].text if text is None else text
    if not found:
        back = bool(points_back[row]) if text is None else bool(refers_back((own,))[0])
        found = (before,) if back or leans_here(own) else ()

    def leans(rest: str) -> bool:
        return bool(
            lead_in(sentences, row, points_back, rest)
            or refers_back((rest,))[0]
            or leans_here(rest)
        )

    # a row leaning by its opening "But" or "However," alone reads whole (lead_in_links.py)
    if found and leans_by_link_alone(own, before.text, leans):
        return ()
    # a lead-in that does not carry what the row leans on (whom "he" stands for, what "The
    # suspect" is) tells the reader nothing the row lacks (lead_in_carries.py)
    if not found or found[-1].key in shown:
        return ()
    found = found[1:] if len(found) == 2 and found[0].key in shown else found
    if carries_lean(found, own):
        return _for_a_thing(found, own)
    return _naming_line(sentences, row, found, own, shown)


def _for_a_thing(found: tuple[Sentence, ...], text: str) -> tuple[Sentence, ...]:
    """A lead-in of two sentences whose second opens on "He" or "His" (the first there to
    name him), cut to the second when the row (`text`) speaks of no person or group by a
    pronoun and the second carries what it leans on: "Its location appears in books ..."
    leans on "He points out, however, that the location of Area 51 was not a particularly
    well-kept secret.", not on "Richelson submitted the request as part of his continuing
    study ..." (raw 138)."""
    if len(found) != 2 or not _PERSON_OPENING.match(found[1].text):
        return found
    if _PERSON_OR_GROUP.search(QUOTED.sub(" ", text)) or not carries_lean(found[1:], text):
        return found
    return found[1:]


def _naming_line(
    sentences: Sequence[Sentence],
    row: int,
    found: tuple[Sentence, ...],
    text: str,
    shown: Collection[tuple[str, int]],
) -> tuple[Sentence, ...]:
    """The line right before a lead-in that names no one whom the row (`text`) speaks of
    unnamed, when that line credits words to someone by name (lead_in_carries.
    credits_a_name; a place it names is no one, raw 209's "Indian Ocean"): the nearer line
    that carries whom "he" stands for ("“We are seeing a situation ...,” said Inoki, ..."
    before "“It’s important ...” The 74-year-old ... said ..." and "“The political wind has
    changed direction,” he said", raw 235); else none."""
    # a lead-in failing by its description, not by whom it names, has no stand-in
    if names_whom(found, text):
        return ()
    first = row - 1
    while first > 0 and sentences[first].key != found[0].key:
        first -= 1
    line = sentence_before(sentences, first)
    if line is None or line.key in shown or not credits_a_name(line.text):
        return ()
    return (line,)


def agreed_lead_ins(facts: Sequence[Fact], similarity: Similarity) -> tuple[Fact, ...]:
    """The agreed facts, each statement that leans on the sentence before it given that
    sentence (`row_lead_in`), unless another fact states it; one that leans on another fact's
    support follows that fact, with no lead-in, when that fact is told by as many outlets
    (`_after_their_lean`)."""
    sentences = similarity.sentences
    row_of = _rows(sentences)
    stated = {f.statement.key for f in facts}
    supported_in = {s.key: n for n, f in enumerate(facts) for s in f.support}
    back = similarity.points_back
    found = []
    leans_on: dict[int, int] = {}
    for n, fact in enumerate(facts):
        row = row_of(fact.statement)
        if row is None:
            found.append(fact)
            continue
        context = row_lead_in(sentences, row, back)
        shown = supported_in.get(context[-1].key, n) if context else n
        # the section's order, the most widely reported first, stands
        if shown != n and len(facts[shown].outlets) >= len(fact.outlets):
            leans_on[n] = shown
            found.append(fact)
            continue
        context = row_lead_in(sentences, row, back, None, stated)
        found.append(replace(fact, context=context) if context else fact)
    return _after_their_lean(found, leans_on)


def _after_their_lean(facts: Sequence[Fact], leans_on: Mapping[int, int]) -> tuple[Fact, ...]:
    """`facts` in their order, but each that leans on a sentence another shows (`leans_on`:
    its place, that one's) right after that one: the reader has just met what it leans on.
    AP's "“That was an additional layer of protection we put in,” Hanson said." leans on its
    line before, "Its spokesman, Jeff Hanson, said the berm wasn't critical ...", ABC's
    Hanson row's support: shown first with that line as its lead-in, the two rows told
    Hanson's berm twice (raw 147)."""
    following: dict[int, list[int]] = {}
    for n, m in leans_on.items():
        following.setdefault(m, []).append(n)
    ordered: list[int] = []

    def place(n: int) -> None:
        if n not in ordered:
            ordered.append(n)
            for m in following.get(n, ()):
                place(m)

    for n in range(len(facts)):
        if n not in leans_on:
            place(n)
    # facts leaning on each other in a ring keep their places
    ordered.extend(n for n in range(len(facts)) if n not in ordered)
    return tuple(facts[n] for n in ordered)


def quote_lead_ins(quotes: Sequence[Quote], sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """The quotes, each reported row whose words open their sentence and lean on the sentence
    before given that sentence (`row_lead_in`), unless it is a row of the same speaker; each
    whose words open on a demonstrative and its noun, wherever they sit, what the noun stands
    for (`_referent`)."""
    pointing = {id(q): noun for q in quotes if (noun := _points_at_said(q))}
    read = [q for q in quotes if id(q) in pointing or _reads_alone(q)]
    if not read:
        return tuple(quotes)
    row_of = _rows(sentences)
    points_back = _PointsBack(sentences)
    said: dict[str, set[tuple[str, int]]] = {}
    for quote in quotes:
        said.setdefault(quote.speaker, set()).add(quote.sentence.key)
    leaning = {}
    for quote in read:
        row = row_of(quote.sentence)
        if row is None:
            continue
        if id(quote) in pointing:
            context = _referent(sentences, row, quote, pointing[id(quote)], said[quote.speaker])
        else:
            context = row_lead_in(sentences, row, points_back, quote.words, said[quote.speaker])
        if context:
            leaning[id(quote)] = context
    return tuple(replace(q, context=leaning[id(q)]) if id(q) in leaning else q for q in quotes)


def _points_at_said(quote: Quote) -> str | None:
    """The noun a reported row's words open on after a demonstrative ("that statement was not
    accurate"), with no lead-in yet (row_referents.points_at_said)."""
    if quote.kind != "reported" or quote.context:
        return None
    return points_at_said(quote.words)


def _referent(
    sentences: Sequence[Sentence],
    row: int,
    quote: Quote,
    noun: str,
    shown: Collection[tuple[str, int]],
) -> tuple[Sentence, ...]:
    """What a row's demonstrative noun stands for: the clause of its own sentence naming it,
    else the sentence before when it carries it (row_referents.py) and is not the same
    speaker's row."""
    opening = quote.text.start - quote.sentence.start
    if names_noun(quote.sentence.text[:opening], noun):
        # told in the row's own sentence: the line before tells of something else
        own = own_referent(quote.sentence, opening, noun)
        return (own,) if own else ()
    before = sentence_before(sentences, row)
    if before is None or before.key in shown or not carries_referent(before.text, noun):
        return ()
    return (before,)


def _rows(sentences: Sequence[Sentence]) -> Callable[[Sentence], int | None]:
    """A sentence's row in `sentences`, where each article's sentences run in order from its
    first (a dict of every sentence's key cost the two passes a third of their time)."""
    firsts = {s.article.id: row for row, s in enumerate(sentences) if s.index == 0}

    def row_of(sentence: Sentence) -> int | None:
        row = firsts.get(sentence.article.id, -1) + sentence.index
        found = 0 <= row < len(sentences) and sentences[row].key == sentence.key
        return row if found else None

    return row_of


class _PointsBack:
    """dangling.refers_back of a sentence, read when asked: a row reads one or two of them,
    not the cluster's every sentence."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences

    def __getitem__(self, row: int) -> bool:
        return bool(refers_back((self._sentences[row].text,))[0])


def _reads_alone(quote: Quote) -> bool:
    """Whether a row is reported words opening their sentence, with no lead-in yet."""
    if quote.kind != "reported" or quote.context:
        return False
    opening = quote.text.start - quote.sentence.start
    return opening == 0 or not quote.sentence.text[:opening].strip(" “\"'‘(")
