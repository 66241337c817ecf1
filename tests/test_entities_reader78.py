"""The entities section's seventy-eighth pass (journal/entities.md, "Entities,
seventy-eighth pass (stop 44)"): a couple's shared surname after the other's given name
("Mona Lisa and Kip Harding", raw 3) is no mention of the person named first; an article
that writes another given name before a person's surname and never the person's longer name
writes the surname alone for the other one (DUC d30050t's Bill Clinton beside Hillary Rodham
Clinton, d31028t's Bill Becker beside Al Becker). The expectations are read in the
articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

BRAINY, PRIMARY, GEORGES = "multi_news-val-3044", "d30050t", "d31028t"
"""Raw 3 (the Harding family): [1] "mom Mona Lisa Harding told Matt Lauer", "Mona Lisa and
her husband, Kip, have written about"; [2], the book's blurb, "Mona Lisa and Kip Harding are
just your average high school sweethearts", "that Mona Lisa and Kip use". DUC d30050t (New
York's 1998 races): one article "such successful politicians as Bill Clinton, Rudolph
Giuliani and George Pataki. Like Clinton, who campaigned in the New Hampshire Democratic
primary", another "Bill Clinton didn't care who ran" and "challenger who has made Clinton's
affair with Monica Lewinsky a major campaign issue"; Hillary Rodham Clinton is written in two
others. DUC d31028t (Hurricane Georges): "The voice that haunts Bill Becker ... said Becker,
news director of the station", "Becker said" in one article, "said Al Becker, a company
spokesman" (American Airlines) in another."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({BRAINY, PRIMARY, GEORGES}, speakers=True)


def test_entities_a_couples_surname_after_the_other_given_name_is_not_the_first_persons(listed):
    harding = listed[BRAINY]["Mona Lisa Harding"]
    after_kip = [m for m in harding.mentions if m.article.text.endswith("Kip ", 0, m.start)]
    assert after_kip == []


def test_entities_the_person_named_first_in_a_couple_keeps_her_own_mentions(listed):
    """The blurb's "Mona Lisa" opening "Mona Lisa and Kip Harding" is hers, and so is [1]'s
    full name: both outlets stay."""
    harding = listed[BRAINY]["Mona Lisa Harding"]
    assert {"Mona Lisa Harding", "Mona Lisa"} <= spelled(harding)
    assert harding.outlets == 2
    openings = [m for m in harding.mentions if m.article.text.startswith(" and Kip Harding", m.end)]
    assert len(openings) == 1


def _articles_writing(entity, words: str) -> set[str]:
    return {m.article.id for m in entity.mentions if words in m.article.text}


def test_entities_a_surname_alone_beside_anothers_full_name_is_the_others(listed):
    """Only the article that writes Al Becker, the spokesman, holds his mentions; the
    articles writing Bill Clinton and never Hillary hold none of hers."""
    becker = listed[GEORGES]["Al Becker"]
    assert spelled(becker) == {"Al Becker"}
    assert becker.outlets == 1
    hillary = listed[PRIMARY]["Hillary Rodham Clinton"]
    assert not _articles_writing(hillary, "Like Clinton, who campaigned")
    assert not _articles_writing(hillary, "made Clinton's affair")


def test_entities_a_surname_alone_stays_where_the_persons_full_name_is_written(listed):
    """Both articles writing Hillary Rodham Clinton keep her full name; the one with "Mayor
    Richard Daley of Chicago, Clinton and Hillary Rodham Clinton" too."""
    hillary = listed[PRIMARY]["Hillary Rodham Clinton"]
    full = [m for m in hillary.mentions if m.end - m.start > len("Clinton")]
    assert len({m.article.id for m in full}) == 2
    assert _articles_writing(hillary, "Daley of Chicago, Clinton and Hillary Rodham Clinton")
