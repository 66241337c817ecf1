"""A research paper's own text among the news of it: the news tells what it found.

Raw validation 56 gives Nature's abstract as its first article ("The electrochemical
conversion of CO 2 and H 2 O into liquid fuel is ideal for high-density renewable energy
storage ...", "... a desirable fuel1,2,3 are not available at present."), and the summary
opened on two of its lines, by reading order, before Reuters' "Scientists said on Wednesday
they have developed a new way to make liquid ethanol ...". An abstract writes for its field,
in its formulas and reference numbers: where more articles report the study than give its
text, no line of the paper is a summary sentence (raw 93's abstract gave five lines where
the study's author says it in her words; docs/journal/summary.md, "Summary a reader sees,
fiftieth pass"). Where they do not, the paper may be the story itself (raw 118's two papers
on injuries beside an off-topic page), and it is read as any article. The headline reads
a study's text the same way (`render.headline_kinds.report_first`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.model import Article

_CITATIONS = re.compile(r"\b[A-Za-z]{3,}\d{1,3}(?:[,–-]\d{1,3})+\b")
"""A paper's reference numbers run into the word they follow ("a desirable fuel1,2,3",
"the mantle wedge11,12,13,14"): what a journal's text keeps and a news report never
writes."""
_RUN_ON = re.compile(r"\d(?<=[A-Za-z]\d)\d{0,2}[,–-]\d")
"""What every `_CITATIONS` match writes: a letter, up to three digits, a comma or a dash and
a digit. Opening on a digit, it is searched three times faster than `_CITATIONS` is read
over a page's opening, and 2 of raw validation's and DUC's 922 openings write one."""
_PAPER_CITATIONS = 2
# Where a paper shows itself: its abstract's heading and first references come early
# (raw 56's second sentence; raw 243's paper, its first); reading all of every long page
# cost a quarter of `headline`.
_PAPER_OPENING = 1000
_ABSTRACT_LINE = re.compile(r"^(?:Abstract(?: and Introduction)?|INTRODUCTION:)$", re.MULTILINE)
_LISTED_REFERENCES = re.compile(r"\(\d{1,3}(?:(?:, ?|–)\d{1,3})+\)")
"""A paper's reference numbers listed in brackets ("including wavelength sensitivity (33, 36,
38), timing (49, 54)", raw 29's discussion section): two such lists stand in raw 29's paper
alone over raw validation's 690 articles, DUC 2003's 298 and Multi-News+ validation's; a
score or a record is written with hyphens ("12-3-3", raw 37)."""


def a_study(article: Article) -> bool:
    """Whether an article is a study's own text: in its opening, a line heading its
    abstract or introduction, or reference numbers run into its words more than once."""
    text = article.text[:_PAPER_OPENING]
    # literals and `_RUN_ON` first: each pattern tries every line or word of the opening
    if ("Abstract" in text or "INTRODUCTION:" in text) and _ABSTRACT_LINE.search(text):
        return True
    return _RUN_ON.search(text) is not None and len(_CITATIONS.findall(text)) >= _PAPER_CITATIONS


def reported_studies(articles: Sequence[Article]) -> list[int]:
    """The numbers of `articles` that are a study's own text, when more of them are not:
    the reports of it."""
    studies = [number for number, article in enumerate(articles) if a_study(article)]
    return studies if len(articles) - len(studies) > len(studies) else []


def a_study_anywhere(article: Article) -> bool:
    """Whether an article is a study's own text by its opening (`a_study`) or by reference
    numbers listed in brackets twice anywhere in it: a paper's discussion section, given
    without its abstract, opens on prose (raw 29 #2, "This experiment demonstrates that
    ..."). Read where an article is set aside, to say what it is, and for each source's
    kind in the sources list (`render.sources.source_kind`)."""
    return a_study(article) or len(_LISTED_REFERENCES.findall(article.text)) >= 2
