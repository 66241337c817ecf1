"""What only one outlet reports: a sentence no other article comes close to, nor closer
than the rest of its own article does: such a sentence is most often another outlet's
fact in other words, or an aside. It is listed when it states something on its own: not a
question (nor one quoted before its speaker: '“You want to know who my customer is?” he
asked.'), not cut off with an ellipsis or at a title, no instruction to the reader
("Please ...", "click ..."), no line of a listing ending with a year in brackets, and,
unless it names who speaks, neither a quotation cut off from its speaker ("Salute to
Prodigy ...", named in the sentence before) nor a sentence in the first person ("we at
Billboard Dance take a moment ..."; "I asked one of our hosts" names no one; "i" where the
text is in lower case): a lone item must say whose claim it is. Nor is a sentence of a
passage the article quotes after saying whose it is (`quoted_passages.quoted_after_lead`: the
paragraphs after "Look at Bill Kristol's taunting editorial in the Weekly Standard:", raw
221): shown alone, it would read as the outlet's own. Nor is a sentence giving a figure of
FIGURE_TOLD or more that another outlet writes in the same digits: it tells that outlet's
fact too ("It also imposed a fine of 3,000 Bahraini dinars" / "she was fined 3,000 BD",
raw 127, were both lone items). Nor is a newsroom's own step ("Goodlatte's office did not
respond to a request for comment.", "He did not return a phone call Thursday; neither did
O’Mara.", raw 208 and 14): it tells what the outlet did, not what happened, and nor is a
tune-in line ("... anchors from South Korea ... at 6:30pm ET.", raw 104), nor the outlet's
promise of more ("Denver7 will update this story as more information comes available.",
raw 59).

A sentence another outlet comes close to is still listed, where its article has room left,
when it quotes someone it names whom no other outlet names: their words are its own, and
in a cluster of two close reports every sentence comes close to one of the other's (raw
98's Winstanley quotation, 0.32 with another outlet's sentence on the study).

Nor, where a summary is made beside it, is a sentence the summary shows (`passed_over`,
`UniqueChoice`): shown twice, the reader read one line again and missed the outlet's next
fact (raw 139's "Celli went on ...", 142's Selbin "We are not arguing ...": summary lines);
each outlet's next row takes its place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from chorus.analyze.copies import same_sentences
from chorus.analyze.lead_ins import following, rest_of_before
from chorus.analyze.model import Fact, Quote, outlets
from chorus.analyze.row_lead_ins import row_lead_in
from chorus.analyze.similarity import Similarity
from chorus.analyze.statements import informative, states_a_fact
from chorus.facts import placed_figures
from chorus.language.quoted_passages import quoted_after_lead
from chorus.model import Sentence
from chorus.summarize.newsroom import newsroom_step, writers_verdict
from chorus.summarize.shown import without_dateline

UNIQUE_THRESHOLD = 0.22
"""A sentence is reported by one outlet only when no other article has one this close."""
UNIQUE_MARGIN = 0.02
"""Nor is it when a sentence of another article scores this much more with it than any
other sentence of its own article does. An outlet's own fact sits among the sentences
that lead up to it or go on from it; a sentence nearer another outlet than its own
neighbours is most often something that outlet tells in other words (the seeds'
`Macron stressed "his deep concern ..."`: 0.19 and 0.17 with two sentences of the FT on
Macron's words, the second its paraphrase, at most 0.15 with its own article) or an aside
that belongs to neither ("As Walter White might say, she is the one who knocks")."""
_LISTING_LINE = re.compile(r",\s*\(\d{4}\)\W*$")
"""A line of a listing that ends with a work's year after a comma: a sidebar's caption ("Lesley
Manville, Channel 4 drama, 'The Queen', (2009)", raw 135), which states nothing."""
_NEITHER = re.compile(r";\s*(?:neither|nor)\s+(?:did|has|have|was|were|could)\s+[^,;]{1,40}\.$")
"""A step's closing "; neither did O’Mara." (raw 14) names one more person not reached: the
sentence is still only the newsroom's step (newsroom_step keeps one going on past a ";")."""
UNIQUE_PER_ARTICLE = 3
QUOTED_CEILING = 0.40
"""A quotation whose speaker no other outlet names is still that outlet's alone up to this
score with another outlet's sentence (raw 98's Winstanley, 0.32; 231's Carpou, 0.38): the
cluster's other sentences on the same topic come this close without telling it. Over the
250 raw validation clusters, 26 such quotations fill room the other items left, 24 of them
right; 17's "We will be testing all of the elevators ..." and 209's "We cannot tell
whether the potential objects are from MH370" are told by another outlet in other words."""
_NAME_WORD = re.compile(r"[A-Z][\w'’-]{2,}")
"""A word of a speaker's name looked for in the other outlets' texts ("Winstanley")."""
_BROADCAST_TIME = re.compile(r"\d\s*[ap]\.?\s?m\.?\s*(?:[ECMP][SD]?T|Eastern|Pacific)\b")
_TUNE_IN_CUE = re.compile(
    r"\b(?:[Tt]une|[Ww]atch|[Aa]nchors?|[Ee]xclusive|[Ww]ebinar|[Ll]ive|airs|airing)\b"
)
FIGURE_TOLD = 100
"""Smallest figure (no year) that, written in the same digits by another outlet, makes a
lone item's fact that outlet's too. Over the 250 raw validation clusters' lone items, three
gave such a figure: 127's fine (3,000, both outlets' lone items), 231's "$2.79 billion"
(Avatar's takings, told by both); 227's "$300,000" paid to James Miller is written
"three hundred thousand" for another payment by the other outlet, and stays."""


def unique(
    similarity: Similarity,
    report_of: np.ndarray | None = None,
    said: Sequence[Quote] = (),
    passed_over: Collection[tuple[str, int]] = frozenset(),
) -> tuple[Fact, ...]:
    """Per article, its most central sentences that no other article comes close to. With
    `report_of` (each row's report, copies.py), per report: an article's copies do not
    count as others, and carry the item with it (the same words, each cited). `said`, the
    cluster's quotes, names the speakers of its quotations. A row whose sentence, or a copy
    of it, is in `passed_over` (sentence keys: a summary's lines) is not listed."""
    if len(similarity.sentences) == 0:
        return ()
    best = similarity.best_elsewhere(report_of)
    nearer_elsewhere = best - similarity.best_at_home() >= UNIQUE_MARGIN
    centroid = similarity.vectors.mean(axis=0)
    centrality = similarity.vectors @ centroid
    per_article: dict[int, list[int]] = defaultdict(list)
    ranked = np.argsort(-centrality, kind="stable")
    back = similarity.points_back
    sentences = similarity.sentences
    # Only sentences no other article comes close to (or quotations whose speaker none
    # names), nor nearer than their own article's, are looked at one by one.
    home = similarity.article_of if report_of is None else report_of
    repeats = same_sentences(similarity) if report_of is not None else {}
    taken: set[int] = set()
    others = _Others(similarity, home)
    # Rows near another outlet's sentence are looked at after every other, for room left
    # only: a quotation whose speaker no other outlet names (`_speaker_alone`).
    quoted = (best < QUOTED_CEILING) & ~nearer_elsewhere & (best >= UNIQUE_THRESHOLD)
    lone = (best < UNIQUE_THRESHOLD) & ~nearer_elsewhere
    speakers = _quoted_speakers(said) if quoted.any() else {}
    for rows, by_speaker in ((ranked[lone[ranked]], False), (ranked[quoted[ranked]], True)):
        for row in rows.tolist():
            report = int(home[row])
            # a row its article has no room for is passed over before its text is sliced
            if len(per_article[report]) >= UNIQUE_PER_ARTICLE or row in taken or back[row]:
                continue
            if passed_over and any(
                sentences[k].key in passed_over for k in (row, *repeats.get(row, ()))
            ):
                continue
            if by_speaker and not _speaker_alone(speakers, sentences[row], others, report):
                continue
            if _states_alone(sentences, row, others, report):
                per_article[report].append(row)
                taken.update(repeats.get(row, ()))
    shown = {sentences[row].key for rows in per_article.values() for row in rows}
    return tuple(
        _unique_fact(similarity, row, repeats.get(row, ()), shown)
        for report in sorted(per_article)
        for row in sorted(per_article[report])
    )


@dataclass(frozen=True, slots=True, eq=False)
class UniqueChoice:
    """What the choice of each outlet's own rows reads (`unique`'s arguments), kept so that
    it is made again passing over the lines a summary shows (`chorus.unique_shown`): the
    analysis is made before the summary, which reads its agreed facts and background."""

    similarity: Similarity
    report_of: np.ndarray | None
    said: Sequence[Quote]

    def facts(self, passed_over: Collection[tuple[str, int]] = frozenset()) -> tuple[Fact, ...]:
        return unique(self.similarity, self.report_of, self.said, passed_over)


def _states_alone(sentences: Sequence[Sentence], row: int, others: _Others, report: int) -> bool:
    """Whether a row's sentence can be shown as one outlet's alone: it states something on
    its own, is no tune-in line nor the writer's verdict ("... should not be missed ...",
    raw 213: `newsroom.writers_verdict`, which the summary never shows either), and gives no
    large figure another report writes."""
    text = sentences[row].text
    return (
        informative(text, following(sentences, row, text))
        and not rest_of_before(sentences, row, text)
        and states_a_fact(text)
        and not _LISTING_LINE.search(text)
        and not quoted_after_lead(sentences[row])
        and not newsroom_step(_NEITHER.sub(".", text))
        and not writers_verdict(text)
        and not tune_in(text)
        and not outlets_own_note(text)
        and not (
            (written := _large_figures(text)) and _told_elsewhere(written, others.texts, report)
        )
    )


def tune_in(text: str) -> bool:
    """Whether a sentence is an outlet's tune-in line: a broadcast's hour in a time zone and
    a word asking to watch ("NBC Nightly News Exclusive: Lester Holt anchors from South
    Korea on Monday and Tuesday, April 3 and 4, at 6:30pm ET.", raw 104), which tells what
    the outlet will air, not what happened ("after 8 p.m. CT on Thursday", raw 234, names
    no broadcast)."""
    # the hour first: 15 lines of the 250 raw clusters' documents give one
    return _BROADCAST_TIME.search(text) is not None and _TUNE_IN_CUE.search(text) is not None


_PROMISE = re.compile(
    r"\b(?:will|to)\s+(?:continue\s+to\s+)?update\s+(?:this|the|our)\s+(?:story|article|post|report)"
    r"|\b(?:as|when)\s+(?:more\s+)?(?:information|details)\s+(?:becomes?|comes?|is|are)\s+"
    r"(?:made\s+)?(?:available|released)|\b[Cc]heck\s+back\b|\b[Ss]tay\s+tuned\b|^Disclosure:"
)
"""An outlet's promise to its reader: "Denver7 will update this story as more information
comes available." (raw 59), "Check back for details as they develop." (raw 187). Over the raw
and DUC articles' text, 5 hits, all such promises (two in raw 40's Kickstarter pitch). A
writer's disclosure on themselves ("Disclosure: The author has no positions in any stocks
mentioned ...", raw 61, the one line of raw and DUC opening so) tells of the outlet too."""
_PROMISE_CUES = ("update", "vailable", "eleased", "heck back", "tuned", "Disclosure:")


def outlets_own_note(text: str) -> bool:
    """Whether a sentence is the outlet's promise of more to come, or its writer's
    disclosure: it tells of the outlet, not of what happened."""
    # a literal first: few sentences hold any of the cues
    return any(cue in text for cue in _PROMISE_CUES) and _PROMISE.search(text) is not None


def _quoted_speakers(said: Sequence[Quote]) -> dict[tuple[str, int], list[str]]:
    """The words of the names of the speakers each sentence quotes verbatim, by (article,
    start): a speaker named by a word in lower case ("company") is no name."""
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    for quote in said:
        if quote.kind == "quote" and quote.speaker[:1].isupper():
            found[quote.sentence.article.id, quote.sentence.start] += _NAME_WORD.findall(
                quote.speaker
            )
    return found


def _speaker_alone(
    speakers: dict[tuple[str, int], list[str]], sentence: Sentence, others: _Others, report: int
) -> bool:
    """Whether a sentence quotes someone no article of another report names by any word of
    their name: their words are this outlet's alone, however near another sentence comes on
    the story's topic (raw 98's “This was surprising, ...,” said Catharine Winstanley: 0.32
    with another outlet's sentence on the study, which never names her)."""
    words = speakers.get((sentence.article.id, sentence.start))
    # named in the sentence itself: '..., she said.' shown alone says not whose words they are
    return (
        bool(words)
        and any(word in sentence.text for word in words)
        and not others.write(report, words)
    )


_LARGE = re.compile(r"\d\d\d|\d(?:\.\d+)?\s*(?:m|b|tr)illion")
"""Digits a figure of FIGURE_TOLD or more is written with ("3,000", "$2.79 billion"): a
search spares most sentences the reading of their figures (~30 µs where a number word is)."""


def _large_figures(text: str) -> list[str]:
    """The figures of FIGURE_TOLD or more (no year, no range) a text writes in digits, as
    written."""
    if _LARGE.search(text) is None:
        return []
    return [
        text[p.figure.start : p.figure.end]
        for p in placed_figures(text)
        if not p.year
        and FIGURE_TOLD <= p.figure.low == p.figure.high
        and text[p.figure.start].isdigit()
    ]


class _Others:
    """Each report's articles' texts, read once a candidate needs them (a large figure, a
    speaker), from each article's first row (its rows are one run: a walk over every
    sentence cost unique() ~5%)."""

    def __init__(self, similarity: Similarity, home: np.ndarray) -> None:
        self._similarity = similarity
        self._home = home

    @cached_property
    def texts(self) -> dict[int, list[str]]:
        article_of = self._similarity.article_of
        firsts = [0, *(np.flatnonzero(article_of[1:] != article_of[:-1]) + 1).tolist()]
        found: dict[int, list[str]] = defaultdict(list)
        for row in firsts:
            found[int(self._home[row])].append(self._similarity.sentences[row].article.text)
        return found

    def write(self, report: int, words: Collection[str]) -> bool:
        """Whether an article of another report than `report` holds one of `words`."""
        return any(
            word in text
            for other, texts in self.texts.items()
            if other != report
            for text in texts
            for word in words
        )


def _told_elsewhere(written: list[str], texts: dict[int, list[str]], report: int) -> bool:
    """Whether an article of another report writes one of the figures `written` as a figure
    of its own (not inside a longer one: "13,000" holds "3,000")."""
    for figure in written:
        alone = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)")
        if any(
            figure in text and alone.search(text)
            for other, others in texts.items()
            if other != report
            for text in others
        ):
            return True
    return False


def _unique_fact(
    similarity: Similarity,
    row: int,
    carried_by: Sequence[int],
    shown: Collection[tuple[str, int]],
) -> Fact:
    """An item, with its lead-in (row_lead_ins.row_lead_in) unless the sentence it leans on is
    an item shown (raw 244: "“It could have been worse, ...,” she said." after the tweet it
    follows, whose lead-in repeated that item in full; raw 158's "Some, particularly ..."
    before "Others include ...")."""
    # each shown as the summary shows a sentence: past its dateline and a leading dash
    statement = without_dateline(similarity.sentences[row])
    carried = tuple(without_dateline(similarity.sentences[j]) for j in carried_by)
    found = row_lead_in(similarity.sentences, row, similarity.points_back, shown=shown)
    context = tuple(map(without_dateline, found))
    return Fact(statement, carried, outlets((statement, *carried)), context)
