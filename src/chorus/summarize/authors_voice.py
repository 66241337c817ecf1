"""A paper's text in its authors' "we": a page that is its writers' own, as one saying "I".

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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.model import Sentence

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


class AuthorsPages:
    """Which rows are in their authors' voice, and which pages write such a row anywhere:
    a paper's own text. Each page is read once."""

    def __init__(self, sentences: Sequence[Sentence], article_of: np.ndarray) -> None:
        self._sentences = sentences
        self._article_of = article_of
        self._pages: dict[int, bool] | None = None

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
