"""Review mends of stop 54 (mend101; raw validation clusters, 0-based, file order): one thing
both sentences name read whichever of them opens with it (agreement_things.only_a_thing)."""

from __future__ import annotations

from chorus.analyze.agreement_things import only_a_thing
from chorus.analyze.similarity import stems
from tests.conftest import RAW_VALIDATION
from tests.gold import data_line

_HIGHLANDS = "Researchers have found that people living in the highlands of Africa"
_BELT = "But because it's a mosquito-borne disease"


def test_a_sentence_opening_with_the_thing_both_name_is_read_without_error():
    # raw 131's line from its thing on, "a mosquito-borne disease—the parasite ...": it opens
    # with the thing, the highlands line does not; the pair shares the thing, not a fact
    highlands = data_line(RAW_VALIDATION, 131, _HIGHLANDS)
    belt = data_line(RAW_VALIDATION, 131, _BELT)
    opening = belt[belt.index("a mosquito-borne disease") :]
    assert only_a_thing(opening, highlands, {"borne"}, stems(opening), stems(highlands))
    assert only_a_thing(highlands, opening, {"borne"}, stems(highlands), stems(opening))
    # both open with it: the thing both tell of, as for one own word ("An autopsy ...")
    assert not only_a_thing(opening, opening, {"borne"}, stems(opening), stems(opening))
