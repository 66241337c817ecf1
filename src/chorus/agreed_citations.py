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

A summary sentence shown from one of a fact's supports cites another outlet of the fact (none
the row marks in part) only where that outlet's sentences there tell the shown sentence whole
by a stricter reading (`_telling`): a support is linked to the statement, not the statement to
it, and most statements tell another part of the story than the support they are linked to
(raw 195's glued locks, in Minneapolis, for "In the Bay Area, they allegedly glued the locks
...").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chorus.analyze.similarity import stems
from chorus.language.quotations import QUOTED
from chorus.model import Sentence, SummarySentence
from chorus.summarize.carried import carries
from chorus.summarize.citations import no_more, one_of_two
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


TOLD = 0.75
"""The share of a shown support's content stems (`similarity.stems`) another outlet's sentences
of its fact must write for the summary to cite them. Over the 250 raw and 30 DUC briefings 398
summary sentences are a support and no statement; `WRITTEN` and `_short_of` read against them
would add 353 citations, 11 of 40 read telling the sentence whole (raw 157's "A sketch released
of an unidentified woman ..." for "two cars hit her"). From this share, with `_tells`' other
tests, 18 are added on 13 sentences, 17 telling it (DUC 18's "Last year, the military ousted
Turkey's first Islamic-led government." in five more outlets) and raw 114's "... the threat was
'in the foreseeable future' ..." not; from 0.6, 41, about 8 of them a part (raw 110's student
"also suspected of the murder of a 32-year-old woman") (docs/journal/agreement.md, agree87)."""


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
"""A name written in capitals ("WPXI", "FBI"), which `carried.carries` does not read as one:
raw 4's '"Police don't believe ...," WPXI reports.' is not told by [2]'s own "Police don't
believe ..." (287 of the 2,638 summary sentences write one outside their quotations)."""


def cited_as_agreed(
    summary: Sequence[SummarySentence], facts: Sequence[Fact], order: Mapping[str, int]
) -> tuple[SummarySentence, ...]:
    """`summary` with each sentence shown from an agreed fact's statement citing as the
    fact does (`_as_stated`), and each shown from a support citing the fact's other outlets
    that tell it whole (`_as_supported`); `order` is each article's place among the sources,
    by id."""
    stated: dict[tuple[str, int], Fact] = {}
    supported: dict[tuple[str, int], Fact] = {}
    for fact in facts:
        stated.setdefault(fact.statement.key, fact)
        for support in fact.support:
            supported.setdefault(support.key, fact)

    def cited(sentence: SummarySentence) -> SummarySentence:
        if fact := stated.get(sentence.shown.key):
            return _as_stated(sentence, fact, order)
        if fact := supported.get(sentence.shown.key):
            return _as_supported(sentence, fact, order)
        return sentence

    return tuple(map(cited, summary))


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


def _as_supported(
    sentence: SummarySentence, fact: Fact, order: Mapping[str, int]
) -> SummarySentence:
    """The sentence, a support of `fact`, with the sentences of each outlet of the fact it
    does not cite yet, nor the fact marks in part, that tell it whole (`_telling`)."""
    cited = {s.article.id for s in sentence.sources} | set(fact.partial)
    by_article: dict[str, list[Sentence]] = {}
    for other in fact.sentences:
        if other.article.id not in cited:
            by_article.setdefault(other.article.id, []).append(other)
    wanted = set(stems(sentence.text))
    told = [s for own in by_article.values() for s in _telling(sentence.text, wanted, own)]
    if not told:
        return sentence
    also = sorted([*sentence.also, *told], key=lambda s: (order[s.article.id], s.index))
    return replace(sentence, also=tuple(also))


def _telling(shown: str, wanted: set[str], own: Sequence[Sentence]) -> list[Sentence]:
    """The first of one article's sentences `own` that tells `shown` whole, else all of them
    when read together they do (raw 208's two sentences of Goodlatte's tweet), else none:
    writing `TOLD` of its content stems (`wanted`), then passing `_tells`' tests of its text."""
    least = max(TOLD * len(wanted), 1)
    # each sentence's stems found once, their union read for the sentences together
    written = [wanted.intersection(stems(one.text)) for one in own]
    for one, words in zip(own, written, strict=True):
        if len(words) >= least and _tells(shown, one.text):
            return [one]
    together = set().union(*written)
    if len(own) > 1 and len(together) >= least and _tells(shown, " ".join(s.text for s in own)):
        return list(own)
    return []


def _tells(shown: str, told: str) -> bool:
    """Whether `told` gives every figure and name `shown` gives (`carried.carries`), each
    name in capitals it writes outside its quotations (`_ACRONYM`), no figure it does not
    allow nor a denial it lacks (`citations.no_more`), and each sentence of its quotation."""
    return (
        all(name in told for name in _ACRONYM.findall(QUOTED.sub(" ", shown)))
        and carries(shown, told, "")
        and no_more(told, shown)
        and quotes_each_sentence(shown, told)
    )


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
