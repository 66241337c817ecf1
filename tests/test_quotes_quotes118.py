"""Who said what, hundred-and-eighteenth pass: the stop that closes an abbreviation at the
words' end is kept ("Washington, D.C.", raw validation 0-based 124 [2]; "a.m.", "Jr.",
"Corp."); a body's head word the name pattern's four words left out is the speaker's ("Contra
Costa County Elections Division", 124 [2])."""

from __future__ import annotations

from chorus.language.body_name_ends import body_name_end
from chorus.language.quote_marks import trim
from tests.briefings import quotes_of


def test_lehmkuhls_new_job_keeps_the_stop_of_dc():
    rows = quotes_of("raw", 124)
    job = [q.words for q in rows if q.words.startswith("she has accepted an undisclosed")]
    assert job == ["she has accepted an undisclosed new job in Washington, D.C."]


def test_the_elections_division_is_named_whole():
    rows = quotes_of("raw", 124)
    cost = [q.speaker for q in rows if q.words.startswith("If it had qualified")]
    assert cost == ["Contra Costa County Elections Division"]


def test_times_and_names_keep_their_stop():
    rows = quotes_of("raw", 187)
    assert [q.words for q in rows if q.words.startswith("an explosion was reported")] == [
        "an explosion was reported in the tightly-packed Whitman neighborhood at 11:09 a.m."
    ]
    duc = quotes_of("duc", 27)
    assert [q.words for q in duc if q.words.startswith("denied that Idris")] == [
        "denied that Idris owned any businesses with the Military Industrial Corp."
    ]


def test_trim_keeps_an_abbreviations_stop_and_drops_a_sentences():
    text = "He said she left for Washington, D.C. Then he said it ended at 5 p.m."
    assert text[slice(*trim(text, 8, 36))] == "she left for Washington, D.C."
    assert text[slice(*trim(text, 8, 37))] == "she left for Washington, D.C."
    plain = "He said she left for Boston."
    assert plain[slice(*trim(plain, 8, 28))] == "she left for Boston"
    end = len(text) - 1
    assert text[slice(*trim(text, text.index("it ended"), end))] == "it ended at 5 p.m."


def test_a_body_head_after_a_shorter_speaker_is_left():
    text = "The plan is new, said Google Maps."
    assert body_name_end(text, 22, 28) == 28
    four = "It cost $5, according to the Marin County Water Quality Board."
    start = four.index("Marin")
    end = four.index(" Board")
    assert four[start : body_name_end(four, start, end)] == "Marin County Water Quality Board"
    # not where the clause goes on after the head word
    on = "It cost $5, according to Marin County Water Quality Board members."
    assert body_name_end(on, on.index("Marin"), on.index(" Board")) == on.index(" Board")
