"""Page scores for off-topic detection: how much an article reads as page furniture (an
archive notice, a video player, a list of links) rather than as a news story, on its own.

Two logistic models of Multi-News+ "not relevant", each fitted by
`python bench/offtopic.py --fit` on multinews-plus-train:
- over the article's unit mean word vector (PAGE_DIRECTION, 256 weights and a bias);
- over its words (WORDS_FILE: the 10,000 words most train articles use, each a weight):
  the log of each word's count, the vector of those scaled to unit length. Words are
  lowercased letters, so the score survives the case and spacing of the raw text.
Both read one article alone, so they tell apart the two articles of a two-article
cluster, where every feature comparing an article with the others is the same for both.
The Background list's reasons are worded here too: web-page text by the page score, or
the furniture cleaning removed from an article left without a sentence; and a page of
quotations praising a book, each credited after a dash, is read here (blurb_page), and a
standing page on a subject, sections under headings with no one quoted and no day named
(standing_page), and an encyclopedia's page by its own lines (encyclopedia_page).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise

import numpy as np

from chorus.analyze.model import BACKGROUND, NOT_ENGLISH, NOT_NEWS
from chorus.clean import in_other_script
from chorus.clean_listings import OTHER_SCRIPT
from chorus.clean_wikipedia import EDIT_MARK, SECTION_HEADING, WIKIPEDIA_HEADING
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.model import Article, Document
from chorus.summarize.papers import a_study_anywhere

WORDS_FILE = "page_words.npz"
"""In chorus/data: `words` (str), `weights` (float32) and `bias` of the word page model."""

_PAGE_TEXT = """
-0.678 0.407 -1.24 -0.199 0.107 -1.3 0.892 -1.94 -0.594 -1.41 -0.275 -0.0457 -0.152 0.82
0.621 -0.47 0.407 -0.657 -0.695 0.983 -2.25 -0.371 0.29 -0.128 -0.758 -0.182 -0.045
-0.42 0.812 0.265 0.356 2.46 -0.696 -0.309 -0.381 0.506 -0.91 1.79 1.76 -2.47 2.04 1.92
-0.811 -0.807 -0.0838 0.855 2.22 -0.199 -0.574 0.837 0.298 0.0248 0.768 1.89 0.412 1.02
0.537 0.495 0.368 1.16 -0.628 0.916 0.365 -0.287 0.579 0.532 -0.432 0.316 -0.179 -0.117
-0.396 -0.264 -0.226 0.631 0.437 -0.341 -2.42 -1.48 -0.569 -0.513 -0.431 -2.11 0.183
1.54 -0.176 -2.04 0.325 -0.943 -0.458 -1.09 1.01 1.52 -0.588 -0.542 0.949 -0.899 -0.139
1.09 0.565 -0.383 -0.169 -0.71 0.103 -0.13 -0.0329 0.454 -0.0532 0.675 0.923 -0.767
0.417 -2 1.44 -1.5 0.128 -1.04 2.18 0.853 -1.25 0.195 -1.38 -0.799 -0.0542 0.936 -0.628
0.399 -0.0141 0.276 -2.23 0.387 -0.873 -0.0753 -0.214 -0.326 -0.119 0.0381 -1.65 2.77
0.672 0.847 -1.36 0.0856 -1.12 1.21 1.13 0.192 0.633 1.8 -0.169 -0.297 -0.0212 1.28
-0.328 1.06 -1.01 -1.25 1.62 0.36 -0.885 -2.23 -2.07 0.422 1.94 1.89 -0.958 0.512 0.0922
-0.0492 -0.00512 0.265 -1.99 0.717 -0.726 -1.48 -0.584 -2.36 0.926 1.83 -0.742 0.825
-0.963 0.764 1.56 -0.834 -0.13 0.567 0.752 -0.618 0.198 -0.476 -0.482 -1.11 0.113 0.569
0.67 0.886 -0.0963 -0.558 0.638 -0.313 -0.57 0.14 -0.571 -0.605 0.61 0.867 1.33 1.2
-0.143 -0.131 0.158 -1.06 1.74 0.178 -0.454 -1.16 -0.611 1.43 -0.769 0.0806 -0.216 -0.13
0.034 0.307 1.04 -1.77 -1.31 -0.359 -1.4 -0.849 0.552 0.923 -0.164 0.0805 -0.118 0.412
-0.767 -0.0207 0.697 -1.19 0.23 0.0695 0.763 1.26 -1.78 0.224 -2.12 1.82 0.207 -1.14
-0.275 -0.541 1.71 0.908 -0.961 0.0762 -0.143
"""
PAGE_DIRECTION = np.array(_PAGE_TEXT.split(), dtype=np.float32)
"""Weights over the 256 dimensions of an article's unit mean word vector, then a bias:
the page score, a logistic model of Multi-News+ "not relevant" on the vector alone
(fitted by bench/offtopic.py --fit)."""


def page_features(means: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The page-score columns of CLUSTER_FEATURES, from each article's unit mean word
    vector and its page score."""
    count = len(scores)
    columns = np.zeros((count, 4))
    columns[:, 0] = scores
    if count < 2:
        return columns
    news = 1.0 / (1.0 + np.exp(scores))
    columns[:, 1] = scores - others_max(scores)
    columns[:, 2] = (scores.sum() - scores) / (count - 1)
    centres = (news @ means)[None, :] - news[:, None] * means
    norms = np.linalg.norm(centres, axis=1)
    dots = np.einsum("ij,ij->i", means, centres)
    columns[:, 3] = np.divide(dots, norms, out=np.zeros(count), where=norms > 0)
    return columns


def word_features(scores: np.ndarray) -> np.ndarray:
    """The word page-score columns: the score, minus the others' highest, the others' mean."""
    count = len(scores)
    columns = np.zeros((count, 3))
    columns[:, 0] = scores
    if count > 1:
        columns[:, 1] = scores - others_max(scores)
        columns[:, 2] = (scores.sum() - scores) / (count - 1)
    return columns


def others_max(values: np.ndarray) -> np.ndarray:
    """For each row (article) of `values` (2+ rows), the highest value of the other rows,
    column by column: the highest, or the second highest where the row holds the highest
    (equal to it when two rows share the highest)."""
    ranked = np.sort(values, axis=0)
    return np.where(values == ranked[-1], ranked[-2], ranked[-1])


@cache
def _word_model() -> tuple[dict[str, float], float]:
    resource = resources.files("chorus") / "data" / WORDS_FILE
    with resources.as_file(resource) as path, np.load(path, allow_pickle=False) as arrays:
        weights = dict(zip(arrays["words"].tolist(), arrays["weights"].tolist(), strict=True))
        return weights, float(arrays["bias"])


def word_score(words: Sequence[str]) -> float:
    """The word page score of an article, from its lowercased words (relevance.lowered_words)."""
    return scored_words(Counter(words))[0]


def scored_words(counts: Mapping[str, int]) -> tuple[float, list[str]]:
    """The word page score from the counts of the article's words (a Counter, in order of
    first use), and the words the model does not know: names, places, rare terms (the
    words most train articles use are known), read by relevance.py in the same loop."""
    weights, bias = _word_model()
    total = norm = 0.0
    unknown = []
    for word, count in counts.items():
        weight = weights.get(word)
        if weight is None:
            unknown.append(word)
        else:
            value = math.log1p(count)
            total += weight * value
            norm += value * value
    return (bias + total / math.sqrt(norm) if norm else bias), unknown


FURNITURE_SCORE = 0.0
"""A flagged article whose page score (PAGE_DIRECTION) is above this reads
as web-page text, and its reason says so; below, as another event or background."""


def without_story(document: Document) -> tuple[str, str]:
    """What an article with no sentence is (a Relevance kind) and why, for the Background
    list: what cleaning took out."""
    if in_other_script(document):
        return NOT_ENGLISH, f"no English text, every line in Chinese script ({OTHER_SCRIPT})"
    removed = ", ".join(dict.fromkeys(r.reason for r in document.removed))
    reason = f"no story text, only page furniture ({removed})" if removed else "no story text"
    return NOT_NEWS, reason


_LINK = re.compile(r"https?://|www\.")
LINKED_SHARE = 0.5
"""The share of an article's lines holding a link at which it reads as a page of links: a
show's YouTube page for the episode (raw validation 137 #2, 84 #1: 10 of 15 and 12 of 20
lines, "Subscribe To ... HERE: http://bit.ly/..."). No other article flagged on raw
validation has more than 1 line in 9."""


def _mostly_links(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    linked = sum(_LINK.search(line) is not None for line in lines)
    return bool(lines) and linked >= LINKED_SHARE * len(lines)


_BLURB = re.compile(
    r"[“\"]([^“”\"\n]{15,}+)[”\"]\s?(?:—|–|―|--)\s?[^“”\"\n]{2,160}?\s*(?=[“\"]|\n|$)"
)
"""A quotation closed by a dash and its credit, a name or an outlet running to the line's end
or to the next quotation: "“… we all win.”—Arianna Huffington, editor in chief of The
Huffington Post", or on one line as Multi-News+ prints it, lowercased, '… win. " — arianna
huffington … "there are moments'."""
_READING = re.compile(
    r"\b(?:books?|memoirs?|novels?|reads?|reading|readers?|readable|writes|written|writing"
    r"|writers?|authors?|pages?|prose|chapters?)\b",
    re.IGNORECASE,
)
"""A word of a book and its reading, in a quotation praising one."""
BLURBS = 3
BLURB_SHARE = 0.9
"""A page whose text is at least this share BLURBS or more credited quotations (_BLURB), at
least half of them speaking of a book (_READING), is a publisher's page of praise for it,
with no words of its own: raw validation 198 #1, 14 blurbs of Gillibrand's memoir (1.0, 11
speaking of it). A story quoting several people tells its own lines between them: raw
10 #0, ten Emmy winners' words each credited "— Claire Danes, asked how ...", is 0.81
quotations under its reporter's lead; raw 112 #0's headlines credited to their writers
0.10. Quotations alone are no praise unless they speak of a book: the Emmy words without
their lead, or a page of reactions (Multi-News+ train 19336 #1, the Tsarnaev verdict's,
"— u.s. Attorney general loretta lynch"), none of which does. Nothing else in raw
validation, DUC 2003, the seeds or Multi-News+ (cut to ~90 words an article) reads so."""


_DASHES = ("—", "–", "―", "--")
STUDY_REASON = "a study's own text (a paper), not a news report"
"""Said of a paper set aside: it may be the very study the other articles report, so
"shares little with the other articles" would mislead."""
PRAISE_REASON = (
    "quotations praising a book, each credited after a dash to a name or an outlet: "
    "a publisher's page, not a news report"
)


def blurb_page(text: str) -> bool:
    """Whether an article is a page of praise for a book, credited quotations alone
    (BLURB_SHARE)."""
    page = text.strip()
    # No quotation covers what comes before the first, so on such a page one opens in its
    # first tenth; looked for first with a dash, that spares the pattern 8 raw articles in 10.
    opening = page[: int((1.0 - BLURB_SHARE) * len(page)) + 1]
    if not ("“" in opening or '"' in opening) or not any(d in page for d in _DASHES):
        return False
    found = list(_BLURB.finditer(page))
    if len(found) < BLURBS or sum(len(m.group()) for m in found) < BLURB_SHARE * len(page):
        return False
    return 2 * sum(_READING.search(m.group(1)) is not None for m in found) >= len(found)


_QUOTATION_MARKS = ('"', "“", "”")
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|according to|asked|added|announced|reported|stated)\b"
)
"""A reporter's verb of who said what: a standing page states, it reports no one."""
_CALENDAR = re.compile(
    rf"\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}|{'|'.join(MONTHS)}"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d+"
    r"|(?i:yesterday|today|tonight|(?:last|this|next) (?:week|month)))\b"
)
"""A day of the calendar, or a day or week counted from the page's own: what dates news. A
bare year ("Established in 2003") dates none."""
HEADING_WORDS = 7
PARAGRAPH_WORDS = 12
HEADINGS = 2
"""A standing page is cut into sections: HEADINGS or more distinct lines of at most
HEADING_WORDS words, opening on a capital and closing on a letter or a digit (no full stop,
colon or quotation mark), each over a paragraph of PARAGRAPH_WORDS words or more that
closes as a sentence or a list's lead does (. ! ? :): raw validation 134 #0, DHS's BioWatch
page ("How Does It Work", "Future of BioWatch"). Of the 991 articles of raw validation, DUC
2003 and the seeds, 49 hold two such headings (a feature's crossheads, "Advertisement"
lines, a list's items, "Abstract" and "Introduction"); all but that page quote someone, have
a reporter's verb or name a day (journal, offtopic21's pass)."""
STANDING_REASON = (
    "a page of sections under headings that quotes no one and names no day: a standing "
    "page on its subject, not a news report"
)


def _headings(lines: Sequence[str]) -> set[str]:
    """The distinct lines of `lines` that head a paragraph (HEADINGS)."""
    found = set()
    for line, below in pairwise(lines):
        words = line.split()
        if (
            len(words) <= HEADING_WORDS
            and line[0].isupper()
            and line[-1].isalnum()
            and below[-1] in ".!?:"
            and len(below.split()) >= PARAGRAPH_WORDS
        ):
            found.add(line)
    return found


def standing_page(text: str) -> bool:
    """Whether an article is a standing page on its subject (an agency's on its program)
    rather than a report: it is cut into sections under headings (HEADINGS), quotes no one,
    has no reporter's "said" and names no day of the calendar."""
    # literals first: a quotation mark spares the patterns most news articles
    if "\n" not in text or any(mark in text for mark in _QUOTATION_MARKS):
        return False
    if _REPORTED.search(text) or _CALENDAR.search(text):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(_headings(lines)) >= HEADINGS


_OPENING = 2 * len(WIKIPEDIA_HEADING)
"""How much of a page's start is read for the heading: blank lines before it, no more."""
ENCYCLOPEDIA_REASON = (
    "an encyclopedia's page (its heading, its sections' \"[ edit ]\" marks): background to "
    "the story, not a news report"
)


def encyclopedia_page(text: str) -> bool:
    """Whether an article is an encyclopedia's page by its own lines: Wikipedia's heading
    opening it, or a section's heading closed by the mark of its edit link ("History [ edit
    ]"). Such a page tells what is known of the story's subject, not what happened: raw
    validation 106 #2, Wikipedia comparing the two churches beside two reports of one
    church's vote, read as on the story by the model (p 0.13: a long page on the same church,
    a vector cosine of 0.74 to the others). Its footnote marks ("[24]") alone tell no
    encyclopedia: a paper cites so (raw 118 #0)."""
    # literals first: no raw or DUC article but two Wikipedia pages holds either
    if text[:_OPENING].lstrip().startswith(WIKIPEDIA_HEADING):
        return True
    return EDIT_MARK in text and any(
        SECTION_HEADING.match(line.strip()) for line in text.splitlines() if EDIT_MARK in line
    )


def unlike_reason(page_score: float, article: Article) -> tuple[str, str]:
    """What the model flagged an article as (a Relevance kind) and why, in a reader's words:
    web-page text, not news, when the page model reads it so (a notice, a video's
    description, a comment) or its lines are mostly links, else background: a study's own
    text (raw 29's paper on the flashes of light the others report was "another event or
    subject" to a reader who read it as the same study), or what an article sharing little
    with the others is (a reader found a horoscope page and a column called "another event"
    alone misleading: neither is an event; a show's page of links about the story's episode
    is neither another event)."""
    if page_score > FURNITURE_SCORE or _mostly_links(article.text):
        return NOT_NEWS, "reads as web-page text, not a news report"
    if a_study_anywhere(article):
        return BACKGROUND, STUDY_REASON
    return BACKGROUND, (
        "shares little with the other articles (another event or subject, or background "
        "to the story)"
    )
