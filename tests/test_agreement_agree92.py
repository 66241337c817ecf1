"""The ninetieth agreement pass (agree92; raw validation clusters, 0-based, file order): a word
an article writes again only in a section's heading ("Ads, Mobile & Tablet Formats", raw 171)
is still its story's own word (own_words.section_heading), so raw 171's mobile and tablet
versions, told by both outlets, are one agreed fact; a page's title, a list's entries and a
wire's closing "nn" are no section's heading."""

from __future__ import annotations

from chorus.analyze.own_words import section_heading
from chorus.api import brief
from chorus.sentences import split
from tests.raw_pages import cleaned, raw_clusters

_DESKTOP = "It will be available on regular desktop search as well as on mobile and tablet"
_FORMATS = "special formats to make the panels work well on tablet and mobile devices"


def test_mobile_and_tablet_are_agreed():
    analysis = brief(raw_clusters()[171]["documents"]).analysis
    facts = [
        fact
        for fact in analysis.agreed
        if any(_DESKTOP in s.text for s in (fact.statement, *fact.support))
    ]
    assert len(facts) == 1
    texts = [facts[0].statement.text] + [s.text for s in facts[0].support]
    assert any(_FORMATS in text for text in texts)


def _headings(cluster: int, document: int) -> list[str]:
    sentences = split(cleaned(raw_clusters()[cluster]["id"], document))
    return [s.text for s in sentences if section_heading(s)]


def test_a_sections_heading_is_read():
    headings = _headings(171, 1)
    assert "Ads, Mobile & Tablet Formats" in headings
    # the story's sentences and its title are none
    assert not any(text.endswith(".") for text in headings)
    assert not any("Knowledge Graph" in text for text in headings)


def test_a_lists_entries_are_no_heading():
    headings = _headings(18, 2)
    assert "Notable Regional Differences" in headings
    # an entry with its figure ("Average Number of Guests: 136") is a fact of the list
    assert not any(any(c.isdigit() for c in text) for text in headings)
