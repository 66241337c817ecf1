"""The twenty-seventh speed pass's shortcuts give what the readings they stand before gave,
on real text: the era patterns are tried only where `_holds_era` finds a literal, and an
agreed item's untold figure reads the supports' figures only for those their digits miss."""

from __future__ import annotations

import re

from chorus.analyze import agreement_parts, timeline_eras
from chorus.api import as_articles
from chorus.clean import clean
from chorus.language.numbers import figures
from chorus.sentences import split

_ERA_ENDINGS = (" in 256 A.D.", " around AD 256.", " in 327 BC.", " in 360 B.C.", " in 40 CE.")


def _articles(cluster: dict) -> list[list[str]]:
    return [[s.text for s in split(clean(a))] for a in as_articles(cluster["documents"])]


def test_era_patterns_match_only_where_an_era_literal_is_written(validation_clusters):
    """Every sentence of 50 raw clusters, and each with a year and its era glued on: where
    `_holds_era` finds none of the seven literals, neither pattern matches, and it finds
    one in every glued copy, whose year `with_era_years` reads or names as unread."""
    held = 0
    for cluster in validation_clusters:
        for text in (t for article in _articles(cluster) for t in article):
            held += timeline_eras._holds_era(text)
            for written in (text, *(text + ending for ending in _ERA_ENDINGS)):
                if not timeline_eras._holds_era(written):
                    assert timeline_eras._READ.search(written) is None
                    assert timeline_eras._ANY_ERA.search(written) is None
            for ending in _ERA_ENDINGS:
                assert timeline_eras._holds_era(text + ending)
                # read as a year (common era) or named as left unread (before it)
                read, left = timeline_eras.with_era_years(text + ending, 0, [])
                assert read or left
    # "CEO", "NBC" and the like hold a literal and no era: the patterns then find none
    assert held >= 20


_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _untold_figure_read_whole(statement: str, supports: list[str]) -> bool:
    """The reading before the pass: every support's figures read, then their digits; an
    age after a name then spared as `_untold_figure` spares it."""
    told = agreement_parts._told_figures(statement)
    if not told:
        return False
    given = {value for text in supports for f in figures(text) for value in (f.low, f.high)}
    given.update(float(d.replace(",", "")) for text in supports for d in _DIGITS.findall(text))
    untold = [f for f in told if f.low not in given and f.high not in given]
    if not untold or "," not in statement:
        return bool(untold)
    # agree60: an age after a name alone does not mark a support writing most of the words
    ages = {found.start(1) for found in agreement_parts._AGE_AFTER_NAME.finditer(statement)}
    untold_past_ages = not all(f.start in ages for f in untold)
    return untold_past_ages or not agreement_parts._mostly_told(statement, supports)


def test_untold_figure_reads_as_every_support_figure_read(validation_clusters):
    """Each sentence with a figure of a cluster's first article against runs of three
    sentences of its second, and against itself with its digits written apart ("5,000" as
    "5,000 and five"): the same answers as reading every support's figures first, some
    told and some untold."""
    answers = []
    for cluster in validation_clusters[:30]:
        articles = _articles(cluster)
        if len(articles) < 2:
            continue
        others = [articles[1][i : i + 3] for i in range(0, len(articles[1]), 3)]
        for statement in (t for t in articles[0] if any(c.isdigit() for c in t)):
            for supports in (*others, [statement], [f"{statement} and five"]):
                expected = _untold_figure_read_whole(statement, supports)
                assert agreement_parts._untold_figure(statement, supports) == expected
                answers.append(expected)
    assert answers.count(True) >= 50 and answers.count(False) >= 50
