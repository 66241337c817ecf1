"""A lead-in shown as a name: a row leaning on the sentence before by a person's pronoun
alone ("He was a member of the Rock & Roll Hall of Fame ...", "“...,” he said") needs only
whom the pronoun stands for, not the sentence's forty words.

When the lead-in (`context`) names exactly one person (the entities section's people read
there, by entity: "Davis ... her second husband Jeff Davis" is two, raw 230), once at least
in full, and whom the pronoun stands for as the article's focus reads it over the lead-in
(pronouns.Focus, each sentence's speaker the quotes section's) is that person, whose first
name tells no other pronoun, and whom the quotes section credits the row's own sentence to
when it does, the row's lead-in is shown as that name alone ("(he: Michael Grimm)", raw 86),
its article and span kept (`NamedLean`; the lead-in's sentences stay the row's context). A
row leaning on anything more (a thing's "it", "the bank", "this", a quotation crediting no
one, "the pair") keeps its lead-in: the row, its pronoun read as the name, must lean on
nothing (lead_ins.leans_on_before, dangling.refers_back, row_lead_ins.leans_here,
`_SOMEONE_DESCRIBED`; timeline rows by the same tests). A surname alone ("Although Balin had
his greatest impact ...", raw 229) is no full name: that lead-in stays (context45, stop 54)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from chorus.analyze.lead_in_carries import SOMEONE, leans_on_someone
from chorus.analyze.lead_ins import leans_on_before
from chorus.analyze.model import Analysis, Entity, Excerpt, Fact, NamedLean, Quote, TimelineEntry
from chorus.analyze.pronoun_sentences import PERSON_NOUNS
from chorus.analyze.pronouns import Focus
from chorus.analyze.row_lead_ins import leans_here
from chorus.dangling import refers_back
from chorus.language.first_name_genders import first_name_gender
from chorus.language.quotations import QUOTED
from chorus.language.quote_alternation import by_first_letter
from chorus.model import Sentence

_HIS = re.compile(r"[Hh]is|[Hh]er")
"""A possessive pronoun: the name stands in with "'s" when the row is read again."""
_SHE = frozenset(("she", "her"))
_SOMEONE_DESCRIBED = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{by_first_letter((*PERSON_NOUNS, 'pair', 'couple', 'duo', 'one', 'women', 'men'))})"
    r"s?\b(?![’'-])"
)
"""Someone or something the row tells of by a description with "the" that the lead-in
introduced ("the pair started walking for help" after "the woman and a man were driving",
raw 234; "The last major one, he said, struck in October 1970" after "a more destructive
typhoon", DUC 20): the row leans on more than whom its pronoun stands for."""

People = dict[str, list[tuple[int, int, str]]]
"""Per article id, the spans of the people the entities section reads there, with their
names."""


def people_of(entities: Sequence[Entity]) -> People:
    """Where each article mentions a person (`Entity.label` "person"), by article id."""
    found: People = {}
    for entity in entities:
        if entity.label != "person":
            continue
        for mention in entity.mentions:
            found.setdefault(mention.article.id, []).append(
                (mention.start, mention.end, entity.name)
            )
    return found


@dataclass(frozen=True, slots=True)
class Read:
    """What the analysis read of a cluster's people: where each article names them
    (`people_of`), and the speaker the quotes section credits each sentence to, by key."""

    people: People
    speakers: Mapping[tuple[str, int], str]


def read_of(analysis: Analysis) -> Read:
    """The people and speakers `analysis` read."""
    speakers = {q.sentence.key: q.speaker for q in analysis.quotes}
    return Read(people_of(analysis.entities), speakers)


def named_lean(
    row: Sentence, text: str, context: Sequence[Sentence], read: Read
) -> NamedLean | None:
    """Whom a row's (`text`, of sentence `row`) only lean, a person's pronoun, stands for,
    as its lead-in `context` writes the name in full; None when the row leans on more, or
    the lead-in names no one, someone else as well, or a name the pronoun does not stand
    for: as the focus follows it over the lead-in, nor as the quotes section credits the
    row's sentence ("“...,” he said")."""
    if not context or not leans_on_someone(text):
        return None
    outside = QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    pronouns = [p.group(0).lower() for p in SOMEONE.finditer(outside)]
    # "he ... her": two people, one of them still unnamed
    if not pronouns or len({p in _SHE for p in pronouns}) > 1:
        return None
    first = SOMEONE.search(outside)
    assert first is not None
    named = _one_person(context, read.people)
    if named is None or not _stands_for(context, pronouns[0], named.text, read.speakers):
        return None
    speaker = read.speakers.get(row.key)
    if speaker is not None and not _same_surname(speaker, named.text):
        return None
    name = named.text + ("'s" if _HIS.fullmatch(first.group(0)) else "")
    rest = f"{text[: first.start()]}{name}{text[first.end() :]}"
    prior = context[-1]
    if (
        _SOMEONE_DESCRIBED.search(outside) is not None
        or leans_on_before(rest, prior.text, prior.article.text)
        or refers_back((rest,))[0]
        or leans_here(rest)
    ):
        return None
    return NamedLean(pronouns[0], named)


def _one_person(context: Sequence[Sentence], people: People) -> Excerpt | None:
    """The one person a lead-in names, at the first mention of their full name in it; None
    when it names two, even of one surname ("Davis ... her second husband Jeff Davis", raw
    230), or none in full."""
    article = context[0].article
    start, end = context[0].start, context[-1].end
    inside = [m for m in people.get(article.id, ()) if start <= m[0] and m[1] <= end]
    if len({name for _, _, name in inside}) != 1:
        return None
    full = [(s, e) for s, e, _ in inside if " " in article.text[s:e]]
    return Excerpt(article, *min(full)) if full else None


def _stands_for(
    context: Sequence[Sentence],
    pronoun: str,
    name: str,
    speakers: Mapping[tuple[str, int], str],
) -> bool:
    """Whether the article's focus, read over the lead-in (each sentence's speaker the
    quotes section's), makes `pronoun` stand for the person `name`."""
    focus = Focus(article=context[0].article.text)
    for sentence in context:
        focus.read(sentence.text, speakers.get(sentence.key), speaks=False)
    said = "she" if pronoun in _SHE else "he"
    person = focus.stands_for(said)
    # a first name telling the other pronoun is someone else's ("she" of Jeff Davis)
    return (
        person is not None
        and _same_surname(person, name)
        and first_name_gender(name) in (None, said)
    )


def _same_surname(one: str, other: str) -> bool:
    return one.rsplit(" ", 1)[-1] == other.rsplit(" ", 1)[-1]


def facts_named(facts: Sequence[Fact], read: Read) -> tuple[Fact, ...]:
    """`facts`, each whose lead-in is a name (`named_lean`) given it."""

    def fact(f: Fact) -> Fact:
        lean = named_lean(f.statement, f.statement.text, f.context, read)
        return replace(f, named=lean) if lean else f

    return tuple(map(fact, facts))


def with_named_lead_ins(analysis: Analysis) -> Analysis:
    """`analysis`, each row of Agreed, Only in one, Who said what and Timeline whose lead-in
    is a name (`named_lean`) given it."""
    read = read_of(analysis)

    def quote(q: Quote) -> Quote:
        lean = named_lean(q.sentence, q.words, q.context, read)
        return replace(q, named=lean) if lean else q

    def entry(e: TimelineEntry) -> TimelineEntry:
        lean = named_lean(e.sentence, e.sentence.text, e.context, read)
        return replace(e, named=lean) if lean else e

    return replace(
        analysis,
        agreed=facts_named(analysis.agreed, read),
        unique=facts_named(analysis.unique, read),
        quotes=tuple(map(quote, analysis.quotes)),
        timeline=tuple(map(entry, analysis.timeline)),
    )
