"""Review mends of stop 50's tests (mend90): DUC 2003 cluster 21's "The obstetrician, Dr. Barnett
Slepian, was killed ..." left `test_render_headline_reader21`'s parameters when summary101 put an
article's lead over it; the name in apposition still says which (`headline_news._BARE_SUBJECT`)."""

from __future__ import annotations

from chorus.render.headline_news import names_unshown
from tests.briefings import briefing


def test_a_name_in_apposition_says_which():
    # after its line before, "... this weekend's slaying of an obstetrician.", "The
    # obstetrician was killed ..." would not say which; his name after the comma does.
    duc = briefing("duc", 21)
    opening = "The obstetrician, Dr. Barnett Slepian, was killed by a sniper"
    sentence = next(s for s in duc.summary if s.text.startswith(opening))
    assert sentence.shown.index > 0
    assert not names_unshown(sentence, duc.documents)
