"""Who said what, hundred-and-ninth pass: two people named together are the pair another
sentence names in full, whichever names or order it writes (raw validation 216's "Molto
and Sheldrick" the "El Molto and Dr. Peter Sheldrick" before, 62's "Kunz Sr. and Mitchell"
the "Jessica Mitchell and DeOrr Kunz Sr.", 114's "Fish and Wildlife Service" the "U.S. Fish
and Wildlife Service"); a speaker's death closing the credit is shown as the role that
dates the words (229's "said Paul Kantner, who passed away in 2016.")."""

from __future__ import annotations

from chorus.language.quote_names import canonical_names
from chorus.language.speaker_roles import not_a_role, role_at_end
from tests.briefings import quotes_of


def test_a_pair_is_the_pair_named_in_full():
    speakers = {q.speaker for q in quotes_of("raw", 216)}
    assert "El Molto and Dr. Peter Sheldrick" in speakers
    assert "Molto and Sheldrick" not in speakers
    rows = [
        q.words for q in quotes_of("raw", 216) if q.speaker == "El Molto and Dr. Peter Sheldrick"
    ]
    assert any(w.startswith("HPV is a confirmed cause of cancer") for w in rows)
    # in the other order, by the surname and its suffix
    speakers = {q.speaker for q in quotes_of("raw", 62)}
    assert "Kunz Sr. and Mitchell" not in speakers
    assert "Jessica Mitchell and DeOrr Kunz Sr." in speakers


def test_a_pair_keeps_its_names_where_no_fuller_pair_is_written():
    names = canonical_names(["Beatty and Dunaway", "Warren Beatty", "Schumer and Pelosi"])
    assert names["Beatty and Dunaway"] == "Beatty and Dunaway"
    # one of the two named in full is no pair of them both
    names = canonical_names(["Molto and Sheldrick", "El Molto and Smith"])
    assert names["Molto and Sheldrick"] == "Molto and Sheldrick"


def test_a_death_closing_the_credit_is_the_role():
    (kantner,) = [q for q in quotes_of("raw", 229) if q.words.startswith("Back in those days")]
    assert kantner.speaker == "Paul Kantner"
    assert kantner.role == "who passed away in 2016"
    text = "“I knew him well,” said John Smith, who died in 2010."
    assert role_at_end(text, text.index("Smith") + 5) == "who died in 2010"
    # what one did is still no role
    assert not_a_role(" who wore red Converse shoes")
    assert not not_a_role(" who died last year")
