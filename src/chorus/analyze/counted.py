"""Counts of one quantity that differ: a death toll, a vote count (counts.py reads
what each number counts), in close pairs of sentences of different articles.

Each side of a conflict holds, besides its sentence, the sentences of other outlets that
give its figure and are at odds with the other side too, so one dispute is shown once
with the outlets behind each figure: DUC d30010t's five sentences giving 21 injured
against one giving 24 are one conflict, not five, and multi_news-val-2534's "a total of
125 people had died across Syria", too unlike "At least 144 people were reported killed
Monday" to be paired with it (0.23), stands beside the "As many as 125" that is (0.36).

Two counts are set against each other only when they can be counts of one thing: not when
their sentences name different places ("In Poland, 32 people died" / "weather in Moscow
killed at least 39"), not a part against a larger whole over several places ("the
bombings of U.S. embassies in Kenya and Tanzania that killed 224" / Tanzania's 11, "at
least 62 people throughout Europe" / Poland's 32), not a whole written after "out of"
("20 million out of 30 million"), and never two percentages (count_rivals.py); nor
when the two sentences share no word but their counts' ("At least 26 people were killed"
/ "the bomb, which killed 11 people"), or when, naming no place themselves, other
sentences of the story give the two figures to different places (Nairobi's 250, Tanzania's
11); nor when one side's sentence gives the other's figure too, as a number that counts
nothing else ("78 deaths ... up from 70"), or both outlets count the quantity at both
figures: they tell of two things or two moments, not of a dispute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

from chorus.analyze.count_credits import counters_apart
from chorus.analyze.count_rivals import RIVAL_STEMS, Read, at_odds, rival_counts
from chorus.analyze.count_updates import update_time
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.language.count_disagreement import Disagreement, disagreement
from chorus.language.counts import FIXED, Count, counts
from chorus.language.days import weekdays
from chorus.language.numbers import NUMBER_WORDS, ROUGH_SHARE, figures
from chorus.model import Sentence

_AS_OF = re.compile(
    r"\b(?:now|so far|to date|as of \w+|has (?:now )?risen|have (?:now )?risen|rose to|"
    r"climbed to|latest|updated)\b",
    re.IGNORECASE,
)
"""Words that date a figure to the time of writing: "more than 7,500 people have now died"."""
_COUNTING_STEMS = frozenset(
    stems("dead killed killing deaths died fatalities lives lost injured injuring injuries")
    + stems("wounded wounding hurt arrested arrests detained detaining percent people least")
    + stems("custody")
    + stems("more many nearly almost about around some estimated approximately roughly total")
)
"""Words of a count itself ("at least 26 people were killed"): two counts sharing no other
word tell of nothing in common."""


def _as_written(word: str, text: str) -> str:
    """A counted noun in the case its sentence writes it: counts.py lowers it to match
    nouns across outlets, but a reader checks "150 Chinese" against the sentence."""
    found = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) if word else None
    return found.group() if found else word


def _shown(count: Count, text: str) -> str:
    """A count as the reason shows it, with its bound and noun as written ("more than 7,500
    people", "153 Chinese")."""
    number = f"{count.value:,.0f}" if count.value.is_integer() else f"{count.value:g}"
    value = " ".join(word for word in (count.bound, number, _as_written(count.what, text)) if word)
    if count.attackers:
        value = f"{value} (with {count.attackers:g} attackers)"
    return value


def _number_reason(found: Disagreement, text_a: str, text_b: str, times: Sequence[str]) -> str:
    """What differs, in words a reader can check against the two sentences: the figures, a
    floor the other figure passes, and why they may differ: the two sources each credits
    (count_credits.py), or else the words that date a figure ("now", "so far") or the time
    of the live update it is told in (`times`, count_updates.py)."""
    ours = ", ".join(_shown(count, text_a) for count in found.ours)
    theirs = ", ".join(_shown(count, text_b) for count in found.theirs)
    reason = f"Different figures for {found.quantity}: {ours} vs {theirs}"
    if found.past_floor:
        reason += " (a floor, but the other is over a tenth above it)"
    sources = counters_apart(text_a, text_b)
    if sources is not None:
        return reason + f"; credited to different sources: {sources[0]} vs {sources[1]}"
    if found.quantity in FIXED:
        return reason
    dated = [m.group().lower() for m in map(_AS_OF.search, (text_a, text_b)) if m]
    updated = [time for time in times if time]
    if dated:
        reason += f"; one says “{dated[0]}”: they may be counts of different times"
    elif updated:
        reason += f"; one is a live update of {updated[0]}: they may be counts of different times"
    return reason


def _days(
    sentences: tuple[Sentence, Sentence],
    named: tuple[frozenset[str], frozenset[str]],
    cache: dict[str, frozenset[str]],
) -> tuple[frozenset[str], frozenset[str]]:
    """The weekdays two sentences' counts are of: those each names, and for one that names
    none against one that does, those its article names ("four people were killed on
    Tuesday" is no rival of a Monday toll whose sentence names no day but whose article
    speaks only of Monday). Articles are read only then: most pairs name no day."""
    if bool(named[0]) == bool(named[1]):
        return named
    undated = sentences[0] if not named[0] else sentences[1]
    article = undated.article
    if article.id not in cache:
        cache[article.id] = weekdays(article.text)
    return (cache[article.id], named[1]) if not named[0] else (named[0], cache[article.id])


def _written(value: float) -> set[str]:
    """How a figure is written in digits ("5,000" or "5000"); none for a fraction or a
    scale ("2.5 million" is not looked for)."""
    return {f"{value:,.0f}", f"{value:.0f}"} if value.is_integer() else set()


_POINTS = (".", ",")


def _written_alone(text: str, form: str) -> bool:
    r"""Whether `text` writes the figure `form` as a number of its own, not inside a longer
    one nor before a decimal part: `(?<![\d.,])form(?![\d]|[.,]\d)` by `str.find` (`\d` as
    `isdecimal()`, which is `re`'s own), with no pattern compiled for each figure."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        before, after = text[at - 1 : at], text[end : end + 2]
        joined = before.isdecimal() or before in _POINTS or after[:1].isdecimal()
        if not joined and not (after[:1] in _POINTS and after[1:].isdecimal()):
            return True
        at = text.find(form, at + 1)
    return False


def _spelled(value: float) -> set[str]:
    """How a figure is written in digits or, up to twenty, in words ("six", "Six")."""
    if value.is_integer() and 1 <= value <= len(NUMBER_WORDS):
        word = NUMBER_WORDS[int(value) - 1]
        return _written(value) | {word, word.capitalize()}
    return _written(value)


@dataclass(frozen=True, slots=True)
class Story:
    """The rows of the sentences on the story and their texts; the paired ones read for
    their counts, and the others read so far for the places of a figure."""

    rows: Sequence[int]
    texts: Sequence[str]
    paired: dict[int, Read]
    others: dict[int, Read] = field(default_factory=dict)

    def read(self, row: int, text: str) -> Read:
        """A sentence's counts, read once."""
        found = self.paired.get(row) or self.others.get(row)
        if found is None:
            found = self.others[row] = Read(text, rival_counts(text))
        return found


def _places_given(quantity: str, values: Set[float], story: Story) -> frozenset[str]:
    """The places the story's sentences give a figure of a quantity: those named by the
    sentences that give it, but for one counting over several places ("in Kenya and
    Tanzania")."""
    forms = {form for value in values for form in _written(value)}
    places: set[str] = set()
    for row, text in zip(story.rows, story.texts, strict=True):
        if not any(form in text for form in forms):
            continue
        sentence = story.read(row, text)
        given = any(c.quantity == quantity and c.value in values for c in sentence.counts)
        if given and not sentence.scope().whole:
            places |= sentence.scope().places
    return frozenset(places)


def _placed_apart(found: Disagreement, story: Story) -> bool:
    """Whether the story gives the two figures to different places: DUC d31038t's "a bombing
    that left 250 people dead" and "the bomb, which killed 11 people" name no place, but
    "The simultaneous blast in Nairobi killed more than 250" and "A twin attack on the U.S.
    Embassy in neighboring Tanzania killed 11 people" do."""
    ours = _places_given(found.quantity, {c.value for c in found.ours}, story)
    theirs = _places_given(found.quantity, {c.value for c in found.theirs}, story)
    return bool(ours) and bool(theirs) and ours.isdisjoint(theirs)


def _in_sentence(text: str, quantity: str, values: Set[float]) -> bool:
    """Whether a sentence writes one of `values` in digits as a number that counts nothing
    else ("up from 70"; not "killed 3 and injured 5"), or gives a figure no rival count of
    its own that allows one ("More than 120 pregnant female whales were among 333 killed"
    allows the 122 pregnant whales of another article, Multi-News+ train 38681)."""
    other = {c.value for c in counts(text) if c.quantity != quantity}
    if any(_written_alone(text, form) for value in values - other for form in _written(value)):
        return True
    own = {c.value for c in rival_counts(text)}
    return any(
        f.low <= value <= min(f.high, f.low * (1 + ROUGH_SHARE))
        for f in figures(text)
        if f.low not in own and f.low not in other
        for value in values
    )


def _in_article(
    row: int, given: Sequence[Count], story: Story, sentences: Sequence[Sentence]
) -> bool:
    """Whether a sentence of the article of `row` gives one of the `given` counts: the same
    quantity, figure and counted noun ("At least three people were killed" gives no "Three
    terrorists were killed"), no part ("Five soldiers, including two officers")."""
    article = sentences[row].article
    wanted = {(c.quantity, c.value, c.what) for c in given}
    forms = {form for c in given for form in _spelled(c.value)}
    return any(
        sentences[other].article is article
        and any(form in text for form in forms)
        and any(
            (c.quantity, c.value, c.what) in wanted and not c.part
            for c in story.read(other, text).counts
        )
        for other, text in zip(story.rows, story.texts, strict=True)
    )


def _gives_both(
    found: Disagreement, i: int, j: int, story: Story, sentences: Sequence[Sentence]
) -> bool:
    """Whether one side's sentence gives the other's figure too, or both outlets give both
    figures (module docstring): then they tell of two things or two moments. One outlet
    alone giving both may be reporting the dispute ("Reuters said at least 16 people died",
    in the article that gives the hospital's 20)."""
    ours, theirs = {c.value for c in found.ours}, {c.value for c in found.theirs}
    if _in_sentence(sentences[i].text, found.quantity, theirs):
        return True
    if _in_sentence(sentences[j].text, found.quantity, ours):
        return True
    return _in_article(i, found.theirs, story, sentences) and _in_article(
        j, found.ours, story, sentences
    )


def _nothing_else_shared(i: int, j: int, found: Disagreement, similarity: Similarity) -> bool:
    """Whether two counting sentences share no word but those of their counts: no place,
    day, act or name tells they count one event (DUC d30005t's "At least 26 people were
    killed, but damage to the area was not considered extensive", after the missile strikes
    on Afghanistan, against "the bomb, which killed 11 people")."""
    counted = {stem for c in (*found.ours, *found.theirs) for stem in stems(c.what)}
    shared = set(similarity.stems[i]).intersection(similarity.stems[j])
    return not any(
        stem not in _COUNTING_STEMS and stem not in counted and not stem[0].isdigit()
        for stem in shared
    )


def _same_figure(ours: Sequence[Count], theirs: Sequence[Count], quantity: str) -> bool:
    """Whether two sentences give one figure of a quantity ("a total of 125 people had
    died" / "As many as 125 people died"), whatever bounds they write it with."""
    values = {c.value for c in ours if c.quantity == quantity}
    return any(c.quantity == quantity and c.value in values for c in theirs)


def _backers(
    side: int,
    rival: int,
    quantity: str,
    read: dict[int, Read],
    near: Set[int],
    similarity: Similarity,
) -> list[int]:
    """Sentences of other articles than the rival's that give the side's figure, `near` it
    (a close pair), and are at odds with the rival too: the outlets behind each figure. One
    may be too unlike the rival to be paired with it (multi_news-val-2534's "a total of 125
    people had died across Syria" against "At least 144", 0.23 alike)."""
    home = similarity.sentences[rival].article
    return [
        row
        for row in sorted(near)
        if similarity.sentences[row].article is not home
        and row in read
        and _same_figure(read[side].counts, read[row].counts, quantity)
        and not disagreement(read[side].counts, read[row].counts, frozenset(), frozenset())
        and any(d.quantity == quantity for d in at_odds(read[rival], read[row]))
    ]


def _near(pairs: Sequence[tuple[int, int, float]], row: int, rival: int) -> set[int]:
    """The rows `row` is paired with, but the rival: looked up in the pairs only for the
    rows of a conflict (a map of every row's pairs cost 0.05 ms a cluster)."""
    return {j if i == row else i for i, j, _ in pairs if row in (i, j)} - {rival}


def number_conflicts(
    similarity: Similarity,
    pairs: Sequence[tuple[int, int, float]],
    paired: Set[int],
    story_rows: Sequence[int],
    story_texts: Sequence[str],
) -> list[Conflict]:
    """Counts of one quantity that differ, in `pairs` of sentences on the story at least
    `NUMBER_SIMILARITY` alike (`paired`, their rows). Each side holds the sentences of
    other outlets that give its figure (`_backers`); a pair already on the two sides of a
    conflict of its quantity is not shown again, nor two figures the story (the rows of its
    sentences, `story_rows`, and their `story_texts`) gives to different places."""
    # Numbers are read only in sentences that have a close pair: most have none.
    sentences = similarity.sentences
    held = similarity.stems
    # a text is sliced only for the rows whose stems may count (~1,600 of ~10,800 a pass)
    read = {
        row: Read(text, rivals)
        for row in paired
        if not RIVAL_STEMS.isdisjoint(held[row])
        and (rivals := rival_counts(text := sentences[row].text))
    }
    named = {row: weekdays(found.text) for row, found in read.items()}
    article_days: dict[str, frozenset[str]] = {}
    story = Story(story_rows, story_texts, read)
    shown: set[tuple[str, int, int]] = set()
    conflicts = []
    for i, j, _ in pairs:
        if i not in read or j not in read:
            continue
        days = _days((sentences[i], sentences[j]), (named[i], named[j]), article_days)
        for found in at_odds(read[i], read[j], days):
            if (found.quantity, i, j) in shown or _nothing_else_shared(i, j, found, similarity):
                continue
            if _placed_apart(found, story) or _gives_both(found, i, j, story, sentences):
                continue
            side_a = [i, *_backers(i, j, found.quantity, read, _near(pairs, i, j), similarity)]
            side_b = [j, *_backers(j, i, found.quantity, read, _near(pairs, j, i), similarity)]
            shown.update((found.quantity, *sorted((x, y))) for x in side_a for y in side_b)
            times = (update_time(sentences, i), update_time(sentences, j))
            reason = _number_reason(found, sentences[i].text, sentences[j].text, times)
            sides = (tuple(sentences[r] for r in side_a), tuple(sentences[r] for r in side_b))
            conflicts.append(Conflict("number", *sides, reason))
    return conflicts
