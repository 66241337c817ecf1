"""Who said what, hundred-and-sixteenth pass: a title of capitalised words whose last word is
an office only capitalised ("Public Defender", "Engineer") before a name is the speaker's
role, not the name: "said Santa Clara County Public Defender Molly O’Neal" (raw validation
0-based 103 [5]) was "Santa Clara County Public", the name pattern's four words; "Fire
Brigade Engineer Bo Wahlstroem said" (DUC 22) "Brigade Engineer Bo Wahlstroem"."""

from __future__ import annotations

from chorus import Article, brief
from tests.briefings import quotes_of


def _made(text: str) -> list[tuple[str, str | None]]:
    analysis = brief([Article("x", text, "x")], words=100).analysis
    assert analysis is not None
    return [(q.speaker, q.role) for q in analysis.quotes]


def test_the_public_defender_is_molly_oneal():
    rows = quotes_of("raw", 103)
    fair = [(q.speaker, q.role) for q in rows if q.words.startswith("I think the sentence is")]
    assert fair == [("Molly O’Neal", "Santa Clara County Public Defender")]
    # her later rows, "said O’Neal", are hers by her full name; no row is the title's
    assert {q.speaker for q in rows if "Persky heard all the testimony" in q.words} == {
        "Molly O’Neal"
    }
    assert not [q for q in rows if q.speaker.startswith("Santa Clara County")]
    # the other public defender of the cluster keeps her lower-case role
    assert [(q.speaker, q.role) for q in rows if q.words.startswith("Persky has a reputation")] == [
        ("Jennifer Redding", "a public defender in Santa Clara")
    ]


def test_the_fire_brigade_engineer_is_bo_wahlstroem():
    rows = [(q.speaker, q.role) for q in quotes_of("duc", 22) if "raging spread" in q.words]
    assert rows == [("Bo Wahlstroem", "Fire Brigade Engineer")]


def test_a_capitalised_title_ending_in_an_office_only_capitalised():
    said = "“The sentence is fair,” said Marin County Chief Public Defender Jose Varela."
    assert _made(said) == [("Jose Varela", "Marin County Chief Public Defender")]


def test_a_defender_in_lower_case_is_no_title():
    # a player, no office: the name is the speaker's own
    said = "“We played well,” said Arsenal defender Gabriel Magalhaes."
    assert [speaker for speaker, _ in _made(said)] == ["Gabriel Magalhaes"]
