"""The twenty-eighth speed pass's patterns find what the patterns they replace find, on real
text: a look-behind moved after the first character, a search that skips an article."""

from __future__ import annotations

import re

from chorus.analyze import entity_after_the, quote_casts, relevance_text

_OLD_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|percent|%))?"
)


def _articles(clusters: list[dict]) -> list[str]:
    return [d for c in clusters for d in c["documents"]]


def test_figures_match_where_the_leading_look_behind_matched(validation_clusters):
    """The same spans and groups as the look-behind first, on every article of the raw
    clusters: commas, points, units and digits after a letter, comma or point."""
    texts = [*_articles(validation_clusters), "v2.500 1,500,000 3.5 % 12 million x123 ,456"]
    old = [(m.span(), m.groups()) for t in texts for m in _OLD_FIGURE.finditer(t)]
    new = [(m.span(), m.groups()) for t in texts for m in relevance_text._FIGURE.finditer(t)]
    assert len(old) > 1000 and any(g[1] for _, g in old)
    assert new == old


def test_after_the_matches_where_a_word_boundary_matched(validation_clusters):
    """A word boundary before "[Tt]he" spelt as look-behinds (after "he ", since speed23):
    the same names at the same places, "Bathe Seattle Reign" and "the Heritage Foundation"
    at a text's start among them."""
    body, city = entity_after_the._BODY, entity_after_the._OF_A_CITY
    old = re.compile(rf"\b[Tt]he ({body}|{city})\b(?! [A-Z])")
    texts = [*_articles(validation_clusters), "the Heritage Foundation; Bathe Seattle Reign"]
    found = [(m.span(1), m[1]) for t in texts for m in entity_after_the._AFTER_THE.finditer(t)]
    assert len(found) > 10
    assert found == [(m.span(1), m[1]) for t in texts for m in old.finditer(t)]


def test_cast_is_that_of_the_full_search(validation_clusters):
    """An article with no bracketed full name is skipped: every article's cast as the full
    search finds it (three or more with a cast)."""
    texts = _articles(validation_clusters)
    full = [frozenset(m["surname"] for m in quote_casts._CAST.finditer(t)) for t in texts]
    assert sum(map(bool, full)) >= 3
    assert [quote_casts.cast_of(t) for t in texts] == full
