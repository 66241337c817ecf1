"""Cleaning, twenty-first pass: what the twentieth left and the twenty-fourth reader's page.
On raw val-167 (110 by index) Reuters' five captions over the dateline, the last two in no
caption's present; on val-1090 (187) Reuters' place alone on a line above its dateline
("PHILADELPHIA |"), a sentence of its own; the Tribune company's mail domain (53, 102) and
NBC10's video blurb (95) as sources; the Guardian's standfirst (98) kept, as its page's own
words. And `clean()` made faster at identical output: the literals a rule needs looked for
once a page."""

import re

from chorus.clean_match import (
    furniture,
    literal_rules_on,
)
from chorus.ingest.own_lines import own_outlet

from .raw_pages import _raw, cleaned, exact_sentences, removals, removals_everywhere

_ATTACK_PLOT, _GAS_BLAST = "multi_news-val-167", "multi_news-val-1090"
_GIRL_SHOT, _KASS, _DARBY = "multi_news-val-2080", "multi_news-val-5125", "multi_news-val-4840"
_RATS, _BATTLESHIP = "multi_news-val-4387", "multi_news-val-4688"


def _outlet(cluster_id: str, index: int) -> str | None:
    found = own_outlet(_raw(cluster_id)[index])
    return None if found is None else found.value


def test_reuters_five_captions_go_to_the_dateline_and_the_lead_stays():
    document = cleaned(_ATTACK_PLOT, 2)
    captions = [text for reason, text in removals(document) if reason == "photo caption"]
    assert len(captions) == 5
    assert captions[0].startswith("Aurelie Chatelain, in this photograph provided by")
    # In no caption's present: closed by their picture's date after the first.
    assert captions[3].startswith("French soldiers patrol outside the Notre Dame Cathedral")
    assert captions[4] == (
        "General view of the Emergency entrance to the Hotel Dieu Hospital in Paris April 22, 2015."
    )
    sentences = exact_sentences(document)
    assert sentences[0].startswith("An Algerian man suspected of planning an imminent attack")
    assert sentences[1].startswith("The 24-year old electronics student")


def test_a_place_alone_above_its_dateline_goes_and_the_lead_stays_whole():
    document = cleaned(_GAS_BLAST, 0)
    assert ("dateline", "PHILADELPHIA |") in removals(document)
    sentences = exact_sentences(document)
    assert sentences[0].startswith("PHILADELPHIA (Reuters) - Eight people including three")
    assert sentences[0].endswith("the evacuation of about 70 homes.")


def test_over_raw_and_duc_the_new_shapes_remove_these_alone():
    """Every caption over a dateline line and every place above one, read: 110's five are
    the only captions the caption rule's fourth and fifth lines take, 187's the only place."""
    found = [(r.corpus, r.cluster, r.document, r.reason, r.text) for r in removals_everywhere()]
    places = [f for f in found if f[3] == "dateline" and f[4].endswith("|")]
    assert places == [("raw", 187, 0, "dateline", "PHILADELPHIA |")]
    on_110 = [f[4] for f in found if f[:4] == ("raw", 110, 2, "photo caption")]
    assert len(on_110) == 5


def test_an_owner_s_mail_domain_and_a_station_s_blurb():
    # "wlee@tribune.com", "jskass@tribune.com": the Tribune company's, no site a reader visits.
    assert "wlee@tribune.com" in _raw(_GIRL_SHOT)[0]
    assert _outlet(_GIRL_SHOT, 0) is None
    assert _outlet(_KASS, 0) is None
    # A paper's own address still names it.
    assert own_outlet("rread@oregonian.com").value == "oregonian.com"
    found = own_outlet(_raw(_DARBY)[1])
    assert found.value == "NBC10"
    assert found.rule == "station's video line"
    # Only with its publication stamp: a sentence saying someone "has more" names no page.
    assert own_outlet("Later, NBC10's George Spencer has more.") is None


def test_the_guardian_s_standfirst_stays_as_its_page_s_own_words():
    """98's standfirst is no furniture a line can tell: the Guardian's pages open on it, and
    163's tells its story ("Microsoft co-founder says his exploration vessel ...")."""
    assert exact_sentences(cleaned(_RATS, 0))[0].endswith("that’s just, like, your opinion, man")
    assert exact_sentences(cleaned(_BATTLESHIP, 0))[0].startswith("Microsoft co-founder says")


def _raw_lines() -> list[tuple[str, str]]:
    from .conftest import RAW_VALIDATION, read_clusters

    return [
        (page, line.strip())
        for cluster in read_clusters(RAW_VALIDATION, 250)
        for page in cluster["documents"]
        for line in page.splitlines()
        if line.strip()
    ]


def _found(found: tuple[str, re.Match[str]] | None) -> tuple[str, tuple[int, int]] | None:
    return None if found is None else (found[0], found[1].span())


def test_a_page_s_literals_find_what_all_literals_find():
    by_page = {}
    found = 0
    for page, line in _raw_lines():
        literals = by_page.setdefault(page, literal_rules_on(page))
        assert _found(furniture(line, False, literals)) == _found(furniture(line, False))
        found += furniture(line, False, literals) is not None
    assert found > 1000
