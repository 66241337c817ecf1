"""headline83: a headline cut never stops inside a complex preposition ("in connection |
with"), between a word and the preposition it governs ("away | from", "familiar | with")
or between a time measure and what it counts from ("two days | after"): it stops at the
phrase end before them, the clause whole. A comma after a particle ("have broken up,")
closes a clause a cut may stop at."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from chorus.render.phrase_ends import ends_phrase
from tests.briefings import raw_briefing

_CUTS = {
    # The charge whole, not "... offenses in connection…".
    8: "State police have charged six University of Connecticut students with alcohol-related"
    " offenses…",
    # Not "... close to their homes and maybe away…".
    53: "Ashake Banks said she opened a candy stand on the street of her North Austin block two"
    " weeks ago to keep kids close to their homes…",
    # Not "... in mid-October, people familiar…".
    207: "Sprint Nextel Corp. will begin selling the new version of the Apple iPhone in"
    " mid-October…",
    # A time measure counts from what follows it: not "... said Sunday, two days…".
    126: "President Trump knows Matthew G. Whitaker, White House counselor Kellyanne Conway"
    " said Sunday…",
}


@pytest.mark.parametrize("line", sorted(_CUTS))
def test_a_cut_headline_ends_before_a_governed_preposition(line):
    chosen = headline(raw_briefing(line))
    assert chosen.text == _CUTS[line]
    assert chosen.source == "summary sentence 1, shortened"


def test_a_preposition_after_an_ordinary_noun_still_ends_a_phrase():
    # Raw 23's "... Adolf Eichmann | for his role in the Holocaust": a phrase end.
    assert ends_phrase("a letter pleading for the life of Adolf Eichmann", "for his role in the")
    assert not ends_phrase("charged with offenses in connection", "with the October death")


def test_a_clause_closed_on_a_particle_is_kept_whole():
    # Raw 201: not "... have broken up, a close friend…" (a cut after "friend", because
    # "up," was read as a function word leaving the clause open).
    chosen = headline(raw_briefing(201)).text
    # Since headline94 the cut stops on that particle's comma, its verb's words kept.
    assert chosen.endswith("have broken up…")
    assert not chosen.endswith("a close friend…")
