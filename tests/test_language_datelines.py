"""datelines.py's pieces on real wire leads of several shapes ("TAUNTON, Mass. (AP) —",
"(CNN) --", "PITTSBURGH (KDKA) —", "FORT WAYNE, Ind. (WANE)", DUC's "LONDON (AP) _"), on lines
that open with no dateline (a newsletter's heading and hyphen, a name and a party), and
through the readers that compose them."""

from __future__ import annotations

import re

import pytest

from chorus.analyze.entity_datelines import datelines
from chorus.analyze.quote_ends import past_dateline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.own_lines import own_outlet
from chorus.language.datelines import ANY_DASH, PLACE_CHARACTER, PLACE_WORD, WIRE_DASH, WIRE_TAG
from chorus.sentences import split
from chorus.summarize.shown import DATELINE
from tests.conftest import DATA, RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    """Raw validation and DUC clusters' documents by cluster id."""
    clusters = [
        *read_clusters(RAW_VALIDATION, 250),
        *read_clusters(DATA / "duc2003-task2.jsonl.gz", 30),
    ]
    return {c["id"]: c["documents"] for c in clusters}


def _line(documents: dict[str, list[str]], cluster: str, opening: str) -> str:
    """The first line of a cluster's documents that opens with `opening`."""
    lines = (line for text in documents[cluster] for line in text.splitlines())
    return next(line for line in lines if line.startswith(opening))


LEADS = (
    ("multi_news-val-3882", "TAUNTON, Mass. (AP) — ", "TAUNTON", True, "—"),
    ("multi_news-val-2534", "(CNN) -- ", None, True, "--"),
    ("multi_news-val-4486", "PITTSBURGH (KDKA) — ", "PITTSBURGH", False, "—"),
    ("d30003t", "LONDON (AP) _ ", "LONDON", True, "_"),
)
"""A lead's cluster, its dateline, and the place, whether an agency's tag and the dash in it."""


@pytest.mark.parametrize(("cluster", "dateline", "place", "tag", "dash"), LEADS)
def test_the_pieces_read_each_lead(documents, cluster, dateline, place, tag, dash):
    line = _line(documents, cluster, dateline)
    found = re.match(rf"(?:({PLACE_WORD})(?:, \w+\.)? )?(\(\w+\)) ({WIRE_DASH}) ", line)
    assert found is not None and found.group() == dateline
    assert (found[1], found[3]) == (place, dash)
    assert (re.fullmatch(WIRE_TAG, found[2]) is not None) == tag
    # what the summary leaves out of a lead it shows, newswire's underscore among its dashes
    # since stop 33 (DUC 20's headline opened "TAIPEI, Taiwan (AP) _")
    shown = DATELINE.match(line)
    assert shown is not None and shown.group() == dateline


def test_a_station_s_dateline_without_its_dash(documents):
    line = _line(documents, "multi_news-val-5388", "FORT WAYNE, Ind. (WANE) ")
    assert re.match(rf"[A-Z]{PLACE_CHARACTER}+", line).group() == "FORT WAYNE"
    assert re.match(rf"{PLACE_WORD}(?: {PLACE_WORD})*", line).group() == "FORT WAYNE"
    assert not re.search(rf"\) {ANY_DASH}", line[:30])


def test_a_reuters_hyphen_is_any_dash_but_no_wire_dash(documents):
    line = _line(documents, "multi_news-val-1902", "KATHMANDU (Reuters) - ")
    assert re.match(rf"{PLACE_WORD} {WIRE_TAG} {ANY_DASH} ", line)
    assert not re.match(rf"{PLACE_WORD} {WIRE_TAG} {WIRE_DASH} ", line)


def test_lines_that_are_no_datelines(documents):
    heading = _line(documents, "multi_news-val-555", "BUFFETT TODAY - Per CNNMoney")
    assert not re.match(rf"{PLACE_WORD}(?: {PLACE_WORD})* {WIRE_DASH} ", heading)
    party = next(
        line for line in documents["multi_news-val-1839"][2].splitlines() if "(R-Texas)" in line
    )
    assert re.search(WIRE_TAG, party) is None
    assert re.match(PLACE_WORD, party) is None  # "Speier", a name written as names are


def test_the_readers_composing_them(documents):
    text = documents["multi_news-val-3882"][1]
    assert own_outlet(text).value == "The Associated Press"
    sentences = [s for a in as_articles(documents["multi_news-val-3882"]) for s in split(clean(a))]
    places, credits = datelines(sentences)
    assert places.get("TAUNTON") == "Taunton" and "AP" in credits
    lead = _line(documents, "d30003t", "LONDON (AP) _ ")
    assert lead[past_dateline(lead, 0, len(lead)) :].startswith("An influential lawmaker")
