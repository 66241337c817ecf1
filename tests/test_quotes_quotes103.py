"""Who said what, hundred-and-third pass: the writer's narration of a speaker is no row of
theirs ("Anna Smith, an ultrasound technician, was on the first floor ..., she said.";
"Garcia found that he had removed some ceiling tiles ...": raw validation 95 [0]); the
writer's participle of state before a partial quotation is left out of the words
("Concerned, a hospital employee “actually opened the door ...,” Whelan said."); one body is
one speaker ("Mercy Fitzgerald" of the page that never writes its full name, and "hospital
officials", the "Mercy Fitzgerald Hospital" of raw 95; "company" the Crayola of raw 63 [2],
"Art supply company Crayola")."""

from __future__ import annotations

from chorus.analyze.quote_bodies import one_body
from tests.briefings import quotes_of


def _rows(line: int) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.role, q.words) for q in quotes_of("raw", line)]


def test_the_writers_narration_of_a_speaker_is_no_row():
    rows = _rows(95)
    smith = [words for who, _, words in rows if who == "Anna Smith"]
    assert not [words for words in smith if words.startswith("Anna Smith")]
    assert any(words.startswith("There's a sign on the door") for words in smith)
    # her role still comes from the apposition that introduced her
    assert {role for who, role, _ in rows if who == "Anna Smith"} == {"an ultrasound technician"}
    garcia = [words for who, _, words in rows if who == "Bert Garcia"]
    assert not [words for words in garcia if "ceiling tiles" in words]
    assert "He was a big guy" in garcia


def test_the_writers_state_before_a_partial_quotation_is_left_out():
    opened = [
        words for who, _, words in _rows(95) if who == "Jack Whelan" and "door, saw him" in words
    ]
    assert [words[:19] for words in opened] == ["a hospital employee"]


def test_one_body_is_one_speaker():
    hospital = {who for who, _, words in _rows(95) if "assist those affected" in words}
    assert hospital == {"Mercy Fitzgerald Hospital"}
    crayola = {who for who, _, words in _rows(63) if "safety is our top priority" in words}
    assert crayola == {"Crayola"}


def test_a_generic_noun_stays_where_two_bodies_of_its_kind_speak():
    texts = ("The company said it would appeal.",)
    given = ["company", "Acme Company", "Globex Company"]
    assert one_body(given, texts) == given
    # "hospital officials" too, where the one speaker named a hospital is
    assert one_body(["hospital officials", "Mercy Fitzgerald Hospital"], texts) == [
        "Mercy Fitzgerald Hospital",
        "Mercy Fitzgerald Hospital",
    ]
