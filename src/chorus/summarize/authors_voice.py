"""A paper's text in its authors' "we", a letter's, an organiser's plea: their writers' own.

A journal's abstract given among the news of it tells the study in its authors' voice ("We
test whether the acquisition component spills over to nonfood objects: ...", "Here we show
that nanocrystalline Cu ...", "Our findings suggest that ..."). Shown first, raw validation
6's abstract opened the summary on five of its lines before the report of the study ("People
buy far more stuff and spend more money when they're hungry ..."). A sentence opening on the
authors' "we" and a verb of research, or on "Our findings|results ..." and a verb of what they
show, is written by six pages over raw validation's and DUC 2003's 32,515 sentences, all of
them papers (raw 6, 29, 56, 93, 123, 154), and none of the news pages (docs/journal/summary.md,
"Summary a reader sees, sixty-third pass"). A researcher's "we" quoted in a report opens on a
quotation mark and is not read.

A letter is its writer's page too: one writing a salutation line ("To our community,", raw 26,
Zuckerberg's letter signed "Mark"; "Dear Friends of Nepal,", 7's foundation updates) speaks
for its writer in every "we" and "I", which shown among the news read as reported fact ("At
each step, we built social infrastructure ..."); so does an organiser's plea on any page, an
unquoted "we want to ..." or "we ask ..." (25's park staff, "... and we want to honor him
during this difficult time."). Over raw validation and DUC 2003 (25,182 sentences) a salutation
line is written three times, all on those two letter pages (218 of their sentences say "we"
or "I"); a plea 11 times on 8 pages (docs/journal/summary.md, "Summary a reader sees,
sixty-ninth pass"). Left out beside other articles: shown, none says whose words they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.dangling import says_outside_quotes
from chorus.model import Sentence
from chorus.summarize.credit_lines import speaks_as_we
from chorus.summarize.own_voice import speaks_as_i

_RESEARCH = (
    "test|tested|find|found|show|showed|report|examine|examined|conclude|propose|present|"
    "investigate|investigated|demonstrate|hypothesi[sz]e|assessed|measured|analy[sz]ed|observed"
)
_AUTHORS_WE = re.compile(
    r"(?:Here,? |In (?:this|the present) (?:study|paper|work),? )?"
    rf"(?:[Ww]e (?:{_RESEARCH})"
    r"|Our (?:findings|results|data|study|studies|analyses|experiments) "
    r"(?:suggest|show|demonstrate|support|indicate|reveal|provide))\b"
)
_OPENINGS = ("We ", "Here", "Our ", "In th")
"""What every `_AUTHORS_WE` match opens on: tested before the pattern, which runs on a few
sentences in a hundred."""


def in_authors_voice(text: str) -> bool:
    """Whether a sentence opens on a paper's authors telling their work as "we"."""
    return text.startswith(_OPENINGS) and _AUTHORS_WE.match(text) is not None


_SALUTATION = re.compile(r"(?:Dear|To|Hi|Hello) [^.!?:,]{1,60},")
"""A letter's salutation standing as its own line ("To our community,", "Dear Friends,")."""
_SALUTATION_OPENINGS = ("Dear ", "To ", "Hi ", "Hello ")


def salutation(text: str) -> bool:
    """Whether a sentence is a letter's salutation line."""
    opens = text.startswith(_SALUTATION_OPENINGS)
    return opens and _SALUTATION.fullmatch(text.rstrip()) is not None


_PLEA = re.compile(
    r"(?<![Ii]f )(?<!what )(?<!where )(?<!that )"
    r"\b[Ww]e (?:want to(?! (?:introduce|tell|show) you)|ask)\b"
)
"""An organiser's "we want to ..." or "we ask ..." (raw 25's flyer, 148's family's "We ask for
your continued prayers ...", 166's airline's "We want to express again our sadness ..."); not
a condition or a clause's object ("If we want to compete with China ...", a speaker's, 144;
"... heritage that we want to help preserve ...", 186), nor a presenter's "we want to
introduce you to ..." (91's radio host: its outlet's own address)."""


def organisers_plea(text: str) -> bool:
    """Whether a sentence pleads as "we want to" or "we ask" outside its quotation marks."""
    return ("e want to" in text or "e ask" in text) and says_outside_quotes(_PLEA, text)


class AuthorsPages:
    """Which rows are in their authors' voice, and which pages write such a row anywhere:
    a paper's own text; which rows are a letter's or a plea's. Each page is read once."""

    def __init__(self, sentences: Sequence[Sentence], article_of: np.ndarray) -> None:
        self._sentences = sentences
        self._article_of = article_of
        self._pages: dict[int, bool] | None = None
        self._letters: set[int] | None = None

    def rows(self, rows: Sequence[int]) -> list[int]:
        """The `rows` opening on their authors' "we"."""
        return [row for row in rows if in_authors_voice(self._sentences[row].text)]

    def on_page(self, row: int) -> bool:
        """Whether `row`'s page writes a sentence in its authors' voice."""
        if self._pages is None:
            self._pages = {}
            for number, sentence in enumerate(self._sentences):
                if in_authors_voice(sentence.text):
                    self._pages[int(self._article_of[number])] = True
        return self._pages.get(int(self._article_of[row]), False)

    def writers_lines(self, rows: Sequence[int]) -> list[int]:
        """The `rows` in a writer's own voice shown as no one's: an organiser's plea, or a
        "we" or "I" (outside quotation marks) on a page writing a salutation line, a letter."""
        if self._letters is None:
            self._letters = {
                int(self._article_of[number])
                for number, sentence in enumerate(self._sentences)
                if salutation(sentence.text)
            }
        return [
            row
            for row in rows
            if organisers_plea(text := self._sentences[row].text)
            or (
                int(self._article_of[row]) in self._letters
                and (speaks_as_we(text) or speaks_as_i(text))
            )
        ]
