"""The cross-source analysis as data: facts, quotes, conflicts, a timeline, entities and
the relevance of each article.

Every item points into the articles by offsets: a `Sentence` for whole sentences and an
`Excerpt` for a part of one (a quotation, a date expression), so `excerpt.text` is
`article.text[start:end]` by construction. A section that is empty carries the reason in
`Analysis.reasons`, so "nothing found" and "could not be looked for" read differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from chorus.language.counts import WEEKDAYS
from chorus.model import Article, Sentence

SECTIONS = ("agreed", "unique", "conflicts", "quotes", "timeline", "entities", "background")
"""The sections of an analysis, in the order they are shown."""

Precision = Literal["day", "month", "year"]
QuoteKind = Literal["quote", "reported"]
ConflictKind = Literal["number", "date", "title", "body", "charge", "comment", "denial"]
EntityLabel = Literal["person", "organisation", "place"]


@dataclass(frozen=True, slots=True, eq=False)
class Excerpt:
    """A half-open character range `[start, end)` of one article's text."""

    article: Article = field(repr=False)
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end <= len(self.article.text):
            raise ValueError(f"bad excerpt [{self.start}, {self.end}) of {self.article.id}")

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


@dataclass(frozen=True, slots=True, eq=False)
class NamedLean:
    """Whom a row's pronoun stands for, as its lead-in writes the name in full: shown
    "(he: Mario Draghi)" in place of the lead-in's sentences (lead_in_names.py)."""

    pronoun: str
    """The row's pronoun, lower case: "he", "she", "his", "her" or "him"."""
    name: Excerpt
    """The name's first full mention in the lead-in."""


@dataclass(frozen=True, slots=True, eq=False)
class Fact:
    """A statement and the sentences of other articles that report the same thing."""

    statement: Sentence
    support: tuple[Sentence, ...]
    outlets: tuple[str, ...]
    context: tuple[Sentence, ...] = ()
    """For a unique item that points back ("He was later released", "The move comes ..."),
    the sentence before it in its article, or the two before it (lead_ins.lead_in), in
    article order, shown with it: a unique item stands alone otherwise."""
    partial: tuple[str, ...] = ()
    """Of an agreed item, the articles whose supports tell only a part of the statement: a
    clause or a figure of it none of them gives (agreement_parts.py)."""
    differs: tuple[str, ...] = ()
    """Of an agreed item two of whose sentences are shown in conflict over one value, the
    conflicts' reasons ("Different figures for injuries: 3 children vs 2 children"): the rest
    is what both tell (conflicts.value_disputes)."""
    named: NamedLean | None = None
    """Of a row whose lead-in is needed only for whom its pronoun stands for, that name, shown
    in place of `context` (lead_in_names.py); else None."""

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return (self.statement, *self.support)


@dataclass(frozen=True, slots=True, eq=False)
class Quote:
    """Words attributed to a speaker: quoted verbatim (`quote`) or paraphrased (`reported`)."""

    speaker: str
    role: str | None
    text: Excerpt
    sentence: Sentence
    outlet: str
    kind: QuoteKind
    resumed: Excerpt | None = None
    """Of a quotation its attribution interrupts ("“When you actually see your house,” Dull
    said, “and you know ...”": multi_news-val-1432), the part after the attribution, `text`
    the part before it, without the comma the attribution set there; else None."""
    context: tuple[Sentence, ...] = ()
    """Of a bare answer ("No. Certainly not.", "Not that I'm aware of"), the question its
    article asks in the sentence before, shown as its lead-in (quote_answers.py); else ()."""
    named: NamedLean | None = None
    """Of a row whose lead-in is needed only for whom its pronoun stands for, that name, shown
    in place of `context` (lead_in_names.py); else None."""

    @property
    def words(self) -> str:
        """The words shown: `text`, and `resumed` after it, the attribution between left out."""
        return self.text.text if self.resumed is None else f"{self.text.text} {self.resumed.text}"


def background_only(spans: Iterable[Sentence | Excerpt], background: frozenset[str]) -> bool:
    """Whether only background articles tell an item: its spans are all theirs (and there
    is one). Such an item is shown after the story's own, marked "(background)"
    (docs/decisions.md, "Background articles in the analysis sections")."""
    articles = {span.article.id for span in spans}
    return bool(articles) and articles <= background


def outlets(sentences: tuple[Sentence, ...]) -> tuple[str, ...]:
    """The outlets behind some sentences, each once, in order."""
    return tuple(dict.fromkeys(s.article.outlet for s in sentences))


@dataclass(frozen=True, slots=True, eq=False)
class Conflict:
    """Two sides that cannot both be right, and what differs between them."""

    kind: ConflictKind
    side_a: tuple[Sentence, ...]
    side_b: tuple[Sentence, ...]
    reason: str
    against_finding: bool = False
    """True when side A is someone's claim and side B a finding that the claim's own
    article reports too (raw 121: Dunn's word that Davis had a weapon against "no weapon
    was found" [2] and "a gun was never recovered" [3]): a claim against the evidence,
    not one outlet against another."""

    @property
    def outlets_a(self) -> tuple[str, ...]:
        return outlets(self.side_a)

    @property
    def outlets_b(self) -> tuple[str, ...]:
        return outlets(self.side_b)


@dataclass(frozen=True, slots=True, eq=False)
class TimelineEntry:
    """A dated sentence: the date expression in it and the date it resolves to."""

    date: dt.date
    precision: Precision
    sentence: Sentence
    expression: Excerpt
    relative: bool
    """True when the date was resolved against the article's publication date."""
    planned: bool = False
    """True when the event lies ahead of its article's writing (timeline_ahead)."""
    context: tuple[Sentence, ...] = ()
    """The sentence before it that it leans on ("However, he said ..."), shown before it."""
    dates: Excerpt | None = None
    """The words of what its date dates, when its sentence tells a later event of it: the
    story's crime in a sentence of its verdict or appeal ("Kercher's 2007 murder",
    timeline_trials), shown beside the date."""
    lent: bool = False
    """True when its year is read from the cluster's other articles, its own article naming
    none and having no publication date (timeline_beside.years_lent)."""
    copies: tuple[Sentence, ...] = ()
    """Other articles' sentences printing it alike, shown once as this row
    (timeline_reprinted.printed_once): the row cites their articles too."""
    own_line: bool = False
    """True when its relative date is read against a dated line of its own article's text
    (a stamp, a post's heading: timeline_headings), the article having no publication date:
    the briefing's header and Sources say its date is unknown."""
    goes_on: tuple[Sentence, ...] = ()
    """The line after it that it introduces, its own sentence ending in a colon ("Late
    Thursday night, Mercy Fitzgerald released this statement regarding the deadly shooting:",
    raw 95): shown after it, what the colon promised (timeline_lead_ins)."""
    until: dt.date | None = None
    """The end of the span it opens ("in 2000-2001", "from April 2015 until June 2016",
    "March 8 to 23, 2017"), at its precision: a span is one entry, under its first end
    (timeline_spans.ends_a_span)."""
    named: NamedLean | None = None
    """Of a row whose lead-in is needed only for whom its pronoun stands for, that name, shown
    in place of `context` (lead_in_names.py); else None."""

    @property
    def week_lent(self) -> bool:
        """True when it is a weekday whose week, not only its year, is read from its article's
        own full date and the cluster's other articles (timeline_weeks): a day no article
        writes, no ground for a conflict of dates."""
        return self.lent and self.expression.text.lower() in WEEKDAYS

    @property
    def when(self) -> str:
        """The date at its precision: 2018-04-07, 2016-06 or 2013."""
        width = {"day": 10, "month": 7, "year": 4}[self.precision]
        return self.date.isoformat()[:width]


@dataclass(frozen=True, slots=True, eq=False)
class Entity:
    """A person, organisation or place, and the articles that mention it."""

    name: str
    label: EntityLabel
    outlets: int
    mentions: tuple[Excerpt, ...]


@dataclass(frozen=True, slots=True)
class Copies:
    """Articles that carry one report (copies.py): what they share is not agreement."""

    articles: tuple[str, ...]
    """Their ids, in article order."""
    shared: int
    """How many sentences two or more of them have, the same content words in order or
    with a figure or a word or two changed (copies.repeats)."""


BACKGROUND = "background"
"""An article on another event or subject, or background to the story."""
NOT_NEWS = "not news"
"""A page with no story of its own: a crawl notice, a table, a video's page of links, a
publisher's page of praise for a book."""
NOT_ENGLISH = "not in English"
"""An article every line of which cleaning took as another script."""


@dataclass(frozen=True, slots=True)
class Relevance:
    """How closely an article follows the story the other articles tell."""

    article_id: str
    score: float
    off_topic: bool
    reason: str
    kind: str = BACKGROUND
    """What an article set aside is, in the one word every place naming it uses (the
    header's count, the notes, Background, Sources): BACKGROUND, NOT_NEWS or NOT_ENGLISH.
    Raw 197's table page was "another event" in a note, "web-page text" under Background
    and "a background article" in the header and Sources."""

    @property
    def label(self) -> str:
        """ "not news: reads as web-page text, not a news report": its kind, then why."""
        return f"{self.kind}: {self.reason}"


@dataclass(frozen=True, slots=True, eq=False)
class Analysis:
    """Every section of the cross-source analysis; `reasons[section]` says why one is empty."""

    agreed: tuple[Fact, ...] = ()
    unique: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    entities: tuple[Entity, ...] = ()
    relevance: tuple[Relevance, ...] = ()
    copies: tuple[Copies, ...] = ()
    reasons: dict[str, str] = field(default_factory=dict)

    @property
    def off_topic(self) -> frozenset[str]:
        """Ids of the articles judged to be about another event (background)."""
        return frozenset(r.article_id for r in self.relevance if r.off_topic)
