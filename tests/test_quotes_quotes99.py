"""Who said what, ninety-ninth pass: reported words end before a clause the writer opens on
their own stance (", and no doubt it will lead to some more hiring", raw validation 107's
editorial); "said nothing" and "said little" with no clause after are silence, no words
(raw 92's Peinovich, DUC d30048t's "he said nothing about ..."); a quotation's speaker named
in apposition to a description with a second apposition after the name ("the lead
researcher, William Copeland, a clinical psychologist ... in Durham, N.C., said": raw 190)."""

from __future__ import annotations

import pytest

from chorus.analyze.quote_hits import first_hit
from tests.gold import briefed_quotes

_JOBS_SPEECH = "multi_news-val-3617"  # raw 107
_DOXXED = "multi_news-val-2115"  # raw 92
_BULLYING = "multi_news-val-2850"  # raw 190


@pytest.fixture(scope="module")
def rows():
    return briefed_quotes((_JOBS_SPEECH, _DOXXED, _BULLYING))


def test_the_writers_stance_after_and_is_no_part_of_the_words(rows):
    (row,) = [q for q in rows[_JOBS_SPEECH] if q.words.startswith("this will cut unemployment")]
    assert row.speaker == "Obama"
    assert row.words == "this will cut unemployment"


def test_said_nothing_is_no_row_but_his_words_stay(rows):
    peinovich = [q.words for q in rows[_DOXXED] if q.speaker == "Mike Peinovich"]
    assert not any(words.startswith("nothing") for words in peinovich)
    assert any(words.startswith("Let me talk to my wife") for words in peinovich)


def test_nothing_or_little_opening_a_clause_is_still_said():
    # DUC d30048t: "But he said nothing about the big financial aid package ..." is none;
    # DUC d30025t's "said that little news was expected" and a "nothing" as a clause's
    # subject are words
    assert first_hit("But he said nothing about the big financial aid package.", 0) is None
    for text, words in (
        (
            "Chip Brown, chief economist for Salomon Smith Barney, said that little news was "
            "expected over the next few weeks.",
            "little news was expected",
        ),
        ("He said nothing had changed since the vote.", "nothing had changed"),
    ):
        hit = first_hit(text, 0)
        assert hit is not None and text[hit.words[0] : hit.words[1]].startswith(words)


def test_a_name_in_apposition_with_a_second_apposition_speaks(rows):
    copeland = [q.words for q in rows[_BULLYING] if q.speaker.endswith("Copeland")]
    assert any(words.startswith("We were surprised at how profoundly") for words in copeland)
    assert any(words.startswith("This psychological damage") for words in copeland)
