"""Pages that speak as "I": a speaker's own page, and someone's words a page sets as a block.

A blog post or an essay in its writer's voice ("Raffaele has plenty of reason for
resentment, but not against me.", Knox's blog, raw validation 133) says "I" outside any
quotation mark; shown beside other outlets' lines, its "I" is no one. When another outlet
quotes the same words it names the speaker (`credit_lines.quoted_elsewhere`).

A page may also print someone's words as paragraphs of their own, with no quotation marks,
below a line closing on a colon that says whose they are ("According to a transcript of
the released audio, Dunn told fiancée Rhonda Roue that he felt "attacked" ...:" / "I was
the one that was being preyed upon and I fought back. ...", raw 121): that page is not the
speaker's own. Making such a block's rows wait for its introduction cost raw R-1 / R-2
−0.06 / −0.12 (docs/journal/summary.md, "Summary a reader sees, thirty-third pass"): the
rows the summary chooses from it are kept, and the introduction is chosen first to stand
above them (`unintroduced`; forty-fourth pass).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from chorus.dangling import says_outside_quotes
from chorus.model import Sentence
from chorus.summarize.credit_lines import speaks_as_we

FIRST_PERSON = re.compile(r"[IMm](?<!\w[IMm])(?:(?<=I)|(?<=m)(?:e|y(?:self)?)|(?<=M)y)(?!-?\w)")
"""A speaker's "I", "me", "my", "My" or "myself" as a word ("I'm", "I’ve", ... hold an "I"
standing alone), not a senator's party and state ("Sen. Bernie Sanders (I-VT)", raw 112) nor
a road ("I-95"). Written to open on its first letters, which the pattern engine looks for
fast, then to look back for the word's start: three times faster than opening on `\b`."""


def speaks_as_i(text: str) -> bool:
    """Whether a text says "I", "me" or "my" outside its quotation marks."""
    return says_outside_quotes(FIRST_PERSON, text)


def _paragraph_break(before: Sentence, after: Sentence) -> bool:
    return "\n" in after.article.text[before.end : after.start]


_STATEMENT_INTRO = re.compile(r"\b(?:statement|said|says|wrote|writes|reads?)\s*:\s*$")
"""A line closing on a colon after a word saying someone's words follow ("UConn sent News 8
the following statement:", raw 8; "Rubin writes:", 36; "..., which read in part:", 225):
the paragraph below is theirs in any person (UConn's "Jeffny Pally was a talented, ambitious,
promising young woman ..."). Over raw validation and DUC, 10 such lines; the paragraph after
the block's first is the page's narration again in each but the first-person ones (raw 8's
"The call that the fire department was responding to ...", 73's "It’s been a lot of drama
...") and two in quotation marks (50's second paragraph of its statement, 205's "Variety has
much more on the mix-up." aside)."""


def block_quoted(sentences: Sequence[Sentence], article_starts: Sequence[int]) -> np.ndarray:
    """Per sentence: whether it stands in a block of someone's words, the paragraphs in the
    first person (outside quotation marks) right below a line closing on a colon that
    speaks in no first person of its own (a writer's "Here's what I found:" introduces the
    writer's own words), or the paragraph right below a line saying whose words follow
    (`_STATEMENT_INTRO`) in any person. The block runs on while each paragraph speaks in
    the first person."""
    marked = np.zeros(len(sentences), dtype=bool)
    starts = set(map(int, article_starts))
    row = 1
    while row < len(sentences):
        before = sentences[row - 1]
        if (
            row in starts
            or not before.text.rstrip().endswith(":")
            or not _paragraph_break(before, sentences[row])
            or speaks_as_i(before.text)
        ):
            row += 1
            continue
        statement = _STATEMENT_INTRO.search(before.text) is not None
        while row < len(sentences) and row not in starts:
            end = row + 1
            while (
                end < len(sentences)
                and end not in starts
                and not _paragraph_break(sentences[end - 1], sentences[end])
            ):
                end += 1
            if not statement and not any(speaks_as_i(s.text) for s in sentences[row:end]):
                break
            statement = False
            marked[row:end] = True
            row = end
        row += 1
    return marked


INTRODUCTION_WORDS = 25
"""The most words of a block's introduction taken for it (raw 225's "In a statement to
CBS12, McDowell explained her side of the story, which read in part:", 16): a longer one is
a story line of its own, taking the room of the block's rows the references quote (121's
48-word transcript line cost R-1 / R-2 −10.7 / −18.0, the raw mean R-2 −0.07)."""


def unintroduced(
    block: np.ndarray, words: np.ndarray, shortest: int, chosen: Sequence[int]
) -> dict[int, int]:
    """The `chosen` rows standing in a block of someone's words (`block`, of
    `block_quoted`) whose introduction, the line right above the block, is not chosen:
    each with that line's row. Shown without it, the block's "I" is no one (raw 225's "I
    picked up a drink, walked to where they were, ...", McDowell's statement to CBS12, below
    the resort officials' account). Only an introduction of `shortest` to
    `INTRODUCTION_WORDS` of `words`: a shorter one ("Rubin writes:", "Cosby’s reply:") is
    no line selection takes; taken anyway, raw 172 opened on "Cosby’s reply was every bit
    as convoluted:" and the raw mean fell R-1 / R-2 −0.06 / −0.09."""
    return {
        row: intro
        for row, intro in _introductions_unchosen(block, chosen).items()
        if shortest <= words[intro] <= INTRODUCTION_WORDS
    }


def introduction_untaken(
    texts: Sequence[str],
    block: np.ndarray,
    words: np.ndarray,
    shortest: int,
    chosen: Sequence[int],
) -> list[int]:
    """The `chosen` rows standing in a block of someone's words whose introduction (one of
    `texts`) says whose words follow (`_STATEMENT_INTRO`), is not chosen and is shorter than
    `shortest` of `words`, a line selection never takes ("Rubin writes:", raw 36; "UConn
    sent News 8 the following statement:", 8): shown, they read as the briefing's own
    narration (8's "Jeffny Pally was a talented, ambitious, promising young woman ...",
    UConn's), so they are not chosen. A first-person block below another short line is
    left: read too, raw 169 lost Zuckerberg's credited "Today's acquisition ..." and the
    WhatsApp deal for Persson's blog (R-1 / R-2 −5.94 / −5.67) and the raw mean R-1 fell
    0.031 (docs/journal/summary.md, sixty-second pass)."""
    return [
        row
        for row, intro in _introductions_unchosen(block, chosen).items()
        if words[intro] < shortest and _STATEMENT_INTRO.search(texts[intro]) is not None
    ]


def _introductions_unchosen(block: np.ndarray, chosen: Sequence[int]) -> dict[int, int]:
    """The `chosen` rows in a block whose introduction, the line right above the block, is
    not chosen, each with that line's row."""
    taken = set(chosen)
    found = {}
    for row in chosen:
        if block[row]:
            intro = row - 1
            while block[intro]:
                intro -= 1
            if intro not in taken:
                found[row] = intro
    return found


_WRITTEN_AS_I = 2 / 3
"""The share of a page's sentences saying "I" from which the page is its writer's own
account throughout: an essay, an op-ed or a column writes "I" in at most 0.58 of its
sentences over raw validation (212's), where leaving their "I" rows out cost raw R-1 / R-2
−0.14 / −0.16 (docs/journal/summary.md, "Summary a reader sees, thirty-fourth pass")."""


_WRITTEN_AS_WE = 0.4
"""The share of a page's sentences saying "we", "our" or "us" (outside quotation marks, at
least twice) from which the page speaks as "we" throughout: a company's own notes (raw
validation 166's American Airlines page, 0.48), an index's own page (0's, 3 of 4), an outlet's
post in its own voice (71's, 211's). Over raw validation and DUC 2003, 12 of 922 pages, 11 in
their own "we" (9's column, 0.44, says it for everyone); the next below are 220's Romney
op-ed and 7's foundation letter, 0.36 (docs/journal/summary.md, "Summary a reader sees,
ninety-second pass")."""


_THANKS = re.compile(r"\b(?:[Tt]hank(?:s| you)?)\b")


def thanks_reader(text: str) -> bool:
    """Whether a text thanks someone outside its quotation marks ("thank you", "thanks to
    those of you ..."): on a page written as "we" (`OwnPages.written_as_we`), the page's
    own thanks to its readers. On the pages so written beside other articles in raw
    validation and DUC 2003, 11 sentences say "thank", 8 of them with a "we" of their own;
    the 3 with none are each the page's thanks (26's letter, 122's GoFundMe, 166's)."""
    return "hank" in text and says_outside_quotes(_THANKS, text)


_ASIDE_SHARE = 1 / 3
"""The share of a page's sentences saying "I" under which its "I" is the writer's aside
(raw validation: 70's review 0.21, 61's column 0.26), not the page's account (220's op-ed
0.48)."""


class OwnPages:
    """Which chosen rows speak as "I" on a page that is their speaker's own: their article
    says "I" outside quotation marks other than in a block of someone's words
    (`block_quoted`) too. Each row and article is read once, in the first selection that
    chooses it (the summary is chosen again up to a few times)."""

    def __init__(
        self, sentences: Sequence[Sentence], article_starts: np.ndarray, article_of: np.ndarray
    ) -> None:
        self._sentences = sentences
        self._bounds = [*map(int, article_starts), len(sentences)]
        self._article_of = article_of
        self._says: dict[Callable[[str], bool], dict[int, bool]] = {
            speaks_as_i: {},
            speaks_as_we: {},
        }
        self._own: dict[int, bool] = {}
        # the rows `written_as_we` found, left out of every selection after: as rows shown
        # saying "I", they keep their page from opening the summary (`reading_order`)
        self.left_as_we: set[int] = set()
        self._said: dict[tuple[Callable[[str], bool], int], int] = {}

    def rows(self, rows: Sequence[int]) -> list[int]:
        """The `rows` saying "I" on their speaker's own page."""
        return [row for row in rows if self._speaks(row) and self._own_page(row)]

    def written_as_i(self, rows: Sequence[int]) -> list[int]:
        """The `rows` saying "I" on a page written as "I" throughout (`_WRITTEN_AS_I` of its
        sentences say it): a student's own project write-up (raw 129's "One night, I was
        looking after my grandfather ...") names no one as its "I"."""
        return [row for row in self.rows(rows) if self._share(speaks_as_i, row) >= _WRITTEN_AS_I]

    def written_as_we(self, rows: Sequence[int]) -> list[int]:
        """The `rows` saying "we", "our" or "us" outside quotation marks on a page saying it
        in `_WRITTEN_AS_WE` of its sentences and at least twice: an organisation's own page
        (raw 166's American Airlines notes, "In an effort to get Karen to Jack as soon as
        possible, we are flying her to JFK this evening ..."), or an outlet's post in its own
        voice (211's "... can be found in our original reveal post ..."), whose "we" no line
        of a summary names; and its thanks to its readers, which are its own in any person
        (166's "In the meantime, thanks to those of you showing your support ...")."""
        found = [
            row
            for row in rows
            if (self._says_as(speaks_as_we, row) or thanks_reader(self._sentences[row].text))
            and self.on_we_page(row)
        ]
        self.left_as_we.update(found)
        return found

    def on_we_page(self, row: int) -> bool:
        """Whether `row`'s page says "we", "our" or "us" outside quotation marks in
        `_WRITTEN_AS_WE` of its sentences and at least twice: a page written as "we"."""
        return (
            self._said_on_page(speaks_as_we, row) >= 2
            and self._share(speaks_as_we, row) >= _WRITTEN_AS_WE
        )

    def asides(self, rows: Sequence[int]) -> list[int]:
        """The `rows` saying "I" on their writer's own page where the "I" is an aside, the
        page saying it in under `_ASIDE_SHARE` of its sentences: a critic's or a
        columnist's "I" (raw 70's "Truthfully, if it hadn't been my paying job as a critic
        ...", 57's McRib column, 61's Seeking Alpha piece), not an op-ed whose writer is the
        news (220's Romney on Bain, 0.48; 212's Alexander, 0.59). A row holding an opening
        single quotation mark may say its "I" inside it (205's "Emma Stone: ‘I was holding
        my best actress card ...’"): not read."""
        return [
            row
            for row in self.rows(rows)
            if "‘" not in self._sentences[row].text and self._share(speaks_as_i, row) < _ASIDE_SHARE
        ]

    def on_own_page(self, row: int) -> bool:
        """Whether `row`'s page says "I" outside quotation marks anywhere but in a block of
        someone's words, or is written as "we" (`on_we_page`): its writer's own page."""
        return self._own_page(row) or self.on_we_page(row)

    def _share(self, speaks: Callable[[str], bool], row: int) -> float:
        article = int(self._article_of[row])
        return self._said_on_page(speaks, row) / (self._bounds[article + 1] - self._bounds[article])

    def _said_on_page(self, speaks: Callable[[str], bool], row: int) -> int:
        """How many sentences of `row`'s page say what `speaks` reads (counted once a page)."""
        article = int(self._article_of[row])
        if (speaks, article) not in self._said:
            start, end = self._bounds[article], self._bounds[article + 1]
            said = sum(self._says_as(speaks, n) for n in range(start, end))
            self._said[speaks, article] = said
        return self._said[speaks, article]

    def _speaks(self, row: int) -> bool:
        return self._says_as(speaks_as_i, row)

    def _says_as(self, speaks: Callable[[str], bool], row: int) -> bool:
        said = self._says[speaks]
        if row not in said:
            said[row] = speaks(self._sentences[row].text)
        return said[row]

    def _own_page(self, row: int) -> bool:
        article = int(self._article_of[row])
        if article not in self._own:
            start, end = self._bounds[article], self._bounds[article + 1]
            block = block_quoted(self._sentences[start:end], [0])
            self._own[article] = any(
                not block[n] and self._speaks(start + n) for n in range(end - start)
            )
        return self._own[article]
