"""Who said what, hundred-and-second pass: an owner's post with its holder's name in
apposition opening the sentence speaks as that person ("American’s chief executive, Doug
Parker, said that ...": raw validation 217 [3]; "Vacco's campaign manager, Matt Behrmann,
said ...": DUC d-cluster 21 [9])."""

from __future__ import annotations

from chorus.analyze.quote_hits import first_hit
from tests.briefings import quotes_of


def _rows(corpus: str, line: int) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.role, q.words) for q in quotes_of(corpus, line)]


def test_an_owners_post_named_in_apposition_speaks_as_its_holder():
    rows = _rows("raw", 217)
    parker = [(role, words) for who, role, words in rows if words.startswith("rival Qatar")]
    assert parker == [
        (
            "American’s chief executive",
            "rival Qatar Airways’ plan was “puzzling given our extremely public stance on the"
            " illegal subsidies” that American alleges Qatar Airways and the other two gulf"
            " carriers receive",
        )
    ]
    assert {who for who, _, words in rows if words.startswith("rival Qatar")} == {"Doug Parker"}
    behrmann = [(who, role) for who, role, words in _rows("duc", 21) if "despicable" in words]
    assert ("Matt Behrmann", "Vacco's campaign manager") in behrmann


def test_the_post_and_name_say_nothing_without_a_speech_verb():
    # raw 235 [1]: a post and its holder as a clause's subject, "refused", no words said
    text = (
        "While Japan’s prime minister, Shinzo Abe, has refused to consider negotiations unless"
        " Pyongyang abandons its nuclear weapons programme, an MP has claimed that support is"
        " rising inside the governing Liberal Democratic party for possible engagement."
    )
    hit = first_hit(text, 0)
    assert hit is None or "Abe" not in text[hit.who_start : hit.who_end]
    # the same shape with "said" gives the holder
    said = "Japan’s prime minister, Shinzo Abe, said negotiations were not possible."
    hit = first_hit(said, 0)
    assert hit is not None and said[hit.who_start : hit.who_end] == "Shinzo Abe"
    assert hit.role == "Japan’s prime minister"
