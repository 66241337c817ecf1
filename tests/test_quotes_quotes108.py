"""Who said what, hundred-and-eighth pass: the writer's clause after reported words is no
part of them, where it sets the facts against a position the speaker holds now (raw
validation 87's "North Korea says it permits religious freedom, but religious expression
is tightly controlled ...") or tells what the speaker would not say (DUC 2's "..., but
would not give a date"); a thing "added" to another is no speech (raw 106's "The LDS Church
has added some material to the Doctrine and Covenants ..."); a title's stop ends no
sentence before a first name (`quote_full_names._another_first`)."""

from __future__ import annotations

from chorus.analyze.entity_speakers import Text
from chorus.analyze.quote_full_names import _another_first
from chorus.analyze.quote_hits import first_hit
from tests.briefings import briefing, quotes_of


def _words(corpus: str, line: int, speaker: str) -> list[str]:
    """The words of the speaker's rows in the cluster."""
    return [q.words for q in quotes_of(corpus, line) if q.speaker == speaker]


def test_the_facts_set_against_a_position_held_are_the_writers():
    assert "it permits religious freedom" in _words("raw", 87, "North Korea")
    assert not any("tightly controlled" in w for w in _words("raw", 87, "North Korea"))
    assert _words("duc", 9, "Israelis") == ["it will remain undivided"]
    # a past account's "but" clause stays the speaker's: what he says the pair did
    hit = first_hit(
        "He says the pair started walking for help, but the woman couldn't go any farther.", 0
    )
    assert hit is not None
    assert "the woman couldn't go" in hit.match.string[slice(*hit.words)]


def test_what_the_speaker_would_not_say_is_the_writers():
    # the article that writes "Har Homa" in his words (another closes them on a DUC "''",
    # which the clause pattern does not read: left)
    (words,) = [w for w in _words("duc", 2, "David Bar-Illan") if "Har Homa" in w]
    assert words.endswith("traditionally Arab east Jerusalem")
    rows = _words("raw", 122, "Christopher R. Miller")
    assert "there was a safety plan in place for Elijah at the Center" in rows
    assert not any("declined" in w for w in rows)


def test_a_thing_added_to_another_is_no_speech():
    analysis = briefing("raw", 106).analysis
    assert analysis is not None
    assert not [q for q in analysis.quotes if q.speaker == "LDS Church"]
    assert not _words("duc", 25, "Western Republicans")
    hit = first_hit("Smith added the team had to work harder.", 0)
    assert hit is not None and hit.who == "Smith"


def test_a_titles_stop_is_no_sentence_end_before_a_first_name():
    # raw 208 [0]: "Bob" after "Chairman Rep." is another first name than his son Bobby's
    text = "Bobby Goodlatte, the son of Chairman Rep. Bob Goodlatte (R-Va.), made the surprise."
    assert _another_first(text, "Goodlatte", "Bobby Goodlatte", Text(text, {}))
    # a sentence's end still opens one: "Read" is no first name
    text = "Bobby Goodlatte spoke. Read Goodlatte's letter here."
    assert not _another_first(text, "Goodlatte", "Bobby Goodlatte", Text(text, {}))
