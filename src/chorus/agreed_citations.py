"""A summary sentence that is an Agreed row's statement cites the outlets that row does.

The summary cites another outlet for what it shows when its own tests find a sentence there
telling it (a near-duplicate, a retelling, a part in its words: summarize/citations.py). The
Agreed section, run on the same sentences, states it as one fact with the sentences of other
outlets telling it, marking an outlet whose sentences tell only a part of it (Fact.partial).
Where the two differ a reader sees two answers to "who reports this?": raw validation 112's
Cleaver "sugar-coated Satan sandwich" cited [3] in the summary, [1][3] in Agreed, 180's
warrant [1] against [1][2]. So once the analysis has run, a summary sentence shown from an
agreed fact's statement (the same sentence, its dateline left out or not) cites each outlet
whose supports tell it whole, those supports its sources, and no outlet the row marks as
telling only a part, even one the summary's own tests cited: an outlet cited for a part as
if it told all is worse than one not cited, and the Agreed row beside it says "[2] in part".
Nor is an outlet cited whose supports write less than `WRITTEN` of the statement's content
stems, or the first of two things it names after one "the" without the second (`_short_of`,
as the summary's own parts are read: raw 95's "Plotts was hit three times in the torso" for
"... shot Plotts three times in the torso and arm."): Agreed then most often calls whole what
tells one detail of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chorus.analyze.similarity import stems
from chorus.model import Sentence, SummarySentence
from chorus.summarize.citations import one_of_two
from chorus.summarize.retold_whole import quotes_each_sentence

if TYPE_CHECKING:
    from chorus.analyze.model import Fact

WRITTEN = 0.3
"""The share of a statement's content stems (`similarity.stems`) an outlet's supports must
write between them for the summary to cite it. Over the 250 raw and 30 DUC briefings Agreed's
whole supports would add 265 citations; 33 write less than this share, and about 29 of those
tell one detail of the statement or another fact: raw 88's "Alexa goes to the dogs." for
Petlexa "allows dogs, cats, and other animals to communicate with Alexa ...", 82's "Rihanna
trails only Madonna, with 43 No. 1s." for Madonna's record, 249's "Western officials ...
described Russia's participation as constructive ..." for Ban's "deeply concerned", DUC 18's
"It was Turkey's fourth government to collapse since 1995." for its fall in a confidence vote.
A floor of four stems instead kept 21 of these and dropped 7 right short ones (111's "Summer
Girls", 65's Steelworkers) (docs/journal/interface.md, stop 44)."""


def cited_as_agreed(
    summary: Sequence[SummarySentence], facts: Sequence[Fact], order: Mapping[str, int]
) -> tuple[SummarySentence, ...]:
    """`summary` with each sentence shown from an agreed fact's statement citing as the
    fact does (`_as_stated`); `order` is each article's place among the sources, by id."""
    stated: dict[tuple[str, int], Fact] = {}
    for fact in facts:
        stated.setdefault(fact.statement.key, fact)
    return tuple(
        _as_stated(sentence, fact, order) if (fact := stated.get(sentence.shown.key)) else sentence
        for sentence in summary
    )


def _as_stated(sentence: SummarySentence, fact: Fact, order: Mapping[str, int]) -> SummarySentence:
    """The sentence without the sources of articles `fact` marks as telling it in part, and
    with the supports of each other article it does not cite yet, in source order."""
    in_part = frozenset(fact.partial)
    kept = [s for s in sentence.also if s.article.id not in in_part]
    cited = {s.article.id for s in (sentence.shown, *kept)} | in_part
    short = _short_of(fact.statement, [s for s in fact.support if s.article.id not in cited])
    whole = [s for s in fact.support if s.article.id not in cited | short]
    if len(kept) == len(sentence.also) and not whole:
        return sentence
    also = sorted([*kept, *whole], key=lambda s: (order[s.article.id], s.index))
    return replace(sentence, also=tuple(also))


def _short_of(statement: Sentence, supports: Sequence[Sentence]) -> set[str]:
    """The articles whose `supports`, read together, write less than `WRITTEN` of the
    statement's content stems, one of two things it names after one "the" alone, or some
    sentences of its quotation and not the others (`retold_whole.quotes_each_sentence`)."""
    wanted = set(stems(statement.text))
    least = WRITTEN * len(wanted)
    texts: dict[str, list[str]] = {}
    for support in supports:
        texts.setdefault(support.article.id, []).append(support.text)
    return {
        article
        for article, own in texts.items()
        if len(wanted.intersection(stems(" ".join(own)))) < least
        or one_of_two(statement.text, " ".join(own))
        or not quotes_each_sentence(statement.text, " ".join(own))
    }
