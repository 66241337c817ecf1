"""The one pattern of a line opening on "He" or "She" (`pronouns_apart.he_or_she_opening`) as
its three readers read it, and introduced_first's "written above" read as surnames reads it
(tidy59; raw Multi-News validation, 0-based lines of the file, [j] the page by index)."""

from __future__ import annotations

import importlib
import re

import pytest

from chorus.summarize import leaning, pronouns_apart
from chorus.summarize.introduced_first import introduced_first
from tests.conftest import RAW_VALIDATION, read_clusters

_INTRODUCED_FIRST = importlib.import_module("chorus.summarize.introduced_first")
_READERS = {
    "leaning": leaning._HE_SHE,
    "pronouns_apart": pronouns_apart._HE_SHE,
    "introduced_first": _INTRODUCED_FIRST._HE_OR_SHE,
}


@pytest.fixture(scope="module")
def pages() -> list[list[str]]:
    return [cluster["documents"] for cluster in read_clusters(RAW_VALIDATION, 250)]


def _line(pages: list[list[str]], cluster: int, page: int, opening: str) -> str:
    """The line of page `page` of raw `cluster` that opens on `opening`, to its stop."""
    found = re.search(re.escape(opening) + r"[^.]*\.", pages[cluster][page])
    assert found is not None, opening
    return found.group(0)


@pytest.mark.parametrize(
    ("cluster", "page", "opening", "pronoun"),
    [(135, 1, "She has won two", "She"), (155, 2, "He thought maybe", "He")],
)
def test_every_reader_reads_an_opening_he_or_she(pages, cluster, page, opening, pronoun):
    line = _line(pages, cluster, page, opening)
    for pattern in _READERS.values():
        found = pattern.match(line)
        assert found is not None and found.group(1) == pronoun


@pytest.mark.parametrize(
    ("cluster", "page", "opening"),
    [(129, 1, "He's a Boy Scout"), (208, 1, "He’s known for")],
)
def test_he_is_is_read_by_all(pages, cluster, page, opening):
    # summary129: pronouns_apart reads "He's" too (it read "He" alone until then)
    line = _line(pages, cluster, page, opening)
    assert all(pattern.match(line) for pattern in _READERS.values())


def test_a_connective_before_he_is_read_before_lower_case(pages):
    # raw 129 [1]: introduced_first's connective reads "But he", as the pages write it
    # (summary129; "But He" until then), and the readers of the pronoun alone do not
    line = _line(pages, 129, 1, "But he's looking")
    assert _INTRODUCED_FIRST._HE_OR_SHE.match(line)
    assert not leaning._HE_SHE.match(line) and not pronouns_apart._HE_SHE.match(line)
    assert not any(pattern.match("But He said so.") for pattern in _READERS.values())
    assert all(pattern.match(" (She said so.)") for pattern in _READERS.values())


def test_a_particle_written_above_in_lower_case_is_the_surname_written():
    # "Al-Khawaja, 32, ..." opens on the name a line above wrote in lower case
    # (surnames.written): no line shows it first, so it keeps its place
    texts = [
        "The conviction of Zainab al-Khawaja was upheld.",  # article 0
        "An activist named Zainab Al-Khawaja spoke.",  # article 1
        "She said the court had failed.",
        "Al-Khawaja, 32, is the daughter of a jailed activist.",
    ]
    assert introduced_first(texts, [0, 2, 3], [0, 1, 1, 1]) == [0, 1, 2]
    texts[0] = "The conviction of an activist was upheld."
    assert introduced_first(texts, [0, 2, 3], [0, 1, 1, 1]) == [0, 2, 1]
