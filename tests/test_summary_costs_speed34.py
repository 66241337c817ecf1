"""Tests that stop 43's summary rules, their patterns rewritten to open on what a search can
skip to or read after a cheaper test, answer as their readings before did, on real articles
and on copies with their forms glued in (summary speed, thirty-fourth pass)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from chorus.api import as_articles
from chorus.language.quotations import QUOTED
from chorus.model import Article
from chorus.summarize.page_lines import _FIGURE
from chorus.summarize.papers import _ABSTRACT_LINE, _CITATIONS, _RUN_ON, a_study
from chorus.summarize.pointed_at import (
    _MENTIONED,
    _SUCH_AFTER_PHRASE,
    _TALKED_OF,
    _THAT_RULE,
    _that_one,
    _that_talk,
    points_at_before,
)
from chorus.summarize.presumed import _THE_PLURAL
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

_THE_PLURAL_BEFORE = re.compile(
    r"\bthe\s+(?:[a-z][a-z-]+\s+)?([a-z][a-z-]{3,}[^s\W]s)\b"
    r"(?!\s+(?:of|who|whom|whose|that|which|in|on|at|from|with|for|to|by|under|over|between"
    r"|among|named|called|[a-z]+ed)\b)"
)
_FIGURE_BEFORE = re.compile(r"\b(?:[Tt]able|[Ff]igure|[Ff]ig\.)\s+\d")

# Each pattern's forms, and the same words inside a longer word or after one (which neither
# form reads), glued after a sentence's last character or a space.
_GLUED = (
    "the amendments were passed.",
    "the two documents",
    "the\tvotes",
    "bathe documents",
    "_the votes",
    "the suspects who escaped",
    "table 4",
    "Table\t12 shows",
    "(Fig. 6)",
    "figure 2",
    "stable 4",
    "config. 3",
    "xFigure 2",
    "that conversation.",
    "that encounter",
    "that man",
    "“that meeting”",
    "reads that filing.",
    "meet that condition.",
    "Under those criteria,",
    "the aforementioned Ghana Police Force",
    "a desirable fuel1,2,3 are",
    "the mantle wedge11,12",
    "the isotope111–112",
    "CO2,3",
)


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """The first 40 raw clusters."""
    return read_clusters(RAW_VALIDATION, 40)


@pytest.fixture(scope="module")
def texts(clusters: list[dict]) -> list[str]:
    """Their sentences, and every tenth with each form glued on."""
    found = [text for c in clusters for text in sentences(c)]
    return found + [t + gap + form for t in found[::10] for form in _GLUED for gap in ("", " ")]


@pytest.mark.parametrize(
    ("pattern", "before"), [(_THE_PLURAL, _THE_PLURAL_BEFORE), (_FIGURE, _FIGURE_BEFORE)]
)
def test_the_same_matches_as_the_word_boundary_form(
    texts: list[str], pattern: re.Pattern[str], before: re.Pattern[str]
) -> None:
    for text in texts:
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in before.finditer(text)], text
    # each glued form the pattern reads is read in every copy: at least a tenth of them
    assert sum(before.search(t) is not None for t in texts) >= len(texts) // 10


def _points_at_before(text: str) -> bool:
    """The rule as it read before this pass: "that " asked again before the talk nouns."""
    if summary_texts.FAULT_POINTED.search(text):
        return True
    if ("these " in text or "those " in text) and _TALKED_OF.search(QUOTED.sub(" ", text)):
        return True
    person = "man" in text or "person" in text or "individual" in text
    if "that " in text and person and _that_one(QUOTED.sub(" ", text)):
        return True
    talk = ("conversation", "meeting", "discussion", "encounter", "filing")
    if "that " in text and any(noun in text for noun in talk) and _that_talk(QUOTED.sub(" ", text)):
        return True
    if "mentioned" in text and _MENTIONED.search(QUOTED.sub(" ", text)) is not None:
        return True
    # summary69: a rule or a state pointed at, read in every text
    if _THAT_RULE.search(QUOTED.sub(" ", text)) is not None:
        return True
    return ", such a" in text and _SUCH_AFTER_PHRASE.match(text) is not None


def test_points_at_before_answers_as_before(texts: list[str]) -> None:
    expected = [_points_at_before(t) for t in texts]
    assert [points_at_before(t) for t in texts] == expected
    # "that conversation.", "that man" and "the aforementioned ..." are read in each copy
    # whose text writes no "he" or "met" before them
    assert sum(expected) >= len(texts) // 20


def _a_study(article: Article) -> bool:
    """The reading before this pass: both patterns over every page's opening."""
    text = article.text[:1000]
    return bool(_ABSTRACT_LINE.search(text)) or len(_CITATIONS.findall(text)) >= 2


def test_a_study_answers_as_before(clusters: list[dict]) -> None:
    articles = [a for c in clusters for a in as_articles(c["documents"])]
    glued = [
        replace(a, text=form + a.text)
        for a in articles[::5]
        for form in (
            "Abstract\n",
            "Abstract and Introduction\n",
            "INTRODUCTION:\n",
            "the fuel1,2,3 and the wedge11,12 ",
            "the fuel1,2,3 and CO2,3 ",
            "a 737-800 and a Boeing737-8 ",
            "page1-2 and chapter12–14 ",
        )
    ]
    studies = [_a_study(a) for a in articles + glued]
    assert [a_study(a) for a in articles + glued] == studies
    # the headings and two run-on references are read in every copy, one of each not
    assert sum(studies) >= 5 * len(articles[::5])


def test_every_run_on_reference_writes_what_the_search_first_asks_for(texts: list[str]) -> None:
    written = [t for t in texts if _CITATIONS.search(t)]
    assert written
    assert all(_RUN_ON.search(t) for t in written)
    assert _RUN_ON.search("wedge11,12") and not _RUN_ON.search("the 11,12 and CO 2")
