"""headline84: a "he" or "she" after a subject that introduces someone by what they are
("A 33-year-old woman ... a teenage boy she met in a park.") stands for that person, so
the sentence heads the briefing; one after a description set before the subject ("A
brilliant computer scientist, he ...") still names no one. A remark that what follows was
to be expected ("It was no big surprise that ...", "Little wonder ...") leans on what came
before."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import _stands_alone, headline
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _written_in(line: int, sentence: str) -> str:
    """`sentence`, checked to be written in raw validation cluster `line`'s articles."""
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    assert any(sentence in document for document in documents)
    return sentence


def test_a_lead_introducing_a_woman_heads_over_a_line_leaning_back():
    # Raw 59: not "Over the course of the relationship, the two eventually started having
    # sex and Hernandez had two of the boy’s children." (summary sentence 2).
    chosen = headline(raw_briefing(59))
    assert chosen.text.startswith("A 33-year-old woman faces sexual assault of a child charges")
    assert chosen.source == "summary sentence 1"


def test_a_he_after_an_introduced_person_stands_alone():
    lead = _written_in(
        240,
        "A 20-year-old man has been charged with murder after telling police he threw his"
        " four-year-old brother off the roof",
    )
    assert _stands_alone(lead + ".", capitals=True)


def test_a_he_after_a_fronted_description_names_no_one():
    line = _written_in(
        227,
        "A brilliant computer scientist, he helped transform the financial industry through"
        " the innovative use of trading algorithms.",
    )
    assert not _stands_alone(line, capitals=True)


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            212,
            "It was no big surprise that people who had undergone severe trauma would return"
            " from their experiences with strange stories.",
        ),
        (102, "Little wonder the right has been actively trying to drive him from office"),
    ],
)
def test_a_remark_that_it_was_to_be_expected_leans_back(line, sentence):
    assert not _stands_alone(_written_in(line, sentence), capitals=True)
